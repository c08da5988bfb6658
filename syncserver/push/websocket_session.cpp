// One push client: the WebSocket handshake, authentication by the first message, the ordered
// bounded send queue, token expiry and shutdown. Every member function runs on the socket's
// strand except deliver() and closeForShutdown(), which post onto it.
#include "push/websocket_session.h"

#include <chrono>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <nlohmann/json.hpp>

#include "app/log.h"
#include "http/upgraded_connection.h"
#include "push/channel_state.h"
#include "push/protocol.h"

namespace satchel::server {
namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;

struct AuthMessage {
    std::string token;
    std::optional<long long> lastId;
};

// {"type":"auth","token":"...","last_id":N}; nullopt for anything else.
std::optional<AuthMessage> parseAuth(const std::string& text) {
    const auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!json.is_object() || json.value("type", "") != "auth")
        return std::nullopt;
    const auto token = json.find("token");
    if (token == json.end() || !token->is_string() || token->get<std::string>().empty())
        return std::nullopt;
    AuthMessage m{token->get<std::string>(), std::nullopt};
    if (const auto last = json.find("last_id"); last != json.end() && !last->is_null()) {
        if (!last->is_number_integer() || last->get<long long>() < 0)
            return std::nullopt;
        m.lastId = last->get<long long>();
    }
    return m;
}

class WebSocketSession;

// Deliveries handed from the feed thread to the sessions of one io_context (one I/O thread),
// run there by a single posted handler. A broadcast gives thousands of sessions an event in a
// few milliseconds: posting each on its own woke the I/O thread and took the scheduler's lock
// once per socket, a measurable share of the fan-out. One per io_context (an Asio service), so
// it lives and is shut down with the context, and what it holds is released then.
class DeliveryInbox final : public net::execution_context::service {
public:
    using key_type = DeliveryInbox;
    static inline net::execution_context::id id;

    explicit DeliveryInbox(net::execution_context& context) : service(context) {}

    struct Item {
        std::shared_ptr<WebSocketSession> session;
        std::vector<StoredPushEvent> events;
        bool resumeWhenWritten = false;
    };

    // Any thread. `executor` is the context's (the sessions' own).
    template <typename Executor>
    void add(Item item, const Executor& executor) {
        bool first;
        {
            std::lock_guard lock(mutex_);
            first = items_.empty();
            items_.push_back(std::move(item));
        }
        if (first)  // otherwise a drain is already posted and will find this one
            net::post(executor, [this] { drain(); });
    }

private:
    void drain();
    void shutdown() override {
        std::lock_guard lock(mutex_);
        items_.clear();
    }

    std::mutex mutex_;
    std::vector<Item> items_;
    std::vector<Item> draining_;  // the I/O thread's; kept to reuse its capacity
};

class WebSocketSession final : public PushSubscriber,
                               public PushConnection,
                               public std::enable_shared_from_this<WebSocketSession> {
public:
    WebSocketSession(UpgradedConnection& c, std::shared_ptr<PushChannelState> state)
        : ws_(std::move(c.stream)),
          request_(std::move(c.request)),
          remote_(c.remoteAddress),
          state_(std::move(state)),
          authTimer_(ws_.get_executor()),
          tokenTimer_(ws_.get_executor()),
          writeTimer_(ws_.get_executor()),
          inbox_(net::use_service<DeliveryInbox>(
              net::query(ws_.get_executor(), net::execution::context))) {
        ++state_->counters.sessions;
    }
    ~WebSocketSession() override {
        state_->untrack(this);
        --state_->counters.sessions;
    }

    void start() {
        state_->track(this, std::weak_ptr<PushConnection>(shared_from_this()));
        if (state_->stopping)
            return teardown();
        // The websocket stream has its own timeouts; the HTTP one must not fire under it.
        beast::get_lowest_layer(ws_).expires_never();
        websocket::stream_base::timeout timeout;
        timeout.handshake_timeout = state_->options.handshakeTimeout;
        timeout.idle_timeout = state_->options.idleTimeout;
        timeout.keep_alive_pings = true;  // ping at half the idle timeout: half-open peers go
        ws_.set_option(timeout);
        ws_.set_option(websocket::stream_base::decorator([](websocket::response_type& res) {
            res.set(beast::http::field::server, "satchel-syncd");
        }));
        ws_.read_message_max(state_->options.maxClientMessageBytes);
        ws_.async_accept(
            request_, beast::bind_front_handler(&WebSocketSession::onAccept, shared_from_this()));
    }

    // Feed thread: events after the last ones delivered, in order (the inbox keeps it).
    void deliver(std::vector<StoredPushEvent> events, bool resumeWhenWritten) override {
        inbox_.add({shared_from_this(), std::move(events), resumeWhenWritten}, ws_.get_executor());
    }

    // I/O thread: what deliver() handed over.
    void receive(std::vector<StoredPushEvent> events, bool resumeWhenWritten) {
        resumeOwed_ = resumeOwed_ || resumeWhenWritten;
        enqueueEvents(std::move(events));
    }

    void closeForShutdown() override {
        net::post(ws_.get_executor(), [self = shared_from_this()] {
            if (self->phase_ == Phase::Handshake)
                return self->teardown();
            self->closeWith(websocket::close_code::going_away, "server shutting down");
        });
    }

private:
    enum class Phase { Handshake, AwaitingAuth, Live, Closing, Closed };

    void onAccept(beast::error_code ec) {
        request_ = {};
        if (ec)
            return teardown();
        phase_ = Phase::AwaitingAuth;
        authTimer_.expires_after(state_->options.authTimeout);
        authTimer_.async_wait([self = shared_from_this()](beast::error_code e) {
            if (!e && self->phase_ == Phase::AwaitingAuth)
                self->closeWith(push_close::kAuthTimeout, "auth_timeout");
        });
        read();
    }

    // A read is always pending while the socket is open: it is what processes pongs and the
    // peer's close frame.
    void read() {
        ws_.async_read(readBuffer_,
                       beast::bind_front_handler(&WebSocketSession::onRead, shared_from_this()));
    }

    void onRead(beast::error_code ec, std::size_t) {
        if (ec)
            return teardown();  // closed, timed out (half-open), or too large a message
        const std::string text = beast::buffers_to_string(readBuffer_.data());
        readBuffer_.consume(readBuffer_.size());
        if (phase_ == Phase::AwaitingAuth && !authRequested_) {
            const auto auth = parseAuth(text);
            if (!auth)
                return closeWith(push_close::kBadMessage, "expected auth message");
            authRequested_ = true;
            token_ = auth->token;
            lastId_ = auth->lastId;
            const bool queued = state_->authorizer.submit(
                token_,
                [weak = weak_from_this(), executor = ws_.get_executor()](PushAuthResult result) {
                    // Holds the session weakly: the authorizer thread must never own the last
                    // reference (its destruction would join the authorizer from within).
                    net::post(executor, [weak, result = std::move(result)]() mutable {
                        if (auto self = weak.lock())
                            self->onAuthorized(std::move(result));
                    });
                });
            if (!queued)
                return closeWith(push_close::kTryAgainLater, "busy");
        }
        // Anything else a client sends is ignored; the protocol is one-way after auth.
        if (phase_ == Phase::AwaitingAuth || phase_ == Phase::Live)
            read();
    }

    void onAuthorized(PushAuthResult result) {
        if (phase_ != Phase::AwaitingAuth)
            return;
        authTimer_.cancel();
        if (!result.ok) {
            ++state_->counters.authFailures;
            if (result.closeCode == push_close::kTokenExpired)
                ++state_->counters.expiredCloses;
            return closeWith(result.closeCode, result.reason);
        }
        phase_ = Phase::Live;
        ++state_->counters.authenticated;
        const long long after = lastId_.value_or(result.latestSeq);
        lastQueuedSeq_ = std::min(after, result.latestSeq);
        enqueue(std::make_shared<const std::string>(nlohmann::json{
            {"type", "ready"},
            {"user_id", result.userId},
            {"latest_id", result.latestSeq}}.dump()));
        subscription_ = state_->hub.subscribe(result.userId, after, result.latestSeq,
                                              std::weak_ptr<PushSubscriber>(shared_from_this()));
        scheduleTokenCheck();
    }

    void scheduleTokenCheck() {
        tokenTimer_.expires_after(state_->options.tokenCheckInterval);
        tokenTimer_.async_wait([self = shared_from_this()](beast::error_code ec) {
            if (ec || self->phase_ != Phase::Live)
                return;
            try {
                self->state_->auth.tokens()->verify(self->token_);
            } catch (const TokenError& e) {
                if (e.code() == "token_expired") {
                    ++self->state_->counters.expiredCloses;
                    return self->closeWith(push_close::kTokenExpired, "token_expired");
                }
                return self->closeWith(push_close::kUnauthorized, e.code());
            } catch (const std::exception&) {
                // No signing key installed (cannot happen once authenticated): check later.
            }
            self->scheduleTokenCheck();
        });
    }

    void enqueueEvents(std::vector<StoredPushEvent> events) {
        if (phase_ != Phase::Live)
            return;
        for (auto& event : events) {
            if (event.seq <= lastQueuedSeq_)
                continue;  // already sent (resume overlap)
            lastQueuedSeq_ = event.seq;
            enqueue(std::make_shared<const std::string>(std::move(event.message)));
            if (phase_ != Phase::Live)
                return;  // dropped for not reading
        }
        if (queue_.empty() && !writing_)
            resumeIfOwed();
    }

    // Everything given has been written: a paused subscription may be fetched for again.
    void resumeIfOwed() {
        if (resumeOwed_ && subscription_) {
            resumeOwed_ = false;
            state_->hub.resume(*subscription_);
        }
    }

    void enqueue(std::shared_ptr<const std::string> message) {
        queuedBytes_ += message->size();
        queue_.push_back(std::move(message));
        if (queuedBytes_ > state_->options.maxQueueBytes)
            return dropSlowConsumer();
        if (!writing_)
            writeNext();
    }

    void writeNext() {
        writing_ = true;
        writeStartedAt_ = std::chrono::steady_clock::now();
        watchWrites();
        auto message = queue_.front();
        ws_.text(true);
        ws_.async_write(net::buffer(*message),
                        [self = shared_from_this(), message](beast::error_code ec, std::size_t) {
                            self->onWrite(ec);
                        });
    }

    // A write that does not finish within the write timeout means the peer stopped reading.
    // One timer per session watches: armed when a write starts and it is not already armed,
    // it re-arms itself for the write in progress when it fires early and lapses when nothing
    // is being written. A broadcast to thousands of sockets thus costs no timer operation per
    // message (arming and cancelling one per write was a measurable share of the fan-out).
    void watchWrites() {
        if (writeTimerArmed_)
            return;
        writeTimerArmed_ = true;
        writeTimer_.expires_at(writeStartedAt_ + state_->options.writeTimeout);
        writeTimer_.async_wait([self = shared_from_this()](beast::error_code ec) {
            self->writeTimerArmed_ = false;
            if (ec || !self->writing_ || self->phase_ == Phase::Closed)
                return;
            if (std::chrono::steady_clock::now() - self->writeStartedAt_ >=
                self->state_->options.writeTimeout)
                return self->dropSlowConsumer();
            self->watchWrites();  // a later write is in progress: watch it for its own time
        });
    }

    void onWrite(beast::error_code ec) {
        writing_ = false;
        if (ec)
            return teardown();
        if (!queue_.empty()) {
            queuedBytes_ -= queue_.front()->size();
            queue_.pop_front();
        }
        ++state_->counters.messagesSent;
        if (phase_ == Phase::Closing)
            return sendClose();
        if (phase_ != Phase::Live)
            return;
        if (!queue_.empty())
            return writeNext();
        resumeIfOwed();  // fetch the next page, if any
    }

    // The client stopped reading: a write stalled, or its messages piled up. Drop it without a
    // close frame (that could not be written either) and free everything it held; it resumes
    // from its last id when it reconnects.
    void dropSlowConsumer() {
        ++state_->counters.slowDrops;
        logWarn("push: dropping " + remote_ + " (" + std::to_string(queuedBytes_) +
                " bytes unsent; the client stopped reading)");
        teardown();
    }

    void closeWith(unsigned short code, const std::string& reason) {
        if (phase_ == Phase::Closing || phase_ == Phase::Closed)
            return;
        phase_ = Phase::Closing;
        closeReason_.code = code;
        closeReason_.reason = reason.substr(0, closeReason_.reason.max_size());
        leaveHub();
        queue_.clear();  // a write in flight keeps its own message alive
        queuedBytes_ = 0;
        if (!writing_)
            sendClose();
    }

    void sendClose() {
        ws_.async_close(closeReason_,
                        [self = shared_from_this()](beast::error_code) { self->teardown(); });
    }

    // Closes the socket at once; pending operations end with errors and release the session.
    void teardown() {
        if (phase_ == Phase::Closed)
            return;
        phase_ = Phase::Closed;
        leaveHub();
        writeTimer_.cancel();
        queue_.clear();
        queuedBytes_ = 0;
        beast::error_code ignored;
        auto& socket = beast::get_lowest_layer(ws_).socket();
        socket.shutdown(net::ip::tcp::socket::shutdown_both, ignored);
        socket.close(ignored);
    }

    void leaveHub() {
        authTimer_.cancel();
        tokenTimer_.cancel();
        if (subscription_) {
            state_->hub.unsubscribe(*subscription_);
            subscription_.reset();
            --state_->counters.authenticated;
        }
    }

    websocket::stream<beast::tcp_stream> ws_;
    beast::http::request<beast::http::string_body> request_;
    std::string remote_;
    std::shared_ptr<PushChannelState> state_;
    net::steady_timer authTimer_;
    net::steady_timer tokenTimer_;
    net::steady_timer writeTimer_;
    beast::flat_buffer readBuffer_;
    Phase phase_ = Phase::Handshake;
    bool authRequested_ = false;
    std::string token_;
    std::optional<long long> lastId_;
    std::optional<PushHub::Id> subscription_;
    long long lastQueuedSeq_ = 0;
    std::deque<std::shared_ptr<const std::string>> queue_;
    std::size_t queuedBytes_ = 0;
    bool writing_ = false;
    bool resumeOwed_ = false;  // a paused delivery is in the queue (PushSubscriber::deliver)
    bool writeTimerArmed_ = false;
    std::chrono::steady_clock::time_point writeStartedAt_;
    websocket::close_reason closeReason_;
    DeliveryInbox& inbox_;
};

void DeliveryInbox::drain() {
    {
        std::lock_guard lock(mutex_);
        draining_.swap(items_);
    }
    for (auto& item : draining_)
        item.session->receive(std::move(item.events), item.resumeWhenWritten);
    draining_.clear();
}

}  // namespace

void startWebSocketSession(UpgradedConnection& connection,
                           std::shared_ptr<PushChannelState> state) {
    std::make_shared<WebSocketSession>(connection, std::move(state))->start();
}

}  // namespace satchel::server
