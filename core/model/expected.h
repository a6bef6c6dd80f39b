// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A value or the reason there is none: a stand-in for C++23's std::expected, which our
// compiler does not have yet. Parsers and the store return it instead of throwing, so every
// failure is handled where it happens.

#include <QString>

#include <utility>
#include <variant>

namespace stridelog {

template <class E>
struct Unexpected {
    E error;
};

template <class E>
Unexpected(E) -> Unexpected<E>;

template <class T, class E = QString>
class Expected {
public:
    Expected(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit
    template <class F>
    Expected(Unexpected<F> failure)  // NOLINT: implicit, as std::expected
        : state_(std::in_place_index<1>, E(std::move(failure.error))) {}

    bool hasValue() const { return state_.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T& value() const& { return std::get<0>(state_); }
    T& value() & { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const E& error() const { return std::get<1>(state_); }

private:
    std::variant<T, E> state_;
};

inline Unexpected<QString> fail(QString message) {
    return {std::move(message)};
}

}  // namespace stridelog
