// SPDX-License-Identifier: GPL-3.0-or-later
// R11 (see training_load.h). acute_t = 0.25·load_t + 0.75·acute_{t−1} and
// chronic_t = λ·load_t + (1−λ)·chronic_{t−1} with λ = 2/29, both 0 before the first run's day.
// The ratio is a display value; it only ever raises an info warning, so doubles are fine.
#include "training_load.h"

#include "warning_texts.h"

#include <algorithm>

namespace stridelog {
namespace {

constexpr double kAcuteWeight = 0.25;
constexpr double kChronicWeight = 2.0 / 29.0;
constexpr double kAcwrHigh = 1.5;

std::vector<double> kilometresPerDay(const AsOfJournal& journal, QDate firstDay) {
    const qint64 days = firstDay.daysTo(journal.asOf().day()) + 1;
    std::vector<std::int64_t> metres(static_cast<std::size_t>(std::max<qint64>(days, 0)), 0);
    for (std::size_t r = 0; r < journal.runs().size(); ++r) {
        const qint64 index = firstDay.daysTo(journal.runDays()[r]);
        if (index < 0 || index >= days) continue;  // a run in a zone ahead of T's day
        metres[static_cast<std::size_t>(index)] += journal.runs()[r]->distance.metres();
    }
    std::vector<double> km(metres.size());
    for (std::size_t i = 0; i < metres.size(); ++i) km[i] = static_cast<double>(metres[i]) / 1000.0;
    return km;
}

}  // namespace

std::vector<DailyLoad> dailyLoad(const AsOfJournal& journal) {
    if (journal.runs().empty()) return {};
    const QDate firstDay = *std::min_element(journal.runDays().begin(), journal.runDays().end());
    const std::vector<double> km = kilometresPerDay(journal, firstDay);
    std::vector<DailyLoad> days(km.size());
    double acute = 0;
    double chronic = 0;
    for (std::size_t t = 0; t < km.size(); ++t) {
        acute = kAcuteWeight * km[t] + (1.0 - kAcuteWeight) * acute;
        chronic = kChronicWeight * km[t] + (1.0 - kChronicWeight) * chronic;
        DailyLoad& day = days[t];
        day.day = firstDay.addDays(static_cast<qint64>(t));
        day.loadKm = km[t];
        day.acute = acute;
        day.chronic = chronic;
        if (t >= kAcwrFirstDay && chronic > 0) day.acwr = acute / chronic;
    }
    return days;
}

void addLoadToWeeks(const std::vector<DailyLoad>& days, std::vector<WeekSummary>& weeks) {
    if (days.empty()) return;
    const QDate firstDay = days.front().day;
    for (WeekSummary& week : weeks) {
        const qint64 index = std::min<qint64>(firstDay.daysTo(week.weekStart.addDays(6)),
                                              static_cast<qint64>(days.size()) - 1);
        if (index < kAcwrFirstDay) continue;
        const DailyLoad& day = days[static_cast<std::size_t>(index)];
        week.acute = day.acute;
        week.chronic = day.chronic;
        week.acwr = day.acwr;
    }
}

std::optional<Warning> acwrWarning(const AsOfJournal& journal, const std::vector<DailyLoad>& days) {
    if (days.empty() || days.back().day != journal.asOf().day()) return std::nullopt;
    const DailyLoad& today = days.back();
    if (!today.acwr || *today.acwr < kAcwrHigh) return std::nullopt;
    return makeWarning(
        QStringLiteral("acwr-high"), Severity::Info, WarningSubject::forJournal(),
        journal.asOf().instant().utcSeconds(),
        texts::acwrHigh(today.acute, today.chronic, *today.acwr, journal.settings().units));
}

}  // namespace stridelog
