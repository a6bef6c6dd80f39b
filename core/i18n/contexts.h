// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The translation contexts of the core and the CLI (QtCore only): `WarningWords::tr("...")`
// is found by lupdate under the struct's own name, which is therefore also the context at run
// time, and translated by the installed translator (translations.h). The .ts sources are in
// resources/translations/.

#include <QCoreApplication>

namespace stridelog {

// Warning messages, advice and sources (core/rules).
struct WarningWords {
    Q_DECLARE_TR_FUNCTIONS(WarningWords)
};

// What a value typed by the user must look like, and why it was refused (core/model).
struct InputWords {
    Q_DECLARE_TR_FUNCTIONS(InputWords)
};

// The words for the journal's enumerations (surface, run type, knee, site, onset) in every
// form the program writes them (core/model/entry_words.h); each form is told apart by its
// disambiguation, so a word in a table and the same word in a sentence translate apart.
struct EntryWords {
    Q_DECLARE_TR_FUNCTIONS(EntryWords)
};

// What each chart shows, in a sentence or two for a screen reader (core/rules/chart_summaries).
struct SummaryWords {
    Q_DECLARE_TR_FUNCTIONS(SummaryWords)
};

// What an exported GPX or TCX file says of its run in words (core/io/export).
struct ExportWords {
    Q_DECLARE_TR_FUNCTIONS(ExportWords)
};

// stridelog-cli's text output and messages (never its JSON keys and codes).
struct CliWords {
    Q_DECLARE_TR_FUNCTIONS(CliWords)
};

}  // namespace stridelog
