#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the `asan` preset (AddressSanitizer + UndefinedBehaviorSanitizer, its own build folder
# build/asan) and runs the core and CLI suites under it, then every fuzz target over its seed
# corpus (the fuzz targets are built with the same sanitizers). Any report fails the run.
#
#   tests/run-sanitizers.sh            # JOBS=2 by default
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${JOBS:-2}"
started=$SECONDS

cmake --preset asan >/dev/null
cmake --build build/asan -j"$jobs" --target \
    stridelog-cli stridelog_model_tests stridelog_rules_tests stridelog_store_tests \
    stridelog_io_tests stridelog_import_tests stridelog_cli_tests

# Leaks are reported too; a finding stops the process with a non-zero status.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build/asan -j"$jobs" --output-on-failure \
    -R '^(model|rules|store|io|import|cli)\.'

tests/fuzz/run-fuzzers.sh 0

echo "run-sanitizers: passed in $((SECONDS - started)) s"
