#pragma once
// Starts the WebSocket session for an upgraded connection (websocket_session.cpp, the push
// module's only translation unit with Boost.Beast's websocket stream).

#include <memory>

namespace satchel::server {

struct UpgradedConnection;
struct PushChannelState;

// Runs on the connection's I/O strand; returns at once. The session keeps itself alive with
// its pending operations and ends when the socket closes.
void startWebSocketSession(UpgradedConnection& connection, std::shared_ptr<PushChannelState> state);

}  // namespace satchel::server
