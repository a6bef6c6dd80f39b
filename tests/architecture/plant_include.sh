# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the tests of the include checks (check_layers_test.sh, check_gui_layers_test.sh).
# The sourcing script sets `checker` and `work` and defines `fresh_copy`, which lays a copy of
# the tree under "$work/tree"; `failures` counts the wrong includes a check let through.

failures=0

# plant FILE LINE: add LINE before FILE's first include (or make FILE of it) in a fresh copy;
# the check must fail and name FILE.
plant() {
  local file=$1 line=$2
  fresh_copy
  mkdir -p "$(dirname "$work/tree/$file")"
  if [ -f "$work/tree/$file" ]; then
    sed -i "0,/^#include/s||$line\n#include|" "$work/tree/$file"
  else
    printf '%s\n' "$line" >"$work/tree/$file"
  fi
  if output=$(bash "$checker" "$work/tree" 2>&1); then
    echo "NOT CAUGHT: $line in $file"
    failures=$((failures + 1))
  elif [[ $output != *"$file"* ]]; then
    echo "CAUGHT, BUT WITHOUT NAMING $file: $output"
    failures=$((failures + 1))
  else
    echo "caught: $line in $file"
  fi
}
