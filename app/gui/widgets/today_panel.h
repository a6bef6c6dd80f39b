// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The dashboard's "Today" panel (RULES.md R15): whether to run today, what is left of this
// week's limit, the longest run that is not a spike and the pair to wear; while a stage 3–4
// knee pain counts, "No running today" with the advice instead of the numbers. It reads the
// allowance from core and redraws on JournalSession::evaluated(), only while visible, like the
// rest of the dashboard.

#include "app/gui/session/journal_session.h"

#include "core/rules/allowance.h"

#include <QFrame>

class QLabel;

namespace stridelog::gui {

class TodayPanel : public QFrame {
    Q_OBJECT

public:
    explicit TodayPanel(JournalSession& session, QWidget* parent = nullptr);

    const Allowance& allowance() const { return allowance_; }
    // What the panel says, one line each, as a screen reader reads it.
    QString summaryText() const;

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onEvaluated();
    void redraw();
    void applyColours();
    static QString wayBackVerdict(const ComebackStatus& comeback);
    QString pairName(const Evaluation& evaluation) const;

    JournalSession& session_;
    Allowance allowance_;
    bool stale_ = true;
    QLabel* status_ = nullptr;
    QLabel* advice_ = nullptr;
    QWidget* numbers_ = nullptr;
    QLabel* weekLeft_ = nullptr;
    QLabel* runMax_ = nullptr;
    QLabel* pair_ = nullptr;
};

}  // namespace stridelog::gui
