// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/AlarmRules.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace srtdesk {

// One row per alarm type: on/off, severity, threshold (where the type has one), hold-off
// times and the loss window. Bounds come from core/model (AlarmRules::thresholdRange,
// AlarmRulesJson's limits), so what the editor lets through the REST API accepts too.
//
// Global scope (Settings) edits the global rules. Service scope (the service form) shows the
// global rules greyed, and a row whose "Own" box is ticked becomes the service's rule: only
// what then differs from the global rule is kept as the service's override, so a later change
// of the global rule still reaches the fields the service did not change. Editors are named
// "<type>.<field>" as in the REST API ("loss.Threshold", "rtt.Own").
class AlarmRulesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlarmRulesEditor)

public:
    enum class Scope { Global, Service };

    explicit AlarmRulesEditor(Scope scope, QWidget *parent = nullptr);

    // Global scope.
    void setRules(const AlarmRules &rules);
    AlarmRules rules() const;
    // Service scope: the global rules and the service's overrides of them.
    void setService(const AlarmRules &global, const AlarmOverrides &overrides);
    AlarmOverrides overrides() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QCheckBox *own = nullptr; // service scope only
        QCheckBox *enabled = nullptr;
        QComboBox *severity = nullptr;
        QDoubleSpinBox *threshold = nullptr; // types with a threshold
        QSpinBox *raiseAfter = nullptr;
        QSpinBox *clearAfter = nullptr;
        QSpinBox *window = nullptr; // loss only
    };

    void buildRow(AlarmType type, int gridRow);
    void showRule(AlarmType type, const AlarmRule &rule);
    AlarmRule shownRule(AlarmType type) const;
    void updateEnabled(AlarmType type);
    void retranslateUi();

    const Scope m_scope;
    QGridLayout *m_grid = nullptr;
    QList<QLabel *> m_headers;
    std::array<Row, kAllAlarmTypes.size()> m_rows;
    AlarmRules m_global = AlarmRules::defaults();
};

} // namespace srtdesk
