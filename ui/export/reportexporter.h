// reportexporter.h — File → Export report… off the GUI thread.
//
// The job compiles the editor's text, then does exactly what
// `goschedlab-cli report` does (exports::gatherReport: explore, pick a
// manifested and a hidden run, analyse, lay out) and renders the file with
// render::writeReport (atomic QSaveFile). It runs on its own QThread and
// reports progress (0..1000) by queued signals; cancel() stops it at the next
// run or page, and a cancelled or failed export leaves no file behind.
#pragma once

// moc (Qt 6.4) cannot parse <compare>, which go_version.h pulls in.
#ifndef Q_MOC_RUN
#include "sim/runtime/config.h"
#endif

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace gsl::ui {

struct ReportJob {
    QString outPath;            // .html, .pdf, .svg or .png
    QString scenarioPath;       // for diagnostics, the title and the replay command
    QString source;             // the editor's text
    runtime::RunConfig config;  // the configuration panel (plus budgets); config.seed = first seed
    int runs = 200;             // seeds explored (the CLI's default)
    int threads = 0;            // 0 = all cores
    bool letter = false;        // PDF page size: US letter instead of A4
};

class ReportExporter : public QObject
{
    Q_OBJECT
public:
    explicit ReportExporter(QObject *parent = nullptr);
    ~ReportExporter() override;   // cancels and waits

    // start: false when an export is already running or the path has no known extension.
    bool start(const ReportJob &job);
    void cancel();
    bool isBusy() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progressed(int permille, const QString &stage);
    // finished: ok, or cancelled, or message says what went wrong.
    void finished(bool ok, bool cancelled, const QString &message);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};

} // namespace gsl::ui
