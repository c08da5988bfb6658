// Certificates triggered by course completion, end to end through the real satchel-syncd: a
// student's devices push lesson completions through the sync route; the push that completes
// the course queues the certificate in its own transaction (visible as soon as the push
// answers); the job issues exactly one certificate however often the completion arrives, with a
// push event and a certificate-ready mail (real SMTP server); the student lists their
// certificates and downloads the PDF through a short-lived signed URL, and its text
// (pdftotext) holds their name. Nobody else can get that URL.
#define BOOST_TEST_MODULE jobs_completion
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "course_seed.h"
#include "jobs_fixture.h"
#include "satchel/testing/http.h"
#include "satchel/testing/process.h"
#include "smtp_sink.h"

using namespace satchel;
using namespace satchel::jobs_test;
using std::chrono::seconds;

namespace {

struct CompletionFixture : JobsFixture {
    SmtpSink smtp;
    std::unique_ptr<testing::SyncServer> server =
        startInstance(2, {{"SATCHEL_BLOB_DIR", (dir / "blobs").string()},
                          {"SATCHEL_SMTP_URL", smtp.url()},
                          {"SATCHEL_SMTP_CA_FILE", smtp.caFile()},
                          {"SATCHEL_JOB_RETRY_BASE_MS", "200"},
                          {"SATCHEL_CERTIFICATE_URL_SECONDS", "120"}});
    std::unique_ptr<server::PgConnection> db = connect();

    long long certificateJobs() {
        return scalar("SELECT count(*) FROM jobs WHERE type = 'certificate.issue'");
    }
    std::vector<nlohmann::json> mailsWithSubject(const std::string& subject) {
        std::vector<nlohmann::json> out;
        for (auto& m : smtp.messages())
            if (m["data"].get<std::string>().find("Subject: " + subject + "\r\n") !=
                std::string::npos)
                out.push_back(m);
        return out;
    }
    testing::HttpResponse getAs(const std::string& token, const std::string& path) {
        return testing::httpGet(server->url() + path, {{"Authorization", "Bearer " + token}});
    }
};

}  // namespace

BOOST_FIXTURE_TEST_SUITE(completion, CompletionFixture)

BOOST_AUTO_TEST_CASE(completing_a_course_by_sync_issues_one_certificate_the_student_downloads) {
    const std::string teacher = addAccount(*db, "teacher", "Teacher", "", "instructor");
    const std::string student = addAccount(*db, "zoe", "Zoë Ångström", "zoe@example.test");
    const std::string token = tokenForExisting(student, "student");
    const SeededCourse course = publishCourse(*db, teacher, "Organic Chemistry", 3);
    enroll(*db, student, course.id);
    const Uuid laptop = newUuidV7(), phone = newUuidV7();

    // Two of three lessons: not complete, nothing queued.
    std::string answer;
    BOOST_REQUIRE_MESSAGE(
        pushLessonsDone(server->url(), token, course, {course.lessons[0], course.lessons[1]},
                        laptop, &answer) == 200,
        answer);
    BOOST_TEST(certificateJobs() == 0);

    // The last lesson, from another device: the job exists when the push has answered (it was
    // queued in the push's own transaction).
    BOOST_REQUIRE_MESSAGE(
        pushLessonsDone(server->url(), token, course, {course.lessons[2]}, phone, &answer) == 200,
        answer);
    BOOST_TEST(certificateJobs() == 1);

    // The same completions again (the laptop catching up, new event ids): still one job.
    BOOST_REQUIRE(pushLessonsDone(server->url(), token, course, course.lessons, laptop) == 200);
    BOOST_TEST(certificateJobs() == 1);

    BOOST_REQUIRE_MESSAGE(
        testing::waitUntil(
            [&] { return !mailsWithSubject("Your certificate for Organic Chemistry").empty(); },
            seconds(90)),
        "no certificate mail: " + server->process().log() + jobsSummary());
    BOOST_TEST(scalar("SELECT count(*) FROM certificates") == 1);
    BOOST_TEST(scalar("SELECT count(*) FROM push_events WHERE kind = 'certificate.ready'") == 1);
    const auto mails = mailsWithSubject("Your certificate for Organic Chemistry");
    BOOST_TEST(mails.size() == 1u);
    BOOST_TEST(mails[0]["to"] == nlohmann::json::array({"zoe@example.test"}));

    // The student's list, then the PDF by its signed URL.
    const auto list = getAs(token, "/api/v1/me/certificates");
    BOOST_REQUIRE_MESSAGE(list.status == 200, list.body);
    const auto certificates = nlohmann::json::parse(list.body).at("certificates");
    BOOST_REQUIRE(certificates.size() == 1u);
    const std::string code = certificates[0].at("code");
    BOOST_TEST(certificates[0].at("course_title") == "Organic Chemistry");
    BOOST_TEST(mails[0]["data"].get<std::string>().find(code) != std::string::npos);

    const std::string downloadPath = certificates[0].at("download_path");
    BOOST_TEST(downloadPath == "/api/v1/me/certificates/" + code + "/pdf");
    const auto link = getAs(token, downloadPath);
    BOOST_REQUIRE_MESSAGE(link.status == 200, link.body);
    const auto signedUrl = nlohmann::json::parse(link.body);
    const std::string url = signedUrl.at("url");
    BOOST_TEST(!signedUrl.at("expires_at").get<std::string>().empty());
    const auto pdf = testing::http("GET", url, {}, {}, 30000);
    BOOST_REQUIRE_MESSAGE(pdf.status == 200, url << " answered " << pdf.status);
    BOOST_TEST(pdf.body.rfind("%PDF-", 0) == 0u);
    const auto pdfFile = dir / "downloaded.pdf", txtFile = dir / "downloaded.txt";
    std::ofstream(pdfFile, std::ios::binary) << pdf.body;
    BOOST_REQUIRE(testing::runCommand({"pdftotext", pdfFile.string(), txtFile.string()}) == 0);
    std::ifstream in(txtFile);
    const std::string text(std::istreambuf_iterator<char>(in), {});
    BOOST_TEST(text.find("Zoë Ångström") != std::string::npos, text);
    BOOST_TEST(text.find(code) != std::string::npos, text);

    // A tampered URL is refused; another student cannot get a URL for this certificate.
    auto forged = url;
    forged.back() = forged.back() == '0' ? '1' : '0';
    BOOST_TEST(testing::http("GET", forged, {}, {}, 30000).status != 200);
    const std::string other = addAccount(*db, "mallory", "Mallory", "");
    BOOST_TEST(getAs(tokenForExisting(other, "student"), "/api/v1/me/certificates/" + code + "/pdf")
                   .status == 404);
    BOOST_TEST(
        testing::httpGet(server->url() + "/api/v1/me/certificates/" + code + "/pdf").status == 401);
}

BOOST_AUTO_TEST_CASE(an_unenrolled_push_or_an_unfinished_course_queues_no_certificate) {
    const std::string teacher = addAccount(*db, "teacher", "Teacher", "", "instructor");
    const std::string student = addAccount(*db, "ivo", "Ivo", "");
    const std::string token = tokenForExisting(student, "student");
    const SeededCourse enrolled = publishCourse(*db, teacher, "Geology", 2);
    const SeededCourse foreign = publishCourse(*db, teacher, "Botany", 1);
    enroll(*db, student, enrolled.id);
    const Uuid device = newUuidV7();

    // Every lesson of a course the student is not enrolled in: rejected by sync, no job.
    BOOST_REQUIRE(pushLessonsDone(server->url(), token, foreign, foreign.lessons, device) == 200);
    // Half of the enrolled course, twice.
    BOOST_REQUIRE(pushLessonsDone(server->url(), token, enrolled, {enrolled.lessons[0]}, device) ==
                  200);
    BOOST_REQUIRE(pushLessonsDone(server->url(), token, enrolled, {enrolled.lessons[0]}, device) ==
                  200);
    BOOST_TEST(certificateJobs() == 0);
    BOOST_TEST(scalar("SELECT count(*) FROM sync_rejections") == 2);
}

BOOST_AUTO_TEST_SUITE_END()
