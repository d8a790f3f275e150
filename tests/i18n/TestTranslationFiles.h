// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

// translations/srtdesk_es.ts and srtdesk_en.ts: finished, no obsolete or vanished message, in
// step with the tr() strings of the sources, placeholders and accelerators kept; the compiled
// .qm files are embedded under :/i18n.
class TestTranslationFiles final : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageFinished_data();
    void everyMessageFinished();
    void matchesTheSources_data();
    void matchesTheSources();
    void embeddedInTheBinary();
};
