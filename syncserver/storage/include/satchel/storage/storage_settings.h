#pragma once
// Which BlobStore satchel-syncd uses, from its SATCHEL_* settings:
//
//   SATCHEL_S3_ENDPOINT      set: use S3 at this http(s)://host[:port]; unset: the local folder
//   SATCHEL_S3_BUCKET        required with S3
//   SATCHEL_S3_REGION        default us-east-1
//   SATCHEL_S3_ACCESS_KEY, SATCHEL_S3_SECRET_KEY, SATCHEL_S3_SESSION_TOKEN (optional)
//   SATCHEL_S3_ADDRESSING    "path" (default) or "virtual"
//   SATCHEL_BLOB_DIR         the local store's folder (required without S3)
//   SATCHEL_PUBLIC_URL       how clients reach this server (local store URLs start with it)
//   SATCHEL_BLOB_URL_KEY     local URL signing key: >= 64 hex digits or >= 32 bytes; unset, a
//                            random key per process (fine for one instance; several instances
//                            behind a balancer must share one)

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "satchel/result.h"
#include "satchel/storage/local_blob_store.h"
#include "satchel/storage/s3_blob_store.h"

namespace satchel::storage {

struct ConfiguredStore {
    std::unique_ptr<BlobStore> store;
    LocalBlobStore* local = nullptr;  // the same object when the local folder is used, else null
};

struct SettingsError {
    std::string message;  // names the setting that is missing or wrong
};

using SettingLookup = std::function<std::optional<std::string>(std::string_view name)>;

// Reads the settings through `lookup` (the process environment by default) and builds the
// store. Creating the local folder may fail: that is a SettingsError naming the folder.
Result<ConfiguredStore, SettingsError> configureBlobStore(const SettingLookup& lookup);
Result<ConfiguredStore, SettingsError> configureBlobStoreFromEnvironment();

}  // namespace satchel::storage
