#pragma once
// PlayerPage: plays one video lesson from its local copy, or streams it from a signed URL
// when it is not downloaded (QMediaPlayer + QVideoWidget, the GStreamer backend on Linux), and
// feeds a PlaybackTracker; each flush (every few seconds, on pause and on close) goes to
// StudentController::recordProgress as one batch. Captions (WebVTT, parsed by client/core)
// show under the video while the CC button is on.
//
// Keys: Space or K play/pause, Left/Right or J/L seek 5 s / 10 s, F full screen, M mute,
// C captions on/off, Escape leaves full screen. It resumes at the lesson's stored resume
// position.

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

#include "satchel/client/playback_tracker.h"
#include "satchel/client/webvtt.h"
#include "satchel/model/course.h"

class QAudioOutput;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QToolButton;
class QVideoWidget;

namespace satchel::ui {

class StudentController;
class WatchedBar;

class PlayerPage : public QWidget {
    Q_OBJECT
public:
    explicit PlayerPage(StudentController& controller, QWidget* parent = nullptr);
    ~PlayerPage() override;

    // Starts the lesson from `source` (a local file, or a signed URL to stream); `known` is
    // what the store knows about it (resume position, watched intervals, this device's time
    // spent).
    void openLesson(const Uuid& courseId, const Lesson& lesson, std::uint64_t durationMs,
                    const QUrl& source, const std::optional<LessonState>& known);
    // Captions for the lesson playing now (they arrive after openLesson, read off the UI
    // thread); clearCaptions() when it has none.
    void setCaptions(const Uuid& lessonId, client::Captions captions);
    bool streaming() const { return streaming_; }
    // Flushes and stops (leaving the page).
    void closeLesson();

    QMediaPlayer* player() const { return player_; }
    WatchedBar* watchedBar() const { return watchedBar_; }
    QPushButton* playButton() const { return playButton_; }
    QComboBox* speedBox() const { return speed_; }
    void togglePlay();
    void seekBy(qint64 deltaMs);
    void toggleFullScreen();
    void toggleMute();
    void toggleCaptions();
    QToolButton* captionsButton() const { return captionsButton_; }
    QLabel* captionLabel() const { return caption_; }
    const Uuid& lessonId() const { return lessonId_; }

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();
    void onPosition(qint64 positionMs);
    void onPlaybackState();
    void updatePlayButton();
    void flush();
    void record(std::vector<ProgressEvent> events);
    void refreshWatched();
    void showCue(qint64 positionMs);
    std::int64_t nowMs() const { return clock_.elapsed(); }

    StudentController& controller_;
    QMediaPlayer* player_;
    QAudioOutput* audio_;
    QVideoWidget* video_;
    QLabel* title_;
    QPushButton* backButton_;
    QPushButton* playButton_;
    QSlider* timeline_;
    WatchedBar* watchedBar_;
    QLabel* timeLabel_;
    QComboBox* speed_;
    QSlider* volume_;
    QToolButton* muteButton_;
    QToolButton* fullScreenButton_;
    QToolButton* captionsButton_;
    QLabel* caption_;
    QLabel* source_;
    client::Captions captions_;
    Uuid lessonId_;
    bool streaming_ = false;
    QTimer flushTimer_;
    QElapsedTimer clock_;
    std::unique_ptr<client::PlaybackTracker> tracker_;
    WatchedIntervals storedWatched_;
    std::uint64_t resumeMs_ = 0;
    std::optional<std::uint64_t> runStartMs_;  // where the current playing run began
    bool resumed_ = false;
    bool scrubbing_ = false;
};

}  // namespace satchel::ui
