#pragma once
// The application's main window: menus, the catalog as its central area, and a status bar with
// the server address and the sync indicator. Every visible string is retranslated when the
// language changes, so switching language needs no restart.

#include <QMainWindow>
#include <QUrl>

class QAction;
class QLabel;
class QMenu;

namespace satchel::ui {

class CatalogPage;
class SyncIndicator;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // The sync server this window talks to; an empty URL means none is configured yet.
    void setServerUrl(const QUrl& url);

    CatalogPage* catalogPage() const { return catalog_; }
    SyncIndicator* syncIndicator() const { return syncIndicator_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void retranslate();
    void showAbout();

    QUrl serverUrl_;
    CatalogPage* catalog_;
    SyncIndicator* syncIndicator_;
    QLabel* serverLabel_;
    QMenu* fileMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* aboutAction_ = nullptr;
};

}  // namespace satchel::ui
