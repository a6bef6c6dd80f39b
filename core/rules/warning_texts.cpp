// SPDX-License-Identifier: GPL-3.0-or-later
// The wording of every warning (see warning_texts.h). Advice comes from the seed articles'
// practical advice (RULES.md, "Advice text"); sources name the seed or the study and carry
// the evidence note RULES.md gives, so the user can judge the rule.
#include "warning_texts.h"
#include "core/i18n/contexts.h"
#include "core/i18n/locale_text.h"

#include "source_names.h"

#include "core/model/duration_text.h"
#include "core/model/entry_words.h"
#include "core/model/unit_text.h"

#include <algorithm>

namespace stridelog::texts {
namespace {

// The seeds' practical advice, in the words the warnings share.
QString coolKnee() {
    return WarningWords::tr(
        "rest and cool the knee (ice wrapped in cloth, at most about 20 minutes, several times a "
        "day)");
}
QString raiseLeg() {
    return WarningWords::tr("raise the leg if it is swollen");
}
QString crossTrain() {
    return WarningWords::tr("swap running for swimming, cycling or the elliptical while it heals");
}
QString warmUp() {
    return WarningWords::tr("warm up 5–10 minutes before each run");
}
QString surfaces() {
    return WarningWords::tr("choose flat, soft surfaces over asphalt and rough or downhill trails");
}

QString percentText(double percent, int decimals = 1) {
    return WarningWords::tr("%1%").arg(i18n::number(percent, decimals));
}

QString weekName(QDate weekStart, bool isAsOfWeek) {
    if (isAsOfWeek) return WarningWords::tr("This week");
    return WarningWords::tr("The week of %1").arg(i18n::date(weekStart));
}

QString dateText(Instant instant) {
    return i18n::date(instant.localDate());
}

// A median of an even count can end in .5; whole numbers print without decimals.
QString spmText(double spm) {
    return i18n::number(spm, spm == static_cast<double>(static_cast<int>(spm)) ? 0 : 1);
}

// A percentage over a limit must not read as the limit itself: more decimals when one
// would round down to it.
QString overPercentText(double percent, int limitPct) {
    for (int decimals = 1; decimals < 3; ++decimals) {
        if (QString::number(percent, 'f', decimals).toDouble() > limitPct) {
            return percentText(percent, decimals);
        }
    }
    return percentText(percent, 3);
}

QString distanceText(Distance distance, UnitSystem units, int decimals) {
    return UnitText::reading(units).distance(distance, decimals);
}

// Likewise a volume just over its limit: "24.21 km" rather than two equal "24.2 km".
QString distanceAbove(Distance value, Distance limit, UnitSystem units) {
    for (int decimals = 1; decimals < 3; ++decimals) {
        if (distanceText(value, units, decimals) != distanceText(limit, units, decimals)) {
            return distanceText(value, units, decimals);
        }
    }
    return distanceText(value, units, 3);
}

// Sources name a seed article by its title and kind and a study by its first author, year and
// journal (RULES.md, "Naming a source"); quotations from an article stay in quotes.
QString gradualSource() {
    return WarningWords::tr(
               "%1: \"Increase your running volume gradually, each week by no more than 10% "
               "compared to "
               "the previous one\". Evidence note: the one randomised trial of the 10% rule (Buist "
               "2008, "
               "American Journal of Sports Medicine) found no protective effect; bigger jumps "
               "(more than "
               "30% over two weeks) were linked to knee-type overuse injuries in novices (Nielsen "
               "2014, "
               "Journal of Orthopaedic & Sports Physical Therapy).")
        .arg(sources::seedArticle(1, sources::Case::Sentence));
}

QString shoeSource() {
    return WarningWords::
        tr("%1: \"sneakers need to be changed after 1000 kilometers. However, be critical of these "
           "characteristics\". Evidence note: no study ties a mileage to injury; shoes lose "
           "cushioning mostly early on; the limit is about wear and comfort, so you set it per "
           "pair.")
            .arg(sources::seedArticle(1, sources::Case::Sentence));
}

QString stagesSource() {
    return WarningWords::
        tr("%1: the four stages of overuse pain, from pain only on long runs or when accelerating "
           "to "
           "pain that does not go away; they match the published Blazina and Nirschl overuse pain "
           "scales.")
            .arg(sources::seedArticle(1, sources::Case::Sentence));
}

QString toleranceSource() {
    return WarningWords::tr(
               "%1: \"Should I tolerate knee pain?\" (adaptation pain versus pain at one "
               "point of one knee).")
        .arg(sources::seedArticle(1, sources::Case::Sentence));
}

// R4's band is a code in JSON; in a sentence it is a word of the user's language.
QString bandText(const QString& band) {
    if (band == QLatin1String("large")) return WarningWords::tr("large");
    if (band == QLatin1String("moderate")) return WarningWords::tr("moderate");
    return WarningWords::tr("small");
}

}  // namespace

QString formatDistance(Distance distance, UnitSystem units) {
    return distanceText(distance, units, 1);
}

QString kneeAndSite(const PainEntry& pain) {
    return QStringLiteral("%1, %2").arg(words::warning(pain.knee), words::warning(pain.site));
}

WarningTexts weeklyIncrease(const WeeklyIncreaseFacts& facts) {
    const double pct =
        (static_cast<double>(facts.volume.metres()) / static_cast<double>(facts.base.metres()) -
         1.0) *
        100.0;
    const QString compared = facts.afterMissedWeek
                                 ? WarningWords::tr("the %1 of the week before the missed week")
                                       .arg(formatDistance(facts.base, facts.units))
                                 : WarningWords::tr("the previous week's %1")
                                       .arg(formatDistance(facts.base, facts.units));
    return {
        WarningWords::tr("%1: %2, %3 over %4; the limit is %5.")
            .arg(weekName(facts.weekStart, facts.isAsOfWeek),
                 distanceAbove(facts.volume, facts.limit, facts.units),
                 overPercentText(pct, facts.increasePct), compared,
                 formatDistance(facts.limit, facts.units)),
        WarningWords::tr("Hold your volume at or under the limit and raise it by no more than %1% "
                         "a week; %2, and %3.")
            .arg(QString::number(facts.increasePct), warmUp(), surfaces()),
        gradualSource(),
    };
}

WarningTexts comebackVolume(const ComebackFacts& facts) {
    const QString gap = facts.emptyWeeks > 0
                            ? WarningWords::tr("after %1 empty weeks").arg(facts.emptyWeeks)
                            : WarningWords::tr("after a break for knee pain");
    const Distance normal = Distance::fromMetres(facts.normalSum.metres() / 4);
    return {
        WarningWords::tr("%1: %2 %3; a comeback week should stay within %4% of your normal %5 a "
                         "week, %6.")
            .arg(weekName(facts.weekStart, facts.isAsOfWeek),
                 distanceAbove(facts.volume, facts.limit, facts.units), gap,
                 QString::number(facts.comebackPct), formatDistance(normal, facts.units),
                 formatDistance(facts.limit, facts.units)),
        WarningWords::tr("Start again at about %1% of your normal volume and build up gradually; "
                         "leave out accelerations and hills at first, and %2.")
            .arg(QString::number(facts.comebackPct), warmUp()),
        WarningWords::tr("%1: \"You should start running at about 30% of your normal volume\" "
                         "after a break.")
            .arg(sources::seedArticle(1, sources::Case::Sentence)),
    };
}

WarningTexts shoeSoon(const Shoe& shoe, const ShoeWear& wear, UnitSystem units) {
    return {
        WarningWords::tr("%1 has %2, %3 of its %4 limit.")
            .arg(shoe.name, formatDistance(wear.distance, units), percentText(wear.percent, 0),
                 formatDistance(shoe.limit, units)),
        WarningWords::tr("Plan a replacement pair; check the sole and heel for wear and lost "
                         "cushioning, and change the pair once it loses its shape."),
        shoeSource(),
    };
}

WarningTexts shoeReplace(const Shoe& shoe, const ShoeWear& wear, UnitSystem units) {
    return {
        WarningWords::tr("%1 has %2, %3 of its %4 limit.")
            .arg(shoe.name, formatDistance(wear.distance, units), percentText(wear.percent, 0),
                 formatDistance(shoe.limit, units)),
        WarningWords::tr("Replace the pair: worn shoes that no longer fit or support your foot "
                         "are a common source of knee trouble."),
        shoeSource(),
    };
}

WarningTexts shoeRotation(const Shoe& shoe, int runs) {
    return {
        WarningWords::tr("All %1 runs of the last 8 weeks were in %2.").arg(runs).arg(shoe.name),
        WarningWords::tr("Consider alternating two or more pairs."),
        WarningWords::tr("Malisoux 2015, Scandinavian Journal of Medicine & Science in Sports: "
                         "runners who alternated pairs had about 39% fewer injuries."),
    };
}

WarningTexts runSpike(const SpikeFacts& facts, const QString& band) {
    return {
        WarningWords::tr("The %1 run on %2 was %3 longer than your longest run of the 30 days "
                         "before it (%4): a %5 spike.")
            .arg(formatDistance(facts.distance, facts.units), i18n::date(facts.day),
                 overPercentText(facts.percent, 10), formatDistance(facts.longest, facts.units),
                 bandText(band)),
        WarningWords::tr("Lengthen your longest run in small steps rather than one jump; %1, and "
                         "%2.")
            .arg(warmUp(), surfaces()),
        WarningWords::tr("Frandsen et al., BJSM 2025 (5,205 runners): a run more than 10% longer "
                         "than the longest of the 30 days before raised the injury hazard, about "
                         "1.6× for 10–30%, 1.5× for 30–100% and 2.3× above 100%."),
    };
}

WarningTexts painStage(const PainEntry& pain, const PainAssessment& assessment) {
    const QString advice[] = {
        WarningWords::tr("Keep training but watch it: drop accelerations and your longest runs "
                         "until it stays away, and %1.")
            .arg(warmUp()),
        WarningWords::tr("Cut your volume and intensity, leave out hills, and %1.").arg(coolKnee()),
        WarningWords::tr("Stop running until you have been pain-free for 1–2 days; %1; %2, and "
                         "%3.")
            .arg(crossTrain(), coolKnee(), raiseLeg()),
        WarningWords::tr("Stop running and see a doctor; until then %1, and %2.")
            .arg(coolKnee(), raiseLeg()),
    };
    const int stage = std::clamp(assessment.stage, 1, 4);
    return {
        WarningWords::tr("Pain in %1 (%2/10) from %3 has lasted %4: stage %5 of 4.")
            .arg(kneeAndSite(pain), QString::number(pain.intensity), dateText(pain.start),
                 formatPainDuration(assessment.duration), QString::number(stage)),
        advice[stage - 1],
        stagesSource(),
    };
}

WarningTexts painAdaptation(const PainEntry& pain, const PainAssessment& assessment) {
    return {
        WarningWords::tr("Diffuse pain in both knees from %1, %2 so far, looks like adaptation "
                         "pain.")
            .arg(dateText(pain.start), formatPainDuration(assessment.duration)),
        WarningWords::tr(
            "This pain is tolerable while your joints adapt; it should be gone within "
            "24–48 h. If it lasts longer, or swells, locks or turns sharp, treat it as "
            "overuse pain."),
        toleranceSource(),
    };
}

WarningTexts painPoint(const PainEntry& pain, const LocationHint& hint) {
    return {
        WarningWords::tr("Pain at one point of %1 (%2/10) from %3: commonly associated with %4 — "
                         "discuss with a clinician.")
            .arg(kneeAndSite(pain), QString::number(pain.intensity), dateText(pain.start),
                 hint.condition),
        WarningWords::tr("One-sided pain at a point should not be run through: %1, and %2.")
            .arg(coolKnee(), crossTrain()),
        toleranceSource(),
    };
}

QString doctorReason(DoctorReason reason) {
    switch (reason) {
        case DoctorReason::SwellingOrLocking:
            return WarningWords::tr("swelling or locking for 3 days or more");
        case DoctorReason::TwoWeeks:
            return WarningWords::tr("pain for 2 weeks or more");
        case DoctorReason::Sharp:
            return WarningWords::tr("sharp pain inside the knee or along the joint line");
        case DoctorReason::StageFour:
            return WarningWords::tr("stage 4 pain that does not go away");
        case DoctorReason::Behind:
            return WarningWords::tr("pain behind the knee");
    }
    return {};
}

WarningTexts seeDoctor(const PainEntry& pain, const QStringList& reasons, Severity severity) {
    const QString advice =
        severity == Severity::Stop
            ? WarningWords::tr(
                  "Stop running and have the knee examined by a doctor; until then "
                  "%1, and %2.")
                  .arg(coolKnee(), raiseLeg())
            : WarningWords::tr(
                  "Have the knee examined by a doctor: nagging pain behind the knee "
                  "has many possible causes that are hard to tell apart yourself.");
    return {
        WarningWords::tr("Pain in %1 from %2 is a reason to see a doctor: %3.")
            .arg(kneeAndSite(pain), dateText(pain.start), reasons.join(QStringLiteral("; "))),
        advice,
        WarningWords::tr("%1: swelling or locking that persists after three days of rest, pain "
                         "that persists after two weeks, and sharp pain inside the knee or along "
                         "the joint lines are signs of a more serious injury; %2: nagging pain "
                         "behind the knee is a reason to consult a doctor.")
            .arg(sources::seedArticle(3, sources::Case::Sentence),
                 sources::seedArticle(1, sources::Case::Inline)),
    };
}

WarningTexts painWorsening(int followed, int runs, int firstIntensity, int lastIntensity) {
    return {
        WarningWords::tr("Pain followed %1 of your last %2 runs and grew from %3/10 to %4/10.")
            .arg(followed)
            .arg(runs)
            .arg(firstIntensity)
            .arg(lastIntensity),
        WarningWords::tr("See a doctor: pain after almost every run that slowly but steadily grows "
                         "is typical of inflammation. Meanwhile cut back, and %1.")
            .arg(coolKnee()),
        WarningWords::tr("%1: be wary \"if pain in the knee joint occurs after almost every run, "
                         "and their severity slowly but steadily increases\".")
            .arg(sources::seedArticle(0, sources::Case::Sentence)),
    };
}

WarningTexts painHigh(const PainEntry& pain) {
    return {
        WarningWords::tr("Pain in %1 on %2 was %3/10, above 5/10.")
            .arg(kneeAndSite(pain), dateText(pain.start), QString::number(pain.intensity)),
        WarningWords::tr("The load was too high: reduce it until pain stays at or below 5/10 and "
                         "settles by the next morning; meanwhile %1.")
            .arg(coolKnee()),
        WarningWords::tr("Pain-monitoring model (Silbernagel 2007, American Journal of Sports "
                         "Medicine; Thomeé 1997 for patellofemoral pain): pain up to 5/10 that "
                         "settles by the next morning is acceptable."),
    };
}

WarningTexts painPattern(const PainPatternFacts& facts) {
    const auto share = [](int part, int whole) {
        return percentText(whole > 0 ? 100.0 * part / whole : 0.0, 0);
    };
    return {
        WarningWords::tr("Pain followed %1 of %2 %3 (%4) and %5 of %6 other runs (%7) in the last "
                         "180 days.")
            .arg(QString::number(facts.followed), QString::number(facts.runs), facts.runsLabel,
                 share(facts.followed, facts.runs), QString::number(facts.otherFollowed),
                 QString::number(facts.otherRuns), share(facts.otherFollowed, facts.otherRuns)),
        WarningWords::tr("Try doing less of it for a few weeks and see whether the pain follows; "
                         "%1, and keep your shoes in good shape.")
            .arg(surfaces()),
        WarningWords::tr("What the knee-pain articles say of surface, terrain and shoes (%1). A "
                         "pattern in your own journal, not proof of a cause.")
            .arg(sources::allSeedArticles()),
    };
}

QString hillyRunsLabel(bool hilly) {
    return hilly ? WarningWords::tr("hilly runs") : WarningWords::tr("runs not marked hilly");
}

QString shoeRunsLabel(const QString& shoeName) {
    return WarningWords::tr("runs in %1").arg(shoeName);
}

WarningTexts cadenceLow(double median, int runs, int minimumSpm, int targetLow, int targetHigh) {
    return {
        WarningWords::tr("Your median cadence over %1 runs of the last 28 days is %2 steps per "
                         "minute, below %3.")
            .arg(QString::number(runs), spmText(median), QString::number(minimumSpm)),
        WarningWords::tr("Raise your step rate by 5–10%, to %1–%2 steps per minute, over the "
                         "coming weeks: shorter, quicker steps keep your feet from landing ahead "
                         "of you.")
            .arg(targetLow)
            .arg(targetHigh),
        WarningWords::tr("%1: below 160 steps per minute, increase it by 5 to 10 percent. "
                         "Evidence note: +5–10% over one's own step rate lowers knee load "
                         "(Heiderscheit 2011, Medicine & Science in Sports & Exercise; Lenhart "
                         "2014, same journal); evidence for pain relief is limited.")
            .arg(sources::seedArticle(3, sources::Case::Sentence)),
    };
}

WarningTexts acwrHigh(double acuteKm, double chronicKm, double acwr, UnitSystem units) {
    return {
        WarningWords::tr("Your recent load (%1 %4 a day) is %2 times your longer-term load (%3 %4 "
                         "a day).")
            .arg(i18n::number(kmIn(acuteKm, units), 1), i18n::number(acwr, 2),
                 i18n::number(kmIn(chronicKm, units), 1), unitSymbol(units)),
        WarningWords::tr("Let the coming days be easier rather than adding more; build up "
                         "gradually."),
        WarningWords::tr("Acute:chronic workload ratio (Williams et al., BJSM 2017; Gabbett 2016, "
                         "BJSM). "
                         "Evidence note: a team-sport measure; in runners it has not predicted "
                         "injury (Frandsen 2025), so it is shown for information only."),
    };
}

WarningTexts riskProfile(double bodyWeightKg) {
    return {
        WarningWords::tr("Your body weight of %1 kg is above 90 kg, one of the risk zones for "
                         "knee trouble in runners.")
            .arg(QString::number(bodyWeightKg, 'g', 4)),
        WarningWords::tr("Progress more gradually than the limits allow; %1, and %2.")
            .arg(warmUp(), surfaces()),
        WarningWords::tr("%1, \"Risk zones\": people with high weight, more than 90 kilograms.")
            .arg(sources::seedArticle(1, sources::Case::Sentence)),
    };
}

}  // namespace stridelog::texts

namespace stridelog {

Warning makeWarning(QString code, Severity severity, WarningSubject subject,
                    std::int64_t sortUtcSeconds, WarningTexts texts) {
    Warning warning;
    warning.code = std::move(code);
    warning.severity = severity;
    warning.subject = subject;
    warning.message = std::move(texts.message);
    warning.advice = std::move(texts.advice);
    warning.source = std::move(texts.source);
    warning.sortUtcSeconds = sortUtcSeconds;
    return warning;
}

}  // namespace stridelog
