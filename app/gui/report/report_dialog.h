// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File ▸ Report: asks for the period (the last 8 weeks by default, or 3 or 12 months, or any
// two dates) and where to save the PDF, then paints it off the GUI thread from a copy of the
// journal and says where it went.

#include "clinician_report.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace stridelog::gui {

class DateTimeField;
class JournalSession;

class ReportPeriodDialog : public QDialog {
    Q_OBJECT

public:
    ReportPeriodDialog(QDate today, Qt::DayOfWeek weekStart, QWidget* parent = nullptr);
    ReportPeriod period() const;

private:
    void applyPreset(int index);
    // Says live what is wrong with the dates; false (and Save off) while anything is.
    bool checkDates();

    QDate today_;
    Qt::DayOfWeek weekStart_ = Qt::Monday;
    QComboBox* preset_ = nullptr;
    DateTimeField* from_ = nullptr;
    DateTimeField* to_ = nullptr;
    QLabel* error_ = nullptr;
    QPushButton* save_ = nullptr;
};

// The last `weeks` whole weeks up to `today`'s week, Monday (or the journal's week start) first.
ReportPeriod lastWeeks(QDate today, int weeks, Qt::DayOfWeek weekStart = Qt::Monday);

void writeReportInteractively(JournalSession& session, QWidget* parent);
// After a report was written: says so in the status bar and offers to open the PDF.
void offerToOpenReport(QWidget* parent, const QString& path, int pages);

}  // namespace stridelog::gui
