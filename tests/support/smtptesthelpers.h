#pragma once

#include "i18n/languagemanager.h"
#include "smtp/smtpclient.h"
#include "smtp/smtpconfig.h"
#include "smtp/smtpresult.h"

#include <QString>
#include <QStringList>

// Shared pieces of the protocol engine tests.
namespace SmtpTest {

// A file of the loopback-only TLS material in tests/data/tls/.
QString tlsFile(const QString &name);
// "AB:CD:..." SHA-256 of a PEM certificate file.
QString fingerprintOf(const QString &pemFile);

// A plain-text configuration for 127.0.0.1:port with short deadlines.
SmtpConfig configFor(quint16 port);

// Starts a run and waits (a bounded nested event loop, fine in tests) until finished(); *ok tells whether it
// came in time.
SmtpResult run(SmtpClient &client, const SmtpConfig &config, int timeoutMs = 15000, bool *ok = nullptr);

// Every place a secret appears in text: as itself, or in base64 at any alignment inside a longer blob.
// Independent of the engine's Redactor on purpose: it decodes instead of predicting encodings.
QStringList secretLeaks(const QString &text, const QStringList &secrets);
// secretLeaks() over everything a result can show: transcript, error message and detail, step commands
// and replies, the XOAUTH2 error.
QStringList secretLeaks(const SmtpResult &result, const QStringList &secrets);

// Active timers and live sockets of a client, described; empty when nothing is left behind.
QStringList leftovers(const SmtpClient &client);

// What is wrong with the error's message in Vietnamese and Spanish: missing, identical to the English one,
// or with a placeholder left in. Empty when both are translated. Switches languages through the given
// manager and leaves it on English.
QStringList untranslated(LanguageManager &languages, const SmtpError &error);

} // namespace SmtpTest
