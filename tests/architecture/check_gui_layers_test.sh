#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The GUI floor check must be able to fail: it passes on a copy of app/gui/, then each planted
# wrong include in a fresh copy makes it fail and name the file. Usage:
# check_gui_layers_test.sh CHECKER SOURCE_ROOT
set -euo pipefail
checker=$1
source_root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fresh_copy() {
  rm -rf "$work/tree"
  mkdir -p "$work/tree/app"
  cp -r "$source_root/app/gui" "$work/tree/app/gui"
}

# shellcheck source=plant_include.sh
source "$(dirname "$0")/plant_include.sh"

fresh_copy
if ! bash "$checker" "$work/tree"; then
  echo "the check fails on the unchanged app/gui/"
  exit 1
fi

plant app/gui/charts/year_chart.cpp '#include "app/gui/dialogs/shoe_dialog.h"'      # up two floors
plant app/gui/charts/year_chart.cpp '#include "app/gui/widgets/today_panel.h"'      # one floor up
plant app/gui/dialogs/shoe_dialog.cpp '#include "app/gui/import/journal_export.h"'  # same floor
plant app/gui/session/journal_session.cpp '#include "app/gui/models/runs_table_model.h"'
plant app/gui/theme/chart_colours.cpp '#include "app/gui/charts/qcustomplot_include.h"'
plant app/gui/pages/knee_page.cpp '#include "app/gui/main_window.h"'             # the top
plant app/gui/presenters/knee_presenter.cpp '#include "core/rules/as_of_journal.h"'  # the view
plant app/gui/extra/extra.h '#include "app/gui/session/journal_session.h"'        # unknown folder

# Downwards is fine: a page may use a presenter, a widget the theme.
fresh_copy
sed -i '0,/^#include/s||#include "app/gui/presenters/knee_presenter.h"\n#include|' \
  "$work/tree/app/gui/pages/shoe_page.cpp"
if ! bash "$checker" "$work/tree" >/dev/null; then
  echo "a downward include was refused"
  failures=$((failures + 1))
fi

[ $failures = 0 ] && echo "every wrong include was caught"
exit $((failures > 0))
