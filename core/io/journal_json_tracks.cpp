// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_json_tracks.h"

#include "core/model/track_codec.h"

#include <QJsonObject>

namespace stridelog {

QJsonArray tracksToJson(const std::vector<StoredTrack>& tracks) {
    QJsonArray array;
    for (const StoredTrack& track : tracks) {
        const auto decoded = decodeTrack(track.data);
        QJsonObject object;
        object.insert(QLatin1String("run_id"), static_cast<qint64>(track.run.value()));
        object.insert(QLatin1String("points"),
                      decoded ? static_cast<qint64>(decoded->samples.size()) : 0);
        object.insert(QLatin1String("data"), QString::fromLatin1(track.data.toBase64()));
        array.append(object);
    }
    return array;
}

Expected<std::vector<StoredTrack>> tracksFromJson(const QJsonValue& value,
                                                  const std::set<std::int64_t>& runs) {
    std::vector<StoredTrack> tracks;
    if (value.isUndefined() || value.isNull()) return tracks;
    if (!value.isArray()) return fail(QStringLiteral("tracks: expected an array"));
    std::set<std::int64_t> seen;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("tracks[%1]").arg(i);
        const QJsonObject object = array.at(i).toObject();
        const qint64 run = object.value(QLatin1String("run_id")).toInteger(0);
        if (!runs.count(run))
            return fail(QStringLiteral("%1.run_id: there is no run with id %2").arg(path).arg(run));
        if (!seen.insert(run).second)
            return fail(QStringLiteral("%1.run_id: run %2 has a track already").arg(path).arg(run));
        const auto base64 = QByteArray::fromBase64Encoding(
            object.value(QLatin1String("data")).toString().toLatin1(),
            QByteArray::AbortOnBase64DecodingErrors);
        if (!base64) return fail(QStringLiteral("%1.data: expected the track in base64").arg(path));
        if (auto decoded = decodeTrack(*base64); !decoded)
            return fail(QStringLiteral("%1.data: %2").arg(path, decoded.error()));
        tracks.push_back({RunId(run), *base64});
    }
    return tracks;
}

}  // namespace stridelog
