// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AppTranslators.h"
#include "ui/ScopedTranslator.h"

#include <QObject>

namespace srtdesk {

// Switches the GUI's language at run time: installs SRT Desk's translation (embedded as
// :/i18n/srtdesk_<lang>.qm) and Qt's own (qtbase_<lang>.qm from Qt's translations
// directory), and sets the default QLocale. Installing or removing a translator makes Qt
// send QEvent::LanguageChange to every widget, which retranslates itself.
class LanguageSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // "system" (follow the system locale), "en" or "es". false when SRT Desk has no
    // translation for it (English, the source language, is then used).
    bool apply(const QString &language);
    QString current() const { return m_current; }
    // The language code "system" resolves to now ("en" or "es").
    static QString resolve(const QString &language);

private:
    ScopedTranslator m_app;
    ScopedTranslator m_qt;
    AppTranslators m_installed; // after the translators it installs
    QString m_current;
};

} // namespace srtdesk
