// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace srtdesk {

// Synchronous calls, with a timeout, over QtKeychain's asynchronous jobs. The jobs run on one
// process-wide thread with its own event loop (QtKeychain queues every job of the process in
// one executor object, so they must all live in one thread; libsecret answers through that
// thread's GLib main context). The caller only waits on a condition: no nested event loop,
// so the GUI thread may call it. A keychain that does not answer within the timeout is an
// error, never a silent loss. Not for use from the keychain thread itself.
class KeychainClient
{
    Q_DECLARE_TR_FUNCTIONS(KeychainClient)

public:
    enum class Status { Ok, NotFound, Failed, TimedOut };

    struct Reply
    {
        Status status = Status::Failed;
        QByteArray data;   // read: the secret
        QString error;     // Failed and TimedOut: a sentence for the user (never the secret)
        bool ok() const { return status == Status::Ok; }
    };

    // `service` is QtKeychain's service name (the namespace of every key).
    KeychainClient(const QString &service, int timeoutMs);

    QString service() const { return m_service; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int msecs) { m_timeoutMs = msecs; }

    Reply read(const QString &key) const;
    Reply write(const QString &key, const QByteArray &data) const;
    Reply remove(const QString &key) const; // NotFound when there was nothing to delete
    // Every key in one batch (one wait; the timeout is for the keychain staying silent, not
    // for the whole batch). Replies in the order of `keys`.
    QList<Reply> readMany(const QStringList &keys) const;

private:
    enum class Operation { Read, Write, Remove };
    QList<Reply> run(Operation operation, const QStringList &keys, const QByteArray &data) const;

    QString m_service;
    int m_timeoutMs;
};

} // namespace srtdesk
