// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WindowStatusBar.h"

#include "ui/AlarmBadge.h"
#include "ui/ElidedLabel.h"
#include "ui/WindowText.h"

#include <QDir>
#include <QEvent>
#include <QLabel>

namespace srtdesk {

WindowStatusBar::WindowStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_summary(new ElidedLabel(this))
    , m_alarms(new AlarmBadge(this))
    , m_rest(new QLabel(this))
    , m_secrets(new QLabel(this))
{
    // What QMainWindow::statusBar() gives the bar it creates: the summary may be cut, the bar
    // never widens the window.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_rest->setObjectName(QStringLiteral("restStatus"));
    m_rest->setVisible(false);
    m_secrets->setObjectName(QStringLiteral("secretStoreNotice"));
    m_secrets->setVisible(false);
    addWidget(m_summary, 1);
    addPermanentWidget(m_secrets);
    addPermanentWidget(m_rest);
    addPermanentWidget(m_alarms);
}

void WindowStatusBar::showTally(const ServiceTally &tally)
{
    m_summary->setText(tally.summaryText());
    m_alarms->setAlarms(tally.alarms, tally.unacknowledged);
}

void WindowStatusBar::setRestStatus(const QString &text)
{
    m_rest->setText(text);
    m_rest->setVisible(!text.isEmpty());
}

void WindowStatusBar::setSecretStoreFallback(const QString &filePath, const QString &reason)
{
    m_secretsFile = filePath;
    m_secretsReason = reason;
    m_secrets->setVisible(!filePath.isEmpty());
    showSecretStoreNotice();
}

void WindowStatusBar::showSecretStoreNotice()
{
    if (m_secretsFile.isEmpty())
        return;
    m_secrets->setText(WindowText::tr("⚠ Passphrases in a file: no system keychain"));
    m_secrets->setToolTip(WindowText::tr("No system keychain (Secret Service) is reachable: %1.\nPassphrases and the REST "
                                         "API's keys are kept in %2, readable only by your user account.")
                              .arg(m_secretsReason, QDir::toNativeSeparators(m_secretsFile)));
}

void WindowStatusBar::changeEvent(QEvent *event)
{
    // The summary and the alarms are shown again by the window, which counts them anew.
    if (event->type() == QEvent::LanguageChange)
        showSecretStoreNotice();
    QStatusBar::changeEvent(event);
}

} // namespace srtdesk
