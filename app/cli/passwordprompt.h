#pragma once

#include <QString>
#include <QTextStream>

// Asks for a password on the terminal without echoing it.
namespace PasswordPrompt {
bool isInteractive();
QString ask(const QString &prompt, QTextStream &err);
} // namespace PasswordPrompt
