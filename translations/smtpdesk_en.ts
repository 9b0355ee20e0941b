<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CodeBrowser</name>
    <message numerus="yes">
        <source>The built-in code catalog is damaged (%n problem(s)); some codes may be missing. Please report this.</source>
        <translation>
            <numerusform>The built-in code catalog is damaged (%n problem); some codes may be missing. Please report this.</numerusform>
            <numerusform>The built-in code catalog is damaged (%n problems); some codes may be missing. Please report this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n code(s), grouped by class. Type a code, a prefix such as 5.7 or 5xx, or a word.</source>
        <translation>
            <numerusform>%n code, grouped by class. Type a code, a prefix such as 5.7 or 5xx, or a word.</numerusform>
            <numerusform>All %n codes, grouped by class. Type a code, a prefix such as 5.7 or 5xx, or a word.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) match.</source>
        <translation>
            <numerusform>%n code matches.</numerusform>
            <numerusform>%n codes match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n code(s) in the pasted text.</source>
        <translation>
            <numerusform>Found %n code in the pasted text.</numerusform>
            <numerusform>Found %n codes in the pasted text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuidedAdvice</name>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s) (%1). Tell the server&apos;s operator.</source>
        <translation>
            <numerusform>The server&apos;s certificate expires in %n day (%1). Tell the server&apos;s operator.</numerusform>
            <numerusform>The server&apos;s certificate expires in %n days (%1). Tell the server&apos;s operator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server works, with %n warning(s).</source>
        <translation>
            <numerusform>The server works, with %n warning.</numerusform>
            <numerusform>The server works, with %n warnings.</numerusform>
        </translation>
    </message>
</context>
</TS>
