// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The base of the runs, pain and shoes tables. A table is a list of journal entries turned
// into cells once per evaluation: each subclass builds its rows from
// JournalSession::evaluation() (display text, a sort value and alignment per cell), and this
// class serves them to views. The tables follow every edit, undo and redo without asking the
// database anything.
//
// After an edit the rows are updated in place, so views keep their selection and scroll: rows
// of removed entries are removed, new entries' rows inserted, a row whose entry moved (a run
// given another date) moved, and rows whose cells differ are reported changed. The cells are
// compared rather than taken from the change's ids, because one edit changes other rows too
// (a run's spike moves the spikes after it, a pair's distance follows its runs). A change of
// everything (restore, demo) or of many rows at once (an import) resets the model instead.
//
//   JournalSession ──evaluated()──► EntryTableModel::update ──► DateRangeFilter ──► QTableView

#include "app/gui/session/journal_session.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QVariant>

#include <vector>

namespace stridelog::gui {

class EntryTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1,  // numbers as numbers, dates as dates
        IdRole,                       // the entry's id, on every column
        DateRole,                     // the entry's local date, for the date filter
    };

    struct Cell {
        Cell(QString shown, QVariant sortBy = {}, bool isNumber = false)  // NOLINT: implicit
            : text(std::move(shown)), sortValue(std::move(sortBy)), numeric(isNumber) {}
        QString text;
        QVariant sortValue;  // empty: sort by text
        bool numeric = false;
        bool operator==(const Cell&) const = default;
    };
    struct Row {
        std::int64_t id = 0;
        QDate date;
        std::vector<Cell> cells;
        QString toolTip;  // for the whole row
        bool operator==(const Row&) const = default;
    };
    // More rows added, removed or moved than this in one change: a reset is quicker for the
    // views than that many single steps.
    static constexpr std::size_t kMostRowSteps = 64;

    explicit EntryTableModel(JournalSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The source row of an entry, or -1.
    int rowOfId(std::int64_t id) const;
    std::int64_t idAt(int row) const;
Q_SIGNALS:
    // After update() changed rows in place (once per evaluation; a reset says modelReset()).
    void updatedInPlace();

public:
    // Rebuilds the rows from the session's current evaluation (a model reset).
    void rebuild();
    // Brings the rows to the session's current evaluation in place (a reset only when the
    // change is of everything or of many rows).
    void update();

protected:
    virtual QStringList headers() const = 0;
    // What a column means, for a header whose words need a sentence more; empty: no tip.
    virtual QString headerToolTip(int column) const {
        Q_UNUSED(column);
        return {};
    }
    virtual std::vector<Row> buildRows(const Evaluation& evaluation) const = 0;
    JournalSession& session() const { return session_; }

private:
    void resetTo(std::vector<Row> rows, QStringList headers);
    // The steps of update(): remove the rows whose entries are gone, then walk the new rows in
    // order, moving `movers` and inserting new rows where they belong.
    void removeRowsNotIn(const QHash<std::int64_t, std::size_t>& next);
    void placeRows(std::vector<Row> next, const QHash<std::int64_t, std::size_t>& nextIndex,
                   QSet<std::int64_t> movers);
    void reportChanged(const std::vector<int>& rows);

    JournalSession& session_;
    std::vector<Row> rows_;
    QStringList headers_;
};

}  // namespace stridelog::gui
