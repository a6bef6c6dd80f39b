#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The real stridelog in a real X server with a window manager: on a 1024×640 screen at scale 1
# and on a 1920×1080 screen at QT_SCALE_FACTOR=2, the main window opens inside the screen
# (frame included), and asked to take the whole screen it does not stay larger than it.
# Usage: screen_fit_test.sh STRIDELOG STRIDELOG_CLI
# Exits 77 (skipped) when Xvfb, openbox, xdotool or xwininfo is missing.
set -uo pipefail

app=${1:?usage: screen_fit_test.sh STRIDELOG STRIDELOG_CLI}
cli=${2:?usage: screen_fit_test.sh STRIDELOG STRIDELOG_CLI}
for tool in Xvfb openbox xdotool xwininfo; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (packaging/install-deps.sh installs it)"
    exit 77
  fi
done

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

journal="$work/journal.sqlite"
"$cli" --db "$journal" demo --years 3 >/dev/null || { echo "FAIL: demo journal"; exit 1; }

failures=0

# Prints "x y width height" of a window including the window manager's frame.
frame_geometry() {  # display window
  DISPLAY=$1 xwininfo -frame -id "$2" | awk '
    /Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF}
    /Width:/ {w=$NF} /Height:/ {h=$NF} END {print x, y, w, h}'
}

check_inside() {  # label screen_w screen_h display window
  local label=$1 sw=$2 sh=$3 x y w h
  read -r x y w h < <(frame_geometry "$4" "$5")
  if [ -z "$h" ]; then
    echo "FAIL: $label: no geometry for the window"
    failures=$((failures + 1))
  elif (( x < 0 || y < 0 || x + w > sw || y + h > sh )); then
    echo "FAIL: $label: window ${w}x${h}+${x}+${y} is not inside ${sw}x${sh}"
    failures=$((failures + 1))
  else
    echo "ok: $label: window ${w}x${h}+${x}+${y} inside ${sw}x${sh}"
  fi
}

run_screen() {  # width height scale
  local sw=$1 sh=$2 scale=$3 display id
  # -displayfd picks a free display number and writes it once the server is ready.
  Xvfb -displayfd 1 -screen 0 "${sw}x${sh}x24" -nolisten tcp >"$work/display" 2>/dev/null &
  pids+=($!)
  for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
  display=":$(head -1 "$work/display")"
  DISPLAY=$display openbox >/dev/null 2>&1 &
  pids+=($!)
  sleep 1
  mkdir -p "$work/home-$sw"
  DISPLAY=$display HOME="$work/home-$sw" XDG_CONFIG_HOME="$work/home-$sw/.config" \
    QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=$scale "$app" --db "$journal" >/dev/null 2>&1 &
  local app_pid=$!
  pids+=($app_pid)
  id=$(DISPLAY=$display timeout 30 xdotool search --sync --onlyvisible --name "journal.sqlite" | head -1)
  if [ -z "$id" ]; then
    echo "FAIL: ${sw}x${sh} scale $scale: no Stridelog window"
    failures=$((failures + 1))
    return
  fi
  sleep 1
  check_inside "${sw}x${sh} scale $scale, as opened" "$sw" "$sh" "$display" "$id"
  # Asked to be exactly the screen's size (less a frame), it must not stay larger.
  DISPLAY=$display xdotool windowmove "$id" 0 0 windowsize "$id" $((sw - 10)) $((sh - 40))
  sleep 1
  check_inside "${sw}x${sh} scale $scale, resized to the screen" "$sw" "$sh" "$display" "$id"
  kill "$app_pid" 2>/dev/null
}

run_screen 1024 640 1
run_screen 1920 1080 2

if (( failures > 0 )); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "The main window fits both screens."
