// SPDX-License-Identifier: GPL-3.0-or-later
// The driver of run-views-benchmark.sh:
//   views_bench journal PATH YEARS [--no-tracks]   a demo history of YEARS years, every run
//                                        with a track (one point a second for its whole
//                                        duration); prints runs, hours and bytes per hour
//   views_bench fit DIR N                N FIT activity files of 30 minutes at one point a second
//   views_bench import PATH DIR [--no-tracks]   imports DIR, keeping tracks or not
//   views_bench open-run PATH N          opens N run pages in the app's window (offscreen) and
//                                        prints the median milliseconds to a drawn page
//   views_bench look PATH PAGE ID WxH OUT.png [dark]   the window at that size on PAGE (run,
//                                        shoe, knee, calendar, or runs with ID the search typed),
//                                        in a dark palette if asked, grabbed, to look at the layout

#include "app/gui/main_window.h"
#include "app/gui/pages/entry_table_page.h"
#include "app/gui/pages/run_page.h"

#include "core/demo/demo_history.h"
#include "core/model/clock.h"
#include "core/model/track_codec.h"
#include "core/store/journal.h"
#include "core/workflows/importer.h"

#include "tests/core/import/fit_writer.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <random>

namespace stridelog {
namespace {

QTextStream out(stdout);

Track syntheticTrack(const Run& run, std::mt19937& random) {
    std::normal_distribution<double> jitter(0.0, 1.0);
    Track track;
    const auto seconds = run.duration.seconds();
    const double speed = static_cast<double>(run.distance.metres()) / static_cast<double>(seconds);
    double lat = 59.9, lon = 10.7, heading = 0, metres = 0, altitude = 50;
    for (std::int64_t s = 0; s <= seconds; ++s) {
        heading += 0.02 * jitter(random);
        const double step = speed * (1 + 0.05 * jitter(random));
        metres += step;
        lat += step * std::cos(heading) / 111'195.0;
        lon += step * std::sin(heading) / 55'800.0;
        altitude += 0.3 * jitter(random);
        TrackSample sample;
        sample.seconds = static_cast<double>(s);
        sample.metres = metres;
        sample.latitude = lat;
        sample.longitude = lon;
        sample.altitude = altitude;
        sample.heartRate = std::round(150 + 5 * jitter(random));
        sample.cadence = std::round(170 + 2 * jitter(random));
        track.samples.push_back(sample);
    }
    for (double at = 1000; at < metres; at += 1000)
        track.laps.push_back({1000, 1000 / speed, 150.0});
    return track;
}

int makeJournal(const QString& path, int years, bool withTracks) {
    auto journal = Journal::open(path);
    if (!journal) return 2;
    DemoOptions options;
    options.years = years;
    options.endDate = QDate(2026, 11, 21);
    options.tracks = false;  // every run gets the one-a-second track below
    JournalSnapshot history = generateDemoHistory(options);
    std::mt19937 random(11);
    double hours = 0, bytes = 0;
    for (const Run& run : history.runs) {
        StoredTrack stored{run.id, encodeTrack(syntheticTrack(run, random))};
        hours += run.duration.hours();
        bytes += static_cast<double>(stored.data.size());
        if (withTracks) history.tracks.push_back(std::move(stored));
    }
    if (auto done = (*journal)->insertAll(history); !done) {
        out << "error: " << done.error().message << '\n';
        return 2;
    }
    out << "runs " << history.runs.size() << "\nhours " << hours << "\nbytes_per_hour "
        << bytes / hours << '\n';
    return 0;
}

int makeFit(const QString& dir, int count) {
    QDir().mkpath(dir);
    for (int i = 0; i < count; ++i) {
        const std::uint32_t start =
            test::fitTime(2024, 1, 1, 6, 0, 0) + static_cast<std::uint32_t>(i) * 86'400;
        test::FitWriter fit;
        fit.message(0, 0,
                    {{0, 0x00, 4}, {3, 0x8C, 1000u + static_cast<unsigned>(i)}, {4, 0x86, start}});
        for (std::uint32_t s = 0; s < 1800; ++s) {
            const double lat = 50.0 + s * 3.0 / 111'195.0;
            const std::vector<test::FitValue> record{
                {253, 0x86, start + s},
                {0, 0x85,
                 static_cast<std::uint32_t>(static_cast<std::int32_t>(lat / 180.0 * 2147483648.0))},
                {1, 0x85,
                 static_cast<std::uint32_t>(static_cast<std::int32_t>(8.0 / 180.0 * 2147483648.0))},
                {5, 0x86, s * 300},
                {3, 0x02, 150 + s % 7},
                {4, 0x02, 85}};
            if (s == 0)
                fit.message(1, 20, record);
            else
                fit.data(1, record);
        }
        fit.message(2, 18,
                    {{253, 0x86, start + 1800},
                     {2, 0x86, start},
                     {5, 0x00, 1},
                     {7, 0x86, 1'800'000},
                     {8, 0x86, 1'800'000},
                     {9, 0x86, 540'000}});
        QFile file(QStringLiteral("%1/run-%2.fit").arg(dir).arg(i, 4, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly)) return 2;
        file.write(fit.file());
    }
    return 0;
}

int importFolder(const QString& path, const QString& dir, bool keepTracks) {
    auto journal = Journal::open(path);
    if (!journal) return 2;
    ImportOptions options;
    options.keepTracks = keepTracks;
    const ImportReport report = importFiles(**journal, {dir}, options);
    out << "imported " << report.count(ImportStatus::Imported) << '\n';
    return report.count(ImportStatus::Imported) > 0 ? 0 : 1;
}

int openRuns(int argc, char** argv, const QString& path, int count) {
    QApplication app(argc, argv);
    auto journal = Journal::open(path);
    if (!journal) return 2;
    const FixedClock clock(Instant::fromLocal(QDate(2026, 11, 21), QTime(12, 0)));
    auto session = std::make_unique<gui::JournalSession>(std::move(journal).value(), clock);
    const std::vector<Run> runs = session->evaluation().journal.runs;
    gui::MainWindow window(std::move(session), clock);
    window.setCheckInEnabled(false);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    std::vector<double> times;
    std::mt19937 random(5);
    for (int i = 0; i < count; ++i) {
        const Run& run = runs[random() % runs.size()];
        QElapsedTimer timer;
        timer.start();
        gui::RunPage* page = window.showRun(run.id.value());
        page->repaint();  // drawn, charts included
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    out << "open_run_median_ms " << times[times.size() / 2] << "\nopen_run_max_ms " << times.back()
        << '\n';
    return 0;
}

int look(int argc, char** argv, const QStringList& args) {
    QApplication app(argc, argv);
    if (args.size() == 7 && args[6] == QLatin1String("dark")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(role, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
        QApplication::setPalette(dark);
    }
    auto journal = Journal::open(args[1]);
    if (!journal) return 2;
    const FixedClock clock(Instant::fromLocal(QDate(2026, 11, 21), QTime(12, 0)));
    auto session = std::make_unique<gui::JournalSession>(std::move(journal).value(), clock);
    gui::MainWindow window(std::move(session), clock);
    window.setCheckInEnabled(false);
    const QStringList size = args[4].split(QLatin1Char('x'));
    window.resize(size[0].toInt(), size[1].toInt());
    window.show();
    if (args[2] == QLatin1String("run")) window.showRun(args[3].toLongLong());
    if (args[2] == QLatin1String("shoe")) window.showShoe(args[3].toLongLong());
    if (args[2] == QLatin1String("knee")) window.showPage(gui::Page::Knee);
    if (args[2] == QLatin1String("calendar")) window.showPage(gui::Page::Calendar);
    if (args[2] == QLatin1String("runs")) {
        // ID is the search typed, "-" for none, after the last three months are picked.
        window.showPage(gui::Page::Runs);
        auto* page = qobject_cast<gui::EntryTablePage*>(window.page(gui::Page::Runs));
        page->setDateRange(QDate(2026, 8, 21), QDate(2026, 11, 21));
        if (args[3] != QLatin1String("-"))
            page->findChild<QLineEdit*>(QStringLiteral("searchRuns"))->setText(args[3]);
    }
    for (int i = 0; i < 20; ++i) {
        QApplication::processEvents();
        QThread::msleep(50);
    }
    return window.grab().save(args[5]) ? 0 : 1;
}

}  // namespace
}  // namespace stridelog

int main(int argc, char** argv) {
    using namespace stridelog;
    QCoreApplication* core = nullptr;
    const QStringList args = [&] {
        QStringList list;
        for (int i = 1; i < argc; ++i) list << QString::fromLocal8Bit(argv[i]);
        return list;
    }();
    if ((args.size() == 6 || args.size() == 7) && args[0] == QLatin1String("look"))
        return look(argc, argv, args);
    if (args.size() >= 3 && args[0] == QLatin1String("open-run"))
        return openRuns(argc, argv, args[1], args[2].toInt());
    core = new QCoreApplication(argc, argv);
    int result = 1;
    if (args.size() >= 3 && args[0] == QLatin1String("journal")) {
        result =
            makeJournal(args[1], args[2].toInt(), !args.contains(QStringLiteral("--no-tracks")));
    } else if (args.size() == 3 && args[0] == QLatin1String("fit")) {
        result = makeFit(args[1], args[2].toInt());
    } else if (args.size() >= 3 && args[0] == QLatin1String("import")) {
        result = importFolder(args[1], args[2], !args.contains(QStringLiteral("--no-tracks")));
    } else {
        QTextStream(stderr) << "usage: views_bench journal|fit|import|open-run ...\n";
    }
    delete core;
    return result;
}
