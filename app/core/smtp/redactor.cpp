#include "redactor.h"

#include <algorithm>

namespace {

// Shorter fragments would match ordinary words and base64 of unrelated data.
constexpr int minimumPlainLength = 3;
constexpr int minimumEncodedLength = 4;

} // namespace

QList<QByteArray> Redactor::forms(const QByteArray &secret) {
    QList<QByteArray> out;
    if (secret.size() >= minimumPlainLength)
        out << secret;
    for (int offset = 0; offset < 3; ++offset) {
        // Behind `offset` bytes of other data, the first characters of the encoding mix in those bytes
        // and the last ones mix in whatever follows; only the characters between depend on the secret
        // alone. 6 bits per character: skip ceil(8 * offset / 6), keep up to floor(8 * total / 6).
        const QByteArray encoded = (QByteArray(offset, '\0') + secret).toBase64();
        const int skip = (8 * offset + 5) / 6;
        const int end = int(8 * (offset + secret.size()) / 6);
        const QByteArray core = encoded.mid(skip, end - skip);
        if (core.size() >= minimumEncodedLength && !out.contains(core))
            out << core;
    }
    return out;
}

void Redactor::addSecret(const QString &secret) {
    for (const QByteArray &form : forms(secret.toUtf8())) {
        const QString text = QString::fromUtf8(form);
        if (!m_forms.contains(text))
            m_forms << text;
    }
    std::sort(m_forms.begin(), m_forms.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::scrub(const QString &text) const {
    QString out = text;
    for (const QString &form : m_forms)
        out.replace(form, marker());
    return out;
}

bool Redactor::containsSecret(const QString &text) const {
    for (const QString &form : m_forms) {
        if (text.contains(form))
            return true;
    }
    return false;
}
