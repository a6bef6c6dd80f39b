#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The core library must never reach for the screen: no QtGui or QtWidgets include in core/.
set -euo pipefail
cd "$1"
hits=$(grep -rnE '#include *[<"](QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QPainter|QPixmap|QImage|QColor|QFont)' core || true)
if [ -n "$hits" ]; then
  echo "core/ includes GUI headers:"
  echo "$hits"
  exit 1
fi
