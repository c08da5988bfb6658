#pragma once
// One libpq connection, with statements that take bind parameters only: SQL text is always a
// constant, values always travel separately, so no value can change a statement's meaning.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "db/errors.h"

struct pg_conn;
struct pg_result;

namespace satchel::server {

// A statement parameter in PostgreSQL's text format; default-constructed means SQL NULL.
class PgParam {
public:
    PgParam() = default;
    PgParam(std::nullopt_t) {}
    PgParam(std::string value) : value_(std::move(value)) {}
    PgParam(std::string_view value) : value_(std::string(value)) {}
    PgParam(const char* value) : value_(std::string(value)) {}
    PgParam(long long value) : value_(std::to_string(value)) {}
    PgParam(long value) : value_(std::to_string(value)) {}
    PgParam(int value) : value_(std::to_string(value)) {}
    PgParam(bool value) : value_(value ? "true" : "false") {}
    PgParam(const std::optional<std::string>& value) : value_(value) {}
    const std::optional<std::string>& value() const { return value_; }

private:
    std::optional<std::string> value_;
};

class PgResult {
public:
    explicit PgResult(pg_result* result) : result_(result) {}
    ~PgResult();
    PgResult(PgResult&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
    PgResult& operator=(PgResult&& other) noexcept;
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;

    int rows() const;
    bool empty() const { return rows() == 0; }
    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;  // "" for NULL
    std::optional<std::string> optionalText(int row, int column) const;
    long long integer(int row, int column) const;  // throws DatabaseError on a non-integer
    bool boolean(int row, int column) const;
    long long affectedRows() const;

private:
    pg_result* result_;
};

class PgConnection {
public:
    // Connects with libpq's URL or key=value syntax; throws DatabaseUnavailable on failure.
    explicit PgConnection(const std::string& url, int connectTimeoutSeconds = 5);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // Runs one statement (prepared on first use on this connection). Throws DatabaseUnavailable
    // when the connection is lost (and marks this connection broken) and DatabaseError when
    // PostgreSQL rejects the statement.
    PgResult exec(std::string_view sql, const std::vector<PgParam>& params = {});
    // Sends `data` to a COPY ... FROM STDIN statement (`sql` may be preceded by other statements
    // without parameters, e.g. a SAVEPOINT, sent in the same round trip). `data` must be in the
    // statement's format (text or binary). Throws as exec() does, DatabaseError with the
    // SQLSTATE when a row is refused (then nothing of `data` is stored).
    void copyIn(const std::string& sql, std::string_view data);
    // Runs a script of several statements without parameters (migrations only).
    void execScript(const std::string& sql);
    // A round trip proving the connection still works.
    bool ping();
    bool broken() const;
    bool inTransaction() const;
    std::chrono::steady_clock::time_point lastUsed() const { return lastUsed_; }
    void touch() { lastUsed_ = std::chrono::steady_clock::now(); }
    pg_conn* raw() { return conn_; }

private:
    PgResult check(pg_result* result);

    pg_conn* conn_ = nullptr;
    bool broken_ = false;
    // Statements this connection has prepared, by SQL text: each is parsed and planned once
    // per connection instead of on every call.
    std::unordered_map<std::string, std::string> prepared_;
    std::chrono::steady_clock::time_point lastUsed_;
};

// BEGIN on construction; ROLLBACK on destruction unless commit() ran.
class Transaction {
public:
    explicit Transaction(PgConnection& conn);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    PgConnection& conn_;
    bool done_ = false;
};

}  // namespace satchel::server
