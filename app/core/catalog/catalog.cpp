#include "catalog.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace {

const QRegularExpression &basicPattern() {
    static const QRegularExpression re(QStringLiteral("^([2-5])\\d\\d$"));
    return re;
}

// class.subject.detail with X allowed for class and detail (registry and class/subject forms).
const QRegularExpression &enhancedPattern() {
    static const QRegularExpression re(QStringLiteral("^([2-5X])\\.(\\d{1,3}|X)\\.(\\d{1,3}|X)$"));
    return re;
}

} // namespace

Catalog::Catalog(QList<ReplyCode> entries, QStringList languages)
    : m_entries(std::move(entries))
    , m_languages(std::move(languages)) {
    for (int i = 0; i < m_entries.size(); ++i)
        m_index.insert(m_entries.at(i).code, i);
}

const ReplyCode *Catalog::entry(const QString &storedCode) const {
    const auto it = m_index.constFind(storedCode);
    return it == m_index.constEnd() ? nullptr : &m_entries.at(it.value());
}

QString Catalog::normalise(const QString &code) {
    QString result = code.trimmed().toUpper();
    if (basicPattern().match(result).hasMatch() || enhancedPattern().match(result).hasMatch()) {
        // "5.07.8" and "5.7.008" are the same code.
        if (result.contains(QLatin1Char('.'))) {
            QStringList parts = result.split(QLatin1Char('.'));
            for (QString &part : parts) {
                if (part != QLatin1String("X"))
                    part = QString::number(part.toInt());
            }
            result = parts.join(QLatin1Char('.'));
        }
        return result;
    }
    return {};
}

QString Catalog::storedForm(const QString &code) {
    const QString normal = normalise(code);
    const auto match = enhancedPattern().match(normal);
    if (!match.hasMatch())
        return normal;
    const bool classForm = match.captured(2) == QLatin1String("X") && match.captured(3) == QLatin1String("X");
    const bool subjectForm = match.captured(3) == QLatin1String("X");
    if (classForm || subjectForm || match.captured(1) == QLatin1String("X"))
        return normal;
    return QStringLiteral("X.") + match.captured(2) + QLatin1Char('.') + match.captured(3);
}

Catalog::Lookup Catalog::lookup(const QString &code) const {
    Lookup result;
    result.code = normalise(code);
    if (result.code.isEmpty())
        return result;

    if (basicPattern().match(result.code).hasMatch()) {
        result.classDigit = result.code.at(0).digitValue();
        result.entry = entry(result.code);
        result.registered = true;
        result.status = result.entry ? Lookup::Status::Found : Lookup::Status::Unknown;
        if (!result.entry)
            result.nearest = nearestTo(result.code);
        return result;
    }

    const auto match = enhancedPattern().match(result.code);
    const QString classPart = match.captured(1);
    const QString subjectPart = match.captured(2);
    const QString detailPart = match.captured(3);
    if (classPart != QLatin1String("X"))
        result.classDigit = classPart.toInt();
    if (result.classDigit == 3) { // enhanced codes have no 3 class
        result.status = Lookup::Status::Invalid;
        return result;
    }
    if (result.classDigit)
        result.classEntry = entry(classPart + QStringLiteral(".X.X"));
    if (subjectPart != QLatin1String("X"))
        result.subjectEntry = entry(QStringLiteral("X.") + subjectPart + QStringLiteral(".X"));

    // A provider's own code is matched exactly; registered codes through their X.Y.Z form.
    result.entry = entry(result.code);
    if (!result.entry)
        result.entry = entry(storedForm(result.code));
    if (result.entry) {
        result.registered = result.entry->kind != ReplyCode::Kind::Vendor;
        result.status =
            result.entry->kind == ReplyCode::Kind::Vendor ? Lookup::Status::Fallback : Lookup::Status::Found;
        return result;
    }
    const bool concrete = result.classDigit != 0 && detailPart != QLatin1String("X");
    if (concrete && result.classEntry && result.subjectEntry) {
        result.status = Lookup::Status::Fallback;
        return result;
    }
    result.status = Lookup::Status::Unknown;
    result.nearest = nearestTo(result.code);
    return result;
}

QStringList Catalog::nearestTo(const QString &code) const {
    // Basic codes: numerically closest. Enhanced: the same subject, closest detail numbers.
    struct Candidate {
        int distance;
        QString code;
    };
    QList<Candidate> candidates;
    const bool basic = basicPattern().match(code).hasMatch();
    const QStringList parts = code.split(QLatin1Char('.'));
    for (const ReplyCode &e : m_entries) {
        if (basic && e.kind == ReplyCode::Kind::Basic) {
            candidates.append({std::abs(e.code.toInt() - code.toInt()), e.code});
        } else if (!basic && e.kind == ReplyCode::Kind::Enhanced &&
                   e.subjectDigit() == parts.value(1).toInt()) {
            const int detail = e.code.section(QLatin1Char('.'), 2).toInt();
            const int classDigit = parts.value(0).toInt();
            candidates.append({std::abs(detail - parts.value(2).toInt()), e.displayCode(classDigit)});
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.distance < b.distance; });
    QStringList nearest;
    for (int i = 0; i < candidates.size() && i < 3; ++i)
        nearest << candidates.at(i).code;
    return nearest;
}
