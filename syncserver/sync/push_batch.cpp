#include "sync/push_batch.h"

#include <cstdint>
#include <unordered_set>

#include "satchel/protocol/codec.h"

namespace satchel::server::sync {
namespace {

using nlohmann::json;

Failure<PushBatchError> invalid(std::string message) {
    return fail(PushBatchError{PushBatchError::Kind::Invalid, std::move(message)});
}

Uuid readableId(const json& item) {
    if (!item.is_object())
        return {};
    const auto it = item.find("id");
    if (it == item.end() || !it->is_string())
        return {};
    return Uuid::parse(it->get_ref<const std::string&>()).value_or(Uuid{});
}

std::string describeItem(const char* array, std::size_t index, const DecodeError& error) {
    std::string field = std::string(array) + "[" + std::to_string(index) + "]";
    if (!error.field.empty())
        field += "." + error.field;
    return field + ": " + error.message + " (" + std::string(toString(error.code)) + ")";
}

// raw may be null (the fast path keeps no JSON); the push service then stores the item's
// canonical encoding instead.
void reject(PushItem& item, const json* raw, RejectReason reason, std::string message) {
    item.rejection = Rejection{reason, std::move(message)};
    if (raw)
        item.raw = raw->dump(-1, ' ', false, json::error_handler_t::replace);
}

// Checks what every item must satisfy beyond shared's record rules: it comes from the pushing
// device, its id is new in this batch, and its clock fits PostgreSQL's bigint.
template <class Record>
void checkRecord(PushItem& item, const Record& record, const json* raw, const Uuid& device,
                 std::unordered_set<Uuid>& seen) {
    if (record.deviceId != device) {
        reject(item, raw, RejectReason::Invalid,
               "deviceId: recorded on another device than the batch's");
    } else if (record.hlc.packed() > static_cast<std::uint64_t>(INT64_MAX)) {
        reject(item, raw, RejectReason::Invalid, "hlc: clock value out of range");
    } else if (!seen.insert(record.id).second) {
        item.repeatedInBatch = true;
    }
}

// The common case, a valid batch of events only, in one pass and without a JSON tree (shared's
// scanner; building nlohmann's tree cost more than the rest of the push). Nothing it takes is
// rejected here, so no item needs its raw JSON; anything else (a bad or repeated event, a clock
// beyond bigint, attempts, more events than this server takes) goes the item-by-item way below.
std::optional<PushBatch> decodeValidBatch(std::string_view body, const SyncSettings& settings) {
    auto push = decodePushRequestFast(body);
    if (!push || push->events.size() > settings.maxEventsPerPush)
        return std::nullopt;
    for (const auto& event : push->events)
        if (event.hlc.packed() > static_cast<std::uint64_t>(INT64_MAX))
            return std::nullopt;
    PushBatch batch;
    batch.deviceId = push->deviceId;
    batch.events.resize(push->events.size());
    for (std::size_t i = 0; i < push->events.size(); ++i) {
        batch.events[i].id = push->events[i].id;
        batch.events[i].event = std::move(push->events[i]);
    }
    return batch;
}

}  // namespace

Result<PushBatch, PushBatchError> decodePushBatch(std::string_view body,
                                                  const SyncSettings& settings) {
    if (auto fast = decodeValidBatch(body, settings))
        return std::move(*fast);
    auto parsed = parseJson(body);
    if (!parsed)
        return invalid(parsed.error().describe());
    const json& root = *parsed;
    if (!root.is_object())
        return invalid("the body must be a JSON object");
    const auto protocol = root.find("protocol");
    if (protocol == root.end() || protocol->is_null())
        return invalid("protocol: missing (missingField)");
    if (!protocol->is_number_integer() || protocol->get<long long>() != kWireProtocolVersion)
        return fail(PushBatchError{PushBatchError::Kind::UnsupportedVersion,
                                   "protocol: this server speaks protocol version 1"});
    PushBatch batch;
    const auto device = root.find("deviceId");
    if (device == root.end() || !device->is_string())
        return invalid("deviceId: missing (missingField)");
    const auto deviceId = Uuid::parse(device->get_ref<const std::string&>());
    if (!deviceId || deviceId->isNil())
        return invalid("deviceId: expected a canonical, non-nil UUID (invalidId)");
    batch.deviceId = *deviceId;

    static const json kEmpty = json::array();
    auto array = [&](const char* key) -> Result<const json*, PushBatchError> {
        const auto it = root.find(key);
        if (it == root.end() || it->is_null())
            return &kEmpty;
        if (!it->is_array())
            return invalid(std::string(key) + ": expected an array (wrongType)");
        return &*it;
    };
    auto events = array("events");
    if (!events)
        return fail(events.error());
    auto attempts = array("attempts");
    if (!attempts)
        return fail(attempts.error());
    if ((*events)->size() > settings.maxEventsPerPush ||
        (*attempts)->size() > settings.maxAttemptsPerPush)
        return fail(PushBatchError{
            PushBatchError::Kind::TooManyItems,
            "a push carries at most " + std::to_string(settings.maxEventsPerPush) + " events and " +
                std::to_string(settings.maxAttemptsPerPush) + " attempts; split the batch"});

    std::unordered_set<Uuid> seen;
    seen.reserve((*events)->size() + (*attempts)->size());
    batch.events.reserve((*events)->size());
    for (std::size_t i = 0; i < (*events)->size(); ++i) {
        const json& raw = (**events)[i];
        PushItem item;
        auto decoded = fromJson<ProgressEvent>(raw);
        if (!decoded) {
            item.id = readableId(raw);
            reject(item, &raw, RejectReason::Invalid, describeItem("events", i, decoded.error()));
        } else {
            item.id = decoded->id;
            checkRecord(item, *decoded, &raw, batch.deviceId, seen);
            item.event = std::move(*decoded);
        }
        batch.events.push_back(std::move(item));
    }
    for (std::size_t i = 0; i < (*attempts)->size(); ++i) {
        const json& raw = (**attempts)[i];
        PushItem item;
        auto decoded = fromJson<QuizAttempt>(raw);
        if (!decoded) {
            item.id = readableId(raw);
            reject(item, &raw, RejectReason::Invalid, describeItem("attempts", i, decoded.error()));
        } else {
            item.id = decoded->id;
            checkRecord(item, *decoded, &raw, batch.deviceId, seen);
            item.attempt = std::move(*decoded);
        }
        batch.attempts.push_back(std::move(item));
    }
    return batch;
}

}  // namespace satchel::server::sync
