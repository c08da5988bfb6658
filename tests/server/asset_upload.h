#pragma once
// Puts asset bytes on a test server the way the instructor's app does (issue 6's upload flow),
// so that publishing a manifest that names them passes the server's size and SHA-256 check.

#include <string>

#include "api_client.h"

namespace satchel::testing {

// POST /api/v1/assets/uploads for `bytes`, then PUT them to the presigned URL, or each part to
// its part URL followed by POST /api/v1/assets/uploads/complete. Nothing more is sent when the
// server already has them. `token` must be an instructor's or admin's. Fails the test case on
// any unexpected answer. Returns the asset's SHA-256 (lower-case hex).
std::string uploadAsset(const ServerUnderTest& server, const std::string& token,
                        const std::string& bytes, const std::string& mediaType);

}  // namespace satchel::testing
