// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestCommandLineHelp.h"

#include "AppTestSupport.h"
#include "tests/rest/RestClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace srtdesk::apptest;

namespace {

// --help as printed, split into the program's description and each option's description,
// keyed by the option's names ("-v, --version", "--data-dir <dir>"), whitespace simplified.
struct Help
{
    QString description;
    QMap<QString, QString> options;
};

Help parseHelp(const QString &text)
{
    Help help;
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression optionLine(QStringLiteral(R"(^  (-\S.*?)(?:\s{2,}(\S.*))?$)"));
    static const QRegularExpression continuation(QStringLiteral(R"(^\s{3,}(\S.*)$)"));
    int firstOption = -1;
    QString current;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (const auto match = optionLine.match(line); match.hasMatch()) {
            if (firstOption < 0)
                firstOption = i;
            current = match.captured(1).trimmed();
            help.options[current] = match.captured(2);
        } else if (const auto more = continuation.match(line); more.hasMatch() && !current.isEmpty()) {
            help.options[current] += QLatin1Char(' ') + more.captured(1);
        } else if (!line.trimmed().isEmpty() && firstOption >= 0) {
            current.clear(); // another section
        }
    }
    // Between the "Usage:" line and the heading above the first option.
    QStringList description;
    for (int i = 1; i < firstOption - 1; ++i)
        description.append(lines.at(i));
    help.description = description.join(QLatin1Char(' ')).simplified();
    for (QString &value : help.options)
        value = value.simplified();
    return help;
}

// The default paths in the texts come from the environment: one `root` for runs compared.
QString runHelp(const QString &program, const QMap<QString, QString> &locale, const QString &root)
{
    QProcessEnvironment environment = isolatedEnvironment(root);
    for (auto it = locale.constBegin(); it != locale.constEnd(); ++it)
        environment.insert(it.key(), it.value());
    ProgramProcess process(program, environment);
    process.start({QStringLiteral("--help")});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return QStringLiteral("(--help failed: ") + QString::fromUtf8(process.log()) + QLatin1Char(')');
    return QString::fromUtf8(process.output());
}

QString contextOf(const QString &program)
{
    return program == QLatin1String("srtdeskd") ? QStringLiteral("srtdeskd") : QStringLiteral("main");
}

const TsMessage *findSource(const QList<TsMessage> &messages, const QString &context, const QString &shown)
{
    for (const TsMessage &message : messages) {
        if (message.context == context && matchesMessage(shown, message.source))
            return &message;
    }
    return nullptr;
}

} // namespace

void TestCommandLineHelp::helpIsTranslated_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("srtdesk") << QStringLiteral("srtdesk");
    QTest::newRow("srtdeskd") << QStringLiteral("srtdeskd");
}

void TestCommandLineHelp::helpIsTranslated()
{
    QFETCH(QString, program);
    QTemporaryDir root;
    const QString englishText = runHelp(program, {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}}, root.path());
    const QString spanishText = runHelp(program, {{QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8")}}, root.path());
    const Help english = parseHelp(englishText);
    const Help spanish = parseHelp(spanishText);
    QVERIFY2(english.options.size() >= 5, qPrintable(englishText));
    QCOMPARE(spanish.options.keys(), english.options.keys());
    QVERIFY2(!english.description.isEmpty(), qPrintable(englishText));

    const QList<TsMessage> messages = readTsFile(QStringLiteral(SRTDESK_SOURCE_DIR "/translations/srtdesk_es.ts"));
    QVERIFY(!messages.isEmpty());
    const QString programContext = contextOf(program);

    // Every problem at once, so that the list of strings to translate is complete.
    QStringList problems;
    auto check = [&](const QString &what, const QString &inEnglish, const QString &inSpanish, const QString &context) {
        if (inSpanish == inEnglish)
            problems.append(QStringLiteral("%1: the same text under es_ES as in English: \"%2\"").arg(what, inEnglish));
        const TsMessage *message = findSource(messages, context, inEnglish);
        if (!message) {
            problems.append(QStringLiteral("%1: \"%2\" is no message of context \"%3\" in translations/srtdesk_es.ts "
                                           "(not translatable, or update_translations not run)")
                                .arg(what, inEnglish, context));
            return;
        }
        if (!message->finished || message->translation.isEmpty()) {
            problems.append(QStringLiteral("%1: \"%2\" (context %3) has no finished Spanish translation")
                                .arg(what, message->source, context));
            return;
        }
        if (!matchesMessage(inSpanish, message->translation)) {
            problems.append(QStringLiteral("%1: under es_ES \"%2\", not the translation \"%3\"")
                                .arg(what, inSpanish, message->translation));
        }
    };
    check(QStringLiteral("description"), english.description, spanish.description, programContext);
    for (auto it = english.options.constBegin(); it != english.options.constEnd(); ++it) {
        // --help and --help-all are Qt's; SRT Desk's .ts carries their Spanish (qtbase_es lacks it).
        const bool qtOwn = it.key().contains(QLatin1String("--help"));
        check(it.key(), it.value(), spanish.options.value(it.key()), qtOwn ? QStringLiteral("QCommandLineParser") : programContext);
    }
    for (const QString &problem : std::as_const(problems))
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + QStringLiteral(" problem(s), listed above")));
}

void TestCommandLineHelp::helpFollowsTheLocaleVariables_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("lcMessages");
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<bool>("spanish");
    const QString es = QStringLiteral("es_ES.UTF-8");
    const QString en = QStringLiteral("en_US.UTF-8");
    for (const QString &program : {QStringLiteral("srtdesk"), QStringLiteral("srtdeskd")}) {
        const QString p = program;
        QTest::newRow(qPrintable(p + QStringLiteral(" LC_MESSAGES=es over LANG=en"))) << program << en << es << QString() << true;
        QTest::newRow(qPrintable(p + QStringLiteral(" LC_ALL=es over LANG=en"))) << program << en << QString() << es << true;
        QTest::newRow(qPrintable(p + QStringLiteral(" LC_ALL=en over LANG=es"))) << program << es << QString() << en << false;
        QTest::newRow(qPrintable(p + QStringLiteral(" LANG=C"))) << program << QStringLiteral("C") << QString() << QString() << false;
    }
}

void TestCommandLineHelp::helpFollowsTheLocaleVariables()
{
    QFETCH(QString, program);
    QFETCH(QString, lang);
    QFETCH(QString, lcMessages);
    QFETCH(QString, lcAll);
    QFETCH(bool, spanish);
    QMap<QString, QString> locale{{QStringLiteral("LANG"), lang}};
    if (!lcMessages.isEmpty())
        locale.insert(QStringLiteral("LC_MESSAGES"), lcMessages);
    if (!lcAll.isEmpty())
        locale.insert(QStringLiteral("LC_ALL"), lcAll);
    QTemporaryDir root;
    const QString english = runHelp(program, {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")}}, root.path());
    const QString spanishReference =
        runHelp(program, {{QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8")}}, root.path());
    QVERIFY(english != spanishReference); // Qt's own lines at least ("Options:", --help)
    QCOMPARE(runHelp(program, locale, root.path()), spanish ? spanishReference : english);
}

// QCommandLineParser's own errors go through the same translators (Qt's Spanish here).
void TestCommandLineHelp::optionErrorsAreTranslated()
{
    for (const QString &program : {QStringLiteral("srtdesk"), QStringLiteral("srtdeskd")}) {
        QByteArray errors[2];
        int index = 0;
        for (const char *lang : {"en_US.UTF-8", "es_ES.UTF-8"}) {
            QTemporaryDir root;
            QProcessEnvironment environment = isolatedEnvironment(root.path());
            environment.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
            ProgramProcess process(program, environment);
            process.start({QStringLiteral("--no-such-option")});
            QVERIFY(process.waitForFinished(20000));
            QCOMPARE(process.exitCode(), 1);
            errors[index++] = process.log();
        }
        QVERIFY2(errors[0].contains("no-such-option") && errors[1].contains("no-such-option"), errors[1].constData());
        QVERIFY2(errors[0] != errors[1], errors[1].constData());
    }
}

// The .qm in srtdeskd translates core's validation messages too; after parsing the translator
// is gone, so a Spanish environment still gets English API answers.
void TestCommandLineHelp::daemonApiStaysEnglish()
{
    QByteArray answers[2];
    int index = 0;
    for (const char *lang : {"en_US.UTF-8", "es_ES.UTF-8"}) {
        QTemporaryDir root;
        QProcessEnvironment environment = isolatedEnvironment(root.path());
        environment.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
        environment.insert(QStringLiteral("SRTDESK_ADMIN_PASSWORD"), QStringLiteral("an-admin-password-for-the-help-test"));
        const quint16 apiPort = quint16(35510 + index);
        ProgramProcess daemon(QStringLiteral("srtdeskd"), environment);
        daemon.start({QStringLiteral("--data-dir"), root.filePath(QStringLiteral("state")), QStringLiteral("--api-port"),
                      QString::number(apiPort)});
        QVERIFY2(daemon.waitForLog(" ready with "), daemon.log().constData());
        srtdesk::test::RestClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(apiPort)));
        QCOMPARE(client.login(QStringLiteral("admin"), QStringLiteral("an-admin-password-for-the-help-test")).status, 200);
        const QJsonObject bad{{QStringLiteral("ServiceName"), QString()},
                              {QStringLiteral("Mode"), QStringLiteral("listener")},
                              {QStringLiteral("ListenPort"), 70000}};
        const auto response = client.post(QStringLiteral("/v1/add_rx"), QJsonDocument(bad).toJson());
        QCOMPARE(response.status, 400);
        answers[index++] = response.body;
        QVERIFY(daemon.signalAndWait(SIGTERM));
        QCOMPARE(daemon.exitCode(), 0);
    }
    QCOMPARE(answers[1], answers[0]);
}
