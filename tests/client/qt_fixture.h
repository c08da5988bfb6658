#pragma once
// A QCoreApplication for the whole test module (Boost.Test global fixture), and a helper that
// waits for an asynchronous callback by running the event loop, with a generous timeout.

#include <QCoreApplication>
#include <QTest>
#include <chrono>
#include <optional>

namespace satchel::testing {

struct QtCoreApp {
    QtCoreApp() : app(argc, argv) {}
    int argc = 1;
    char arg0[16] = "satchel-test";
    char* argv[2] = {arg0, nullptr};
    QCoreApplication app;
};

// Runs the event loop until `slot` holds a value (set by a callback), at most `timeout`.
template <typename T>
bool waitFor(const std::optional<T>& slot,
             std::chrono::milliseconds timeout = std::chrono::seconds(30)) {
    return QTest::qWaitFor([&] { return slot.has_value(); }, static_cast<int>(timeout.count()));
}

}  // namespace satchel::testing
