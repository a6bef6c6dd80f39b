// SPDX-License-Identifier: GPL-3.0-or-later
#include "source_names.h"
#include "core/i18n/contexts.h"

#include <QStringList>

#include <algorithm>

namespace stridelog::sources {
namespace {

// RULES.md, "Naming a source": how each article is cited. A function, not a table, because
// warning texts built during static initialisation already call it.
QString article(int seed) {
    switch (seed) {
        case 0:
            return WarningWords::tr(
                "the running-injury article \"Knee pain after running: causes, prevention\"");
        case 1:
            return WarningWords::tr(
                "the runners' article \"My knees hurt after running. What is the "
                "reason and what to do?\"");
        case 2:
            return WarningWords::tr("the article \"Why does the knee hurt after running\"");
        case 3:
            return WarningWords::tr(
                "the orthopaedic clinic article \"Knee Pain After Running\" (an "
                "orthopaedic surgeon's advice, 2021)");
        default:
            return WarningWords::tr("the article \"Knees Hurt After Running\"");
    }
}

constexpr int kArticles = 5;

}  // namespace

QString seedArticle(int seed, Case letterCase) {
    QString name = article(std::clamp(seed, 0, kArticles - 1));
    if (letterCase == Case::Sentence) name[0] = name[0].toUpper();
    return name;
}

QString allSeedArticles() {
    QStringList names;
    for (int seed = 0; seed < kArticles - 1; ++seed) names << article(seed);
    const QString last = article(kArticles - 1);
    return WarningWords::tr("%1 and %2").arg(names.join(WarningWords::tr(", ")), last);
}

}  // namespace stridelog::sources
