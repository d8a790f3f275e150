// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppTestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>

namespace srtdesk::apptest {

QString binary(const QString &name)
{
    return QStringLiteral(SRTDESK_TEST_BIN_DIR "/") + name;
}

QProcessEnvironment isolatedEnvironment(const QString &root)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "LANG", "LC_ALL", "LC_MESSAGES",
                             "LANGUAGE", "SRTDESK_DATA_DIR", "QT_LOGGING_RULES", "QT_MESSAGE_PATTERN"})
        environment.remove(QString::fromLatin1(name));
    const QDir dir(root);
    for (const char *sub : {"home", "data", "config", "cache", "runtime"})
        dir.mkpath(QString::fromLatin1(sub));
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    environment.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("SRTDESK_SECRET_STORE"), QStringLiteral("file"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

ProgramProcess::ProgramProcess(const QString &program, const QProcessEnvironment &environment) : m_program(program)
{
    m_process.setProcessEnvironment(environment);
}

ProgramProcess::~ProgramProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ProgramProcess::start(const QStringList &arguments)
{
    m_process.start(binary(m_program), arguments);
    m_process.waitForStarted(10000);
}

void ProgramProcess::collect()
{
    m_log += m_process.readAllStandardError();
    m_output += m_process.readAllStandardOutput();
}

bool ProgramProcess::waitForLog(const QByteArray &text, int timeoutMs)
{
    waitFor(
        [&] {
            collect();
            return m_log.contains(text) || m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    collect();
    return m_log.contains(text);
}

bool ProgramProcess::signalAndWait(int signalNumber, int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return false;
    ::kill(pid_t(m_process.processId()), signalNumber);
    return waitForFinished(timeoutMs);
}

bool ProgramProcess::waitForFinished(int timeoutMs)
{
    const bool ended = waitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
    collect();
    return ended;
}

QByteArray ProgramProcess::log()
{
    collect();
    return m_log;
}

QByteArray ProgramProcess::output()
{
    collect();
    return m_output;
}

QList<TsMessage> readTsFile(const QString &tsFile)
{
    QList<TsMessage> messages;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            current.finished = type.isEmpty();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.append(current);
        }
    }
    return messages;
}

bool matchesMessage(const QString &shown, const QString &message)
{
    QString pattern = QRegularExpression::escape(message.simplified());
    pattern.replace(QRegularExpression(QStringLiteral(R"(\\%[1-9])")), QStringLiteral("(.+)"));
    pattern.replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
    const QRegularExpression expression(QLatin1Char('^') + pattern + QLatin1Char('$'),
                                        QRegularExpression::DotMatchesEverythingOption);
    return expression.match(shown.simplified()).hasMatch();
}

} // namespace srtdesk::apptest
