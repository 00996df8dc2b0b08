#include "ui/compare/comparewindow.h"

#include "sim/run/config_text.h"
#include "ui/compare/comparewidget.h"
#include "ui/controller/runcontroller.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gsl::ui {

CompareWindow::CompareWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare runs — goschedlab"));
    auto *lay = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_presets = new QComboBox;
    m_presets->setObjectName(QStringLiteral("comparePresets"));
    const struct { const char *name; const char *a; const char *b; } presets[] = {
        {QT_TR_NOOP("GOMAXPROCS 1 vs 4"), "gomaxprocs=1", "gomaxprocs=4"},
        {QT_TR_NOOP("seed 1 vs 2"), "seed=1", "seed=2"},
        {QT_TR_NOOP("without vs with -race"), "race=false", "race=true"},
        {QT_TR_NOOP("Go 1.21 vs 1.22"), "go=1.21", "go=1.22"},
        {QT_TR_NOOP("no quota vs 0.5 cores"), "quota=none", "quota=0.5"},
    };
    m_presets->addItem(tr("Presets…"));
    for (const auto &p : presets)
        m_presets->addItem(tr(p.name), QStringList{QLatin1String(p.a), QLatin1String(p.b)});
    connect(m_presets, &QComboBox::activated, this, [this](int i) {
        const QStringList v = m_presets->itemData(i).toStringList();
        if (v.size() == 2) { setVariants(v[0], v[1]); start(); }
        m_presets->setCurrentIndex(0);
    });
    row->addWidget(m_presets);
    row->addWidget(new QLabel(tr("A:")));
    m_varA = new QLineEdit(QStringLiteral("gomaxprocs=1"));
    m_varA->setObjectName(QStringLiteral("variantA"));
    m_varA->setToolTip(tr("Configuration words applied to the current configuration for run A (e.g. gomaxprocs=1 seed=3 race=true)"));
    row->addWidget(m_varA, 1);
    row->addWidget(new QLabel(tr("B:")));
    m_varB = new QLineEdit(QStringLiteral("gomaxprocs=4"));
    m_varB->setObjectName(QStringLiteral("variantB"));
    m_varB->setToolTip(m_varA->toolTip());
    row->addWidget(m_varB, 1);
    m_run = new QPushButton(tr("Run both"));
    m_run->setObjectName(QStringLiteral("compareRun"));
    connect(m_run, &QPushButton::clicked, this, &CompareWindow::start);
    connect(m_varA, &QLineEdit::returnPressed, this, &CompareWindow::start);
    connect(m_varB, &QLineEdit::returnPressed, this, &CompareWindow::start);
    row->addWidget(m_run);
    lay->addLayout(row);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("compareStatus"));
    lay->addWidget(m_status);
    m_compare = new CompareWidget;
    lay->addWidget(m_compare, 1);

    for (int side = 0; side < 2; ++side) {
        m_runs[side] = new RunController(this);
        connect(m_runs[side], &RunController::runFinished, this, [this, side](const RunOutput &o) { onResult(side, o); });
    }
    resize(1300, 760);
}

void CompareWindow::setScenario(const QString &path, const QString &source, const runtime::RunConfig &base)
{
    m_path = path;
    m_source = source;
    m_base = base;
    setWindowTitle(tr("Compare runs of %1 — goschedlab").arg(QFileInfo(path).fileName()));
}

void CompareWindow::setVariants(const QString &a, const QString &b)
{
    m_varA->setText(a);
    m_varB->setText(b);
}

QString CompareWindow::variantA() const { return m_varA->text(); }
QString CompareWindow::variantB() const { return m_varB->text(); }

runtime::RunConfig CompareWindow::applyVariant(const runtime::RunConfig &base, const QString &text, QString *error)
{
    run::ConfigSpec spec;
    spec.base = base;
    error->clear();
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int eq = int(word.indexOf(QLatin1Char('=')));
        if (eq <= 0) {
            *error = tr("expected key=value, got \"%1\"").arg(word);
            return base;
        }
        const std::string key = word.left(eq).toStdString(), value = word.mid(eq + 1).toStdString();
        if (key == "race") { // a build flag rather than a configuration word (cli.md: --race)
            spec.base.race = value == "true" || value == "1" || value == "on";
            continue;
        }
        const std::string err = run::applyKey(spec, key, value);
        if (!err.empty()) {
            *error = QString::fromStdString(err);
            return base;
        }
    }
    return spec.expand().front();
}

void CompareWindow::start()
{
    QString errA, errB;
    RunRequest ra, rb;
    ra.path = rb.path = m_path.isEmpty() ? QStringLiteral("untitled.go") : m_path;
    ra.source = rb.source = m_source;
    ra.config = applyVariant(m_base, m_varA->text(), &errA);
    rb.config = applyVariant(m_base, m_varB->text(), &errB);
    if (!errA.isEmpty() || !errB.isEmpty()) {
        m_status->setText(tr("Cannot run: %1").arg(errA.isEmpty() ? errB : errA));
        return;
    }
    m_have[0] = m_have[1] = false;
    m_status->setText(tr("Running both…"));
    m_run->setEnabled(false);
    m_runs[0]->start(ra);
    m_runs[1]->start(rb);
}

void CompareWindow::onResult(int side, const RunOutput &out)
{
    m_out[side] = out;
    m_have[side] = true;
    if (!m_have[0] || !m_have[1])
        return;
    m_run->setEnabled(true);
    m_status->clear();
    m_compare->setRuns(m_out[0], tr("A: %1").arg(m_varA->text()), m_out[1], tr("B: %1").arg(m_varB->text()));
    Q_EMIT finished();
}

} // namespace gsl::ui
