// Helpers shared by the fuzz targets: one QCoreApplication per process, and checks that stop the run with a
// readable message (libFuzzer then saves the input as a reproducer).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace fuzz {

// Created once in LLVMFuzzerInitialize; never destroyed (libFuzzer exits without unwinding).
inline void ensureApplication() {
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "smtpdesk_fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
}

[[noreturn]] inline void fail(const char *what, const QString &detail = {}) {
    std::fprintf(stderr, "==FUZZ CHECK FAILED== %s\n%s\n", what, qUtf8Printable(detail));
    std::fflush(stderr);
    std::abort();
}

#define FUZZ_CHECK(cond, detail)                                                                             \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            ::fuzz::fail(#cond " (" __FILE__ ":" QT_STRINGIFY(__LINE__) ")", (detail));                      \
    } while (false)

// A tiny deterministic generator for choices the input makes (chunk sizes …), so a reproducer replays.
class Rng {
public:
    explicit Rng(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ull + 1) {
        if (m_state == 0)
            m_state = 1; // xorshift never leaves zero
    }
    quint32 next() {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return quint32(m_state >> 16);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint32(n)); }

private:
    quint64 m_state;
};

} // namespace fuzz
