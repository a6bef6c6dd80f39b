// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "As of T" (RULES.md, Definitions): an exact instant, or the end of a local day. They differ
// by one boundary: as of an instant, an entry started exactly at T counts; as of the end of a
// day (a bare date on the command line), everything started that day counts and nothing of
// the next, although both end at the next day's 00:00 — the instant an ongoing pain entry is
// measured to.

#include "instant.h"

#include <QDate>

namespace stridelog {

class AsOf {
public:
    // An exact instant: entries started at or before it count. Implicit, so "now" reads as-is.
    AsOf(Instant instant) : instant_(instant), day_(instant.localDate()) {}  // NOLINT

    static AsOf endOfLocalDay(QDate day) {
        AsOf asOf(Instant::endOfLocalDay(day));
        asOf.day_ = day;
        asOf.endOfDay_ = true;
        return asOf;
    }

    Instant instant() const { return instant_; }
    // The local day T belongs to: for the end of a day, that day (not the next one).
    QDate day() const { return day_; }
    bool isEndOfDay() const { return endOfDay_; }
    bool counts(Instant start) const { return endOfDay_ ? start < instant_ : start <= instant_; }

private:
    Instant instant_;
    QDate day_;
    bool endOfDay_ = false;
};

}  // namespace stridelog
