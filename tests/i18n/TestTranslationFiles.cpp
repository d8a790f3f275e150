// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestTranslationFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;

    QString key() const
    {
        return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment
               + (numerus ? QStringLiteral("\x1fN") : QString());
    }
    QString where() const { return QStringLiteral("[%1] \"%2\"").arg(context, source); }
};

struct TsFile
{
    QString language;
    QString sourceLanguage;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
            ts.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

// %1…%99 (also %L1) and %n, each once: what QString::arg() and tr(…, n) replace.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

// Keyboard mnemonics: "&" before a character, not "&&".
int mnemonics(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&'))
            ++i;
        else if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(SRTDESK_SOURCE_DIR "/translations/srtdesk_%1.ts").arg(language);
}

} // namespace

void TestTranslationFiles::everyMessageFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslationFiles::everyMessageFinished()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QCOMPARE(ts.sourceLanguage, QStringLiteral("en"));
    QVERIFY2(ts.messages.size() > 300, qPrintable(QString::number(ts.messages.size())));

    QStringList problems;
    int identical = 0;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty())
            problems.append(QStringLiteral("%1 is %2").arg(m.where(), m.type));
        const qsizetype expectedForms = m.numerus ? 2 : 1; // English and Spanish: singular, plural
        if (m.forms.size() != expectedForms)
            problems.append(QStringLiteral("%1 has %2 forms, not %3").arg(m.where()).arg(m.forms.size()).arg(expectedForms));
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems.append(QStringLiteral("%1 has an empty translation").arg(m.where()));
                continue;
            }
            if (placeholders(form) != placeholders(m.source))
                problems.append(QStringLiteral("%1: placeholders %2 in \"%3\"")
                                    .arg(m.where(), placeholders(form).join(QLatin1Char(',')), form));
            if (mnemonics(form) != mnemonics(m.source))
                problems.append(QStringLiteral("%1: accelerators differ in \"%2\"").arg(m.where(), form));
            if (m.source.endsWith(QStringLiteral("…")) != form.endsWith(QStringLiteral("…"))
                || m.source.endsWith(QLatin1Char(':')) != form.endsWith(QLatin1Char(':'))
                || m.source.startsWith(QLatin1Char(' ')) != form.startsWith(QLatin1Char(' ')))
                problems.append(QStringLiteral("%1: \"…\", \":\" or leading space differ in \"%2\"").arg(m.where(), form));
        }
        if (language == QLatin1String("en") && !m.numerus && m.forms.value(0) != m.source)
            problems.append(QStringLiteral("%1: English translation differs from the source").arg(m.where()));
        if (!m.numerus && m.forms.value(0) == m.source)
            ++identical;
    }
    if (language == QLatin1String("es")) {
        // Names, units and SRT terms stay as they are (RX, TX, RTT, Mbit/s, " ms", …), but a
        // Spanish file that is mostly English was not translated.
        QVERIFY2(identical < ts.messages.size() / 10,
                 qPrintable(QStringLiteral("%1 of %2 Spanish translations equal the English source")
                                .arg(identical)
                                .arg(ts.messages.size())));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(QLatin1Char('\n'))));
}

void TestTranslationFiles::matchesTheSources_data()
{
    everyMessageFinished_data();
}

void TestTranslationFiles::matchesTheSources()
{
    QFETCH(QString, language);
    QVERIFY2(QFile::exists(QStringLiteral(SRTDESK_LUPDATE)), SRTDESK_LUPDATE);
    QVERIFY2(QFile::exists(QStringLiteral(SRTDESK_I18N_SOURCES_FILE)), SRTDESK_I18N_SOURCES_FILE);

    // lupdate over the same sources as the update_translations target, into a new file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_%1.ts").arg(language));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SRTDESK_LUPDATE),
                  {QStringLiteral("-source-language"), QStringLiteral("en"), QStringLiteral("-target-language"), language,
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-I"), QStringLiteral(SRTDESK_SOURCE_DIR),
                   QStringLiteral("@") + QStringLiteral(SRTDESK_I18N_SOURCES_FILE), QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(60000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    const TsFile current = readTs(fresh);
    QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
    QVERIFY(!current.messages.isEmpty());
    const TsFile committed = readTs(tsPath(language));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));

    QSet<QString> committedKeys;
    for (const TsMessage &m : committed.messages)
        committedKeys.insert(m.key());
    QSet<QString> currentKeys;
    QStringList missing;
    for (const TsMessage &m : current.messages) {
        currentKeys.insert(m.key());
        if (!committedKeys.contains(m.key()))
            missing.append(m.where());
    }
    QStringList stale;
    for (const TsMessage &m : committed.messages) {
        if (!currentKeys.contains(m.key()))
            stale.append(m.where());
    }
    QString report;
    if (!missing.isEmpty())
        report += QStringLiteral("\ntr() strings missing from srtdesk_%1.ts:\n").arg(language) + missing.join(QLatin1Char('\n'));
    if (!stale.isEmpty())
        report += QStringLiteral("\nmessages of srtdesk_%1.ts that no source uses any more:\n").arg(language)
                  + stale.join(QLatin1Char('\n'));
    if (!report.isEmpty())
        report += QStringLiteral("\nRun `cmake --build <build> --target update_translations`, then translate.");
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestTranslationFiles::embeddedInTheBinary()
{
    for (const char *language : {"es", "en"}) {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral("srtdesk_") + QLatin1String(language), QStringLiteral(":/i18n")), language);
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), QLatin1String(language));
    }
    QTranslator es;
    QVERIFY(es.load(QStringLiteral(":/i18n/srtdesk_es.qm")));
    QCOMPARE(es.translate("srtdesk::MainWindow", "&File"), QStringLiteral("&Archivo"));
    QCOMPARE(es.translate("srtdesk::MainWindow", "⚠ %n alarm(s)", nullptr, 1), QStringLiteral("⚠ %n alarma"));
    QCOMPARE(es.translate("srtdesk::MainWindow", "⚠ %n alarm(s)", nullptr, 3), QStringLiteral("⚠ %n alarmas"));
    QTranslator en;
    QVERIFY(en.load(QStringLiteral(":/i18n/srtdesk_en.qm")));
    QCOMPARE(en.translate("srtdesk::MainWindow", "⚠ %n alarm(s)", nullptr, 1), QStringLiteral("⚠ %n alarm"));
    QCOMPARE(en.translate("srtdesk::MainWindow", "⚠ %n alarm(s)", nullptr, 2), QStringLiteral("⚠ %n alarms"));
}
