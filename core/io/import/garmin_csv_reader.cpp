// SPDX-License-Identifier: GPL-3.0-or-later
#include "garmin_csv_reader.h"

#include "activity_sport.h"
#include "csv_activities.h"
#include "csv_rows.h"
#include "track_accumulator.h"
#include "xml_support.h"

#include <QDateTime>

namespace stridelog {
namespace {

// Garmin's "no value" is `--`; thousands come with a comma ("1,234").
std::optional<double> garminNumber(const QString& text) {
    if (text == QLatin1String("--")) return std::nullopt;
    QString plain = text;
    return xml::toNumber(plain.remove(QLatin1Char(',')));
}

ParsedActivity activityFromRow(const CsvHeader& header, const QStringList& row) {
    ParsedActivity activity;
    activity.source = RunSource::Csv;
    activity.sport = header.cell(row, QLatin1String("Activity Type"));
    const SportClass sport = classifySport(activity.sport);
    activity.isRun = sport.isRun;
    activity.surface = sport.surface;
    activity.name = header.cell(row, QLatin1String("Title"));
    const QString date = header.cell(row, QLatin1String("Date"));
    for (const auto* format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"}) {
        const QDateTime local = QDateTime::fromString(date, QString::fromLatin1(format));
        if (local.isValid()) {
            activity.start = Instant::fromLocal(local);
            activity.activityId = local.toString(Qt::ISODate);
            break;
        }
    }
    activity.distanceMetres =
        garminNumber(header.cell(row, QLatin1String("Distance"))).value_or(0) * 1000;
    const auto moving = parseClockDuration(header.cell(row, QLatin1String("Moving Time")));
    const auto time = parseClockDuration(header.cell(row, QLatin1String("Time")));
    const auto elapsed = parseClockDuration(header.cell(row, QLatin1String("Elapsed Time")));
    activity.timerSeconds = moving ? *moving : time ? *time : elapsed.value_or(0);
    activity.elapsedSeconds = elapsed ? *elapsed : activity.timerSeconds;
    if (auto bpm = garminNumber(header.cell(row, QLatin1String("Avg HR"))))
        activity.averageHeartRate = validHeartRate(*bpm);
    if (auto spm = garminNumber(header.cell(row, QLatin1String("Avg Run Cadence")));
        spm && *spm > 0)
        activity.averageCadence = spm;
    return activity;
}

}  // namespace

bool isGarminActivitiesHeader(const QStringList& names) {
    const CsvHeader header(names);
    return header.has(QLatin1String("Activity Type")) && header.has(QLatin1String("Date")) &&
           header.has(QLatin1String("Distance")) && !header.has(QLatin1String("Activity ID"));
}

std::optional<double> parseClockDuration(const QString& text) {
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
    double seconds = 0;
    for (const QString& part : parts) {
        const auto value = xml::toNumber(part);
        if (!value || *value < 0) return std::nullopt;
        seconds = seconds * 60 + *value;
    }
    return seconds;
}

CsvActivityFormat garminActivitiesFormat() {
    return {isGarminActivitiesHeader,
            QStringLiteral("not a Garmin Connect activities CSV: no Activity Type, Date and "
                           "Distance columns"),
            activityFromRow};
}

Expected<ParsedActivities> readGarminCsv(QIODevice& input, const ReadOptions& options) {
    return readCsvActivities(input, options, garminActivitiesFormat());
}

}  // namespace stridelog
