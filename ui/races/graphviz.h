// graphviz.h — lays out Graphviz text with the layered `dot` algorithm
// through libgvc (cgraph + gvc C API) and renders it to SVG in memory
// (gvRenderData). Graphviz is not thread-safe: calls are serialised.
#pragma once

#include <QByteArray>
#include <QString>

namespace gsl::ui {

// dotToSvg returns the SVG document, or an empty array with *error set.
QByteArray dotToSvg(const QByteArray &dotText, QString *error = nullptr);

} // namespace gsl::ui
