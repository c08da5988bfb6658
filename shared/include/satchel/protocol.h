#pragma once
// Wire protocol v1 in one include: messages, the typed decode error and the JSON codec.
#include "satchel/protocol/codec.h"
#include "satchel/protocol/error.h"
#include "satchel/protocol/messages.h"
