#include "satchel/storage/curl_transport.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <mutex>

namespace satchel::storage {
namespace {

struct Exchange {
    const TransportRequest* request;
    TransportResponse response;
    CURL* curl;
};

size_t onWrite(char* data, size_t size, size_t count, void* user) {
    auto* ex = static_cast<Exchange*>(user);
    const size_t n = size * count;
    long status = 0;
    curl_easy_getinfo(ex->curl, CURLINFO_RESPONSE_CODE, &status);
    if (ex->request->onBody && status >= 200 && status < 300)
        ex->request->onBody(std::string_view(data, n));
    else
        ex->response.body.append(data, n);
    return n;
}

size_t onHeader(char* data, size_t size, size_t count, void* user) {
    auto* ex = static_cast<Exchange*>(user);
    const std::string line(data, size * count);
    if (line.rfind("HTTP/", 0) == 0)
        ex->response.headers.clear();  // a new (final) response
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return std::tolower(c); });
        const auto first = line.find_first_not_of(" \t", colon + 1);
        const auto last = line.find_last_not_of(" \t\r\n");
        ex->response.headers[name] =
            first == std::string::npos || last < first ? "" : line.substr(first, last - first + 1);
    }
    return size * count;
}

size_t onRead(char* buffer, size_t size, size_t count, void* user) {
    return std::fread(buffer, 1, size * count, static_cast<std::FILE*>(user));
}

}  // namespace

std::string TransportResponse::header(const std::string& lowerName) const {
    const auto it = headers.find(lowerName);
    return it == headers.end() ? std::string{} : it->second;
}

Result<TransportResponse, TransportError> perform(const TransportRequest& request) {
    static std::once_flag init;
    std::call_once(init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl)
        return fail(TransportError{"curl_easy_init failed"});
    Exchange ex{&request, {}, curl.get()};

    curl_slist* list = nullptr;
    for (const auto& [name, value] : request.headers)
        list = curl_slist_append(list, (name + ": " + value).c_str());
    list = curl_slist_append(list, "Expect:");  // no 100-continue round trip
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(list, curl_slist_free_all);

    CURL* c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, request.url.c_str());
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, onWrite);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &ex);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &ex);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, request.timeoutSeconds);

    std::unique_ptr<std::FILE, decltype(&std::fclose)> file(nullptr, std::fclose);
    if (request.bodyFile) {
        file.reset(std::fopen(request.bodyFile->c_str(), "rb"));
        if (!file)
            return fail(TransportError{"cannot open " + request.bodyFile->string()});
        std::error_code ec;
        const auto size = std::filesystem::file_size(*request.bodyFile, ec);
        if (ec)
            return fail(TransportError{"cannot size " + request.bodyFile->string()});
        curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(c, CURLOPT_READFUNCTION, onRead);
        curl_easy_setopt(c, CURLOPT_READDATA, file.get());
        curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(size));
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    } else if (request.method == "HEAD") {
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    } else {
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, request.method.c_str());
        if (!request.body.empty() || request.method == "POST" || request.method == "PUT") {
            curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.data());
            curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE,
                             static_cast<curl_off_t>(request.body.size()));
        }
    }

    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK)
        return fail(TransportError{std::string(curl_easy_strerror(rc)) + " (" + request.method +
                                   " " + request.url.substr(0, request.url.find('?')) + ")"});
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &ex.response.status);
    return std::move(ex.response);
}

}  // namespace satchel::storage
