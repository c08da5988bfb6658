#pragma once
// WebVTT captions (https://www.w3.org/TR/webvtt1/): the subset a player needs to show the
// cue text at a position. Pure logic, no Qt, no I/O.
//
// Parsing follows the spec's leniency: after a valid "WEBVTT" signature, a block that is not
// a well-formed cue (bad timing line, end before start) is skipped and counted; NOTE, STYLE
// and REGION blocks are ignored; cue settings (position, align, ...) are ignored; markup
// (<b>, <i>, <u>, <c.class>, <v Speaker>, <lang>, <ruby>, timestamps) is removed and the
// character references &amp; &lt; &gt; &nbsp; &lrm; &rlm; are decoded. A missing signature is
// an error: the file is not WebVTT.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "satchel/model/course.h"
#include "satchel/result.h"

namespace satchel::client {

struct Cue {
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;  // > startMs
    std::string text;        // plain text, lines joined by '\n'
    friend bool operator==(const Cue&, const Cue&) = default;
};

struct Captions {
    std::vector<Cue> cues;    // in file order (the spec's order; starts need not be sorted)
    std::size_t skipped = 0;  // malformed blocks left out
};

struct WebVttError {
    std::size_t line = 0;  // 1-based
    std::string message;
};

Result<Captions, WebVttError> parseWebVtt(std::string_view text);

// The text of every cue showing at `positionMs` (start <= position < end), in file order,
// joined by '\n'; empty when none.
std::string cueTextAt(const Captions& captions, std::int64_t positionMs);

// A lesson's captions file: the "text/vtt" asset at captionsAssetPath(lesson.id) (the shape
// the editor's publish and authoring folders produce, see package.h); failing that, a
// "text/vtt" asset whose path is the video's with the extension replaced by ".vtt" (or by
// ".<language>.vtt"), as hand-made manifests name it. Null when the lesson has none.
const Asset* captionsAssetFor(const CourseManifest& manifest, const Lesson& lesson);

}  // namespace satchel::client
