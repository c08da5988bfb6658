#include "db/connection.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>

namespace satchel::server {
namespace {

constexpr std::size_t kMaxPreparedStatements = 256;

}  // namespace

PgResult::~PgResult() {
    if (result_)
        PQclear(result_);
}

PgResult& PgResult::operator=(PgResult&& other) noexcept {
    if (this != &other) {
        if (result_)
            PQclear(result_);
        result_ = other.result_;
        other.result_ = nullptr;
    }
    return *this;
}

int PgResult::rows() const {
    return result_ ? PQntuples(result_) : 0;
}

bool PgResult::isNull(int row, int column) const {
    return PQgetisnull(result_, row, column) != 0;
}

std::string PgResult::text(int row, int column) const {
    return std::string(PQgetvalue(result_, row, column),
                       static_cast<std::size_t>(PQgetlength(result_, row, column)));
}

std::optional<std::string> PgResult::optionalText(int row, int column) const {
    if (isNull(row, column))
        return std::nullopt;
    return text(row, column);
}

long long PgResult::integer(int row, int column) const {
    const char* value = PQgetvalue(result_, row, column);
    char* end = nullptr;
    const long long parsed = std::strtoll(value, &end, 10);
    if (end == value || *end != '\0')
        throw DatabaseError("XX000", "column is not an integer");
    return parsed;
}

bool PgResult::boolean(int row, int column) const {
    return PQgetvalue(result_, row, column)[0] == 't';
}

long long PgResult::affectedRows() const {
    const char* tuples = PQcmdTuples(result_);
    return tuples && *tuples ? std::atoll(tuples) : 0;
}

PgConnection::PgConnection(const std::string& url, int connectTimeoutSeconds) {
    const std::string timeout = std::to_string(connectTimeoutSeconds);
    const char* keys[] = {"dbname", "connect_timeout", "application_name", nullptr};
    const char* values[] = {url.c_str(), timeout.c_str(), "satchel-syncd", nullptr};
    conn_ = PQconnectdbParams(keys, values, 1);
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
        std::string message = conn_ ? PQerrorMessage(conn_) : "out of memory";
        while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
            message.pop_back();
        if (conn_)
            PQfinish(conn_);
        conn_ = nullptr;
        throw DatabaseUnavailable("cannot connect to PostgreSQL: " + message);
    }
    // Notices ("relation already exists, skipping") are not errors; keep them off stderr.
    PQsetNoticeProcessor(
        conn_, [](void*, const char*) {}, nullptr);
    touch();
}

PgConnection::~PgConnection() {
    if (conn_)
        PQfinish(conn_);
}

PgResult PgConnection::check(pg_result* raw) {
    PgResult result(raw);
    touch();
    const auto status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    const char* state = raw ? PQresultErrorField(raw, PG_DIAG_SQLSTATE) : nullptr;
    const std::string sqlState = state ? state : "";
    std::string message = raw ? PQresultErrorMessage(raw) : PQerrorMessage(conn_);
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
        message.pop_back();
    // Class 08 is connection trouble; 57P01..57P03 are shutdowns and start-ups in progress.
    if (PQstatus(conn_) != CONNECTION_OK || sqlState.rfind("08", 0) == 0 ||
        sqlState.rfind("57P", 0) == 0) {
        broken_ = true;
        throw DatabaseUnavailable("PostgreSQL connection lost: " + message);
    }
    throw DatabaseError(sqlState, message);
}

PgResult PgConnection::exec(std::string_view sql, const std::vector<PgParam>& params) {
    if (broken_)
        throw DatabaseUnavailable("PostgreSQL connection lost");
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params)
        values.push_back(p.value() ? p.value()->c_str() : nullptr);
    std::string statement(sql);
    auto it = prepared_.find(statement);
    if (it == prepared_.end() && prepared_.size() >= kMaxPreparedStatements) {
        // Text built at run time (rare) does not get to grow the cache without bound.
        return check(PQexecParams(conn_, statement.c_str(), static_cast<int>(params.size()),
                                  nullptr, values.data(), nullptr, nullptr, 0));
    }
    if (it == prepared_.end()) {
        std::string name = "s" + std::to_string(prepared_.size());
        check(PQprepare(conn_, name.c_str(), statement.c_str(), static_cast<int>(params.size()),
                        nullptr));
        it = prepared_.emplace(std::move(statement), std::move(name)).first;
    }
    return check(PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(params.size()),
                                values.data(), nullptr, nullptr, 0));
}

void PgConnection::copyIn(const std::string& sql, std::string_view data) {
    if (broken_)
        throw DatabaseUnavailable("PostgreSQL connection lost");
    // PQexec returns at the first COPY_IN result, or the error of any statement before it.
    pg_result* started = PQexec(conn_, sql.c_str());
    if (PQresultStatus(started) != PGRES_COPY_IN) {
        check(started);  // throws for an error
        throw DatabaseError("XX000", "copyIn: the statement is not a COPY FROM STDIN");
    }
    PQclear(started);
    constexpr std::size_t kChunk = 1u << 20;
    bool sent = true;
    for (std::size_t at = 0; sent && at < data.size(); at += kChunk) {
        const auto n = static_cast<int>(std::min(kChunk, data.size() - at));
        sent = PQputCopyData(conn_, data.data() + at, n) == 1;
    }
    if (!sent || PQputCopyEnd(conn_, nullptr) != 1) {
        broken_ = true;
        throw DatabaseUnavailable(std::string("PostgreSQL connection lost: ") +
                                  PQerrorMessage(conn_));
    }
    // The COPY's own result, then the end of the query. Every result is read before the first
    // error is thrown, so the connection is ready for the next statement (a ROLLBACK TO).
    pg_result* failed = nullptr;
    while (pg_result* result = PQgetResult(conn_)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !failed)
            failed = result;
        else
            PQclear(result);
    }
    if (failed)
        check(failed);  // throws
    touch();
}

void PgConnection::execScript(const std::string& sql) {
    if (broken_)
        throw DatabaseUnavailable("PostgreSQL connection lost");
    check(PQexec(conn_, sql.c_str()));
}

bool PgConnection::ping() {
    try {
        exec("SELECT 1");
        return true;
    } catch (const std::exception&) {
        broken_ = true;
        return false;
    }
}

bool PgConnection::broken() const {
    return broken_ || PQstatus(conn_) != CONNECTION_OK;
}

bool PgConnection::inTransaction() const {
    return PQtransactionStatus(conn_) != PQTRANS_IDLE;
}

Transaction::Transaction(PgConnection& conn) : conn_(conn) {
    conn_.exec("BEGIN");
}

Transaction::~Transaction() {
    if (done_)
        return;
    try {
        conn_.exec("ROLLBACK");
    } catch (...) {
        // The connection is broken; the pool discards it.
    }
}

void Transaction::commit() {
    conn_.exec("COMMIT");
    done_ = true;
}

}  // namespace satchel::server
