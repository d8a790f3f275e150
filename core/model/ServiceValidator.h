// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FieldError.h"
#include "core/model/FieldNaming.h"
#include "core/model/ServiceConfig.h"

#include <QCoreApplication>
#include <QList>

namespace srtdesk {

// The one place that decides whether a service's parameters are acceptable, from the bounds,
// types and conditions of the field table (ServiceFields) plus the rules that tie fields
// together. The GUI form, the REST API and ServiceManager all call it. Each problem carries
// the field's API name; its message names the field as `naming` says: by API name for REST
// clients ("ListenPort must be between 1 and 65535."), by the form's translated label for
// the GUI ("SRT port must be between 1 and 65535.").
class ServiceValidator
{
    Q_DECLARE_TR_FUNCTIONS(ServiceValidator)

public:
    // Every problem of the service on its own, each naming its field.
    static FieldErrors validate(const ServiceConfig &config, FieldNaming naming = FieldNaming::Api);

    // Problems with the service next to the others: a name used twice within a kind, or two
    // services that would bind the same local UDP port. `others` may contain `config` itself
    // (same id); it is skipped.
    static FieldErrors conflicts(const ServiceConfig &config, const QList<ServiceConfig> &others);
};

} // namespace srtdesk
