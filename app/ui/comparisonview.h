#pragma once

#include "catalog/comparison.h"

#include <QWidget>

class CatalogSearch;
class CodePicker;
class LanguageManager;
class QComboBox;
class QLabel;
class QSettings;
class QTextBrowser;
class QToolButton;

// The Compare view: two code pickers, a swap button, recent comparisons, and the comparison page
// (two columns when wide, stacked when narrow), with Copy as text and Save as HTML.
class ComparisonView final : public QWidget {
    Q_OBJECT

public:
    ComparisonView(const CatalogSearch &search, LanguageManager &languages, QSettings &settings,
                   QWidget *parent = nullptr);

    void setCodes(const QString &a, const QString &b);
    // From the Codes view's "Compare with…": this code on the left, the right side kept or suggested.
    void compareWith(const QString &code, const QString &other = QString());
    void swap();
    const Comparison::Result &result() const { return m_result; }
    QTextBrowser *page() const { return m_page; }
    CodePicker *pickerA() const { return m_pickerA; }
    CodePicker *pickerB() const { return m_pickerB; }
    QStringList recent() const;
    QString plainText() const;
    bool saveHtml(const QString &path) const;

signals:
    void codeLinkActivated(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void update();
    void render();
    void remember();
    void retranslate();
    void refreshRecent();
    void chooseSaveFile();

    const CatalogSearch &m_search;
    LanguageManager &m_languages;
    QSettings &m_settings;
    Comparison m_comparison;
    Comparison::Result m_result;
    bool m_twoColumns = true;

    QLabel *m_heading = nullptr;
    QLabel *m_labelA = nullptr;
    QLabel *m_labelB = nullptr;
    CodePicker *m_pickerA = nullptr;
    CodePicker *m_pickerB = nullptr;
    QToolButton *m_swapButton = nullptr;
    QComboBox *m_recent = nullptr;
    QToolButton *m_copyButton = nullptr;
    QToolButton *m_saveButton = nullptr;
    QTextBrowser *m_page = nullptr;
};
