// predictionpanel.h — the class predicts before the step is revealed:
// "Which G runs next on P0?" with the candidate goroutines as buttons (keys
// 1–9), then the step is shown with right/wrong and the scheduler's reason.
#pragma once

#include "ui/teaching/prediction.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QHBoxLayout;
class QShortcut;

namespace gsl::ui {

class PlaybackController;

class PredictionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PredictionPanel(PlaybackController *pc, QWidget *parent = nullptr);

    void setProc(int32_t p);
    // ask poses the next question from the current position (moving there);
    // false when no scheduling decision with a choice is left.
    bool ask();
    // answer reveals the step; returns whether goid was right.
    bool answer(int32_t goid);
    bool isAsking() const { return m_asking; }
    const PredictionQuestion &question() const { return m_q; }
    int asked() const { return m_answered; }
    int right() const { return m_right; }
    QPushButton *candidateButton(int32_t goid) const;
    QString resultText() const;

Q_SIGNALS:
    void revealed(bool correct);

private:
    void clearButtons();

    PlaybackController *m_pc;
    PredictionQuestion m_q;
    bool m_asking = false;
    int m_answered = 0;
    int m_right = 0;
    QSpinBox *m_proc = nullptr;
    QPushButton *m_ask = nullptr;
    QLabel *m_question = nullptr;
    QWidget *m_buttonRow = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_score = nullptr;
    QList<QShortcut *> m_keys;
};

} // namespace gsl::ui
