# The Instructor menu and who sees it (InstructorAccess: roles from the server, kept for
# offline starts), and the instructor tools outside the editor (issue 10, src/instructor): progress report with module
# and quiz filters and CSV export, announcements, .satchel export; File > Import course file…
# for everyone.
target_sources(satchel_client_ui PRIVATE
  include/satchel/ui/instructor/instructor_tools.h src/instructor/instructor_tools.cpp
  include/satchel/ui/instructor/instructor_access.h src/instructor/instructor_access.cpp
  include/satchel/ui/instructor/instructor_text.h src/instructor/instructor_text.cpp
  include/satchel/ui/instructor/course_choice.h src/instructor/course_choice.cpp
  include/satchel/ui/instructor/progress_report_model.h src/instructor/progress_report_model.cpp
  include/satchel/ui/instructor/report_filter_proxy.h src/instructor/report_filter_proxy.cpp
  include/satchel/ui/instructor/progress_report_dialog.h src/instructor/progress_report_dialog.cpp
  include/satchel/ui/instructor/announcement_dialog.h src/instructor/announcement_dialog.cpp
  include/satchel/ui/instructor/export_dialog.h src/instructor/export_dialog.cpp
  include/satchel/ui/instructor/import_flow.h src/instructor/import_flow.cpp
)
