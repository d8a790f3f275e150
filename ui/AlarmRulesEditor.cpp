// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AlarmRulesEditor.h"

#include "core/model/AlarmRulesJson.h"
#include "core/model/AlarmText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>

#include <cmath>

namespace srtdesk {

namespace {

enum GridColumn { OwnColumn, NameColumn, SeverityColumn, ThresholdColumn, RaiseColumn, ClearColumn, WindowColumn };

constexpr AlarmSeverity kSeverities[] = {AlarmSeverity::Minor, AlarmSeverity::Major, AlarmSeverity::Critical};

QString editorName(AlarmType type, const char *field)
{
    return toWire(type) + QLatin1Char('.') + QLatin1String(field);
}

QSpinBox *secondsBox(int minimum, int maximum, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    return box;
}

} // namespace

AlarmRulesEditor::AlarmRulesEditor(Scope scope, QWidget *parent)
    : QWidget(parent)
    , m_scope(scope)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("alarmRulesEditor"));
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    for (int column = OwnColumn; column <= WindowColumn; ++column) {
        auto *header = new QLabel(this);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        m_grid->addWidget(header, 0, column);
        m_headers.append(header);
    }
    m_headers.at(OwnColumn)->setVisible(scope == Scope::Service);
    int gridRow = 1;
    for (AlarmType type : kAllAlarmTypes)
        buildRow(type, gridRow++);
    m_grid->setColumnStretch(NameColumn, 1);
    retranslateUi();
    setRules(AlarmRules::defaults());
}

void AlarmRulesEditor::buildRow(AlarmType type, int gridRow)
{
    Row &row = m_rows[std::size_t(indexOf(type))];
    if (m_scope == Scope::Service) {
        row.own = new QCheckBox(this);
        row.own->setObjectName(editorName(type, "Own"));
        m_grid->addWidget(row.own, gridRow, OwnColumn);
        connect(row.own, &QCheckBox::toggled, this, [this, type](bool own) {
            if (own)
                updateEnabled(type);
            else
                showRule(type, m_global.rule(type)); // back to the global rule
        });
    }
    row.enabled = new QCheckBox(this);
    row.enabled->setObjectName(editorName(type, "Enabled"));
    m_grid->addWidget(row.enabled, gridRow, NameColumn);
    connect(row.enabled, &QCheckBox::toggled, this, [this, type] { updateEnabled(type); });
    row.severity = new QComboBox(this);
    row.severity->setObjectName(editorName(type, "Severity"));
    for (AlarmSeverity severity : kSeverities)
        row.severity->addItem(QString(), int(severity));
    m_grid->addWidget(row.severity, gridRow, SeverityColumn);
    if (AlarmRules::hasThreshold(type)) {
        const AlarmRules::ThresholdRange range = AlarmRules::thresholdRange(type);
        row.threshold = new QDoubleSpinBox(this);
        row.threshold->setObjectName(editorName(type, "Threshold"));
        row.threshold->setDecimals(range.integer ? 0 : 2);
        const double step = range.integer ? 1.0 : 0.01;
        row.threshold->setRange(range.lowExclusive ? range.low + step : range.low, range.high);
        row.threshold->setGroupSeparatorShown(false);
        m_grid->addWidget(row.threshold, gridRow, ThresholdColumn);
    }
    row.raiseAfter = secondsBox(0, AlarmRulesJson::kMaxHoldSecs, this);
    row.raiseAfter->setObjectName(editorName(type, "RaiseAfterSeconds"));
    m_grid->addWidget(row.raiseAfter, gridRow, RaiseColumn);
    row.clearAfter = secondsBox(0, AlarmRulesJson::kMaxHoldSecs, this);
    row.clearAfter->setObjectName(editorName(type, "ClearAfterSeconds"));
    m_grid->addWidget(row.clearAfter, gridRow, ClearColumn);
    if (AlarmRules::hasWindow(type)) {
        row.window = secondsBox(1, AlarmRulesJson::kMaxWindowSecs, this);
        row.window->setObjectName(editorName(type, "WindowSeconds"));
        m_grid->addWidget(row.window, gridRow, WindowColumn);
    }
}

void AlarmRulesEditor::showRule(AlarmType type, const AlarmRule &rule)
{
    const Row &row = m_rows[std::size_t(indexOf(type))];
    row.enabled->setChecked(rule.enabled);
    row.severity->setCurrentIndex(row.severity->findData(int(rule.severity)));
    if (row.threshold)
        row.threshold->setValue(rule.threshold);
    row.raiseAfter->setValue(rule.raiseAfterSecs);
    row.clearAfter->setValue(rule.clearAfterSecs);
    if (row.window)
        row.window->setValue(rule.windowSecs);
    updateEnabled(type);
}

AlarmRule AlarmRulesEditor::shownRule(AlarmType type) const
{
    const Row &row = m_rows[std::size_t(indexOf(type))];
    AlarmRule rule = m_global.rule(type);
    rule.enabled = row.enabled->isChecked();
    rule.severity = AlarmSeverity(row.severity->currentData().toInt());
    if (row.threshold)
        rule.threshold = row.threshold->value();
    rule.raiseAfterSecs = row.raiseAfter->value();
    rule.clearAfterSecs = row.clearAfter->value();
    if (row.window)
        rule.windowSecs = row.window->value();
    return rule;
}

void AlarmRulesEditor::updateEnabled(AlarmType type)
{
    const Row &row = m_rows[std::size_t(indexOf(type))];
    const bool editable = !row.own || row.own->isChecked(); // else it follows the global rule, greyed
    row.enabled->setEnabled(editable);
    const bool on = editable && row.enabled->isChecked();
    for (QWidget *editor : {static_cast<QWidget *>(row.severity), static_cast<QWidget *>(row.threshold),
                            static_cast<QWidget *>(row.raiseAfter), static_cast<QWidget *>(row.clearAfter),
                            static_cast<QWidget *>(row.window)}) {
        if (editor)
            editor->setEnabled(on);
    }
}

void AlarmRulesEditor::setRules(const AlarmRules &rules)
{
    m_global = rules;
    for (AlarmType type : kAllAlarmTypes) {
        if (const Row &row = m_rows[std::size_t(indexOf(type))]; row.own) {
            const QSignalBlocker block(row.own);
            row.own->setChecked(false);
        }
        showRule(type, rules.rule(type));
    }
}

AlarmRules AlarmRulesEditor::rules() const
{
    AlarmRules rules = m_global;
    for (AlarmType type : kAllAlarmTypes)
        rules.rule(type) = shownRule(type);
    return rules;
}

void AlarmRulesEditor::setService(const AlarmRules &global, const AlarmOverrides &overrides)
{
    m_global = global;
    const AlarmRules effective = overrides.applyTo(global);
    for (AlarmType type : kAllAlarmTypes) {
        const Row &row = m_rows[std::size_t(indexOf(type))];
        if (row.own) {
            const QSignalBlocker block(row.own);
            row.own->setChecked(!overrides.rule(type).isEmpty());
        }
        showRule(type, effective.rule(type));
    }
}

AlarmOverrides AlarmRulesEditor::overrides() const
{
    AlarmOverrides overrides;
    for (AlarmType type : kAllAlarmTypes) {
        const Row &row = m_rows[std::size_t(indexOf(type))];
        if (!row.own || !row.own->isChecked())
            continue;
        const AlarmRule own = shownRule(type);
        const AlarmRule &global = m_global.rule(type);
        AlarmRuleOverride &change = overrides.rule(type);
        if (own.enabled != global.enabled)
            change.enabled = own.enabled;
        if (own.severity != global.severity)
            change.severity = own.severity;
        if (row.threshold && std::abs(own.threshold - global.threshold) > 1e-9)
            change.threshold = own.threshold;
        if (own.raiseAfterSecs != global.raiseAfterSecs)
            change.raiseAfterSecs = own.raiseAfterSecs;
        if (own.clearAfterSecs != global.clearAfterSecs)
            change.clearAfterSecs = own.clearAfterSecs;
        if (row.window && own.windowSecs != global.windowSecs)
            change.windowSecs = own.windowSecs;
    }
    return overrides;
}

void AlarmRulesEditor::retranslateUi()
{
    m_headers.at(OwnColumn)->setText(tr("Own"));
    m_headers.at(OwnColumn)->setToolTip(tr("Ticked: this service's own rule. Not ticked: the global rule (Settings)."));
    m_headers.at(NameColumn)->setText(tr("Alarm"));
    m_headers.at(SeverityColumn)->setText(tr("Severity"));
    m_headers.at(ThresholdColumn)->setText(tr("Threshold"));
    m_headers.at(RaiseColumn)->setText(tr("Raise after"));
    m_headers.at(RaiseColumn)->setToolTip(tr("How long the condition must hold before the alarm is raised"));
    m_headers.at(ClearColumn)->setText(tr("Clear after"));
    m_headers.at(ClearColumn)->setToolTip(tr("How long the condition must be gone before the alarm clears"));
    m_headers.at(WindowColumn)->setText(tr("Over"));
    m_headers.at(WindowColumn)->setToolTip(tr("The time the loss percentage is taken over"));
    for (AlarmType type : kAllAlarmTypes) {
        const Row &row = m_rows[std::size_t(indexOf(type))];
        const QString title = AlarmText::title(type);
        row.enabled->setText(title);
        if (row.own)
            row.own->setAccessibleName(tr("%1: own rule").arg(title));
        row.severity->setAccessibleName(tr("%1: severity").arg(title));
        for (int i = 0; i < row.severity->count(); ++i)
            row.severity->setItemText(i, AlarmText::title(AlarmSeverity(row.severity->itemData(i).toInt())));
        if (row.threshold) {
            row.threshold->setAccessibleName(tr("%1: threshold").arg(title));
            switch (type) {
            case AlarmType::LowBitrate:
            case AlarmType::HighBitrate: row.threshold->setSuffix(tr(" Mbit/s")); break;
            case AlarmType::Loss: row.threshold->setSuffix(tr(" %")); break;
            case AlarmType::Rtt: row.threshold->setSuffix(tr(" ms")); break;
            case AlarmType::TsErrors: row.threshold->setSuffix(tr(" /min")); break;
            default: break;
            }
        }
        row.raiseAfter->setSuffix(tr(" s"));
        row.raiseAfter->setAccessibleName(tr("%1: raise after").arg(title));
        row.clearAfter->setSuffix(tr(" s"));
        row.clearAfter->setAccessibleName(tr("%1: clear after").arg(title));
        if (row.window) {
            row.window->setSuffix(tr(" s"));
            row.window->setAccessibleName(tr("%1: over").arg(title));
        }
    }
}

void AlarmRulesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace srtdesk
