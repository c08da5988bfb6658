#pragma once
// Certificates of completion. enqueueCertificate() (inside the transaction that records the
// completion) queues job "certificate.issue", at most once per student and course. The job
// makes the verification code, signs the certificate data with Ed25519, renders the PDF,
// stores it in the BlobStore under its SHA-256, and then, in one transaction that also
// completes the job, records the certificate, creates the student's "certificate.ready" push
// event and queues the "certificate_ready" mail. Run twice, it issues one certificate.

#include <memory>
#include <string>

#include "db/connection.h"
#include "jobs/registry.h"

namespace satchel::storage {
class BlobStore;
}

namespace satchel::server::jobs {

void enqueueCertificate(PgConnection& conn, const std::string& userId, const std::string& courseId);

// The exact bytes that are signed: canonical JSON (sorted keys, no spaces).
std::string certificatePayload(const std::string& code, const std::string& studentName,
                               const std::string& courseId, const std::string& courseTitle,
                               const std::string& issuedOn);

void addCertificateHandler(JobRegistry& registry, std::shared_ptr<storage::BlobStore> store,
                           std::string publicUrl);

}  // namespace satchel::server::jobs
