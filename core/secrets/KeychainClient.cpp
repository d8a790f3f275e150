// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/KeychainClient.h"

#include "core/secrets/SecretsLogging.h"

#include <qt6keychain/keychain.h>

#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace srtdesk {

namespace {

// The one thread of the process that runs QtKeychain jobs, started on first use and stopped
// when QCoreApplication goes away (restarted if a keychain call comes later).
class KeychainThread
{
public:
    static KeychainThread &instance()
    {
        static KeychainThread *thread = new KeychainThread; // lives as long as the process
        return *thread;
    }

    // The object whose thread runs the jobs; the thread is running when this returns.
    QObject *context()
    {
        QMutexLocker lock(&m_mutex);
        if (!m_thread.isRunning()) {
            m_thread.start();
            if (!m_postRoutineAdded && QCoreApplication::instance()) {
                qAddPostRoutine(&KeychainThread::stop);
                m_postRoutineAdded = true;
            }
        }
        return &m_context;
    }

    bool isCurrent() const { return QThread::currentThread() == &m_thread; }

private:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("srtdesk-keychain"));
        m_context.moveToThread(&m_thread);
    }

    static void stop()
    {
        KeychainThread &self = instance();
        QMutexLocker lock(&self.m_mutex);
        self.m_thread.quit();
        self.m_thread.wait();
        self.m_postRoutineAdded = false;
    }

    QMutex m_mutex;
    QThread m_thread;
    QObject m_context;
    bool m_postRoutineAdded = false;
};

// The answers of one batch, filled on the keychain thread, awaited on the caller's.
struct Batch
{
    std::mutex mutex;
    std::condition_variable changed;
    QList<KeychainClient::Reply> replies;
    QList<bool> done;
    int answered = 0;
};

} // namespace

KeychainClient::KeychainClient(const QString &service, int timeoutMs) : m_service(service), m_timeoutMs(timeoutMs)
{
}

KeychainClient::Reply KeychainClient::read(const QString &key) const
{
    return run(Operation::Read, {key}, {}).first();
}

KeychainClient::Reply KeychainClient::write(const QString &key, const QByteArray &data) const
{
    return run(Operation::Write, {key}, data).first();
}

KeychainClient::Reply KeychainClient::remove(const QString &key) const
{
    return run(Operation::Remove, {key}, {}).first();
}

QList<KeychainClient::Reply> KeychainClient::readMany(const QStringList &keys) const
{
    if (keys.isEmpty())
        return {};
    return run(Operation::Read, keys, {});
}

QList<KeychainClient::Reply> KeychainClient::run(Operation operation, const QStringList &keys, const QByteArray &data) const
{
    KeychainThread &thread = KeychainThread::instance();
    Q_ASSERT(!thread.isCurrent());
    auto batch = std::make_shared<Batch>();
    batch->replies.resize(keys.size());
    batch->done.fill(false, keys.size());
    const QString service = m_service;

    QMetaObject::invokeMethod(
        thread.context(),
        [batch, operation, keys, data, service] {
            for (qsizetype i = 0; i < keys.size(); ++i) {
                QKeychain::Job *job = nullptr;
                switch (operation) {
                case Operation::Read:
                    job = new QKeychain::ReadPasswordJob(service);
                    break;
                case Operation::Write: {
                    auto *write = new QKeychain::WritePasswordJob(service);
                    write->setBinaryData(data);
                    job = write;
                    break;
                }
                case Operation::Remove:
                    job = new QKeychain::DeletePasswordJob(service);
                    break;
                }
                job->setAutoDelete(true);
                job->setInsecureFallback(false);
                job->setKey(keys.at(i));
                QObject::connect(job, &QKeychain::Job::finished, job, [batch, i](QKeychain::Job *finished) {
                    Reply reply;
                    switch (finished->error()) {
                    case QKeychain::NoError:
                        reply.status = Status::Ok;
                        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                            reply.data = read->binaryData();
                        break;
                    case QKeychain::EntryNotFound:
                        reply.status = Status::NotFound;
                        break;
                    default:
                        reply.status = Status::Failed;
                        reply.error = finished->errorString().isEmpty()
                                          ? tr("the keychain refused the request (error %1)").arg(int(finished->error()))
                                          : finished->errorString();
                        break;
                    }
                    std::lock_guard lock(batch->mutex);
                    batch->replies[i] = reply;
                    batch->done[i] = true;
                    ++batch->answered;
                    batch->changed.notify_all();
                });
                job->start();
            }
        },
        Qt::QueuedConnection);

    // Wait while the keychain makes progress; silence for the whole timeout is a failure.
    std::unique_lock lock(batch->mutex);
    const auto total = keys.size();
    while (batch->answered < total) {
        const int before = batch->answered;
        const bool progressed = batch->changed.wait_for(lock, std::chrono::milliseconds(m_timeoutMs), [&] {
            return batch->answered != before;
        });
        if (!progressed) {
            const QString message = tr("the system keychain did not answer within %1 s").arg(m_timeoutMs / 1000.0);
            qCWarning(lcSecrets).noquote() << message << "(service" << m_service + QLatin1Char(')');
            QList<Reply> replies = batch->replies;
            for (qsizetype i = 0; i < replies.size(); ++i) {
                if (!batch->done.at(i))
                    replies[i] = Reply{Status::TimedOut, {}, message};
            }
            // Late answers land in `batch`, which the keychain thread still holds.
            return replies;
        }
    }
    return batch->replies;
}

} // namespace srtdesk
