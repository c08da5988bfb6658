#pragma once
// A push body, decoded item by item. shared's decode<PushRequest>() refuses a whole batch for
// one bad event; the server must instead apply the good ones and report the bad one, so the
// envelope is checked as a whole (a bad envelope is a 400) while each event and attempt is
// decoded with shared's record decoder on its own and, when it fails, kept as a rejection.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "satchel/protocol/error.h"
#include "satchel/protocol/messages.h"
#include "sync/sync_settings.h"

namespace satchel::server::sync {

struct Rejection {
    RejectReason reason = RejectReason::Invalid;
    std::string message;
};

// One pushed event or attempt. Exactly one of event / attempt is set when the item decoded;
// rejection is set when it cannot be applied (decided here or later by the push service).
struct PushItem {
    Uuid id;  // nil when the item had no readable id
    std::optional<ProgressEvent> event;
    std::optional<QuizAttempt> attempt;
    std::optional<Rejection> rejection;
    bool repeatedInBatch = false;  // the same id appeared earlier in this batch
    bool duplicate = false;        // already stored by an earlier push (set by the push service)
    // Status the server acknowledges: rejected, duplicate (replayed or repeated), else applied.
    AckStatus status() const {
        if (rejection)
            return AckStatus::Rejected;
        return duplicate || repeatedInBatch ? AckStatus::Duplicate : AckStatus::Applied;
    }
    bool pending() const { return !rejection && !duplicate && !repeatedInBatch; }
    std::string raw;  // the item as sent (JSON text), for rejected items only
};

struct PushBatch {
    Uuid deviceId;
    std::vector<PushItem> events;
    std::vector<PushItem> attempts;
};

// Why a whole push is refused.
struct PushBatchError {
    enum class Kind { Invalid, UnsupportedVersion, TooManyItems } kind = Kind::Invalid;
    std::string message;
};

Result<PushBatch, PushBatchError> decodePushBatch(std::string_view body,
                                                  const SyncSettings& settings);

}  // namespace satchel::server::sync
