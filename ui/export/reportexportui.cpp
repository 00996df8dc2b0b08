#include "ui/export/reportexportui.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace gsl::ui {

namespace {
struct FileType {
    const char *filter;
    const char *suffix;
};
const FileType kTypes[] = {{QT_TRANSLATE_NOOP("gsl::ui::ReportExportUi", "HTML report (*.html)"), "html"},
                           {QT_TRANSLATE_NOOP("gsl::ui::ReportExportUi", "PDF document (*.pdf)"), "pdf"},
                           {QT_TRANSLATE_NOOP("gsl::ui::ReportExportUi", "SVG image (*.svg)"), "svg"},
                           {QT_TRANSLATE_NOOP("gsl::ui::ReportExportUi", "PNG image (*.png)"), "png"}};
} // namespace

ReportExportUi::ReportExportUi(QMainWindow *window) : QObject(window), m_window(window), m_exporter(new ReportExporter(this))
{
    setObjectName(QStringLiteral("reportExportUi"));
    connect(m_exporter, &ReportExporter::finished, this, &ReportExportUi::onFinished);
}

void ReportExportUi::exportInteractive(ReportJob job)
{
    if (m_exporter->isBusy()) {
        if (m_progress) m_progress->raise();
        return;
    }
    QSettings s;
    QString dir = s.value(QStringLiteral("export/lastDir")).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = QFileInfo(job.scenarioPath).completeBaseName();
    QFileDialog d(m_window, tr("Export report"), dir + QLatin1Char('/') + (base.isEmpty() ? QStringLiteral("report") : base) + QStringLiteral("-report.html"));
    d.setObjectName(QStringLiteral("exportDialog"));
    d.setAcceptMode(QFileDialog::AcceptSave);
    QStringList filters;
    for (const FileType &t : kTypes) filters << tr(t.filter);
    d.setNameFilters(filters);
    d.setDefaultSuffix(QStringLiteral("html"));
    connect(&d, &QFileDialog::filterSelected, &d, [&d, filters](const QString &f) {
        const qsizetype i = filters.indexOf(f);
        if (i < 0) return;
        d.setDefaultSuffix(QLatin1String(kTypes[i].suffix));
        // Keep the typed name, change its extension.
        const QStringList sel = d.selectedFiles();
        if (!sel.isEmpty()) d.selectFile(QFileInfo(sel.first()).completeBaseName() + QLatin1Char('.') + QLatin1String(kTypes[i].suffix));
    });
    if (d.exec() != QDialog::Accepted || d.selectedFiles().isEmpty()) return;
    QString path = d.selectedFiles().first();
    bool known = false;
    for (const FileType &t : kTypes) known |= path.endsWith(QLatin1Char('.') + QLatin1String(t.suffix), Qt::CaseInsensitive);
    if (!known) path += QLatin1Char('.') + d.defaultSuffix();
    s.setValue(QStringLiteral("export/lastDir"), QFileInfo(path).absolutePath());
    job.outPath = path;
    startExport(job);
}

bool ReportExportUi::startExport(const ReportJob &job)
{
    if (!m_exporter->start(job)) return false;
    m_lastPath = job.outPath;
    auto *p = new QProgressDialog(tr("Exporting %1…").arg(QFileInfo(job.outPath).fileName()), tr("Cancel"), 0, 1000, m_window);
    p->setObjectName(QStringLiteral("exportProgress"));
    p->setWindowTitle(tr("Export report"));
    p->setWindowModality(Qt::WindowModal);
    p->setMinimumDuration(0);
    p->setAutoClose(false);
    p->setAutoReset(false);
    p->setMinimumWidth(420);
    p->setValue(0);
    connect(m_exporter, &ReportExporter::progressed, p, [p](int permille, const QString &stage) {
        p->setValue(permille);
        p->setLabelText(stage);
    });
    connect(p, &QProgressDialog::canceled, m_exporter, [this, p] {
        p->setLabelText(tr("Cancelling…"));
        m_exporter->cancel();
    });
    m_progress = p;
    p->show();
    m_window->statusBar()->showMessage(tr("Exporting report to %1…").arg(QDir::toNativeSeparators(job.outPath)));
    return true;
}

void ReportExportUi::onFinished(bool ok, bool cancelled, const QString &message)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const QString path = QDir::toNativeSeparators(m_lastPath);
    if (ok) m_window->statusBar()->showMessage(tr("Report written to %1").arg(path));
    else if (cancelled) m_window->statusBar()->showMessage(tr("Export cancelled; nothing was written"));
    else {
        m_window->statusBar()->showMessage(tr("Export failed: %1").arg(message));
        if (qEnvironmentVariable("GOSCHEDLAB_AUTO_ANSWER").isEmpty())
            QMessageBox::warning(m_window, tr("Export report"), tr("The report could not be written.\n\n%1").arg(message));
    }
    Q_EMIT exportFinished(ok, cancelled, message);
}

} // namespace gsl::ui
