#include "ui/browser/scenariomodel.h"

#include "ui/controller/runoutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace gsl::ui {

ScenarioModel::ScenarioModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Scenario")});
}

void ScenarioModel::scan(const QString &dir)
{
    clear();
    setHorizontalHeaderLabels({tr("Scenario")});
    m_dir = dir;
    m_count = 0;
    // QMap keeps topics and titles sorted, so the tree is the same every time.
    QMap<QString, QMap<QString, QStandardItem *>> topics;
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.go")}, QDir::Files, QDir::Name);
    for (const QFileInfo &fi : files) {
        QFile f(fi.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        // The metadata block is at the top; 4 KiB is plenty.
        const ScenarioInfo info = parseScenarioInfo(QString::fromUtf8(f.read(4096)));
        auto *item = new QStandardItem(info.title.isEmpty() ? fi.completeBaseName() : info.title);
        item->setEditable(false);
        item->setData(fi.absoluteFilePath(), PathRole);
        item->setData(info.lesson, LessonRole);
        item->setToolTip(QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>").arg(fi.fileName(), info.lesson.toHtmlEscaped(), info.config));
        topics[info.topic.isEmpty() ? tr("other") : info.topic].insert(item->text() + fi.fileName(), item);
        ++m_count;
    }
    for (auto t = topics.cbegin(); t != topics.cend(); ++t) {
        auto *topic = new QStandardItem(t.key());
        topic->setEditable(false);
        topic->setSelectable(false);
        QFont f = topic->font();
        f.setBold(true);
        topic->setFont(f);
        for (QStandardItem *it : t.value())
            topic->appendRow(it);
        appendRow(topic);
    }
}

QModelIndex ScenarioModel::indexForPath(const QString &path) const
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    for (int r = 0; r < rowCount(); ++r) {
        const QModelIndex topic = index(r, 0);
        for (int c = 0; c < rowCount(topic); ++c) {
            const QModelIndex i = index(c, 0, topic);
            if (i.data(PathRole).toString() == abs)
                return i;
        }
    }
    return {};
}

QString findScenarioDir()
{
    QStringList candidates;
    const QString env = qEnvironmentVariable("GOSCHEDLAB_SCENARIOS");
    if (!env.isEmpty()) candidates << env;
    const QString app = QCoreApplication::applicationDirPath();
    candidates << app + QStringLiteral("/../share/goschedlab/scenarios") << app + QStringLiteral("/scenarios");
#ifdef GSL_SCENARIO_DIR_DEFAULT
    candidates << QStringLiteral(GSL_SCENARIO_DIR_DEFAULT);
#endif
    for (const QString &c : candidates)
        if (QDir(c).exists() && !QDir(c).entryList({QStringLiteral("*.go")}, QDir::Files).isEmpty())
            return QDir(c).canonicalPath();
    return {};
}

} // namespace gsl::ui
