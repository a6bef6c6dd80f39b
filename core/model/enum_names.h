// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One table per enumeration maps each value to the word the CLI, the JSON and the database
// use for it. Every conversion goes through these tables, so a word is spelled in one place.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace stridelog {

template <class E>
struct EnumNames;  // specialised next to each enumeration with `static constexpr table`

template <class E>
QString toString(E value) {
    for (const auto& [candidate, name] : EnumNames<E>::table) {
        if (candidate == value) return QString::fromLatin1(name);
    }
    return {};
}

template <class E>
std::optional<E> fromString(QStringView text) {
    for (const auto& [candidate, name] : EnumNames<E>::table) {
        if (text == QLatin1String(name)) return candidate;
    }
    return std::nullopt;
}

template <class E>
QStringList acceptedNames() {
    QStringList names;
    for (const auto& entry : EnumNames<E>::table) names << QString::fromLatin1(entry.second);
    return names;
}

}  // namespace stridelog
