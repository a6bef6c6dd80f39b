// SPDX-License-Identifier: GPL-3.0-or-later
// A small driver for tests/benchmarks/import/run-benchmark.sh until `stridelog-cli import`
// exists: imports the given files and folders into the journal at JOURNAL and prints one line
// of counts, so the script can time the importer end to end (reading, journal writes).

#include "core/store/journal.h"
#include "core/workflows/importer.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: stridelog_import_bench JOURNAL FILE_OR_FOLDER...\n");
        return 1;
    }
    auto journal = stridelog::Journal::open(args.front());
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.error().message));
        return 3;
    }
    const stridelog::ImportReport report = stridelog::importFiles(**journal, args.mid(1));
    using stridelog::ImportStatus;
    std::printf("imported %d duplicate %d skipped %d error %d\n",
                report.count(ImportStatus::Imported), report.count(ImportStatus::Duplicate),
                report.count(ImportStatus::Skipped), report.count(ImportStatus::Error));
    for (const auto& result : report.results) {
        if (result.status == ImportStatus::Error)
            std::fprintf(stderr, "%s\n", qPrintable(result.message));
    }
    return report.count(ImportStatus::Error) == 0 ? 0 : 2;
}
