// Reading .satchel archives defensively. Order of checks: the zip's layout (our own central
// directory walk: entry count, overlap), entry names, then libzip's view (consistency,
// encryption, declared sizes and ratios), the manifest, and finally the bytes themselves.
#include <zip.h>

#include <fstream>
#include <set>
#include <system_error>

#include "package/paths.h"
#include "package/zip_layout.h"
#include "satchel/hash.h"
#include "satchel/package.h"
#include "satchel/protocol/codec.h"

namespace satchel {
namespace fs = std::filesystem;
using package_detail::checkRelativePath;

namespace {

constexpr std::string_view kManifestName = "manifest.json";
constexpr std::string_view kAssetPrefix = "assets/";

PackageError packageError(PackageErrorCode code, std::string where, std::string message) {
    return PackageError{code, std::move(where), std::move(message)};
}

struct Entry {
    zip_uint64_t index;
    std::string name;
    std::uint64_t size;
};

class OpenArchive {
public:
    ~OpenArchive() {
        if (zip_ != nullptr)
            zip_discard(zip_);
    }
    zip_t* zip_ = nullptr;
    std::optional<Entry> manifest;
    std::map<std::string, Entry> assets;  // by sha256
};

bool startsLikeZip(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    in.read(magic, 4);
    return in.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' &&
           ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
}

// Names first: an archive whose names try to escape is refused as such, whatever else is
// wrong with it.
PackageResult<void> checkNames(const package_detail::ZipLayout& layout) {
    std::set<std::string> seen;
    for (const auto& entry : layout.entries) {
        if (auto problem = checkRelativePath(entry.name, 4096)) {
            if (problem->code != PackageErrorCode::InvalidPath) {
                return fail(packageError(problem->code, entry.name, problem->message));
            }
        }
        bool known = entry.name == kManifestName ||
                     (entry.name.starts_with(kAssetPrefix) &&
                      isSha256Hex(std::string_view(entry.name).substr(kAssetPrefix.size())));
        if (!known) {
            return fail(packageError(PackageErrorCode::UnexpectedEntry, entry.name,
                                     "neither manifest.json nor assets/<sha256>"));
        }
        if (!seen.insert(entry.name).second) {
            return fail(
                packageError(PackageErrorCode::UnexpectedEntry, entry.name, "entry appears twice"));
        }
    }
    return {};
}

PackageResult<void> open(const fs::path& path, const ArchiveLimits& limits, OpenArchive& out) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
        return fail(packageError(PackageErrorCode::MissingFile, path.string(), "no such archive"));
    }
    if (!startsLikeZip(path)) {
        return fail(packageError(PackageErrorCode::NotAnArchive, path.string(), "not a zip file"));
    }
    auto layout = package_detail::readZipLayout(path, limits.maxEntries);
    if (!layout)
        return fail(layout.error());
    if (auto names = checkNames(*layout); !names)
        return fail(names.error());
    std::size_t entryCount = layout->entries.size();
    if (auto disjoint = package_detail::requireDisjoint(std::move(*layout)); !disjoint) {
        return fail(disjoint.error());
    }

    int code = 0;
    out.zip_ = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (out.zip_ == nullptr) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        std::string message = zip_error_strerror(&error);
        zip_error_fini(&error);
        return fail(packageError(
            code == ZIP_ER_NOZIP ? PackageErrorCode::NotAnArchive : PackageErrorCode::Truncated,
            path.string(), message));
    }
    zip_int64_t count = zip_get_num_entries(out.zip_, 0);
    if (count < 0 || static_cast<std::size_t>(count) != entryCount) {
        return fail(packageError(PackageErrorCode::Truncated, path.string(),
                                 "central directory inconsistent"));
    }
    std::uint64_t total = 0;
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(out.zip_, i, 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME) ||
            !(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE)) {
            return fail(packageError(PackageErrorCode::Truncated, path.string(),
                                     "entry " + std::to_string(i) + " unreadable"));
        }
        std::string name = st.name;
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
            return fail(packageError(PackageErrorCode::Unsupported, name, "encrypted entry"));
        }
        if ((st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method != ZIP_CM_STORE &&
            st.comp_method != ZIP_CM_DEFLATE) {
            return fail(packageError(PackageErrorCode::Unsupported, name, "unknown compression"));
        }
        std::uint64_t entryLimit =
            name == kManifestName ? limits.maxManifestBytes : limits.maxEntryUncompressed;
        if (st.size > entryLimit) {
            return fail(packageError(PackageErrorCode::ZipBomb, name,
                                     "declares " + std::to_string(st.size) + " bytes, over " +
                                         std::to_string(entryLimit)));
        }
        total += st.size;
        if (total > limits.maxTotalUncompressed) {
            return fail(packageError(PackageErrorCode::ZipBomb, name,
                                     "entries add up to more than " +
                                         std::to_string(limits.maxTotalUncompressed) + " bytes"));
        }
        if (st.size > (1u << 20) &&
            st.size / std::max<std::uint64_t>(st.comp_size, 1) > limits.maxCompressionRatio) {
            return fail(packageError(
                PackageErrorCode::ZipBomb, name,
                "compression ratio over " + std::to_string(limits.maxCompressionRatio) + ":1"));
        }
        Entry entry{i, name, st.size};
        if (name == kManifestName) {
            out.manifest = entry;
        } else {
            out.assets.emplace(name.substr(kAssetPrefix.size()), entry);
        }
    }
    if (!out.manifest) {
        return fail(packageError(PackageErrorCode::MissingFile, std::string(kManifestName),
                                 "the archive has no manifest.json"));
    }
    return {};
}

// Streams one entry to sink in chunks, refusing to produce more than its declared size.
template <class Sink>
PackageResult<void> readEntry(zip_t* zip, const Entry& entry, Sink sink) {
    zip_file_t* file = zip_fopen_index(zip, entry.index, 0);
    if (file == nullptr) {
        return fail(packageError(PackageErrorCode::Truncated, entry.name, zip_strerror(zip)));
    }
    std::vector<char> buffer(64 * 1024);
    std::uint64_t produced = 0;
    while (true) {
        zip_int64_t got = zip_fread(file, buffer.data(), buffer.size());
        if (got < 0) {
            std::string message = zip_file_strerror(file);
            zip_fclose(file);
            return fail(packageError(PackageErrorCode::Truncated, entry.name, message));
        }
        if (got == 0)
            break;
        produced += static_cast<std::uint64_t>(got);
        if (produced > entry.size) {
            zip_fclose(file);
            return fail(packageError(PackageErrorCode::ZipBomb, entry.name,
                                     "inflates past its declared size"));
        }
        if (!sink(buffer.data(), static_cast<std::size_t>(got))) {
            zip_fclose(file);
            return fail(packageError(PackageErrorCode::Io, entry.name, "write failed"));
        }
    }
    zip_fclose(file);
    if (produced != entry.size) {
        return fail(packageError(PackageErrorCode::Truncated, entry.name, "shorter than declared"));
    }
    return {};
}

PackageResult<CourseManifest> loadManifest(OpenArchive& archive) {
    std::string text;
    auto read = readEntry(archive.zip_, *archive.manifest, [&](const char* data, std::size_t n) {
        text.append(data, n);
        return true;
    });
    if (!read)
        return fail(read.error());
    auto manifest = decode<CourseManifest>(text);
    if (!manifest) {
        const DecodeError& e = manifest.error();
        return fail(packageError(PackageErrorCode::InvalidManifest, "manifest.json:" + e.field,
                                 e.message + " (" + std::string(toString(e.code)) + ")"));
    }
    if (auto valid = validateManifest(*manifest); !valid)
        return fail(valid.error());
    for (const auto& asset : manifest->assets) {
        auto entry = archive.assets.find(asset.sha256);
        if (entry == archive.assets.end()) {
            return fail(packageError(PackageErrorCode::MissingFile, "assets/" + asset.sha256,
                                     "asset " + asset.path + " is missing from the archive"));
        }
        if (entry->second.size != asset.size) {
            return fail(packageError(PackageErrorCode::HashMismatch, entry->second.name,
                                     "size differs from the manifest"));
        }
    }
    for (const auto& [sha, entry] : archive.assets) {
        if (manifest->findAsset(sha) == nullptr) {
            return fail(packageError(PackageErrorCode::UnexpectedEntry, entry.name,
                                     "not an asset of the manifest"));
        }
    }
    return std::move(*manifest);
}

}  // namespace

PackageResult<CourseManifest> readArchiveManifest(const fs::path& archivePath,
                                                  const ArchiveLimits& limits) {
    OpenArchive archive;
    if (auto opened = open(archivePath, limits, archive); !opened)
        return fail(opened.error());
    return loadManifest(archive);
}

PackageResult<ExtractedCourse> extractCourseArchive(const fs::path& archivePath,
                                                    const fs::path& targetDir,
                                                    const ArchiveLimits& limits) {
    OpenArchive archive;
    if (auto opened = open(archivePath, limits, archive); !opened)
        return fail(opened.error());
    auto manifest = loadManifest(archive);
    if (!manifest)
        return fail(manifest.error());

    std::error_code ec;
    fs::path assetDir = targetDir / "assets";
    fs::create_directories(assetDir, ec);
    // A symlink planted at targetDir/assets would redirect every write: refuse it.
    if (ec || fs::is_symlink(assetDir) || !fs::is_directory(fs::symlink_status(assetDir))) {
        return fail(packageError(PackageErrorCode::Io, assetDir.string(),
                                 "cannot create a plain folder for the assets"));
    }
    std::vector<fs::path> created;
    auto cleanUp = [&] {
        for (const auto& path : created)
            fs::remove(path, ec);
    };
    for (const auto& asset : manifest->assets) {
        const Entry& entry = archive.assets.at(asset.sha256);
        fs::path final = assetDir / asset.sha256;  // a name we make, never the entry's
        fs::path part = assetDir / (asset.sha256 + ".part");
        fs::remove(part, ec);  // also removes a planted symlink rather than following it
        created.push_back(part);
        std::ofstream out(part, std::ios::binary | std::ios::trunc);
        Sha256 hasher;
        auto read = readEntry(archive.zip_, entry, [&](const char* data, std::size_t n) {
            hasher.update(data, n);
            out.write(data, static_cast<std::streamsize>(n));
            return static_cast<bool>(out);
        });
        out.close();
        if (!read) {
            cleanUp();
            return fail(read.error());
        }
        if (!out || hasher.finishHex() != asset.sha256) {
            cleanUp();
            return fail(packageError(out ? PackageErrorCode::HashMismatch : PackageErrorCode::Io,
                                     entry.name,
                                     out ? "bytes do not match their SHA-256" : "write failed"));
        }
        fs::rename(part, final, ec);
        if (ec) {
            cleanUp();
            return fail(packageError(PackageErrorCode::Io, final.string(), ec.message()));
        }
        created.back() = final;
    }
    return ExtractedCourse{std::move(*manifest), assetDir};
}

}  // namespace satchel
