// SPDX-License-Identifier: GPL-3.0-or-later
// R17 and R9's ratings (see morning_trend.h).

#include "morning_trend.h"

#include "comeback_texts.h"

namespace stridelog {
namespace {

constexpr int kHalfDays = 7;
constexpr int kChecksPerHalf = 3;
constexpr int kHighPain = 5;
constexpr int kBaselineDaysBefore = 3;

}  // namespace

std::vector<const MorningCheck*> morningsByT(const AsOfJournal& journal) {
    std::vector<const MorningCheck*> mornings;
    for (const MorningCheck& morning : journal.journal().mornings) {
        if (morning.date <= journal.asOf().day()) mornings.push_back(&morning);
    }
    return mornings;
}

int baselineFor(const AsOfJournal& journal, QDate day) {
    const MorningCheck* latest = nullptr;
    for (const MorningCheck* morning : morningsByT(journal)) {
        if (morning->date == day) return morning->pain;
        if (morning->date < day && morning->date >= day.addDays(-kBaselineDaysBefore) &&
            (!latest || morning->date > latest->date)) {
            latest = morning;
        }
    }
    return latest ? latest->pain : 0;
}

std::optional<MorningTrend> morningTrend(const AsOfJournal& journal) {
    // "The 14 days up to T's day": T's day and the 13 before; the last 7 of them are this week.
    const QDate day = journal.asOf().day();
    int lastSum = 0;
    int lastCount = 0;
    int beforeSum = 0;
    int beforeCount = 0;
    for (const MorningCheck* morning : morningsByT(journal)) {
        const qint64 back = morning->date.daysTo(day);
        if (back < 0 || back >= 2 * kHalfDays) continue;
        if (back < kHalfDays) {
            lastSum += morning->pain;
            ++lastCount;
        } else {
            beforeSum += morning->pain;
            ++beforeCount;
        }
    }
    if (lastCount < kChecksPerHalf || beforeCount < kChecksPerHalf) return std::nullopt;
    MorningTrend trend;
    trend.lastWeekMean = static_cast<double>(lastSum) / lastCount;
    trend.weekBeforeMean = static_cast<double>(beforeSum) / beforeCount;
    // Exact: lastSum/lastCount − beforeSum/beforeCount ≥ 1, in integers.
    trend.rising = lastSum * beforeCount - beforeSum * lastCount >= lastCount * beforeCount;
    return trend;
}

std::vector<Warning> morningTrendWarning(const AsOfJournal& journal) {
    const auto trend = morningTrend(journal);
    if (!trend || !trend->rising) return {};
    return {makeWarning(QStringLiteral("morning-trend"), Severity::Caution,
                        WarningSubject::forJournal(), journal.asOf().instant().utcSeconds(),
                        texts::morningTrend(trend->lastWeekMean, trend->weekBeforeMean))};
}

std::vector<Warning> runPainHighWarnings(const AsOfJournal& journal) {
    std::vector<Warning> warnings;
    for (const Run* run : journal.runsSince(journal.asOf().daysBefore(kHalfDays))) {
        const int during = run->painDuring.value_or(0);
        const int after = run->painAfter.value_or(0);
        if (during <= kHighPain && after <= kHighPain) continue;
        // One warning per run, for its worse rating.
        const bool isDuring = during >= after;
        warnings.push_back(
            makeWarning(QStringLiteral("pain-high"), Severity::Caution,
                        WarningSubject::forRun(run->id), run->start.utcSeconds(),
                        texts::runPainHigh(*run, isDuring ? during : after, isDuring)));
    }
    return warnings;
}

}  // namespace stridelog
