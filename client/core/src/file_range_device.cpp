#include "file_range_device.h"

namespace satchel::client::detail {

FileRangeDevice::FileRangeDevice(const QString& path, qint64 offset, qint64 length, QObject* parent)
    : QIODevice(parent), file_(path), offset_(offset), length_(length) {}

bool FileRangeDevice::openRange() {
    if (!file_.open(QIODevice::ReadOnly)) {
        setErrorString(file_.errorString());
        return false;
    }
    if (file_.size() < offset_ + length_) {
        setErrorString(QStringLiteral("%1 is shorter than expected").arg(file_.fileName()));
        return false;
    }
    if (!file_.seek(offset_)) {
        setErrorString(file_.errorString());
        return false;
    }
    return QIODevice::open(QIODevice::ReadOnly);
}

bool FileRangeDevice::seek(qint64 pos) {
    if (pos < 0 || pos > length_ || !file_.seek(offset_ + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 FileRangeDevice::readData(char* data, qint64 maxSize) {
    const qint64 left = length_ - (file_.pos() - offset_);
    if (left <= 0)
        return -1;
    return file_.read(data, std::min(maxSize, left));
}

}  // namespace satchel::client::detail
