#pragma once

#include "core/model/ServiceConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace srtdesk {

// The services and their desired running state in one SQLite file (WAL mode), with a
// schema version and forward migrations. Every change is one transaction; ids come from
// AUTOINCREMENT, so they are stable and never reused. SQL lives here and nowhere else.
// Used from one thread (the one that owns ServiceManager).
class ServiceStore
{
    Q_DECLARE_TR_FUNCTIONS(ServiceStore)

public:
    static constexpr int kSchemaVersion = 2;
    static inline const QString kFileName = QStringLiteral("srtdesk.sqlite");

    struct Record
    {
        ServiceConfig config;
        bool desiredRunning = false;
    };

    ServiceStore();
    ~ServiceStore();
    ServiceStore(const ServiceStore &) = delete;
    ServiceStore &operator=(const ServiceStore &) = delete;

    // Opens or creates the database in `dataDir` and migrates it to kSchemaVersion.
    // false with errorString() when the file is unreadable, locked, corrupt or newer.
    bool open(const QString &dataDir);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_filePath; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;

    std::optional<QList<Record>> loadAll();
    // The new id, or nullopt with errorString().
    std::optional<qint64> insert(const ServiceConfig &config, bool desiredRunning);
    bool update(const ServiceConfig &config);
    bool remove(qint64 id);
    bool setDesiredRunning(qint64 id, bool running);

private:
    bool openConnection();
    QString integrityProblem();
    bool exec(const QString &sql);
    bool migrate();
    bool createSchema();
    bool migrateFrom1To2();
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_filePath;
    QString m_error;
};

} // namespace srtdesk
