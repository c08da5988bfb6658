# Instructor tools beyond the editor (issue 10): .satchel export, progress reports,
# announcements, and who is signed in (what the app shows instructors).
target_sources(satchel_client_core PRIVATE
  include/satchel/client/course_export.h src/course_export.cpp
  include/satchel/client/course_report.h src/course_report.cpp src/course_report_csv.cpp
  include/satchel/client/report_client.h src/report_client.cpp
  include/satchel/client/report_csv_writer.h src/report_csv_writer.cpp
  include/satchel/client/announcement_client.h src/announcement_client.cpp
  include/satchel/client/current_user.h src/current_user.cpp
)
