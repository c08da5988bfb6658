// AssetUploader against the real satchel-syncd (local blob store): an asset larger than one
// part goes up as a multipart upload; interrupted after its first part, a second attempt
// given the parts stored so far sends only the others, and the server verifies the whole.
#define BOOST_TEST_MODULE editor_asset_resume
#include <boost/test/unit_test.hpp>

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <fstream>

#include "../server/api_client.h"
#include "satchel/client/api_client.h"
#include "satchel/client/asset_uploader.h"
#include "satchel/hash.h"

namespace st = satchel::testing;
using namespace satchel;
using namespace satchel::client;

namespace {

struct App {
    int argc = 1;
    char name[16] = "editor-test";
    char* argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
};
BOOST_TEST_GLOBAL_FIXTURE(App);

constexpr int kWaitMs = 120000;

std::string field(const nlohmann::json& login, const char* snake, const char* camel) {
    return login.contains(snake) ? login[snake].get<std::string>()
                                 : login[camel].get<std::string>();
}

// `mib` MiB of bytes that differ from block to block (so no two parts are alike).
AssetSource writeAsset(const std::filesystem::path& path, int mib) {
    {
        std::ofstream out(path, std::ios::binary);
        std::string block(1 << 20, '\0');
        for (int b = 0; b < mib; ++b) {
            for (std::size_t i = 0; i < block.size(); ++i)
                block[i] = static_cast<char>((i * 31 + static_cast<std::size_t>(b) * 7) & 0xff);
            out.write(block.data(), static_cast<std::streamsize>(block.size()));
        }
    }
    auto digest = sha256File(path);
    BOOST_REQUIRE(digest);
    return AssetSource{digest->sha256, digest->size, "video/mp4", path.string(), {}};
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_interrupted_multipart_upload_resumes_without_resending_parts) {
    st::ServerUnderTest server;
    const auto teacher = server.createWithRole("teacher", "instructor");
    ApiClient api(QUrl(QString::fromStdString(server.url())), newUuidV7());
    api.session()->set(field(teacher, "access_token", "accessToken"),
                       field(teacher, "refresh_token", "refreshToken"));
    QNetworkAccessManager network;
    st::TempDir dir("editor-upload");
    const AssetSource asset = writeAsset(dir.path() / "lecture.mp4", 70);  // 3 parts of 32 MiB

    PendingUpload journal;
    {
        AssetUploader first(api, network, asset);
        QObject::connect(
            &first, &AssetUploader::partStored, &first,
            [&](const QString&, const QString& uploadId, quint32 number, const QString& etag) {
                journal.uploadId = uploadId.toStdString();
                journal.parts.push_back({number, etag.toStdString()});
                first.cancel();  // the app is closed after the first part
            });
        QSignalSpy finished(&first, &AssetUploader::finished);
        first.start();
        BOOST_REQUIRE(finished.wait(kWaitMs));
        BOOST_REQUIRE(first.error().has_value());
        BOOST_TEST((first.error()->kind == PublishError::Kind::Canceled));
        BOOST_TEST(first.partsSent() == 1);
    }
    BOOST_REQUIRE_EQUAL(journal.parts.size(), 1u);

    AssetUploader second(api, network, asset, journal);
    qint64 firstReport = -1;
    QObject::connect(&second, &AssetUploader::progress, &second, [&](qint64 sent, qint64) {
        if (firstReport < 0)
            firstReport = sent;
    });
    QSignalSpy finished(&second, &AssetUploader::finished);
    second.start();
    BOOST_REQUIRE(finished.wait(kWaitMs));
    BOOST_REQUIRE_MESSAGE(!second.error(),
                          (second.error() ? second.error()->message.toStdString() : ""));
    BOOST_TEST(second.partsSent() == 2);          // parts 2 and 3 only
    BOOST_TEST(firstReport == qint64{32} << 20);  // part 1 counted as already there

    // The server assembled and verified the bytes: asking again finds them.
    AssetUploader third(api, network, asset);
    QSignalSpy thirdDone(&third, &AssetUploader::finished);
    third.start();
    BOOST_REQUIRE(thirdDone.wait(kWaitMs));
    BOOST_REQUIRE(!third.error());
    BOOST_TEST(third.wasAlreadyPresent());
    BOOST_TEST(third.partsSent() == 0);
}
