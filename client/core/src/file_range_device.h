#pragma once
// A read-only QIODevice over bytes [offset, offset + length) of a file, so one part of a
// multipart upload streams from disk instead of being copied into memory first.

#include <QFile>
#include <QIODevice>

namespace satchel::client::detail {

class FileRangeDevice : public QIODevice {
public:
    FileRangeDevice(const QString& path, qint64 offset, qint64 length, QObject* parent = nullptr);
    // Opens the file and seeks to the range; false (with errorString()) when it cannot.
    bool openRange();
    bool isSequential() const override { return false; }
    qint64 size() const override { return length_; }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile file_;
    qint64 offset_;
    qint64 length_;
};

}  // namespace satchel::client::detail
