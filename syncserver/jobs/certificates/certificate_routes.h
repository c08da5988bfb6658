#pragma once
// Certificate routes:
//   GET  /api/v1/certificates/{code}        public: is this certificate genuine? {"valid", data...}
//   GET  /api/v1/certificates/public-key    public: the Ed25519 key, for checking offline
//   POST /api/v1/certificates/verify        public: {"payload","signature"} -> {"valid"}
//   GET  /api/v1/me/certificates            the caller's certificates (code, course, pdf_sha256,
//                                           download_path: the route below)
//   GET  /api/v1/me/certificates/{code}/pdf the caller's certificate PDF: a short-lived signed
//                                           URL from the blob store {"url","expires_at"}; 404
//                                           for a code that is not the caller's
// "valid" means the stored data is signed by this server's key and the record agrees with it;
// a record changed after signing answers valid: false.

#include <chrono>
#include <memory>

#include "app/context.h"

namespace satchel::server::jobs {

// `store` holds the PDFs (the storage module's, so its URLs are the ones it serves); download
// URLs live for `urlTtl`.
void registerCertificateRoutes(ServerContext& ctx, std::shared_ptr<storage::BlobStore> store,
                               std::chrono::seconds urlTtl);

}  // namespace satchel::server::jobs
