// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// What the app tests share: the programs of this build run as real processes in an
// environment of their own, and the committed Spanish translations read from the .ts file.
namespace srtdesk::apptest {

// build/bin/<name>.
QString binary(const QString &name);

// The current environment with HOME and the XDG directories under `root` (created), no
// display, no D-Bus session, secrets in the data directory's file (SRTDESK_SECRET_STORE=file)
// and no language variables (LANG, LC_ALL, LC_MESSAGES, LANGUAGE): callers set the ones they test.
QProcessEnvironment isolatedEnvironment(const QString &root);

// Waits up to `timeoutMs` for `done`, running the event loop; true when it came true.
bool waitFor(const std::function<bool()> &done, int timeoutMs);

// One of srtdesk/srtdeskd as a process, its stderr and stdout collected as they come.
class ProgramProcess
{
public:
    ProgramProcess(const QString &program, const QProcessEnvironment &environment);
    ~ProgramProcess();
    ProgramProcess(const ProgramProcess &) = delete;
    ProgramProcess &operator=(const ProgramProcess &) = delete;

    void start(const QStringList &arguments);
    // Until the log has `text` (true), the process ends, or the timeout.
    bool waitForLog(const QByteArray &text, int timeoutMs = 20000);
    // Sends `signalNumber` and waits for the end; true when it ended within the timeout.
    bool signalAndWait(int signalNumber, int timeoutMs = 15000);
    bool waitForFinished(int timeoutMs = 15000);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    int exitCode() const { return m_process.exitCode(); }
    QByteArray log();    // stderr so far
    QByteArray output(); // stdout so far

private:
    void collect();

    QProcess m_process;
    QString m_program;
    QByteArray m_log;
    QByteArray m_output;
};

// One message of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString translation; // empty when not translated
    bool finished = false;
};

// Every message of `tsFile` (translations/srtdesk_<lang>.ts of the source tree).
QList<TsMessage> readTsFile(const QString &tsFile);

// A message's text as a pattern for the text a program shows: whitespace runs stand for any
// whitespace (help output is re-wrapped) and %1..%9 for any text (they were filled in).
bool matchesMessage(const QString &shown, const QString &message);

} // namespace srtdesk::apptest
