# Warnings and sanitizers for every Satchel target. Presets switch these on; see CMakePresets.json.
add_library(satchel_compile_options INTERFACE)
target_compile_options(satchel_compile_options INTERFACE -Wall -Wextra -Wpedantic)
if(SATCHEL_WERROR)
  target_compile_options(satchel_compile_options INTERFACE -Werror)
endif()
if(SATCHEL_SANITIZE)
  target_compile_options(satchel_compile_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(satchel_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# Boost 1.74's Asio misses <utility> in C++20 mode (std::exchange); targets that include
# Asio or Beast link this to have it included first.
add_library(satchel_asio_fix INTERFACE)
target_compile_options(satchel_asio_fix INTERFACE "SHELL:-include utility")
target_compile_definitions(satchel_asio_fix INTERFACE BOOST_ASIO_NO_DEPRECATED BOOST_BEAST_USE_STD_STRING_VIEW)
