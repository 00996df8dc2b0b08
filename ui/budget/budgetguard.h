// budgetguard.h — the run budgets in the GUI (issue #8 item 5).
//
// The engine stops a run that exceeds a budget (steps, simulated time, live
// goroutines, trace events) and says which one and how to raise it
// (RunResult::budgetMessage, the line `goschedlab-cli` prints). The GUI shows
// that same line in a banner in the status bar, with a button that opens
// Run → Budgets… where the four limits are raised; they persist in the
// settings (validated when read back: type and range, else the default).
// Runs already happen on the RunController's worker thread, so a run that
// hits a budget never freezes the window.
#pragma once

// moc (Qt 6.4) cannot parse <compare>, which go_version.h pulls in.
#ifndef Q_MOC_RUN
#include "sim/runtime/config.h"
#endif
#include "ui/controller/runoutput.h"

#include <QDialog>
#include <QObject>

class QLabel;
class QMainWindow;
class QSpinBox;
class QLineEdit;
class QWidget;

namespace gsl::ui {

class BudgetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BudgetDialog(const runtime::Budgets &b, QWidget *parent = nullptr);
    runtime::Budgets budgets() const;

private:
    QLineEdit *m_steps = nullptr;
    QLineEdit *m_time = nullptr;
    QLineEdit *m_goroutines = nullptr;
    QLineEdit *m_events = nullptr;
    QLabel *m_error = nullptr;
    runtime::Budgets m_base;
};

class BudgetGuard : public QObject
{
    Q_OBJECT
public:
    // Adds the banner to w's status bar (hidden until a budget stops a run).
    explicit BudgetGuard(QMainWindow *w);

    runtime::Budgets budgets() const { return m_budgets; }
    void setBudgets(const runtime::Budgets &b);   // and save them
    // showResult: a run finished; show or hide the banner.
    void showResult(const RunOutput &out);
    QString bannerText() const;
    bool bannerVisible() const;
    // edit opens the dialog (Run → Budgets…).
    void edit();

    // Settings keys (budgets/...) and their validation, for tests.
    static runtime::Budgets load(QStringList *problems = nullptr);
    static void save(const runtime::Budgets &b);

Q_SIGNALS:
    void budgetsChanged();

private:
    QMainWindow *m_window;
    QWidget *m_banner = nullptr;
    QLabel *m_text = nullptr;
    runtime::Budgets m_budgets;
};

} // namespace gsl::ui
