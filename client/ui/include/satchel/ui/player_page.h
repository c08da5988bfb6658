#pragma once
// PlayerPage: plays one video lesson from its local copy (QMediaPlayer + QVideoWidget, the
// GStreamer backend on Linux) and feeds a PlaybackTracker; each flush (every few seconds, on
// pause and on close) goes to StudentController::recordProgress as one batch.
//
// Keys: Space or K play/pause, Left/Right or J/L seek 5 s / 10 s, F full screen, M mute,
// Escape leaves full screen. It resumes at the lesson's stored resume position.

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

#include "satchel/client/playback_tracker.h"
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

    // Starts the lesson from `localFile`; `known` is what the store knows about it (resume
    // position, watched intervals, this device's time spent).
    void openLesson(const Uuid& courseId, const Lesson& lesson, std::uint64_t durationMs,
                    const QString& localFile, const std::optional<LessonState>& known);
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
