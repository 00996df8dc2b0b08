#include "ui/teaching/presenterview.h"

#include "ui/controller/playback.h"
#include "ui/schedview/schedviewwidget.h"
#include "ui/teaching/predictionpanel.h"
#include "ui/teaching/schedgamecontroller.h"
#include "ui/teaching/schedgamepanel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gsl::ui {

PresenterView::PresenterView(PlaybackController *pc, QWidget *parent) : QWidget(parent), m_pc(pc)
{
    setObjectName(QStringLiteral("presenterView"));
    setAutoFillBackground(true);
    auto *lay = new QHBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal);
    lay->addWidget(split);

    m_lesson = new QLabel;
    m_lesson->setObjectName(QStringLiteral("presenterLesson"));
    m_lesson->setWordWrap(true);
    m_lesson->setTextFormat(Qt::RichText);
    m_lesson->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_lesson->setMargin(12);
    auto *ls = new QScrollArea;
    ls->setWidget(m_lesson);
    ls->setWidgetResizable(true);
    ls->setFrameShape(QFrame::NoFrame);
    split->addWidget(ls);

    auto *right = new QWidget;
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    m_sched = new SchedViewWidget;
    m_sched->setObjectName(QStringLiteral("presenterSched"));
    m_sched->setPresenter(true);
    rl->addWidget(m_sched, 1);
    // Under the view: predictions about the run, or the game where the
    // class makes the decisions (the view then shows the game's state).
    m_modes = new QTabWidget;
    m_modes->setObjectName(QStringLiteral("teachingModes"));
    m_predict = new PredictionPanel(pc);
    m_modes->addTab(m_predict, tr("Predict the next G"));
    m_game = new SchedGamePanel;
    m_modes->addTab(m_game, tr("You are the scheduler"));
    rl->addWidget(m_modes);
    connect(m_game, &SchedGamePanel::stateShown, this, [this](const trace::SchedState &s) {
        if (gameActive()) m_sched->setState(s);
    });
    connect(m_modes, &QTabWidget::currentChanged, this, [this] {
        if (gameActive()) {
            m_game->setFocus();
            if (m_game->controller()->current().decision) m_sched->setState(m_game->controller()->current().state);
        } else {
            m_sched->setState(m_pc->state());
        }
    });
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({380, 1100});

    connect(pc, &PlaybackController::stepped, this, [this](const trace::SchedState &b, const trace::TraceEvent &e, const trace::SchedState &a) {
        if (!isVisible() || gameActive()) return;
        m_stepping = true;
        m_sched->animateStep(b, e, a);
    });
    connect(pc, &PlaybackController::positionChanged, this, [this] {
        const bool animated = m_stepping;
        m_stepping = false;
        if (!animated && isVisible() && !gameActive()) m_sched->setState(m_pc->state());
    });
    auto speed = [this] {
        // As the main view: one move takes most of the time between two events.
        const double perEvent = 1000.0 / m_pc->speed();
        m_sched->setAnimationDuration(perEvent < 40 ? 0 : int(std::min(600.0, perEvent * 0.8)));
    };
    connect(pc, &PlaybackController::speedChanged, this, speed);
    speed();
    applyLook();
}

QPalette PresenterView::highContrastPalette(const QPalette &base)
{
    const bool dark = base.color(QPalette::Window).lightnessF() < 0.5;
    const QColor bg = dark ? Qt::black : Qt::white, fg = dark ? Qt::white : Qt::black;
    QPalette p = base;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
        p.setColor(role, bg);
    p.setColor(QPalette::AlternateBase, dark ? QColor(40, 40, 40) : QColor(232, 232, 232));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(role, fg);
    p.setColor(QPalette::PlaceholderText, dark ? QColor(200, 200, 200) : QColor(60, 60, 60));
    return p;
}

void PresenterView::applyLook()
{
    m_styling = true;
    setPalette(highContrastPalette(QApplication::palette()));
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    m_predict->setFont(f);
    m_game->setFont(f);
    m_styling = false;
}

void PresenterView::changeEvent(QEvent *e)
{
    // Follow a theme switch while the presenter layout exists.
    if (e->type() == QEvent::ApplicationPaletteChange && !m_styling)
        applyLook();
    QWidget::changeEvent(e);
}

bool PresenterView::gameActive() const
{
    return m_modes->currentWidget() == m_game;
}

void PresenterView::showGame(bool on)
{
    m_modes->setCurrentWidget(on ? static_cast<QWidget *>(m_game) : m_predict);
    if (on) m_game->setFocus();
}

void PresenterView::showEvent(QShowEvent *e)
{
    if (!gameActive()) m_sched->setState(m_pc->state());
    QWidget::showEvent(e);
}

void PresenterView::setLesson(const ScenarioInfo &i)
{
    QString html = QStringLiteral("<div style='font-size:20pt'>");
    if (!i.title.isEmpty()) html += QStringLiteral("<p style='font-size:26pt'><b>%1</b></p>").arg(i.title.toHtmlEscaped());
    if (!i.lesson.isEmpty()) html += QStringLiteral("<p>%1</p>").arg(i.lesson.toHtmlEscaped());
    if (!i.correct.isEmpty()) html += tr("<p><i>Correct outcome: %1</i></p>").arg(i.correct.toHtmlEscaped());
    if (i.title.isEmpty() && i.lesson.isEmpty()) html += tr("<p>This scenario has no lesson text.</p>");
    html += QStringLiteral("</div>");
    m_lesson->setText(html);
}

QString PresenterView::lessonText() const
{
    return m_lesson->text();
}

} // namespace gsl::ui
