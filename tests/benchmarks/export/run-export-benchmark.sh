#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Exporting a journal of 2,000 runs with tracks to a folder of GPX and of TCX files: time and
# peak memory (/usr/bin/time -v), for 500 runs and for 2,000, so a memory that grows with the
# runs shows. Aim: flat memory, under 60 MB. Not a test: it prints, and asserts nothing.
# Usage: run-export-benchmark.sh [path/to/stridelog-cli] (default: build/dev).
# Needs: time, python3 (Debian packages of those names).
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cli=${1:-$root/build/dev/app/cli/stridelog-cli}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TZ=Europe/Berlin LANGUAGE=en
unset STRIDELOG_DB

# N runs as the N tracks of one GPX: 50 minutes each, a point every 5 s, one run a day.
make_gpx() {
    python3 - "$1" "$2" <<'PY'
import math, sys
from datetime import datetime, timedelta, timezone
count, path = int(sys.argv[1]), sys.argv[2]
start = datetime(2018, 1, 1, 7, 0, tzinfo=timezone.utc)
with open(path, "w") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="bench" '
              'xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx='
              '"http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n')
    for run in range(count):
        day = start + timedelta(days=run)
        out.write("<trk><type>running</type><trkseg>\n")
        for i in range(600):
            angle = 2 * math.pi * i / 600
            lat = 53.08 + 0.012 * math.sin(angle)
            lon = 9.46 + 0.02 * math.cos(angle)
            t = (day + timedelta(seconds=5 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            out.write(f'<trkpt lat="{lat:.6f}" lon="{lon:.6f}"><ele>{20 + 5 * math.sin(3 * angle):.1f}'
                      f'</ele><time>{t}</time><extensions><gpxtpx:TrackPointExtension>'
                      f'<gpxtpx:hr>{140 + i % 20}</gpxtpx:hr><gpxtpx:cad>{85 + i % 3}</gpxtpx:cad>'
                      f'</gpxtpx:TrackPointExtension></extensions></trkpt>\n')
        out.write("</trkseg></trk>\n")
    out.write("</gpx>\n")
PY
}

peak_mb() {  # peak resident memory of the command, in MB
    /usr/bin/time -v "$@" 2>"$work/time.txt" >/dev/null
    awk -F: '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/time.txt"
}
seconds() {
    awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt"
}

for runs in 500 2000; do
    make_gpx "$runs" "$work/runs.gpx"
    journal="$work/journal-$runs.sqlite"
    "$cli" --db "$journal" import "$work/runs.gpx" >/dev/null
    for format in gpx tcx; do
        rm -rf "$work/out"
        mb=$(peak_mb "$cli" --db "$journal" export --format "$format" --out "$work/out")
        files=$(find "$work/out" -type f | wc -l)
        size=$(du -sm "$work/out" | cut -f1)
        echo "$runs runs with tracks to $format: $files files, $size MB, $(seconds) wall, peak memory $mb MB (aim < 60)"
    done
done
