// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestLanguageSwitch.h"

#include "I18nTestSupport.h"

#include "core/UntranslatedScope.h"
#include "core/model/ServiceConfig.h"
#include "core/model/ServiceValidator.h"
#include "ui/AppSettings.h"
#include "ui/ChartPanel.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/ServiceDialog.h"
#include "ui/ServiceTableModel.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace srtdesk;
using srtdesk::i18ntest::Fixture;

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QStringList toolBarTexts(const MainWindow &window)
{
    QStringList texts;
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    if (!toolBar)
        return texts;
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action)))
            texts.append(button->text());
    }
    return texts;
}

QStringList groupTitles(const ServiceDialog &dialog)
{
    QStringList titles;
    for (const char *name : {"general", "connection", "udp", "bandwidth", "encryption", "fec", "bonding"}) {
        auto *group = dialog.findChild<QGroupBox *>(QLatin1String(name));
        titles.append(group ? group->title() : QStringLiteral("<no group %1>").arg(QLatin1String(name)));
    }
    return titles;
}

QString cancelText(const QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QPushButton *cancel = buttons ? buttons->button(QDialogButtonBox::Cancel) : nullptr;
    return cancel ? cancel->text() : QString();
}

// Texts of a standard Yes/No message box, read while it is open.
QStringList messageBoxButtons()
{
    QStringList texts;
    QTimer::singleShot(0, qApp, [&texts] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons())
            texts.append(button->text());
        texts.sort();
        box->reject();
    });
    QMessageBox::question(nullptr, QStringLiteral("?"), QStringLiteral("?"), QMessageBox::Yes | QMessageBox::No);
    return texts;
}

const QString kShortPassphrase = QStringLiteral("short");

} // namespace

void TestLanguageSwitch::cleanup()
{
    // Back to the source language for the next test, whatever happened.
    LanguageSwitcher english;
    english.apply(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestLanguageSwitch::spanishThenEnglishAtRunTime()
{
    Fixture f;
    AppSettings settings(f.settingsPath());
    settings.setLanguage(QStringLiteral("es"));
    LanguageSwitcher language;
    QVERIFY(language.apply(settings.language()));
    QCOMPARE(QLocale().language(), QLocale::Spanish);

    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path(), nullptr, &language);
    window.show();
    QCOMPARE(menuTitles(window),
             (QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Servicio"), QStringLiteral("&Ver"), QStringLiteral("Ay&uda")}));
    QCOMPARE(toolBarTexts(window),
             (QStringList{QStringLiteral("Añadir RX"), QStringLiteral("Añadir TX"), QStringLiteral("Editar"),
                          QStringLiteral("Duplicar"), QStringLiteral("Eliminar"), QStringLiteral("Iniciar"),
                          QStringLiteral("Detener"), QStringLiteral("Reiniciar"), QStringLiteral("Iniciar todos"),
                          QStringLiteral("Detener todos")}));
    QCOMPARE(window.action(QStringLiteral("addRx"))->statusTip(), QStringLiteral("Añadir un receptor: SRT de entrada, UDP de salida"));
    QCOMPARE(window.action(QStringLiteral("settings"))->text(), QStringLiteral("&Configuración…"));
    QCOMPARE(window.model(ServiceKind::Rx)->headerData(ServiceTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Nombre"));
    QVERIFY2(window.summaryText().contains(QStringLiteral("en marcha")), qPrintable(window.summaryText()));

    // The toolbar's "Añadir RX" opens the service dialog (modal), Spanish with Qt's "Cancelar".
    QString modalTitle;
    QString modalCancel;
    QTimer::singleShot(0, &window, [&modalTitle, &modalCancel] {
        auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!modal)
            return;
        modalTitle = modal->windowTitle();
        modalCancel = cancelText(*modal);
        modal->reject();
    });
    window.action(QStringLiteral("addRx"))->trigger();
    QCOMPARE(modalTitle, QStringLiteral("Nuevo servicio RX"));
    QCOMPARE(modalCancel, QStringLiteral("Cancelar"));

    ServiceDialog dialog(*f.manager, ServiceDialog::Purpose::Add, ServiceConfig::defaults(ServiceKind::Rx), &window);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Nuevo servicio RX"));
    QCOMPARE(groupTitles(dialog),
             (QStringList{QStringLiteral("General"), QStringLiteral("Conexión"), QStringLiteral("UDP"),
                          QStringLiteral("Ancho de banda"), QStringLiteral("Cifrado"), QStringLiteral("FEC (experimental)"),
                          QStringLiteral("Bonding (experimental)")}));
    auto *passPhrase = qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("PassPhrase")));
    QVERIFY(passPhrase);
    // The tooltip carries the corrected rule (10 to 79 characters, not the original's 8).
    QVERIFY2(passPhrase->toolTip().contains(QStringLiteral("de 10 a 79 caracteres, la misma en ambos extremos")),
             qPrintable(passPhrase->toolTip()));
    QTest::keyClicks(passPhrase, kShortPassphrase);
    // The core validator's message (ServiceValidator::tr), naming the field by its translated
    // label (ServiceField) as the form shows it. Spanish says "El campo …": a label cannot stand
    // as a subject without an article, and "campo" agrees whatever the label's gender.
    QCOMPARE(dialog.shownError(QStringLiteral("PassPhrase")),
             QStringLiteral("El campo Frase de contraseña debe estar vacío (sin cifrado) o tener de 10 a 79 caracteres; "
                            "tiene 5."));
    // Qt's own texts come from qtbase_es.
    QCOMPARE(cancelText(dialog), QStringLiteral("Cancelar"));
    QCOMPARE(messageBoxButtons(), (QStringList{QStringLiteral("&No"), QStringLiteral("&Sí")}));

    // Settings → English: applied when the dialog is accepted, no restart.
    bool sawSettings = false;
    QTimer::singleShot(0, &window, [&sawSettings] {
        auto *settingsDialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!settingsDialog)
            return;
        auto *combo = settingsDialog->findChild<QComboBox *>(QStringLiteral("language"));
        if (!combo) {
            settingsDialog->reject();
            return;
        }
        sawSettings = settingsDialog->windowTitle() == QStringLiteral("Configuración");
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        settingsDialog->accept();
    });
    window.action(QStringLiteral("settings"))->trigger();
    QVERIFY(sawSettings);
    QCOMPARE(settings.language(), QStringLiteral("en"));
    QCOMPARE(language.current(), QStringLiteral("en"));

    QTRY_COMPARE(menuTitles(window),
                 (QStringList{QStringLiteral("&File"), QStringLiteral("&Service"), QStringLiteral("&View"), QStringLiteral("&Help")}));
    QCOMPARE(toolBarTexts(window).first(), QStringLiteral("Add RX"));
    QCOMPARE(toolBarTexts(window).last(), QStringLiteral("Stop all"));
    QCOMPARE(window.model(ServiceKind::Rx)->headerData(ServiceTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("New RX service"));
    QCOMPARE(groupTitles(dialog).at(1), QStringLiteral("Connection"));
    QCOMPARE(groupTitles(dialog).at(3), QStringLiteral("Bandwidth"));
    QCOMPARE(dialog.shownError(QStringLiteral("PassPhrase")),
             QStringLiteral("Passphrase must be empty (no encryption) or 10 to 79 characters long; it has 5."));
    QCOMPARE(cancelText(dialog), QStringLiteral("Cancel"));
    QCOMPARE(messageBoxButtons(), (QStringList{QStringLiteral("&No"), QStringLiteral("&Yes")}));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TestLanguageSwitch::numbersFollowTheLocaleExportsDoNot()
{
    Fixture f;
    AppSettings settings(f.settingsPath());
    LanguageSwitcher language;
    QVERIFY(language.apply(QStringLiteral("es")));
    QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));

    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path(), nullptr, &language);
    window.show();
    // The charts format their axis numbers in the GUI's locale.
    const QList<QChartView *> views = window.chartPanel()->findChildren<QChartView *>();
    QVERIFY(!views.isEmpty());
    for (QChartView *view : views) {
        QCOMPARE(view->chart()->locale().language(), QLocale::Spanish);
        QVERIFY(view->chart()->localizeNumbers());
    }

    // The CSV export stays machine-readable: decimal point, ISO time, whatever the language.
    StatsSample s;
    s.msecsSinceEpoch = 1700000000123;
    s.rttMs = 12.5;
    s.recvMbps = 6.25;
    s.lost = 3;
    s.retransmitted = 2;
    s.dropped = 1;
    const QList<QByteArray> lines = ChartPanel::toCsv({s}).split('\n');
    QCOMPARE(lines.at(1), QByteArray("2023-11-14T22:13:20.123Z,1700000000123,12.500,0.000000,6.250000,3,2,1"));

    // Back to English at run time: the charts follow.
    QVERIFY(language.apply(QStringLiteral("en")));
    QTRY_COMPARE(views.first()->chart()->locale().language(), QLocale::English);
}

void TestLanguageSwitch::followsSpanishSystemLocale()
{
    if (!QLocale::system().name().startsWith(QLatin1String("es"))) {
        // Not a Spanish system (test_i18n_system_es runs this with LC_ALL=es_ES.UTF-8): "system"
        // must then be English, the source language, not Spanish left over from elsewhere.
        QCOMPARE(LanguageSwitcher::resolve(QStringLiteral("system")), QStringLiteral("en"));
        return;
    }
    QCOMPARE(LanguageSwitcher::resolve(QStringLiteral("system")), QStringLiteral("es"));
    Fixture f;
    AppSettings settings(f.settingsPath());
    QCOMPARE(settings.language(), QStringLiteral("system"));
    LanguageSwitcher language;
    QVERIFY(language.apply(settings.language()));
    MainWindow window(*f.manager, *f.alarms, settings, f.dir.path(), nullptr, &language);
    window.show();
    QCOMPARE(menuTitles(window).first(), QStringLiteral("&Archivo"));
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QCOMPARE(messageBoxButtons(), (QStringList{QStringLiteral("&No"), QStringLiteral("&Sí")}));
}

void TestLanguageSwitch::restAnswersStayEnglish()
{
    // The REST API hosted by the GUI runs its requests in an UntranslatedScope: the same
    // validator message is Spanish for the window and English for the API, on one thread.
    LanguageSwitcher language;
    QVERIFY(language.apply(QStringLiteral("es")));
    ServiceConfig config = ServiceConfig::defaults(ServiceKind::Rx);
    config.serviceName = QStringLiteral("x");
    const QString forWindow = ServiceValidator::validate(config).first().message;
    QString forApi;
    {
        const UntranslatedScope english;
        forApi = ServiceValidator::validate(config).first().message;
    }
    QCOMPARE(forApi, QStringLiteral("TxIp is required in caller mode: it is the address of the peer to connect to."));
    QVERIFY2(forWindow != forApi, qPrintable(forWindow));
    QCOMPARE(ServiceValidator::validate(config).first().message, forWindow); // the scope ended
}
