#include "satchel/ui/editor/editor_hook.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

#include "satchel/client/api_client.h"
#include "satchel/protocol/codec.h"
#include "satchel/ui/editor/editor_widget.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/student_controller.h"

namespace satchel::ui::editor {

EditorHook* EditorHook::install(MainWindow& window, StudentController& controller) {
    return new EditorHook(window, controller);
}

EditorHook::EditorHook(MainWindow& window, StudentController& controller)
    : QObject(&window), window_(window), controller_(controller) {
    setObjectName(QStringLiteral("editorHook"));
    menu_ = window.menuBar()->addMenu(QString());
    myCourses_ = menu_->addAction(QString(), this, &EditorHook::showEditor);
    myCourses_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    menu_->menuAction()->setVisible(false);
    myCourses_->setEnabled(false);
    retranslate();
    window.installEventFilter(this);
    connect(&controller, &StudentController::signedInChanged, this, &EditorHook::signedInChanged);
}

EditorWidget* EditorHook::editor() const {
    return editor_.data();
}

bool EditorHook::available() const {
    return instructor_;
}

void EditorHook::tearDown() {
    const bool was = instructor_;
    instructor_ = false;
    menu_->menuAction()->setVisible(false);
    myCourses_->setEnabled(false);
    // A student (or nobody) gets no editor at all, not a hidden one.
    if (editor_ && window_.pages()->currentWidget() == editor_)
        window_.showCatalog();
    delete editor_;
    if (was)
        emit availableChanged(false);
}

void EditorHook::signedInChanged(bool signedIn) {
    ++generation_;
    client::ApiClient* api = controller_.api();
    if (!signedIn || !api) {
        tearDown();
        return;
    }
    // The roles come from the server itself (GET /api/v1/me), whichever way the session began
    // (sign-in or a token restored from the keychain). An editor already shown stays until
    // the answer says otherwise.
    const int generation = generation_;
    api->authenticatedRequest(
        "GET", QStringLiteral("/api/v1/me"), {}, this,
        [this, generation](client::ApiResult<QByteArray> raw) {
            if (generation != generation_ || !raw)
                return;
            auto me = parseJson({raw->constData(), static_cast<std::size_t>(raw->size())});
            if (!me || !me->is_object() || !me->contains("roles") || !(*me)["roles"].is_array())
                return;
            bool allowed = false;
            for (const auto& role : (*me)["roles"])
                allowed =
                    allowed || (role.is_string() && (role == "instructor" || role == "admin"));
            if (!allowed) {
                tearDown();
                emit rolesChecked(false);
                return;
            }
            if (editor_) {
                editor_->setApi(controller_.api());
                emit rolesChecked(true);
                return;
            }
            // The drafts live in the app's own database; its path comes from the store thread.
            controller_.store().run<QString>(
                [](client::LocalStore& store) { return store.path(); }, this,
                [this, generation](QString path) {
                    if (generation != generation_)
                        return;
                    instructor_ = true;
                    editor_ = new EditorWidget(path, controller_.api());
                    window_.pages()->addWidget(editor_);
                    connect(editor_, &EditorWidget::failed, &window_, [this](const QString& m) {
                        window_.statusBar()->showMessage(m, 10000);
                    });
                    menu_->menuAction()->setVisible(true);
                    myCourses_->setEnabled(true);
                    emit availableChanged(true);
                    emit rolesChecked(true);
                });
        });
}

void EditorHook::showEditor() {
    if (!editor_)
        return;
    editor_->showMyCourses();
    window_.pages()->setCurrentWidget(editor_);
}

void EditorHook::retranslate() {
    menu_->setTitle(tr("&Editor"));
    myCourses_->setText(tr("My &courses"));
}

bool EditorHook::eventFilter(QObject* watched, QEvent* event) {
    if (watched == &window_ && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

}  // namespace satchel::ui::editor
