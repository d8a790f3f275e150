// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FieldAccess.h"
#include "core/model/FieldChoice.h"
#include "core/model/FieldEnums.h"
#include "core/model/FieldId.h"
#include "core/model/FieldNaming.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace srtdesk {

// One row of the field table (ServiceFields): everything the parser, serializer, validator,
// form, OpenAPI document and engine need to know about one parameter of a service. Rows are
// written with the chained setters below, one expression per field; read the members.
struct ServiceField
{
    static constexpr qint64 kNoLimit = std::numeric_limits<qint64>::max();
    static constexpr const char *kContext = "ServiceField"; // translation context of labels and help

    ServiceField(FieldId id, FieldKinds kinds, const char *name, FieldType type);

    FieldId id;
    FieldKinds kinds;
    const char *name;               // the original API's name: FieldError::field, the form editor's objectName
    FieldType type;
    QList<const char *> aliases;    // also accepted by the parser, tried after `name` in this order
    const char *preferredAlias = nullptr; // accepted too, and tried before `name`
    const char *txWrittenName = nullptr; // the original's TX GET writes the field under this name
    std::optional<FieldId> txWrittenAfter; // the original's TX GET writes the field right after that one
    FieldValue rxDefault;
    FieldValue txDefault;
    qint64 minimum = 0;             // value bounds; for text fields the length in bytes (passphrase) or characters
    qint64 maximum = kNoLimit;
    const char *unit = nullptr;     // "ms", "kbps", "%": in messages and after numbers
    int step = 1;                   // the form's arrow step
    QList<FieldChoice> choices;     // Choice: every value; Integer: the only values allowed, if any
    QString (*choiceWire)(qint64) = nullptr;                  // Choice: value -> wire word
    std::optional<qint64> (*choiceFromWire)(const QString &) = nullptr; // Choice: wire word -> value
    FieldGroup group = FieldGroup::General;
    FieldCondition condition = FieldCondition::Always;
    bool checkedWhenOff = false;
    bool omittedWhenEmpty = false;  // the serializer leaves an empty text or a 0 out (extensions)
    const char *label = nullptr;    // QT_TRANSLATE_NOOP("ServiceField", …), with "&" and ":" for the form
    const char *help = nullptr;     // QT_TRANSLATE_NOOP; %1 minimum, %2 maximum, %3 default
    const char *inlineText = nullptr; // QT_TRANSLATE_NOOP: placeholder, text of the bottom value, or check box text
    const char *libsrt = nullptr;   // how the value reaches libsrt (documentation; core/engine does it)
    FieldValue (*read)(const ServiceConfig &) = nullptr;
    void (*write)(ServiceConfig &, const FieldValue &) = nullptr;

    // Chained setters for the table.
    ServiceField &alias(const char *otherName);
    ServiceField &aliasReadFirst(const char *otherName);
    ServiceField &writtenByTxAs(const char *txName); // also accepted for both kinds
    ServiceField &writtenByTxAfter(FieldId previous);
    template <typename T> ServiceField &defaultsTo(T value);
    template <typename T> ServiceField &defaultsTo(T rx, T tx);
    ServiceField &range(qint64 low, qint64 high = kNoLimit);
    ServiceField &in(const char *unitText);
    ServiceField &steppingBy(int amount);
    ServiceField &allowing(QList<FieldChoice> values);
    template <auto FromWire> ServiceField &choosing(QList<FieldChoice> values);
    ServiceField &shownIn(FieldGroup box);
    ServiceField &when(FieldCondition applies);
    ServiceField &checkedEvenWhenOff();
    ServiceField &omittedWhenBlank();
    ServiceField &labelled(const char *text);
    ServiceField &helping(const char *text);
    ServiceField &showing(const char *text);
    ServiceField &reachingLibsrt(const char *text);
    template <auto Member> ServiceField &stored();

    // Reading.
    bool appliesTo(ServiceKind kind) const;
    QString apiName() const { return QString::fromLatin1(name); }
    QString writtenName(ServiceKind kind) const;
    QStringList acceptedNames() const; // in the order the parser tries them
    FieldValue defaultValue(ServiceKind kind) const { return kind == ServiceKind::Rx ? rxDefault : txDefault; }
    bool limited() const { return maximum != kNoLimit; }
    bool isTextual() const;

    QString translatedLabel() const; // as the form shows it: "SRT &port:"
    QString plainLabel() const;      // for sentences: "SRT port"
    QString displayName(FieldNaming naming) const { return naming == FieldNaming::Api ? apiName() : plainLabel(); }
    QString translatedHelp() const;  // placeholders filled in
    QString translatedInlineText() const;
    QString unitText() const { return unit ? QString::fromLatin1(unit) : QString(); }

    // A choice's wire word (API naming) or translated label (label naming); the number for integers.
    QString valueText(qint64 value, FieldNaming naming) const;
    QString choiceLabel(qint64 value) const;
    std::optional<qint64> choiceFromText(const QString &text) const;
    QString wireChoices() const; // "caller, listener, rendezvous"
};


template <typename T>
ServiceField &ServiceField::defaultsTo(T value)
{
    rxDefault = txDefault = fieldaccess::toValue(value);
    return *this;
}

template <typename T>
ServiceField &ServiceField::defaultsTo(T rx, T tx)
{
    rxDefault = fieldaccess::toValue(rx);
    txDefault = fieldaccess::toValue(tx);
    return *this;
}

template <auto FromWire>
ServiceField &ServiceField::choosing(QList<FieldChoice> values)
{
    choices = std::move(values);
    choiceWire = &fieldaccess::toWireText<FromWire>;
    choiceFromWire = &fieldaccess::fromWire<FromWire>;
    return *this;
}

template <auto Member>
ServiceField &ServiceField::stored()
{
    read = &fieldaccess::read<Member>;
    write = &fieldaccess::write<Member>;
    return *this;
}

} // namespace srtdesk
