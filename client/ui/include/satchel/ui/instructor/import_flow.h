#pragma once
// ImportFlow: File > "Import course file…" for everyone. The person picks a `.satchel` file;
// it is checked and imported on the store thread (OfflineLibrary::importArchive: every entry
// name, size, ratio and SHA-256 verified, assets moved into the content store, the course
// recorded for offline use), with a busy indicator; then a message says what happened. A
// hostile or broken file is refused with a reason a person understands (instructor_text.h).

#include <QObject>
#include <QPointer>
#include <QString>

#include "satchel/model/course.h"

class QProgressDialog;
class QWidget;

namespace satchel::ui {
class StoreWorker;
}

namespace satchel::ui::instructor {

class ImportFlow : public QObject {
    Q_OBJECT
public:
    // `store` must outlive this object; `contentRoot` is the app's content store (the
    // DownloadManager layout shared with OfflineLibrary).
    ImportFlow(StoreWorker& store, QString contentRoot, QWidget* window);

    void chooseFile();
    // Imports `path` without asking (what the file dialog leads to).
    void importFile(const QString& path);
    bool busy() const { return busy_; }

signals:
    void imported(const satchel::CourseManifest& manifest);
    void importFailed(const QString& message);

private:
    void report(const QString& title, const QString& text, bool ok);

    StoreWorker& store_;
    QString contentRoot_;
    QPointer<QWidget> window_;
    QPointer<QProgressDialog> progress_;
    bool busy_ = false;
};

}  // namespace satchel::ui::instructor
