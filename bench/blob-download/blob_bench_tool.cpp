// blob-bench-tool: the benchmark's helper for the local blob store.
//
//   blob-bench-tool make ROOT MIB            writes MIB MiB of random bytes as a blob under ROOT
//                                            (atomically, as the store does); prints its SHA-256
//   blob-bench-tool url ROOT PUBLIC_URL KEY SHA256
//                                            prints a presigned GET URL valid for an hour, signed
//                                            with KEY (the server's SATCHEL_BLOB_URL_KEY)
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "satchel/storage/atomic_file.h"
#include "satchel/storage/local_blob_store.h"
#include "satchel/storage/storage_settings.h"

using namespace satchel::storage;

namespace {

int make(const std::string& root, long mib) {
    LocalBlobStore store(LocalStoreConfig{root, "http://unused", UrlSigner::withRandomKey(), {}});
    auto writer = AtomicFileWriter::create(std::filesystem::path(root) / "tmp");
    if (!writer) {
        std::fprintf(stderr, "%s\n", writer.error().message.c_str());
        return 1;
    }
    std::mt19937_64 rng(42);
    std::string chunk(1 << 20, '\0');
    for (long i = 0; i < mib; ++i) {
        auto* words = reinterpret_cast<std::uint64_t*>(chunk.data());
        for (std::size_t w = 0; w < chunk.size() / 8; ++w)
            words[w] = rng();
        if (auto r = (*writer)->write(chunk); !r) {
            std::fprintf(stderr, "%s\n", r.error().message.c_str());
            return 1;
        }
    }
    const auto key = BlobKey::fromSha256((*writer)->finishHash());
    if (auto r = (*writer)->commit(store.pathOf(*key)); !r) {
        std::fprintf(stderr, "%s\n", r.error().message.c_str());
        return 1;
    }
    std::printf("%s\n", key->sha256().c_str());
    return 0;
}

int url(const std::string& root, const std::string& publicUrl, const std::string& key,
        const std::string& sha256) {
    // The same reading of the settings as satchel-syncd's, so the key decodes identically.
    auto configured = configureBlobStore([&](std::string_view name) -> std::optional<std::string> {
        if (name == "SATCHEL_BLOB_DIR")
            return root;
        if (name == "SATCHEL_PUBLIC_URL")
            return publicUrl;
        if (name == "SATCHEL_BLOB_URL_KEY")
            return key;
        return std::nullopt;
    });
    const auto blob = BlobKey::fromSha256(sha256);
    if (!configured || !blob) {
        std::fprintf(stderr, "bad settings or SHA-256\n");
        return 1;
    }
    const auto presigned = configured->store->presignGet(*blob, std::chrono::hours(1));
    std::printf("%s\n", presigned->url.c_str());
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::string cmd = argc > 1 ? argv[1] : "";
    if (cmd == "make" && argc == 4)
        return make(argv[2], std::atol(argv[3]));
    if (cmd == "url" && argc == 6)
        return url(argv[2], argv[3], argv[4], argv[5]);
    std::fprintf(stderr, "usage: blob-bench-tool make ROOT MIB | url ROOT PUBLIC_URL KEY SHA256\n");
    return 2;
}
