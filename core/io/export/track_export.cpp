// SPDX-License-Identifier: GPL-3.0-or-later
#include "track_export.h"

namespace stridelog {

bool startsAfterPause(const TrackSample& previous, const TrackSample& sample) {
    // The codec keeps tenths of a second, and a running watch records at most a few points a
    // second: a step under half a tenth is no time at all.
    return sample.seconds - previous.seconds < 0.05;
}

}  // namespace stridelog
