// reportexportui.h — the dialogs around ReportExporter: a save dialog
// (.html / .pdf / .svg / .png, the suffix follows the chosen type), a
// cancellable QProgressDialog while the export runs, and the outcome in the
// status bar (or a message box when it failed).
#pragma once

#include "ui/export/reportexporter.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QMainWindow;

namespace gsl::ui {

class ReportExportUi : public QObject
{
    Q_OBJECT
public:
    explicit ReportExportUi(QMainWindow *window);

    // exportInteractive asks for a file name, then starts (job.outPath ignored).
    void exportInteractive(ReportJob job);
    // startExport: no file dialog (tests, scripted use). False if one is running.
    bool startExport(const ReportJob &job);

    ReportExporter *exporter() const { return m_exporter; }
    QProgressDialog *progressDialog() const { return m_progress; }
    QString lastPath() const { return m_lastPath; }

Q_SIGNALS:
    void exportFinished(bool ok, bool cancelled, const QString &message);

private:
    void onFinished(bool ok, bool cancelled, const QString &message);

    QMainWindow *m_window;
    ReportExporter *m_exporter;
    QPointer<QProgressDialog> m_progress;
    QString m_lastPath;
};

} // namespace gsl::ui
