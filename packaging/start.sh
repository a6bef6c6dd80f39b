#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's first command: installs what Stridelog needs (Debian 12), builds the release
# preset and opens the journal. Arguments are passed on (for example --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset release -DSTRIDELOG_BUILD_TESTS=OFF -DSTRIDELOG_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build --preset release -j "$(nproc)"

cli=build/release/app/cli/stridelog-cli
echo
echo "Your journal:"
"$cli" "$@" shoe list
"$cli" "$@" weeks
"$cli" "$@" warnings
