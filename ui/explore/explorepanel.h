// explorepanel.h — exploration from the GUI: the grid (GOMAXPROCS list x CPU
// quota list), seeds per configuration, Explore / Cancel with a progress bar,
// and the outcome table; clicking a row asks the main window to replay that
// row's configuration with its witness seed.
#pragma once

#include "ui/explore/explorecontroller.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace gsl::ui {

class OutcomeModel;

// What the panel explores: the scenario in the editor and the configuration panel's knobs.
struct ExploreSubject {
    QString path;
    QString source;
    runtime::RunConfig base;
};

class ExplorePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExplorePanel(ExploreController *controller, QWidget *parent = nullptr);

    void setSubjectProvider(std::function<ExploreSubject()> f) { m_subject = std::move(f); }
    // buildRequest parses the form; nullopt and *error on bad input.
    std::optional<ExploreRequest> buildRequest(QString *error) const;

    OutcomeModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *exploreButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLineEdit *gomaxprocsEdit() const { return m_procs; }
    QLineEdit *quotaEdit() const { return m_quotas; }
    QSpinBox *runsSpin() const { return m_runs; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void startExploration();

Q_SIGNALS:
    // A row was clicked: run this configuration (with the witness seed) in the main views.
    void replayRequested(const gsl::runtime::RunConfig &config);
    // A finished (or cancelled) exploration was installed in the table.
    void resultShown(const gsl::ui::ExploreOutput &out);

private:
    void onFinished(const ExploreOutput &out);

    ExploreController *m_ctl = nullptr;
    std::function<ExploreSubject()> m_subject;
    OutcomeModel *m_model = nullptr;
    QLineEdit *m_procs = nullptr;
    QLineEdit *m_quotas = nullptr;
    QSpinBox *m_runs = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace gsl::ui
