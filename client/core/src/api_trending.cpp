// ApiClient::trending and the reader of its answer.
#include "satchel/client/api_client.h"
#include "satchel/client/trending.h"
#include "satchel/protocol/codec.h"

namespace satchel::client {
namespace {
DecodeError problem(DecodeErrorCode code, std::string field, std::string message) {
    return DecodeError{code, std::move(field), std::move(message)};
}
}  // namespace

Decoded<TrendingResponse> decodeTrending(std::string_view text) {
    auto parsed = parseJson(text);
    if (!parsed)
        return fail(parsed.error());
    const nlohmann::json& root = *parsed;
    if (!root.is_object())
        return fail(problem(DecodeErrorCode::WrongType, {}, "expected an object"));
    TrendingResponse response;
    if (const auto days = root.find("windowDays"); days != root.end()) {
        if (!days->is_number_integer())
            return fail(problem(DecodeErrorCode::WrongType, "windowDays", "expected an integer"));
        response.windowDays = days->get<int>();
    }
    const auto courses = root.find("courses");
    if (courses == root.end())
        return fail(problem(DecodeErrorCode::MissingField, "courses", "required"));
    if (!courses->is_array())
        return fail(problem(DecodeErrorCode::WrongType, "courses", "expected an array"));
    for (std::size_t i = 0; i < courses->size(); ++i) {
        const nlohmann::json& item = (*courses)[i];
        const std::string at = "courses[" + std::to_string(i) + "]";
        if (!item.is_object())
            return fail(problem(DecodeErrorCode::WrongType, at, "expected an object"));
        const auto id = item.find("courseId");
        const auto title = item.find("title");
        const auto learners = item.find("learners");
        if (id == item.end() || !id->is_string())
            return fail(problem(DecodeErrorCode::MissingField, at + ".courseId", "a UUID string"));
        auto uuid = Uuid::parse(id->get<std::string>());
        if (!uuid)
            return fail(problem(DecodeErrorCode::InvalidId, at + ".courseId", "not a UUID"));
        if (title == item.end() || !title->is_string())
            return fail(problem(DecodeErrorCode::MissingField, at + ".title", "a string"));
        if (learners == item.end() || !learners->is_number_integer())
            return fail(problem(DecodeErrorCode::MissingField, at + ".learners", "an integer"));
        response.courses.push_back(
            TrendingCourse{*uuid, title->get<std::string>(), learners->get<std::int64_t>()});
    }
    return response;
}

void ApiClient::trending(int limit, const QObject* context, Callback<TrendingResponse> done) {
    request("GET", QStringLiteral("/api/v1/courses/trending?limit=%1").arg(limit), {}, true,
            context, [done = std::move(done)](ApiResult<QByteArray> raw) {
                if (!raw) {
                    done(fail(raw.error()));
                    return;
                }
                auto decoded =
                    decodeTrending({raw->constData(), static_cast<std::size_t>(raw->size())});
                if (!decoded) {
                    done(fail(ApiError{ApiError::Kind::Protocol,
                                       200,
                                       {},
                                       QString::fromStdString(decoded.error().describe())}));
                    return;
                }
                done(std::move(*decoded));
            });
}

}  // namespace satchel::client
