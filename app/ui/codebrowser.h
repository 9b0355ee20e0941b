#pragma once

#include <QWidget>

class CatalogSearch;
class CodeDetailView;
class LanguageManager;
class QLabel;
class QLineEdit;
class QListView;
class ResultDelegate;
class SearchResultsModel;

// The Codes view: a search field over the catalog (code, prefix, words in any language), the ranked result
// list and the entry page. Keyboard first: typing anywhere goes to the search field, Up/Down move through
// the results while typing, Enter opens, Escape clears.
class CodeBrowser final : public QWidget {
    Q_OBJECT

public:
    CodeBrowser(const CatalogSearch &search, LanguageManager &languages, QWidget *parent = nullptr);

    void focusSearch();
    // Opens a code's page (from another view's link) and shows it in the list.
    void openCode(const QString &code);

    QLineEdit *searchField() const { return m_search; }
    QListView *resultList() const { return m_results; }
    CodeDetailView *detailView() const { return m_detail; }
    SearchResultsModel *model() const { return m_model; }
    // The panel that explains codes found in pasted text; hidden for ordinary searches.
    QLabel *decodedPanel() const { return m_decoded; }

signals:
    void compareRequested(const QString &code, const QString &other);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runQuery(const QString &text);
    bool showDecoded(const QString &text);
    void openRow(int row);
    void previewRow(int row);
    void updateStatus();
    void retranslate();

    const CatalogSearch &m_catalogSearch;
    LanguageManager &m_languages;
    SearchResultsModel *m_model = nullptr;
    ResultDelegate *m_delegate = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_decoded = nullptr;
    bool m_decodedMode = false;
    bool m_truncated = false;
    QListView *m_results = nullptr;
    CodeDetailView *m_detail = nullptr;
};
