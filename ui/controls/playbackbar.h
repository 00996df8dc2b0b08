// playbackbar.h — run controls in the style of OMNeT++'s Qtenv: to start,
// step back, play/pause, step, to end, run-until, a scrub slider over the
// events, a speed slider, bookmarks, and the current time and event.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace gsl::ui {

class PlaybackController;

class PlaybackBar : public QWidget
{
    Q_OBJECT
public:
    explicit PlaybackBar(PlaybackController *pc, QWidget *parent = nullptr);
    QSlider *scrubber() const { return m_scrub; }
    QSlider *speedSlider() const { return m_speed; }
    // speedForSlider maps the slider (0..100) to events/s on a log scale (0.5 .. 20000).
    static double speedForSlider(int v);
    static int sliderForSpeed(double eventsPerSecond);

private:
    void sync();

    PlaybackController *m_pc;
    QToolButton *m_play = nullptr;
    QSlider *m_scrub = nullptr;
    QSlider *m_speed = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_where = nullptr;
    QComboBox *m_until = nullptr;
};

} // namespace gsl::ui
