# cmake -DOUT=file.cpp -DSOURCES="a.sql;b.sql" -P embed_migrations.cmake
# Writes a C++ file holding every migration as a raw string literal, in file-name order. Files
# are named NNNN_description.sql; NNNN is the schema version the file produces.
list(SORT SOURCES)
set(body "")
foreach(file ${SOURCES})
  get_filename_component(name ${file} NAME_WE)
  string(REGEX MATCH "^([0-9]+)_(.*)$" _ ${name})
  if(NOT CMAKE_MATCH_1)
    message(FATAL_ERROR "migration file ${file} is not named NNNN_description.sql")
  endif()
  math(EXPR version "${CMAKE_MATCH_1}")
  file(READ ${file} sql)
  string(APPEND body "    {${version}, \"${CMAKE_MATCH_2}\", R\"satchelsql(${sql})satchelsql\"},\n")
endforeach()
file(WRITE ${OUT}.tmp "// Generated from syncserver/db/migrations by embed_migrations.cmake. Do not edit.
#include \"db/migrations.h\"

namespace satchel::server {

const std::vector<Migration>& embeddedMigrations() {
    static const std::vector<Migration> migrations{
${body}    };
    return migrations;
}

}  // namespace satchel::server
")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
