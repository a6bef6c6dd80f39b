// SPDX-License-Identifier: GPL-3.0-or-later
#include "strava_csv_reader.h"

#include "activity_sport.h"
#include "csv_activities.h"
#include "csv_rows.h"
#include "iso_time.h"
#include "track_accumulator.h"
#include "xml_support.h"

#include <QDateTime>
#include <QTimeZone>

namespace stridelog {
namespace {

ParsedActivity activityFromRow(const CsvHeader& header, const QStringList& row) {
    ParsedActivity activity;
    activity.source = RunSource::Csv;
    activity.activityId = header.cell(row, QLatin1String("Activity ID"));
    activity.name = header.cell(row, QLatin1String("Activity Name"));
    activity.sport = header.cell(row, QLatin1String("Activity Type"));
    const SportClass sport = classifySport(activity.sport);
    activity.isRun = sport.isRun;
    activity.surface = sport.surface;
    if (auto utc = parseStravaDate(header.cell(row, QLatin1String("Activity Date"))))
        activity.start = instantInSystemZone(*utc);
    const auto metres = xml::toNumber(header.cell(row, QLatin1String("Distance"), 1));
    const auto km = xml::toNumber(header.cell(row, QLatin1String("Distance")));
    activity.distanceMetres = metres ? *metres : km.value_or(0) * 1000;
    const auto elapsed = xml::toNumber(header.cell(row, QLatin1String("Elapsed Time")));
    const auto moving = xml::toNumber(header.cell(row, QLatin1String("Moving Time")));
    activity.elapsedSeconds = elapsed.value_or(0);
    activity.timerSeconds = moving.value_or(activity.elapsedSeconds);
    if (auto bpm = xml::toNumber(header.cell(row, QLatin1String("Average Heart Rate"))))
        activity.averageHeartRate = validHeartRate(*bpm);
    if (auto perFoot = xml::toNumber(header.cell(row, QLatin1String("Average Cadence")));
        perFoot && *perFoot > 0)
        activity.averageCadence = *perFoot * 2;
    activity.gear = header.cell(row, QLatin1String("Activity Gear"));
    return activity;
}

}  // namespace

QString CsvShoe::displayName() const {
    if (!name.trimmed().isEmpty()) return name.trimmed();
    return QStringLiteral("%1 %2").arg(brand.trimmed(), model.trimmed()).trimmed();
}

bool CsvShoe::matches(const QString& gear) const {
    const QString wanted = gear.trimmed();
    if (wanted.isEmpty()) return false;
    const QString brandModel = QStringLiteral("%1 %2").arg(brand.trimmed(), model.trimmed());
    return wanted.compare(displayName(), Qt::CaseInsensitive) == 0 ||
           wanted.compare(brandModel.trimmed(), Qt::CaseInsensitive) == 0;
}

bool isStravaActivitiesHeader(const QStringList& names) {
    const CsvHeader header(names);
    return header.has(QLatin1String("Activity ID")) && header.has(QLatin1String("Activity Date")) &&
           header.has(QLatin1String("Activity Type"));
}

std::optional<std::int64_t> parseStravaDate(const QString& text) {
    QString normalised = text.trimmed();
    // Newer exports put a narrow no-break space before AM/PM.
    normalised.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0xA0), QLatin1Char(' '));
    if (auto iso = parseIsoTime(normalised)) return iso->utcMilliseconds / 1000;
    // The date and the clock are read apart and joined in UTC: read as one local time, a start
    // in the hour a local clock skips for summer time would not exist.
    const qsizetype clockAt = normalised.lastIndexOf(QLatin1Char(' '), -4);
    if (clockAt <= 0) return std::nullopt;
    QString day = normalised.left(clockAt).trimmed();
    if (day.endsWith(QLatin1Char(','))) day.chop(1);
    const QDate date = QDate::fromString(day, QStringLiteral("MMM d, yyyy"));
    const QTime clock =
        QTime::fromString(normalised.mid(clockAt + 1), QStringLiteral("h:mm:ss AP"));
    if (!date.isValid() || !clock.isValid()) return std::nullopt;
    return QDateTime(date, clock, QTimeZone::utc()).toSecsSinceEpoch();
}

CsvActivityFormat stravaActivitiesFormat() {
    return {isStravaActivitiesHeader,
            QStringLiteral("not a Strava activities.csv: no Activity ID, Activity Date and "
                           "Activity Type columns"),
            activityFromRow};
}

Expected<ParsedActivities> readStravaActivitiesCsv(QIODevice& input, const ReadOptions& options) {
    return readCsvActivities(input, options, stravaActivitiesFormat());
}

Expected<std::vector<CsvShoe>> readStravaShoesCsv(QIODevice& input) {
    CsvRows rows(input);
    const auto names = rows.next();
    if (!names) return std::vector<CsvShoe>{};
    const CsvHeader header(*names);
    if (!header.has(QLatin1String("Shoe Name")) && !header.has(QLatin1String("Shoe Model")))
        return fail(QStringLiteral("not a Strava shoes.csv: no Shoe Name or Shoe Model column"));
    std::vector<CsvShoe> shoes;
    while (auto row = rows.next()) {
        CsvShoe shoe{header.cell(*row, QLatin1String("Shoe Name")),
                     header.cell(*row, QLatin1String("Shoe Brand")),
                     header.cell(*row, QLatin1String("Shoe Model"))};
        if (!shoe.displayName().isEmpty()) shoes.push_back(std::move(shoe));
    }
    if (!rows.error().isEmpty()) return fail(csvRowError(rows));
    return shoes;
}

}  // namespace stridelog
