// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a REST body must parse to errors or to a service that
// validates, serializes and parses back to itself; never crash or misbehave.
#include "core/model/ServiceParser.h"
#include "core/model/ServiceSerializer.h"
#include "core/model/ServiceValidator.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace srtdesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (ServiceKind kind : {ServiceKind::Rx, ServiceKind::Tx}) {
        const auto parsed = ServiceParser::parse(body, ServiceConfig::defaults(kind));
        for (const FieldError &error : parsed.errors) {
            if (error.field.isEmpty() || error.message.isEmpty())
                std::abort(); // every problem names its field and says something
        }
        if (!parsed.ok())
            continue;
        const FieldErrors problems = ServiceValidator::validate(parsed.config);
        for (const FieldError &error : problems) {
            if (error.field.isEmpty() || error.message.isEmpty())
                std::abort();
        }
        ServiceValidator::conflicts(parsed.config, {parsed.config});
        // What is written reads back as the same service.
        const QByteArray written =
            ServiceSerializer::config(parsed.config, ServiceSerializer::Passphrase::Included).toJson();
        if (QJsonDocument::fromJson(written).isNull())
            std::abort();
        const auto reread = ServiceParser::parse(written, ServiceConfig::defaults(kind));
        if (!reread.ok() || reread.config != parsed.config)
            std::abort();
    }
    return 0;
}
