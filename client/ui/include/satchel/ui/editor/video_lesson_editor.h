#pragma once
// VideoLessonEditor: a video lesson's file and captions. Importing a file hashes it on a pool
// thread and asks ffprobe (a QProcess, never waited on) for its duration and ffmpeg for a
// thumbnail; the lesson is updated (one undo step) once hash and duration are known.
// Captions must be WebVTT (the file starts with "WEBVTT"). The upload itself happens when
// the course is published (PublishDialog shows its progress).

#include <QTemporaryDir>
#include <QWidget>
#include <optional>

#include "satchel/client/draft_model.h"

class QLabel;
class QPushButton;

namespace satchel::ui::editor {

class CourseDocument;

class VideoLessonEditor : public QWidget {
    Q_OBJECT
public:
    explicit VideoLessonEditor(CourseDocument& document, QWidget* parent = nullptr);

    void setLesson(const client::DraftLesson& lesson);
    // What the buttons do after their file dialog (tests call these directly).
    void importVideo(const QString& path);
    void attachCaptions(const QString& path);

    QLabel* durationLabel() const { return duration_; }
    QLabel* sizeLabel() const { return size_; }
    QLabel* thumbnail() const { return thumbnail_; }
    QLabel* captionsLabel() const { return captions_; }

signals:
    // The imported video is in the draft (or could not be: `error` says why, translated).
    void videoImported(const QString& error);
    void captionsAttached(const QString& error);

private:
    void probed(const QString& path, Uuid lessonId, std::optional<std::uint64_t> durationMs,
                QString hashError, std::string sha256, std::uint64_t size);
    void makeThumbnail(const QString& path);
    void showLesson();

    CourseDocument& document_;
    client::DraftLesson lesson_;
    QLabel* file_;
    QLabel* duration_;
    QLabel* size_;
    QLabel* thumbnail_;
    QLabel* captions_;
    QLabel* status_;
    QPushButton* importButton_;
    QPushButton* captionsButton_;
    QTemporaryDir thumbnails_;
};

}  // namespace satchel::ui::editor
