#pragma once
// What the instructor tools tell a person when something fails: one sentence they can act
// on, never a raw server message (that goes to the log).

#include <QString>

#include "satchel/client/api_error.h"
#include "satchel/client/course_export.h"
#include "satchel/package.h"

namespace satchel::ui::instructor {

QString describe(const client::ApiError& error);
QString describe(const client::ExportError& error);
// Why a .satchel file was refused, in terms of what is wrong with the file.
QString describe(PackageErrorCode code);

}  // namespace satchel::ui::instructor
