// Manifest checks that span the whole document, and the path rules shared by the authoring
// folder reader and the archive reader.
#include <optional>
#include <set>
#include <string>
#include <unordered_set>

#include "package/paths.h"
#include "satchel/package.h"

namespace satchel {

std::string_view toString(PackageErrorCode code) {
    switch (code) {
        case PackageErrorCode::InvalidManifest:
            return "invalidManifest";
        case PackageErrorCode::PathTraversal:
            return "pathTraversal";
        case PackageErrorCode::AbsolutePath:
            return "absolutePath";
        case PackageErrorCode::InvalidPath:
            return "invalidPath";
        case PackageErrorCode::DuplicateId:
            return "duplicateId";
        case PackageErrorCode::DanglingReference:
            return "danglingReference";
        case PackageErrorCode::SizeLimit:
            return "sizeLimit";
        case PackageErrorCode::MissingFile:
            return "missingFile";
        case PackageErrorCode::HashMismatch:
            return "hashMismatch";
        case PackageErrorCode::Io:
            return "io";
        case PackageErrorCode::NotAnArchive:
            return "notAnArchive";
        case PackageErrorCode::Truncated:
            return "truncated";
        case PackageErrorCode::TooManyEntries:
            return "tooManyEntries";
        case PackageErrorCode::ZipBomb:
            return "zipBomb";
        case PackageErrorCode::WrongFormat:
            return "wrongFormat";
        case PackageErrorCode::OverlappingEntries:
            return "overlappingEntries";
        case PackageErrorCode::UnexpectedEntry:
            return "unexpectedEntry";
        case PackageErrorCode::Unsupported:
            return "unsupported";
    }
    return "unknown";
}

std::string PackageError::describe() const {
    std::string text = where.empty() ? message : where + ": " + message;
    return text + " (" + std::string(toString(code)) + ")";
}

namespace package_detail {

std::optional<PathProblem> checkRelativePath(std::string_view path, std::size_t maxLength) {
    if (path.empty())
        return PathProblem{PackageErrorCode::InvalidPath, "empty path"};
    if (path.front() == '/' || path.front() == '\\' ||
        (path.size() >= 2 && path[1] == ':' &&
         ((path[0] >= 'a' && path[0] <= 'z') || (path[0] >= 'A' && path[0] <= 'Z')))) {
        return PathProblem{PackageErrorCode::AbsolutePath, "absolute path"};
    }
    // ".." is looked for in both separators first, so "a\..\b" reads as traversal, not just
    // as a bad character.
    std::size_t start = 0;
    for (std::size_t i = 0; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/' || path[i] == '\\') {
            if (path.substr(start, i - start) == "..") {
                return PathProblem{PackageErrorCode::PathTraversal,
                                   "path leaves its folder (\"..\")"};
            }
            start = i + 1;
        }
    }
    if (path.size() > maxLength) {
        return PathProblem{PackageErrorCode::InvalidPath,
                           "path longer than " + std::to_string(maxLength) + " bytes"};
    }
    for (unsigned char c : path) {
        if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
            return PathProblem{PackageErrorCode::InvalidPath,
                               "backslash, colon or control character in path"};
        }
    }
    start = 0;
    for (std::size_t i = 0; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/') {
            auto part = path.substr(start, i - start);
            if (part.empty() || part == ".") {
                return PathProblem{PackageErrorCode::InvalidPath, "empty or \".\" path component"};
            }
            start = i + 1;
        }
    }
    return std::nullopt;
}

}  // namespace package_detail

bool isSafeRelativePath(std::string_view path) {
    return !package_detail::checkRelativePath(path, 4096).has_value();
}

namespace {

bool hasAnswerKey(const Question& q) {
    switch (q.type) {
        case QuestionType::SingleChoice:
        case QuestionType::MultipleChoice:
            return !q.correctChoiceIds.empty();
        case QuestionType::TrueFalse:
            return true;  // a bool always holds an answer: nothing to check in the model
        case QuestionType::ShortAnswer:
            return !q.acceptedAnswers.empty();
        case QuestionType::Numeric:
            return q.numeric.value || (q.numeric.min && q.numeric.max);
    }
    return false;
}

// A quiz either carries every answer key or is a graded quiz explicitly marked withheld and
// carries none (the decoder enforces the same on the wire; this covers manifests built in
// code). The message says which, so a publisher sees why a manifest is refused.
std::optional<std::string> answerKeyProblem(const Quiz& quiz) {
    if (quiz.answerKeysWithheld && quiz.mode != QuizMode::Graded)
        return "only a graded quiz may withhold its answer keys";
    for (const Question& q : quiz.questions) {
        if (quiz.answerKeysWithheld) {
            if (!q.correctChoiceIds.empty() || !q.acceptedAnswers.empty() || q.correctBool ||
                q.numeric != NumericAnswer{})
                return "question " + q.id + " carries an answer key in a withheld quiz";
        } else if (!hasAnswerKey(q)) {
            return "question " + q.id + " has no answer key";
        }
    }
    return std::nullopt;
}

}  // namespace

PackageResult<void> validateManifest(const CourseManifest& manifest, const ManifestLimits& limits) {
    auto error = [](PackageErrorCode code, std::string where, std::string message) {
        return fail(PackageError{code, std::move(where), std::move(message)});
    };
    if (manifest.assets.size() > limits.maxAssets) {
        return error(PackageErrorCode::SizeLimit, "assets",
                     "more than " + std::to_string(limits.maxAssets) + " assets");
    }
    if (manifest.modules.size() > limits.maxModules) {
        return error(PackageErrorCode::SizeLimit, "modules",
                     "more than " + std::to_string(limits.maxModules) + " modules");
    }
    std::unordered_set<std::string> hashes, paths;
    std::uint64_t total = 0;
    for (std::size_t i = 0; i < manifest.assets.size(); ++i) {
        const Asset& asset = manifest.assets[i];
        std::string where = "assets[" + std::to_string(i) + "]";
        if (auto problem = package_detail::checkRelativePath(asset.path, limits.maxPathLength)) {
            return error(problem->code, where + ".path", problem->message + ": " + asset.path);
        }
        if (!hashes.insert(asset.sha256).second) {
            return error(PackageErrorCode::DuplicateId, where + ".sha256", "asset listed twice");
        }
        if (!paths.insert(asset.path).second) {
            return error(PackageErrorCode::DuplicateId, where + ".path",
                         "two assets share the path " + asset.path);
        }
        if (asset.size > limits.maxAssetSize) {
            return error(PackageErrorCode::SizeLimit, where + ".size",
                         "asset larger than " + std::to_string(limits.maxAssetSize) + " bytes");
        }
        total += asset.size;
        if (total > limits.maxTotalSize) {
            return error(
                PackageErrorCode::SizeLimit, where + ".size",
                "assets add up to more than " + std::to_string(limits.maxTotalSize) + " bytes");
        }
    }
    std::set<Uuid> ids;
    std::size_t lessons = 0;
    for (std::size_t m = 0; m < manifest.modules.size(); ++m) {
        const Module& module = manifest.modules[m];
        std::string where = "modules[" + std::to_string(m) + "]";
        if (!ids.insert(module.id).second) {
            return error(PackageErrorCode::DuplicateId, where + ".id", "id used twice");
        }
        for (std::size_t l = 0; l < module.lessons.size(); ++l) {
            const Lesson& lesson = module.lessons[l];
            std::string at = where + ".lessons[" + std::to_string(l) + "]";
            if (++lessons > limits.maxLessons) {
                return error(PackageErrorCode::SizeLimit, at,
                             "more than " + std::to_string(limits.maxLessons) + " lessons");
            }
            if (!ids.insert(lesson.id).second) {
                return error(PackageErrorCode::DuplicateId, at + ".id", "id used twice");
            }
            if (lesson.kind == LessonKind::Quiz) {
                if (!lesson.quiz) {
                    return error(PackageErrorCode::InvalidManifest, at + ".quiz",
                                 "a quiz lesson needs a quiz");
                }
                if (auto problem = answerKeyProblem(*lesson.quiz))
                    return error(PackageErrorCode::InvalidManifest, at + ".quiz", *problem);
                continue;
            }
            const Asset* asset = manifest.findAsset(lesson.assetSha256);
            if (asset == nullptr) {
                return error(PackageErrorCode::DanglingReference, at + ".asset",
                             "names an asset the manifest does not list");
            }
            if (lesson.kind == LessonKind::Video && !asset->durationMs) {
                return error(PackageErrorCode::DanglingReference, at + ".asset",
                             "a video lesson's asset needs durationMs");
            }
        }
    }
    return {};
}

std::string mediaTypeForPath(std::string_view path) {
    static const std::pair<std::string_view, std::string_view> kTypes[] = {
        {".mp4", "video/mp4"},        {".m4v", "video/mp4"},       {".webm", "video/webm"},
        {".mkv", "video/x-matroska"}, {".mov", "video/quicktime"}, {".ogv", "video/ogg"},
        {".mp3", "audio/mpeg"},       {".m4a", "audio/mp4"},       {".ogg", "audio/ogg"},
        {".opus", "audio/opus"},      {".wav", "audio/wav"},       {".flac", "audio/flac"},
        {".md", "text/markdown"},     {".txt", "text/plain"},      {".html", "text/html"},
        {".htm", "text/html"},        {".css", "text/css"},        {".json", "application/json"},
        {".pdf", "application/pdf"},  {".png", "image/png"},       {".jpg", "image/jpeg"},
        {".jpeg", "image/jpeg"},      {".gif", "image/gif"},       {".webp", "image/webp"},
        {".svg", "image/svg+xml"},    {".vtt", "text/vtt"},        {".srt", "application/x-subrip"},
        {".zip", "application/zip"},
    };
    auto dot = path.rfind('.');
    auto slash = path.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
        return "application/octet-stream";
    }
    std::string extension(path.substr(dot));
    for (char& c : extension) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    for (const auto& [ext, type] : kTypes) {
        if (ext == extension)
            return std::string(type);
    }
    return "application/octet-stream";
}

}  // namespace satchel
