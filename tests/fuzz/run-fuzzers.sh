#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the reader fuzz targets with clang and runs each for SECONDS (default 10), starting
# from seeds made of the import test fixtures. Exit status is non-zero if any target finds a
# crash; the reproducer is left in build/fuzz/artifacts/.
#
#   tests/fuzz/run-fuzzers.sh          # 10 s each
#   tests/fuzz/run-fuzzers.sh 600      # 10 minutes each
#   tests/fuzz/run-fuzzers.sh 0        # no fuzzing: every target runs its seed corpus once
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

# The value parsers start from what the CLI documents, and from what it must refuse.
values() {  # values TARGET TEXT...
    local dir="$build/corpus/$1" i=0
    shift
    mkdir -p "$dir"
    for text in "$@"; do printf '%s' "$text" >"$dir/seed-$((i++))"; done
}
values distance 10 10.2km 6.3mi 800m 0 400.001 -5 1e308 ten 12,5 ".5km" "  7 km "
values duration 55:10 1:02:03 45m 1h 1h30m 72h1s 0s 27:30.5 ongoing 99999999999h ":"
values date 2026-11-21 2026-02-30 9999-12-31 0000-01-01 21.11.2026 2026-1-1 ""
values instant 2026-11-21 2026-11-21T07:45 2026-11-21T07:45:10+01:00 2026-11-21T07:45Z     9999-12-31T23:59 2026-13-01T00:00 T
mkdir -p "$build/artifacts"
status=0
if [ "$seconds" = 0 ]; then budget=(-runs=0); else budget=(-max_total_time="$seconds"); fi
for target in gpx tcx fit csv gzip distance duration date instant; do
    echo "== fuzz_$target for ${seconds}s"
    # -rss_limit_mb and -malloc_limit_mb turn a large allocation into a finding.
    if ! "$build/fuzz_$target" "$build/corpus/$target" \
        "${budget[@]}" -max_len=65536 -rss_limit_mb=1024 -malloc_limit_mb=256 \
        -timeout=10 -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 \
        2>"$build/fuzz_$target.log"; then
        status=1
        echo "fuzz_$target FOUND A PROBLEM: see $build/fuzz_$target.log"
    fi
    grep -E "stat::number_of_executed_units|cov:" "$build/fuzz_$target.log" | tail -2 || true
done
exit "$status"
