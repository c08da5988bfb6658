// One HTTP/1.1 connection (Session): reads requests under the size and time limits, hands each
// to the RequestSink (from memory on the I/O thread, else on the WorkerPool), writes the answer
// with keep-alive, sends files with sendfile(2), and passes upgrade requests to their handler.
// The only translation unit that includes Boost.Beast's HTTP (slow to compile, needs the
// satchel_asio_fix flags); everything above this layer sees HttpRequest/HttpResponse.
#include <fcntl.h>
#include <sys/sendfile.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <limits>
#include <optional>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "http/listener_impl.h"
#include "http/response_head.h"
#include "http/target.h"
#include "http/upgraded_connection.h"
#include "http/worker_pool.h"

namespace satchel::server {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = net::ip::tcp;

class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket&& socket, std::shared_ptr<Listener::Impl> impl)
        : stream_(std::move(socket)), impl_(std::move(impl)) {
        beast::error_code ec;
        const auto endpoint = stream_.socket().remote_endpoint(ec);
        if (!ec)
            remote_ = endpoint.address().to_string();
    }
    ~Session() { impl_->untrack(this); }

    void start() {
        impl_->track(shared_from_this());
        net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->readHeader(); });
    }

    // Called on shutdown: a connection waiting for its next request is closed now; one with a
    // request in flight finishes it and closes after the response.
    void closeIfIdle() {
        net::post(stream_.get_executor(), [self = shared_from_this()] {
            if (self->phase_ == Phase::WaitingForRequest)
                self->close();
        });
    }
    void forceClose() {
        net::post(stream_.get_executor(), [self = shared_from_this()] { self->close(); });
    }

private:
    enum class Phase { WaitingForRequest, Reading, Handling, Writing, Closing, Closed };

    void readHeader() {
        if (impl_->stopping)
            return close();
        phase_ = Phase::WaitingForRequest;
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(impl_->limits.maxHeaderBytes));
        // Beast checks Content-Length against its default body limit (1 MiB for requests)
        // while parsing the header; the route's own limit is applied in onHeader. (Not
        // boost::none: Boost 1.74 compares `len_ > body_limit_` and none loses to any length.)
        parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
        stream_.expires_after(firstRequest_ ? impl_->limits.readTimeout
                                            : impl_->limits.idleTimeout);
        bhttp::async_read_header(stream_, buffer_, *parser_,
                                 beast::bind_front_handler(&Session::onHeader, shared_from_this()));
    }

    void onHeader(beast::error_code ec, std::size_t) {
        if (ec == bhttp::error::header_limit)
            return reject(431, "header_too_large", "request header fields are too large");
        if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
            ec == net::error::operation_aborted || ec == net::error::eof)
            return close();
        if (ec && ec.category() == bhttp::make_error_code(bhttp::error::end_of_stream).category()) {
            // Any other Beast HTTP parse error: a malformed request.
            return reject(400, "bad_request", "malformed HTTP request");
        }
        if (ec)
            return close();
        phase_ = Phase::Reading;
        firstRequest_ = false;
        const auto& header = parser_->get();
        partial_ = describe(header);
        if (const UpgradeHandler* handler = upgradeHandlerFor(header))
            return handOver(*handler);
        // A request without a body (no Content-Length, not chunked: most GETs) needs no limit,
        // which saves a route lookup per request.
        if (parser_->content_length() || parser_->chunked()) {
            const std::size_t limit = impl_->sink.bodyLimit(partial_.method, partial_.path);
            if (const auto length = parser_->content_length(); length && *length > limit)
                return reject(413, "body_too_large",
                              "request body exceeds " + std::to_string(limit) + " bytes");
            parser_->body_limit(limit);
        }
        if (beast::iequals(header[bhttp::field::expect], "100-continue")) {
            auto cont = std::make_shared<bhttp::response<bhttp::empty_body>>(
                bhttp::status::continue_, header.version());
            stream_.expires_after(impl_->limits.readTimeout);
            return bhttp::async_write(
                stream_, *cont,
                [self = shared_from_this(), cont](beast::error_code e, std::size_t) {
                    if (e)
                        return self->close();
                    self->readBody();
                });
        }
        // A request without a body is complete with its header: no second read (which Asio
        // would complete through the queue, a round trip for nothing).
        if (parser_->is_done())
            return onBody({}, 0);
        readBody();
    }

    // The body is read piece by piece, each within readTimeout of the one before: a large
    // body (a 32 MiB upload part) may take longer than readTimeout in all on a slow link, and
    // only a client that stops sending is cut off.
    void readBody() {
        stream_.expires_after(impl_->limits.readTimeout);
        bhttp::async_read_some(
            stream_, buffer_, *parser_,
            beast::bind_front_handler(&Session::onBodyPiece, shared_from_this()));
    }

    void onBodyPiece(beast::error_code ec, std::size_t bytes) {
        if (!ec && !parser_->is_done())
            return readBody();
        onBody(ec, bytes);
    }

    void onBody(beast::error_code ec, std::size_t) {
        if (ec == bhttp::error::body_limit)
            return reject(413, "body_too_large", "request body is too large for this route");
        if (ec)
            return close();
        auto message = parser_->release();
        parser_.reset();
        keepAlive_ = message.keep_alive();
        version_ = message.version();
        isHead_ = message.method() == bhttp::verb::head;
        HttpRequest request = std::move(partial_);
        partial_ = HttpRequest{};
        request.body = std::move(message.body());
        phase_ = Phase::Handling;
        // Answers from memory are written at once; only blocking work goes to the workers.
        if (auto fast = impl_->sink.handleWithoutBlocking(request))
            return write(std::move(*fast));
        // What a refusal needs, should the queue be full (the request itself moves on).
        partial_.method = request.method;
        partial_.target = request.target;
        partial_.path = request.path;
        partial_.remoteAddress = request.remoteAddress;
        auto self = shared_from_this();
        const bool queued = impl_->workers.submit([self, request = std::move(request)]() mutable {
            HttpResponse response;
            try {
                response = self->impl_->sink.handle(request);
            } catch (...) {
                response = errorResponse(500, "internal", "internal server error");
            }
            net::post(self->stream_.get_executor(),
                      [self, response = std::move(response)]() mutable {
                          self->write(std::move(response));
                      });
        });
        if (!queued)
            write(impl_->sink.rejected(partial_, 503, "overloaded",
                                       "the server is busy; retry shortly"));
    }

    // A body-less GET asking for `Upgrade: websocket` on a path with a handler.
    const UpgradeHandler* upgradeHandlerFor(const bhttp::request_header<>& header) const {
        if (header.method() != bhttp::verb::get || !parser_->is_done())
            return nullptr;
        if (!beast::iequals(header[bhttp::field::upgrade], "websocket"))
            return nullptr;
        const auto it = impl_->upgradeHandlers.find(partial_.path);
        return it == impl_->upgradeHandlers.end() ? nullptr : &it->second;
    }

    // Gives the stream and the request to the upgrade handler; this session is then done.
    void handOver(const UpgradeHandler& handler) {
        phase_ = Phase::Closed;
        UpgradedConnection connection{std::move(stream_), parser_->release(), remote_};
        parser_.reset();
        handler.accept(connection);
    }

    // Answers a request refused before its handler and closes the connection afterwards.
    void reject(int status, const std::string& code, const std::string& message) {
        if (partial_.method.empty())
            partial_.remoteAddress = remote_;
        keepAlive_ = false;
        write(impl_->sink.rejected(partial_, status, code, message), true);
    }

    // Sends head and body in one gathered write. The head goes into this connection's own
    // buffer (reused by every answer); the body is sent from where it lies: the response's
    // string, moved here, or a cache's shared buffer, held until written.
    void write(HttpResponse response, bool closeAfter = false) {
        if (response.file)
            return writeFile(std::move(response), closeAfter);
        phase_ = Phase::Writing;
        keepAliveAfterWrite_ = keepAlive_ && !closeAfter && !impl_->stopping;
        const std::size_t length = response.bodyView().size();
        writeResponseHead(head_, response, {version_, keepAliveAfterWrite_, length});
        sharedBody_ = std::move(response.sharedBody);
        body_ = std::move(response.body);
        const std::string_view body = isHead_       ? std::string_view{}  // Content-Length stays
                                      : sharedBody_ ? std::string_view(*sharedBody_)
                                                    : std::string_view(body_);
        const std::array<net::const_buffer, 2> buffers{net::buffer(head_),
                                                       net::buffer(body.data(), body.size())};
        stream_.expires_after(impl_->limits.readTimeout);
        net::async_write(stream_, buffers,
                         beast::bind_front_handler(&Session::onWritten, shared_from_this()));
    }

    void onWritten(beast::error_code ec, std::size_t) {
        sharedBody_.reset();  // the cache may drop its copy now
        body_.clear();
        if (ec)
            return close();
        if (!keepAliveAfterWrite_)
            return lingeringClose();
        readHeader();
    }

    // Sends a file slice: the header through Beast, then the bytes. On plain TCP the bytes go
    // from the page cache to the socket with sendfile(2), never through user space; where the
    // kernel refuses sendfile for this file (EINVAL/ENOSYS/EOPNOTSUPP before any byte was
    // sent) the transfer falls back to pread into one buffer, each chunk written before the
    // next is read. Memory stays constant whatever the size; the I/O thread never blocks
    // (the socket is non-blocking and a full socket is awaited asynchronously).
    struct FileTransfer {
        ~FileTransfer() {
            if (fd >= 0)
                ::close(fd);
        }
        int fd = -1;
        std::uint64_t offset = 0;
        std::uint64_t remaining = 0;
        std::vector<char> buffer;  // only allocated by the pread fallback
        bhttp::response<bhttp::buffer_body> res;
        std::optional<bhttp::response_serializer<bhttp::buffer_body>> serializer;
    };

    void writeFile(HttpResponse response, bool closeAfter) {
        phase_ = Phase::Writing;
        auto t = std::make_shared<FileTransfer>();
        t->fd = ::open(response.file->path.c_str(), O_RDONLY | O_CLOEXEC);
        if (t->fd < 0) {
            // Gone between the handler's check and now; nothing has been sent yet.
            return write(errorResponse(404, "not_found", "the file is no longer there"), true);
        }
        t->offset = response.file->offset;
        t->remaining = isHead_ ? 0 : response.file->length;
        t->res.result(static_cast<bhttp::status>(response.status));
        t->res.version(version_);
        for (auto& [name, value] : response.headers)
            t->res.set(name, value);
        t->res.set(bhttp::field::server, "satchel-syncd");
        t->res.keep_alive(keepAlive_ && !closeAfter && !impl_->stopping);
        t->res.content_length(response.file->length);
        t->res.body().data = nullptr;
        t->res.body().more = t->remaining > 0;
        t->serializer.emplace(t->res);
        stream_.expires_after(impl_->limits.readTimeout);
        bhttp::async_write_header(
            stream_, *t->serializer,
            [self = shared_from_this(), t](beast::error_code ec, std::size_t) {
                if (ec)
                    return self->close();
                if (t->remaining == 0)
                    return self->finishFile(t);
                self->stream_.expires_never();  // sendFile keeps its own deadline per wait
                self->sendFile(t);
            });
    }

    // Sends what the socket takes with sendfile(2); when the socket is full, waits for it to
    // drain (at most readTimeout: a client that stops reading is dropped); yields to the
    // other connections on this thread every 16 MiB.
    void sendFile(const std::shared_ptr<FileTransfer>& t) {
        auto& socket = stream_.socket();
        beast::error_code ec;
        socket.native_non_blocking(true, ec);
        if (ec)
            return startReadFallback(t);
        std::uint64_t sentNow = 0;
        while (t->remaining > 0) {
            if (sentNow >= (16u << 20))
                return net::post(stream_.get_executor(),
                                 [self = shared_from_this(), t] { self->sendFile(t); });
            off_t offset = static_cast<off_t>(t->offset);
            const auto chunk =
                static_cast<std::size_t>(std::min<std::uint64_t>(t->remaining, 1u << 30));
            const ssize_t n = ::sendfile(socket.native_handle(), t->fd, &offset, chunk);
            if (n > 0) {
                t->offset += static_cast<std::uint64_t>(n);
                t->remaining -= static_cast<std::uint64_t>(n);
                sentNow += static_cast<std::uint64_t>(n);
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return awaitWritable(t);
            // The file system (or socket type) does not do sendfile: t->offset is still exact.
            if (n < 0 && (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP))
                return startReadFallback(t);
            return close();  // a socket error, or the file shrank: only closing is honest
        }
        finishFile(t);
    }

    void awaitWritable(const std::shared_ptr<FileTransfer>& t) {
        sendDeadline_.expires_after(impl_->limits.readTimeout);
        sendDeadline_.async_wait([self = shared_from_this()](beast::error_code ec) {
            if (!ec)
                self->close();  // the client stopped reading
        });
        stream_.socket().async_wait(tcp::socket::wait_write,
                                    [self = shared_from_this(), t](beast::error_code ec) {
                                        self->sendDeadline_.cancel();
                                        if (ec)
                                            return self->close();
                                        self->sendFile(t);
                                    });
    }

    void startReadFallback(const std::shared_ptr<FileTransfer>& t) {
        beast::error_code ignored;
        stream_.socket().native_non_blocking(false, ignored);
        t->buffer.resize(256 * 1024);
        sendChunk(t);
    }

    void sendChunk(const std::shared_ptr<FileTransfer>& t) {
        const auto want =
            static_cast<std::size_t>(std::min<std::uint64_t>(t->buffer.size(), t->remaining));
        const ssize_t n = ::pread(t->fd, t->buffer.data(), want, static_cast<off_t>(t->offset));
        if (n <= 0)
            return close();  // the file shrank or failed mid-answer: only closing is honest
        t->offset += static_cast<std::uint64_t>(n);
        t->remaining -= static_cast<std::uint64_t>(n);
        t->res.body().data = t->buffer.data();
        t->res.body().size = static_cast<std::size_t>(n);
        t->res.body().more = t->remaining > 0;
        stream_.expires_after(impl_->limits.readTimeout);
        bhttp::async_write(stream_, *t->serializer,
                           [self = shared_from_this(), t](beast::error_code ec, std::size_t) {
                               if (ec == bhttp::error::need_buffer)
                                   ec = {};
                               if (ec)
                                   return self->close();
                               if (t->remaining > 0)
                                   return self->sendChunk(t);
                               self->finishFile(t);
                           });
    }

    void finishFile(const std::shared_ptr<FileTransfer>& t) {
        if (t->res.need_eof())
            return lingeringClose();
        readHeader();
    }

    // Stops sending, then reads and discards what the client still sends (an unread request
    // body) for a short while, so the close does not reset the connection before the client
    // has read our answer.
    void lingeringClose() {
        phase_ = Phase::Closing;
        beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
        stream_.expires_after(std::chrono::seconds(2));
        drain();
    }

    void drain() {
        stream_.async_read_some(net::buffer(drainBuffer_),
                                [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                                    self->drained_ += n;
                                    if (ec || self->drained_ > (1u << 20))
                                        return self->close();
                                    self->drain();
                                });
    }

    void close() {
        if (phase_ == Phase::Closed)
            return;
        phase_ = Phase::Closed;
        beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
        stream_.close();
    }

    HttpRequest describe(const bhttp::request_header<>& header) const {
        HttpRequest r;
        r.method = std::string(header.method_string());
        r.target = std::string(header.target());
        splitTarget(r.target, r.path, r.query);
        for (const auto& field : header) {
            std::string name(field.name_string());
            for (auto& c : name)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            auto [it, inserted] = r.headers.emplace(name, std::string(field.value()));
            if (!inserted)
                it->second += ", " + std::string(field.value());
        }
        r.remoteAddress = remote_;
        return r;
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
    std::shared_ptr<Listener::Impl> impl_;
    HttpRequest partial_;  // the request line and headers of the request being read
    std::string remote_;
    Phase phase_ = Phase::WaitingForRequest;
    bool firstRequest_ = true;
    bool keepAlive_ = false;
    bool isHead_ = false;
    bool keepAliveAfterWrite_ = false;
    unsigned version_ = 11;
    std::string head_;                               // the answer being written: its head,
    std::string body_;                               // its own body, or
    std::shared_ptr<const std::string> sharedBody_;  // a cache's
    std::array<char, 16 * 1024> drainBuffer_{};
    std::size_t drained_ = 0;
    net::steady_timer sendDeadline_{stream_.get_executor()};  // a stalled sendfile receiver
};

void Listener::Impl::serve(tcp::socket&& socket) {
    std::make_shared<Session>(std::move(socket), shared_from_this())->start();
}

void Listener::Impl::closeIdleSessions() {
    forEachSession(&Session::closeIfIdle);
}

void Listener::Impl::forceCloseSessions() {
    forEachSession(&Session::forceClose);
}

void Listener::Impl::forEachSession(void (Session::*action)()) {
    std::vector<std::shared_ptr<Session>> live;
    {
        std::lock_guard lock(sessionsMutex);
        for (auto& [_, weak] : sessions)
            if (auto s = weak.lock())
                live.push_back(std::move(s));
    }
    for (auto& s : live)
        ((*s).*action)();
}

}  // namespace satchel::server
