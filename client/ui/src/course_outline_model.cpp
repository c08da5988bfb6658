#include "satchel/ui/course_outline_model.h"

#include <QLocale>

#include "satchel/merge.h"

namespace satchel::ui {

CourseOutlineModel::CourseOutlineModel(QObject* parent) : QStandardItemModel(parent) {
    setColumnCount(ColumnCount);
}

void CourseOutlineModel::setManifest(const CourseManifest& manifest,
                                     std::function<bool(const std::string&)> isDownloaded) {
    manifest_ = manifest;
    isDownloaded_ = std::move(isDownloaded);
    clear();
    titleItems_.clear();
    stateItems_.clear();
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Lesson"), tr("State")});
    for (const Module& module : manifest_.modules) {
        auto* moduleItem = new QStandardItem(QString::fromStdString(module.title));
        moduleItem->setEditable(false);
        QFont bold = moduleItem->font();
        bold.setBold(true);
        moduleItem->setFont(bold);
        auto* moduleState = new QStandardItem;
        moduleState->setEditable(false);
        for (const Lesson& lesson : module.lessons) {
            auto* title = new QStandardItem(QString::fromStdString(lesson.title));
            title->setEditable(false);
            title->setData(QString::fromStdString(lesson.id.toString()), LessonIdRole);
            title->setData(static_cast<int>(lesson.kind), LessonKindRole);
            auto* state = new QStandardItem;
            state->setEditable(false);
            moduleItem->appendRow({title, state});
            titleItems_[lesson.id] = title;
            stateItems_[lesson.id] = state;
            updateRow(lesson.id);
        }
        appendRow({moduleItem, moduleState});
    }
}

void CourseOutlineModel::setLessonStates(const std::vector<LessonState>& states) {
    for (const LessonState& state : states) {
        states_[state.lessonId] = state;
        updateRow(state.lessonId);
    }
}

void CourseOutlineModel::setAttempts(const Uuid& lessonId,
                                     const std::vector<client::StoredAttempt>& attempts) {
    attempts_[lessonId] = attempts;
    updateRow(lessonId);
}

const Lesson* CourseOutlineModel::lessonAt(const QModelIndex& index) const {
    const QModelIndex first = index.siblingAtColumn(TitleColumn);
    const auto id = Uuid::parse(first.data(LessonIdRole).toString().toStdString());
    return id ? manifest_.findLesson(*id) : nullptr;
}

QModelIndex CourseOutlineModel::indexOfLesson(const Uuid& lessonId) const {
    const auto it = titleItems_.find(lessonId);
    return it == titleItems_.end() ? QModelIndex() : it->second->index();
}

double CourseOutlineModel::watchedPercent(const Uuid& lessonId) const {
    const auto it = states_.find(lessonId);
    const Lesson* lesson = manifest_.findLesson(lessonId);
    if (it == states_.end() || !lesson)
        return 0.0;
    std::uint64_t duration = it->second.mediaDurationMs;
    if (const Asset* asset = manifest_.findAsset(lesson->assetSha256); asset && asset->durationMs)
        duration = *asset->durationMs;
    return percentWatched(it->second.watched, duration);
}

void CourseOutlineModel::updateRow(const Uuid& lessonId) {
    const Lesson* lesson = manifest_.findLesson(lessonId);
    const auto stateItem = stateItems_.find(lessonId);
    if (!lesson || stateItem == stateItems_.end())
        return;
    QStringList parts;
    const auto state = states_.find(lessonId);
    const bool completed = state != states_.end() && state->second.isCompleted();
    if (lesson->kind == LessonKind::Quiz) {
        const auto attempts = attempts_.find(lessonId);
        if (attempts == attempts_.end() || attempts->second.empty()) {
            parts << tr("Not taken");
        } else {
            const client::StoredAttempt& last = attempts->second.back();
            if (last.grade) {
                const Score& s = last.grade->score;
                parts << tr("Score %1/%2").arg(s.points).arg(s.maxPoints);
            } else if (last.attempt.provisionalScore) {
                const Score& s = *last.attempt.provisionalScore;
                parts << tr("Score %1/%2 (awaiting grade)").arg(s.points).arg(s.maxPoints);
            } else {
                parts << tr("Awaiting grade");
            }
        }
    } else {
        if (isDownloaded_ && !lesson->assetSha256.empty())
            parts << (isDownloaded_(lesson->assetSha256) ? tr("Downloaded") : tr("Online only"));
        if (lesson->kind == LessonKind::Video)
            parts << tr("%1% watched").arg(QLocale().toString(watchedPercent(lessonId), 'f', 0));
    }
    if (completed)
        parts << tr("Completed");
    const QString text = parts.join(QStringLiteral(" · "));
    stateItem->second->setText(text);
    stateItem->second->setData(text, StateTextRole);
    titleItems_[lessonId]->setData(completed, CompletedRole);
    titleItems_[lessonId]->setData(
        QStringLiteral("%1, %2").arg(titleItems_[lessonId]->text(), text), Qt::AccessibleTextRole);
}

}  // namespace satchel::ui
