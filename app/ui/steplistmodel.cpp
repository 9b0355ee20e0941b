#include "steplistmodel.h"

#include "smtp/guidedtest.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

StepListModel::StepListModel(const GuidedTest &test, QObject *parent)
    : QAbstractListModel(parent)
    , m_test(test) {
    connect(&test, &GuidedTest::stepChanged, this, [this](int row) {
        if (int(m_test.steps().size()) != m_rows)
            refresh();
        else
            emit dataChanged(index(row), index(row));
    });
}

void StepListModel::refresh() {
    beginResetModel();
    m_rows = int(m_test.steps().size());
    endResetModel();
}

int StepListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

QVariant StepListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_test.steps().size())
        return {};
    const GuidedStep &step = m_test.steps().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return step.title();
    case Qt::ToolTipRole:
    case ExplanationRole:
        return step.explanation;
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(step.title(), GuidedStep::verdictLabel(step.verdict));
    case VerdictRole:
        return int(step.verdict);
    case DurationRole:
        return step.durationMs;
    case Qt::DecorationRole: {
        QStyle *style = QApplication::style();
        switch (step.verdict) {
        case GuidedStep::Verdict::Pass:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case GuidedStep::Verdict::Warning:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case GuidedStep::Verdict::Fail:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case GuidedStep::Verdict::Running:
            return style->standardIcon(QStyle::SP_BrowserReload);
        case GuidedStep::Verdict::Skipped:
            return style->standardIcon(QStyle::SP_MediaSkipForward);
        case GuidedStep::Verdict::Pending:
            return QIcon();
        }
        return {};
    }
    }
    return {};
}
