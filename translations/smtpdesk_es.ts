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
    <message>
        <source>Choose a code on the left to read what it means and how to fix it.</source>
        <translation>Elija un código a la izquierda para ver qué significa y cómo solucionarlo.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Compare two codes</source>
        <translation>Comparar dos códigos</translation>
    </message>
    <message>
        <source>Pick two reply codes to see their meaning, when each appears and how they differ.</source>
        <translation>Elija dos códigos de respuesta para ver qué significan, cuándo aparece cada uno y en qué se diferencian.</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Test a mail server connection</source>
        <translation>Probar la conexión con un servidor de correo</translation>
    </message>
    <message>
        <source>Check a server step by step: connection, encryption, sign-in and sending.</source>
        <translation>Compruebe un servidor paso a paso: conexión, cifrado, inicio de sesión y envío.</translation>
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
</TS>
