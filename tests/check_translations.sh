#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every translation is complete and current: lupdate over the code into a copy of each .ts
# file must find no message without a translation (a new or changed string in the code
# fails here until it is translated). Arguments: lupdate, the source folder, the .ts files.
set -euo pipefail
lupdate=$1
source_dir=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for ts in "$@"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -locations none -no-obsolete "$source_dir/core" "$source_dir/app" \
        -ts "$copy" >/dev/null 2>&1
    unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$(basename "$ts"): $unfinished messages without a translation:"
        grep -B2 'type="unfinished"' "$copy" | grep '<source>' | head -n 20
        status=1
    fi
done
exit $status
