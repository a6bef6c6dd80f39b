// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shape of the word tables that name each value of an enumeration (core/model/entry_words,
// core/rules/rule_words): a row per value, each form of its word marked for lupdate with
// QT_TRANSLATE_NOOP3 under a context and a disambiguation, translated when it is read, so a
// language installed at start-up applies everywhere.

#include <QString>

namespace stridelog::i18n {

struct Word {
    const char* source = nullptr;
    const char* column = nullptr;  // the disambiguation: which form of the word this is
};

// `Context` is one of core/i18n/contexts.h's translation contexts.
template <class Context>
QString translated(const Word& word) {
    return word.source ? Context::tr(word.source, word.column) : QString();
}

// The row of `value` in `table`; every value has one (the tests walk every enumerator), and an
// unknown value gets the first row rather than none.
template <class Table, class E>
const auto& rowOf(const Table& table, E value) {
    for (const auto& row : table) {
        if (row.value == value) return row;
    }
    return table[0];
}

}  // namespace stridelog::i18n
