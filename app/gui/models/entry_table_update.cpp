// SPDX-License-Identifier: GPL-3.0-or-later
// EntryTableModel::update: the rows brought to a new evaluation in place, with the fewest row
// moves, so that views keep their selection and scroll position across an edit.

#include "entry_table_model.h"

#include <algorithm>

namespace stridelog::gui {
namespace {

// Marks one longest increasing run in `positions` (the new places of the rows still there, in
// their old order): those rows can stay while the others move around them.
std::vector<bool> longestIncreasing(const std::vector<std::size_t>& positions) {
    std::vector<std::size_t> tails;  // for each length, the index of the smallest last value
    std::vector<std::ptrdiff_t> previous(positions.size(), -1);
    for (std::size_t k = 0; k < positions.size(); ++k) {
        const auto it = std::lower_bound(
            tails.begin(), tails.end(), positions[k],
            [&](std::size_t tail, std::size_t value) { return positions[tail] < value; });
        if (it != tails.begin()) previous[k] = static_cast<std::ptrdiff_t>(*(it - 1));
        if (it == tails.end()) {
            tails.push_back(k);
        } else {
            *it = k;
        }
    }
    std::vector<bool> stays(positions.size(), false);
    for (auto k = tails.empty() ? std::ptrdiff_t(-1) : static_cast<std::ptrdiff_t>(tails.back());
         k >= 0; k = previous[static_cast<std::size_t>(k)]) {
        stays[static_cast<std::size_t>(k)] = true;
    }
    return stays;
}

}  // namespace

void EntryTableModel::rebuild() {
    resetTo(buildRows(session_.evaluation()), headers());
}

void EntryTableModel::resetTo(std::vector<Row> rows, QStringList headers) {
    beginResetModel();
    headers_ = std::move(headers);
    rows_ = std::move(rows);
    endResetModel();
}

void EntryTableModel::update() {
    std::vector<Row> next = buildRows(session_.evaluation());
    QStringList nextHeaders = headers();
    if (session_.lastChange().everything || nextHeaders.size() != headers_.size()) {
        return resetTo(std::move(next), std::move(nextHeaders));
    }
    QHash<std::int64_t, std::size_t> nextIndex;
    nextIndex.reserve(static_cast<qsizetype>(next.size()));
    for (std::size_t i = 0; i < next.size(); ++i) nextIndex.insert(next[i].id, i);
    std::vector<std::size_t> positions;
    std::vector<std::int64_t> keptIds;
    for (const Row& row : rows_) {
        const auto found = nextIndex.constFind(row.id);
        if (found == nextIndex.constEnd()) continue;
        positions.push_back(*found);
        keptIds.push_back(row.id);
    }
    const std::vector<bool> stays = longestIncreasing(positions);
    QSet<std::int64_t> movers;
    for (std::size_t k = 0; k < stays.size(); ++k) {
        if (!stays[k]) movers.insert(keptIds[k]);
    }
    const std::size_t steps = (rows_.size() - positions.size()) + (next.size() - positions.size()) +
                              static_cast<std::size_t>(movers.size());
    if (steps > kMostRowSteps) return resetTo(std::move(next), std::move(nextHeaders));

    removeRowsNotIn(nextIndex);
    placeRows(std::move(next), nextIndex, std::move(movers));
    if (nextHeaders != headers_) {
        headers_ = std::move(nextHeaders);
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, static_cast<int>(headers_.size()) - 1);
    }
    Q_EMIT updatedInPlace();
}

void EntryTableModel::removeRowsNotIn(const QHash<std::int64_t, std::size_t>& next) {
    // From the end, a contiguous stretch at a time, so the rows before it keep their numbers.
    int last = static_cast<int>(rows_.size()) - 1;
    while (last >= 0) {
        if (next.contains(rows_[static_cast<std::size_t>(last)].id)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !next.contains(rows_[static_cast<std::size_t>(first - 1)].id)) {
            --first;
        }
        beginRemoveRows({}, first, last);
        rows_.erase(rows_.begin() + first, rows_.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }
}

void EntryTableModel::placeRows(std::vector<Row> next,
                                const QHash<std::int64_t, std::size_t>& nextIndex,
                                QSet<std::int64_t> movers) {
    QSet<std::int64_t> present;
    for (const Row& row : rows_) present.insert(row.id);
    std::vector<int> changed;
    // Rows before `i` are in their final place and hold their new cells.
    std::size_t i = 0;
    while (i < next.size()) {
        const auto at = static_cast<int>(i);
        if (i < rows_.size() && rows_[i].id == next[i].id) {
            if (!(rows_[i] == next[i])) {
                rows_[i] = std::move(next[i]);
                changed.push_back(at);
            }
            ++i;
            continue;
        }
        // A row that moves goes, in one step, before the first row that stays and comes after
        // it in the new order: the rows that stay never move.
        if (i < rows_.size() && movers.remove(rows_[i].id)) {
            const std::size_t place = nextIndex.value(rows_[i].id);
            std::size_t to = i + 1;
            while (to < rows_.size() &&
                   (movers.contains(rows_[to].id) || nextIndex.value(rows_[to].id) < place)) {
                ++to;
            }
            if (to > i + 1) {
                beginMoveRows({}, at, at, {}, static_cast<int>(to));
                std::rotate(rows_.begin() + at, rows_.begin() + at + 1,
                            rows_.begin() + static_cast<std::ptrdiff_t>(to));
                endMoveRows();
            }
            continue;
        }
        if (present.contains(next[i].id)) {
            const auto from = static_cast<int>(
                std::find_if(rows_.begin() + at, rows_.end(),
                             [&](const Row& row) { return row.id == next[i].id; }) -
                rows_.begin());
            beginMoveRows({}, from, from, {}, at);
            std::rotate(rows_.begin() + at, rows_.begin() + from, rows_.begin() + from + 1);
            endMoveRows();
            continue;  // now in place: compared on the next turn
        }
        // New entries next to each other come in one step.
        std::size_t end = i + 1;
        while (end < next.size() && !present.contains(next[end].id)) ++end;
        beginInsertRows({}, at, static_cast<int>(end) - 1);
        rows_.insert(rows_.begin() + at, std::make_move_iterator(next.begin() + at),
                     std::make_move_iterator(next.begin() + static_cast<std::ptrdiff_t>(end)));
        endInsertRows();
        i = end;
    }
    reportChanged(changed);
}

void EntryTableModel::reportChanged(const std::vector<int>& rows) {
    const int lastColumn = columnCount() - 1;
    for (std::size_t k = 0; k < rows.size();) {
        std::size_t end = k + 1;
        while (end < rows.size() && rows[end] == rows[end - 1] + 1) ++end;
        Q_EMIT dataChanged(index(rows[k], 0), index(rows[end - 1], lastColumn));
        k = end;
    }
}

}  // namespace stridelog::gui
