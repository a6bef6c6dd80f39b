// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `mornings` and `programmes` of a journal export (rules 1.2): one object per morning
// check, `{"date", "pain", "swelling", "limp"}` as `morning list` prints it, and one per way
// back, `{"id", "start", "start_utc_offset_s", "profile", "cleared", "walk_ok", "stopped_at",
// "stopped_at_utc_offset_s"}`. Written only when there are any, so a journal without them
// exports the same document as before.

#include "core/model/comeback_programme.h"
#include "core/model/expected.h"
#include "core/model/morning_check.h"

#include <QJsonArray>
#include <QJsonValue>

#include <vector>

namespace stridelog {

QJsonArray morningsToJson(const std::vector<MorningCheck>& mornings);
QJsonArray programmesToJson(const std::vector<ComebackProgramme>& programmes);
// Absent reads as none. Each entry is checked as the store checks it; days and ids are unique.
Expected<std::vector<MorningCheck>> morningsFromJson(const QJsonValue& value);
Expected<std::vector<ComebackProgramme>> programmesFromJson(const QJsonValue& value);

}  // namespace stridelog
