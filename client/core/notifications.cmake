# Notifications (issue 8): LocalStore's notification calls, NotificationCenter (the UI's
# unread count, list and mark-read, fed by PushClient and the sync pull) and its worker.
target_sources(satchel_client_core PRIVATE
  src/local_store_notifications.cpp
  include/satchel/client/notification_center.h src/notification_center.cpp
  src/notification_worker.h src/notification_worker.cpp
)
