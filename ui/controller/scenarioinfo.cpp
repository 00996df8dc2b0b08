#include "ui/controller/runoutput.h"

#include "sim/lang/metadata.h"

namespace gsl::ui {

// parseScenarioInfo: the front end's own metadata parser (sim/lang/metadata),
// so the browser, the editor and a run can never read a header differently.
ScenarioInfo parseScenarioInfo(const QString &source)
{
    const QByteArray utf8 = source.toUtf8();
    const lang::Metadata m = lang::parseMetadata(std::string_view(utf8.constData(), size_t(utf8.size())));
    ScenarioInfo info;
    info.title = QString::fromStdString(m.title);
    info.topic = QString::fromStdString(m.topic);
    info.lesson = QString::fromStdString(m.lesson);
    info.correct = QString::fromStdString(m.correct);
    info.config = QString::fromStdString(m.config);
    return info;
}

} // namespace gsl::ui
