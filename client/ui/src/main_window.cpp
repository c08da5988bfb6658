#include "satchel/ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include "satchel/ui/catalog_page.h"
#include "satchel/ui/sync_indicator.h"
#include "satchel/version.h"

namespace satchel::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      catalog_(new CatalogPage(this)),
      syncIndicator_(new SyncIndicator(this)),
      serverLabel_(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(catalog_);
    resize(1100, 720);
    setMinimumSize(640, 420);

    serverLabel_->setObjectName(QStringLiteral("serverLabel"));
    serverLabel_->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(serverLabel_, 1);
    statusBar()->addPermanentWidget(syncIndicator_);

    createMenus();
    retranslate();
}

void MainWindow::setServerUrl(const QUrl& url) {
    serverUrl_ = url;
    retranslate();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::createMenus() {
    fileMenu_ = menuBar()->addMenu(QString());
    quitAction_ = fileMenu_->addAction(QString());
    quitAction_->setShortcut(QKeySequence::Quit);
    quitAction_->setMenuRole(QAction::QuitRole);
    connect(quitAction_, &QAction::triggered, this, &QWidget::close);

    helpMenu_ = menuBar()->addMenu(QString());
    aboutAction_ = helpMenu_->addAction(QString());
    aboutAction_->setMenuRole(QAction::AboutRole);
    connect(aboutAction_, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Satchel"));
    fileMenu_->setTitle(tr("&File"));
    quitAction_->setText(tr("&Quit"));
    helpMenu_->setTitle(tr("&Help"));
    aboutAction_->setText(tr("&About Satchel"));
    serverLabel_->setText(serverUrl_.isEmpty()
                              ? tr("No server configured")
                              : tr("Server: %1").arg(serverUrl_.toDisplayString()));
    serverLabel_->setAccessibleName(serverLabel_->text());
}

void MainWindow::showAbout() {
    // open(), not exec(): a window-modal box without a nested event loop.
    auto* box = new QMessageBox(
        QMessageBox::Information, tr("About Satchel"),
        tr("<p><b>Satchel %1</b></p><p>Offline-first learning: courses, videos, readings and "
           "quizzes that work with or without a connection.</p>")
            .arg(QString::fromLatin1(kVersion)),
        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace satchel::ui
