#pragma once

#include <QWidget>

class QLineEdit;
class QLabel;
class QListView;

// The Codes view: a search field over the reply-code catalog and the entry page of the selected code.
class CodeBrowser final : public QWidget {
    Q_OBJECT

public:
    explicit CodeBrowser(QWidget *parent = nullptr);

    void focusSearch();
    QLineEdit *searchField() const { return m_search; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_search = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_page = nullptr;
};
