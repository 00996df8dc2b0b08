// racesdock.h — installs the "Races & bugs" dock in the main window: every
// shown run is analysed on the AnalysisController's worker; a selected race
// moves the playback cursor, the timeline and the editor to its accesses; the
// perturbation replay re-runs through the window's run controller. The races
// are drawn on the timeline; clicking one there selects it here.
#pragma once

#include "ui/races/analysisdata.h"
#include "ui/timeline/timelinewidget.h"

class QDockWidget;

namespace gsl::ui {
class MainWindow;
// addRacesDock: call once from MainWindow::buildDocks (after the core docks).
QDockWidget *addRacesDock(MainWindow *w);
// raceMarksOf: the timeline's red marks for the races of an analysis (row i = race i).
QVector<RaceMark> raceMarksOf(const RunAnalysis &a);
} // namespace gsl::ui
