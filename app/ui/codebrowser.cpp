#include "codebrowser.h"

#include "catalog/catalogloader.h"
#include "catalog/catalogsearch.h"
#include "catalog/replydecoder.h"
#include "codedetailview.h"
#include "i18n/languagemanager.h"
#include "resultdelegate.h"
#include "searchresultsmodel.h"
#include "text/textsafety.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

CodeBrowser::CodeBrowser(const CatalogSearch &search, LanguageManager &languages, QWidget *parent)
    : QWidget(parent)
    , m_catalogSearch(search)
    , m_languages(languages) {
    setObjectName(QStringLiteral("codeBrowser"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("codeSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(1 << 20); // a whole bounce fits; the decoder caps what it scans
    m_search->installEventFilter(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_decoded = new QLabel(this);
    m_decoded->setObjectName(QStringLiteral("decodedPanel"));
    m_decoded->setWordWrap(true);
    m_decoded->setTextFormat(Qt::RichText);
    m_decoded->setFrameShape(QFrame::StyledPanel);
    m_decoded->setMargin(6);
    m_decoded->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_decoded->hide();
    connect(m_decoded, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("code:")))
            m_detail->showCode(link.mid(5));
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new SearchResultsModel(search, this);
    m_delegate = new ResultDelegate(*m_model, this);
    m_results = new QListView(splitter);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(m_delegate);
    m_results->setUniformItemSizes(false);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->installEventFilter(this);
    m_results->setMinimumWidth(260);
    m_detail = new CodeDetailView(search.catalog(), languages.current(), splitter);
    m_detail->browser()->installEventFilter(this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({340, 560});

    layout->addWidget(m_search);
    layout->addWidget(m_status);
    layout->addWidget(m_decoded);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &CodeBrowser::runQuery);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { openRow(m_results->currentIndex().row()); });
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_results, &QListView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { previewRow(current.row()); });
    connect(m_detail, &CodeDetailView::compareRequested, this, &CodeBrowser::compareRequested);
    connect(&m_languages, &LanguageManager::languageChanged, this, [this](const QString &language) {
        runQuery(m_search->text());
        m_detail->setLanguage(language);
        updateStatus();
    });

    retranslate();
    runQuery(QString());
}

void CodeBrowser::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CodeBrowser::openCode(const QString &code) {
    m_detail->showCode(code);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->hit(row).displayCode == code) {
            QSignalBlocker blocker(m_results->selectionModel());
            m_results->setCurrentIndex(m_model->index(row));
            break;
        }
    }
}

void CodeBrowser::runQuery(const QString &text) {
    m_decodedMode = !CatalogSearch::isCodeQuery(text) && showDecoded(text);
    if (!m_decodedMode) {
        m_decoded->hide();
        m_model->setQuery(text, m_languages.current());
    }
    if (m_model->rowCount() > 0) {
        m_results->setCurrentIndex(m_model->index(0));
        m_results->scrollToTop();
    }
    updateStatus();
}

bool CodeBrowser::showDecoded(const QString &text) {
    // Pasted server text: list the codes it holds and say what its words add.
    bool hasDigits = false;
    for (qsizetype i = 0; i + 2 < text.size() && !hasDigits; ++i)
        hasDigits = text.at(i).isDigit() && text.at(i + 1).isDigit() && text.at(i + 2).isDigit();
    if (!hasDigits)
        return false;
    const ReplyDecoder decoder(m_catalogSearch.catalog());
    const ReplyDecoder::Result result = decoder.decode(text);
    if (result.isEmpty())
        return false;
    m_truncated = result.truncated;
    const QList<ReplyCode> &entries = m_catalogSearch.catalog().entries();
    QList<CatalogSearch::Hit> hits;
    QStringList shown;
    QString html;
    int listed = 0;
    for (const ReplyDecoder::Finding &finding : result.findings) {
        for (const Catalog::Lookup *lookup : {&finding.basic, &finding.enhanced}) {
            const ReplyCode *entry = lookup->entry ? lookup->entry : lookup->subjectEntry;
            if (!entry || shown.contains(lookup->code))
                continue;
            shown << lookup->code;
            hits.append({int(entry - entries.constData()), lookup->code, CatalogSearch::Tier::ExactCode, {}});
        }
        if (++listed > 5)
            continue; // the list below the field stays short; every code is still in the results
        QStringList lines;
        const QString codes = finding.codes().toHtmlEscaped();
        lines << QStringLiteral("<b>%1</b> %2")
                     .arg(codes, TextSafety::shown(finding.text, 200).toHtmlEscaped());
        if (!finding.stage.isEmpty())
            lines << ReplyCode::stageLabel(finding.stage).toHtmlEscaped();
        for (const ReplyDecoder::Hint &hint : finding.hints)
            lines << QStringLiteral("→ %1").arg(hint.explanation().toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    for (const ReplyDecoder::Hint &hint : result.otherHints)
        html += QStringLiteral("<p>→ %1</p>").arg(hint.explanation().toHtmlEscaped());
    m_decoded->setText(QStringLiteral("<p><b>%1</b></p>%2")
                           .arg(tr("Codes found in the pasted text:").toHtmlEscaped(), html));
    m_decoded->show();
    m_model->setHits(hits, shown);
    return true;
}

void CodeBrowser::previewRow(int row) {
    if (row >= 0 && row < m_model->rowCount())
        m_detail->showCode(m_model->hit(row).displayCode, false);
}

void CodeBrowser::openRow(int row) {
    if (row >= 0 && row < m_model->rowCount())
        m_detail->showCode(m_model->hit(row).displayCode, true);
}

void CodeBrowser::updateStatus() {
    const CatalogLoader::Result &loaded = CatalogLoader::builtIn();
    if (!loaded.ok()) {
        m_status->setText(
            tr("The built-in code catalog is damaged (%n problem(s)); some codes may be missing. "
               "Please report this.",
               nullptr, int(loaded.problems.size())));
        m_status->show();
        return;
    }
    const QString query = m_search->text().trimmed();
    if (m_decodedMode) {
        QString text = tr("Found %n code(s) in the pasted text.", nullptr, m_model->rowCount());
        if (m_truncated)
            text += QLatin1Char(' ') + tr("The text is very long: only its beginning was searched.");
        m_status->setText(text);
    } else if (query.isEmpty()) {
        m_status->setText(
            tr("All %n code(s), grouped by class. Type a code, a prefix such as 5.7 or 5xx, or a word.",
               nullptr, m_model->rowCount()));
    } else if (m_model->rowCount() == 0) {
        m_status->setText(tr("No code matches “%1”. Check the spelling, use fewer words, or paste the whole "
                             "server reply.")
                              .arg(query.left(80)));
    } else {
        m_status->setText(tr("%n code(s) match.", nullptr, m_model->rowCount()));
    }
}

void CodeBrowser::retranslate() {
    m_search->setPlaceholderText(tr("Search a code (535, 5.7.8, 5xx), a word, or paste a server reply"));
    m_search->setAccessibleName(tr("Search codes"));
    m_results->setAccessibleName(tr("Matching codes"));
    updateStatus();
}

void CodeBrowser::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool CodeBrowser::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_results, event); // move through the results while typing
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
        return false;
    }
    // Typing in the list or the page goes to the search field.
    const bool printable = !key->text().isEmpty() && key->text().at(0).isPrint() &&
                           !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (printable && (watched == m_results || watched == m_detail->browser())) {
        m_search->setFocus(Qt::OtherFocusReason);
        QApplication::sendEvent(m_search, event);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
