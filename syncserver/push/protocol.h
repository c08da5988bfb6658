#pragma once
// The push channel's wire contract (docs/push.md has the full description), shared by the
// server, the tests and the benchmark. Client -> server, first and only meaningful message:
//
//     {"type":"auth","token":"<access token>","last_id":41}   // last_id optional
//
// Without last_id the client gets live events only; with it, first every event after it (in
// order), then live ones. Server -> client: {"type":"ready","user_id":...,"latest_id":N} once
// authenticated, then {"type":"event","id":N,"kind":...,"data":{...},"created_at":...}.

namespace satchel::server::push_close {

inline constexpr unsigned short kGoingAway = 1001;      // the server is shutting down: reconnect
inline constexpr unsigned short kTryAgainLater = 1013;  // not ready / overloaded: reconnect later
inline constexpr unsigned short kBadMessage = 4000;     // the first message was not a valid auth
inline constexpr unsigned short kTokenExpired = 4001;   // refresh the access token, reconnect
inline constexpr unsigned short kUnauthorized = 4003;   // token invalid or revoked: log in again
inline constexpr unsigned short kAuthTimeout = 4008;    // no auth message in time

}  // namespace satchel::server::push_close
