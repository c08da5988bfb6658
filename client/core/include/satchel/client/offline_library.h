#pragma once
// OfflineLibrary: the courses kept on this device and the content store their files live in.
//
// The content store is one folder shared by every course, each file named by its SHA-256:
// `<root>/sha256/<sha256>` — the layout DownloadManager writes (DownloadManager::finalPath),
// so both must be given the same root. A file under its final name is always verified.
// Which course uses which file is recorded in the LocalStore (saveOfflineCourse), so an asset
// two courses share is stored once and survives the removal of either course.
//
// Synchronous, on the LocalStore's thread: importing hashes every byte of the archive, so the
// app calls it from its store thread, never the UI thread.

#include <QString>
#include <cstdint>
#include <string>
#include <vector>

#include "satchel/client/local_store.h"
#include "satchel/model/course.h"
#include "satchel/result.h"

namespace satchel::client {

struct LibraryError {
    enum class Kind {
        Archive,  // the .satchel file is invalid (message has shared's PackageError)
        Store,    // the LocalStore failed
        Disk,     // a file could not be moved or deleted
    };
    Kind kind = Kind::Disk;
    QString message;  // for logs and the CLI
};
QString toString(LibraryError::Kind kind);  // "archive", "store", "disk"

template <class T>
using LibraryResult = Result<T, LibraryError>;

struct RemovedCourse {
    std::size_t filesDeleted = 0;  // assets no other course used
    std::size_t filesKept = 0;     // assets another offline course still lists
    std::uint64_t bytesFreed = 0;
};

class OfflineLibrary {
public:
    OfflineLibrary(LocalStore& store, QString contentRoot);

    const QString& contentRoot() const { return root_; }
    // Where the asset's verified bytes are (whether or not they are there yet).
    QString assetPath(const std::string& sha256) const;
    bool hasAsset(const std::string& sha256) const;
    // The manifest's assets not in the content store yet, in manifest order.
    std::vector<Asset> missingAssets(const CourseManifest& manifest) const;

    // Validates the archive with shared's reader (names, sizes, ratios, manifest, every
    // asset's SHA-256), extracts it into a staging folder inside the content root, moves each
    // asset into the store (one already there is kept: it was verified when it arrived) and
    // records the course as Archive. On failure the course is not recorded and the staging
    // folder is removed; assets moved in before the failure stay (verified, unreferenced).
    LibraryResult<CourseManifest> importArchive(const QString& archivePath);

    // Forgets the course and deletes the files no other offline course lists. Files that are
    // already gone count as deleted. A course that is not offline: nothing happens.
    LibraryResult<RemovedCourse> removeCourse(const Uuid& courseId);

private:
    LocalStore& store_;
    QString root_;
};

}  // namespace satchel::client
