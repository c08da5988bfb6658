#include "sync/lesson_state_codec.h"

#include <nlohmann/json.hpp>

namespace satchel::server::sync {
namespace {

using nlohmann::json;

json stampJson(const Stamp& stamp) {
    return json::array({stamp.hlc.packed(), stamp.deviceId.toString()});
}

Uuid uuidOf(const json& value) {
    auto id = Uuid::parse(value.get<std::string>());
    if (!id)
        throw std::invalid_argument("bad uuid");
    return *id;
}

Stamp stampOf(const json& value) {
    return Stamp{Hlc::fromPacked(value.at(0).get<std::uint64_t>()), uuidOf(value.at(1))};
}

}  // namespace

std::string encodeLessonState(const LessonState& state) {
    json watched = json::array();
    for (const auto& interval : state.watched.intervals())
        watched.push_back(json::array({interval.startMs, interval.endMs}));
    json time = json::object();
    for (const auto& [device, ms] : state.timeSpentByDevice)
        time[device.toString()] = ms;
    json out{{"v", 1},
             {"course", state.courseId.toString()},
             {"lesson", state.lessonId.toString()},
             {"watched", std::move(watched)},
             {"duration", state.mediaDurationMs},
             {"time", std::move(time)}};
    if (state.resume)
        out["resume"] = json::array({state.resume->positionMs, stampJson(state.resume->stamp)});
    if (state.firstOpened)
        out["opened"] = stampJson(*state.firstOpened);
    if (state.completed)
        out["completed"] = stampJson(*state.completed);
    return out.dump();
}

Result<LessonState, std::string> decodeLessonState(const std::string& text) {
    try {
        const json in = json::parse(text);
        if (in.at("v").get<int>() != 1)
            return fail(std::string("unknown lesson state version"));
        LessonState state;
        state.courseId = uuidOf(in.at("course"));
        state.lessonId = uuidOf(in.at("lesson"));
        std::vector<Interval> intervals;
        for (const auto& item : in.at("watched"))
            intervals.push_back(
                Interval{item.at(0).get<std::uint64_t>(), item.at(1).get<std::uint64_t>()});
        state.watched = WatchedIntervals(std::move(intervals));
        state.mediaDurationMs = in.at("duration").get<std::uint64_t>();
        for (const auto& [device, ms] : in.at("time").items())
            state.timeSpentByDevice[uuidOf(json(device))] = ms.get<std::uint64_t>();
        if (in.contains("resume"))
            state.resume = ResumePosition{in["resume"].at(0).get<std::uint64_t>(),
                                          stampOf(in["resume"].at(1))};
        if (in.contains("opened"))
            state.firstOpened = stampOf(in["opened"]);
        if (in.contains("completed"))
            state.completed = stampOf(in["completed"]);
        return state;
    } catch (const std::exception& e) {
        return fail(std::string("unreadable lesson state: ") + e.what());
    }
}

}  // namespace satchel::server::sync
