#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a Strava activities.csv of ROWS runs, one every two hours from 2000-01-01 (UTC).

    make_strava_csv.py ROWS OUT
"""
import datetime
import sys


def main() -> None:
    rows, out = int(sys.argv[1]), sys.argv[2]
    start = datetime.datetime(2000, 1, 1, 6, 30, 12)
    with open(out, "w", encoding="utf-8", newline="") as csv:
        csv.write("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,"
                  "Elapsed Time,Distance,Moving Time,Distance,Average Heart Rate,"
                  "Average Cadence,Activity Gear\n")
        for i in range(rows):
            when = (start + datetime.timedelta(hours=2 * i)).strftime("%b %-d, %Y, %-I:%M:%S %p")
            csv.write(f'{1000000 + i},"{when}",Morning Run {i},Run,"easy, flat",1830,5.02,'
                      f"1800,5020.0,142,83,Ghost {i % 3}\n")


if __name__ == "__main__":
    main()
