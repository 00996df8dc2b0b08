// schedgamepanel.h — "you are the scheduler": at each scheduling point with
// a choice, the deciding P, what its running goroutine is about to do, the
// goroutines it may legally run next as buttons (keys 1–9; Enter lets the
// running G go on or the runtime choose), the blocked goroutines with their
// reasons, and the goal ("make Wait return early", "lose an update") with a
// "goal reached!" check once the run ends. Undo (Backspace), let the runtime
// finish (F), start again (S). The picks form a schedule string that
// `goschedlab-cli run --schedule` replays.
#pragma once

#include "ui/teaching/schedgame.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QShortcut;

namespace gsl::ui {

class SchedGameController;

class SchedGamePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SchedGamePanel(QWidget *parent = nullptr);

    // The scenario to play: asked when a game starts (the editor's text and
    // the configuration panel's settings in the main window).
    void setRequestProvider(std::function<RunRequest()> f) { m_provider = std::move(f); }

    SchedGameController *controller() const { return m_ctl; }
    // startGame starts (or restarts) a game on the provider's scenario.
    bool startGame();
    QPushButton *choiceButton(int goid) const;
    QPushButton *continueButton() const { return m_continue; }
    QList<int> offeredChoices() const;
    QString questionText() const;
    QString resultText() const;
    QString blockedText() const;
    QString goalText() const;

Q_SIGNALS:
    // stateShown: the scheduler at the current decision (for a scheduler view).
    void stateShown(const gsl::trace::SchedState &s);

private:
    void onStep(const GameStep &s);
    void clearChoices();
    void setBusy(bool busy);

    SchedGameController *m_ctl = nullptr;
    std::function<RunRequest()> m_provider;
    QLabel *m_goal = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_finish = nullptr;
    QCheckBox *m_steps = nullptr;
    QLabel *m_schedule = nullptr;
    QLabel *m_question = nullptr;
    QWidget *m_choiceRow = nullptr;
    QHBoxLayout *m_choices = nullptr;
    QPushButton *m_continue = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_result = nullptr;
    QList<QShortcut *> m_keys;
};

} // namespace gsl::ui
