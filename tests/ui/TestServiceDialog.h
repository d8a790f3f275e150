// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class TestServiceDialog : public QObject
{
    Q_OBJECT

private slots:
    void invalidPassphraseKeepsOkDisabled();
    void validFormCreatesService();
    void listenerDisablesPeerWithReason();
    void bondingGreyedOutWithReason();
    void conflictShownNextToField();
    void editRunningServiceWarnsAndRestarts();
    void duplicateProposesNewName();
    void passphraseShowToggle();
    void txFormHasTxFields();
    void portOver65535IsRefusedWithAMessage();
    void messagesUseFormLabels();
};
