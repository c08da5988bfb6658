#include "http/metrics.h"

#include <atomic>
#include <sstream>
#include <string_view>

namespace satchel::server {
namespace {

// Label values escape backslash, double quote and newline.
std::string label(const std::string& value) {
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

std::atomic<std::uint64_t> nextMetricsId{1};

// This thread's shard of each Metrics object it has counted for, by the object's id (never
// reused, so an entry left by a destroyed object can never match a new one). Usually one entry.
struct ShardCacheEntry {
    std::uint64_t owner;
    void* shard;
};
thread_local std::vector<ShardCacheEntry> shardCache;

}  // namespace

Metrics::Metrics() : id_(nextMetricsId.fetch_add(1, std::memory_order_relaxed)) {}

Metrics::~Metrics() = default;

Metrics::Shard& Metrics::shardForThisThread() {
    for (const auto& entry : shardCache)
        if (entry.owner == id_)
            return *static_cast<Shard*>(entry.shard);
    Shard* shard;
    {
        std::lock_guard lock(mutex_);
        shard = shards_.emplace_back(std::make_unique<Shard>()).get();
    }
    shardCache.push_back({id_, shard});
    return *shard;
}

void Metrics::observe(const std::string& method, const std::string& route, int status,
                      double seconds) {
    const std::string_view m(method);
    const std::string_view r(route);
    Shard& shard = shardForThisThread();
    std::lock_guard lock(shard.mutex);
    auto counter = shard.requests.find(std::make_tuple(m, r, status));
    if (counter == shard.requests.end())
        counter = shard.requests.emplace(std::make_tuple(method, route, status), 0).first;
    ++counter->second;
    auto series = shard.latency.find(std::make_pair(m, r));
    if (series == shard.latency.end())
        series = shard.latency.emplace(std::make_pair(method, route), Histogram{}).first;
    auto& h = series->second;
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
            ++h.buckets[i];
    ++h.count;
    h.sum += seconds;
}

void Metrics::addGaugeSource(std::function<std::vector<Gauge>()> source) {
    std::lock_guard lock(mutex_);
    gaugeSources_.push_back(std::move(source));
}

std::string Metrics::render() const {
    RequestCounts requests;
    Latencies latency;
    std::vector<std::function<std::vector<Gauge>()>> sources;
    {
        std::lock_guard lock(mutex_);
        sources = gaugeSources_;
        for (const auto& shard : shards_) {
            std::lock_guard shardLock(shard->mutex);
            for (const auto& [key, count] : shard->requests)
                requests[key] += count;
            for (const auto& [key, h] : shard->latency) {
                auto& total = latency[key];
                for (std::size_t i = 0; i < kBuckets.size(); ++i)
                    total.buckets[i] += h.buckets[i];
                total.count += h.count;
                total.sum += h.sum;
            }
        }
    }
    std::ostringstream out;
    out << "# HELP satchel_http_requests_total HTTP requests answered, by route pattern and "
           "status.\n"
        << "# TYPE satchel_http_requests_total counter\n";
    for (const auto& [key, count] : requests) {
        const auto& [method, route, status] = key;
        out << "satchel_http_requests_total{method=\"" << label(method) << "\",route=\""
            << label(route) << "\",status=\"" << status << "\"} " << count << "\n";
    }
    out << "# HELP satchel_http_request_duration_seconds Time from a complete request to its "
           "answer.\n"
        << "# TYPE satchel_http_request_duration_seconds histogram\n";
    for (const auto& [key, h] : latency) {
        const std::string labels =
            "method=\"" + label(key.first) + "\",route=\"" + label(key.second) + "\"";
        for (std::size_t i = 0; i < kBuckets.size(); ++i)
            out << "satchel_http_request_duration_seconds_bucket{" << labels << ",le=\""
                << kBuckets[i] << "\"} " << h.buckets[i] << "\n";
        out << "satchel_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} "
            << h.count << "\n"
            << "satchel_http_request_duration_seconds_sum{" << labels << "} " << h.sum << "\n"
            << "satchel_http_request_duration_seconds_count{" << labels << "} " << h.count << "\n";
    }
    for (const auto& source : sources)
        for (const auto& g : source())
            out << "# HELP " << g.name << " " << g.help << "\n# TYPE " << g.name << " gauge\n"
                << g.name << " " << g.value << "\n";
    return out.str();
}

}  // namespace satchel::server
