// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_json.h"

#include "journal_json_comeback.h"
#include "journal_json_settings.h"
#include "journal_json_tracks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stridelog {
namespace {

// Writing the document. Each entry keeps the CLI's key names (CLI.md, JSON objects) and adds
// what the CLI leaves out but an exact restore needs: exact metres, UTC offsets, import keys.
// Absent values are null. QJsonObject orders keys alphabetically, so the bytes depend only
// on the journal: writing what was read gives the same file.

QJsonValue orNull(const std::optional<int>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNull(const std::optional<QDate>& date) {
    return date ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

template <class E>
QJsonValue nameOrNull(const std::optional<E>& value) {
    return value ? QJsonValue(toString(*value)) : QJsonValue(QJsonValue::Null);
}

template <class Tag>
QJsonValue idOrNull(const std::optional<Id<Tag>>& id) {
    return id ? QJsonValue(static_cast<qint64>(id->value())) : QJsonValue(QJsonValue::Null);
}

// `distance_km` for people and other programs, `distance_m` for an exact restore.
void putDistance(QJsonObject& object, const QString& stem, Distance distance) {
    object.insert(stem + QLatin1String("_km"), distance.km());
    object.insert(stem + QLatin1String("_m"), static_cast<qint64>(distance.metres()));
}

// `start` as local time where it happened and `start_utc_offset_s`, its offset from UTC.
void putInstant(QJsonObject& object, const QString& key, const std::optional<Instant>& instant) {
    const QString offsetKey = key + QLatin1String("_utc_offset_s");
    if (!instant) {
        object.insert(key, QJsonValue::Null);
        object.insert(offsetKey, QJsonValue::Null);
        return;
    }
    object.insert(key, instant->toLocalIsoString());
    object.insert(offsetKey, instant->utcOffsetSeconds());
}

QJsonObject shoeObject(const Shoe& shoe) {
    QJsonObject object;
    object.insert(QLatin1String("id"), static_cast<qint64>(shoe.id.value()));
    object.insert(QLatin1String("name"), shoe.name);
    putDistance(object, QStringLiteral("limit"), shoe.limit);
    putDistance(object, QStringLiteral("start"), shoe.startDistance);
    object.insert(QLatin1String("since"), dateOrNull(shoe.since));
    object.insert(QLatin1String("retired_on"), dateOrNull(shoe.retiredOn));
    object.insert(QLatin1String("notes"), textOrNull(shoe.notes));
    return object;
}

QJsonObject runObject(const Run& run) {
    QJsonObject object;
    object.insert(QLatin1String("id"), static_cast<qint64>(run.id.value()));
    putInstant(object, QStringLiteral("start"), run.start);
    putDistance(object, QStringLiteral("distance"), run.distance);
    object.insert(QLatin1String("duration_s"), static_cast<qint64>(run.duration.seconds()));
    object.insert(QLatin1String("shoe_id"), idOrNull(run.shoe));
    object.insert(QLatin1String("surface"), nameOrNull(run.surface));
    object.insert(QLatin1String("hilly"), run.hilly);
    object.insert(QLatin1String("type"), nameOrNull(run.type));
    object.insert(QLatin1String("rpe"), orNull(run.rpe));
    object.insert(QLatin1String("cadence"), orNull(run.cadence));
    object.insert(QLatin1String("hr"), orNull(run.heartRate));
    object.insert(QLatin1String("pain_during"), orNull(run.painDuring));
    object.insert(QLatin1String("pain_after"), orNull(run.painAfter));
    object.insert(QLatin1String("notes"), textOrNull(run.notes));
    object.insert(QLatin1String("source"), toString(run.source));
    object.insert(QLatin1String("source_key"), textOrNull(run.sourceKey));
    return object;
}

QJsonObject painObject(const PainEntry& pain) {
    QJsonObject object;
    object.insert(QLatin1String("id"), static_cast<qint64>(pain.id.value()));
    putInstant(object, QStringLiteral("start"), pain.start);
    putInstant(object, QStringLiteral("end"), pain.end);
    object.insert(QLatin1String("run_id"), idOrNull(pain.run));
    object.insert(QLatin1String("knee"), toString(pain.knee));
    object.insert(QLatin1String("site"), toString(pain.site));
    object.insert(QLatin1String("intensity"), pain.intensity);
    object.insert(QLatin1String("onset"), toString(pain.onset));
    object.insert(QLatin1String("swelling"), pain.swelling);
    object.insert(QLatin1String("locking"), pain.locking);
    object.insert(QLatin1String("sharp"), pain.sharp);
    object.insert(QLatin1String("notes"), textOrNull(pain.notes));
    return object;
}

template <class T, class ToObject>
QJsonArray arrayOf(const std::vector<T>& entries, ToObject toObject) {
    QJsonArray array;
    for (const T& entry : entries) array.append(toObject(entry));
    return array;
}

}  // namespace

QByteArray writeJournalJson(const JournalSnapshot& journal, Instant exportedAt) {
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String(kJournalJsonFormat));
    root.insert(QLatin1String("version"), kJournalJsonVersion);
    root.insert(QLatin1String("exported_at"), exportedAt.localDateTime().toString(Qt::ISODate));
    root.insert(QLatin1String("settings"), settingsToJson(journal.settings));
    root.insert(QLatin1String("shoes"), arrayOf(journal.shoes, shoeObject));
    root.insert(QLatin1String("runs"), arrayOf(journal.runs, runObject));
    root.insert(QLatin1String("pain"), arrayOf(journal.pains, painObject));
    // Only journals with tracks have the key, so older readers see the same document as before.
    if (!journal.tracks.empty()) root.insert(QLatin1String("tracks"), tracksToJson(journal.tracks));
    if (!journal.mornings.empty())
        root.insert(QLatin1String("mornings"), morningsToJson(journal.mornings));
    if (!journal.programmes.empty())
        root.insert(QLatin1String("programmes"), programmesToJson(journal.programmes));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

}  // namespace stridelog
