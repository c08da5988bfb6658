#pragma once
// Imports quiz questions from Moodle's GIFT text format into Satchel's quiz model. Plain C++
// (no Qt) so that the editor and satchel-cli share it.
//
// Contract: every question is mapped exactly onto satchel::Question so that shared's grader
// (grading.h) scores it as Moodle would; a construct that cannot be mapped exactly is reported
// with its 1-based line and never guessed. Feedback, which the model has no place for, is
// dropped with a warning.
//
// Supported subset
//  - Questions separated by blank lines; lines starting with `//` are comments.
//  - `::title::` before the text (kept as GiftQuestion::title); `[html]`, `[markdown]`,
//    `[plain]`, `[moodle]` markers are removed and the text kept verbatim.
//  - `$CATEGORY: path` on its own block labels the questions that follow.
//  - Escapes \~ \= \# \{ \} \: \\ and \n (newline).
//  - {=right ~wrong ~wrong}        single choice (exactly one `=`; `~` may carry %0%).
//  - {~%50%a ~%50%b ~%-50%c}       multiple choice when there is no `=`. Satchel's partial
//    credit is right-minus-wrong over k right answers, so each of the k right answers must
//    weigh 100/k % and each wrong one -100/k %; other weights are reported.
//  - {T} {TRUE} {F} {FALSE}        true/false, optionally with #feedback#feedback.
//  - {=a =b =%100%c}               short answer (all answers `=`; case-insensitive, whitespace
//    trimmed and collapsed).
//  - {#3.14:0.01} {#1..5} {#5}     numeric; {#=1.5:0.5 =2..3} is accepted when the accepted
//    intervals join into one (merged into a range).
//  - `#feedback` after an answer and `####general feedback`: dropped, with a warning.
// Reported as unsupported: matching (`->`), essay `{}`, description (no answer block),
// missing-word (text after the answer block), several answer blocks, partial-credit weights
// Satchel cannot express (single choice, short answer, numeric), Moodle `*` wildcards in
// short answers, numeric answers that are not one interval, and malformed braces, titles,
// weights and numbers.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "satchel/model/quiz.h"
#include "satchel/result.h"

namespace satchel {

// One message about one line of the GIFT file.
struct GiftDiagnostic {
    std::size_t line = 0;  // 1-based
    std::string message;
    friend bool operator==(const GiftDiagnostic&, const GiftDiagnostic&) = default;
};

struct GiftQuestion {
    Question question;     // id "q1", "q2", ... in file order; choice ids "a1", "a2", ...
    std::string title;     // the ::title:: or empty
    std::string category;  // the last $CATEGORY: before it, or empty
    std::size_t line = 0;  // where the question starts
};

struct GiftImport {
    std::vector<GiftQuestion> questions;
    std::vector<GiftDiagnostic> warnings;  // information that was dropped (feedback)
};

// Every problem in the file, in line order; nothing is imported when there is one.
struct GiftError {
    std::vector<GiftDiagnostic> problems;
};

Result<GiftImport, GiftError> parseGift(std::string_view text);

// "line 12: matching questions (->) are not supported\n..." for a user or a log.
std::string describe(const GiftError& error);

}  // namespace satchel
