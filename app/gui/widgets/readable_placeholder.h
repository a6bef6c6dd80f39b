// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Placeholder text ("Search notes and pairs", "e.g. 10.2") readable in every palette. A dark
// palette that sets its text and base colours but not PlaceholderText keeps Qt's light one,
// half-transparent black, which all but vanishes on a dark field. The application's palette
// is checked now and on every change: a placeholder with less than kPlaceholderContrast
// against the base gets a colour between the palette's own text and base that has it.

#include <QColor>
#include <QPalette>

namespace stridelog::gui {

inline constexpr double kPlaceholderContrast = 3.0;

// The WCAG contrast ratio of two colours (1 to 21), alpha blended over `under` first.
double contrastRatio(const QColor& colour, const QColor& under);
// `palette` with a readable PlaceholderText in every colour group.
QPalette withReadablePlaceholder(QPalette palette);
// Keeps the application palette's placeholder readable from now on.
void keepPlaceholdersReadable();

}  // namespace stridelog::gui
