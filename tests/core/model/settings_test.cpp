// SPDX-License-Identifier: GPL-3.0-or-later
// CLI.md "Settings": every key by its CLI name, its default, and the values it refuses.

#include "core/model/settings.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

QString valueAfterAssign(const char* key, const char* value) {
    Settings settings;
    const QString name = QString::fromLatin1(key);
    const auto error = SettingsKeys::assign(settings, name, QString::fromUtf8(value));
    EXPECT_FALSE(error.has_value()) << key << " " << value;
    return SettingsKeys::valueOf(settings, name);
}

QString refusal(const char* key, const char* value) {
    Settings settings;
    const auto error =
        SettingsKeys::assign(settings, QString::fromLatin1(key), QString::fromUtf8(value));
    EXPECT_TRUE(error.has_value()) << key << " " << value;
    EXPECT_EQ(settings, Settings()) << "a refused value must change nothing";
    return error.value_or(QString());
}

TEST(SettingsKeys, AreTheKeysOfCliMdInOrder) {
    EXPECT_EQ(SettingsKeys::all(),
              QStringList({QStringLiteral("week_start"), QStringLiteral("weekly_increase_pct"),
                           QStringLiteral("comeback_pct"), QStringLiteral("shoe_limit_km"),
                           QStringLiteral("cadence_min_spm"), QStringLiteral("body_weight_kg"),
                           QStringLiteral("units")}));
}

TEST(SettingsKeys, DefaultsAreThoseOfRulesMd) {
    const Settings defaults;
    const QStringList expected{QStringLiteral("monday"), QStringLiteral("10"),
                               QStringLiteral("30"),     QStringLiteral("1000"),
                               QStringLiteral("160"),    QStringLiteral("null"),
                               QStringLiteral("km")};
    const QStringList keys = SettingsKeys::all();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        EXPECT_EQ(SettingsKeys::valueOf(defaults, keys[i]), expected[i]) << keys[i].toStdString();
    }
}

TEST(SettingsKeys, EveryKeyCanBeSetAndReadBack) {
    EXPECT_EQ(valueAfterAssign("week_start", "sunday"), QStringLiteral("sunday"));
    EXPECT_EQ(valueAfterAssign("week_start", "monday"), QStringLiteral("monday"));
    EXPECT_EQ(valueAfterAssign("weekly_increase_pct", "15"), QStringLiteral("15"));
    EXPECT_EQ(valueAfterAssign("comeback_pct", "40"), QStringLiteral("40"));
    EXPECT_EQ(valueAfterAssign("shoe_limit_km", "800"), QStringLiteral("800"));
    EXPECT_EQ(valueAfterAssign("cadence_min_spm", "165"), QStringLiteral("165"));
    EXPECT_EQ(valueAfterAssign("body_weight_kg", "72.5"), QStringLiteral("72.5"));
    EXPECT_EQ(valueAfterAssign("body_weight_kg", "null"), QStringLiteral("null"));
    EXPECT_EQ(valueAfterAssign("units", "mi"), QStringLiteral("mi"));
}

TEST(SettingsKeys, WeeklyIncreaseFrom5To50) {
    EXPECT_EQ(valueAfterAssign("weekly_increase_pct", "5"), QStringLiteral("5"));
    EXPECT_EQ(valueAfterAssign("weekly_increase_pct", "50"), QStringLiteral("50"));
    EXPECT_TRUE(refusal("weekly_increase_pct", "4").contains(QLatin1String("from 5 to 50")));
    EXPECT_TRUE(refusal("weekly_increase_pct", "51").contains(QLatin1String("from 5 to 50")));
    EXPECT_TRUE(refusal("weekly_increase_pct", "ten").contains(QLatin1String("from 5 to 50")));
}

TEST(SettingsKeys, BadValuesAreRefusedNamingWhatIsAccepted) {
    EXPECT_TRUE(refusal("week_start", "tuesday").contains(QLatin1String("monday or sunday")));
    EXPECT_TRUE(refusal("comeback_pct", "9").contains(QLatin1String("from 10 to 100")));
    EXPECT_TRUE(refusal("shoe_limit_km", "99").contains(QLatin1String("from 100 to 5000")));
    EXPECT_TRUE(refusal("cadence_min_spm", "261").contains(QLatin1String("from 60 to 260")));
    EXPECT_TRUE(refusal("body_weight_kg", "heavy").contains(QLatin1String("from 20 to 400")));
    EXPECT_TRUE(refusal("units", "yards").contains(QLatin1String("km or mi")));
}

TEST(SettingsKeys, AnUnknownKeyListsTheKnownOnes) {
    const QString message = refusal("colour", "blue");
    EXPECT_TRUE(message.contains(QLatin1String("week_start, weekly_increase_pct")));
}

TEST(SettingsKeys, AnUnknownKeyReadsAsEmpty) {
    EXPECT_EQ(SettingsKeys::valueOf(Settings(), QStringLiteral("colour")), QString());
}

}  // namespace
}  // namespace stridelog
