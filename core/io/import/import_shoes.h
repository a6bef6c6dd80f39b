// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pairs a CSV import names. Strava's activities.csv gives each run's gear by name, and its
// shoes.csv lists the athlete's pairs. A name matching a journal pair (ignoring case) is that
// pair; any other becomes a new pair, written in the same transaction as the runs on it.
// Every pair of shoes.csv that the journal lacks is added with the file too.

#include "strava_csv_reader.h"

#include "core/model/shoe.h"

#include <QHash>

#include <vector>

namespace stridelog {

class ImportShoes {
public:
    explicit ImportShoes(const std::vector<Shoe>& journalShoes);

    // Starts a file: the pairs it lists and no new pairs yet.
    void beginFile(const std::vector<CsvShoe>& listed);
    // The pair for an activity's gear text: a journal pair, or a new one (`isNew`).
    struct Choice {
        ShoeId id;  // a journal id, or the new pair's local id in newShoes()
        bool isNew = false;
    };
    std::optional<Choice> choose(const QString& gear);
    // New pairs of this file, with local ids 1, 2, …
    const std::vector<Shoe>& newShoes() const { return newShoes_; }
    // After the file's transaction: the new pairs now have journal ids.
    void commitFile(const std::vector<Shoe>& journalShoes);

private:
    ShoeId addNew(const QString& name, const QString& notes);

    QHash<QString, ShoeId> journal_;  // lower-case name -> id
    QHash<QString, ShoeId> pending_;  // lower-case name -> local id
    std::vector<CsvShoe> listed_;
    std::vector<Shoe> newShoes_;
};

}  // namespace stridelog
