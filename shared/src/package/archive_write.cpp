// Writing .satchel archives with libzip: manifest.json plus assets/<sha256>.
#include <zip.h>

#include <system_error>

#include "satchel/hash.h"
#include "satchel/package.h"
#include "satchel/protocol/codec.h"

namespace satchel {
namespace fs = std::filesystem;

namespace {

PackageError ioError(const fs::path& where, std::string message) {
    return PackageError{PackageErrorCode::Io, where.string(), std::move(message)};
}

// Media formats are compressed already; deflating them again only costs time.
bool alreadyCompressed(const std::string& mediaType) {
    return mediaType.starts_with("video/") || mediaType.starts_with("audio/") ||
           (mediaType.starts_with("image/") && mediaType != "image/svg+xml") ||
           mediaType == "application/zip" || mediaType == "application/pdf";
}

// Owns an open archive; discards it unless closed successfully.
class ZipWriter {
public:
    explicit ZipWriter(zip_t* archive) : archive_(archive) {}
    ~ZipWriter() {
        if (archive_ != nullptr)
            zip_discard(archive_);
    }
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    bool add(const std::string& name, zip_source_t* source, bool store) {
        if (source == nullptr)
            return false;
        zip_int64_t index = zip_file_add(archive_, name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return false;
        }
        return zip_set_file_compression(archive_, static_cast<zip_uint64_t>(index),
                                        store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) == 0;
    }
    bool close() {
        if (zip_close(archive_) != 0)
            return false;
        archive_ = nullptr;
        return true;
    }
    std::string lastError() const { return archive_ ? zip_strerror(archive_) : "unknown"; }
    zip_t* get() const { return archive_; }

private:
    zip_t* archive_;
};

}  // namespace

PackageResult<void> writeCourseArchive(const fs::path& archivePath, const CourseManifest& manifest,
                                       const AssetLocator& locateAsset) {
    if (auto valid = validateManifest(manifest); !valid)
        return fail(valid.error());
    // Resolve and verify every asset before writing anything.
    std::vector<std::pair<const Asset*, fs::path>> files;
    for (const auto& asset : manifest.assets) {
        auto file = locateAsset(asset.sha256);
        if (!file) {
            return fail(PackageError{PackageErrorCode::MissingFile, asset.path,
                                     "no file for asset " + asset.sha256});
        }
        auto digest = sha256File(*file);
        if (!digest)
            return fail(ioError(*file, digest.error().message));
        if (digest->sha256 != asset.sha256 || digest->size != asset.size) {
            return fail(PackageError{
                PackageErrorCode::HashMismatch, file->string(),
                "file does not match the manifest's size and SHA-256 for " + asset.path});
        }
        files.emplace_back(&asset, *file);
    }

    fs::path temporary = archivePath;
    temporary += ".part";
    std::error_code ec;
    fs::remove(temporary, ec);
    int code = 0;
    zip_t* raw = zip_open(temporary.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (raw == nullptr)
        return fail(ioError(temporary, "cannot create archive"));
    ZipWriter writer(raw);
    const std::string manifestText = encode(manifest);  // must outlive zip_close
    if (!writer.add("manifest.json",
                    zip_source_buffer(writer.get(), manifestText.data(), manifestText.size(), 0),
                    false)) {
        return fail(ioError(temporary, writer.lastError()));
    }
    for (const auto& [asset, file] : files) {
        zip_source_t* source = zip_source_file(writer.get(), file.c_str(), 0, -1);
        if (!writer.add("assets/" + asset->sha256, source, alreadyCompressed(asset->mediaType))) {
            return fail(ioError(file, writer.lastError()));
        }
    }
    if (!writer.close()) {
        auto message = writer.lastError();
        fs::remove(temporary, ec);
        return fail(ioError(archivePath, "writing the archive failed: " + message));
    }
    fs::rename(temporary, archivePath, ec);
    if (ec) {
        fs::remove(temporary, ec);
        return fail(ioError(archivePath, ec.message()));
    }
    return {};
}

PackageResult<void> writeCourseArchive(const fs::path& archivePath, const BuiltCourse& course) {
    return writeCourseArchive(archivePath, course.manifest,
                              [&](const std::string& sha) -> std::optional<fs::path> {
                                  auto found = course.assetFiles.find(sha);
                                  if (found == course.assetFiles.end())
                                      return std::nullopt;
                                  return found->second;
                              });
}

}  // namespace satchel
