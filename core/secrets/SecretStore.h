// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/secrets/KeychainClient.h"
#include "core/secrets/SecretFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace srtdesk {

// Where SRT Desk keeps its secrets (the SRT passphrases, the REST API's signing key and
// administrator password hash): the system keychain through QtKeychain (the Secret Service
// over D-Bus on Linux), or, when none is reachable, a 0600 file in the data directory.
// The backend is decided once, in open(), by writing, reading back and deleting a probe
// entry; the file fallback is never silent (a warning here, fallbackReason() for the GUI's
// status bar and /v1/health). Keychain entries are namespaced per data directory: the
// service name is "srtdesk:" + a hash of the directory's canonical path, so two processes on
// two data directories never share a secret.
//
// Every call is synchronous for its caller and waits at most timeoutMs() for the keychain
// (no nested event loop; see KeychainClient). Used from one thread at a time.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    enum class Backend { None, Keychain, File };
    enum class Preference { Auto, Keychain, File };
    static constexpr int kDefaultTimeoutMs = 10000;
    static inline const QString kFileName = SecretFile::kFileName;
    static inline const QString kProbeKey = QStringLiteral("srtdesk-probe");

    struct ReadResult
    {
        enum class Status { Found, NotFound, Failed } status = Status::Failed;
        QByteArray data;
        QString error; // Failed: why, in a sentence (never the secret)
        bool found() const { return status == Status::Found; }
    };

    SecretStore();
    ~SecretStore();
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    // Picks the backend for `dataDir` (created if missing). Preference::Auto follows
    // $SRTDESK_SECRET_STORE ("keychain" or "file") when set, else probes the keychain and
    // falls back to the file. With the keychain in use, secrets left in a fallback file by an
    // earlier run (no keychain then, or one that answered too late) move into the keychain,
    // are read back, and the file is deleted; if that fails, this run uses the file (saying
    // why in fallbackReason()) and the next open() tries again. false with errorString()
    // when no backend can be used (the keychain was required, or the file is unusable).
    bool open(const QString &dataDir, Preference preference = Preference::Auto);
    bool isOpen() const { return m_backend != Backend::None; }
    Backend backend() const { return m_backend; }
    // What $SRTDESK_SECRET_STORE asks for: Keychain, File, or Auto (unset, "auto", or a
    // value open() refuses).
    static Preference environmentPreference();
    // "keychain" or "file" (as /v1/health says it); "" before open().
    QString backendName() const;
    // Why the file is in use, for the user (empty with the keychain).
    QString fallbackReason() const { return m_fallbackReason; }
    QString serviceName() const { return m_serviceName; }
    QString dataDir() const { return m_dataDir; }
    QString filePath() const { return m_file.filePath(); }
    QString errorString() const { return m_error; }
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int msecs);

    // The keychain's namespace for `dataDir`: "srtdesk:" + 16 hex digits.
    static QString serviceNameFor(const QString &dataDir);

    ReadResult read(const QString &key);
    QList<ReadResult> readMany(const QStringList &keys);
    // Stored for good when true; false with errorString() otherwise.
    bool write(const QString &key, const QByteArray &data);
    // true when the key is gone (or was never there).
    bool remove(const QString &key);

private:
    static bool readEnvironmentPreference(Preference *preference, QString *invalid);
    bool probeKeychain(QString *why);
    bool moveFileIntoKeychain(QString *why);
    bool useFile();
    bool fail(const QString &message);

    Backend m_backend = Backend::None;
    QString m_dataDir;
    QString m_serviceName;
    QString m_fallbackReason;
    QString m_error;
    int m_timeoutMs = kDefaultTimeoutMs;
    std::unique_ptr<KeychainClient> m_keychain;
    SecretFile m_file;
};

} // namespace srtdesk
