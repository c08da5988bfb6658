#include "satchel/client/local_store.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include "migrations.h"
#include "outbox_writer.h"
#include "sql_support.h"

namespace satchel::client {

using detail::execute;
using detail::queryError;

QString toString(StoreError::Kind kind) {
    switch (kind) {
        case StoreError::Kind::Open:
            return QStringLiteral("open");
        case StoreError::Kind::TooNew:
            return QStringLiteral("too-new");
        case StoreError::Kind::Migration:
            return QStringLiteral("migration");
        case StoreError::Kind::Corrupt:
            return QStringLiteral("corrupt");
        case StoreError::Kind::Invalid:
            return QStringLiteral("invalid");
        case StoreError::Kind::NotFound:
            return QStringLiteral("not-found");
        case StoreError::Kind::Query:
            break;
    }
    return QStringLiteral("query");
}

StoreResult<std::unique_ptr<LocalStore>> LocalStore::open(const QString& path,
                                                          const LocalStoreOptions& options) {
    // QtSql connections are registered by name; each LocalStore owns a unique one.
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("satchel-local-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<LocalStore> store(new LocalStore(path, name));

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(
            StoreError{StoreError::Kind::Open,
                       QStringLiteral("cannot create the folder %1").arg(info.absolutePath())});
    }
    if (auto configured = store->configure(options); !configured)
        return fail(configured.error());

    const int target =
        options.schemaVersion > 0 ? options.schemaVersion : detail::latestSchemaVersion();
    if (auto migrated = detail::migrate(store->db_, target); !migrated) {
        return fail(migrated.error());
    }
    auto version = detail::readSchemaVersion(store->db_);
    if (!version)
        return fail(version.error());
    store->schemaVersion_ = *version;
    if (auto identity = store->loadIdentity(); !identity)
        return fail(identity.error());
    return store;
}

LocalStore::LocalStore(QString path, QString connectionName)
    : path_(std::move(path)),
      connectionName_(std::move(connectionName)),
      thread_(QThread::currentThread()) {}

LocalStore::~LocalStore() {
    assertOwningThread();
    fastOutbox_.reset();  // finalizes its statement before the connection closes
    insertOutbox_.reset();
    selectLesson_.reset();
    upsertLesson_.reset();
    if (db_.isValid())
        db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName_);
}

void LocalStore::assertOwningThread() const {
    Q_ASSERT_X(QThread::currentThread() == thread_, "LocalStore",
               "used from a thread other than the one that opened it; open one per thread");
}

StoreResult<void> LocalStore::configure(const LocalStoreOptions& options) {
    db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
    db_.setDatabaseName(path_);
    db_.setConnectOptions(
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeout.count()));
    if (!db_.open()) {
        return fail(StoreError{StoreError::Kind::Open,
                               QStringLiteral("%1: %2").arg(path_, db_.lastError().text())});
    }
    // WAL: readers never block the writer; NORMAL sync is durable across app crashes.
    QSqlQuery wal(db_);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next() ||
        wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return fail(StoreError{StoreError::Kind::Open,
                               QStringLiteral("%1: WAL mode unavailable").arg(path_)});
    }
    for (const char* pragma : {"PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"}) {
        if (auto done = execute(db_, QLatin1String(pragma)); !done) {
            return fail(StoreError{StoreError::Kind::Open, done.error().message});
        }
    }
    return {};
}

StoreResult<std::optional<std::string>> LocalStore::readMeta(const QString& key) {
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return fail(queryError(QStringLiteral("reading meta ") + key, query));
    if (!query.next())
        return std::optional<std::string>{};
    return std::optional<std::string>(query.value(0).toString().toStdString());
}

StoreResult<void> LocalStore::writeMeta(const QString& key, const QString& value) {
    QSqlQuery query(db_);
    query.prepare(
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return fail(queryError(QStringLiteral("writing meta ") + key, query));
    return {};
}

StoreResult<void> LocalStore::loadIdentity() {
    auto device = readMeta(QStringLiteral("device_id"));
    if (!device)
        return fail(device.error());
    if (device->has_value()) {
        auto parsed = Uuid::parse(**device);
        if (!parsed) {
            return fail(StoreError{StoreError::Kind::Corrupt,
                                   QStringLiteral("meta device_id is not a UUID")});
        }
        deviceId_ = *parsed;
    } else {
        deviceId_ = newUuidV7();
        auto written =
            writeMeta(QStringLiteral("device_id"), QString::fromStdString(deviceId_.toString()));
        if (!written)
            return fail(written.error());
    }
    auto hlc = readMeta(QStringLiteral("last_hlc"));
    if (!hlc)
        return fail(hlc.error());
    if (hlc->has_value()) {
        bool ok = false;
        const quint64 packed = QString::fromStdString(**hlc).toULongLong(&ok);
        if (!ok) {
            return fail(StoreError{StoreError::Kind::Corrupt,
                                   QStringLiteral("meta last_hlc is not a number")});
        }
        lastHlc_ = Hlc::fromPacked(packed);
    }
    return {};
}

StoreResult<void> LocalStore::storeLastHlc(Hlc hlc) {
    if (hlc <= lastHlc_)
        return {};
    return writeMeta(QStringLiteral("last_hlc"), QString::number(hlc.packed()));
}

StoreResult<std::string> LocalStore::pullCursor() {
    assertOwningThread();
    auto cursor = readMeta(QStringLiteral("pull_cursor"));
    if (!cursor)
        return fail(cursor.error());
    return cursor->value_or(std::string{});
}

}  // namespace satchel::client
