#pragma once
// The status line and header fields of an HTTP/1.x answer with a body held in memory, written
// into a caller's buffer so a connection can reuse one buffer for every answer and send head
// and body in one gathered write.
//
// The head is what Beast's serializer makes of the same response after prepare_payload() and
// keep_alive(): the handler's fields (a later field replaces an earlier one of the same name),
// then `Server`, then `Connection` as needed (HTTP/1.1 says "close" when the connection ends,
// HTTP/1.0 says "keep-alive" when it stays), then `Content-Length` (always, 0 included, as Beast
// does for 204 and 304). Fields the listener owns (Server, Connection, Content-Length,
// Transfer-Encoding) are taken from it, not from the handler. CR and LF in a handler's value
// become spaces, so no value can end the head early.

#include <cstddef>
#include <string>

#include "http/types.h"

namespace satchel::server {

struct ResponseHeadOptions {
    unsigned version = 11;  // the request's: 10 or 11
    bool keepAlive = true;  // whether the connection stays open after this answer
    std::size_t contentLength = 0;
};

// Replaces `out`'s contents with the head of `response`, ending in the blank line.
void writeResponseHead(std::string& out, const HttpResponse& response,
                       const ResponseHeadOptions& options);

}  // namespace satchel::server
