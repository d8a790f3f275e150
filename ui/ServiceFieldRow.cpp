// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServiceFieldRow.h"

#include "ui/FieldSpinBox.h"
#include "ui/UiIcons.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace srtdesk {

namespace {

// Characters an editor of each text type lets through; the validator judges the rest.
QString allowedCharacters(FieldType type)
{
    switch (type) {
    case FieldType::Host: return QStringLiteral("[0-9A-Za-z.\\-]");
    case FieldType::Endpoint: return QStringLiteral("[0-9.:]");
    case FieldType::LocalAddress: return QStringLiteral("[0-9.]");
    default: return {};
    }
}

} // namespace

ServiceFieldRow::ServiceFieldRow(const ServiceField &field, QWidget *parent) : QObject(parent), m_field(field)
{
    m_editor = createEditor();
    m_editor->setObjectName(field.apiName());
    m_label = new QLabel(parent);
    m_label->setBuddy(m_editor);

    m_messages = new QLabel(parent);
    m_messages->setObjectName(field.apiName() + QStringLiteral("Error"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::PlainText);
    m_messages->setStyleSheet(QStringLiteral("color: #b0241b;"));
    m_messages->setVisible(false);

    m_cell = new QWidget(parent);
    auto *box = new QVBoxLayout(m_cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(m_editor);
    box->addWidget(m_messages);
}

QWidget *ServiceFieldRow::createEditor()
{
    switch (m_field.type) {
    case FieldType::Integer:
        return m_field.choices.isEmpty() ? createSpinBox() : createComboBox();
    case FieldType::Choice:
        return createComboBox();
    case FieldType::Flag:
        return createCheckBox();
    default:
        return createLineEdit();
    }
}

QWidget *ServiceFieldRow::createLineEdit()
{
    auto *edit = new QLineEdit(qobject_cast<QWidget *>(parent()));
    const QString allowed = allowedCharacters(m_field.type);
    if (!allowed.isEmpty()) {
        const QString pattern = QStringLiteral("%1{0,%2}").arg(allowed).arg(m_field.maximum);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    } else if (m_field.limited()) {
        edit->setMaxLength(int(m_field.maximum) + 16); // room to type past the limit: the validator explains it
    }
    edit->setClearButtonEnabled(m_field.type != FieldType::Passphrase);
    if (m_field.type == FieldType::Passphrase) {
        edit->setEchoMode(QLineEdit::Password);
        m_showPassphrase = edit->addAction(UiIcons::icon("show-password"), QLineEdit::TrailingPosition);
        m_showPassphrase->setObjectName(QStringLiteral("showPassphrase"));
        m_showPassphrase->setCheckable(true);
        connect(m_showPassphrase, &QAction::toggled, edit,
                [edit](bool shown) { edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    }
    connect(edit, &QLineEdit::textChanged, this, &ServiceFieldRow::edited);
    return edit;
}

QWidget *ServiceFieldRow::createSpinBox()
{
    auto *spin = new FieldSpinBox(m_field.minimum, m_field.maximum, qobject_cast<QWidget *>(parent()));
    spin->setSingleStep(m_field.step);
    connect(spin, &QSpinBox::valueChanged, this, &ServiceFieldRow::edited);
    return spin;
}

QWidget *ServiceFieldRow::createComboBox()
{
    auto *combo = new QComboBox(qobject_cast<QWidget *>(parent()));
    for (const FieldChoice &choice : m_field.choices)
        combo->addItem(QString(), choice.value);
    connect(combo, &QComboBox::currentIndexChanged, this, &ServiceFieldRow::edited);
    return combo;
}

QWidget *ServiceFieldRow::createCheckBox()
{
    auto *check = new QCheckBox(qobject_cast<QWidget *>(parent()));
    connect(check, &QCheckBox::toggled, this, &ServiceFieldRow::edited);
    return check;
}

void ServiceFieldRow::load(const ServiceConfig &config)
{
    const FieldValue value = m_field.read(config);
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor)) {
        edit->setText(std::get<QString>(value));
    } else if (auto *spin = qobject_cast<QSpinBox *>(m_editor)) {
        spin->setValue(int(std::clamp<qint64>(std::get<qint64>(value), spin->minimum(), spin->maximum())));
    } else if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        const int index = combo->findData(std::get<qint64>(value));
        combo->setCurrentIndex(index >= 0 ? index : 0);
    } else if (auto *check = qobject_cast<QCheckBox *>(m_editor)) {
        check->setChecked(std::get<bool>(value));
    }
}

void ServiceFieldRow::store(ServiceConfig &config) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor)) {
        // Passphrases keep their spaces: they are compared byte for byte by the peer.
        const QString text = m_field.type == FieldType::Passphrase ? edit->text() : edit->text().trimmed();
        m_field.write(config, FieldValue(text));
    } else if (auto *spin = qobject_cast<QSpinBox *>(m_editor)) {
        m_field.write(config, FieldValue(qint64(spin->value())));
    } else if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        m_field.write(config, FieldValue(combo->currentData().toLongLong()));
    } else if (auto *check = qobject_cast<QCheckBox *>(m_editor)) {
        m_field.write(config, FieldValue(check->isChecked()));
    }
}

void ServiceFieldRow::retranslate()
{
    m_label->setText(m_field.translatedLabel());
    const QString inlineText = m_field.translatedInlineText();
    if (auto *edit = qobject_cast<QLineEdit *>(m_editor)) {
        // An address is shown by example, the same in every language.
        const bool example = inlineText.isEmpty() && m_field.type == FieldType::Endpoint;
        edit->setPlaceholderText(example ? QStringLiteral("239.1.1.1:5000") : inlineText);
    } else if (auto *spin = qobject_cast<QSpinBox *>(m_editor)) {
        spin->setSpecialValueText(inlineText);
        spin->setSuffix(m_field.unit ? QString(QLatin1Char(' ') + m_field.unitText()) : QString());
    } else if (auto *combo = qobject_cast<QComboBox *>(m_editor)) {
        for (int i = 0; i < combo->count(); ++i)
            combo->setItemText(i, m_field.choiceLabel(combo->itemData(i).toLongLong()));
    } else if (auto *check = qobject_cast<QCheckBox *>(m_editor)) {
        check->setText(inlineText);
    }
    if (m_showPassphrase) {
        m_showPassphrase->setToolTip(tr("Show or hide the passphrase"));
        m_showPassphrase->setText(tr("Show passphrase"));
    }
    updateToolTip();
}

void ServiceFieldRow::setApplicable(bool applicable, const QString &reason)
{
    m_offReason = applicable ? QString() : reason;
    m_editor->setEnabled(applicable);
    m_label->setEnabled(applicable);
    updateToolTip();
}

void ServiceFieldRow::updateToolTip()
{
    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(m_field.apiName(), m_field.translatedHelp().toHtmlEscaped());
    if (!m_offReason.isEmpty())
        tip = QStringLiteral("<i>%1</i><br><br>%2").arg(m_offReason.toHtmlEscaped(), tip);
    m_editor->setToolTip(tip);
    m_label->setToolTip(tip);
}

void ServiceFieldRow::showMessages(const QStringList &messages)
{
    m_messages->setText(messages.join(QLatin1Char('\n')));
    m_messages->setVisible(!messages.isEmpty());
}

QString ServiceFieldRow::shownMessages() const
{
    return m_messages->isVisibleTo(m_messages->window()) ? m_messages->text() : QString();
}

} // namespace srtdesk
