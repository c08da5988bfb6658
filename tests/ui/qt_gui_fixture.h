#pragma once
// A QApplication for a whole UI test module (Boost.Test global fixture). ctest runs these
// suites on the offscreen platform (DISPLAY label); the GStreamer media backend is chosen
// because Qt's FFmpeg backend crashes on machines with no audio device.

#include <QApplication>

#include "satchel/testing/env.h"

namespace satchel::testing {

struct GStreamerMediaBackend {
    GStreamerMediaBackend() {
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
        // Qt wants a private runtime folder (0700); ctest does not provide one.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            std::filesystem::permissions(runtimeDir.path(), std::filesystem::perms::owner_all);
            qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(runtimeDir.path().string()));
        }
    }
    TempDir runtimeDir{"satchel-xdg"};
};

struct QtGuiApp : GStreamerMediaBackend {
    QtGuiApp() : app(argc, argv) {}
    int argc = 1;
    char arg0[16] = "satchel-test";
    char* argv[2] = {arg0, nullptr};
    QApplication app;
};

}  // namespace satchel::testing
