// SPDX-License-Identifier: GPL-3.0-or-later
#include "knee_presenter.h"

#include "weekly_volume_presenter.h"

#include "core/model/unit_text.h"
#include "core/rules/chart_summaries.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace stridelog::gui {
namespace {

constexpr double kRateWindowDays = 180;
// Where a morning check stands on the time axis: it has a day, not a time.
constexpr int kMorningHour = 7;

// The context is the namespace, as lupdate names it for a free function's tr().
QString tr(const char* text) {
    return QCoreApplication::translate("stridelog::gui", text);
}

QString share(int part, int whole) {
    const QString percent = whole > 0 ? QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 0)
                                      : QStringLiteral("–");
    return tr("%1 of %2 (%3)").arg(part).arg(whole).arg(percent);
}

double midnightKey(QDate day) {
    return dayKey(day) - kSecondsPerDay / 2;
}

}  // namespace

double wallClockKey(const Instant& instant) {
    const QDateTime local = instant.localDateTime();
    return static_cast<double>(
        QDateTime(local.date(), local.time(), QTimeZone::utc()).toSecsSinceEpoch());
}

KneeView presentKnee(const Evaluation& evaluation) {
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    KneeView view;
    view.unitSymbol = units.symbol();
    view.weekBarWidth = kSecondsPerWeek * 0.9;
    for (const WeekSummary& week : evaluation.weeks) {
        view.weeks.push_back({weekKey(week.weekStart), units.value(week.volume)});
        view.weekTop = std::max(view.weekTop, view.weeks.back().value);
    }
    const Instant asOf = evaluation.asOf.instant();
    const double asOfDay = midnightKey(evaluation.asOf.day());
    double first = asOfDay - kRateWindowDays * kSecondsPerDay;
    for (std::size_t i = 0; i < evaluation.journal.pains.size(); ++i) {
        const PainEntry& pain = evaluation.journal.pains[i];
        if (!evaluation.asOf.counts(pain.start) || i >= evaluation.pain.size()) continue;
        const double start = wallClockKey(pain.start);
        const Instant end = pain.end && *pain.end < asOf ? *pain.end : asOf;
        view.pains.push_back({start, std::max(start, wallClockKey(end)), pain.intensity,
                              std::clamp(evaluation.pain[i].stage, 1, 4)});
        ++view.siteCounts[pain.site];
        first = std::min(first, start);
    }
    for (const MorningCheck& morning : evaluation.journal.mornings) {
        if (morning.date > evaluation.asOf.day()) continue;
        view.mornings.push_back({midnightKey(morning.date) + kMorningHour * 3600.0, morning.pain,
                                 morning.swelling || morning.limp});
    }
    std::sort(view.mornings.begin(), view.mornings.end(),
              [](const KneeMorningPoint& a, const KneeMorningPoint& b) { return a.key < b.key; });
    std::sort(view.pains.begin(), view.pains.end(),
              [](const KneePainMark& a, const KneePainMark& b) { return a.key < b.key; });
    for (const FollowRate& rate : evaluation.followRates) {
        view.rates.push_back({rate.label, share(rate.followed, rate.runs),
                              share(rate.otherFollowed, rate.otherRuns), rate.pattern});
    }
    view.summary = painTimelineSummary(evaluation);
    view.rangeUpper = asOfDay + 2 * kSecondsPerDay;
    view.rangeLower = std::max(first, view.rangeUpper - (kRateWindowDays + 2) * kSecondsPerDay);
    return view;
}

}  // namespace stridelog::gui
