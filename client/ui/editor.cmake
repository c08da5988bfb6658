# The instructor's course editor (issue 10), included from CMakeLists.txt.
target_sources(satchel_client_ui PRIVATE
  include/satchel/ui/editor/draft_worker.h src/editor/draft_worker.cpp
  include/satchel/ui/editor/course_document.h src/editor/course_document.cpp
  include/satchel/ui/editor/draft_commands.h src/editor/draft_commands.cpp
  include/satchel/ui/editor/course_tree_model.h src/editor/course_tree_model.cpp
  src/editor/background.h
  include/satchel/ui/editor/reading_editor.h src/editor/reading_editor.cpp
  include/satchel/ui/editor/video_lesson_editor.h src/editor/video_lesson_editor.cpp
  include/satchel/ui/editor/question_editor.h src/editor/question_editor.cpp
  include/satchel/ui/editor/quiz_editor.h src/editor/quiz_editor.cpp
  include/satchel/ui/editor/course_settings_panel.h src/editor/course_settings_panel.cpp
  include/satchel/ui/editor/publish_dialog.h src/editor/publish_dialog.cpp
  include/satchel/ui/editor/course_editor_page.h src/editor/course_editor_page.cpp
  include/satchel/ui/editor/my_courses_page.h src/editor/my_courses_page.cpp
  include/satchel/ui/editor/editor_widget.h src/editor/editor_widget.cpp
  include/satchel/ui/editor/editor_hook.h src/editor/editor_hook.cpp
)
