#include "ui/races/graphviz.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <mutex>

namespace gsl::ui {

namespace {
std::mutex g_gvMutex;   // libgvc keeps global state (the error buffer, plugin lists)
QString g_lastError;    // what Graphviz said (instead of printing it on stderr)

int collectError(char *msg)
{
    g_lastError += QString::fromUtf8(msg).trimmed();
    return 0;
}

GVC_t *context()
{
    // One context for the process: loading the plugin configuration costs
    // milliseconds, the layout of an excerpt much less.
    static GVC_t *gvc = gvContext();
    return gvc;
}
} // namespace

QByteArray dotToSvg(const QByteArray &dotText, QString *error)
{
    std::lock_guard<std::mutex> lock(g_gvMutex);
    auto fail = [&](const QString &why) {
        if (error) *error = why;
        return QByteArray();
    };
    GVC_t *gvc = context();
    if (!gvc) return fail(QStringLiteral("graphviz: no context"));
    g_lastError.clear();
    agseterrf(collectError);
    Agraph_t *g = agmemread(dotText.constData());
    if (!g) return fail(QStringLiteral("graphviz: cannot parse the graph: %1").arg(g_lastError));
    if (gvLayout(gvc, g, "dot") != 0) {
        agclose(g);
        return fail(QStringLiteral("graphviz: the dot layout is not available (is libgvplugin_dot_layout installed?)"));
    }
    char *data = nullptr;
    unsigned int len = 0;
    const int rc = gvRenderData(gvc, g, "svg", &data, &len);
    QByteArray svg;
    if (rc == 0 && data) svg = QByteArray(data, int(len));
    if (data) gvFreeRenderData(data);
    gvFreeLayout(gvc, g);
    agclose(g);
    if (svg.isEmpty()) return fail(QStringLiteral("graphviz: the svg renderer is not available"));
    return svg;
}

} // namespace gsl::ui
