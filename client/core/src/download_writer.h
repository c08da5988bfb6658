#pragma once
// PartWriter: appends a download's bytes to its `.part` file, bypassing the page cache where it
// can.
//
// Why: the DownloadManager must fsync a part before renaming it into the store, and curl (the
// benchmark's baseline) never does. Through the page cache every byte is copied into the kernel
// and later written back by the fsync: measured with bench/client-download on a 1 GiB asset,
// the fsync alone took ~0.5 s and the buffered write path was the largest CPU cost after
// SHA-256. O_DIRECT writes go from our buffer to the disk with no copy, and the final fsync
// only has metadata left.
//
// Contract: append() writes the bytes at the end of the file, in order, and returns only once
// they are in the file (so the file's size is always exactly the bytes written: a resume after
// a kill starts there). Pieces whose file offset, memory address and length are multiples of
// kAlignment go straight to disk when the file system allows it (Linux O_DIRECT; tmpfs and
// other systems do not); everything else, such as an unaligned head or tail, goes through the
// page cache. Not thread-safe: one owner thread.

#include <QString>
#include <cstddef>

namespace satchel::client::download {

class PartWriter {
public:
    static constexpr std::size_t kAlignment = 4096;

    PartWriter() = default;
    ~PartWriter();
    PartWriter(const PartWriter&) = delete;
    PartWriter& operator=(const PartWriter&) = delete;

    // Opens (creating, or emptying when `truncate`) the file for appending at its end. False on
    // a disk error (errorString() says why).
    bool open(const QString& path, bool truncate);
    bool isOpen() const { return fd_ >= 0; }
    qint64 size() const { return size_; }  // bytes in the file
    bool append(const char* data, std::size_t length);
    bool sync();  // fsync: everything appended is durable
    void close();
    QString errorString() const { return error_; }

private:
    bool useDirect(bool on);
    bool writeAll(const char* data, std::size_t length);
    bool fail(const char* what);

    int fd_ = -1;
    qint64 size_ = 0;
    bool directPossible_ = false;
    bool direct_ = false;
    QString path_;
    QString error_;
};

}  // namespace satchel::client::download
