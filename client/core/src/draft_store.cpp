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

StoreResult<std::unique_ptr<DraftStore>> DraftStore::open(const QString& path) {
    auto local = LocalStore::open(path);
    if (!local)
        return fail(local.error());
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("satchel-drafts-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<DraftStore> store(new DraftStore(std::move(*local), name));
    store->db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    store->db_.setDatabaseName(path);
    store->db_.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!store->db_.open())
        return fail(StoreError{StoreError::Kind::Open,
                               QStringLiteral("%1: %2").arg(path, store->db_.lastError().text())});
    return store;
}

DraftStore::DraftStore(std::unique_ptr<LocalStore> local, QString connectionName)
    : local_(std::move(local)), connectionName_(std::move(connectionName)) {}

DraftStore::~DraftStore() {
    if (db_.isValid())
        db_.close();
    db_ = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName_);
}

StoreResult<void> DraftStore::save(CourseDraft& draft) {
    draft.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db_);
    query.prepare(QStringLiteral(
        "INSERT INTO course_draft (id, title, payload, updated_at_ms) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, payload = excluded.payload, "
        "updated_at_ms = excluded.updated_at_ms"));
    query.addBindValue(idText(draft.id));
    query.addBindValue(QString::fromStdString(draft.title));
    // Bound as text so SQLite's json_extract can read it (list()).
    query.addBindValue(QString::fromStdString(encodeDraft(draft)));
    query.addBindValue(static_cast<qint64>(draft.updatedAtMs));
    if (!query.exec())
        return fail(queryError(QStringLiteral("saving draft %1").arg(idText(draft.id)), query));
    return {};
}

StoreResult<std::optional<CourseDraft>> DraftStore::load(const Uuid& id) {
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("SELECT payload FROM course_draft WHERE id = ?"));
    query.addBindValue(idText(id));
    if (!query.exec())
        return fail(queryError(QStringLiteral("loading draft %1").arg(idText(id)), query));
    if (!query.next())
        return std::optional<CourseDraft>();
    const QByteArray payload = query.value(0).toString().toUtf8();
    auto draft = decodeDraft({payload.constData(), static_cast<std::size_t>(payload.size())});
    if (!draft)
        return fail(StoreError{
            StoreError::Kind::Corrupt,
            QStringLiteral("draft %1: %2").arg(idText(id), QString::fromStdString(draft.error()))});
    return std::optional<CourseDraft>(std::move(*draft));
}

StoreResult<std::vector<DraftSummary>> DraftStore::list() {
    QSqlQuery query(db_);
    // The published version is read from the JSON itself so the list needs no second column.
    if (!query.exec(QStringLiteral(
            "SELECT id, title, updated_at_ms, json_extract(payload, '$.lastPublished.version') "
            "FROM course_draft ORDER BY updated_at_ms DESC, id")))
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
    query.prepare(QStringLiteral("DELETE FROM course_draft WHERE id = ?"));
    query.addBindValue(idText(id));
    if (!query.exec())
        return fail(queryError(QStringLiteral("removing draft %1").arg(idText(id)), query));
    return {};
}

}  // namespace satchel::client
