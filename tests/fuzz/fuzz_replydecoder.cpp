// ReplyDecoder on arbitrary text: the input as UTF-8 and as Latin-1, as pasted on its own and as the
// diagnostic of a delivery status notification, and once more with a scan limit inside the input. Besides
// crashes, sanitizer reports and hangs (run with -timeout) it checks the limits the decoder promises.
#include "fuzzsupport.h"

#include "catalog/catalogloader.h"
#include "catalog/replydecoder.h"

#include <QRegularExpression>

#include <cstdint>

namespace {

const Catalog *catalog = nullptr;

void check(const ReplyDecoder &decoder, const QString &text) {
    const ReplyDecoder::Result result = decoder.decode(text);
    FUZZ_CHECK(result.inputLength == text.size(), QString());
    FUZZ_CHECK(result.scannedLength == qMin(text.size(), decoder.scanLimit()), QString());
    FUZZ_CHECK(result.truncated == (text.size() > decoder.scanLimit()), QString());
    FUZZ_CHECK(result.findings.size() <= ReplyDecoder::MaxFindings, QString::number(result.findings.size()));

    static const QRegularExpression basicShape(QStringLiteral("^[2-5][0-9][0-9]$"));
    static const QRegularExpression enhancedShape(QStringLiteral("^[245]\\.[0-9]{1,3}\\.[0-9]{1,3}$"));
    const qsizetype lines = text.left(decoder.scanLimit()).count(QLatin1Char('\n')) +
                            text.left(decoder.scanLimit()).count(QLatin1Char('\r')) +
                            text.left(decoder.scanLimit()).count(QLatin1String("\\n")) + 1;
    for (const ReplyDecoder::Finding &finding : result.findings) {
        const QString codes = finding.codes();
        FUZZ_CHECK(!codes.isEmpty(), QString());
        FUZZ_CHECK(finding.basicCode.isEmpty() || basicShape.match(finding.basicCode).hasMatch(), codes);
        FUZZ_CHECK(finding.enhancedCode.isEmpty() || enhancedShape.match(finding.enhancedCode).hasMatch(),
                   codes);
        FUZZ_CHECK(finding.basicCode.isEmpty() || finding.basic.code == finding.basicCode, codes);
        FUZZ_CHECK(finding.line >= 1 && finding.line <= lines,
                   QStringLiteral("%1 on line %2 of %3").arg(codes).arg(finding.line).arg(lines));
        FUZZ_CHECK(finding.text.size() <= 2000 + 1, codes); // MaxTextLength
        for (const ReplyDecoder::Hint &hint : finding.hints) {
            FUZZ_CHECK(!hint.id.isEmpty() && hint.evidence.size() <= 120, hint.id);
            FUZZ_CHECK(!hint.explanation().isEmpty(), hint.id);
        }
    }
    for (const ReplyDecoder::Hint &hint : result.otherHints)
        FUZZ_CHECK(!hint.explanation().isEmpty(), hint.id);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    fuzz::ensureApplication();
    catalog = &CatalogLoader::builtIn().catalog;
    if (catalog->isEmpty() || !CatalogLoader::builtIn().ok())
        fuzz::fail("the built-in catalog did not load: are the resources linked?");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *bytes = reinterpret_cast<const char *>(data);
    const QString utf8 = QString::fromUtf8(bytes, qsizetype(size));
    const QString latin1 = QString::fromLatin1(bytes, qsizetype(size));

    const ReplyDecoder decoder(*catalog);
    check(decoder, utf8);
    if (latin1 != utf8)
        check(decoder, latin1);

    // A whole bounce: the input as the diagnostic of an RFC 3464 report, after a human-readable part.
    static const QString bounce = QStringLiteral(
        "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your "
        "message could not\nbe delivered to one or more recipients.\n\n<bob@example.org>: host "
        "mx.example.org[192.0.2.25] said:\n    %1\n\n--BOUNDARY\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; bob@example.org\nAction: failed\n"
        "Status: 5.1.1\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; %1\n\n--BOUNDARY--\n");
    check(decoder, bounce.arg(utf8));

    // Truncation inside the text.
    const ReplyDecoder limited(*catalog, qsizetype(size / 2));
    check(limited, utf8);
    return 0;
}
