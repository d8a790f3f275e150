// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServiceDialog.h"

#include "UiTestSupport.h"
#include "core/model/ServiceValidator.h"
#include "ui/FieldSpinBox.h"
#include "ui/ServiceDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTest>

using namespace srtdesk;
using namespace srtdesk::uitest;

namespace {

QLineEdit *lineEdit(ServiceDialog &dialog, const char *field)
{
    auto *edit = qobject_cast<QLineEdit *>(dialog.editor(QLatin1String(field)));
    if (!edit)
        qFatal("no line edit for %s", field);
    return edit;
}

QSpinBox *spinBox(ServiceDialog &dialog, const char *field)
{
    auto *spin = qobject_cast<QSpinBox *>(dialog.editor(QLatin1String(field)));
    if (!spin)
        qFatal("no spin box for %s", field);
    return spin;
}

void selectMode(ServiceDialog &dialog, SrtMode mode)
{
    auto *combo = qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("Mode")));
    combo->setCurrentIndex(combo->findData(int(mode)));
}

// Types into the fields the way a user does.
void fillRx(ServiceDialog &dialog, const QString &name, int port, const QString &passphrase)
{
    QTest::keyClicks(lineEdit(dialog, "ServiceName"), name);
    selectMode(dialog, SrtMode::Caller);
    QTest::keyClicks(lineEdit(dialog, "TxIp"), QStringLiteral("127.0.0.1"));
    spinBox(dialog, "ListenPort")->setValue(port);
    QTest::keyClicks(lineEdit(dialog, "UdpOut"), QStringLiteral("239.10.10.1:5000"));
    spinBox(dialog, "Latency")->setValue(200);
    QTest::keyClicks(lineEdit(dialog, "PassPhrase"), passphrase);
}

} // namespace

void TestServiceDialog::invalidPassphraseKeepsOkDisabled()
{
    Fixture f;
    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(ServiceKind::Rx));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.okButton()->isEnabled()); // empty form

    fillRx(dialog, QStringLiteral("Studio 1"), nextPort(), QStringLiteral("short"));
    QVERIFY(!dialog.okButton()->isEnabled());
    const QString shown = dialog.shownError(QStringLiteral("PassPhrase"));
    QVERIFY2(shown.contains(QLatin1String("10")) && shown.contains(QLatin1String("79")), qPrintable(shown));
    // The message is the core validator's, word for word, worded with the form's labels.
    bool same = false;
    for (const FieldError &e : ServiceValidator::validate(dialog.config(), FieldNaming::Label))
        same = same || (e.field == QLatin1String("PassPhrase") && e.message == shown);
    QVERIFY(same);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("PassPhraseError"))->isVisible());
    // Other fields are fine: no message next to them.
    QVERIFY(dialog.shownError(QStringLiteral("TxIp")).isEmpty());
    QVERIFY(dialog.shownError(QStringLiteral("UdpOut")).isEmpty());

    // 9 characters: still one short. 10: accepted, message gone, OK enabled.
    QTest::keyClicks(lineEdit(dialog, "PassPhrase"), QStringLiteral("1234"));
    QCOMPARE(lineEdit(dialog, "PassPhrase")->text().size(), 9);
    QVERIFY(!dialog.okButton()->isEnabled());
    QTest::keyClicks(lineEdit(dialog, "PassPhrase"), QStringLiteral("5"));
    QVERIFY(dialog.shownError(QStringLiteral("PassPhrase")).isEmpty());
    QVERIFY(dialog.okButton()->isEnabled());

    // Clicking OK while invalid does nothing; no service is created.
    QTest::keyClicks(lineEdit(dialog, "PassPhrase"), QString(80, QLatin1Char('x')));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(f.manager->list().size(), 0);
}

void TestServiceDialog::validFormCreatesService()
{
    Fixture f;
    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(ServiceKind::Rx));
    dialog.show();
    const int port = nextPort();
    fillRx(dialog, QStringLiteral("Studio 2"), port, QStringLiteral("a good passphrase"));
    spinBox(dialog, "TTL")->setValue(24);
    QVERIFY2(dialog.isValid(), qPrintable(dialog.errors().isEmpty() ? QString() : dialog.errors().first().message));
    QVERIFY(dialog.okButton()->isEnabled());
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.savedId() > 0);

    const auto saved = f.manager->config(dialog.savedId());
    QVERIFY(saved.has_value());
    QCOMPARE(saved->kind, ServiceKind::Rx);
    QCOMPARE(saved->serviceName, QStringLiteral("Studio 2"));
    QCOMPARE(saved->mode, SrtMode::Caller);
    QCOMPARE(saved->peerIp, QStringLiteral("127.0.0.1"));
    QCOMPARE(saved->listenPort, port);
    QCOMPARE(saved->udpAddress, QStringLiteral("239.10.10.1:5000"));
    QCOMPARE(saved->latency, 200);
    QCOMPARE(saved->ttl, 24);
    QCOMPARE(saved->passPhrase, QStringLiteral("a good passphrase"));
}

void TestServiceDialog::listenerDisablesPeerWithReason()
{
    Fixture f;
    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(ServiceKind::Rx));
    QLineEdit *peer = lineEdit(dialog, "TxIp");
    QVERIFY(peer->isEnabled());
    selectMode(dialog, SrtMode::Listener);
    QVERIFY(!peer->isEnabled());
    QVERIFY2(peer->toolTip().contains(QLatin1String("listener")), qPrintable(peer->toolTip()));
    // A listener needs no peer: no message about it.
    QTest::keyClicks(lineEdit(dialog, "ServiceName"), QStringLiteral("listening"));
    QVERIFY(dialog.shownError(QStringLiteral("TxIp")).isEmpty());
    selectMode(dialog, SrtMode::Rendezvous);
    QVERIFY(peer->isEnabled());

    // FEC parameters follow the FEC switch.
    auto *fec = qobject_cast<QCheckBox *>(dialog.editor(QStringLiteral("FEC")));
    QVERIFY(!dialog.editor(QStringLiteral("FecCols"))->isEnabled());
    fec->setChecked(true);
    QVERIFY(dialog.editor(QStringLiteral("FecCols"))->isEnabled());
    QVERIFY(dialog.findChild<QGroupBox *>(QStringLiteral("fec"))->title().contains(QLatin1String("experimental")));
}

void TestServiceDialog::bondingGreyedOutWithReason()
{
    Fixture f;
    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(ServiceKind::Rx));
    auto *group = dialog.findChild<QGroupBox *>(QStringLiteral("bonding"));
    QVERIFY(group);
    QVERIFY(group->title().contains(QLatin1String("experimental")));
    if (f.manager->bondingSupported()) {
        QVERIFY(group->isEnabled());
        return;
    }
    QVERIFY(!group->isEnabled());
    QVERIFY(!dialog.editor(QStringLiteral("GroupConnect"))->isEnabled());
    // One operator sentence: no build instructions, CMake options or CVE numbers (those are in
    // the log and the README), and the form does not scroll for it.
    const QString note = dialog.findChild<QLabel *>(QStringLiteral("bondingNote"))->text();
    QCOMPARE(note, ServiceDialog::bondingUnavailableText());
    QCOMPARE(note.count(QLatin1Char('.')), 1);
    for (const char *detail : {"CMake", "SRTDESK_", "CVE", "ENABLE_BONDING", "deb12"})
        QVERIFY2(!note.contains(QLatin1String(detail)), detail);
    QVERIFY(dialog.editor(QStringLiteral("GroupConnect"))->toolTip().contains(note));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *scroll = dialog.findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY2(!scroll->verticalScrollBar()->isVisible() && !scroll->horizontalScrollBar()->isVisible(),
             "the RX form fits without scrolling at its default size");
}

void TestServiceDialog::conflictShownNextToField()
{
    Fixture f;
    const int port = nextPort();
    QVERIFY(f.manager->add(rxListener(QStringLiteral("Existing"), port, 5100)).ok());
    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(ServiceKind::Rx));
    QTest::keyClicks(lineEdit(dialog, "ServiceName"), QStringLiteral("existing"));
    QVERIFY2(dialog.shownError(QStringLiteral("ServiceName")).contains(QLatin1String("already exists")),
             qPrintable(dialog.shownError(QStringLiteral("ServiceName"))));
    QVERIFY(!dialog.okButton()->isEnabled());
    // The same listen port as another listener.
    selectMode(dialog, SrtMode::Listener);
    spinBox(dialog, "ListenPort")->setValue(port);
    QVERIFY(dialog.shownError(QStringLiteral("ListenPort")).contains(QString::number(port)));
}

void TestServiceDialog::editRunningServiceWarnsAndRestarts()
{
    Fixture f;
    const auto added = f.manager->add(rxListener(QStringLiteral("On air"), nextPort(), 5200));
    QVERIFY(added.ok());
    QVERIFY(f.manager->start(added.id).ok());
    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Edit, *f.manager->config(added.id));
    dialog.show();
    auto *banner = dialog.findChild<QLabel *>(QStringLiteral("runningBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("restarts")));
    QCOMPARE(dialog.okButton()->text(), QStringLiteral("Save and restart"));
    spinBox(dialog, "Latency")->setValue(300);
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(f.manager->config(added.id)->latency, 300);
    QVERIFY(f.manager->get(added.id)->running);
    QCOMPARE(f.manager->list().size(), 1);
}

void TestServiceDialog::duplicateProposesNewName()
{
    Fixture f;
    const int port = nextPort();
    const auto added = f.manager->add(txListener(QStringLiteral("Feed"), port, 5300));
    QVERIFY(added.ok());
    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Duplicate, *f.manager->config(added.id));
    QCOMPARE(lineEdit(dialog, "ServiceName")->text(), QStringLiteral("Feed copy"));
    // Same listen port and UDP input as the original: shown at once, OK disabled.
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.shownError(QStringLiteral("ListenPort")).isEmpty());
    spinBox(dialog, "ListenPort")->setValue(nextPort());
    lineEdit(dialog, "UdpIn")->setText(QStringLiteral("127.0.0.1:5301"));
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.accept();
    QCOMPARE(f.manager->list(ServiceKind::Tx).size(), 2);
    QVERIFY(dialog.savedId() != added.id);
}

void TestServiceDialog::passphraseShowToggle()
{
    Fixture f;
    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(ServiceKind::Tx));
    QLineEdit *pass = lineEdit(dialog, "PassPhrase");
    QCOMPARE(pass->echoMode(), QLineEdit::Password);
    auto *toggle = dialog.findChild<QAction *>(QStringLiteral("showPassphrase"));
    QVERIFY(toggle);
    toggle->trigger();
    QCOMPARE(pass->echoMode(), QLineEdit::Normal);
    toggle->trigger();
    QCOMPARE(pass->echoMode(), QLineEdit::Password);
}

void TestServiceDialog::txFormHasTxFields()
{
    Fixture f;
    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(ServiceKind::Tx));
    for (const char *field : {"ServiceName", "Mode", "RxIp", "ListenPort", "Latency", "UdpIn", "SrtBw", "InputBw",
                              "OverHead", "PassPhrase", "PbKeyLen", "FEC", "FecCols", "FecRows", "FecLayout", "FecArq",
                              "Congestion", "TransType", "GroupConnect"}) {
        QWidget *editor = dialog.editor(QLatin1String(field));
        QVERIFY2(editor, field);
        QVERIFY2(!editor->toolTip().isEmpty(), field);
    }
    for (const char *field : {"TxIp", "UdpOut", "TTL", "TlpktDrop", "GroupIp1"})
        QVERIFY2(!dialog.editor(QLatin1String(field)), field);
    // Units on spin boxes.
    QCOMPARE(spinBox(dialog, "Latency")->suffix(), QStringLiteral(" ms"));
    QCOMPARE(spinBox(dialog, "InputBw")->suffix(), QStringLiteral(" kbps"));
    QCOMPARE(spinBox(dialog, "OverHead")->suffix(), QStringLiteral(" %"));
    // Defaults of a TX: a listener, so no peer address.
    QVERIFY(!dialog.editor(QStringLiteral("RxIp"))->isEnabled());
}

void TestServiceDialog::portOver65535IsRefusedWithAMessage()
{
    // Issue 16, defect 2: typing 70000 used to leave 7000 in the field without a word.
    Fixture f;
    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(ServiceKind::Rx));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillRx(dialog, QStringLiteral("Port check"), 0, QStringLiteral("a good passphrase"));
    QSpinBox *port = spinBox(dialog, "ListenPort");
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("70000"));
    QCOMPARE(port->value(), 70000);
    QCOMPARE(port->text(), QStringLiteral("70000"));
    QCOMPARE(dialog.shownError(QStringLiteral("ListenPort")), QStringLiteral("SRT port must be between 1 and 65535."));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(f.manager->list().size(), 0);

    // The arrows stay within the valid range: down from 70000 gives the highest valid port.
    QTest::keyClick(port, Qt::Key_Down);
    QCOMPARE(port->value(), 65535);
    QVERIFY(dialog.shownError(QStringLiteral("ListenPort")).isEmpty());
    QTest::keyClick(port, Qt::Key_Up);
    QCOMPARE(port->value(), 65535);
    QVERIFY(dialog.okButton()->isEnabled());

    // The latency box offers what the validator accepts (it once allowed 0 while 20 was the minimum).
    auto *latency = qobject_cast<FieldSpinBox *>(dialog.editor(QStringLiteral("Latency")));
    QVERIFY(latency);
    QCOMPARE(latency->validMinimum(), 20);
    QCOMPARE(latency->validMaximum(), 60000);
    latency->setValue(20);
    QTest::keyClick(latency, Qt::Key_Down);
    QCOMPARE(latency->value(), 20);
}

void TestServiceDialog::messagesUseFormLabels()
{
    // Issue 16, defect 1: the form spoke of ServiceName, ListenPort, UdpIn and TxIp.
    Fixture f;
    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(ServiceKind::Tx));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.summary(), QStringLiteral("To do: Service name is required."));

    QTest::keyClicks(lineEdit(dialog, "ServiceName"), QStringLiteral("Labels"));
    selectMode(dialog, SrtMode::Caller);
    QTest::keyClicks(lineEdit(dialog, "RxIp"), QStringLiteral("-bad-"));
    QCOMPARE(dialog.shownError(QStringLiteral("RxIp")),
             QStringLiteral("RX address \"-bad-\" is neither an IPv4 or IPv6 address nor a host name."));
    QTest::keyClicks(lineEdit(dialog, "UdpIn"), QStringLiteral("1.2.3"));
    QCOMPARE(dialog.shownError(QStringLiteral("UdpIn")),
             QStringLiteral("UDP input \"1.2.3\" must be ip:port with an IPv4 address, or [ip]:port with an IPv6 address, and a port from 1 to 65535."));
    spinBox(dialog, "OverHead")->setValue(3);
    QCOMPARE(dialog.shownError(QStringLiteral("OverHead")), QStringLiteral("Overhead must be between 5 and 100 %."));
    // Untouched fields wait in the summary, in the same words.
    QCOMPARE(dialog.summary(), QStringLiteral("To do: SRT port must be between 1 and 65535."));

    // Every message the form shows names fields by their labels, never by API names.
    QStringList shown{dialog.summary()};
    for (const char *field : {"ServiceName", "RxIp", "ListenPort", "UdpIn", "OverHead"})
        shown.append(dialog.shownError(QLatin1String(field)));
    for (const QString &message : std::as_const(shown)) {
        for (const char *apiName : {"ServiceName", "ListenPort", "UdpIn", "TxIp", "RxIp", "OverHead"})
            QVERIFY2(!message.contains(QLatin1String(apiName)), qPrintable(message));
    }

    // A problem that appears while the form is open (the same name added meanwhile, e.g. over
    // the API) is found when saving and shown in the form's words too.
    spinBox(dialog, "OverHead")->setValue(25);
    lineEdit(dialog, "RxIp")->setText(QStringLiteral("127.0.0.1"));
    lineEdit(dialog, "UdpIn")->setText(QStringLiteral("127.0.0.1:5401"));
    spinBox(dialog, "ListenPort")->setValue(nextPort());
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(f.manager->add(txListener(QStringLiteral("labels"), nextPort(), 5402)).ok());
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.shownError(QStringLiteral("ServiceName")).contains(QLatin1String("already exists")),
             qPrintable(dialog.shownError(QStringLiteral("ServiceName"))));
}
