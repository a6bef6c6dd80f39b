// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One way back (RULES.md R16) as the runner started it: when, with which ceilings, what they
// confirmed, and when they ended it. Where it stands (level, sessions, today) is not stored:
// core/rules/comeback.h works it out from the runs and ratings as of any instant.

#include "enum_names.h"
#include "ids.h"
#include "instant.h"

#include <optional>

namespace stridelog {

using ProgrammeId = Id<struct ProgrammeTag>;

// Whose ceilings the ratings are held to: `strict` (kneecap pain) or `tendon` (Silbernagel).
enum class ComebackProfile { Strict, Tendon };

template <>
struct EnumNames<ComebackProfile> {
    static constexpr std::array<std::pair<ComebackProfile, const char*>, 2> table{{
        {ComebackProfile::Strict, "strict"},
        {ComebackProfile::Tendon, "tendon"},
    }};
};

struct ComebackProgramme {
    ProgrammeId id;
    Instant start;  // S: the moment it was started, or 00:00 of the day given
    ComebackProfile profile = ComebackProfile::Strict;
    bool cleared = false;  // the runner confirmed a clinician has cleared running
    bool walkOk = false;   // a brisk 30-minute walk was free of pain and limp
    std::optional<Instant> stoppedAt;

    bool operator==(const ComebackProgramme&) const = default;
};

}  // namespace stridelog
