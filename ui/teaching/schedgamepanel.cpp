#include "ui/teaching/schedgamepanel.h"

#include "ui/schedview/schedlayout.h"
#include "ui/teaching/schedgamecontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace gsl::ui {

namespace {
QShortcut *key(QWidget *w, const QKeySequence &k)
{
    auto *s = new QShortcut(k, w);
    s->setContext(Qt::WidgetWithChildrenShortcut);
    return s;
}
} // namespace

SchedGamePanel::SchedGamePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("schedGamePanel"));
    setFocusPolicy(Qt::StrongFocus);
    m_ctl = new SchedGameController(this);
    m_ctl->setObjectName(QStringLiteral("schedGameController"));
    auto *lay = new QVBoxLayout(this);

    m_goal = new QLabel(tr("Press Start (S) to play the scheduler on the current scenario."));
    m_goal->setObjectName(QStringLiteral("gameGoal"));
    m_goal->setWordWrap(true);
    m_goal->setTextFormat(Qt::RichText);
    lay->addWidget(m_goal);

    auto *top = new QHBoxLayout;
    m_start = new QPushButton(tr("Start (S)"));
    m_start->setObjectName(QStringLiteral("gameStart"));
    m_start->setToolTip(tr("Run the scenario up to its first scheduling decision and let you make it"));
    connect(m_start, &QPushButton::clicked, this, [this] { startGame(); });
    m_undo = new QPushButton(tr("Undo (Backspace)"));
    m_undo->setObjectName(QStringLiteral("gameUndo"));
    m_undo->setToolTip(tr("Take back your last decision"));
    connect(m_undo, &QPushButton::clicked, m_ctl, &SchedGameController::undo);
    m_finish = new QPushButton(tr("Let the runtime finish (F)"));
    m_finish->setObjectName(QStringLiteral("gameFinish"));
    m_finish->setToolTip(tr("Make no more decisions: the runtime schedules the rest of the run as it would"));
    connect(m_finish, &QPushButton::clicked, m_ctl, &SchedGameController::finish);
    m_steps = new QCheckBox(tr("Decide before every shared access"));
    m_steps->setObjectName(QStringLiteral("gameSteps"));
    m_steps->setChecked(true);
    m_steps->setToolTip(tr("On: you may switch goroutines before every memory access or synchronisation (a preemption "
                           "there). Off: you decide only when a P looks for work (the running G blocked, yielded or ended)."));
    connect(m_steps, &QCheckBox::toggled, m_ctl, &SchedGameController::setStepsToo);
    top->addWidget(m_start);
    top->addWidget(m_undo);
    top->addWidget(m_finish);
    top->addWidget(m_steps);
    top->addStretch();
    m_schedule = new QLabel;
    m_schedule->setObjectName(QStringLiteral("gameSchedule"));
    m_schedule->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_schedule->setToolTip(tr("Your decisions as a forced schedule: goschedlab-cli run --schedule replays them"));
    top->addWidget(m_schedule);
    lay->addLayout(top);

    m_question = new QLabel;
    m_question->setObjectName(QStringLiteral("gameQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::RichText);
    lay->addWidget(m_question);
    m_choiceRow = new QWidget;
    m_choices = new QHBoxLayout(m_choiceRow);
    m_choices->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_choiceRow);
    m_blocked = new QLabel;
    m_blocked->setObjectName(QStringLiteral("gameBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->setTextFormat(Qt::RichText);
    lay->addWidget(m_blocked);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("gameResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lay->addWidget(m_result);

    connect(key(this, QKeySequence(Qt::Key_S)), &QShortcut::activated, this, [this] { startGame(); });
    connect(key(this, QKeySequence(Qt::Key_Backspace)), &QShortcut::activated, m_ctl, &SchedGameController::undo);
    connect(key(this, QKeySequence(Qt::Key_F)), &QShortcut::activated, m_ctl, &SchedGameController::finish);
    for (auto k : {Qt::Key_Return, Qt::Key_Enter})
        connect(key(this, QKeySequence(k)), &QShortcut::activated, this, [this] { m_ctl->choose(0); });
    for (int i = 1; i <= 9; ++i)
        connect(key(this, QKeySequence(Qt::Key_0 + i)), &QShortcut::activated, this, [this, i] {
            const QList<int> offered = offeredChoices();
            if (i <= offered.size()) m_ctl->choose(offered[i - 1]);
        });

    connect(m_ctl, &SchedGameController::stepReady, this, &SchedGamePanel::onStep);
    connect(m_ctl, &SchedGameController::busyChanged, this, &SchedGamePanel::setBusy);
    m_undo->setEnabled(false);
    m_finish->setEnabled(false);
}

bool SchedGamePanel::startGame()
{
    if (!m_provider) return false;
    clearChoices();
    m_result->clear();
    m_blocked->clear();
    m_ctl->start(m_provider());
    m_goal->setText(tr("<b>Goal:</b> %1").arg(m_ctl->goal().text.toHtmlEscaped()));
    m_start->setText(tr("Start again (S)"));
    return true;
}

void SchedGamePanel::clearChoices()
{
    // Keys 1–9 and Enter need the focus inside the panel: keep it there when
    // the focused button goes away.
    const bool hadFocus = m_choiceRow->isAncestorOf(QApplication::focusWidget());
    while (QLayoutItem *it = m_choices->takeAt(0)) {
        delete it->widget();
        delete it;
    }
    m_continue = nullptr;
    if (hadFocus) setFocus();
}

QPushButton *SchedGamePanel::choiceButton(int goid) const
{
    return m_choiceRow->findChild<QPushButton *>(QStringLiteral("gameChoice_G%1").arg(goid));
}

QList<int> SchedGamePanel::offeredChoices() const
{
    QList<int> out;
    if (!m_ctl->current().decision || !m_continue) return out;
    for (const GameChoice &c : m_ctl->current().choices) out.push_back(c.goid);
    return out;
}

void SchedGamePanel::setBusy(bool busy)
{
    if (busy) {
        m_question->setText(tr("<i>Running the scenario to the next decision…</i>"));
        for (QPushButton *b : m_choiceRow->findChildren<QPushButton *>()) b->setEnabled(false);
    }
    m_start->setEnabled(!busy);
}

void SchedGamePanel::onStep(const GameStep &s)
{
    clearChoices();
    m_undo->setEnabled(m_ctl->decisions() > 0);
    m_finish->setEnabled(s.decision);
    const QString sched = m_ctl->schedule();
    m_schedule->setText(sched.isEmpty() ? tr("schedule: (free)") : tr("schedule: %1").arg(sched));
    if (!s.error.isEmpty()) {
        m_question->setText(tr("<b>Cannot play:</b> %1").arg(s.error.toHtmlEscaped()).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        m_blocked->clear();
        return;
    }
    QString blocked;
    for (const GameBlocked &b : s.blocked)
        blocked += tr("<br>G%1 — %2 (line %3)").arg(b.goid).arg(b.reason.toHtmlEscaped()).arg(b.line);
    m_blocked->setText(s.blocked.isEmpty() ? QString() : tr("<b>Blocked, cannot run:</b>%1").arg(blocked));
    if (s.decision) {
        m_result->setText(s.divergence.isEmpty() ? QString()
                                                 : tr("<span style='color:#b06000'>%1</span>").arg(s.divergence.toHtmlEscaped()));
        if (s.atStep)
            m_question->setText(tr("Decision %1 (scheduling point %2): <b>G%3</b> on P%4 is about to %5 (line %6). "
                                   "Let it go on, or preempt it and run another goroutine on P%4?")
                                    .arg(m_ctl->decisions() + 1).arg(s.point).arg(s.running).arg(s.p)
                                    .arg(s.stepText.toHtmlEscaped()).arg(s.line));
        else
            m_question->setText(tr("Decision %1 (scheduling point %2): <b>P%3 is looking for work.</b> "
                                   "Which goroutine runs next on P%3?")
                                    .arg(m_ctl->decisions() + 1).arg(s.point).arg(s.p));
        m_continue = new QPushButton(s.atStep ? tr("Enter  G%1 goes on").arg(s.running) : tr("Enter  let the runtime choose"));
        m_continue->setObjectName(QStringLiteral("gameContinue"));
        m_continue->setFocusPolicy(Qt::NoFocus);
        connect(m_continue, &QPushButton::clicked, this, [this] { m_ctl->choose(0); });
        m_choices->addWidget(m_continue);
        int k = 1;
        for (const GameChoice &c : s.choices) {
            const QString label = k <= 9 ? QStringLiteral("%1  G%2").arg(k).arg(c.goid) : QStringLiteral("G%1").arg(c.goid);
            auto *b = new QPushButton(QStringLiteral("%1\n%2").arg(label, describeWhere(c)));
            b->setObjectName(QStringLiteral("gameChoice_G%1").arg(c.goid));
            b->setFocusPolicy(Qt::NoFocus);   // the keys stay with the panel
            b->setToolTip(tr("Run G%1 next on P%2 (it stands at line %3)").arg(c.goid).arg(s.p).arg(c.line));
            const QColor col = goroutineColor(c.goid);
            b->setStyleSheet(QStringLiteral("QPushButton{background:%1;color:%2;font-weight:bold;padding:4px 14px;"
                                            "border:2px solid %3;border-radius:6px}")
                                 .arg(col.name(), col.lightnessF() > 0.55 ? QStringLiteral("black") : QStringLiteral("white"),
                                      col.darker(150).name()));
            connect(b, &QPushButton::clicked, this, [this, g = c.goid] { m_ctl->choose(g); });
            m_choices->addWidget(b);
            ++k;
        }
        m_choices->addStretch();
        Q_EMIT stateShown(s.state);
        return;
    }
    // The run ended: the outcome against the goal.
    m_question->setText(tr("The run ended after %1 decision(s).").arg(m_ctl->decisions()));
    QString res = tr("Outcome: <b>%1</b> (exit status %2).").arg(s.outcome.toHtmlEscaped()).arg(s.exitStatus);
    if (!s.hasCorrect)
        res += QLatin1Char(' ') + tr("The scenario names no correct outcome.");
    else if (m_ctl->goalReached())
        res = tr("<span style='color:#1a9c3a;font-size:130%'><b>Goal reached!</b></span> ") + res + QLatin1Char(' ') +
              tr("It does not match Correct: %1 — the bug showed.").arg(m_ctl->goal().correct.toHtmlEscaped());
    else
        res = tr("<span style='color:#d01c1c'><b>Not yet:</b></span> ") + res + QLatin1Char(' ') +
              tr("It matches Correct: %1. Undo (Backspace) and try other picks.").arg(m_ctl->goal().correct.toHtmlEscaped());
    if (!s.divergence.isEmpty()) res += QStringLiteral("<br><span style='color:#b06000'>%1</span>").arg(s.divergence.toHtmlEscaped());
    if (!s.applied.isEmpty())
        res += tr("<br>Replay: <tt>goschedlab-cli run --schedule %1</tt>").arg(s.applied.toHtmlEscaped());
    m_result->setText(res);
}

QString SchedGamePanel::questionText() const { return m_question->text(); }
QString SchedGamePanel::resultText() const { return m_result->text(); }
QString SchedGamePanel::blockedText() const { return m_blocked->text(); }
QString SchedGamePanel::goalText() const { return m_goal->text(); }

} // namespace gsl::ui
