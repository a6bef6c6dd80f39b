#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's first command: installs what Stridelog needs (Debian 12), builds the release
# preset (into build/app, so a developer's build/release is left alone) and opens the app on
# your journal. Arguments are passed to the app (for example --db FILE). Without a display it
# shows the journal in the terminal instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset release -B build/app -DSTRIDELOG_BUILD_TESTS=OFF \
    -DSTRIDELOG_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/app -j "$(nproc)"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/app/gui/stridelog "$@"
fi

cli=build/app/app/cli/stridelog-cli
echo
echo "No display here, so this is your journal in the terminal (the app needs a desktop):"
"$cli" "$@" shoe list
"$cli" "$@" weeks
"$cli" "$@" warnings
