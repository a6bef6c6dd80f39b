#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Import speed and memory. Generates a 5 MB and a 50 MB GPX track and a folder of 1,000 small
# activity files, then, in one run:
#   - times our import of each track against GPSBabel reading the same file
#     (`gpsbabel -i gpx -f FILE -o unicsv -F /dev/null`) with hyperfine, a fresh journal per run;
#   - measures peak memory (maximum resident set size, /usr/bin/time -v) for both sizes and
#     both programs, which should stay flat for ours: the readers keep no points;
#   - times the import of the 1,000-file folder.
# It uses the release `stridelog-cli import` when that command exists, else the small driver
# stridelog_import_bench built next to the import tests.
#
#   tests/benchmarks/import/run-benchmark.sh [WORKDIR]
# STRIDELOG_BENCH_BUILD names another release build folder (default build/import/release).
# Needs: python3, hyperfine, gpsbabel, time (Debian packages of those names).
set -euo pipefail
cd "$(dirname "$0")/../../.."
root="$PWD"
here="$root/tests/benchmarks/import"
build="${STRIDELOG_BENCH_BUILD:-$root/build/import/release}"
work="${1:-$build/bench}"
mkdir -p "$work"

cmake --preset release -B "$build" >/dev/null
cmake --build "$build" -j2 --target stridelog_import_bench stridelog-cli >/dev/null 2>&1 ||
    cmake --build "$build" -j2 --target stridelog_import_bench >/dev/null

driver="$build/tests/core/import/stridelog_import_bench"
cli="$build/app/cli/stridelog-cli"
python3 "$here/make_gpx.py" 0.01 "$work/probe.gpx"
if [ -x "$cli" ] && "$cli" --db "$work/probe.sqlite" import "$work/probe.gpx" >/dev/null 2>&1; then
    import_cmd="$cli --db $work/journal.sqlite import"
    echo "Importing with: stridelog-cli import"
else
    import_cmd="$driver $work/journal.sqlite"
    echo "Importing with: stridelog_import_bench (stridelog-cli has no import command yet)"
fi
rm -f "$work"/probe.*

for mb in 5 50; do
    [ -f "$work/track-$mb.gpx" ] || python3 "$here/make_gpx.py" "$mb" "$work/track-$mb.gpx"
done
if [ ! -d "$work/folder" ]; then
    mkdir -p "$work/folder"
    for i in $(seq 1 1000); do
        python3 "$here/make_gpx.py" 0.02 "$work/folder/run-$i.gpx" "$((i - 1100))"
    done
fi
ls -l "$work"/track-*.gpx
du -sh "$work/folder"

# Each timed import starts with no journal, so it also creates one: eight fdatasyncs before the
# file is read and three for the import. On a disk busy with other writes those waits are a
# visible part of the 5 MB time; compare the User and System columns to see the CPU alone.
fresh="rm -f $work/journal.sqlite $work/journal.sqlite-wal $work/journal.sqlite-shm"
for mb in 5 50; do
    file="$work/track-$mb.gpx"
    hyperfine --warmup 1 --runs 5 --prepare "$fresh" \
        --export-markdown "$work/time-$mb.md" \
        -n "stridelog import ($mb MB)" "$import_cmd $file" \
        -n "gpsbabel gpx->unicsv ($mb MB)" "gpsbabel -i gpx -f $file -o unicsv -F /dev/null"
done

echo
echo "Peak memory (maximum resident set size):"
for mb in 5 50; do
    file="$work/track-$mb.gpx"
    $fresh
    ours=$(/usr/bin/time -v $import_cmd "$file" 2>&1 >/dev/null | awk '/Maximum resident/ {print $6}')
    theirs=$(/usr/bin/time -v gpsbabel -i gpx -f "$file" -o unicsv -F /dev/null 2>&1 |
        awk '/Maximum resident/ {print $6}')
    printf '  %2s MB GPX: stridelog %6d KiB   gpsbabel %7d KiB\n' "$mb" "$ours" "$theirs"
done

echo
hyperfine --runs 3 --prepare "$fresh" --export-markdown "$work/time-folder.md" \
    -n "stridelog import (1,000 files)" "$import_cmd $work/folder"
