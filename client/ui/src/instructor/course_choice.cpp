#include "satchel/ui/instructor/course_choice.h"

namespace satchel::ui::instructor {

CourseComboBox::CourseComboBox(std::vector<CourseChoice> courses,
                               const std::optional<Uuid>& selected, QWidget* parent)
    : QComboBox(parent), courses_(std::move(courses)) {
    setObjectName(QStringLiteral("courseChoice"));
    for (std::size_t i = 0; i < courses_.size(); ++i) {
        addItem(courses_[i].title);
        if (selected && courses_[i].courseId == *selected)
            setCurrentIndex(static_cast<int>(i));
    }
    setEnabled(!courses_.empty());
}

const CourseChoice* CourseComboBox::current() const {
    const int i = currentIndex();
    if (i < 0 || i >= static_cast<int>(courses_.size()))
        return nullptr;
    return &courses_[static_cast<std::size_t>(i)];
}

}  // namespace satchel::ui::instructor
