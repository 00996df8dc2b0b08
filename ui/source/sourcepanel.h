// sourcepanel.h — the source view with a legend under it: one line per live
// goroutine ("● G3  line 18: between the load and the store of counter ·
// running on P1"), so the step within the line stays readable when the
// panel is too narrow for the notes written after the code.
#pragma once

#include <QWidget>

class QLabel;

namespace gsl::ui {

class PlaybackController;
class SourceView;

class SourcePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SourcePanel(QWidget *parent = nullptr);
    SourceView *view() const { return m_view; }
    QString legendText() const;

private:
    void updateLegend();

    SourceView *m_view = nullptr;
    QLabel *m_legend = nullptr;
};

} // namespace gsl::ui
