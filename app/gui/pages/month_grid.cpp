// SPDX-License-Identifier: GPL-3.0-or-later
#include "month_grid.h"

#include "app/gui/theme/chart_colours.h"

#include "core/model/unit_text.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace stridelog::gui {
namespace {

constexpr int kWeeks = 6;

}  // namespace

MonthGrid::MonthGrid(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("monthGrid"));
    setAccessibleName(tr("Days of the month"));
}

void MonthGrid::setMonth(QDate first, Qt::DayOfWeek weekStart, UnitSystem units,
                         std::map<QDate, DayEntry> days) {
    first_ = first;
    weekStart_ = weekStart;
    units_ = units;
    days_ = std::move(days);
    update();
}

QDate MonthGrid::gridStart() const {
    const int back = (first_.dayOfWeek() - static_cast<int>(weekStart_) + 7) % 7;
    return first_.addDays(-back);
}

QString MonthGrid::dayText(QDate day) const {
    const auto it = days_.find(day);
    if (it == days_.end()) return {};
    QStringList parts;
    if (it->second.runs > 0)
        parts << UnitText::app(units_).distance(Distance::fromMetres(it->second.metres), 1);
    if (it->second.painMax) parts << tr("pain %1/10").arg(*it->second.painMax);
    return parts.join(QLatin1Char('\n'));
}

void MonthGrid::setToday(QDate today) {
    if (today_ == today) return;
    today_ = today;
    update();
}

double MonthGrid::headerHeight() const {
    return fontMetrics().height() * 1.6;
}

QRect MonthGrid::cellOf(QDate day) const {
    const qint64 index = gridStart().daysTo(day);
    if (index < 0 || index >= kWeeks * 7) return {};
    const double cellW = width() / 8.0;
    const double cellH = (height() - headerHeight()) / kWeeks;
    return QRectF(static_cast<double>(index % 7) * cellW,
                  headerHeight() + static_cast<double>(index / 7) * cellH, cellW, cellH)
        .toRect();
}

QDate MonthGrid::dayAt(QPointF point) const {
    const double cellW = width() / 8.0;
    const double cellH = (height() - headerHeight()) / kWeeks;
    if (point.y() < headerHeight() || point.x() < 0 || point.x() >= 7 * cellW) return {};
    const int column = static_cast<int>(point.x() / cellW);
    const int row = static_cast<int>((point.y() - headerHeight()) / cellH);
    if (row >= kWeeks) return {};
    return gridStart().addDays(row * 7 + column);
}

void MonthGrid::mouseDoubleClickEvent(QMouseEvent* event) {
    const QDate day = dayAt(event->position());
    if (event->button() != Qt::LeftButton || !day.isValid() || day.month() != first_.month())
        return QWidget::mouseDoubleClickEvent(event);
    Q_EMIT dayActivated(day);
}

std::int64_t MonthGrid::weekMetres(QDate weekStart) const {
    std::int64_t sum = 0;
    for (int d = 0; d < 7; ++d) {
        const auto it = days_.find(weekStart.addDays(d));
        if (it != days_.end()) sum += it->second.metres;
    }
    return sum;
}

void MonthGrid::paintEvent(QPaintEvent*) {
    const ChartColours colours = ChartColours::from(palette());
    QPainter painter(this);
    painter.fillRect(rect(), colours.background);
    const double header = headerHeight();
    const double cellW = width() / 8.0;  // 7 days and the week's total
    const double cellH = (height() - header) / kWeeks;
    const QLocale locale;
    painter.setPen(colours.subtleText);
    for (int d = 0; d < 7; ++d) {
        const int dayOfWeek = (static_cast<int>(weekStart_) - 1 + d) % 7 + 1;
        painter.drawText(QRectF(d * cellW, 0, cellW, header), Qt::AlignCenter,
                         locale.dayName(dayOfWeek, QLocale::ShortFormat));
    }
    painter.drawText(QRectF(7 * cellW, 0, cellW, header), Qt::AlignCenter, tr("Week"));
    const QDate start = gridStart();
    for (int w = 0; w < kWeeks; ++w) {
        for (int d = 0; d < 7; ++d) {
            const QDate day = start.addDays(w * 7 + d);
            const QRectF cell(d * cellW, header + w * cellH, cellW, cellH);
            const bool inMonth = day.month() == first_.month();
            painter.setPen(QPen(colours.grid));
            const auto it = days_.find(day);
            QColor fill = colours.background;
            if (inMonth && it != days_.end() && it->second.runs > 0) {
                fill = colours.ok;
                fill.setAlpha(40);
            }
            painter.setBrush(fill);
            painter.drawRect(cell);
            const bool isToday = day == today_;
            if (isToday) {
                // Today: a frame in the highlight colour and its number in bold.
                painter.save();
                painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(cell.adjusted(1.5, 1.5, -1.5, -1.5));
                painter.restore();
            }
            painter.setPen(inMonth ? colours.text : colours.subtleText);
            QFont dayFont = font();
            dayFont.setBold(isToday);
            painter.setFont(dayFont);
            painter.drawText(cell.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignRight,
                             isToday ? tr("today %1").arg(day.day()) : QString::number(day.day()));
            painter.setFont(font());
            if (!inMonth || it == days_.end()) continue;
            if (it->second.runs > 0) {
                painter.setPen(colours.text);
                painter.drawText(
                    cell.adjusted(4, 2, -4, -2), Qt::AlignVCenter | Qt::AlignLeft,
                    UnitText::app(units_).distance(Distance::fromMetres(it->second.metres), 1));
            }
            if (it->second.painMax) {
                const int pain = *it->second.painMax;
                painter.setPen(colours.asText(colours.painStage(it->second.painStage.value_or(1))));
                painter.drawText(cell.adjusted(4, 2, -4, -2), Qt::AlignBottom | Qt::AlignLeft,
                                 tr("pain %1/10").arg(pain));
            }
        }
        const QRectF total(7 * cellW, header + w * cellH, cellW, cellH);
        painter.setPen(QPen(colours.grid));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(total);
        const std::int64_t metres = weekMetres(start.addDays(w * 7));
        if (metres > 0) {
            QFont bold = painter.font();
            bold.setBold(true);
            painter.setFont(bold);
            painter.setPen(colours.text);
            painter.drawText(total, Qt::AlignCenter,
                             UnitText::app(units_).distance(Distance::fromMetres(metres), 1));
            painter.setFont(font());
        }
    }
}

}  // namespace stridelog::gui
