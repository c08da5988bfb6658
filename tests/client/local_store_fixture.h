#pragma once
// Helpers for LocalStore suites: a temp folder with a database path, event makers, and a raw
// QtSql connection for looking under the store's feet (schema version, injected failures).

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <boost/test/unit_test.hpp>
#include <memory>

#include "satchel/client/local_store.h"
#include "satchel/testing/env.h"

namespace satchel {
// How Boost.Test prints ids and clocks in failed checks.
inline std::ostream& boost_test_print_type(std::ostream& os, const Uuid& id) {
    return os << id.toString();
}
inline std::ostream& boost_test_print_type(std::ostream& os, const Hlc& hlc) {
    return os << hlc.wallMillis << "." << hlc.counter;
}
}  // namespace satchel

namespace satchel::testing {

inline ProgressEvent watchedEvent(const Uuid& course, const Uuid& lesson, const Uuid& device,
                                  std::uint64_t wallMs, std::uint64_t startMs, std::uint64_t endMs,
                                  std::uint64_t durationMs = 600000) {
    ProgressEvent e;
    e.id = newUuidV7();
    e.courseId = course;
    e.lessonId = lesson;
    e.deviceId = device;
    e.hlc = Hlc{wallMs, 0};
    e.kind = ProgressKind::Watched;
    e.startMs = startMs;
    e.endMs = endMs;
    e.durationMs = durationMs;
    return e;
}

struct StoreDir {
    TempDir dir{"satchel-store"};
    QString path = QString::fromStdString((dir / "local.sqlite").string());

    std::unique_ptr<client::LocalStore> open(int schemaVersion = 0) {
        auto store = client::LocalStore::open(path, {.schemaVersion = schemaVersion});
        BOOST_REQUIRE_MESSAGE(
            store.ok(),
            "open failed: " << (store.ok() ? std::string() : store.error().message.toStdString()));
        return std::move(*store);
    }
};

// A raw connection to the same file, closed and unregistered when it goes away.
class RawConnection {
public:
    explicit RawConnection(const QString& path)
        : name_(QUuid::createUuid().toString(QUuid::Id128)) {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        db.setDatabaseName(path);
        BOOST_REQUIRE(db.open());
    }
    ~RawConnection() {
        QSqlDatabase::database(name_).close();
        QSqlDatabase::removeDatabase(name_);
    }
    // Runs `sql`; returns the first column of the first row (or an empty variant).
    QVariant exec(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(name_));
        BOOST_REQUIRE_MESSAGE(q.exec(sql), sql.toStdString()
                                               << ": " << q.lastError().text().toStdString());
        return q.next() ? q.value(0) : QVariant();
    }
    // Runs `sql`; false when SQLite refuses it (a constraint that must hold, say).
    bool tryExec(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(name_));
        return q.exec(sql);
    }

private:
    QString name_;
};

}  // namespace satchel::testing
