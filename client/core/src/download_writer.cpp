#include "download_writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <QFile>
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace satchel::client::download {

namespace {
bool aligned(std::uintptr_t value) {
    return value % PartWriter::kAlignment == 0;
}
}  // namespace

PartWriter::~PartWriter() {
    close();
}

bool PartWriter::open(const QString& path, bool truncate) {
    close();
    path_ = path;
    error_.clear();
    const QByteArray name = QFile::encodeName(path);
    fd_ = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | (truncate ? O_TRUNC : 0), 0644);
    if (fd_ < 0)
        return fail("cannot open");
    struct stat info {};
    if (::fstat(fd_, &info) != 0)
        return fail("cannot stat");
    size_ = static_cast<qint64>(info.st_size);
#if defined(O_DIRECT)
    // Probe once: file systems without direct I/O (tmpfs) refuse the flag.
    directPossible_ = useDirect(true);
    useDirect(false);
    error_.clear();
#endif
    return true;
}

bool PartWriter::append(const char* data, std::size_t length) {
    if (fd_ < 0)
        return fail("not open");
    // Head: up to the next aligned file offset, through the page cache.
    const std::size_t misaligned = static_cast<std::size_t>(size_) % kAlignment;
    const std::size_t head = misaligned == 0 ? 0 : std::min(length, kAlignment - misaligned);
    if (head > 0 && !(useDirect(false) && writeAll(data, head)))
        return false;
    data += head;
    length -= head;
    // Middle: whole aligned blocks straight to disk.
    const std::size_t middle = directPossible_ && aligned(reinterpret_cast<std::uintptr_t>(data))
                                   ? length - length % kAlignment
                                   : 0;
    if (middle > 0) {
        const qint64 before = size_;
        const bool written = useDirect(true) && writeAll(data, middle);
        if (!written && errno != EINVAL)
            return false;
        if (!written) {
            directPossible_ = false;  // refused after all: the page cache takes the rest below
            error_.clear();
        }
        const auto done = static_cast<std::size_t>(size_ - before);
        data += done;
        length -= done;
    }
    // Tail (and everything when direct I/O is not possible).
    return length == 0 || (useDirect(false) && writeAll(data, length));
}

bool PartWriter::sync() {
    if (fd_ < 0)
        return fail("not open");
    return ::fsync(fd_) == 0 || fail("cannot sync");
}

void PartWriter::close() {
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
    direct_ = false;
    directPossible_ = false;
}

bool PartWriter::useDirect(bool on) {
#if defined(O_DIRECT)
    if (on == direct_)
        return true;
    const int flags = ::fcntl(fd_, F_GETFL);
    if (flags < 0 || ::fcntl(fd_, F_SETFL, on ? (flags | O_DIRECT) : (flags & ~O_DIRECT)) != 0)
        return fail(on ? "cannot use direct I/O" : "cannot leave direct I/O");
    direct_ = on;
    return true;
#else
    return !on;
#endif
}

bool PartWriter::writeAll(const char* data, std::size_t length) {
    while (length > 0) {
        const ssize_t written = ::pwrite(fd_, data, length, static_cast<off_t>(size_));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return fail("cannot write");
        }
        data += written;
        length -= static_cast<std::size_t>(written);
        size_ += written;
        // A short direct write of part of a block would leave the rest unaligned.
        if (direct_ && !aligned(static_cast<std::uintptr_t>(written)) && !useDirect(false))
            return false;
    }
    return true;
}

bool PartWriter::fail(const char* what) {
    const int code = errno;
    error_ =
        QStringLiteral("%1 %2: %3")
            .arg(QString::fromLatin1(what), path_, QString::fromLocal8Bit(std::strerror(code)));
    errno = code;
    return false;
}

}  // namespace satchel::client::download
