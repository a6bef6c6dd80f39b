#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The built programs speak German with LANGUAGE=de: the translations are resources inside each
# program, so a build that links a program before its translations are compiled in (or with a
# half-written translation) is English here. Arguments: stridelog-cli, stridelog.
set -euo pipefail
cli=$1
app=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANGUAGE=de LANG=C.UTF-8 LC_ALL= QT_QPA_PLATFORM=offscreen HOME="$work"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work"
status=0
if ! "$cli" --help | grep -q '^Aufruf: stridelog-cli'; then
    echo "stridelog-cli --help is not German with LANGUAGE=de:"
    "$cli" --help | head -n 3
    status=1
fi
if ! "$app" --help 2>&1 | grep -q 'Den Bericht für die Ärztin'; then
    echo "stridelog --help is not German with LANGUAGE=de:"
    "$app" --help 2>&1 | head -n 8
    status=1
fi
exit $status
