# SPDX-License-Identifier: GPL-3.0-or-later
# Compiler flags for our own targets only: third-party headers (Qt, GoogleTest) come in as
# system includes, so their warnings never stop our build.
add_library(stridelog_warnings INTERFACE)
target_compile_options(stridelog_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(STRIDELOG_WERROR)
  target_compile_options(stridelog_warnings INTERFACE -Werror)
endif()

add_library(stridelog_sanitizers INTERFACE)
if(STRIDELOG_SANITIZE)
  target_compile_options(stridelog_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(stridelog_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# Everything we compile carries both.
add_library(stridelog_flags INTERFACE)
target_link_libraries(stridelog_flags INTERFACE stridelog_warnings stridelog_sanitizers)
