// configpanel.h — the run configuration as widgets: GOMAXPROCS, CPUs, CPU
// quota (cores or cpu.max), Go version, maxprocs policy, seed and race mode.
// Each knob's tooltip says what the real runtime does with it
// (design/go-runtime.md §6–§8).
#pragma once

// moc (Qt 6.4) cannot parse <compare>, which go_version.h pulls in.
#ifndef Q_MOC_RUN
#include "sim/runtime/config.h"
#endif

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gsl::ui {

class ConfigPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigPanel(QWidget *parent = nullptr);

    runtime::RunConfig config() const;
    void setConfig(const runtime::RunConfig &c);
    // applyScenarioConfig sets the knobs a scenario's `Config:` line names
    // (first value of a list: "gomaxprocs=1,2,4" -> 1). Unknown words are ignored.
    void applyScenarioConfig(const QString &line);
    // expectedGomaxprocs: what the runtime will choose for the current knobs
    // (go-runtime.md §6; the engine's runtime::initialGomaxprocs decides).
    int expectedGomaxprocs() const;

    // Serialisation for QSettings ("gomaxprocs=2 cpus=4 quota=0.5 go=1.22 ...").
    QString toText() const;
    void fromText(const QString &text) { applyScenarioConfig(text); }

Q_SIGNALS:
    void configChanged();

private:
    void updateDerived();

    QSpinBox *m_gomaxprocs = nullptr; // 0 = from the policy
    QSpinBox *m_cpus = nullptr;
    QComboBox *m_quotaMode = nullptr; // none / cores / cpu.max
    QDoubleSpinBox *m_cores = nullptr;
    QLineEdit *m_cpuMax = nullptr;
    QComboBox *m_go = nullptr;
    QComboBox *m_policy = nullptr;
    QSpinBox *m_seed = nullptr;
    QCheckBox *m_race = nullptr;
    QLabel *m_effective = nullptr;
};

} // namespace gsl::ui
