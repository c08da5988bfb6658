#include "jobs/certificates/certificate_jobs.h"

#include <sodium.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "jobs/certificates/certificate_pdf.h"
#include "jobs/certificates/certificate_signer.h"
#include "jobs/generated_blobs.h"
#include "jobs/mail/mail_jobs.h"
#include "jobs/queue.h"
#include "satchel/hash.h"
#include "satchel/storage/blob_store.h"

namespace satchel::server::jobs {
namespace {

// "SAT-XXXX-XXXX-XXXX": 12 characters from an unambiguous alphabet, ~59 bits.
std::string newVerificationCode() {
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    std::string code = "SAT";
    for (int i = 0; i < 12; ++i) {
        if (i % 4 == 0)
            code += '-';
        code += kAlphabet[randombytes_uniform(sizeof kAlphabet - 1)];
    }
    return code;
}

// A temp file removed when this goes out of scope.
struct TempPdf {
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("satchel-certificate-" + std::to_string(getpid()) + "-" +
                                  std::to_string(randombytes_random()) + ".pdf");
    ~TempPdf() {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
    }
};

}  // namespace

void enqueueCertificate(PgConnection& conn, const std::string& userId,
                        const std::string& courseId) {
    EnqueueOptions options;
    options.dedupKey = "certificate:" + userId + ":" + courseId;
    enqueue(conn, "certificate.issue", {{"user_id", userId}, {"course_id", courseId}}, options);
}

std::string certificatePayload(const std::string& code, const std::string& studentName,
                               const std::string& courseId, const std::string& courseTitle,
                               const std::string& issuedOn) {
    return nlohmann::json{{"v", 1},
                          {"code", code},
                          {"student", studentName},
                          {"course_id", courseId},
                          {"course", courseTitle},
                          {"issued_on", issuedOn}}
        .dump();
}

void addCertificateHandler(JobRegistry& registry, std::shared_ptr<storage::BlobStore> store,
                           std::string publicUrl) {
    registry.addHandler("certificate.issue", [store, publicUrl](JobContext& ctx) {
        const auto& p = ctx.job().payload;
        if (!p.contains("user_id") || !p.contains("course_id"))
            throw PermanentJobError("certificate.issue needs user_id and course_id");
        const std::string userId = p.at("user_id").get<std::string>();
        const std::string courseId = p.at("course_id").get<std::string>();
        PgConnection& conn = ctx.conn();
        if (!conn.exec(
                     "SELECT 1 FROM certificates WHERE user_id = $1::uuid AND course_id = $2::uuid",
                     {userId, courseId})
                 .empty())
            return;  // issued by an earlier run
        const auto facts = conn.exec(
            "SELECT CASE WHEN u.display_name <> '' THEN u.display_name ELSE u.username END, "
            "c.title,"
            " to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
            " FROM users u, courses c WHERE u.id = $1::uuid AND c.id = $2::uuid",
            {userId, courseId});
        if (facts.empty())
            throw PermanentJobError("no such user or course for a certificate");
        const std::string name = facts.text(0, 0), course = facts.text(0, 1),
                          issuedOn = facts.text(0, 2);

        const std::string code = newVerificationCode();
        const std::string payload = certificatePayload(code, name, courseId, course, issuedOn);
        const CertificateSigner signer = CertificateSigner::loadOrCreate(conn);
        const std::string verifyUrl = publicUrl + "/api/v1/certificates/" + code;
        TempPdf pdf;
        renderCertificatePdf(pdf.path, {name, course, issuedOn, code, verifyUrl});
        // A tracked blob (generated_blobs.h): claimed before the bytes, verified with the row.
        const GeneratedBlob blob = storeGeneratedFile(conn, *store, pdf.path, "application/pdf");
        const std::string& sha = blob.sha256;

        Transaction tx(conn);
        trackGeneratedBlob(conn, blob);
        conn.exec(
            "INSERT INTO certificates (code, user_id, course_id, student_name, course_title, "
            "issued_on,"
            " payload, signature, pdf_sha256) VALUES ($1, $2::uuid, $3::uuid, $4, $5, $6::date, "
            "$7, $8, $9)",
            {code, userId, courseId, name, course, issuedOn, payload, signer.sign(payload), sha});
        // The student's notification (push module, docs/push.md): enough to show it and to
        // fetch the PDF (download_path answers with a fresh short-lived URL) without a lookup.
        conn.exec(
            "SELECT push_create_event($1::uuid, 'certificate.ready', $2::jsonb)",
            {userId, nlohmann::json{{"code", code},
                                    {"course_id", courseId},
                                    {"course_title", course},
                                    {"issued_on", issuedOn},
                                    {"pdf_sha256", sha},
                                    {"verify_url", verifyUrl},
                                    {"download_path", "/api/v1/me/certificates/" + code + "/pdf"}}
                         .dump()});
        enqueueMail(conn, userId, "certificate_ready",
                    {{"course", course}, {"code", code}, {"verify_url", verifyUrl}},
                    "certificate:" + code);
        ctx.completeWithin(conn);
        tx.commit();
    });
}

}  // namespace satchel::server::jobs
