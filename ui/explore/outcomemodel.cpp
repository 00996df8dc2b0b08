#include "ui/explore/outcomemodel.h"

#include "ui/charts/outcomechart.h"

#include <QColor>

namespace gsl::ui {

void OutcomeModel::setResult(const explore::ExploreResult &r, const runtime::RunConfig &base)
{
    beginResetModel();
    m_result = r;
    m_base = base;
    m_rows.clear();
    for (size_t c = 0; c < r.configs.size(); ++c)
        for (size_t i = 0; i < r.configs[c].rows.size(); ++i) m_rows.push_back({c, i});
    endResetModel();
}

std::optional<runtime::RunConfig> OutcomeModel::replayConfig(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size()) return std::nullopt;
    const Ref &ref = m_rows[size_t(row)];
    const explore::ConfigResult &cr = m_result.configs[ref.config];
    runtime::RunConfig cfg = cr.config.apply(m_base);
    cfg.seed = cr.rows[ref.row].seed;
    return cfg;
}

int OutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Ref &ref = m_rows[size_t(index.row())];
    const explore::ConfigResult &cr = m_result.configs[ref.config];
    const explore::OutcomeRow &r = cr.rows[ref.row];
    const bool bug = r.correct == explore::Verdict::No;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ConfigCol: return configLabel(cr, false);
        case OutcomeCol: {
            QString s = r.outcome.empty() ? tr("(no output)") : QString::fromStdString(r.outcome);
            if (r.exitStatus) s += tr(" [exit %1]").arg(r.exitStatus);
            if (r.races) s += tr(" [%n race report(s)]", nullptr, int(r.races));
            return s;
        }
        case CountCol: return qulonglong(r.count);
        case ShareCol: return QStringLiteral("%1 %").arg(r.share * 100, 0, 'f', 1);
        case IntervalCol: return QStringLiteral("%1–%2 %").arg(r.ci.lo * 100, 0, 'f', 1).arg(r.ci.hi * 100, 0, 'f', 1);
        case CorrectCol: return QString::fromLatin1(explore::verdictText(r.correct));
        case SeedCol: return qulonglong(r.seed);
        default: return {};
        }
    case Qt::ForegroundRole:
        if (bug && (index.column() == OutcomeCol || index.column() == CorrectCol)) return QColor(200, 30, 30);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= CountCol && index.column() != CorrectCol ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: return tr("Click to replay seed %1 in the main views").arg(r.seed);
    case SeedRole: return qulonglong(r.seed);
    case ManifestedRole: return bug;
    case ConfigIndexRole: return int(ref.config);
    default: return {};
    }
}

QVariant OutcomeModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case ConfigCol: return tr("Configuration");
    case OutcomeCol: return tr("Outcome");
    case CountCol: return tr("Runs");
    case ShareCol: return tr("Share");
    case IntervalCol: return tr("95 % interval");
    case CorrectCol: return tr("Correct");
    case SeedCol: return tr("Witness seed");
    default: return {};
    }
}

} // namespace gsl::ui
