// chartsdock.h — installs the "Charts" dock: the current run's charts follow
// the analysis controller (addRacesDock), the exploration charts follow the
// explore panel (addExploreDock); call after both.
#pragma once

class QDockWidget;

namespace gsl::ui {
class MainWindow;
QDockWidget *addChartsDock(MainWindow *w);
} // namespace gsl::ui
