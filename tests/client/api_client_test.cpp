// ApiClient against the real satchel-syncd, PostgreSQL and the demo course: register, the
// catalog, enrolment, the manifest and an asset URL, push and pull, one refresh on 401 (with
// a refused access token), a refused refresh ending the session, clients sharing a session,
// and being offline.
#define BOOST_TEST_MODULE api_client
#include <boost/test/unit_test.hpp>

#include <QSignalSpy>
#include <optional>

#include "local_store_fixture.h"
#include "qt_fixture.h"
#include "satchel/client/api_client.h"
#include "sync_fixture.h"

using namespace satchel;
using satchel::client::ApiClient;
using satchel::client::ApiError;
using satchel::client::ApiResult;
using satchel::testing::waitFor;

namespace {

testing::DemoServer* services = nullptr;

struct Module : testing::QtCoreApp {
    Module() { services = new testing::DemoServer; }
    ~Module() { delete services; }
};
BOOST_TEST_GLOBAL_FIXTURE(Module);

template <class T>
ApiResult<T> wait(const std::function<void(const QObject*, ApiClient::Callback<T>)>& call) {
    return testing::await<T>(call);
}
using testing::describe;

struct Student {
    Uuid device = newUuidV7();
    ApiClient api{services->url(), device};
    std::string email = testing::uniqueEmail();

    void registerAndSignIn() {
        auto auth = wait<AuthResponse>([&](auto* c, auto done) {
            api.registerAccount({email, "correct horse battery", "Test Student"}, "Test laptop", c,
                                done);
        });
        BOOST_REQUIRE_MESSAGE(auth.ok(), describe(auth));
        BOOST_REQUIRE(api.signedIn());
    }
    CourseSummary demoCourse() {
        auto catalog = wait<CatalogResponse>([&](auto* c, auto done) { api.catalog(c, done); });
        BOOST_REQUIRE_MESSAGE(catalog.ok(), describe(catalog));
        for (const auto& course : catalog->courses) {
            if (course.title == "Welcome to Satchel")
                return course;
        }
        BOOST_FAIL("the demo course is not in the catalog");
        return {};
    }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(registers_enrolls_and_fetches_the_manifest_and_an_asset_url, Student) {
    registerAndSignIn();
    const CourseSummary course = demoCourse();
    BOOST_TEST(!course.enrolled);

    auto enrolled = wait<void>([&](auto* c, auto done) { api.enroll(course.courseId, c, done); });
    BOOST_REQUIRE_MESSAGE(enrolled.ok(), describe(enrolled));
    BOOST_TEST(demoCourse().enrolled);

    auto manifest = wait<CourseManifest>(
        [&](auto* c, auto done) { api.manifest(course.courseId, course.latestVersion, c, done); });
    BOOST_REQUIRE_MESSAGE(manifest.ok(), describe(manifest));
    BOOST_TEST(manifest->title == "Welcome to Satchel");
    BOOST_REQUIRE(!manifest->assets.empty());

    const Asset& asset = manifest->assets.front();
    auto url = wait<AssetUrlResponse>([&](auto* c, auto done) {
        api.assetUrl(course.courseId, course.latestVersion, asset.sha256, c, done);
    });
    BOOST_REQUIRE_MESSAGE(url.ok(), describe(url));
    BOOST_TEST(url->sha256 == asset.sha256);
    BOOST_TEST(!url->url.empty());
    BOOST_TEST(api.online());
}

BOOST_FIXTURE_TEST_CASE(pushed_events_come_back_on_pull, Student) {
    registerAndSignIn();
    const CourseSummary course = demoCourse();
    BOOST_REQUIRE(
        wait<void>([&](auto* c, auto done) { api.enroll(course.courseId, c, done); }).ok());
    auto manifest = wait<CourseManifest>(
        [&](auto* c, auto done) { api.manifest(course.courseId, course.latestVersion, c, done); });
    BOOST_REQUIRE(manifest.ok());
    const Lesson* video = nullptr;
    for (const auto& m : manifest->modules) {
        for (const auto& l : m.lessons) {
            if (!video && l.kind == LessonKind::Video)
                video = &l;
        }
    }
    BOOST_REQUIRE(video);
    const Asset* asset = manifest->findAsset(video->assetSha256);
    BOOST_REQUIRE(asset && asset->durationMs);

    PushRequest push;
    push.deviceId = device;
    ProgressEvent e = testing::watchedEvent(course.courseId, video->id, device, systemUnixMillis(),
                                            0, std::min<std::uint64_t>(4000, *asset->durationMs),
                                            *asset->durationMs);
    push.events = {e};
    auto pushed = wait<PushResponse>([&](auto* c, auto done) { api.push(push, c, done); });
    BOOST_REQUIRE_MESSAGE(pushed.ok(), describe(pushed));
    BOOST_REQUIRE(pushed->acks.size() == 1u);
    BOOST_TEST(pushed->acks[0].id == e.id);
    BOOST_TEST((pushed->acks[0].status == AckStatus::Applied));

    auto again = wait<PushResponse>([&](auto* c, auto done) { api.push(push, c, done); });
    BOOST_REQUIRE(again.ok());
    BOOST_TEST((again->acks[0].status == AckStatus::Duplicate));

    auto page = wait<PullResponse>([&](auto* c, auto done) { api.pull("", 1000, c, done); });
    BOOST_REQUIRE_MESSAGE(page.ok(), describe(page));
    BOOST_TEST(std::any_of(page->events.begin(), page->events.end(),
                           [&](const ProgressEvent& p) { return p.id == e.id; }));
    BOOST_TEST(!page->cursor.empty());
}

BOOST_FIXTURE_TEST_CASE(a_refused_access_token_is_refreshed_once_and_the_call_retried, Student) {
    registerAndSignIn();
    const std::string refresh = api.session()->current().refresh;
    // As after expiry: the server answers 401 to the access token.
    api.session()->set("eyJ.not-a-token-the-server-signed.x", refresh);
    QSignalSpy rotated(&api, &ApiClient::refreshTokenChanged);
    auto catalog = wait<CatalogResponse>([&](auto* c, auto done) { api.catalog(c, done); });
    BOOST_REQUIRE_MESSAGE(catalog.ok(), describe(catalog));
    BOOST_REQUIRE(rotated.count() == 1);
    const std::string rotatedTo = rotated.first().first().toString().toStdString();
    BOOST_TEST(!rotatedTo.empty());
    BOOST_TEST(rotatedTo != refresh);
    BOOST_TEST(api.session()->current().refresh == rotatedTo);
}

BOOST_FIXTURE_TEST_CASE(clients_sharing_a_session_survive_each_others_rotation, Student) {
    registerAndSignIn();
    ApiClient second(api.server(), device, api.session());
    api.session()->set("eyJ.stale.x", api.session()->current().refresh);
    // Both find the access token refused at about the same time; one rotates the refresh
    // token, the other must pick up the new one instead of ending the session.
    QObject context;
    std::optional<ApiResult<CatalogResponse>> first, other;
    api.catalog(&context, [&](auto r) { first.emplace(std::move(r)); });
    second.catalog(&context, [&](auto r) { other.emplace(std::move(r)); });
    BOOST_REQUIRE(testing::waitFor(first, std::chrono::seconds(60)));
    BOOST_REQUIRE(testing::waitFor(other, std::chrono::seconds(60)));
    BOOST_TEST_MESSAGE("first: " << describe(*first) << ", second: " << describe(*other));
    BOOST_TEST(first->ok());
    BOOST_TEST(other->ok());
    BOOST_TEST(api.signedIn());
    BOOST_TEST(second.signedIn());
}

BOOST_FIXTURE_TEST_CASE(a_refused_refresh_ends_the_session, Student) {
    api.restoreSession("rt_not-a-token-the-server-issued");
    QSignalSpy ended(&api, &ApiClient::sessionEnded);
    QSignalSpy rotated(&api, &ApiClient::refreshTokenChanged);
    auto catalog = wait<CatalogResponse>([&](auto* c, auto done) { api.catalog(c, done); });
    BOOST_REQUIRE(!catalog.ok());
    BOOST_TEST((catalog.error().kind == ApiError::Kind::Unauthorized));
    BOOST_TEST(ended.count() == 1);
    BOOST_REQUIRE(rotated.count() == 1);
    BOOST_TEST(rotated.first().first().toString().isEmpty());
    BOOST_TEST(!api.signedIn());
}

BOOST_FIXTURE_TEST_CASE(a_wrong_password_is_refused_without_a_session, Student) {
    registerAndSignIn();
    ApiClient other(api.server(), newUuidV7());
    auto auth = wait<AuthResponse>([&](auto* c, auto done) {
        other.login(email, "not the password", "Other laptop", c, done);
    });
    BOOST_REQUIRE(!auth.ok());
    BOOST_TEST((auth.error().kind == ApiError::Kind::Unauthorized ||
                auth.error().kind == ApiError::Kind::Rejected));
    BOOST_TEST(!other.signedIn());
    auto good = wait<AuthResponse>([&](auto* c, auto done) {
        other.login(email, "correct horse battery", "Other laptop", c, done);
    });
    BOOST_REQUIRE_MESSAGE(good.ok(), describe(good));
    BOOST_TEST(other.signedIn());
}

BOOST_AUTO_TEST_CASE(no_server_means_offline) {
    ApiClient api(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(testing::freePort())),
                  newUuidV7());
    api.restoreSession("rt_whatever");
    QSignalSpy online(&api, &ApiClient::onlineChanged);
    auto catalog = wait<CatalogResponse>([&](auto* c, auto done) { api.catalog(c, done); });
    BOOST_REQUIRE(!catalog.ok());
    BOOST_TEST((catalog.error().kind == ApiError::Kind::Offline));
    BOOST_TEST(catalog.error().transient());
    BOOST_TEST(!api.online());
    BOOST_TEST(online.count() == 1);
    BOOST_TEST(api.signedIn());  // being offline does not end the session
}
