// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_shoes.h"

#include <QStringList>

#include <algorithm>

namespace stridelog::demo {
namespace {

enum class Stream { Road, Trail };

// A pair while it is being handed runs: which runs (indexes into the history) and how far.
struct PairDraft {
    Stream stream = Stream::Road;
    std::int64_t limitMetres = 1'000'000;
    std::int64_t targetMetres = 0;  // how far it goes before the runner retires it
    std::int64_t metres = 0;
    // The road pair in use: the wear it shows at the end, whatever it carried in the journal.
    std::int64_t wearMetres = 0;
    std::vector<std::size_t> runs;  // newest first while drafting
    bool inUse = false;             // the stream's newest pair, not retired
};

Stream streamOf(const Run& run) {
    if (run.surface == Surface::Trail || run.surface == Surface::Sand ||
        run.surface == Surface::Grass) {
        return Stream::Trail;
    }
    if (run.surface == Surface::Mixed && run.hilly) return Stream::Trail;
    return Stream::Road;
}

PairDraft newDraft(DemoRandom& random, Stream stream, bool inUse) {
    PairDraft pair;
    pair.stream = stream;
    pair.inUse = inUse;
    if (stream == Stream::Trail) {
        pair.limitMetres = 800'000;
        // The trail pair in use can be anywhere in its life.
        pair.targetMetres = pair.limitMetres *
                            (inUse ? random.between(200, 700) : random.between(750, 1000)) / 1000;
        return pair;
    }
    if (inUse) {
        // Stops at the first run that reaches the target: 86–90% plus at most one run.
        pair.targetMetres = pair.limitMetres * random.between(860, 900) / 1000;
        return pair;
    }
    constexpr std::int64_t limits[] = {1'000'000, 800'000, 1'200'000};
    pair.limitMetres = limits[random.weighted({70, 15, 15})];
    pair.targetMetres = pair.limitMetres * random.between(780, 1020) / 1000;
    return pair;
}

// Hands the stream's runs to pairs from the newest run backwards.
std::vector<PairDraft> draftStream(DemoRandom& random, const std::vector<Run>& runs,
                                   Stream stream) {
    std::vector<PairDraft> pairs{newDraft(random, stream, true)};
    if (stream == Stream::Road) {
        // In a short, light history the pair in use would carry everything; let an older pair
        // carry the first 150 km (or a third) and the new one have run that before it was
        // logged, so there is always a retired pair.
        std::int64_t total = 0;
        for (const Run& run : runs) total += streamOf(run) == stream ? run.distance.metres() : 0;
        pairs.back().wearMetres = pairs.back().targetMetres;
        pairs.back().targetMetres =
            std::min(pairs.back().targetMetres, std::max(total * 2 / 3, total - 150'000));
    }
    for (std::size_t i = runs.size(); i-- > 0;) {
        if (streamOf(runs[i]) != stream) continue;
        if (pairs.back().metres >= pairs.back().targetMetres) {
            pairs.push_back(newDraft(random, stream, false));
        }
        pairs.back().runs.push_back(i);
        pairs.back().metres += runs[i].distance.metres();
    }
    std::reverse(pairs.begin(), pairs.end());  // oldest first
    for (PairDraft& pair : pairs) std::reverse(pair.runs.begin(), pair.runs.end());
    return pairs;
}

// The old pair keeps every second one of the new pair's first runs: the new one is broken in
// gradually. The pair in use at the end is left alone so its wear stays as planned.
void overlapPairs(std::vector<PairDraft>& pairs) {
    for (std::size_t i = 1; i < pairs.size(); ++i) {
        PairDraft& older = pairs[i - 1];
        PairDraft& newer = pairs[i];
        if (newer.inUse && newer.stream == Stream::Road) continue;
        std::vector<std::size_t> kept;
        for (std::size_t k = 0; k < newer.runs.size(); ++k) {
            if (k < 6 && k % 2 == 1 && newer.runs.size() > 8) {
                older.runs.push_back(newer.runs[k]);
            } else {
                kept.push_back(newer.runs[k]);
            }
        }
        newer.runs = std::move(kept);
        std::sort(older.runs.begin(), older.runs.end());
    }
}

QString pairName(Stream stream, int number) {
    static const QStringList colours{
        QStringLiteral("blue"),  QStringLiteral("grey"),   QStringLiteral("red"),
        QStringLiteral("black"), QStringLiteral("orange"), QStringLiteral("white"),
        QStringLiteral("green"), QStringLiteral("yellow"),
    };
    const QString& colour = colours.at((number - 1) % colours.size());
    return stream == Stream::Road ? QStringLiteral("Road trainer %1 (%2)").arg(number).arg(colour)
                                  : QStringLiteral("Trail shoe %1 (%2)").arg(number).arg(colour);
}

Shoe finishPair(DemoRandom& random, const PairDraft& draft, const std::vector<Run>& runs,
                int number, bool first, QDate endDate) {
    Shoe shoe;
    shoe.name = pairName(draft.stream, number);
    shoe.limit = Distance::fromMetres(draft.limitMetres);
    std::int64_t metres = 0;
    for (const std::size_t run : draft.runs) metres += runs[run].distance.metres();
    const QDate firstRun =
        draft.runs.empty() ? endDate : runs[draft.runs.front()].start.localDate();
    // The first pair was already in use before the history begins.
    if (first && metres < draft.targetMetres) {
        shoe.startDistance = Distance::fromMetres((draft.targetMetres - metres) / 1000 * 1000);
        shoe.since = firstRun.addDays(-random.between(60, 200));
        shoe.notes = QStringLiteral("Already worn when the journal began");
    } else {
        shoe.since = firstRun.addDays(-random.between(0, 10));
    }
    if (metres < draft.wearMetres) {
        shoe.startDistance = Distance::fromMetres((draft.wearMetres - metres) / 1000 * 1000);
        shoe.notes = QStringLiteral("Used for a while before it was logged");
    }
    if (!draft.inUse) {
        const QDate lastRun = runs[draft.runs.back()].start.localDate();
        shoe.retiredOn = std::min(endDate, lastRun.addDays(random.between(0, 14)));
        if (random.percent(40)) shoe.notes = QStringLiteral("Retired: cushioning gone flat");
    }
    return shoe;
}

}  // namespace

std::vector<Shoe> assignShoes(DemoRandom& random, std::vector<Run>& runs, QDate endDate) {
    std::vector<PairDraft> drafts;
    for (const Stream stream : {Stream::Road, Stream::Trail}) {
        std::vector<PairDraft> pairs = draftStream(random, runs, stream);
        overlapPairs(pairs);
        for (PairDraft& pair : pairs) {
            if (!pair.runs.empty()) drafts.push_back(std::move(pair));
        }
    }
    // Ids in the order the pairs came into use.
    std::stable_sort(drafts.begin(), drafts.end(), [](const PairDraft& a, const PairDraft& b) {
        return a.runs.front() < b.runs.front();
    });
    std::vector<Shoe> shoes;
    int roadNumber = 0;
    int trailNumber = 0;
    for (const PairDraft& draft : drafts) {
        const bool road = draft.stream == Stream::Road;
        const int number = road ? ++roadNumber : ++trailNumber;
        shoes.push_back(finishPair(random, draft, runs, number, number == 1, endDate));
        shoes.back().id = ShoeId(static_cast<std::int64_t>(shoes.size()));
        for (const std::size_t run : draft.runs) runs[run].shoe = shoes.back().id;
    }
    return shoes;
}

}  // namespace stridelog::demo
