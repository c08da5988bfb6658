# The instructor's side of client/core (issue 10): local course drafts, their manifest and
# diff, and publishing them through the upload flow. Included from CMakeLists.txt.
target_sources(satchel_client_core PRIVATE
  include/satchel/client/draft_model.h src/draft_model.cpp
  include/satchel/client/draft_codec.h src/draft_codec.cpp
  include/satchel/client/draft_manifest.h src/draft_manifest.cpp
  include/satchel/client/draft_diff.h src/draft_diff.cpp
  include/satchel/client/draft_edits.h src/draft_edits.cpp
  include/satchel/client/draft_store.h src/draft_store.cpp
  include/satchel/client/publish_error.h
  src/file_range_device.h src/file_range_device.cpp
  include/satchel/client/asset_uploader.h src/asset_uploader.cpp
  include/satchel/client/publish_job.h src/publish_job.cpp
)
