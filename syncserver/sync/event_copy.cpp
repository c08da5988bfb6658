#include "sync/event_copy.h"

namespace satchel::server::sync {
namespace {

// Binary COPY (PostgreSQL docs, "COPY", Binary Format): a fixed header, then per row a 16-bit
// field count and per field a 32-bit length (-1 for NULL) and the value in network byte order.
class CopyWriter {
public:
    explicit CopyWriter(std::size_t rows) {
        out_.reserve(19 + rows * 160 + 2);
        out_.append("PGCOPY\n\377\r\n\0", 11);
        int32(0);  // flags: no OIDs
        int32(0);  // header extension length
    }
    void row(std::int16_t fields) { int16(fields); }
    void uuid(const Uuid& id) {
        int32(16);
        out_.append(reinterpret_cast<const char*>(id.bytes().data()), 16);
    }
    void bigint(std::int64_t value) {
        int32(8);
        put(static_cast<std::uint64_t>(value), 8);
    }
    void smallint(std::int16_t value) {
        int32(2);
        int16(value);
    }
    void null() { int32(-1); }
    void bigintIf(bool present, std::uint64_t value) {
        if (present)
            bigint(static_cast<std::int64_t>(value));
        else
            null();
    }
    std::string finish() {
        int16(-1);
        return std::move(out_);
    }

private:
    void int16(std::int16_t v) { put(static_cast<std::uint16_t>(v), 2); }
    void int32(std::int32_t v) { put(static_cast<std::uint32_t>(v), 4); }
    void put(std::uint64_t v, int bytes) {
        for (int i = bytes - 1; i >= 0; --i)
            out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
    }
    std::string out_;
};

}  // namespace

std::string progressEventsCopy(const Uuid& userId, const Uuid& deviceId, std::int64_t firstSeq,
                               const std::vector<const ProgressEvent*>& events) {
    CopyWriter w(events.size());
    std::int64_t seq = firstSeq;
    for (const ProgressEvent* e : events) {
        const bool watched = e->kind == ProgressKind::Watched;
        const bool resume = e->kind == ProgressKind::Resume;
        w.row(13);
        w.uuid(e->id);
        w.uuid(userId);
        w.bigint(seq++);
        w.uuid(e->courseId);
        w.uuid(e->lessonId);
        w.uuid(deviceId);
        w.bigint(static_cast<std::int64_t>(e->hlc.packed()));  // checked <= INT64_MAX at decode
        w.smallint(static_cast<std::int16_t>(e->kind));
        w.bigintIf(watched, e->startMs);
        w.bigintIf(watched, e->endMs);
        w.bigintIf(watched || (resume && e->durationMs > 0), e->durationMs);
        w.bigintIf(resume, e->positionMs);
        w.bigintIf(e->kind == ProgressKind::TimeSpent, e->totalMs);
    }
    return w.finish();
}

}  // namespace satchel::server::sync
