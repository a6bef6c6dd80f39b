// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An Evaluation built the way JournalSession builds it, from a journal snapshot written in the
// test, so the presenters are tested with the rules' real results and without a widget.

#include "app/gui/session/journal_session.h"

#include "core/rules/rules_engine.h"

#include <QDate>
#include <QLocale>
#include <QTime>

#include <gtest/gtest.h>

namespace stridelog::gui::testing {

inline Instant at(int year, int month, int day, int hour = 8) {
    return Instant::fromLocal(QDate(year, month, day), QTime(hour, 0));
}

class EvaluationBuilder {
public:
    JournalSnapshot journal;

    void run(Instant start, std::int64_t metres, std::optional<ShoeId> shoe = std::nullopt) {
        Run run;
        run.id = RunId(static_cast<std::int64_t>(journal.runs.size()) + 1);
        run.start = start;
        run.distance = Distance::fromMetres(metres);
        run.duration = Duration::fromSeconds(metres * 6 / 10);  // 6:00 per km
        run.shoe = shoe;
        journal.runs.push_back(run);
    }
    PainEntry& pain(Instant start, int intensity, Onset onset, Duration lasted) {
        PainEntry pain;
        pain.id = PainId(static_cast<std::int64_t>(journal.pains.size()) + 1);
        pain.start = start;
        pain.end = start.plusSeconds(lasted.seconds());
        pain.intensity = intensity;
        pain.onset = onset;
        pain.knee = Knee::Right;
        pain.site = Site::Front;
        journal.pains.push_back(pain);
        return journal.pains.back();
    }
    ShoeId shoe(const QString& name, std::int64_t limitKm, std::int64_t startKm) {
        Shoe shoe;
        shoe.id = ShoeId(static_cast<std::int64_t>(journal.shoes.size()) + 1);
        shoe.name = name;
        shoe.limit = Distance::fromMetres(limitKm * 1000);
        shoe.startDistance = Distance::fromMetres(startKm * 1000);
        journal.shoes.push_back(shoe);
        return shoe.id;
    }

    Evaluation evaluate(Instant asOf) const { return stridelog::evaluate(journal, AsOf(asOf)); }
};

// Numbers and dates as a US English desktop writes them ("1,000 km", "Sat 21 Nov 2026").
class EnglishLocale : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }
};

}  // namespace stridelog::gui::testing
