#include "ui/controls/playbackbar.h"

#include "ui/controller/playback.h"
#include "ui/eventlog/narration.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <cmath>

namespace gsl::ui {

double PlaybackBar::speedForSlider(int v)
{
    return 0.5 * std::pow(40000.0, v / 100.0);
}

int PlaybackBar::sliderForSpeed(double s)
{
    return int(std::lround(100.0 * std::log(s / 0.5) / std::log(40000.0)));
}

PlaybackBar::PlaybackBar(PlaybackController *pc, QWidget *parent) : QWidget(parent), m_pc(pc)
{
    auto *lay = new QHBoxLayout(this);
    lay->setContentsMargins(4, 2, 4, 2);
    auto button = [&](QStyle::StandardPixmap icon, const QString &tip, auto slot) {
        auto *b = new QToolButton;
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, m_pc, slot);
        lay->addWidget(b);
        return b;
    };
    button(QStyle::SP_MediaSkipBackward, tr("To start (Home)"), &PlaybackController::toStart);
    button(QStyle::SP_MediaSeekBackward, tr("Step back one event (Left)"), &PlaybackController::stepBack);
    m_play = button(QStyle::SP_MediaPlay, tr("Play / pause (Space)"), &PlaybackController::togglePlay);
    m_play->setObjectName(QStringLiteral("play"));
    button(QStyle::SP_MediaSeekForward, tr("Step one event (Right)"), &PlaybackController::stepForward);
    button(QStyle::SP_MediaSkipForward, tr("To end (End)"), &PlaybackController::toEnd);

    m_until = new QComboBox;
    m_until->setObjectName(QStringLiteral("runUntil"));
    m_until->addItem(tr("Run until…"));
    m_until->addItem(tr("a G blocks"), int(StopCondition::GBlocks));
    m_until->addItem(tr("a P steals"), int(StopCondition::PSteals));
    m_until->addItem(tr("a G ends"), int(StopCondition::GoroutineEnds));
    m_until->addItem(tr("the outcome is decided"), int(StopCondition::OutcomeDecided));
    m_until->setToolTip(tr("Play until the condition holds, then stop"));
    connect(m_until, &QComboBox::activated, this, [this](int i) {
        if (i > 0) {
            StopCondition c;
            c.kind = StopCondition::Kind(m_until->itemData(i).toInt());
            m_pc->runUntil(c);
        }
        m_until->setCurrentIndex(0);
    });
    lay->addWidget(m_until);

    m_scrub = new QSlider(Qt::Horizontal);
    m_scrub->setObjectName(QStringLiteral("scrub"));
    m_scrub->setToolTip(tr("Scrub to any event"));
    connect(m_scrub, &QSlider::valueChanged, this, [this](int v) { m_pc->seek(size_t(v)); });
    lay->addWidget(m_scrub, 1);

    m_where = new QLabel;
    m_where->setObjectName(QStringLiteral("where"));
    m_where->setMinimumWidth(170);
    lay->addWidget(m_where);

    lay->addWidget(new QLabel(tr("Speed")));
    m_speed = new QSlider(Qt::Horizontal);
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setRange(0, 100);
    m_speed->setMaximumWidth(120);
    m_speed->setValue(sliderForSpeed(m_pc->speed()));
    m_speed->setToolTip(tr("Events per second while playing"));
    connect(m_speed, &QSlider::valueChanged, this, [this](int v) { m_pc->setSpeed(speedForSlider(v)); });
    lay->addWidget(m_speed);
    m_speedLabel = new QLabel;
    m_speedLabel->setMinimumWidth(60);
    lay->addWidget(m_speedLabel);

    connect(m_pc, &PlaybackController::positionChanged, this, &PlaybackBar::sync);
    connect(m_pc, &PlaybackController::traceChanged, this, &PlaybackBar::sync);
    connect(m_pc, &PlaybackController::speedChanged, this, &PlaybackBar::sync);
    connect(m_pc, &PlaybackController::playingChanged, this, [this](bool playing) {
        m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    sync();
}

void PlaybackBar::sync()
{
    const QSignalBlocker b(m_scrub);
    m_scrub->setRange(0, int(m_pc->eventCount()));
    m_scrub->setValue(int(m_pc->position()));
    m_where->setText(tr("event %1 / %2   %3").arg(m_pc->position()).arg(m_pc->eventCount()).arg(formatTime(m_pc->time())));
    const double s = m_pc->speed();
    m_speedLabel->setText(s < 10 ? tr("%1 ev/s").arg(s, 0, 'f', 1) : tr("%1 ev/s").arg(qRound(s)));
}

} // namespace gsl::ui
