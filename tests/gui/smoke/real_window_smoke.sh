#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Smoke test of the desktop app as a runner meets it: the real `stridelog` binary in Xvfb with
# the openbox window manager, driven by real key presses (xdotool). It checks
#   - the keyboard contract: Ctrl+N, distance, Tab, duration, Return logs a run dated now;
#   - Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo;
#   - a second `stridelog` on the same journal hands over (the first window comes back up)
#     and exits; on another journal it opens normally;
#   - the Log-run dialog fits 1920×1080 at QT_SCALE_FACTOR=2, and 1024×640.
# What happened is checked in the journal through stridelog-cli. Screenshots go to the third
# argument's folder. Exit 77 (ctest: skipped) when a tool is missing.
#
# Usage: real_window_smoke.sh STRIDELOG STRIDELOG_CLI [SCREENSHOT_DIR]
set -uo pipefail

APP=$1
CLI=$2
SHOTS=${3:-$(mktemp -d)}
SKIP=77

for tool in Xvfb openbox xdotool xwininfo xprop import python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (packaging/install-deps.sh installs it)"
    exit $SKIP
  fi
done

WORK=$(mktemp -d)
mkdir -p "$SHOTS" "$WORK/home" "$WORK/run"
chmod 700 "$WORK/run"
# A home of its own: no settings of the person running the tests are read or written.
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/.config XDG_DATA_HOME=$WORK/home/.local/share
export XDG_RUNTIME_DIR=$WORK/run QT_QPA_PLATFORM=xcb
unset STRIDELOG_DB QT_SCALE_FACTOR QT_QPA_PLATFORMTHEME SESSION_MANAGER

PIDS=()
XVFB_PID=
WM_PID=
failures=0

stop() {  # stops a process this script started, by its id
  [ -n "${1:-}" ] && kill "$1" 2>/dev/null && wait "$1" 2>/dev/null
  return 0
}
cleanup() {
  for pid in "${PIDS[@]}"; do stop "$pid"; done
  stop "$WM_PID"
  stop "$XVFB_PID"
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
ok() { echo "ok: $*"; }

# Polls until the command succeeds; gives up after $1 seconds (a bound, not a measurement).
wait_until() {
  local seconds=$1
  shift
  local tries=$((seconds * 10))
  while ((tries-- > 0)); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}

start_x() {  # start_x WIDTHxHEIGHT
  stop "$WM_PID"
  stop "$XVFB_PID"
  rm -f "$WORK/display"
  # -displayfd picks a free display, so the test never meets another X server.
  Xvfb -displayfd 5 -screen 0 "$1x24" -nolisten tcp 5>"$WORK/display" 2>"$WORK/xvfb.log" &
  XVFB_PID=$!
  wait_until 20 test -s "$WORK/display" || { echo "Xvfb did not start"; exit 1; }
  export DISPLAY=:$(head -n1 "$WORK/display")
  openbox >"$WORK/openbox.log" 2>&1 &
  WM_PID=$!
  wait_until 20 bash -c "xprop -root _NET_SUPPORTING_WM_CHECK | grep -q 'window id'" ||
    { echo "openbox did not start"; exit 1; }
}

visible_window_of() {  # prints the visible top-level window of a process
  xdotool search --onlyvisible --pid "$1" 2>/dev/null | head -n1
}
window_named() {
  xdotool search --onlyvisible --name "^$1\$" 2>/dev/null | head -n1
}
has_window_named() { [ -n "$(window_named "$1")" ]; }
no_window_named() { [ -z "$(window_named "$1")" ]; }

run_count() {  # runs in journal $1
  "$CLI" --db "$1" --json run list 2>/dev/null |
    python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'
}
count_is() { [ "$(run_count "$1")" = "$2" ]; }

start_app() {  # start_app JOURNAL [env...]: starts stridelog, prints its window id
  local journal=$1
  shift
  APP_LOG=$WORK/app-$RANDOM.log
  env "$@" "$APP" --db "$journal" >"$APP_LOG" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  LAST_PID=$pid
  local window=
  for _ in $(seq 300); do
    window=$(visible_window_of "$pid")
    [ -n "$window" ] && break
    sleep 0.1
  done
  LAST_WINDOW=$window
}

quit_app() {  # quit_app PID WINDOW
  xdotool windowactivate --sync "$2" >/dev/null 2>&1
  xdotool key ctrl+q
  wait_until 20 bash -c "! kill -0 $1" || stop "$1"
}

# Size of the window with its frame: x y width height.
frame_of() {
  xwininfo -id "$1" -frame | awk '
    /Absolute upper-left X/ {x=$NF} /Absolute upper-left Y/ {y=$NF}
    /Width:/ {w=$NF} /Height:/ {h=$NF} END {print x, y, w, h}'
}

fits_screen() {  # fits_screen WINDOW SCREEN_W SCREEN_H WHAT
  read -r x y w h <<<"$(frame_of "$1")"
  if ((x >= 0 && y >= 0 && x + w <= $2 && y + h <= $3)); then
    ok "$4 fits $2×$3 (${w}×${h} at $x,$y)"
  else
    fail "$4 does not fit $2×$3: ${w}×${h} at $x,$y"
  fi
}

# --- 1920×1080, scale 1: keyboard, undo and redo, one app per journal ---------------------
start_x 1920x1080
JOURNAL=$WORK/journal.sqlite
start_app "$JOURNAL"
MAIN_PID=$LAST_PID
MAIN=$LAST_WINDOW
if [ -z "$MAIN" ]; then
  echo "FAIL: the main window did not appear"; cat "$WORK"/app-*.log; exit 1
fi
ok "main window is up"
xdotool windowactivate --sync "$MAIN" >/dev/null 2>&1

xdotool key ctrl+n
if wait_until 15 has_window_named "Log a run"; then
  ok "Ctrl+N opened Log a run"
  import -window root "$SHOTS/log-run-1920x1080.png" 2>/dev/null
  xdotool type --delay 40 "10"
  xdotool key Tab
  xdotool type --delay 40 "50:00"
  xdotool key Return
  wait_until 15 no_window_named "Log a run" || fail "Return did not close Log a run"
  if wait_until 10 count_is "$JOURNAL" 1; then
    run=$("$CLI" --db "$JOURNAL" --json run list)
    python3 - "$run" <<'PY' && ok "Return saved 10 km in 50:00 dated now" || fail "the run saved is not 10 km in 50:00 now: $run"
import datetime, json, sys
run = json.loads(sys.argv[1])[0]
start = datetime.datetime.fromisoformat(run["start"])
assert abs(run["distance_km"] - 10) < 1e-9, run
assert run["duration_s"] == 3000, run
assert abs((datetime.datetime.now() - start).total_seconds()) < 600, run
PY
  else
    fail "Ctrl+N, 10, Tab, 50:00, Return saved no run (runs: $(run_count "$JOURNAL"))"
  fi
else
  fail "Ctrl+N opened no Log a run dialog"
fi

xdotool windowactivate --sync "$MAIN" >/dev/null 2>&1
check_key() {  # check_key KEYS EXPECTED_RUNS
  xdotool key --window "$MAIN" --clearmodifiers "$1" 2>/dev/null || xdotool key "$1"
  if wait_until 10 count_is "$JOURNAL" "$2"; then ok "$1 leaves $2 run(s)"; else fail "$1 did not leave $2 run(s)"; fi
}
check_key ctrl+z 0
check_key ctrl+shift+z 1
check_key ctrl+z 0
check_key ctrl+y 1

# An import is one undo step: Ctrl+Z takes out its runs, its new pair and its track; Ctrl+Shift+Z
# puts them back. The files sit in the Documents folder the dialog opens in, and only their names
# are typed: a file dialog that lists the journal's folder reads the journal's files, and the
# close() that follows drops the app's SQLite locks on them (a known hazard, kept out of here).
mkdir -p "$HOME/Documents"
python3 - "$HOME/Documents" <<'PY'
import sys
folder = sys.argv[1]
points = ''.join('<trkpt lat="%.5f" lon="7.0"><time>2026-01-10T08:%02d:%02dZ</time></trkpt>\n'
                 % (46.0 + i * 0.00027, i // 6, (i % 6) * 10) for i in range(31))
open(folder + '/morning.gpx', 'w').write(
    '<?xml version="1.0"?>\n<gpx version="1.1" creator="t" '
    'xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>\n'
    + points + '</trkseg></trk></gpx>\n')
open(folder + '/activities.csv', 'w').write(
    'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Activity Gear\n'
    '5001,"Jan 12, 2026, 7:00:00 AM",Easy,Run,1800,5.00,Smoke Pair\n'
    '5002,"Jan 14, 2026, 7:00:00 AM",Steady,Run,2400,7.50,Smoke Pair\n')
PY
journal_rows() {  # journal_rows JOURNAL: "runs pairs tracks", read by a connection of its own
  python3 -c 'import sqlite3,sys; c = sqlite3.connect(sys.argv[1]); print(*[c.execute("SELECT count(*) FROM " + t).fetchone()[0] for t in ("run", "shoe", "run_track")])' "$1"
}
rows_are() { [ "$(journal_rows "$1")" = "$2" ]; }
has_window_starting() { [ -n "$(xdotool search --onlyvisible --name "^$1" 2>/dev/null | head -n1)" ]; }
before_import=$(journal_rows "$JOURNAL")
xdotool windowactivate --sync "$MAIN" >/dev/null 2>&1
xdotool key ctrl+i
if wait_until 15 has_window_starting "Import activities"; then
  sleep 0.5
  xdotool type --delay 20 '"morning.gpx" "activities.csv"'
  xdotool key Return
  read -r runs_before pairs_before tracks_before <<<"$before_import"
  after_import="$((runs_before + 3)) $((pairs_before + 1)) $((tracks_before + 1))"
  if wait_until 30 rows_are "$JOURNAL" "$after_import"; then
    ok "the import added 3 runs, 1 pair and 1 track"
  else
    fail "the import left $(journal_rows "$JOURNAL") (runs pairs tracks), not $after_import"
  fi
  if wait_until 15 has_window_starting "Import finished"; then
    import -window root "$SHOTS/import-finished-1920x1080.png" 2>/dev/null
    xdotool key Escape
    wait_until 10 bash -c '[ -z "$(xdotool search --onlyvisible --name "^Import finished" 2>/dev/null)" ]' ||
      fail "Escape did not close the import results"
  fi
  xdotool windowactivate --sync "$MAIN" >/dev/null 2>&1
  main_key() { xdotool key --window "$MAIN" --clearmodifiers "$1" 2>/dev/null || xdotool key "$1"; }
  main_key ctrl+z
  if wait_until 10 rows_are "$JOURNAL" "$before_import"; then
    ok "Ctrl+Z after the import took out its runs, pair and track"
  else
    fail "Ctrl+Z after the import left $(journal_rows "$JOURNAL"), not $before_import"
    import -window root "$SHOTS/import-undo-failed.png" 2>/dev/null
  fi
  main_key ctrl+shift+z
  if wait_until 10 rows_are "$JOURNAL" "$after_import"; then
    ok "Ctrl+Shift+Z put the import back"
  else
    fail "Ctrl+Shift+Z after undoing the import left $(journal_rows "$JOURNAL"), not $after_import"
  fi
  main_key ctrl+z
  wait_until 10 rows_are "$JOURNAL" "$before_import" || fail "a second Ctrl+Z did not undo the import"
else
  fail "Ctrl+I opened no Import activities dialog"
fi

# A second copy on the same journal: the first comes back from minimised, the second exits.
xdotool windowminimize --sync "$MAIN" >/dev/null 2>&1
wait_until 10 bash -c "xwininfo -id $MAIN | grep -q IsUnMapped"
if timeout 30 "$APP" --db "$JOURNAL" >"$WORK/second.log" 2>&1; then
  ok "a second stridelog on the same journal exited: $(cat "$WORK/second.log")"
else
  fail "a second stridelog on the same journal did not exit cleanly (status $?)"
fi
if wait_until 10 bash -c "xwininfo -id $MAIN | grep -q IsViewable"; then
  ok "the first window came back up"
else
  fail "the first window stayed minimised"
fi
windows=$(xdotool search --onlyvisible --name "Stridelog" 2>/dev/null | wc -l)
[ "$windows" -eq 1 ] && ok "one window on the journal" || fail "$windows windows on one journal"

# On another journal it opens normally.
start_app "$WORK/other.sqlite"
OTHER_PID=$LAST_PID
if [ -n "$LAST_WINDOW" ]; then ok "a stridelog on another journal opened its window"; else fail "a stridelog on another journal showed no window"; fi
import -window root "$SHOTS/two-journals-1920x1080.png" 2>/dev/null
quit_app "$OTHER_PID" "$LAST_WINDOW"
quit_app "$MAIN_PID" "$MAIN"

# --- Log run fits the screen: 1920×1080 at scale 2, and 1024×640 --------------------------
check_log_run_fits() {  # check_log_run_fits WIDTH HEIGHT NAME [env...]
  local width=$1 height=$2 name=$3
  shift 3
  start_x "${width}x${height}"
  start_app "$WORK/$name.sqlite" "$@"
  local pid=$LAST_PID main=$LAST_WINDOW
  if [ -z "$main" ]; then
    fail "no main window at $name: $(cat "$APP_LOG")"
    return
  fi
  read -r _ _ w h <<<"$(frame_of "$main")"
  echo "note: the main window at $name is ${w}×${h}"
  xdotool windowactivate --sync "$main" >/dev/null 2>&1
  xdotool key ctrl+n
  if wait_until 15 has_window_named "Log a run"; then
    sleep 0.5
    fits_screen "$(window_named "Log a run")" "$width" "$height" "Log a run at $name"
    import -window root "$SHOTS/log-run-$name.png" 2>/dev/null
    xdotool key Escape
    wait_until 10 no_window_named "Log a run" || fail "Escape did not close an untouched Log a run"
  else
    fail "Ctrl+N opened no Log a run at $name"
  fi
  quit_app "$pid" "$main"
}
check_log_run_fits 1920 1080 scale2-1920x1080 QT_SCALE_FACTOR=2
check_log_run_fits 1024 640 1024x640

echo "screenshots: $SHOTS"
if ((failures > 0)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"
