// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_json.h"

#include "journal_json_comeback.h"
#include "journal_json_fields.h"
#include "journal_json_settings.h"
#include "journal_json_tracks.h"

#include "core/model/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <set>

namespace stridelog {
namespace {

// Reading a journal export back (`restore`). Every entry is read field by field, then
// checked as the store would check it, then checked against the others (unique ids, and a
// run's shoe or a pain entry's run must exist). The first problem ends the reading; its
// message names the entry and what is accepted, and nothing of the document is used.

// An export is of the past: only the "not after tomorrow" date check is left out.
const QDate kFarFuture(9000, 1, 1);

Expected<Shoe> readShoe(JsonFields& fields) {
    Shoe shoe;
    shoe.id = ShoeId(fields.integer(QStringLiteral("id"), true).value_or(0));
    shoe.name = fields.text(QStringLiteral("name"), true);
    shoe.limit = fields.distance(QStringLiteral("limit"), true).value_or(Distance());
    shoe.startDistance = fields.distance(QStringLiteral("start")).value_or(Distance());
    shoe.since = fields.date(QStringLiteral("since"));
    shoe.retiredOn = fields.date(QStringLiteral("retired_on"));
    shoe.notes = fields.text(QStringLiteral("notes"));
    if (!fields.ok()) return fail(fields.error());
    return shoe;
}

Expected<Run> readRun(JsonFields& fields) {
    Run run;
    run.id = RunId(fields.integer(QStringLiteral("id"), true).value_or(0));
    run.start = fields.instant(QStringLiteral("start"), true).value_or(Instant());
    run.distance = fields.distance(QStringLiteral("distance"), true).value_or(Distance());
    run.duration =
        Duration::fromSeconds(fields.integer(QStringLiteral("duration_s"), true).value_or(0));
    if (const auto shoe = fields.integer(QStringLiteral("shoe_id"))) run.shoe = ShoeId(*shoe);
    run.surface = fields.enumeration<Surface>(QStringLiteral("surface"));
    run.hilly = fields.flag(QStringLiteral("hilly"));
    run.type = fields.enumeration<RunType>(QStringLiteral("type"));
    run.rpe = fields.smallInteger(QStringLiteral("rpe"));
    run.cadence = fields.smallInteger(QStringLiteral("cadence"));
    run.heartRate = fields.smallInteger(QStringLiteral("hr"));
    run.painDuring = fields.smallInteger(QStringLiteral("pain_during"));
    run.painAfter = fields.smallInteger(QStringLiteral("pain_after"));
    run.notes = fields.text(QStringLiteral("notes"));
    run.source =
        fields.enumeration<RunSource>(QStringLiteral("source")).value_or(RunSource::Manual);
    run.sourceKey = fields.text(QStringLiteral("source_key"));
    if (!fields.ok()) return fail(fields.error());
    return run;
}

Expected<PainEntry> readPain(JsonFields& fields) {
    PainEntry pain;
    pain.id = PainId(fields.integer(QStringLiteral("id"), true).value_or(0));
    pain.start = fields.instant(QStringLiteral("start"), true).value_or(Instant());
    pain.end = fields.instant(QStringLiteral("end"));
    if (const auto run = fields.integer(QStringLiteral("run_id"))) pain.run = RunId(*run);
    pain.knee = fields.enumeration<Knee>(QStringLiteral("knee"), true).value_or(Knee::Left);
    pain.site = fields.enumeration<Site>(QStringLiteral("site"), true).value_or(Site::Front);
    pain.intensity = fields.smallInteger(QStringLiteral("intensity")).value_or(-1);
    pain.onset = fields.enumeration<Onset>(QStringLiteral("onset"), true).value_or(Onset::After);
    pain.swelling = fields.flag(QStringLiteral("swelling"));
    pain.locking = fields.flag(QStringLiteral("locking"));
    pain.sharp = fields.flag(QStringLiteral("sharp"));
    pain.notes = fields.text(QStringLiteral("notes"));
    if (!fields.ok()) return fail(fields.error());
    return pain;
}

QString entryPath(const QString& list, qsizetype index) {
    return QStringLiteral("%1[%2]").arg(list).arg(index);
}

// Checks an entry's id is a positive number not used before in its list.
template <class Tag>
std::optional<QString> checkId(Id<Tag> id, const QString& path, std::set<std::int64_t>& seen) {
    if (!id.isValid()) {
        return QStringLiteral("%1.id: must be a whole number from 1, not %2")
            .arg(path)
            .arg(id.value());
    }
    if (!seen.insert(id.value()).second) {
        return QStringLiteral("%1.id: %2 is used by an earlier entry").arg(path).arg(id.value());
    }
    return std::nullopt;
}

QString invalid(const QString& path, const ValidationError& error) {
    return QStringLiteral("%1: %2").arg(path, error.message);
}

// Reads every object of `root[list]` with `readEntry(fields, path)`.
template <class T, class ReadEntry>
Expected<std::vector<T>> readList(const QJsonObject& root, const QString& list,
                                  ReadEntry readEntry) {
    const QJsonValue value = root.value(list);
    if (!value.isArray()) return fail(QStringLiteral("%1: expected an array").arg(list));
    const QJsonArray array = value.toArray();
    std::vector<T> entries;
    entries.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = entryPath(list, i);
        if (!array.at(i).isObject())
            return fail(QStringLiteral("%1: expected an object").arg(path));
        const QJsonObject object = array.at(i).toObject();
        JsonFields fields(object, path);
        Expected<T> entry = readEntry(fields, path);
        if (!entry) return fail(entry.error());
        entries.push_back(std::move(entry).value());
    }
    return entries;
}

Expected<std::vector<Shoe>> readShoes(const QJsonObject& root) {
    std::set<std::int64_t> ids;
    return readList<Shoe>(root, QStringLiteral("shoes"),
                          [&](JsonFields& fields, const QString& path) -> Expected<Shoe> {
                              auto shoe = readShoe(fields);
                              if (!shoe) return shoe;
                              if (auto error = checkId(shoe->id, path, ids)) return fail(*error);
                              if (auto error = validateShoe(*shoe))
                                  return fail(invalid(path, *error));
                              return shoe;
                          });
}

Expected<std::vector<Run>> readRuns(const QJsonObject& root, const std::set<std::int64_t>& shoes) {
    std::set<std::int64_t> ids;
    return readList<Run>(
        root, QStringLiteral("runs"),
        [&](JsonFields& fields, const QString& path) -> Expected<Run> {
            auto run = readRun(fields);
            if (!run) return run;
            if (auto error = checkId(run->id, path, ids)) return fail(*error);
            if (run->shoe && !shoes.count(run->shoe->value())) {
                return fail(QStringLiteral("%1.shoe_id: there is no shoe with id %2")
                                .arg(path)
                                .arg(run->shoe->value()));
            }
            if (auto error = validateRun(*run, kFarFuture)) return fail(invalid(path, *error));
            return run;
        });
}

Expected<std::vector<PainEntry>> readPains(const QJsonObject& root,
                                           const std::set<std::int64_t>& runs) {
    std::set<std::int64_t> ids;
    return readList<PainEntry>(
        root, QStringLiteral("pain"),
        [&](JsonFields& fields, const QString& path) -> Expected<PainEntry> {
            auto pain = readPain(fields);
            if (!pain) return pain;
            if (auto error = checkId(pain->id, path, ids)) return fail(*error);
            if (pain->run && !runs.count(pain->run->value())) {
                return fail(QStringLiteral("%1.run_id: there is no run with id %2")
                                .arg(path)
                                .arg(pain->run->value()));
            }
            if (auto error = validatePain(*pain, kFarFuture)) return fail(invalid(path, *error));
            return pain;
        });
}

// The document itself: JSON, an object, our format, a version we know.
Expected<QJsonObject> readRoot(const QByteArray& document) {
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(document, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("not a JSON document: %1 at byte %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!json.isObject())
        return fail(QStringLiteral("not a Stridelog journal export: not a JSON object"));
    const QJsonObject root = json.object();
    const QString format = root.value(QLatin1String("format")).toString();
    if (format != QLatin1String(kJournalJsonFormat)) {
        return fail(QStringLiteral("format: '%1' is not a Stridelog journal export (expected '%2')")
                        .arg(format, QLatin1String(kJournalJsonFormat)));
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    const qint64 number = version.toInteger(-1);
    if (number > kJournalJsonVersion) {
        return fail(QStringLiteral("version: this export is version %1, newer than this program "
                                   "reads (up to %2); update Stridelog to restore it")
                        .arg(number)
                        .arg(kJournalJsonVersion));
    }
    if (number < 1)
        return fail(QStringLiteral("version: expected a whole number from 1 to %1")
                        .arg(kJournalJsonVersion));
    return root;
}

template <class T>
std::set<std::int64_t> idsOf(const std::vector<T>& entries) {
    std::set<std::int64_t> ids;
    for (const T& entry : entries) ids.insert(entry.id.value());
    return ids;
}

}  // namespace

Expected<JournalSnapshot> readJournalJson(const QByteArray& document) {
    const auto root = readRoot(document);
    if (!root) return fail(root.error());
    JournalSnapshot journal;
    const QJsonValue settings = root->value(QLatin1String("settings"));
    if (!settings.isUndefined() && !settings.isObject())
        return fail(QStringLiteral("settings: expected an object"));
    if (auto error = settingsFromJson(settings.toObject(), journal.settings)) return fail(*error);
    auto shoes = readShoes(*root);
    if (!shoes) return fail(shoes.error());
    auto runs = readRuns(*root, idsOf(*shoes));
    if (!runs) return fail(runs.error());
    auto pains = readPains(*root, idsOf(*runs));
    if (!pains) return fail(pains.error());
    auto tracks = tracksFromJson(root->value(QLatin1String("tracks")), idsOf(*runs));
    if (!tracks) return fail(tracks.error());
    journal.tracks = std::move(tracks).value();
    auto mornings = morningsFromJson(root->value(QLatin1String("mornings")));
    if (!mornings) return fail(mornings.error());
    auto programmes = programmesFromJson(root->value(QLatin1String("programmes")));
    if (!programmes) return fail(programmes.error());
    journal.mornings = std::move(mornings).value();
    journal.programmes = std::move(programmes).value();
    std::stable_sort(journal.programmes.begin(), journal.programmes.end(),
                     [](const auto& a, const auto& b) { return a.start < b.start; });
    journal.shoes = std::move(shoes).value();
    journal.runs = std::move(runs).value();
    journal.pains = std::move(pains).value();
    // A snapshot holds runs and pain entries by start (journal_snapshot.h).
    const auto byStart = [](const auto& a, const auto& b) { return a.start < b.start; };
    std::stable_sort(journal.runs.begin(), journal.runs.end(), byStart);
    std::stable_sort(journal.pains.begin(), journal.pains.end(), byStart);
    return journal;
}

}  // namespace stridelog
