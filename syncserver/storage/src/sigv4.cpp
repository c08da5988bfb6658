#include "satchel/storage/sigv4.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <map>
#include <set>

#include "satchel/storage/crypto.h"
#include "satchel/storage/uri_encoding.h"

namespace satchel::storage {
namespace {

constexpr const char* kAlgorithm = "AWS4-HMAC-SHA256";

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Trims the value and folds each run of whitespace inside it into one space.
std::string canonicalHeaderValue(const std::string& value) {
    std::string out;
    bool pendingSpace = false;
    for (const char c : value) {
        if (isSpace(c)) {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace)
            out.push_back(' ');
        pendingSpace = false;
        out.push_back(c);
    }
    return out;
}

// Headers that proxies and clients add or rewrite in transit; signing them breaks requests.
bool isUnsignable(const std::string& lowerName) {
    return lowerName == "authorization" || lowerName == "user-agent" ||
           lowerName == "x-amzn-trace-id" || lowerName == "expect" || lowerName == "connection" ||
           lowerName == "transfer-encoding";
}

struct CanonicalHeaders {
    std::string block;        // "name:value\n" lines
    std::string signedNames;  // "a;b;c"
};

CanonicalHeaders canonicalHeaders(const NameValueList& headers) {
    std::map<std::string, std::string> merged;  // sorted by lower-case name
    for (const auto& [name, value] : headers) {
        const std::string key = lower(name);
        if (isUnsignable(key))
            continue;
        auto [it, inserted] = merged.emplace(key, canonicalHeaderValue(value));
        if (!inserted)
            it->second += "," + canonicalHeaderValue(value);
    }
    CanonicalHeaders out;
    for (const auto& [name, value] : merged) {
        out.block += name + ":" + value + "\n";
        if (!out.signedNames.empty())
            out.signedNames += ";";
        out.signedNames += name;
    }
    return out;
}

std::string credentialScope(const SigningOptions& options) {
    return amzDate(options.time).substr(0, 8) + "/" + options.region + "/" + options.service +
           "/aws4_request";
}

std::string buildCanonicalRequest(const SigningRequest& request, const NameValueList& query,
                                  const CanonicalHeaders& headers, const SigningOptions& options) {
    return request.method + "\n" + canonicalPath(request.path, options) + "\n" +
           canonicalQueryString(query) + "\n" + headers.block + "\n" + headers.signedNames + "\n" +
           request.payloadHash;
}

struct Signed {
    std::string stringToSign;
    std::string signature;
};

Signed sign(const std::string& canonicalRequest, const AwsCredentials& credentials,
            const SigningOptions& options) {
    const std::string date = amzDate(options.time);
    Signed out;
    out.stringToSign = std::string(kAlgorithm) + "\n" + date + "\n" + credentialScope(options) +
                       "\n" + sha256Hex(canonicalRequest);
    Digest key = hmacSha256("AWS4" + credentials.secretAccessKey, date.substr(0, 8));
    key = hmacSha256(key, options.region);
    key = hmacSha256(key, options.service);
    key = hmacSha256(key, "aws4_request");
    out.signature = toHex(hmacSha256(key, out.stringToSign));
    return out;
}

}  // namespace

SigningOptions s3SigningOptions(std::string region, std::chrono::system_clock::time_point time) {
    SigningOptions options;
    options.region = std::move(region);
    options.service = "s3";
    options.time = time;
    options.normalizePath = false;
    options.doubleEncodePath = false;
    options.addContentSha256Header = true;
    return options;
}

std::string amzDate(std::chrono::system_clock::time_point time) {
    const std::time_t t = std::chrono::system_clock::to_time_t(time);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y%m%dT%H%M%SZ", &tm);
    return buf;
}

std::string canonicalPath(const std::string& path, const SigningOptions& options) {
    std::string result = path.empty() ? "/" : path;
    if (options.normalizePath) {
        std::vector<std::string> segments;
        std::size_t start = 0;
        while (start <= result.size()) {
            const std::size_t slash = std::min(result.find('/', start), result.size());
            const std::string segment = result.substr(start, slash - start);
            if (segment == "..") {
                if (!segments.empty())
                    segments.pop_back();
            } else if (!segment.empty() && segment != ".") {
                segments.push_back(segment);
            }
            start = slash + 1;
        }
        std::string normalized;
        for (const auto& s : segments)
            normalized += "/" + s;
        if (normalized.empty() || (result.back() == '/' && normalized.back() != '/'))
            normalized += "/";
        result = normalized;
    }
    return options.doubleEncodePath ? awsUriEncode(result, true) : result;
}

std::string canonicalQueryString(const NameValueList& query) {
    std::vector<std::pair<std::string, std::string>> encoded;
    encoded.reserve(query.size());
    for (const auto& [name, value] : query)
        encoded.emplace_back(awsUriEncode(name, false), awsUriEncode(value, false));
    std::sort(encoded.begin(), encoded.end());
    std::string out;
    for (const auto& [name, value] : encoded) {
        if (!out.empty())
            out += "&";
        out += name + "=" + value;
    }
    return out;
}

std::string encodeQueryString(const NameValueList& query) {
    std::string out;
    for (const auto& [name, value] : query) {
        if (!out.empty())
            out += "&";
        out += awsUriEncode(name, false) + "=" + awsUriEncode(value, false);
    }
    return out;
}

HeaderSignature signWithHeaders(const SigningRequest& request, const AwsCredentials& credentials,
                                const SigningOptions& options) {
    HeaderSignature out;
    out.headersToAdd.emplace_back("X-Amz-Date", amzDate(options.time));
    if (options.addContentSha256Header)
        out.headersToAdd.emplace_back("x-amz-content-sha256", request.payloadHash);
    const bool signToken =
        !credentials.sessionToken.empty() && !options.omitSessionTokenFromSignature;
    if (signToken)
        out.headersToAdd.emplace_back("X-Amz-Security-Token", credentials.sessionToken);

    NameValueList headers = request.headers;
    headers.insert(headers.end(), out.headersToAdd.begin(), out.headersToAdd.end());
    const CanonicalHeaders canonical = canonicalHeaders(headers);
    out.canonicalRequest = buildCanonicalRequest(request, request.query, canonical, options);
    const Signed s = sign(out.canonicalRequest, credentials, options);
    out.stringToSign = s.stringToSign;
    out.signature = s.signature;
    out.authorization = std::string(kAlgorithm) + " Credential=" + credentials.accessKeyId + "/" +
                        credentialScope(options) + ", SignedHeaders=" + canonical.signedNames +
                        ", Signature=" + out.signature;
    if (!credentials.sessionToken.empty() && !signToken)
        out.headersToAdd.emplace_back("X-Amz-Security-Token", credentials.sessionToken);
    return out;
}

QuerySignature signWithQuery(const SigningRequest& request, const AwsCredentials& credentials,
                             const SigningOptions& options, std::chrono::seconds expires) {
    const CanonicalHeaders canonical = canonicalHeaders(request.headers);
    QuerySignature out;
    out.queryToAdd = {
        {"X-Amz-Algorithm", kAlgorithm},
        {"X-Amz-Credential", credentials.accessKeyId + "/" + credentialScope(options)},
        {"X-Amz-Date", amzDate(options.time)},
        {"X-Amz-SignedHeaders", canonical.signedNames},
        {"X-Amz-Expires", std::to_string(expires.count())},
    };
    const bool hasToken = !credentials.sessionToken.empty();
    if (hasToken && !options.omitSessionTokenFromSignature)
        out.queryToAdd.emplace_back("X-Amz-Security-Token", credentials.sessionToken);

    NameValueList query = request.query;
    query.insert(query.end(), out.queryToAdd.begin(), out.queryToAdd.end());
    out.canonicalRequest = buildCanonicalRequest(request, query, canonical, options);
    const Signed s = sign(out.canonicalRequest, credentials, options);
    out.stringToSign = s.stringToSign;
    out.signature = s.signature;
    if (hasToken && options.omitSessionTokenFromSignature)
        out.queryToAdd.emplace_back("X-Amz-Security-Token", credentials.sessionToken);
    out.queryToAdd.emplace_back("X-Amz-Signature", out.signature);
    return out;
}

}  // namespace satchel::storage
