#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Peak memory of importing a long Strava activities.csv: generates files of 10,000 and 100,000
# rows and imports each into a fresh journal with `stridelog-cli import`, printing the maximum
# resident set size (/usr/bin/time -v). A CSV is read in chunks inside its one transaction, so
# the two figures should be close: memory does not grow with rows.
#
#   tests/benchmarks/import/csv-memory.sh [CLI] [WORKDIR]
# CLI defaults to build/dev/app/cli/stridelog-cli. Needs: python3, time.
set -euo pipefail
cd "$(dirname "$0")/../../.."
cli="${1:-build/dev/app/cli/stridelog-cli}"
work="${2:-$(mktemp -d)}"
mkdir -p "$work"
for rows in 10000 100000; do
    csv="$work/activities-$rows.csv"
    [ -f "$csv" ] || python3 tests/benchmarks/import/make_strava_csv.py "$rows" "$csv"
    rm -f "$work/journal-$rows".sqlite*
    /usr/bin/time -v "$cli" --db "$work/journal-$rows.sqlite" import "$csv" \
        >"$work/import-$rows.json" 2>"$work/time-$rows.txt"
    peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-$rows.txt")
    secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time-$rows.txt")
    echo "$rows rows: peak RSS $((peak / 1024)) MB, $secs"
done
