#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic GPX 1.1 running track of about SIZE_MB megabytes, for the import benchmark.

usage: make_gpx.py SIZE_MB OUT.gpx [START_DAY_OFFSET]

Points every 0.5 s, 1 m apart (a slow 8:20 min/km) up and down a 2 km line, a metre east at each
turn, with Garmin TrackPointExtension heart rate and cadence, so a 50 MB file (about 445,000
points: 222 km in 31 h) stays inside the journal's limits (400 km, 72 h) and imports. Written as
it goes: the generator itself never holds the file in memory.
"""
import datetime
import sys

size = int(float(sys.argv[1]) * 1024 * 1024)
out = sys.argv[2]
day = int(sys.argv[3]) if len(sys.argv) > 3 else 0
start = datetime.datetime(2024, 1, 1, 6, 0, tzinfo=datetime.timezone.utc) + datetime.timedelta(days=day)
metres_per_degree = 6371008.8 * 3.141592653589793 / 180

with open(out, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<gpx version="1.1" creator="stridelog benchmark" '
            'xmlns="http://www.topografix.com/GPX/1/1" '
            'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n'
            '<trk><name>benchmark</name><type>running</type><trkseg>\n')
    i = 0
    while f.tell() < size:
        t = start + datetime.timedelta(milliseconds=500 * i)
        leg, step = divmod(i, 2000)
        north = step if leg % 2 == 0 else 2000 - step
        lat = 47.0 + north / metres_per_degree
        lon = 8.0 + leg / metres_per_degree
        f.write(f'<trkpt lat="{lat:.7f}" lon="{lon:.7f}"><ele>{400 + i % 50}</ele>'
                f'<time>{t.strftime("%Y-%m-%dT%H:%M:%S")}.{t.microsecond // 1000:03d}Z</time>'
                f'<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{140 + i % 20}</gpxtpx:hr>'
                f'<gpxtpx:cad>{84 + i % 4}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>'
                '</trkpt>\n')
        i += 1
    f.write('</trkseg></trk></gpx>\n')
