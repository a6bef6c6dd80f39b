// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer entry point, compiled once per reader (STRIDELOG_FUZZ_GPX, _TCX, _FIT, _CSV,
// _GZIP). Any input must give activities or an error message: never a crash, a hang, a
// sanitizer report or a large allocation. The GPX one also holds the fast path to the full
// reader: whatever it answers, the full reader answers the same (gpx_fast_reader.h).

#include "core/io/import/activity_file.h"
#include "core/io/import/gpx_fast_reader.h"
#include "core/io/import/gpx_reader.h"
#include "core/io/import/gzip_device.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

namespace {

void readAs(const QByteArray& bytes, stridelog::ActivityFormat format) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto read = stridelog::readActivities(buffer, format);
    if (read) {
        for (const auto& activity : *read) (void)activity.distanceMetres;
    }
}

#if defined(STRIDELOG_FUZZ_GPX)
QByteArray summary(const stridelog::Expected<stridelog::ParsedActivities>& read) {
    if (!read) return read.error().toUtf8();
    QByteArray text;
    for (const auto& activity : *read) {
        text += activity.name.toUtf8() + '|' + activity.sport.toUtf8() + '|' +
                QByteArray::number(activity.distanceMetres, 'g', 17) + '|' +
                QByteArray::number(activity.timerSeconds, 'g', 17) + '|' +
                QByteArray::number(activity.pointCount) + '|' +
                QByteArray::number(static_cast<qsizetype>(activity.track.samples.size()));
        for (const auto& sample : activity.track.samples)
            text += ' ' + QByteArray::number(sample.metres, 'g', 17) + ',' +
                    QByteArray::number(sample.seconds, 'g', 17) + ',' +
                    QByteArray::number(sample.heartRate.value_or(-1), 'g', 17) + ',' +
                    QByteArray::number(sample.altitude.value_or(-1), 'g', 17);
        text += '\n';
    }
    return text;
}

void compareGpxPaths(const QByteArray& bytes) {
    QBuffer fast;
    fast.setData(bytes);
    fast.open(QIODevice::ReadOnly);
    const auto quick = stridelog::readGpxFast(fast);
    if (!quick) return;
    QBuffer full;
    full.setData(bytes);
    full.open(QIODevice::ReadOnly);
    if (summary(*quick) != summary(stridelog::readGpx(full))) __builtin_trap();
}
#endif

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
#if defined(STRIDELOG_FUZZ_GPX)
    readAs(bytes, stridelog::ActivityFormat::Gpx);
    compareGpxPaths(bytes);
#elif defined(STRIDELOG_FUZZ_TCX)
    readAs(bytes, stridelog::ActivityFormat::Tcx);
#elif defined(STRIDELOG_FUZZ_FIT)
    readAs(bytes, stridelog::ActivityFormat::Fit);
#elif defined(STRIDELOG_FUZZ_CSV)
    readAs(bytes, stridelog::ActivityFormat::StravaCsv);
    readAs(bytes, stridelog::ActivityFormat::GarminCsv);
    (void)stridelog::detectFormat(QStringLiteral("fuzz.csv"), bytes);
#elif defined(STRIDELOG_FUZZ_GZIP)
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    stridelog::GzipDevice gzip(buffer);
    if (gzip.open(QIODevice::ReadOnly)) {
        char chunk[4096];
        // A bomb is bounded by the time limit only; 64 MiB of output is plenty to test.
        qint64 total = 0;
        for (qint64 got = 0; (got = gzip.read(chunk, sizeof chunk)) > 0 && total < (64 << 20);)
            total += got;
    }
#endif
    return 0;
}
