#include "ui/config/configpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace gsl::ui {

ConfigPanel::ConfigPanel(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    m_gomaxprocs = new QSpinBox;
    m_gomaxprocs->setObjectName(QStringLiteral("gomaxprocs"));
    m_gomaxprocs->setRange(0, 256);
    m_gomaxprocs->setSpecialValueText(tr("default"));
    m_gomaxprocs->setToolTip(tr("<p><b>GOMAXPROCS</b>: how many Ps (the right to run Go code) exist. "
        "'default' lets the runtime choose: Go 1.5–1.24 use the number of CPUs in the affinity mask and "
        "<i>ignore</i> the cgroup quota; Go 1.25+ use min(CPUs, max(2, ceil(quota))). Setting the "
        "GOMAXPROCS environment variable or calling runtime.GOMAXPROCS always wins.</p>"));
    form->addRow(tr("GOMAXPROCS"), m_gomaxprocs);

    m_cpus = new QSpinBox;
    m_cpus->setObjectName(QStringLiteral("cpus"));
    m_cpus->setRange(1, 256);
    m_cpus->setValue(4);
    m_cpus->setToolTip(tr("<p><b>CPUs</b>: logical CPUs in the process's affinity mask (what runtime.NumCPU "
        "reports). At most this many threads run at the same instant.</p>"));
    form->addRow(tr("CPUs"), m_cpus);

    m_quotaMode = new QComboBox;
    m_quotaMode->setObjectName(QStringLiteral("quotaMode"));
    m_quotaMode->addItems({tr("none"), tr("cores"), tr("cpu.max")});
    m_quotaMode->setToolTip(tr("<p><b>CPU quota</b> (Linux CFS bandwidth, Kubernetes limits.cpu): CPU time per "
        "100 ms period shared by every thread of the container. It limits CPU <i>time</i>, not parallelism: "
        "when the quota is used up every thread is frozen until the next period (throttling). "
        "Kubernetes maps limits.cpu=500m to cpu.max \"50000 100000\".</p>"));
    m_cores = new QDoubleSpinBox;
    m_cores->setObjectName(QStringLiteral("cores"));
    m_cores->setRange(0.01, 256);
    m_cores->setDecimals(2);
    m_cores->setValue(1.0);
    m_cores->setSuffix(tr(" cores"));
    m_cores->setToolTip(m_quotaMode->toolTip());
    m_cpuMax = new QLineEdit(QStringLiteral("100000 100000"));
    m_cpuMax->setObjectName(QStringLiteral("cpuMax"));
    m_cpuMax->setToolTip(tr("<p>cgroup v2 <b>cpu.max</b>: \"$QUOTA $PERIOD\" in µs, or \"max\" for no limit. "
        "Quota and period are at least 1 ms; the period is at most 1 s.</p>"));
    form->addRow(tr("CPU quota"), m_quotaMode);
    form->addRow(QString(), m_cores);
    form->addRow(QString(), m_cpuMax);

    m_go = new QComboBox;
    m_go->setObjectName(QStringLiteral("go"));
    for (int minor = 13; minor <= 25; ++minor)
        m_go->addItem(QStringLiteral("1.%1").arg(minor), minor);
    m_go->setCurrentIndex(m_go->findData(22));
    m_go->setToolTip(tr("<p><b>Go version</b> whose runtime is modelled. 1.14+ preempt long-running goroutines "
        "asynchronously (signals); 1.22+ give each loop iteration its own variable; 1.25+ derive the default "
        "GOMAXPROCS from the cgroup CPU limit and update it while running.</p>"));
    form->addRow(tr("Go version"), m_go);

    m_policy = new QComboBox;
    m_policy->setObjectName(QStringLiteral("policy"));
    m_policy->addItem(tr("runtime"), int(runtime::MaxProcsPolicy::Runtime));
    m_policy->addItem(tr("automaxprocs"), int(runtime::MaxProcsPolicy::Automaxprocs));
    m_policy->addItem(tr("numcpu"), int(runtime::MaxProcsPolicy::NumCpu));
    m_policy->setToolTip(tr("<p><b>maxprocs policy</b> for the default GOMAXPROCS. <i>runtime</i>: what the selected "
        "Go version does. <i>automaxprocs</i>: uber-go/automaxprocs sets floor(quota), at least 1, so any limit "
        "below 2 cores gives GOMAXPROCS=1. <i>numcpu</i>: always the CPU count (Go ≤ 1.24).</p>"));
    form->addRow(tr("maxprocs policy"), m_policy);

    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, 2147483647);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("<p><b>Seed</b> of every random choice the simulated runtime makes (steal victim order, "
        "select case, cost jitter). Same file + configuration + seed = the same run.</p>"));
    form->addRow(tr("Seed"), m_seed);

    m_race = new QCheckBox(tr("-race build"));
    m_race->setObjectName(QStringLiteral("race"));
    m_race->setToolTip(tr("<p><b>Race detector</b> (ThreadSanitizer): reports two accesses, one a write, not ordered "
        "by happens-before — independent of GOMAXPROCS. It also perturbs the scheduler: runnext is used only "
        "half the time and overflow batches are shuffled. Exit status 66 when a race is found.</p>"));
    form->addRow(QString(), m_race);

    m_effective = new QLabel;
    m_effective->setObjectName(QStringLiteral("effective"));
    form->addRow(tr("Effective"), m_effective);

    auto changed = [this] { updateDerived(); Q_EMIT configChanged(); };
    connect(m_gomaxprocs, &QSpinBox::valueChanged, this, changed);
    connect(m_cpus, &QSpinBox::valueChanged, this, changed);
    connect(m_quotaMode, &QComboBox::currentIndexChanged, this, changed);
    connect(m_cores, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_cpuMax, &QLineEdit::editingFinished, this, changed);
    connect(m_go, &QComboBox::currentIndexChanged, this, changed);
    connect(m_policy, &QComboBox::currentIndexChanged, this, changed);
    connect(m_seed, &QSpinBox::valueChanged, this, changed);
    connect(m_race, &QCheckBox::toggled, this, changed);
    updateDerived();
}

runtime::RunConfig ConfigPanel::config() const
{
    runtime::RunConfig c;
    if (m_gomaxprocs->value() > 0)
        c.gomaxprocs = m_gomaxprocs->value();
    c.cpus = m_cpus->value();
    c.periodUs = 100'000;
    c.quotaUs = -1;
    if (m_quotaMode->currentIndex() == 1) {
        c.quotaUs = std::max<int64_t>(1000, std::llround(m_cores->value() * 100'000));
    } else if (m_quotaMode->currentIndex() == 2) {
        const QStringList parts = m_cpuMax->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool ok = false;
        if (!parts.isEmpty() && parts[0] != QLatin1String("max")) {
            const qint64 q = parts[0].toLongLong(&ok);
            if (ok) c.quotaUs = q;
        }
        if (parts.size() > 1) {
            const qint64 per = parts[1].toLongLong(&ok);
            if (ok && per > 0) c.periodUs = per;
        }
    }
    c.go = GoVersion{1, m_go->currentData().toInt()};
    c.policy = runtime::MaxProcsPolicy(m_policy->currentData().toInt());
    c.seed = uint64_t(m_seed->value());
    c.race = m_race->isChecked();
    return c;
}

void ConfigPanel::setConfig(const runtime::RunConfig &c)
{
    const QSignalBlocker b1(m_gomaxprocs), b2(m_cpus), b3(m_quotaMode), b4(m_cores), b5(m_go), b6(m_policy),
        b7(m_seed), b8(m_race), b9(m_cpuMax);
    m_gomaxprocs->setValue(c.gomaxprocs.value_or(0));
    m_cpus->setValue(c.cpus);
    if (c.quotaUs < 0) {
        m_quotaMode->setCurrentIndex(0);
    } else if (c.periodUs == 100'000) {
        m_quotaMode->setCurrentIndex(1);
        m_cores->setValue(double(c.quotaUs) / double(c.periodUs));
    } else {
        m_quotaMode->setCurrentIndex(2);
    }
    m_cpuMax->setText(c.quotaUs < 0 ? QStringLiteral("max %1").arg(c.periodUs)
                                    : QStringLiteral("%1 %2").arg(c.quotaUs).arg(c.periodUs));
    const int gi = m_go->findData(c.go.minor);
    if (gi >= 0) m_go->setCurrentIndex(gi);
    m_policy->setCurrentIndex(m_policy->findData(int(c.policy)));
    m_seed->setValue(int(std::min<uint64_t>(c.seed, 2147483647)));
    m_race->setChecked(c.race);
    updateDerived();
    Q_EMIT configChanged();
}

void ConfigPanel::applyScenarioConfig(const QString &line)
{
    runtime::RunConfig c = config();
    bool gomaxprocsSet = false;
    for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int eq = int(word.indexOf(QLatin1Char('=')));
        if (eq <= 0) continue;
        const QString key = word.left(eq);
        const QString value = word.mid(eq + 1).split(QLatin1Char(',')).value(0);
        bool ok = false;
        if (key == QLatin1String("gomaxprocs")) {
            const int n = value.toInt(&ok);
            if (ok && n > 0) { c.gomaxprocs = n; gomaxprocsSet = true; }
            else if (value == QLatin1String("default")) c.gomaxprocs.reset();
        } else if (key == QLatin1String("cpus")) {
            const int n = value.toInt(&ok);
            if (ok && n > 0) c.cpus = n;
        } else if (key == QLatin1String("quota")) {
            if (value == QLatin1String("none")) c.quotaUs = -1;
            else {
                const double cores = value.toDouble(&ok);
                if (ok && cores > 0) { c.quotaUs = std::llround(cores * 100'000); c.periodUs = 100'000; }
            }
        } else if (key == QLatin1String("go")) {
            if (auto v = GoVersion::parse(value.toStdString())) c.go = *v;
        } else if (key == QLatin1String("seed")) {
            const qulonglong s = value.toULongLong(&ok);
            if (ok) c.seed = s;
        } else if (key == QLatin1String("race")) {
            c.race = value == QLatin1String("true") || value == QLatin1String("1") || value == QLatin1String("on");
        } else if (key == QLatin1String("maxprocs-policy")) {
            if (value == QLatin1String("automaxprocs")) c.policy = runtime::MaxProcsPolicy::Automaxprocs;
            else if (value == QLatin1String("numcpu")) c.policy = runtime::MaxProcsPolicy::NumCpu;
            else if (value == QLatin1String("runtime")) c.policy = runtime::MaxProcsPolicy::Runtime;
        }
    }
    (void)gomaxprocsSet;
    setConfig(c);
}

QString ConfigPanel::toText() const
{
    const runtime::RunConfig c = config();
    QString q = QStringLiteral("none");
    if (c.quotaUs >= 0)
        q = QString::number(double(c.quotaUs) / double(c.periodUs), 'g', 6);
    static const char *policies[] = {"runtime", "automaxprocs", "numcpu"};
    return QStringLiteral("gomaxprocs=%1 cpus=%2 quota=%3 go=%4 maxprocs-policy=%5 seed=%6 race=%7")
        .arg(c.gomaxprocs ? QString::number(*c.gomaxprocs) : QStringLiteral("default"))
        .arg(c.cpus)
        .arg(q, QString::fromStdString(c.go.str()), QLatin1String(policies[int(c.policy)]))
        .arg(c.seed)
        .arg(c.race ? QStringLiteral("true") : QStringLiteral("false"));
}

int ConfigPanel::expectedGomaxprocs() const
{
    // The engine's own rule (go-runtime.md §6), so the preview is what a run uses.
    return runtime::initialGomaxprocs(config());
}

void ConfigPanel::updateDerived()
{
    m_cores->setVisible(m_quotaMode->currentIndex() == 1);
    m_cpuMax->setVisible(m_quotaMode->currentIndex() == 2);
    const runtime::RunConfig c = config();
    QString text = tr("GOMAXPROCS = %1").arg(expectedGomaxprocs());
    if (c.quotaUs >= 0)
        text += tr(", cpu.max \"%1 %2\"").arg(c.quotaUs).arg(c.periodUs);
    m_effective->setText(text);
}

} // namespace gsl::ui
