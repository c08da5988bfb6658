#include "satchel/storage/storage_settings.h"

#include <cstdlib>

namespace satchel::storage {
namespace {

std::optional<std::string> decodeHex(const std::string& text) {
    if (text.size() % 2 != 0)
        return std::nullopt;
    std::string out;
    for (std::size_t i = 0; i < text.size(); i += 2) {
        const auto digit = [](char c) -> int {
            if (c >= '0' && c <= '9')
                return c - '0';
            if (c >= 'a' && c <= 'f')
                return c - 'a' + 10;
            if (c >= 'A' && c <= 'F')
                return c - 'A' + 10;
            return -1;
        };
        const int hi = digit(text[i]), lo = digit(text[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out.push_back(static_cast<char>(hi * 16 + lo));
    }
    return out;
}

}  // namespace

Result<ConfiguredStore, SettingsError> configureBlobStore(const SettingLookup& lookup) {
    auto get = [&](std::string_view name) { return lookup(name).value_or(""); };
    ConfiguredStore out;
    if (const std::string endpoint = get("SATCHEL_S3_ENDPOINT"); !endpoint.empty()) {
        S3Config config;
        config.endpoint = endpoint;
        config.bucket = get("SATCHEL_S3_BUCKET");
        if (config.bucket.empty())
            return fail(SettingsError{"SATCHEL_S3_BUCKET is required with SATCHEL_S3_ENDPOINT"});
        if (const auto region = get("SATCHEL_S3_REGION"); !region.empty())
            config.region = region;
        config.credentials = {get("SATCHEL_S3_ACCESS_KEY"), get("SATCHEL_S3_SECRET_KEY"),
                              get("SATCHEL_S3_SESSION_TOKEN")};
        const std::string addressing = get("SATCHEL_S3_ADDRESSING");
        if (addressing == "virtual")
            config.addressing = S3Addressing::VirtualHosted;
        else if (!addressing.empty() && addressing != "path")
            return fail(SettingsError{"SATCHEL_S3_ADDRESSING must be \"path\" or \"virtual\""});
        try {
            out.store = std::make_unique<S3BlobStore>(std::move(config));
        } catch (const std::invalid_argument& e) {
            return fail(SettingsError{std::string("SATCHEL_S3_ENDPOINT: ") + e.what()});
        }
        return out;
    }

    const std::string dir = get("SATCHEL_BLOB_DIR");
    if (dir.empty())
        return fail(
            SettingsError{"set SATCHEL_BLOB_DIR (local blob folder) or SATCHEL_S3_ENDPOINT"});
    std::optional<UrlSigner> signer;
    if (const std::string key = get("SATCHEL_BLOB_URL_KEY"); !key.empty()) {
        const auto hex = key.size() >= 64 ? decodeHex(key) : std::nullopt;
        const std::string material = hex.value_or(key);
        if (material.size() < 32)
            return fail(SettingsError{"SATCHEL_BLOB_URL_KEY needs >= 64 hex digits or 32 bytes"});
        signer.emplace(material);
    } else {
        signer.emplace(UrlSigner::withRandomKey());
    }
    try {
        auto local = std::make_unique<LocalBlobStore>(
            LocalStoreConfig{dir, get("SATCHEL_PUBLIC_URL"), std::move(*signer), {}});
        out.local = local.get();
        out.store = std::move(local);
    } catch (const std::filesystem::filesystem_error& e) {
        return fail(SettingsError{"SATCHEL_BLOB_DIR " + dir + ": " + e.code().message()});
    }
    return out;
}

Result<ConfiguredStore, SettingsError> configureBlobStoreFromEnvironment() {
    return configureBlobStore([](std::string_view name) -> std::optional<std::string> {
        const char* value = std::getenv(std::string(name).c_str());
        if (!value)
            return std::nullopt;
        return std::string(value);
    });
}

}  // namespace satchel::storage
