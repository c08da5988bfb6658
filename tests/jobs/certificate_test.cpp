// Certificates end to end through the real satchel-syncd: the job renders a PDF (cairo +
// pango) whose text (pdftotext) holds the student's name and the verification code, stores it
// in the blob store, signs the data with Ed25519, tells the student (push event); the public
// route says genuine, and says not genuine once the record is tampered with; a second run of
// the job issues nothing more.
#define BOOST_TEST_MODULE jobs_certificates
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "jobs/certificates/certificate_jobs.h"
#include "jobs/queue.h"
#include "jobs_fixture.h"
#include "satchel/testing/http.h"
#include "satchel/testing/process.h"

using namespace satchel;
using namespace satchel::jobs_test;
using std::chrono::seconds;

namespace {

struct CertificateFixture : JobsFixture {
    std::unique_ptr<testing::SyncServer> server = startInstance(
        2, {{"SATCHEL_BLOB_DIR", (dir / "blobs").string()}, {"SATCHEL_JOB_RETRY_BASE_MS", "200"}});

    std::string pdfText(const std::string& sha) {
        const auto pdf =
            dir / "blobs" / "blobs" / "sha256" / sha.substr(0, 2) / sha.substr(2, 2) / sha;
        const auto txt = (dir / "certificate.txt").string();
        BOOST_REQUIRE(testing::runCommand({"pdftotext", pdf.string(), txt}) == 0);
        std::ifstream in(txt);
        return std::string(std::istreambuf_iterator<char>(in), {});
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(certificates, CertificateFixture)

BOOST_AUTO_TEST_CASE(completion_certificate_is_rendered_signed_stored_and_verifiable) {
    auto conn = connect();
    const std::string teacher =
        conn->exec(
                "INSERT INTO users (username, username_key, password_hash, role)"
                " VALUES ('teacher', 'teacher', 'x', 'instructor') RETURNING id::text")
            .text(0, 0);
    const std::string student =
        conn->exec(
                "INSERT INTO users (username, username_key, display_name, password_hash, role)"
                " VALUES ('zoe', 'zoe', 'Zoë Ångström', 'x', 'student') RETURNING id::text")
            .text(0, 0);
    const std::string course = conn->exec(
                                       "INSERT INTO courses (owner_id, title) VALUES ($1::uuid, "
                                       "'Organic Chemistry') RETURNING id::text",
                                       {teacher})
                                   .text(0, 0);
    server::jobs::enqueueCertificate(*conn, student, course);
    server::jobs::enqueueCertificate(*conn, student, course);  // deduplicated
    // A duplicate job that slipped past deduplication still issues nothing more.
    server::jobs::enqueue(*conn, "certificate.issue",
                          {{"user_id", student}, {"course_id", course}});

    BOOST_REQUIRE_MESSAGE(
        testing::waitUntil(
            [&] {
                return scalar(
                           "SELECT count(*) FROM jobs WHERE type = 'certificate.issue' AND state = "
                           "'done'") == 2;
            },
            seconds(90)),
        "certificate jobs did not finish: " + server->process().log() + jobsSummary());
    BOOST_TEST(scalar("SELECT count(*) FROM certificates") == 1);
    const auto row =
        conn->exec("SELECT code, pdf_sha256 FROM certificates WHERE user_id = $1::uuid", {student});
    const std::string code = row.text(0, 0), sha = row.text(0, 1);

    const std::string text = pdfText(sha);
    BOOST_TEST(text.find("Zoë Ångström") != std::string::npos, text);
    BOOST_TEST(text.find(code) != std::string::npos, text);
    BOOST_TEST(text.find("Organic Chemistry") != std::string::npos, text);

    BOOST_TEST(scalar("SELECT count(*) FROM push_events WHERE kind = 'certificate.ready'") == 1);
    BOOST_TEST(scalar("SELECT count(*) FROM jobs WHERE type = 'mail.send' AND payload->>'template' "
                      "= 'certificate_ready'") == 1);

    const auto genuine = testing::httpGet(server->url() + "/api/v1/certificates/" + code);
    BOOST_REQUIRE_MESSAGE(genuine.status == 200, genuine.body);
    const auto body = nlohmann::json::parse(genuine.body);
    BOOST_TEST(body.at("valid").get<bool>());
    BOOST_TEST(body.at("student_name") == "Zoë Ångström");
    BOOST_TEST(testing::httpGet(server->url() + "/api/v1/certificates/SAT-NOPE-NOPE-NOPE").status ==
               404);

    // Offline check of the signed data; a copy with another name fails it.
    const std::string payload = body.at("payload"), signature = body.at("signature");
    auto verify = [&](const std::string& p) {
        const auto r =
            testing::http("POST", server->url() + "/api/v1/certificates/verify",
                          nlohmann::json{{"payload", p}, {"signature", signature}}.dump(),
                          {{"Content-Type", "application/json"}});
        BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
        return nlohmann::json::parse(r.body).at("valid").get<bool>();
    };
    BOOST_TEST(verify(payload));
    std::string forged = payload;
    forged.replace(forged.find("Zo"), 2, "Jo");
    BOOST_TEST(!verify(forged));

    // Tampering with the stored record is detected by the public route.
    conn->exec("UPDATE certificates SET student_name = 'Mallory' WHERE code = $1", {code});
    const auto tampered = nlohmann::json::parse(
        testing::httpGet(server->url() + "/api/v1/certificates/" + code).body);
    BOOST_TEST(!tampered.at("valid").get<bool>());
}

BOOST_AUTO_TEST_SUITE_END()
