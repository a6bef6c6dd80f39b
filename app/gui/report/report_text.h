// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The translation context of the report for a clinician: `ReportWords::tr("...")` is found by
// lupdate under this struct's name, which is also the context at run time.

#include <QCoreApplication>

namespace stridelog::gui {

struct ReportWords {
    Q_DECLARE_TR_FUNCTIONS(ReportWords)
};

}  // namespace stridelog::gui
