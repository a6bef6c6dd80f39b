// SPDX-License-Identifier: GPL-3.0-or-later
#include "sha256.h"

#include <QByteArray>

#ifdef STRIDELOG_HAVE_LIBCRYPTO
#include <openssl/evp.h>

#include <memory>
#else
#include <QCryptographicHash>
#endif

namespace stridelog {
namespace {

constexpr qint64 kChunkBytes = 1 << 16;

Expected<QString> readError(const QIODevice& device) {
    return fail(QStringLiteral("cannot read it: %1").arg(device.errorString()));
}

}  // namespace

#ifdef STRIDELOG_HAVE_LIBCRYPTO

Expected<QString> sha256Hex(QIODevice& device) {
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return fail(QStringLiteral("cannot compute its SHA-256"));
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device.read(chunk.data(), kChunkBytes);
        if (read < 0) return readError(device);
        if (read == 0) break;
        EVP_DigestUpdate(context.get(), chunk.constData(), static_cast<std::size_t>(read));
    }
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char*>(digest.data()), &size) !=
        1)
        return fail(QStringLiteral("cannot compute its SHA-256"));
    digest.truncate(static_cast<qsizetype>(size));
    return QString::fromLatin1(digest.toHex());
}

#else

Expected<QString> sha256Hex(QIODevice& device) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&device)) return readError(device);
    return QString::fromLatin1(hash.result().toHex());
}

#endif

}  // namespace stridelog
