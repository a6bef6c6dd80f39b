// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The clinician report as an A4 PDF (Qt's PDF writer), for File ▸ Report and for
// `stridelog --db FILE --report OUT.pdf --from D --to D`. Painting needs no display: QPdfWriter
// and QPainter work on the offscreen platform and off the GUI thread.
//
// It is painted twice: once to count the pages, then for real with "page N of M" in the
// footers. The file is written to a temporary name and renamed, mode 0600, as a journal export
// is: it holds health data.

#include "clinician_report.h"

#include "core/model/expected.h"

#include <QByteArray>
#include <QString>

namespace stridelog::gui {

struct ReportPdf {
    QByteArray bytes;
    int pages = 0;
};

// Paints `report`; fails only if Qt cannot start painting.
Expected<ReportPdf> renderClinicianReportPdf(const ClinicianReport& report);

// Builds the report for `period` as of `now` and writes it to `path`; returns the page count,
// or one sentence on what went wrong (a bad period, an unwritable file).
Expected<int> writeClinicianReportPdf(const JournalSnapshot& journal, const ReportPeriod& period,
                                      Instant now, const QString& path);

}  // namespace stridelog::gui
