// exploredock.h — installs the "Explore" dock: explorations of the editor's
// scenario with the configuration panel's knobs as the base; a clicked
// outcome row replays its witness seed in the main views.
#pragma once

class QDockWidget;

namespace gsl::ui {
class MainWindow;
QDockWidget *addExploreDock(MainWindow *w);
} // namespace gsl::ui
