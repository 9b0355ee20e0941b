#include "explaincommand.h"
#include "text/textsafety.h"

#include "catalog/catalogloader.h"
#include "catalog/entryformatter.h"
#include "catalog/entryjson.h"
#include "lookupcommand.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

constexpr int MaxShownTextLength = 600; // the reply as quoted in the report; --json has all of it
constexpr int MaxAdviceSteps = 3;

bool standardInputIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

void appendSection(QString &out, const QString &heading, const QString &body) {
    if (body.trimmed().isEmpty())
        return;
    out += QLatin1Char('\n') + heading.toUpper() + QLatin1Char('\n') + body + QLatin1Char('\n');
}

QJsonArray hintsToJson(const QList<ReplyDecoder::Hint> &hints) {
    QJsonArray array;
    for (const ReplyDecoder::Hint &hint : hints)
        array.append(QJsonObject{{QStringLiteral("id"), hint.id},
                                 {QStringLiteral("evidence"), hint.evidence},
                                 {QStringLiteral("explanation"), hint.explanation()}});
    return array;
}

} // namespace

void ExplainCommand::printUsage(QTextStream &stream) {
    stream << tr("Usage: smtpdesk explain [--json] [--lang en|vi|es] \"TEXT\"") << '\n'
           << tr("       smtpdesk explain [--json] [--lang en|vi|es] < FILE") << '\n'
           << tr("Finds the SMTP reply codes in an error message, a log or a whole bounce and explains "
                 "them. Without TEXT, or with \"-\", the text is read from standard input.")
           << '\n';
}

QByteArray ExplainCommand::readStandardInput(bool *truncated) {
    // Plain stdio: it returns at the end of the input and never waits for more than it was asked for.
    QByteArray data;
    char buffer[64 * 1024];
    while (data.size() <= MaxInputBytes) {
        const size_t count = std::fread(buffer, 1, sizeof buffer, stdin);
        if (count == 0)
            break;
        data.append(buffer, static_cast<qsizetype>(count));
    }
    *truncated = data.size() > MaxInputBytes;
    if (*truncated)
        data.truncate(MaxInputBytes);
    return data;
}

int ExplainCommand::run(const QStringList &arguments, CliIo &io) {
    bool json = false;
    bool fromStandardInput = false;
    bool optionsEnded = false;
    QStringList words;
    for (const QString &arg : arguments) {
        if (optionsEnded) {
            words << arg;
        } else if (arg == QLatin1String("--")) {
            optionsEnded = true; // everything after it is text, even "-ERR …"
        } else if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            printUsage(io.out);
            return CliExit::Ok;
        } else if (arg == QLatin1String("-")) {
            fromStandardInput = true;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            io.err << tr("smtpdesk explain: unknown option \"%1\".").arg(TextSafety::shown(arg, 40)) << '\n';
            printUsage(io.err);
            return CliExit::Usage;
        } else {
            words << arg;
        }
    }
    if (fromStandardInput && !words.isEmpty()) {
        io.err << tr("smtpdesk explain: give the text either as an argument or on standard input, not both.")
               << '\n';
        return CliExit::Usage;
    }

    QString text;
    bool inputTruncated = false;
    if (!words.isEmpty()) {
        text = words.join(QLatin1Char(' '));
    } else {
        // Waiting for someone to type into a terminal would look like a hang.
        if (!fromStandardInput && standardInputIsTerminal()) {
            printUsage(io.err);
            return CliExit::Usage;
        }
        text = TextSafety::safe(QString::fromUtf8(readStandardInput(&inputTruncated)));
    }

    const CatalogLoader::Result &catalog = CatalogLoader::builtIn();
    if (catalog.catalog.isEmpty()) {
        io.err << tr("The built-in code catalog is damaged; please report this problem:") << '\n';
        for (const CatalogLoader::Problem &problem : catalog.problems)
            io.err << "  " << problem.toString() << '\n';
        return CliExit::NotFound;
    }

    const ReplyDecoder decoder(catalog.catalog);
    ReplyDecoder::Result result = decoder.decode(text);
    result.truncated = result.truncated || inputTruncated;

    if (json)
        io.out << QJsonDocument(toJson(result, io.language)).toJson(QJsonDocument::Indented);
    else
        io.out << format(result, io.language, LookupCommand::terminalWidth(), decoder.scanLimit());
    return result.findings.isEmpty() ? CliExit::NotFound : CliExit::Ok;
}

QString ExplainCommand::format(const ReplyDecoder::Result &result, const QString &language, int width,
                               qsizetype scanLimit) {
    QString out;
    if (result.truncated)
        out += EntryFormatter::wrap(
                   tr("The text is long: only its first %1 KiB were searched, the rest was left out.")
                       .arg(scanLimit / 1024),
                   width, 0) +
               QStringLiteral("\n\n");

    const auto appendHints = [&](const QString &heading, const QList<ReplyDecoder::Hint> &hints) {
        QStringList lines;
        for (const ReplyDecoder::Hint &hint : hints)
            lines << QStringLiteral("  • ") + EntryFormatter::wrap(hint.explanation(), width, 4).mid(4);
        appendSection(out, heading, lines.join(QLatin1Char('\n')));
    };

    if (result.findings.isEmpty()) {
        out += tr("No SMTP reply code found in the text.") + QLatin1Char('\n');
        out += EntryFormatter::wrap(
                   tr("Tip: paste the whole error message or bounce, with the three-digit code and the code "
                      "with dots that follows it, for example \"535 5.7.8 Username and Password not "
                      "accepted\". In a bounce, the lines that start with \"Status:\" and "
                      "\"Diagnostic-Code:\" hold the codes."),
                   width, 0) +
               QLatin1Char('\n');
        appendHints(tr("Also in the text"), result.otherHints);
        return out;
    }

    const int count = int(result.findings.size());
    out += tr("SMTP replies found in the text: %1").arg(count) + QLatin1Char('\n');
    for (int index = 0; index < count; ++index) {
        const ReplyDecoder::Finding &finding = result.findings.at(index);
        out += QLatin1Char('\n') +
               QStringLiteral("== %1 ==")
                   .arg(tr("Reply %1 of %2: %3").arg(index + 1).arg(count).arg(finding.codes())) +
               QLatin1Char('\n');
        if (!finding.text.isEmpty()) {
            QString said = finding.text;
            if (said.size() > MaxShownTextLength)
                said = said.left(MaxShownTextLength) + QStringLiteral(" …");
            out += EntryFormatter::wrap(QStringLiteral("\"%1\"").arg(said), width, 2) + QLatin1Char('\n');
        }

        for (const Catalog::Lookup *lookup : {&finding.basic, &finding.enhanced}) {
            if (lookup->code.isEmpty())
                continue;
            out += QLatin1Char('\n');
            if (lookup->entry) {
                const ReplyCode &entry = *lookup->entry;
                const ReplyCode::Text &entryText = entry.text(language);
                out +=
                    QStringLiteral("%1 — %2\n").arg(entry.displayCode(lookup->classDigit), entryText.title);
                out += EntryFormatter::wrap(EntryFormatter::factsLine(entry, lookup->classDigit), width, 0) +
                       QLatin1Char('\n');
                out += EntryFormatter::wrap(entryText.summary, width, 0) + QLatin1Char('\n');
                if (entry.kind == ReplyCode::Kind::Vendor)
                    out +=
                        EntryFormatter::wrap(
                            tr("%1 is a provider's own code, outside the registry of enhanced status codes.")
                                .arg(lookup->code),
                            width, 0) +
                        QLatin1Char('\n');
            } else if (lookup->status == Catalog::Lookup::Status::Fallback) {
                out +=
                    EntryFormatter::wrap(tr("%1 is not in the registry of enhanced status codes; its class "
                                            "and subject still tell what kind of problem it is.")
                                             .arg(lookup->code),
                                         width, 0) +
                    QLatin1Char('\n');
                for (const ReplyCode *general : {lookup->classEntry, lookup->subjectEntry}) {
                    if (!general)
                        continue;
                    const ReplyCode::Text &generalText = general->text(language);
                    out += QStringLiteral("  %1 — %2\n")
                               .arg(general->displayCode(lookup->classDigit), generalText.title);
                    out += EntryFormatter::wrap(generalText.summary, width, 4) + QLatin1Char('\n');
                }
            } else {
                out += tr("%1 is not a code SMTP Desk knows.").arg(lookup->code) + QLatin1Char('\n');
            }
        }

        if (!finding.stage.isEmpty())
            appendSection(out, tr("Stage"), QStringLiteral("  ") + ReplyCode::stageLabel(finding.stage));
        appendSection(out, finding.recipients.size() == 1 ? tr("Recipient") : tr("Recipients"),
                      finding.recipients.isEmpty()
                          ? QString()
                          : QStringLiteral("  ") + finding.recipients.join(QStringLiteral("\n  ")));
        if (!finding.remoteHost.isEmpty())
            appendSection(out, tr("Remote server"), QStringLiteral("  ") + finding.remoteHost);
        if (!finding.action.isEmpty()) {
            QString action = finding.action;
            if (action == QLatin1String("failed"))
                action = tr("failed: the message was not delivered and will not be tried again");
            else if (action == QLatin1String("delayed"))
                action = tr("delayed: the server keeps trying for a while");
            else if (action == QLatin1String("delivered"))
                action = tr("delivered");
            else if (action == QLatin1String("relayed"))
                action = tr("relayed to a system that sends no delivery reports");
            else if (action == QLatin1String("expanded"))
                action = tr("delivered to a list or alias with several addresses");
            appendSection(out, tr("Delivery status"), EntryFormatter::wrap(action, width, 2));
        }
        appendHints(tr("What the text adds"), finding.hints);

        // The most specific entry that has advice: the enhanced code, the basic code, then the subject.
        const ReplyCode *advice = nullptr;
        for (const ReplyCode *candidate : {finding.enhanced.entry, finding.basic.entry,
                                           finding.enhanced.subjectEntry, finding.enhanced.classEntry}) {
            if (candidate && !candidate->text(language).howToFix.isEmpty()) {
                advice = candidate;
                break;
            }
        }
        if (advice) {
            const QStringList &fix = advice->text(language).howToFix;
            QStringList steps;
            for (int i = 0; i < fix.size() && i < MaxAdviceSteps; ++i)
                steps << QStringLiteral("  %1. ").arg(i + 1) +
                             EntryFormatter::wrap(fix.at(i), width, 5).mid(5);
            appendSection(out, tr("What to do"), steps.join(QLatin1Char('\n')));
        }
    }
    appendHints(tr("Also in the text"), result.otherHints);
    return out;
}

QJsonObject ExplainCommand::toJson(const ReplyDecoder::Result &result, const QString &language) {
    QJsonArray findings;
    for (const ReplyDecoder::Finding &finding : result.findings) {
        QJsonObject object{{QStringLiteral("codes"), finding.codes()},
                           {QStringLiteral("basicCode"), finding.basicCode},
                           {QStringLiteral("enhancedCode"), finding.enhancedCode},
                           {QStringLiteral("text"), finding.text},
                           {QStringLiteral("stage"), finding.stage},
                           {QStringLiteral("recipients"), QJsonArray::fromStringList(finding.recipients)},
                           {QStringLiteral("remoteHost"), finding.remoteHost},
                           {QStringLiteral("action"), finding.action},
                           {QStringLiteral("line"), finding.line},
                           {QStringLiteral("hints"), hintsToJson(finding.hints)}};
        if (!finding.stage.isEmpty())
            object.insert(QStringLiteral("stageLabel"), ReplyCode::stageLabel(finding.stage));
        if (!finding.basicCode.isEmpty())
            object.insert(QStringLiteral("basic"), EntryJson::lookup(finding.basic, language));
        if (!finding.enhancedCode.isEmpty())
            object.insert(QStringLiteral("enhanced"), EntryJson::lookup(finding.enhanced, language));
        findings.append(object);
    }
    return QJsonObject{{QStringLiteral("language"), language},
                       {QStringLiteral("found"), !result.findings.isEmpty()},
                       {QStringLiteral("truncated"), result.truncated},
                       {QStringLiteral("inputLength"), qint64(result.inputLength)},
                       {QStringLiteral("scannedLength"), qint64(result.scannedLength)},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("otherHints"), hintsToJson(result.otherHints)}};
}
