#pragma once
// The published courses an instructor tool can act on, as a combo box. The list comes from
// the catalog the app already has (no request of its own); whether the user may act on the
// chosen course is the server's call (a 403 is shown as such).

#include <QComboBox>
#include <optional>
#include <vector>

#include "satchel/ids.h"

namespace satchel::ui::instructor {

struct CourseChoice {
    Uuid courseId;
    QString title;
    std::uint32_t latestVersion = 0;
};

class CourseComboBox : public QComboBox {
    Q_OBJECT
public:
    CourseComboBox(std::vector<CourseChoice> courses, const std::optional<Uuid>& selected,
                   QWidget* parent = nullptr);
    // The chosen course, or nullptr when the list is empty.
    const CourseChoice* current() const;

private:
    std::vector<CourseChoice> courses_;
};

}  // namespace satchel::ui::instructor
