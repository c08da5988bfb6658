// Load generator for bench/push-fanout (its own process, separate from the server): opens N
// authenticated push sockets to satchel-syncd, holds them, has an instructor post one
// announcement to the course all N users are enrolled in, and measures when each socket
// receives it. Reads the server's RSS before and after connecting (same machine, /proc).
//
//   push-fanout-load --port P --users FILE --instructor ID --course ID --secret S
//                    --server-pid PID [--postgres-pid PID] [--hold 60] [--concurrency 200]
//                    [--threads 2]
//
// Prints JSON lines for the run script; progress goes to stderr.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <nlohmann/json.hpp>

#include "auth/access_token.h"

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace bhttp = beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

struct Args {
    int port = 0;
    std::string usersFile, instructor, course, secret;
    int serverPid = 0;
    int postgresPid = 0;  // the postmaster, for CPU time only
    int holdSeconds = 60;
    int concurrency = 200;
    int threads = 2;
};

Args parseArgs(int argc, char** argv) {
    std::map<std::string, std::string> kv;
    for (int i = 1; i + 1 < argc; i += 2)
        kv[argv[i]] = argv[i + 1];
    Args a;
    a.port = std::stoi(kv.at("--port"));
    a.usersFile = kv.at("--users");
    a.instructor = kv.at("--instructor");
    a.course = kv.at("--course");
    a.secret = kv.at("--secret");
    a.serverPid = std::stoi(kv.at("--server-pid"));
    if (kv.count("--hold"))
        a.holdSeconds = std::stoi(kv.at("--hold"));
    if (kv.count("--concurrency"))
        a.concurrency = std::stoi(kv.at("--concurrency"));
    if (kv.count("--postgres-pid"))
        a.postgresPid = std::stoi(kv.at("--postgres-pid"));
    if (kv.count("--threads"))
        a.threads = std::max(1, std::stoi(kv.at("--threads")));
    return a;
}

long rssKib(int pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string key;
    while (status >> key) {
        if (key == "VmRSS:") {
            long kib = 0;
            status >> kib;
            return kib;
        }
        status.ignore(4096, '\n');
    }
    return -1;
}

// CPU time (user + system) a process has used, in milliseconds; -1 when it is gone.
double cpuMs(int pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line))
        return -1;
    // Fields after the command name (which may hold spaces, so start after its ')'):
    // state is field 3, utime 14 and stime 15.
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i)
        if (i >= 14)
            ticks += std::stod(field);
    return ticks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// The parent process id in /proc/PID/stat (field 4), or -1.
int parentPid(int pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line))
        return -1;
    std::istringstream rest(line.substr(line.rfind(')') + 2));
    std::string state;
    int ppid = -1;
    rest >> state >> ppid;
    return ppid;
}

// CPU time of a process and its children: the benchmark's PostgreSQL (its postmaster and
// backends, not those of anything else running on the machine).
double cpuMsOfTree(int rootPid) {
    if (rootPid <= 0)
        return -1;
    double total = std::max(0.0, cpuMs(rootPid));
    for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
        const auto name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos)
            continue;
        const int pid = std::stoi(name);
        if (parentPid(pid) == rootPid)
            total += std::max(0.0, cpuMs(pid));
    }
    return total;
}

struct CpuSample {
    double server, generator, postgres;
    static CpuSample take(int serverPid, int postgresPid) {
        return {cpuMs(serverPid), cpuMs(static_cast<int>(getpid())), cpuMsOfTree(postgresPid)};
    }
};

struct Shard;

class Connection : public std::enable_shared_from_this<Connection> {
public:
    Connection(net::io_context& ioc, Shard& shard, std::string token)
        : ws_(ioc), shard_(shard), token_(std::move(token)) {}
    void start(const tcp::endpoint& endpoint);
    bool ready = false;
    bool failed = false;
    Clock::time_point received{};

private:
    void fail();
    void read();
    websocket::stream<beast::tcp_stream> ws_;
    beast::flat_buffer buffer_;
    Shard& shard_;
    std::string token_;
};

// The sockets one thread of the generator owns: its own io_context, so no handler ever waits
// on another thread's. Counters are written by that thread only and read by main.
struct Shard {
    net::io_context ioc{1};
    tcp::endpoint endpoint;
    std::vector<std::string> tokens;
    std::vector<std::shared_ptr<Connection>> connections;
    std::size_t next = 0, inFlight = 0;
    std::atomic<std::size_t> ready{0}, failed{0}, dropped{0}, received{0};
    int concurrency = 200;

    void launchMore() {
        while (inFlight < static_cast<std::size_t>(concurrency) && next < tokens.size()) {
            auto c = std::make_shared<Connection>(ioc, *this, tokens[next++]);
            connections.push_back(c);
            ++inFlight;
            c->start(endpoint);
        }
    }
    void onReady() {
        ++ready;
        --inFlight;
        launchMore();
    }
    void onFailed(bool wasReady) {
        if (wasReady) {
            ++dropped;  // closed by the server or the network after authenticating
        } else {
            ++failed;
            --inFlight;
            launchMore();
        }
    }
};

// All shards, each run by a thread of its own until stop().
struct Run {
    std::vector<std::unique_ptr<Shard>> shards;
    std::vector<std::thread> threads;
    std::atomic<Clock::rep> broadcastAt{0};
    std::atomic<Clock::rep> answeredAt{0};  // the announcement's HTTP answer (its commit)

    std::size_t sum(std::atomic<std::size_t> Shard::*counter) const {
        std::size_t total = 0;
        for (const auto& shard : shards)
            total += ((*shard).*counter).load();
        return total;
    }
    void start() {
        for (auto& shard : shards)
            threads.emplace_back([s = shard.get()] {
                auto work = net::make_work_guard(s->ioc);
                net::post(s->ioc, [s] { s->launchMore(); });
                s->ioc.run();
            });
    }
    void stop() {
        for (auto& shard : shards)
            shard->ioc.stop();
        for (auto& t : threads)
            t.join();
    }
};

void Connection::start(const tcp::endpoint& endpoint) {
    beast::get_lowest_layer(ws_).expires_after(std::chrono::seconds(60));
    beast::get_lowest_layer(ws_).async_connect(
        endpoint, [self = shared_from_this()](beast::error_code ec) {
            if (ec)
                return self->fail();
            self->ws_.async_handshake("127.0.0.1", "/api/v1/push", [self](beast::error_code ec2) {
                if (ec2)
                    return self->fail();
                beast::get_lowest_layer(self->ws_).expires_never();
                websocket::stream_base::timeout t =
                    websocket::stream_base::timeout::suggested(beast::role_type::client);
                self->ws_.set_option(t);
                auto auth = std::make_shared<std::string>(
                    nlohmann::json{{"type", "auth"}, {"token", self->token_}}.dump());
                self->ws_.async_write(net::buffer(*auth),
                                      [self, auth](beast::error_code ec3, std::size_t) {
                                          if (ec3)
                                              return self->fail();
                                          self->read();
                                      });
            });
        });
}

void Connection::read() {
    ws_.async_read(buffer_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
        if (ec)
            return self->fail();
        const auto now = Clock::now();
        if (!self->ready) {
            const auto message = nlohmann::json::parse(
                beast::buffers_to_string(self->buffer_.data()), nullptr, false);
            if (message.is_object() && message.value("type", "") == "ready") {
                self->ready = true;
                self->shard_.onReady();
            }
        } else if (self->received == Clock::time_point{}) {
            // The server renders events with "type" then "kind" first; a substring test keeps
            // this one-thread generator from adding a JSON parse per socket to the latencies
            // it measures.
            const std::string text = beast::buffers_to_string(self->buffer_.data());
            if (text.find(R"("type":"event")") != std::string::npos &&
                text.find(R"("kind":"course.announcement")") != std::string::npos) {
                self->received = now;
                ++self->shard_.received;
            }
        }
        self->buffer_.consume(self->buffer_.size());
        self->read();
    });
}

void Connection::fail() {
    if (failed)
        return;
    failed = true;
    shard_.onFailed(ready);
}

// The instructor's announcement, over plain HTTP on a thread of its own; returns the status.
int postAnnouncement(int port, const std::string& course, const std::string& token, Run& run) {
    net::io_context ioc;
    beast::tcp_stream stream(ioc);
    stream.connect(
        tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
    bhttp::request<bhttp::string_body> req(bhttp::verb::post,
                                           "/api/v1/courses/" + course + "/announcements", 11);
    req.set(bhttp::field::host, "127.0.0.1");
    req.set(bhttp::field::authorization, "Bearer " + token);
    req.set(bhttp::field::content_type, "application/json");
    req.body() =
        nlohmann::json{{"title", "Fan-out benchmark"}, {"body", "One message to everyone."}}.dump();
    req.prepare_payload();
    run.broadcastAt = Clock::now().time_since_epoch().count();
    bhttp::write(stream, req);
    beast::flat_buffer buffer;
    bhttp::response<bhttp::string_body> res;
    bhttp::read(stream, buffer, res);
    run.answeredAt = Clock::now().time_since_epoch().count();
    return static_cast<int>(res.result_int());
}

// Waits (the shards' threads do the work) until `done` or the duration has passed.
void waitFor(std::chrono::milliseconds duration, const std::function<bool()>& done = {}) {
    const auto deadline = Clock::now() + duration;
    while (Clock::now() < deadline && !(done && done()))
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

}  // namespace

int main(int argc, char** argv) {
    const Args args = parseArgs(argc, argv);
    Run run;
    const tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"),
                                 static_cast<unsigned short>(args.port));
    for (int i = 0; i < args.threads; ++i) {
        auto shard = std::make_unique<Shard>();
        shard->endpoint = endpoint;
        shard->concurrency = std::max(1, args.concurrency / args.threads);
        run.shards.push_back(std::move(shard));
    }
    const satchel::server::AccessTokenCodec codec(args.secret, std::chrono::hours(2));
    std::ifstream users(args.usersFile);
    std::size_t n = 0;
    for (std::string id; std::getline(users, id);)
        if (!id.empty())
            run.shards[n++ % run.shards.size()]->tokens.push_back(codec.issue({id, "student", 0}));

    const long rssBefore = rssKib(args.serverPid);
    const auto connectStart = Clock::now();
    run.start();
    waitFor(std::chrono::minutes(5),
            [&] { return run.sum(&Shard::ready) + run.sum(&Shard::failed) >= n; });
    const std::size_t held = run.sum(&Shard::ready);
    std::cerr
        << "push-fanout: " << held << " of " << n << " sockets authenticated ("
        << run.sum(&Shard::failed) << " failed) in "
        << std::chrono::duration_cast<std::chrono::seconds>(Clock::now() - connectStart).count()
        << " s\n";
    waitFor(std::chrono::seconds(3));  // let the server settle
    const long rssAfter = rssKib(args.serverPid);

    std::cerr << "push-fanout: holding for " << args.holdSeconds << " s\n";
    waitFor(std::chrono::seconds(args.holdSeconds));
    const std::size_t stillOpen = held - std::min(held, run.sum(&Shard::dropped));

    const auto cpuBefore = CpuSample::take(args.serverPid, args.postgresPid);
    int status = 0;
    std::thread poster([&] {
        status = postAnnouncement(args.port, args.course,
                                  codec.issue({args.instructor, "instructor", 0}), run);
    });
    waitFor(std::chrono::seconds(60),
            [&] { return run.sum(&Shard::received) >= stillOpen && run.broadcastAt != 0; });
    poster.join();
    const auto cpuAfter = CpuSample::take(args.serverPid, args.postgresPid);
    run.stop();

    std::vector<double> latencies;
    const Clock::time_point t0{Clock::duration(run.broadcastAt.load())};
    for (const auto& shard : run.shards)
        for (const auto& c : shard->connections)
            if (c->received != Clock::time_point{})
                latencies.push_back(
                    std::chrono::duration<double, std::milli>(c->received - t0).count());
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double p) {
        if (latencies.empty())
            return -1.0;
        const auto i =
            static_cast<std::size_t>(p * static_cast<double>(latencies.size() - 1) + 0.5);
        return latencies[std::min(i, latencies.size() - 1)];
    };
    std::cerr << "push-fanout: announcement answered " << status << "; " << latencies.size()
              << " of " << stillOpen << " open sockets received it\n";
    const double kibPerConnection =
        held ? static_cast<double>(rssAfter - rssBefore) / static_cast<double>(held) : -1;
    nlohmann::json out{{"connections", latencies.size()},
                       {"held", stillOpen},
                       {"p50_ms", pct(0.50)},
                       {"p99_ms", pct(0.99)},
                       {"kib_per_connection", kibPerConnection},
                       // Where the time goes: the request until its answer (the transaction
                       // writing every event), then the answer until the last delivery.
                       {"answered_ms", std::chrono::duration<double, std::milli>(
                                           Clock::duration(run.answeredAt.load()) -
                                           Clock::duration(run.broadcastAt.load()))
                                           .count()},
                       {"min_ms", latencies.empty() ? -1.0 : latencies.front()},
                       {"p10_ms", pct(0.10)},
                       {"max_ms", latencies.empty() ? -1.0 : latencies.back()},
                       // CPU time spent from just before the announcement until the last
                       // socket had it (postgres: the postmaster and its backends).
                       {"cpu_ms_server", cpuAfter.server - cpuBefore.server},
                       {"cpu_ms_generator", cpuAfter.generator - cpuBefore.generator},
                       {"cpu_ms_postgres", cpuAfter.postgres - cpuBefore.postgres},
                       {"server_rss_before_kib", rssBefore},
                       {"server_rss_after_kib", rssAfter}};
    std::cout << out.dump() << std::endl;
    std::_Exit(0);  // thousands of sockets: let the kernel close them
}
