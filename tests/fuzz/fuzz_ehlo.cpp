// Capabilities::fromEhloReply on an EHLO reply whose lines come from the input (split at line breaks, a CR
// before the LF dropped), then the queries a client makes of it. Checks the promises of capabilities.h:
// mechanisms upper case and unique, every extension line kept, known keywords not reported as unknown.
#include "fuzzsupport.h"

#include "smtp/capabilities.h"
#include "smtp/replyreader.h"

#include <cstdint>

namespace {

void check(const SmtpReply &reply) {
    const Capabilities caps = Capabilities::fromEhloReply(reply);
    FUZZ_CHECK(caps.ehlo, QString());
    FUZZ_CHECK(caps.lines.size() <= qMax<qsizetype>(0, reply.lines.size() - 1), QString());
    FUZZ_CHECK(caps.unknown.size() <= caps.lines.size(), QString());
    FUZZ_CHECK(caps.sizeLimit >= 0, QString::number(caps.sizeLimit));
    FUZZ_CHECK(caps.size || caps.sizeLimit == 0, QString());
    for (qsizetype i = 0; i < caps.authMechanisms.size(); ++i) {
        const QString &mechanism = caps.authMechanisms.at(i);
        FUZZ_CHECK(!mechanism.isEmpty(), QString());
        FUZZ_CHECK(mechanism == mechanism.toUpper(), mechanism);
        FUZZ_CHECK(caps.authMechanisms.indexOf(mechanism) == i, mechanism);
        FUZZ_CHECK(caps.offersAuth(mechanism), mechanism);
    }
    for (qsizetype i = 0; i < caps.lines.size(); ++i) {
        const QString &line = caps.lines.at(i);
        FUZZ_CHECK(!line.isEmpty() && line == line.trimmed(), line);
        if (i >= 16)
            continue; // has() scans every line: the first few are enough, the check stays linear
        const QString keyword = line.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('='), 0, 0);
        FUZZ_CHECK(caps.has(keyword), line);
    }
    FUZZ_CHECK(caps.has(QStringLiteral("STARTTLS")) || !caps.startTls, QString());
    FUZZ_CHECK(caps.has(QStringLiteral("PIPELINING")) || !caps.pipelining, QString());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    // The lines as the reply's text, whatever they hold.
    SmtpReply reply;
    reply.code = 250;
    QByteArray wire;
    for (QByteArray line : input.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        reply.lines << QString::fromUtf8(line);
        wire += "250-" + line + "\r\n";
    }
    check(reply);

    // The same lines the way SmtpClient gets them: framed on the wire and read back by ReplyReader.
    wire += "250 END\r\n";
    ReplyReader reader;
    reader.feed(wire);
    if (reader.hasReply())
        check(reader.takeReply());
    return 0;
}
