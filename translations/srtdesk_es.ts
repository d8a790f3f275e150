<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AuthStore</name>
    <message>
        <location filename="../core/rest/AuthStore.cpp" line="+38"/>
        <source>%1 is damaged (%2). Delete it and set a new administrator password with srtdeskd --set-admin-password.</source>
        <translation>%1 está dañado (%2). Bórrelo y establezca una nueva contraseña de administrador con srtdeskd --set-admin-password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown format version</source>
        <translation>versión de formato desconocida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no user name</source>
        <translation>sin nombre de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the password hash is not Argon2id</source>
        <translation>el hash de la contraseña no es Argon2id</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+16"/>
        <source>The secret store is not open.</source>
        <translation>El almacén de secretos no está abierto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The administrator password and token key cannot be read: %1</source>
        <translation>No se pueden leer la contraseña de administrador ni la clave de los tokens: %1</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+7"/>
        <source>The administrator password and token key cannot be stored: %1</source>
        <translation>No se pueden guardar la contraseña de administrador ni la clave de los tokens: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password could not be hashed (out of memory).</source>
        <translation>No se pudo calcular el hash de la contraseña (memoria insuficiente).</translation>
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
        <location filename="../core/engine/GroupLink.cpp" line="+91"/>
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
        <location line="+17"/>
        <source>Cannot create the bonding group: %1</source>
        <translation>No se puede crear el grupo de bonding: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Connection to %1 failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
</context>
<context>
    <name>HostResolver</name>
    <message>
        <location filename="../core/engine/HostResolver.cpp" line="+71"/>
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
        <location filename="../core/engine/RelayWorker.cpp" line="+306"/>
        <source>%1 &quot;%2&quot; is not a valid ip:port.</source>
        <translation>%1 &quot;%2&quot; no es un ip:puerto válido.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot listen on %1: %2</source>
        <translation>No se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot bind %1: %2</source>
        <translation>No se puede asociar el socket a %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+229"/>
        <source>Connection to %1 failed: %2</source>
        <translation>Falló la conexión con %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection to %1 rejected: %2</source>
        <translation>Conexión con %1 rechazada: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Link with %1 lost: the peer closed it or stopped answering.</source>
        <translation>Enlace con %1 perdido: el otro extremo lo cerró o dejó de responder.</translation>
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
        <location line="+1"/>
        <source>UDP output of the RX, as ip:port: the unicast or multicast destination of the received stream.</source>
        <translation>Salida UDP del RX, como ip:puerto: el destino unidifusión o multidifusión de la señal recibida.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>UDP &amp;input:</source>
        <translation>&amp;Entrada UDP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDP input of the TX, as ip:port. A multicast group (224.0.0.0/4) is joined; 0.0.0.0:port receives on every interface.</source>
        <translation>Entrada UDP del TX, como ip:puerto. Si es un grupo multidifusión (224.0.0.0/4), se une a él; 0.0.0.0:puerto recibe por todas las interfaces.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+10"/>
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
        <source>SRT Desk extension: the local IPv4 address the SRT socket binds to, on a machine with several network interfaces. Empty: any interface.</source>
        <translation>Extensión de SRT Desk: la dirección IPv4 local a la que se asocia el socket SRT, en una máquina con varias interfaces de red. Vacía: cualquier interfaz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any</source>
        <translation>cualquiera</translation>
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
        <location filename="../core/store/ServiceStore.cpp" line="+97"/>
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
        <location line="+10"/>
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
        <location line="+24"/>
        <location line="+18"/>
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
        <location line="+30"/>
        <source>Cannot save service %1 in %2: %3</source>
        <translation>No se puede guardar el servicio %1 en %2: %3</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+16"/>
        <location line="+55"/>
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
        <location filename="../core/model/ServiceValidator.cpp" line="+107"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is required when %2 is %3: bonding needs both paths.</source>
        <translation>El campo %1 es obligatorio con %2 %3: el bonding necesita los dos caminos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is required when %2 is %3.</source>
        <translation>El campo %1 es obligatorio con %2 %3.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>%1 must be at most %2 characters long.</source>
        <translation>El campo %1 debe tener como máximo %2 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not contain control characters.</source>
        <translation>El campo %1 no debe contener caracteres de control.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &quot;%2&quot; is neither an IPv4 address nor a host name.</source>
        <translation>El valor &quot;%2&quot; del campo %1 no es ni una dirección IPv4 ni un nombre de host.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 works only with %2 %3.</source>
        <translation>%1 solo funciona con %2 %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 needs %2 %3 on an RX: it calls both paths.</source>
        <translation>%1 necesita %2 %3 en un RX: llama por los dos caminos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs %2 %3 on a TX: it accepts the group.</source>
        <translation>%1 necesita %2 %3 en un TX: acepta el grupo.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>%1 is required in %2 mode: it is the address of the peer to connect to.</source>
        <translation>El campo %1 es obligatorio en modo %2: es la dirección del otro extremo al que conectarse.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is required, as ip:port (for example 239.1.1.1:5000).</source>
        <translation>El campo %1 es obligatorio, como ip:puerto (por ejemplo, 239.1.1.1:5000).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 &quot;%2&quot; must be ip:port with an IPv4 address and a port from 1 to 65535.</source>
        <translation>El valor &quot;%2&quot; del campo %1 debe ser ip:puerto, con una dirección IPv4 y un puerto de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be an IPv4 address of this machine, or empty.</source>
        <translation>El campo %1 debe ser una dirección IPv4 de esta máquina o estar vacío.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must be empty (no encryption) or %2 to %3 characters long; it has %4.</source>
        <translation>El campo %1 debe estar vacío (sin cifrado) o tener de %2 a %3 caracteres; tiene %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 needs a destination address; 0.0.0.0 only makes sense for an input.</source>
        <translation>El campo %1 necesita una dirección de destino; 0.0.0.0 solo tiene sentido en una entrada.</translation>
    </message>
    <message>
        <location line="+55"/>
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
    <name>SrtRuntime</name>
    <message>
        <location filename="../core/engine/SrtRuntime.cpp" line="+95"/>
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
        <location line="+86"/>
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
        <location filename="../core/engine/UdpInput.cpp" line="+36"/>
        <source>Cannot receive UDP on %1: %2 (%3).</source>
        <translation>No se puede recibir UDP en %1: %2 (%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no socket</source>
        <translation>sin socket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SO_REUSEADDR refused</source>
        <translation>SO_REUSEADDR rechazado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot bind the port</source>
        <translation>no se puede asociar el puerto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot join the multicast group</source>
        <translation>no se puede unir al grupo multidifusión</translation>
    </message>
</context>
<context>
    <name>UdpOutput</name>
    <message>
        <location filename="../core/engine/UdpOutput.cpp" line="+27"/>
        <source>Cannot send UDP to %1: %2 (%3).</source>
        <translation>No se puede enviar UDP a %1: %2 (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no socket</source>
        <translation>sin socket</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+50"/>
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
        <location line="+102"/>
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
        <location line="+14"/>
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
    <name>srtdesk::ChartPanel</name>
    <message>
        <location filename="../ui/ChartPanel.cpp" line="+269"/>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 minutes</source>
        <translation>15 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 minutes</source>
        <translation>60 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
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
        <location line="+1"/>
        <source>No service selected</source>
        <translation>Ningún servicio seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round-trip time (ms)</source>
        <translation>Tiempo de ida y vuelta (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received bit rate (Mbit/s)</source>
        <translation>Tasa binaria recibida (Mbit/s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent bit rate (Mbit/s)</source>
        <translation>Tasa binaria enviada (Mbit/s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packets per interval</source>
        <translation>Paquetes por intervalo</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+42"/>
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
        <location filename="../app/gui/GuiRestHost.cpp" line="+56"/>
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
        <location line="+52"/>
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
        <location line="+24"/>
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
        <location filename="../ui/MainWindow.cpp" line="+186"/>
        <location filename="../ui/TrayIcon.cpp" line="+57"/>
        <source>SRT Desk</source>
        <translation>SRT Desk</translation>
    </message>
    <message>
        <location filename="../ui/WindowMenus.cpp" line="+94"/>
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
        <location line="+35"/>
        <source>Add RX</source>
        <translation>Añadir RX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add TX</source>
        <translation>Añadir TX</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+5"/>
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
        <location filename="../ui/ServiceTablePane.cpp" line="+219"/>
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
        <location line="-2"/>
        <source>Add an RX service</source>
        <translation>Añadir un servicio RX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a TX service</source>
        <translation>Añadir un servicio TX</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+1"/>
        <source>Charts</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="+26"/>
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
        <location filename="../ui/MainWindow.cpp" line="+58"/>
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
    <message numerus="yes">
        <location filename="../ui/ServiceTally.cpp" line="+29"/>
        <source>RX: %1 of %2 running · TX: %3 of %4 running · %5 connected · %6 waiting · %n alarm(s)</source>
        <translation>
            <numerusform>RX: %1 de %2 en marcha · TX: %3 de %4 en marcha · conectados: %5 · en espera: %6 · %n alarma</numerusform>
            <numerusform>RX: %1 de %2 en marcha · TX: %3 de %4 en marcha · conectados: %5 · en espera: %6 · %n alarmas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ServiceCommands.cpp" line="+72"/>
        <location filename="../ui/ServiceTally.cpp" line="-9"/>
        <source>RX</source>
        <translation>RX</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/ServiceTally.cpp" line="+0"/>
        <source>TX</source>
        <translation>TX</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WindowStatusBar.cpp" line="+43"/>
        <source>⚠ %n alarm(s)</source>
        <translation>
            <numerusform>⚠ %n alarma</numerusform>
            <numerusform>⚠ %n alarmas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running with the link down or failing: %1</source>
        <translation>En marcha con el enlace caído o con fallos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alarms</source>
        <translation>Sin alarmas</translation>
    </message>
    <message>
        <location filename="../ui/TrayIcon.cpp" line="-11"/>
        <source>SRT Desk alarm</source>
        <translation>Alarma de SRT Desk</translation>
    </message>
    <message>
        <location filename="../ui/WindowStatusBar.cpp" line="+24"/>
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
        <location filename="../ui/MainWindow.cpp" line="+119"/>
        <source>About SRT Desk</source>
        <translation>Acerca de SRT Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SRT Desk %1&lt;/h3&gt;&lt;p&gt;A control room for SRT links: RX and TX services, live link statistics, and the original system&apos;s /v1 REST API.&lt;/p&gt;&lt;p&gt;libsrt %2 · Qt %3&lt;/p&gt;&lt;p&gt;Data directory: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SRT Desk %1&lt;/h3&gt;&lt;p&gt;Una sala de control para enlaces SRT: servicios RX y TX, estadísticas de los enlaces en directo y la API REST /v1 del sistema original.&lt;/p&gt;&lt;p&gt;libsrt %2 · Qt %3&lt;/p&gt;&lt;p&gt;Directorio de datos: %4&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>srtdesk::ServiceDialog</name>
    <message>
        <location filename="../ui/ServiceDialog.cpp" line="+60"/>
        <source>%1 copy</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+96"/>
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
        <location line="+23"/>
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
        <location line="-32"/>
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
        <location line="+118"/>
        <source>To do: %1</source>
        <translation>Pendiente: %1</translation>
    </message>
</context>
<context>
    <name>srtdesk::ServiceFieldRow</name>
    <message>
        <location filename="../ui/ServiceFieldRow.cpp" line="+163"/>
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
        <location filename="../core/ServiceManager.cpp" line="+113"/>
        <source>There is no service with Id %1.</source>
        <translation>No hay ningún servicio con Id %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Service created.</source>
        <translation>Servicio creado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The stored passphrase of this service cannot be read; enter it again.</source>
        <translation>La frase de contraseña guardada de este servicio no se puede leer; vuelva a introducirla.</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+14"/>
        <source>Service deleted.</source>
        <translation>Servicio eliminado.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Service started.</source>
        <translation>Servicio iniciado.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Service is already running.</source>
        <translation>El servicio ya está en marcha.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Service is already stopped.</source>
        <translation>El servicio ya está detenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service stopped.</source>
        <translation>Servicio detenido.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Service restarted.</source>
        <translation>Servicio reiniciado.</translation>
    </message>
</context>
<context>
    <name>srtdesk::ServiceTableModel</name>
    <message>
        <location filename="../ui/ServiceTableModel.cpp" line="+60"/>
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
        <location line="+8"/>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+25"/>
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
        <location filename="../ui/SettingsDialog.cpp" line="+155"/>
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
        <location line="+1"/>
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
    <name>srtdeskd</name>
    <message>
        <location filename="../app/daemon/main.cpp" line="+178"/>
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
        <source>Lifetime of API tokens in seconds (default: $SRTDESK_TOKEN_LIFETIME or 3600).</source>
        <translation>Duración de los tokens de la API, en segundos (por defecto: $SRTDESK_TOKEN_LIFETIME o 3600).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often statistics are sampled, in ms (default 1000).</source>
        <translation>Cada cuánto se toman las estadísticas, en ms (por defecto 1000).</translation>
    </message>
    <message>
        <location line="+6"/>
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
