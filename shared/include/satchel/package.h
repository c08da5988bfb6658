#pragma once
// Course packages: manifest validation, building a manifest from an authoring folder, and
// the single-file `.satchel` archive (a zip holding "manifest.json" and "assets/<sha256>").
// See docs/protocol.md for both formats.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "satchel/model/course.h"
#include "satchel/protocol/messages.h"
#include "satchel/result.h"

namespace satchel {

enum class PackageErrorCode {
    InvalidManifest,     // the manifest JSON does not decode (message has the DecodeError)
    PathTraversal,       // a path with a ".." component
    AbsolutePath,        // a path starting with "/", "\" or a drive letter
    InvalidPath,         // empty, backslashes, control characters, "." components, too long
    DuplicateId,         // a module, lesson, question, choice or asset listed twice
    DanglingReference,   // a lesson names an asset the manifest lacks, or the wrong kind
    SizeLimit,           // declared sizes or counts over the limits
    MissingFile,         // an authoring file or an archive asset that is not there
    HashMismatch,        // bytes that do not hash to their declared SHA-256 or size
    Io,                  // reading or writing failed
    NotAnArchive,        // not a zip at all
    Truncated,           // a zip cut short or otherwise inconsistent
    TooManyEntries,      // more entries than ArchiveLimits allow
    ZipBomb,             // uncompressed size or ratio over ArchiveLimits
    OverlappingEntries,  // two entries share bytes of the archive
    UnexpectedEntry,     // an entry that is neither manifest.json nor assets/<sha256>
    Unsupported,         // encrypted entries, unknown compression
    WrongFormat,  // a file whose bytes are not the format its role needs (captions not WebVTT)
};

std::string_view toString(PackageErrorCode code);

struct PackageError {
    PackageErrorCode code = PackageErrorCode::Io;
    std::string where;  // a manifest field path, an archive entry name or a file path
    std::string message;
    std::string describe() const;  // "where: message (code)"
};

template <class T>
using PackageResult = Result<T, PackageError>;

struct ManifestLimits {
    std::uint64_t maxAssetSize = wire::kMaxAssetSize;
    std::uint64_t maxTotalSize = 256ull << 30;  // 256 GiB per version
    std::size_t maxAssets = wire::kMaxAssets;
    std::size_t maxModules = wire::kMaxModules;
    std::size_t maxLessons = 5000;
    std::size_t maxPathLength = 512;
};

// True for a relative path with forward slashes whose components are neither empty, "." nor
// "..", with no backslash, colon, NUL or control character.
bool isSafeRelativePath(std::string_view path);

// Semantic checks beyond what decoding checks: safe asset paths, unique ids (modules,
// lessons, assets, asset paths, questions per quiz, choices per question), every referenced
// asset present, lesson kind consistent with its content, and sizes within limits.
PackageResult<void> validateManifest(const CourseManifest& manifest,
                                     const ManifestLimits& limits = {});

// ---- authoring folder ---------------------------------------------------------------------

// A course built from an authoring folder: the manifest, and where each asset's bytes are.
struct BuiltCourse {
    CourseManifest manifest;
    std::map<std::string, std::filesystem::path> assetFiles;  // sha256 -> file
};

// Reads folder/course.json (format in docs/protocol.md), hashes every file it names (which
// must lie inside the folder, symlinks included), fills sizes and media types, and validates
// the result. publishedAtMs is left as course.json says (0 if absent).
PackageResult<BuiltCourse> buildCourseFromFolder(const std::filesystem::path& folder,
                                                 const ManifestLimits& limits = {});

// Media type from a file name's extension ("application/octet-stream" when unknown).
std::string mediaTypeForPath(std::string_view path);

// ---- captions -----------------------------------------------------------------------------
// The one shape of a video lesson's captions in a manifest, whoever publishes it (the editor's
// publish, an authoring folder's "captions" key): an asset of media type kCaptionsMediaType at
// captionsAssetPath(lesson id). The player finds a lesson's captions by that path. An asset is
// listed once per SHA-256, so two lessons cannot share one captions file's bytes.
inline constexpr std::string_view kCaptionsMediaType = "text/vtt";
std::string captionsAssetPath(const Uuid& lessonId);  // "captions/<lesson id>.vtt"

// True when `head` (a file's first bytes, at least 7 of them when the file has that many)
// starts with the WebVTT signature: an optional UTF-8 BOM, "WEBVTT", then the end of the file,
// a space, a tab, CR or LF (https://www.w3.org/TR/webvtt1/#file-structure).
bool hasWebVttSignature(std::string_view head);

// ---- .satchel archives --------------------------------------------------------------------

struct ArchiveLimits {
    std::size_t maxEntries = wire::kMaxAssets + 1;
    std::uint64_t maxTotalUncompressed = 256ull << 30;
    std::uint64_t maxEntryUncompressed = wire::kMaxAssetSize;
    std::uint64_t maxManifestBytes = 32ull << 20;
    // Highest uncompressed/compressed ratio accepted for an entry larger than 1 MiB.
    std::uint64_t maxCompressionRatio = 100;
};

// Finds an asset's bytes by SHA-256 (nullopt when not available).
using AssetLocator = std::function<std::optional<std::filesystem::path>(const std::string&)>;

// Writes archivePath (replacing it) atomically: a temporary file renamed into place. Every
// asset is hashed while it is written and must match the manifest.
PackageResult<void> writeCourseArchive(const std::filesystem::path& archivePath,
                                       const CourseManifest& manifest,
                                       const AssetLocator& locateAsset);
PackageResult<void> writeCourseArchive(const std::filesystem::path& archivePath,
                                       const BuiltCourse& course);

struct ExtractedCourse {
    CourseManifest manifest;
    std::filesystem::path assetDir;  // targetDir/assets; each file named by its sha256
};

// Reads and validates the archive's manifest only.
PackageResult<CourseManifest> readArchiveManifest(const std::filesystem::path& archivePath,
                                                  const ArchiveLimits& limits = {});

// Checks the whole archive first (entry names, count, sizes, ratios, overlap, manifest), then
// extracts each asset to targetDir/assets/<sha256>, verifying size and hash. Only names the
// extractor makes itself are written, all inside targetDir; on failure the files it created
// are removed again.
PackageResult<ExtractedCourse> extractCourseArchive(const std::filesystem::path& archivePath,
                                                    const std::filesystem::path& targetDir,
                                                    const ArchiveLimits& limits = {});

}  // namespace satchel
