#pragma once
// A file that appears at its final path whole or not at all: bytes are written (and hashed)
// into a temp file beside the destination's filesystem, fsynced, then renamed into place and
// the destination folder fsynced. Destroying an uncommitted writer removes the temp file.

#include <filesystem>
#include <memory>
#include <string_view>

#include "satchel/storage/blob_store.h"
#include "satchel/storage/crypto.h"

namespace satchel::storage {

class AtomicFileWriter {
public:
    // `tempDir` must be on the same filesystem as every later commit target.
    static StorageResult<std::unique_ptr<AtomicFileWriter>> create(
        const std::filesystem::path& tempDir);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    StorageResult<void> write(std::string_view bytes);
    StorageResult<void> appendFile(const std::filesystem::path& source);
    std::uint64_t size() const { return size_; }
    // The SHA-256 of everything written; call once, after the last write.
    std::string finishHash() { return hash_.finishHex(); }
    // fsync, rename over `target` (its folders are created), fsync the folder.
    StorageResult<void> commit(const std::filesystem::path& target);

private:
    AtomicFileWriter(int fd, std::filesystem::path path) : fd_(fd), path_(std::move(path)) {}
    int fd_;
    std::filesystem::path path_;
    std::uint64_t size_ = 0;
    Sha256Stream hash_;
    bool committed_ = false;
};

// fsyncs a folder so that a rename inside it survives a crash.
StorageResult<void> syncDirectory(const std::filesystem::path& dir);

}  // namespace satchel::storage
