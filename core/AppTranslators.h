// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTranslator;

namespace srtdesk {

// SRT Desk's translation (:/i18n/srtdesk_<code>.qm, embedded in srtdesk and srtdeskd) and Qt's
// own (qtbase_<code>.qm from Qt's translations directory) installed into the application, in
// two translator objects the owner keeps (the window passes ScopedTranslators, see
// UntranslatedScope). Removed again by remove() or the destructor.
class AppTranslators
{
public:
    AppTranslators(QTranslator &app, QTranslator &qt);
    ~AppTranslators();
    AppTranslators(const AppTranslators &) = delete;
    AppTranslators &operator=(const AppTranslators &) = delete;

    // The translations of `code` ("en" or "es") in place of earlier ones. English, the source
    // language, needs only SRT Desk's file (its plural forms). false when SRT Desk has no
    // translation for a language other than English.
    bool install(const QString &code);
    void remove();

private:
    QTranslator &m_app;
    QTranslator &m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace srtdesk
