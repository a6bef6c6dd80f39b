// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The base of the runs, pain and shoes tables. A table is a list of journal entries turned
// into cells once per evaluation: each subclass builds its rows from
// JournalSession::evaluation() (display text, a sort value and alignment per cell), and this
// class serves them to views. The model resets whenever the session emits evaluated(), so the
// tables follow every edit, undo and redo without asking the database anything.
//
//   JournalSession ──evaluated()──► EntryTableModel::rebuild ──► DateRangeFilter ──► QTableView

#include "app/gui/session/journal_session.h"

#include <QAbstractTableModel>
#include <QDate>
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
    };
    struct Row {
        std::int64_t id = 0;
        QDate date;
        std::vector<Cell> cells;
        QString toolTip;  // for the whole row
    };

    explicit EntryTableModel(JournalSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The source row of an entry, or -1.
    int rowOfId(std::int64_t id) const;
    std::int64_t idAt(int row) const;
    // Rebuilds the rows from the session's current evaluation.
    void rebuild();

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
    JournalSession& session_;
    std::vector<Row> rows_;
    QStringList headers_;
};

}  // namespace stridelog::gui
