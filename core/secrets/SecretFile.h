// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace srtdesk {

// The fallback secret store: one JSON file in the data directory, mode 0600, replaced
// atomically (QSaveFile, the temporary file made private before any secret is written).
// Used only when no system keychain is reachable, and said so (see SecretStore).
class SecretFile
{
    Q_DECLARE_TR_FUNCTIONS(SecretFile)

public:
    static inline const QString kFileName = QStringLiteral("secrets.json");

    // Reads `path`; a missing file is an empty store. false with errorString() when the file
    // exists but cannot be read or is damaged.
    bool load(const QString &path);
    bool exists() const;
    QString filePath() const { return m_path; }
    QString errorString() const { return m_error; }

    const QMap<QString, QByteArray> &entries() const { return m_entries; }
    bool contains(const QString &key) const { return m_entries.contains(key); }
    QByteArray value(const QString &key) const { return m_entries.value(key); }

    // Change, then write the whole file. On failure nothing changed, in memory or on disk.
    bool set(const QString &key, const QByteArray &data);
    bool remove(const QString &key);
    // Deletes the file (after overwriting it with zeros): its secrets moved elsewhere.
    bool erase();

private:
    bool save(const QMap<QString, QByteArray> &entries);
    bool fail(const QString &message);

    QString m_path;
    QString m_error;
    QMap<QString, QByteArray> m_entries;
};

} // namespace srtdesk
