#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's second command: installs what the build needs (Debian 12), builds the `dev`
# preset (Debug, warnings as errors), runs the file-reader fuzzers briefly, and runs every
# test through ctest. Longer fuzzing: tests/fuzz/README.md. With STRIDELOG_PACKAGE_TEST=1 it
# also installs the Debian package on a bare Debian 12 and runs it (packaging/test-install.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh
cmake --preset dev
cmake --build --preset dev -j "$(nproc)"
# A short, bounded fuzzing pass over the activity readers (seconds per target).
bash tests/fuzz/run-fuzzers.sh "${STRIDELOG_FUZZ_SECONDS:-10}"
ctest --preset dev -j "$(nproc)" "$@"
# Installing the .deb on a bare Debian 12 (needs root and a Debian mirror; a few minutes).
if [ "${STRIDELOG_PACKAGE_TEST:-0}" = 1 ]; then
    bash packaging/test-install.sh
fi
