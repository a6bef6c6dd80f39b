// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The articles the rules come from, named as a reader knows them: by title and kind, never by
// a number (RULES.md, "Naming a source"). Studies are cited where they are used, by first
// author, year and journal.

#include <QString>

namespace stridelog::sources {

// "The runners' article …" to begin a sentence, "the runners' article …" inside one.
enum class Case { Sentence, Inline };

// The seed articles 0–4 of RULES.md's table.
QString seedArticle(int seed, Case letterCase);
// All five, "the running-injury article …, …, and the article …", for a rule drawn from all.
QString allSeedArticles();

}  // namespace stridelog::sources
