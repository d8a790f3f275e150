// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ServiceDialog.h"

#include "core/ServiceManager.h"
#include "core/model/ServiceFields.h"
#include "core/model/ServiceValidator.h"
#include "ui/AlarmRulesEditor.h"
#include "ui/ServiceFieldRow.h"
#include "ui/UiIcons.h"
#include "ui/UiLogging.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace srtdesk {

namespace {

// The form's boxes: what every service needs on the left, the optional parts on the right.
struct GroupPlace
{
    FieldGroup group;
    const char *objectName;
    bool right;
};

constexpr GroupPlace kGroups[] = {
    {FieldGroup::General, "general", false},       {FieldGroup::Connection, "connection", false},
    {FieldGroup::Udp, "udp", false},               {FieldGroup::Bandwidth, "bandwidth", false},
    {FieldGroup::Encryption, "encryption", true},  {FieldGroup::Fec, "fec", true},
    {FieldGroup::Bonding, "bonding", true},
};

} // namespace

ServiceDialog::ServiceDialog(ServiceManager &manager, Purpose purpose, const ServiceConfig &initial, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_purpose(purpose)
    , m_initial(initial)
    , m_wasRunning(purpose == Purpose::Edit && manager.get(initial.id).has_value() && manager.get(initial.id)->running)
{
    setObjectName(QStringLiteral("ServiceDialog"));
    setWindowIcon(UiIcons::icon(initial.isRx() ? "add-rx" : "add-tx"));
    // Existing values are shown with their problems at once; a new form waits for the user.
    m_showAllErrors = purpose != Purpose::Add;
    m_loading = true; // editors emit change signals while they are built
    buildUi();

    ServiceConfig start = initial;
    if (purpose == Purpose::Duplicate) {
        start.id = 0;
        const ServiceField &name = ServiceFields::get(FieldId::ServiceName, initial.kind);
        start.serviceName = tr("%1 copy").arg(initial.serviceName).left(int(name.maximum));
    }
    load(start);
    retranslateUi();
    revalidate();

    // As tall as the groups need, within a usual screen; the scroll area takes the rest.
    if (auto *scroll = findChild<QScrollArea *>()) {
        const QSize content = scroll->widget()->sizeHint();
        resize(qMax(900, content.width() + 40), qMin(content.height() + 150, 780));
    }
}

QGroupBox *ServiceDialog::addGroup(FieldGroup group)
{
    auto *box = new QGroupBox(this);
    box->setObjectName(QLatin1String(kGroups[int(group)].objectName));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    return box;
}

void ServiceDialog::buildUi()
{
    for (const GroupPlace &place : kGroups)
        m_groups.append(addGroup(place.group));

    QGroupBox *bonding = m_groups.at(int(FieldGroup::Bonding));
    m_bondingNote = new QLabel(bonding);
    m_bondingNote->setObjectName(QStringLiteral("bondingNote"));
    m_bondingNote->setWordWrap(true);
    m_bondingNote->setTextFormat(Qt::PlainText);
    m_bondingNote->setVisible(!m_manager.bondingSupported());
    static_cast<QFormLayout *>(bonding->layout())->addRow(m_bondingNote);
    bonding->setEnabled(m_manager.bondingSupported());

    // Rows in table order within each box.
    for (const ServiceField *field : ServiceFields::of(m_initial.kind)) {
        QGroupBox *box = m_groups.at(int(field->group));
        auto *row = new ServiceFieldRow(*field, box);
        static_cast<QFormLayout *>(box->layout())->addRow(row->label(), row->cell());
        connect(row, &ServiceFieldRow::edited, this, [this, row] { onEdited(row); });
        m_rows.append(row);
        m_rowsByName.insert(field->apiName(), row);
    }

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    for (const GroupPlace &place : kGroups)
        (place.right ? right : left)->addWidget(m_groups.at(int(place.group)));
    left->addStretch(1);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *content = new QWidget;
    content->setLayout(columns);
    buildButtonsAndMessages(content);
}

void ServiceDialog::buildButtonsAndMessages(QWidget *content)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("runningBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("background: #fff4d6; color: #5a4300; border: 1px solid #e0c060; padding: 6px;"));
    m_banner->setVisible(m_wasRunning);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(QStringLiteral("color: #b0241b;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServiceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServiceDialog::reject);
    buildAlarmRules();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

}

void ServiceDialog::buildAlarmRules()
{
    // A dialog of its own behind a button: eight rows of rules would make the form scroll.
    if (m_purpose != Purpose::Add)
        m_initialOverrides = m_manager.alarmOverrides(m_initial.id);
    m_rulesDialog = new QDialog(this);
    m_rulesDialog->setObjectName(QStringLiteral("serviceAlarmRules"));
    m_rulesEditor = new AlarmRulesEditor(AlarmRulesEditor::Scope::Service, m_rulesDialog);
    m_rulesEditor->setService(m_globalRules, m_initialOverrides);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Ok, m_rulesDialog);
    connect(close, &QDialogButtonBox::accepted, m_rulesDialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(m_rulesDialog);
    layout->addWidget(m_rulesEditor);
    layout->addWidget(close);
    connect(m_rulesDialog, &QDialog::finished, this, &ServiceDialog::describeAlarmRules);

    m_rulesButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_rulesButton->setObjectName(QStringLiteral("alarmRulesButton"));
    connect(m_rulesButton, &QPushButton::clicked, this, &ServiceDialog::editAlarmRules);
}

void ServiceDialog::setGlobalAlarmRules(const AlarmRules &rules)
{
    const AlarmOverrides shown = m_rulesEditor->overrides();
    m_globalRules = rules;
    m_rulesEditor->setService(rules, shown);
    describeAlarmRules();
}

void ServiceDialog::editAlarmRules()
{
    m_rulesDialog->setWindowTitle(tr("Alarm rules of %1").arg(config().serviceName));
    m_rulesDialog->open();
}

void ServiceDialog::describeAlarmRules()
{
    int own = 0;
    const AlarmOverrides overrides = m_rulesEditor->overrides();
    for (AlarmType type : kAllAlarmTypes)
        own += overrides.rule(type).isEmpty() ? 0 : 1;
    m_rulesButton->setText(own == 0 ? tr("Alarm rules…") : tr("Alarm rules (%n own)…", nullptr, own));
    m_rulesButton->setToolTip(own == 0 ? tr("This service follows the global alarm rules (Settings).")
                                       : tr("This service has its own rule for %n alarm(s); the others are the global "
                                            "rules (Settings).", nullptr, own));
}

QString ServiceDialog::bondingUnavailableText()
{
    // One sentence for the operator; how to build with bonding, and why it is not the default,
    // are in the log at start and in the README.
    return tr("Bonding is not available in this installation of SRT Desk.");
}

QString ServiceDialog::groupTitle(FieldGroup group) const
{
    switch (group) {
    case FieldGroup::General: return tr("General");
    case FieldGroup::Connection: return tr("Connection");
    case FieldGroup::Udp: return tr("UDP");
    case FieldGroup::Bandwidth: return tr("Bandwidth");
    case FieldGroup::Encryption: return tr("Encryption");
    case FieldGroup::Fec: return tr("FEC (experimental)");
    case FieldGroup::Bonding: return tr("Bonding (experimental)");
    }
    return {};
}

QString ServiceDialog::offReason(FieldCondition condition) const
{
    switch (condition) {
    case FieldCondition::CallsPeer:
        return m_initial.isRx() ? tr("Not used in listener mode: the RX waits for the TX to call it.")
                                : tr("Not used in listener mode: the TX waits for the RX to call it.");
    case FieldCondition::FecOn: return tr("Turn FEC on to set this.");
    case FieldCondition::BondingOn: return tr("Turn bonding on to set this.");
    case FieldCondition::Listens: return tr("Only a listener takes callers.");
    case FieldCondition::Always: break;
    }
    return {};
}

void ServiceDialog::retranslateUi()
{
    const bool rx = m_initial.isRx();
    switch (m_purpose) {
    case Purpose::Add:
        setWindowTitle(rx ? tr("New RX service") : tr("New TX service"));
        break;
    case Purpose::Edit:
        setWindowTitle(rx ? tr("Edit RX service %1").arg(m_initial.id) : tr("Edit TX service %1").arg(m_initial.id));
        break;
    case Purpose::Duplicate:
        setWindowTitle(rx ? tr("Duplicate RX service") : tr("Duplicate TX service"));
        break;
    }
    for (const GroupPlace &place : kGroups)
        m_groups.at(int(place.group))->setTitle(groupTitle(place.group));
    for (ServiceFieldRow *row : std::as_const(m_rows))
        row->retranslate();
    m_bondingNote->setText(m_manager.bondingSupported() ? QString() : bondingUnavailableText());
    if (!m_manager.bondingSupported())
        m_groups.at(int(FieldGroup::Bonding))->setToolTip(bondingUnavailableText());
    m_banner->setText(tr("This service is running. Saving restarts it, which interrupts its stream for a moment."));
    if (QPushButton *ok = okButton())
        ok->setText(m_wasRunning ? tr("Save and restart") : m_purpose == Purpose::Edit ? tr("Save") : tr("Create"));
    describeAlarmRules();
    updateApplicability();
    revalidate();
}

void ServiceDialog::load(const ServiceConfig &config)
{
    m_loading = true;
    for (ServiceFieldRow *row : std::as_const(m_rows))
        row->load(config);
    m_loading = false;
}

ServiceConfig ServiceDialog::config() const
{
    ServiceConfig c = m_initial;
    if (m_purpose != Purpose::Edit)
        c.id = 0;
    for (const ServiceFieldRow *row : m_rows)
        row->store(c);
    // Text of a field that does not apply is not validated either, so it is not kept (a
    // listener's old peer address).
    for (const ServiceFieldRow *row : m_rows) {
        const ServiceField &field = row->field();
        if (field.isTextual() && !field.checkedWhenOff && !ServiceFields::holds(field.condition, c))
            field.write(c, FieldValue(QString()));
    }
    return c;
}

void ServiceDialog::onEdited(ServiceFieldRow *row)
{
    if (m_loading)
        return;
    row->setTouched(true);
    m_saveError.clear();
    updateApplicability();
    revalidate();
}

void ServiceDialog::updateApplicability()
{
    if (m_loading)
        return;
    const ServiceConfig c = config();
    const bool bonding = m_manager.bondingSupported();
    for (ServiceFieldRow *row : std::as_const(m_rows)) {
        const ServiceField &field = row->field();
        if (field.group == FieldGroup::Bonding && !bonding)
            row->setApplicable(false, bondingUnavailableText());
        else
            row->setApplicable(ServiceFields::holds(field.condition, c), offReason(field.condition));
    }
}

void ServiceDialog::revalidate()
{
    if (m_loading || !m_buttons)
        return;
    const ServiceConfig c = config();
    m_errors = ServiceValidator::validate(c, FieldNaming::Label);
    QList<ServiceConfig> others;
    for (const ServiceStatus &status : m_manager.list())
        others.append(status.config);
    m_errors += ServiceValidator::conflicts(c, others);
    showErrors();
}

void ServiceDialog::showErrors()
{
    QHash<QString, QStringList> byField;
    QStringList general;
    QString firstHidden;
    for (const FieldError &error : std::as_const(m_errors)) {
        const ServiceFieldRow *row = m_rowsByName.value(error.field);
        if (!row)
            general.append(error.message);
        else if (row->touched() || m_showAllErrors)
            byField[error.field].append(error.message);
        else if (firstHidden.isEmpty())
            firstHidden = error.message;
    }
    for (ServiceFieldRow *row : std::as_const(m_rows))
        row->showMessages(byField.value(row->field().apiName()));
    QStringList summary;
    if (!m_saveError.isEmpty())
        summary.append(m_saveError);
    summary += general;
    if (summary.isEmpty() && !firstHidden.isEmpty())
        summary.append(tr("To do: %1").arg(firstHidden));
    m_summary->setText(summary.join(QLatin1Char('\n')));
    m_summary->setVisible(!summary.isEmpty());
    if (QPushButton *ok = okButton())
        ok->setEnabled(m_errors.isEmpty());
}

QString ServiceDialog::shownError(const QString &field) const
{
    const ServiceFieldRow *row = m_rowsByName.value(field);
    return row ? row->shownMessages() : QString();
}

QString ServiceDialog::summary() const
{
    return m_summary->isVisibleTo(this) ? m_summary->text() : QString();
}

QWidget *ServiceDialog::editor(const QString &field) const
{
    const ServiceFieldRow *row = m_rowsByName.value(field);
    return row ? row->editor() : nullptr;
}

QPushButton *ServiceDialog::okButton() const
{
    return m_buttons ? m_buttons->button(QDialogButtonBox::Ok) : nullptr;
}

void ServiceDialog::accept()
{
    revalidate();
    if (!m_errors.isEmpty()) {
        m_showAllErrors = true;
        showErrors();
        return;
    }
    const ServiceConfig c = config();
    const AlarmOverrides overrides = m_rulesEditor->overrides();
    const ServiceManager::Result result =
        m_purpose == Purpose::Edit ? m_manager.update(m_initial.id, c, overrides) : m_manager.add(c, overrides);
    if (!result.ok()) {
        qCInfo(lcUi) << "saving service" << c.serviceName << "failed:" << result.message;
        // The manager words its problems for API clients; the same validator, run again,
        // gives them in the form's words. What it does not find (storage, secrets) is shown as is.
        revalidate();
        if (m_errors.isEmpty()) {
            m_saveError = result.message;
            m_errors = result.fields;
        }
        m_showAllErrors = true;
        showErrors();
        if (QPushButton *ok = okButton())
            ok->setEnabled(true); // the user may retry, e.g. after stopping the other service
        return;
    }
    m_savedId = result.id != 0 ? result.id : m_initial.id;
    QDialog::accept();
}

void ServiceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace srtdesk
