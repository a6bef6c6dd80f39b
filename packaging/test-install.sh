#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian package on a bare Debian 12 and runs it there.
#
# Builds the package (Release, in build/package), builds the programs again with the Makefile
# generator and checks they speak German, makes a minimal Debian 12 root with mmdebstrap,
# installs the .deb into it with `apt-get install --no-install-recommends`, and inside checks
# that tzdata came with it and runs `stridelog-cli --version`, `demo`, `warnings` (also in
# German), `stridelog --screenshot` (offscreen) and `stridelog-cli report --out FILE.pdf`. Fails
# on any missing library, Qt plugin or SQLite driver.
#
# Needs root (or a user namespace for mmdebstrap's unshare mode), mmdebstrap and network access
# to a Debian mirror. The mirror is the one this machine's apt uses for Debian 12; set
# STRIDELOG_DEBIAN_MIRROR (a URL) to choose another.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${STRIDELOG_PACKAGE_BUILD_DIR:-build/package}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! command -v mmdebstrap >/dev/null; then
    echo "test-install: mmdebstrap is missing (apt-get install mmdebstrap)" >&2
    exit 1
fi

# 1. The package, from a release build of the programs only.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTRIDELOG_BUILD_TESTS=OFF \
    -DSTRIDELOG_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" -j "$(nproc)"
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/stridelog_*.deb | head -n 1)
echo "test-install: built $deb"
dpkg-deb --field "$deb" Depends
cp "$deb" "$work/stridelog.deb"

# 1b. A plain CMake build with Make (not Ninja), as a packager might run it: the programs speak
# German, so their translations were compiled in before they were linked.
make_build="$build-make"
cmake -S . -B "$make_build" -G "Unix Makefiles" -DCMAKE_BUILD_TYPE=Release \
    -DSTRIDELOG_BUILD_TESTS=OFF -DSTRIDELOG_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$make_build" -j "$(nproc)" >/dev/null
bash tests/check_german.sh "$make_build/app/cli/stridelog-cli" "$make_build/app/gui/stridelog"
echo "test-install: the Makefile build speaks German"

# 2. The Debian 12 sources this machine's apt uses (only the Debian archive's entries).
mirrors=()
if [ -n "${STRIDELOG_DEBIAN_MIRROR:-}" ]; then
    mirrors=("deb $STRIDELOG_DEBIAN_MIRROR bookworm main")
else
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -e "$f" ] || continue
        if grep -q 'debian-archive-keyring' "$f" && grep -q 'bookworm' "$f"; then
            mirrors+=("$f")
        fi
    done
    if [ ${#mirrors[@]} -eq 0 ]; then
        for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
            [ -e "$f" ] || continue
            while read -r line; do mirrors+=("$line"); done \
                < <(grep -E '^deb .* bookworm(-updates|-security)? ' "$f" | grep -v '\[' || true)
        done
    fi
fi
if [ ${#mirrors[@]} -eq 0 ]; then
    echo "test-install: no Debian 12 source in /etc/apt; set STRIDELOG_DEBIAN_MIRROR" >&2
    exit 1
fi

# 3. Inside the new root: install without recommends, then use both programs. Each step's
# output is kept; the checks below fail on any sign of a missing piece.
cat >"$work/inside.sh" <<'EOF'
set -eu
export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 HOME=/root XDG_RUNTIME_DIR=/tmp/runtime
mkdir -p -m 0700 /tmp/runtime
apt-get install -y -q --no-install-recommends /tmp/stridelog.deb
plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins
for f in /usr/bin/stridelog /usr/bin/stridelog-cli platforms/libqoffscreen.so \
        platforms/libqxcb.so sqldrivers/libqsqlite.so imageformats/libqsvg.so \
        iconengines/libqsvgicon.so; do
    case $f in /*) ;; *) f=$plugins/$f ;; esac
    test -e "$f" || { echo "missing $f"; exit 1; }
    if ldd "$f" | grep 'not found'; then echo "missing libraries of $f"; exit 1; fi
done
stridelog-cli --version
# The time zone database came with the package (a bare root has none): a runner's TZ holds.
dpkg-query -W tzdata
test "$(TZ=Europe/Berlin date -d 2026-01-15T12:00Z +%z)" = "+0100"
stridelog-cli --db /tmp/journal.sqlite demo --years 1
stridelog-cli --db /tmp/journal.sqlite warnings | head -n 5
# The German translation is inside the program, not looked up on disk.
LANGUAGE=de stridelog-cli --db /tmp/journal.sqlite weeks | head -n 1 | grep WOCHE
QT_QPA_PLATFORM=offscreen stridelog --db /tmp/journal.sqlite --screenshot /tmp/dashboard.png \
    2>/tmp/stderr.txt
cat /tmp/stderr.txt
# Offscreen Qt notes what it cannot do with windows; anything else about a plugin, a driver
# or an error fails.
if grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR /tmp/stderr.txt |
        grep -Eiq 'plugin|driver|not loaded|cannot|error'; then exit 1; fi
test -s /tmp/dashboard.png
# The command-line report's PDF is drawn by the installed desktop app, without a display.
stridelog-cli --db /tmp/journal.sqlite report --from 2026-01-01 --to "$(date +%F)" \
    --out /tmp/report.pdf
head -c 5 /tmp/report.pdf | grep -q '%PDF-'
echo "test-install: installed and ran"
EOF

mmdebstrap --variant=apt --quiet \
    --customize-hook="copy-in $work/stridelog.deb $work/inside.sh /tmp" \
    --customize-hook='chroot "$1" sh /tmp/inside.sh' \
    --customize-hook="copy-out /tmp/dashboard.png $work" \
    bookworm /dev/null "${mirrors[@]}"
test -s "$work/dashboard.png"
echo "test-install: passed"
