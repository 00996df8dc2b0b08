#include "ui/explore/explorepanel.h"

#include "ui/explore/outcomemodel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace gsl::ui {

ExplorePanel::ExplorePanel(ExploreController *controller, QWidget *parent) : QWidget(parent), m_ctl(controller)
{
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    auto *form = new QFormLayout;
    m_procs = new QLineEdit(QStringLiteral("1,2,4"));
    m_procs->setObjectName(QStringLiteral("exploreGomaxprocs"));
    m_procs->setToolTip(tr("GOMAXPROCS values, comma-separated: one configuration each (crossed with the quotas)"));
    m_quotas = new QLineEdit(QStringLiteral("none"));
    m_quotas->setObjectName(QStringLiteral("exploreQuotas"));
    m_quotas->setToolTip(tr("CPU quotas in cores (cpu.max quota / period), comma-separated; \"none\" = no limit"));
    m_runs = new QSpinBox;
    m_runs->setObjectName(QStringLiteral("exploreRuns"));
    m_runs->setRange(1, 100000);
    m_runs->setValue(50);
    m_runs->setToolTip(tr("Seeds per configuration; each is one complete run of the scenario"));
    m_seed = new QSpinBox;
    m_seed->setRange(1, 1000000000);
    m_seed->setValue(1);
    form->addRow(tr("GOMAXPROCS"), m_procs);
    form->addRow(tr("CPU quota"), m_quotas);
    form->addRow(tr("Runs per configuration"), m_runs);
    form->addRow(tr("First seed"), m_seed);
    lay->addLayout(form);
    auto *row = new QHBoxLayout;
    m_start = new QPushButton(tr("Explore"));
    m_start->setObjectName(QStringLiteral("exploreStart"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("exploreCancel"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("exploreProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    row->addWidget(m_start);
    row->addWidget(m_cancel);
    row->addWidget(m_progress, 1);
    lay->addLayout(row);
    m_status = new QLabel(tr("Explore runs the scenario with many seeds per configuration."));
    m_status->setObjectName(QStringLiteral("exploreStatus"));
    m_status->setWordWrap(true);
    lay->addWidget(m_status);
    m_model = new OutcomeModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("outcomeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(OutcomeModel::ConfigCol, 130);
    m_table->setColumnWidth(OutcomeModel::OutcomeCol, 220);
    lay->addWidget(m_table, 1);

    connect(m_start, &QPushButton::clicked, this, &ExplorePanel::startExploration);
    connect(m_cancel, &QPushButton::clicked, m_ctl, &ExploreController::cancel);
    connect(m_ctl, &ExploreController::progress, this, [this](qulonglong done, qulonglong total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    });
    connect(m_ctl, &ExploreController::busyChanged, this, [this](bool busy) {
        m_cancel->setEnabled(busy);
        m_start->setText(busy ? tr("Restart") : tr("Explore"));
    });
    connect(m_ctl, &ExploreController::finished, this, &ExplorePanel::onFinished);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &i) {
        if (auto cfg = m_model->replayConfig(i.row())) Q_EMIT replayRequested(*cfg);
    });
}

std::optional<ExploreRequest> ExplorePanel::buildRequest(QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error) *error = why;
        return std::optional<ExploreRequest>();
    };
    if (!m_subject) return fail(tr("nothing to explore: no scenario is open"));
    const ExploreSubject s = m_subject();
    if (s.source.trimmed().isEmpty()) return fail(tr("nothing to explore: the editor is empty"));
    std::vector<int> procs;
    for (const QString &p : m_procs->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = p.trimmed().toInt(&ok);
        if (!ok || v < 1 || v > 1024) return fail(tr("GOMAXPROCS: \"%1\" is not a number from 1 to 1024").arg(p.trimmed()));
        procs.push_back(v);
    }
    if (procs.empty()) return fail(tr("GOMAXPROCS: give at least one value, e.g. 1,2,4"));
    std::vector<int64_t> quotas;
    const int64_t period = s.base.periodUs > 0 ? s.base.periodUs : 100'000;
    for (const QString &q : m_quotas->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = q.trimmed();
        if (t.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) { quotas.push_back(-1); continue; }
        bool ok = false;
        const double cores = t.toDouble(&ok);
        if (!ok || cores <= 0 || cores > 1024) return fail(tr("CPU quota: \"%1\" is neither \"none\" nor a number of cores").arg(t));
        quotas.push_back(int64_t(std::llround(cores * double(period))));
    }
    if (quotas.empty()) quotas.push_back(-1);
    explore::Configuration base;
    base.cpus = s.base.cpus;
    base.periodUs = period;
    base.go = s.base.go;
    base.policy = s.base.policy;
    ExploreRequest r;
    r.path = s.path;
    r.source = s.source;
    r.base = s.base;
    r.configs = explore::grid(base, procs, quotas, {}, {});
    r.runs = size_t(m_runs->value());
    r.firstSeed = uint64_t(m_seed->value());
    return r;
}

void ExplorePanel::startExploration()
{
    QString error;
    const auto req = buildRequest(&error);
    if (!req) {
        m_status->setText(error);
        return;
    }
    m_progress->setRange(0, int(req->configs.size() * req->runs));
    m_progress->setValue(0);
    m_status->setText(tr("Exploring %1 configuration(s) × %2 seeds…").arg(req->configs.size()).arg(req->runs));
    m_ctl->start(*req);
}

void ExplorePanel::onFinished(const ExploreOutput &out)
{
    if (!out.ok()) {
        m_status->setText(tr("Exploration failed: %1").arg(out.error));
        return;
    }
    m_model->setResult(out.result, out.base);
    size_t runs = 0, bugs = 0;
    for (const auto &c : out.result.configs) {
        runs += c.runs;
        bugs += c.manifested;
    }
    QString text = out.result.cancelled ? tr("Cancelled after %1 runs (partial result).").arg(runs)
                                        : tr("%1 runs done.").arg(runs);
    if (out.result.hasCorrect) text += tr(" The bug manifested in %1 of them.").arg(bugs);
    text += tr(" Click a row to replay its witness seed.");
    m_status->setText(text);
    if (!out.result.cancelled) m_progress->setValue(m_progress->maximum());
    Q_EMIT resultShown(out);
}

} // namespace gsl::ui
