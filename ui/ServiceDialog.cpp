#include "ui/ServiceDialog.h"

#include "core/ServiceManager.h"
#include "core/model/ServiceValidator.h"
#include "ui/ServiceTableModel.h"
#include "ui/UiIcons.h"
#include "ui/UiLogging.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace srtdesk {

namespace {

const QString kPeerRx = QStringLiteral("TxIp");
const QString kPeerTx = QStringLiteral("RxIp");

void setComboData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

int comboData(const QComboBox *combo)
{
    return combo->currentData().toInt();
}

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
        start.serviceName = tr("%1 copy").arg(initial.serviceName).left(ServiceValidator::kMaxNameLength);
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

QGroupBox *ServiceDialog::addGroup(const char *objectName)
{
    auto *group = new QGroupBox(this);
    group->setObjectName(QLatin1String(objectName));
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_groups.append(group);
    return group;
}

void ServiceDialog::addRow(QGroupBox *group, const QString &field, QWidget *editor)
{
    Row row;
    row.field = field;
    row.editor = editor;
    editor->setObjectName(field);
    row.label = new QLabel(group);
    row.label->setBuddy(editor);
    row.error = new QLabel(group);
    row.error->setObjectName(field + QStringLiteral("Error"));
    row.error->setWordWrap(true);
    row.error->setTextFormat(Qt::PlainText);
    row.error->setStyleSheet(QStringLiteral("color: #b0241b;"));
    row.error->setVisible(false);

    auto *cell = new QWidget(group);
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(editor);
    box->addWidget(row.error);
    static_cast<QFormLayout *>(group->layout())->addRow(row.label, cell);

    m_rows.insert(field, row);
    m_order.append(field);
}

QSpinBox *ServiceDialog::spinBox(int minimum, int maximum)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(minimum, maximum);
    spin->setAccelerated(true);
    spin->setGroupSeparatorShown(false);
    connect(spin, &QSpinBox::valueChanged, this, [this, spin] {
        markTouched(spin->objectName());
        revalidate();
    });
    return spin;
}

QLineEdit *ServiceDialog::lineEdit(const QString &allowedChars)
{
    auto *edit = new QLineEdit(this);
    if (!allowedChars.isEmpty())
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(allowedChars), edit));
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textChanged, this, [this, edit] {
        markTouched(edit->objectName());
        revalidate();
    });
    return edit;
}

void ServiceDialog::buildUi()
{
    const bool rx = m_initial.isRx();
    const QString hostChars = QStringLiteral("[0-9A-Za-z.\\-]{0,253}");
    const QString udpChars = QStringLiteral("[0-9.:]{0,21}");

    auto comboBox = [this] {
        auto *combo = new QComboBox(this);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
            markTouched(combo->objectName());
            updateApplicability();
            revalidate();
        });
        return combo;
    };
    auto checkBox = [this] {
        auto *check = new QCheckBox(this);
        connect(check, &QCheckBox::toggled, this, [this, check] {
            markTouched(check->objectName());
            updateApplicability();
            revalidate();
        });
        return check;
    };

    // General
    QGroupBox *general = addGroup("general");
    m_name = lineEdit({});
    m_name->setMaxLength(ServiceValidator::kMaxNameLength + 16); // the validator explains the limit
    addRow(general, QStringLiteral("ServiceName"), m_name);
    m_mode = comboBox();
    for (SrtMode mode : {SrtMode::Caller, SrtMode::Listener, SrtMode::Rendezvous})
        m_mode->addItem(QString(), int(mode));
    addRow(general, QStringLiteral("Mode"), m_mode);

    // Connection
    QGroupBox *connection = addGroup("connection");
    m_peerIp = lineEdit(hostChars);
    addRow(connection, rx ? kPeerRx : kPeerTx, m_peerIp);
    m_listenPort = spinBox(0, 65535);
    addRow(connection, QStringLiteral("ListenPort"), m_listenPort);
    m_latency = spinBox(0, ServiceValidator::kMaxLatency);
    m_latency->setSingleStep(10);
    addRow(connection, QStringLiteral("Latency"), m_latency);
    m_bindIp = lineEdit(QStringLiteral("[0-9.]{0,15}"));
    addRow(connection, QStringLiteral("BindIp"), m_bindIp);
    if (rx) {
        m_tlpktDrop = checkBox();
        addRow(connection, QStringLiteral("TlpktDrop"), m_tlpktDrop);
    }
    m_congestion = comboBox();
    for (Congestion value : {Congestion::Live, Congestion::File})
        m_congestion->addItem(QString(), int(value));
    addRow(connection, QStringLiteral("Congestion"), m_congestion);
    m_transType = comboBox();
    for (TransType value : {TransType::Live, TransType::File})
        m_transType->addItem(QString(), int(value));
    addRow(connection, QStringLiteral("TransType"), m_transType);

    // UDP
    QGroupBox *udp = addGroup("udp");
    m_udpAddress = lineEdit(udpChars);
    m_udpAddress->setPlaceholderText(QStringLiteral("239.1.1.1:5000"));
    addRow(udp, ServiceValidator::udpField(m_initial), m_udpAddress);
    if (rx) {
        m_ttl = spinBox(0, 255);
        addRow(udp, QStringLiteral("TTL"), m_ttl);
    }

    // Bandwidth
    QGroupBox *bandwidth = addGroup("bandwidth");
    m_srtBw = spinBox(0, int(ServiceValidator::kMaxSrtBw));
    m_srtBw->setSingleStep(500);
    addRow(bandwidth, QStringLiteral("SrtBw"), m_srtBw);
    if (!rx) {
        m_inputBw = spinBox(0, int(ServiceValidator::kMaxSrtBw));
        m_inputBw->setSingleStep(500);
        addRow(bandwidth, QStringLiteral("InputBw"), m_inputBw);
        m_overHead = spinBox(0, ServiceValidator::kMaxOverHead);
        addRow(bandwidth, QStringLiteral("OverHead"), m_overHead);
    }

    // Encryption
    QGroupBox *encryption = addGroup("encryption");
    m_passPhrase = lineEdit({});
    m_passPhrase->setEchoMode(QLineEdit::Password);
    m_passPhrase->setClearButtonEnabled(false);
    m_showPassphrase = m_passPhrase->addAction(UiIcons::icon("show-password"), QLineEdit::TrailingPosition);
    m_showPassphrase->setObjectName(QStringLiteral("showPassphrase"));
    m_showPassphrase->setCheckable(true);
    connect(m_showPassphrase, &QAction::toggled, this, [this](bool shown) {
        m_passPhrase->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    addRow(encryption, QStringLiteral("PassPhrase"), m_passPhrase);
    m_pbKeyLen = comboBox();
    for (int bytes : {16, 24, 32})
        m_pbKeyLen->addItem(QString(), bytes);
    addRow(encryption, QStringLiteral("PbKeyLen"), m_pbKeyLen);

    // FEC (experimental)
    QGroupBox *fec = addGroup("fec");
    m_fec = checkBox();
    addRow(fec, QStringLiteral("FEC"), m_fec);
    m_fecCols = spinBox(0, 256);
    addRow(fec, QStringLiteral("FecCols"), m_fecCols);
    m_fecRows = spinBox(0, 256);
    addRow(fec, QStringLiteral("FecRows"), m_fecRows);
    m_fecLayout = comboBox();
    for (FecLayout value : {FecLayout::Staircase, FecLayout::Even})
        m_fecLayout->addItem(QString(), int(value));
    addRow(fec, QStringLiteral("FecLayout"), m_fecLayout);
    m_fecArq = comboBox();
    for (FecArq value : {FecArq::Always, FecArq::OnRequest, FecArq::Never})
        m_fecArq->addItem(QString(), int(value));
    addRow(fec, QStringLiteral("FecArq"), m_fecArq);

    // Bonding (experimental)
    m_bondingGroup = addGroup("bonding");
    m_bondingNote = new QLabel(m_bondingGroup);
    m_bondingNote->setObjectName(QStringLiteral("bondingNote"));
    m_bondingNote->setWordWrap(true);
    m_bondingNote->setTextFormat(Qt::PlainText);
    static_cast<QFormLayout *>(m_bondingGroup->layout())->addRow(m_bondingNote);
    m_groupConnect = checkBox();
    addRow(m_bondingGroup, QStringLiteral("GroupConnect"), m_groupConnect);
    if (rx) {
        m_groupType = comboBox();
        for (GroupType value : {GroupType::Backup, GroupType::Broadcast})
            m_groupType->addItem(QString(), int(value));
        addRow(m_bondingGroup, QStringLiteral("GroupType"), m_groupType);
        m_groupIp1 = lineEdit(hostChars);
        addRow(m_bondingGroup, QStringLiteral("GroupIp1"), m_groupIp1);
        m_groupIp2 = lineEdit(hostChars);
        addRow(m_bondingGroup, QStringLiteral("GroupIp2"), m_groupIp2);
        m_ip1Weight = spinBox(0, ServiceValidator::kMaxWeight);
        addRow(m_bondingGroup, QStringLiteral("Ip1Weight"), m_ip1Weight);
        m_ip2Weight = spinBox(0, ServiceValidator::kMaxWeight);
        addRow(m_bondingGroup, QStringLiteral("Ip2Weight"), m_ip2Weight);
    }
    if (!m_manager.bondingSupported()) {
        m_bondingGroup->setEnabled(false);
        m_bondingNote->setVisible(true);
    } else {
        m_bondingNote->setVisible(false);
    }

    // Two columns: what every service needs on the left, the optional parts on the right.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    for (QGroupBox *group : {general, connection, udp, bandwidth})
        left->addWidget(group);
    for (QGroupBox *group : {encryption, fec, m_bondingGroup})
        right->addWidget(group);
    left->addStretch(1);
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *content = new QWidget;
    content->setLayout(columns);
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

}

QString ServiceDialog::caption(const QString &f) const
{
    const bool rx = m_initial.isRx();
    if (f == QLatin1String("ServiceName")) return tr("Service &name:");
    if (f == QLatin1String("Mode")) return tr("&Mode:");
    if (f == kPeerRx) return tr("TX &address:");
    if (f == kPeerTx) return tr("RX &address:");
    if (f == QLatin1String("ListenPort")) return tr("SRT &port:");
    if (f == QLatin1String("Latency")) return tr("&Latency:");
    if (f == QLatin1String("BindIp")) return tr("Local &interface:");
    if (f == QLatin1String("TlpktDrop")) return tr("Drop too-late packets:");
    if (f == QLatin1String("Congestion")) return tr("Congestion control:");
    if (f == QLatin1String("TransType")) return tr("Transmission type:");
    if (f == QLatin1String("UdpOut") || f == QLatin1String("UdpIn"))
        return rx ? tr("UDP &output:") : tr("UDP &input:");
    if (f == QLatin1String("TTL")) return tr("&TTL:");
    if (f == QLatin1String("SrtBw")) return tr("Maximum &bandwidth:");
    if (f == QLatin1String("InputBw")) return tr("In&put bandwidth:");
    if (f == QLatin1String("OverHead")) return tr("&Overhead:");
    if (f == QLatin1String("PassPhrase")) return tr("Pass&phrase:");
    if (f == QLatin1String("PbKeyLen")) return tr("&Key length:");
    if (f == QLatin1String("FEC")) return tr("&FEC:");
    if (f == QLatin1String("FecCols")) return tr("Columns:");
    if (f == QLatin1String("FecRows")) return tr("Rows:");
    if (f == QLatin1String("FecLayout")) return tr("Layout:");
    if (f == QLatin1String("FecArq")) return tr("ARQ:");
    if (f == QLatin1String("GroupConnect")) return tr("Bonding:");
    if (f == QLatin1String("GroupType")) return tr("Group type:");
    if (f == QLatin1String("GroupIp1")) return tr("Primary IP:");
    if (f == QLatin1String("GroupIp2")) return tr("Secondary IP:");
    if (f == QLatin1String("Ip1Weight")) return tr("Primary weight:");
    if (f == QLatin1String("Ip2Weight")) return tr("Secondary weight:");
    return f;
}

// The original's parameter descriptions (Spanish in its README), in English, corrected where
// it was wrong (PassPhrase needs 10 to 79 characters, not 8).
QString ServiceDialog::help(const QString &f) const
{
    QString text;
    if (f == QLatin1String("ServiceName"))
        text = tr("Name of the TX or RX session. Unique among services of the same kind, up to %1 characters.")
                   .arg(ServiceValidator::kMaxNameLength);
    else if (f == QLatin1String("Mode"))
        text = tr("Caller, Listener or Rendezvous. A caller connects to its peer, a listener waits for the peer "
                  "to call. In Rendezvous both ends connect to each other and must use the same port.");
    else if (f == kPeerRx)
        text = tr("Address of the TX this RX connects to, as caller or in rendezvous. Not used by an RX listener.");
    else if (f == kPeerTx)
        text = tr("Address of the RX this TX sends to. Only needed for a TX caller or rendezvous; "
                  "a TX listener has no peer address.");
    else if (f == QLatin1String("ListenPort"))
        text = tr("Port the listener publishes the stream on, or the peer's port a caller connects to. "
                  "In rendezvous both ends use the same port.");
    else if (f == QLatin1String("Latency"))
        text = tr("Latency of the SRT session, in milliseconds. Usually 4 × the round-trip time (ping) between "
                  "the ends. %1 to %2 ms.")
                   .arg(ServiceValidator::kMinLatency)
                   .arg(ServiceValidator::kMaxLatency);
    else if (f == QLatin1String("BindIp"))
        text = tr("SRT Desk extension: the local IPv4 address the SRT socket binds to, on a machine with "
                  "several network interfaces. Empty: any interface.");
    else if (f == QLatin1String("TlpktDrop"))
        text = tr("RX only. Too-late packet drop: discard packets that arrive too late to be played out.");
    else if (f == QLatin1String("Congestion"))
        text = tr("Congestion control. Live by default; file exists but is not meant for streaming.");
    else if (f == QLatin1String("TransType"))
        text = tr("Transmission type: live (the default, always used for streaming) or file.");
    else if (f == QLatin1String("UdpOut"))
        text = tr("UDP output of the RX, as ip:port: the unicast or multicast destination of the received stream.");
    else if (f == QLatin1String("UdpIn"))
        text = tr("UDP input of the TX, as ip:port. A multicast group (224.0.0.0/4) is joined; "
                  "0.0.0.0:port receives on every interface.");
    else if (f == QLatin1String("TTL"))
        text = tr("Time to live of the RX's UDP output packets, multicast or unicast (1 to 255).");
    else if (f == QLatin1String("SrtBw"))
        text = tr("Maximum bandwidth the SRT session may use, in kbps (12000 = 12 Mbit/s). It should be at least "
                  "the input bandwidth plus the overhead. 0: relative to the input plus overhead.");
    else if (f == QLatin1String("InputBw"))
        text = tr("Bandwidth of the TX's input stream, in kbps (12000 = 12 Mbit/s). 0: measured by SRT.");
    else if (f == QLatin1String("OverHead"))
        text = tr("Share of bandwidth kept for SRT's error recovery, as a percentage of the input bandwidth. "
                  "25 % by default; %1 to %2 %.")
                   .arg(ServiceValidator::kMinOverHead)
                   .arg(ServiceValidator::kMaxOverHead);
    else if (f == QLatin1String("PassPhrase"))
        text = tr("Key that encrypts the SRT transmission: %1 to %2 characters, the same at both ends. "
                  "Empty: no encryption. (The original system said at least 8; libsrt needs %1.)")
                   .arg(ServiceValidator::kMinPassphrase)
                   .arg(ServiceValidator::kMaxPassphrase);
    else if (f == QLatin1String("PbKeyLen"))
        text = tr("Length of the encryption key: 16, 24 or 32 bytes (AES-128, AES-192, AES-256). 16 by default. "
                  "Only the TX needs it; the RX learns it when it connects.");
    else if (f == QLatin1String("FEC"))
        text = tr("Experimental. Adds forward error correction to the transmission. Both ends must use the same "
                  "FEC settings.");
    else if (f == QLatin1String("FecCols"))
        text = tr("Number of FEC columns, 1 or more. 10 by default.");
    else if (f == QLatin1String("FecRows"))
        text = tr("Number of FEC rows, 1 or more. 5 by default.");
    else if (f == QLatin1String("FecLayout"))
        text = tr("Arrangement of the FEC groups: staircase (default) or even.");
    else if (f == QLatin1String("FecArq"))
        text = tr("Automatic Repeat Request together with FEC: always (default), on request, or never.");
    else if (f == QLatin1String("GroupConnect"))
        text = tr("Experimental. Bonding: send from several IP addresses of one machine and receive over several "
                  "paths on the other.");
    else if (f == QLatin1String("GroupType"))
        text = tr("Only backup for now: the TX's two addresses are received and SRT picks the better path at "
                  "each moment.");
    else if (f == QLatin1String("GroupIp1"))
        text = tr("Primary IP address of the bonding group.");
    else if (f == QLatin1String("GroupIp2"))
        text = tr("Secondary IP address of the bonding group.");
    else if (f == QLatin1String("Ip1Weight"))
        text = tr("Weight of the primary IP address.");
    else if (f == QLatin1String("Ip2Weight"))
        text = tr("Weight of the secondary IP address.");
    return QStringLiteral("<b>%1</b><br>%2").arg(f, text.toHtmlEscaped());
}

QString ServiceDialog::groupTitle(const QGroupBox *group) const
{
    const QString name = group->objectName();
    if (name == QLatin1String("general")) return tr("General");
    if (name == QLatin1String("connection")) return tr("Connection");
    if (name == QLatin1String("udp")) return tr("UDP");
    if (name == QLatin1String("bandwidth")) return tr("Bandwidth");
    if (name == QLatin1String("encryption")) return tr("Encryption");
    if (name == QLatin1String("fec")) return tr("FEC (experimental)");
    if (name == QLatin1String("bonding")) return tr("Bonding (experimental)");
    return name;
}

void ServiceDialog::setComboTexts()
{
    m_mode->setItemText(0, ServiceTableModel::modeText(SrtMode::Caller));
    m_mode->setItemText(1, ServiceTableModel::modeText(SrtMode::Listener));
    m_mode->setItemText(2, ServiceTableModel::modeText(SrtMode::Rendezvous));
    m_congestion->setItemText(0, tr("Live"));
    m_congestion->setItemText(1, tr("File"));
    m_transType->setItemText(0, tr("Live"));
    m_transType->setItemText(1, tr("File"));
    m_pbKeyLen->setItemText(0, tr("16 bytes (AES-128)"));
    m_pbKeyLen->setItemText(1, tr("24 bytes (AES-192)"));
    m_pbKeyLen->setItemText(2, tr("32 bytes (AES-256)"));
    m_fecLayout->setItemText(0, tr("Staircase"));
    m_fecLayout->setItemText(1, tr("Even"));
    m_fecArq->setItemText(0, tr("Always"));
    m_fecArq->setItemText(1, tr("On request"));
    m_fecArq->setItemText(2, tr("Never"));
    if (m_groupType) {
        m_groupType->setItemText(0, tr("Backup"));
        m_groupType->setItemText(1, tr("Broadcast"));
    }
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
    for (QGroupBox *group : std::as_const(m_groups))
        group->setTitle(groupTitle(group));
    for (const QString &field : std::as_const(m_order))
        m_rows[field].label->setText(caption(field));
    setComboTexts();

    const QString ms = tr(" ms");
    const QString kbps = tr(" kbps");
    m_latency->setSuffix(ms);
    m_listenPort->setSpecialValueText(tr("choose a port"));
    m_srtBw->setSuffix(kbps);
    m_srtBw->setSpecialValueText(tr("0 kbps (input + overhead)"));
    if (m_inputBw) {
        m_inputBw->setSuffix(kbps);
        m_inputBw->setSpecialValueText(tr("0 kbps (measured)"));
        m_overHead->setSuffix(tr(" %"));
    }
    m_tlpktDrop ? m_tlpktDrop->setText(tr("Discard packets that arrive too late")) : void();
    m_fec->setText(tr("Add forward error correction"));
    m_groupConnect->setText(tr("Connect as a group"));
    m_bindIp->setPlaceholderText(tr("any"));
    m_passPhrase->setPlaceholderText(tr("empty: no encryption"));
    m_showPassphrase->setToolTip(tr("Show or hide the passphrase"));
    m_showPassphrase->setText(tr("Show passphrase"));
    m_bondingNote->setText(m_manager.bondingSupported() ? QString() : m_manager.bondingUnavailableReason());
    if (!m_manager.bondingSupported())
        m_bondingGroup->setToolTip(m_manager.bondingUnavailableReason());
    m_banner->setText(tr("This service is running. Saving restarts it, which interrupts its stream for a moment."));
    if (QPushButton *ok = okButton())
        ok->setText(m_wasRunning ? tr("Save and restart") : m_purpose == Purpose::Edit ? tr("Save") : tr("Create"));
    updateApplicability();
    revalidate();
}

void ServiceDialog::load(const ServiceConfig &c)
{
    m_loading = true;
    m_name->setText(c.serviceName);
    setComboData(m_mode, int(c.mode));
    m_peerIp->setText(c.peerIp);
    m_listenPort->setValue(c.listenPort);
    m_latency->setValue(c.latency);
    m_bindIp->setText(c.bindIp);
    if (m_tlpktDrop)
        m_tlpktDrop->setChecked(c.tlpktDrop);
    setComboData(m_congestion, int(c.congestion));
    setComboData(m_transType, int(c.transType));
    m_udpAddress->setText(c.udpAddress);
    if (m_ttl)
        m_ttl->setValue(c.ttl);
    m_srtBw->setValue(int(c.srtBw));
    if (m_inputBw) {
        m_inputBw->setValue(int(c.inputBw));
        m_overHead->setValue(c.overHead);
    }
    m_passPhrase->setText(c.passPhrase);
    setComboData(m_pbKeyLen, c.pbKeyLen);
    m_fec->setChecked(c.fec);
    m_fecCols->setValue(c.fecCols);
    m_fecRows->setValue(c.fecRows);
    setComboData(m_fecLayout, int(c.fecLayout));
    setComboData(m_fecArq, int(c.fecArq));
    m_groupConnect->setChecked(c.groupConnect);
    if (m_groupType) {
        setComboData(m_groupType, int(c.groupType));
        m_groupIp1->setText(c.groupIp1);
        m_groupIp2->setText(c.groupIp2);
        m_ip1Weight->setValue(c.ip1Weight);
        m_ip2Weight->setValue(c.ip2Weight);
    }
    m_loading = false;
}

ServiceConfig ServiceDialog::config() const
{
    ServiceConfig c = m_initial;
    if (m_purpose != Purpose::Edit)
        c.id = 0;
    c.serviceName = m_name->text().trimmed();
    c.mode = SrtMode(comboData(m_mode));
    c.peerIp = c.usesPeerIp() ? m_peerIp->text().trimmed() : QString();
    c.listenPort = m_listenPort->value();
    c.latency = m_latency->value();
    c.bindIp = m_bindIp->text().trimmed();
    if (m_tlpktDrop)
        c.tlpktDrop = m_tlpktDrop->isChecked();
    c.congestion = Congestion(comboData(m_congestion));
    c.transType = TransType(comboData(m_transType));
    c.udpAddress = m_udpAddress->text().trimmed();
    if (m_ttl)
        c.ttl = m_ttl->value();
    c.srtBw = m_srtBw->value();
    if (m_inputBw) {
        c.inputBw = m_inputBw->value();
        c.overHead = m_overHead->value();
    }
    c.passPhrase = m_passPhrase->text();
    c.pbKeyLen = comboData(m_pbKeyLen);
    c.fec = m_fec->isChecked();
    c.fecCols = m_fecCols->value();
    c.fecRows = m_fecRows->value();
    c.fecLayout = FecLayout(comboData(m_fecLayout));
    c.fecArq = FecArq(comboData(m_fecArq));
    c.groupConnect = m_groupConnect->isChecked();
    if (m_groupType) {
        c.groupType = GroupType(comboData(m_groupType));
        c.groupIp1 = m_groupIp1->text().trimmed();
        c.groupIp2 = m_groupIp2->text().trimmed();
        c.ip1Weight = m_ip1Weight->value();
        c.ip2Weight = m_ip2Weight->value();
    }
    return c;
}

void ServiceDialog::setRowEnabled(const QString &field, bool enabled, const QString &reason)
{
    auto it = m_rows.find(field);
    if (it == m_rows.end())
        return;
    Row &row = *it;
    row.disabledReason = enabled ? QString() : reason;
    row.editor->setEnabled(enabled);
    row.label->setEnabled(enabled);
    const QString tip = enabled ? help(field)
                                : QStringLiteral("<i>%1</i><br><br>%2").arg(reason.toHtmlEscaped(), help(field));
    row.editor->setToolTip(tip);
    row.label->setToolTip(tip);
}

void ServiceDialog::updateApplicability()
{
    if (m_loading)
        return;
    const ServiceConfig c = config();
    const bool rx = c.isRx();
    const QString peer = rx ? kPeerRx : kPeerTx;

    for (const QString &field : std::as_const(m_order))
        setRowEnabled(field, true, {});

    if (!c.usesPeerIp()) {
        setRowEnabled(peer, false,
                      rx ? tr("Not used in listener mode: the RX waits for the TX to call it.")
                         : tr("Not used in listener mode: the TX waits for the RX to call it."));
    }
    const QString fecOff = tr("Turn FEC on to set this.");
    for (const char *field : {"FecCols", "FecRows", "FecLayout", "FecArq"})
        setRowEnabled(QLatin1String(field), c.fec, fecOff);
    if (m_groupType) {
        const QString groupOff = tr("Turn bonding on to set this.");
        for (const char *field : {"GroupType", "GroupIp1", "GroupIp2", "Ip1Weight", "Ip2Weight"})
            setRowEnabled(QLatin1String(field), c.groupConnect, groupOff);
    }
    if (!m_manager.bondingSupported()) {
        const QString reason = m_manager.bondingUnavailableReason();
        for (const char *field : {"GroupConnect", "GroupType", "GroupIp1", "GroupIp2", "Ip1Weight", "Ip2Weight"})
            setRowEnabled(QLatin1String(field), false, reason);
    }
}

void ServiceDialog::markTouched(const QString &field)
{
    if (m_loading)
        return;
    auto it = m_rows.find(field);
    if (it != m_rows.end())
        it->touched = true;
    m_saveError.clear();
}

void ServiceDialog::revalidate()
{
    if (m_loading || !m_buttons)
        return;
    const ServiceConfig c = config();
    m_errors = ServiceValidator::validate(c);
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
        auto it = m_rows.constFind(error.field);
        if (it == m_rows.constEnd()) {
            general.append(error.message);
        } else if (it->touched || m_showAllErrors) {
            byField[error.field].append(error.message);
        } else if (firstHidden.isEmpty()) {
            firstHidden = error.message;
        }
    }
    for (Row &row : m_rows) {
        const QStringList messages = byField.value(row.field);
        row.error->setText(messages.join(QLatin1Char('\n')));
        row.error->setVisible(!messages.isEmpty());
    }
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
    auto it = m_rows.constFind(field);
    if (it == m_rows.constEnd() || !it->error->isVisibleTo(this))
        return {};
    return it->error->text();
}

QWidget *ServiceDialog::editor(const QString &field) const
{
    auto it = m_rows.constFind(field);
    return it == m_rows.constEnd() ? nullptr : it->editor;
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
    const ServiceManager::Result result =
        m_purpose == Purpose::Edit ? m_manager.update(m_initial.id, c) : m_manager.add(c);
    if (!result.ok()) {
        qCInfo(lcUi) << "saving service" << c.serviceName << "failed:" << result.message;
        m_saveError = result.message;
        m_errors = result.fields;
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
