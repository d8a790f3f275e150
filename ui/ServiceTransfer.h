// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ServiceConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace srtdesk {

class ServiceManager;

// Moving service definitions between machines, and from the original system, as JSON.
//
// Export writes {"rx": [...], "tx": [...]} where each item has the original API's shape
// (ServiceSerializer::config), passphrases left out unless asked for. Import reads that,
// a bare array such as the original's GET /v1/get_rx or get_tx answer, or one service
// object such as an add_rx body. Ids, statistics and Status are ignored: imported
// services get new ids and start stopped.
class ServiceTransfer
{
    Q_DECLARE_TR_FUNCTIONS(ServiceTransfer)

public:
    static QByteArray exportJson(const QList<ServiceConfig> &configs, bool includePassphrases);

    struct Parsed
    {
        QList<ServiceConfig> configs;
        QStringList problems; // one sentence per item that could not be read
        int maskedPassphrases = 0; // items whose passphrase was "********" (left empty)
    };
    static Parsed parseJson(const QByteArray &json);

    struct Report
    {
        QList<qint64> added;
        QStringList problems;
    };
    // Adds each service through the manager; a failure (a name or port conflict) skips that one.
    static Report import(ServiceManager &manager, const QList<ServiceConfig> &configs);
};

} // namespace srtdesk
