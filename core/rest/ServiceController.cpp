// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/ServiceController.h"

#include "core/model/AlarmRulesJson.h"
#include "core/model/OrderedJson.h"
#include "core/model/ServiceParser.h"
#include "core/model/ServiceSerializer.h"
#include "core/model/ServiceValidator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace srtdesk {

namespace {

// The parser's type problems and the validator's range problems together, one per field, so
// that a client sees every problem of its body at once.
FieldErrors allProblems(const ServiceParser::Result &parsed)
{
    FieldErrors problems = parsed.errors;
    QStringList reported;
    for (const FieldError &error : problems)
        reported.append(error.field);
    const FieldErrors ranges = ServiceValidator::validate(parsed.config);
    for (const FieldError &error : ranges) {
        if (!reported.contains(error.field))
            problems.append(error);
    }
    return problems;
}

bool isBodyError(const ServiceParser::Result &parsed)
{
    return parsed.errors.size() == 1 && parsed.errors.first().field == QLatin1String("body");
}

// ---- The service's "Alarms" object (issue 15): its alarm rule overrides, kept in their own
// table. Parsed and checked by core/model; absent or null keeps what the service has.
std::optional<AlarmOverrides> alarmsOf(const QByteArray &body, FieldErrors *errors)
{
    const QJsonValue value = QJsonDocument::fromJson(body).object().value(AlarmRulesJson::kServiceKey);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const AlarmRulesJson::OverridesResult parsed = AlarmRulesJson::parseOverrides(value, AlarmRulesJson::kServiceKey);
    errors->append(parsed.errors);
    return parsed.overrides;
}

OrderedJson withAlarms(OrderedJson service, const AlarmOverrides &alarms)
{
    service.add(AlarmRulesJson::kServiceKey, AlarmRulesJson::overrides(alarms));
    return service;
}
// ----

} // namespace

ServiceController::ServiceController(ServiceKind kind, ServiceManager &manager, QObject *parent)
    : QObject(parent),
      m_kind(kind),
      m_label(kind == ServiceKind::Rx ? QStringLiteral("RX") : QStringLiteral("TX")),
      m_manager(manager)
{
    m_clock.start();
    const auto forgetList = [this] { m_listBuiltAtMs = -1; };
    connect(&m_manager, &ServiceManager::serviceAdded, this, forgetList);
    connect(&m_manager, &ServiceManager::serviceUpdated, this, forgetList);
    connect(&m_manager, &ServiceManager::serviceRemoved, this, forgetList);
    connect(&m_manager, &ServiceManager::serviceStateChanged, this, forgetList);
    connect(&m_manager, &ServiceManager::statisticsUpdated, this, forgetList);
}

ServiceController::~ServiceController() = default;

QString ServiceController::path(const char *verb, bool withId) const
{
    return QStringLiteral("/v1/") + QLatin1String(verb) + QLatin1Char('_') + toWire(m_kind)
        + (withId ? QStringLiteral("/{id}") : QString());
}

QList<RestRoute> ServiceController::routes()
{
    using Method = QHttpServerRequest::Method;
    return {
        {Method::Post, path("add", false), RestPermission::Authenticated,
         tr("Creates an %1 service from the original's body.").arg(m_label),
         [this](const RestCall &c) { return add(c.request); }},
        {Method::Put, path("update", true), RestPermission::Authenticated,
         tr("Changes an %1 service; absent fields keep their value, PassPhrase \"********\" keeps the stored one. "
            "A running service restarts.")
             .arg(m_label),
         [this](const RestCall &c) { return update(c.id, c.request); }},
        {Method::Delete, path("delete", true), RestPermission::Authenticated,
         tr("Stops and deletes an %1 service.").arg(m_label),
         [this](const RestCall &c) { return act(c.id, &ServiceManager::remove); }},
        {Method::Get, path("get", false), RestPermission::Authenticated,
         tr("Every %1 service with its statistics.").arg(m_label),
         [this](const RestCall &) { return list(); }},
        {Method::Get, path("get", true), RestPermission::Authenticated,
         tr("One %1 service with its statistics.").arg(m_label),
         [this](const RestCall &c) { return get(c.id); }},
        {Method::Post, path("start", true), RestPermission::Authenticated,
         tr("Starts an %1 service; it runs again after a restart of the daemon.").arg(m_label),
         [this](const RestCall &c) { return act(c.id, &ServiceManager::start); }},
        {Method::Post, path("stop", true), RestPermission::Authenticated,
         tr("Stops an %1 service.").arg(m_label),
         [this](const RestCall &c) { return act(c.id, &ServiceManager::stop); }},
        {Method::Post, path("restart", true), RestPermission::Authenticated,
         tr("Stops and starts an %1 service.").arg(m_label),
         [this](const RestCall &c) { return act(c.id, &ServiceManager::restart); }},
    };
}

std::optional<ApiReply> ServiceController::checkKind(qint64 id) const
{
    const auto config = m_manager.config(id);
    if (!config || config->kind != m_kind)
        return ApiReply::notFound(tr("There is no %1 service with Id %2.").arg(m_label).arg(id));
    return std::nullopt;
}

ApiReply ServiceController::mutationReply(const ServiceManager::Result &result, const QString &serviceName)
{
    if (!result.ok())
        return ApiReply::fromResult(result);
    OrderedJson out;
    out.add(QStringLiteral("Id"), result.id);
    out.add(QStringLiteral("ServiceName"), serviceName);
    out.add(QStringLiteral("message"), result.message);
    return ApiReply::json(out);
}

ApiReply ServiceController::add(const QHttpServerRequest &request)
{
    const ServiceParser::Result parsed = ServiceParser::parse(request.body(), ServiceConfig::defaults(m_kind));
    if (isBodyError(parsed))
        return ApiReply::badRequest(parsed.errors.first().message, parsed.errors);
    FieldErrors alarmProblems;
    const auto alarms = alarmsOf(request.body(), &alarmProblems);
    if (!parsed.ok() || !alarmProblems.isEmpty())
        return ApiReply::invalidFields(allProblems(parsed) + alarmProblems);
    const ServiceManager::Result result = m_manager.add(parsed.config, alarms);
    const auto added = m_manager.config(result.id);
    return mutationReply(result, added ? added->serviceName : parsed.config.serviceName);
}

ApiReply ServiceController::update(qint64 id, const QHttpServerRequest &request)
{
    if (auto missing = checkKind(id))
        return *missing;
    const ServiceConfig stored = *m_manager.config(id);
    ServiceParser::Result parsed = ServiceParser::parse(request.body(), stored);
    if (isBodyError(parsed))
        return ApiReply::badRequest(parsed.errors.first().message, parsed.errors);
    // What GET showed comes back: the mask means "keep the passphrase you have".
    if (parsed.config.passPhrase == ServiceSerializer::kMask)
        parsed.config.passPhrase = stored.passPhrase;
    FieldErrors alarmProblems;
    const auto alarms = alarmsOf(request.body(), &alarmProblems);
    if (!parsed.ok() || !alarmProblems.isEmpty())
        return ApiReply::invalidFields(allProblems(parsed) + alarmProblems);
    const ServiceManager::Result result = m_manager.update(id, parsed.config, alarms);
    const auto updated = m_manager.config(id);
    return mutationReply(result, updated ? updated->serviceName : parsed.config.serviceName);
}

ApiReply ServiceController::list()
{
    const qint64 now = m_clock.elapsed();
    if (m_listBuiltAtMs >= 0 && now - m_listBuiltAtMs < kListCacheMs)
        return ApiReply::json(m_listBody);
    QList<OrderedJson> items;
    const QList<ServiceStatus> services = m_manager.list(m_kind);
    for (const ServiceStatus &status : services)
        items.append(withAlarms(ServiceSerializer::status(status, ServiceSerializer::Passphrase::Masked),
                                m_manager.alarmOverrides(status.config.id)));
    m_listBody = OrderedJson::arrayToJson(items);
    m_listBuiltAtMs = now;
    return ApiReply::json(m_listBody);
}

ApiReply ServiceController::get(qint64 id)
{
    if (auto missing = checkKind(id))
        return *missing;
    const auto status = m_manager.get(id);
    return ApiReply::json(withAlarms(ServiceSerializer::status(*status, ServiceSerializer::Passphrase::Masked),
                                     m_manager.alarmOverrides(id)));
}

ApiReply ServiceController::act(qint64 id, Action action)
{
    if (auto missing = checkKind(id))
        return *missing;
    // Read before the call: after a delete the service is gone.
    const QString name = m_manager.config(id)->serviceName;
    return mutationReply((m_manager.*action)(id), name);
}

} // namespace srtdesk
