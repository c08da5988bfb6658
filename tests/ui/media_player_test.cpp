// QMediaPlayer on the GStreamer backend plays an H.264/AAC file made by ffmpeg in the test:
// its position advances and video frames arrive. This machine has no audio device, so the
// player gets a QAudioOutput anyway: playback must neither crash nor hang because of it.
#define BOOST_TEST_MODULE media_player
#include <boost/test/unit_test.hpp>

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QTest>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

#include "qt_gui_fixture.h"
#include "satchel/testing/env.h"
#include "satchel/testing/process.h"

using satchel::testing::QtGuiApp;
BOOST_TEST_GLOBAL_FIXTURE(QtGuiApp);

namespace {

constexpr int kTimeoutMs = 60000;  // generous: GStreamer's first start is slow on a busy box

// A 6-second 320x240 H.264/AAC MP4 from ffmpeg's test sources.
QString makeTestVideo(const satchel::testing::TempDir& dir) {
    const std::string path = (dir / "test.mp4").string();
    const int status =
        satchel::testing::runCommand({"ffmpeg",
                                      "-nostdin",
                                      "-v",
                                      "error",
                                      "-y",
                                      "-f",
                                      "lavfi",
                                      "-i",
                                      "testsrc2=size=320x240:rate=25:duration=6",
                                      "-f",
                                      "lavfi",
                                      "-i",
                                      "sine=frequency=440:sample_rate=48000:duration=6",
                                      "-c:v",
                                      "libx264",
                                      "-preset",
                                      "ultrafast",
                                      "-pix_fmt",
                                      "yuv420p",
                                      "-c:a",
                                      "aac",
                                      "-shortest",
                                      path});
    BOOST_REQUIRE_MESSAGE(status == 0, "ffmpeg failed with status " << status);
    return QString::fromStdString(path);
}

struct Playback {
    satchel::testing::TempDir dir{"satchel-media"};
    QMediaPlayer player;
    QVideoSink sink;
    QAudioOutput audio;
    int frames = 0;
    QString error;

    Playback() {
        player.setVideoSink(&sink);
        player.setAudioOutput(&audio);
        QObject::connect(&sink, &QVideoSink::videoFrameChanged, [this](const QVideoFrame& f) {
            if (f.isValid())
                ++frames;
        });
        QObject::connect(&player, &QMediaPlayer::errorOccurred,
                         [this](QMediaPlayer::Error, const QString& text) { error = text; });
    }
};

}  // namespace

BOOST_FIXTURE_TEST_CASE(position_advances_while_playing_without_audio_device, Playback) {
    player.setSource(QUrl::fromLocalFile(makeTestVideo(dir)));
    player.play();

    const bool advanced =
        QTest::qWaitFor([&] { return !error.isEmpty() || player.position() >= 1500; }, kTimeoutMs);
    BOOST_TEST_MESSAGE("position " << player.position() << " ms, " << frames << " frames");
    BOOST_REQUIRE_MESSAGE(error.isEmpty(), "the player failed: " << error.toStdString());
    BOOST_REQUIRE_MESSAGE(advanced, "the position never passed 1.5 s");
    BOOST_TEST(player.duration() >= 5000);
    BOOST_TEST(player.duration() <= 7000);
    BOOST_TEST(QTest::qWaitFor([&] { return frames > 5; }, kTimeoutMs));

    // Pausing stops the clock: the position holds still.
    player.pause();
    BOOST_REQUIRE(QTest::qWaitFor(
        [&] { return player.playbackState() == QMediaPlayer::PausedState; }, kTimeoutMs));
    QTest::qWait(300);
    const qint64 paused = player.position();
    QTest::qWait(700);
    BOOST_TEST(player.position() == paused);
}

BOOST_FIXTURE_TEST_CASE(plays_to_the_end, Playback) {
    player.setSource(QUrl::fromLocalFile(makeTestVideo(dir)));
    player.setPlaybackRate(2.0);
    player.play();
    const bool ended = QTest::qWaitFor(
        [&] { return !error.isEmpty() || player.mediaStatus() == QMediaPlayer::EndOfMedia; },
        kTimeoutMs);
    BOOST_REQUIRE_MESSAGE(error.isEmpty(), "the player failed: " << error.toStdString());
    BOOST_TEST(ended);
    BOOST_TEST((player.playbackState() == QMediaPlayer::StoppedState));
}
