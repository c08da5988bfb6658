#include "satchel/ui/player_page.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>

#include "satchel/ui/student_controller.h"
#include "satchel/ui/watched_bar.h"

namespace satchel::ui {
namespace {
// How often watched intervals are written while playing: a crash loses at most this much.
constexpr int kFlushIntervalMs = 5000;

QString formatTime(qint64 ms) {
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

PlayerPage::PlayerPage(StudentController& controller, QWidget* parent)
    : QWidget(parent),
      controller_(controller),
      player_(new QMediaPlayer(this)),
      audio_(new QAudioOutput(this)),
      video_(new QVideoWidget(this)),
      title_(new QLabel(this)),
      backButton_(new QPushButton(this)),
      playButton_(new QPushButton(this)),
      timeline_(new QSlider(Qt::Horizontal, this)),
      watchedBar_(new WatchedBar(this)),
      timeLabel_(new QLabel(this)),
      speed_(new QComboBox(this)),
      volume_(new QSlider(Qt::Horizontal, this)),
      muteButton_(new QToolButton(this)),
      fullScreenButton_(new QToolButton(this)),
      captionsButton_(new QToolButton(this)),
      caption_(new QLabel(this)),
      source_(new QLabel(this)) {
    setObjectName(QStringLiteral("playerPage"));
    setFocusPolicy(Qt::StrongFocus);
    player_->setAudioOutput(audio_);
    player_->setVideoOutput(video_);
    video_->setMinimumSize(320, 180);
    video_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    QFont headingFont = title_->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    title_->setFont(headingFont);

    playButton_->setObjectName(QStringLiteral("playButton"));
    timeline_->setObjectName(QStringLiteral("timeline"));
    speed_->setObjectName(QStringLiteral("speedBox"));
    for (double rate : {0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0})
        speed_->addItem(QStringLiteral("%1×").arg(QLocale().toString(rate)), rate);
    speed_->setCurrentIndex(2);
    volume_->setRange(0, 100);
    volume_->setValue(80);
    volume_->setMaximumWidth(120);
    audio_->setVolume(0.8f);
    muteButton_->setCheckable(true);
    muteButton_->setIcon(style()->standardIcon(QStyle::SP_MediaVolume));
    fullScreenButton_->setIcon(style()->standardIcon(QStyle::SP_TitleBarMaxButton));
    captionsButton_->setObjectName(QStringLiteral("captionsButton"));
    captionsButton_->setCheckable(true);
    captionsButton_->setChecked(true);
    captionsButton_->setEnabled(false);
    caption_->setObjectName(QStringLiteral("captionText"));
    caption_->setAlignment(Qt::AlignCenter);
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::PlainText);
    caption_->setMinimumHeight(caption_->fontMetrics().lineSpacing() * 2 + 8);
    caption_->setAutoFillBackground(true);
    {
        // Captions read as captions: light text on a dark band, in either palette.
        QPalette band = caption_->palette();
        band.setColor(QPalette::Window, QColor(0, 0, 0, 200));
        band.setColor(QPalette::WindowText, Qt::white);
        caption_->setPalette(band);
        QFont larger = caption_->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.2);
        caption_->setFont(larger);
    }
    caption_->setVisible(false);
    source_->setObjectName(QStringLiteral("playerSource"));

    auto* top = new QHBoxLayout;
    top->addWidget(backButton_);
    top->addWidget(title_, 1);
    auto* controls = new QHBoxLayout;
    controls->addWidget(playButton_);
    controls->addWidget(timeLabel_);
    controls->addStretch(1);
    controls->addWidget(source_);
    controls->addWidget(speed_);
    controls->addWidget(captionsButton_);
    controls->addWidget(muteButton_);
    controls->addWidget(volume_);
    controls->addWidget(fullScreenButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(video_, 1);
    layout->addWidget(caption_);
    layout->addWidget(timeline_);
    layout->addWidget(watchedBar_);
    layout->addLayout(controls);

    connect(backButton_, &QPushButton::clicked, this, &PlayerPage::backRequested);
    connect(playButton_, &QPushButton::clicked, this, &PlayerPage::togglePlay);
    connect(muteButton_, &QToolButton::clicked, this, &PlayerPage::toggleMute);
    connect(fullScreenButton_, &QToolButton::clicked, this, &PlayerPage::toggleFullScreen);
    connect(captionsButton_, &QToolButton::toggled, this, [this] { showCue(player_->position()); });
    connect(volume_, &QSlider::valueChanged, this,
            [this](int value) { audio_->setVolume(float(value) / 100.0f); });
    connect(speed_, &QComboBox::currentIndexChanged, this, [this] {
        const double rate = speed_->currentData().toDouble();
        player_->setPlaybackRate(rate);
        if (tracker_)
            tracker_->setPlaybackRate(rate);
    });
    connect(timeline_, &QSlider::sliderPressed, this, [this] { scrubbing_ = true; });
    connect(timeline_, &QSlider::sliderReleased, this, [this] {
        scrubbing_ = false;
        seekBy(timeline_->value() - player_->position());
    });
    connect(player_, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        timeline_->setRange(0, int(duration));
        if (watchedBar_->durationMs() == 0)
            watchedBar_->setDurationMs(std::uint64_t(duration));
        if (tracker_ && duration > 0)
            tracker_->setDurationMs(std::uint64_t(duration));
    });
    connect(player_, &QMediaPlayer::positionChanged, this, &PlayerPage::onPosition);
    connect(player_, &QMediaPlayer::playbackStateChanged, this, &PlayerPage::onPlaybackState);
    connect(
        player_, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
            // Resume once the media can seek; a resume at the very end starts over.
            if (!resumed_ &&
                (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia)) {
                resumed_ = true;
                if (resumeMs_ > 0 && qint64(resumeMs_) + 2000 < player_->duration()) {
                    player_->setPosition(qint64(resumeMs_));
                    if (runStartMs_)
                        runStartMs_ = resumeMs_;
                }
            }
        });
    flushTimer_.setInterval(kFlushIntervalMs);
    connect(&flushTimer_, &QTimer::timeout, this, &PlayerPage::flush);
    clock_.start();
    retranslate();
}

PlayerPage::~PlayerPage() {
    closeLesson();
}

void PlayerPage::openLesson(const Uuid& courseId, const Lesson& lesson, std::uint64_t durationMs,
                            const QUrl& source, const std::optional<LessonState>& known) {
    closeLesson();
    lessonId_ = lesson.id;
    captions_ = {};
    captionsButton_->setEnabled(false);
    showCue(0);
    streaming_ = !source.isLocalFile();
    source_->setText(streaming_ ? tr("Streaming") : QString());
    source_->setAccessibleName(source_->text());
    client::PlaybackPrior prior;
    storedWatched_ = {};
    resumeMs_ = 0;
    if (known) {
        const auto mine = known->timeSpentByDevice.find(controller_.deviceId());
        prior.timeSpentMs = mine == known->timeSpentByDevice.end() ? 0 : mine->second;
        prior.opened = known->isOpened();
        storedWatched_ = known->watched;
        if (known->resume)
            resumeMs_ = known->resume->positionMs;
    }
    tracker_ = std::make_unique<client::PlaybackTracker>(
        client::PlaybackLesson{courseId, lesson.id, durationMs}, controller_.deviceId(),
        controller_.clock(), prior);
    tracker_->setPlaybackRate(speed_->currentData().toDouble());
    resumed_ = false;
    title_->setText(QString::fromStdString(lesson.title));
    watchedBar_->setDurationMs(durationMs);
    refreshWatched();
    player_->setSource(source);
    player_->play();
    setFocus();
}

void PlayerPage::setCaptions(const Uuid& lessonId, client::Captions captions) {
    if (lessonId != lessonId_)
        return;  // the student moved on meanwhile
    captions_ = std::move(captions);
    captionsButton_->setEnabled(!captions_.cues.empty());
    showCue(player_->position());
}

void PlayerPage::toggleCaptions() {
    if (captionsButton_->isEnabled())
        captionsButton_->toggle();
}

void PlayerPage::showCue(qint64 positionMs) {
    const bool on = captionsButton_->isEnabled() && captionsButton_->isChecked();
    const QString text =
        on ? QString::fromStdString(client::cueTextAt(captions_, positionMs)) : QString();
    if (text != caption_->text()) {
        caption_->setText(text);
        caption_->setAccessibleName(text);
    }
    // The band keeps its place while captions are on, so the video does not jump.
    caption_->setVisible(on);
}

void PlayerPage::closeLesson() {
    if (!tracker_)
        return;
    flushTimer_.stop();
    player_->pause();
    runStartMs_.reset();
    record(tracker_->close(nowMs()));
    tracker_.reset();
    player_->setSource({});
}

void PlayerPage::togglePlay() {
    if (player_->playbackState() == QMediaPlayer::PlayingState)
        player_->pause();
    else
        player_->play();
}

void PlayerPage::seekBy(qint64 deltaMs) {
    const qint64 target = std::clamp<qint64>(player_->position() + deltaMs, 0,
                                             std::max<qint64>(0, player_->duration()));
    if (tracker_)
        tracker_->seek(std::uint64_t(target), nowMs());
    if (runStartMs_)
        runStartMs_ = std::uint64_t(target);
    player_->setPosition(target);
}

void PlayerPage::toggleFullScreen() {
    video_->setFullScreen(!video_->isFullScreen());
}

void PlayerPage::toggleMute() {
    audio_->setMuted(!audio_->isMuted());
    muteButton_->setChecked(audio_->isMuted());
    muteButton_->setIcon(style()->standardIcon(audio_->isMuted() ? QStyle::SP_MediaVolumeMuted
                                                                 : QStyle::SP_MediaVolume));
}

void PlayerPage::onPosition(qint64 positionMs) {
    if (!scrubbing_)
        timeline_->setValue(int(positionMs));
    timeLabel_->setText(
        QStringLiteral("%1 / %2").arg(formatTime(positionMs), formatTime(player_->duration())));
    showCue(positionMs);
    if (tracker_ && tracker_->playing()) {
        tracker_->position(std::uint64_t(positionMs), nowMs());
        refreshWatched();
    }
}

void PlayerPage::updatePlayButton() {
    const bool playing = player_->playbackState() == QMediaPlayer::PlayingState;
    playButton_->setIcon(
        style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    playButton_->setText(playing ? tr("Pause") : tr("Play"));
    playButton_->setAccessibleName(playButton_->text());
}

void PlayerPage::onPlaybackState() {
    updatePlayButton();
    const bool playing = player_->playbackState() == QMediaPlayer::PlayingState;
    if (!tracker_)
        return;
    if (playing) {
        tracker_->play(std::uint64_t(player_->position()), nowMs());
        runStartMs_ = std::uint64_t(player_->position());
        flushTimer_.start();
    } else {
        runStartMs_.reset();
        flushTimer_.stop();
        record(tracker_->pause(std::uint64_t(player_->position()), nowMs()));
    }
}

void PlayerPage::flush() {
    if (tracker_)
        record(tracker_->flush(nowMs()));
}

void PlayerPage::record(std::vector<ProgressEvent> events) {
    controller_.recordProgress(std::move(events));
}

void PlayerPage::refreshWatched() {
    WatchedIntervals all = storedWatched_;
    if (tracker_)
        all.add(tracker_->watchedThisSession());
    // The run being watched now, which the tracker closes only at its next flush.
    const auto position = std::uint64_t(std::max<qint64>(0, player_->position()));
    if (runStartMs_ && position > *runStartMs_)
        all.add(Interval{*runStartMs_, position});
    watchedBar_->setWatched(all);
}

void PlayerPage::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
        case Qt::Key_Space:
        case Qt::Key_K:
            togglePlay();
            return;
        case Qt::Key_Left:
            seekBy(layoutDirection() == Qt::RightToLeft ? 5000 : -5000);
            return;
        case Qt::Key_Right:
            seekBy(layoutDirection() == Qt::RightToLeft ? -5000 : 5000);
            return;
        case Qt::Key_J:
            seekBy(-10000);
            return;
        case Qt::Key_L:
            seekBy(10000);
            return;
        case Qt::Key_F:
            toggleFullScreen();
            return;
        case Qt::Key_M:
            toggleMute();
            return;
        case Qt::Key_C:
            toggleCaptions();
            return;
        case Qt::Key_Escape:
            if (video_->isFullScreen()) {
                video_->setFullScreen(false);
                return;
            }
            break;
        default:
            break;
    }
    QWidget::keyPressEvent(event);
}

void PlayerPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlayerPage::retranslate() {
    backButton_->setText(tr("Back to course"));
    updatePlayButton();
    timeline_->setAccessibleName(tr("Position"));
    speed_->setAccessibleName(tr("Playback speed"));
    speed_->setToolTip(tr("Playback speed"));
    volume_->setAccessibleName(tr("Volume"));
    muteButton_->setAccessibleName(tr("Mute (M)"));
    muteButton_->setToolTip(tr("Mute (M)"));
    fullScreenButton_->setAccessibleName(tr("Full screen (F)"));
    fullScreenButton_->setToolTip(tr("Full screen (F)"));
    video_->setAccessibleName(tr("Video"));
    captionsButton_->setText(tr("CC"));
    captionsButton_->setAccessibleName(tr("Captions (C)"));
    captionsButton_->setToolTip(tr("Captions (C)"));
    caption_->setAccessibleDescription(tr("Captions"));
    source_->setText(streaming_ ? tr("Streaming") : QString());
}

}  // namespace satchel::ui
