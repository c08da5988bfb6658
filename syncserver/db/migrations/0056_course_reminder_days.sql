-- Reminders (issue 11) are a course setting: days without activity before an enrolled student
-- of this course is reminded. NULL follows the server's --reminder-inactive-days; 0 sends none
-- for this course.
ALTER TABLE courses
    ADD COLUMN reminder_inactive_days integer
        CHECK (reminder_inactive_days BETWEEN 0 AND 365);
