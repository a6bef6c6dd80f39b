#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every C++ file follows .clang-format.
set -euo pipefail
cd "$1"
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find core app tests -name '*.cpp' -o -name '*.h')
[ -z "$files" ] && exit 0
echo "$files" | xargs clang-format --dry-run --Werror
