#include "ui/teaching/predictionpanel.h"

#include "ui/controller/playback.h"
#include "ui/schedview/schedlayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gsl::ui {

PredictionPanel::PredictionPanel(PlaybackController *pc, QWidget *parent) : QWidget(parent), m_pc(pc)
{
    setObjectName(QStringLiteral("predictionPanel"));
    auto *lay = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_ask = new QPushButton;
    m_ask->setObjectName(QStringLiteral("askButton"));
    m_ask->setToolTip(tr("Pause before the next scheduling decision of this P and let the class predict it (Q)"));
    connect(m_ask, &QPushButton::clicked, this, [this] { ask(); });
    auto *askKey = new QShortcut(QKeySequence(Qt::Key_Q), this);
    askKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(askKey, &QShortcut::activated, this, [this] { ask(); });
    top->addWidget(m_ask);
    m_proc = new QSpinBox;
    m_proc->setObjectName(QStringLiteral("predictProc"));
    m_proc->setPrefix(QStringLiteral("P"));
    m_proc->setRange(0, 1023);
    m_proc->setToolTip(tr("The P whose next goroutine is predicted"));
    connect(m_proc, &QSpinBox::valueChanged, this, [this](int v) {
        m_ask->setText(tr("Predict: which G runs next on P%1?").arg(v));
    });
    top->addWidget(m_proc);
    top->addStretch();
    m_score = new QLabel;
    m_score->setObjectName(QStringLiteral("predictionScore"));
    top->addWidget(m_score);
    lay->addLayout(top);

    m_question = new QLabel;
    m_question->setObjectName(QStringLiteral("predictionQuestion"));
    m_question->setWordWrap(true);
    lay->addWidget(m_question);
    m_buttonRow = new QWidget;
    m_buttons = new QHBoxLayout(m_buttonRow);
    m_buttons->setContentsMargins(0, 0, 0, 0);
    lay->addWidget(m_buttonRow);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("predictionResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    lay->addWidget(m_result);
    m_ask->setText(tr("Predict: which G runs next on P%1?").arg(0));
}

void PredictionPanel::setProc(int32_t p)
{
    m_proc->setValue(p);
}

void PredictionPanel::clearButtons()
{
    qDeleteAll(m_keys);
    m_keys.clear();
    while (QLayoutItem *it = m_buttons->takeAt(0)) {
        delete it->widget();
        delete it;
    }
}

QPushButton *PredictionPanel::candidateButton(int32_t goid) const
{
    return m_buttonRow->findChild<QPushButton *>(QStringLiteral("candidate_G%1").arg(goid));
}

bool PredictionPanel::ask()
{
    clearButtons();
    m_result->clear();
    m_asking = false;
    if (!m_pc->trace()) return false;
    m_q = nextQuestion(*m_pc->trace(), m_pc->position(), m_proc->value());
    if (!m_q.valid) {
        m_question->setText(tr("No more decisions with a choice on P%1 in this run.").arg(m_proc->value()));
        return false;
    }
    m_pc->pause();
    m_pc->seek(m_q.askAt);
    m_question->setText(tr("P%1 is about to pick its next goroutine. Which G runs next on P%1?").arg(m_q.proc));
    int key = 1;
    for (int32_t g : m_q.candidates) {
        auto *b = new QPushButton(QStringLiteral("%1  G%2").arg(key).arg(g));
        b->setObjectName(QStringLiteral("candidate_G%1").arg(g));
        const QColor c = goroutineColor(g);
        b->setStyleSheet(QStringLiteral("QPushButton{background:%1;color:%2;font-weight:bold;padding:6px 18px;"
                                        "border:2px solid %3;border-radius:6px;font-size:%4pt}")
                             .arg(c.name(), c.lightnessF() > 0.55 ? QStringLiteral("black") : QStringLiteral("white"),
                                  c.darker(150).name())
                             .arg(font().pointSizeF() * 1.15, 0, 'f', 1));
        connect(b, &QPushButton::clicked, this, [this, g] { answer(g); });
        m_buttons->addWidget(b);
        if (key <= 9) {
            auto *k = new QShortcut(QKeySequence(Qt::Key_0 + key), this);
            k->setContext(Qt::WidgetWithChildrenShortcut);
            connect(k, &QShortcut::activated, this, [this, g] { answer(g); });
            m_keys.push_back(k);
        }
        ++key;
    }
    m_buttons->addStretch();
    m_asking = true;
    return true;
}

bool PredictionPanel::answer(int32_t goid)
{
    if (!m_asking) return false;
    m_asking = false;
    const bool ok = goid == m_q.answer;
    ++m_answered;
    if (ok) ++m_right;
    m_pc->seek(m_q.revealAt());
    for (int32_t g : m_q.candidates) {
        QPushButton *b = candidateButton(g);
        if (!b) continue;
        b->setEnabled(false);
        if (g == m_q.answer || g == goid)
            b->setStyleSheet(b->styleSheet() + QStringLiteral("QPushButton{border:4px solid %1}")
                                                   .arg(g == m_q.answer ? QStringLiteral("#1a9c3a") : QStringLiteral("#d01c1c")));
    }
    const QString reason = revealReason(*m_pc->trace(), m_q).toHtmlEscaped();
    m_result->setText(ok ? tr("<span style='color:#1a9c3a'><b>Right!</b></span> G%1 runs next on P%2. %3").arg(m_q.answer).arg(m_q.proc).arg(reason)
                         : tr("<span style='color:#d01c1c'><b>Not this time:</b></span> you chose G%1, but G%2 runs next on P%3. %4")
                               .arg(goid).arg(m_q.answer).arg(m_q.proc).arg(reason));
    m_score->setText(tr("%1 of %2 right").arg(m_right).arg(m_answered));
    Q_EMIT revealed(ok);
    return ok;
}

QString PredictionPanel::resultText() const
{
    return m_result->text();
}

} // namespace gsl::ui
