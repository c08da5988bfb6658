// LocalStore: the catalog kept for offline starts, in the meta table as the server's own JSON
// (shared's codec).
#include <QSqlQuery>

#include "satchel/client/local_store.h"
#include "satchel/protocol/codec.h"
#include "sql_support.h"

namespace satchel::client {

using detail::queryError;

namespace {
const QString kCatalogKey = QStringLiteral("cache.catalog");
}  // namespace

StoreResult<void> LocalStore::saveCatalog(const CatalogResponse& catalog) {
    assertOwningThread();
    return writeMeta(kCatalogKey, QString::fromStdString(encode(catalog)));
}

StoreResult<std::optional<CatalogResponse>> LocalStore::cachedCatalog() {
    assertOwningThread();
    auto text = readMeta(kCatalogKey);
    if (!text)
        return fail(text.error());
    if (!text->has_value())
        return std::optional<CatalogResponse>{};
    auto decoded = decode<CatalogResponse>(**text);
    if (!decoded) {
        return fail(StoreError{StoreError::Kind::Corrupt,
                               QStringLiteral("cached catalog: ") +
                                   QString::fromStdString(decoded.error().describe())});
    }
    return std::optional<CatalogResponse>(std::move(*decoded));
}

StoreResult<void> LocalStore::clearCachedCatalog() {
    assertOwningThread();
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    query.addBindValue(kCatalogKey);
    if (!query.exec())
        return fail(queryError(QStringLiteral("clearing the cached catalog"), query));
    return {};
}

}  // namespace satchel::client
