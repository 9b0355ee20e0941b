// Keystroke-to-results latency of the Codes view's search: every prefix of a fixed list of queries, on the
// real catalog and on a synthetic catalog 100 times its size. Prints median and p99 per catalog.
//   bench_search [copies]
#include "catalog/catalogloader.h"
#include "catalog/catalogsearch.h"
#include "catalog/replydecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace {

const QStringList queries{
    QStringLiteral("535"),
    QStringLiteral("5.7.8"),
    QStringLiteral("5xx"),
    QStringLiteral("x.7.x"),
    QStringLiteral("55"),
    QStringLiteral("authentication failed"),
    QStringLiteral("xac thuc"),
    QStringLiteral("mật khẩu ứng dụng"),
    QStringLiteral("autenticacion"),
    QStringLiteral("buzón lleno"),
    QStringLiteral("mailbox full"),
    QStringLiteral("\"app password\""),
    QStringLiteral("starttls"),
    QStringLiteral("relay denied"),
    QStringLiteral("greylisting"),
    QStringLiteral("hop thu day"),
    QStringLiteral("tls"),
    QStringLiteral("dkim spf"),
};

Catalog synthetic(const Catalog &real, int copies) {
    QList<ReplyCode> entries;
    entries.reserve(real.entries().size() * copies);
    for (int copy = 0; copy < copies; ++copy) {
        for (ReplyCode code : real.entries()) {
            if (copy > 0) {
                code.code += QStringLiteral("~%1").arg(copy); // unique, never matched as a code
                for (ReplyCode::Text &text : code.texts)
                    text.title += QStringLiteral(" v%1").arg(copy); // a vocabulary that grows with the copies
            }
            entries.append(code);
        }
    }
    return Catalog(entries, real.languages());
}

void measure(QTextStream &out, const QString &name, const Catalog &catalog) {
    QElapsedTimer build;
    build.start();
    const CatalogSearch search(catalog);
    const double buildMs = double(build.nsecsElapsed()) / 1e6;
    QList<double> samples;
    QList<QPair<double, QString>> slowest;
    qsizetype results = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString &query : queries) {
            for (int length = 1; length <= query.size(); ++length) { // one search per keystroke
                QElapsedTimer timer;
                timer.start();
                results += search.search(query.left(length), QStringLiteral("en")).size();
                samples << double(timer.nsecsElapsed()) / 1e6;
                slowest.append({samples.last(), query.left(length)});
            }
        }
    }
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples.at(qMin(samples.size() - 1, qsizetype(q * samples.size())));
    };
    out << QStringLiteral(
               "  %1: %2 entries, index built in %3 ms; %4 keystrokes: median %5 ms, p99 %6 ms, max %7 ms "
               "(%8 results seen)\n")
               .arg(name)
               .arg(catalog.entries().size())
               .arg(buildMs, 0, 'f', 1)
               .arg(samples.size())
               .arg(at(0.5), 0, 'f', 3)
               .arg(at(0.99), 0, 'f', 3)
               .arg(samples.last(), 0, 'f', 3)
               .arg(results);
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList worst;
    for (int i = 0; i < 5 && i < slowest.size(); ++i)
        worst << QStringLiteral("\"%1\" %2 ms").arg(slowest.at(i).second).arg(slowest.at(i).first, 0, 'f', 1);
    out << "    slowest: " << worst.join(QStringLiteral(", ")) << '\n';
}

} // namespace

// A bounce of about 1 MB: headers, a delivery report and the returned message with a long log.
QString megabyteBounce() {
    QString text = QStringLiteral(
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
        "Subject: Undelivered Mail Returned to Sender\n\n"
        "This is the mail system at host mx.example.net.\n"
        "<ana@example.org>: host mail.example.org[192.0.2.7] said: 550 5.1.1 <ana@example.org>:\n"
        "    Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n"
        "Reporting-MTA: dns; mx.example.net\nFinal-Recipient: rfc822; ana@example.org\n"
        "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n\n");
    const QString line =
        QStringLiteral("2026-11-22 10:15:02 queue 4F2A1C3B: size 52428800 from 192.0.2.250 port 587\n");
    while (text.size() < 1024 * 1024)
        text += line;
    return text;
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int copies = argc > 1 ? qMax(2, QString::fromLocal8Bit(argv[1]).toInt()) : 100;
    QTextStream out(stdout);
    const Catalog &real = CatalogLoader::builtIn().catalog;
    out << "search: keystroke-to-results latency\n";
    measure(out, QStringLiteral("real catalog"), real);
    measure(out, QStringLiteral("synthetic %1x").arg(copies), synthetic(real, copies));

    const QString bounce = megabyteBounce();
    const ReplyDecoder decoder(real);
    QList<double> times;
    qsizetype found = 0;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        found = decoder.decode(bounce).findings.size();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("decode: a %1 KB bounce, median %2 ms over %3 runs (%4 replies found)\n")
               .arg(bounce.size() / 1024)
               .arg(times.at(times.size() / 2), 0, 'f', 2)
               .arg(times.size())
               .arg(found);
    return 0;
}
