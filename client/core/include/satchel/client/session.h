#pragma once
// Session: the signed-in user's tokens, shared by every ApiClient of the app (the UI's and the
// sync thread's). Refresh tokens rotate on each use and the server treats a second use of a
// retired token as theft (it revokes the whole family), so only one refresh may be in flight
// per session: tryBeginRefresh() elects the client that performs it; the others wait for
// tokensChanged(). Thread-safe; tokensChanged() reaches clients on other threads queued.

#include <QObject>
#include <cstdint>
#include <mutex>
#include <string>

namespace satchel::client {

class Session : public QObject {
    Q_OBJECT
public:
    struct Tokens {
        std::string access;            // may be empty: the next authenticated call refreshes first
        std::string refresh;           // empty: signed out
        std::uint64_t generation = 0;  // bumped by every change
    };

    Tokens current() const;
    // Replaces both tokens (sign-in, refresh, or a refresh token restored from the keychain
    // with an empty access token).
    void set(std::string access, std::string refresh);
    // Drops the access token if it is still the one given (after a 401), keeping the refresh.
    void invalidateAccess(const std::string& access);
    void clear();
    bool signedIn() const;

    // True when the caller is now the one client refreshing; false when another already is.
    bool tryBeginRefresh();
    // Ends the caller's refresh (successful or not) and wakes the waiting clients.
    void endRefresh();

signals:
    void tokensChanged();

private:
    mutable std::mutex mutex_;
    Tokens tokens_;
    bool refreshing_ = false;
};

}  // namespace satchel::client
