#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The layer check must be able to fail: it passes on a copy of core/, then each planted wrong
# include in a fresh copy makes it fail and name the file. Usage:
# check_layers_test.sh CHECKER SOURCE_ROOT
set -euo pipefail
checker=$1
source_root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fresh_copy() {
  rm -rf "$work/tree"
  mkdir -p "$work/tree"
  cp -r "$source_root/core" "$work/tree/core"
}

# shellcheck source=plant_include.sh
source "$(dirname "$0")/plant_include.sh"

fresh_copy
if ! bash "$checker" "$work/tree"; then
  echo "the check fails on the unchanged core/"
  exit 1
fi

plant core/rules/allowance.cpp '#include "core/store/journal.h"'  # rules reaching the store
plant core/store/journal.cpp '#include "core/io/journal_json.h"'   # store reaching io
plant core/io/journal_csv.cpp '#include "core/workflows/importer.h"'  # upwards
plant core/model/run.h '#include "core/i18n/missing.h"'             # an allowed layer, no such file
plant core/model/run.h '#include "core/rules/warning.h"'            # model reaching rules
plant core/model/run.h '#include <QWidget>'                        # screen code
plant core/rules/allowance.cpp '#include <QtGui/QColor>'
plant core/io/journal_csv.cpp '#include <QSqlQuery>'               # SQL outside the store
plant core/rules/allowance.cpp '#include "../store/journal.h"'     # around the layers
plant core/rules/allowance.cpp '#include "app/gui/main_window.h"'
plant core/extra/extra.h '#include "core/model/run.h"'             # a folder no layer knows

# The model may include i18n: that line is fine, the check must say so.
fresh_copy
sed -i '0,/^#include/s||#include "core/i18n/contexts.h"\n#include|' "$work/tree/core/model/run.h"
if ! bash "$checker" "$work/tree" >/dev/null; then
  echo "FLAGGED an allowed include: core/model/run.h including core/i18n/contexts.h"
  failures=$((failures + 1))
fi

exit $((failures > 0))
