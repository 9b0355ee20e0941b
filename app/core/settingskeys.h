#pragma once

#include <QString>

// QSettings keys shared by the window, the command line and tests. Never a password.
namespace SettingsKeys {
inline const QString language = QStringLiteral("ui/language");
inline const QString geometry = QStringLiteral("ui/geometry");
inline const QString view = QStringLiteral("ui/view");
} // namespace SettingsKeys
