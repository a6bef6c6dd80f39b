// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words a person reads for the journal's enumerations. The CLI words ("next-day",
// "outside", enum_names.h) stay the stored and JSON values; these are their translated words,
// one table per enumeration (entry_words.cpp) with a column for each way a value is written:
//
//   label       a table cell, a list entry, a caption: "Front (kneecap)", "Left", "Road"
//   inSentence  inside a sentence: "front (kneecap)" in English; German keeps its nouns
//               capitalised ("vorne (Kniescheibe)"), so no caller lowercases a label
//   warning     the phrase a warning builds on: "the left knee", "at the front"
//   clinical    the clinician report's plain words: "front, at the kneecap"
//   picker      the short name on the knee drawing: "kneecap"
//   runs        a group of runs in a pattern: "road runs", "easy runs"
//   ceilings    what a way-back profile holds the ratings to, in a sentence

#include "comeback_programme.h"
#include "enums.h"

#include <QString>

namespace stridelog::words {

QString label(Surface surface);
QString label(RunType type);
QString label(Knee knee);
QString label(Site site);
QString label(Onset onset);
QString label(ComebackProfile profile);

QString inSentence(Knee knee);
QString inSentence(Site site);

QString warning(Knee knee);
QString warning(Site site);

QString clinical(Knee knee);
QString clinical(Site site);
QString clinical(Onset onset);

QString picker(Site site);

QString runs(Surface surface);
QString runs(RunType type);

QString ceilings(ComebackProfile profile);

}  // namespace stridelog::words
