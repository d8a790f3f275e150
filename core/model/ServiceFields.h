// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceField.h"

#include <QList>

#include <initializer_list>

namespace srtdesk {

// The table of service fields: one row per parameter of the original API (and of SRT Desk's
// extensions), in the order of the original's GET shape. The parser, serializer, validator,
// service form and OpenAPI document are driven by it; core/engine applies the values to
// libsrt. A new parameter is a ServiceConfig member, a FieldId and one row here (plus its
// libsrt call in core/engine/SrtSocketOptions). See docs/ARCHITECTURE.md, "Field tables".
class ServiceFields
{
public:
    // Every row, in table order. Some fields have one row per kind (TxIp and RxIp are both
    // FieldId::PeerIp), so a FieldId alone does not pick a row: ask with a kind.
    static const QList<ServiceField> &all();
    // The rows of one kind, in table order.
    static QList<const ServiceField *> of(ServiceKind kind);
    // The rows of one kind in the order the original's GET shape writes them.
    static QList<const ServiceField *> written(ServiceKind kind);
    // The rows of one kind with `first` in that order, then the others in table order.
    static QList<const ServiceField *> ordered(ServiceKind kind, std::initializer_list<FieldId> first);
    // The row of `id` for `kind`; nullptr when the kind has no such field.
    static const ServiceField *find(FieldId id, ServiceKind kind);
    // As find(), for fields the kind is known to have.
    static const ServiceField &get(FieldId id, ServiceKind kind);
    // The row that reads `name` (a name or an alias) for `kind`; nullptr when none does.
    static const ServiceField *byName(const QString &name, ServiceKind kind);

    // Whether a field with this condition means something in `config`.
    static bool holds(FieldCondition condition, const ServiceConfig &config);
    // A service of `kind` with every field at its default.
    static ServiceConfig defaults(ServiceKind kind);
};

} // namespace srtdesk
