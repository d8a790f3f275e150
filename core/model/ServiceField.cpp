// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ServiceField.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace srtdesk {

namespace {

FieldValue zeroOf(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Choice:
        return FieldValue(qint64(0));
    case FieldType::Flag:
        return FieldValue(false);
    default:
        return FieldValue(QString());
    }
}

QString translated(const char *text)
{
    return text ? QCoreApplication::translate(ServiceField::kContext, text) : QString();
}

} // namespace

ServiceField::ServiceField(FieldId fieldId, FieldKinds fieldKinds, const char *apiName, FieldType fieldType)
    : id(fieldId), kinds(fieldKinds), name(apiName), type(fieldType), rxDefault(zeroOf(fieldType)), txDefault(rxDefault)
{
}

ServiceField &ServiceField::alias(const char *otherName)
{
    aliases.append(otherName);
    return *this;
}

ServiceField &ServiceField::aliasReadFirst(const char *otherName)
{
    preferredAlias = otherName;
    return *this;
}

ServiceField &ServiceField::writtenByTxAs(const char *txName)
{
    txWrittenName = txName;
    return alias(txName);
}

ServiceField &ServiceField::writtenByTxAfter(FieldId previous)
{
    txWrittenAfter = previous;
    return *this;
}

ServiceField &ServiceField::range(qint64 low, qint64 high)
{
    minimum = low;
    maximum = high;
    return *this;
}

ServiceField &ServiceField::in(const char *unitText)
{
    unit = unitText;
    return *this;
}

ServiceField &ServiceField::steppingBy(int amount)
{
    step = amount;
    return *this;
}

ServiceField &ServiceField::allowing(QList<FieldChoice> values)
{
    choices = std::move(values);
    return *this;
}

ServiceField &ServiceField::shownIn(FieldGroup box)
{
    group = box;
    return *this;
}

ServiceField &ServiceField::when(FieldCondition applies)
{
    condition = applies;
    return *this;
}

ServiceField &ServiceField::checkedEvenWhenOff()
{
    checkedWhenOff = true;
    return *this;
}

ServiceField &ServiceField::omittedWhenBlank()
{
    omittedWhenEmpty = true;
    return *this;
}

ServiceField &ServiceField::labelled(const char *text)
{
    label = text;
    return *this;
}

ServiceField &ServiceField::helping(const char *text)
{
    help = text;
    return *this;
}

ServiceField &ServiceField::showing(const char *text)
{
    inlineText = text;
    return *this;
}

ServiceField &ServiceField::reachingLibsrt(const char *text)
{
    libsrt = text;
    return *this;
}

bool ServiceField::appliesTo(ServiceKind kind) const
{
    switch (kinds) {
    case FieldKinds::Rx: return kind == ServiceKind::Rx;
    case FieldKinds::Tx: return kind == ServiceKind::Tx;
    case FieldKinds::Both: return true;
    }
    return false;
}

QString ServiceField::writtenName(ServiceKind kind) const
{
    if (kind == ServiceKind::Tx && txWrittenName)
        return QString::fromLatin1(txWrittenName);
    return apiName();
}

QStringList ServiceField::acceptedNames() const
{
    QStringList names;
    if (preferredAlias)
        names.append(QString::fromLatin1(preferredAlias));
    names.append(apiName());
    for (const char *other : aliases)
        names.append(QString::fromLatin1(other));
    return names;
}

bool ServiceField::isTextual() const
{
    return type == FieldType::Text || type == FieldType::Host || type == FieldType::Endpoint
        || type == FieldType::LocalAddress || type == FieldType::Passphrase;
}

QString ServiceField::translatedLabel() const
{
    return label ? translated(label) : apiName();
}

QString ServiceField::plainLabel() const
{
    // The form's label without its keyboard mnemonic ("&p", or "(&P)" as CJK labels write it)
    // and without the colon, so that it can start a sentence.
    static const QRegularExpression bracketedMnemonic(QStringLiteral("\\s*\\(&[^)]\\)"));
    QString text = translatedLabel();
    text.remove(bracketedMnemonic);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
        text.chop(1);
    return text.trimmed();
}

QString ServiceField::translatedHelp() const
{
    QString text = translated(help);
    const FieldValue fallback = defaultValue(kinds == FieldKinds::Tx ? ServiceKind::Tx : ServiceKind::Rx);
    QString defaultText;
    if (const auto *number = std::get_if<qint64>(&fallback))
        defaultText = type == FieldType::Choice ? valueText(*number, FieldNaming::Label) : QString::number(*number);
    // Replaced by hand: QString::arg() would give %2 the minimum when a text has no %1.
    text.replace(QStringLiteral("%1"), QString::number(minimum));
    text.replace(QStringLiteral("%2"), limited() ? QString::number(maximum) : QString());
    text.replace(QStringLiteral("%3"), defaultText);
    return text;
}

QString ServiceField::translatedInlineText() const
{
    return translated(inlineText);
}

QString ServiceField::valueText(qint64 value, FieldNaming naming) const
{
    if (naming == FieldNaming::Label && !choices.isEmpty())
        return choiceLabel(value);
    if (choiceWire)
        return choiceWire(value);
    return QString::number(value);
}

QString ServiceField::choiceLabel(qint64 value) const
{
    for (const FieldChoice &choice : choices) {
        if (choice.value == value)
            return translated(choice.label);
    }
    return QString::number(value);
}

std::optional<qint64> ServiceField::choiceFromText(const QString &text) const
{
    return choiceFromWire ? choiceFromWire(text) : std::nullopt;
}

QString ServiceField::wireChoices() const
{
    QStringList words;
    for (const FieldChoice &choice : choices)
        words.append(valueText(choice.value, FieldNaming::Api));
    return words.join(QStringLiteral(", "));
}

} // namespace srtdesk
