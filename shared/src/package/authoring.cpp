// buildCourseFromFolder: course.json (docs/protocol.md §4) to a validated manifest. The
// authoring document is rewritten into manifest JSON (each lesson's "file" becomes an asset,
// a video lesson's "captions" a text/vtt asset at captionsAssetPath(lesson id))
// and then decoded by the protocol codec, so an authored course obeys exactly the rules of
// a published one.
#include <fstream>
#include <sstream>
#include <system_error>

#include "package/paths.h"
#include "satchel/hash.h"
#include "satchel/package.h"
#include "satchel/protocol/codec.h"

namespace satchel {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr std::uintmax_t kMaxCourseJsonBytes = 16u << 20;

PackageError error(PackageErrorCode code, std::string where, std::string message) {
    return PackageError{code, std::move(where), std::move(message)};
}

// True when child is root or lies below it (both already canonical).
bool isInside(const fs::path& root, const fs::path& child) {
    auto r = root.begin();
    auto c = child.begin();
    for (; r != root.end(); ++r, ++c) {
        if (c == child.end() || *r != *c)
            return false;
    }
    return true;
}

class AssetCollector {
public:
    AssetCollector(fs::path folder, const ManifestLimits& limits)
        : folder_(std::move(folder)), limits_(limits) {}

    // Hashes the lesson's file and returns its SHA-256 (an asset is added once per content).
    Result<std::string, PackageError> add(const json& lesson, const std::string& where) {
        auto resolved = resolve(lesson.at("file"), where + ".file");
        if (!resolved)
            return fail(resolved.error());
        const std::string relative = lesson.at("file").get<std::string>();
        auto digest = sha256File(*resolved);
        if (!digest) {
            return fail(error(PackageErrorCode::Io, digest.error().path, digest.error().message));
        }
        if (!files_.count(digest->sha256)) {
            json asset{{"sha256", digest->sha256},
                       {"size", digest->size},
                       {"path", relative},
                       {"mediaType", mediaTypeForPath(relative)}};
            if (auto type = lesson.find("mediaType"); type != lesson.end())
                asset["mediaType"] = *type;
            if (auto duration = lesson.find("durationMs"); duration != lesson.end()) {
                asset["durationMs"] = *duration;
            }
            assets_.push_back(std::move(asset));
            files_[digest->sha256] = *resolved;
        }
        return digest->sha256;
    }

    // Adds a video lesson's "captions" file: a WebVTT file inside the folder, published as
    // kCaptionsMediaType at captionsAssetPath(lessonId) — the shape the editor's publish makes.
    Result<void, PackageError> addCaptions(const json& value, const Uuid& lessonId,
                                           const std::string& where) {
        auto resolved = resolve(value, where);
        if (!resolved)
            return fail(resolved.error());
        const std::string& relative = value.get_ref<const std::string&>();
        std::ifstream in(*resolved, std::ios::binary);
        char head[16] = {};
        in.read(head, sizeof head);
        if (in.bad())
            return fail(error(PackageErrorCode::Io, resolved->string(), "cannot read"));
        if (!hasWebVttSignature(std::string_view(head, std::size_t(in.gcount())))) {
            return fail(error(PackageErrorCode::WrongFormat, where,
                              relative + " is not a WebVTT file (it must start with \"WEBVTT\")"));
        }
        auto digest = sha256File(*resolved);
        if (!digest) {
            return fail(error(PackageErrorCode::Io, digest.error().path, digest.error().message));
        }
        if (auto other = files_.find(digest->sha256); other != files_.end()) {
            // One asset per SHA-256, and the captions asset's path names its lesson.
            return fail(error(PackageErrorCode::DuplicateId, where,
                              relative + " has the same bytes as " +
                                  other->second.lexically_relative(folder_).generic_string() +
                                  ", already in the course; each video lesson needs its own "
                                  "captions file"));
        }
        assets_.push_back(json{{"sha256", digest->sha256},
                               {"size", digest->size},
                               {"path", captionsAssetPath(lessonId)},
                               {"mediaType", std::string(kCaptionsMediaType)}});
        files_[digest->sha256] = *resolved;
        return {};
    }

    json takeAssets() { return std::move(assets_); }
    std::map<std::string, fs::path> takeFiles() { return std::move(files_); }

private:
    // The regular file a path of course.json names, refused unless it lies inside the folder.
    Result<fs::path, PackageError> resolve(const json& value, const std::string& where) const {
        if (!value.is_string())
            return fail(error(PackageErrorCode::InvalidPath, where, "expected a string"));
        const std::string& relative = value.get_ref<const std::string&>();
        if (auto problem = package_detail::checkRelativePath(relative, limits_.maxPathLength)) {
            return fail(error(problem->code, where, problem->message + ": " + relative));
        }
        std::error_code ec;
        fs::path resolved = fs::weakly_canonical(folder_ / relative, ec);
        if (ec || !isInside(folder_, resolved)) {
            return fail(error(PackageErrorCode::PathTraversal, where,
                              relative + " resolves outside the course folder"));
        }
        if (!fs::is_regular_file(resolved, ec)) {
            return fail(error(PackageErrorCode::MissingFile, where,
                              relative + " is not a file in the course folder"));
        }
        return resolved;
    }

    fs::path folder_;
    const ManifestLimits& limits_;
    json assets_ = json::array();
    std::map<std::string, fs::path> files_;
};

// A lesson's "captions" key: only a video lesson with a valid id may have one (the id names
// the captions asset).
Result<void, PackageError> addLessonCaptions(AssetCollector& collector, const json& lesson,
                                             const json& captions, const std::string& lessonWhere) {
    const std::string where = lessonWhere + ".captions";
    const auto kind = lesson.find("kind");
    if (kind == lesson.end() || *kind != "video") {
        const std::string actual =
            kind != lesson.end() && kind->is_string() ? kind->get<std::string>() : "lesson";
        return fail(error(PackageErrorCode::InvalidManifest, where,
                          "captions belong to video lessons only, not to a " + actual + " lesson"));
    }
    const auto id = lesson.find("id");
    const auto lessonId = id != lesson.end() && id->is_string()
                              ? Uuid::parse(id->get_ref<const std::string&>())
                              : std::nullopt;
    if (!lessonId) {
        return fail(error(PackageErrorCode::InvalidManifest, lessonWhere + ".id",
                          "a lesson with captions needs a valid UUID id"));
    }
    return collector.addCaptions(captions, *lessonId, where);
}

}  // namespace

PackageResult<BuiltCourse> buildCourseFromFolder(const fs::path& folderIn,
                                                 const ManifestLimits& limits) {
    std::error_code ec;
    fs::path folder = fs::canonical(folderIn, ec);
    if (ec)
        return fail(error(PackageErrorCode::MissingFile, folderIn.string(), ec.message()));
    fs::path courseFile = folder / "course.json";
    auto size = fs::file_size(courseFile, ec);
    if (ec)
        return fail(error(PackageErrorCode::MissingFile, courseFile.string(), ec.message()));
    if (size > kMaxCourseJsonBytes) {
        return fail(
            error(PackageErrorCode::SizeLimit, courseFile.string(), "course.json over 16 MiB"));
    }
    std::ifstream in(courseFile, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in)
        return fail(error(PackageErrorCode::Io, courseFile.string(), "cannot read"));

    auto parsed = parseJson(text.str());
    if (!parsed) {
        return fail(
            error(PackageErrorCode::InvalidManifest, "course.json", parsed.error().describe()));
    }
    json course = std::move(*parsed);
    if (!course.is_object()) {
        return fail(error(PackageErrorCode::InvalidManifest, "course.json", "expected an object"));
    }
    // Rewrite into manifest form. Anything not shaped as expected is left alone for the
    // decoder to report with its field path.
    AssetCollector collector(folder, limits);
    if (auto id = course.find("id"); id != course.end())
        course["courseId"] = *id;
    if (auto modules = course.find("modules"); modules != course.end() && modules->is_array()) {
        for (std::size_t m = 0; m < modules->size(); ++m) {
            json& module = (*modules)[m];
            if (!module.is_object())
                continue;
            auto lessons = module.find("lessons");
            if (lessons == module.end() || !lessons->is_array())
                continue;
            for (std::size_t l = 0; l < lessons->size(); ++l) {
                json& lesson = (*lessons)[l];
                if (!lesson.is_object())
                    continue;
                std::string where =
                    "modules[" + std::to_string(m) + "].lessons[" + std::to_string(l) + "]";
                if (lesson.contains("file")) {
                    auto sha = collector.add(lesson, where);
                    if (!sha)
                        return fail(sha.error());
                    lesson["asset"] = *sha;
                }
                if (auto captions = lesson.find("captions"); captions != lesson.end()) {
                    auto added = addLessonCaptions(collector, lesson, *captions, where);
                    if (!added)
                        return fail(added.error());
                    lesson.erase("captions");  // the manifest links captions by path only
                }
            }
        }
    }
    course["assets"] = collector.takeAssets();
    course["protocol"] = kWireProtocolVersion;

    auto manifest = fromJson<CourseManifest>(course);
    if (!manifest) {
        // Name the fields as course.json spells them.
        DecodeError e = manifest.error();
        if (e.field == "courseId")
            e.field = "id";
        if (e.field.size() > 6 && e.field.ends_with(".asset")) {
            e.field.replace(e.field.size() - 5, 5, "file");
        }
        return fail(error(PackageErrorCode::InvalidManifest, e.field,
                          e.message + " (" + std::string(toString(e.code)) + ")"));
    }
    if (auto valid = validateManifest(*manifest, limits); !valid)
        return fail(valid.error());
    return BuiltCourse{std::move(*manifest), collector.takeFiles()};
}

}  // namespace satchel
