<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/ServiceTablePane.cpp" line="+122"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
</context>
<context>
    <name>AlarmRulesJson</name>
    <message>
        <location filename="../core/model/AlarmRulesJson.cpp" line="+36"/>
        <source>%1 must be an object of rule fields.</source>
        <translation>%1 must be an object of rule fields.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a field of this rule (%2).</source>
        <translation>%1 is not a field of this rule (%2).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 must be true or false.</source>
        <translation>%1 must be true or false.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a number above %2 and at most %3.</source>
        <translation>%1 must be a number above %2 and at most %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 must be a number from %2 to %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be a whole number of seconds from %2 to %3.</source>
        <translation>%1 must be a whole number of seconds from %2 to %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be one of: minor, major, critical.</source>
        <translation>%1 must be one of: minor, major, critical.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not an alarm type (%2).</source>
        <translation>%1 is not an alarm type (%2).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation>The body is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>low_bitrate.Threshold (%1) must be below high_bitrate.Threshold (%2) while both are enabled.</source>
        <translation>low_bitrate.Threshold (%1) must be below high_bitrate.Threshold (%2) while both are enabled.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be an object keyed by alarm type (%2).</source>
        <translation>%1 must be an object keyed by alarm type (%2).</translation>
    </message>
</context>
<context>
    <name>AlarmText</name>
    <message numerus="yes">
        <location filename="../core/model/AlarmText.cpp" line="+20"/>
        <source>The SRT link has been down for more than %n second(s).</source>
        <translation>
            <numerusform>The SRT link has been down for more than %n second.</numerusform>
            <numerusform>The SRT link has been down for more than %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing has arrived on the UDP input for more than %n second(s) while the link is up.</source>
        <translation>
            <numerusform>Nothing has arrived on the UDP input for more than %n second while the link is up.</numerusform>
            <numerusform>Nothing has arrived on the UDP input for more than %n seconds while the link is up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing has been received from the SRT peer for more than %n second(s) while the link is up.</source>
        <translation>
            <numerusform>Nothing has been received from the SRT peer for more than %n second while the link is up.</numerusform>
            <numerusform>Nothing has been received from the SRT peer for more than %n seconds while the link is up.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bit rate is %1 Mbit/s, below the %2 Mbit/s expected.</source>
        <translation>The bit rate is %1 Mbit/s, below the %2 Mbit/s expected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bit rate is %1 Mbit/s, above the %2 Mbit/s allowed.</source>
        <translation>The bit rate is %1 Mbit/s, above the %2 Mbit/s allowed.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 % of the packets were lost or dropped over the last %n second(s) (limit %2 %).</source>
        <translation>
            <numerusform>%1 % of the packets were lost or dropped over the last %n second (limit %2 %).</numerusform>
            <numerusform>%1 % of the packets were lost or dropped over the last %n seconds (limit %2 %).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The round-trip time is %1 ms, above the %2 ms allowed.</source>
        <translation>The round-trip time is %1 ms, above the %2 ms allowed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 TR 101 290 priority 1 errors in the last minute (limit %2).</source>
        <translation>%1 TR 101 290 priority 1 errors in the last minute (limit %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MPEG transport stream lost sync.</source>
        <translation>The MPEG transport stream lost sync.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alarm raised (%1): %2</source>
        <translation>Alarm raised (%1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alarm cleared: %1.</source>
        <translation>Alarm cleared: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm %1 acknowledged: %2.</source>
        <translation>Alarm %1 acknowledged: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SRT link is up.</source>
        <translation>The SRT link is up.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SRT link is down.</source>
        <translation>The SRT link is down.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The SRT link is down: %1</source>
        <translation>The SRT link is down: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service added.</source>
        <translation>Service added.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service changed.</source>
        <translation>Service changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service started.</source>
        <translation>Service started.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service stopped.</source>
        <translation>Service stopped.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service deleted.</source>
        <translation>Service deleted.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s) for the webhook %1 were dropped: its delivery queue was full.</source>
        <translation>
            <numerusform>%n event for the webhook %1 was dropped: its delivery queue was full.</numerusform>
            <numerusform>%n events for the webhook %1 were dropped: its delivery queue was full.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event could not be delivered to the webhook %1: %2</source>
        <translation>An event could not be delivered to the webhook %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>Link down</source>
        <translation>Link down</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No input</source>
        <translation>No input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low bit rate</source>
        <translation>Low bit rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High bit rate</source>
        <translation>High bit rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet loss</source>
        <translation>Packet loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High round-trip time</source>
        <translation>High round-trip time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport stream errors</source>
        <translation>Transport stream errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport stream sync lost</source>
        <translation>Transport stream sync lost</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alarm raised</source>
        <translation>Alarm raised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm cleared</source>
        <translation>Alarm cleared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm acknowledged</source>
        <translation>Alarm acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link up</source>
        <translation>Link up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service added</source>
        <translation>Service added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service changed</source>
        <translation>Service changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service started</source>
        <translation>Service started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service stopped</source>
        <translation>Service stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service deleted</source>
        <translation>Service deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook failed</source>
        <translation>Webhook failed</translation>
    </message>
</context>
<context>
    <name>AuthStore</name>
    <message>
        <location filename="../core/rest/AuthStore.cpp" line="+81"/>
        <source>%1 is damaged (%2). Delete it and set a new administrator password with srtdeskd --set-admin-password.</source>
        <translation>%1 is damaged (%2). Delete it and set a new administrator password with srtdeskd --set-admin-password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format version</source>
        <translation>unknown format version</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>no user name</source>
        <translation>no user name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password hash is not Argon2id</source>
        <translation>the password hash is not Argon2id</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a user without a name, role or token generation</source>
        <translation>a user without a name, role or token generation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password hash of %1 is not Argon2id</source>
        <translation>the password hash of %1 is not Argon2id</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the signing key is not %1 bytes</source>
        <translation>the signing key is not %1 bytes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot delete %1 after moving it to the secret store: %2</source>
        <translation>Cannot delete %1 after moving it to the secret store: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The secret store is not open.</source>
        <translation>The secret store is not open.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The administrator password and token key cannot be read: %1</source>
        <translation>The administrator password and token key cannot be read: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The entry %1 of the system keychain (%2)</source>
        <translation>The entry %1 of the system keychain (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry %1 of %2</source>
        <translation>The entry %1 of %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The authentication store has no secret store; load() it first.</source>
        <translation>The authentication store has no secret store; load() it first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The users and the token key cannot be stored: %1</source>
        <translation>The users and the token key cannot be stored: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>There is already a user named &quot;%1&quot;.</source>
        <translation>There is already a user named &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are already %1 users, the most this node keeps.</source>
        <translation>There are already %1 users, the most this node keeps.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+29"/>
        <location line="+16"/>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>There is no user named &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&quot;%1&quot; is the last administrator: make another user an administrator first.</source>
        <translation>&quot;%1&quot; is the last administrator: make another user an administrator first.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is the last administrator and cannot be deleted: make another user an administrator first.</source>
        <translation>&quot;%1&quot; is the last administrator and cannot be deleted: make another user an administrator first.</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+50"/>
        <location line="+23"/>
        <source>The password could not be hashed (out of memory).</source>
        <translation>The password could not be hashed (out of memory).</translation>
    </message>
</context>
<context>
    <name>CallerJson</name>
    <message>
        <location filename="../core/model/CallerJson.cpp" line="+42"/>
        <source>The body must be a JSON object such as {&quot;Peer&quot;: &quot;127.0.0.1:4200&quot;}.</source>
        <translation>The body must be a JSON object such as {&quot;Peer&quot;: &quot;127.0.0.1:4200&quot;}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peer must be the address of a connected caller as Callers shows it, such as &quot;127.0.0.1:4200&quot; or &quot;[::1]:4200&quot;.</source>
        <translation>Peer must be the address of a connected caller as Callers shows it, such as &quot;127.0.0.1:4200&quot; or &quot;[::1]:4200&quot;.</translation>
    </message>
</context>
<context>
    <name>DataDirLock</name>
    <message>
        <location filename="../core/store/DataDirLock.cpp" line="+20"/>
        <source>Cannot create the data directory %1.</source>
        <translation>Cannot create the data directory %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data directory %1 is in use by %2 (process %3 on %4). Stop it first, or use another --data-dir.</source>
        <translation>The data directory %1 is in use by %2 (process %3 on %4). Stop it first, or use another --data-dir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data directory %1 is in use by another process.</source>
        <translation>The data directory %1 is in use by another process.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the lock file in %1: the directory is read-only or not writable by this user.</source>
        <translation>Cannot create the lock file in %1: the directory is read-only or not writable by this user.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot lock the data directory %1.</source>
        <translation>Cannot lock the data directory %1.</translation>
    </message>
</context>
<context>
    <name>GroupLink</name>
    <message>
        <location filename="../core/engine/GroupLink.cpp" line="+81"/>
        <source>libsrt refused SRTO_GROUPCONNECT: %1</source>
        <translation>libsrt refused SRTO_GROUPCONNECT: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GroupConnect on a TX works with Mode listener only: the TX accepts the group that an RX connects over GroupIp1 and GroupIp2.</source>
        <translation>GroupConnect on a TX works with Mode listener only: the TX accepts the group that an RX connects over GroupIp1 and GroupIp2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GroupConnect does not work with Mode rendezvous (libsrt groups connect as a caller): use caller.</source>
        <translation>GroupConnect does not work with Mode rendezvous (libsrt groups connect as a caller): use caller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GroupConnect works only with TransType live and Congestion live.</source>
        <translation>GroupConnect works only with TransType live and Congestion live.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot create the bonding group: %1</source>
        <translation>Cannot create the bonding group: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connection to %1 failed: %2</source>
        <translation>Connection to %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>HistoryQuery</name>
    <message>
        <location filename="../core/model/HistoryQuery.cpp" line="+18"/>
        <source>%1 is not a parameter of this path (%2).</source>
        <translation>%1 is not a parameter of this path (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation>limit must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>since must be an ISO 8601 time such as 2026-01-31T08:00:00Z (got &quot;%1&quot;).</source>
        <translation>since must be an ISO 8601 time such as 2026-01-31T08:00:00Z (got &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>user must be a user name. %1</source>
        <translation>user must be a user name. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>all must be 1 (cleared alarms too) or 0.</source>
        <translation>all must be 1 (cleared alarms too) or 0.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../core/store/HistorySchema.cpp" line="+101"/>
        <source>its schema version cannot be read</source>
        <translation>its schema version cannot be read</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it was written by a newer SRT Desk (schema %1; this version knows up to %2)</source>
        <translation>it was written by a newer SRT Desk (schema %1; this version knows up to %2)</translation>
    </message>
    <message>
        <location filename="../core/store/HistoryStore.cpp" line="+97"/>
        <source>The history file %1 cannot be used now (%2); events and statistics are kept in memory until it can be written.</source>
        <translation>The history file %1 cannot be used now (%2); events and statistics are kept in memory until it can be written.</translation>
    </message>
</context>
<context>
    <name>HostResolver</name>
    <message>
        <location filename="../core/engine/HostResolver.cpp" line="+42"/>
        <source>Cannot resolve host name %1: %2.</source>
        <translation>Cannot resolve host name %1: %2.</translation>
    </message>
</context>
<context>
    <name>KeychainClient</name>
    <message>
        <location filename="../core/secrets/KeychainClient.cpp" line="+154"/>
        <source>the keychain refused the request (error %1)</source>
        <translation>the keychain refused the request (error %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the system keychain did not answer within %1 s</source>
        <translation>the system keychain did not answer within %1 s</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <location filename="../app/gui/KeychainNotice.cpp" line="+13"/>
        <source>System keychain</source>
        <translation>System keychain</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SRT Desk keeps the passphrases of your SRT links and its API keys in your desktop&apos;s keychain, not in its own files.</source>
        <translation>SRT Desk keeps the passphrases of your SRT links and its API keys in your desktop&apos;s keychain, not in its own files.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your keyring is locked: your desktop will now ask for its password.</source>
        <translation>Your keyring is locked: your desktop will now ask for its password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your desktop has no keyring yet: it will now ask you to create one and to choose its password.</source>
        <translation>Your desktop has no keyring yet: it will now ask you to create one and to choose its password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you cancel, or answer after more than %1 seconds, SRT Desk keeps them in a private file in its data directory for now, and moves them into the keychain at the next start that finds one.</source>
        <translation>If you cancel, or answer after more than %1 seconds, SRT Desk keeps them in a private file in its data directory for now, and moves them into the keychain at the next start that finds one.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <location filename="../core/rest/PasswordHasher.cpp" line="+81"/>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must have at most %1 characters.</source>
        <translation>The password must have at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>PayloadInput</name>
    <message>
        <location filename="../core/monitor/PayloadInput.cpp" line="+64"/>
        <source>No payload arrived recently: there is nothing to look at.</source>
        <translation>No payload arrived recently: there is nothing to look at.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not enough memory to read the payload.</source>
        <translation>Not enough memory to read the payload.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Reading the payload took too long and was stopped.</source>
        <translation>Reading the payload took too long and was stopped.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The payload is in no format FFmpeg recognises.</source>
        <translation>The payload is in no format FFmpeg recognises.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No stream could be found in the payload.</source>
        <translation>No stream could be found in the payload.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/common/CommandLineTranslator.cpp" line="+15"/>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Displays help including Qt specific options.</translation>
    </message>
</context>
<context>
    <name>RelayWorker</name>
    <message>
        <location filename="../core/engine/ServiceRelay.cpp" line="+214"/>
        <source>%1 &quot;%2&quot; is not a valid ip:port.</source>
        <translation>%1 &quot;%2&quot; is not a valid ip:port.</translation>
    </message>
    <message>
        <location filename="../core/engine/SrtSocketFactory.cpp" line="+74"/>
        <location line="+39"/>
        <source>BindIp must be an IPv4 or IPv6 address of this machine, or empty.</source>
        <translation>BindIp must be an IPv4 or IPv6 address of this machine, or empty.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Cannot listen on %1: %2</source>
        <translation>Cannot listen on %1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>BindIp %1 is an IPv4 address; the peer has an IPv6 address.</source>
        <translation>BindIp %1 is an IPv4 address; the peer has an IPv6 address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BindIp %1 is an IPv6 address; the peer has an IPv4 address.</source>
        <translation>BindIp %1 is an IPv6 address; the peer has an IPv4 address.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot bind %1: %2</source>
        <translation>Cannot bind %1: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/ServiceRelay.cpp" line="-47"/>
        <source>The listener on port %1 failed; it is opened again.</source>
        <translation>The listener on port %1 failed; it is opened again.</translation>
    </message>
    <message>
        <location line="+174"/>
        <location line="+46"/>
        <source>Connection to %1 failed: %2</source>
        <translation>Connection to %1 failed: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection to %1 rejected: %2</source>
        <translation>Connection to %1 rejected: %2</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Link with %1 lost: the peer closed it or stopped answering.</source>
        <translation>Link with %1 lost: the peer closed it or stopped answering.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Caller %1 was disconnected on request.</source>
        <translation>Caller %1 was disconnected on request.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <location filename="../core/secrets/SecretFile.cpp" line="+45"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The secret file %1 is damaged (not an SRT Desk secret file of version %2). It was left untouched; restore a backup or move it away (its passphrases must then be entered again).</source>
        <translation>The secret file %1 is damaged (not an SRT Desk secret file of version %2). It was left untouched; restore a backup or move it away (its passphrases must then be entered again).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>Cannot write the secret file %1: %2</source>
        <translation>Cannot write the secret file %1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot make the secret file %1 private (mode 0600).</source>
        <translation>Cannot make the secret file %1 private (mode 0600).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot delete the secret file %1: %2</source>
        <translation>Cannot delete the secret file %1: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="+60"/>
        <source>Cannot create the data directory %1.</source>
        <translation>Cannot create the data directory %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SRTDESK_SECRET_STORE must be &quot;keychain&quot;, &quot;file&quot; or &quot;auto&quot;, not &quot;%1&quot;.</source>
        <translation>SRTDESK_SECRET_STORE must be &quot;keychain&quot;, &quot;file&quot; or &quot;auto&quot;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The system keychain cannot be used (%1), and SRTDESK_SECRET_STORE asks for it.</source>
        <translation>The system keychain cannot be used (%1), and SRTDESK_SECRET_STORE asks for it.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>The system keychain cannot be used (%1).</source>
        <translation>The system keychain cannot be used (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no system keychain is reachable (%1)</source>
        <translation>no system keychain is reachable (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRTDESK_SECRET_STORE=file asks for it</source>
        <translation>SRTDESK_SECRET_STORE=file asks for it</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file was asked for</source>
        <translation>the file was asked for</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>a probe entry read back differently</source>
        <translation>a probe entry read back differently</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the secrets of %1 could not be moved into the system keychain: %2</source>
        <translation>the secrets of %1 could not be moved into the system keychain: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the secrets of %1 did not read back from the system keychain as they were written</source>
        <translation>the secrets of %1 did not read back from the system keychain as they were written</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+27"/>
        <location line="+13"/>
        <source>The secret store is not open.</source>
        <translation>The secret store is not open.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The system keychain cannot be read: %1</source>
        <translation>The system keychain cannot be read: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The secret could not be stored in the system keychain: %1</source>
        <translation>The secret could not be stored in the system keychain: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The secret could not be deleted from the system keychain: %1</source>
        <translation>The secret could not be deleted from the system keychain: %1</translation>
    </message>
</context>
<context>
    <name>ServiceField</name>
    <message>
        <location filename="../core/model/ServiceFields.cpp" line="+26"/>
        <source>Service &amp;name:</source>
        <translation>Service &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the TX or RX session. Unique among services of the same kind, up to %2 characters.</source>
        <translation>Name of the TX or RX session. Unique among services of the same kind, up to %2 characters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rendezvous</source>
        <translation>Rendezvous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller, Listener or Rendezvous. A caller connects to its peer, a listener waits for the peer to call. In Rendezvous both ends connect to each other and must use the same port.</source>
        <translation>Caller, Listener or Rendezvous. A caller connects to its peer, a listener waits for the peer to call. In Rendezvous both ends connect to each other and must use the same port.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TX &amp;address:</source>
        <translation>TX &amp;address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the TX this RX connects to, as caller or in rendezvous. Not used by an RX listener.</source>
        <translation>Address of the TX this RX connects to, as caller or in rendezvous. Not used by an RX listener.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>RX &amp;address:</source>
        <translation>RX &amp;address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the RX this TX sends to. Only needed for a TX caller or rendezvous; a TX listener has no peer address.</source>
        <translation>Address of the RX this TX sends to. Only needed for a TX caller or rendezvous; a TX listener has no peer address.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SRT &amp;port:</source>
        <translation>SRT &amp;port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port the listener publishes the stream on, or the peer&apos;s port a caller connects to. In rendezvous both ends use the same port.</source>
        <translation>Port the listener publishes the stream on, or the peer&apos;s port a caller connects to. In rendezvous both ends use the same port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a port</source>
        <translation>choose a port</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UDP &amp;output:</source>
        <translation>UDP &amp;output:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>UDP &amp;input:</source>
        <translation>UDP &amp;input:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>UDP output of the RX, as ip:port or [ipv6]:port: the unicast or multicast destination of the received stream.</source>
        <translation>UDP output of the RX, as ip:port or [ipv6]:port: the unicast or multicast destination of the received stream.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>UDP input of the TX, as ip:port or [ipv6]:port. A multicast group (224.0.0.0/4, ff00::/8) is joined; 0.0.0.0:port or [::]:port receives on every interface.</source>
        <translation>UDP input of the TX, as ip:port or [ipv6]:port. A multicast group (224.0.0.0/4, ff00::/8) is joined; 0.0.0.0:port or [::]:port receives on every interface.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Latency:</source>
        <translation>&amp;Latency:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency of the SRT session, in milliseconds. Usually 4 × the round-trip time (ping) between the ends. %1 to %2 ms.</source>
        <translation>Latency of the SRT session, in milliseconds. Usually 4 × the round-trip time (ping) between the ends. %1 to %2 ms.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maximum &amp;bandwidth:</source>
        <translation>Maximum &amp;bandwidth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum bandwidth the SRT session may use, in kbps (12000 = 12 Mbit/s). It should be at least the input bandwidth plus the overhead. 0: relative to the input plus overhead.</source>
        <translation>Maximum bandwidth the SRT session may use, in kbps (12000 = 12 Mbit/s). It should be at least the input bandwidth plus the overhead. 0: relative to the input plus overhead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 kbps (input + overhead)</source>
        <translation>0 kbps (input + overhead)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key that encrypts the SRT transmission: %1 to %2 characters, the same at both ends. Empty: no encryption. (The original system said at least 8; libsrt needs %1.)</source>
        <translation>Key that encrypts the SRT transmission: %1 to %2 characters, the same at both ends. Empty: no encryption. (The original system said at least 8; libsrt needs %1.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: no encryption</source>
        <translation>empty: no encryption</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>16 bytes (AES-128)</source>
        <translation>16 bytes (AES-128)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 bytes (AES-192)</source>
        <translation>24 bytes (AES-192)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>32 bytes (AES-256)</source>
        <translation>32 bytes (AES-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Key length:</source>
        <translation>&amp;Key length:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the encryption key: 16, 24 or 32 bytes (AES-128, AES-192, AES-256). %3 by default. Only the TX needs it; the RX learns it when it connects.</source>
        <translation>Length of the encryption key: 16, 24 or 32 bytes (AES-128, AES-192, AES-256). %3 by default. Only the TX needs it; the RX learns it when it connects.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop too-late packets:</source>
        <translation>Drop too-late packets:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RX only. Too-late packet drop: discard packets that arrive too late to be played out.</source>
        <translation>RX only. Too-late packet drop: discard packets that arrive too late to be played out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard packets that arrive too late</source>
        <translation>Discard packets that arrive too late</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to live of the RX&apos;s UDP output packets, multicast or unicast (%1 to %2).</source>
        <translation>Time to live of the RX&apos;s UDP output packets, multicast or unicast (%1 to %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In&amp;put bandwidth:</source>
        <translation>In&amp;put bandwidth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth of the TX&apos;s input stream, in kbps (12000 = 12 Mbit/s). 0: measured by SRT.</source>
        <translation>Bandwidth of the TX&apos;s input stream, in kbps (12000 = 12 Mbit/s). 0: measured by SRT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 kbps (measured)</source>
        <translation>0 kbps (measured)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Overhead:</source>
        <translation>&amp;Overhead:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of bandwidth kept for SRT&apos;s error recovery, as a percentage of the input bandwidth. %3 % by default; %1 to %2 %.</source>
        <translation>Share of bandwidth kept for SRT&apos;s error recovery, as a percentage of the input bandwidth. %3 % by default; %1 to %2 %.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;FEC:</source>
        <translation>&amp;FEC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experimental. Adds forward error correction to the transmission. Both ends must use the same FEC settings.</source>
        <translation>Experimental. Adds forward error correction to the transmission. Both ends must use the same FEC settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add forward error correction</source>
        <translation>Add forward error correction</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of FEC columns, %1 or more. %3 by default.</source>
        <translation>Number of FEC columns, %1 or more. %3 by default.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows:</source>
        <translation>Rows:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of FEC rows, %1 or more. %3 by default.</source>
        <translation>Number of FEC rows, %1 or more. %3 by default.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Even</source>
        <translation>Even</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staircase</source>
        <translation>Staircase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement of the FEC groups: staircase (default) or even.</source>
        <translation>Arrangement of the FEC groups: staircase (default) or even.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On request</source>
        <translation>On request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ARQ:</source>
        <translation>ARQ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic Repeat Request together with FEC: always (default), on request, or never.</source>
        <translation>Automatic Repeat Request together with FEC: always (default), on request, or never.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Congestion control:</source>
        <translation>Congestion control:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congestion control. Live by default; file exists but is not meant for streaming.</source>
        <translation>Congestion control. Live by default; file exists but is not meant for streaming.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transmission type:</source>
        <translation>Transmission type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmission type: live (the default, always used for streaming) or file.</source>
        <translation>Transmission type: live (the default, always used for streaming) or file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bonding:</source>
        <translation>Bonding:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experimental. Bonding: send from several IP addresses of one machine and receive over several paths on the other.</source>
        <translation>Experimental. Bonding: send from several IP addresses of one machine and receive over several paths on the other.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect as a group</source>
        <translation>Connect as a group</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broadcast</source>
        <translation>Broadcast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group type:</source>
        <translation>Group type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only backup for now: the TX&apos;s two addresses are received and SRT picks the better path at each moment.</source>
        <translation>Only backup for now: the TX&apos;s two addresses are received and SRT picks the better path at each moment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Primary IP:</source>
        <translation>Primary IP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary IP address of the bonding group.</source>
        <translation>Primary IP address of the bonding group.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secondary IP:</source>
        <translation>Secondary IP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary IP address of the bonding group.</source>
        <translation>Secondary IP address of the bonding group.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Primary weight:</source>
        <translation>Primary weight:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of the primary IP address.</source>
        <translation>Weight of the primary IP address.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Secondary weight:</source>
        <translation>Secondary weight:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of the secondary IP address.</source>
        <translation>Weight of the secondary IP address.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local &amp;interface:</source>
        <translation>Local &amp;interface:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRT Desk extension: the local IPv4 or IPv6 address the SRT socket binds to, on a machine with several network interfaces. Empty: any interface (a listener takes IPv4 and IPv6 callers).</source>
        <translation>SRT Desk extension: the local IPv4 or IPv6 address the SRT socket binds to, on a machine with several network interfaces. Empty: any interface (a listener takes IPv4 and IPv6 callers).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ma&amp;ximum callers:</source>
        <translation>Ma&amp;ximum callers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRT Desk extension, TX listener: how many receivers may call at once; each gets the same stream. %1 to %2; %3 (the original&apos;s behaviour) refuses a second caller.</source>
        <translation>SRT Desk extension, TX listener: how many receivers may call at once; each gets the same stream. %1 to %2; %3 (the original&apos;s behaviour) refuses a second caller.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Allowed &amp;callers:</source>
        <translation>Allowed &amp;callers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRT Desk extension, TX listener: the IPv4 or IPv6 addresses or CIDR ranges allowed to call, separated by commas (for example 10.1.0.0/16, 2001:db8::/32). Empty: any caller.</source>
        <translation>SRT Desk extension, TX listener: the IPv4 or IPv6 addresses or CIDR ranges allowed to call, separated by commas (for example 10.1.0.0/16, 2001:db8::/32). Empty: any caller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any caller</source>
        <translation>any caller</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stream &amp;ID:</source>
        <translation>Stream &amp;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRT Desk extension, RX caller: the stream ID sent to the listener when connecting (up to %2 bytes); an SRT Desk TX shows it for each caller. Empty: none.</source>
        <translation>SRT Desk extension, RX caller: the stream ID sent to the listener when connecting (up to %2 bytes); an SRT Desk TX shows it for each caller. Empty: none.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lo&amp;cal port:</source>
        <translation>Lo&amp;cal port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRT Desk extension, callers only: the local UDP port the connection leaves from, for a firewall that expects it. 0: a port shared with the other callers.</source>
        <translation>SRT Desk extension, callers only: the local UDP port the connection leaves from, for a firewall that expects it. 0: a port shared with the other callers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared</source>
        <translation>shared</translation>
    </message>
</context>
<context>
    <name>ServiceParser</name>
    <message>
        <location filename="../core/model/ServiceParser.cpp" line="+67"/>
        <source>%1 must be text.</source>
        <translation>%1 must be text.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 must be 0 or 1.</source>
        <translation>%1 must be 0 or 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 must be one of: %2.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 must be a whole number.</source>
        <translation>%1 must be a whole number.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation>The body is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body must be a JSON object.</source>
        <translation>The body must be a JSON object.</translation>
    </message>
</context>
<context>
    <name>ServiceStore</name>
    <message>
        <location filename="../core/store/ServiceStore.cpp" line="+98"/>
        <source>Cannot create the data directory %1.</source>
        <translation>Cannot create the data directory %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 is not readable (check its permissions).</source>
        <translation>The database %1 is not readable (check its permissions).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Cannot prepare the database %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database %1 is locked by another program (%2). Close that program and try again.</source>
        <translation>The database %1 is locked by another program (%2). Close that program and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 is damaged or is not an SRT Desk database (%2). It was left untouched; restore a backup or move it away to start empty.</source>
        <translation>The database %1 is damaged or is not an SRT Desk database (%2). It was left untouched; restore a backup or move it away to start empty.</translation>
    </message>
    <message>
        <location filename="../core/store/SchemaMigrator.cpp" line="+47"/>
        <source>Cannot read the schema version of %1.</source>
        <translation>Cannot read the schema version of %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database %1 was written by a newer SRT Desk (schema %2; this version knows up to %3).</source>
        <translation>The database %1 was written by a newer SRT Desk (schema %2; this version knows up to %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>Cannot start a transaction on %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot upgrade the database %1 from schema %2 to %3: %4</source>
        <translation>Cannot upgrade the database %1 from schema %2 to %3: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot commit the upgrade of %1: %2</source>
        <translation>Cannot commit the upgrade of %1: %2</translation>
    </message>
    <message>
        <location filename="../core/store/SchemaHistory.cpp" line="+81"/>
        <source>service %1 cannot be read (%2)</source>
        <translation>service %1 cannot be read (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>service %1 has an unknown kind &quot;%2&quot;</source>
        <translation>service %1 has an unknown kind &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the passphrase of service %1 cannot be moved to the secret store: %2</source>
        <translation>the passphrase of service %1 cannot be moved to the secret store: %2</translation>
    </message>
    <message>
        <location filename="../core/store/SchemaMigrator.cpp" line="+38"/>
        <source>Cannot vacuum the database %1: %2</source>
        <translation>Cannot vacuum the database %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot checkpoint the write-ahead log of %1: %2</source>
        <translation>Cannot checkpoint the write-ahead log of %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is busy</source>
        <translation>the database is busy</translation>
    </message>
    <message>
        <location filename="../core/store/ServiceStore.cpp" line="+30"/>
        <source>The passphrase of service %1 is not in the secret file %2. It may be in a system keychain that this process cannot reach (%3). Enter the passphrase again to use the service.</source>
        <translation>The passphrase of service %1 is not in the secret file %2. It may be in a system keychain that this process cannot reach (%3). Enter the passphrase again to use the service.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase of service %1 is not in the system keychain (%2). Enter the passphrase again to use the service.</source>
        <translation>The passphrase of service %1 is not in the system keychain (%2). Enter the passphrase again to use the service.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the services from %1: %2</source>
        <translation>Cannot read the services from %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Service %1 in %2 has an unknown kind &quot;%3&quot;.</source>
        <translation>Service %1 in %2 has an unknown kind &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service %1 in %2 cannot be read: %3</source>
        <translation>Service %1 in %2 cannot be read: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The passphrase of service %1 cannot be read: %2</source>
        <translation>The passphrase of service %1 cannot be read: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+20"/>
        <location line="+6"/>
        <source>Cannot save the service in %1: %2</source>
        <translation>Cannot save the service in %1: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The service was not saved: its passphrase could not be stored. %1</source>
        <translation>The service was not saved: its passphrase could not be stored. %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+16"/>
        <location line="+32"/>
        <source>Cannot save service %1 in %2: %3</source>
        <translation>Cannot save service %1 in %2: %3</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+16"/>
        <location line="+57"/>
        <location line="+23"/>
        <source>Service %1 is not in %2.</source>
        <translation>Service %1 is not in %2.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Service %1 was not saved: its passphrase could not be stored. %2</source>
        <translation>Service %1 was not saved: its passphrase could not be stored. %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <source>Cannot delete service %1 from %2: %3</source>
        <translation>Cannot delete service %1 from %2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>Cannot save the state of service %1 in %2: %3</source>
        <translation>Cannot save the state of service %1 in %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save the alarm settings of service %1 in %2: %3</source>
        <translation>Cannot save the alarm settings of service %1 in %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the alarm settings from %1: %2</source>
        <translation>Cannot read the alarm settings from %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The alarm settings of service %1 in %2 cannot be read.</source>
        <translation>The alarm settings of service %1 in %2 cannot be read.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the setting %1 from %2: %3</source>
        <translation>Cannot read the setting %1 from %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Cannot save the setting %1 in %2: %3</source>
        <translation>Cannot save the setting %1 in %2: %3</translation>
    </message>
</context>
<context>
    <name>ServiceTransfer</name>
    <message>
        <location filename="../ui/ServiceTransfer.cpp" line="+36"/>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item %1 is not a JSON object.</source>
        <translation>Item %1 is not a JSON object.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>The file is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file holds no services: expected {&quot;rx&quot;: [...], &quot;tx&quot;: [...]}, an array of services or one service.</source>
        <translation>The file holds no services: expected {&quot;rx&quot;: [...], &quot;tx&quot;: [...]}, an array of services or one service.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RX</source>
        <translation>RX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TX</source>
        <translation>TX</translation>
    </message>
</context>
<context>
    <name>ServiceValidator</name>
    <message>
        <location filename="../core/model/ServiceValidator.cpp" line="+127"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is required when %2 is %3: bonding needs both paths.</source>
        <translation>%1 is required when %2 is %3: bonding needs both paths.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is required when %2 is %3.</source>
        <translation>%1 is required when %2 is %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be %2 or %3.</source>
        <translation>%1 must be %2 or %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 must be between %2 and %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation>%1 must be between %2 and %3 %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be %2 or more when %3 is on.</source>
        <translation>%1 must be %2 or more when %3 is on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be %2 or more.</source>
        <translation>%1 must be %2 or more.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be %2 or more %3.</source>
        <translation>%1 must be %2 or more %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <source>%1 must be at most %2 characters long.</source>
        <translation>%1 must be at most %2 characters long.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 must not contain control characters.</source>
        <translation>%1 must not contain control characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &quot;%2&quot; is neither an IPv4 or IPv6 address nor a host name.</source>
        <translation>%1 &quot;%2&quot; is neither an IPv4 or IPv6 address nor a host name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &quot;%2&quot; must be ip:port with an IPv4 address, or [ip]:port with an IPv6 address, and a port from 1 to 65535.</source>
        <translation>%1 &quot;%2&quot; must be ip:port with an IPv4 address, or [ip]:port with an IPv6 address, and a port from 1 to 65535.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be an IPv4 or IPv6 address of this machine, or empty.</source>
        <translation>%1 must be an IPv4 or IPv6 address of this machine, or empty.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; is neither an IPv4 or IPv6 address nor a range such as 10.0.0.0/8 or 2001:db8::/32.</source>
        <translation>%1: &quot;%2&quot; is neither an IPv4 or IPv6 address nor a range such as 10.0.0.0/8 or 2001:db8::/32.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be at most %2 bytes long in UTF-8; it has %3.</source>
        <translation>%1 must be at most %2 bytes long in UTF-8; it has %3.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 needs a destination address; %2 only makes sense for an input.</source>
        <translation>%1 needs a destination address; %2 only makes sense for an input.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 works only with %2 %3.</source>
        <translation>%1 works only with %2 %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 applies to %2 %3 only (a listener and a rendezvous use %4).</source>
        <translation>%1 applies to %2 %3 only (a listener and a rendezvous use %4).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 needs %2 %3 on an RX: it calls both paths.</source>
        <translation>%1 needs %2 %3 on an RX: it calls both paths.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs %2 %3 on a TX: it accepts the group.</source>
        <translation>%1 needs %2 %3 on a TX: it accepts the group.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>%1 is required in %2 mode: it is the address of the peer to connect to.</source>
        <translation>%1 is required in %2 mode: it is the address of the peer to connect to.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is required, as ip:port (for example 239.1.1.1:5000).</source>
        <translation>%1 is required, as ip:port (for example 239.1.1.1:5000).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 must be empty (no encryption) or %2 to %3 characters long; it has %4.</source>
        <translation>%1 must be empty (no encryption) or %2 to %3 characters long; it has %4.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>An %1 service named &quot;%2&quot; already exists (Id %3).</source>
        <translation>An %1 service named &quot;%2&quot; already exists (Id %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UDP port %1 is already used by %2 service &quot;%3&quot; (Id %4).</source>
        <translation>UDP port %1 is already used by %2 service &quot;%3&quot; (Id %4).</translation>
    </message>
</context>
<context>
    <name>SharedCallerPorts</name>
    <message>
        <location filename="../core/engine/SharedCallerPorts.cpp" line="+93"/>
        <source>Cannot open the shared local port for callers: %1</source>
        <translation>Cannot open the shared local port for callers: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot bind to the shared local port %1: %2</source>
        <translation>Cannot bind to the shared local port %1: %2</translation>
    </message>
</context>
<context>
    <name>SrtRuntime</name>
    <message>
        <location filename="../core/engine/SrtRuntime.cpp" line="+112"/>
        <source>Bonding (GroupConnect) is unavailable: the linked libsrt %1 was built without bonding support (ENABLE_BONDING). To use it, build SRT Desk with the CMake option SRTDESK_BONDED_LIBSRT=ON, which compiles libsrt with bonding from Debian&apos;s source package 1.5.1-1+deb12u1; note that this source lacks the fixes for CVE-2026-55868 and CVE-2026-55869 that Debian&apos;s binary package has.</source>
        <translation>Bonding (GroupConnect) is unavailable: the linked libsrt %1 was built without bonding support (ENABLE_BONDING). To use it, build SRT Desk with the CMake option SRTDESK_BONDED_LIBSRT=ON, which compiles libsrt with bonding from Debian&apos;s source package 1.5.1-1+deb12u1; note that this source lacks the fixes for CVE-2026-55868 and CVE-2026-55869 that Debian&apos;s binary package has.</translation>
    </message>
</context>
<context>
    <name>SrtSocketOptions</name>
    <message>
        <location filename="../core/engine/SrtSocketOptions.cpp" line="+42"/>
        <source>libsrt refused %1: %2</source>
        <translation>libsrt refused %1: %2</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a system call failed</source>
        <translation>a system call failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the peer refused it</source>
        <translation>the peer refused it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the peer ran out of resources</source>
        <translation>the peer ran out of resources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the handshake carried invalid data</source>
        <translation>the handshake carried invalid data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the listener&apos;s backlog is full</source>
        <translation>the listener&apos;s backlog is full</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal error in libsrt</source>
        <translation>internal error in libsrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the socket was closed</source>
        <translation>the socket was closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the peer&apos;s SRT version is too old</source>
        <translation>the peer&apos;s SRT version is too old</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rendezvous cookie collision</source>
        <translation>rendezvous cookie collision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incorrect passphrase (the two ends have different passphrases)</source>
        <translation>incorrect passphrase (the two ends have different passphrases)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passphrase mismatch: one end encrypts and the other has no passphrase</source>
        <translation>passphrase mismatch: one end encrypts and the other has no passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ends disagree on the message API (TransType)</source>
        <translation>the ends disagree on the message API (TransType)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ends have different Congestion settings</source>
        <translation>the ends have different Congestion settings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the FEC packet filter settings differ between the ends (FecCols, FecRows, FecLayOut or FecArq)</source>
        <translation>the FEC packet filter settings differ between the ends (FecCols, FecRows, FecLayOut or FecArq)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bonding (GroupConnect) settings differ between the ends</source>
        <translation>the bonding (GroupConnect) settings differ between the ends</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out: the peer did not answer</source>
        <translation>timed out: the peer did not answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the listener already has a peer and accepts one at a time</source>
        <translation>the listener already has a peer and accepts one at a time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the listener already serves as many callers as it accepts (MaxCallers)</source>
        <translation>the listener already serves as many callers as it accepts (MaxCallers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the listener does not accept callers from this address (AllowedPeers)</source>
        <translation>the listener does not accept callers from this address (AllowedPeers)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the peer&apos;s application refused it (code %1)</source>
        <translation>the peer&apos;s application refused it (code %1)</translation>
    </message>
</context>
<context>
    <name>StreamProbe</name>
    <message>
        <location filename="../core/monitor/StreamProbe.cpp" line="+87"/>
        <source>No stream could be found in the payload.</source>
        <translation>No stream could be found in the payload.</translation>
    </message>
</context>
<context>
    <name>StreamThumbnail</name>
    <message>
        <location filename="../core/monitor/StreamThumbnail.cpp" line="+168"/>
        <source>The payload carries no video.</source>
        <translation>The payload carries no video.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video codec %1 cannot be decoded here.</source>
        <translation>The video codec %1 cannot be decoded here.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decoding took too long and was stopped.</source>
        <translation>Decoding took too long and was stopped.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No video frame could be decoded from the last %1 seconds of payload.</source>
        <translation>No video frame could be decoded from the last %1 seconds of payload.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The thumbnail could not be encoded as JPEG.</source>
        <translation>The thumbnail could not be encoded as JPEG.</translation>
    </message>
</context>
<context>
    <name>UdpInput</name>
    <message>
        <location filename="../core/engine/UdpInput.cpp" line="+40"/>
        <source>Cannot receive UDP on %1: %2 (%3).</source>
        <translation>Cannot receive UDP on %1: %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no socket</source>
        <translation>no socket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SO_REUSEADDR refused</source>
        <translation>SO_REUSEADDR refused</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot bind the port</source>
        <translation>cannot bind the port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot join the multicast group</source>
        <translation>cannot join the multicast group</translation>
    </message>
</context>
<context>
    <name>UdpOutput</name>
    <message>
        <location filename="../core/engine/UdpOutput.cpp" line="+30"/>
        <source>Cannot send UDP to %1: %2 (%3).</source>
        <translation>Cannot send UDP to %1: %2 (%3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no socket</source>
        <translation>no socket</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IPV6_MULTICAST_HOPS refused</source>
        <translation>IPV6_MULTICAST_HOPS refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IPV6_MULTICAST_IF refused</source>
        <translation>IPV6_MULTICAST_IF refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPV6_UNICAST_HOPS refused</source>
        <translation>IPV6_UNICAST_HOPS refused</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP_MULTICAST_TTL refused</source>
        <translation>IP_MULTICAST_TTL refused</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP_MULTICAST_IF refused</source>
        <translation>IP_MULTICAST_IF refused</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IP_TTL refused</source>
        <translation>IP_TTL refused</translation>
    </message>
</context>
<context>
    <name>UserJson</name>
    <message>
        <location filename="../core/model/UserJson.cpp" line="+29"/>
        <source>The body must be a JSON object such as {&quot;Name&quot;: &quot;alice&quot;, &quot;Role&quot;: &quot;operator&quot;, &quot;Password&quot;: &quot;…&quot;}.</source>
        <translation>The body must be a JSON object such as {&quot;Name&quot;: &quot;alice&quot;, &quot;Role&quot;: &quot;operator&quot;, &quot;Password&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a field of a user here (%2).</source>
        <translation>%1 is not a field of a user here (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Role must be one of %1.</source>
        <translation>Role must be one of %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password must be text.</source>
        <translation>Password must be text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password must be at most %1 characters.</source>
        <translation>Password must be at most %1 characters.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A user name is 1 to %1 letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;-&quot; or &quot;@&quot;, starting with a letter or digit.</source>
        <translation>A user name is 1 to %1 letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;-&quot; or &quot;@&quot;, starting with a letter or digit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name must be text: the user&apos;s login name.</source>
        <translation>Name must be text: the user&apos;s login name.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A user cannot be renamed: add a user with the new name and delete this one.</source>
        <translation>A user cannot be renamed: add a user with the new name and delete this one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give Role, Password or both.</source>
        <translation>Give Role, Password or both.</translation>
    </message>
</context>
<context>
    <name>WebhookJson</name>
    <message>
        <location filename="../core/model/WebhookJson.cpp" line="+56"/>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation>The body is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The body must be a JSON array of {&quot;Url&quot;: …, &quot;Secret&quot;: …} objects.</source>
        <translation>The body must be a JSON array of {&quot;Url&quot;: …, &quot;Secret&quot;: …} objects.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most %1 webhooks can be configured.</source>
        <translation>At most %1 webhooks can be configured.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Webhook %1 must be an object with Url and Secret.</source>
        <translation>Webhook %1 must be an object with Url and Secret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a webhook field (Url, Secret).</source>
        <translation>%1 is not a webhook field (Url, Secret).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is required: the http:// or https:// address events are posted to.</source>
        <translation>%1 is required: the http:// or https:// address events are posted to.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 is longer than %2 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be an http:// or https:// address with a host.</source>
        <translation>%1 must be an http:// or https:// address with a host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not contain a user name or password: they would show in answers and logs. Receivers check the signature made with the Secret instead.</source>
        <translation>%1 must not contain a user name or password: they would show in answers and logs. Receivers check the signature made with the Secret instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is listed twice.</source>
        <translation>%1 is listed twice.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is required: the key receivers check the signature with.</source>
        <translation>%1 is required: the key receivers check the signature with.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is masked, but no webhook with this Url has a stored secret; send the secret itself.</source>
        <translation>%1 is masked, but no webhook with this Url has a stored secret; send the secret itself.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be %2 to %3 characters long.</source>
        <translation>%1 must be %2 to %3 characters long.</translation>
    </message>
</context>
<context>
    <name>WebhookRegistry</name>
    <message>
        <location filename="../core/alarms/WebhookRegistry.cpp" line="+45"/>
        <source>The secret of the webhook(s) %1 cannot be read from the secret store; nothing is sent to them until it is entered again.</source>
        <translation>The secret of the webhook(s) %1 cannot be read from the secret store; nothing is sent to them until it is entered again.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The webhooks were not saved: a secret could not be stored. %1</source>
        <translation>The webhooks were not saved: a secret could not be stored. %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+52"/>
        <source>Prints the version of srtdesk and libsrt.</source>
        <translation>Prints the version of srtdesk and libsrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data directory (default: $SRTDESK_DATA_DIR or %1).</source>
        <translation>Data directory (default: $SRTDESK_DATA_DIR or %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read and write the GUI settings in this INI file instead of srtdesk.conf in the data directory chosen with --data-dir or $SRTDESK_DATA_DIR, or else the user&apos;s configuration (%1).</source>
        <translation>Read and write the GUI settings in this INI file instead of srtdesk.conf in the data directory chosen with --data-dir or $SRTDESK_DATA_DIR, or else the user&apos;s configuration (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start with the window minimized.</source>
        <translation>Start with the window minimized.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SRT Desk: a control room for SRT links (RX and TX services).</source>
        <translation>SRT Desk: a control room for SRT links (RX and TX services).</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+10"/>
        <source>SRT Desk cannot start</source>
        <translation>SRT Desk cannot start</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The data directory %1 cannot be used.

%2</source>
        <translation>The data directory %1 cannot be used.

%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The services in %1 cannot be read.

%2</source>
        <translation>The services in %1 cannot be read.

%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Administrator password</source>
        <translation>Administrator password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password was not changed: %1</source>
        <translation>The password was not changed: %1</translation>
    </message>
</context>
<context>
    <name>srtdesk::AlarmRulesEditor</name>
    <message>
        <location filename="../ui/AlarmRulesEditor.cpp" line="+215"/>
        <source>Own</source>
        <translation>Own</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked: this service&apos;s own rule. Not ticked: the global rule (Settings).</source>
        <translation>Ticked: this service&apos;s own rule. Not ticked: the global rule (Settings).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise after</source>
        <translation>Raise after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the condition must hold before the alarm is raised</source>
        <translation>How long the condition must hold before the alarm is raised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear after</source>
        <translation>Clear after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the condition must be gone before the alarm clears</source>
        <translation>How long the condition must be gone before the alarm clears</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over</source>
        <translation>Over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time the loss percentage is taken over</source>
        <translation>The time the loss percentage is taken over</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: own rule</source>
        <translation>%1: own rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: severity</source>
        <translation>%1: severity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: threshold</source>
        <translation>%1: threshold</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Mbit/s</source>
        <translation> Mbit/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: raise after</source>
        <translation>%1: raise after</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: clear after</source>
        <translation>%1: clear after</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: over</source>
        <translation>%1: over</translation>
    </message>
</context>
<context>
    <name>srtdesk::AlarmSystem</name>
    <message>
        <location filename="../core/alarms/AlarmSystem.cpp" line="+74"/>
        <source>The stored alarm rules cannot be read; the default rules apply until they are set again.</source>
        <translation>The stored alarm rules cannot be read; the default rules apply until they are set again.</translation>
    </message>
</context>
<context>
    <name>srtdesk::AlarmTableModel</name>
    <message>
        <location filename="../ui/AlarmTableModel.cpp" line="+88"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RX</source>
        <translation>RX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TX</source>
        <translation>TX</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
</context>
<context>
    <name>srtdesk::AlarmsPanel</name>
    <message>
        <location filename="../ui/AlarmsPanel.cpp" line="+185"/>
        <location line="+97"/>
        <source>Active (%1)</source>
        <translation>Active (%1)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Export alarms as CSV</source>
        <translation>Export alarms as CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export alarms</source>
        <translation>Export alarms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge the selected alarms: they stay until their condition is gone</source>
        <translation>Acknowledge the selected alarms: they stay until their condition is gone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge a&amp;ll</source>
        <translation>Acknowledge a&amp;ll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to service</source>
        <translation>&amp;Go to service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the alarm&apos;s service in the window (also Enter or a double-click on the alarm)</source>
        <translation>Select the alarm&apos;s service in the window (also Enter or a double-click on the alarm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No active alarm.</source>
        <translation>No active alarm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active alarms</source>
        <translation>Active alarms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm history</source>
        <translation>Alarm history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service, alarm or message</source>
        <translation>Service, alarm or message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Severity:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major and critical</source>
        <translation>Major and critical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical only</source>
        <translation>Critical only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the alarms shown as comma-separated values</source>
        <translation>Save the alarms shown as comma-separated values</translation>
    </message>
</context>
<context>
    <name>srtdesk::ChartPanel</name>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="+486"/>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>60 minutes</source>
        <translation>60 minutes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the three charts as one image</source>
        <translation>Save the three charts as one image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the samples of the window shown as comma-separated values</source>
        <translation>Save the samples of the window shown as comma-separated values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a service in the table to see its round-trip time, bit rate and packet loss.</source>
        <translation>Select a service in the table to see its round-trip time, bit rate and packet loss.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RX</source>
        <translation>RX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TX</source>
        <translation>TX</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No service selected</source>
        <translation>No service selected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round-trip time (ms)</source>
        <translation>Round-trip time (ms)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Received bit rate (Mbit/s)</source>
        <translation>Received bit rate (Mbit/s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent bit rate (Mbit/s)</source>
        <translation>Sent bit rate (Mbit/s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Packets per interval</source>
        <translation>Packets per interval</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+193"/>
        <source>Nothing</source>
        <translation>Nothing</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Left and right arrows move in time, plus and minus zoom, Home returns to the present.</source>
        <translation>Left and right arrows move in time, plus and minus zoom, Home returns to the present.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value</source>
        <translation>no value</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Last value: %1.</source>
        <translation>Last value: %1.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> Mbit/s</source>
        <translation> Mbit/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last lost: %1.</source>
        <translation>Last lost: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>3 hours</source>
        <translation>3 hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 hours</source>
        <translation>6 hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12 hours</source>
        <translation>12 hours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>24 hours</source>
        <translation>24 hours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far back the charts reach. Zoom with the mouse wheel, drag to move in time.</source>
        <translation>How far back the charts reach. Zoom with the mouse wheel, drag to move in time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a second service&apos;s values over this one&apos;s, as a dashed line</source>
        <translation>Draw a second service&apos;s values over this one&apos;s, as a dashed line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to now</source>
        <translation>Back to now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the present again (Home, or a double-click on a chart)</source>
        <translation>Follow the present again (Home, or a double-click on a chart)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retransmitted</source>
        <translation>Retransmitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lost: %1</source>
        <translation>Lost: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Export charts as PNG</source>
        <translation>Export charts as PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export charts</source>
        <translation>Export charts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The image could not be written to %1.</source>
        <translation>The image could not be written to %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export history as CSV</source>
        <translation>Export history as CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export history</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>srtdesk::GuiRestHost</name>
    <message>
        <location filename="../app/gui/GuiRestHost.cpp" line="+58"/>
        <location line="+19"/>
        <location line="+9"/>
        <source>REST API off: %1</source>
        <translation>REST API off: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>REST API off: set an administrator password in Settings</source>
        <translation>REST API off: set an administrator password in Settings</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>REST API: %1</source>
        <translation>REST API: %1</translation>
    </message>
</context>
<context>
    <name>srtdesk::LogModel</name>
    <message>
        <location filename="../ui/LogModel.cpp" line="+52"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>srtdesk::LogPanel</name>
    <message>
        <location filename="../ui/LogPanel.cpp" line="+104"/>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RX</source>
        <translation>RX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TX</source>
        <translation>TX</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug and above</source>
        <translation>Debug and above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the log</source>
        <translation>Search the log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every message from this panel</source>
        <translation>Remove every message from this panel</translation>
    </message>
</context>
<context>
    <name>srtdesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+253"/>
        <location filename="../ui/TrayIcon.cpp" line="+56"/>
        <source>SRT Desk</source>
        <translation>SRT Desk</translation>
    </message>
    <message>
        <location filename="../ui/WindowMenus.cpp" line="+99"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services toolbar</source>
        <translation>Services toolbar</translation>
    </message>
    <message>
        <location filename="../ui/WindowActions.cpp" line="+17"/>
        <source>Add &amp;RX…</source>
        <translation>Add &amp;RX…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a receiver: SRT in, UDP out</source>
        <translation>Add a receiver: SRT in, UDP out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;TX…</source>
        <translation>Add &amp;TX…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a transmitter: UDP in, SRT out</source>
        <translation>Add a transmitter: UDP in, SRT out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected service&apos;s parameters</source>
        <translation>Change the selected service&apos;s parameters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicate…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a new service from a copy of the selected one</source>
        <translation>Create a new service from a copy of the selected one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected services</source>
        <translation>Delete the selected services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the selected services</source>
        <translation>Start the selected services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the selected services</source>
        <translation>Stop the selected services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;tart</source>
        <translation>Res&amp;tart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop and start again the selected services</source>
        <translation>Stop and start again the selected services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;all</source>
        <translation>Start &amp;all</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start every RX and TX service</source>
        <translation>Start every RX and TX service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop a&amp;ll</source>
        <translation>Stop a&amp;ll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop every RX and TX service</source>
        <translation>Stop every RX and TX service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import services…</source>
        <translation>&amp;Import services…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add services from a JSON file (SRT Desk or the original system)</source>
        <translation>Add services from a JSON file (SRT Desk or the original system)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export services…</source>
        <translation>&amp;Export services…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save every service to a JSON file in the original API&apos;s shape</source>
        <translation>Save every service to a JSON file in the original API&apos;s shape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statistics, start-up, language, REST API</source>
        <translation>Statistics, start-up, language, REST API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop every link and quit</source>
        <translation>Stop every link and quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter by name</source>
        <translation>&amp;Filter by name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only services whose name contains a text</source>
        <translation>Show only services whose name contains a text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every service, RX and TX, in one view</source>
        <translation>Show every service, RX and TX, in one view</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;RX services</source>
        <translation>&amp;RX services</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the RX table</source>
        <translation>Show the RX table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;TX services</source>
        <translation>&amp;TX services</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the TX table</source>
        <translation>Show the TX table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview as t&amp;iles</source>
        <translation>Overview as t&amp;iles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the overview as one tile per service</source>
        <translation>Show the overview as one tile per service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;alarms</source>
        <translation>Show &amp;alarms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the alarms: active ones to acknowledge, and their history</source>
        <translation>Open the alarms: active ones to acknowledge, and their history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About SRT Desk</source>
        <translation>&amp;About SRT Desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and libraries</source>
        <translation>Version and libraries</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qt&apos;s version and licence</source>
        <translation>Qt&apos;s version and licence</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add RX</source>
        <translation>Add RX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add TX</source>
        <translation>Add TX</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+6"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every service, RX and TX, with the pairs that carry one stream side by side</source>
        <translation>Every service, RX and TX, with the pairs that carry one stream side by side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RX services</source>
        <translation>RX services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TX services</source>
        <translation>TX services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivers: SRT in, UDP out</source>
        <translation>Receivers: SRT in, UDP out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmitters: UDP in, SRT out</source>
        <translation>Transmitters: UDP in, SRT out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Alarm rules</source>
        <translation>Alarm rules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The alarm rules were not changed: %1</source>
        <translation>The alarm rules were not changed: %1</translation>
    </message>
    <message>
        <location filename="../ui/ServiceTablePane.cpp" line="+134"/>
        <source>No RX service yet.
An RX receives an SRT stream from a TX and sends it out as UDP (unicast or multicast).</source>
        <translation>No RX service yet.
An RX receives an SRT stream from a TX and sends it out as UDP (unicast or multicast).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TX service yet.
A TX reads a UDP stream (unicast or multicast) and sends it over SRT to an RX.</source>
        <translation>No TX service yet.
A TX reads a UDP stream (unicast or multicast) and sends it over SRT to an RX.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPane.cpp" line="+288"/>
        <source>No service yet.
An RX receives an SRT stream and sends it out as UDP; a TX reads a UDP stream and sends it over SRT. Add one of each to carry a stream from one place to another.</source>
        <translation>No service yet.
An RX receives an SRT stream and sends it out as UDP; a TX reads a UDP stream and sends it over SRT. Add one of each to carry a stream from one place to another.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/ServiceTablePane.cpp" line="-2"/>
        <source>Add an RX service</source>
        <translation>Add an RX service</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ServiceTablePane.cpp" line="+4"/>
        <source>Add a TX service</source>
        <translation>Add a TX service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per service; a service fed by the row above starts with an arrow</source>
        <translation>One row per service; a service fed by the row above starts with an arrow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services as tiles</source>
        <translation>All services as tiles</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-201"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="+27"/>
        <source>Show SRT Desk</source>
        <translation>Show SRT Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>SRT Desk keeps running</source>
        <translation>SRT Desk keeps running</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The services go on in the background. Use the tray icon to show the window or quit.</source>
        <translation>The services go on in the background. Use the tray icon to show the window or quit.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+66"/>
        <source>They start again the next time SRT Desk opens.</source>
        <translation>They start again the next time SRT Desk opens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They stay stopped the next time SRT Desk opens (see Settings).</source>
        <translation>They stay stopped the next time SRT Desk opens (see Settings).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit SRT Desk</source>
        <translation>Quit SRT Desk</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n service(s) are running. Quitting stops their links now.</source>
        <translation>
            <numerusform>%n service is running. Quitting stops its link now.</numerusform>
            <numerusform>%n services are running. Quitting stops their links now.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ServiceTally.cpp" line="+22"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>RX: %1 of %2 running · TX: %3 of %4 running · %5 connected · %6 waiting · %n alarm(s)</source>
        <translation>
            <numerusform>RX: %1 of %2 running · TX: %3 of %4 running · %5 connected · %6 waiting · %n alarm</numerusform>
            <numerusform>RX: %1 of %2 running · TX: %3 of %4 running · %5 connected · %6 waiting · %n alarms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ServiceCommands.cpp" line="+77"/>
        <source>RX</source>
        <translation>RX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TX</source>
        <translation>TX</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AlarmBadge.cpp" line="+34"/>
        <source>⚠ %n alarm(s)</source>
        <translation>
            <numerusform>⚠ %n alarm</numerusform>
            <numerusform>⚠ %n alarms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n not acknowledged.</source>
        <translation>
            <numerusform>%n not acknowledged.</numerusform>
            <numerusform>%n not acknowledged.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All acknowledged.</source>
        <translation>All acknowledged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to see them.</source>
        <translation>Click to see them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No active alarm.</source>
        <translation>No active alarm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/MainWindow.cpp" line="-69"/>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No alarms</source>
        <translation>No alarms</translation>
    </message>
    <message>
        <location filename="../ui/WindowStatusBar.cpp" line="+59"/>
        <source>⚠ Passphrases in a file: no system keychain</source>
        <translation>⚠ Passphrases in a file: no system keychain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain (Secret Service) is reachable: %1.
Passphrases and the REST API&apos;s keys are kept in %2, readable only by your user account.</source>
        <translation>No system keychain (Secret Service) is reachable: %1.
Passphrases and the REST API&apos;s keys are kept in %2, readable only by your user account.</translation>
    </message>
    <message>
        <location filename="../ui/ServiceCommands.cpp" line="-1"/>
        <source>• %1 %2 (Id %3)</source>
        <translation>• %1 %2 (Id %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %n service(s)?</source>
        <translation>
            <numerusform>Delete %n service?</numerusform>
            <numerusform>Delete %n services?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are running: their links stop now.</source>
        <translation>
            <numerusform>%n of them is running: its link stops now.</numerusform>
            <numerusform>%n of them are running: their links stop now.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Delete services</source>
        <translation>Delete services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/BulkOperation.cpp" line="+41"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ServiceCommands.cpp" line="+8"/>
        <location line="+20"/>
        <source>Start services</source>
        <translation>Start services</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+30"/>
        <source>Stop services</source>
        <translation>Stop services</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Restart services</source>
        <translation>Restart services</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stop all services</source>
        <translation>Stop all services</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stop all %n running service(s)? Every link goes down.</source>
        <translation>
            <numerusform>Stop the %n running service? Its link goes down.</numerusform>
            <numerusform>Stop all %n running services? Every link goes down.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TransferCommands.cpp" line="+43"/>
        <location line="+13"/>
        <location line="+11"/>
        <source>Export services</source>
        <translation>Export services</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>Export %n service(s) to a JSON file in the original API&apos;s shape?</source>
        <translation>
            <numerusform>Export %n service to a JSON file in the original API&apos;s shape?</numerusform>
            <numerusform>Export %n services to a JSON file in the original API&apos;s shape?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include passphrases: anyone who reads the file can decrypt the streams</source>
        <translation>Include passphrases: anyone who reads the file can decrypt the streams</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrases are left out unless you tick the box; set them again after importing.</source>
        <translation>Passphrases are left out unless you tick the box; set them again after importing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n service(s) to %1</source>
        <translation>
            <numerusform>Exported %n service to %1</numerusform>
            <numerusform>Exported %n services to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+21"/>
        <source>Import services</source>
        <translation>Import services</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 could not be read: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No service could be read from %1.</source>
        <translation>No service could be read from %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add %1 RX and %2 TX service(s) from %3? They are added stopped.</source>
        <translation>Add %1 RX and %2 TX service(s) from %3? They are added stopped.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n service(s) had a masked passphrase (********): they are imported without one.</source>
        <translation>
            <numerusform>%n service had a masked passphrase (********): it is imported without one.</numerusform>
            <numerusform>%n services had a masked passphrase (********): they are imported without one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %n service(s)</source>
        <translation>
            <numerusform>Imported %n service</numerusform>
            <numerusform>Imported %n services</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 service(s) imported, %2 skipped:</source>
        <translation>%1 service(s) imported, %2 skipped:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+220"/>
        <source>About SRT Desk</source>
        <translation>About SRT Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SRT Desk %1&lt;/h3&gt;&lt;p&gt;A control room for SRT links: RX and TX services, live link statistics, and the original system&apos;s /v1 REST API.&lt;/p&gt;&lt;p&gt;libsrt %2 · Qt %3&lt;/p&gt;&lt;p&gt;Data directory: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SRT Desk %1&lt;/h3&gt;&lt;p&gt;A control room for SRT links: RX and TX services, live link statistics, and the original system&apos;s /v1 REST API.&lt;/p&gt;&lt;p&gt;libsrt %2 · Qt %3&lt;/p&gt;&lt;p&gt;Data directory: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AlarmNotifier.cpp" line="+23"/>
        <source>%1 alarm: %2</source>
        <translation>%1 alarm: %2</translation>
    </message>
    <message>
        <location filename="../ui/OverviewAlarmCells.cpp" line="+28"/>
        <source>(acknowledged)</source>
        <translation>(acknowledged)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n alarm</numerusform>
            <numerusform>%n alarms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srtdesk::OverviewModel</name>
    <message>
        <location filename="../ui/OverviewCells.cpp" line="+32"/>
        <source>RX</source>
        <translation>RX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TX</source>
        <translation>TX</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Received bit rate</source>
        <translation>Received bit rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent bit rate</source>
        <translation>Sent bit rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/TileDelegate.cpp" line="+88"/>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last %1 min: from %2 to %3 Mbit/s</source>
        <translation>Last %1 min: from %2 to %3 Mbit/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Below %1 Mbit/s: is the stream still coming in?</source>
        <translation>Below %1 Mbit/s: is the stream still coming in?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above %1 Mbit/s (alarm rule)</source>
        <translation>Above %1 Mbit/s (alarm rule)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../ui/OverviewModel.cpp" line="+272"/>
        <source>Packets lost since the link connected, as a percentage of packets</source>
        <translation>Packets lost since the link connected, as a percentage of packets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At or above %1 % (alarm rule)</source>
        <translation>At or above %1 % (alarm rule)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 service %2, Id %3</source>
        <translation>%1 service %2, Id %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receiver: SRT in, UDP out</source>
        <translation>Receiver: SRT in, UDP out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transmitter: UDP in, SRT out</source>
        <translation>Transmitter: UDP in, SRT out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected with %1</source>
        <translation>Connected with %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls %1</source>
        <translation>Calls %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listens on port %1 for a caller</source>
        <translation>Listens on port %1 for a caller</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not measured yet: the round-trip time is measured once data flows.</source>
        <translation>Not measured yet: the round-trip time is measured once data flows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/OverviewModel.cpp" line="+2"/>
        <source>Round-trip time between TX and RX</source>
        <translation>Round-trip time between TX and RX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRT latency: how long the receiver holds packets for retransmissions to arrive</source>
        <translation>SRT latency: how long the receiver holds packets for retransmissions to arrive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted: no passphrase</source>
        <translation>Not encrypted: no passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted with a passphrase, %1-bit key</source>
        <translation>Encrypted with a passphrase, %1-bit key</translation>
    </message>
    <message>
        <location filename="../ui/OverviewModel.cpp" line="-134"/>
        <source>Receives the stream of %1 over SRT on this machine.</source>
        <translation>Receives the stream of %1 over SRT on this machine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives the stream of %1 over UDP on this machine.</source>
        <translation>Receives the stream of %1 over UDP on this machine.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other end: a listener&apos;s connected caller, or the address a caller calls</source>
        <translation>The other end: a listener&apos;s connected caller, or the address a caller calls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bit rate now, and its trend over the last minutes</source>
        <translation>Bit rate now, and its trend over the last minutes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The health of the MPEG-TS stream carried (format, errors, programmes)</source>
        <translation>The health of the MPEG-TS stream carried (format, errors, programmes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service&apos;s active alarms</source>
        <translation>The service&apos;s active alarms</translation>
    </message>
    <message>
        <location filename="../ui/TsHealthCell.cpp" line="+16"/>
        <source>Not TS</source>
        <translation>Not TS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data is flowing, but not as 188-byte MPEG-TS packets</source>
        <translation>Data is flowing, but not as 188-byte MPEG-TS packets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TS OK</source>
        <translation>TS OK</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n P1 error(s)</source>
        <translation>
            <numerusform>%n P1 error</numerusform>
            <numerusform>%n P1 errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>MPEG-TS at %1 Mbit/s, %n programme(s)</source>
        <translation>
            <numerusform>MPEG-TS at %1 Mbit/s, %n programme</numerusform>
            <numerusform>MPEG-TS at %1 Mbit/s, %n programmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TR 101 290 priority 1 errors: %1 in the last interval, %2 since the link came up</source>
        <translation>TR 101 290 priority 1 errors: %1 in the last interval, %2 since the link came up</translation>
    </message>
</context>
<context>
    <name>srtdesk::ServiceDialog</name>
    <message>
        <location filename="../ui/ServiceDialog.cpp" line="+61"/>
        <source>%1 copy</source>
        <translation>%1 copy</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Alarm rules of %1</source>
        <translation>Alarm rules of %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alarm rules…</source>
        <translation>Alarm rules…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Alarm rules (%n own)…</source>
        <translation>
            <numerusform>Alarm rules (%n own)…</numerusform>
            <numerusform>Alarm rules (%n own)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This service follows the global alarm rules (Settings).</source>
        <translation>This service follows the global alarm rules (Settings).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This service has its own rule for %n alarm(s); the others are the global rules (Settings).</source>
        <translation>
            <numerusform>This service has its own rule for %n alarm; the others are the global rules (Settings).</numerusform>
            <numerusform>This service has its own rules for %n alarms; the others are the global rules (Settings).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bonding is not available in this installation of SRT Desk.</source>
        <translation>Bonding is not available in this installation of SRT Desk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth</source>
        <translation>Bandwidth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FEC (experimental)</source>
        <translation>FEC (experimental)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonding (experimental)</source>
        <translation>Bonding (experimental)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a listener takes callers.</source>
        <translation>Only a listener takes callers.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New RX service</source>
        <translation>New RX service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New TX service</source>
        <translation>New TX service</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit RX service %1</source>
        <translation>Edit RX service %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit TX service %1</source>
        <translation>Edit TX service %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate RX service</source>
        <translation>Duplicate RX service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate TX service</source>
        <translation>Duplicate TX service</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This service is running. Saving restarts it, which interrupts its stream for a moment.</source>
        <translation>This service is running. Saving restarts it, which interrupts its stream for a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and restart</source>
        <translation>Save and restart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Not used in listener mode: the RX waits for the TX to call it.</source>
        <translation>Not used in listener mode: the RX waits for the TX to call it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used in listener mode: the TX waits for the RX to call it.</source>
        <translation>Not used in listener mode: the TX waits for the RX to call it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn FEC on to set this.</source>
        <translation>Turn FEC on to set this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn bonding on to set this.</source>
        <translation>Turn bonding on to set this.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>To do: %1</source>
        <translation>To do: %1</translation>
    </message>
</context>
<context>
    <name>srtdesk::ServiceFieldRow</name>
    <message>
        <location filename="../ui/ServiceFieldRow.cpp" line="+164"/>
        <source>Show or hide the passphrase</source>
        <translation>Show or hide the passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation>Show passphrase</translation>
    </message>
</context>
<context>
    <name>srtdesk::ServiceManager</name>
    <message>
        <location filename="../core/ServiceManager.cpp" line="+146"/>
        <location line="+433"/>
        <source>There is no service with Id %1.</source>
        <translation>There is no service with Id %1.</translation>
    </message>
    <message>
        <location line="-402"/>
        <source>Service created.</source>
        <translation>Service created.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The stored passphrase of this service cannot be read; enter it again.</source>
        <translation>The stored passphrase of this service cannot be read; enter it again.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Service updated, but it could not restart: %1</source>
        <translation>Service updated, but it could not restart: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service updated and restarted.</source>
        <translation>Service updated and restarted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service updated.</source>
        <translation>Service updated.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service deleted.</source>
        <translation>Service deleted.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Service started.</source>
        <translation>Service started.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Service is already running.</source>
        <translation>Service is already running.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Service is already stopped.</source>
        <translation>Service is already stopped.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service stopped.</source>
        <translation>Service stopped.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service &quot;%1&quot; has no caller %2.</source>
        <translation>Service &quot;%1&quot; has no caller %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caller %1 disconnected.</source>
        <translation>Caller %1 disconnected.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service restarted.</source>
        <translation>Service restarted.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Service &quot;%1&quot; is not running: start it to look at its stream.</source>
        <translation>Service &quot;%1&quot; is not running: start it to look at its stream.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream monitoring is switched off here (srtdeskd --stream-analysis off).</source>
        <translation>Stream monitoring is switched off here (srtdeskd --stream-analysis off).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service &quot;%1&quot; carries nothing at the moment: there is no stream to look at.</source>
        <translation>Service &quot;%1&quot; carries nothing at the moment: there is no stream to look at.</translation>
    </message>
</context>
<context>
    <name>srtdesk::ServiceTableModel</name>
    <message>
        <location filename="../ui/ServiceTableModel.cpp" line="+61"/>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rendezvous</source>
        <translation>Rendezvous</translation>
    </message>
    <message>
        <location filename="../ui/LinkPhase.cpp" line="+24"/>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retrying</source>
        <translation>Retrying</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/OverviewPane.cpp" line="-146"/>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The service is stopped.</source>
        <translation>The service is stopped.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listening on port %1 for a caller.</source>
        <translation>Listening on port %1 for a caller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1:%2.</source>
        <translation>Connecting to %1:%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected with %1.</source>
        <translation>Connected with %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling %1:%2 again by itself, every few seconds.</source>
        <translation>Calling %1:%2 again by itself, every few seconds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running, but the link cannot be set up.</source>
        <translation>Running, but the link cannot be set up.</translation>
    </message>
    <message>
        <location filename="../ui/ServiceTableModel.cpp" line="+28"/>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/LinkPhase.cpp" line="+7"/>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <location filename="../ui/ServiceTableModel.cpp" line="+46"/>
        <source>%1 service %2, Id %3</source>
        <translation>%1 service %2, Id %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RX</source>
        <translation>RX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TX</source>
        <translation>TX</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not measured yet: the round-trip time is measured once data flows.</source>
        <translation>Not measured yet: the round-trip time is measured once data flows.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TX address</source>
        <translation>TX address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RX address</source>
        <translation>RX address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDP out</source>
        <translation>UDP out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDP in</source>
        <translation>UDP in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnections</source>
        <translation>Reconnections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TxIp: the TX this RX calls (caller, rendezvous)</source>
        <translation>TxIp: the TX this RX calls (caller, rendezvous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RxIp: the RX this TX calls (caller, rendezvous)</source>
        <translation>RxIp: the RX this TX calls (caller, rendezvous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ListenPort: the SRT port we listen on, or the peer&apos;s port we call</source>
        <translation>ListenPort: the SRT port we listen on, or the peer&apos;s port we call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round-trip time between TX and RX</source>
        <translation>Round-trip time between TX and RX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received bit rate</source>
        <translation>Received bit rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent bit rate</source>
        <translation>Sent bit rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packets lost since the link connected, as a percentage of packets</source>
        <translation>Packets lost since the link connected, as a percentage of packets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links re-established since the service started</source>
        <translation>Links re-established since the service started</translation>
    </message>
</context>
<context>
    <name>srtdesk::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+192"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statistics interval:</source>
        <translation>&amp;Statistics interval:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often every link&apos;s statistics are read and the tables and charts refresh.</source>
        <translation>How often every link&apos;s statistics are read and the tables and charts refresh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the services that were running when SRT Desk last closed</source>
        <translation>Start the services that were running when SRT Desk last closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing the window keeps the services running in the system tray</source>
        <translation>Closing the window keeps the services running in the system tray</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REST API</source>
        <translation>REST API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve the /v1 REST API from this application</source>
        <translation>Serve the /v1 REST API from this application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind address:</source>
        <translation>Bind address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface.</source>
        <translation>IP address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS certificate:</source>
        <translation>TLS certificate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS private key:</source>
        <translation>TLS private key:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none: plain HTTP</source>
        <translation>none: plain HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New admin password:</source>
        <translation>New admin password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave empty to keep the current one</source>
        <translation>leave empty to keep the current one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm password:</source>
        <translation>Confirm password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API is the original system&apos;s: log in at /v1/login as admin. Without a certificate and key it is served over plain HTTP: keep it on 127.0.0.1 then.</source>
        <translation>The API is the original system&apos;s: log in at /v1/login as admin. Without a certificate and key it is served over plain HTTP: keep it on 127.0.0.1 then.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;REST API</source>
        <translation>&amp;REST API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alarms</source>
        <translation>&amp;Alarms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a desktop notification for every new alarm</source>
        <translation>Show a desktop notification for every new alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These rules apply to every service; a service may have its own in its form. The overview colours loss, round-trip time and bit rate by them.</source>
        <translation>These rules apply to every service; a service may have its own in its form. The overview colours loss, round-trip time and bit rate by them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data directory:</source>
        <translation>Data directory:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file:</source>
        <translation>Settings file:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bind address must be an IP address, such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>The bind address must be an IP address, such as 127.0.0.1 or 0.0.0.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS needs both a certificate and its private key.</source>
        <translation>TLS needs both a certificate and its private key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The admin password must be at least %1 characters long.</source>
        <translation>The admin password must be at least %1 characters long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLS private key</source>
        <translation>TLS private key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS certificate</source>
        <translation>TLS certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM private keys (*.key *.pem);;All files (*)</source>
        <translation>PEM private keys (*.key *.pem);;All files (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM certificates (*.crt *.pem);;All files (*)</source>
        <translation>PEM certificates (*.crt *.pem);;All files (*)</translation>
    </message>
</context>
<context>
    <name>srtdesk::StreamPanel</name>
    <message>
        <location filename="../ui/StreamPanel.cpp" line="+35"/>
        <source>1.1 TS sync loss</source>
        <translation>1.1 TS sync loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.2 Sync byte error</source>
        <translation>1.2 Sync byte error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.3 PAT error</source>
        <translation>1.3 PAT error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.4 Continuity count error</source>
        <translation>1.4 Continuity count error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.5 PMT error</source>
        <translation>1.5 PMT error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.6 PID error</source>
        <translation>1.6 PID error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2.3 PCR repetition error</source>
        <translation>2.3 PCR repetition error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2.3 PCR discontinuity</source>
        <translation>2.3 PCR discontinuity</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Select a service to see the stream it carries.</source>
        <translation>Select a service to see the stream it carries.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stream: nothing came in during the last interval.</source>
        <translation>No stream: nothing came in during the last interval.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data that is not an MPEG transport stream</source>
        <translation>Data that is not an MPEG transport stream</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>MPEG-TS · %1 Mbit/s · %n programme(s)</source>
        <translation>
            <numerusform>MPEG-TS · %1 Mbit/s · %n programme</numerusform>
            <numerusform>MPEG-TS · %1 Mbit/s · %n programmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Programme %1</source>
        <translation>Programme %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PMT PID %1 · PCR PID %2</source>
        <translation>PMT PID %1 · PCR PID %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type 0x%1</source>
        <translation>type 0x%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Priority 1 errors per interval</source>
        <translation>Priority 1 errors per interval</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Last %n interval(s): at most %1 errors in one.</source>
        <translation>
            <numerusform>Last %n interval: at most %1 errors.</numerusform>
            <numerusform>Last %n intervals: at most %1 errors in one.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Probing the stream…</source>
        <translation>Probing the stream…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking a picture…</source>
        <translation>Taking a picture…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, %2 s probed</source>
        <translation>%1, %2 s probed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID %1: %2</source>
        <translation>PID %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1×%2 at %3 frames/s</source>
        <translation>, %1×%2 at %3 frames/s</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n channel(s) at %1 Hz</source>
        <translation>
            <numerusform>, %n channel at %1 Hz</numerusform>
            <numerusform>, %n channels at %1 Hz</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 kbit/s</source>
        <translation>, %1 kbit/s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The picture could not be read.</source>
        <translation>The picture could not be read.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh to probe the stream: codecs, picture size, audio.</source>
        <translation>Refresh to probe the stream: codecs, picture size, audio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No picture yet</source>
        <translation>No picture yet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Programme / PID</source>
        <translation>Programme / PID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmes and PIDs</source>
        <translation>Programmes and PIDs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TR 101 290 indicator</source>
        <translation>TR 101 290 indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last interval</source>
        <translation>Last interval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the link came up</source>
        <translation>Since the link came up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TR 101 290 counters</source>
        <translation>TR 101 290 counters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority 1 errors per interval:</source>
        <translation>Priority 1 errors per interval:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh picture and probe</source>
        <translation>&amp;Refresh picture and probe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe a few seconds of the stream (codecs, picture size, audio) and take a thumbnail</source>
        <translation>Probe a few seconds of the stream (codecs, picture size, audio) and take a thumbnail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail of the picture</source>
        <translation>Thumbnail of the picture</translation>
    </message>
</context>
<context>
    <name>srtdesk::WebhookDispatcher</name>
    <message>
        <location filename="../core/alarms/WebhookDispatcher.cpp" line="+161"/>
        <source>the receiver answered HTTP %1</source>
        <translation>the receiver answered HTTP %1</translation>
    </message>
</context>
<context>
    <name>srtdeskd</name>
    <message>
        <location filename="../app/daemon/main.cpp" line="+243"/>
        <source>Prints the version of srtdeskd and libsrt.</source>
        <translation>Prints the version of srtdeskd and libsrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data directory (default: $SRTDESK_DATA_DIR or %1).</source>
        <translation>Data directory (default: $SRTDESK_DATA_DIR or %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address the API listens on (default 127.0.0.1).</source>
        <translation>Address the API listens on (default 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API port (default 4000).</source>
        <translation>API port (default 4000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM certificate (chain): serve HTTPS. Needs --tls-key.</source>
        <translation>PEM certificate (chain): serve HTTPS. Needs --tls-key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM private key of --tls-cert.</source>
        <translation>PEM private key of --tls-cert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First start only: read the administrator password from this file (or set SRTDESK_ADMIN_PASSWORD). Without either, a random one is generated and printed once.</source>
        <translation>First start only: read the administrator password from this file (or set SRTDESK_ADMIN_PASSWORD). Without either, a random one is generated and printed once.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reads a new administrator password from standard input, stores its hash and exits. Tokens issued before stop working. srtdeskd must not be running on the data directory.</source>
        <translation>Reads a new administrator password from standard input, stores its hash and exits. Tokens issued before stop working. srtdeskd must not be running on the data directory.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adds an API user with the role of --role, reads their password from standard input and exits. srtdeskd must not be running on the data directory.</source>
        <translation>Adds an API user with the role of --role, reads their password from standard input and exits. srtdeskd must not be running on the data directory.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The role of --add-user: observer (reads), operator (also runs services, acknowledges alarms) or admin (everything, users included).</source>
        <translation>The role of --add-user: observer (reads), operator (also runs services, acknowledges alarms) or admin (everything, users included).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lifetime of API tokens in seconds (default: $SRTDESK_TOKEN_LIFETIME or 3600).</source>
        <translation>Lifetime of API tokens in seconds (default: $SRTDESK_TOKEN_LIFETIME or 3600).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often statistics are sampled, in ms (default 1000).</source>
        <translation>How often statistics are sampled, in ms (default 1000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I/O threads that run the services (default: one per core, here %1).</source>
        <translation>I/O threads that run the services (default: one per core, here %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MPEG-TS analysis, probe and thumbnail of every running service: on (default) or off.</source>
        <translation>MPEG-TS analysis, probe and thumbnail of every running service: on (default) or off.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Headless SRT Desk: runs the SRT services of a data directory and serves the /v1 REST API.
Passphrases and API keys are kept in the system keychain (Secret Service), or, when none is reachable,
in the file secrets.json (mode 0600) of the data directory; SRTDESK_SECRET_STORE=keychain|file forces one.
Exit codes: 1 usage, 2 data directory in use, 3 database unusable, 4 authentication store or password,
5 cannot listen or TLS files unusable, 6 no usable secret store.</source>
        <translation>Headless SRT Desk: runs the SRT services of a data directory and serves the /v1 REST API.
Passphrases and API keys are kept in the system keychain (Secret Service), or, when none is reachable,
in the file secrets.json (mode 0600) of the data directory; SRTDESK_SECRET_STORE=keychain|file forces one.
Exit codes: 1 usage, 2 data directory in use, 3 database unusable, 4 authentication store or password,
5 cannot listen or TLS files unusable, 6 no usable secret store.</translation>
    </message>
</context>
</TS>
