// racesdock.h — installs the "Races & bugs" dock in the main window: every
// shown run is analysed on the AnalysisController's worker; a selected race
// moves the playback cursor, the timeline and the editor to its accesses; the
// perturbation replay re-runs through the window's run controller.
#pragma once

class QDockWidget;

namespace gsl::ui {
class MainWindow;
// addRacesDock: call once from MainWindow::buildDocks (after the core docks).
QDockWidget *addRacesDock(MainWindow *w);
} // namespace gsl::ui
