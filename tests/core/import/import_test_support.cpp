// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_test_support.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace stridelog::test {

QString fixturePath(const QString& name) {
    return QStringLiteral(STRIDELOG_TEST_DATA_DIR "/import/") + name;
}

QByteArray fixtureBytes(const QString& name) {
    QFile file(fixturePath(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

QString samplesDir() {
    const QDir dir(QStringLiteral(STRIDELOG_SOURCE_DIR "/../shared/samples"));
    return dir.exists() ? dir.absolutePath() : QString();
}

Expected<ParsedActivities> readBytes(const QByteArray& bytes, ActivityFormat format) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readActivities(buffer, format);
}

ParsedActivity readOne(const QString& path) {
    auto file = readActivityFile(path);
    EXPECT_TRUE(file.hasValue()) << path.toStdString() << ": "
                                 << (file ? std::string() : file.error().toStdString());
    if (!file) return {};
    EXPECT_EQ(file->activities.size(), 1u) << path.toStdString();
    return file->activities.empty() ? ParsedActivity{} : file->activities.front();
}

QByteArray gzip(const QByteArray& bytes) {
    z_stream stream{};
    // 31 = 15 window bits + 16 for the gzip wrapper.
    EXPECT_EQ(deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY), Z_OK);
    QByteArray out(
        static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(bytes.size()))) + 64, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.constData()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

TempJournal::TempJournal() {
    OpenOptions options;
    options.clock = &todayClock();
    auto opened = Journal::open(dir_.filePath(QStringLiteral("journal.sqlite")), options);
    EXPECT_TRUE(opened.hasValue());
    if (opened) journal_ = std::move(opened).value();
}

QString TempJournal::write(const QString& name, const QByteArray& bytes) const {
    const QString path = dir_.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

}  // namespace stridelog::test
