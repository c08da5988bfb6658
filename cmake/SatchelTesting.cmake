# satchel_add_test(NAME name SOURCES ... [LIBS ...] LABELS unit|integration|ui
#                  [KEYRING] [DISPLAY] [TIMEOUT seconds])
#
# One Boost.Test executable, registered with ctest under its labels. KEYRING runs it inside a
# private D-Bus session with an unlocked gnome-keyring (tools/with-keyring); DISPLAY gives it
# the offscreen Qt platform and a private XDG_RUNTIME_DIR.
function(satchel_add_test)
  cmake_parse_arguments(T "KEYRING;DISPLAY" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE satchel_testsupport ${T_LIBS} satchel_compile_options)
  set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)
  set(command $<TARGET_FILE:${T_NAME}> --log_level=test_suite --report_level=short)
  if(T_KEYRING)
    set(command ${PROJECT_SOURCE_DIR}/tools/with-keyring ${command})
  endif()
  add_test(NAME ${T_NAME} COMMAND ${command})
  set(env "SATCHEL_SOURCE_DIR=${PROJECT_SOURCE_DIR}" "SATCHEL_BIN_DIR=${PROJECT_BINARY_DIR}/bin")
  if(T_DISPLAY)
    list(APPEND env "QT_QPA_PLATFORM=offscreen")
  endif()
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 600)
  endif()
  # Sanitized code runs about 2-3x slower (more on a loaded machine); the limits are for hangs.
  if(SATCHEL_SANITIZE)
    math(EXPR T_TIMEOUT "${T_TIMEOUT} * 3")
  endif()
  set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" ENVIRONMENT "${env}" TIMEOUT ${T_TIMEOUT})
endfunction()
