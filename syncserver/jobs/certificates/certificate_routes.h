#pragma once
// Certificate routes:
//   GET  /api/v1/certificates/{code}        public: is this certificate genuine? {"valid", data...}
//   GET  /api/v1/certificates/public-key    public: the Ed25519 key, for checking offline
//   POST /api/v1/certificates/verify        public: {"payload","signature"} -> {"valid"}
//   GET  /api/v1/me/certificates            the caller's certificates (code, course, pdf_sha256)
// "valid" means the stored data is signed by this server's key and the record agrees with it;
// a record changed after signing answers valid: false.

#include "app/context.h"

namespace satchel::server::jobs {

void registerCertificateRoutes(ServerContext& ctx);

}  // namespace satchel::server::jobs
