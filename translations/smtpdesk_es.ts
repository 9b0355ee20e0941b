<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SMTP Desk</source>
        <translation>Acerca de SMTP Desk</translation>
    </message>
    <message>
        <source>Explains SMTP reply codes in English, Vietnamese and Spanish, compares them side by side and tests connections to mail servers, step by step.</source>
        <translation>Explica los códigos de respuesta SMTP en inglés, vietnamita y español, los compara uno al lado del otro y prueba paso a paso la conexión con servidores de correo.</translation>
    </message>
    <message>
        <source>Works offline. Passwords are never stored or written to reports.</source>
        <translation>Funciona sin conexión. Las contraseñas nunca se guardan ni aparecen en los informes.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Publicado bajo la licencia MIT.</translation>
    </message>
</context>
<context>
    <name>AuthExchange</name>
    <message>
        <source>the server sent more challenges than the method needs</source>
        <translation>el servidor envió más desafíos de los que necesita el método</translation>
    </message>
    <message>
        <source>the CRAM-MD5 challenge is not valid base64</source>
        <translation>el desafío de CRAM-MD5 no está en base64 válido</translation>
    </message>
    <message>
        <source>the server sent a challenge although the PLAIN initial response was complete</source>
        <translation>el servidor envió un desafío aunque la respuesta inicial de PLAIN ya estaba completa</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificado no fiable</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified, so the test stopped before anything secret was sent.</source>
        <translation>No se pudo verificar el certificado de %1, así que la prueba se detuvo antes de enviar ningún dato confidencial.</translation>
    </message>
    <message>
        <source>Trust it only if you know this server (your own or a test server) and its administrator confirms the SHA-256 fingerprint below. For a public provider, do not: someone may be intercepting the connection.</source>
        <translation>Confíe en él solo si conoce este servidor (es suyo o es un servidor de pruebas) y su administrador le confirma la huella digital SHA-256 que aparece abajo. Con un proveedor público, no lo haga: alguien podría estar interceptando la conexión.</translation>
    </message>
    <message>
        <source>Trust for this test only</source>
        <translation>Confiar solo para esta prueba</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>smtpdesk: unknown command &quot;%1&quot;.</source>
        <translation>smtpdesk: la orden «%1» no existe.</translation>
    </message>
    <message>
        <source>Run &quot;smtpdesk --help&quot; to see the available commands.</source>
        <translation>Ejecute «smtpdesk --help» para ver las órdenes disponibles.</translation>
    </message>
    <message>
        <source>SMTP Desk %1 — explains SMTP reply codes and tests mail server connections.</source>
        <translation>SMTP Desk %1: explica los códigos de respuesta SMTP y prueba la conexión con servidores de correo.</translation>
    </message>
    <message>
        <source>Usage: smtpdesk [--lang en|vi|es] [COMMAND [ARGUMENTS…]]</source>
        <translation>Uso: smtpdesk [--lang en|vi|es] [ORDEN [ARGUMENTOS…]]</translation>
    </message>
    <message>
        <source>Without a command, SMTP Desk opens its window.</source>
        <translation>Sin ninguna orden, SMTP Desk abre su ventana.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y termina.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y termina.</translation>
    </message>
    <message>
        <source>Language of the output (default: the system language).</source>
        <translation>Idioma de la salida (por omisión, el del sistema).</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 nothing found, 2 wrong usage.</source>
        <translation>Código de salida: 0 correcto, 1 sin resultados, 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>Explain a reply code (535, 5.7.8, 5.X.X, X.7.X).</source>
        <translation>Explica un código de respuesta (535, 5.7.8, 5.X.X, X.7.X).</translation>
    </message>
    <message>
        <source>Show two codes side by side and how they differ.</source>
        <translation>Muestra dos códigos uno al lado del otro y en qué se diferencian.</translation>
    </message>
    <message>
        <source>Find and explain the reply codes in an error message or a bounce.</source>
        <translation>Busca y explica los códigos de respuesta de un mensaje de error o de un mensaje devuelto.</translation>
    </message>
    <message>
        <source>Test a mail server step by step (run &quot;smtpdesk test --help&quot;).</source>
        <translation>Prueba un servidor de correo paso a paso (ejecute «smtpdesk test --help»).</translation>
    </message>
    <message>
        <source>Run a demo SMTP server on this computer for training (&quot;--list&quot; shows its scenarios).</source>
        <translation>Ejecuta en este equipo un servidor SMTP de demostración para practicar («--list» muestra sus escenarios).</translation>
    </message>
</context>
<context>
    <name>CodeBrowser</name>
    <message>
        <source>Search a code (535, 5.7.8, 5xx), a word, or paste a server reply</source>
        <translation>Busque un código (535, 5.7.8, 5xx), una palabra o pegue la respuesta de un servidor</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>Buscar códigos</translation>
    </message>
    <message numerus="yes">
        <source>The built-in code catalog is damaged (%n problem(s)); some codes may be missing. Please report this.</source>
        <translation>
            <numerusform>El catálogo de códigos integrado está dañado (%n problema); puede que falten códigos. Informe de este fallo, por favor.</numerusform>
            <numerusform>El catálogo de códigos integrado está dañado (%n problemas); puede que falten códigos. Informe de este fallo, por favor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n code(s), grouped by class. Type a code, a prefix such as 5.7 or 5xx, or a word.</source>
        <translation>
            <numerusform>%n código, agrupado por clase. Escriba un código, un prefijo como 5.7 o 5xx, o una palabra.</numerusform>
            <numerusform>Los %n códigos, agrupados por clase. Escriba un código, un prefijo como 5.7 o 5xx, o una palabra.</numerusform>
        </translation>
    </message>
    <message>
        <source>No code matches “%1”. Check the spelling, use fewer words, or paste the whole server reply.</source>
        <translation>Ningún código coincide con «%1». Revise la ortografía, use menos palabras o pegue la respuesta completa del servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) match.</source>
        <translation>
            <numerusform>%n código coincide.</numerusform>
            <numerusform>%n códigos coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Códigos encontrados</translation>
    </message>
    <message>
        <source>Codes found in the pasted text:</source>
        <translation>Códigos encontrados en el texto pegado:</translation>
    </message>
    <message numerus="yes">
        <source>Found %n code(s) in the pasted text.</source>
        <translation>
            <numerusform>Se encontró %n código en el texto pegado.</numerusform>
            <numerusform>Se encontraron %n códigos en el texto pegado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is very long: only its beginning was searched.</source>
        <translation>El texto es muy largo: solo se ha buscado en su comienzo.</translation>
    </message>
</context>
<context>
    <name>CodeDetailView</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Choose a code on the left to read what it means and how to fix it.</source>
        <translation>Elija un código a la izquierda para ver qué significa y cómo solucionarlo.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the previous code (Alt+Left)</source>
        <translation>Volver al código anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Forward to the next code (Alt+Right)</source>
        <translation>Ir al código siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparar con…</translation>
    </message>
    <message>
        <source>Open this code in the Compare view</source>
        <translation>Abrir este código en la vista Comparar</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Copy this page as plain text, for a ticket or an email</source>
        <translation>Copia esta página como texto sin formato, para una incidencia o un correo</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Usage: smtpdesk compare CODE CODE [--lang en|vi|es]</source>
        <translation>Uso: smtpdesk compare CÓDIGO CÓDIGO [--lang en|vi|es]</translation>
    </message>
    <message>
        <source>Shows two reply codes side by side: what each means, when you see it, how to fix it, the key differences and when to use which.</source>
        <translation>Muestra dos códigos de respuesta uno al lado del otro: qué significa cada uno, cuándo aparece, cómo solucionarlo, las diferencias clave y cuándo corresponde cada uno.</translation>
    </message>
    <message>
        <source>smtpdesk compare: unknown option &quot;%1&quot;.</source>
        <translation>smtpdesk compare: la opción «%1» no existe.</translation>
    </message>
    <message>
        <source>smtpdesk compare: give two codes, for example: smtpdesk compare 530 535</source>
        <translation>smtpdesk compare: indique dos códigos, por ejemplo: smtpdesk compare 530 535</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>“%1” is not a reply code SMTP Desk knows. Pick a code from the list, for example 535 or 5.7.8.</source>
        <translation>SMTP Desk no conoce el código de respuesta «%1». Elija un código de la lista, por ejemplo 535 o 5.7.8.</translation>
    </message>
    <message>
        <source>“%1” is not a reply code SMTP Desk knows. Nearest known codes: %2.</source>
        <translation>SMTP Desk no conoce el código de respuesta «%1». Códigos más parecidos: %2.</translation>
    </message>
    <message>
        <source>%1 is not a registered code; its subject says: %2</source>
        <translation>%1 no es un código registrado; su ámbito indica: %2</translation>
    </message>
    <message>
        <source>a %1 reply</source>
        <extracomment>%1 is a class such as &quot;5xx permanent negative&quot;</extracomment>
        <translation>una respuesta de la clase %1</translation>
    </message>
    <message>
        <source>nobody needs to act: the mail program carries on by itself</source>
        <translation>nadie tiene que hacer nada: el programa de correo continúa por sí solo</translation>
    </message>
    <message>
        <source>the mail program: it must send what the server asks for next</source>
        <translation>el programa de correo: debe enviar lo que el servidor le pide a continuación</translation>
    </message>
    <message>
        <source>at first nobody: the sending program or server retries by itself; a person acts only if it keeps happening</source>
        <translation>en principio nadie: el programa o el servidor que envía lo vuelve a intentar por sí solo; solo hay que intervenir si se repite</translation>
    </message>
    <message>
        <source>the person who set up the mail program (account, password, security settings), or the provider if the account is blocked</source>
        <translation>quien configuró el programa de correo (cuenta, contraseña, opciones de seguridad), o el proveedor si la cuenta está bloqueada</translation>
    </message>
    <message>
        <source>the server operator, or the user by choosing another server or port</source>
        <translation>el administrador del servidor, o el usuario eligiendo otro servidor u otro puerto</translation>
    </message>
    <message>
        <source>the sender, by correcting an address, or the administrator of the receiving server</source>
        <translation>el remitente, corrigiendo una dirección, o el administrador del servidor que recibe</translation>
    </message>
    <message>
        <source>the sender or the server operator, depending on what the server objected to</source>
        <translation>el remitente o el administrador del servidor, según lo que el servidor haya rechazado</translation>
    </message>
    <message>
        <source>A server sends %1 in this situation: %2 On seeing it: %3 %4</source>
        <extracomment>%1 code, %2 when a server sends it, %3 what the class tells a client, %4 first step for a person</extracomment>
        <translation>Un servidor envía %1 en esta situación: %2 Al recibirlo: %3 %4</translation>
    </message>
    <message>
        <source>Both %1 and %2 belong to the %3 class. %4</source>
        <translation>%1 y %2 pertenecen a la clase %3. %4</translation>
    </message>
    <message>
        <source>%1 is %2 (%3) while %4 is %5 (%6)</source>
        <translation>%1 es %2 (%3), mientras que %4 es %5 (%6)</translation>
    </message>
    <message>
        <source>Both appear at the same step of the conversation: %1.</source>
        <translation>Los dos aparecen en el mismo paso de la conversación: %1.</translation>
    </message>
    <message>
        <source>They can answer the same step of the conversation: %1 appears as %2; %3 appears as %4.</source>
        <translation>Pueden responder al mismo paso de la conversación: %1 aparece como %2; %3 aparece como %4.</translation>
    </message>
    <message>
        <source>They answer different steps: %1 appears as %2, while %3 appears as %4.</source>
        <translation>Responden a pasos distintos: %1 aparece como %2, mientras que %3 aparece como %4.</translation>
    </message>
    <message>
        <source>Who has to act is the same for both: %1.</source>
        <translation>Quién debe actuar es lo mismo en ambos casos: %1.</translation>
    </message>
    <message>
        <source>Who has to act: for %1, %2; for %3, %4.</source>
        <translation>Quién debe actuar: en el %1, %2; en el %3, %4.</translation>
    </message>
    <message>
        <source>%1 is the three-digit reply every client understands; %2 is the enhanced status code that explains it. A server that announces ENHANCEDSTATUSCODES puts both on the same line.</source>
        <translation>%1 es la respuesta de tres cifras que entiende cualquier cliente; %2 es el código de estado ampliado que la explica. Un servidor que anuncia ENHANCEDSTATUSCODES envía los dos en la misma línea.</translation>
    </message>
    <message>
        <source>They come with different companions: %1 usually appears with %2, and %3 with %4.</source>
        <translation>Suelen ir acompañados de códigos distintos: %1 aparece con %2, y %3 con %4.</translation>
    </message>
    <message>
        <source>Both sides show %1: a code compared with itself has no differences. Pick another code on one side to see how they differ.</source>
        <translation>Los dos lados muestran %1: un código comparado consigo mismo no tiene diferencias. Elija otro código en uno de los lados para ver en qué se distinguen.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same code: %3</source>
        <translation>%1 y %2 son el mismo código: %3</translation>
    </message>
    <message>
        <source>%1 and %2 are not alternatives: they usually arrive together in one reply, as in “%1 %2 …”. The basic code %1 (%3) says what happened to the command; the enhanced code %2 (%4) adds why.</source>
        <translation>%1 y %2 no se excluyen: suelen llegar juntos en una misma respuesta, como en «%1 %2 …». El código básico %1 (%3) indica qué pasó con la orden; el código ampliado %2 (%4) añade el motivo.</translation>
    </message>
    <message>
        <source>%1 is %2: %3 %4 is %5: %6</source>
        <extracomment>%1/%4 codes, %2/%5 class words (&quot;a 5xx permanent negative reply&quot;), %3/%6 one-line summaries</extracomment>
        <translation>%1 es %2: %3 %4 es %5: %6</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Cuándo aparece</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Diferencias clave</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Cuándo corresponde cada uno</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <source>Meaning</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Cuándo aparece</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <extracomment>%1 and %2 are reply codes</extracomment>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>Diferencias clave</translation>
    </message>
    <message>
        <source>When to use which</source>
        <translation>Cuándo corresponde cada uno</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Compare two codes</source>
        <translation>Comparar dos códigos</translation>
    </message>
    <message>
        <source>Recent comparisons</source>
        <translation>Comparaciones recientes</translation>
    </message>
    <message>
        <source>Save comparison as HTML</source>
        <translation>Guardar la comparación como HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>The comparison could not be written to %1. Choose another folder or file name.</source>
        <translation>No se pudo escribir la comparación en %1. Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>&amp;First code</source>
        <translation>&amp;Primer código</translation>
    </message>
    <message>
        <source>&amp;Second code</source>
        <translation>&amp;Segundo código</translation>
    </message>
    <message>
        <source>Code or words, e.g. 530</source>
        <translation>Código o palabras, p. ej. 530</translation>
    </message>
    <message>
        <source>Code or words, e.g. 535</source>
        <translation>Código o palabras, p. ej. 535</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>Intercambiar los dos códigos</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>Guardar como HTML…</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 provider name, %2 its note (for example &quot;needs an app password&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the outgoing mail server, for example smtp.example.com.</source>
        <translation>Escriba el servidor de correo saliente (SMTP), por ejemplo smtp.example.com.</translation>
    </message>
    <message>
        <source>The server name “%1” contains characters a server name cannot have (spaces, @, slashes…).</source>
        <translation>El nombre de servidor «%1» contiene caracteres que no puede tener un nombre de servidor (espacios, @, barras…).</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535; mail servers usually use 587, 465 or 25.</source>
        <translation>El puerto debe ser un número del 1 al 65535; los servidores de correo suelen usar el 587, el 465 o el 25.</translation>
    </message>
    <message>
        <source>“%1” is not a complete email address: it needs a name, an @ and a domain such as example.com.</source>
        <translation>«%1» no es una dirección de correo completa: necesita un nombre, una @ y un dominio, como example.com.</translation>
    </message>
    <message>
        <source>The sender “%1” is not a valid address; a server would refuse it (often with 553).</source>
        <translation>El remitente «%1» no es una dirección válida; un servidor lo rechazaría (a menudo con un 553).</translation>
    </message>
    <message>
        <source>The recipient “%1” is not a valid address; a server would refuse it (often with 553 or 501).</source>
        <translation>El destinatario «%1» no es una dirección válida; un servidor lo rechazaría (a menudo con un 553 o un 501).</translation>
    </message>
    <message>
        <source>A recipient needs a sender too: fill in MAIL FROM.</source>
        <translation>Si hay destinatarios, también hace falta un remitente: rellene MAIL FROM.</translation>
    </message>
    <message>
        <source>To send a test message, enter at least one recipient.</source>
        <translation>Para enviar un mensaje de prueba, escriba al menos un destinatario.</translation>
    </message>
    <message>
        <source>Enter the password (or choose “None” as the sign-in method to test without signing in).</source>
        <translation>Escriba la contraseña (o, para probar sin iniciar sesión, elija «Ninguno» en «Inicio de sesión»).</translation>
    </message>
    <message>
        <source>&amp;My mail server</source>
        <translation>&amp;Mi servidor de correo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Outgoing &amp;server:</source>
        <translation>&amp;Servidor saliente:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Inici&amp;o de sesión:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>EHLO name:</source>
        <translation>Nombre EHLO:</translation>
    </message>
    <message>
        <source>Time limit per step (s):</source>
        <translation>Límite por paso (s):</translation>
    </message>
    <message>
        <source>MAIL FROM:</source>
        <translation>MAIL FROM:</translation>
    </message>
    <message>
        <source>RCPT TO:</source>
        <translation>RCPT TO:</translation>
    </message>
    <message>
        <source>Stop after:</source>
        <translation>Detener tras:</translation>
    </message>
    <message>
        <source>ana@example.com (optional: fills in the rest)</source>
        <translation>ana@example.com (opcional: rellena el resto)</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Find the server and port for this address (DNS and known providers)</source>
        <translation>Buscar el servidor y el puerto de esta dirección (DNS y proveedores conocidos)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Automatic (from the port)</source>
        <translation>Automática (según el puerto)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>PLAIN</source>
        <translation>PLAIN</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>CRAM-MD5</source>
        <translation>CRAM-MD5</translation>
    </message>
    <message>
        <source>OAuth2 token</source>
        <translation>Token OAuth2</translation>
    </message>
    <message>
        <source>None (do not sign in)</source>
        <translation>Ninguno (sin iniciar sesión)</translation>
    </message>
    <message>
        <source>usually your full email address</source>
        <translation>normalmente, su dirección de correo completa</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nunca se guarda</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Opciones avanzadas</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas</source>
        <translation>una o varias direcciones, separadas por comas</translation>
    </message>
    <message>
        <source>Run every step</source>
        <translation>Ejecutar todos los pasos</translation>
    </message>
    <message>
        <source>Connection and EHLO</source>
        <translation>Conexión y EHLO</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Send a small test message</source>
        <translation>Enviar un pequeño mensaje de prueba</translation>
    </message>
    <message>
        <source>&amp;Demo server</source>
        <translation>Servidor de &amp;demostración</translation>
    </message>
    <message>
        <source>A training server on this computer: no mail server needed</source>
        <translation>Un servidor de prácticas en este equipo: no hace falta ningún servidor de correo</translation>
    </message>
    <message>
        <source>Allow sign-in without encryption</source>
        <translation>Permitir iniciar sesión sin cifrado</translation>
    </message>
    <message>
        <source>Only for a test server you control: the password would cross the network readable by anyone on the way.</source>
        <translation>Solo para un servidor de pruebas que usted controle: la contraseña viajaría por la red legible para cualquiera en el camino.</translation>
    </message>
    <message>
        <source>The EHLO name “%1” must be a host name such as client.example.com or an address literal such as [192.0.2.1].</source>
        <translation>El nombre EHLO «%1» debe ser un nombre de equipo como client.example.com o una dirección IP entre corchetes como [192.0.2.1].</translation>
    </message>
    <message>
        <source>The user name contains invisible or control characters, perhaps copied along with it. Type it again.</source>
        <translation>El nombre de usuario contiene caracteres invisibles o de control, quizá copiados junto con él. Vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>The password contains invisible or control characters, which no keyboard types; it was probably pasted with something extra. Type it again.</source>
        <translation>La contraseña contiene caracteres invisibles o de control que ningún teclado escribe; probablemente se pegó con algo de más. Vuelva a escribirla.</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Looking for the mail server of %1…</source>
        <translation>Buscando el servidor de correo de %1…</translation>
    </message>
    <message>
        <source>Server discovery</source>
        <translation>Detección del servidor</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de demostración: %1</translation>
    </message>
    <message>
        <source>Testing %1 on port %2…</source>
        <translation>Probando %1 en el puerto %2…</translation>
    </message>
    <message>
        <source>SMTP Desk connection test</source>
        <translation>Prueba de conexión de SMTP Desk</translation>
    </message>
    <message>
        <source>As HTML…</source>
        <translation>Como HTML…</translation>
    </message>
    <message>
        <source>As PDF…</source>
        <translation>Como PDF…</translation>
    </message>
    <message>
        <source>As plain text…</source>
        <translation>Como texto sin formato…</translation>
    </message>
    <message>
        <source>Export the test report</source>
        <translation>Exportar el informe de la prueba</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>The report could not be written to %1. Choose another folder or file name.</source>
        <translation>No se pudo escribir el informe en %1. Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>&amp;Run test</source>
        <translation>Ejecutar p&amp;rueba</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the transcript (passwords are already removed)</source>
        <translation>Copiar el registro de la sesión (ya sin contraseñas)</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Transcript (passwords removed)</source>
        <translation>Registro de la sesión (sin contraseñas)</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>Pasos de la prueba</translation>
    </message>
    <message>
        <source>Choose the demo server or enter your server, then press Run test. Each step is explained as it happens.</source>
        <translation>Elija el servidor de demostración o escriba los datos de su servidor y pulse «Ejecutar prueba». Cada paso se explica a medida que se realiza.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Usage: smtpdesk demo-server [--scenario NAME] [--port PORT] [--list] [--lang en|vi|es]

Runs SMTP Desk&apos;s demo SMTP server for training. It listens on 127.0.0.1 only, so only this
computer can reach it, and plays one scenario: a healthy server or a particular failure. It prints
the &quot;smtpdesk test&quot; command that tries the scenario and serves until you press Ctrl+C.

  --scenario NAME  the scenario to play (default: healthy)
  --port PORT      the port to listen on (default: 0, any free port)
  --list           list the scenarios and exit

Exit status: 0 stopped normally, 1 the port could not be opened, 2 wrong usage.</source>
        <translation>Uso: smtpdesk demo-server [--scenario NOMBRE] [--port PUERTO] [--list] [--lang en|vi|es]

Ejecuta el servidor SMTP de demostración de SMTP Desk para practicar. Solo escucha en 127.0.0.1, así
que solo es accesible desde este equipo, y reproduce un escenario: un servidor sin problemas o un fallo
concreto. Muestra la orden «smtpdesk test» que prueba el escenario y sigue activo hasta que pulse Ctrl+C.

  --scenario NOMBRE  el escenario que se reproduce (por omisión: healthy)
  --port PUERTO      el puerto en el que se escucha (por omisión: 0, cualquier puerto libre)
  --list             muestra los escenarios y termina

Código de salida: 0 detenido con normalidad, 1 no se pudo abrir el puerto, 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>smtpdesk demo-server: --scenario needs a name; --list shows them.</source>
        <translation>smtpdesk demo-server: --scenario necesita un nombre; --list muestra los disponibles.</translation>
    </message>
    <message>
        <source>smtpdesk demo-server: --port needs a number.</source>
        <translation>smtpdesk demo-server: --port necesita un número.</translation>
    </message>
    <message>
        <source>smtpdesk demo-server: unknown option &quot;%1&quot;. Run &quot;smtpdesk demo-server --help&quot;.</source>
        <translation>smtpdesk demo-server: la opción «%1» no existe. Ejecute «smtpdesk demo-server --help» para ver la ayuda.</translation>
    </message>
    <message>
        <source>Demo scenarios:</source>
        <translation>Escenarios de demostración:</translation>
    </message>
    <message>
        <source>smtpdesk demo-server: unknown scenario &quot;%1&quot;. Run &quot;smtpdesk demo-server --list&quot; to see them.</source>
        <translation>smtpdesk demo-server: el escenario «%1» no existe. Ejecute «smtpdesk demo-server --list» para ver la lista.</translation>
    </message>
    <message>
        <source>smtpdesk demo-server: &quot;%1&quot; is not a valid port: use a number from 1 to 65535, or 0 for any free port.</source>
        <translation>smtpdesk demo-server: «%1» no es un puerto válido: use un número del 1 al 65535, o 0 para cualquier puerto libre.</translation>
    </message>
    <message>
        <source>smtpdesk demo-server: cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>smtpdesk demo-server: no se puede escuchar en 127.0.0.1, puerto %1: %2</translation>
    </message>
    <message>
        <source>SMTP Desk demo server — training only, reachable from this computer only.</source>
        <translation>Servidor de demostración de SMTP Desk: solo para practicar y solo accesible desde este equipo.</translation>
    </message>
    <message>
        <source>Scenario: %1 (%2)</source>
        <translation>Escenario: %1 (%2)</translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation>Escuchando en %1:%2</translation>
    </message>
    <message>
        <source>Certificate SHA-256 fingerprint: %1</source>
        <translation>Huella digital SHA-256 del certificado: %1</translation>
    </message>
    <message>
        <source>Certificate as a CA file, for --ca-file: %1</source>
        <translation>Certificado como archivo de CA, para --ca-file: %1</translation>
    </message>
    <message>
        <source>Try it from another terminal:</source>
        <translation>Pruébelo desde otro terminal:</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pulse Ctrl+C para detenerlo.</translation>
    </message>
    <message>
        <source>Session %1 opened from %2.</source>
        <translation>Sesión %1 abierta desde %2.</translation>
    </message>
    <message>
        <source>Session %1 closed: %2.</source>
        <translation>Sesión %1 cerrada: %2.</translation>
    </message>
    <message>
        <source>Demo server stopped.</source>
        <translation>Servidor de demostración detenido.</translation>
    </message>
</context>
<context>
    <name>DemoScenario</name>
    <message>
        <source>Healthy server</source>
        <translation>Servidor sin problemas</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Inicio de sesión obligatorio</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
    <message>
        <source>Invalid mailbox name</source>
        <translation>Nombre de buzón no válido</translation>
    </message>
    <message>
        <source>App password required</source>
        <translation>Contraseña de aplicación obligatoria</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatorio</translation>
    </message>
    <message>
        <source>Encryption required for this sign-in method</source>
        <translation>Inicio de sesión solo con cifrado</translation>
    </message>
    <message>
        <source>Temporary sign-in failure</source>
        <translation>Error temporal al iniciar sesión</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Servicio no disponible</translation>
    </message>
    <message>
        <source>Mailbox full (temporary)</source>
        <translation>Buzón lleno (temporal)</translation>
    </message>
    <message>
        <source>Mailbox full (permanent)</source>
        <translation>Buzón lleno (permanente)</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <translation>Destinatario desconocido</translation>
    </message>
    <message>
        <source>Relay denied</source>
        <translation>Reenvío denegado</translation>
    </message>
    <message>
        <source>Greylisting</source>
        <translation>Listas grises (greylisting)</translation>
    </message>
    <message>
        <source>Slow server</source>
        <translation>Servidor lento</translation>
    </message>
    <message>
        <source>A well-configured submission server: STARTTLS, sign-in, sender, recipient and a test message are all accepted.</source>
        <translation>Un servidor de envío bien configurado: acepta STARTTLS, el inicio de sesión, el remitente, el destinatario y un mensaje de prueba.</translation>
    </message>
    <message>
        <source>The server accepts no mail from clients that have not signed in and answers MAIL FROM with 530 5.7.0.</source>
        <translation>El servidor no acepta correo de clientes que no hayan iniciado sesión y responde a MAIL FROM con 530 5.7.0.</translation>
    </message>
    <message>
        <source>The server refuses every user name and password with 535 5.7.8, as it does when the password is wrong.</source>
        <translation>El servidor rechaza cualquier nombre de usuario y contraseña con 535 5.7.8, como hace cuando la contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>The server rejects the recipient address as malformed with 553 5.1.3.</source>
        <translation>El servidor rechaza con 553 5.1.3 la dirección del destinatario por estar mal formada.</translation>
    </message>
    <message>
        <source>The account has two-step verification, so the server accepts only an app password and answers 534 5.7.9.</source>
        <translation>La cuenta tiene activada la verificación en dos pasos, así que el servidor solo acepta una contraseña de aplicación y responde 534 5.7.9.</translation>
    </message>
    <message>
        <source>The server refuses mail over an unencrypted connection and answers MAIL FROM with 530 5.7.0 until STARTTLS is used.</source>
        <translation>El servidor rechaza el correo que llega por una conexión sin cifrar y responde a MAIL FROM con 530 5.7.0 hasta que se usa STARTTLS.</translation>
    </message>
    <message>
        <source>The server offers sign-in over plain text but refuses it with 538 5.7.11 until the connection is encrypted.</source>
        <translation>El servidor ofrece iniciar sesión sin cifrado, pero lo rechaza con 538 5.7.11 hasta que la conexión está cifrada.</translation>
    </message>
    <message>
        <source>The server greets with 421 4.3.2 and closes the connection at once, as it does during maintenance or overload.</source>
        <translation>El servidor saluda con 421 4.3.2 y cierra la conexión de inmediato, como ocurre durante un mantenimiento o una sobrecarga.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its quota, so the server defers the recipient with 452 4.2.2.</source>
        <translation>El buzón del destinatario ha superado su cuota, así que el servidor aplaza ese destinatario con 452 4.2.2.</translation>
    </message>
    <message>
        <source>The server accepts the recipient but rejects the message after the data with 552 5.2.2 because the mailbox is full.</source>
        <translation>El servidor acepta el destinatario, pero rechaza el mensaje con 552 5.2.2 tras recibir el contenido porque el buzón está lleno.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist, so the server rejects it with 550 5.1.1.</source>
        <translation>El buzón del destinatario no existe, así que el servidor lo rechaza con 550 5.1.1.</translation>
    </message>
    <message>
        <source>A client that has not signed in may not send to other domains: the server answers RCPT TO with 554 5.7.1.</source>
        <translation>Un cliente que no ha iniciado sesión no puede enviar a otros dominios: el servidor responde a RCPT TO con 554 5.7.1.</translation>
    </message>
    <message>
        <source>The server waits %1 seconds before greeting, longer than the suggested time limit of %2 seconds per step, so the test times out.</source>
        <translation>El servidor espera %1 segundos antes de saludar, más que el límite sugerido de %2 segundos por paso, así que se agota el tiempo de espera de la prueba.</translation>
    </message>
    <message>
        <source>The server cannot check passwords at the moment and answers 454 4.7.0: a problem on the server&apos;s side, not a wrong password.</source>
        <translation>El servidor no puede comprobar contraseñas en este momento y responde 454 4.7.0: es un problema del servidor, no una contraseña incorrecta.</translation>
    </message>
    <message>
        <source>The server defers the recipient with 450 4.2.0, as greylisting does with senders it has not seen before; a real mail server retries a few minutes later and gets through.</source>
        <translation>El servidor aplaza el destinatario con 450 4.2.0, como hacen las listas grises con los remitentes que no conocen; un servidor de correo real lo vuelve a intentar unos minutos después y consigue entregarlo.</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>still open</source>
        <translation>sigue abierta</translation>
    </message>
    <message>
        <source>the client closed the connection</source>
        <translation>el cliente cerró la conexión</translation>
    </message>
    <message>
        <source>the client said QUIT</source>
        <translation>el cliente envió QUIT</translation>
    </message>
    <message>
        <source>the scenario closes the connection</source>
        <translation>el escenario cierra la conexión</translation>
    </message>
    <message>
        <source>the client was silent for too long</source>
        <translation>el cliente estuvo inactivo demasiado tiempo</translation>
    </message>
    <message>
        <source>the client sent a line longer than %1 bytes</source>
        <translation>el cliente envió una línea de más de %1 bytes</translation>
    </message>
    <message>
        <source>the client sent more than %1 commands</source>
        <translation>el cliente envió más de %1 órdenes</translation>
    </message>
    <message>
        <source>the client sent %1 bad commands</source>
        <translation>el cliente envió %1 órdenes incorrectas</translation>
    </message>
    <message>
        <source>too many sessions at once</source>
        <translation>demasiadas sesiones a la vez</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>la negociación TLS falló</translation>
    </message>
    <message>
        <source>the demo server stopped</source>
        <translation>el servidor de demostración se detuvo</translation>
    </message>
</context>
<context>
    <name>EntryFormatter</name>
    <message>
        <source>Meaning</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Cuándo aparece</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>For server operators</source>
        <translation>Para administradores del servidor</translation>
    </message>
    <message>
        <source>Several meanings</source>
        <translation>Varios significados</translation>
    </message>
    <message>
        <source>Known wordings</source>
        <translation>Mensajes habituales</translation>
    </message>
    <message>
        <source>Usually paired with:</source>
        <translation>Suele ir con:</translation>
    </message>
    <message>
        <source>Related codes:</source>
        <translation>Códigos relacionados:</translation>
    </message>
    <message>
        <source>RFC references:</source>
        <translation>Referencias RFC:</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Véase también</translation>
    </message>
    <message>
        <source>%1 is not a registered enhanced status code: it is specific to a provider or a server. Its first two numbers still tell the class (%2) and the subject (%3) of the problem.</source>
        <translation>%1 no es un código de estado ampliado registrado: es propio de un proveedor o de un programa servidor. Aun así, sus dos primeras cifras indican la clase (%2) y el ámbito (%3) del problema.</translation>
    </message>
</context>
<context>
    <name>EntryHtml</name>
    <message>
        <source>Several meanings: how to tell them apart</source>
        <translation>Varios significados: cómo distinguirlos</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Wordings you may see</source>
        <translation>Mensajes que puede ver</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>Cuándo aparece</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>For server operators</source>
        <translation>Para administradores del servidor</translation>
    </message>
    <message>
        <source>Usually paired with:</source>
        <translation>Suele ir con:</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Véase también:</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>Códigos relacionados</translation>
    </message>
    <message>
        <source>RFC references</source>
        <translation>Referencias RFC</translation>
    </message>
    <message>
        <source>%1 is not a registered enhanced status code: it is specific to a provider or a server. Its first two numbers still tell the class and the subject of the problem.</source>
        <translation>%1 no es un código de estado ampliado registrado: es propio de un proveedor o de un programa servidor. Aun así, sus dos primeras cifras indican la clase y el ámbito del problema.</translation>
    </message>
    <message>
        <source>compare</source>
        <extracomment>a small link after a related code that opens the Compare view with both codes</extracomment>
        <translation>comparar</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Usage: smtpdesk explain [--json] [--lang en|vi|es] &quot;TEXT&quot;</source>
        <translation>Uso: smtpdesk explain [--json] [--lang en|vi|es] &quot;TEXTO&quot;</translation>
    </message>
    <message>
        <source>       smtpdesk explain [--json] [--lang en|vi|es] &lt; FILE</source>
        <translation>     smtpdesk explain [--json] [--lang en|vi|es] &lt; ARCHIVO</translation>
    </message>
    <message>
        <source>Finds the SMTP reply codes in an error message, a log or a whole bounce and explains them. Without TEXT, or with &quot;-&quot;, the text is read from standard input.</source>
        <translation>Busca los códigos de respuesta SMTP de un mensaje de error, un registro o un mensaje devuelto completo y los explica. Sin TEXTO, o con «-», el texto se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>smtpdesk explain: unknown option &quot;%1&quot;.</source>
        <translation>smtpdesk explain: la opción «%1» no existe.</translation>
    </message>
    <message>
        <source>smtpdesk explain: give the text either as an argument or on standard input, not both.</source>
        <translation>smtpdesk explain: indique el texto como argumento o por la entrada estándar, pero no de las dos formas.</translation>
    </message>
    <message>
        <source>The built-in code catalog is damaged; please report this problem:</source>
        <translation>El catálogo de códigos integrado está dañado; informe de este problema, por favor:</translation>
    </message>
    <message>
        <source>The text is long: only its first %1 KiB were searched, the rest was left out.</source>
        <translation>El texto es largo: solo se han analizado sus primeros %1 KiB; el resto se ha omitido.</translation>
    </message>
    <message>
        <source>No SMTP reply code found in the text.</source>
        <translation>No se ha encontrado ningún código de respuesta SMTP en el texto.</translation>
    </message>
    <message>
        <source>Tip: paste the whole error message or bounce, with the three-digit code and the code with dots that follows it, for example &quot;535 5.7.8 Username and Password not accepted&quot;. In a bounce, the lines that start with &quot;Status:&quot; and &quot;Diagnostic-Code:&quot; hold the codes.</source>
        <translation>Consejo: pegue el mensaje de error o el mensaje devuelto completo, con el código de tres cifras y el código con puntos que lo sigue, por ejemplo «535 5.7.8 Username and Password not accepted». En un mensaje devuelto, los códigos están en las líneas que empiezan por «Status:» y «Diagnostic-Code:».</translation>
    </message>
    <message>
        <source>Also in the text</source>
        <translation>También en el texto</translation>
    </message>
    <message>
        <source>SMTP replies found in the text: %1</source>
        <translation>Respuestas SMTP encontradas en el texto: %1</translation>
    </message>
    <message>
        <source>Reply %1 of %2: %3</source>
        <translation>Respuesta %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1 is a provider&apos;s own code, outside the registry of enhanced status codes.</source>
        <translation>%1 es un código propio de un proveedor, fuera del registro de códigos de estado ampliados.</translation>
    </message>
    <message>
        <source>%1 is not in the registry of enhanced status codes; its class and subject still tell what kind of problem it is.</source>
        <translation>%1 no figura en el registro de códigos de estado ampliados; aun así, su clase y su ámbito indican qué tipo de problema es.</translation>
    </message>
    <message>
        <source>%1 is not a code SMTP Desk knows.</source>
        <translation>SMTP Desk no conoce el código %1.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Remote server</source>
        <translation>Servidor remoto</translation>
    </message>
    <message>
        <source>failed: the message was not delivered and will not be tried again</source>
        <translation>fallido: el mensaje no se entregó y no se volverá a intentar</translation>
    </message>
    <message>
        <source>delayed: the server keeps trying for a while</source>
        <translation>retrasado: el servidor seguirá intentándolo durante un tiempo</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>relayed to a system that sends no delivery reports</source>
        <translation>reenviado a un sistema que no envía informes de entrega</translation>
    </message>
    <message>
        <source>delivered to a list or alias with several addresses</source>
        <translation>entregado a una lista o un alias con varias direcciones</translation>
    </message>
    <message>
        <source>Delivery status</source>
        <translation>Estado de la entrega</translation>
    </message>
    <message>
        <source>What the text adds</source>
        <translation>Lo que añade el texto</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
</context>
<context>
    <name>GuidedAdvice</name>
    <message>
        <source>%1 means “%2”. %3</source>
        <extracomment>%1 reply code, %2 its title, %3 the catalog&apos;s first step to fix it</extracomment>
        <translation>%1 significa «%2». %3</translation>
    </message>
    <message>
        <source>Check the server name for typing mistakes (for example smtp.gmail.com, not smtp.gmail.co) and that this computer is online.</source>
        <translation>Compruebe que el nombre del servidor no tenga erratas (por ejemplo, smtp.gmail.com y no smtp.gmail.co) y que este equipo esté conectado a Internet.</translation>
    </message>
    <message>
        <source>Nothing listens on port 465 here. Try port 587 with STARTTLS, which most providers offer.</source>
        <translation>Aquí no hay nada escuchando en el puerto 465. Pruebe el puerto 587 con STARTTLS, que ofrecen la mayoría de los proveedores.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1. Check the port your provider gives (usually 587 with STARTTLS or 465 with SSL/TLS).</source>
        <translation>Nada acepta conexiones en el puerto %1. Compruebe el puerto que indica su proveedor (normalmente 587 con STARTTLS o 465 con SSL/TLS).</translation>
    </message>
    <message>
        <source>Port 465 expects encryption from the first byte: choose SSL/TLS as the security setting.</source>
        <translation>El puerto 465 espera cifrado desde el primer byte: elija SSL/TLS como opción de seguridad.</translation>
    </message>
    <message>
        <source>No answer at all usually means a firewall drops the traffic. Many internet providers block port 25 for home users: try port 587 or 465, or another network.</source>
        <translation>Si no hay ninguna respuesta, lo habitual es que un cortafuegos esté descartando el tráfico. Muchos proveedores de Internet bloquean el puerto 25 a los usuarios domésticos: pruebe el puerto 587 o el 465, u otra red.</translation>
    </message>
    <message>
        <source>The server stopped answering. Try again later; if it keeps happening, a firewall or filter between you and the server may interfere.</source>
        <translation>El servidor dejó de responder. Vuelva a intentarlo más tarde; si sigue ocurriendo, puede que un cortafuegos o un filtro entre usted y el servidor esté interfiriendo.</translation>
    </message>
    <message>
        <source>Port %1 normally starts without encryption: choose STARTTLS instead of SSL/TLS.</source>
        <translation>El puerto %1 normalmente empieza sin cifrado: elija STARTTLS en lugar de SSL/TLS.</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up. Check that the security setting matches the port (465 with SSL/TLS, 587 with STARTTLS) and that this computer&apos;s date and time are right.</source>
        <translation>No se pudo establecer la conexión cifrada. Compruebe que la opción de seguridad corresponde al puerto (465 con SSL/TLS, 587 con STARTTLS) y que la fecha y la hora de este equipo son correctas.</translation>
    </message>
    <message>
        <source>The server answered in plain text on a port where SMTP Desk expected encryption: choose STARTTLS for port %1.</source>
        <translation>El servidor respondió sin cifrar en un puerto en el que SMTP Desk esperaba cifrado: elija STARTTLS para el puerto %1.</translation>
    </message>
    <message>
        <source>If this is your own or a test server, ask its administrator for the certificate&apos;s SHA-256 fingerprint, compare it with the one shown, and trust it for this run only. Never do this for a public provider: it may mean someone is intercepting the connection.</source>
        <translation>Si es su propio servidor o uno de pruebas, pida a su administrador la huella digital SHA-256 del certificado, compárela con la que se muestra y confíe en ella solo para esta prueba. No lo haga nunca con un proveedor público: podría significar que alguien está interceptando la conexión.</translation>
    </message>
    <message>
        <source>Nothing secret was sent. Try port 465 with SSL/TLS, or ask the provider which port supports encryption.</source>
        <translation>No se envió ningún dato confidencial. Pruebe el puerto 465 con SSL/TLS o pregunte al proveedor qué puerto admite cifrado.</translation>
    </message>
    <message>
        <source>The server wants the connection encrypted first: choose STARTTLS as the security setting and run the test again.</source>
        <translation>El servidor quiere que primero se cifre la conexión: elija STARTTLS como opción de seguridad y vuelva a ejecutar la prueba.</translation>
    </message>
    <message>
        <source>The server only accepts mail from signed-in users: enter your user name and password.</source>
        <translation>El servidor solo acepta correo de usuarios que hayan iniciado sesión: escriba su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>SMTP Desk did not send your password over an unencrypted connection. Choose STARTTLS or SSL/TLS; allow plaintext sign-in only for a test server you control.</source>
        <translation>SMTP Desk no envió su contraseña por una conexión sin cifrar. Elija STARTTLS o SSL/TLS; permita iniciar sesión sin cifrado solo en un servidor de pruebas que usted controle.</translation>
    </message>
    <message>
        <source>Microsoft 365 has SMTP sign-in switched off for this mailbox or the whole organisation. An administrator must enable “Authenticated SMTP” for the mailbox, or the program must use OAuth.</source>
        <translation>Microsoft 365 tiene desactivado el inicio de sesión SMTP para este buzón o para toda la organización. Un administrador debe activar «SMTP autenticado» para el buzón, o el programa debe usar OAuth.</translation>
    </message>
    <message>
        <source>Gmail does not accept your normal password here. Turn on 2-Step Verification, create an app password in your Google Account and use it instead.</source>
        <translation>Gmail no acepta aquí su contraseña habitual. Active la verificación en dos pasos, cree una contraseña de aplicación en su cuenta de Google y úsela en su lugar.</translation>
    </message>
    <message>
        <source>Microsoft 365: check that “Authenticated SMTP” is enabled for this mailbox in the admin center; with multi-factor authentication, use an app password or OAuth.</source>
        <translation>Microsoft 365: compruebe en el centro de administración que «SMTP autenticado» está activado para este buzón; si usa autenticación multifactor, utilice una contraseña de aplicación u OAuth.</translation>
    </message>
    <message>
        <source>Check the user name (usually the full email address) and the password; if two-step sign-in is on, your provider may require an app password.</source>
        <translation>Compruebe el nombre de usuario (normalmente, la dirección de correo completa) y la contraseña; si tiene activado el inicio de sesión en dos pasos, puede que su proveedor exija una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>This sign-in method needs an encrypted connection: choose STARTTLS or SSL/TLS.</source>
        <translation>Este método de inicio de sesión necesita una conexión cifrada: elija STARTTLS o SSL/TLS.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist: check the address for typos.</source>
        <translation>El buzón del destinatario no existe: compruebe que la dirección no tenga erratas.</translation>
    </message>
    <message>
        <source>Connected to %1 on port %2.</source>
        <translation>Conectado a %1 en el puerto %2.</translation>
    </message>
    <message>
        <source>Encrypted with %1 (%2).</source>
        <translation>Cifrado con %1 (%2).</translation>
    </message>
    <message>
        <source>The server introduced itself: %1</source>
        <translation>El servidor se presentó: %1</translation>
    </message>
    <message>
        <source>The server does not know EHLO; SMTP Desk used the older HELO.</source>
        <translation>El servidor no conoce EHLO; SMTP Desk usó la orden HELO, más antigua.</translation>
    </message>
    <message>
        <source>The server lists its features; it offers no sign-in here.</source>
        <translation>El servidor enumera sus funciones; aquí no ofrece inicio de sesión.</translation>
    </message>
    <message>
        <source>The server lists its features and offers sign-in with %1.</source>
        <translation>El servidor enumera sus funciones y ofrece iniciar sesión con %1.</translation>
    </message>
    <message>
        <source>The server agreed to encrypt the connection.</source>
        <translation>El servidor aceptó cifrar la conexión.</translation>
    </message>
    <message>
        <source>Signed in as %1 with %2.</source>
        <translation>Sesión iniciada como %1 con %2.</translation>
    </message>
    <message>
        <source>The server accepts mail from %1.</source>
        <translation>El servidor acepta correo de %1.</translation>
    </message>
    <message>
        <source>The server accepts this recipient.</source>
        <translation>El servidor acepta este destinatario.</translation>
    </message>
    <message>
        <source>The server accepted the test message.</source>
        <translation>El servidor aceptó el mensaje de prueba.</translation>
    </message>
    <message>
        <source>The session ended politely.</source>
        <translation>La sesión terminó de forma ordenada.</translation>
    </message>
    <message>
        <source>The server ends lines with a bare LF instead of CRLF. Most programs cope, but it breaks the SMTP standard.</source>
        <translation>El servidor termina las líneas con un LF suelto en lugar de CRLF. La mayoría de los programas lo toleran, pero incumple el estándar SMTP.</translation>
    </message>
    <message>
        <source>The server offers no STARTTLS on port 587: passwords and mail would travel unencrypted.</source>
        <translation>El servidor no ofrece STARTTLS en el puerto 587: las contraseñas y el correo viajarían sin cifrar.</translation>
    </message>
    <message>
        <source>The server offers PLAIN or LOGIN sign-in without encryption: a password sent this way can be read on the network. Use STARTTLS or SSL/TLS.</source>
        <translation>El servidor ofrece inicio de sesión PLAIN o LOGIN sin cifrado: una contraseña enviada así se puede leer en la red. Use STARTTLS o SSL/TLS.</translation>
    </message>
    <message>
        <source>The server uses %1, which is outdated and insecure. Its operator should enable TLS 1.2 or newer.</source>
        <translation>El servidor usa %1, que está obsoleto y no es seguro. Su administrador debería activar TLS 1.2 o posterior.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s) (%1). Tell the server&apos;s operator.</source>
        <translation>
            <numerusform>El certificado del servidor caduca dentro de %n día (%1). Avise al administrador del servidor.</numerusform>
            <numerusform>El certificado del servidor caduca dentro de %n días (%1). Avise al administrador del servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate could not be verified and was trusted for this run only, by its fingerprint.</source>
        <translation>No se pudo verificar el certificado, y se ha aceptado solo para esta prueba por su huella digital.</translation>
    </message>
    <message>
        <source>You allowed signing in without encryption: the password crossed the network readable.</source>
        <translation>Usted permitió iniciar sesión sin cifrado: la contraseña ha viajado por la red de forma legible.</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>El servidor respondió: %1</translation>
    </message>
    <message>
        <source>Not run: the test was cancelled.</source>
        <translation>No se ejecutó: la prueba se canceló.</translation>
    </message>
    <message>
        <source>Not run because an earlier step failed.</source>
        <translation>No se ejecutó porque falló un paso anterior.</translation>
    </message>
    <message>
        <source>Not run: the test stopped earlier, as asked.</source>
        <translation>No se ejecutó: la prueba se detuvo antes, tal como se pidió.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>La prueba se canceló.</translation>
    </message>
    <message>
        <source>Run it again when you are ready.</source>
        <translation>Vuelva a ejecutarla cuando quiera.</translation>
    </message>
    <message>
        <source>The test failed at “%1”.</source>
        <translation>La prueba falló en el paso «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The server works, with %n warning(s).</source>
        <translation>
            <numerusform>El servidor funciona, con %n advertencia.</numerusform>
            <numerusform>El servidor funciona, con %n advertencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything worked.</source>
        <translation>Todo ha funcionado correctamente.</translation>
    </message>
    <message>
        <source>These settings are right: use server %1, port %2 and your user name %3 in your mail program.</source>
        <translation>Esta configuración es correcta: use el servidor %1, el puerto %2 y su nombre de usuario %3 en su programa de correo.</translation>
    </message>
    <message>
        <source>The server answers correctly. Add your user name and password to test signing in too.</source>
        <translation>El servidor responde correctamente. Añada su nombre de usuario y su contraseña para probar también el inicio de sesión.</translation>
    </message>
    <message>
        <source>The server offers no STARTTLS: mail to it travels unencrypted. Its operator should enable TLS.</source>
        <translation>El servidor no ofrece STARTTLS: el correo que recibe viaja sin cifrar. Su administrador debería activar TLS.</translation>
    </message>
    <message>
        <source>Not run: the server offers no STARTTLS, so the session stayed unencrypted.</source>
        <translation>No se ejecutó: el servidor no ofrece STARTTLS, así que la sesión siguió sin cifrar.</translation>
    </message>
</context>
<context>
    <name>GuidedStep</name>
    <message>
        <source>Find the server (DNS)</source>
        <translation>Buscar el servidor (DNS)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Negociación TLS</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Saludo del servidor</translation>
    </message>
    <message>
        <source>Introduce ourselves (EHLO)</source>
        <translation>Presentarse (EHLO)</translation>
    </message>
    <message>
        <source>Switch to encryption (STARTTLS)</source>
        <translation>Activar el cifrado (STARTTLS)</translation>
    </message>
    <message>
        <source>EHLO again, encrypted</source>
        <translation>EHLO de nuevo, ya cifrado</translation>
    </message>
    <message>
        <source>Sign in (AUTH)</source>
        <translation>Iniciar sesión (AUTH)</translation>
    </message>
    <message>
        <source>Check an address (VRFY)</source>
        <translation>Comprobar una dirección (VRFY)</translation>
    </message>
    <message>
        <source>Ask for help (HELP)</source>
        <translation>Pedir ayuda (HELP)</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Remitente (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient (RCPT TO)</source>
        <translation>Destinatario (RCPT TO)</translation>
    </message>
    <message>
        <source>Send a test message (DATA)</source>
        <translation>Enviar un mensaje de prueba (DATA)</translation>
    </message>
    <message>
        <source>Say goodbye (QUIT)</source>
        <translation>Despedirse (QUIT)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
</context>
<context>
    <name>GuidedTest</name>
    <message>
        <source>%1 is an IP address: nothing to look up.</source>
        <translation>%1 es una dirección IP: no hay nada que buscar.</translation>
    </message>
    <message>
        <source>No address was found for %1.</source>
        <translation>No se encontró ninguna dirección para %1.</translation>
    </message>
    <message>
        <source>%1 has the address %2.</source>
        <translation>%1 tiene la dirección %2.</translation>
    </message>
</context>
<context>
    <name>LookupCommand</name>
    <message>
        <source>Usage: smtpdesk lookup CODE [--json] [--lang en|vi|es]</source>
        <translation>Uso: smtpdesk lookup CÓDIGO [--json] [--lang en|vi|es]</translation>
    </message>
    <message>
        <source>Explains a reply code: a basic code such as 535, an enhanced code such as 5.7.8, a class such as 5.X.X or a subject such as X.7.X.</source>
        <translation>Explica un código de respuesta: un código básico como 535, un código ampliado como 5.7.8, una clase como 5.X.X o un ámbito como X.7.X.</translation>
    </message>
    <message>
        <source>smtpdesk lookup: unknown option &quot;%1&quot;.</source>
        <translation>smtpdesk lookup: la opción «%1» no existe.</translation>
    </message>
    <message>
        <source>smtpdesk lookup: give exactly one code, for example: smtpdesk lookup 535</source>
        <translation>smtpdesk lookup: indique un solo código, por ejemplo: smtpdesk lookup 535</translation>
    </message>
    <message>
        <source>The built-in code catalog is damaged; please report this problem:</source>
        <translation>El catálogo de códigos integrado está dañado; informe de este problema, por favor:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMTP reply code. Write a three-digit code such as 535 or an enhanced code such as 5.7.8.</source>
        <translation>«%1» no es un código de respuesta SMTP. Escriba un código de tres cifras como 535 o un código ampliado como 5.7.8.</translation>
    </message>
    <message>
        <source>%1 is not a code SMTP Desk knows.</source>
        <translation>SMTP Desk no conoce el código %1.</translation>
    </message>
    <message>
        <source>Nearest known codes: %1</source>
        <translation>Códigos más parecidos: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>%1 — SMTP Desk</source>
        <translation>%1 — SMTP Desk</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find a code</source>
        <translation>&amp;Buscar un código</translation>
    </message>
    <message>
        <source>&amp;About SMTP Desk</source>
        <translation>&amp;Acerca de SMTP Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ReplyCode</name>
    <message>
        <source>connection greeting</source>
        <translation>saludo al conectar</translation>
    </message>
    <message>
        <source>end of message data</source>
        <translation>fin de los datos del mensaje</translation>
    </message>
    <message>
        <source>any command</source>
        <translation>cualquier orden</translation>
    </message>
    <message>
        <source>bounce messages</source>
        <translation>mensajes devueltos</translation>
    </message>
    <message>
        <source>reply to %1</source>
        <extracomment>%1 is an SMTP command such as EHLO, AUTH or RCPT, kept in English</extracomment>
        <translation>respuesta a %1</translation>
    </message>
    <message>
        <source>basic reply code</source>
        <translation>código de respuesta básico</translation>
    </message>
    <message>
        <source>enhanced status code</source>
        <translation>código de estado ampliado</translation>
    </message>
    <message>
        <source>status class</source>
        <translation>clase de estado</translation>
    </message>
    <message>
        <source>status subject</source>
        <translation>ámbito de estado</translation>
    </message>
    <message>
        <source>provider-specific code</source>
        <translation>código propio de un proveedor</translation>
    </message>
    <message>
        <source>2xx positive completion</source>
        <translation>2xx finalización correcta</translation>
    </message>
    <message>
        <source>3xx positive intermediate</source>
        <translation>3xx respuesta intermedia</translation>
    </message>
    <message>
        <source>4xx transient negative</source>
        <translation>4xx error temporal</translation>
    </message>
    <message>
        <source>5xx permanent negative</source>
        <translation>5xx error permanente</translation>
    </message>
    <message>
        <source>unknown class</source>
        <translation>clase desconocida</translation>
    </message>
    <message>
        <source>Success: the server did what was asked.</source>
        <translation>Correcto: el servidor hizo lo que se le pidió.</translation>
    </message>
    <message>
        <source>Continue: the server waits for more from the client.</source>
        <translation>Continuar: el servidor espera más datos del cliente.</translation>
    </message>
    <message>
        <source>Temporary failure: the same request may work if tried again later.</source>
        <translation>Error temporal: la misma petición puede funcionar si se repite más tarde.</translation>
    </message>
    <message>
        <source>Permanent failure: do not retry unchanged; something must be fixed first.</source>
        <translation>Error permanente: no repita la petición tal cual; primero hay que corregir algo.</translation>
    </message>
</context>
<context>
    <name>ReplyDecoder</name>
    <message>
        <source>Gmail did not accept the user name or password. With 2-Step Verification turned on, the mail program must use an app password instead of the account password.</source>
        <translation>Gmail no aceptó el nombre de usuario o la contraseña. Con la verificación en dos pasos activada, el programa de correo debe usar una contraseña de aplicación en lugar de la contraseña de la cuenta.</translation>
    </message>
    <message>
        <source>The Google account has 2-Step Verification, so the mail program needs an app password created in the account&apos;s security settings, not the normal password.</source>
        <translation>La cuenta de Google tiene activada la verificación en dos pasos, así que el programa de correo necesita una contraseña de aplicación creada en la configuración de seguridad de la cuenta, no la contraseña habitual.</translation>
    </message>
    <message>
        <source>Google held the sign-in back as suspicious: sign in once in a web browser from the same network, confirm that it was you, then try the mail program again.</source>
        <translation>Google retuvo el inicio de sesión por considerarlo sospechoso: inicie sesión una vez en un navegador web desde la misma red, confirme que fue usted y vuelva a probar con el programa de correo.</translation>
    </message>
    <message>
        <source>Gmail says this address does not exist: check it for typing mistakes or ask the recipient for the right one.</source>
        <translation>Gmail indica que esta dirección no existe: compruebe que no tenga erratas o pida al destinatario la dirección correcta.</translation>
    </message>
    <message>
        <source>The Gmail mailbox is full or is receiving mail too fast; the sending server retries on its own, and only the recipient can make room.</source>
        <translation>El buzón de Gmail está lleno o recibe correo demasiado deprisa; el servidor que envía lo reintenta por sí solo, y solo el destinatario puede liberar espacio.</translation>
    </message>
    <message>
        <source>Gmail judged the message to be unwanted mail; check the sender&apos;s SPF, DKIM and DMARC set-up, the links in the message and its content.</source>
        <translation>Gmail consideró el mensaje como correo no deseado; revise la configuración SPF, DKIM y DMARC del remitente, los enlaces del mensaje y su contenido.</translation>
    </message>
    <message>
        <source>Gmail is slowing down mail from this sender because of its volume or reputation; send in smaller batches and check the sender&apos;s authentication.</source>
        <translation>Gmail está frenando el correo de este remitente por su volumen o su reputación; envíe en lotes más pequeños y revise la autenticación del remitente.</translation>
    </message>
    <message>
        <source>Gmail applied the DMARC policy of the domain in the From address: neither SPF nor DKIM passed for that domain.</source>
        <translation>Gmail aplicó la directiva DMARC del dominio de la dirección From: ni SPF ni DKIM fueron válidos para ese dominio.</translation>
    </message>
    <message>
        <source>Microsoft 365 has authenticated SMTP (SMTP AUTH) turned off for this mailbox or for the whole organization; an administrator must allow it, or the program must send another way.</source>
        <translation>Microsoft 365 tiene desactivado el SMTP autenticado (SMTP AUTH) para este buzón o para toda la organización; un administrador debe permitirlo, o el programa debe enviar de otra forma.</translation>
    </message>
    <message>
        <source>Microsoft 365 no longer accepts a plain password for SMTP here; the program needs modern sign-in (OAuth 2.0), or an administrator must change the policy.</source>
        <translation>Microsoft 365 ya no acepta aquí una contraseña simple para SMTP; el programa necesita el inicio de sesión moderno (OAuth 2.0), o un administrador debe cambiar la directiva.</translation>
    </message>
    <message>
        <source>The Microsoft 365 organization has security defaults on, which block password sign-in over SMTP; an administrator must change that, or the program must use OAuth 2.0.</source>
        <translation>La organización de Microsoft 365 tiene activados los valores predeterminados de seguridad, que bloquean el inicio de sesión con contraseña por SMTP; un administrador debe cambiarlo, o el programa debe usar OAuth 2.0.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the user name or password; the user name is normally the full email address.</source>
        <translation>Microsoft 365 no aceptó el nombre de usuario o la contraseña; el nombre de usuario suele ser la dirección de correo completa.</translation>
    </message>
    <message>
        <source>The program sent without signing in; turn on authentication for the outgoing server in its settings and give the mailbox&apos;s user name and password.</source>
        <translation>El programa envió sin iniciar sesión; active la autenticación del servidor de correo saliente (SMTP) en la configuración del programa e indique el nombre de usuario y la contraseña del buzón.</translation>
    </message>
    <message>
        <source>The receiving Microsoft 365 or Exchange organization has no mailbox or contact with this address; check the spelling or ask the recipient.</source>
        <translation>La organización de Microsoft 365 o Exchange que recibe no tiene ningún buzón ni contacto con esta dirección; revise cómo está escrita o pregunte al destinatario.</translation>
    </message>
    <message>
        <source>An internal Exchange address, often one remembered by the address autocomplete, no longer exists; remove the suggestion and type the address again.</source>
        <translation>Una dirección interna de Exchange, a menudo una que recordaba el autocompletado de direcciones, ya no existe; elimine la sugerencia y vuelva a escribir la dirección.</translation>
    </message>
    <message>
        <source>The recipient is a group that takes mail only from signed-in people of its own organization.</source>
        <translation>El destinatario es un grupo que solo acepta correo de personas de su propia organización que hayan iniciado sesión.</translation>
    </message>
    <message>
        <source>The signed-in account may not send with this From address; send from the account&apos;s own address or ask an administrator for Send As permission.</source>
        <translation>La cuenta con la que se ha iniciado sesión no puede enviar con esta dirección From; envíe desde la dirección propia de la cuenta o pida a un administrador el permiso «Enviar como» (Send As).</translation>
    </message>
    <message>
        <source>The mailbox reached Microsoft 365&apos;s sending limit for messages or recipients; wait, or spread the mail over a longer time.</source>
        <translation>El buzón alcanzó el límite de envío de Microsoft 365 en mensajes o destinatarios; espere, o reparta los envíos en un periodo más largo.</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked this account from sending, usually after it sent spam; an administrator must secure the account and release it.</source>
        <translation>Microsoft 365 ha bloqueado el envío desde esta cuenta, normalmente porque envió spam; un administrador debe proteger la cuenta y desbloquearla.</translation>
    </message>
    <message>
        <source>Yahoo is holding back mail from this server because of unusual volume or complaints; the server retries later, and the sender should look at its lists and reputation.</source>
        <translation>Yahoo está reteniendo el correo de este servidor por un volumen inusual o por quejas; el servidor lo reintentará más tarde, y el remitente debería revisar sus listas y su reputación.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address is on a Spamhaus blocklist; its administrator can look the address up on the Spamhaus site and ask for removal after fixing the cause.</source>
        <translation>La dirección IP del servidor que envía está en una lista de bloqueo de Spamhaus; su administrador puede consultarla en el sitio web de Spamhaus y solicitar la retirada después de corregir la causa.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address or domain is on a blocklist that the receiving server checks.</source>
        <translation>La dirección IP o el dominio del servidor que envía figura en una lista de bloqueo que consulta el servidor que recibe.</translation>
    </message>
    <message>
        <source>The receiving server uses greylisting: it turns the first attempt away on purpose, and a normal mail server gets through when it tries again a few minutes later.</source>
        <translation>El servidor que recibe usa listas grises (greylisting): rechaza a propósito el primer intento, y un servidor de correo normal consigue entregar cuando lo vuelve a intentar unos minutos después.</translation>
    </message>
    <message>
        <source>The server wants an encrypted connection first: choose STARTTLS (or SSL/TLS) for the outgoing server in the program&apos;s settings.</source>
        <translation>El servidor quiere primero una conexión cifrada: elija STARTTLS (o SSL/TLS) para el servidor de correo saliente (SMTP) en la configuración del programa.</translation>
    </message>
    <message>
        <source>The server refused to pass the message on to another domain; usually the program did not sign in, or it uses the wrong outgoing server.</source>
        <translation>El servidor se negó a reenviar el mensaje a otro dominio; normalmente el programa no inició sesión o usa un servidor de correo saliente (SMTP) equivocado.</translation>
    </message>
    <message>
        <source>The reply mentions SPF: the sending server is probably missing from the SPF record of the sender&apos;s domain.</source>
        <translation>La respuesta menciona SPF: probablemente el servidor que envía no figura en el registro SPF del dominio del remitente.</translation>
    </message>
    <message>
        <source>The reply mentions DKIM: the message signature was missing or did not verify.</source>
        <translation>La respuesta menciona DKIM: la firma del mensaje faltaba o no se pudo verificar.</translation>
    </message>
    <message>
        <source>The reply mentions DMARC: the message failed the policy of the domain in its From address, which wants SPF or DKIM to pass for that domain.</source>
        <translation>La respuesta menciona DMARC: el mensaje no cumplió la directiva del dominio de su dirección From, que exige que SPF o DKIM sean válidos para ese dominio.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full; only the recipient or their administrator can make room.</source>
        <translation>El buzón del destinatario está lleno; solo el destinatario o su administrador pueden liberar espacio.</translation>
    </message>
    <message>
        <source>The message is bigger than the server accepts; send smaller attachments, or a link instead.</source>
        <translation>El mensaje es más grande de lo que acepta el servidor; envíe archivos adjuntos más pequeños o, en su lugar, un enlace.</translation>
    </message>
    <message>
        <source>The server limits how many connections, messages or recipients it accepts; slow down and try again later.</source>
        <translation>El servidor limita cuántas conexiones, mensajes o destinatarios acepta; envíe más despacio y vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address lacks a proper reverse DNS (PTR) name, which many receiving servers insist on.</source>
        <translation>La dirección IP del servidor que envía no tiene un nombre de DNS inverso (PTR) adecuado, algo que exigen muchos servidores que reciben.</translation>
    </message>
    <message>
        <source>Gmail links its help page &quot;%1&quot; for this reply; that page gives Google&apos;s own advice.</source>
        <extracomment>%1 is the name of a Gmail help page as it appears in a link, such as &quot;NoSuchUser&quot;</extracomment>
        <translation>Gmail enlaza su página de ayuda «%1» para esta respuesta; esa página ofrece los consejos del propio Google.</translation>
    </message>
</context>
<context>
    <name>ReplyReader</name>
    <message>
        <source>Line %1 of the server&apos;s answer is empty; every reply line must start with a three-digit code.</source>
        <translation>La línea %1 de la respuesta del servidor está vacía; cada línea de respuesta debe empezar por un código de tres cifras.</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer does not start with a three-digit reply code: &quot;%2&quot;.</source>
        <translation>La línea %1 de la respuesta del servidor no empieza por un código de respuesta de tres cifras: «%2».</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer has a reply code shorter than three digits: &quot;%2&quot;.</source>
        <translation>La línea %1 de la respuesta del servidor tiene un código de respuesta de menos de tres cifras: «%2».</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer has a reply code longer than three digits: &quot;%2&quot;.</source>
        <translation>La línea %1 de la respuesta del servidor tiene un código de respuesta de más de tres cifras: «%2».</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer has a reply code outside 200-599: &quot;%2&quot;.</source>
        <translation>La línea %1 de la respuesta del servidor tiene un código de respuesta fuera del intervalo 200-599: «%2».</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer has neither a space nor a hyphen after its code: &quot;%2&quot;.</source>
        <translation>La línea %1 de la respuesta del servidor no tiene ni un espacio ni un guion después del código: «%2».</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer changes the reply code in the middle of a multi-line reply: &quot;%2&quot;.</source>
        <translation>La línea %1 de la respuesta del servidor cambia el código de respuesta en mitad de una respuesta de varias líneas: «%2».</translation>
    </message>
    <message>
        <source>Line %1 of the server&apos;s answer is longer than the limit; it starts with &quot;%2&quot;.</source>
        <translation>La línea %1 de la respuesta del servidor supera la longitud máxima; empieza por «%2».</translation>
    </message>
    <message>
        <source>The server&apos;s answer has more lines than the limit (stopped at line %1).</source>
        <translation>La respuesta del servidor tiene más líneas de las permitidas (se detuvo en la línea %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than the limit (stopped at line %1).</source>
        <translation>La respuesta del servidor supera el tamaño permitido (se detuvo en la línea %1).</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>Emitido para</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Huella digital SHA-256</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problemas detectados:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>Open %1 (%2) in the Codes view</source>
        <translation>Abrir %1 (%2) en la vista Códigos</translation>
    </message>
    <message>
        <source>SMTP Desk connection test</source>
        <translation>Prueba de conexión de SMTP Desk</translation>
    </message>
    <message>
        <source>Server: %1, port %2, security: %3</source>
        <translation>Servidor: %1, puerto %2, seguridad: %3</translation>
    </message>
    <message>
        <source>User: %1 (password not shown)</source>
        <translation>Usuario: %1 (contraseña oculta)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Explanation and advice</source>
        <translation>Explicación y consejos</translation>
    </message>
    <message>
        <source>Transcript (passwords removed)</source>
        <translation>Registro de la sesión (sin contraseñas)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>2xx — success</source>
        <translation>2xx — correcto</translation>
    </message>
    <message>
        <source>3xx — waiting for more</source>
        <translation>3xx — a la espera de más datos</translation>
    </message>
    <message>
        <source>4xx — temporary failure, try again later</source>
        <translation>4xx — error temporal, vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>5xx — permanent failure</source>
        <translation>5xx — error permanente</translation>
    </message>
    <message>
        <source>Enhanced status codes — classes</source>
        <translation>Códigos de estado ampliados — clases</translation>
    </message>
    <message>
        <source>Enhanced status codes %1.x — %2</source>
        <extracomment>%1 is a subject like X.7, %2 its name such as &quot;Security or policy status&quot;</extracomment>
        <translation>Códigos de estado ampliados %1.x — %2</translation>
    </message>
</context>
<context>
    <name>ServerDiscovery</name>
    <message>
        <source>A server search is already running; cancel it first.</source>
        <translation>Ya hay una búsqueda de servidor en curso; cancélela primero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address with a valid domain; enter one like ana@example.com.</source>
        <translation>«%1» no es una dirección de correo con un dominio válido; escriba una como ana@example.com.</translation>
    </message>
    <message>
        <source>DNS lookup of %1 failed: %2</source>
        <translation>Falló la consulta DNS de %1: %2</translation>
    </message>
    <message>
        <source>DNS did not answer within %1 ms; going on with the answers received.</source>
        <translation>El DNS no respondió en %1 ms; se continúa con las respuestas recibidas.</translation>
    </message>
    <message>
        <source>Still searching: no server has answered yet.</source>
        <translation>Búsqueda en curso: todavía no ha respondido ningún servidor.</translation>
    </message>
    <message>
        <source>No server answered on any port tried. Check the address for typing mistakes, or ask your provider for its outgoing (SMTP) server settings.</source>
        <translation>Ningún servidor respondió en los puertos probados. Revise que la dirección no tenga errores de escritura o pida a su proveedor los datos del servidor de correo saliente (SMTP).</translation>
    </message>
    <message>
        <source>Use %1, port %2, with SSL/TLS: the connection is encrypted from the start and the server offers sign-in.</source>
        <translation>Use %1, puerto %2, con SSL/TLS: la conexión está cifrada desde el principio y el servidor ofrece inicio de sesión.</translation>
    </message>
    <message>
        <source>Use %1, port %2, with STARTTLS: the connection switches to encryption before sign-in, and the server offers sign-in.</source>
        <translation>Use %1, puerto %2, con STARTTLS: la conexión pasa a estar cifrada antes de iniciar sesión, y el servidor ofrece inicio de sesión.</translation>
    </message>
    <message>
        <source>Use %1, port %2, with STARTTLS. It works here, but port 25 is meant for mail between servers and many networks block it; prefer port 587 or 465 once they work for you.</source>
        <translation>Use %1, puerto %2, con STARTTLS. Aquí funciona, pero el puerto 25 está pensado para el correo entre servidores y muchas redes lo bloquean; prefiera el puerto 587 o el 465 cuando le funcionen.</translation>
    </message>
    <message>
        <source>%1, port %2, is encrypted but offers no sign-in, so it may take mail only from its own network. Ask your provider which server to use for sending.</source>
        <translation>%1, puerto %2, está cifrado pero no ofrece inicio de sesión, así que quizá solo acepte correo de su propia red. Pregunte a su proveedor qué servidor usar para enviar.</translation>
    </message>
    <message>
        <source>Only an unencrypted connection works: %1, port %2. The server offers STARTTLS, but the encrypted test failed; see that row for the reason before you send a password.</source>
        <translation>Solo funciona una conexión sin cifrar: %1, puerto %2. El servidor ofrece STARTTLS, pero la prueba cifrada falló; vea el motivo en esa fila antes de enviar una contraseña.</translation>
    </message>
    <message>
        <source>Only an unencrypted connection works: %1, port %2. A password would travel in plain text; ask your provider for an encrypted setting.</source>
        <translation>Solo funciona una conexión sin cifrar: %1, puerto %2. La contraseña viajaría en texto plano; pida a su proveedor una configuración cifrada.</translation>
    </message>
    <message>
        <source>Waiting to be tried</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>No probado</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Works: encrypted from the start, but offers no sign-in</source>
        <translation>Funciona: cifrado desde el principio, pero no ofrece inicio de sesión</translation>
    </message>
    <message>
        <source>Works: encrypted from the start, offers sign-in with %1</source>
        <translation>Funciona: cifrado desde el principio, ofrece inicio de sesión con %1</translation>
    </message>
    <message>
        <source>Works: encrypted with STARTTLS, but offers no sign-in</source>
        <translation>Funciona: cifrado con STARTTLS, pero no ofrece inicio de sesión</translation>
    </message>
    <message>
        <source>Works: encrypted with STARTTLS, offers sign-in with %1</source>
        <translation>Funciona: cifrado con STARTTLS, ofrece inicio de sesión con %1</translation>
    </message>
    <message>
        <source>Connects without encryption; STARTTLS is offered, so choose it</source>
        <translation>Conecta sin cifrar; se ofrece STARTTLS, así que elíjalo</translation>
    </message>
    <message>
        <source>Connects, but offers no encryption</source>
        <translation>Conecta, pero no ofrece cifrado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Refused: nothing listens on this port</source>
        <translation>Rechazado: nada escucha en este puerto</translation>
    </message>
    <message>
        <source>Not found: %1 has no address in DNS</source>
        <translation>No encontrado: %1 no tiene dirección en el DNS</translation>
    </message>
    <message>
        <source>Network unreachable: check your internet connection</source>
        <translation>Red inaccesible: compruebe su conexión a Internet</translation>
    </message>
    <message>
        <source>Timed out: a firewall may block this port</source>
        <translation>Tiempo agotado: puede que un cortafuegos bloquee este puerto</translation>
    </message>
    <message>
        <source>Timed out during the TLS handshake: this port may not use TLS from the start</source>
        <translation>Tiempo agotado durante la negociación TLS: puede que este puerto no use TLS desde el principio</translation>
    </message>
    <message>
        <source>Timed out: connected, but the server did not answer in time</source>
        <translation>Tiempo agotado: conectó, pero el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>Closed: the server hung up without finishing</source>
        <translation>Cerrado: el servidor cortó la conexión antes de terminar</translation>
    </message>
    <message>
        <source>Refuses service here (reply %1)</source>
        <translation>Rechaza el servicio aquí (respuesta %1)</translation>
    </message>
    <message>
        <source>Answers, but rejected EHLO (reply %1)</source>
        <translation>Responde, pero rechazó EHLO (respuesta %1)</translation>
    </message>
    <message>
        <source>Offers STARTTLS, but refused it (reply %1)</source>
        <translation>Ofrece STARTTLS, pero lo rechazó (respuesta %1)</translation>
    </message>
    <message>
        <source>Unsafe: data arrived before encryption started</source>
        <translation>Inseguro: llegaron datos antes de que empezara el cifrado</translation>
    </message>
    <message>
        <source>TLS failed: this port may expect STARTTLS or plain text</source>
        <translation>Falló TLS: puede que este puerto espere STARTTLS o texto sin cifrar</translation>
    </message>
    <message>
        <source>TLS failed after STARTTLS</source>
        <translation>Falló TLS después de STARTTLS</translation>
    </message>
    <message>
        <source>Encrypted, but the certificate is not trusted</source>
        <translation>Cifrado, pero el certificado no es de confianza</translation>
    </message>
    <message>
        <source>Answers, but not like an SMTP server</source>
        <translation>Responde, pero no como un servidor SMTP</translation>
    </message>
    <message>
        <source>Does not work here (%1)</source>
        <translation>No funciona aquí (%1)</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>Connecting to %1, port %2.</source>
        <translation>Conectando con %1, puerto %2.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>TLS handshake started.</source>
        <translation>Negociación TLS iniciada.</translation>
    </message>
    <message>
        <source>TLS established: %1, cipher %2.</source>
        <translation>TLS establecido: %1, conjunto de cifrado %2.</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>Problema con el certificado: %1</translation>
    </message>
    <message>
        <source>The certificate is accepted for this run because its SHA-256 fingerprint is the one you trusted.</source>
        <translation>El certificado se acepta para esta prueba porque su huella digital SHA-256 es la que usted indicó como de confianza.</translation>
    </message>
    <message>
        <source>The fingerprint you trusted does not match the server&apos;s certificate (%1).</source>
        <translation>La huella digital de confianza que indicó no coincide con el certificado del servidor (%1).</translation>
    </message>
    <message>
        <source>The server ended a line with a bare LF instead of CRLF; that breaks RFC 5321.</source>
        <translation>El servidor terminó una línea con un LF suelto en lugar de CRLF; eso incumple el RFC 5321.</translation>
    </message>
    <message>
        <source>the server closed the connection during the handshake</source>
        <translation>el servidor cerró la conexión durante la negociación</translation>
    </message>
    <message>
        <source>The connection closed in the middle of a reply.</source>
        <translation>La conexión se cerró en mitad de una respuesta.</translation>
    </message>
    <message>
        <source>The server did not confirm QUIT in time; closing anyway.</source>
        <translation>El servidor no confirmó QUIT a tiempo; se cierra la conexión de todos modos.</translation>
    </message>
    <message>
        <source>The server does not understand EHLO; trying HELO (no extensions).</source>
        <translation>El servidor no entiende EHLO; se prueba con HELO (sin extensiones).</translation>
    </message>
    <message>
        <source>Data arrived after the 220 reply to STARTTLS and before the TLS handshake.</source>
        <translation>Llegaron datos después de la respuesta 220 a STARTTLS y antes de la negociación TLS.</translation>
    </message>
    <message>
        <source>The server explained why it refused the token: %1</source>
        <translation>El servidor explicó por qué rechazó el token: %1</translation>
    </message>
    <message>
        <source>The server offers PIPELINING: MAIL FROM and RCPT TO go out in one batch.</source>
        <translation>El servidor ofrece PIPELINING: MAIL FROM y RCPT TO se envían en un solo lote.</translation>
    </message>
    <message>
        <source>(test message, %1 bytes)</source>
        <translation>(mensaje de prueba, %1 bytes)</translation>
    </message>
    <message>
        <source>Stopping here as configured.</source>
        <translation>Se detiene aquí, según lo configurado.</translation>
    </message>
    <message>
        <source>The server offers no STARTTLS; the session goes on without encryption.</source>
        <translation>El servidor no ofrece STARTTLS; la sesión continúa sin cifrar.</translation>
    </message>
</context>
<context>
    <name>SmtpConfig</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Escriba el nombre de host o la dirección del servidor.</translation>
    </message>
    <message>
        <source>Enter a port between 1 and 65535.</source>
        <translation>Escriba un puerto entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The host name contains a line break; remove it.</source>
        <translation>El nombre de host contiene un salto de línea; elimínelo.</translation>
    </message>
    <message>
        <source>The EHLO name contains a line break; remove it.</source>
        <translation>El nombre EHLO contiene un salto de línea; elimínelo.</translation>
    </message>
    <message>
        <source>The user name contains a line break; remove it.</source>
        <translation>El nombre de usuario contiene un salto de línea; elimínelo.</translation>
    </message>
    <message>
        <source>The sender address contains a line break; remove it.</source>
        <translation>La dirección del remitente contiene un salto de línea; elimínelo.</translation>
    </message>
    <message>
        <source>The VRFY argument contains a line break; remove it.</source>
        <translation>El argumento de VRFY contiene un salto de línea; elimínelo.</translation>
    </message>
    <message>
        <source>A recipient is empty or contains a line break; correct it.</source>
        <translation>Un destinatario está vacío o contiene un salto de línea; corríjalo.</translation>
    </message>
    <message>
        <source>Time limits must be greater than zero.</source>
        <translation>Los límites de tiempo deben ser mayores que cero.</translation>
    </message>
    <message>
        <source>Reply size limits must be greater than zero.</source>
        <translation>Los límites de tamaño de respuesta deben ser mayores que cero.</translation>
    </message>
    <message>
        <source>XOAUTH2 needs a user name and an access token.</source>
        <translation>XOAUTH2 necesita un nombre de usuario y un token de acceso.</translation>
    </message>
    <message>
        <source>This authentication method needs a user name and a password.</source>
        <translation>Este método de autenticación necesita un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password or token.</source>
        <translation>Escriba el nombre de usuario correspondiente a la contraseña o al token.</translation>
    </message>
    <message>
        <source>Recipients need a sender: enter the MAIL FROM address too.</source>
        <translation>Los destinatarios necesitan un remitente: escriba también la dirección MAIL FROM.</translation>
    </message>
    <message>
        <source>Sending a test message needs at least one recipient.</source>
        <translation>Para enviar un mensaje de prueba hace falta al menos un destinatario.</translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint has 64 hexadecimal digits; check the one you entered.</source>
        <translation>Una huella digital SHA-256 tiene 64 dígitos hexadecimales; revise la que ha escrito.</translation>
    </message>
    <message>
        <source>The password or token contains a NUL character, which cannot be sent; type it again.</source>
        <translation>La contraseña o el token contiene un carácter NUL, que no se puede enviar; vuelva a escribirlo.</translation>
    </message>
</context>
<context>
    <name>SmtpError</name>
    <message>
        <source>The test was cancelled before it finished.</source>
        <translation>La prueba se canceló antes de terminar.</translation>
    </message>
    <message>
        <source>The test cannot start with these settings: %1</source>
        <translation>La prueba no puede empezar con esta configuración: %1</translation>
    </message>
    <message>
        <source>The extra CA file could not be read or holds no PEM certificate (%1). Check the path and the file&apos;s format.</source>
        <translation>No se pudo leer el archivo de CA adicional o no contiene ningún certificado PEM (%1). Compruebe la ruta y el formato del archivo.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found. Check its spelling and your network or DNS settings.</source>
        <translation>No se encontró el nombre de host %1. Compruebe cómo está escrito y la configuración de red o de DNS.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2. Check the port: the server may not accept mail on it, or a firewall rejects the connection.</source>
        <translation>%1 rechazó la conexión en el puerto %2. Compruebe el puerto: puede que el servidor no acepte correo en él o que un cortafuegos rechace la conexión.</translation>
    </message>
    <message>
        <source>The network to %1 cannot be reached. Check your network connection.</source>
        <translation>No se puede llegar a la red de %1. Compruebe su conexión de red.</translation>
    </message>
    <message>
        <source>A network error occurred while talking to %1: %2</source>
        <translation>Se produjo un error de red al comunicarse con %1: %2</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds during the %2 step. A firewall may drop the traffic, the server may be overloaded, or the port may expect another security setting.</source>
        <translation>El servidor no respondió en %1 segundos durante el paso de %2. Puede que un cortafuegos descarte el tráfico, que el servidor esté sobrecargado o que el puerto espere otra opción de seguridad.</translation>
    </message>
    <message>
        <source>The test took longer than its overall limit of %1 seconds and was stopped. The server answers too slowly; try again later or raise the limit.</source>
        <translation>La prueba superó su límite total de %1 segundos y se detuvo. El servidor responde demasiado despacio; vuelva a intentarlo más tarde o aumente el límite.</translation>
    </message>
    <message>
        <source>The server closed the connection during the %1 step. It may limit connections or refuse your address; try again later.</source>
        <translation>El servidor cerró la conexión durante el paso de %1. Puede que limite las conexiones o rechace su dirección; vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server is not available right now (reply %1). Try again later; if it persists, contact the server&apos;s operator.</source>
        <translation>El servidor no está disponible en este momento (respuesta %1). Vuelva a intentarlo más tarde; si el problema continúa, póngase en contacto con el administrador del servidor.</translation>
    </message>
    <message>
        <source>The server refused the session in its greeting (reply %1). It may block your address or network; contact the server&apos;s operator.</source>
        <translation>El servidor rechazó la sesión en su saludo (respuesta %1). Puede que bloquee su dirección o su red; póngase en contacto con el administrador del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid SMTP. Check that this port belongs to a mail server and that the security setting matches it (for example implicit TLS on port 465).</source>
        <translation>La respuesta del servidor no es SMTP válido. Compruebe que este puerto corresponde a un servidor de correo y que la opción de seguridad es la adecuada (por ejemplo, SSL/TLS en el puerto 465).</translation>
    </message>
    <message>
        <source>The server sent a line longer than the limit. It is misbehaving or is not a mail server.</source>
        <translation>El servidor envió una línea que supera la longitud máxima. Funciona de forma anómala o no es un servidor de correo.</translation>
    </message>
    <message>
        <source>The server sent a reply with more lines than the limit. It is misbehaving or is not a mail server.</source>
        <translation>El servidor envió una respuesta con más líneas de las permitidas. Funciona de forma anómala o no es un servidor de correo.</translation>
    </message>
    <message>
        <source>The server sent a reply larger than the limit. It is misbehaving or is not a mail server.</source>
        <translation>El servidor envió una respuesta más grande de lo permitido. Funciona de forma anómala o no es un servidor de correo.</translation>
    </message>
    <message>
        <source>The server changed the reply code in the middle of a multi-line reply; it does not follow the SMTP standard.</source>
        <translation>El servidor cambió el código de respuesta en mitad de una respuesta de varias líneas; no sigue el estándar SMTP.</translation>
    </message>
    <message>
        <source>The server sent data nobody asked for during the %1 step; it does not follow the SMTP standard.</source>
        <translation>El servidor envió datos que nadie había pedido durante el paso de %1; no sigue el estándar SMTP.</translation>
    </message>
    <message>
        <source>The server answered the %1 step with an unexpected reply (%2).</source>
        <translation>El servidor respondió al paso de %1 con una respuesta inesperada (%2).</translation>
    </message>
    <message>
        <source>The server rejected both EHLO and HELO (reply %1). Check the EHLO name, or contact the server&apos;s operator.</source>
        <translation>El servidor rechazó tanto EHLO como HELO (respuesta %1). Compruebe el nombre EHLO o póngase en contacto con el administrador del servidor.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the test stopped before sending anything secret. If the port expects TLS from the start (usually 465), choose implicit TLS; otherwise ask the operator to enable STARTTLS.</source>
        <translation>El servidor no ofrece STARTTLS, así que la prueba se detuvo antes de enviar ningún dato confidencial. Si el puerto espera TLS desde el principio (normalmente el 465), elija SSL/TLS; si no, pida al administrador del servidor que active STARTTLS.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS (reply %1), so the test stopped before sending anything secret. Try again later or contact the server&apos;s operator.</source>
        <translation>El servidor rechazó STARTTLS (respuesta %1), así que la prueba se detuvo antes de enviar ningún dato confidencial. Vuelva a intentarlo más tarde o póngase en contacto con el administrador del servidor.</translation>
    </message>
    <message>
        <source>Data arrived after the server accepted STARTTLS and before encryption started. That is how a response-injection attack looks, so the test stopped. Check for proxies or security software that intercepts mail, and tell the server&apos;s operator.</source>
        <translation>Llegaron datos después de que el servidor aceptara STARTTLS y antes de que empezara el cifrado. Así es como se presenta un ataque de inyección de respuestas, por lo que la prueba se detuvo. Compruebe si hay proxies o software de seguridad que intercepten el correo y avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1. Check that the security setting matches the port and that the server supports a current TLS version.</source>
        <translation>La negociación TLS falló: %1. Compruebe que la opción de seguridad corresponde al puerto y que el servidor admite una versión actual de TLS.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing secret was sent. Check the host name; if you know this certificate, trust its SHA-256 fingerprint for one run or add the CA file that issued it.</source>
        <translation>No se pudo verificar el certificado del servidor, así que no se envió ningún dato confidencial. Compruebe el nombre de host; si conoce este certificado, confíe en su huella digital SHA-256 para una sola prueba o añada el archivo de la CA que lo emitió.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so your credentials were not sent. Choose STARTTLS or implicit TLS, or explicitly allow authentication without encryption.</source>
        <translation>La conexión no está cifrada, así que no se enviaron sus credenciales. Elija STARTTLS o SSL/TLS, o permita expresamente la autenticación sin cifrado.</translation>
    </message>
    <message>
        <source>The server does not offer authentication on this connection. Many servers offer it only after STARTTLS, or only on the submission port 587.</source>
        <translation>El servidor no ofrece autenticación en esta conexión. Muchos servidores solo la ofrecen después de STARTTLS o solo en el puerto de envío 587.</translation>
    </message>
    <message>
        <source>The server does not offer the chosen authentication method (%1). Choose automatic selection or a method the server offers.</source>
        <translation>El servidor no ofrece el método de autenticación elegido (%1). Elija la selección automática o un método que ofrezca el servidor.</translation>
    </message>
    <message>
        <source>None of the authentication methods the server offers (%1) can be used with the credentials you entered.</source>
        <translation>Ninguno de los métodos de autenticación que ofrece el servidor (%1) se puede usar con las credenciales que ha indicado.</translation>
    </message>
    <message>
        <source>The server rejected the credentials (reply %1). Check the user name and password; some providers require an app password or an OAuth token.</source>
        <translation>El servidor rechazó las credenciales (respuesta %1). Compruebe el nombre de usuario y la contraseña; algunos proveedores exigen una contraseña de aplicación o un token OAuth.</translation>
    </message>
    <message>
        <source>The server refused this authentication method or needs an extra step (reply %1). Choose a stronger method or follow the provider&apos;s instructions, for example an app password.</source>
        <translation>El servidor rechazó este método de autenticación o necesita un paso adicional (respuesta %1). Elija un método más seguro o siga las instrucciones del proveedor; por ejemplo, use una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>The server requires encryption for this authentication method (reply %1). Choose STARTTLS or implicit TLS.</source>
        <translation>El servidor exige cifrado para este método de autenticación (respuesta %1). Elija STARTTLS o SSL/TLS.</translation>
    </message>
    <message>
        <source>Authentication failed for a temporary reason (reply %1). Try again later.</source>
        <translation>La autenticación falló por un motivo temporal (respuesta %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server rejected the authentication command (reply %1). Try another authentication method.</source>
        <translation>El servidor rechazó la orden de autenticación (respuesta %1). Pruebe otro método de autenticación.</translation>
    </message>
    <message>
        <source>The authentication exchange broke down: %1. Try another authentication method.</source>
        <translation>El intercambio de autenticación se interrumpió: %1. Pruebe otro método de autenticación.</translation>
    </message>
    <message>
        <source>The server requires encryption before this command (reply %1). Choose STARTTLS or implicit TLS.</source>
        <translation>El servidor exige cifrado antes de esta orden (respuesta %1). Elija STARTTLS o SSL/TLS.</translation>
    </message>
    <message>
        <source>The server requires authentication before accepting mail (reply %1). Enter a user name and password.</source>
        <translation>El servidor exige autenticación antes de aceptar correo (respuesta %1). Escriba un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>The server rejected the sender address (reply %1). Check the address; many servers accept only addresses of the authenticated user.</source>
        <translation>El servidor rechazó la dirección del remitente (respuesta %1). Compruebe la dirección; muchos servidores solo aceptan direcciones del usuario autenticado.</translation>
    </message>
    <message>
        <source>The server rejected every recipient (reply %1). Check the addresses; the server may refuse to relay to them.</source>
        <translation>El servidor rechazó todos los destinatarios (respuesta %1). Compruebe las direcciones; puede que el servidor se niegue a reenviarles correo.</translation>
    </message>
    <message>
        <source>The server refused to receive message data (reply %1).</source>
        <translation>El servidor se negó a recibir los datos del mensaje (respuesta %1).</translation>
    </message>
    <message>
        <source>The server rejected the test message (reply %1).</source>
        <translation>El servidor rechazó el mensaje de prueba (respuesta %1).</translation>
    </message>
</context>
<context>
    <name>SmtpStepText</name>
    <message>
        <source>connecting</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>negociación TLS</translation>
    </message>
    <message>
        <source>server greeting</source>
        <translation>saludo del servidor</translation>
    </message>
    <message>
        <source>authentication (AUTH)</source>
        <translation>autenticación (AUTH)</translation>
    </message>
    <message>
        <source>message content</source>
        <translation>contenido del mensaje</translation>
    </message>
</context>
<context>
    <name>StepDelegate</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>TestCommand</name>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>No se pudo leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>El archivo %1 está vacío.</translation>
    </message>
    <message>
        <source>Passwords and tokens are never accepted on the command line, where other users and the shell history could see them. Use --password-file, --password-env or the prompt.</source>
        <translation>Las contraseñas y los tokens nunca se aceptan en la línea de órdenes, donde otros usuarios y el historial del shell podrían verlos. Use --password-file, --password-env o escríbalos cuando se le pidan.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Run &quot;smtpdesk test --help&quot; for the list.</source>
        <translation>La opción «%1» no existe. Ejecute «smtpdesk test --help» para ver la lista.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>La opción %1 necesita un valor.</translation>
    </message>
    <message>
        <source>The value of %1 is too long.</source>
        <translation>El valor de %1 es demasiado largo.</translation>
    </message>
    <message>
        <source>The option %1 is given more than once.</source>
        <translation>La opción %1 aparece más de una vez.</translation>
    </message>
    <message>
        <source>Give the server with --host, for example --host smtp.example.com.</source>
        <translation>Indique el servidor con --host, por ejemplo: --host smtp.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server name: use letters, digits, dots and hyphens, or an IP address.</source>
        <translation>«%1» no es un nombre de servidor válido: use letras, números, puntos y guiones, o una dirección IP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port: use a number from 1 to 65535 (usually 587, 465 or 25).</source>
        <translation>«%1» no es un puerto válido: use un número del 1 al 65535 (normalmente 587, 465 o 25).</translation>
    </message>
    <message>
        <source>Unknown security &quot;%1&quot;: use none, starttls or tls.</source>
        <translation>El modo de seguridad «%1» no existe: use none, starttls o tls.</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot;: use auto, plain, login, cram-md5, xoauth2 or none.</source>
        <translation>El método de inicio de sesión «%1» no existe: use auto, plain, login, cram-md5, xoauth2 o none.</translation>
    </message>
    <message>
        <source>Use either --password-file or --password-env, not both.</source>
        <translation>Use --password-file o --password-env, pero no ambas.</translation>
    </message>
    <message>
        <source>Use either a password or an OAuth token (--token-file), not both.</source>
        <translation>Use una contraseña o un token OAuth (--token-file), pero no ambos.</translation>
    </message>
    <message>
        <source>An OAuth token (--token-file) only works with --auth xoauth2.</source>
        <translation>Un token OAuth (--token-file) solo funciona con --auth xoauth2.</translation>
    </message>
    <message>
        <source>--auth none contradicts the sign-in options given.</source>
        <translation>--auth none contradice las opciones de inicio de sesión indicadas.</translation>
    </message>
    <message>
        <source>A password or token needs a user name: add --user.</source>
        <translation>Una contraseña o un token necesitan un nombre de usuario: añada --user.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable de entorno %1 no está definida.</translation>
    </message>
    <message>
        <source>No password given for %1: use --password-file or --password-env (there is no terminal to ask on).</source>
        <translation>No se indicó ninguna contraseña para %1: use --password-file o --password-env (no hay ningún terminal en el que preguntarla).</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>No se escribió ninguna contraseña.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address: it needs a name, an @ and a domain, like ana@example.com.</source>
        <translation>«%1» no es una dirección de correo: necesita un nombre, una @ y un dominio, como ana@example.com.</translation>
    </message>
    <message>
        <source>--to needs a sender too: add --from.</source>
        <translation>--to también necesita un remitente: añada --from.</translation>
    </message>
    <message>
        <source>--send-test-message needs --from and at least one --to.</source>
        <translation>--send-test-message necesita --from y al menos un --to.</translation>
    </message>
    <message>
        <source>Unknown stop point &quot;%1&quot;: use connect, tls, auth, mail or rcpt.</source>
        <translation>El punto de parada «%1» no existe: use connect, tls, auth, mail o rcpt.</translation>
    </message>
    <message>
        <source>--stop-after %1 needs --from.</source>
        <translation>--stop-after %1 necesita --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid timeout: use a number of seconds from 1 to 600.</source>
        <translation>«%1» no es un tiempo de espera válido: use un número de segundos del 1 al 600.</translation>
    </message>
    <message>
        <source>Usage: smtpdesk test --host HOST [--port PORT] [--security none|starttls|tls]
         [--user USER] [--password-file FILE | --password-env VAR]
         [--auth auto|plain|login|cram-md5|xoauth2|none] [--token-file FILE]
         [--from ADDRESS] [--to ADDRESS]… [--vrfy ADDRESS] [--help-cmd] [--send-test-message]
         [--stop-after connect|tls|auth|mail|rcpt] [--timeout SECONDS] [--ehlo-name NAME]
         [--ca-file FILE] [--trust-fingerprint SHA256] [--allow-plaintext-auth]
         [--json] [--transcript] [--lang en|vi|es]

Runs the guided SMTP test: connect, greeting, EHLO, STARTTLS or TLS, AUTH and, if asked, MAIL FROM,
RCPT TO, VRFY, HELP and a test message. No mail is sent unless --send-test-message is given.
Security defaults from the port: 465 uses TLS, 25 uses STARTTLS when the server offers it,
other ports STARTTLS. Passwords are never taken from the command line: use --password-file,
--password-env, or type it when asked.

Exit status: 0 every step passed (warnings allowed), 2 wrong usage, 3 DNS or connection,
4 TLS, 5 greeting, 6 EHLO, 7 AUTH, 8 MAIL FROM, 9 RCPT TO, 10 DATA, 11 other failure.</source>
        <translation>Uso: smtpdesk test --host SERVIDOR [--port PUERTO] [--security none|starttls|tls]
       [--user USUARIO] [--password-file ARCHIVO | --password-env VARIABLE]
       [--auth auto|plain|login|cram-md5|xoauth2|none] [--token-file ARCHIVO]
       [--from DIRECCIÓN] [--to DIRECCIÓN]… [--vrfy DIRECCIÓN] [--help-cmd] [--send-test-message]
       [--stop-after connect|tls|auth|mail|rcpt] [--timeout SEGUNDOS] [--ehlo-name NOMBRE]
       [--ca-file ARCHIVO] [--trust-fingerprint SHA256] [--allow-plaintext-auth]
       [--json] [--transcript] [--lang en|vi|es]

Ejecuta la prueba SMTP guiada: conexión, saludo, EHLO, STARTTLS o TLS, AUTH y, si se pide, MAIL FROM,
RCPT TO, VRFY, HELP y un mensaje de prueba. No se envía ningún correo salvo que se indique --send-test-message.
La seguridad por omisión depende del puerto: el 465 usa TLS, el 25 usa STARTTLS si el servidor lo ofrece
y los demás, STARTTLS. La contraseña nunca se toma de la línea de órdenes: use --password-file,
--password-env o escríbala cuando se le pida.

Código de salida: 0 todos los pasos correctos (se admiten advertencias), 2 uso incorrecto, 3 DNS o conexión,
4 TLS, 5 saludo, 6 EHLO, 7 AUTH, 8 MAIL FROM, 9 RCPT TO, 10 DATA, 11 otro fallo.</translation>
    </message>
    <message>
        <source>The value of %1 contains characters that are not valid text (invalid UTF-8 or control characters). Type it again or check the terminal&apos;s character encoding.</source>
        <translation>El valor de %1 contiene caracteres que no son texto válido (UTF-8 incorrecto o caracteres de control). Escríbalo de nuevo o revise la codificación de caracteres de la terminal.</translation>
    </message>
</context>
<context>
    <name>TestReport</name>
    <message>
        <source>none (plain text)</source>
        <translation>ninguna (texto sin cifrar)</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>SMTP Desk connection test — %1</source>
        <translation>Prueba de conexión de SMTP Desk — %1</translation>
    </message>
    <message>
        <source>Server: %1, port %2, security: %3</source>
        <translation>Servidor: %1, puerto %2, seguridad: %3</translation>
    </message>
    <message>
        <source>User: %1 (password not shown)</source>
        <translation>Usuario: %1 (contraseña oculta)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>More: smtpdesk lookup %1</source>
        <translation>Más información: smtpdesk lookup %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente paso: %1</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <translation>Huella digital del certificado (SHA-256): %1</translation>
    </message>
    <message>
        <source>Transcript (passwords removed):</source>
        <translation>Registro de la sesión (sin contraseñas):</translation>
    </message>
    <message>
        <source>STARTTLS if offered</source>
        <translation>STARTTLS si se ofrece</translation>
    </message>
</context>
<context>
    <name>TlsReport</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1
Certificate: %2
Issued by: %3
Valid from %4 to %5
Names: %6
SHA-256: %7</source>
        <translation>%1
Certificado: %2
Emitido por: %3
Válido desde %4 hasta %5
Nombres: %6
SHA-256: %7</translation>
    </message>
</context>
</TS>
