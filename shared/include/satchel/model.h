#pragma once
// The whole domain model in one include.
#include "satchel/model/course.h"
#include "satchel/model/notification.h"
#include "satchel/model/progress.h"
#include "satchel/model/quiz.h"
#include "satchel/model/user.h"
