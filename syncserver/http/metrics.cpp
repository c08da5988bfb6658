#include "http/metrics.h"

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

}  // namespace

void Metrics::observe(const std::string& method, const std::string& route, int status,
                      double seconds) {
    const std::string_view m(method);
    const std::string_view r(route);
    std::lock_guard lock(mutex_);
    auto counter = requests_.find(std::make_tuple(m, r, status));
    if (counter == requests_.end())
        counter = requests_.emplace(std::make_tuple(method, route, status), 0).first;
    ++counter->second;
    auto series = latency_.find(std::make_pair(m, r));
    if (series == latency_.end())
        series = latency_.emplace(std::make_pair(method, route), Histogram{}).first;
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
    std::ostringstream out;
    std::vector<std::function<std::vector<Gauge>()>> sources;
    {
        std::lock_guard lock(mutex_);
        sources = gaugeSources_;
        out << "# HELP satchel_http_requests_total HTTP requests answered, by route pattern and "
               "status.\n"
            << "# TYPE satchel_http_requests_total counter\n";
        for (const auto& [key, count] : requests_) {
            const auto& [method, route, status] = key;
            out << "satchel_http_requests_total{method=\"" << label(method) << "\",route=\""
                << label(route) << "\",status=\"" << status << "\"} " << count << "\n";
        }
        out << "# HELP satchel_http_request_duration_seconds Time from a complete request to its "
               "answer.\n"
            << "# TYPE satchel_http_request_duration_seconds histogram\n";
        for (const auto& [key, h] : latency_) {
            const std::string labels =
                "method=\"" + label(key.first) + "\",route=\"" + label(key.second) + "\"";
            for (std::size_t i = 0; i < kBuckets.size(); ++i)
                out << "satchel_http_request_duration_seconds_bucket{" << labels << ",le=\""
                    << kBuckets[i] << "\"} " << h.buckets[i] << "\n";
            out << "satchel_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} "
                << h.count << "\n"
                << "satchel_http_request_duration_seconds_sum{" << labels << "} " << h.sum << "\n"
                << "satchel_http_request_duration_seconds_count{" << labels << "} " << h.count
                << "\n";
        }
    }
    for (const auto& source : sources)
        for (const auto& g : source())
            out << "# HELP " << g.name << " " << g.help << "\n# TYPE " << g.name << " gauge\n"
                << g.name << " " << g.value << "\n";
    return out.str();
}

}  // namespace satchel::server
