// The baseline for bench_startup: an empty Qt Widgets window, probed the same way as SMTP Desk.
#include "startupprobe.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1100, 720);
    StartupProbe::attachIfRequested(&window);
    window.show();
    return app.exec();
}
