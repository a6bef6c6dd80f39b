// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The compact form of a Track, as stored in the journal and carried (base64) in a JSON export.
//
// Each column is rounded to what a runner can see and written as zigzag varints of the change
// from the previous point: time in tenths of a second, distance in decimetres, positions in
// millionths of a degree (about 0.1 m), altitude in decimetres, heart rate and cadence whole.
// An optional column is left out when no point has it; otherwise an absent value is 0 and a
// present one is its change plus one. Laps follow. The whole is zlib-compressed (qCompress).
// One hour at one point a second comes to roughly 15-25 KB.
//
//   "STK" version(1) | qCompress( count flags time… distance… [lat… lon…] [alt…] [hr…] [cad…]
//                                  lapCount (distance time hr)… )

#include "expected.h"
#include "track.h"

#include <QByteArray>

namespace stridelog {

inline constexpr char kTrackCodecVersion = 1;

QByteArray encodeTrack(const Track& track);
// Refuses what encodeTrack() did not write (wrong header, truncated, newer version).
Expected<Track> decodeTrack(const QByteArray& data);

}  // namespace stridelog
