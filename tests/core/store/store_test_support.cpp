// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace stridelog::test {

Run sampleRun(QDate day, std::int64_t metres) {
    Run run;
    run.start = Instant::fromLocal(day, QTime(7, 30));
    run.distance = Distance::fromMetres(metres);
    run.duration = Duration::fromSeconds(metres * 6 / 10);  // 6:00 min/km
    run.surface = Surface::Road;
    run.type = RunType::Easy;
    run.cadence = 168;
    return run;
}

Shoe sampleShoe(const QString& name) {
    Shoe shoe;
    shoe.name = name;
    shoe.since = QDate(2026, 1, 1);
    return shoe;
}

PainEntry samplePain(QDate day) {
    PainEntry pain;
    pain.start = Instant::fromLocal(day, QTime(18, 0));
    pain.end = pain.start.plusSeconds(6 * 3600);
    pain.knee = Knee::Right;
    pain.site = Site::Outside;
    pain.intensity = 4;
    pain.onset = Onset::Late;
    return pain;
}

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

namespace {

template <class Body>
void withConnection(const QString& path, Body&& body) {
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

}  // namespace

void runSql(const QString& path, const QString& script) {
    withConnection(path, [&](QSqlDatabase& db) {
        for (const QString& statement : script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty() ||
                statement.trimmed().startsWith(QLatin1String("--")))
                continue;
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(statement))
                << statement.toStdString() << ": " << query.lastError().text().toStdString();
        }
    });
}

qint64 queryInt(const QString& path, const QString& sql) {
    qint64 value = -1;
    withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(sql) && query.next()) << query.lastError().text().toStdString();
        value = query.value(0).toLongLong();
    });
    return value;
}

QByteArray readFixture(const QString& name) {
    QFile file(QStringLiteral(STRIDELOG_TEST_DATA_DIR "/") + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

}  // namespace stridelog::test
