// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace srtdesk {

// A receiver of events: every event is POSTed to `url`, signed with `secret` (HMAC-SHA256).
// The secret lives in the SecretStore, never in the database or a log.
struct Webhook
{
    QString url;
    QString secret;

    bool operator==(const Webhook &other) const { return url == other.url && secret == other.secret; }
};

} // namespace srtdesk
