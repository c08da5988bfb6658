// The captions shape of course manifests (see package.h): where a lesson's WebVTT file sits,
// and the signature check that tells a WebVTT file from anything else.
#include "satchel/package.h"

namespace satchel {

std::string captionsAssetPath(const Uuid& lessonId) {
    return "captions/" + lessonId.toString() + ".vtt";
}

bool hasWebVttSignature(std::string_view head) {
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    constexpr std::string_view kSignature = "WEBVTT";
    if (head.starts_with(kBom))
        head.remove_prefix(kBom.size());
    if (!head.starts_with(kSignature))
        return false;
    head.remove_prefix(kSignature.size());
    return head.empty() || head.front() == ' ' || head.front() == '\t' || head.front() == '\r' ||
           head.front() == '\n';
}

}  // namespace satchel
