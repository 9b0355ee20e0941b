#pragma once

#include "catalog/catalog.h"

#include <QStringList>
#include <QWidget>

class QTextBrowser;
class QToolButton;
class QLabel;

// The entry page of the Codes view: one code rendered from the catalog, with back/forward history
// (Alt+Left/Right, mouse back/forward buttons), "Compare with…" and "Copy as text".
class CodeDetailView final : public QWidget {
    Q_OBJECT

public:
    CodeDetailView(const Catalog &catalog, QString language, QWidget *parent = nullptr);

    // Shows a code; `record` adds it to the history (opening), otherwise it only previews.
    void showCode(const QString &code, bool record = true);
    void setLanguage(const QString &language);
    QString currentCode() const { return m_current; }
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }
    QTextBrowser *browser() const { return m_browser; }
    // Plain text of the current page in the current language, as "Copy as text" puts on the clipboard.
    QString plainText() const;

public slots:
    void back();
    void forward();
    void copyAsText();

signals:
    void compareRequested(const QString &code, const QString &other);
    void codeShown(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void retranslate();
    void updateButtons();

    const Catalog &m_catalog;
    QString m_language;
    QString m_current;
    QStringList m_history;
    int m_position = -1;

    QTextBrowser *m_browser = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QToolButton *m_compareButton = nullptr;
    QToolButton *m_copyButton = nullptr;
    QLabel *m_copied = nullptr;
};
