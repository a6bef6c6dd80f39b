// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The GPX reader's fast path: the same tracks as readGpx (gpx_reader.h, through the same
// GpxTrackBuilder), read straight from the file's UTF-8 bytes. QXmlStreamReader turns every
// byte into UTF-16 and every element into strings, which is most of what a large GPX costs.
//
// It reads plain, well-formed XML only: elements, attributes, namespaces, comments,
// processing instructions, an XML declaration saying UTF-8, and the predefined and numeric
// character references. For anything else (a DOCTYPE, CDATA, another encoding, a name or a
// character it does not know) and for every error it gives up, returning nothing, and the
// caller reads the file again with readGpx, which decides what the file is and words the
// error. A cancel is the one answer it gives itself.
//
// Memory: the bytes of one token at a time (a tag, or the text between two tags), which the
// XML text limit (xml_text_limit.h) bounds, plus a block being read.

#include "parsed_activity.h"

#include "core/model/expected.h"

#include <QIODevice>

#include <optional>

namespace stridelog {

std::optional<Expected<ParsedActivities>> readGpxFast(QIODevice& input,
                                                      const ReadOptions& options = {});

}  // namespace stridelog
