// LocalStore: the roles of the account signed in to a server, kept for offline starts (in the
// meta table, one row per server). Not a secret: the session itself (the refresh token) lives
// in the keychain only; this only lets the app show an instructor's tools before the server
// has answered who the user is.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "satchel/client/local_store.h"
#include "sql_support.h"

namespace satchel::client {

using detail::queryError;

namespace {
QString keyFor(const QString& account) {
    return QStringLiteral("account.roles:") + account;
}
}  // namespace

StoreResult<void> LocalStore::saveAccountRoles(const QString& account, const AccountRoles& roles) {
    assertOwningThread();
    QJsonArray names;
    for (const Role role : roles.roles)
        names.append(QString::fromUtf8(toString(role).data(),
                                       static_cast<qsizetype>(toString(role).size())));
    const QJsonObject value{
        {QStringLiteral("userId"), QString::fromStdString(roles.userId.toString())},
        {QStringLiteral("roles"), names}};
    return writeMeta(keyFor(account),
                     QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

StoreResult<std::optional<AccountRoles>> LocalStore::accountRoles(const QString& account) {
    assertOwningThread();
    auto text = readMeta(keyFor(account));
    if (!text)
        return fail(text.error());
    if (!text->has_value())
        return std::optional<AccountRoles>{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(**text));
    const auto corrupt = [&](const char* what) {
        return fail(StoreError{
            StoreError::Kind::Corrupt,
            QStringLiteral("cached roles of %1: %2").arg(account, QString::fromLatin1(what))});
    };
    if (!doc.isObject())
        return corrupt("not a JSON object");
    AccountRoles out;
    const auto id = Uuid::parse(doc[QStringLiteral("userId")].toString().toStdString());
    if (!id)
        return corrupt("userId is not a UUID");
    out.userId = *id;
    for (const QJsonValue name : doc[QStringLiteral("roles")].toArray()) {
        const auto role = parseRole(name.toString().toStdString());
        if (!role)
            return corrupt("unknown role");
        out.roles.push_back(*role);
    }
    return std::optional<AccountRoles>(std::move(out));
}

StoreResult<void> LocalStore::forgetAccountRoles(const QString& account) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    query.addBindValue(keyFor(account));
    if (!query.exec())
        return fail(queryError(QStringLiteral("forgetting the cached roles of ") + account, query));
    return {};
}

}  // namespace satchel::client
