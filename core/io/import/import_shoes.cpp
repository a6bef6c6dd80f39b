// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_shoes.h"

#include "core/model/validation.h"

namespace stridelog {
namespace {

QString keyOf(const QString& name) {
    return name.trimmed().toLower();
}

}  // namespace

ImportShoes::ImportShoes(const std::vector<Shoe>& journalShoes) {
    commitFile(journalShoes);
}

void ImportShoes::beginFile(const std::vector<CsvShoe>& listed) {
    listed_ = listed;
    pending_.clear();
    newShoes_.clear();
    for (const CsvShoe& shoe : listed_) {
        if (!journal_.contains(keyOf(shoe.displayName())) &&
            !pending_.contains(keyOf(shoe.displayName()))) {
            const QString brandModel =
                QStringLiteral("%1 %2").arg(shoe.brand, shoe.model).trimmed();
            addNew(shoe.displayName(), brandModel == shoe.displayName() ? QString() : brandModel);
        }
    }
}

ShoeId ImportShoes::addNew(const QString& name, const QString& notes) {
    Shoe shoe;
    shoe.id = ShoeId(static_cast<std::int64_t>(newShoes_.size()) + 1);
    shoe.name = name.trimmed().left(limits::kMaxNameLength);
    shoe.notes = notes;
    newShoes_.push_back(shoe);
    pending_.insert(keyOf(shoe.name), shoe.id);
    return shoe.id;
}

std::optional<ImportShoes::Choice> ImportShoes::choose(const QString& gear) {
    if (gear.trimmed().isEmpty()) return std::nullopt;
    QString name = gear.trimmed();
    for (const CsvShoe& shoe : listed_) {
        if (shoe.matches(gear)) name = shoe.displayName();
    }
    if (auto found = journal_.constFind(keyOf(name)); found != journal_.cend())
        return Choice{found.value(), false};
    if (auto found = pending_.constFind(keyOf(name)); found != pending_.cend())
        return Choice{found.value(), true};
    return Choice{addNew(name, {}), true};
}

void ImportShoes::commitFile(const std::vector<Shoe>& journalShoes) {
    journal_.clear();
    for (const Shoe& shoe : journalShoes) journal_.insert(keyOf(shoe.name), shoe.id);
    pending_.clear();
    newShoes_.clear();
}

}  // namespace stridelog
