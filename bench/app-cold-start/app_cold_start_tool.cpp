// app-cold-start-tool make FILE: writes a catalog of 1,000 enrolled courses in the wire format
//   (CatalogResponse JSON, as GET /api/v1/catalog answers it).
// app-cold-start-tool run FILE DATA_DIR: starts the student app's parts as `satchel` does
//   (QApplication, StudentController with its LocalStore thread, MainWindow), decodes the
//   catalog file into the catalog model, shows the catalog and prints, once the course list
//   has painted with its rows, `interactive_ns=<CLOCK_REALTIME ns>`; then idles two seconds
//   and prints `idle_rss_kib=<VmRSS>`. The run script subtracts its own launch time.
#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QListView>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "satchel/protocol/codec.h"
#include "satchel/ui/catalog_model.h"
#include "satchel/ui/catalog_page.h"
#include "satchel/ui/main_window.h"
#include "satchel/ui/student_controller.h"

namespace {

long long realtimeNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

long idleRssKib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

int make(const char* path) {
    satchel::CatalogResponse catalog;
    for (int i = 0; i < 1000; ++i) {
        satchel::CourseSummary c;
        c.courseId = satchel::newUuidV7();
        c.title = "Course " + std::to_string(i + 1) + ": an introduction";
        c.description = "Videos, readings and quizzes for course " + std::to_string(i + 1) + ".";
        c.latestVersion = 1 + i % 4;
        c.publishedAtMs = 1'700'000'000'000 + i;
        c.totalBytes = 50'000'000ull + 1000ull * i;
        c.lessonCount = 5 + i % 20;
        c.enrolled = true;
        catalog.courses.push_back(std::move(c));
    }
    std::ofstream(path) << satchel::toJson(catalog).dump();
    return 0;
}

// Fires once the watched widget has painted.
class PaintWatch : public QObject {
public:
    explicit PaintWatch(std::function<void()> painted) : painted_(std::move(painted)) {}
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint && painted_) {
            auto fire = std::move(painted_);
            painted_ = nullptr;
            QTimer::singleShot(0, fire);  // after the paint has finished
        }
        return false;
    }

private:
    std::function<void()> painted_;
};

}  // namespace

int main(int argc, char* argv[]) {
    if (argc == 3 && std::string(argv[1]) == "make")
        return make(argv[2]);
    if (argc != 4 || std::string(argv[1]) != "run") {
        std::fprintf(stderr, "usage: app-cold-start-tool make FILE | run FILE DATA_DIR\n");
        return 2;
    }
    QApplication app(argc, argv);
    satchel::ui::ControllerOptions options;
    options.dataDir = QString::fromLocal8Bit(argv[3]);
    options.rememberSignIn = false;
    satchel::ui::StudentController controller(options);
    satchel::ui::MainWindow window;
    window.attach(controller);
    QListView* list = window.catalogPage()->courseList();
    PaintWatch watch([&] {
        std::printf("interactive_ns=%lld\n", realtimeNs());
        std::fflush(stdout);
        QTimer::singleShot(2000, &app, [&] {
            std::printf("idle_rss_kib=%ld\n", idleRssKib());
            app.quit();
        });
    });
    const QString catalogFile = QString::fromLocal8Bit(argv[2]);
    QObject::connect(&controller, &satchel::ui::StudentController::ready, &app, [&] {
        QFile file(catalogFile);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", argv[2]);
            app.exit(1);
            return;
        }
        const QByteArray bytes = file.readAll();
        auto decoded = satchel::decode<satchel::CatalogResponse>(
            std::string_view(bytes.constData(), std::size_t(bytes.size())));
        if (!decoded) {
            std::fprintf(stderr, "the catalog file does not decode\n");
            app.exit(1);
            return;
        }
        controller.catalog()->setCourses(std::move(decoded->courses));
        list->viewport()->installEventFilter(&watch);
        window.showCatalog();
        list->viewport()->update();
    });
    QObject::connect(&controller, &satchel::ui::StudentController::failed, &app,
                     [&](const QString& m) {
                         std::fprintf(stderr, "%s\n", qPrintable(m));
                         app.exit(1);
                     });
    controller.start();
    window.show();
    return app.exec();
}
