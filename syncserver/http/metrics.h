#pragma once
// Request metrics in the Prometheus text exposition format (version 0.0.4): a counter of
// requests by method, route pattern and status, and a latency histogram by method and route.
// Other parts add gauges (pool use, queue depth) through addGaugeSource().
//
// observe() runs on every request, on every I/O and worker thread, so each thread counts into
// a shard of its own (a mutex only a scrape ever contends for, and no cache line shared with
// other threads); render() adds the shards up. Counts are never lost: shards belong to the
// Metrics object and outlive the threads that filled them.

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace satchel::server {

class Metrics {
public:
    Metrics();
    ~Metrics();
    Metrics(const Metrics&) = delete;
    Metrics& operator=(const Metrics&) = delete;

    // `route` is the registered pattern ("/api/v1/courses/{id}"), never the raw path, so the
    // number of series stays bounded; unmatched requests use "unmatched". Thread-safe.
    void observe(const std::string& method, const std::string& route, int status, double seconds);

    struct Gauge {
        std::string name;
        std::string help;
        double value;
    };
    // Called on every scrape; sources must be thread-safe.
    void addGaugeSource(std::function<std::vector<Gauge>()> source);

    std::string render() const;

    static constexpr std::array<double, 12> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                     0.05,   0.1,   0.25,   0.5,   1.0,  2.5};
    struct Histogram {
        std::array<std::uint64_t, kBuckets.size()> buckets{};  // cumulative (le)
        std::uint64_t count = 0;
        double sum = 0;
    };
    // A transparent comparator: observe() looks keys up by string_view, allocating only the
    // first time a series appears in a shard.
    struct KeyLess {
        using is_transparent = void;
        using RequestsView = std::tuple<std::string_view, std::string_view, int>;
        using LatencyView = std::pair<std::string_view, std::string_view>;
        static RequestsView view(const RequestsView& k) { return k; }
        static RequestsView view(const std::tuple<std::string, std::string, int>& k) {
            return {std::get<0>(k), std::get<1>(k), std::get<2>(k)};
        }
        static LatencyView view(const LatencyView& k) { return k; }
        static LatencyView view(const std::pair<std::string, std::string>& k) {
            return {k.first, k.second};
        }
        template <class A, class B>
        bool operator()(const A& a, const B& b) const {
            return view(a) < view(b);
        }
    };
    using RequestCounts =
        std::map<std::tuple<std::string, std::string, int>, std::uint64_t, KeyLess>;
    using Latencies = std::map<std::pair<std::string, std::string>, Histogram, KeyLess>;

private:
    // One thread's counts. Its mutex is taken by that thread on every observe() and by
    // render(); nobody else touches it.
    struct Shard {
        std::mutex mutex;
        RequestCounts requests;
        Latencies latency;
    };
    Shard& shardForThisThread();

    const std::uint64_t id_;    // tells this object apart in threads' shard caches
    mutable std::mutex mutex_;  // guards shards_ and gaugeSources_
    std::vector<std::unique_ptr<Shard>> shards_;
    std::vector<std::function<std::vector<Gauge>()>> gaugeSources_;
};

}  // namespace satchel::server
