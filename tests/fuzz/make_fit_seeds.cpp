// SPDX-License-Identifier: GPL-3.0-or-later
// Writes FIT seed files for the FIT fuzzer into the folder given as the first argument, made
// by the tests' FIT writer: little- and big-endian, compressed timestamps, a cycling session.

#include "tests/core/import/fit_writer.h"

#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_fit_seeds FOLDER\n");
        return 1;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    const struct {
        const char* name;
        QByteArray bytes;
    } seeds[] = {
        {"little.fit", stridelog::test::runningActivityFit(false)},
        {"big.fit", stridelog::test::runningActivityFit(true)},
        {"compressed.fit", stridelog::test::runningActivityFit(false, true)},
        {"cycling.fit", stridelog::test::runningActivityFit(false, false, 2)},
        {"power_on_later.fit",
         stridelog::test::powerOnActivityFit(stridelog::test::PowerOnDate::LaterMessage)},
        {"power_on_local.fit",
         stridelog::test::powerOnActivityFit(stridelog::test::PowerOnDate::ActivityLocalTime)},
    };
    for (const auto& seed : seeds) {
        QFile file(dir.filePath(QString::fromLatin1(seed.name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(seed.bytes) != seed.bytes.size())
            return 1;
    }
    return 0;
}
