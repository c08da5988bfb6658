#pragma once
// A fixed set of threads that run blocking work (handlers, database calls) so that the I/O
// threads never wait on them. The queue is bounded: when it is full, submit() refuses and the
// caller answers 503 instead of letting latency grow without limit.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace satchel::server {

class WorkerPool {
public:
    WorkerPool(std::size_t threads, std::size_t maxQueued);
    ~WorkerPool();  // stops after running everything already queued
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    // Queues `task`; returns false (and drops it) when the queue is full or the pool stopped.
    bool submit(std::function<void()> task);
    // Refuses new work, finishes what is queued, joins the threads. Idempotent.
    void stop();
    std::size_t threadCount() const { return threads_.size(); }
    std::size_t queued() const;
    std::size_t busy() const;

private:
    void run();

    mutable std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> queue_;
    std::size_t maxQueued_;
    std::size_t busy_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace satchel::server
