// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_json_comeback.h"

#include "journal_json_fields.h"

#include "core/model/validation.h"

#include <QJsonObject>

#include <set>

namespace stridelog {
namespace {

// An export is of the past: only the "not after tomorrow" check is left out.
const QDate kFarFuture(9000, 1, 1);

void putInstant(QJsonObject& object, const QString& key, const std::optional<Instant>& instant) {
    const QString offsetKey = key + QLatin1String("_utc_offset_s");
    object.insert(key, instant ? QJsonValue(instant->toLocalIsoString()) : QJsonValue());
    object.insert(offsetKey, instant ? QJsonValue(instant->utcOffsetSeconds()) : QJsonValue());
}

// Reads each object of `value` (an array, or absent) with `read(fields, path)`.
template <class T, class Read>
Expected<std::vector<T>> readEach(const QJsonValue& value, const QString& list, Read read) {
    std::vector<T> entries;
    if (value.isUndefined() || value.isNull()) return entries;
    if (!value.isArray()) return fail(QStringLiteral("%1: expected an array").arg(list));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(list).arg(i);
        if (!array.at(i).isObject())
            return fail(QStringLiteral("%1: expected an object").arg(path));
        const QJsonObject object = array.at(i).toObject();
        JsonFields fields(object, path);
        Expected<T> entry = read(fields, path);
        if (!entry) return fail(entry.error());
        entries.push_back(std::move(entry).value());
    }
    return entries;
}

}  // namespace

QJsonArray morningsToJson(const std::vector<MorningCheck>& mornings) {
    QJsonArray array;
    for (const MorningCheck& morning : mornings) {
        QJsonObject object;
        object.insert(QLatin1String("date"), morning.date.toString(Qt::ISODate));
        object.insert(QLatin1String("pain"), morning.pain);
        object.insert(QLatin1String("swelling"), morning.swelling);
        object.insert(QLatin1String("limp"), morning.limp);
        array.append(object);
    }
    return array;
}

QJsonArray programmesToJson(const std::vector<ComebackProgramme>& programmes) {
    QJsonArray array;
    for (const ComebackProgramme& programme : programmes) {
        QJsonObject object;
        object.insert(QLatin1String("id"), static_cast<qint64>(programme.id.value()));
        putInstant(object, QStringLiteral("start"), programme.start);
        object.insert(QLatin1String("profile"), toString(programme.profile));
        object.insert(QLatin1String("cleared"), programme.cleared);
        object.insert(QLatin1String("walk_ok"), programme.walkOk);
        putInstant(object, QStringLiteral("stopped_at"), programme.stoppedAt);
        array.append(object);
    }
    return array;
}

Expected<std::vector<MorningCheck>> morningsFromJson(const QJsonValue& value) {
    std::set<QDate> days;
    return readEach<MorningCheck>(
        value, QStringLiteral("mornings"),
        [&](JsonFields& fields, const QString& path) -> Expected<MorningCheck> {
            MorningCheck morning;
            const auto date = fields.date(QStringLiteral("date"));
            if (!date && fields.ok())
                fields.fail(QStringLiteral("date"), QStringLiteral("missing"));
            morning.date = date.value_or(QDate());
            morning.pain = fields.smallInteger(QStringLiteral("pain")).value_or(-1);
            morning.swelling = fields.flag(QStringLiteral("swelling"));
            morning.limp = fields.flag(QStringLiteral("limp"));
            if (!fields.ok()) return fail(fields.error());
            if (auto error = validateMorning(morning, kFarFuture)) {
                return fail(QStringLiteral("%1: %2").arg(path, error->message));
            }
            if (!days.insert(morning.date).second) {
                return fail(QStringLiteral("%1.date: %2 is used by an earlier entry")
                                .arg(path, morning.date.toString(Qt::ISODate)));
            }
            return morning;
        });
}

Expected<std::vector<ComebackProgramme>> programmesFromJson(const QJsonValue& value) {
    std::set<std::int64_t> ids;
    return readEach<ComebackProgramme>(
        value, QStringLiteral("programmes"),
        [&](JsonFields& fields, const QString& path) -> Expected<ComebackProgramme> {
            ComebackProgramme programme;
            programme.id = ProgrammeId(fields.integer(QStringLiteral("id"), true).value_or(0));
            programme.start = fields.instant(QStringLiteral("start"), true).value_or(Instant());
            programme.profile = fields.enumeration<ComebackProfile>(QStringLiteral("profile"), true)
                                    .value_or(ComebackProfile::Strict);
            programme.cleared = fields.flag(QStringLiteral("cleared"));
            programme.walkOk = fields.flag(QStringLiteral("walk_ok"));
            programme.stoppedAt = fields.instant(QStringLiteral("stopped_at"));
            if (!fields.ok()) return fail(fields.error());
            if (!programme.id.isValid() || !ids.insert(programme.id.value()).second) {
                return fail(
                    QStringLiteral("%1.id: must be a whole number from 1, used once, not %2")
                        .arg(path)
                        .arg(programme.id.value()));
            }
            if (auto error = validateProgramme(programme, kFarFuture)) {
                return fail(QStringLiteral("%1: %2").arg(path, error->message));
            }
            return programme;
        });
}

}  // namespace stridelog
