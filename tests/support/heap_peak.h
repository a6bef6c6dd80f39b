// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The C++ heap of a test program, measured: a test binary that links heap_peak.cpp replaces
// the global operator new and delete with counting ones, so a test can show that work on a
// long input holds a bounded amount of memory, without a counter inside the values it makes.

#include <cstdint>

namespace stridelog::test {

// Bytes allocated with new and not yet deleted, as malloc sizes them.
std::int64_t heapInUse();
// The most heapInUse() has been since the last resetHeapPeak().
std::int64_t heapPeak();
void resetHeapPeak();

}  // namespace stridelog::test
