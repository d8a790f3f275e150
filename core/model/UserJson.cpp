// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/UserJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace srtdesk {

namespace {

const QString kName = QStringLiteral("Name");
const QString kRole = QStringLiteral("Role");
const QString kPassword = QStringLiteral("Password");

bool nameCharacter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_')
        || c == QLatin1Char('-') || c == QLatin1Char('@');
}

// The body as an object; a problem under "body" otherwise.
std::optional<QJsonObject> bodyObject(const QByteArray &json, FieldErrors &errors)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        errors.append({QStringLiteral("body"), UserJson::tr("The body must be a JSON object such as {\"Name\": \"alice\", "
                                                            "\"Role\": \"operator\", \"Password\": \"…\"}.")});
        return std::nullopt;
    }
    return document.object();
}

void refuseUnknown(const QJsonObject &body, const QStringList &known, FieldErrors &errors)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key())) {
            errors.append({it.key().left(40), UserJson::tr("%1 is not a field of a user here (%2).")
                                                  .arg(it.key().left(40), known.join(QStringLiteral(", ")))});
        }
    }
}

void readRole(const QJsonObject &body, UserJson::Request &request)
{
    const QJsonValue value = body.value(kRole);
    request.role = value.isString() ? userRoleFromWire(value.toString()) : std::nullopt;
    if (!request.role)
        request.errors.append({kRole, UserJson::tr("Role must be one of %1.").arg(UserJson::roleChoices())});
}

void readPassword(const QJsonObject &body, UserJson::Request &request)
{
    const QJsonValue value = body.value(kPassword);
    if (!value.isString() || value.toString().isEmpty()) {
        request.errors.append({kPassword, UserJson::tr("Password must be text.")});
        return;
    }
    if (value.toString().size() > UserJson::kMaxPasswordLength) {
        request.errors.append({kPassword, UserJson::tr("Password must be at most %1 characters.")
                                              .arg(UserJson::kMaxPasswordLength)});
        return;
    }
    request.password = value.toString();
}

} // namespace

QString UserJson::roleChoices()
{
    QStringList names;
    for (const UserRole role : kAllUserRoles)
        names << toWire(role);
    return names.join(QStringLiteral(", "));
}

QString UserJson::checkName(const QString &name)
{
    const bool startsWell = !name.isEmpty() && name.front().isLetterOrNumber() && name.front().unicode() < 128;
    bool allowed = startsWell && name.size() <= kMaxNameLength;
    for (const QChar c : name)
        allowed = allowed && nameCharacter(c);
    if (allowed)
        return {};
    return tr("A user name is 1 to %1 letters, digits, \".\", \"_\", \"-\" or \"@\", starting with a letter or digit.")
        .arg(kMaxNameLength);
}

UserJson::Request UserJson::parseNew(const QByteArray &json)
{
    Request request;
    const auto body = bodyObject(json, request.errors);
    if (!body)
        return request;
    refuseUnknown(*body, {kName, kRole, kPassword}, request.errors);
    const QJsonValue name = body->value(kName);
    request.name = name.toString();
    if (!name.isString())
        request.errors.append({kName, tr("Name must be text: the user's login name.")});
    else if (const QString problem = checkName(request.name); !problem.isEmpty())
        request.errors.append({kName, problem});
    readRole(*body, request);
    readPassword(*body, request);
    return request;
}

UserJson::Request UserJson::parseUpdate(const QByteArray &json)
{
    Request request;
    const auto body = bodyObject(json, request.errors);
    if (!body)
        return request;
    if (body->contains(kName)) {
        request.errors.append({kName, tr("A user cannot be renamed: add a user with the new name and delete this one.")});
    }
    refuseUnknown(*body, {kName, kRole, kPassword}, request.errors);
    if (!body->contains(kRole) && !body->contains(kPassword)) {
        request.errors.append({QStringLiteral("body"), tr("Give Role, Password or both.")});
        return request;
    }
    if (body->contains(kRole))
        readRole(*body, request);
    if (body->contains(kPassword))
        readPassword(*body, request);
    return request;
}

OrderedJson UserJson::user(const QString &name, UserRole role)
{
    OrderedJson out;
    out.add(kName, name);
    out.add(kRole, toWire(role));
    return out;
}

} // namespace srtdesk
