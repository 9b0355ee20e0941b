// Keystroke-to-results latency of the Codes view's search: every prefix of a fixed list of queries, on the
// real catalog and on a synthetic catalog 100 times its size. Prints median and p99 per catalog.
//   bench_search [copies]
#include "catalog/catalogloader.h"
#include "catalog/catalogsearch.h"

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

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int copies = argc > 1 ? qMax(2, QString::fromLocal8Bit(argv[1]).toInt()) : 100;
    QTextStream out(stdout);
    const Catalog &real = CatalogLoader::builtIn().catalog;
    out << "search: keystroke-to-results latency\n";
    measure(out, QStringLiteral("real catalog"), real);
    measure(out, QStringLiteral("synthetic %1x").arg(copies), synthetic(real, copies));
    return 0;
}
