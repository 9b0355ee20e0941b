#pragma once

#include <QLineEdit>

class CatalogSearch;
class LanguageManager;
class QCompleter;
class SearchResultsModel;

// A line edit that picks a reply code with the Codes view's matching: a code, a prefix or words in any
// language, accents ignored. Emits codeChosen() with the code ("535", "5.7.8") when one is picked.
class CodePicker final : public QLineEdit {
    Q_OBJECT

public:
    CodePicker(const CatalogSearch &search, LanguageManager &languages, QWidget *parent = nullptr);

    QString code() const { return m_code; }
    void setCode(const QString &code);

signals:
    void codeChosen(const QString &code);

private:
    void choose(const QString &text);

    const CatalogSearch &m_search;
    LanguageManager &m_languages;
    SearchResultsModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
    QString m_code;
};
