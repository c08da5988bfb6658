#include "satchel/ui/reading_page.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace satchel::ui {

ReadingPage::ReadingPage(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel(this)),
      backButton_(new QPushButton(this)),
      browser_(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("readingPage"));
    QFont headingFont = title_->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    title_->setFont(headingFont);
    browser_->setObjectName(QStringLiteral("readingText"));
    browser_->setOpenExternalLinks(true);
    auto* top = new QHBoxLayout;
    top->addWidget(backButton_);
    top->addWidget(title_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(browser_, 1);
    connect(backButton_, &QPushButton::clicked, this, &ReadingPage::backRequested);
    retranslate();
}

void ReadingPage::showMarkdown(const QString& title, const QString& markdown) {
    title_->setText(title);
    browser_->setMarkdown(markdown);
    browser_->setAccessibleName(title);
    browser_->setFocus();
}

void ReadingPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReadingPage::retranslate() {
    backButton_->setText(tr("Back to course"));
}

}  // namespace satchel::ui
