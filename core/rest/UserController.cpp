// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rest/UserController.h"

#include "core/audit/AuditTrail.h"
#include "core/model/AuditChanges.h"
#include "core/model/UserJson.h"

namespace srtdesk {

namespace {

QString target(const QString &name)
{
    return QStringLiteral("user ") + name;
}

} // namespace

UserController::UserController(AuthStore &auth, AuditTrail &audit) : m_auth(auth), m_audit(audit) {}

QList<RestRoute> UserController::routes()
{
    using Method = QHttpServerRequest::Method;
    return {
        {Method::Get, QStringLiteral("/v1/users"), RestPermission::Administer,
         tr("Every user of the API with their role (never a password or hash)."),
         [this](const RestCall &) { return list(); }},
        {Method::Post, QStringLiteral("/v1/users"), RestPermission::Administer,
         tr("Adds a user from {Name, Role, Password}; Role is observer, operator or admin."),
         [this](const RestCall &c) { return add(c); }},
        {Method::Put, QStringLiteral("/v1/users/{name}"), RestPermission::Administer,
         tr("Changes a user's Role, Password or both; the user's tokens stop working. The last admin cannot be "
            "demoted."),
         [this](const RestCall &c) { return update(c); }},
        {Method::Delete, QStringLiteral("/v1/users/{name}"), RestPermission::Administer,
         tr("Deletes a user; their tokens stop working. The last admin cannot be deleted."),
         [this](const RestCall &c) { return remove(c); }},
    };
}

ApiReply UserController::refusal(const AuthStore::Outcome &outcome)
{
    switch (outcome.status) {
    case AuthStore::Outcome::Status::Invalid:
        return ApiReply::invalidFields({{QStringLiteral("Password"), outcome.message}});
    case AuthStore::Outcome::Status::NotFound:
        return ApiReply::notFound(outcome.message);
    case AuthStore::Outcome::Status::Conflict:
        return ApiReply::conflict(outcome.message);
    case AuthStore::Outcome::Status::StoreFailed:
    case AuthStore::Outcome::Status::Done:
        break;
    }
    return ApiReply::internalError(outcome.message);
}

ApiReply UserController::done(const QString &name, std::optional<UserRole> role, const QString &message)
{
    OrderedJson out;
    out.add(QStringLiteral("Name"), name);
    if (role)
        out.add(QStringLiteral("Role"), toWire(*role));
    out.add(QStringLiteral("message"), message);
    return ApiReply::json(out);
}

ApiReply UserController::list() const
{
    QList<OrderedJson> items;
    for (const AuthStore::User &user : m_auth.users())
        items.append(UserJson::user(user.name, user.role));
    return ApiReply::json(OrderedJson::arrayToJson(items));
}

ApiReply UserController::add(const RestCall &call)
{
    const UserJson::Request request = UserJson::parseNew(call.request.body());
    if (!request.ok())
        return ApiReply::invalidFields(request.errors);
    const AuthStore::Outcome outcome = m_auth.addUser(request.name, *request.role, *request.password);
    if (!outcome.ok())
        return refusal(outcome);
    m_audit.record({call.subject, call.source()}, AuditAction::UserAdded, target(request.name),
                   AuditChanges::user(std::nullopt, request.role, true));
    return done(request.name, request.role, tr("User added."));
}

ApiReply UserController::update(const RestCall &call)
{
    const auto before = m_auth.user(call.name);
    if (!before)
        return ApiReply::notFound(tr("There is no user named \"%1\".").arg(call.name.left(UserJson::kMaxNameLength)));
    const UserJson::Request request = UserJson::parseUpdate(call.request.body());
    if (!request.ok())
        return ApiReply::invalidFields(request.errors);
    const AuthStore::Outcome outcome = m_auth.updateUser(before->name, request.role, request.password);
    if (!outcome.ok())
        return refusal(outcome);
    const UserRole after = request.role.value_or(before->role);
    m_audit.record({call.subject, call.source()}, AuditAction::UserChanged, target(before->name),
                   AuditChanges::user(before->role, after, request.password.has_value()));
    return done(before->name, after, tr("User changed; their earlier tokens no longer work."));
}

ApiReply UserController::remove(const RestCall &call)
{
    const auto before = m_auth.user(call.name);
    if (!before)
        return ApiReply::notFound(tr("There is no user named \"%1\".").arg(call.name.left(UserJson::kMaxNameLength)));
    const AuthStore::Outcome outcome = m_auth.removeUser(before->name);
    if (!outcome.ok())
        return refusal(outcome);
    m_audit.record({call.subject, call.source()}, AuditAction::UserDeleted, target(before->name),
                   AuditChanges::user(before->role, std::nullopt, false));
    return done(before->name, std::nullopt, tr("User deleted; their tokens no longer work."));
}

} // namespace srtdesk
