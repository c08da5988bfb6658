#include "satchel/client/offline_library.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include "satchel/package.h"

namespace satchel::client {

QString toString(LibraryError::Kind kind) {
    switch (kind) {
        case LibraryError::Kind::Archive:
            return QStringLiteral("archive");
        case LibraryError::Kind::Store:
            return QStringLiteral("store");
        case LibraryError::Kind::Disk:
            break;
    }
    return QStringLiteral("disk");
}

namespace {

LibraryError storeError(const StoreError& error) {
    return {LibraryError::Kind::Store, error.message};
}

}  // namespace

OfflineLibrary::OfflineLibrary(LocalStore& store, QString contentRoot)
    : store_(store), root_(std::move(contentRoot)) {}

QString OfflineLibrary::assetPath(const std::string& sha256) const {
    return QDir(root_).filePath(QStringLiteral("sha256/") + QString::fromStdString(sha256));
}

bool OfflineLibrary::hasAsset(const std::string& sha256) const {
    return QFileInfo::exists(assetPath(sha256));
}

std::vector<Asset> OfflineLibrary::missingAssets(const CourseManifest& manifest) const {
    std::vector<Asset> out;
    for (const Asset& asset : manifest.assets)
        if (!hasAsset(asset.sha256))
            out.push_back(asset);
    return out;
}

LibraryResult<CourseManifest> OfflineLibrary::importArchive(const QString& archivePath) {
    if (!QDir().mkpath(QDir(root_).filePath(QStringLiteral("sha256"))))
        return fail(
            LibraryError{LibraryError::Kind::Disk,
                         QStringLiteral("cannot create the content store in %1").arg(root_)});
    // Staged beside the store: the moves below are renames on one file system, never copies.
    QTemporaryDir staging(QDir(root_).filePath(QStringLiteral("import-XXXXXX")));
    if (!staging.isValid())
        return fail(LibraryError{LibraryError::Kind::Disk, staging.errorString()});
    auto extracted = extractCourseArchive(archivePath.toStdString(), staging.path().toStdString());
    if (!extracted)
        return fail(LibraryError{LibraryError::Kind::Archive,
                                 QString::fromStdString(extracted.error().describe())});
    for (const Asset& asset : extracted->manifest.assets) {
        const QString from = QString::fromStdString((extracted->assetDir / asset.sha256).string());
        const QString to = assetPath(asset.sha256);
        if (QFileInfo::exists(to))
            continue;  // verified when it arrived; the same name means the same bytes
        if (!QFile::rename(from, to))
            return fail(LibraryError{LibraryError::Kind::Disk,
                                     QStringLiteral("cannot move %1 into the store").arg(from)});
    }
    if (auto saved = store_.saveOfflineCourse(extracted->manifest, OfflineSource::Archive); !saved)
        return fail(storeError(saved.error()));
    return std::move(extracted->manifest);
}

LibraryResult<RemovedCourse> OfflineLibrary::removeCourse(const Uuid& courseId) {
    auto course = store_.offlineCourse(courseId);
    if (!course)
        return fail(storeError(course.error()));
    if (!course->has_value())
        return RemovedCourse{};
    auto orphans = store_.removeOfflineCourse(courseId);
    if (!orphans)
        return fail(storeError(orphans.error()));
    RemovedCourse removed;
    removed.filesKept = (*course)->manifest.assets.size() - orphans->size();
    for (const std::string& sha256 : *orphans) {
        const QString path = assetPath(sha256);
        const qint64 size = QFileInfo(path).size();
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return fail(LibraryError{LibraryError::Kind::Disk,
                                     QStringLiteral("cannot delete %1").arg(path)});
        removed.bytesFreed += static_cast<std::uint64_t>(std::max<qint64>(0, size));
        ++removed.filesDeleted;
    }
    return removed;
}

}  // namespace satchel::client
