#pragma once
// Typed database failures. The dispatcher answers DatabaseUnavailable with 503 (the server
// keeps running and recovers when PostgreSQL returns); DatabaseError is a bug or a constraint
// that a repository should have turned into something more specific.

#include <stdexcept>
#include <string>

namespace satchel::server {

// PostgreSQL cannot be reached, the connection broke, or the pool had no connection in time.
class DatabaseUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A statement failed; `sqlState` is PostgreSQL's five-character code (23505 unique_violation).
class DatabaseError : public std::runtime_error {
public:
    DatabaseError(std::string sqlState, const std::string& message)
        : std::runtime_error(message), sqlState_(std::move(sqlState)) {}
    const std::string& sqlState() const { return sqlState_; }
    bool isUniqueViolation() const { return sqlState_ == "23505"; }

private:
    std::string sqlState_;
};

// The database was migrated by a newer satchel-syncd than this one; serving it could corrupt it.
class SchemaTooNew : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace satchel::server
