// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceField.h"

#include <QObject>
#include <QStringList>

class QAction;
class QLabel;
class QWidget;

namespace srtdesk {

// One row of the service form, made from one row of the field table: the label, the editor
// the field's type asks for (line edit, spin box with the table's bounds and unit, combo box
// of the table's choices, check box), and the line under it that shows the field's messages.
// The editor's objectName is the field's API name.
class ServiceFieldRow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceFieldRow)

public:
    ServiceFieldRow(const ServiceField &field, QWidget *parent);

    const ServiceField &field() const { return m_field; }
    QLabel *label() const { return m_label; }
    QWidget *editor() const { return m_editor; }
    QWidget *cell() const { return m_cell; } // the editor with its message line

    void load(const ServiceConfig &config);
    void store(ServiceConfig &config) const;

    // Texts from the table, in the current language; the tooltip keeps why the row is off.
    void retranslate();
    void setApplicable(bool applicable, const QString &reason);
    void showMessages(const QStringList &messages);
    QString shownMessages() const;

    bool touched() const { return m_touched; }
    void setTouched(bool touched) { m_touched = touched; }

signals:
    // The user changed the value.
    void edited();

private:
    QWidget *createEditor();
    QWidget *createLineEdit();
    QWidget *createSpinBox();
    QWidget *createComboBox();
    QWidget *createCheckBox();
    void updateToolTip();

    const ServiceField &m_field;
    QLabel *m_label = nullptr;
    QWidget *m_editor = nullptr;
    QWidget *m_cell = nullptr;
    QLabel *m_messages = nullptr;
    QAction *m_showPassphrase = nullptr;
    QString m_offReason; // why the field does not apply now; empty when it does
    bool m_touched = false;
};

} // namespace srtdesk
