#include "passwordprompt.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

bool PasswordPrompt::isInteractive() {
    return isatty(STDIN_FILENO) == 1;
}

QString PasswordPrompt::ask(const QString &prompt, QTextStream &err) {
    err << prompt;
    err.flush();
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n' && line.size() < 4096; c = std::getchar())
        line.push_back(char(c));
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << '\n';
    err.flush();
    QString password = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return password;
}
