#pragma once

#include <QAbstractListModel>

class GuidedTest;

// The guided test's steps as rows for the Test connection view; follows GuidedTest::stepChanged().
class StepListModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { VerdictRole = Qt::UserRole + 1, DurationRole, ExplanationRole };

    explicit StepListModel(const GuidedTest &test, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void refresh(); // after a language switch or a new run

private:
    const GuidedTest &m_test;
    int m_rows = 0;
};
