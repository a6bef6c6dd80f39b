// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A value or the reason there is none: a stand-in for C++23's std::expected, which our
// compiler does not have yet. Parsers and the store return it instead of throwing, so every
// failure is handled where it happens. Its members are std::expected's, spelt in our style
// (hasValue, andThen); andThen and transform carry a failure through a chain of steps, so a
// step needs no hand-written `if (!x) return Unexpected{x.error()};`.

#include <QString>

#include <functional>
#include <type_traits>
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
    using value_type = T;
    using error_type = E;

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

    // f(value), itself an Expected with our error type; a failure passes through, f unrun.
    template <class F>
    auto andThen(F&& f) const& {
        return chain<std::invoke_result_t<F, const T&>>(std::forward<F>(f), *this);
    }
    template <class F>
    auto andThen(F&& f) && {
        return chain<std::invoke_result_t<F, T&&>>(std::forward<F>(f), std::move(*this));
    }

    // Expected<f(value), E>; a failure passes through, f unrun.
    template <class F>
    auto transform(F&& f) const& {
        using U = std::remove_cvref_t<std::invoke_result_t<F, const T&>>;
        return chain<Expected<U, E>>(std::forward<F>(f), *this);
    }
    template <class F>
    auto transform(F&& f) && {
        using U = std::remove_cvref_t<std::invoke_result_t<F, T&&>>;
        return chain<Expected<U, E>>(std::forward<F>(f), std::move(*this));
    }

private:
    // The one place a failure is forwarded: R is what the step returns (or becomes).
    template <class R, class F, class Self>
    static std::remove_cvref_t<R> chain(F&& f, Self&& self) {
        using Result = std::remove_cvref_t<R>;
        static_assert(std::is_same_v<typename Result::error_type, E>,
                      "the next step must fail with the same error type");
        if (!self.hasValue()) return Unexpected<E>{std::forward<Self>(self).takeError()};
        return std::invoke(std::forward<F>(f), std::forward<Self>(self).value());
    }
    const E& takeError() const& { return error(); }
    E takeError() && { return std::get<1>(std::move(state_)); }

    std::variant<T, E> state_;
};

inline Unexpected<QString> fail(QString message) {
    return {std::move(message)};
}

}  // namespace stridelog
