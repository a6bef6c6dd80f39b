#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# clang-tidy (checks in .clang-tidy) on every file of the given folders that the build
# compiles, as the build compiles it (compile_commands.json); not the tests, not third-party
# code, not the generated moc and resource files. Files run in parallel, one clang-tidy per
# core (STRIDELOG_TIDY_JOBS overrides).
# Usage: run_clang_tidy.sh CLANG_TIDY BUILD_DIR SOURCE_DIR FOLDER... (such as core app)
set -euo pipefail
clang_tidy=$1
build_dir=$(cd "$2" && pwd)
source_dir=$(cd "$3" && pwd)
shift 3
folders=$(IFS='|'; echo "$*")
[ -n "$folders" ] || folders="core|app"
jobs=${STRIDELOG_TIDY_JOBS:-$(nproc)}

commands=$build_dir/compile_commands.json
if [ ! -f "$commands" ]; then
  echo "no $commands: configure with CMAKE_EXPORT_COMPILE_COMMANDS"
  exit 1
fi

mapfile -t files < <(grep -o '"file": *"[^"]*"' "$commands" | sed 's/^"file": *"//; s/"$//' |
  grep -E "^$source_dir/($folders)/" | grep -v -e "^$build_dir/" -e '_autogen/' | sort -u)
if [ ${#files[@]} -eq 0 ]; then
  echo "no files of $folders in $commands"
  exit 1
fi

# One file: silent when clean, its findings otherwise (printed whole, never interleaved).
export clang_tidy build_dir
check_one() {
  local output
  if ! output=$("$clang_tidy" -p "$build_dir" --quiet "$1" 2>&1); then
    printf '%s\n' "$output" | grep -v -e '^[0-9]* warnings\? generated\.$' \
      -e '^Suppressed [0-9]* warnings' -e '^Use -header-filter' -e '^[0-9]* warnings\? treated as errors'
    return 1
  fi
}
export -f check_one

start=$SECONDS
status=0
printf '%s\n' "${files[@]}" | xargs -P "$jobs" -n 1 bash -c 'check_one "$0"' || status=$?
echo "clang-tidy: ${#files[@]} files, $jobs at a time, $((SECONDS - start)) s"
if [ $status -ne 0 ]; then
  echo "clang-tidy found problems (above)"
  exit 1
fi
