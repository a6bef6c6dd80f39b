// SPDX-License-Identifier: GPL-3.0-or-later
// The file digest behind the `sha256:` source key: the standard SHA-256, whichever library
// computes it, across the chunk boundary of the reading loop.

#include "core/io/import/sha256.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QCryptographicHash>

namespace stridelog {
namespace {

QString digestOf(const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    auto hash = sha256Hex(buffer);
    EXPECT_TRUE(hash.hasValue());
    return hash ? *hash : QString();
}

TEST(Sha256, KnownDigests) {
    // FIPS 180-2, appendix B.1, and the digest of no bytes.
    EXPECT_EQ(digestOf("abc"),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(digestOf({}),
              QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

TEST(Sha256, SameAsQCryptographicHashOverManyChunks) {
    QByteArray bytes;
    for (int i = 0; i < 300000; ++i) bytes.append(static_cast<char>(i * 7 % 251));
    EXPECT_EQ(
        digestOf(bytes),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

}  // namespace
}  // namespace stridelog
