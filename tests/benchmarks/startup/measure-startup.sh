#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Startup to a painted dashboard, measured as whole processes with hyperfine:
#   1. stridelog --screenshot on an empty journal,
#   2. the same on a 10-year demo journal,
#   3. a bare Qt program showing one 1280×800 QCustomPlot chart and writing it to a PNG.
# The issue's budget: (2) within 1.5× of (1), and within 3× of (3). Exits 1 when over budget.
#
# Usage: tests/benchmarks/startup/measure-startup.sh [BUILD_DIR]
#   BUILD_DIR defaults to build/release, configured and built here when missing.
set -eu

source_dir=$(cd "$(dirname "$0")/../../.." && pwd)
build_dir=${1:-"$source_dir/build/release"}
jobs=${JOBS:-2}
as_of=2026-11-21T12:00

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSTRIDELOG_BUILD_TESTS=ON -DSTRIDELOG_BUILD_BENCHMARKS=ON
fi
cmake --build "$build_dir" -j "$jobs" --target stridelog stridelog-cli stridelog_bare_chart

app=$(find "$build_dir" -type f -name stridelog -perm -u+x | head -n 1)
cli=$(find "$build_dir" -type f -name stridelog-cli -perm -u+x | head -n 1)
bare=$(find "$build_dir" -type f -name stridelog_bare_chart -perm -u+x | head -n 1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
STRIDELOG_NOW=$as_of "$cli" --db "$work/empty.sqlite" check >/dev/null
STRIDELOG_NOW=$as_of "$cli" --db "$work/ten.sqlite" demo --years 10 >/dev/null

export QT_QPA_PLATFORM=offscreen
hyperfine --warmup 3 --min-runs 20 --export-json "$work/startup.json" \
    --command-name empty "$app --db $work/empty.sqlite --as-of $as_of --screenshot $work/empty.png" \
    --command-name ten-years "$app --db $work/ten.sqlite --as-of $as_of --screenshot $work/ten.png" \
    --command-name bare-qt "$bare $work/bare.png"

python3 - "$work/startup.json" <<'PY'
import json, sys
results = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
empty, ten, bare = results["empty"], results["ten-years"], results["bare-qt"]
print(f"empty journal  {empty * 1000:7.1f} ms")
print(f"10-year demo   {ten * 1000:7.1f} ms  ({ten / empty:.2f}x empty, budget 1.5x)")
print(f"bare Qt chart  {bare * 1000:7.1f} ms  (10-year demo is {ten / bare:.2f}x, budget 3x)")
sys.exit(0 if ten <= 1.5 * empty and ten <= 3 * bare else 1)
PY
