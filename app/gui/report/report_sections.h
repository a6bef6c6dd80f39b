// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sections of the clinician report, each drawn at the canvas cursor (report_canvas.h).
// clinician_report_pdf.cpp calls them in reading order.

#include "clinician_report.h"
#include "report_canvas.h"

#include <QDate>
#include <QString>

namespace stridelog::gui {

// "28 Sep 2026": unambiguous in any country.
QString reportDate(QDate date);

void drawReportHeader(ReportCanvas& canvas, const ClinicianReport& report, const QString& title);
void drawAtAGlance(ReportCanvas& canvas, const ClinicianReport& report);
// A heading kept on the same page as the first `keepWithMm` of what follows it.
void drawSectionHeading(ReportCanvas& canvas, const QString& text, double keepWithMm);
void drawWeeksTable(ReportCanvas& canvas, const ClinicianReport& report);
void drawShoesSection(ReportCanvas& canvas, const ClinicianReport& report);

// report_pain_sections.cpp
void drawPainSection(ReportCanvas& canvas, const ClinicianReport& report);
void drawWarningsSection(ReportCanvas& canvas, const ClinicianReport& report);

}  // namespace stridelog::gui
