// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one source of "now" for the front ends. The rules never read the clock: they are given
// an as-of instant. Tests pin "now" with FixedClock; the CLI honours STRIDELOG_NOW so end-to-end
// tests can too.

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

class FixedClock final : public Clock {
public:
    explicit FixedClock(Instant now) : now_(now) {}
    Instant now() const override { return now_; }
    void set(Instant now) { now_ = now; }

private:
    Instant now_;
};

}  // namespace stridelog
