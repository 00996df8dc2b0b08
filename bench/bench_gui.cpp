// bench_gui — the GUI's performance figures (issue #6, "Performance"); not
// part of ctest. Four measurements, each the median of repeated runs:
//
//   startup    process start of the real `goschedlab --test-control` (fresh
//              settings) to (a) "ready": the window is shown and its event loop
//              runs, and (b) "interactive": the default scenario is loaded, its
//              first run finished and installed in every view (the status bar
//              says "N events, …"). Target: (b) < 1 s.
//   timeline   TimelineWidget::repaint() of a ~1M-event run (bench/data/
//              million_events.go through the GUI's own executeRun) at several
//              zoom levels, panned to 24 places each, at the top of the lanes
//              and scrolled to the middle of the G lanes. Target: < 16 ms.
//   schedview  the scheduler view (in a QScrollArea, as in the main window) with
//              GOMAXPROCS=256 (bench/data/many_ps.go): the cost of one step
//              (animateStep), the paint time of one animation frame, and the
//              frames per second the running animation sustains. Target: 60.
//   memory     peak RSS (VmHWM) of a fresh process that opens the 1M-event run
//              in the main window, as the app does, waits for the run and for the
//              races panel's analysis, zooms, scrolls the log and scrubs; the
//              default scenario gives the baseline. Target: < 200 MB.
//
//     QT_QPA_PLATFORM=offscreen build/bench/bench_gui [all|startup|timeline|schedview|memory] [--reps N]
//     xvfb-run -a build/bench/bench_gui ...   (a real X server)
#include "ui/controller/playback.h"
#include "ui/controller/runoutput.h"
#include "ui/mainwindow.h"
#include "ui/persistence/settingsguard.h"
#include "ui/races/analysiscontroller.h"
#include "ui/schedview/schedviewwidget.h"
#include "ui/timeline/timelinewidget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QScrollArea>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

using namespace gsl;
using namespace gsl::ui;

namespace {

const QString kData = QStringLiteral(GSL_BENCH_DATA_DIR);
const QString kDefaultScenario = QStringLiteral(GSL_SCENARIO_DIR) + QStringLiteral("/wg_add_inside.go");
int g_reps = 5;
QString g_shots; // --shots DIR: save screenshots of the scheduler view there

double median(std::vector<double> v)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}
double maxOf(const std::vector<double> &v) { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); }

void say(const char *fmt, auto... args)
{
    std::printf(fmt, args...);
    std::fflush(stdout);
}

// Spin the event loop for ms milliseconds, or until done() holds.
template <class F>
bool waitFor(F done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

RunOutput runFile(const QString &path, int procs, int cpus)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        say("cannot read %s\n", qPrintable(path));
        std::exit(74);
    }
    RunRequest req;
    req.path = path;
    req.source = QString::fromUtf8(f.readAll());
    req.config.gomaxprocs = procs;
    req.config.cpus = cpus;
    QElapsedTimer t;
    t.start();
    RunOutput out = executeRun(req);
    if (!out.ok()) {
        say("run of %s failed: %s\n", qPrintable(path), qPrintable(out.errorText));
        std::exit(70);
    }
    say("  %s: %zu events, %.0f ms to run and fold into lanes\n", qPrintable(QFileInfo(path).fileName()),
        out.trace->size(), double(t.nsecsElapsed()) / 1e6);
    return out;
}

// ---------------------------------------------------------------- startup
// The real `goschedlab --test-control [ARGS]` in a fresh settings directory,
// its stdout (TestControl's line protocol) collected as it arrives.
struct App {
    QTemporaryDir cfg;
    QProcess p;
    QByteArray out; // percent-decoded stdout so far
    QByteArray raw;
    QElapsedTimer t;
    explicit App(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GOSCHEDLAB_CONFIG_DIR"), cfg.path());
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        t.start();
        p.start(QStringLiteral(GSL_GUI_BINARY), QStringList{QStringLiteral("--test-control")} + args);
    }
    ~App()
    {
        p.write("quit\n");
        if (!p.waitForFinished(5000)) p.kill();
        p.waitForFinished(2000);
    }
    double ms() const { return double(t.nsecsElapsed()) / 1e6; }
    // Wait until stdout holds `what` (after `from`); the time in ms since the start, or -1.
    double waitLine(const QByteArray &what, int timeoutMs, qsizetype *from = nullptr)
    {
        double at = -1;
        waitFor([&] {
            p.waitForReadyRead(2);
            raw += p.readAllStandardOutput();
            // TestControl percent-encodes status messages (all but spaces).
            out = QByteArray::fromPercentEncoding(raw);
            const qsizetype k = out.indexOf(what, from ? *from : 0);
            if (k >= 0) {
                at = ms();
                if (from) *from = k + what.size();
            }
            return at >= 0 || p.state() == QProcess::NotRunning;
        }, timeoutMs);
        return at;
    }
    // A round trip through the event loop: the window answers a command.
    double roundTrip(int timeoutMs)
    {
        p.write("state\n");
        qsizetype from = out.size();
        return waitLine("state modified=", timeoutMs, &from);
    }
    long statusKb(const char *key) const
    {
        QFile f(QStringLiteral("/proc/%1/status").arg(p.processId()));
        if (!f.open(QIODevice::ReadOnly)) return -1;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith(key)) return line.mid(qsizetype(std::strlen(key))).trimmed().split(' ').value(0).toLong();
        return -1;
    }
};

void benchStartup()
{
    say("\n== startup: `goschedlab --test-control` (default scenario), %d runs ==\n", g_reps);
    std::vector<double> ready, shown, interactive;
    for (int i = 0; i < g_reps; ++i) {
        App app({});
        const double r = app.waitLine("ready", 30000);
        const double s = app.waitLine(" events, GOMAXPROCS=", 30000);
        const double x = s >= 0 ? app.roundTrip(10000) : -1;
        if (r < 0 || s < 0 || x < 0) {
            say("  run %d: no answer (ready %.0f, run shown %.0f, answered %.0f)\n%s\n", i, r, s, x, app.out.constData());
            continue;
        }
        say("  run %d: window shown %.0f ms, first run installed %.0f ms, answers a command %.0f ms\n", i, r, s, x);
        ready.push_back(r);
        shown.push_back(s);
        interactive.push_back(x);
    }
    say("startup: window shown %.0f ms, default scenario run and installed %.0f ms, interactive (answers a command after that) %.0f ms "
        "(medians; max %.0f)  [target < 1000 ms]\n",
        median(ready), median(shown), median(interactive), maxOf(interactive));
}

// ---------------------------------------------------------------- timeline
void scrollLanes(TimelineWidget &w, int pixels)
{
    // The widget scrolls its lanes with the plain wheel (dy / 4 pixels).
    QWheelEvent ev(QPointF(200, 100), QPointF(200, 100), QPoint(), QPoint(0, -4 * pixels), Qt::NoButton,
                   Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&w, &ev);
}

void benchTimeline()
{
    say("\n== timeline: repaint with a ~1M-event run ==\n");
    const RunOutput out = runFile(kData + QStringLiteral("/million_events.go"), 4, 4);
    TimelineWidget w;
    w.resize(1400, 600);
    w.show();
    waitFor([&] { return w.isVisible(); }, 2000);
    QCoreApplication::processEvents();
    QElapsedTimer t;
    t.start();
    w.setData(out.timeline);
    w.repaint();
    say("  setData + first paint: %.1f ms; %d lanes\n", double(t.nsecsElapsed()) / 1e6, w.laneCount());
    const SimTime end = out.timeline->endTime;
    struct Zoom { const char *name; SimTime span; };
    const Zoom zooms[] = {{"whole run", end + end / 50 + 1}, {"100 ms", 100 * kMillisecond}, {"1 ms", kMillisecond},
                          {"10 us", 10 * kMicrosecond}, {"1 us", kMicrosecond}};
    say("  run length %.3f ms\n", double(end) / 1e6);
    for (const bool middle : {false, true}) {
        if (middle) scrollLanes(w, 18 * w.laneCount() / 2);
        for (const Zoom &z : zooms) {
            if (z.span > end + end / 50 + 1) continue;
            std::vector<double> ms;
            int rects = 0;
            for (int rep = 0; rep < std::max(1, g_reps / 2); ++rep) {
                for (int k = 0; k < 24; ++k) {
                    const SimTime start = (z.span >= end) ? 0 : SimTime(double(end - z.span) * k / 23.0);
                    w.setVisibleRange(start, start + z.span);
                    t.restart();
                    w.repaint();
                    ms.push_back(double(t.nsecsElapsed()) / 1e6);
                    rects = std::max(rects, w.rectsDrawnLastPaint());
                }
            }
            say("timeline %-6s %-9s: median %6.2f ms, max %6.2f ms, %zu frames, <= %d segments/frame  [target < 16 ms]\n",
                middle ? "middle" : "top", z.name, median(ms), maxOf(ms), ms.size(), rects);
        }
    }
}

// ---------------------------------------------------------------- schedview
int busyPs(const trace::SchedState &s)
{
    int n = 0;
    for (const trace::PState &p : s.ps)
        n += (p.curg > 0 || !p.runq.empty() || p.runnext > 0) ? 1 : 0;
    return n;
}

// Counts and times the view's paint events while the real animation runs:
// the paint itself is dispatched from here (QObject::event is public), so
// its duration is known; the interval between two paints is the frame time
// as shown (it includes the backing store's flush and the event loop).
class FrameTimer : public QObject
{
public:
    int paints = 0;
    bool inside = false;
    QElapsedTimer clock;
    qint64 last = -1;
    std::vector<double> paintMs, intervalMs;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() != QEvent::Paint || inside) return false;
        ++paints;
        const qint64 start = clock.nsecsElapsed();
        if (last >= 0) intervalMs.push_back(double(start - last) / 1e6);
        last = start;
        inside = true;
        o->event(e);
        inside = false;
        paintMs.push_back(double(clock.nsecsElapsed() - start) / 1e6);
        return true;
    }
};

double p95(std::vector<double> v)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
}

void benchSchedView()
{
    say("\n== scheduler view: GOMAXPROCS=256 ==\n");
    const RunOutput out = runFile(kData + QStringLiteral("/many_ps.go"), 256, 256);
    const trace::Trace &tr = *out.trace;
    // The busiest instant: most Ps running or holding queued goroutines.
    size_t best = 0;
    int bestBusy = -1;
    for (int k = 1; k < 200; ++k) {
        const size_t pos = tr.size() * size_t(k) / 200;
        const int b = busyPs(trace::stateAt(tr, pos));
        if (b > bestBusy) { bestBusy = b; best = pos; }
    }
    QScrollArea area;
    auto *view = new SchedViewWidget;
    area.setWidget(view);
    area.setWidgetResizable(false);
    area.resize(1200, 800);
    area.show();
    waitFor([&] { return area.isVisible(); }, 2000);
    PlaybackController pc;
    pc.setTrace(out.trace);
    QObject::connect(&pc, &PlaybackController::stepped, view, &SchedViewWidget::animateStep);
    pc.seek(best);
    view->setState(pc.state());
    view->resize(area.viewport()->width(), view->minimumHeight());
    QCoreApplication::processEvents();
    say("  position %zu of %zu: %d of 256 Ps busy, %d goroutines live; view %dx%d px, viewport %dx%d\n", best, tr.size(),
        bestBusy, int(std::count_if(pc.state().gs.begin(), pc.state().gs.end(),
                                    [](const trace::GState &g) { return g.status != trace::GStatus::Dead; })),
        view->width(), view->height(), area.viewport()->width(), area.viewport()->height());
    QElapsedTimer t;
    for (const bool middle : {false, true}) {
        if (middle) area.ensureVisible(0, view->height() / 2, 0, area.viewport()->height() / 2);
        std::vector<double> stepMs, frameMs;
        view->setAnimationDuration(0);
        for (int s = 0; s < 6 * g_reps; ++s) {
            t.restart();
            pc.stepForward();
            stepMs.push_back(double(t.nsecsElapsed()) / 1e6);
            for (int f = 0; f <= 10; ++f) {
                view->setProgress(f / 10.0);
                t.restart();
                view->repaint();
                frameMs.push_back(double(t.nsecsElapsed()) / 1e6);
            }
        }
        say("schedview %-6s: step (relayout) median %.2f ms; frame paint median %.2f ms, p95 %.2f ms, max %.2f ms -> %.0f fps possible  [target 60 fps = 16.7 ms]\n",
            middle ? "middle" : "top", median(stepMs), median(frameMs), p95(frameMs), maxOf(frameMs),
            1000.0 / std::max(0.01, median(frameMs)));
        if (!g_shots.isEmpty()) {
            // Mid-move, as the user sees it in the scroll area.
            view->setProgress(0.5);
            const QString f = g_shots + QStringLiteral("/schedview_256ps_%1.png").arg(middle ? QStringLiteral("middle") : QStringLiteral("top"));
            area.grab().save(f);
            say("  screenshot %s (%s)\n", qPrintable(f), qPrintable(view->moveText()));
        }
    }
    if (!g_shots.isEmpty()) {
        // The bottom: global queue, blocked goroutines, threads.
        area.ensureVisible(0, view->height() - 1, 0, 0);
        view->setProgress(0.5);
        const QString f = g_shots + QStringLiteral("/schedview_256ps_bottom.png");
        area.grab().save(f);
        say("  screenshot %s\n", qPrintable(f));
    }
    // Whole widget (all 256 lanes at once, as if the screen were that tall).
    {
        QImage img(view->size(), QImage::Format_ARGB32_Premultiplied);
        std::vector<double> ms;
        for (int i = 0; i < g_reps; ++i) {
            view->setProgress(0.5);
            t.restart();
            view->render(&img);
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        say("schedview all 256 lanes (%d px tall) rendered at once: median %.1f ms\n", view->height(), median(ms));
    }
    // Sustained: the real animation (QVariantAnimation, 400 ms per move), frames counted.
    area.ensureVisible(0, 0);
    FrameTimer frames;
    frames.clock.start();
    view->installEventFilter(&frames);
    view->setAnimationDuration(400);
    std::vector<double> fps;
    for (int s = 0; s < 2 * g_reps; ++s) {
        frames.paints = 0;
        frames.last = -1;
        t.restart();
        pc.stepForward();
        if (!view->isAnimating()) continue;
        waitFor([&] { return !view->isAnimating(); }, 5000);
        fps.push_back(frames.paints / (double(t.nsecsElapsed()) / 1e9));
    }
    view->removeEventFilter(&frames);
    say("schedview animation running: %zu frames over %zu moves of 400 ms; paint median %.2f ms, p95 %.2f ms; "
        "frame interval median %.2f ms, p95 %.2f ms; median %.1f frames/s  [target 60 fps = 16.7 ms]\n",
        frames.paintMs.size(), fps.size(), median(frames.paintMs), p95(frames.paintMs), median(frames.intervalMs),
        p95(frames.intervalMs), median(fps));
}

// ---------------------------------------------------------------- memory
long statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key)) return line.mid(qsizetype(std::strlen(key))).trimmed().split(' ').value(0).toLong();
    return -1;
}

int memoryChild(const QString &path)
{
    installSettingsLocation();
    QElapsedTimer t;
    t.start();
    MainWindow w;
    w.resize(1500, 950);
    w.show();
    bool shown = false, analysed = false;
    QObject::connect(&w, &MainWindow::runShown, &w, [&] { shown = true; });
    auto *analysis = w.findChild<AnalysisController *>(QStringLiteral("analysisController"));
    if (analysis)
        QObject::connect(analysis, &AnalysisController::analysisFinished, &w, [&] { analysed = true; });
    w.openFile(path);
    if (!waitFor([&] { return shown; }, 300000)) { say("error run not shown\n"); return 1; }
    const double shownMs = double(t.nsecsElapsed()) / 1e6;
    const long peakShown = statusKb("VmHWM:"), rssShown = statusKb("VmRSS:");
    if (analysis) waitFor([&] { return analysed; }, 300000);
    const double analysedMs = double(t.nsecsElapsed()) / 1e6;
    // Use it: zoom the timeline in and out, scroll the event log to the end, scrub.
    TimelineWidget *tl = w.timeline();
    tl->setVisibleRange(0, kMillisecond);
    tl->repaint();
    tl->resetZoom();
    tl->repaint();
    w.eventLogView()->scrollToBottom();
    w.playback()->seek(w.playback()->eventCount() / 2);
    QCoreApplication::processEvents();
    w.repaint();
    say("events=%zu peak_kb=%ld rss_kb=%ld shown_ms=%.0f analysed=%d analysed_ms=%.0f peak_at_shown_kb=%ld rss_at_shown_kb=%ld\n",
        w.lastRun().trace ? w.lastRun().trace->size() : size_t(0), statusKb("VmHWM:"), statusKb("VmRSS:"), shownMs,
        int(analysed), analysedMs, peakShown, rssShown);
    return 0;
}

void benchMemory(const QString &self)
{
    say("\n== memory: peak RSS of the GUI process (fresh process per run) ==\n");
    for (const QString &path : {kDefaultScenario, kData + QStringLiteral("/million_events.go")}) {
        std::vector<double> peak, rss;
        QByteArray last;
        for (int i = 0; i < std::max(1, g_reps / 2); ++i) {
            QTemporaryDir cfg;
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("GOSCHEDLAB_CONFIG_DIR"), cfg.path());
            p.setProcessEnvironment(env);
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(self, {QStringLiteral("memory-child"), path});
            p.waitForFinished(600000);
            last = p.readAllStandardOutput().trimmed();
            const QList<QByteArray> f = last.split(' ');
            for (const QByteArray &kv : f) {
                if (kv.startsWith("peak_kb=")) peak.push_back(kv.mid(8).toDouble() / 1024);
                if (kv.startsWith("rss_kb=")) rss.push_back(kv.mid(7).toDouble() / 1024);
            }
            say("  %s: %s\n", qPrintable(QFileInfo(path).fileName()), last.constData());
        }
        say("memory %-20s: peak RSS median %.0f MB (RSS after use %.0f MB)  [target < 200 MB for 1M events]\n",
            qPrintable(QFileInfo(path).fileName()), median(peak), median(rss));
    }
}

// The real app: `goschedlab --test-control FILE`, its VmHWM read from
// /proc/PID/status once the run is installed and the races panel's analysis
// has arrived (the timeline, scheduler view and log are on screen).
void benchMemoryApp()
{
    say("\n== memory: peak RSS of the real `goschedlab FILE` process ==\n");
    for (const QString &path : {kDefaultScenario, kData + QStringLiteral("/million_events.go")}) {
        std::vector<double> peak;
        for (int i = 0; i < std::max(1, g_reps / 2); ++i) {
            App app({path});
            const double s = app.waitLine(" events, GOMAXPROCS=", 300000);
            const double a = s >= 0 ? app.waitLine("analysed", 300000) : -1;
            const double x = a >= 0 ? app.roundTrip(30000) : -1;
            const long hwm = app.statusKb("VmHWM:"), rss = app.statusKb("VmRSS:");
            if (s < 0 || a < 0 || x < 0 || hwm <= 0) {
                say("  %s: no answer (shown %.0f, analysed %.0f)\n%s\n", qPrintable(QFileInfo(path).fileName()), s, a,
                    app.out.constData());
                continue;
            }
            say("  %s: shown %.0f ms, analysed %.0f ms, peak_kb=%ld rss_kb=%ld\n", qPrintable(QFileInfo(path).fileName()), s,
                a, hwm, rss);
            peak.push_back(double(hwm) / 1024);
        }
        say("memory app %-20s: peak RSS median %.0f MB  [target < 200 MB for 1M events]\n",
            qPrintable(QFileInfo(path).fileName()), median(peak));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("goschedlab-bench"));
    QApplication::setOrganizationName(QStringLiteral("goschedlab"));
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QStringLiteral("memory-child")) return memoryChild(args.value(1));
    const qsizetype r = args.indexOf(QStringLiteral("--reps"));
    if (r >= 0) {
        g_reps = std::max(1, args.value(r + 1).toInt());
        args.remove(r, 2);
    }
    const qsizetype sh = args.indexOf(QStringLiteral("--shots"));
    if (sh >= 0) {
        g_shots = args.value(sh + 1);
        QDir().mkpath(g_shots);
        args.remove(sh, 2);
    }
    const QString what = args.value(0, QStringLiteral("all"));
    say("bench_gui: platform %s, %d repetitions\n", qPrintable(QGuiApplication::platformName()), g_reps);
    if (what == QStringLiteral("all") || what == QStringLiteral("startup")) benchStartup();
    if (what == QStringLiteral("all") || what == QStringLiteral("timeline")) benchTimeline();
    if (what == QStringLiteral("all") || what == QStringLiteral("schedview")) benchSchedView();
    if (what == QStringLiteral("all") || what == QStringLiteral("memory")) {
        benchMemoryApp();
        benchMemory(app.applicationFilePath());
    }
    return 0;
}
