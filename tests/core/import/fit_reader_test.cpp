// SPDX-License-Identifier: GPL-3.0-or-later
#include "fit_writer.h"
#include "import_test_support.h"

#include "core/io/import/fit_decoder.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

using test::FitWriter;
using test::runningActivityFit;

ParsedActivity readFitBytes(const QByteArray& bytes) {
    const auto read = test::readBytes(bytes, ActivityFormat::Fit);
    EXPECT_TRUE(read.hasValue()) << (read ? std::string() : read.error().toStdString());
    if (!read || read->size() != 1) return {};
    return read->front();
}

QString fitError(const QByteArray& bytes) {
    const auto read = test::readBytes(bytes, ActivityFormat::Fit);
    EXPECT_FALSE(read.hasValue());
    return read ? QString() : read.error();
}

TEST(FitCrc, MatchesTheProtocolsCheckValue) {
    // CRC-16/ARC of "123456789" is 0xBB3D; FIT's nibble-table CRC is that algorithm.
    const QByteArray text("123456789");
    EXPECT_EQ(fitCrc16(std::span<const std::uint8_t>(
                  reinterpret_cast<const std::uint8_t*>(text.constData()), 9)),
              0xBB3D);
}

TEST(FitReader, SessionTotalsAreTheRun) {
    const ParsedActivity run = readFitBytes(runningActivityFit());
    EXPECT_TRUE(run.isRun);
    EXPECT_EQ(run.source, RunSource::Fit);
    EXPECT_DOUBLE_EQ(run.distanceMetres, 1000.0);
    EXPECT_DOUBLE_EQ(run.timerSeconds, 250.5);
    EXPECT_DOUBLE_EQ(run.elapsedSeconds, 300.0);
    EXPECT_EQ(run.averageHeartRate, 150.0);
    EXPECT_EQ(run.averageCadence, 171.0);  // (85 + 64/128) per foot, doubled
    EXPECT_EQ(run.pointCount, 5);
    EXPECT_EQ(run.positionCount, 5);
    EXPECT_EQ(run.lapCount, 1);
    EXPECT_EQ(run.activityId, QStringLiteral("12345-%1").arg(test::fitTime(2024, 6, 1, 5, 0, 0)));
}

TEST(FitReader, LocalTimestampGivesTheWatchesOffset) {
    const ParsedActivity run = readFitBytes(runningActivityFit());
    ASSERT_TRUE(run.start);
    EXPECT_EQ(run.start->utcOffsetSeconds(), 7200);
    EXPECT_EQ(run.start->toLocalIsoString(), QStringLiteral("2024-06-01T07:00:00"));
}

TEST(FitReader, BigEndianGivesTheSameRun) {
    const ParsedActivity little = readFitBytes(runningActivityFit(false));
    const ParsedActivity big = readFitBytes(runningActivityFit(true));
    EXPECT_EQ(big.distanceMetres, little.distanceMetres);
    EXPECT_EQ(big.timerSeconds, little.timerSeconds);
    EXPECT_EQ(big.averageHeartRate, little.averageHeartRate);
    EXPECT_EQ(big.start, little.start);
    EXPECT_EQ(big.pointCount, 5);
}

TEST(FitReader, CompressedTimestampHeadersAreDecoded) {
    const ParsedActivity run = readFitBytes(runningActivityFit(false, true));
    EXPECT_EQ(run.pointCount, 5);
    EXPECT_EQ(run.positionCount, 5);
    EXPECT_DOUBLE_EQ(run.distanceMetres, 1000.0);
}

TEST(FitReader, CyclingSessionIsNotARun) {
    const ParsedActivity ride = readFitBytes(runningActivityFit(false, false, 2));
    EXPECT_FALSE(ride.isRun);
    EXPECT_EQ(ride.sport, QStringLiteral("cycling"));
}

TEST(FitReader, TreadmillSubSportSetsTheSurface) {
    EXPECT_EQ(readFitBytes(runningActivityFit(false, false, 1, 1)).surface, Surface::Treadmill);
    EXPECT_EQ(readFitBytes(runningActivityFit(false, false, 1, 3)).surface, Surface::Trail);
}

TEST(FitReader, RecordsAloneMakeARunPausedByTimerEvents) {
    const std::uint32_t start = test::fitTime(2024, 6, 2, 6, 0, 0);
    FitWriter fit;
    for (std::uint32_t i = 0; i < 4; ++i) {
        const double lat = 50.0 + 0.001 * i;
        const std::vector<test::FitValue> record{
            {253, 0x86, start + 60 * i + (i >= 2 ? 600u : 0u)},
            {0, 0x85,
             static_cast<std::uint32_t>(static_cast<std::int32_t>(lat / 180 * 2147483648.0))},
            {1, 0x85,
             static_cast<std::uint32_t>(static_cast<std::int32_t>(8.0 / 180 * 2147483648.0))},
            {3, 0x02, 255}};  // heart rate "invalid" on every record
        if (i == 0)
            fit.message(0, 20, record);
        else
            fit.data(0, record);
        if (i == 1) fit.message(1, 21, {{253, 0x86, start + 70}, {0, 0x00, 0}, {1, 0x00, 1}});
    }
    const ParsedActivity run = readFitBytes(fit.file());
    EXPECT_TRUE(run.isRun);
    EXPECT_NEAR(run.distanceMetres, 2 * 111.195, 0.01);  // not across the pause
    EXPECT_DOUBLE_EQ(run.timerSeconds, 120.0);
    EXPECT_FALSE(run.averageHeartRate);
}

TEST(FitReader, ChainedFilesAreEachRead) {
    const auto read =
        test::readBytes(runningActivityFit() + runningActivityFit(true), ActivityFormat::Fit);
    ASSERT_TRUE(read.hasValue());
    EXPECT_EQ(read->size(), 2u);
}

TEST(FitDecoder, AFlippedChecksumByteIsAnError) {
    QByteArray fit = runningActivityFit();
    fit[fit.size() - 1] = static_cast<char>(fit[fit.size() - 1] ^ 0x01);
    EXPECT_TRUE(fitError(fit).contains(QLatin1String("checksum")));
    // Said in words a runner understands.
    EXPECT_EQ(fitError(fit), QStringLiteral("the file is damaged: its checksum does not match"));
}

TEST(FitDecoder, AFlippedDataByteIsAnError) {
    QByteArray fit = runningActivityFit();
    fit[40] = static_cast<char>(fit[40] ^ 0x10);
    EXPECT_FALSE(test::readBytes(fit, ActivityFormat::Fit).hasValue());
}

TEST(FitDecoder, EveryTruncationIsAnErrorNotACrash) {
    const QByteArray fit = runningActivityFit();
    for (qsizetype length = 0; length < fit.size(); ++length)
        EXPECT_FALSE(test::readBytes(fit.left(length), ActivityFormat::Fit).hasValue()) << length;
    EXPECT_TRUE(fitError(fit.left(fit.size() - 10)).contains(QLatin1String("ends early")));
}

TEST(FitDecoder, AHeaderSizeOfZeroIsNotAFitFile) {
    QByteArray fit = runningActivityFit();
    fit[0] = '\0';
    EXPECT_TRUE(fitError(fit).contains(QLatin1String("not a FIT file")));
}

TEST(FitDecoder, AHugeDeclaredDataSizeIsTruncationNotAnAllocation) {
    QByteArray fit = runningActivityFit();
    fit[4] = fit[5] = fit[6] = fit[7] = '\xff';
    fit[12] = fit[13] = '\0';  // header CRC "not set"
    EXPECT_FALSE(test::readBytes(fit, ActivityFormat::Fit).hasValue());
}

TEST(FitDecoder, DataForAnUndefinedLocalTypeIsAnError) {
    FitWriter fit;
    fit.raw(QByteArray("\x05\x01\x02", 3));
    EXPECT_TRUE(fitError(fit.file()).contains(QLatin1String("not defined")));
}

TEST(FitDecoder, ABadByteOrderInADefinitionIsAnError) {
    FitWriter fit;
    fit.raw(QByteArray("\x40\x00\x07\x14\x00\x00", 6));
    // In words, not "a definition gives byte order 7".
    EXPECT_TRUE(fitError(fit.file()).startsWith(QLatin1String("the file is damaged: ")));
    EXPECT_FALSE(fitError(fit.file()).contains(QLatin1String("byte order")));
}

TEST(FitDecoder, ARecordRunningPastTheDataSectionIsAnError) {
    FitWriter fit;
    fit.raw(QByteArray("\x40\x00\x00\x14\x00\x01\x03\xff\x02", 9));  // a 255-byte field
    fit.raw(QByteArray("\x00\x01", 2));
    EXPECT_FALSE(test::readBytes(fit.file(), ActivityFormat::Fit).hasValue());
}

}  // namespace
}  // namespace stridelog
