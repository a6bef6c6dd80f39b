// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_file_watch.h"

#include <QTimer>

#include <utility>

namespace stridelog::gui {

JournalFileWatch::JournalFileWatch(QString path, QObject* parent)
    : QObject(parent), path_(std::move(path)), opened_(fileIdentityAt(path_)) {
    timer_ = new QTimer(this);
    timer_->setInterval(kJournalFileCheckMs);
    connect(timer_, &QTimer::timeout, this, &JournalFileWatch::check);
    timer_->start();
}

bool JournalFileWatch::check() {
    if (lost_) return false;
    // A journal that had no file when it was opened (in memory) has nothing to lose here.
    if (!opened_ || isStillTheFileAt(*opened_, path_)) return true;
    lost_ = true;
    timer_->stop();
    Q_EMIT lost();
    return false;
}

}  // namespace stridelog::gui
