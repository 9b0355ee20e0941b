#include "codepicker.h"

#include "catalog/catalogsearch.h"
#include "i18n/languagemanager.h"
#include "resultdelegate.h"
#include "searchresultsmodel.h"
#include "searchroles.h"

#include <QAbstractItemView>
#include <QCompleter>

CodePicker::CodePicker(const CatalogSearch &search, LanguageManager &languages, QWidget *parent)
    : QLineEdit(parent)
    , m_search(search)
    , m_languages(languages) {
    setClearButtonEnabled(true);
    setMaxLength(200);
    m_model = new SearchResultsModel(search, this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // the model already ranks
    m_completer->setCompletionRole(SearchRoles::Code);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setItemDelegate(new ResultDelegate(*m_model, m_completer->popup()));
    m_completer->popup()->setMinimumWidth(360);
    setCompleter(m_completer);

    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_model->setQuery(text, m_languages.current());
        if (!text.trimmed().isEmpty())
            m_completer->complete();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.data(SearchRoles::Code).toString()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        // Enter on a half-typed query takes the best match.
        if (m_model->rowCount() > 0 && !m_search.catalog().lookup(text()).isKnown())
            choose(m_model->index(0).data(SearchRoles::Code).toString());
        else
            choose(text());
    });
}

void CodePicker::setCode(const QString &code) {
    m_code = code;
    setText(code);
}

void CodePicker::choose(const QString &text) {
    const QString code = text.trimmed();
    if (code.isEmpty())
        return;
    m_code = code;
    setText(code);
    emit codeChosen(code);
}
