#include "ui/source/sourcepanel.h"

#include "ui/schedview/schedlayout.h"
#include "ui/source/sourceview.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace gsl::ui {

SourcePanel::SourcePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sourcePanel"));
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Vertical);
    m_view = new SourceView;
    split->addWidget(m_view);
    m_legend = new QLabel;
    m_legend->setObjectName(QStringLiteral("sourceLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_legend->setMargin(4);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_legend);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    split->addWidget(scroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    lay->addWidget(split);
    connect(m_view, &SourceView::goroutinesChanged, this, &SourcePanel::updateLegend);
    updateLegend();
}

void SourcePanel::updateLegend()
{
    QString html;
    for (const GoroutineAt &a : m_view->goroutines()) {
        QString line = QStringLiteral("<span style='color:%1'>●</span> <b>G%2</b>").arg(goroutineColor(a.goid).name()).arg(a.goid);
        if (a.line > 0) line += QLatin1Char(' ') + tr("line %1").arg(a.line);
        if (!a.step.isEmpty()) line += QStringLiteral(": ") + a.step.toHtmlEscaped();
        const QString st = goroutineStatusText(a);
        if (!st.isEmpty()) line += QStringLiteral(" · ") + st.toHtmlEscaped();
        html += line + QStringLiteral("<br>");
    }
    m_legend->setText(html.isEmpty() ? tr("<i>No live goroutines at this instant.</i>") : html);
}

QString SourcePanel::legendText() const
{
    return m_legend->text();
}

} // namespace gsl::ui
