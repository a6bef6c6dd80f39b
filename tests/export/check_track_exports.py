#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Exported GPX and TCX files, read back by programs nobody here wrote, and by our own importer.

Usage: check_track_exports.py CLI SOURCE [SOURCE...] [--demo]
Each SOURCE is an activity file, or a folder of them (its .fit, .gpx and .tcx files): it is imported into a fresh journal, whose runs are exported
as GPX and as TCX. --demo does the same for the runs of `demo --years 3` (its recent runs have
tracks). For every exported file with a track:

  gpsbabel  reads it back (`-t -i gpx|gtrnctr ... -o unicsv`): the points written, the run's
            start as the first time, the start plus the track's moving time as the last, and
            the great-circle length of what it read within 0.5% of the run's distance;
  gpxpy     (Debian's python3-gpxpy) parses every GPX: the points, their times, and the heart
            rate and cadence of Garmin's TrackPointExtension where the file has them;
  our own   importer reads the file into a fresh journal and gives back the same run: distance
            (TCX exactly, from its laps; GPX within 0.5%), duration and moving time, laps (TCX)
            and track points.

A tool that is not installed skips its checks and says so; without gpsbabel and gpxpy the
script exits 77 (ctest's skip). A demo track's points are drawn around a bent loop with GPS
wobble, so its great-circle length is a few percent over the run's distance: for the demo
the GPX distance is checked against what our importer reads from the same file instead.
"""

import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone

failures = []
notes = []
checked = {"files": 0, "gpsbabel": 0, "gpxpy": 0, "reimport": 0}


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


# The run's totals came from the watch (a FIT session, TCX laps), not from its points: what a
# GPX can carry (the points alone) may differ from them, and the difference is reported, not
# failed. A run imported from a GPX has the totals of its points, and is held to them.
totals_from_points = True


def differs(message):
    if totals_from_points:
        fail(message)
    else:
        notes.append(message)
        print("NOTE (the watch's totals, not its points): " + message)


def cli(binary, journal, *arguments, expect=0):
    env = dict(os.environ, TZ="Europe/Berlin", LANGUAGE="en", LANG="C.UTF-8")
    env.pop("STRIDELOG_DB", None)
    result = subprocess.run([binary, "--db", journal, "--json", *arguments], capture_output=True,
                            text=True, env=env)
    if result.returncode != expect:
        raise RuntimeError(f"stridelog-cli {' '.join(arguments)}: exit {result.returncode}: "
                           f"{result.stderr.strip()}")
    return json.loads(result.stdout) if result.stdout.strip() else None


def haversine(a, b):
    r = 6371008.8
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (math.sin((la2 - la1) / 2) ** 2 +
         math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))


def parse_time(text):
    text = text.replace("Z", "+00:00")
    return datetime.fromisoformat(text)


def file_facts(path):
    """What our file says: point times, positions, segments (by reading the text)."""
    text = open(path, encoding="utf-8").read()
    gpx = path.endswith(".gpx")
    point = r"<trkpt .*?</trkpt>" if gpx else r"<Trackpoint>.*?</Trackpoint>"
    points = re.findall(point, text, re.S)
    times = [parse_time(re.search(r"<(?:time|Time)>([^<]+)<", p).group(1)) for p in points]
    return {
        "points": len(points),
        "positions": sum(1 for p in points if "lat=" in p or "<LatitudeDegrees>" in p),
        "positioned": ["lat=" in p or "<LatitudeDegrees>" in p for p in points],
        "times": times,
        "hr": sum(1 for p in points if "<gpxtpx:hr>" in p or "<HeartRateBpm>" in p),
        "cad": sum(1 for p in points if "<gpxtpx:cad>" in p or "<Cadence>" in p),
    }


def check_gpsbabel(path, run, facts, distance_check):
    # gpsbabel writes what it read as GPX: its points, times and segments, in its own words.
    fmt = "gpx" if path.endswith(".gpx") else "gtrnctr"
    result = subprocess.run(["gpsbabel", "-t", "-i", fmt, "-f", path, "-o", "gpx", "-F", "-"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        fail(f"gpsbabel cannot read {path}: {result.stderr.strip()}")
        return
    segments = [re.findall(r'<trkpt lat="([^"]+)" lon="([^"]+)">.*?<time>([^<]+)</time>', seg,
                           re.S)
                for seg in re.findall(r"<trkseg>(.*?)</trkseg>", result.stdout, re.S)]
    points = [p for seg in segments for p in seg]
    checked["gpsbabel"] += 1
    # gpsbabel's TCX reader, like GPX itself, keeps only the points with a position.
    if len(points) != facts["positions"]:
        fail(f"{path}: gpsbabel read {len(points)} points, the file has {facts['positions']}")
    if not points:
        return
    times = [parse_time(p[2]) for p in points]
    start = parse_time(run["start_iso"])
    if abs((times[0] - start).total_seconds()) > 1:
        fail(f"{path}: gpsbabel's first time {times[0]} is not the run's start {start}")
    positioned = [t for t, has in zip(facts["times"], facts["positioned"]) if has]
    if abs((max(times) - max(positioned)).total_seconds()) > 0.5:
        fail(f"{path}: gpsbabel's last time {max(times)} is not the file's {max(positioned)}")
    moving = (max(facts["times"]) - start).total_seconds()
    if abs(moving - run["duration_s"]) > max(10, 0.01 * run["duration_s"]):
        differs(f"{path}: the track spans {moving:.0f} s, the run {run['duration_s']} s")
    if distance_check and fmt == "gpx":
        length = sum(haversine((float(a[0]), float(a[1])), (float(b[0]), float(b[1])))
                     for seg in segments for a, b in zip(seg, seg[1:]))
        distance = run["distance_km"] * 1000
        if abs(length - distance) > 0.005 * distance:
            differs(f"{path}: gpsbabel's length {length:.0f} m is not within 0.5% of "
                    f"{distance:.0f} m")


def check_gpxpy(path, facts):
    try:
        import gpxpy
    except ImportError:
        return
    with open(path, encoding="utf-8") as stream:
        parsed = gpxpy.parse(stream)
    points = [p for t in parsed.tracks for s in t.segments for p in s.points]
    checked["gpxpy"] += 1
    if len(points) != facts["positions"]:
        fail(f"{path}: gpxpy read {len(points)} points, the file has {facts['positions']}")
    if any(p.time is None for p in points):
        fail(f"{path}: gpxpy found points without a time")
    if [p.time for p in points] != facts["times"]:
        fail(f"{path}: gpxpy's times are not the file's")
    hr = cad = 0
    for p in points:
        for extension in p.extensions:
            for child in extension:
                tag = child.tag.split("}")[-1]
                if tag == "hr" and int(child.text) > 0:
                    hr += 1
                if tag == "cad" and int(child.text) > 0:
                    cad += 1
    if hr != facts["hr"] or cad != facts["cad"]:
        fail(f"{path}: gpxpy found {hr} heart rates and {cad} cadences, the file has "
             f"{facts['hr']} and {facts['cad']}")


def check_reimport(binary, work, path, run, facts, exact_distance):
    journal = os.path.join(work, "reimport.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(journal + suffix):
            os.remove(journal + suffix)
    imported = cli(binary, journal, "import", path)
    ids = [entry["run_id"] for entry in imported if entry.get("status") == "imported"]
    if len(ids) != 1:
        fail(f"{path}: our importer made {len(ids)} runs of it")
        return
    back = cli(binary, journal, "run", "show", str(ids[0]))
    checked["reimport"] += 1
    tcx = path.endswith(".tcx")
    if back["start"] != run["start"]:
        fail(f"{path}: imported back starting {back['start']}, the run {run['start']}")
    # TCX: the laps' times, which a watch may sum a second or two apart from its session.
    if abs(back["duration_s"] - run["duration_s"]) > max(2, 0.001 * run["duration_s"]):
        report = fail if tcx else differs
        report(f"{path}: imported back {back['duration_s']} s, the run {run['duration_s']} s")
    distance = run["distance_km"]
    tolerance = 0.0015 if tcx else 0.005 * distance
    if exact_distance is not None:
        distance, tolerance = exact_distance, 0.005 * exact_distance
    if abs(back["distance_km"] - distance) > tolerance:
        report = fail if tcx or exact_distance is not None else differs
        report(f"{path}: imported back {back['distance_km']} km, expected {distance} km")
    points = (back.get("track") or {}).get("points", 0)
    expected = facts["points"] if tcx else facts["positions"]
    if points != expected:
        fail(f"{path}: imported back {points} track points, the file has {expected}")
    laps = run.get("laps") or []
    if tcx and laps:
        # The rest of the run after its last recorded lap is one more lap (tcx_writer.h).
        rest_m = run["distance_km"] * 1000 - sum(lap["distance_km"] * 1000 for lap in laps)
        rest_s = run["duration_s"] - sum(lap["duration_s"] for lap in laps)
        expected_laps = len(laps) + (1 if rest_m >= 1.5 and rest_s >= 1.5 else 0)
        if abs(len(back.get("laps", [])) - expected_laps) > (1 if 0 < rest_m < 5 else 0):
            fail(f"{path}: imported back {len(back['laps'])} laps, the run has {len(laps)}"
                 f" and {rest_m:.0f} m after them")
    return back


def export_journal(binary, journal, work, label, demo):
    have_gpsbabel = shutil.which("gpsbabel") is not None
    for fmt in ("gpx", "tcx"):
        folder = os.path.join(work, f"{label}-{fmt}")
        listed = cli(binary, journal, "export", "--format", fmt, "--out", folder)
        for entry in listed:
            if not entry["track"]:
                continue
            run = cli(binary, journal, "run", "show", str(entry["run_id"]))
            offset = run_offset(entry["file"])
            run["start_iso"] = run["start"] + offset
            facts = file_facts(entry["file"])
            checked["files"] += 1
            if have_gpsbabel:
                check_gpsbabel(entry["file"], run, facts, distance_check=not demo)
            if fmt == "gpx":
                check_gpxpy(entry["file"], facts)
            # A demo GPX: the great-circle length of its own points, segment by segment.
            reference = gpx_length(entry["file"]) if demo and fmt == "gpx" else None
            check_reimport(binary, work, entry["file"], run, facts, exact_distance=reference)


def gpx_length(path):
    text = open(path, encoding="utf-8").read()
    segments = re.findall(r"<trkseg>(.*?)</trkseg>", text, re.S)
    total = 0.0
    for segment in segments:
        points = [(float(a), float(b)) for a, b in
                  re.findall(r'<trkpt lat="([^"]+)" lon="([^"]+)"', segment)]
        total += sum(haversine(a, b) for a, b in zip(points, points[1:]))
    return round(total / 1000, 3)


def run_offset(path):
    text = open(path, encoding="utf-8").read(4000)
    match = re.search(r"<(?:time|Id)>[^<]*?(Z|[+-]\d\d:\d\d)<", text)
    return "+00:00" if match is None or match.group(1) == "Z" else match.group(1)


def main():
    arguments = sys.argv[1:]
    if not arguments:
        print(__doc__)
        return 1
    binary, named = arguments[0], [a for a in arguments[1:] if a != "--demo"]
    sources = []
    for source in named:
        if os.path.isdir(source):
            sources += sorted(os.path.join(source, name) for name in os.listdir(source)
                              if name.lower().endswith((".fit", ".gpx", ".tcx")))
        elif os.path.exists(source):
            sources.append(source)
        else:
            print(f"{source} is not there: skipped")
    demo = "--demo" in arguments
    try:
        import gpxpy  # noqa: F401
        have_gpxpy = True
    except ImportError:
        have_gpxpy = False
    have_gpsbabel = shutil.which("gpsbabel") is not None
    if not have_gpxpy:
        print("python3-gpxpy is not installed: its checks are skipped")
    if not have_gpsbabel:
        print("gpsbabel is not installed: its checks are skipped")
    if not have_gpxpy and not have_gpsbabel:
        return 77
    global totals_from_points
    with tempfile.TemporaryDirectory() as work:
        for number, source in enumerate(sources):
            totals_from_points = source.lower().endswith((".gpx", ".gpx.gz"))
            journal = os.path.join(work, f"source{number}.sqlite")
            cli(binary, journal, "import", source)
            export_journal(binary, journal, work, f"source{number}", demo=False)
        if demo:
            totals_from_points = True
            journal = os.path.join(work, "demo.sqlite")
            cli(binary, journal, "demo", "--years", "3")
            export_journal(binary, journal, work, "demo", demo=True)
    print(f"{checked['files']} files with a track; gpsbabel read {checked['gpsbabel']}, gpxpy "
          f"{checked['gpxpy']}, our importer {checked['reimport']}; {len(failures)} failures, {len(notes)} notes")
    if not sources and not demo:
        return 77  # nothing to read: the samples are not beside this checkout
    if checked["files"] == 0:
        print("no file with a track was exported")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
