// StoreWorker's teardown: the LocalStore is closed on the worker's own thread, after the jobs
// queued before, even when the app closes while a job is running (LocalStore asserts that it
// is used, and destroyed, on the thread that opened it).
#define BOOST_TEST_MODULE ui_store_worker
#include <boost/test/unit_test.hpp>

#include <QCoreApplication>
#include <QThread>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "satchel/testing/env.h"
#include "satchel/ui/store_worker.h"

namespace st = satchel::testing;
using namespace satchel;

namespace {

struct App {
    int argc = 1;
    char name[16] = "store-worker";
    char* argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
};
BOOST_TEST_GLOBAL_FIXTURE(App);

using namespace std::chrono_literals;

}  // namespace

BOOST_AUTO_TEST_CASE(closing_while_a_job_runs_finishes_the_queued_jobs_on_the_store_thread) {
    st::TempDir dir("store-worker");
    const QString path = QString::fromStdString((dir.path() / "satchel.sqlite").string());
    std::atomic<bool> running{false};
    std::atomic<int> finishedJobs{0};
    std::atomic<QThread*> storeThread{nullptr};
    {
        ui::StoreWorker worker;
        worker.open(path, nullptr, [](client::StoreResult<ui::StoreIdentity>) {});
        // The job in flight when the app closes (as a store write right after a sign-out).
        worker.run<int>(
            [&](client::LocalStore&) {
                storeThread = QThread::currentThread();
                running = true;
                std::this_thread::sleep_for(300ms);
                return ++finishedJobs;
            },
            nullptr, [](int) {});
        // Queued behind it: still run before the store closes.
        worker.run<int>([&](client::LocalStore&) { return ++finishedJobs; }, nullptr, [](int) {});
        const auto deadline = std::chrono::steady_clock::now() + 60s;
        while (!running && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(1ms);
        BOOST_REQUIRE(running);
        // ~StoreWorker now: before the fix the store was destroyed here (an abort).
    }
    BOOST_TEST(finishedJobs == 2);
    BOOST_TEST(storeThread.load() != QThread::currentThread());
    // Closed: the database opens again from this thread.
    auto again = client::LocalStore::open(path);
    BOOST_TEST(again.has_value());
}
