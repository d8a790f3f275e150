// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <iterator>

namespace srtdesk {

class SchemaMigrator;

// Every version of the database schema: what a new file starts from, and each step since.
// SchemaMigrator runs them; this class only says what they are.
//
// A new schema version (a new table, a new column) is one step function here plus its line at
// the end of kSteps. Both a new file and an upgraded one take it: a new file is created at
// kBaselineVersion, which stays as it is, and then takes every later step too.
class SchemaHistory
{
    // Its messages are the store's, under the store's translation context.
    Q_DECLARE_TR_FUNCTIONS(ServiceStore)

public:
    struct Step
    {
        int version; // the schema version the step leads to, one more than the one before
        bool (*apply)(SchemaMigrator &migrator);
        // The step takes secrets out of rows: the file is rebuilt after the upgrade so that no
        // copy stays in free pages or in the write-ahead log.
        bool removesSecrets;
    };

    // A new file: the schema of version 3 in one go (the sum of versions 1 to 3).
    static constexpr int kBaselineVersion = 3;
    static bool createBaseline(SchemaMigrator &migrator);

    // 1 -> 2: the desired running state (schema 1 brought every service up stopped).
    static bool addDesiredRunningState(SchemaMigrator &migrator);
    // 2 -> 3: passphrases leave the config JSON for the SecretStore.
    static bool movePassphrasesToSecretStore(SchemaMigrator &migrator);
    // 3 -> 4: per-service alarm overrides, and settings of the node (global alarm rules, webhooks).
    static bool addAlarmSettings(SchemaMigrator &migrator);

    static constexpr Step kSteps[] = {
        {2, &addDesiredRunningState, false},
        {3, &movePassphrasesToSecretStore, true},
        {4, &addAlarmSettings, false},
    };
    static constexpr int kLatestVersion = kSteps[std::size(kSteps) - 1].version;
};

} // namespace srtdesk
