#include "jobs/media/media_jobs.h"

#include <curl/curl.h>
#include <sodium.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "jobs/generated_blobs.h"
#include "jobs/media/media_probe.h"
#include "jobs/queue.h"
#include "satchel/hash.h"
#include "satchel/storage/local_blob_store.h"

namespace satchel::server::jobs {
namespace fs = std::filesystem;
namespace {

// A scratch folder for one run, removed with everything in it.
struct Scratch {
    fs::path dir = fs::temp_directory_path() / ("satchel-media-" + std::to_string(getpid()) + "-" +
                                                std::to_string(randombytes_random()));
    Scratch() { fs::create_directories(dir); }
    ~Scratch() {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
};

std::size_t writeToFile(char* data, std::size_t size, std::size_t count, void* file) {
    return std::fwrite(data, size, count, static_cast<std::FILE*>(file)) * size;
}

void download(const std::string& url, const fs::path& to) {
    std::unique_ptr<std::FILE, decltype(&std::fclose)> out(std::fopen(to.c_str(), "wb"),
                                                           std::fclose);
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!out || !curl)
        throw std::runtime_error("cannot start the download of a media blob");
    curl_easy_setopt(curl.get(), CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, writeToFile);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, out.get());
    curl_easy_setopt(curl.get(), CURLOPT_FAILONERROR, 1L);
    curl_easy_setopt(curl.get(), CURLOPT_NOSIGNAL, 1L);
    const CURLcode rc = curl_easy_perform(curl.get());
    if (rc != CURLE_OK)
        throw std::runtime_error(std::string("downloading a media blob failed: ") +
                                 curl_easy_strerror(rc));
}

}  // namespace

void enqueueMediaProcessing(PgConnection& conn, const std::string& sha256) {
    EnqueueOptions options;
    options.dedupKey = "media:" + sha256;
    options.maxAttempts = 3;
    enqueue(conn, "media.process", {{"sha256", sha256}}, options);
}

void addMediaHandler(JobRegistry& registry, std::shared_ptr<storage::BlobStore> blobs,
                     storage::LocalBlobStore* local) {
    registry.addHandler("media.process", [blobs, local](JobContext& ctx) {
        const std::string sha = ctx.job().payload.value("sha256", "");
        const auto key = storage::BlobKey::fromSha256(sha);
        if (!key)
            throw PermanentJobError("media.process needs a sha256");
        if (!ctx.conn().exec("SELECT 1 FROM media_assets WHERE sha256 = $1", {sha}).empty())
            return;
        Scratch scratch;
        fs::path source;
        if (local) {
            source = local->pathOf(*key);
            if (!fs::exists(source))
                throw std::runtime_error("blob " + sha + " is not in the store (yet)");
        } else {
            const auto url = blobs->presignGet(*key, std::chrono::seconds(900));
            if (!url)
                throw std::runtime_error("presigning blob " + sha +
                                         " failed: " + url.error().message);
            source = scratch.dir / "source";
            download(url->url, source);
        }
        MediaInfo info;
        try {
            info = probeMedia(source);
        } catch (const std::exception& e) {
            throw PermanentJobError("blob " + sha + " is not playable media: " + e.what());
        }
        // Tracked blobs (generated_blobs.h): claimed before the bytes, verified with the row.
        std::optional<GeneratedBlob> thumbnail, rendition;
        if (!info.videoCodec.empty()) {
            const auto thumb = scratch.dir / "thumbnail.jpg";
            const double at = std::min(1.0, static_cast<double>(info.durationMs) / 2000.0);
            runTool({"ffmpeg", "-nostdin", "-y", "-v", "error", "-ss", std::to_string(at), "-i",
                     source.string(), "-frames:v", "1", "-vf", "scale=320:-2", thumb.string()});
            thumbnail = storeGeneratedFile(ctx.conn(), *blobs, thumb, "image/jpeg");
            if (!fitForOffline(info)) {
                const auto out = scratch.dir / "offline.mp4";
                runTool({"ffmpeg",
                         "-nostdin",
                         "-y",
                         "-v",
                         "error",
                         "-i",
                         source.string(),
                         "-map",
                         "0:v:0",
                         "-map",
                         "0:a:0?",
                         "-c:v",
                         "libx264",
                         "-preset",
                         "veryfast",
                         "-crf",
                         "23",
                         "-pix_fmt",
                         "yuv420p",
                         "-vf",
                         "scale=-2:'min(720,ih)'",
                         "-c:a",
                         "aac",
                         "-b:a",
                         "128k",
                         "-movflags",
                         "+faststart",
                         out.string()});
                rendition = storeGeneratedFile(ctx.conn(), *blobs, out, "video/mp4");
            }
        }
        PgConnection& conn = ctx.conn();
        Transaction tx(conn);
        for (const auto* made : {&thumbnail, &rendition})
            if (*made)
                trackGeneratedBlob(conn, **made);
        conn.exec(
            "INSERT INTO media_assets (sha256, duration_ms, container, video_codec, audio_codec, "
            "width, height,"
            " thumbnail_sha256, rendition_sha256) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
            " ON CONFLICT (sha256) DO NOTHING",
            {sha, info.durationMs, info.container, info.videoCodec, info.audioCodec, info.width,
             info.height, thumbnail ? PgParam(thumbnail->sha256) : PgParam(),
             rendition ? PgParam(rendition->sha256) : PgParam()});
        ctx.completeWithin(conn);
        tx.commit();
    });
}

}  // namespace satchel::server::jobs
