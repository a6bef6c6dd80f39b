// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `tracks` of a journal export: one object per run that has a recorded track,
// `{"run_id": N, "points": N, "data": "<base64>"}`, data being the journal's own compact form
// (core/model/track_codec.h), so export then restore keeps every point exactly.

#include "core/model/expected.h"
#include "core/model/track.h"

#include <QJsonArray>
#include <QJsonValue>

#include <set>
#include <vector>

namespace stridelog {

QJsonArray tracksToJson(const std::vector<StoredTrack>& tracks);
// Absent reads as no tracks. Each track must decode and belong to one of `runs`.
Expected<std::vector<StoredTrack>> tracksFromJson(const QJsonValue& value,
                                                  const std::set<std::int64_t>& runs);

}  // namespace stridelog
