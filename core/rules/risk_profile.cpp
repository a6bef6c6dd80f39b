// SPDX-License-Identifier: GPL-3.0-or-later
// R14 (see risk_profile.h). The weight is a setting, not a measured distance, so comparing
// the double with 90 is what the rule says: 90.0 is not above, 90.1 is.
#include "risk_profile.h"

#include "warning_texts.h"

namespace stridelog {
namespace {

constexpr double kRiskWeightKg = 90.0;

}  // namespace

std::optional<Warning> riskProfileWarning(const AsOfJournal& journal) {
    const std::optional<double> weight = journal.settings().bodyWeightKg;
    if (!weight || *weight <= kRiskWeightKg) return std::nullopt;
    return makeWarning(QStringLiteral("risk-profile"), Severity::Info, WarningSubject::forJournal(),
                       journal.asOf().instant().utcSeconds(), texts::riskProfile(*weight));
}

}  // namespace stridelog
