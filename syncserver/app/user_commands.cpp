// create-user and user ...: account administration from the command line, for the first admin
// and for when the API is not reachable.
#include <iostream>

#include "app/commands.h"
#include "auth/accounts.h"
#include "db/user_repository.h"

namespace satchel::server {
namespace {

std::optional<std::string> flagValue(const std::vector<std::string>& args,
                                     const std::string& name) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == name && i + 1 < args.size())
            return args[i + 1];
        if (args[i].rfind(name + "=", 0) == 0)
            return args[i].substr(name.size() + 1);
    }
    return std::nullopt;
}

int usage(const std::string& text) {
    std::cerr << "usage: satchel-syncd " << text << "\n";
    return 64;
}

// Runs `body` with a pool connection, turning typed failures into exit codes and messages.
template <typename F>
int withDatabase(const Settings& settings, F body) {
    if (const int rc = prepareDatabase(settings); rc != 0)
        return rc;
    try {
        PgPool pool(settings.databaseUrl, 1, std::chrono::seconds(10));
        return body(pool);
    } catch (const ApiError& e) {
        std::cerr << "satchel-syncd: " << e.what() << "\n";
        return 1;
    } catch (const DatabaseUnavailable& e) {
        std::cerr << "satchel-syncd: " << e.what() << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "satchel-syncd: " << e.what() << "\n";
        return 1;
    }
}

}  // namespace

int runCreateUser(const Settings& settings, const std::vector<std::string>& args) {
    const auto roleText = flagValue(args, "--role");
    const auto username = flagValue(args, "--username");
    const auto displayName = flagValue(args, "--display-name").value_or("");
    if (!roleText || !username)
        return usage(
            "create-user --role student|instructor|admin --username NAME [--display-name TEXT] < "
            "password");
    const auto role = parseRole(*roleText);
    if (!role)
        return usage("create-user --role student|instructor|admin ...");
    std::string password;
    std::getline(std::cin, password);
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    return withDatabase(settings, [&](PgPool& pool) {
        Authenticator auth(pool, settings.accessTokenTtl);
        AccountService accounts(pool, auth, settings);
        const auto user = accounts.createUser(*username, password, *role, displayName);
        std::cout << "created " << roleName(user.role) << " " << user.username << " (" << user.id
                  << ")\n";
        return 0;
    });
}

int runUserCommand(const Settings& settings, const std::vector<std::string>& args) {
    const std::string help =
        "user list | user set-role NAME student|instructor|admin | user disable NAME | user enable "
        "NAME";
    if (args.empty())
        return usage(help);
    const std::string& action = args[0];
    if (action == "list" && args.size() == 1) {
        return withDatabase(settings, [&](PgPool& pool) {
            auto conn = pool.acquire();
            for (int offset = 0;; offset += 500) {
                const auto page = users::list(*conn, 500, offset);
                for (const auto& u : page)
                    std::cout << u.id << "\t" << roleName(u.role) << "\t"
                              << (u.disabled ? "disabled" : "enabled") << "\t" << u.username
                              << "\n";
                if (page.size() < 500)
                    return 0;
            }
        });
    }
    if ((action == "disable" || action == "enable") && args.size() == 2) {
        return withDatabase(settings, [&](PgPool& pool) {
            auto conn = pool.acquire();
            const auto user = users::findByUsername(*conn, args[1]);
            if (!user)
                throw notFound("no user named '" + args[1] + "'");
            users::setDisabled(*conn, user->id, action == "disable");
            std::cout << action << "d " << user->username << "\n";
            return 0;
        });
    }
    if (action == "set-role" && args.size() == 3) {
        const auto role = parseRole(args[2]);
        if (!role)
            return usage(help);
        return withDatabase(settings, [&](PgPool& pool) {
            auto conn = pool.acquire();
            const auto user = users::findByUsername(*conn, args[1]);
            if (!user)
                throw notFound("no user named '" + args[1] + "'");
            users::setRole(*conn, user->id, *role);
            std::cout << user->username << " is now " << roleName(*role) << "\n";
            return 0;
        });
    }
    return usage(help);
}

}  // namespace satchel::server
