// docs/api/openapi.yaml must describe exactly the routes satchel-syncd registers: every route
// documented, nothing documented that does not exist.
#define BOOST_TEST_MODULE server_openapi
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "api_client.h"

using namespace satchel::testing;

namespace {

// "METHOD /path" for every operation under `paths:` (OpenAPI's layout: paths at two spaces,
// operations at four).
std::set<std::string> documentedRoutes(const std::filesystem::path& file) {
    std::ifstream in(file);
    BOOST_REQUIRE_MESSAGE(in, "cannot read " + file.string());
    const std::regex pathLine(R"(^  (/\S*):\s*$)");
    const std::regex methodLine(R"(^    (get|put|post|patch|delete|head|options):.*$)");
    std::set<std::string> routes;
    std::string line, currentPath;
    bool inPaths = false;
    std::smatch m;
    while (std::getline(in, line)) {
        if (!line.empty() && line[0] != ' ' && line[0] != '#')
            inPaths = line.rfind("paths:", 0) == 0;
        if (!inPaths)
            continue;
        if (std::regex_match(line, m, pathLine)) {
            currentPath = m[1];
        } else if (!currentPath.empty() && std::regex_match(line, m, methodLine)) {
            std::string method = m[1];
            for (auto& c : method)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            routes.insert(method + " " + currentPath);
        }
    }
    return routes;
}

std::set<std::string> registeredRoutes() {
    std::string output;
    const int rc = runSyncd({"routes"}, {{"SATCHEL_PASSWORD_HASH", "interactive"}}, "", output);
    BOOST_REQUIRE_MESSAGE(rc == 0, "satchel-syncd routes failed: " + output);
    std::set<std::string> routes;
    std::istringstream lines(output);
    std::string line;
    while (std::getline(lines, line))
        if (!line.empty())
            routes.insert(line);
    return routes;
}

}  // namespace

BOOST_AUTO_TEST_CASE(openapi_describes_exactly_the_registered_routes) {
    const auto documented = documentedRoutes(sourceDir() / "docs" / "api" / "openapi.yaml");
    const auto registered = registeredRoutes();
    BOOST_TEST(registered.size() > 20u);
    for (const auto& route : registered)
        BOOST_TEST(documented.count(route) == 1u,
                   "registered but not in docs/api/openapi.yaml: " << route);
    for (const auto& route : documented)
        BOOST_TEST(registered.count(route) == 1u,
                   "in docs/api/openapi.yaml but not registered: " << route);
    // The routes issue #4 names are among them.
    for (const char* required :
         {"POST /api/v1/auth/register", "POST /api/v1/auth/login", "POST /api/v1/auth/refresh",
          "POST /api/v1/auth/logout", "GET /api/v1/me", "GET /api/v1/courses",
          "POST /api/v1/courses", "POST /api/v1/courses/{id}/versions",
          "POST /api/v1/courses/{id}/enroll", "GET /api/v1/courses/{id}/versions/{n}/manifest"})
        BOOST_TEST(registered.count(required) == 1u, required);
}
