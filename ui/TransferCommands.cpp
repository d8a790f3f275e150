// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TransferCommands.h"

#include "core/ServiceManager.h"
#include "ui/ServiceTransfer.h"
#include "ui/WindowText.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>

namespace srtdesk {

namespace {

constexpr int kStatusMessageMs = 8000;

QString documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

TransferCommands::TransferCommands(ServiceManager &manager, QMainWindow &window)
    : m_manager(manager)
    , m_window(window)
{
}

void TransferCommands::exportServices()
{
    const QList<ServiceStatus> all = m_manager.list();
    if (all.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, WindowText::tr("Export services"),
                    WindowText::tr("Export %n service(s) to a JSON file in the original API's shape?", nullptr,
                                   int(all.size())),
                    QMessageBox::Cancel, &m_window);
    QPushButton *go = box.addButton(WindowText::tr("Choose file…"), QMessageBox::AcceptRole);
    auto *include =
        new QCheckBox(WindowText::tr("Include passphrases: anyone who reads the file can decrypt the streams"), &box);
    include->setObjectName(QStringLiteral("includePassphrases"));
    box.setCheckBox(include);
    box.setInformativeText(WindowText::tr("Passphrases are left out unless you tick the box; set them again after importing."));
    box.exec();
    if (box.clickedButton() != go)
        return;
    const QString path = QFileDialog::getSaveFileName(&m_window, WindowText::tr("Export services"),
                                                      documentsDir() + QStringLiteral("/srtdesk-services.json"),
                                                      WindowText::tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QList<ServiceConfig> configs;
    for (const ServiceStatus &s : all)
        configs.append(s.config);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ServiceTransfer::exportJson(configs, include->isChecked())) < 0
        || !file.commit()) {
        QMessageBox::warning(&m_window, WindowText::tr("Export services"),
                             WindowText::tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    m_window.statusBar()->showMessage(
        WindowText::tr("Exported %n service(s) to %1", nullptr, int(configs.size())).arg(QDir::toNativeSeparators(path)),
        kStatusMessageMs);
}

void TransferCommands::importServices(const std::function<void(qint64)> &showService)
{
    const QString path = QFileDialog::getOpenFileName(&m_window, WindowText::tr("Import services"), documentsDir(),
                                                      WindowText::tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(&m_window, WindowText::tr("Import services"),
                             WindowText::tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    const ServiceTransfer::Parsed parsed = ServiceTransfer::parseJson(file.readAll());
    if (parsed.configs.isEmpty()) {
        QMessageBox::warning(&m_window, WindowText::tr("Import services"),
                             WindowText::tr("No service could be read from %1.").arg(path) + QStringLiteral("\n\n")
                                 + parsed.problems.join(QLatin1Char('\n')));
        return;
    }
    int rx = 0;
    for (const ServiceConfig &c : parsed.configs)
        rx += c.isRx() ? 1 : 0;
    QMessageBox confirm(QMessageBox::Question, WindowText::tr("Import services"),
                        WindowText::tr("Add %1 RX and %2 TX service(s) from %3? They are added stopped.")
                            .arg(rx)
                            .arg(parsed.configs.size() - rx)
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Yes | QMessageBox::Cancel, &m_window);
    QStringList notes = parsed.problems;
    if (parsed.maskedPassphrases > 0)
        notes.prepend(WindowText::tr("%n service(s) had a masked passphrase (********): they are imported without one.",
                                     nullptr, parsed.maskedPassphrases));
    if (!notes.isEmpty())
        confirm.setDetailedText(notes.join(QLatin1Char('\n')));
    if (confirm.exec() != QMessageBox::Yes)
        return;
    const ServiceTransfer::Report report = ServiceTransfer::import(m_manager, parsed.configs);
    if (!report.added.isEmpty())
        showService(report.added.first());
    if (report.problems.isEmpty()) {
        m_window.statusBar()->showMessage(WindowText::tr("Imported %n service(s)", nullptr, int(report.added.size())),
                                          kStatusMessageMs);
    } else {
        QMessageBox::warning(&m_window, WindowText::tr("Import services"),
                             WindowText::tr("%1 service(s) imported, %2 skipped:")
                                     .arg(report.added.size())
                                     .arg(report.problems.size())
                                 + QStringLiteral("\n\n") + report.problems.join(QLatin1Char('\n')));
    }
}

} // namespace srtdesk
