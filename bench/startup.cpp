// Start-up time (process start → main window exposed) and resident memory at that moment, for SMTP Desk
// and for an empty Qt Widgets window, median of N runs per platform (offscreen, and xcb when DISPLAY is set).
//   bench_startup [runs]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

struct Sample {
    double ms = -1;
    long rssKb = -1;
};

Sample runOnce(const QString &binary, const QString &platform, const QString &configHome) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SMTPDESK_BENCH_STARTUP"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome); // no remembered state between runs
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), configHome);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(binary, {});
    Sample sample;
    while (process.waitForReadyRead(20000)) {
        const QByteArray line = process.readLine();
        if (line.startsWith("exposed ")) {
            sample.ms = double(timer.nsecsElapsed()) / 1e6;
            sample.rssKb = line.mid(8).trimmed().toLong();
            break;
        }
    }
    process.waitForFinished(10000);
    return sample;
}

template <typename T> T median(QList<T> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T{} : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10;
    QTextStream out(stdout);
    QTemporaryDir configHome;
    QStringList platforms{QStringLiteral("offscreen")};
    if (qEnvironmentVariableIsSet("DISPLAY"))
        platforms << QStringLiteral("xcb");

    out << "startup: median of " << runs << " runs (process start -> main window exposed)\n";
    for (const QString &platform : platforms) {
        QList<double> times[2];
        QList<long> rss[2];
        const QString binaries[2] = {QStringLiteral(SMTPDESK_BINARY), QStringLiteral(EMPTY_WINDOW_BINARY)};
        for (int i = 0; i < runs; ++i) {
            for (int b = 0; b < 2; ++b) { // interleaved so both see the same machine load
                const Sample s = runOnce(binaries[b], platform, configHome.path());
                if (s.ms >= 0) {
                    times[b] << s.ms;
                    rss[b] << s.rssKb;
                }
            }
        }
        const double smtpdesk = median(times[0]), empty = median(times[1]);
        out << QStringLiteral("  %1: smtpdesk %2 ms, %3 MB RSS | empty window %4 ms, %5 MB RSS | ratio %6x\n")
                   .arg(platform)
                   .arg(smtpdesk, 0, 'f', 1)
                   .arg(median(rss[0]) / 1024.0, 0, 'f', 1)
                   .arg(empty, 0, 'f', 1)
                   .arg(median(rss[1]) / 1024.0, 0, 'f', 1)
                   .arg(empty > 0 ? smtpdesk / empty : 0, 0, 'f', 2);
        if (times[0].size() < runs || times[1].size() < runs)
            out << "  (some runs never exposed a window: " << times[0].size() << '/' << times[1].size()
                << ")\n";
    }
    return 0;
}
