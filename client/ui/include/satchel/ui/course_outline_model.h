#pragma once
// CourseOutlineModel: a course's modules (top level) and lessons (children), each lesson with
// its state on this device: downloaded or not, percent watched, completed, and for quizzes the
// best score, provisional ("awaiting grade") until the server has graded it.

#include <QStandardItemModel>
#include <functional>
#include <map>

#include "satchel/client/local_store.h"
#include "satchel/model/course.h"

namespace satchel::ui {

class CourseOutlineModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Role { LessonIdRole = Qt::UserRole + 1, LessonKindRole, StateTextRole, CompletedRole };
    enum Column { TitleColumn, StateColumn, ColumnCount };

    explicit CourseOutlineModel(QObject* parent = nullptr);

    // `isDownloaded(sha256)` answers whether an asset has a local copy.
    void setManifest(const CourseManifest& manifest,
                     std::function<bool(const std::string&)> isDownloaded);
    void setLessonStates(const std::vector<LessonState>& states);
    void setAttempts(const Uuid& lessonId, const std::vector<client::StoredAttempt>& attempts);
    // The lesson a row stands for (nullptr for module rows).
    const Lesson* lessonAt(const QModelIndex& index) const;
    QModelIndex indexOfLesson(const Uuid& lessonId) const;
    // Percent of the lesson's video watched (0 when unknown).
    double watchedPercent(const Uuid& lessonId) const;

private:
    void updateRow(const Uuid& lessonId);

    CourseManifest manifest_;
    std::function<bool(const std::string&)> isDownloaded_;
    std::map<Uuid, LessonState> states_;
    std::map<Uuid, std::vector<client::StoredAttempt>> attempts_;
    std::map<Uuid, QStandardItem*> titleItems_;
    std::map<Uuid, QStandardItem*> stateItems_;
};

}  // namespace satchel::ui
