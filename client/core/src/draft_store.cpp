#include "satchel/client/draft_store.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QSqlQuery>

#include "satchel/client/draft_codec.h"
#include "satchel/client/local_store.h"
#include "satchel/protocol/codec.h"
#include "sql_support.h"

namespace satchel::client {

using detail::idText;
using detail::queryError;

// Every statement below names the owner in its WHERE clause (or, for an insert, its values):
// that is the whole of the isolation between accounts, so none may be written without it.

StoreResult<std::unique_ptr<DraftStore>> DraftStore::open(const QString& path, DraftOwner owner) {
    if (owner.server.isEmpty() || owner.account.isNil())
        return fail(StoreError{
            StoreError::Kind::Invalid,
            QStringLiteral("drafts opened without an account (server '%1')").arg(owner.server)});
    auto local = LocalStore::open(path);
    if (!local)
        return fail(local.error());
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("satchel-drafts-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<DraftStore> store(new DraftStore(std::move(*local), name, std::move(owner)));
    store->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    store->db_.setDatabaseName(path);
    store->db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!store->db_.open())
        return fail(StoreError{StoreError::Kind::Open,
                               QStringLiteral("%1: %2").arg(path, store->db_.lastError().text())});
    return store;
}

DraftStore::DraftStore(std::unique_ptr<LocalStore> local, QString connectionName, DraftOwner owner)
    : local_(std::move(local)),
      connectionName_(std::move(connectionName)),
      owner_(std::move(owner)) {}

DraftStore::~DraftStore() {
    if (db_.isValid())
        db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName_);
}

StoreError DraftStore::notFound(const Uuid& id) const {
    return StoreError{StoreError::Kind::NotFound,
                      QStringLiteral("no draft %1 of account %2 on %3")
                          .arg(idText(id), idText(owner_.account), owner_.server)};
}

StoreResult<int> DraftStore::claimUnowned() {
    QSqlQuery query(db_);
    query.prepare(
        QStringLiteral("UPDATE course_draft SET owner_server = ?, owner_account = ? "
                       "WHERE owner_server IS NULL AND owner_account IS NULL"));
    query.addBindValue(owner_.server);
    query.addBindValue(idText(owner_.account));
    if (!query.exec())
        return fail(queryError(QStringLiteral("claiming drafts with no owner for %1 on %2")
                                   .arg(idText(owner_.account), owner_.server),
                               query));
    return query.numRowsAffected();
}

StoreResult<void> DraftStore::save(CourseDraft& draft) {
    const std::int64_t before = draft.updatedAtMs;
    draft.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db_);
    // The update branch runs only over the owner's own row: an id held by anybody else is
    // left as it is, and no row changes.
    query.prepare(QStringLiteral(
        "INSERT INTO course_draft (id, owner_server, owner_account, title, payload, "
        "updated_at_ms) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, payload = excluded.payload, "
        "updated_at_ms = excluded.updated_at_ms "
        "WHERE course_draft.owner_server = excluded.owner_server "
        "AND course_draft.owner_account = excluded.owner_account"));
    query.addBindValue(idText(draft.id));
    query.addBindValue(owner_.server);
    query.addBindValue(idText(owner_.account));
    query.addBindValue(QString::fromStdString(draft.title));
    // Bound as text so SQLite's json_extract can read it (list()).
    query.addBindValue(QString::fromStdString(encodeDraft(draft)));
    query.addBindValue(static_cast<qint64>(draft.updatedAtMs));
    if (!query.exec()) {
        draft.updatedAtMs = before;
        return fail(queryError(QStringLiteral("saving draft %1").arg(idText(draft.id)), query));
    }
    if (query.numRowsAffected() == 0) {
        draft.updatedAtMs = before;
        return fail(notFound(draft.id));
    }
    return {};
}

StoreResult<CourseDraft> DraftStore::load(const Uuid& id) {
    QSqlQuery query(db_);
    query.prepare(
        QStringLiteral("SELECT payload FROM course_draft "
                       "WHERE id = ? AND owner_server = ? AND owner_account = ?"));
    query.addBindValue(idText(id));
    query.addBindValue(owner_.server);
    query.addBindValue(idText(owner_.account));
    if (!query.exec())
        return fail(queryError(QStringLiteral("loading draft %1").arg(idText(id)), query));
    if (!query.next())
        return fail(notFound(id));
    const QByteArray payload = query.value(0).toString().toUtf8();
    auto draft = decodeDraft({payload.constData(), static_cast<std::size_t>(payload.size())});
    if (!draft)
        return fail(StoreError{
            StoreError::Kind::Corrupt,
            QStringLiteral("draft %1: %2").arg(idText(id), QString::fromStdString(draft.error()))});
    return std::move(*draft);
}

StoreResult<std::vector<DraftSummary>> DraftStore::list() {
    QSqlQuery query(db_);
    // The published version is read from the JSON itself so the list needs no second column.
    query.prepare(QStringLiteral(
        "SELECT id, title, updated_at_ms, json_extract(payload, '$.lastPublished.version') "
        "FROM course_draft WHERE owner_server = ? AND owner_account = ? "
        "ORDER BY updated_at_ms DESC, id"));
    query.addBindValue(owner_.server);
    query.addBindValue(idText(owner_.account));
    if (!query.exec())
        return fail(queryError(QStringLiteral("listing drafts"), query));
    std::vector<DraftSummary> out;
    while (query.next()) {
        auto id = Uuid::parse(query.value(0).toString().toStdString());
        if (!id)
            return fail(StoreError{StoreError::Kind::Corrupt,
                                   QStringLiteral("draft id %1").arg(query.value(0).toString())});
        DraftSummary summary{*id, query.value(1).toString().toStdString(),
                             query.value(2).toLongLong(), std::nullopt};
        if (!query.value(3).isNull())
            summary.publishedVersion = query.value(3).toUInt();
        out.push_back(std::move(summary));
    }
    return out;
}

StoreResult<void> DraftStore::remove(const Uuid& id) {
    QSqlQuery query(db_);
    query.prepare(QStringLiteral(
        "DELETE FROM course_draft WHERE id = ? AND owner_server = ? AND owner_account = ?"));
    query.addBindValue(idText(id));
    query.addBindValue(owner_.server);
    query.addBindValue(idText(owner_.account));
    if (!query.exec())
        return fail(queryError(QStringLiteral("removing draft %1").arg(idText(id)), query));
    if (query.numRowsAffected() == 0)
        return fail(notFound(id));
    return {};
}

}  // namespace satchel::client
