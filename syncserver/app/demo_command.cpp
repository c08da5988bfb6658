// load-demo DIR: what `./dev demo` needs on a fresh database. Creates the demo instructor and
// the demo student (demo / demo-password), builds the course in DIR (shared's
// buildCourseFromFolder), puts its assets in the blob store, publishes it and enrolls the
// student. Running it again changes nothing that already exists.
#include <iostream>

#include "api/publishing.h"
#include "app/commands.h"
#include "auth/accounts.h"
#include "db/course_repository.h"
#include "db/user_repository.h"
#include "satchel/package.h"
#include "satchel/storage/storage_settings.h"

namespace satchel::server {
namespace {

constexpr const char* kDemoPassword = "demo-password";

UserRecord ensureUser(PgPool& pool, AccountService& accounts, const std::string& username,
                      Role role, const std::string& displayName) {
    {
        auto conn = pool.acquire();
        if (auto existing = users::findByUsername(*conn, username))
            return *existing;
    }
    auto user = accounts.createUser(username, kDemoPassword, role, displayName);
    std::cout << "created " << roleName(role) << " " << username << " / " << kDemoPassword << "\n";
    return user;
}

}  // namespace

int runLoadDemo(const Settings& settings, const std::vector<std::string>& args) {
    if (args.size() != 1) {
        std::cerr << "usage: satchel-syncd load-demo DIR\n";
        return 64;
    }
    auto built = satchel::buildCourseFromFolder(args[0]);
    if (!built) {
        std::cerr << "satchel-syncd: the demo course in " << args[0]
                  << " is invalid: " << built.error().describe() << "\n";
        return 1;
    }
    auto configured = satchel::storage::configureBlobStore(
        [&settings](std::string_view name) { return settings.value(name); });
    if (!configured) {
        std::cerr << "satchel-syncd: blob store: " << configured.error().message << "\n";
        return 1;
    }
    for (const auto& [sha, file] : built->assetFiles) {
        const auto key = satchel::storage::BlobKey::fromSha256(sha);
        if (!key) {
            std::cerr << "satchel-syncd: not a SHA-256: " << sha << "\n";
            return 1;
        }
        if (auto put = configured->store->putFile(*key, file); !put) {
            std::cerr << "satchel-syncd: storing " << file << " failed: " << put.error().message
                      << "\n";
            return 1;
        }
    }
    if (const int rc = prepareDatabase(settings); rc != 0)
        return rc;
    try {
        PgPool pool(settings.databaseUrl, 2, std::chrono::seconds(10));
        Authenticator auth(pool, settings.accessTokenTtl);
        AccountService accounts(pool, auth, settings);
        const auto instructor =
            ensureUser(pool, accounts, "demo-instructor", Role::Instructor, "Demo Instructor");
        const auto student = ensureUser(pool, accounts, "demo", Role::Student, "Demo Student");
        auto& manifest = built->manifest;
        auto conn = pool.acquire();
        std::string courseId =
            manifest.courseId.isNil() ? std::string{} : manifest.courseId.toString();
        auto course = courseId.empty() ? std::nullopt : courses::find(*conn, courseId);
        if (!course)
            course = courses::create(*conn, instructor.id, manifest.title, manifest.description,
                                     true, courseId);
        manifest.courseId = *satchel::Uuid::parse(course->id);
        if (course->latestVersion == 0) {
            const auto published = publishManifest(*conn, course->id, instructor.id, manifest);
            std::cout << "published \"" << manifest.title << "\" version " << published.version
                      << " (" << built->assetFiles.size() << " assets)\n";
        } else {
            std::cout << "\"" << course->title << "\" is already published (version "
                      << course->latestVersion << ")\n";
        }
        courses::enroll(*conn, course->id, student.id, instructor.id);
        std::cout << "demo student: demo / " << kDemoPassword << "; instructor: demo-instructor / "
                  << kDemoPassword << "; course " << course->id << "\n";
        return 0;
    } catch (const DatabaseUnavailable& e) {
        std::cerr << "satchel-syncd: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "satchel-syncd: loading the demo failed: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace satchel::server
