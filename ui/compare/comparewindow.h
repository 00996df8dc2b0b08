// comparewindow.h — compare mode: the scenario run twice with two variants
// of the configuration ("gomaxprocs=1" vs "gomaxprocs=4", seed 1 vs 2,
// without vs with -race, ...) on two background controllers, shown in a
// CompareWidget. The variants are configuration words (cli.md) applied on
// top of the main window's configuration.
#pragma once

#ifndef Q_MOC_RUN
#include "sim/runtime/config.h"
#endif
#include "ui/controller/runoutput.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gsl::ui {

class CompareWidget;
class RunController;

class CompareWindow : public QWidget
{
    Q_OBJECT
public:
    explicit CompareWindow(QWidget *parent = nullptr);

    // setScenario: what to run and the configuration the variants modify.
    void setScenario(const QString &path, const QString &source, const runtime::RunConfig &base);
    void setVariants(const QString &a, const QString &b);
    // start runs both variants; finished() follows when both are back.
    void start();
    CompareWidget *compare() const { return m_compare; }
    QString variantA() const;
    QString variantB() const;

    // applyVariant: base with the words of text applied; "" in *error or one line naming the problem.
    static runtime::RunConfig applyVariant(const runtime::RunConfig &base, const QString &text, QString *error);

Q_SIGNALS:
    void finished();

private:
    void onResult(int side, const RunOutput &out);

    QString m_path, m_source;
    runtime::RunConfig m_base;
    RunController *m_runs[2] = {nullptr, nullptr};
    RunOutput m_out[2];
    bool m_have[2] = {false, false};
    QComboBox *m_presets = nullptr;
    QLineEdit *m_varA = nullptr;
    QLineEdit *m_varB = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_status = nullptr;
    CompareWidget *m_compare = nullptr;
};

} // namespace gsl::ui
