#pragma once
// The typed error of publishing a draft (PublishJob, AssetUploader).

#include <QString>
#include <string>
#include <vector>

#include "satchel/client/api_error.h"
#include "satchel/client/draft_manifest.h"

namespace satchel::client {

struct PublishError {
    enum class Kind {
        Invalid,   // the draft is not publishable: see `problems`
        Api,       // the server refused or could not be reached: see `api`
        Upload,    // the object store refused a PUT (httpStatus), or the connection failed
        FileRead,  // a local asset file could not be read
        Canceled,  // cancel() was called
    };
    Kind kind = Kind::Api;
    std::vector<DraftProblem> problems;  // Invalid only
    ApiError api;                        // Api only
    int httpStatus = 0;                  // Upload only (0: no answer)
    std::string sha256;                  // the asset concerned, when there is one
    QString message;                     // for logs; never shown raw to the user
};

}  // namespace satchel::client
