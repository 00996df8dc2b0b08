// scenariomodel.h — the bundled scenarios as a tree: one top-level row per
// `Topic:` (sorted), the scenarios of that topic under it (by title).
#pragma once

#include <QStandardItemModel>

namespace gsl::ui {

class ScenarioModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, LessonRole };
    explicit ScenarioModel(QObject *parent = nullptr);

    // scan reads every *.go file of dir (metadata only) and rebuilds the tree.
    void scan(const QString &dir);
    QString directory() const { return m_dir; }
    // indexForPath: the row of a scenario file, or an invalid index.
    QModelIndex indexForPath(const QString &path) const;
    int scenarioCount() const { return m_count; }

private:
    QString m_dir;
    int m_count = 0;
};

// findScenarioDir: the bundled scenarios folder: $GOSCHEDLAB_SCENARIOS, then
// next to the executable (../share/goschedlab/scenarios, ./scenarios), then
// the source tree's (compile definition). Empty when none exists.
QString findScenarioDir();

} // namespace gsl::ui
