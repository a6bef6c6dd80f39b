// SPDX-License-Identifier: GPL-3.0-or-later
// The clinician report as a file: a PDF of one or two pages that holds the period's text.
// Text is checked through pdftotext (poppler-utils), because Qt compresses the page content;
// those checks are skipped when the tool is missing.
#include "report_fixture.h"

#include "app/gui/report/clinician_report_pdf.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace stridelog::gui {
namespace {

using namespace stridelog::literals;
using test::at;
using test::ReportJournal;

int pageObjects(const QByteArray& pdf) {
    // "/Type /Page" but not "/Type /Pages".
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s])"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

std::optional<QString> pdfText(const QString& path) {
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty()) return std::nullopt;
    QProcess process;
    process.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000)) return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

class ReportPdfTest : public testing::Test {
protected:
    QTemporaryDir dir;
    ReportJournal fixture;
    QString path() const { return dir.filePath(QStringLiteral("report.pdf")); }
};

TEST_F(ReportPdfTest, WritesAPdfOfOneOrTwoPagesForFourWeeks) {
    const auto pages = writeClinicianReportPdf(fixture.journal, ReportJournal::period(),
                                               ReportJournal::now(), path());
    ASSERT_TRUE(pages) << pages.error().toStdString();
    EXPECT_GE(*pages, 1);
    EXPECT_LE(*pages, 2);
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_EQ(pageObjects(bytes), *pages);
    EXPECT_EQ(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
}

TEST_F(ReportPdfTest, HoldsTheTitleThePainSitesAndTheNote) {
    ASSERT_TRUE(writeClinicianReportPdf(fixture.journal, ReportJournal::period(),
                                        ReportJournal::now(), path()));
    const auto text = pdfText(path());
    if (!text) GTEST_SKIP() << "pdftotext is not installed";
    const QString flat = text->simplified();
    EXPECT_TRUE(flat.contains(QStringLiteral("training and knee pain, 2 Mar 2026 to 29 Mar 2026")));
    EXPECT_TRUE(flat.contains(QStringLiteral("not a medical record")));
    EXPECT_TRUE(flat.contains(QStringLiteral("outer side")));
    EXPECT_TRUE(flat.contains(QStringLiteral("just below the kneecap")));
    EXPECT_TRUE(flat.contains(QStringLiteral("iliotibial band syndrome")));
    EXPECT_TRUE(flat.contains(QStringLiteral("Daily trainer")));
    EXPECT_FALSE(flat.contains(QStringLiteral("Old pair")));
}

TEST_F(ReportPdfTest, ALongPainTableContinuesOnASecondPage) {
    test::JournalBuilder journal;
    for (int day = 0; day < 56; ++day) {
        const QDate date = QDate(2026, 3, 2).addDays(day);
        journal.run(Instant::fromLocal(date, QTime(7, 0)), 8_km);
        if (day % 4 == 0)
            journal.pain(Instant::fromLocal(date, QTime(18, 0))).site(Site::Front).intensity(3);
    }
    const auto pages = writeClinicianReportPdf(journal, {QDate(2026, 3, 2), QDate(2026, 4, 26)},
                                               at(2026, 4, 27, 12), path());
    ASSERT_TRUE(pages) << pages.error().toStdString();
    EXPECT_EQ(*pages, 2);
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(pageObjects(file.readAll()), 2);
    const auto text = pdfText(path());
    if (!text) GTEST_SKIP() << "pdftotext is not installed";
    EXPECT_TRUE(text->contains(QStringLiteral("page 2 of 2")));
    EXPECT_TRUE(text->contains(QStringLiteral("23 Apr 2026")));  // the last entry
    if (!qEnvironmentVariableIsEmpty("STRIDELOG_KEEP_REPORT"))
        QFile::copy(path(), qEnvironmentVariable("STRIDELOG_KEEP_REPORT"));
}

TEST_F(ReportPdfTest, AnUnwritablePlaceIsAnErrorNotACrash) {
    const auto pages =
        writeClinicianReportPdf(fixture.journal, ReportJournal::period(), ReportJournal::now(),
                                QStringLiteral("/proc/no-such-folder/report.pdf"));
    EXPECT_FALSE(pages);
}

TEST_F(ReportPdfTest, ABackwardPeriodIsRefused) {
    const auto pages = writeClinicianReportPdf(
        fixture.journal, {QDate(2026, 3, 9), QDate(2026, 3, 2)}, ReportJournal::now(), path());
    ASSERT_FALSE(pages);
    EXPECT_FALSE(QFile::exists(path()));
}

}  // namespace
}  // namespace stridelog::gui
