// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// R16, the way back (RULES.md, rules 1.2): six walk–run levels, and after each session the
// knee's ratings decide whether the runner goes up, stays or goes back. Pure functions of the
// rules' as-of view: where a programme stands as of T (ComebackStatus, CLI.md's status
// object), whether one may start at S (ComebackReadiness), and the comeback-* warnings. An
// evaluate() calls assessComeback() once and hands its answer to comebackWarnings() and to the
// allowance.

#include "as_of_journal.h"
#include "comeback_status.h"
#include "warning.h"

#include <optional>
#include <vector>

namespace stridelog {

// Pain-free for 1–2 days (seed 001's stage 3): before starting, and before a comeback-ready.
inline constexpr std::int64_t kComebackPainFreeSeconds = 48 * 3600;

// Where `programme` stands as of T (it must have started by T).
ComebackStatus assessProgramme(const AsOfJournal& journal, const ComebackProgramme& programme);
// The latest programme started by T, or none.
std::optional<ComebackStatus> assessComeback(const AsOfJournal& journal);

// Whether a programme may start at `start` with what the runner confirms.
ComebackReadiness comebackReadiness(const AsOfJournal& journal, Instant start, bool cleared,
                                    bool walkOk);
// The default profile: from the site of the latest pain entry of stage ≥ 2 before `start`.
ComebackProfile defaultComebackProfile(const AsOfJournal& journal, Instant start);

// comeback-ready, comeback-step-back, comeback-too-soon, comeback-rate and comeback-refer.
std::vector<Warning> comebackWarnings(const AsOfJournal& journal,
                                      const std::optional<ComebackStatus>& status);

}  // namespace stridelog
