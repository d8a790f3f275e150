<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/ServiceTablePane.cpp" line="+122"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
</context>
<context>
    <name>AlarmRulesJson</name>
    <message>
        <location filename="../core/model/AlarmRulesJson.cpp" line="+36"/>
        <source>%1 must be an object of rule fields.</source>
        <translation>El campo %1 debe ser un objeto con campos de la regla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a field of this rule (%2).</source>
        <translation>%1 no es un campo de esta regla (%2).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 must be true or false.</source>
        <translation>El campo %1 debe ser true o false.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>El campo %1 debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a number above %2 and at most %3.</source>
        <translation>El campo %1 debe ser un número mayor que %2 y como máximo %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>El campo %1 debe ser un número de %2 a %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be a whole number of seconds from %2 to %3.</source>
        <translation>El campo %1 debe ser un número entero de segundos de %2 a %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be one of: minor, major, critical.</source>
        <translation>El campo %1 debe ser uno de: minor, major, critical.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not an alarm type (%2).</source>
        <translation>%1 no es un tipo de alarma (%2).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation>El cuerpo no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The body must be a JSON object.</source>
        <translation>El cuerpo debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>low_bitrate.Threshold (%1) must be below high_bitrate.Threshold (%2) while both are enabled.</source>
        <translation>low_bitrate.Threshold (%1) debe ser menor que high_bitrate.Threshold (%2) mientras las dos reglas estén activadas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be an object keyed by alarm type (%2).</source>
        <translation>El campo %1 debe ser un objeto cuyas claves sean tipos de alarma (%2).</translation>
    </message>
</context>
<context>
    <name>AlarmText</name>
    <message numerus="yes">
        <location filename="../core/model/AlarmText.cpp" line="+20"/>
        <source>The SRT link has been down for more than %n second(s).</source>
        <translation>
            <numerusform>El enlace SRT lleva caído más de %n segundo.</numerusform>
            <numerusform>El enlace SRT lleva caído más de %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing has arrived on the UDP input for more than %n second(s) while the link is up.</source>
        <translation>
            <numerusform>No ha llegado nada por la entrada UDP en más de %n segundo con el enlace establecido.</numerusform>
            <numerusform>No ha llegado nada por la entrada UDP en más de %n segundos con el enlace establecido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing has been received from the SRT peer for more than %n second(s) while the link is up.</source>
        <translation>
            <numerusform>No se ha recibido nada del otro extremo SRT en más de %n segundo con el enlace establecido.</numerusform>
            <numerusform>No se ha recibido nada del otro extremo SRT en más de %n segundos con el enlace establecido.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bit rate is %1 Mbit/s, below the %2 Mbit/s expected.</source>
        <translation>La tasa binaria es de %1 Mbit/s, por debajo de los %2 Mbit/s esperados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bit rate is %1 Mbit/s, above the %2 Mbit/s allowed.</source>
        <translation>La tasa binaria es de %1 Mbit/s, por encima de los %2 Mbit/s permitidos.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 % of the packets were lost or dropped over the last %n second(s) (limit %2 %).</source>
        <translation>
            <numerusform>Se perdió o se descartó el %1 % de los paquetes en el último %n segundo (límite: %2 %).</numerusform>
            <numerusform>Se perdió o se descartó el %1 % de los paquetes en los últimos %n segundos (límite: %2 %).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The round-trip time is %1 ms, above the %2 ms allowed.</source>
        <translation>El tiempo de ida y vuelta es de %1 ms, por encima de los %2 ms permitidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 TR 101 290 priority 1 errors in the last minute (limit %2).</source>
        <translation>%1 errores de prioridad 1 de TR 101 290 en el último minuto (límite: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MPEG transport stream lost sync.</source>
        <translation>El flujo de transporte MPEG perdió el sincronismo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Alarm raised (%1): %2</source>
        <translation>Alarma activada (%1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alarm cleared: %1.</source>
        <translation>Alarma despejada: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm %1 acknowledged: %2.</source>
        <translation>Alarma %1 reconocida: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SRT link is up.</source>
        <translation>El enlace SRT está establecido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SRT link is down.</source>
        <translation>El enlace SRT está caído.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The SRT link is down: %1</source>
        <translation>El enlace SRT está caído: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service added.</source>
        <translation>Servicio añadido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service changed.</source>
        <translation>Servicio modificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service started.</source>
        <translation>Servicio iniciado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service stopped.</source>
        <translation>Servicio detenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service deleted.</source>
        <translation>Servicio eliminado.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n event(s) for the webhook %1 were dropped: its delivery queue was full.</source>
        <translation>
            <numerusform>Se descartó %n evento para el webhook %1: su cola de entrega estaba llena.</numerusform>
            <numerusform>Se descartaron %n eventos para el webhook %1: su cola de entrega estaba llena.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event could not be delivered to the webhook %1: %2</source>
        <translation>No se pudo entregar un evento al webhook %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <source>Link down</source>
        <translation>Enlace caído</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>No input</source>
        <translation>Sin entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low bit rate</source>
        <translation>Tasa binaria baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High bit rate</source>
        <translation>Tasa binaria alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packet loss</source>
        <translation>Pérdida de paquetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High round-trip time</source>
        <translation>Tiempo de ida y vuelta alto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport stream errors</source>
        <translation>Errores del flujo de transporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport stream sync lost</source>
        <translation>Pérdida de sincronismo del flujo de transporte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alarm raised</source>
        <translation>Alarma activada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm cleared</source>
        <translation>Alarma despejada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm acknowledged</source>
        <translation>Alarma reconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link up</source>
        <translation>Enlace establecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service added</source>
        <translation>Servicio añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service changed</source>
        <translation>Servicio modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service started</source>
        <translation>Servicio iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service stopped</source>
        <translation>Servicio detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service deleted</source>
        <translation>Servicio eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook failed</source>
        <translation>Fallo del webhook</translation>
    </message>
</context>
<context>
    <name>AuthStore</name>
    <message>
        <location filename="../core/rest/AuthStore.cpp" line="+81"/>
        <source>%1 is damaged (%2). Delete it and set a new administrator password with srtdeskd --set-admin-password.</source>
        <translation>%1 está dañado (%2). Bórrelo y establezca una nueva contraseña de administrador con srtdeskd --set-admin-password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown format version</source>
        <translation>versión de formato desconocida</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>no user name</source>
        <translation>sin nombre de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password hash is not Argon2id</source>
        <translation>el hash de la contraseña no es Argon2id</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a user without a name, role or token generation</source>
        <translation>un usuario al que le falta el nombre, el rol o la generación de tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password hash of %1 is not Argon2id</source>
        <translation>el hash de la contraseña de %1 no es Argon2id</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the signing key is not %1 bytes</source>
        <translation>la clave de firma no tiene %1 bytes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot delete %1 after moving it to the secret store: %2</source>
        <translation>No se puede borrar %1 tras pasarlo al almacén de secretos: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The secret store is not open.</source>
        <translation>El almacén de secretos no está abierto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The administrator password and token key cannot be read: %1</source>
        <translation>No se pueden leer la contraseña de administrador ni la clave de los tokens: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The entry %1 of the system keychain (%2)</source>
        <translation>La entrada %1 del llavero del sistema (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry %1 of %2</source>
        <translation>La entrada %1 de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The authentication store has no secret store; load() it first.</source>
        <translation>El almacén de autenticación no tiene almacén de secretos; llame antes a load().</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The users and the token key cannot be stored: %1</source>
        <translation>No se pueden guardar los usuarios ni la clave de los tokens: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>There is already a user named &quot;%1&quot;.</source>
        <translation>Ya hay un usuario llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are already %1 users, the most this node keeps.</source>
        <translation>Ya hay %1 usuarios, el máximo que admite este nodo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+29"/>
        <location line="+16"/>
        <source>There is no user named &quot;%1&quot;.</source>
        <translation>No hay ningún usuario llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>&quot;%1&quot; is the last administrator: make another user an administrator first.</source>
        <translation>&quot;%1&quot; es el último administrador: primero haga administrador a otro usuario.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&quot;%1&quot; is the last administrator and cannot be deleted: make another user an administrator first.</source>
        <translation>&quot;%1&quot; es el último administrador y no se puede eliminar: primero haga administrador a otro usuario.</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+50"/>
        <location line="+23"/>
        <source>The password could not be hashed (out of memory).</source>
        <translation>No se pudo calcular el hash de la contraseña (memoria insuficiente).</translation>
    </message>
</context>
<context>
    <name>CallerJson</name>
    <message>
        <location filename="../core/model/CallerJson.cpp" line="+42"/>
        <source>The body must be a JSON object such as {&quot;Peer&quot;: &quot;127.0.0.1:4200&quot;}.</source>
        <translation>El cuerpo debe ser un objeto JSON, como {&quot;Peer&quot;: &quot;127.0.0.1:4200&quot;}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peer must be the address of a connected caller as Callers shows it, such as &quot;127.0.0.1:4200&quot; or &quot;[::1]:4200&quot;.</source>
        <translation>El campo Peer debe ser la dirección de un caller conectado tal como la muestra Callers, por ejemplo &quot;127.0.0.1:4200&quot; o &quot;[::1]:4200&quot;.</translation>
    </message>
</context>
<context>
    <name>DataDirLock</name>
    <message>
        <location filename="../core/store/DataDirLock.cpp" line="+20"/>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear el directorio de datos %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The data directory %1 is in use by %2 (process %3 on %4). Stop it first, or use another --data-dir.</source>
        <translation>El directorio de datos %1 está en uso por %2 (proceso %3 en %4). Deténgalo antes o use otro --data-dir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data directory %1 is in use by another process.</source>
        <translation>El directorio de datos %1 está en uso por otro proceso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create the lock file in %1: the directory is read-only or not writable by this user.</source>
        <translation>No se puede crear el archivo de bloqueo en %1: el directorio es de solo lectura o este usuario no puede escribir en él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot lock the data directory %1.</source>
        <translation>No se puede bloquear el directorio de datos %1.</translation>
    </message>
</context>
<context>
    <name>GroupLink</name>
    <message>
        <location filename="../core/engine/GroupLink.cpp" line="+81"/>
        <source>libsrt refused SRTO_GROUPCONNECT: %1</source>
        <translation>libsrt rechazó SRTO_GROUPCONNECT: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GroupConnect on a TX works with Mode listener only: the TX accepts the group that an RX connects over GroupIp1 and GroupIp2.</source>
        <translation>GroupConnect en un TX solo funciona con Mode listener: el TX acepta el grupo que un RX conecta por GroupIp1 y GroupIp2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GroupConnect does not work with Mode rendezvous (libsrt groups connect as a caller): use caller.</source>
        <translation>GroupConnect no funciona con Mode rendezvous (los grupos de libsrt conectan como caller): use caller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GroupConnect works only with TransType live and Congestion live.</source>
        <translation>GroupConnect solo funciona con TransType live y Congestion live.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot create the bonding group: %1</source>
        <translation>No se puede crear el grupo de bonding: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connection to %1 failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryQuery</name>
    <message>
        <location filename="../core/model/HistoryQuery.cpp" line="+18"/>
        <source>%1 is not a parameter of this path (%2).</source>
        <translation>%1 no es un parámetro de esta ruta (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>limit must be a whole number from 1 to %1.</source>
        <translation>El parámetro limit debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>since must be an ISO 8601 time such as 2026-01-31T08:00:00Z (got &quot;%1&quot;).</source>
        <translation>El parámetro since debe ser una fecha y hora ISO 8601, como 2026-01-31T08:00:00Z (se recibió &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>user must be a user name. %1</source>
        <translation>El parámetro user debe ser un nombre de usuario. %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>all must be 1 (cleared alarms too) or 0.</source>
        <translation>El parámetro all debe ser 1 (también las alarmas despejadas) o 0.</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../core/store/HistorySchema.cpp" line="+101"/>
        <source>its schema version cannot be read</source>
        <translation>no se puede leer su versión de esquema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it was written by a newer SRT Desk (schema %1; this version knows up to %2)</source>
        <translation>lo escribió un SRT Desk más reciente (esquema %1; esta versión conoce hasta el %2)</translation>
    </message>
    <message>
        <location filename="../core/store/HistoryStore.cpp" line="+97"/>
        <source>The history file %1 cannot be used now (%2); events and statistics are kept in memory until it can be written.</source>
        <translation>El archivo de histórico %1 no se puede usar ahora (%2); los eventos y las estadísticas se guardan en memoria hasta que se pueda escribir en él.</translation>
    </message>
</context>
<context>
    <name>HostResolver</name>
    <message>
        <location filename="../core/engine/HostResolver.cpp" line="+42"/>
        <source>Cannot resolve host name %1: %2.</source>
        <translation>No se puede resolver el nombre de host %1: %2.</translation>
    </message>
</context>
<context>
    <name>KeychainClient</name>
    <message>
        <location filename="../core/secrets/KeychainClient.cpp" line="+154"/>
        <source>the keychain refused the request (error %1)</source>
        <translation>el llavero rechazó la petición (error %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the system keychain did not answer within %1 s</source>
        <translation>el llavero del sistema no respondió en %1 s</translation>
    </message>
</context>
<context>
    <name>KeychainNotice</name>
    <message>
        <location filename="../app/gui/KeychainNotice.cpp" line="+13"/>
        <source>System keychain</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SRT Desk keeps the passphrases of your SRT links and its API keys in your desktop&apos;s keychain, not in its own files.</source>
        <translation>SRT Desk guarda las frases de contraseña de sus enlaces SRT y las claves de su API en el llavero de su escritorio, no en archivos propios.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your keyring is locked: your desktop will now ask for its password.</source>
        <translation>Su llavero está bloqueado: su escritorio le pedirá ahora su contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your desktop has no keyring yet: it will now ask you to create one and to choose its password.</source>
        <translation>Su escritorio aún no tiene llavero: le pedirá ahora que cree uno y que elija su contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you cancel, or answer after more than %1 seconds, SRT Desk keeps them in a private file in its data directory for now, and moves them into the keychain at the next start that finds one.</source>
        <translation>Si cancela, o responde pasados más de %1 segundos, SRT Desk las guarda de momento en un archivo privado de su directorio de datos y las pasa al llavero en el siguiente arranque que lo encuentre.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <location filename="../core/rest/PasswordHasher.cpp" line="+81"/>
        <source>The password must have at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must have at most %1 characters.</source>
        <translation>La contraseña debe tener como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>PayloadInput</name>
    <message>
        <location filename="../core/monitor/PayloadInput.cpp" line="+64"/>
        <source>No payload arrived recently: there is nothing to look at.</source>
        <translation>No ha llegado carga útil últimamente: no hay nada que analizar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not enough memory to read the payload.</source>
        <translation>No hay memoria suficiente para leer la carga útil.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Reading the payload took too long and was stopped.</source>
        <translation>La lectura de la carga útil tardaba demasiado y se detuvo.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The payload is in no format FFmpeg recognises.</source>
        <translation>La carga útil no está en ningún formato que FFmpeg reconozca.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No stream could be found in the payload.</source>
        <translation>No se encontró ningún flujo en la carga útil.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/common/CommandLineTranslator.cpp" line="+15"/>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda de las opciones de la línea de órdenes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones propias de Qt.</translation>
    </message>
</context>
<context>
    <name>RelayWorker</name>
    <message>
        <location filename="../core/engine/ServiceRelay.cpp" line="+214"/>
        <source>%1 &quot;%2&quot; is not a valid ip:port.</source>
        <translation>%1 &quot;%2&quot; no es un ip:puerto válido.</translation>
    </message>
    <message>
        <location filename="../core/engine/SrtSocketFactory.cpp" line="+74"/>
        <location line="+39"/>
        <source>BindIp must be an IPv4 or IPv6 address of this machine, or empty.</source>
        <translation>El campo BindIp debe ser una dirección IPv4 o IPv6 de esta máquina o estar vacío.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>BindIp %1 is an IPv4 address; the peer has an IPv6 address.</source>
        <translation>BindIp %1 es una dirección IPv4; el otro extremo tiene una dirección IPv6.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BindIp %1 is an IPv6 address; the peer has an IPv4 address.</source>
        <translation>BindIp %1 es una dirección IPv6; el otro extremo tiene una dirección IPv4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot bind %1: %2</source>
        <translation>No se puede asociar el socket a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/engine/ServiceRelay.cpp" line="-47"/>
        <source>The listener on port %1 failed; it is opened again.</source>
        <translation>El listener del puerto %1 falló; se vuelve a abrir.</translation>
    </message>
    <message>
        <location line="+174"/>
        <location line="+46"/>
        <source>Connection to %1 failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection to %1 rejected: %2</source>
        <translation>Conexión con %1 rechazada: %2</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Link with %1 lost: the peer closed it or stopped answering.</source>
        <translation>Enlace con %1 perdido: el otro extremo lo cerró o dejó de responder.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Caller %1 was disconnected on request.</source>
        <translation>El caller %1 se desconectó a petición.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <location filename="../core/secrets/SecretFile.cpp" line="+45"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The secret file %1 is damaged (not an SRT Desk secret file of version %2). It was left untouched; restore a backup or move it away (its passphrases must then be entered again).</source>
        <translation>El archivo de secretos %1 está dañado (no es un archivo de secretos de SRT Desk de la versión %2). No se ha modificado; restaure una copia de seguridad o muévalo a otro sitio (habrá que volver a introducir sus frases de contraseña).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+8"/>
        <source>Cannot write the secret file %1: %2</source>
        <translation>No se puede escribir el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Cannot make the secret file %1 private (mode 0600).</source>
        <translation>No se puede hacer privado el archivo de secretos %1 (modo 0600).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot delete the secret file %1: %2</source>
        <translation>No se puede borrar el archivo de secretos %1: %2</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="+60"/>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear el directorio de datos %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SRTDESK_SECRET_STORE must be &quot;keychain&quot;, &quot;file&quot; or &quot;auto&quot;, not &quot;%1&quot;.</source>
        <translation>SRTDESK_SECRET_STORE debe ser &quot;keychain&quot;, &quot;file&quot; o &quot;auto&quot;, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The system keychain cannot be used (%1), and SRTDESK_SECRET_STORE asks for it.</source>
        <translation>No se puede usar el llavero del sistema (%1) y SRTDESK_SECRET_STORE lo exige.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>The system keychain cannot be used (%1).</source>
        <translation>No se puede usar el llavero del sistema (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no system keychain is reachable (%1)</source>
        <translation>no hay ningún llavero del sistema accesible (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRTDESK_SECRET_STORE=file asks for it</source>
        <translation>SRTDESK_SECRET_STORE=file lo pide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file was asked for</source>
        <translation>se pidió el archivo</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>a probe entry read back differently</source>
        <translation>una entrada de prueba se leyó con otro valor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the secrets of %1 could not be moved into the system keychain: %2</source>
        <translation>los secretos de %1 no se pudieron pasar al llavero del sistema: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the secrets of %1 did not read back from the system keychain as they were written</source>
        <translation>los secretos de %1 no se leyeron del llavero del sistema tal como se escribieron</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+27"/>
        <location line="+13"/>
        <source>The secret store is not open.</source>
        <translation>El almacén de secretos no está abierto.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>The system keychain cannot be read: %1</source>
        <translation>No se puede leer el llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The secret could not be stored in the system keychain: %1</source>
        <translation>No se pudo guardar el secreto en el llavero del sistema: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The secret could not be deleted from the system keychain: %1</source>
        <translation>No se pudo borrar el secreto del llavero del sistema: %1</translation>
    </message>
</context>
<context>
    <name>ServiceField</name>
    <message>
        <location filename="../core/model/ServiceFields.cpp" line="+26"/>
        <source>Service &amp;name:</source>
        <translation>&amp;Nombre del servicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the TX or RX session. Unique among services of the same kind, up to %2 characters.</source>
        <translation>Nombre de la sesión de TX o RX. Único entre los servicios del mismo tipo, de hasta %2 caracteres.</translation>
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
        <translation>&amp;Modo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller, Listener or Rendezvous. A caller connects to its peer, a listener waits for the peer to call. In Rendezvous both ends connect to each other and must use the same port.</source>
        <translation>Caller, Listener o Rendezvous. Un caller llama al otro extremo; un listener espera a que el otro extremo le llame. En Rendezvous ambos extremos se conectan entre sí y deben usar el mismo puerto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TX &amp;address:</source>
        <translation>&amp;Dirección del TX:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the TX this RX connects to, as caller or in rendezvous. Not used by an RX listener.</source>
        <translation>Dirección de origen: el TX al que se conecta este RX, como caller o en rendezvous. Un RX listener no la usa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>RX &amp;address:</source>
        <translation>&amp;Dirección del RX:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the RX this TX sends to. Only needed for a TX caller or rendezvous; a TX listener has no peer address.</source>
        <translation>Dirección de destino: el RX al que envía este TX. Solo hace falta en un TX caller o rendezvous; un TX listener no lleva dirección del otro extremo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SRT &amp;port:</source>
        <translation>&amp;Puerto SRT:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port the listener publishes the stream on, or the peer&apos;s port a caller connects to. In rendezvous both ends use the same port.</source>
        <translation>Puerto de escucha en el que el listener publica la señal, o puerto del otro extremo al que llama un caller. En rendezvous ambos extremos usan el mismo puerto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose a port</source>
        <translation>elija un puerto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>UDP &amp;output:</source>
        <translation>&amp;Salida UDP:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>UDP &amp;input:</source>
        <translation>&amp;Entrada UDP:</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>UDP output of the RX, as ip:port or [ipv6]:port: the unicast or multicast destination of the received stream.</source>
        <translation>Salida UDP del RX, como ip:puerto o [ipv6]:puerto: el destino unidifusión o multidifusión de la señal recibida.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>UDP input of the TX, as ip:port or [ipv6]:port. A multicast group (224.0.0.0/4, ff00::/8) is joined; 0.0.0.0:port or [::]:port receives on every interface.</source>
        <translation>Entrada UDP del TX, como ip:puerto o [ipv6]:puerto. Si es un grupo multidifusión (224.0.0.0/4, ff00::/8), se une a él; 0.0.0.0:puerto o [::]:puerto recibe por todas las interfaces.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Latency:</source>
        <translation>&amp;Latencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency of the SRT session, in milliseconds. Usually 4 × the round-trip time (ping) between the ends. %1 to %2 ms.</source>
        <translation>Latencia de la sesión SRT, en milisegundos. Normalmente 4 × el tiempo de ida y vuelta (ping) entre los extremos. De %1 a %2 ms.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maximum &amp;bandwidth:</source>
        <translation>Ancho de &amp;banda máximo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum bandwidth the SRT session may use, in kbps (12000 = 12 Mbit/s). It should be at least the input bandwidth plus the overhead. 0: relative to the input plus overhead.</source>
        <translation>Ancho de banda máximo que puede usar la sesión SRT, en kbps (12000 = 12 Mbit/s). Debería ser al menos la suma del ancho de banda de entrada y el overhead. 0: relativo a la entrada más el overhead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>0 kbps (input + overhead)</source>
        <translation>0 kbps (entrada + overhead)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;phrase:</source>
        <translation>Frase de &amp;contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key that encrypts the SRT transmission: %1 to %2 characters, the same at both ends. Empty: no encryption. (The original system said at least 8; libsrt needs %1.)</source>
        <translation>Clave que cifra la transmisión SRT: de %1 a %2 caracteres, la misma en ambos extremos. Vacía: sin cifrado. (El sistema original decía al menos 8; libsrt exige %1.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty: no encryption</source>
        <translation>vacía: sin cifrado</translation>
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
        <translation>Lon&amp;gitud de clave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length of the encryption key: 16, 24 or 32 bytes (AES-128, AES-192, AES-256). %3 by default. Only the TX needs it; the RX learns it when it connects.</source>
        <translation>Longitud de la clave de cifrado: 16, 24 o 32 bytes (AES-128, AES-192, AES-256). %3 por defecto. Solo la necesita el TX; el RX la obtiene al conectarse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drop too-late packets:</source>
        <translation>Paquetes tardíos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RX only. Too-late packet drop: discard packets that arrive too late to be played out.</source>
        <translation>Solo en RX. Descarte de paquetes tardíos (TooLatePacketDrop): descarta los paquetes que llegan demasiado tarde para reproducirse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard packets that arrive too late</source>
        <translation>Descartar los que llegan demasiado tarde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to live of the RX&apos;s UDP output packets, multicast or unicast (%1 to %2).</source>
        <translation>Tiempo de vida (TTL) de los paquetes de la salida UDP del RX, en multidifusión o en unidifusión (de %1 a %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In&amp;put bandwidth:</source>
        <translation>Ancho de banda de en&amp;trada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth of the TX&apos;s input stream, in kbps (12000 = 12 Mbit/s). 0: measured by SRT.</source>
        <translation>Ancho de banda de la señal de entrada del TX, en kbps (12000 = 12 Mbit/s). 0: lo mide SRT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 kbps (measured)</source>
        <translation>0 kbps (medido)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Overhead:</source>
        <translation>Margen de &amp;overhead:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of bandwidth kept for SRT&apos;s error recovery, as a percentage of the input bandwidth. %3 % by default; %1 to %2 %.</source>
        <translation>Parte del ancho de banda reservada para la recuperación de errores de SRT, en porcentaje del ancho de banda de entrada. %3 % por defecto; de %1 a %2 %.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;FEC:</source>
        <translation>&amp;FEC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experimental. Adds forward error correction to the transmission. Both ends must use the same FEC settings.</source>
        <translation>Experimental. Añade corrección de errores hacia delante (FEC) a la transmisión. Ambos extremos deben tener la misma configuración de FEC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add forward error correction</source>
        <translation>Añadir corrección de errores hacia delante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns:</source>
        <translation>Columnas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of FEC columns, %1 or more. %3 by default.</source>
        <translation>Número de columnas FEC, %1 o más. %3 por defecto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of FEC rows, %1 or more. %3 by default.</source>
        <translation>Número de filas FEC, %1 o más. %3 por defecto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Even</source>
        <translation>Alineada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staircase</source>
        <translation>Escalonada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout:</source>
        <translation>Disposición:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrangement of the FEC groups: staircase (default) or even.</source>
        <translation>Disposición de los grupos FEC: escalonada (staircase, por defecto) o alineada (even).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On request</source>
        <translation>Bajo demanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ARQ:</source>
        <translation>ARQ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic Repeat Request together with FEC: always (default), on request, or never.</source>
        <translation>Petición automática de repetición (ARQ) junto con FEC: siempre (por defecto), bajo demanda o nunca.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Live</source>
        <translation>Directo (live)</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>File</source>
        <translation>Archivo (file)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Congestion control:</source>
        <translation>Control de congestión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Congestion control. Live by default; file exists but is not meant for streaming.</source>
        <translation>Control de congestión. Live por defecto; file existe, pero no está pensado para señales en directo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Transmission type:</source>
        <translation>Tipo de transmisión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmission type: live (the default, always used for streaming) or file.</source>
        <translation>Tipo de transmisión: live (por defecto, el que se usa siempre en directo) o file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bonding:</source>
        <translation>Bonding:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experimental. Bonding: send from several IP addresses of one machine and receive over several paths on the other.</source>
        <translation>Experimental. Bonding: salir por varias direcciones IP de una máquina y recibir por varios caminos en la otra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect as a group</source>
        <translation>Conectar como grupo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup</source>
        <translation>Respaldo (backup)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broadcast</source>
        <translation>Difusión (broadcast)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group type:</source>
        <translation>Tipo de grupo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only backup for now: the TX&apos;s two addresses are received and SRT picks the better path at each moment.</source>
        <translation>De momento solo backup (respaldo): se reciben las dos direcciones del TX y SRT elige en cada momento el mejor camino.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Primary IP:</source>
        <translation>IP primaria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary IP address of the bonding group.</source>
        <translation>Dirección IP primaria del grupo de bonding.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secondary IP:</source>
        <translation>IP secundaria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary IP address of the bonding group.</source>
        <translation>Dirección IP secundaria del grupo de bonding.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Primary weight:</source>
        <translation>Peso de la primaria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of the primary IP address.</source>
        <translation>Peso de la dirección IP primaria.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Secondary weight:</source>
        <translation>Peso de la secundaria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight of the secondary IP address.</source>
        <translation>Peso de la dirección IP secundaria.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local &amp;interface:</source>
        <translation>&amp;Interfaz local:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRT Desk extension: the local IPv4 or IPv6 address the SRT socket binds to, on a machine with several network interfaces. Empty: any interface (a listener takes IPv4 and IPv6 callers).</source>
        <translation>Extensión de SRT Desk: la dirección IPv4 o IPv6 local a la que se asocia el socket SRT, en una máquina con varias interfaces de red. Vacía: cualquier interfaz (un listener acepta callers IPv4 e IPv6).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ma&amp;ximum callers:</source>
        <translation>Má&amp;ximo de callers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRT Desk extension, TX listener: how many receivers may call at once; each gets the same stream. %1 to %2; %3 (the original&apos;s behaviour) refuses a second caller.</source>
        <translation>Extensión de SRT Desk, TX listener: cuántos receptores pueden llamar a la vez; todos reciben la misma señal. De %1 a %2; con %3 (el comportamiento del sistema original) se rechaza un segundo caller.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Allowed &amp;callers:</source>
        <translation>C&amp;allers permitidos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRT Desk extension, TX listener: the IPv4 or IPv6 addresses or CIDR ranges allowed to call, separated by commas (for example 10.1.0.0/16, 2001:db8::/32). Empty: any caller.</source>
        <translation>Extensión de SRT Desk, TX listener: las direcciones IPv4 o IPv6 o los rangos CIDR que pueden llamar, separados por comas (por ejemplo, 10.1.0.0/16, 2001:db8::/32). Vacío: cualquier caller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any caller</source>
        <translation>cualquier caller</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stream &amp;ID:</source>
        <translation>ID de st&amp;ream:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRT Desk extension, RX caller: the stream ID sent to the listener when connecting (up to %2 bytes); an SRT Desk TX shows it for each caller. Empty: none.</source>
        <translation>Extensión de SRT Desk, RX caller: el stream ID que se envía al listener al conectar (hasta %2 bytes); un TX de SRT Desk lo muestra para cada caller. Vacío: ninguno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lo&amp;cal port:</source>
        <translation>P&amp;uerto local:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SRT Desk extension, callers only: the local UDP port the connection leaves from, for a firewall that expects it. 0: a port shared with the other callers.</source>
        <translation>Extensión de SRT Desk, solo para callers: el puerto UDP local del que sale la conexión, para un cortafuegos que lo espere. 0: un puerto compartido con los demás callers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared</source>
        <translation>compartido</translation>
    </message>
</context>
<context>
    <name>ServiceParser</name>
    <message>
        <location filename="../core/model/ServiceParser.cpp" line="+67"/>
        <source>%1 must be text.</source>
        <translation>El campo %1 debe ser texto.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>%1 must be 0 or 1.</source>
        <translation>El campo %1 debe ser 0 o 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be one of: %2.</source>
        <translation>El campo %1 debe ser uno de: %2.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 must be a whole number.</source>
        <translation>El campo %1 debe ser un número entero.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation>El cuerpo no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body must be a JSON object.</source>
        <translation>El cuerpo debe ser un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>ServiceStore</name>
    <message>
        <location filename="../core/store/ServiceStore.cpp" line="+98"/>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear el directorio de datos %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database %1 is not readable (check its permissions).</source>
        <translation>La base de datos %1 no se puede leer (compruebe sus permisos).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot prepare the database %1: %2</source>
        <translation>No se puede preparar la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The database %1 is locked by another program (%2). Close that program and try again.</source>
        <translation>La base de datos %1 está bloqueada por otro programa (%2). Cierre ese programa y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 is damaged or is not an SRT Desk database (%2). It was left untouched; restore a backup or move it away to start empty.</source>
        <translation>La base de datos %1 está dañada o no es una base de datos de SRT Desk (%2). No se ha modificado; restaure una copia de seguridad o muévala a otro sitio para empezar de cero.</translation>
    </message>
    <message>
        <location filename="../core/store/SchemaMigrator.cpp" line="+47"/>
        <source>Cannot read the schema version of %1.</source>
        <translation>No se puede leer la versión de esquema de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database %1 was written by a newer SRT Desk (schema %2; this version knows up to %3).</source>
        <translation>La base de datos %1 la escribió un SRT Desk más reciente (esquema %2; esta versión conoce hasta el %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>No se puede iniciar una transacción en %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot upgrade the database %1 from schema %2 to %3: %4</source>
        <translation>No se puede actualizar la base de datos %1 del esquema %2 al %3: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot commit the upgrade of %1: %2</source>
        <translation>No se puede confirmar la actualización de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/store/SchemaHistory.cpp" line="+81"/>
        <source>service %1 cannot be read (%2)</source>
        <translation>el servicio %1 no se puede leer (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>service %1 has an unknown kind &quot;%2&quot;</source>
        <translation>el servicio %1 es de un tipo desconocido, &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the passphrase of service %1 cannot be moved to the secret store: %2</source>
        <translation>la frase de contraseña del servicio %1 no se puede pasar al almacén de secretos: %2</translation>
    </message>
    <message>
        <location filename="../core/store/SchemaMigrator.cpp" line="+38"/>
        <source>Cannot vacuum the database %1: %2</source>
        <translation>No se puede compactar (VACUUM) la base de datos %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot checkpoint the write-ahead log of %1: %2</source>
        <translation>No se puede volcar el registro de escritura anticipada (WAL) de %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database is busy</source>
        <translation>la base de datos está ocupada</translation>
    </message>
    <message>
        <location filename="../core/store/ServiceStore.cpp" line="+30"/>
        <source>The passphrase of service %1 is not in the secret file %2. It may be in a system keychain that this process cannot reach (%3). Enter the passphrase again to use the service.</source>
        <translation>La frase de contraseña del servicio %1 no está en el archivo de secretos %2. Puede que esté en un llavero del sistema al que este proceso no llega (%3). Vuelva a introducir la frase de contraseña para usar el servicio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase of service %1 is not in the system keychain (%2). Enter the passphrase again to use the service.</source>
        <translation>La frase de contraseña del servicio %1 no está en el llavero del sistema (%2). Vuelva a introducir la frase de contraseña para usar el servicio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the services from %1: %2</source>
        <translation>No se pueden leer los servicios de %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Service %1 in %2 has an unknown kind &quot;%3&quot;.</source>
        <translation>El servicio %1 de %2 es de un tipo desconocido, &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service %1 in %2 cannot be read: %3</source>
        <translation>El servicio %1 de %2 no se puede leer: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The passphrase of service %1 cannot be read: %2</source>
        <translation>La frase de contraseña del servicio %1 no se puede leer: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+20"/>
        <location line="+6"/>
        <source>Cannot save the service in %1: %2</source>
        <translation>No se puede guardar el servicio en %1: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The service was not saved: its passphrase could not be stored. %1</source>
        <translation>El servicio no se ha guardado: no se pudo almacenar su frase de contraseña. %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+16"/>
        <location line="+32"/>
        <source>Cannot save service %1 in %2: %3</source>
        <translation>No se puede guardar el servicio %1 en %2: %3</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+16"/>
        <location line="+57"/>
        <location line="+23"/>
        <source>Service %1 is not in %2.</source>
        <translation>El servicio %1 no está en %2.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Service %1 was not saved: its passphrase could not be stored. %2</source>
        <translation>El servicio %1 no se ha guardado: no se pudo almacenar su frase de contraseña. %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+4"/>
        <source>Cannot delete service %1 from %2: %3</source>
        <translation>No se puede borrar el servicio %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>Cannot save the state of service %1 in %2: %3</source>
        <translation>No se puede guardar el estado del servicio %1 en %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save the alarm settings of service %1 in %2: %3</source>
        <translation>No se puede guardar la configuración de alarmas del servicio %1 en %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the alarm settings from %1: %2</source>
        <translation>No se puede leer la configuración de alarmas de %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The alarm settings of service %1 in %2 cannot be read.</source>
        <translation>La configuración de alarmas del servicio %1 de %2 no se puede leer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the setting %1 from %2: %3</source>
        <translation>No se puede leer el ajuste %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>Cannot save the setting %1 in %2: %3</source>
        <translation>No se puede guardar el ajuste %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>ServiceTransfer</name>
    <message>
        <location filename="../ui/ServiceTransfer.cpp" line="+36"/>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item %1 is not a JSON object.</source>
        <translation>El elemento %1 no es un objeto JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>El archivo no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file holds no services: expected {&quot;rx&quot;: [...], &quot;tx&quot;: [...]}, an array of services or one service.</source>
        <translation>El archivo no contiene servicios: se esperaba {&quot;rx&quot;: [...], &quot;tx&quot;: [...]}, una lista de servicios o un servicio.</translation>
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
        <translation>activado</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is required when %2 is %3: bonding needs both paths.</source>
        <translation>El campo %1 es obligatorio con %2 %3: el bonding necesita los dos caminos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is required when %2 is %3.</source>
        <translation>El campo %1 es obligatorio con %2 %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is required.</source>
        <translation>El campo %1 es obligatorio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be %2 or %3.</source>
        <translation>El campo %1 debe ser %2 o %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>El campo %1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation>El campo %1 debe estar entre %2 y %3 %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be %2 or more when %3 is on.</source>
        <translation>El campo %1 debe ser %2 o más con %3 activado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be %2 or more.</source>
        <translation>El campo %1 debe ser %2 o más.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be %2 or more %3.</source>
        <translation>El campo %1 debe ser de %2 %3 o más.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+30"/>
        <source>%1 must be at most %2 characters long.</source>
        <translation>El campo %1 debe tener como máximo %2 caracteres.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 must not contain control characters.</source>
        <translation>El campo %1 no debe contener caracteres de control.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &quot;%2&quot; is neither an IPv4 or IPv6 address nor a host name.</source>
        <translation>El valor &quot;%2&quot; del campo %1 no es ni una dirección IPv4 o IPv6 ni un nombre de host.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &quot;%2&quot; must be ip:port with an IPv4 address, or [ip]:port with an IPv6 address, and a port from 1 to 65535.</source>
        <translation>El valor &quot;%2&quot; del campo %1 debe ser ip:puerto con una dirección IPv4, o [ip]:puerto con una dirección IPv6, y un puerto de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be an IPv4 or IPv6 address of this machine, or empty.</source>
        <translation>El campo %1 debe ser una dirección IPv4 o IPv6 de esta máquina o estar vacío.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; is neither an IPv4 or IPv6 address nor a range such as 10.0.0.0/8 or 2001:db8::/32.</source>
        <translation>El valor &quot;%2&quot; del campo %1 no es ni una dirección IPv4 o IPv6 ni un rango como 10.0.0.0/8 o 2001:db8::/32.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be at most %2 bytes long in UTF-8; it has %3.</source>
        <translation>El campo %1 debe tener como máximo %2 bytes en UTF-8; tiene %3.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 needs a destination address; %2 only makes sense for an input.</source>
        <translation>El campo %1 necesita una dirección de destino; %2 solo tiene sentido en una entrada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 works only with %2 %3.</source>
        <translation>%1 solo funciona con %2 %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 applies to %2 %3 only (a listener and a rendezvous use %4).</source>
        <translation>El campo %1 solo se aplica con %2 %3 (en listener y en rendezvous se usa %4).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 needs %2 %3 on an RX: it calls both paths.</source>
        <translation>%1 necesita %2 %3 en un RX: llama por los dos caminos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs %2 %3 on a TX: it accepts the group.</source>
        <translation>%1 necesita %2 %3 en un TX: acepta el grupo.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>%1 is required in %2 mode: it is the address of the peer to connect to.</source>
        <translation>El campo %1 es obligatorio en modo %2: es la dirección del otro extremo al que conectarse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is required, as ip:port (for example 239.1.1.1:5000).</source>
        <translation>El campo %1 es obligatorio, como ip:puerto (por ejemplo, 239.1.1.1:5000).</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 must be empty (no encryption) or %2 to %3 characters long; it has %4.</source>
        <translation>El campo %1 debe estar vacío (sin cifrado) o tener de %2 a %3 caracteres; tiene %4.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>An %1 service named &quot;%2&quot; already exists (Id %3).</source>
        <translation>Ya existe un servicio %1 llamado &quot;%2&quot; (Id %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>UDP port %1 is already used by %2 service &quot;%3&quot; (Id %4).</source>
        <translation>El puerto UDP %1 ya lo usa el servicio %2 &quot;%3&quot; (Id %4).</translation>
    </message>
</context>
<context>
    <name>SharedCallerPorts</name>
    <message>
        <location filename="../core/engine/SharedCallerPorts.cpp" line="+93"/>
        <source>Cannot open the shared local port for callers: %1</source>
        <translation>No se puede abrir el puerto local compartido de los callers: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot bind to the shared local port %1: %2</source>
        <translation>No se puede asociar el socket al puerto local compartido %1: %2</translation>
    </message>
</context>
<context>
    <name>SrtRuntime</name>
    <message>
        <location filename="../core/engine/SrtRuntime.cpp" line="+112"/>
        <source>Bonding (GroupConnect) is unavailable: the linked libsrt %1 was built without bonding support (ENABLE_BONDING). To use it, build SRT Desk with the CMake option SRTDESK_BONDED_LIBSRT=ON, which compiles libsrt with bonding from Debian&apos;s source package 1.5.1-1+deb12u1; note that this source lacks the fixes for CVE-2026-55868 and CVE-2026-55869 that Debian&apos;s binary package has.</source>
        <translation>Bonding (GroupConnect) no disponible: la libsrt %1 enlazada se compiló sin soporte de bonding (ENABLE_BONDING). Para usarlo, compile SRT Desk con la opción de CMake SRTDESK_BONDED_LIBSRT=ON, que compila libsrt con bonding a partir del paquete fuente de Debian 1.5.1-1+deb12u1; tenga en cuenta que ese código fuente no incluye las correcciones de CVE-2026-55868 y CVE-2026-55869 que sí tiene el paquete binario de Debian.</translation>
    </message>
</context>
<context>
    <name>SrtSocketOptions</name>
    <message>
        <location filename="../core/engine/SrtSocketOptions.cpp" line="+42"/>
        <source>libsrt refused %1: %2</source>
        <translation>libsrt rechazó %1: %2</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a system call failed</source>
        <translation>falló una llamada al sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the peer refused it</source>
        <translation>el otro extremo la rechazó</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the peer ran out of resources</source>
        <translation>el otro extremo se quedó sin recursos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the handshake carried invalid data</source>
        <translation>la negociación (handshake) traía datos no válidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the listener&apos;s backlog is full</source>
        <translation>la cola de conexiones pendientes del listener está llena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal error in libsrt</source>
        <translation>error interno de libsrt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the socket was closed</source>
        <translation>el socket se cerró</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the peer&apos;s SRT version is too old</source>
        <translation>la versión de SRT del otro extremo es demasiado antigua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rendezvous cookie collision</source>
        <translation>colisión de cookies en rendezvous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incorrect passphrase (the two ends have different passphrases)</source>
        <translation>frase de contraseña incorrecta (los dos extremos tienen frases distintas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passphrase mismatch: one end encrypts and the other has no passphrase</source>
        <translation>las frases de contraseña no coinciden: un extremo cifra y el otro no tiene frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ends disagree on the message API (TransType)</source>
        <translation>los extremos no coinciden en la API de mensajes (TransType)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ends have different Congestion settings</source>
        <translation>los extremos tienen distinto Congestion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the FEC packet filter settings differ between the ends (FecCols, FecRows, FecLayOut or FecArq)</source>
        <translation>la configuración del filtro de paquetes FEC difiere entre los extremos (FecCols, FecRows, FecLayOut o FecArq)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bonding (GroupConnect) settings differ between the ends</source>
        <translation>la configuración de bonding (GroupConnect) difiere entre los extremos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timed out: the peer did not answer</source>
        <translation>tiempo de espera agotado: el otro extremo no respondió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the listener already has a peer and accepts one at a time</source>
        <translation>el listener ya tiene un extremo conectado y solo acepta uno a la vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the listener already serves as many callers as it accepts (MaxCallers)</source>
        <translation>el listener ya atiende a tantos callers como acepta (MaxCallers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the listener does not accept callers from this address (AllowedPeers)</source>
        <translation>el listener no acepta callers desde esta dirección (AllowedPeers)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the peer&apos;s application refused it (code %1)</source>
        <translation>la aplicación del otro extremo la rechazó (código %1)</translation>
    </message>
</context>
<context>
    <name>StreamProbe</name>
    <message>
        <location filename="../core/monitor/StreamProbe.cpp" line="+87"/>
        <source>No stream could be found in the payload.</source>
        <translation>No se encontró ningún flujo en la carga útil.</translation>
    </message>
</context>
<context>
    <name>StreamThumbnail</name>
    <message>
        <location filename="../core/monitor/StreamThumbnail.cpp" line="+168"/>
        <source>The payload carries no video.</source>
        <translation>La carga útil no lleva vídeo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The video codec %1 cannot be decoded here.</source>
        <translation>El códec de vídeo %1 no se puede descodificar aquí.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decoding took too long and was stopped.</source>
        <translation>La descodificación tardaba demasiado y se detuvo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No video frame could be decoded from the last %1 seconds of payload.</source>
        <translation>No se pudo descodificar ningún fotograma de vídeo de los últimos %1 segundos de carga útil.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The thumbnail could not be encoded as JPEG.</source>
        <translation>No se pudo codificar la miniatura como JPEG.</translation>
    </message>
</context>
<context>
    <name>UdpInput</name>
    <message>
        <location filename="../core/engine/UdpInput.cpp" line="+40"/>
        <source>Cannot receive UDP on %1: %2 (%3).</source>
        <translation>No se puede recibir UDP en %1: %2 (%3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no socket</source>
        <translation>sin socket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SO_REUSEADDR refused</source>
        <translation>SO_REUSEADDR rechazado</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot bind the port</source>
        <translation>no se puede asociar el puerto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot join the multicast group</source>
        <translation>no se puede unir al grupo multidifusión</translation>
    </message>
</context>
<context>
    <name>UdpOutput</name>
    <message>
        <location filename="../core/engine/UdpOutput.cpp" line="+30"/>
        <source>Cannot send UDP to %1: %2 (%3).</source>
        <translation>No se puede enviar UDP a %1: %2 (%3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no socket</source>
        <translation>sin socket</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IPV6_MULTICAST_HOPS refused</source>
        <translation>IPV6_MULTICAST_HOPS rechazado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IPV6_MULTICAST_IF refused</source>
        <translation>IPV6_MULTICAST_IF rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPV6_UNICAST_HOPS refused</source>
        <translation>IPV6_UNICAST_HOPS rechazado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP_MULTICAST_TTL refused</source>
        <translation>IP_MULTICAST_TTL rechazado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IP_MULTICAST_IF refused</source>
        <translation>IP_MULTICAST_IF rechazado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IP_TTL refused</source>
        <translation>IP_TTL rechazado</translation>
    </message>
</context>
<context>
    <name>UserJson</name>
    <message>
        <location filename="../core/model/UserJson.cpp" line="+29"/>
        <source>The body must be a JSON object such as {&quot;Name&quot;: &quot;alice&quot;, &quot;Role&quot;: &quot;operator&quot;, &quot;Password&quot;: &quot;…&quot;}.</source>
        <translation>El cuerpo debe ser un objeto JSON como {&quot;Name&quot;: &quot;alice&quot;, &quot;Role&quot;: &quot;operator&quot;, &quot;Password&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a field of a user here (%2).</source>
        <translation>%1 no es aquí un campo de usuario (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Role must be one of %1.</source>
        <translation>El campo Role debe ser uno de: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password must be text.</source>
        <translation>El campo Password debe ser texto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password must be at most %1 characters.</source>
        <translation>El campo Password debe tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A user name is 1 to %1 letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;-&quot; or &quot;@&quot;, starting with a letter or digit.</source>
        <translation>Un nombre de usuario tiene de 1 a %1 letras, dígitos, &quot;.&quot;, &quot;_&quot;, &quot;-&quot; o &quot;@&quot;, y empieza por una letra o un dígito.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name must be text: the user&apos;s login name.</source>
        <translation>El campo Name debe ser texto: el nombre con el que el usuario inicia sesión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A user cannot be renamed: add a user with the new name and delete this one.</source>
        <translation>Un usuario no se puede renombrar: añada un usuario con el nombre nuevo y elimine este.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give Role, Password or both.</source>
        <translation>Indique Role, Password o ambos.</translation>
    </message>
</context>
<context>
    <name>WebhookJson</name>
    <message>
        <location filename="../core/model/WebhookJson.cpp" line="+56"/>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation>El cuerpo no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The body must be a JSON array of {&quot;Url&quot;: …, &quot;Secret&quot;: …} objects.</source>
        <translation>El cuerpo debe ser una lista JSON de objetos {&quot;Url&quot;: …, &quot;Secret&quot;: …}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most %1 webhooks can be configured.</source>
        <translation>Se pueden configurar como máximo %1 webhooks.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Webhook %1 must be an object with Url and Secret.</source>
        <translation>El webhook %1 debe ser un objeto con Url y Secret.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a webhook field (Url, Secret).</source>
        <translation>%1 no es un campo de webhook (Url, Secret).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is required: the http:// or https:// address events are posted to.</source>
        <translation>El campo %1 es obligatorio: es la dirección http:// o https:// a la que se envían los eventos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>El campo %1 tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be an http:// or https:// address with a host.</source>
        <translation>El campo %1 debe ser una dirección http:// o https:// con un host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not contain a user name or password: they would show in answers and logs. Receivers check the signature made with the Secret instead.</source>
        <translation>El campo %1 no debe contener un nombre de usuario ni una contraseña: aparecerían en las respuestas y en los registros. En su lugar, los receptores comprueban la firma hecha con el Secret.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is listed twice.</source>
        <translation>El campo %1 está repetido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is required: the key receivers check the signature with.</source>
        <translation>El campo %1 es obligatorio: es la clave con la que los receptores comprueban la firma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is masked, but no webhook with this Url has a stored secret; send the secret itself.</source>
        <translation>El campo %1 está enmascarado, pero ningún webhook con esta Url tiene un secreto guardado; envíe el secreto en sí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be %2 to %3 characters long.</source>
        <translation>El campo %1 debe tener de %2 a %3 caracteres.</translation>
    </message>
</context>
<context>
    <name>WebhookRegistry</name>
    <message>
        <location filename="../core/alarms/WebhookRegistry.cpp" line="+45"/>
        <source>The secret of the webhook(s) %1 cannot be read from the secret store; nothing is sent to them until it is entered again.</source>
        <translation>Webhooks cuyo secreto no se puede leer del almacén de secretos: %1. No se les envía nada hasta que se vuelva a introducir.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The webhooks were not saved: a secret could not be stored. %1</source>
        <translation>Los webhooks no se han guardado: no se pudo almacenar un secreto. %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+52"/>
        <source>Prints the version of srtdesk and libsrt.</source>
        <translation>Muestra la versión de srtdesk y de libsrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data directory (default: $SRTDESK_DATA_DIR or %1).</source>
        <translation>Directorio de datos (por defecto: $SRTDESK_DATA_DIR o %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read and write the GUI settings in this INI file instead of srtdesk.conf in the data directory chosen with --data-dir or $SRTDESK_DATA_DIR, or else the user&apos;s configuration (%1).</source>
        <translation>Lee y escribe la configuración de la interfaz en este archivo INI en lugar de en srtdesk.conf del directorio de datos elegido con --data-dir o $SRTDESK_DATA_DIR o, si no lo hay, en la configuración del usuario (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start with the window minimized.</source>
        <translation>Arranca con la ventana minimizada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SRT Desk: a control room for SRT links (RX and TX services).</source>
        <translation>SRT Desk: sala de control para enlaces SRT (servicios RX y TX).</translation>
    </message>
    <message>
        <location line="+101"/>
        <location line="+10"/>
        <source>SRT Desk cannot start</source>
        <translation>SRT Desk no puede arrancar</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The data directory %1 cannot be used.

%2</source>
        <translation>No se puede usar el directorio de datos %1.

%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The services in %1 cannot be read.

%2</source>
        <translation>No se pueden leer los servicios de %1.

%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Administrator password</source>
        <translation>Contraseña de administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password was not changed: %1</source>
        <translation>No se ha cambiado la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>srtdesk::AlarmRulesEditor</name>
    <message>
        <location filename="../ui/AlarmRulesEditor.cpp" line="+215"/>
        <source>Own</source>
        <translation>Propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked: this service&apos;s own rule. Not ticked: the global rule (Settings).</source>
        <translation>Marcada: la regla propia de este servicio. Sin marcar: la regla global (Configuración).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise after</source>
        <translation>Activar tras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the condition must hold before the alarm is raised</source>
        <translation>Cuánto tiempo debe mantenerse la condición antes de que se active la alarma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear after</source>
        <translation>Despejar tras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the condition must be gone before the alarm clears</source>
        <translation>Cuánto tiempo debe haber desaparecido la condición antes de que se despeje la alarma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time the loss percentage is taken over</source>
        <translation>El periodo sobre el que se calcula el porcentaje de pérdida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: own rule</source>
        <translation>%1: regla propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: severity</source>
        <translation>%1: gravedad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: threshold</source>
        <translation>%1: umbral</translation>
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
        <translation>%1: activar tras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: clear after</source>
        <translation>%1: despejar tras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: over</source>
        <translation>%1: periodo</translation>
    </message>
</context>
<context>
    <name>srtdesk::AlarmSystem</name>
    <message>
        <location filename="../core/alarms/AlarmSystem.cpp" line="+74"/>
        <source>The stored alarm rules cannot be read; the default rules apply until they are set again.</source>
        <translation>Las reglas de alarma guardadas no se pueden leer; se aplican las reglas por defecto hasta que se vuelvan a definir.</translation>
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
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>Despejada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
</context>
<context>
    <name>srtdesk::AlarmsPanel</name>
    <message>
        <location filename="../ui/AlarmsPanel.cpp" line="+185"/>
        <location line="+97"/>
        <source>Active (%1)</source>
        <translation>Activas (%1)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Export alarms as CSV</source>
        <translation>Exportar alarmas como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export alarms</source>
        <translation>Exportar alarmas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconocer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge the selected alarms: they stay until their condition is gone</source>
        <translation>Reconocer las alarmas seleccionadas: siguen ahí hasta que desaparece su condición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge a&amp;ll</source>
        <translation>Reconocer &amp;todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to service</source>
        <translation>&amp;Ir al servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the alarm&apos;s service in the window (also Enter or a double-click on the alarm)</source>
        <translation>Seleccionar el servicio de la alarma en la ventana (también con Intro o con un doble clic en la alarma)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No active alarm.</source>
        <translation>Ninguna alarma activa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active alarms</source>
        <translation>Alarmas activas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm history</source>
        <translation>Histórico de alarmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service, alarm or message</source>
        <translation>Servicio, alarma o mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major and critical</source>
        <translation>Mayores y críticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical only</source>
        <translation>Solo críticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the alarms shown as comma-separated values</source>
        <translation>Guardar las alarmas mostradas como valores separados por comas</translation>
    </message>
</context>
<context>
    <name>srtdesk::ChartPanel</name>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="+486"/>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>60 minutes</source>
        <translation>60 minutos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the three charts as one image</source>
        <translation>Guardar las tres gráficas en una sola imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the samples of the window shown as comma-separated values</source>
        <translation>Guardar las muestras de la ventana mostrada como valores separados por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a service in the table to see its round-trip time, bit rate and packet loss.</source>
        <translation>Seleccione un servicio en la tabla para ver su tiempo de ida y vuelta, su tasa binaria y su pérdida de paquetes.</translation>
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
        <translation>Ningún servicio seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round-trip time (ms)</source>
        <translation>Tiempo de ida y vuelta (ms)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Received bit rate (Mbit/s)</source>
        <translation>Tasa binaria recibida (Mbit/s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent bit rate (Mbit/s)</source>
        <translation>Tasa binaria enviada (Mbit/s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Packets per interval</source>
        <translation>Paquetes por intervalo</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+193"/>
        <source>Nothing</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Left and right arrows move in time, plus and minus zoom, Home returns to the present.</source>
        <translation>Las flechas izquierda y derecha se desplazan en el tiempo, más y menos acercan y alejan, Inicio vuelve al presente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Last value: %1.</source>
        <translation>Último valor: %1.</translation>
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
        <translation>Últimos perdidos: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>3 hours</source>
        <translation>3 horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 hours</source>
        <translation>6 horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12 hours</source>
        <translation>12 horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far back the charts reach. Zoom with the mouse wheel, drag to move in time.</source>
        <translation>Hasta dónde llegan las gráficas hacia atrás. Zoom con la rueda del ratón; arrastre para moverse en el tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with:</source>
        <translation>Comparar con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a second service&apos;s values over this one&apos;s, as a dashed line</source>
        <translation>Dibujar los valores de otro servicio sobre los de este, con línea discontinua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to now</source>
        <translation>Volver al presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the present again (Home, or a double-click on a chart)</source>
        <translation>Seguir de nuevo el presente (Inicio, o un doble clic en una gráfica)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retransmitted</source>
        <translation>Retransmitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lost: %1</source>
        <translation>Perdidos: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Export charts as PNG</source>
        <translation>Exportar gráficas como PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export charts</source>
        <translation>Exportar gráficas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The image could not be written to %1.</source>
        <translation>No se pudo escribir la imagen en %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export history as CSV</source>
        <translation>Exportar histórico como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>srtdesk::GuiRestHost</name>
    <message>
        <location filename="../app/gui/GuiRestHost.cpp" line="+58"/>
        <location line="+19"/>
        <location line="+9"/>
        <source>REST API off: %1</source>
        <translation>API REST desactivada: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>REST API off: set an administrator password in Settings</source>
        <translation>API REST desactivada: defina una contraseña de administrador en Configuración</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>REST API: %1</source>
        <translation>API REST: %1</translation>
    </message>
</context>
<context>
    <name>srtdesk::LogModel</name>
    <message>
        <location filename="../ui/LogModel.cpp" line="+52"/>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>srtdesk::LogPanel</name>
    <message>
        <location filename="../ui/LogPanel.cpp" line="+104"/>
        <source>All services</source>
        <translation>Todos los servicios</translation>
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
        <translation>Nivel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug and above</source>
        <translation>Depuración y superiores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>Información y superiores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Avisos y errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every message from this panel</source>
        <translation>Quitar todos los mensajes de este panel</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services toolbar</source>
        <translation>Barra de servicios</translation>
    </message>
    <message>
        <location filename="../ui/WindowActions.cpp" line="+17"/>
        <source>Add &amp;RX…</source>
        <translation>Añadir &amp;RX…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a receiver: SRT in, UDP out</source>
        <translation>Añadir un receptor: SRT de entrada, UDP de salida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;TX…</source>
        <translation>Añadir &amp;TX…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a transmitter: UDP in, SRT out</source>
        <translation>Añadir un transmisor: UDP de entrada, SRT de salida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected service&apos;s parameters</source>
        <translation>Cambiar los parámetros del servicio seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a new service from a copy of the selected one</source>
        <translation>Crear un servicio nuevo a partir de una copia del seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected services</source>
        <translation>Eliminar los servicios seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the selected services</source>
        <translation>Iniciar los servicios seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;op</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the selected services</source>
        <translation>Detener los servicios seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Res&amp;tart</source>
        <translation>Rei&amp;niciar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop and start again the selected services</source>
        <translation>Detener y volver a iniciar los servicios seleccionados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start &amp;all</source>
        <translation>Iniciar t&amp;odos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start every RX and TX service</source>
        <translation>Iniciar todos los servicios RX y TX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop a&amp;ll</source>
        <translation>Detener todo&amp;s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop every RX and TX service</source>
        <translation>Detener todos los servicios RX y TX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import services…</source>
        <translation>&amp;Importar servicios…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add services from a JSON file (SRT Desk or the original system)</source>
        <translation>Añadir servicios desde un archivo JSON (de SRT Desk o del sistema original)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export services…</source>
        <translation>&amp;Exportar servicios…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save every service to a JSON file in the original API&apos;s shape</source>
        <translation>Guardar todos los servicios en un archivo JSON con el formato de la API original</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statistics, start-up, language, REST API</source>
        <translation>Estadísticas, arranque, idioma, API REST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop every link and quit</source>
        <translation>Detener todos los enlaces y salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter by name</source>
        <translation>&amp;Filtrar por nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show only services whose name contains a text</source>
        <translation>Mostrar solo los servicios cuyo nombre contiene un texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overview</source>
        <translation>&amp;Vista general</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every service, RX and TX, in one view</source>
        <translation>Mostrar todos los servicios, RX y TX, en una sola vista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;RX services</source>
        <translation>Servicios &amp;RX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the RX table</source>
        <translation>Mostrar la tabla de RX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;TX services</source>
        <translation>Servicios &amp;TX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the TX table</source>
        <translation>Mostrar la tabla de TX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview as t&amp;iles</source>
        <translation>Vista general en &amp;mosaico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the overview as one tile per service</source>
        <translation>Mostrar la vista general como un mosaico con una ficha por servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;alarms</source>
        <translation>Mostrar &amp;alarmas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the alarms: active ones to acknowledge, and their history</source>
        <translation>Abrir las alarmas: las activas, para reconocerlas, y su histórico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About SRT Desk</source>
        <translation>&amp;Acerca de SRT Desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and libraries</source>
        <translation>Versión y bibliotecas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qt&apos;s version and licence</source>
        <translation>Versión y licencia de Qt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add RX</source>
        <translation>Añadir RX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add TX</source>
        <translation>Añadir TX</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+6"/>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every service, RX and TX, with the pairs that carry one stream side by side</source>
        <translation>Todos los servicios, RX y TX, con los pares que transportan una misma señal uno junto a otro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RX services</source>
        <translation>Servicios RX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TX services</source>
        <translation>Servicios TX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivers: SRT in, UDP out</source>
        <translation>Receptores: SRT de entrada, UDP de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transmitters: UDP in, SRT out</source>
        <translation>Transmisores: UDP de entrada, SRT de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stream</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>Alarm rules</source>
        <translation>Reglas de alarma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The alarm rules were not changed: %1</source>
        <translation>Las reglas de alarma no se modificaron: %1</translation>
    </message>
    <message>
        <location filename="../ui/ServiceTablePane.cpp" line="+134"/>
        <source>No RX service yet.
An RX receives an SRT stream from a TX and sends it out as UDP (unicast or multicast).</source>
        <translation>Aún no hay ningún servicio RX.
Un RX recibe una señal SRT de un TX y la envía como UDP (unidifusión o multidifusión).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No TX service yet.
A TX reads a UDP stream (unicast or multicast) and sends it over SRT to an RX.</source>
        <translation>Aún no hay ningún servicio TX.
Un TX lee una señal UDP (unidifusión o multidifusión) y la envía por SRT a un RX.</translation>
    </message>
    <message>
        <location filename="../ui/OverviewPane.cpp" line="+288"/>
        <source>No service yet.
An RX receives an SRT stream and sends it out as UDP; a TX reads a UDP stream and sends it over SRT. Add one of each to carry a stream from one place to another.</source>
        <translation>Aún no hay ningún servicio.
Un RX recibe una señal SRT y la envía como UDP; un TX lee una señal UDP y la envía por SRT. Añada uno de cada para llevar una señal de un lugar a otro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/ServiceTablePane.cpp" line="-2"/>
        <source>Add an RX service</source>
        <translation>Añadir un servicio RX</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ServiceTablePane.cpp" line="+4"/>
        <source>Add a TX service</source>
        <translation>Añadir un servicio TX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per service; a service fed by the row above starts with an arrow</source>
        <translation>Una fila por servicio; un servicio alimentado por la fila de arriba empieza con una flecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All services as tiles</source>
        <translation>Todos los servicios en mosaico</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-201"/>
        <source>Charts</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="+27"/>
        <source>Show SRT Desk</source>
        <translation>Mostrar SRT Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>SRT Desk keeps running</source>
        <translation>SRT Desk sigue en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The services go on in the background. Use the tray icon to show the window or quit.</source>
        <translation>Los servicios continúan en segundo plano. Use el icono de la bandeja del sistema para mostrar la ventana o salir.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+66"/>
        <source>They start again the next time SRT Desk opens.</source>
        <translation>Volverán a iniciarse la próxima vez que se abra SRT Desk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They stay stopped the next time SRT Desk opens (see Settings).</source>
        <translation>Seguirán detenidos la próxima vez que se abra SRT Desk (véase Configuración).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit SRT Desk</source>
        <translation>Salir de SRT Desk</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n service(s) are running. Quitting stops their links now.</source>
        <translation>
            <numerusform>Hay %n servicio en marcha. Al salir, su enlace se corta en el acto.</numerusform>
            <numerusform>Hay %n servicios en marcha. Al salir, sus enlaces se cortan en el acto.</numerusform>
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
            <numerusform>RX: %1 de %2 en marcha · TX: %3 de %4 en marcha · conectados: %5 · en espera: %6 · %n alarma</numerusform>
            <numerusform>RX: %1 de %2 en marcha · TX: %3 de %4 en marcha · conectados: %5 · en espera: %6 · %n alarmas</numerusform>
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
            <numerusform>⚠ %n alarma</numerusform>
            <numerusform>⚠ %n alarmas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n not acknowledged.</source>
        <translation>
            <numerusform>%n sin reconocer.</numerusform>
            <numerusform>%n sin reconocer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All acknowledged.</source>
        <translation>Todas reconocidas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to see them.</source>
        <translation>Haga clic para verlas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No active alarm.</source>
        <translation>Ninguna alarma activa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/MainWindow.cpp" line="-69"/>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No alarms</source>
        <translation>Sin alarmas</translation>
    </message>
    <message>
        <location filename="../ui/WindowStatusBar.cpp" line="+59"/>
        <source>⚠ Passphrases in a file: no system keychain</source>
        <translation>⚠ Frases de contraseña en un archivo: no hay llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keychain (Secret Service) is reachable: %1.
Passphrases and the REST API&apos;s keys are kept in %2, readable only by your user account.</source>
        <translation>No hay ningún llavero del sistema (Secret Service) accesible: %1.
Las frases de contraseña y las claves de la API REST se guardan en %2, que solo puede leer su cuenta de usuario.</translation>
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
            <numerusform>¿Eliminar %n servicio?</numerusform>
            <numerusform>¿Eliminar %n servicios?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them are running: their links stop now.</source>
        <translation>
            <numerusform>%n de ellos está en marcha: su enlace se corta en el acto.</numerusform>
            <numerusform>%n de ellos están en marcha: sus enlaces se cortan en el acto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>Delete services</source>
        <translation>Eliminar servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
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
        <translation>Iniciar servicios</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+30"/>
        <source>Stop services</source>
        <translation>Detener servicios</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Restart services</source>
        <translation>Reiniciar servicios</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stop all services</source>
        <translation>Detener todos los servicios</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stop all %n running service(s)? Every link goes down.</source>
        <translation>
            <numerusform>¿Detener %n servicio en marcha? Su enlace se corta.</numerusform>
            <numerusform>¿Detener los %n servicios en marcha? Todos los enlaces se cortan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TransferCommands.cpp" line="+43"/>
        <location line="+13"/>
        <location line="+11"/>
        <source>Export services</source>
        <translation>Exportar servicios</translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>Export %n service(s) to a JSON file in the original API&apos;s shape?</source>
        <translation>
            <numerusform>¿Exportar %n servicio a un archivo JSON con el formato de la API original?</numerusform>
            <numerusform>¿Exportar %n servicios a un archivo JSON con el formato de la API original?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include passphrases: anyone who reads the file can decrypt the streams</source>
        <translation>Incluir las frases de contraseña: cualquiera que lea el archivo podrá descifrar las señales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrases are left out unless you tick the box; set them again after importing.</source>
        <translation>Las frases de contraseña no se incluyen salvo que marque la casilla; vuelva a introducirlas tras importar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n service(s) to %1</source>
        <translation>
            <numerusform>%n servicio exportado a %1</numerusform>
            <numerusform>%n servicios exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+21"/>
        <source>Import services</source>
        <translation>Importar servicios</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No service could be read from %1.</source>
        <translation>No se pudo leer ningún servicio de %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add %1 RX and %2 TX service(s) from %3? They are added stopped.</source>
        <translation>¿Añadir los servicios de %3 (RX: %1; TX: %2)? Se añaden detenidos.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n service(s) had a masked passphrase (********): they are imported without one.</source>
        <translation>
            <numerusform>%n servicio tenía la frase de contraseña enmascarada (********): se importa sin ella.</numerusform>
            <numerusform>%n servicios tenían la frase de contraseña enmascarada (********): se importan sin ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Imported %n service(s)</source>
        <translation>
            <numerusform>%n servicio importado</numerusform>
            <numerusform>%n servicios importados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 service(s) imported, %2 skipped:</source>
        <translation>Servicios importados: %1; omitidos: %2:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+220"/>
        <source>About SRT Desk</source>
        <translation>Acerca de SRT Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SRT Desk %1&lt;/h3&gt;&lt;p&gt;A control room for SRT links: RX and TX services, live link statistics, and the original system&apos;s /v1 REST API.&lt;/p&gt;&lt;p&gt;libsrt %2 · Qt %3&lt;/p&gt;&lt;p&gt;Data directory: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SRT Desk %1&lt;/h3&gt;&lt;p&gt;Una sala de control para enlaces SRT: servicios RX y TX, estadísticas de los enlaces en directo y la API REST /v1 del sistema original.&lt;/p&gt;&lt;p&gt;libsrt %2 · Qt %3&lt;/p&gt;&lt;p&gt;Directorio de datos: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/AlarmNotifier.cpp" line="+23"/>
        <source>%1 alarm: %2</source>
        <translation>Alarma %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/OverviewAlarmCells.cpp" line="+28"/>
        <source>(acknowledged)</source>
        <translation>(reconocida)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n alarma</numerusform>
            <numerusform>%n alarmas</numerusform>
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
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>port %1</source>
        <translation>puerto %1</translation>
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
        <translation>Tasa binaria recibida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent bit rate</source>
        <translation>Tasa binaria enviada</translation>
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
        <translation>Últimos %1 min: de %2 a %3 Mbit/s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Below %1 Mbit/s: is the stream still coming in?</source>
        <translation>Por debajo de %1 Mbit/s: ¿sigue llegando la señal?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above %1 Mbit/s (alarm rule)</source>
        <translation>Por encima de %1 Mbit/s (regla de alarma)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../ui/OverviewModel.cpp" line="+272"/>
        <source>Packets lost since the link connected, as a percentage of packets</source>
        <translation>Paquetes perdidos desde que se conectó el enlace, en porcentaje del total de paquetes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At or above %1 % (alarm rule)</source>
        <translation>En %1 % o más (regla de alarma)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 service %2, Id %3</source>
        <translation>Servicio %1 %2, Id %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receiver: SRT in, UDP out</source>
        <translation>Receptor: SRT de entrada, UDP de salida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transmitter: UDP in, SRT out</source>
        <translation>Transmisor: UDP de entrada, SRT de salida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected with %1</source>
        <translation>Conectado con %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls %1</source>
        <translation>Llama a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listens on port %1 for a caller</source>
        <translation>Escucha en el puerto %1 a la espera de un caller</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not measured yet: the round-trip time is measured once data flows.</source>
        <translation>Aún sin medir: el tiempo de ida y vuelta se mide cuando circulan datos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/OverviewModel.cpp" line="+2"/>
        <source>Round-trip time between TX and RX</source>
        <translation>Tiempo de ida y vuelta entre TX y RX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SRT latency: how long the receiver holds packets for retransmissions to arrive</source>
        <translation>Latencia SRT: cuánto tiempo retiene el receptor los paquetes para que lleguen las retransmisiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not encrypted: no passphrase</source>
        <translation>Sin cifrar: no hay frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted with a passphrase, %1-bit key</source>
        <translation>Cifrado con frase de contraseña, clave de %1 bits</translation>
    </message>
    <message>
        <location filename="../ui/OverviewModel.cpp" line="-134"/>
        <source>Receives the stream of %1 over SRT on this machine.</source>
        <translation>Recibe la señal de %1 por SRT en esta máquina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receives the stream of %1 over UDP on this machine.</source>
        <translation>Recibe la señal de %1 por UDP en esta máquina.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peer</source>
        <translation>Extremo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream</source>
        <translation>Señal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The other end: a listener&apos;s connected caller, or the address a caller calls</source>
        <translation>El otro extremo: el caller conectado a un listener, o la dirección a la que llama un caller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bit rate now, and its trend over the last minutes</source>
        <translation>Tasa binaria actual y su tendencia en los últimos minutos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The health of the MPEG-TS stream carried (format, errors, programmes)</source>
        <translation>El estado del flujo MPEG-TS transportado (formato, errores, programas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service&apos;s active alarms</source>
        <translation>Las alarmas activas del servicio</translation>
    </message>
    <message>
        <location filename="../ui/TsHealthCell.cpp" line="+16"/>
        <source>Not TS</source>
        <translation>No es TS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data is flowing, but not as 188-byte MPEG-TS packets</source>
        <translation>Circulan datos, pero no como paquetes MPEG-TS de 188 bytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TS OK</source>
        <translation>TS correcto</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n P1 error(s)</source>
        <translation>
            <numerusform>%n error P1</numerusform>
            <numerusform>%n errores P1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>MPEG-TS at %1 Mbit/s, %n programme(s)</source>
        <translation>
            <numerusform>MPEG-TS a %1 Mbit/s, %n programa</numerusform>
            <numerusform>MPEG-TS a %1 Mbit/s, %n programas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TR 101 290 priority 1 errors: %1 in the last interval, %2 since the link came up</source>
        <translation>Errores de prioridad 1 de TR 101 290: %1 en el último intervalo, %2 desde que se estableció el enlace</translation>
    </message>
</context>
<context>
    <name>srtdesk::ServiceDialog</name>
    <message>
        <location filename="../ui/ServiceDialog.cpp" line="+61"/>
        <source>%1 copy</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Alarm rules of %1</source>
        <translation>Reglas de alarma de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alarm rules…</source>
        <translation>Reglas de alarma…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Alarm rules (%n own)…</source>
        <translation>
            <numerusform>Reglas de alarma (%n propia)…</numerusform>
            <numerusform>Reglas de alarma (%n propias)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This service follows the global alarm rules (Settings).</source>
        <translation>Este servicio sigue las reglas de alarma globales (Configuración).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This service has its own rule for %n alarm(s); the others are the global rules (Settings).</source>
        <translation>
            <numerusform>Este servicio tiene una regla propia para %n alarma; las demás siguen las reglas globales (Configuración).</numerusform>
            <numerusform>Este servicio tiene reglas propias para %n alarmas; las demás siguen las reglas globales (Configuración).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bonding is not available in this installation of SRT Desk.</source>
        <translation>El bonding no está disponible en esta instalación de SRT Desk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth</source>
        <translation>Ancho de banda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
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
        <translation>Solo un listener acepta callers.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New RX service</source>
        <translation>Nuevo servicio RX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New TX service</source>
        <translation>Nuevo servicio TX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit RX service %1</source>
        <translation>Editar servicio RX %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit TX service %1</source>
        <translation>Editar servicio TX %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate RX service</source>
        <translation>Duplicar servicio RX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate TX service</source>
        <translation>Duplicar servicio TX</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This service is running. Saving restarts it, which interrupts its stream for a moment.</source>
        <translation>Este servicio está en marcha. Al guardar se reinicia, lo que corta su señal un instante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and restart</source>
        <translation>Guardar y reiniciar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Not used in listener mode: the RX waits for the TX to call it.</source>
        <translation>No se usa en modo listener: el RX espera a que el TX le llame.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used in listener mode: the TX waits for the RX to call it.</source>
        <translation>No se usa en modo listener: el TX espera a que el RX le llame.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn FEC on to set this.</source>
        <translation>Active FEC para configurar esto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn bonding on to set this.</source>
        <translation>Active el bonding para configurar esto.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>To do: %1</source>
        <translation>Pendiente: %1</translation>
    </message>
</context>
<context>
    <name>srtdesk::ServiceFieldRow</name>
    <message>
        <location filename="../ui/ServiceFieldRow.cpp" line="+164"/>
        <source>Show or hide the passphrase</source>
        <translation>Mostrar u ocultar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>srtdesk::ServiceManager</name>
    <message>
        <location filename="../core/ServiceManager.cpp" line="+146"/>
        <location line="+433"/>
        <source>There is no service with Id %1.</source>
        <translation>No hay ningún servicio con Id %1.</translation>
    </message>
    <message>
        <location line="-402"/>
        <source>Service created.</source>
        <translation>Servicio creado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The stored passphrase of this service cannot be read; enter it again.</source>
        <translation>La frase de contraseña guardada de este servicio no se puede leer; vuelva a introducirla.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Service updated, but it could not restart: %1</source>
        <translation>Servicio actualizado, pero no se pudo reiniciar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service updated and restarted.</source>
        <translation>Servicio actualizado y reiniciado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service updated.</source>
        <translation>Servicio actualizado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Service deleted.</source>
        <translation>Servicio eliminado.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Service started.</source>
        <translation>Servicio iniciado.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Service is already running.</source>
        <translation>El servicio ya está en marcha.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Service is already stopped.</source>
        <translation>El servicio ya está detenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service stopped.</source>
        <translation>Servicio detenido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service &quot;%1&quot; has no caller %2.</source>
        <translation>El servicio &quot;%1&quot; no tiene ningún caller %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caller %1 disconnected.</source>
        <translation>Caller %1 desconectado.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Service restarted.</source>
        <translation>Servicio reiniciado.</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Service &quot;%1&quot; is not running: start it to look at its stream.</source>
        <translation>El servicio &quot;%1&quot; no está en marcha: inícielo para analizar su señal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream monitoring is switched off here (srtdeskd --stream-analysis off).</source>
        <translation>El análisis de las señales está desactivado aquí (srtdeskd --stream-analysis off).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service &quot;%1&quot; carries nothing at the moment: there is no stream to look at.</source>
        <translation>El servicio &quot;%1&quot; no transporta nada en este momento: no hay ninguna señal que analizar.</translation>
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
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/OverviewPane.cpp" line="-146"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The service is stopped.</source>
        <translation>El servicio está detenido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listening on port %1 for a caller.</source>
        <translation>Escuchando en el puerto %1 a la espera de un caller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1:%2.</source>
        <translation>Conectando con %1:%2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected with %1.</source>
        <translation>Conectado con %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calling %1:%2 again by itself, every few seconds.</source>
        <translation>Vuelve a llamar a %1:%2 por sí solo cada pocos segundos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running, but the link cannot be set up.</source>
        <translation>En marcha, pero el enlace no se puede establecer.</translation>
    </message>
    <message>
        <location filename="../ui/ServiceTableModel.cpp" line="+28"/>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
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
        <translation>Último error: %1</translation>
    </message>
    <message>
        <location filename="../ui/ServiceTableModel.cpp" line="+46"/>
        <source>%1 service %2, Id %3</source>
        <translation>Servicio %1 %2, Id %3</translation>
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
        <translation>Aún sin medir: el tiempo de ida y vuelta se mide cuando circulan datos.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TX address</source>
        <translation>Dirección TX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RX address</source>
        <translation>Dirección RX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UDP out</source>
        <translation>Salida UDP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UDP in</source>
        <translation>Entrada UDP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Enlace</translation>
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
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnections</source>
        <translation>Reconexiones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TxIp: the TX this RX calls (caller, rendezvous)</source>
        <translation>TxIp: el TX al que llama este RX (caller, rendezvous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RxIp: the RX this TX calls (caller, rendezvous)</source>
        <translation>RxIp: el RX al que llama este TX (caller, rendezvous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ListenPort: the SRT port we listen on, or the peer&apos;s port we call</source>
        <translation>ListenPort: el puerto SRT en el que escuchamos, o el puerto del otro extremo al que llamamos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round-trip time between TX and RX</source>
        <translation>Tiempo de ida y vuelta entre TX y RX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received bit rate</source>
        <translation>Tasa binaria recibida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent bit rate</source>
        <translation>Tasa binaria enviada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packets lost since the link connected, as a percentage of packets</source>
        <translation>Paquetes perdidos desde que se conectó el enlace, en porcentaje del total de paquetes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Links re-established since the service started</source>
        <translation>Enlaces restablecidos desde que se inició el servicio</translation>
    </message>
</context>
<context>
    <name>srtdesk::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+192"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statistics interval:</source>
        <translation>Intervalo de &amp;estadísticas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often every link&apos;s statistics are read and the tables and charts refresh.</source>
        <translation>Cada cuánto se leen las estadísticas de todos los enlaces y se refrescan las tablas y las gráficas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the services that were running when SRT Desk last closed</source>
        <translation>Iniciar los servicios que estaban en marcha cuando se cerró SRT Desk por última vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing the window keeps the services running in the system tray</source>
        <translation>Al cerrar la ventana, los servicios siguen en marcha en la bandeja del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REST API</source>
        <translation>API REST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve the /v1 REST API from this application</source>
        <translation>Servir la API REST /v1 desde esta aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind address:</source>
        <translation>Dirección de escucha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP address to listen on: 127.0.0.1 for this machine only, 0.0.0.0 for every interface.</source>
        <translation>Dirección IP en la que escuchar: 127.0.0.1 solo para esta máquina, 0.0.0.0 para todas las interfaces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS certificate:</source>
        <translation>Certificado TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS private key:</source>
        <translation>Clave privada TLS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none: plain HTTP</source>
        <translation>ninguno: HTTP sin cifrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New admin password:</source>
        <translation>Nueva contraseña de administrador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave empty to keep the current one</source>
        <translation>déjela vacía para mantener la actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm password:</source>
        <translation>Confirmar contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API is the original system&apos;s: log in at /v1/login as admin. Without a certificate and key it is served over plain HTTP: keep it on 127.0.0.1 then.</source>
        <translation>La API es la del sistema original: inicie sesión en /v1/login como admin. Sin certificado y clave se sirve por HTTP sin cifrar: en ese caso, manténgala en 127.0.0.1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;REST API</source>
        <translation>API &amp;REST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alarms</source>
        <translation>&amp;Alarmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a desktop notification for every new alarm</source>
        <translation>Mostrar una notificación de escritorio por cada alarma nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These rules apply to every service; a service may have its own in its form. The overview colours loss, round-trip time and bit rate by them.</source>
        <translation>Estas reglas se aplican a todos los servicios; un servicio puede tener las suyas en su formulario. La vista general colorea según ellas la pérdida, el tiempo de ida y vuelta y la tasa binaria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data directory:</source>
        <translation>Directorio de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings file:</source>
        <translation>Archivo de configuración:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bind address must be an IP address, such as 127.0.0.1 or 0.0.0.0.</source>
        <translation>La dirección de escucha debe ser una dirección IP, como 127.0.0.1 o 0.0.0.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS needs both a certificate and its private key.</source>
        <translation>TLS necesita un certificado y su clave privada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The admin password must be at least %1 characters long.</source>
        <translation>La contraseña de administrador debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>TLS private key</source>
        <translation>Clave privada TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM private keys (*.key *.pem);;All files (*)</source>
        <translation>Claves privadas PEM (*.key *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificados PEM (*.crt *.pem);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>srtdesk::StreamPanel</name>
    <message>
        <location filename="../ui/StreamPanel.cpp" line="+35"/>
        <source>1.1 TS sync loss</source>
        <translation>1.1 Pérdida de sincronismo TS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.2 Sync byte error</source>
        <translation>1.2 Error de byte de sincronismo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.3 PAT error</source>
        <translation>1.3 Error de PAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.4 Continuity count error</source>
        <translation>1.4 Error de contador de continuidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.5 PMT error</source>
        <translation>1.5 Error de PMT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1.6 PID error</source>
        <translation>1.6 Error de PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2.3 PCR repetition error</source>
        <translation>2.3 Error de repetición de PCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2.3 PCR discontinuity</source>
        <translation>2.3 Discontinuidad de PCR</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Select a service to see the stream it carries.</source>
        <translation>Seleccione un servicio para ver la señal que transporta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stream: nothing came in during the last interval.</source>
        <translation>Sin señal: no llegó nada en el último intervalo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data that is not an MPEG transport stream</source>
        <translation>Datos que no son un flujo de transporte MPEG</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>MPEG-TS · %1 Mbit/s · %n programme(s)</source>
        <translation>
            <numerusform>MPEG-TS · %1 Mbit/s · %n programa</numerusform>
            <numerusform>MPEG-TS · %1 Mbit/s · %n programas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Programme %1</source>
        <translation>Programa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PMT PID %1 · PCR PID %2</source>
        <translation>PID de PMT %1 · PID de PCR %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PID %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type 0x%1</source>
        <translation>tipo 0x%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 Mbit/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Priority 1 errors per interval</source>
        <translation>Errores de prioridad 1 por intervalo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Last %n interval(s): at most %1 errors in one.</source>
        <translation>
            <numerusform>Último %n intervalo: como máximo %1 errores.</numerusform>
            <numerusform>Últimos %n intervalos: como máximo %1 errores en uno.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Probing the stream…</source>
        <translation>Sondeando la señal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking a picture…</source>
        <translation>Tomando una imagen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, %2 s probed</source>
        <translation>%1, %2 s sondeados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PID %1: %2</source>
        <translation>PID %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1×%2 at %3 frames/s</source>
        <translation>, %1×%2 a %3 imágenes/s</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n channel(s) at %1 Hz</source>
        <translation>
            <numerusform>, %n canal a %1 Hz</numerusform>
            <numerusform>, %n canales a %1 Hz</numerusform>
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
        <translation>No se pudo leer la imagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refresh to probe the stream: codecs, picture size, audio.</source>
        <translation>Actualice para sondear la señal: códecs, tamaño de imagen, audio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No picture yet</source>
        <translation>Aún no hay imagen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Programme / PID</source>
        <translation>Programa / PID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codec</source>
        <translation>Códec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmes and PIDs</source>
        <translation>Programas y PID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TR 101 290 indicator</source>
        <translation>Indicador TR 101 290</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last interval</source>
        <translation>Último intervalo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since the link came up</source>
        <translation>Desde que se estableció el enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TR 101 290 counters</source>
        <translation>Contadores TR 101 290</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority 1 errors per interval:</source>
        <translation>Errores de prioridad 1 por intervalo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh picture and probe</source>
        <translation>Actuali&amp;zar imagen y sondeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe a few seconds of the stream (codecs, picture size, audio) and take a thumbnail</source>
        <translation>Sondear unos segundos de la señal (códecs, tamaño de imagen, audio) y tomar una miniatura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail of the picture</source>
        <translation>Miniatura de la imagen</translation>
    </message>
</context>
<context>
    <name>srtdesk::WebhookDispatcher</name>
    <message>
        <location filename="../core/alarms/WebhookDispatcher.cpp" line="+161"/>
        <source>the receiver answered HTTP %1</source>
        <translation>el receptor respondió HTTP %1</translation>
    </message>
</context>
<context>
    <name>srtdeskd</name>
    <message>
        <location filename="../app/daemon/main.cpp" line="+243"/>
        <source>Prints the version of srtdeskd and libsrt.</source>
        <translation>Muestra la versión de srtdeskd y de libsrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data directory (default: $SRTDESK_DATA_DIR or %1).</source>
        <translation>Directorio de datos (por defecto: $SRTDESK_DATA_DIR o %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address the API listens on (default 127.0.0.1).</source>
        <translation>Dirección en la que escucha la API (por defecto 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API port (default 4000).</source>
        <translation>Puerto de la API (por defecto 4000).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM certificate (chain): serve HTTPS. Needs --tls-key.</source>
        <translation>Certificado PEM (cadena): sirve HTTPS. Necesita --tls-key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM private key of --tls-cert.</source>
        <translation>Clave privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First start only: read the administrator password from this file (or set SRTDESK_ADMIN_PASSWORD). Without either, a random one is generated and printed once.</source>
        <translation>Solo en el primer arranque: lee la contraseña de administrador de este archivo (o defina SRTDESK_ADMIN_PASSWORD). Sin ninguno de los dos, se genera una al azar y se muestra una sola vez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reads a new administrator password from standard input, stores its hash and exits. Tokens issued before stop working. srtdeskd must not be running on the data directory.</source>
        <translation>Lee una nueva contraseña de administrador de la entrada estándar, guarda su hash y termina. Los tokens emitidos antes dejan de funcionar. srtdeskd no debe estar en marcha sobre el directorio de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adds an API user with the role of --role, reads their password from standard input and exits. srtdeskd must not be running on the data directory.</source>
        <translation>Añade un usuario de la API con el rol de --role, lee su contraseña de la entrada estándar y termina. srtdeskd no debe estar en marcha sobre el directorio de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The role of --add-user: observer (reads), operator (also runs services, acknowledges alarms) or admin (everything, users included).</source>
        <translation>El rol de --add-user: observer (observador: lectura), operator (operador: además pone en marcha servicios y reconoce alarmas) o admin (administrador: todo, incluidos los usuarios).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lifetime of API tokens in seconds (default: $SRTDESK_TOKEN_LIFETIME or 3600).</source>
        <translation>Duración de los tokens de la API, en segundos (por defecto: $SRTDESK_TOKEN_LIFETIME o 3600).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often statistics are sampled, in ms (default 1000).</source>
        <translation>Cada cuánto se toman las estadísticas, en ms (por defecto 1000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I/O threads that run the services (default: one per core, here %1).</source>
        <translation>Hilos de E/S que ejecutan los servicios (por defecto: uno por núcleo, aquí %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MPEG-TS analysis, probe and thumbnail of every running service: on (default) or off.</source>
        <translation>Análisis MPEG-TS, sondeo y miniatura de cada servicio en marcha: on (por defecto) u off.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Headless SRT Desk: runs the SRT services of a data directory and serves the /v1 REST API.
Passphrases and API keys are kept in the system keychain (Secret Service), or, when none is reachable,
in the file secrets.json (mode 0600) of the data directory; SRTDESK_SECRET_STORE=keychain|file forces one.
Exit codes: 1 usage, 2 data directory in use, 3 database unusable, 4 authentication store or password,
5 cannot listen or TLS files unusable, 6 no usable secret store.</source>
        <translation>SRT Desk sin interfaz gráfica: ejecuta los servicios SRT de un directorio de datos y sirve la API REST /v1.
Las frases de contraseña y las claves de la API se guardan en el llavero del sistema (Secret Service) o, si no hay ninguno accesible,
en el archivo secrets.json (modo 0600) del directorio de datos; SRTDESK_SECRET_STORE=keychain|file impone uno de los dos.
Códigos de salida: 1 uso incorrecto, 2 directorio de datos en uso, 3 base de datos inutilizable, 4 almacén de autenticación o contraseña,
5 no puede escuchar o archivos TLS inutilizables, 6 ningún almacén de secretos utilizable.</translation>
    </message>
</context>
</TS>
