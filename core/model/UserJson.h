// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/FieldError.h"
#include "core/model/OrderedJson.h"
#include "core/model/UserRole.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace srtdesk {

// The bodies of the user routes: POST /v1/users {"Name", "Role", "Password"} and
// PUT /v1/users/<name> {"Role"?, "Password"?}; and a user as answers show it ({"Name", "Role"},
// never a hash). Every problem is named by its field. A password's strength is the
// PasswordHasher's to judge; here only that it is text of a sane length.
class UserJson
{
    Q_DECLARE_TR_FUNCTIONS(UserJson)

public:
    static constexpr int kMaxNameLength = 64;
    static constexpr int kMaxPasswordLength = 1024;

    struct Request
    {
        QString name;
        std::optional<UserRole> role;
        std::optional<QString> password;
        FieldErrors errors;
        bool ok() const { return errors.isEmpty(); }
    };

    static Request parseNew(const QByteArray &json);
    static Request parseUpdate(const QByteArray &json);
    // Empty when `name` can be a user name; otherwise why not (1 to 64 letters, digits, ".", "_",
    // "-" or "@", starting with a letter or digit).
    static QString checkName(const QString &name);
    static QString roleChoices(); // "observer, operator, admin"

    static OrderedJson user(const QString &name, UserRole role);
};

} // namespace srtdesk
