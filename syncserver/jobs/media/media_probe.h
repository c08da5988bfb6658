#pragma once
// What ffprobe says about a media file, and whether it is fit for offline playback as is:
// H.264 video, AAC audio (or none), an MP4 whose index (moov) precedes its data (faststart),
// at most 720 lines.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace satchel::server::jobs {

struct MediaInfo {
    long long durationMs = 0;
    std::string container;   // ffprobe's format_name, e.g. "mov,mp4,m4a,3gp,3g2,mj2"
    std::string videoCodec;  // "" when there is no video stream
    std::string audioCodec;  // "" when there is no audio stream
    int width = 0;
    int height = 0;
    bool faststart = false;  // MP4 with moov before mdat
};

// Runs ffprobe; throws std::runtime_error when it fails or the file has no media streams.
MediaInfo probeMedia(const std::filesystem::path& file);

bool fitForOffline(const MediaInfo& info);

// Runs a command (argv, no shell); throws std::runtime_error with its output tail on failure.
std::string runTool(const std::vector<std::string>& argv);

}  // namespace satchel::server::jobs
