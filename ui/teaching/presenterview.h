// presenterview.h — the teaching layout for a projector: the scenario's
// lesson in large type beside the scheduler view, high contrast, and the
// prediction panel underneath. Follows the same PlaybackController as the
// main view.
#pragma once

#include "ui/controller/runoutput.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace gsl::ui {

class PlaybackController;
class PredictionPanel;
class SchedGamePanel;
class SchedViewWidget;

class PresenterView : public QWidget
{
    Q_OBJECT
public:
    explicit PresenterView(PlaybackController *pc, QWidget *parent = nullptr);

    void setLesson(const ScenarioInfo &info);
    QString lessonText() const;
    SchedViewWidget *schedView() const { return m_sched; }
    PredictionPanel *predictions() const { return m_predict; }
    // The "you are the scheduler" game, a tab beside the predictions; while
    // it is the current tab the scheduler view shows the game's decisions.
    SchedGamePanel *game() const { return m_game; }
    bool gameActive() const;
    void showGame(bool on);
    QLabel *lessonLabel() const { return m_lesson; }
    // highContrastPalette: black on white (or white on black after a dark base).
    static QPalette highContrastPalette(const QPalette &base);

protected:
    void showEvent(QShowEvent *e) override;
    void changeEvent(QEvent *e) override;

private:
    void applyLook();

    PlaybackController *m_pc;
    SchedViewWidget *m_sched = nullptr;
    PredictionPanel *m_predict = nullptr;
    SchedGamePanel *m_game = nullptr;
    QTabWidget *m_modes = nullptr;
    QLabel *m_lesson = nullptr;
    bool m_stepping = false;
    bool m_styling = false;
};

} // namespace gsl::ui
