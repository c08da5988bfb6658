#pragma once
// A command's own flags, taken out of its arguments (main() hands every word after the
// command name over unparsed, so each command owns its options).

#include <QStringList>
#include <optional>

namespace satchel::cli {

// Removes every `flag` from args; true when there was one.
inline bool takeFlag(QStringList& args, const QString& flag) {
    return args.removeAll(flag) > 0;
}

// Removes `name VALUE` (or `name=VALUE`) from args and returns VALUE. A name with no value
// after it is left in place, so the usage check reports it.
inline std::optional<QString> takeOption(QStringList& args, const QString& name) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == name && i + 1 < args.size()) {
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(name + QLatin1Char('='))) {
            const QString value = args[i].mid(name.size() + 1);
            args.remove(i);
            return value;
        }
    }
    return std::nullopt;
}

}  // namespace satchel::cli
