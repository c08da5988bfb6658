#include "satchel/client/session.h"

namespace satchel::client {

Session::Tokens Session::current() const {
    std::lock_guard lock(mutex_);
    return tokens_;
}

void Session::set(std::string access, std::string refresh) {
    {
        std::lock_guard lock(mutex_);
        tokens_.access = std::move(access);
        tokens_.refresh = std::move(refresh);
        ++tokens_.generation;
    }
    emit tokensChanged();
}

void Session::invalidateAccess(const std::string& access) {
    std::lock_guard lock(mutex_);
    if (tokens_.access != access)
        return;
    tokens_.access.clear();
    ++tokens_.generation;
}

void Session::clear() {
    {
        std::lock_guard lock(mutex_);
        tokens_.access.clear();
        tokens_.refresh.clear();
        ++tokens_.generation;
    }
    emit tokensChanged();
}

bool Session::signedIn() const {
    std::lock_guard lock(mutex_);
    return !tokens_.refresh.empty();
}

bool Session::tryBeginRefresh() {
    std::lock_guard lock(mutex_);
    if (refreshing_)
        return false;
    refreshing_ = true;
    return true;
}

void Session::endRefresh() {
    {
        std::lock_guard lock(mutex_);
        refreshing_ = false;
    }
    emit tokensChanged();
}

}  // namespace satchel::client
