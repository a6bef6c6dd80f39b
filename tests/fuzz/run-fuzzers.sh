#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the reader fuzz targets with clang and runs each for SECONDS (default 10), starting
# from seeds made of the import test fixtures. Exit status is non-zero if any target finds a
# crash; the reproducer is left in build/fuzz/artifacts/.
#
#   tests/fuzz/run-fuzzers.sh          # 10 s each
#   tests/fuzz/run-fuzzers.sh 600      # 10 minutes each
set -euo pipefail
seconds="${1:-10}"
cd "$(dirname "$0")/../.."
root="$PWD"
build="$root/build/fuzz"
fixtures="$root/tests/data/import"

mkdir -p "$build"
# Quiet when it works; the whole build output when it does not.
if ! { cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ &&
       cmake --build "$build" -j2; } >"$build/build.log" 2>&1; then
    cat "$build/build.log"
    echo "run-fuzzers: the fuzz targets did not build (log above)"
    exit 1
fi

seed() {  # seed NAME FILES...: a fresh working corpus for one target
    local dir="$build/corpus/$1"
    shift
    mkdir -p "$dir"
    cp -f "$@" "$dir"/ 2>/dev/null || true
}
seed gpx "$fixtures"/*.gpx
seed tcx "$fixtures"/*.tcx
seed csv "$fixtures"/*.csv "$fixtures"/strava/*.csv
mkdir -p "$build/corpus/fit" "$build/corpus/gzip"
"$build/make_fit_seeds" "$build/corpus/fit"
for f in "$fixtures"/pauses_gpx11.gpx "$build/corpus/fit/little.fit"; do
    gzip -c "$f" >"$build/corpus/gzip/$(basename "$f").gz"
done

mkdir -p "$build/artifacts"
status=0
for target in gpx tcx fit csv gzip; do
    echo "== fuzz_$target for ${seconds}s"
    # -rss_limit_mb and -malloc_limit_mb turn a large allocation into a finding.
    if ! "$build/fuzz_$target" "$build/corpus/$target" \
        -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=1024 -malloc_limit_mb=256 \
        -timeout=10 -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 \
        2>"$build/fuzz_$target.log"; then
        status=1
        echo "fuzz_$target FOUND A PROBLEM: see $build/fuzz_$target.log"
    fi
    grep -E "stat::number_of_executed_units|cov:" "$build/fuzz_$target.log" | tail -2 || true
done
exit "$status"
