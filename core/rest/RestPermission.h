// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace srtdesk {

// What a caller must hold to reach a route. Every route names one in its controller's route
// table; RestServer::authorize checks it, in that one place, before any handler runs.
//
// Today the API knows one user, so there are two levels. Roles (issue 17) refine
// Authenticated into levels such as Read < Operate < Admin: each route then changes its one
// line in the table, and authorize() compares the caller's role with the level.
enum class RestPermission
{
    Public,        // anyone, without a token (login, health, the OpenAPI document)
    Authenticated, // a valid bearer token of the API's user
};

} // namespace srtdesk
