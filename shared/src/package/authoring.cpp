// buildCourseFromFolder: course.json (docs/protocol.md §4) to a validated manifest. The
// authoring document is rewritten into manifest JSON (each lesson's "file" becomes an asset)
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
        const auto& file = lesson.at("file");
        if (!file.is_string()) {
            return fail(error(PackageErrorCode::InvalidPath, where + ".file", "expected a string"));
        }
        const std::string& relative = file.get_ref<const std::string&>();
        if (auto problem = package_detail::checkRelativePath(relative, limits_.maxPathLength)) {
            return fail(error(problem->code, where + ".file", problem->message + ": " + relative));
        }
        std::error_code ec;
        fs::path resolved = fs::weakly_canonical(folder_ / relative, ec);
        if (ec || !isInside(folder_, resolved)) {
            return fail(error(PackageErrorCode::PathTraversal, where + ".file",
                              relative + " resolves outside the course folder"));
        }
        if (!fs::is_regular_file(resolved, ec)) {
            return fail(error(PackageErrorCode::MissingFile, where + ".file",
                              relative + " is not a file in the course folder"));
        }
        auto digest = sha256File(resolved);
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
            files_[digest->sha256] = resolved;
        }
        return digest->sha256;
    }

    json takeAssets() { return std::move(assets_); }
    std::map<std::string, fs::path> takeFiles() { return std::move(files_); }

private:
    fs::path folder_;
    const ManifestLimits& limits_;
    json assets_ = json::array();
    std::map<std::string, fs::path> files_;
};

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
                if (!lesson.is_object() || !lesson.contains("file"))
                    continue;
                std::string where =
                    "modules[" + std::to_string(m) + "].lessons[" + std::to_string(l) + "]";
                auto sha = collector.add(lesson, where);
                if (!sha)
                    return fail(sha.error());
                lesson["asset"] = *sha;
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
