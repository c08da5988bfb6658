// POST /api/v1/notifications/read against the real satchel-syncd and PostgreSQL: a student
// marks their own notifications read (by ids or up to one), idempotently; other users' ids
// are passed over; every mark is announced once as a 'notification.read' push event (on the
// socket and after a resume) and the sync pull delivers the marked notifications again with
// their read time; malformed requests are refused naming the field.
#define BOOST_TEST_MODULE push_notification_read_route
#include <boost/test/unit_test.hpp>

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "push_world.h"
#include "satchel/ids.h"
#include "satchel/testing/env.h"
#include "ws_test_client.h"

using namespace satchel::testing;
using nlohmann::json;

namespace {

struct Classroom {
    PushWorld world;
    std::string teacher = world.createUser("instructor", "teacher");
    std::string student = world.createUser("student", "student");
    std::string other = world.createUser("student", "other");
    std::string course = world.createCourse(teacher, "Statistics");
    std::unique_ptr<SyncServer> server = world.startServer();
    std::string studentToken = world.accessToken(student, "student");
    std::string otherToken = world.accessToken(other, "student");

    Classroom() {
        world.enroll(course, student);
        world.enroll(course, other);
        for (const char* title : {"Exam moved", "Room changed", "Slides uploaded"}) {
            const auto r =
                world.announce(*server, world.accessToken(teacher, "instructor"), course, title);
            BOOST_REQUIRE_MESSAGE(r.status == 201, r.body);
        }
    }
    json pull(const std::string& token, const std::string& cursor = "") {
        const auto r = http("GET", server->url() + "/api/v1/sync/pull?cursor=" + cursor, "",
                            {{"Authorization", "Bearer " + token}});
        BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
        return json::parse(r.body);
    }
    HttpResponse markRead(const std::string& token, const std::string& body) {
        return http("POST", server->url() + "/api/v1/notifications/read", body,
                    {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
    }
    json markReadOk(const std::string& token, const json& body) {
        const auto r = markRead(token, body.dump());
        BOOST_REQUIRE_MESSAGE(r.status == 200, r.status << " " << r.body);
        return json::parse(r.body);
    }
};

// Title -> notification id, from a pull page.
std::map<std::string, std::string> idsByTitle(const json& page) {
    std::map<std::string, std::string> out;
    for (const auto& n : page.at("notifications"))
        out[n.at("title")] = n.at("id");
    return out;
}

const json* findId(const json& page, const std::string& id) {
    for (const auto& n : page.at("notifications"))
        if (n.at("id") == id)
            return &n;
    return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_CASE(marks_only_the_callers_notifications_once_and_announces_each_mark) {
    Classroom c;
    const json first = c.pull(c.studentToken);
    auto mine = idsByTitle(first);
    auto theirs = idsByTitle(c.pull(c.otherToken));
    BOOST_REQUIRE_EQUAL(mine.size(), 4u);  // enrolled + three announcements
    const std::string exam = mine.at("Exam moved");
    const long long seqBefore = c.world.latestSeq(c.student);

    // Another student's id and an unknown one are passed over, not refused.
    const json marked =
        c.markReadOk(c.studentToken,
                     {{"ids", {exam, theirs.at("Exam moved"), satchel::newUuidV7().toString()}}});
    BOOST_TEST(marked.at("marked") == 1);
    BOOST_TEST(marked.at("ids") == json::array({exam}));
    BOOST_TEST(marked.at("readAtMs").get<long long>() > 0);
    BOOST_TEST(c.world.latestSeq(c.student) == seqBefore + 1);  // one notification.read event
    const auto theirsNow = c.pull(c.otherToken);
    BOOST_REQUIRE(findId(theirsNow, theirs.at("Exam moved")));
    BOOST_TEST(!findId(theirsNow, theirs.at("Exam moved"))->contains("readAtMs"));

    // Idempotent: the same request again marks nothing and announces nothing.
    const json again = c.markReadOk(c.studentToken, {{"ids", {exam}}});
    BOOST_TEST(again.at("marked") == 0);
    BOOST_TEST(again.at("readAtMs").is_null());
    BOOST_TEST(c.world.latestSeq(c.student) == seqBefore + 1);

    // The pull from the earlier cursor delivers the read notification again, read.
    const json next = c.pull(c.studentToken, first.at("cursor"));
    const json* reread = findId(next, exam);
    BOOST_REQUIRE(reread);
    BOOST_TEST(reread->at("readAtMs") == marked.at("readAtMs"));
    BOOST_TEST(next.at("notifications").size() == 1u);

    // up_to: everything up to and including "Room changed" in the server's order, which is
    // the enrollment and "Room changed" (the exam was read already); "Slides" stays unread.
    const json upTo = c.markReadOk(c.studentToken, {{"up_to", mine.at("Room changed")}});
    BOOST_TEST(upTo.at("marked") == 2);
    BOOST_TEST(upTo.at("ids") == json::array({mine.at("Enrolled"), mine.at("Room changed")}));
    const json all = c.pull(c.studentToken);
    for (const auto& n : all.at("notifications")) {
        BOOST_TEST_CONTEXT(n.at("title")) {
            BOOST_TEST(n.contains("readAtMs") == (n.at("title") != "Slides uploaded"));
        }
    }

    // The socket: a client resuming from before the marks gets both announcements, in order,
    // naming exactly what each marked.
    WsTestClient ws(c.server->port());
    ws.authenticate(c.studentToken, seqBefore);
    BOOST_REQUIRE_EQUAL(ws.receiveJson(std::chrono::seconds(60)).at("type"), "ready");
    const json e1 = ws.receiveJson(std::chrono::seconds(60));
    const json e2 = ws.receiveJson(std::chrono::seconds(60));
    BOOST_TEST(e1.at("kind") == "notification.read");
    BOOST_TEST(e1.at("data").at("ids") == json::array({exam}));
    BOOST_TEST(e1.at("data").at("read_at_ms") == marked.at("readAtMs"));
    BOOST_TEST(e2.at("kind") == "notification.read");
    BOOST_TEST(e2.at("data").at("ids") == upTo.at("ids"));
    ws.close();
}

BOOST_AUTO_TEST_CASE(malformed_requests_are_refused_naming_the_field) {
    Classroom c;
    const auto mine = idsByTitle(c.pull(c.studentToken));
    const auto theirs = idsByTitle(c.pull(c.otherToken));
    const auto refused = [&](const std::string& body, int status, const std::string& code,
                             const std::string& field) {
        BOOST_TEST_CONTEXT(body) {
            const auto r = c.markRead(c.studentToken, body);
            BOOST_TEST(r.status == status);
            const json error = json::parse(r.body).at("error");
            BOOST_TEST(error.at("code") == code);
            if (!field.empty())
                BOOST_TEST(error.value("field", "") == field);
            BOOST_TEST(!error.at("message").get<std::string>().empty());
        }
    };
    refused("{}", 400, "invalid_field", "ids");
    refused(R"({"ids":[]})", 400, "invalid_field", "ids");
    refused(R"({"ids":"x"})", 400, "invalid_field", "ids");
    refused(json{{"ids", {mine.at("Enrolled"), "not-a-uuid"}}}.dump(), 400, "invalid_field",
            "ids[1]");
    refused(json{{"ids", {mine.at("Enrolled"), 7}}}.dump(), 400, "invalid_field", "ids[1]");
    refused(R"({"up_to":12})", 400, "invalid_field", "up_to");
    json tooMany = {{"ids", json::array()}};
    for (int i = 0; i < 501; ++i)
        tooMany["ids"].push_back(mine.at("Enrolled"));
    refused(tooMany.dump(), 400, "invalid_field", "ids");
    refused("not json", 400, "malformed_json", "");
    // Another student's notification is no bound for this one's.
    refused(json{{"up_to", theirs.at("Slides uploaded")}}.dump(), 404, "notification_not_found",
            "up_to");
    // Nothing above was marked.
    const json after = c.pull(c.studentToken);  // held: at() refers into it
    BOOST_TEST(!after.at("notifications").empty());
    for (const auto& n : after.at("notifications"))
        BOOST_TEST(!n.contains("readAtMs"));
    const auto anonymous =
        http("POST", c.server->url() + "/api/v1/notifications/read",
             json{{"ids", {mine.at("Enrolled")}}}.dump(), {{"Content-Type", "application/json"}});
    BOOST_TEST(anonymous.status == 401);
}

BOOST_AUTO_TEST_CASE(a_pull_page_that_redelivers_reads_stays_within_its_limit) {
    Classroom c;
    const json first = c.pull(c.studentToken);
    const auto mine = idsByTitle(first);
    // Three read events naming 1, 1 and 2 notifications, after the four notifications.
    c.markReadOk(c.studentToken, {{"ids", {mine.at("Exam moved")}}});
    c.markReadOk(c.studentToken, {{"ids", {mine.at("Room changed")}}});
    c.markReadOk(c.studentToken, {{"ids", {mine.at("Enrolled"), mine.at("Slides uploaded")}}});
    // With limit 3 each page carries at most 3 notifications, and following the cursor
    // brings every notification read, none lost.
    std::string cursor = first.at("cursor");
    std::set<std::string> seenRead;
    for (int page = 0; page < 10; ++page) {
        const auto r = http("GET", c.server->url() + "/api/v1/sync/pull?limit=3&cursor=" + cursor,
                            "", {{"Authorization", "Bearer " + c.studentToken}});
        BOOST_REQUIRE_MESSAGE(r.status == 200, r.body);
        const json body = json::parse(r.body);
        BOOST_TEST(body.at("notifications").size() <= 3u);
        for (const auto& n : body.at("notifications"))
            if (n.contains("readAtMs"))
                seenRead.insert(n.at("id"));
        cursor = body.at("cursor");
        if (!body.value("hasMore", false))
            break;
    }
    BOOST_TEST(seenRead.size() == 4u);
}
