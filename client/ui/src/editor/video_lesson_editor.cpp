#include "satchel/ui/editor/video_lesson_editor.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>
#include <memory>

#include "background.h"
#include "satchel/hash.h"
#include "satchel/package.h"
#include "satchel/ui/editor/course_document.h"

namespace satchel::ui::editor {
namespace {

struct Digest {
    QString error;  // empty on success
    std::string sha256;
    std::uint64_t size = 0;
    bool webVtt = false;  // the file starts with the WebVTT signature
};

Digest digestFile(const QString& path) {
    Digest d;
    auto digest = sha256File(path.toStdString());
    if (!digest) {
        d.error = QString::fromStdString(digest.error().message);
        return d;
    }
    d.sha256 = digest->sha256;
    d.size = digest->size;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        // The check an authoring folder's "captions" key gets too (shared).
        const QByteArray head = file.read(16);
        d.webVtt = hasWebVttSignature(std::string_view(head.constData(), std::size_t(head.size())));
    }
    return d;
}

QString formatDuration(std::uint64_t ms) {
    return QTime(0, 0)
        .addMSecs(static_cast<int>(ms))
        .toString(ms >= 3600000 ? QStringLiteral("h:mm:ss") : QStringLiteral("m:ss"));
}

}  // namespace

VideoLessonEditor::VideoLessonEditor(CourseDocument& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      file_(new QLabel),
      duration_(new QLabel),
      size_(new QLabel),
      thumbnail_(new QLabel),
      captions_(new QLabel),
      status_(new QLabel),
      importButton_(new QPushButton(tr("Import video…"))),
      captionsButton_(new QPushButton(tr("Attach captions (WebVTT)…"))) {
    duration_->setObjectName(QStringLiteral("videoDuration"));
    size_->setObjectName(QStringLiteral("videoSize"));
    thumbnail_->setObjectName(QStringLiteral("videoThumbnail"));
    thumbnail_->setMinimumSize(160, 90);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), file_);
    form->addRow(tr("Duration:"), duration_);
    form->addRow(tr("Size:"), size_);
    form->addRow(tr("Captions:"), captions_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(thumbnail_);
    layout->addLayout(form);
    layout->addWidget(importButton_);
    layout->addWidget(captionsButton_);
    layout->addWidget(status_);
    layout->addStretch();
    connect(importButton_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import video"), QString(), tr("Videos (*.mp4 *.m4v *.webm *.mkv *.mov)"));
        if (!path.isEmpty())
            importVideo(path);
    });
    connect(captionsButton_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach captions"), QString(),
                                                          tr("WebVTT captions (*.vtt)"));
        if (!path.isEmpty())
            attachCaptions(path);
    });
}

void VideoLessonEditor::setLesson(const client::DraftLesson& lesson) {
    const bool otherVideo =
        !lesson_.video || !lesson.video || lesson_.video->localPath != lesson.video->localPath;
    const bool otherLesson = lesson.id != lesson_.id;
    lesson_ = lesson;
    if (otherLesson) {
        status_->clear();
        thumbnail_->clear();
    }
    showLesson();
    if ((otherLesson || otherVideo) && lesson_.video)
        makeThumbnail(QString::fromStdString(lesson_.video->localPath));
}

void VideoLessonEditor::showLesson() {
    const QLocale locale;
    if (lesson_.video) {
        file_->setText(QFileInfo(QString::fromStdString(lesson_.video->localPath)).fileName());
        duration_->setText(lesson_.video->durationMs ? formatDuration(*lesson_.video->durationMs)
                                                     : tr("unknown"));
        size_->setText(locale.formattedDataSize(static_cast<qint64>(lesson_.video->size)));
    } else {
        file_->setText(tr("No video yet"));
        duration_->clear();
        size_->clear();
    }
    captions_->setText(
        lesson_.captions ? QFileInfo(QString::fromStdString(lesson_.captions->localPath)).fileName()
                         : tr("None"));
}

void VideoLessonEditor::importVideo(const QString& path) {
    const Uuid lessonId = lesson_.id;
    status_->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    importButton_->setEnabled(false);
    // Two slow things at once: ffprobe for the duration, the pool for the SHA-256.
    struct Pending {
        int left = 2;
        std::optional<std::uint64_t> durationMs;
        Digest digest;
    };
    auto pending = std::make_shared<Pending>();
    auto finishOne = [this, pending, path, lessonId] {
        if (--pending->left == 0)
            probed(path, lessonId, pending->durationMs, pending->digest.error,
                   pending->digest.sha256, pending->digest.size);
    };
    auto* probe = new QProcess(this);
    connect(probe, &QProcess::finished, this,
            [probe, pending, finishOne](int code, QProcess::ExitStatus) {
                probe->deleteLater();
                bool ok = false;
                const double seconds = probe->readAllStandardOutput().trimmed().toDouble(&ok);
                if (code == 0 && ok && seconds > 0)
                    pending->durationMs = static_cast<std::uint64_t>(seconds * 1000.0 + 0.5);
                finishOne();
            });
    connect(probe, &QProcess::errorOccurred, this, [probe, finishOne](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {  // no ffprobe: the duration stays unknown
            probe->deleteLater();
            finishOne();
        }
    });
    probe->start(QStringLiteral("ffprobe"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                  QStringLiteral("format=duration"), QStringLiteral("-of"),
                  QStringLiteral("default=noprint_wrappers=1:nokey=1"), path});
    runInBackground(
        this, [path] { return digestFile(path); },
        [pending, finishOne](Digest d) {
            pending->digest = std::move(d);
            finishOne();
        });
}

void VideoLessonEditor::probed(const QString& path, Uuid lessonId,
                               std::optional<std::uint64_t> durationMs, QString hashError,
                               std::string sha256, std::uint64_t size) {
    importButton_->setEnabled(true);
    const client::DraftLesson* current = document_.draft().findLesson(lessonId);
    QString error;
    if (!hashError.isEmpty())
        error = tr("The file cannot be read: %1").arg(hashError);
    else if (!durationMs)
        error = tr("This file is not a video Satchel can read (no duration).");
    else if (!current)
        error = tr("The lesson was deleted meanwhile.");
    if (!error.isEmpty()) {
        status_->setText(error);
        emit videoImported(error);
        return;
    }
    client::DraftLesson edited = *current;
    edited.video = client::DraftFile{QFileInfo(path).absoluteFilePath().toStdString(), sha256, size,
                                     mediaTypeForPath(path.toStdString()), durationMs};
    status_->clear();
    document_.updateLesson(edited, tr("Import video"));
    emit videoImported({});
}

void VideoLessonEditor::attachCaptions(const QString& path) {
    const Uuid lessonId = lesson_.id;
    runInBackground(
        this, [path] { return digestFile(path); },
        [this, path, lessonId](Digest d) {
            QString error;
            const client::DraftLesson* current = document_.draft().findLesson(lessonId);
            if (!d.error.isEmpty())
                error = tr("The file cannot be read: %1").arg(d.error);
            else if (!d.webVtt)
                error = tr("This is not a WebVTT file (it must start with \"WEBVTT\").");
            else if (!current)
                error = tr("The lesson was deleted meanwhile.");
            if (!error.isEmpty()) {
                status_->setText(error);
                emit captionsAttached(error);
                return;
            }
            client::DraftLesson edited = *current;
            edited.captions = client::DraftFile{QFileInfo(path).absoluteFilePath().toStdString(),
                                                d.sha256, d.size, "text/vtt", std::nullopt};
            document_.updateLesson(edited, tr("Attach captions"));
            emit captionsAttached({});
        });
}

void VideoLessonEditor::makeThumbnail(const QString& path) {
    // Thumbnails live only as long as the editor (a temporary folder it owns).
    const QString out = thumbnails_.filePath(
        QStringLiteral("thumb-%1.png").arg(QString::fromStdString(lesson_.id.toString())));
    auto* ffmpeg = new QProcess(this);
    const Uuid lessonId = lesson_.id;
    connect(ffmpeg, &QProcess::finished, this,
            [this, ffmpeg, out, lessonId](int code, QProcess::ExitStatus) {
                ffmpeg->deleteLater();
                if (code == 0 && lessonId == lesson_.id)
                    thumbnail_->setPixmap(QPixmap(out));
            });
    connect(ffmpeg, &QProcess::errorOccurred, ffmpeg, [ffmpeg](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            ffmpeg->deleteLater();
    });
    ffmpeg->start(QStringLiteral("ffmpeg"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                   QStringLiteral("-i"), path, QStringLiteral("-frames:v"), QStringLiteral("1"),
                   QStringLiteral("-vf"), QStringLiteral("scale=240:-2"), out});
}

}  // namespace satchel::ui::editor
