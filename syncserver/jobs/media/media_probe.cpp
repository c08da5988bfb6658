#include "jobs/media/media_probe.h"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <vector>

#include <nlohmann/json.hpp>

namespace satchel::server::jobs {
namespace {

// Whether the first top-level "moov" box comes before the first "mdat" box.
bool moovBeforeMdat(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    unsigned long long offset = 0;
    const auto size = std::filesystem::file_size(file);
    while (offset + 8 <= size) {
        unsigned char header[16];
        in.seekg(static_cast<std::streamoff>(offset));
        if (!in.read(reinterpret_cast<char*>(header), 8))
            return false;
        unsigned long long boxSize = (static_cast<unsigned long long>(header[0]) << 24) |
                                     (header[1] << 16) | (header[2] << 8) | header[3];
        const std::string type(reinterpret_cast<char*>(header) + 4, 4);
        if (boxSize == 1) {
            if (!in.read(reinterpret_cast<char*>(header) + 8, 8))
                return false;
            boxSize = 0;
            for (int i = 8; i < 16; ++i)
                boxSize = (boxSize << 8) | header[i];
        } else if (boxSize == 0) {
            boxSize = size - offset;
        }
        if (type == "moov")
            return true;
        if (type == "mdat")
            return false;
        if (boxSize < 8)
            return false;
        offset += boxSize;
    }
    return false;
}

}  // namespace

std::string runTool(const std::vector<std::string>& argv) {
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        throw std::runtime_error("pipe failed");
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeFds[1], STDOUT_FILENO);
        dup2(pipeFds[1], STDERR_FILENO);
        close(pipeFds[0]);
        close(pipeFds[1]);
        std::vector<char*> args;
        for (const auto& a : argv)
            args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    close(pipeFds[1]);
    std::string output;
    std::array<char, 4096> buffer;
    for (ssize_t n; (n = read(pipeFds[0], buffer.data(), buffer.size())) > 0;)
        output.append(buffer.data(), n);
    close(pipeFds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error(
            argv[0] + " failed: " + output.substr(output.size() > 500 ? output.size() - 500 : 0));
    return output;
}

MediaInfo probeMedia(const std::filesystem::path& file) {
    const auto json =
        nlohmann::json::parse(runTool({"ffprobe", "-v", "error", "-print_format", "json",
                                       "-show_format", "-show_streams", file.string()}),
                              nullptr, false);
    if (json.is_discarded() || !json.contains("streams"))
        throw std::runtime_error("ffprobe gave no streams");
    MediaInfo info;
    const auto& format = json.value("format", nlohmann::json::object());
    info.container = format.value("format_name", "");
    info.durationMs = static_cast<long long>(std::stod(format.value("duration", "0")) * 1000);
    for (const auto& s : json["streams"]) {
        const std::string type = s.value("codec_type", "");
        if (type == "video" && info.videoCodec.empty()) {
            info.videoCodec = s.value("codec_name", "");
            info.width = s.value("width", 0);
            info.height = s.value("height", 0);
        } else if (type == "audio" && info.audioCodec.empty()) {
            info.audioCodec = s.value("codec_name", "");
        }
    }
    if (info.videoCodec.empty() && info.audioCodec.empty())
        throw std::runtime_error("no audio or video stream");
    info.faststart = info.container.find("mp4") != std::string::npos && moovBeforeMdat(file);
    return info;
}

bool fitForOffline(const MediaInfo& info) {
    return info.videoCodec == "h264" && (info.audioCodec.empty() || info.audioCodec == "aac") &&
           info.faststart && info.height <= 720;
}

}  // namespace satchel::server::jobs
