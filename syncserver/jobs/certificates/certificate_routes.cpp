#include "jobs/certificates/certificate_routes.h"

#include "auth/authenticator.h"
#include "jobs/certificates/certificate_jobs.h"
#include "jobs/certificates/certificate_signer.h"
#include "satchel/storage/blob_store.h"

#include <ctime>

namespace satchel::server::jobs {

namespace {

std::string isoTime(std::chrono::system_clock::time_point t) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(t);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

}  // namespace

void registerCertificateRoutes(ServerContext& ctx, std::shared_ptr<storage::BlobStore> store,
                               std::chrono::seconds urlTtl) {
    ctx.router.add("GET", "/api/v1/certificates/public-key", [&ctx](HttpRequest&) {
        auto conn = ctx.db.acquire();
        const auto signer = CertificateSigner::loadOrCreate(*conn);
        return HttpResponse::json(200,
                                  {{"algorithm", "Ed25519"}, {"public_key", signer.publicKey()}});
    });

    ctx.router.add("POST", "/api/v1/certificates/verify", [&ctx](HttpRequest& req) {
        const auto body = req.jsonBody();
        const std::string payload = requireString(body, "payload");
        const std::string signature = requireString(body, "signature");
        auto conn = ctx.db.acquire();
        const auto signer = CertificateSigner::loadOrCreate(*conn);
        return HttpResponse::json(
            200, {{"valid", CertificateSigner::verify(payload, signature, signer.publicKey())}});
    });

    ctx.router.add("GET", "/api/v1/certificates/{code}", [&ctx](HttpRequest& req) {
        const std::string& code = req.param("code");
        auto conn = ctx.db.acquire();
        const auto row = conn->exec(
            "SELECT student_name, course_id::text, course_title, to_char(issued_on, 'YYYY-MM-DD'), "
            "payload,"
            " signature FROM certificates WHERE code = $1",
            {code});
        if (row.empty())
            throw notFound("no certificate has this code");
        const auto signer = CertificateSigner::loadOrCreate(*conn);
        const std::string payload = row.text(0, 4), signature = row.text(0, 5);
        const bool signedByUs = CertificateSigner::verify(payload, signature, signer.publicKey());
        const bool recordMatches =
            payload == certificatePayload(code, row.text(0, 0), row.text(0, 1), row.text(0, 2),
                                          row.text(0, 3));
        return HttpResponse::json(200, {{"valid", signedByUs && recordMatches},
                                        {"code", code},
                                        {"student_name", row.text(0, 0)},
                                        {"course_id", row.text(0, 1)},
                                        {"course_title", row.text(0, 2)},
                                        {"issued_on", row.text(0, 3)},
                                        {"payload", payload},
                                        {"signature", signature},
                                        {"public_key", signer.publicKey()}});
    });

    ctx.router.add("GET", "/api/v1/me/certificates", [&ctx](HttpRequest& req) {
        const auto me = ctx.auth.requireUser(req);
        auto conn = ctx.db.acquire();
        const auto rows = conn->exec(
            "SELECT code, course_id::text, course_title, to_char(issued_on, 'YYYY-MM-DD'), "
            "pdf_sha256"
            " FROM certificates WHERE user_id = $1::uuid ORDER BY created_at",
            {me.id});
        nlohmann::json list = nlohmann::json::array();
        for (int r = 0; r < rows.rows(); ++r)
            list.push_back(
                {{"code", rows.text(r, 0)},
                 {"course_id", rows.text(r, 1)},
                 {"course_title", rows.text(r, 2)},
                 {"issued_on", rows.text(r, 3)},
                 {"pdf_sha256", rows.text(r, 4)},
                 {"download_path", "/api/v1/me/certificates/" + rows.text(r, 0) + "/pdf"}});
        return HttpResponse::json(200, {{"certificates", list}});
    });

    ctx.router.add(
        "GET", "/api/v1/me/certificates/{code}/pdf", [&ctx, store, urlTtl](HttpRequest& req) {
            const auto me = ctx.auth.requireUser(req);
            const auto row = ctx.db.acquire()->exec(
                "SELECT pdf_sha256 FROM certificates WHERE code = $1 AND user_id = $2::uuid",
                {req.param("code"), me.id});
            if (row.empty())  // someone else's certificate looks exactly like no certificate
                throw notFound("you have no certificate with this code");
            const auto key = storage::BlobKey::fromSha256(row.text(0, 0));
            if (!key)
                throw std::runtime_error("certificate " + req.param("code") + ": bad pdf_sha256");
            const auto url = store->presignGet(*key, urlTtl);
            if (!url)
                throw ApiError(
                    503, "storage_unavailable",
                    "the certificate cannot be fetched right now: " + url.error().message);
            return HttpResponse::json(200,
                                      {{"url", url->url}, {"expires_at", isoTime(url->expiresAt)}});
        });
}

}  // namespace satchel::server::jobs
