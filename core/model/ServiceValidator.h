#pragma once

#include "core/model/FieldError.h"
#include "core/model/ServiceConfig.h"

#include <QCoreApplication>
#include <QList>

namespace srtdesk {

// The one place that decides whether a service's parameters are acceptable. The GUI
// form, the REST API and ServiceManager all call it and show the same messages.
class ServiceValidator
{
    Q_DECLARE_TR_FUNCTIONS(ServiceValidator)

public:
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMinLatency = 20;
    static constexpr int kMaxLatency = 60000;
    static constexpr qint64 kMaxSrtBw = 10000000;
    static constexpr int kMinOverHead = 5;
    static constexpr int kMaxOverHead = 100;
    static constexpr int kMinPassphrase = 10; // libsrt's limits (the original's "8" is wrong)
    static constexpr int kMaxPassphrase = 79;
    static constexpr int kMaxWeight = 32767;

    // Every problem of the service on its own, each naming its field.
    static FieldErrors validate(const ServiceConfig &config);

    // Problems with the service next to the others: a name used twice within a kind, or two
    // services that would bind the same local UDP port. `others` may contain `config` itself
    // (same id); it is skipped.
    static FieldErrors conflicts(const ServiceConfig &config, const QList<ServiceConfig> &others);

    // Field names of the original, by kind.
    static QString peerField(const ServiceConfig &config);
    static QString udpField(const ServiceConfig &config);
};

} // namespace srtdesk
