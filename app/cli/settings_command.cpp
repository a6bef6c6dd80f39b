// SPDX-License-Identifier: GPL-3.0-or-later
// `settings [KEY [VALUE]]` (CLI.md): all settings, one, or sets one. Keys and accepted values
// are SettingsKeys', shared with the store and the app; a bad key or value is exit 2.

#include "command.h"
#include "core/i18n/contexts.h"
#include "json_output.h"
#include "text_output.h"
#include "value_options.h"

#include "core/model/settings.h"

namespace stridelog::cli {
namespace {

std::optional<Failure> checkKey(const QString& key) {
    if (SettingsKeys::all().contains(key)) return std::nullopt;
    return Failure{ExitCode::InvalidInput,
                   CliWords::tr("unknown setting '%1'; settings are: %2")
                       .arg(key, SettingsKeys::all().join(QStringLiteral(", ")))};
}

CommandResult setSetting(Journal& journal, Settings settings, const QString& key,
                         const QString& value) {
    if (const auto error = SettingsKeys::assign(settings, key, value)) return invalidInput(*error);
    const auto saved = journal.saveSettings(settings);
    if (!saved) return fromStoreError(saved.error());
    return CommandOutput{settingsJson(settings),
                         QStringLiteral("%1 = %2\n").arg(key, SettingsKeys::valueOf(settings, key)),
                         {}};
}

}  // namespace

CommandResult settings(Session& session, const QStringList& arguments) {
    const auto options =
        parseOptions(arguments, {{}, {}, 0, 2, QStringLiteral("settings [KEY [VALUE]]")});
    if (!options) return Unexpected{options.error()};
    const QStringList& words = options->positional;
    if (!words.isEmpty()) {
        if (auto unknown = checkKey(words.at(0))) return Unexpected{*unknown};
    }
    if (words.size() == 2) {
        // A bad value fails before the journal is opened, so it never creates the file.
        Settings trial;
        if (const auto error = SettingsKeys::assign(trial, words.at(0), words.at(1)))
            return invalidInput(*error);
    }

    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    const auto current = (*journal)->settings();
    if (!current) return fromStoreError(current.error());
    if (words.size() == 2) return setSetting(**journal, *current, words.at(0), words.at(1));
    if (words.size() == 1) {
        const QString& key = words.at(0);
        return CommandOutput{QJsonObject{{key, settingJson(*current, key)}},
                             SettingsKeys::valueOf(*current, key) + QLatin1Char('\n'),
                             {}};
    }
    return CommandOutput{settingsJson(*current), settingsText(*current), {}};
}

}  // namespace stridelog::cli
