#include "satchel/storage/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace satchel::storage {
namespace {

StorageError ioError(const std::string& what, int err) {
    return StorageError{StorageErrorCode::Io, what + ": " + std::strerror(err), 0};
}

}  // namespace

StorageResult<std::unique_ptr<AtomicFileWriter>> AtomicFileWriter::create(
    const std::filesystem::path& tempDir) {
    std::string pattern = (tempDir / "blob-XXXXXX").string();
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0)
        return fail(ioError("cannot create a temp file in " + tempDir.string(), errno));
    ::fchmod(fd, 0644);  // blobs are public by URL; mkostemp makes 0600
    return std::unique_ptr<AtomicFileWriter>(new AtomicFileWriter(fd, pattern));
}

AtomicFileWriter::~AtomicFileWriter() {
    if (fd_ >= 0)
        ::close(fd_);
    if (!committed_)
        ::unlink(path_.c_str());
}

StorageResult<void> AtomicFileWriter::write(std::string_view bytes) {
    hash_.update(bytes.data(), bytes.size());
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(ioError("cannot write " + path_.string(), errno));
        bytes.remove_prefix(static_cast<std::size_t>(n));
        size_ += static_cast<std::uint64_t>(n);
    }
    return {};
}

StorageResult<void> AtomicFileWriter::appendFile(const std::filesystem::path& source) {
    const int in = ::open(source.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return fail(ioError("cannot open " + source.string(), errno));
    ::posix_fadvise(in, 0, 0, POSIX_FADV_SEQUENTIAL);
    std::vector<char> buffer(1 << 20);
    for (;;) {
        const ssize_t n = ::read(in, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int err = errno;
            ::close(in);
            return fail(ioError("cannot read " + source.string(), err));
        }
        if (n == 0)
            break;
        if (auto w = write(std::string_view(buffer.data(), static_cast<std::size_t>(n))); !w) {
            ::close(in);
            return w;
        }
    }
    ::close(in);
    return {};
}

StorageResult<void> AtomicFileWriter::commit(const std::filesystem::path& target) {
    if (::fsync(fd_) != 0)
        return fail(ioError("cannot fsync " + path_.string(), errno));
    if (::close(fd_) != 0) {
        fd_ = -1;
        return fail(ioError("cannot close " + path_.string(), errno));
    }
    fd_ = -1;
    std::error_code ec;
    std::filesystem::create_directories(target.parent_path(), ec);
    if (ec)
        return fail(StorageError{
            StorageErrorCode::Io,
            "cannot create " + target.parent_path().string() + ": " + ec.message(), 0});
    if (::rename(path_.c_str(), target.c_str()) != 0)
        return fail(ioError("cannot rename into " + target.string(), errno));
    committed_ = true;
    return syncDirectory(target.parent_path());
}

StorageResult<void> syncDirectory(const std::filesystem::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(ioError("cannot open " + dir.string(), errno));
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return fail(ioError("cannot fsync " + dir.string(), err));
    return {};
}

}  // namespace satchel::storage
