// DownloadManager against the real satchel-syncd, PostgreSQL and the demo course (load-demo):
// every demo asset downloads and verifies; a truncated .part resumes with a Range request and
// fetches only the missing bytes; a complete .part is only verified (416); a corrupted byte is
// detected and the asset downloaded again; a wrong ETag restarts from zero (200); an invalid
// URL is asked for again through the provider, never reported.
#define BOOST_TEST_MODULE download_manager
#include <boost/test/unit_test.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QUrlQuery>
#include <optional>

#include "qt_fixture.h"
#include "satchel/client/api_client.h"
#include "satchel/client/download_manager.h"
#include "satchel/testing/http.h"
#include "sync_fixture.h"

using namespace satchel;
using satchel::client::ApiClient;
using satchel::client::DownloadError;
using satchel::client::DownloadManager;
using satchel::client::DownloadRequest;

namespace {

testing::DemoServer* services = nullptr;

// One student, signed in and enrolled in the demo course, shared by every case (registering
// costs an Argon2id hash on the server: seconds on a loaded machine). Each case gets its own
// content store.
struct Enrolled {
    ApiClient api{services->url(), newUuidV7()};
    CourseSummary course;
    CourseManifest manifest;

    Enrolled() {
        auto auth = testing::await<AuthResponse>([&](auto* c, auto done) {
            api.registerAccount({testing::uniqueEmail(), "correct horse battery", "Student"},
                                "Test laptop", c, done);
        });
        BOOST_REQUIRE_MESSAGE(auth.ok(), testing::describe(auth));
        auto catalog =
            testing::await<CatalogResponse>([&](auto* c, auto done) { api.catalog(c, done); });
        BOOST_REQUIRE(catalog.ok());
        for (const auto& summary : catalog->courses)
            if (summary.title == "Welcome to Satchel")
                course = summary;
        BOOST_REQUIRE_MESSAGE(!course.title.empty(), "the demo course is not in the catalog");
        BOOST_REQUIRE(testing::await<void>([&](auto* c, auto done) {
                          api.enroll(course.courseId, c, done);
                      }).ok());
        auto m = testing::await<CourseManifest>([&](auto* c, auto done) {
            api.manifest(course.courseId, course.latestVersion, c, done);
        });
        BOOST_REQUIRE_MESSAGE(m.ok(), testing::describe(m));
        manifest = *m;
        BOOST_REQUIRE(!manifest.assets.empty());
    }
};
Enrolled* enrolled = nullptr;

struct Module : testing::QtCoreApp {
    Module() {
        services = new testing::DemoServer;
        enrolled = new Enrolled;
    }
    ~Module() {
        delete enrolled;
        delete services;
    }
};
BOOST_TEST_GLOBAL_FIXTURE(Module);

QByteArray sha256Hex(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    BOOST_REQUIRE_MESSAGE(file.open(QIODevice::ReadOnly), path.toStdString());
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    BOOST_REQUIRE(file.write(bytes) == bytes.size());
}

// The enrolled student with a content store of its own in a temp folder and a URL provider backed
// by ApiClient::assetUrl (counting its calls; optionally spoiling the first URL it hands out).
struct Student {
    ApiClient& api = enrolled->api;
    const CourseSummary& course = enrolled->course;
    const CourseManifest& manifest = enrolled->manifest;
    testing::TempDir store{"satchel-downloads"};
    int urlRequests = 0;
    bool spoilFirstUrl = false;

    QString group() const { return QString::fromStdString(course.courseId.toString()); }

    DownloadManager::UrlProvider provider() {
        return [this](const QString& sha256, const QString&, DownloadManager::UrlReply reply) {
            ++urlRequests;
            const bool spoil = spoilFirstUrl && urlRequests == 1;
            api.assetUrl(course.courseId, course.latestVersion, sha256.toStdString(), &api,
                         [reply, spoil](client::ApiResult<AssetUrlResponse> r) {
                             if (!r.ok())
                                 return reply(std::nullopt);
                             QUrl url(QString::fromStdString(r->url));
                             if (spoil) {  // a forged signature: the blob route answers 403
                                 QUrlQuery query(url);
                                 query.removeQueryItem(QStringLiteral("sig"));
                                 query.addQueryItem(QStringLiteral("sig"), QStringLiteral("00ff"));
                                 url.setQuery(query);
                             }
                             reply(url);
                         });
        };
    }

    // The largest asset: the one a resume test cuts in half.
    const Asset& largest() const {
        return *std::max_element(manifest.assets.begin(), manifest.assets.end(),
                                 [](const Asset& a, const Asset& b) { return a.size < b.size; });
    }

    // The asset's bytes and ETag straight from the server (libcurl, not the code under test).
    std::pair<QByteArray, std::string> reference(const Asset& asset) {
        auto url = testing::await<AssetUrlResponse>([&](auto* c, auto done) {
            api.assetUrl(course.courseId, course.latestVersion, asset.sha256, c, done);
        });
        BOOST_REQUIRE(url.ok());
        auto response = testing::httpGet(url->url);
        BOOST_REQUIRE_EQUAL(response.status, 200);
        BOOST_REQUIRE(!response.header("etag").empty());
        return {QByteArray::fromStdString(response.body), response.header("etag")};
    }

    struct Outcome {
        QStringList finished;
        std::vector<std::pair<QString, DownloadError>> failures;
    };
    // Runs `manager` until it is idle (5 minutes at most) and collects what it reported.
    Outcome run(DownloadManager& manager, const std::vector<Asset>& assets) {
        Outcome out;
        QObject::connect(&manager, &DownloadManager::finished,
                         [&](const QString& sha, const QString&) { out.finished << sha; });
        QObject::connect(&manager, &DownloadManager::failed,
                         [&](const QString& sha, const QString&, const DownloadError& e) {
                             out.failures.emplace_back(sha, e);
                         });
        for (const auto& asset : assets)
            manager.enqueue({QString::fromStdString(asset.sha256), static_cast<qint64>(asset.size),
                             group(), 0});
        BOOST_REQUIRE_MESSAGE(QTest::qWaitFor(
                                  [&] {
                                      return static_cast<std::size_t>(out.finished.size()) +
                                                 out.failures.size() >=
                                             assets.size();
                                  },
                                  300000),
                              "the downloads never ended");
        for (const auto& [sha, error] : out.failures)
            BOOST_ERROR("failed " << sha.toStdString() << ": " << toString(error.kind).toStdString()
                                  << " " << error.message.toStdString());
        return out;
    }

    QString storePath() const { return QString::fromStdString(store.path().string()); }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(downloads_and_verifies_every_demo_asset, Student) {
    DownloadManager manager(storePath(), provider());
    manager.setConcurrency(2);
    const Outcome out = run(manager, manifest.assets);
    BOOST_TEST(static_cast<std::size_t>(out.finished.size()) == manifest.assets.size());
    qint64 total = 0;
    for (const auto& asset : manifest.assets) {
        const QByteArray bytes = readAll(manager.finalPath(QString::fromStdString(asset.sha256)));
        BOOST_TEST(static_cast<std::uint64_t>(bytes.size()) == asset.size);
        BOOST_TEST(sha256Hex(bytes).toStdString() == asset.sha256);
        BOOST_TEST(!QFile::exists(manager.partPath(QString::fromStdString(asset.sha256))));
        total += bytes.size();
    }
    BOOST_TEST(manager.networkBytes() == total);
    BOOST_TEST(manager.idle());
}

BOOST_FIXTURE_TEST_CASE(a_truncated_part_resumes_without_fetching_its_bytes_again, Student) {
    const Asset asset = largest();
    const auto [bytes, etag] = reference(asset);
    const qint64 kept = bytes.size() / 2;
    BOOST_REQUIRE(kept > 0);
    DownloadManager manager(storePath(), provider());
    const QString sha = QString::fromStdString(asset.sha256);
    // What a kill in the middle leaves behind: half the bytes and the ETag they came with.
    writeFile(manager.partPath(sha), bytes.left(kept));
    writeFile(manager.partPath(sha) + ".etag", QByteArray::fromStdString(etag));

    run(manager, {asset});
    BOOST_TEST(readAll(manager.finalPath(sha)) == bytes);
    BOOST_TEST(manager.networkBytes() == bytes.size() - kept);  // only the missing half
}

BOOST_FIXTURE_TEST_CASE(a_complete_part_is_only_verified, Student) {
    const Asset asset = largest();
    const auto [bytes, etag] = reference(asset);
    DownloadManager manager(storePath(), provider());
    const QString sha = QString::fromStdString(asset.sha256);
    writeFile(manager.partPath(sha), bytes);
    writeFile(manager.partPath(sha) + ".etag", QByteArray::fromStdString(etag));

    run(manager, {asset});
    BOOST_TEST(readAll(manager.finalPath(sha)) == bytes);
    BOOST_TEST(manager.networkBytes() == 0);  // 416: nothing left to fetch
}

BOOST_FIXTURE_TEST_CASE(a_corrupted_byte_is_detected_and_downloaded_again, Student) {
    const Asset asset = largest();
    const auto [bytes, etag] = reference(asset);
    const qint64 kept = bytes.size() / 2;
    DownloadManager manager(storePath(), provider());
    const QString sha = QString::fromStdString(asset.sha256);
    QByteArray damaged = bytes.left(kept);
    damaged[kept / 2] = static_cast<char>(damaged[kept / 2] ^ 0x5a);
    writeFile(manager.partPath(sha), damaged);
    writeFile(manager.partPath(sha) + ".etag", QByteArray::fromStdString(etag));

    run(manager, {asset});
    BOOST_TEST(readAll(manager.finalPath(sha)) == bytes);
    // The resumed half, then (after the mismatch) the whole file once more.
    BOOST_TEST(manager.networkBytes() == (bytes.size() - kept) + bytes.size());
}

BOOST_FIXTURE_TEST_CASE(a_wrong_etag_restarts_from_zero, Student) {
    const Asset asset = largest();
    const auto [bytes, etag] = reference(asset);
    const qint64 kept = bytes.size() / 2;
    DownloadManager manager(storePath(), provider());
    const QString sha = QString::fromStdString(asset.sha256);
    writeFile(manager.partPath(sha), bytes.left(kept));
    writeFile(manager.partPath(sha) + ".etag", "\"not-the-server-etag\"");

    run(manager, {asset});
    BOOST_TEST(readAll(manager.finalPath(sha)) == bytes);
    BOOST_TEST(manager.networkBytes() == bytes.size());  // If-Range failed: a full 200
}

BOOST_FIXTURE_TEST_CASE(a_refused_url_is_asked_for_again_not_reported, Student) {
    spoilFirstUrl = true;
    const Asset asset = largest();
    DownloadManager manager(storePath(), provider());
    const Outcome out = run(manager, {asset});
    BOOST_TEST(out.failures.empty());
    BOOST_TEST(urlRequests == 2);  // the forged one (403), then a good one
    const QByteArray bytes = readAll(manager.finalPath(QString::fromStdString(asset.sha256)));
    BOOST_TEST(sha256Hex(bytes).toStdString() == asset.sha256);
}

BOOST_FIXTURE_TEST_CASE(a_bandwidth_limit_holds_and_still_delivers_verified_bytes, Student) {
    const Asset asset = largest();
    DownloadManager manager(storePath(), provider());
    constexpr qint64 limit = 1024 * 1024;  // bytes/s; the bucket holds a quarter second of it
    manager.setBandwidthLimit(limit);
    std::optional<qint64> lastDone;
    QObject::connect(&manager, &DownloadManager::progress,
                     [&](const QString&, qint64 done, qint64, double, qint64) { lastDone = done; });
    QElapsedTimer clock;
    clock.start();
    run(manager, {asset});
    const qint64 elapsedMs = clock.elapsed();
    const QByteArray bytes = readAll(manager.finalPath(QString::fromStdString(asset.sha256)));
    BOOST_TEST(sha256Hex(bytes).toStdString() == asset.sha256);
    BOOST_REQUIRE(lastDone.has_value());
    BOOST_TEST(*lastDone == static_cast<qint64>(asset.size));
    // A lower bound only (a loaded machine can only make it slower): a token bucket of
    // capacity limit/4 cannot hand out more than limit/4 + limit * t bytes in t seconds.
    const qint64 floorMs = (static_cast<qint64>(asset.size) - limit / 4) * 1000 / limit;
    BOOST_TEST(elapsedMs >= floorMs - 20, elapsedMs << " ms for " << asset.size << " bytes");
}

BOOST_FIXTURE_TEST_CASE(a_paused_course_waits_and_a_cancelled_one_is_forgotten, Student) {
    DownloadManager manager(storePath(), provider());
    manager.pause(group());
    for (const auto& asset : manifest.assets)
        manager.enqueue(
            {QString::fromStdString(asset.sha256), static_cast<qint64>(asset.size), group(), 0});
    QTest::qWait(300);  // a paused group never even asks for a URL, however long it waits
    BOOST_TEST(urlRequests == 0);
    BOOST_TEST(!manager.idle());
    manager.cancel(group());
    BOOST_TEST(manager.idle());
    for (const auto& asset : manifest.assets)
        BOOST_TEST(!QFile::exists(manager.partPath(QString::fromStdString(asset.sha256))));

    // Queued again and resumed: everything arrives.
    manager.pause(group());
    const auto& assets = manifest.assets;
    std::size_t done = 0;
    QObject::connect(&manager, &DownloadManager::finished, [&] { ++done; });
    for (const auto& asset : assets)
        manager.enqueue(
            {QString::fromStdString(asset.sha256), static_cast<qint64>(asset.size), group(), 0});
    manager.resume(group());
    BOOST_REQUIRE(QTest::qWaitFor([&] { return done == assets.size(); }, 300000));
    for (const auto& asset : assets)
        BOOST_TEST(sha256Hex(readAll(manager.finalPath(QString::fromStdString(asset.sha256))))
                       .toStdString() == asset.sha256);
}

BOOST_FIXTURE_TEST_CASE(higher_priorities_start_first_within_the_concurrency_limit, Student) {
    BOOST_REQUIRE(manifest.assets.size() >= 2);
    DownloadManager manager(storePath(), provider());
    manager.setConcurrency(1);  // one at a time: the finishing order is the starting order
    manager.pause(group());
    QStringList expected;
    int priority = 0;
    for (const auto& asset : manifest.assets) {  // later assets get higher priorities
        const QString sha = QString::fromStdString(asset.sha256);
        manager.enqueue({sha, static_cast<qint64>(asset.size), group(), priority++});
        expected.prepend(sha);
    }
    QStringList order;
    QObject::connect(&manager, &DownloadManager::finished,
                     [&](const QString& sha, const QString&) { order << sha; });
    manager.resume(group());
    BOOST_REQUIRE(QTest::qWaitFor([&] { return order.size() == expected.size(); }, 300000));
    BOOST_TEST(order == expected);
}
