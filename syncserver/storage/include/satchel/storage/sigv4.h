#pragma once
// AWS Signature Version 4, as a pure function of a request description, credentials and a
// clock reading: no I/O, so the AWS test suite and AWS's own JavaScript signer can check it.
//
// Two encodings of the path exist. Generic AWS services sign the path "double encoded": the
// path as sent is percent-encoded once more, after optional dot-segment normalisation. S3
// signs the path exactly as sent (already encoded once) with no normalisation; it also signs
// presigned URLs with the literal payload hash UNSIGNED-PAYLOAD. `SigningOptions` names both.

#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace satchel::storage {

struct AwsCredentials {
    std::string accessKeyId;
    std::string secretAccessKey;
    std::string sessionToken;  // empty when the credentials are not temporary
};

struct SigningOptions {
    std::string region;
    std::string service;
    std::chrono::system_clock::time_point time;
    bool normalizePath = true;     // remove "." / ".." segments and repeated slashes
    bool doubleEncodePath = true;  // percent-encode the path as sent once more
    // Header signing adds and signs x-amz-content-sha256 (S3 requires it; sign_body in the suite).
    bool addContentSha256Header = false;
    // The session token is added after signing, outside the signature (some STS flows).
    bool omitSessionTokenFromSignature = false;
};

// S3's settings: no normalisation, no double encoding, x-amz-content-sha256 signed.
SigningOptions s3SigningOptions(std::string region, std::chrono::system_clock::time_point time);

inline constexpr const char* kUnsignedPayload = "UNSIGNED-PAYLOAD";
inline constexpr const char* kEmptyPayloadHash =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

using NameValueList = std::vector<std::pair<std::string, std::string>>;

struct SigningRequest {
    std::string method;
    std::string path;       // as sent on the wire (already percent-encoded for S3), starts with '/'
    NameValueList query;    // decoded names and values, in request order
    NameValueList headers;  // must include "host"; names in any case, duplicates allowed
    std::string payloadHash = kEmptyPayloadHash;  // lower-case hex SHA-256, or UNSIGNED-PAYLOAD
};

// The result of signing with an Authorization header.
struct HeaderSignature {
    std::string canonicalRequest;
    std::string stringToSign;
    std::string signature;       // lower-case hex
    std::string authorization;   // the Authorization header's value
    NameValueList headersToAdd;  // X-Amz-Date, X-Amz-Security-Token, x-amz-content-sha256 as needed
};

// The result of presigning: the query parameters to append to the request's own.
struct QuerySignature {
    std::string canonicalRequest;
    std::string stringToSign;
    std::string signature;
    NameValueList queryToAdd;  // decoded; X-Amz-Algorithm ... X-Amz-Signature in that order
};

HeaderSignature signWithHeaders(const SigningRequest& request, const AwsCredentials& credentials,
                                const SigningOptions& options);

QuerySignature signWithQuery(const SigningRequest& request, const AwsCredentials& credentials,
                             const SigningOptions& options, std::chrono::seconds expires);

// Building blocks, exposed for tests.
std::string amzDate(std::chrono::system_clock::time_point time);  // 20150830T123600Z
std::string canonicalPath(const std::string& path, const SigningOptions& options);
std::string canonicalQueryString(const NameValueList& query);
// Encodes decoded name/value pairs as a query string, in the order given.
std::string encodeQueryString(const NameValueList& query);

}  // namespace satchel::storage
