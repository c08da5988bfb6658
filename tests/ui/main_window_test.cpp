// The main window renders on the offscreen platform, its screenshot is a real picture (not
// empty, not one flat colour), and switching to Arabic retranslates it and lays it out right
// to left.
#define BOOST_TEST_MODULE main_window
#include <boost/test/unit_test.hpp>

#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSet>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTest>

#include "qt_gui_fixture.h"
#include "satchel/i18n/language.h"
#include "satchel/testing/env.h"
#include "satchel/ui/catalog_page.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/sync_indicator.h"

using satchel::testing::QtGuiApp;
BOOST_TEST_GLOBAL_FIXTURE(QtGuiApp);

namespace {

int distinctColours(const QImage& image, int limit) {
    QSet<QRgb> seen;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            seen.insert(image.pixel(x, y));
            if (seen.size() >= limit)
                return limit;
        }
    }
    return static_cast<int>(seen.size());
}

}  // namespace

BOOST_AUTO_TEST_CASE(main_window_screenshot_is_a_real_picture) {
    satchel::ui::MainWindow window;
    window.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:9")));
    window.show();
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(&window, 10000));

    satchel::testing::TempDir dir("satchel-ui");
    const QString path = QString::fromStdString((dir / "main-window.png").string());
    BOOST_REQUIRE(window.grab().save(path, "PNG"));
    BOOST_TEST(QFileInfo(path).size() > 1000);

    QImage image(path);
    BOOST_REQUIRE(!image.isNull());
    BOOST_TEST(image.width() >= window.minimumWidth());
    BOOST_TEST(image.height() >= window.minimumHeight());
    // Text, menus and frames give many colours; a blank or failed render gives one or two.
    BOOST_TEST(distinctColours(image, 16) >= 16);
}

BOOST_AUTO_TEST_CASE(status_bar_shows_server_and_sync_state) {
    satchel::ui::MainWindow window;
    window.setServerUrl(QUrl(QStringLiteral("https://school.example")));
    auto* server = window.statusBar()->findChild<QLabel*>(QStringLiteral("serverLabel"));
    BOOST_REQUIRE(server);
    BOOST_TEST(server->text().contains(QStringLiteral("https://school.example")));
    BOOST_TEST(window.syncIndicator()->text().toStdString() == "Not signed in");
    window.syncIndicator()->setState(satchel::ui::SyncIndicator::State::NeedsAttention, 3);
    BOOST_TEST(window.syncIndicator()->text().contains(QStringLiteral("3")));
}

BOOST_AUTO_TEST_CASE(catalog_filters_courses_and_explains_an_empty_list) {
    satchel::ui::MainWindow window;
    QStandardItemModel courses;
    for (const char* title : {"Algebra basics", "Introduction to Biology", "Linear algebra"}) {
        courses.appendRow(new QStandardItem(QString::fromUtf8(title)));
    }
    auto* catalog = window.catalogPage();
    auto* empty = catalog->findChild<QLabel*>(QStringLiteral("catalogEmptyState"));
    BOOST_REQUIRE(empty);
    window.show();
    BOOST_TEST(empty->isVisible());  // no model yet

    catalog->setModel(&courses);
    BOOST_TEST(catalog->courseList()->model()->rowCount() == 3);
    BOOST_TEST(!empty->isVisible());

    QTest::keyClicks(catalog->searchField(), QStringLiteral("ALGEBRA"));
    BOOST_TEST(catalog->courseList()->model()->rowCount() == 2);

    catalog->searchField()->clear();
    QTest::keyClicks(catalog->searchField(), QStringLiteral("chemistry"));
    BOOST_TEST(catalog->courseList()->model()->rowCount() == 0);
    BOOST_TEST(empty->isVisible());
    BOOST_TEST(empty->text().contains(QStringLiteral("chemistry")));
}

BOOST_AUTO_TEST_CASE(arabic_is_translated_and_right_to_left) {
    satchel::i18n::LanguageSwitcher language;
    satchel::ui::MainWindow window;
    window.show();
    BOOST_TEST(window.windowTitle().toStdString() == "Satchel");

    const auto outcome = language.use(QLocale(QLocale::Arabic));
    BOOST_TEST((outcome == satchel::i18n::LanguageSwitcher::Outcome::Translated));
    BOOST_TEST((QApplication::layoutDirection() == Qt::RightToLeft));
    BOOST_TEST((window.layoutDirection() == Qt::RightToLeft));
    // Widgets receive QEvent::LanguageChange through the event queue.
    BOOST_TEST(
        QTest::qWaitFor([&] { return window.windowTitle() == QStringLiteral("ساتشل"); }, 10000));
    BOOST_TEST(window.syncIndicator()->text().toStdString() == "لم تسجّل الدخول");

    BOOST_TEST((language.use(QLocale(QLocale::German)) ==
                satchel::i18n::LanguageSwitcher::Outcome::Translated));
    BOOST_TEST((window.layoutDirection() == Qt::LeftToRight));
    BOOST_TEST(QTest::qWaitFor(
        [&] { return window.menuBar()->actions().first()->text() == QStringLiteral("&Datei"); },
        10000));

    BOOST_TEST((language.use(QLocale(QLocale::Japanese)) ==
                satchel::i18n::LanguageSwitcher::Outcome::Unavailable));
    BOOST_TEST(
        QTest::qWaitFor([&] { return window.windowTitle() == QStringLiteral("Satchel"); }, 10000));
    language.use(QLocale(QLocale::English));
}
