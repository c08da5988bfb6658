// sync-ingest-bench: the sync benchmarks against a running satchel-syncd and its database.
//
//   sync-ingest-bench DATABASE_URL SERVER_URL JWT_SECRET
//
// 1. Seeds STUDENTS students (default 1,000) enrolled in one course of 10 video lessons.
// 2. Baseline: COPY of every event row (STUDENTS × DEVICES × BATCHES × 500) straight into
//    progress_events, the physical limit of this machine for these rows; then TRUNCATE.
// 3. Ingest: the same rows pushed through POST /api/v1/sync/push by CLIENTS concurrent
//    clients, 500 events per batch, each device's batches in order; every ack checked.
// 4. Pull: a fresh student with PULL_EVENTS (default 100,000) events, pulled from the start in
//    pages of 5,000 through GET /api/v1/sync/pull, each page decoded with shared's codec.
//
// Prints the JSON lines of bench sync-ingest (events_per_s, baseline, ratio) and sync-pull
// (ms_100k) on stdout; progress on stderr.
#include <curl/curl.h>
#include <libpq-fe.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "bench_data.h"
#include "satchel/protocol/codec.h"

using namespace satchel;
using namespace satchel::bench;
using Clock = std::chrono::steady_clock;

namespace {

int envInt(const char* name, int fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::atoi(v) : fallback;
}

double seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

size_t collect(char* data, size_t size, size_t count, void* user) {
    static_cast<std::string*>(user)->append(data, size * count);
    return size * count;
}

// One keep-alive connection to the server.
class Client {
public:
    Client() : curl_(curl_easy_init()) {}
    ~Client() { curl_easy_cleanup(curl_); }
    long request(const std::string& url, const std::string& token, const std::string* body,
                 std::string& reply) {
        reply.clear();
        curl_slist* headers =
            curl_slist_append(nullptr, ("Authorization: Bearer " + token).c_str());
        headers = curl_slist_append(headers, "Content-Type: application/json");
        curl_easy_setopt(curl_, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl_, CURLOPT_HTTPHEADER, headers);
        if (body) {
            curl_easy_setopt(curl_, CURLOPT_POST, 1L);
            curl_easy_setopt(curl_, CURLOPT_POSTFIELDS, body->data());
            curl_easy_setopt(curl_, CURLOPT_POSTFIELDSIZE_LARGE,
                             static_cast<curl_off_t>(body->size()));
        } else {
            curl_easy_setopt(curl_, CURLOPT_HTTPGET, 1L);
        }
        curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &reply);
        curl_easy_setopt(curl_, CURLOPT_TIMEOUT, 120L);
        const CURLcode rc = curl_easy_perform(curl_);
        curl_slist_free_all(headers);
        long status = 0;
        if (rc == CURLE_OK)
            curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &status);
        return status;
    }

private:
    CURL* curl_;
};

// Raw COPY of every row, in 8 MiB chunks; returns rows per second.
double copyBaseline(const std::string& dbUrl, const std::vector<BenchStudent>& students,
                    const BenchCourse& course, int devices, int batches, int batchSize) {
    PGconn* conn = PQconnectdb(dbUrl.c_str());
    if (PQstatus(conn) != CONNECTION_OK)
        throw std::runtime_error(PQerrorMessage(conn));
    const auto start = Clock::now();
    PGresult* res =
        PQexec(conn,
               "COPY progress_events (id, user_id, seq, course_id, lesson_id, device_id, hlc, kind,"
               " start_ms, end_ms, duration_ms, position_ms, total_ms) FROM STDIN");
    if (PQresultStatus(res) != PGRES_COPY_IN)
        throw std::runtime_error(PQerrorMessage(conn));
    PQclear(res);
    std::string buffer;
    long long rows = 0;
    for (std::size_t s = 0; s < students.size(); ++s) {
        std::int64_t seq = 1;
        for (int d = 0; d < devices; ++d)
            for (int b = 0; b < batches; ++b) {
                const auto events = makeEvents(course, static_cast<int>(s), d, b, batchSize);
                appendCopyRows(buffer, students[s].id, seq, events);
                seq += batchSize;
                rows += batchSize;
                if (buffer.size() > (8u << 20)) {
                    PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size()));
                    buffer.clear();
                }
            }
    }
    PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size()));
    PQputCopyEnd(conn, nullptr);
    res = PQgetResult(conn);
    if (PQresultStatus(res) != PGRES_COMMAND_OK)
        throw std::runtime_error(PQerrorMessage(conn));
    PQclear(res);
    const double elapsed = seconds(start);
    PQfinish(conn);
    std::fprintf(stderr, "sync-ingest: raw COPY %lld rows in %.1f s\n", rows, elapsed);
    return static_cast<double>(rows) / elapsed;
}

// Pushes every device's batches through the server; returns events applied per second.
double ingest(const std::string& serverUrl, const std::vector<BenchStudent>& students,
              const BenchCourse& course, int devices, int batches, int batchSize, int clients) {
    // Work items: (student, device); a client pushes that device's batches in order.
    std::atomic<int> next{0};
    std::atomic<long long> applied{0};
    std::atomic<bool> failed{false};
    const int items = static_cast<int>(students.size()) * devices;
    std::mutex errorMutex;
    std::string error;
    const auto start = Clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&] {
            Client client;
            std::string reply;
            for (int item; !failed && (item = next++) < items;) {
                const int s = item % static_cast<int>(students.size()),
                          d = item / static_cast<int>(students.size());
                for (int b = 0; b < batches; ++b) {
                    const std::string body =
                        pushBody(deviceId(s, d), makeEvents(course, s, d, b, batchSize));
                    const long status =
                        client.request(serverUrl + "/api/v1/sync/push",
                                       students[static_cast<std::size_t>(s)].token, &body, reply);
                    auto acks = status == 200 ? decode<PushResponse>(reply)
                                              : Decoded<PushResponse>(fail(DecodeError{}));
                    long long ok = 0;
                    if (acks)
                        for (const auto& ack : acks->acks)
                            ok += ack.status == AckStatus::Applied ? 1 : 0;
                    if (ok != batchSize) {
                        std::lock_guard lock(errorMutex);
                        error =
                            "push answered " + std::to_string(status) + ": " + reply.substr(0, 300);
                        failed = true;
                        break;
                    }
                    applied += ok;
                }
            }
        });
    for (auto& t : threads)
        t.join();
    if (failed)
        throw std::runtime_error(error);
    const double elapsed = seconds(start);
    std::fprintf(stderr, "sync-ingest: pushed %lld events in %.1f s with %d clients\n",
                 applied.load(), elapsed, clients);
    return static_cast<double>(applied.load()) / elapsed;
}

// Pulls everything of one student from the start; returns milliseconds.
double pullAll(const std::string& serverUrl, const BenchStudent& student, long long expected) {
    Client client;
    std::string reply, cursor;
    long long events = 0;
    int pages = 0;
    const auto start = Clock::now();
    for (bool more = true; more; ++pages) {
        const long status =
            client.request(serverUrl + "/api/v1/sync/pull?limit=5000&cursor=" + cursor,
                           student.token, nullptr, reply);
        auto page = status == 200 ? decode<PullResponse>(reply)
                                  : Decoded<PullResponse>(fail(DecodeError{}));
        if (!page)
            throw std::runtime_error("pull answered " + std::to_string(status) + ": " +
                                     reply.substr(0, 300));
        events += static_cast<long long>(page->events.size());
        cursor = page->cursor;
        more = page->hasMore;
    }
    const double ms = seconds(start) * 1000.0;
    if (events != expected)
        throw std::runtime_error("pulled " + std::to_string(events) + " events, expected " +
                                 std::to_string(expected));
    std::fprintf(stderr, "sync-pull: %lld events in %d pages, %.0f ms\n", events, pages, ms);
    return ms;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: sync-ingest-bench DATABASE_URL SERVER_URL JWT_SECRET\n");
        return 2;
    }
    const std::string dbUrl = argv[1], serverUrl = argv[2], secret = argv[3];
    const int studentsCount = envInt("STUDENTS", 1000), devices = envInt("DEVICES", 10);
    const int batches = envInt("BATCHES", 1), batchSize = envInt("BATCH_SIZE", 500);
    const int clients = envInt("CLIENTS", 8), pullEvents = envInt("PULL_EVENTS", 100'000);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    try {
        server::PgConnection db(dbUrl);
        const BenchCourse course = seedCourse(db, 10);
        const auto students = seedStudents(db, course, "bench-student-", studentsCount, secret);
        db.exec("CHECKPOINT");

        const double copyRate = copyBaseline(dbUrl, students, course, devices, batches, batchSize);
        db.exec("TRUNCATE progress_events");
        db.exec("CHECKPOINT");
        const double pushRate =
            ingest(serverUrl, students, course, devices, batches, batchSize, clients);
        const long long stored = db.exec("SELECT count(*) FROM progress_events").integer(0, 0);
        const long long expected =
            static_cast<long long>(studentsCount) * devices * batches * batchSize;
        if (stored != expected)
            throw std::runtime_error("the log holds " + std::to_string(stored) +
                                     " events, expected " + std::to_string(expected));
        std::printf(
            "{\"bench\":\"sync-ingest\",\"metric\":\"events_per_s\",\"value\":%.0f,\"unit\":"
            "\"events/s\","
            "\"baseline\":%.0f,\"ratio\":%.3f}\n",
            pushRate, copyRate, pushRate / copyRate);
        std::fflush(stdout);

        // Pull: one student's 100,000 changes, pushed first (not timed).
        const auto puller = seedStudents(db, course, "bench-puller-", 1, secret).front();
        {
            Client client;
            std::string reply;
            const int pullBatches = (pullEvents + batchSize - 1) / batchSize;
            for (int b = 0; b < pullBatches; ++b) {
                const int n = std::min(batchSize, pullEvents - b * batchSize);
                const std::string body =
                    pushBody(deviceId(900'000, 0), makeEvents(course, 900'000, 0, b, n));
                if (client.request(serverUrl + "/api/v1/sync/push", puller.token, &body, reply) !=
                    200)
                    throw std::runtime_error("seeding the pull: " + reply.substr(0, 300));
            }
        }
        const double ms = pullAll(serverUrl, puller, pullEvents);
        std::printf(
            "{\"bench\":\"sync-pull\",\"metric\":\"ms_100k\",\"value\":%.0f,\"unit\":\"ms\","
            "\"events\":%d}\n",
            ms, pullEvents);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "sync-ingest: %s\n", e.what());
        return 1;
    }
    return 0;
}
