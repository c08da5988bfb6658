#include "satchel/storage/blob_store.h"

namespace satchel::storage {

std::string_view toString(StorageErrorCode code) {
    switch (code) {
        case StorageErrorCode::NotFound:
            return "not_found";
        case StorageErrorCode::IntegrityMismatch:
            return "integrity_mismatch";
        case StorageErrorCode::InvalidArgument:
            return "invalid_argument";
        case StorageErrorCode::Io:
            return "io";
        case StorageErrorCode::Network:
            return "network";
        case StorageErrorCode::Remote:
            return "remote";
    }
    return "unknown";
}

}  // namespace satchel::storage
