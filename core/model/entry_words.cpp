// SPDX-License-Identifier: GPL-3.0-or-later
// One table per enumeration (see entry_words.h). QT_TRANSLATE_NOOP3 marks each word for
// lupdate under the EntryWords context with its column as the disambiguation; the words are
// translated when they are read, so a language installed at start-up applies everywhere.

#include "entry_words.h"

#include "core/i18n/contexts.h"
#include "core/i18n/word_table.h"

namespace stridelog::words {
namespace {

using i18n::rowOf;
using i18n::Word;

QString translated(const Word& word) {
    return i18n::translated<EntryWords>(word);
}

struct SurfaceRow {
    Surface value;
    Word label;
    Word runs;
};
constexpr SurfaceRow kSurfaces[] = {
    {Surface::Road, QT_TRANSLATE_NOOP3("EntryWords", "Road", "surface label"),
     QT_TRANSLATE_NOOP3("EntryWords", "road runs", "runs on a surface")},
    {Surface::Trail, QT_TRANSLATE_NOOP3("EntryWords", "Trail", "surface label"),
     QT_TRANSLATE_NOOP3("EntryWords", "trail runs", "runs on a surface")},
    {Surface::Track, QT_TRANSLATE_NOOP3("EntryWords", "Track", "surface label"),
     QT_TRANSLATE_NOOP3("EntryWords", "track runs", "runs on a surface")},
    {Surface::Treadmill, QT_TRANSLATE_NOOP3("EntryWords", "Treadmill", "surface label"),
     QT_TRANSLATE_NOOP3("EntryWords", "treadmill runs", "runs on a surface")},
    {Surface::Grass, QT_TRANSLATE_NOOP3("EntryWords", "Grass", "surface label"),
     QT_TRANSLATE_NOOP3("EntryWords", "runs on grass", "runs on a surface")},
    {Surface::Sand, QT_TRANSLATE_NOOP3("EntryWords", "Sand", "surface label"),
     QT_TRANSLATE_NOOP3("EntryWords", "runs on sand", "runs on a surface")},
    {Surface::Mixed, QT_TRANSLATE_NOOP3("EntryWords", "Mixed", "surface label"),
     QT_TRANSLATE_NOOP3("EntryWords", "runs on mixed surfaces", "runs on a surface")},
};

struct RunTypeRow {
    RunType value;
    Word label;
    Word runs;
};
constexpr RunTypeRow kRunTypes[] = {
    {RunType::Easy, QT_TRANSLATE_NOOP3("EntryWords", "Easy", "run type label"),
     QT_TRANSLATE_NOOP3("EntryWords", "easy runs", "runs of a type")},
    {RunType::Long, QT_TRANSLATE_NOOP3("EntryWords", "Long", "run type label"),
     QT_TRANSLATE_NOOP3("EntryWords", "long runs", "runs of a type")},
    {RunType::Tempo, QT_TRANSLATE_NOOP3("EntryWords", "Tempo", "run type label"),
     QT_TRANSLATE_NOOP3("EntryWords", "tempo runs", "runs of a type")},
    {RunType::Interval, QT_TRANSLATE_NOOP3("EntryWords", "Interval", "run type label"),
     QT_TRANSLATE_NOOP3("EntryWords", "interval runs", "runs of a type")},
    {RunType::Race, QT_TRANSLATE_NOOP3("EntryWords", "Race", "run type label"),
     QT_TRANSLATE_NOOP3("EntryWords", "races", "runs of a type")},
    {RunType::Recovery, QT_TRANSLATE_NOOP3("EntryWords", "Recovery", "run type label"),
     QT_TRANSLATE_NOOP3("EntryWords", "recovery runs", "runs of a type")},
};

struct KneeRow {
    Knee value;
    Word label;
    Word inSentence;
    Word warning;
    Word clinical;
};
constexpr KneeRow kKnees[] = {
    {Knee::Left, QT_TRANSLATE_NOOP3("EntryWords", "Left", "knee label"),
     QT_TRANSLATE_NOOP3("EntryWords", "left", "knee in a sentence"),
     QT_TRANSLATE_NOOP3("EntryWords", "the left knee", "knee in a warning"),
     QT_TRANSLATE_NOOP3("EntryWords", "left", "knee in the clinician report")},
    {Knee::Right, QT_TRANSLATE_NOOP3("EntryWords", "Right", "knee label"),
     QT_TRANSLATE_NOOP3("EntryWords", "right", "knee in a sentence"),
     QT_TRANSLATE_NOOP3("EntryWords", "the right knee", "knee in a warning"),
     QT_TRANSLATE_NOOP3("EntryWords", "right", "knee in the clinician report")},
    {Knee::Both, QT_TRANSLATE_NOOP3("EntryWords", "Both", "knee label"),
     QT_TRANSLATE_NOOP3("EntryWords", "both", "knee in a sentence"),
     QT_TRANSLATE_NOOP3("EntryWords", "both knees", "knee in a warning"),
     QT_TRANSLATE_NOOP3("EntryWords", "both", "knee in the clinician report")},
};

struct SiteRow {
    Site value;
    Word label;
    Word inSentence;
    Word warning;
    Word clinical;
    Word picker;
};
constexpr SiteRow kSites[] = {
    {Site::Front, QT_TRANSLATE_NOOP3("EntryWords", "Front (kneecap)", "site label"),
     QT_TRANSLATE_NOOP3("EntryWords", "front (kneecap)", "site in a sentence"),
     QT_TRANSLATE_NOOP3("EntryWords", "at the front", "site in a warning"),
     QT_TRANSLATE_NOOP3("EntryWords", "front, at the kneecap", "site in the clinician report"),
     QT_TRANSLATE_NOOP3("EntryWords", "kneecap", "site on the knee drawing")},
    {Site::Below, QT_TRANSLATE_NOOP3("EntryWords", "Below the kneecap", "site label"),
     QT_TRANSLATE_NOOP3("EntryWords", "below the kneecap", "site in a sentence"),
     QT_TRANSLATE_NOOP3("EntryWords", "below the kneecap", "site in a warning"),
     QT_TRANSLATE_NOOP3("EntryWords", "just below the kneecap", "site in the clinician report"),
     QT_TRANSLATE_NOOP3("EntryWords", "below", "site on the knee drawing")},
    {Site::Outside, QT_TRANSLATE_NOOP3("EntryWords", "Outside", "site label"),
     QT_TRANSLATE_NOOP3("EntryWords", "outside", "site in a sentence"),
     QT_TRANSLATE_NOOP3("EntryWords", "on the outside", "site in a warning"),
     QT_TRANSLATE_NOOP3("EntryWords", "outer side", "site in the clinician report"),
     QT_TRANSLATE_NOOP3("EntryWords", "outside", "site on the knee drawing")},
    {Site::Inside, QT_TRANSLATE_NOOP3("EntryWords", "Inside", "site label"),
     QT_TRANSLATE_NOOP3("EntryWords", "inside", "site in a sentence"),
     QT_TRANSLATE_NOOP3("EntryWords", "on the inner side", "site in a warning"),
     QT_TRANSLATE_NOOP3("EntryWords", "inner side", "site in the clinician report"),
     QT_TRANSLATE_NOOP3("EntryWords", "inside", "site on the knee drawing")},
    {Site::Behind, QT_TRANSLATE_NOOP3("EntryWords", "Behind", "site label"),
     QT_TRANSLATE_NOOP3("EntryWords", "behind", "site in a sentence"),
     QT_TRANSLATE_NOOP3("EntryWords", "behind the knee", "site in a warning"),
     QT_TRANSLATE_NOOP3("EntryWords", "behind the knee", "site in the clinician report"),
     QT_TRANSLATE_NOOP3("EntryWords", "behind", "site on the knee drawing")},
    {Site::Whole, QT_TRANSLATE_NOOP3("EntryWords", "Whole knee", "site label"),
     QT_TRANSLATE_NOOP3("EntryWords", "whole knee", "site in a sentence"),
     QT_TRANSLATE_NOOP3("EntryWords", "over the whole knee", "site in a warning"),
     QT_TRANSLATE_NOOP3("EntryWords", "whole knee, diffuse", "site in the clinician report"),
     QT_TRANSLATE_NOOP3("EntryWords", "Whole knee (diffuse)", "site on the knee drawing")},
};

struct OnsetRow {
    Onset value;
    Word label;
    Word clinical;
};
constexpr OnsetRow kOnsets[] = {
    {Onset::Start, QT_TRANSLATE_NOOP3("EntryWords", "from the very start", "onset label"),
     QT_TRANSLATE_NOOP3("EntryWords", "from the start of the run", "onset in the report")},
    {Onset::During, QT_TRANSLATE_NOOP3("EntryWords", "earlier in the run", "onset label"),
     QT_TRANSLATE_NOOP3("EntryWords", "during the run", "onset in the report")},
    {Onset::Late, QT_TRANSLATE_NOOP3("EntryWords", "towards the end / on long runs", "onset label"),
     QT_TRANSLATE_NOOP3("EntryWords", "late in long or fast runs", "onset in the report")},
    {Onset::After, QT_TRANSLATE_NOOP3("EntryWords", "only after the run", "onset label"),
     QT_TRANSLATE_NOOP3("EntryWords", "after the run", "onset in the report")},
    {Onset::NextDay, QT_TRANSLATE_NOOP3("EntryWords", "the next day", "onset label"),
     QT_TRANSLATE_NOOP3("EntryWords", "the next day", "onset in the report")},
    {Onset::Rest, QT_TRANSLATE_NOOP3("EntryWords", "also at rest", "onset label"),
     QT_TRANSLATE_NOOP3("EntryWords", "also at rest", "onset in the report")},
};

struct ProfileRow {
    ComebackProfile value;
    Word label;
    Word ceilings;
};
constexpr ProfileRow kProfiles[] = {
    {ComebackProfile::Strict, QT_TRANSLATE_NOOP3("EntryWords", "Strict (kneecap)", "profile label"),
     QT_TRANSLATE_NOOP3("EntryWords",
                        "at most 2/10 during, back to your usual within an hour, and no worse "
                        "the next morning",
                        "profile ceilings")},
    {ComebackProfile::Tendon, QT_TRANSLATE_NOOP3("EntryWords", "Tendon", "profile label"),
     QT_TRANSLATE_NOOP3("EntryWords",
                        "at most 5/10 during and after, and no worse the next morning",
                        "profile ceilings")},
};

}  // namespace

QString label(ComebackProfile profile) {
    return translated(rowOf(kProfiles, profile).label);
}
QString ceilings(ComebackProfile profile) {
    return translated(rowOf(kProfiles, profile).ceilings);
}

QString label(Surface surface) {
    return translated(rowOf(kSurfaces, surface).label);
}
QString label(RunType type) {
    return translated(rowOf(kRunTypes, type).label);
}
QString label(Knee knee) {
    return translated(rowOf(kKnees, knee).label);
}
QString label(Site site) {
    return translated(rowOf(kSites, site).label);
}
QString label(Onset onset) {
    return translated(rowOf(kOnsets, onset).label);
}

QString inSentence(Knee knee) {
    return translated(rowOf(kKnees, knee).inSentence);
}
QString inSentence(Site site) {
    return translated(rowOf(kSites, site).inSentence);
}

QString warning(Knee knee) {
    return translated(rowOf(kKnees, knee).warning);
}
QString warning(Site site) {
    return translated(rowOf(kSites, site).warning);
}

QString clinical(Knee knee) {
    return translated(rowOf(kKnees, knee).clinical);
}
QString clinical(Site site) {
    return translated(rowOf(kSites, site).clinical);
}
QString clinical(Onset onset) {
    return translated(rowOf(kOnsets, onset).clinical);
}

QString picker(Site site) {
    return translated(rowOf(kSites, site).picker);
}

QString runs(Surface surface) {
    return translated(rowOf(kSurfaces, surface).runs);
}
QString runs(RunType type) {
    return translated(rowOf(kRunTypes, type).runs);
}

}  // namespace stridelog::words
