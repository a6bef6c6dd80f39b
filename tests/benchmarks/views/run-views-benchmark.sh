#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What keeping tracks costs, as ratios measured in this one run (issue "See each run"):
#   1. startup (stridelog --screenshot) on a 10-year journal whose runs all have tracks against
#      an empty journal — aim ≤ 1.5× — and against the same journal without tracks (what the
#      tracks themselves cost: they are read only when a run is opened);
#   2. opening a run page (median of 20, drawn) — aim < 100 ms;
#   3. importing 1,000 FIT files with tracks against the same import keeping none — aim ≤ 1.5×;
#   4. importing a 50 MB GPX against GPSBabel reading it — aim ≤ 0.5×;
#   5. journal bytes per hour of track; and the peak memory (max RSS) of each command.
#
#   tests/benchmarks/views/run-views-benchmark.sh [BUILD_DIR]
# BUILD_DIR defaults to build/release (a Release build, configured here when missing).
# Needs: hyperfine, gpsbabel, time, python3 (Debian packages of those names).
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/../../.." && pwd)
build=${1:-"$source_dir/build/release"}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSTRIDELOG_BUILD_TESTS=ON -DSTRIDELOG_BUILD_BENCHMARKS=ON >/dev/null
fi
# SKIP_BUILD=1 measures the binaries as they are (to compare two builds of the same sources).
if [ -z "${SKIP_BUILD:-}" ]; then
    cmake --build "$build" -j "${JOBS:-2}" --target stridelog stridelog-cli stridelog_views_bench >/dev/null
fi
app="$build/app/gui/stridelog"
cli="$build/app/cli/stridelog-cli"
bench="$build/tests/benchmarks/views/stridelog_views_bench"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen STRIDELOG_NOW=2026-11-21T12:00
as_of=2026-11-21T12:00

peak() {  # peak resident memory of a command, in MB
    /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%.0f", $1 / 1024}'
}
mean() {  # mean seconds of a command named NAME in hyperfine's JSON
    python3 -c 'import json,sys; r={x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}; print(r[sys.argv[2]])' "$@"
}
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }

echo "== making a 10-year journal with a track on every run"
"$cli" --db "$work/empty.sqlite" check >/dev/null
"$bench" journal "$work/tracks.sqlite" 10 | tee "$work/journal.txt"
echo "journal file: $(du -m "$work/tracks.sqlite" | cut -f1) MB"
"$bench" journal "$work/bare.sqlite" 10 --no-tracks >/dev/null

echo "== 1. startup"
hyperfine --warmup 2 --runs 10 --export-json "$work/startup.json" \
    -n empty "$app --db $work/empty.sqlite --as-of $as_of --screenshot $work/empty.png" \
    -n tracks "$app --db $work/tracks.sqlite --as-of $as_of --screenshot $work/tracks.png" \
    -n bare "$app --db $work/bare.sqlite --as-of $as_of --screenshot $work/bare.png" >/dev/null
startup=$(ratio "$(mean "$work/startup.json" tracks)" "$(mean "$work/startup.json" empty)")
startup_bare=$(ratio "$(mean "$work/startup.json" tracks)" "$(mean "$work/startup.json" bare)")

echo "== 2. opening a run page"
"$bench" open-run "$work/tracks.sqlite" 20 | tee "$work/open.txt"

echo "== 3. 1,000 FIT files with and without tracks"
"$bench" fit "$work/fit" 1000
fresh="rm -f $work/imp.sqlite $work/imp.sqlite-wal $work/imp.sqlite-shm"
hyperfine --warmup 1 --runs 3 --prepare "$fresh" --export-json "$work/fit.json" \
    -n with "$bench import $work/imp.sqlite $work/fit" \
    -n without "$bench import $work/imp.sqlite $work/fit --no-tracks" >/dev/null
fit=$(ratio "$(mean "$work/fit.json" with)" "$(mean "$work/fit.json" without)")
$fresh; fit_mem=$(peak "$bench" import "$work/imp.sqlite" "$work/fit")
$fresh; fit_mem_bare=$(peak "$bench" import "$work/imp.sqlite" "$work/fit" --no-tracks)

echo "== 4. a 50 MB GPX against gpsbabel"
python3 "$source_dir/tests/benchmarks/import/make_gpx.py" 50 "$work/big.gpx"
hyperfine --warmup 1 --runs 3 --prepare "$fresh" --export-json "$work/gpx.json" \
    -n ours "$cli --db $work/imp.sqlite import $work/big.gpx" \
    -n gpsbabel "gpsbabel -i gpx -f $work/big.gpx -o unicsv -F /dev/null" >/dev/null
gpx=$(ratio "$(mean "$work/gpx.json" ours)" "$(mean "$work/gpx.json" gpsbabel)")
$fresh; gpx_mem=$(peak "$cli" --db "$work/imp.sqlite" import "$work/big.gpx")
gpsbabel_mem=$(peak gpsbabel -i gpx -f "$work/big.gpx" -o unicsv -F /dev/null)

echo
echo "== results (ratios from this run)"
echo "startup, 10 years with tracks / empty:   ${startup}x   (aim <= 1.5)"
echo "startup, with tracks / same without:     ${startup_bare}x"
echo "open a run page, median:                 $(awk '/median/ {print $2}' "$work/open.txt") ms (aim < 100)"
echo "1,000 FIT, with tracks / without:        ${fit}x   (aim <= 1.5)"
echo "50 MB GPX, ours / gpsbabel:              ${gpx}x   (aim <= 0.5)"
echo "track bytes per hour in the journal:     $(awk '/bytes_per_hour/ {printf "%.0f", $2}' "$work/journal.txt")"
echo "peak memory (MB): startup empty $(peak "$app" --db "$work/empty.sqlite" --as-of $as_of --screenshot "$work/e.png"), startup tracks $(peak "$app" --db "$work/tracks.sqlite" --as-of $as_of --screenshot "$work/t.png"), FIT with tracks $fit_mem, without $fit_mem_bare, 50 MB GPX ours $gpx_mem, gpsbabel $gpsbabel_mem"
