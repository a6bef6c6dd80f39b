// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one source of "now". The app and the CLI each make one clock at start and hand it to
// everything that needs "now" or "today": the journal (its "not after tomorrow" check), the
// importer (through the journal), backups and the dialogs, so they can never disagree about
// what "tomorrow" is. The rules never read the clock: they are given an as-of instant. Tests
// pin "now" with FixedClock; the CLI honours STRIDELOG_NOW so end-to-end tests can too.

#include "instant.h"

namespace stridelog {

class Clock {
public:
    virtual ~Clock() = default;
    virtual Instant now() const = 0;
};

class SystemClock final : public Clock {
public:
    Instant now() const override;
};

// One SystemClock for the whole program: what a journal opened without a clock reads.
const Clock& systemClock();

class FixedClock final : public Clock {
public:
    explicit FixedClock(Instant now) : now_(now) {}
    Instant now() const override { return now_; }
    void set(Instant now) { now_ = now; }

private:
    Instant now_;
};

}  // namespace stridelog
