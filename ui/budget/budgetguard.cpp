#include "ui/budget/budgetguard.h"

#ifndef Q_MOC_RUN
#include "sim/run/config_text.h"
#endif

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>
#include <QtDebug>

namespace gsl::ui {

namespace {

// The four budget words, as the CLI flags and the settings spell them.
const char *const kKeys[] = {"max-steps", "max-time", "max-goroutines", "max-events"};

QString durationText(SimDur d)
{
    if (d % kSecond == 0) return QStringLiteral("%1s").arg(d / kSecond);
    if (d % kMillisecond == 0) return QStringLiteral("%1ms").arg(d / kMillisecond);
    if (d % kMicrosecond == 0) return QStringLiteral("%1us").arg(d / kMicrosecond);
    return QStringLiteral("%1ns").arg(d);
}

QString valueText(const runtime::Budgets &b, int i)
{
    switch (i) {
    case 0: return QString::number(b.maxSteps);
    case 1: return durationText(b.maxSimTime);
    case 2: return QString::number(b.maxGoroutines);
    default: return QString::number(b.maxTraceEvents);
    }
}

// apply: the engine's own parser (run::applyKey) decides what is valid.
QString apply(runtime::Budgets &b, int i, const QString &value)
{
    run::ConfigSpec spec;
    spec.base.budgets = b;
    const std::string err = run::applyKey(spec, kKeys[i], value.trimmed().toStdString());
    if (!err.empty()) return QString::fromStdString(err);
    b = spec.base.budgets;
    return QString();
}

} // namespace

BudgetDialog::BudgetDialog(const runtime::Budgets &b, QWidget *parent) : QDialog(parent), m_base(b)
{
    setObjectName(QStringLiteral("budgetDialog"));
    setWindowTitle(tr("Run budgets"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("A run stops cleanly when it exceeds one of these limits. The same limits are the "
                                "CLI's --max-steps, --max-time, --max-goroutines and --max-events."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_steps = new QLineEdit(valueText(b, 0));
    m_steps->setObjectName(QStringLiteral("maxSteps"));
    m_time = new QLineEdit(valueText(b, 1));
    m_time->setObjectName(QStringLiteral("maxTime"));
    auto *gs = m_goroutines = new QLineEdit(valueText(b, 2));
    gs->setObjectName(QStringLiteral("maxGoroutines"));
    m_events = new QLineEdit(valueText(b, 3));
    m_events->setObjectName(QStringLiteral("maxEvents"));
    form->addRow(tr("Interpreted steps (--max-steps):"), m_steps);
    form->addRow(tr("Simulated time (--max-time, e.g. 60s):"), m_time);
    form->addRow(tr("Live goroutines (--max-goroutines):"), gs);
    form->addRow(tr("Trace events (--max-events):"), m_events);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("budgetError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    form->addRow(buttons);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this, gs] {
        const runtime::Budgets d;
        m_steps->setText(valueText(d, 0));
        m_time->setText(valueText(d, 1));
        gs->setText(valueText(d, 2));
        m_events->setText(valueText(d, 3));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, gs] {
        runtime::Budgets out = m_base;
        const QLineEdit *fields[] = {m_steps, m_time, gs, m_events};
        for (int i = 0; i < 4; ++i) {
            const QString err = apply(out, i, fields[i]->text());
            if (!err.isEmpty()) {
                m_error->setText(err);
                return;
            }
        }
        m_base = out;
        accept();
    });
}

runtime::Budgets BudgetDialog::budgets() const
{
    return m_base;
}

BudgetGuard::BudgetGuard(QMainWindow *w) : QObject(w), m_window(w)
{
    setObjectName(QStringLiteral("budgetGuard"));
    m_budgets = load();
    m_banner = new QWidget;
    m_banner->setObjectName(QStringLiteral("budgetBanner"));
    m_banner->setStyleSheet(QStringLiteral("#budgetBanner { background: #fff3cd; border: 1px solid #e0b000; border-radius: 3px; }"));
    auto *l = new QHBoxLayout(m_banner);
    l->setContentsMargins(6, 1, 2, 1);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("budgetMessage"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_text);
    auto *raise = new QToolButton;
    raise->setText(tr("Raise budgets…"));
    raise->setAutoRaise(true);
    connect(raise, &QToolButton::clicked, this, &BudgetGuard::edit);
    l->addWidget(raise);
    w->statusBar()->addPermanentWidget(m_banner);
    m_banner->hide();
}

void BudgetGuard::setBudgets(const runtime::Budgets &b)
{
    m_budgets = b;
    save(b);
    Q_EMIT budgetsChanged();
}

void BudgetGuard::showResult(const RunOutput &out)
{
    if (out.budgetMessage.isEmpty()) {
        m_banner->hide();
        return;
    }
    // The CLI's line, word for word; the button is the GUI's "--max-…".
    m_text->setText(QStringLiteral("⚠ ") + out.budgetMessage);
    m_text->setToolTip(tr("The run stopped at a budget; its trace ends there. Raise the limit in Run → Budgets…"));
    m_banner->show();
}

QString BudgetGuard::bannerText() const
{
    return m_text->text();
}

bool BudgetGuard::bannerVisible() const
{
    return !m_banner->isHidden();
}

void BudgetGuard::edit()
{
    BudgetDialog d(m_budgets, m_window);
    if (d.exec() == QDialog::Accepted) setBudgets(d.budgets());
}

runtime::Budgets BudgetGuard::load(QStringList *problems)
{
    QSettings s;
    runtime::Budgets b;
    for (int i = 0; i < 4; ++i) {
        const QString key = QStringLiteral("budgets/") + QLatin1String(kKeys[i]);
        if (!s.contains(key)) continue;
        const QVariant v = s.value(key);
        const QString err = v.typeId() == QMetaType::QString ? apply(b, i, v.toString()) : QStringLiteral("not a value");
        if (!err.isEmpty()) {
            qWarning().noquote() << "goschedlab: ignoring setting" << key << ":" << err;
            if (problems) *problems << key;
        }
    }
    return b;
}

void BudgetGuard::save(const runtime::Budgets &b)
{
    QSettings s;
    for (int i = 0; i < 4; ++i) s.setValue(QStringLiteral("budgets/") + QLatin1String(kKeys[i]), valueText(b, i));
}

} // namespace gsl::ui
