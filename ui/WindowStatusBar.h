// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ServiceTally.h"

#include <QStatusBar>

class QLabel;

namespace srtdesk {

class AlarmBadge;
class ElidedLabel;

// The main window's status bar: the services' summary, the alarm badge, the REST API's
// address and the notice that secrets are kept in a file. The summary gives up room first
// (elided, whole in its tooltip): the badge and the notices stay whole at any width. Transient messages (import,
// export) use QStatusBar::showMessage() as usual.
class WindowStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowStatusBar)

public:
    explicit WindowStatusBar(QWidget *parent = nullptr);

    void showTally(const ServiceTally &tally);
    // e.g. "REST API: https://0.0.0.0:4000"; empty hides it.
    void setRestStatus(const QString &text);
    // A lasting notice when secrets are kept in the 0600 fallback file `filePath` because no
    // system keychain is reachable (`reason`); empty path: no notice.
    void setSecretStoreFallback(const QString &filePath, const QString &reason);

    AlarmBadge *alarmBadge() const { return m_alarms; }
    ElidedLabel *summary() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSecretStoreNotice();

    ElidedLabel *m_summary = nullptr;
    AlarmBadge *m_alarms = nullptr;
    QLabel *m_rest = nullptr;
    QLabel *m_secrets = nullptr;
    QString m_secretsFile; // kept to retranslate the notice
    QString m_secretsReason;
};

} // namespace srtdesk
