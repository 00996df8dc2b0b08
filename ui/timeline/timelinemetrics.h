// timelinemetrics.h — the timeline's geometry, shared by the files that paint
// it (timelinewidget.cpp, racemarks.cpp).
#pragma once

#include <QtGlobal>

namespace gsl::ui::timeline {
constexpr qreal kLabelW = 64;   // lane titles
constexpr qreal kRuler = 20;    // time ruler on top
constexpr qreal kLaneH = 16;
constexpr qreal kGap = 2;
} // namespace gsl::ui::timeline
