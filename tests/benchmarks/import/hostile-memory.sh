#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Peak memory of importing hostile XML: makes each file below and imports it into a fresh
# journal with `stridelog-cli import`, printing the maximum resident set size (/usr/bin/time
# -v) and the import's exit code. Every file is refused or read within bounds; the aim is that
# each stays under 60 MB. Not a test: the figures depend on the machine.
#
#   nested.gpx.gz     5 million nested elements (about 35 KB packed)
#   comments.gpx      a track name of 60 pieces of 1 MB, split by comments
#   bomb.gpx.gz       a small .gz of a GPX padded with blanks, packing far beyond 200 times
#   points.gpx.gz     one track of 1,000,000 points, four a second
#
#   tests/benchmarks/import/hostile-memory.sh [CLI] [WORKDIR]
# CLI defaults to build/dev/app/cli/stridelog-cli. Needs: python3, gzip, time.
set -euo pipefail
cd "$(dirname "$0")/../../.."
cli="${1:-build/dev/app/cli/stridelog-cli}"
work="${2:-$(mktemp -d)}"
mkdir -p "$work"

python3 - "$work" <<'PY'
import gzip, os, sys
work = sys.argv[1]
head = b'<?xml version="1.0"?>\n<gpx version="1.1" creator="x" xmlns="http://www.topografix.com/GPX/1/1">'

def write_gz(name, chunks):
    path = os.path.join(work, name)
    if os.path.exists(path):
        return
    with gzip.open(path, "wb", compresslevel=9) as f:
        for chunk in chunks:
            f.write(chunk)

def nested():
    yield head
    for _ in range(5000):
        yield b"<e>" * 1000

def bomb():
    yield head + b"<trk><name>x</name>"
    for _ in range(256):
        yield b" " * (1 << 20)
    yield b"</trk></gpx>"

def points():
    yield head + b"<trk><trkseg>"
    for i in range(1_000_000):
        s = 1_700_000_000 + i / 4
        yield (b'<trkpt lat="%.6f" lon="%.6f"><time>2023-11-14T%02d:%02d:%06.3fZ</time></trkpt>'
               % (52 + i * 1e-7, 13 + i * 1e-7, (i // 14400) % 24, (i // 240) % 60, (i / 4) % 60))
    yield b"</trkseg></trk></gpx>"

write_gz("nested.gpx.gz", nested())
write_gz("bomb.gpx.gz", bomb())
write_gz("points.gpx.gz", points())
path = os.path.join(work, "comments.gpx")
if not os.path.exists(path):
    with open(path, "wb") as f:
        f.write(head + b"<trk><name>")
        for _ in range(60):
            f.write(b"x" * (1 << 20) + b"<!-- -->")
        f.write(b"</name><trkseg></trkseg></trk></gpx>")
PY

for file in nested.gpx.gz comments.gpx bomb.gpx.gz points.gpx.gz; do
    name=${file%%.*}
    rm -f "$work/journal-$name".sqlite*
    status=0
    /usr/bin/time -v "$cli" --db "$work/journal-$name.sqlite" import "$work/$file" \
        >"$work/import-$name.txt" 2>"$work/time-$name.txt" || status=$?
    peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-$name.txt")
    size=$(du -k "$work/$file" | cut -f1)
    echo "$file (${size} KB): peak RSS $((peak / 1024)) MB, exit $status"
    grep -E 'error|imported' "$work/import-$name.txt" | head -n 1 | sed 's/^/    /' || true
done
