// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QCustomPlot's header uses Qt's keyword macros (signals, slots, emit, foreach), which this
// project turns off (QT_NO_KEYWORDS). Every file includes QCustomPlot through here: the macros
// exist for that one header and are gone again after it.

#include <QtGlobal>

#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>  // NOLINT: the one place it is included directly
#undef signals
#undef slots
#undef emit
#undef foreach
