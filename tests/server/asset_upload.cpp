#include "asset_upload.h"

#include <boost/test/unit_test.hpp>

#include "satchel/hash.h"

namespace satchel::testing {

std::string uploadAsset(const ServerUnderTest& server, const std::string& token,
                        const std::string& bytes, const std::string& mediaType) {
    const std::string sha256 = satchel::sha256Hex(bytes);
    const auto asked = server.call(
        "POST", "/api/v1/assets/uploads",
        {{"protocol", 1}, {"sha256", sha256}, {"size", bytes.size()}, {"mediaType", mediaType}},
        token);
    BOOST_REQUIRE_MESSAGE(asked.status == 200,
                          "asking for upload URLs: " << asked.status << " " << asked.raw.body);
    if (asked.json.value("alreadyPresent", false))
        return sha256;

    if (asked.json.contains("uploadUrl")) {
        std::map<std::string, std::string> headers;
        if (asked.json.contains("headers"))
            headers = asked.json["headers"].get<std::map<std::string, std::string>>();
        const auto put =
            http("PUT", asked.json["uploadUrl"].get<std::string>(), bytes, headers, 120000);
        BOOST_REQUIRE_MESSAGE(put.status / 100 == 2,
                              "uploading " << sha256 << ": " << put.status << " " << put.body);
        return sha256;
    }

    const std::uint64_t partSize = asked.json.at("partSize");
    const auto partUrls = asked.json.at("partUrls").get<std::vector<std::string>>();
    nlohmann::json complete = {{"protocol", 1},
                               {"sha256", sha256},
                               {"uploadId", asked.json.at("uploadId")},
                               {"parts", nlohmann::json::array()}};
    for (std::size_t i = 0; i < partUrls.size(); ++i) {
        const auto put = http("PUT", partUrls[i], bytes.substr(i * partSize, partSize), {}, 120000);
        BOOST_REQUIRE_MESSAGE(put.status / 100 == 2, "uploading part " << i + 1 << " of " << sha256
                                                                       << ": " << put.status << " "
                                                                       << put.body);
        complete["parts"].push_back({{"number", i + 1}, {"etag", put.header("etag")}});
    }
    const auto done = server.call("POST", "/api/v1/assets/uploads/complete", complete, token);
    BOOST_REQUIRE_MESSAGE(done.status == 204,
                          "completing " << sha256 << ": " << done.status << " " << done.raw.body);
    return sha256;
}

}  // namespace satchel::testing
