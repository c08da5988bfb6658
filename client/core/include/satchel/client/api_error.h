#pragma once
// The typed error of every ApiClient call: what went wrong in terms a caller can act on.

#include <QString>
#include <string>

#include "satchel/result.h"

namespace satchel::client {

struct ApiError {
    enum class Kind {
        Offline,             // no connection to the server (refused, no route, DNS, TLS)
        Timeout,             // the server did not answer in time
        Unauthorized,        // not signed in, or the session ended (refresh refused)
        Forbidden,           // signed in, but not allowed (403)
        NotFound,            // 404
        Rejected,            // another 4xx: the request was refused; `code` says why
        Server,              // 5xx: the server failed; worth retrying later
        Protocol,            // the answer is not what the protocol promises
        UnsupportedVersion,  // the server speaks another protocol: update the app
    };
    Kind kind = Kind::Offline;
    int httpStatus = 0;  // 0 when no HTTP answer arrived
    std::string code;    // the server's ErrorResponse.code, when it sent one
    QString message;     // for logs; never shown raw to the user

    // Whether retrying the same call later may succeed (offline, timeout, 5xx).
    bool transient() const {
        return kind == Kind::Offline || kind == Kind::Timeout || kind == Kind::Server;
    }
};

QString toString(ApiError::Kind kind);  // "offline", "timeout", "unauthorized", ...

template <class T>
using ApiResult = Result<T, ApiError>;

}  // namespace satchel::client
