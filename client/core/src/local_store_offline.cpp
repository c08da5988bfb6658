// LocalStore: courses kept for offline use, and which content-store files each one uses.
#include <QDateTime>
#include <QSqlQuery>

#include "satchel/client/local_store.h"
#include "satchel/protocol/codec.h"
#include "sql_support.h"

namespace satchel::client {

using detail::bytes;
using detail::idText;
using detail::queryError;

namespace {

QString sourceText(OfflineSource source) {
    return source == OfflineSource::Archive ? QStringLiteral("archive") : QStringLiteral("server");
}

StoreResult<OfflineCourse> readCourse(const QSqlQuery& query) {
    // Columns: course_id, manifest, source, added_at_ms.
    const QByteArray text = query.value(1).toByteArray();
    auto manifest =
        decode<CourseManifest>({text.constData(), static_cast<std::size_t>(text.size())});
    if (!manifest) {
        return fail(StoreError{StoreError::Kind::Corrupt,
                               QStringLiteral("offline course %1: %2")
                                   .arg(query.value(0).toString(),
                                        QString::fromStdString(manifest.error().describe()))});
    }
    OfflineCourse course;
    course.manifest = std::move(*manifest);
    course.source = query.value(2).toString() == QLatin1String("archive") ? OfflineSource::Archive
                                                                          : OfflineSource::Server;
    course.addedAtMs = query.value(3).toLongLong();
    return course;
}

}  // namespace

StoreResult<void> LocalStore::saveOfflineCourse(const CourseManifest& manifest,
                                                OfflineSource source) {
    assertOwningThread();
    const QString courseId = idText(manifest.courseId);
    detail::Transaction txn(db_);
    if (!txn.begun())
        return txn.begun();
    QSqlQuery course(db_);
    course.prepare(QStringLiteral(
        "INSERT INTO offline_course (course_id, version, manifest, source, added_at_ms) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (course_id) DO UPDATE SET version = excluded.version, "
        "manifest = excluded.manifest, source = excluded.source"));
    course.addBindValue(courseId);
    course.addBindValue(static_cast<qint64>(manifest.version));
    course.addBindValue(bytes(encode(manifest)));
    course.addBindValue(sourceText(source));
    course.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!course.exec())
        return fail(queryError(QStringLiteral("saving offline course %1").arg(courseId), course));
    // The asset list is the new version's exactly: an older version's files are released.
    QSqlQuery clear(db_);
    clear.prepare(QStringLiteral("DELETE FROM offline_asset WHERE course_id = ?"));
    clear.addBindValue(courseId);
    if (!clear.exec())
        return fail(queryError(QStringLiteral("replacing assets of %1").arg(courseId), clear));
    QSqlQuery asset(db_);
    asset.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO offline_asset (course_id, sha256, size) VALUES (?, ?, ?)"));
    for (const Asset& a : manifest.assets) {
        asset.addBindValue(courseId);
        asset.addBindValue(QString::fromStdString(a.sha256));
        asset.addBindValue(static_cast<qint64>(a.size));
        if (!asset.exec())
            return fail(queryError(QStringLiteral("listing assets of %1").arg(courseId), asset));
    }
    return txn.commit();
}

StoreResult<std::optional<OfflineCourse>> LocalStore::offlineCourse(const Uuid& courseId) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.prepare(
        QStringLiteral("SELECT course_id, manifest, source, added_at_ms FROM offline_course "
                       "WHERE course_id = ?"));
    query.addBindValue(idText(courseId));
    if (!query.exec())
        return fail(queryError(QStringLiteral("reading offline course"), query));
    if (!query.next())
        return std::optional<OfflineCourse>{};
    auto course = readCourse(query);
    if (!course)
        return fail(course.error());
    return std::optional<OfflineCourse>(std::move(*course));
}

StoreResult<std::vector<OfflineCourse>> LocalStore::offlineCourses() {
    assertOwningThread();
    QSqlQuery query(db_);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT course_id, manifest, source, added_at_ms "
                                   "FROM offline_course ORDER BY added_at_ms, course_id")))
        return fail(queryError(QStringLiteral("listing offline courses"), query));
    std::vector<OfflineCourse> out;
    while (query.next()) {
        auto course = readCourse(query);
        if (!course)
            return fail(course.error());
        out.push_back(std::move(*course));
    }
    return out;
}

StoreResult<std::vector<std::string>> LocalStore::removeOfflineCourse(const Uuid& courseId) {
    assertOwningThread();
    const QString id = idText(courseId);
    detail::Transaction txn(db_);
    if (!txn.begun())
        return fail(txn.begun().error());
    // The course's assets that no other course lists: decided inside the transaction, so a
    // course saved concurrently by another connection either sees the rows or waits.
    QSqlQuery orphans(db_);
    orphans.setForwardOnly(true);
    orphans.prepare(QStringLiteral(
        "SELECT sha256 FROM offline_asset AS mine WHERE mine.course_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM offline_asset AS other WHERE other.sha256 = mine.sha256 "
        "AND other.course_id <> mine.course_id) ORDER BY sha256"));
    orphans.addBindValue(id);
    if (!orphans.exec())
        return fail(queryError(QStringLiteral("finding assets only %1 uses").arg(id), orphans));
    std::vector<std::string> out;
    while (orphans.next())
        out.push_back(orphans.value(0).toString().toStdString());
    for (const char* sql : {"DELETE FROM offline_asset WHERE course_id = ?",
                            "DELETE FROM offline_course WHERE course_id = ?"}) {
        QSqlQuery remove(db_);
        remove.prepare(QLatin1String(sql));
        remove.addBindValue(id);
        if (!remove.exec())
            return fail(queryError(QStringLiteral("removing offline course %1").arg(id), remove));
    }
    if (auto committed = txn.commit(); !committed)
        return fail(committed.error());
    return out;
}

StoreResult<bool> LocalStore::assetInUse(const std::string& sha256) {
    assertOwningThread();
    QSqlQuery query(db_);
    query.prepare(QStringLiteral("SELECT 1 FROM offline_asset WHERE sha256 = ? LIMIT 1"));
    query.addBindValue(QString::fromStdString(sha256));
    if (!query.exec())
        return fail(queryError(QStringLiteral("checking asset use"), query));
    return query.next();
}

}  // namespace satchel::client
