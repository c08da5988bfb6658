#include "push/authorizer.h"

#include "app/log.h"
#include "push/event_store.h"
#include "push/protocol.h"

namespace satchel::server {

PushAuthorizer::PushAuthorizer(const Authenticator& auth, PgPool& db, std::size_t threads,
                               std::size_t maxQueued)
    : auth_(auth), db_(db), maxQueued_(maxQueued) {
    for (std::size_t i = 0; i < std::max<std::size_t>(threads, 1); ++i)
        threads_.emplace_back([this] { work(); });
}

PushAuthorizer::~PushAuthorizer() {
    stop();
}

bool PushAuthorizer::submit(std::string token, std::function<void(PushAuthResult)> done) {
    {
        std::lock_guard lock(mutex_);
        if (stopping_ || queue_.size() >= maxQueued_)
            return false;
        queue_.emplace_back(std::move(token), std::move(done));
    }
    ready_.notify_one();
    return true;
}

void PushAuthorizer::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
        queue_.clear();
    }
    ready_.notify_all();
    for (auto& t : threads_)
        if (t.joinable() && t.get_id() != std::this_thread::get_id())
            t.join();
}

void PushAuthorizer::work() {
    for (;;) {
        std::pair<std::string, std::function<void(PushAuthResult)>> job;
        {
            std::unique_lock lock(mutex_);
            ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
            if (stopping_)
                return;
            job = std::move(queue_.front());
            queue_.pop_front();
        }
        job.second(check(job.first));
    }
}

PushAuthResult PushAuthorizer::check(const std::string& token) const {
    PushAuthResult result;
    try {
        // The same check every HTTP route makes: signature, expiry, account enabled, epoch.
        HttpRequest request;
        request.headers.emplace("authorization", "Bearer " + token);
        const CurrentUser user = auth_.requireUser(request);
        auto conn = db_.acquire();
        result.latestSeq = latestPushSeq(*conn, user.id);
        result.userId = user.id;
        result.ok = true;
    } catch (const ApiError& e) {
        if (e.status() == 401) {
            result.closeCode =
                e.code() == "token_expired" ? push_close::kTokenExpired : push_close::kUnauthorized;
            result.reason = e.code();
        } else {
            result.closeCode = push_close::kTryAgainLater;
            result.reason = "not_ready";
        }
    } catch (const DatabaseUnavailable&) {
        result.closeCode = push_close::kTryAgainLater;
        result.reason = "database_unavailable";
    } catch (const std::exception& e) {
        logError(std::string("push: authenticating a socket failed: ") + e.what());
        result.closeCode = push_close::kTryAgainLater;
        result.reason = "internal";
    }
    return result;
}

}  // namespace satchel::server
