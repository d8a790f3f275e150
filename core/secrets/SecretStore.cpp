// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/secrets/SecretStore.h"

#include "core/secrets/SecretsLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>

namespace srtdesk {

SecretStore::SecretStore() = default;
SecretStore::~SecretStore() = default;

bool SecretStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString SecretStore::backendName() const
{
    switch (m_backend) {
    case Backend::Keychain:
        return QStringLiteral("keychain");
    case Backend::File:
        return QStringLiteral("file");
    case Backend::None:
        break;
    }
    return {};
}

void SecretStore::setTimeoutMs(int msecs)
{
    m_timeoutMs = std::max(100, msecs);
    if (m_keychain)
        m_keychain->setTimeoutMs(m_timeoutMs);
}

QString SecretStore::serviceNameFor(const QString &dataDir)
{
    QString path = QFileInfo(dataDir).canonicalFilePath();
    if (path.isEmpty())
        path = QDir::cleanPath(QDir(dataDir).absolutePath());
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("srtdesk:") + QString::fromLatin1(hash);
}

bool SecretStore::open(const QString &dataDir, Preference preference)
{
    m_backend = Backend::None;
    m_error.clear();
    m_fallbackReason.clear();
    m_keychain.reset();
    if (!QDir().mkpath(dataDir))
        return fail(tr("Cannot create the data directory %1.").arg(QDir::toNativeSeparators(dataDir)));
    m_dataDir = QDir(dataDir).absolutePath();
    m_serviceName = serviceNameFor(m_dataDir);
    if (!m_file.load(QDir(m_dataDir).filePath(kFileName)))
        return fail(m_file.errorString());

    bool fromEnvironment = false;
    if (preference == Preference::Auto) {
        QString invalid;
        if (!readEnvironmentPreference(&preference, &invalid))
            return fail(tr("SRTDESK_SECRET_STORE must be \"keychain\", \"file\" or \"auto\", not \"%1\".").arg(invalid));
        fromEnvironment = preference != Preference::Auto;
    }

    if (preference != Preference::File) {
        m_keychain = std::make_unique<KeychainClient>(m_serviceName, m_timeoutMs);
        QString why;
        if (probeKeychain(&why)) {
            m_backend = Backend::Keychain;
            qCInfo(lcSecrets).noquote() << "secrets are kept in the system keychain under" << m_serviceName;
            if (!m_file.exists())
                return true;
            // A file left by an earlier run: one without a keychain, or whose keychain
            // answered too late (a first-run prompt to create the keyring). Its secrets move
            // now; when they cannot, this run keeps using the file and the next start retries.
            if (moveFileIntoKeychain(&why))
                return true;
            m_keychain.reset();
            m_backend = Backend::None;
            if (preference == Preference::Keychain)
                return fail(tr("The system keychain cannot be used (%1).").arg(why));
            m_fallbackReason = why;
            return useFile();
        }
        m_keychain.reset();
        if (preference == Preference::Keychain) {
            return fail(fromEnvironment
                            ? tr("The system keychain cannot be used (%1), and SRTDESK_SECRET_STORE asks for it.").arg(why)
                            : tr("The system keychain cannot be used (%1).").arg(why));
        }
        m_fallbackReason = tr("no system keychain is reachable (%1)").arg(why);
    } else {
        m_fallbackReason = fromEnvironment ? tr("SRTDESK_SECRET_STORE=file asks for it") : tr("the file was asked for");
    }

    return useFile();
}

bool SecretStore::useFile()
{
    m_backend = Backend::File;
    qCWarning(lcSecrets).noquote() << "secrets (SRT passphrases, API keys) are kept in the file"
                                   << QDir::toNativeSeparators(m_file.filePath())
                                   << "(mode 0600) instead of a system keychain:" << m_fallbackReason;
    return true;
}

bool SecretStore::readEnvironmentPreference(Preference *preference, QString *invalid)
{
    const QString wanted = qEnvironmentVariable("SRTDESK_SECRET_STORE").trimmed().toLower();
    if (wanted == QLatin1String("keychain"))
        *preference = Preference::Keychain;
    else if (wanted == QLatin1String("file"))
        *preference = Preference::File;
    else if (!wanted.isEmpty() && wanted != QLatin1String("auto")) {
        *invalid = wanted;
        return false;
    }
    return true;
}

SecretStore::Preference SecretStore::environmentPreference()
{
    Preference preference = Preference::Auto;
    QString invalid;
    readEnvironmentPreference(&preference, &invalid);
    return preference;
}

bool SecretStore::probeKeychain(QString *why)
{
    const QByteArray probe = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    const KeychainClient::Reply written = m_keychain->write(kProbeKey, probe);
    if (!written.ok()) {
        *why = written.error;
        return false;
    }
    const KeychainClient::Reply readBack = m_keychain->read(kProbeKey);
    const KeychainClient::Reply removed = m_keychain->remove(kProbeKey);
    if (!readBack.ok() || readBack.data != probe) {
        *why = readBack.ok() ? tr("a probe entry read back differently") : readBack.error;
        return false;
    }
    if (!removed.ok()) {
        *why = removed.error;
        return false;
    }
    return true;
}

bool SecretStore::moveFileIntoKeychain(QString *why)
{
    const auto entries = m_file.entries();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const KeychainClient::Reply reply = m_keychain->write(it.key(), it.value());
        if (!reply.ok()) {
            *why = tr("the secrets of %1 could not be moved into the system keychain: %2")
                       .arg(QDir::toNativeSeparators(m_file.filePath()), reply.error);
            return false;
        }
    }
    // Read back before the only other copy goes.
    const QStringList keys = entries.keys();
    const QList<KeychainClient::Reply> copies = m_keychain->readMany(keys);
    for (qsizetype i = 0; i < copies.size(); ++i) {
        if (!copies.at(i).ok() || copies.at(i).data != entries.value(keys.at(i))) {
            *why = tr("the secrets of %1 did not read back from the system keychain as they were written")
                       .arg(QDir::toNativeSeparators(m_file.filePath()));
            return false;
        }
    }
    if (!m_file.erase()) {
        *why = m_file.errorString();
        return false;
    }
    qCWarning(lcSecrets).noquote() << entries.size() << "secret(s) of an earlier run without a keychain moved from"
                                   << QDir::toNativeSeparators(m_file.filePath()) << "into the system keychain;"
                                   << "the file is deleted";
    return true;
}

SecretStore::ReadResult SecretStore::read(const QString &key)
{
    return readMany({key}).first();
}

QList<SecretStore::ReadResult> SecretStore::readMany(const QStringList &keys)
{
    QList<ReadResult> results;
    results.reserve(keys.size());
    if (m_backend == Backend::File) {
        for (const QString &key : keys) {
            if (m_file.contains(key))
                results.append({ReadResult::Status::Found, m_file.value(key), {}});
            else
                results.append({ReadResult::Status::NotFound, {}, {}});
        }
        return results;
    }
    if (m_backend != Backend::Keychain) {
        for (qsizetype i = 0; i < keys.size(); ++i)
            results.append({ReadResult::Status::Failed, {}, tr("The secret store is not open.")});
        return results;
    }
    const QList<KeychainClient::Reply> replies = m_keychain->readMany(keys);
    for (const KeychainClient::Reply &reply : replies) {
        switch (reply.status) {
        case KeychainClient::Status::Ok:
            results.append({ReadResult::Status::Found, reply.data, {}});
            break;
        case KeychainClient::Status::NotFound:
            results.append({ReadResult::Status::NotFound, {}, {}});
            break;
        case KeychainClient::Status::Failed:
        case KeychainClient::Status::TimedOut:
            results.append({ReadResult::Status::Failed, {}, tr("The system keychain cannot be read: %1").arg(reply.error)});
            break;
        }
    }
    return results;
}

bool SecretStore::write(const QString &key, const QByteArray &data)
{
    m_error.clear();
    if (m_backend == Backend::File)
        return m_file.set(key, data) || fail(m_file.errorString());
    if (m_backend != Backend::Keychain)
        return fail(tr("The secret store is not open."));
    const KeychainClient::Reply reply = m_keychain->write(key, data);
    if (!reply.ok())
        return fail(tr("The secret could not be stored in the system keychain: %1").arg(reply.error));
    return true;
}

bool SecretStore::remove(const QString &key)
{
    m_error.clear();
    if (m_backend == Backend::File)
        return m_file.remove(key) || fail(m_file.errorString());
    if (m_backend != Backend::Keychain)
        return fail(tr("The secret store is not open."));
    const KeychainClient::Reply reply = m_keychain->remove(key);
    if (reply.ok() || reply.status == KeychainClient::Status::NotFound)
        return true;
    return fail(tr("The secret could not be deleted from the system keychain: %1").arg(reply.error));
}

} // namespace srtdesk
