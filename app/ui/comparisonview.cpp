#include "comparisonview.h"

#include "catalog/catalogsearch.h"
#include "catalog/curatedcomparisons.h"
#include "codepicker.h"
#include "comparisonhtml.h"
#include "i18n/languagemanager.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>

namespace {
const QString recentKey = QStringLiteral("compare/recent");
constexpr int recentLimit = 10;
constexpr int twoColumnMinWidth = 760;
} // namespace

ComparisonView::ComparisonView(const CatalogSearch &search, LanguageManager &languages, QSettings &settings,
                               QWidget *parent)
    : QWidget(parent)
    , m_search(search)
    , m_languages(languages)
    , m_settings(settings)
    , m_comparison(search.catalog(), CuratedComparisons::builtIn()) {
    setObjectName(QStringLiteral("comparisonView"));
    auto *layout = new QGridLayout(this);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_labelA = new QLabel(this);
    m_labelB = new QLabel(this);
    m_pickerA = new CodePicker(search, languages, this);
    m_pickerA->setObjectName(QStringLiteral("pickerA"));
    m_pickerB = new CodePicker(search, languages, this);
    m_pickerB->setObjectName(QStringLiteral("pickerB"));
    m_labelA->setBuddy(m_pickerA);
    m_labelB->setBuddy(m_pickerB);
    m_swapButton = new QToolButton(this);
    m_swapButton->setObjectName(QStringLiteral("swapButton"));
    m_swapButton->setText(QStringLiteral("⇄"));
    m_recent = new QComboBox(this);
    m_recent->setObjectName(QStringLiteral("recentComparisons"));
    m_recent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recent->setMinimumContentsLength(20);
    m_copyButton = new QToolButton(this);
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_saveButton = new QToolButton(this);
    m_saveButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_page = new QTextBrowser(this);
    m_page->setObjectName(QStringLiteral("comparisonPage"));
    m_page->setOpenLinks(false);
    m_page->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_page->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    layout->addWidget(m_heading, 0, 0, 1, 6);
    layout->addWidget(m_labelA, 1, 0);
    layout->addWidget(m_labelB, 1, 2);
    layout->addWidget(m_pickerA, 2, 0);
    layout->addWidget(m_swapButton, 2, 1);
    layout->addWidget(m_pickerB, 2, 2);
    layout->addWidget(m_recent, 2, 3);
    layout->addWidget(m_copyButton, 2, 4);
    layout->addWidget(m_saveButton, 2, 5);
    layout->addWidget(m_page, 3, 0, 1, 6);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(2, 1);
    layout->setRowStretch(3, 1);
    setFocusProxy(m_pickerA);

    connect(m_pickerA, &CodePicker::codeChosen, this, [this] { update(); });
    connect(m_pickerB, &CodePicker::codeChosen, this, [this] { update(); });
    connect(m_swapButton, &QToolButton::clicked, this, &ComparisonView::swap);
    connect(m_copyButton, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(plainText()); });
    connect(m_saveButton, &QToolButton::clicked, this, &ComparisonView::chooseSaveFile);
    connect(m_recent, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QStringList codes = m_recent->itemData(index).toString().split(QLatin1Char('|'));
        if (codes.size() == 2)
            setCodes(codes.at(0), codes.at(1));
    });
    connect(m_page, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("code"))
            emit codeLinkActivated(url.path());
    });
    connect(&m_languages, &LanguageManager::languageChanged, this, [this] { update(); });

    retranslate();
    const QStringList last = recent().value(0).split(QLatin1Char('|'));
    if (last.size() == 2)
        setCodes(last.at(0), last.at(1));
    else
        setCodes(QStringLiteral("530"), QStringLiteral("535"));
}

QStringList ComparisonView::recent() const {
    return m_settings.value(recentKey).toStringList();
}

void ComparisonView::setCodes(const QString &a, const QString &b) {
    m_pickerA->setCode(a);
    m_pickerB->setCode(b);
    update();
}

void ComparisonView::compareWith(const QString &code, const QString &other) {
    QString right = other;
    if (right.isEmpty()) {
        // Keep the right side unless it is this very code; then suggest the entry's first related code.
        right = m_pickerB->code();
        if (Catalog::normalise(right) == Catalog::normalise(code) || right.isEmpty()) {
            const Catalog::Lookup lookup = m_search.catalog().lookup(code);
            right = lookup.entry && !lookup.entry->related.isEmpty() ? lookup.entry->related.first() : code;
        }
    }
    setCodes(code, right);
}

void ComparisonView::swap() {
    setCodes(m_pickerB->code(), m_pickerA->code());
}

void ComparisonView::update() {
    m_result = m_comparison.compare(m_pickerA->code(), m_pickerB->code(), m_languages.current());
    if (m_result.isValid())
        remember();
    render();
}

void ComparisonView::render() {
    m_page->setHtml(ComparisonHtml(palette()).page(m_result, m_twoColumns));
    m_copyButton->setEnabled(m_result.isValid());
    m_saveButton->setEnabled(m_result.isValid());
}

void ComparisonView::remember() {
    const QString pair = m_result.a.code + QLatin1Char('|') + m_result.b.code;
    QStringList list = recent();
    list.removeAll(pair);
    list.prepend(pair);
    m_settings.setValue(recentKey, list.mid(0, recentLimit));
    refreshRecent();
}

void ComparisonView::refreshRecent() {
    m_recent->clear();
    m_recent->addItem(tr("Recent comparisons"));
    m_recent->setItemData(0, false, Qt::UserRole - 1); // a heading, not a choice
    for (const QString &pair : recent())
        m_recent->addItem(QString(pair).replace(QLatin1Char('|'), QStringLiteral(" ⇄ ")), pair);
}

QString ComparisonView::plainText() const {
    return Comparison::toText(m_result, 80);
}

bool ComparisonView::saveHtml(const QString &path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    return file.write(ComparisonHtml(palette()).document(m_result, m_languages.current()).toUtf8()) >= 0;
}

void ComparisonView::chooseSaveFile() {
    const QString suggested = QStringLiteral("smtp-%1-vs-%2.html").arg(m_result.a.code, m_result.b.code);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save comparison as HTML"), suggested,
                                                      tr("HTML files (*.html)"));
    if (!path.isEmpty() && !saveHtml(path))
        QMessageBox::warning(
            this, tr("Could not save"),
            tr("The comparison could not be written to %1. Choose another folder or file name.").arg(path));
}

void ComparisonView::retranslate() {
    m_heading->setText(tr("Compare two codes"));
    m_labelA->setText(tr("&First code"));
    m_labelB->setText(tr("&Second code"));
    m_pickerA->setPlaceholderText(tr("Code or words, e.g. 530"));
    m_pickerB->setPlaceholderText(tr("Code or words, e.g. 535"));
    m_swapButton->setToolTip(tr("Swap the two codes"));
    m_copyButton->setText(tr("Copy as text"));
    m_saveButton->setText(tr("Save as HTML…"));
    refreshRecent();
}

void ComparisonView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

void ComparisonView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    const bool twoColumns = width() >= twoColumnMinWidth;
    if (twoColumns != m_twoColumns) {
        m_twoColumns = twoColumns;
        render();
    }
}
