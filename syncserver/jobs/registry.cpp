#include "jobs/registry.h"

#include <stdexcept>

#include "jobs/queue.h"

namespace satchel::server::jobs {

void JobContext::completeWithin(PgConnection& txConn) {
    completeJobInTransaction(txConn, job_);
    completedWithin_ = true;
}

bool JobContext::claimEffect(PgConnection& txConn, const std::string& effectKey) {
    return txConn
               .exec(
                   "INSERT INTO job_effects (effect_key, job_id) VALUES ($1, $2) ON CONFLICT DO "
                   "NOTHING",
                   {effectKey, job_.id})
               .affectedRows() == 1;
}

bool JobContext::effectDone(const std::string& effectKey) {
    return !conn_.exec("SELECT 1 FROM job_effects WHERE effect_key = $1", {effectKey}).empty();
}

void JobRegistry::addHandler(const std::string& type, JobHandler handler) {
    if (!handlers_.emplace(type, std::move(handler)).second)
        throw std::logic_error("job type registered twice: " + type);
}

void JobRegistry::addSchedule(Schedule schedule) {
    if (schedule.every.has_value() == schedule.dailyAtMinuteUtc.has_value())
        throw std::logic_error("schedule " + schedule.name +
                               " needs exactly one of every / dailyAtMinuteUtc");
    schedules_.push_back(std::move(schedule));
}

const JobHandler* JobRegistry::handlerFor(const std::string& type) const {
    const auto it = handlers_.find(type);
    return it == handlers_.end() ? nullptr : &it->second;
}

std::vector<std::string> JobRegistry::types() const {
    std::vector<std::string> names;
    for (const auto& [name, _] : handlers_)
        names.push_back(name);
    return names;
}

}  // namespace satchel::server::jobs
