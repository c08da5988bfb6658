#include "lesson_state_codec.h"

#include <nlohmann/json.hpp>

namespace satchel::client::detail {
namespace {

using nlohmann::json;

json stampJson(const Stamp& s) {
    return {{"hlc", s.hlc.packed()}, {"device", s.deviceId.toString()}};
}

std::optional<Stamp> stampFrom(const json& j) {
    auto device = Uuid::parse(j.at("device").get<std::string>());
    if (!device)
        return std::nullopt;
    return Stamp{Hlc::fromPacked(j.at("hlc").get<std::uint64_t>()), *device};
}

}  // namespace

std::string encodeLessonState(const LessonState& state) {
    json watched = json::array();
    for (const Interval& i : state.watched.intervals())
        watched.push_back({i.startMs, i.endMs});
    json time = json::object();
    for (const auto& [device, ms] : state.timeSpentByDevice)
        time[device.toString()] = ms;
    json out = {{"course", state.courseId.toString()},
                {"lesson", state.lessonId.toString()},
                {"watched", std::move(watched)},
                {"durationMs", state.mediaDurationMs},
                {"timeSpent", std::move(time)}};
    if (state.resume) {
        out["resume"] = {{"positionMs", state.resume->positionMs},
                         {"stamp", stampJson(state.resume->stamp)}};
    }
    if (state.firstOpened)
        out["opened"] = stampJson(*state.firstOpened);
    if (state.completed)
        out["completed"] = stampJson(*state.completed);
    return out.dump();
}

std::optional<LessonState> decodeLessonState(std::string_view text) {
    const json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object())
        return std::nullopt;
    try {
        LessonState state;
        auto course = Uuid::parse(j.at("course").get<std::string>());
        auto lesson = Uuid::parse(j.at("lesson").get<std::string>());
        if (!course || !lesson)
            return std::nullopt;
        state.courseId = *course;
        state.lessonId = *lesson;
        std::vector<Interval> intervals;
        for (const json& pair : j.at("watched")) {
            intervals.push_back({pair.at(0).get<std::uint64_t>(), pair.at(1).get<std::uint64_t>()});
        }
        state.watched = WatchedIntervals(std::move(intervals));
        state.mediaDurationMs = j.at("durationMs").get<std::uint64_t>();
        for (const auto& [device, ms] : j.at("timeSpent").items()) {
            auto id = Uuid::parse(device);
            if (!id)
                return std::nullopt;
            state.timeSpentByDevice[*id] = ms.get<std::uint64_t>();
        }
        if (j.contains("resume")) {
            auto stamp = stampFrom(j["resume"].at("stamp"));
            if (!stamp)
                return std::nullopt;
            state.resume =
                ResumePosition{j["resume"].at("positionMs").get<std::uint64_t>(), *stamp};
        }
        if (j.contains("opened")) {
            state.firstOpened = stampFrom(j["opened"]);
            if (!state.firstOpened)
                return std::nullopt;
        }
        if (j.contains("completed")) {
            state.completed = stampFrom(j["completed"]);
            if (!state.completed)
                return std::nullopt;
        }
        return state;
    } catch (const json::exception&) {
        // Wrong types or missing fields: a damaged row, reported by the caller as Corrupt.
        return std::nullopt;
    }
}

}  // namespace satchel::client::detail
