<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>pivori::AckCommand</name>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="40"/>
        <source>Acknowledges alerts: creates an Alertmanager silence whose comment starts with &quot;ACK!&quot; and prints its id.
Exit codes: 0 created (the id is printed); 1 not created (no replica took it, or one refused it); 2 bad arguments; 3 unknown: the answer was lost and not every replica could be asked whether the silence exists (stderr names the ack&apos;s token to look for). When an answer is lost, the replicas are asked for the ack&apos;s token before answering, so 0 and 1 are what Alertmanager holds. There is no outbox on the command line: nothing is retried.</source>
        <translation>Quittiert Alarme: legt in Alertmanager eine Stummschaltung an, deren Kommentar mit „ACK!“ beginnt, und gibt ihre ID aus.
Exit-Codes: 0 angelegt (die ID wird ausgegeben); 1 nicht angelegt (keine Replica hat sie angenommen, oder eine hat sie abgelehnt); 2 falsche Argumente; 3 unbekannt: die Antwort ging verloren und nicht jede Replica konnte gefragt werden, ob die Stummschaltung existiert (stderr nennt das Token der Quittierung, nach dem zu suchen ist). Geht eine Antwort verloren, werden die Replicas vor der Antwort nach dem Token gefragt, daher sind 0 und 1 das, was Alertmanager hält. Auf der Kommandozeile gibt es keinen Ausgang: nichts wird wiederholt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="51"/>
        <source>Which alerts, e.g. &apos;alertname=&quot;HighP95Latency&quot;&apos; or &apos;service=trading&apos;; repeatable, all must hold.</source>
        <translation>Welche Alarme, z. B. &apos;alertname=&quot;HighP95Latency&quot;&apos; oder &apos;service=trading&apos;; wiederholbar, alle müssen zutreffen.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="54"/>
        <source>matcher</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="56"/>
        <source>How long the acknowledgement lasts, e.g. 2h; at most %1 days.</source>
        <translation>Wie lange die Quittierung gilt, z. B. 2h; höchstens %1 Tage.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="58"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="60"/>
        <source>Why, or what is being done.</source>
        <translation>Warum, oder was gerade getan wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="60"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="61"/>
        <source>Who acknowledges (default: $USER).</source>
        <translation>Wer quittiert (Standard: $USER).</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="62"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="66"/>
        <source>ack: unexpected argument &quot;%1&quot; (matchers go in --matcher)</source>
        <translation>ack: unerwartetes Argument „%1“ (Matcher gehören zu --matcher)</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="76"/>
        <source>ack: --matcher &quot;%1&quot;: %2</source>
        <translation>ack: --matcher „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="77"/>
        <source>no matcher in it</source>
        <translation>kein Matcher darin</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="83"/>
        <source>ack: give at least one --matcher</source>
        <translation>ack: mindestens ein --matcher ist nötig</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="89"/>
        <source>ack: --duration must be a positive duration like 30m or 2h</source>
        <translation>ack: --duration muss eine positive Dauer wie 30m oder 2h sein</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="93"/>
        <source>ack: --duration %1 refused: %2</source>
        <translation>ack: --duration %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="98"/>
        <source>ack: --comment is required: say why, or what is being done</source>
        <translation>ack: --comment ist Pflicht: sagen Sie, warum oder was getan wird</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="105"/>
        <source>ack: --author must not be empty</source>
        <translation>ack: --author darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="132"/>
        <source>ack: unknown whether anything was acknowledged: %1; and no replica answered the check: %2. Look for &quot;[ack:%3]&quot; with `pivori-console silences` before acknowledging again.</source>
        <translation>ack: unbekannt, ob etwas quittiert wurde: %1; und keine Replica hat auf die Prüfung geantwortet: %2. Suchen Sie mit `pivori-console silences` nach „[ack:%3]“, bevor Sie erneut quittieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="142"/>
        <source>ack: the answer was lost (%1), but silence %2 carries this acknowledgement: it was created</source>
        <translation>ack: die Antwort ging verloren (%1), aber Stummschaltung %2 trägt diese Quittierung: sie wurde angelegt</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="154"/>
        <source>ack: nothing was acknowledged: %1 (no replica holds it)</source>
        <translation>ack: nichts wurde quittiert: %1 (keine Replica hält sie)</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="159"/>
        <source>ack: unknown whether anything was acknowledged: %1; %2 did not answer the check. Look for &quot;[ack:%3]&quot; with `pivori-console silences` before acknowledging again.</source>
        <translation>ack: unbekannt, ob etwas quittiert wurde: %1; %2 hat auf die Prüfung nicht geantwortet. Suchen Sie mit `pivori-console silences` nach „[ack:%3]“, bevor Sie erneut quittieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="175"/>
        <source>ack: nothing was acknowledged: %1</source>
        <translation>ack: nichts wurde quittiert: %1</translation>
    </message>
</context>
<context>
    <name>pivori::AckOutbox</name>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="60"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="78"/>
        <source>&quot;token&quot; is missing</source>
        <translation>„token“ fehlt</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="83"/>
        <source>entry %1: cluster, comment, author and state must be strings</source>
        <translation>Eintrag %1: cluster, comment, author und state müssen Zeichenketten sein</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="89"/>
        <source>entry %1: unknown state &quot;%2&quot;</source>
        <translation>Eintrag %1: unbekannter Zustand „%2“</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="92"/>
        <source>entry %1: createdAt and nextAttempt must be RFC 3339 times</source>
        <translation>Eintrag %1: createdAt und nextAttempt müssen RFC-3339-Zeitangaben sein</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="98"/>
        <source>entry %1: durationMs and attempts must be non-negative numbers</source>
        <translation>Eintrag %1: durationMs und attempts müssen nichtnegative Zahlen sein</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="114"/>
        <source>entry %1: matchers must be a non-empty list</source>
        <translation>Eintrag %1: matchers muss eine nichtleere Liste sein</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="120"/>
        <source>entry %1: a matcher needs name, value, isRegex and isEqual</source>
        <translation>Eintrag %1: ein Matcher braucht name, value, isRegex und isEqual</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="195"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="200"/>
        <source>expected {&quot;version&quot;: %1, &quot;entries&quot;: [...]}</source>
        <translation>erwartet {&quot;version&quot;: %1, &quot;entries&quot;: [...]}</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="222"/>
        <source>larger than %1 bytes</source>
        <translation>größer als %1 Byte</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="227"/>
        <source>cannot read the acknowledge outbox %1: %2</source>
        <translation>der Quittierungs-Ausgang %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/alerts/ackoutbox.cpp" line="236"/>
        <source>%n entries could not be read (%1)</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden (%1)</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="250"/>
        <source>the acknowledge outbox %1 is damaged (%2) and could not be moved aside: %3</source>
        <translation>der Quittierungs-Ausgang %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/alerts/ackoutbox.cpp" line="252"/>
        <source>the acknowledge outbox %1 is damaged (%2); it was kept as %3 and %n readable entries were recovered</source>
        <translation>
            <numerusform>der Quittierungs-Ausgang %1 ist beschädigt (%2); er wurde als %3 aufbewahrt und %n lesbarer Eintrag wurde gerettet</numerusform>
            <numerusform>der Quittierungs-Ausgang %1 ist beschädigt (%2); er wurde als %3 aufbewahrt und %n lesbare Einträge wurden gerettet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="283"/>
        <source>the acknowledge outbox %1 could not be read, so it is not overwritten; acknowledgements of this session are kept in memory only</source>
        <translation>der Quittierungs-Ausgang %1 konnte nicht gelesen werden und wird daher nicht überschrieben; Quittierungen dieser Sitzung bleiben nur im Speicher</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="290"/>
        <source>cannot create the directory %1 for the acknowledge outbox</source>
        <translation>das Verzeichnis %1 für den Quittierungs-Ausgang kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="297"/>
        <location filename="../models/alerts/ackoutbox.cpp" line="314"/>
        <source>cannot write the acknowledge outbox %1: %2</source>
        <translation>der Quittierungs-Ausgang %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="306"/>
        <source>cannot write the acknowledge outbox %1 (is the disk full?): %2</source>
        <translation>der Quittierungs-Ausgang %1 kann nicht geschrieben werden (ist die Festplatte voll?): %2</translation>
    </message>
</context>
<context>
    <name>pivori::AckService</name>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="121"/>
        <location filename="../models/alerts/ackservice.cpp" line="377"/>
        <location filename="../models/alerts/ackservice.cpp" line="426"/>
        <source>no Alertmanager cluster named &quot;%1&quot; is configured</source>
        <translation>kein Alertmanager-Cluster namens „%1“ ist konfiguriert</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="123"/>
        <source>an acknowledgement needs at least one matcher</source>
        <translation>eine Quittierung braucht mindestens einen Matcher</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="125"/>
        <source>an acknowledgement needs a positive duration</source>
        <translation>eine Quittierung braucht eine positive Dauer</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="186"/>
        <source>the acknowledgement ran out before any replica of %1 could be reached</source>
        <translation>die Quittierung lief ab, bevor eine Replica von %1 erreicht wurde</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="188"/>
        <source>the acknowledgement ran out before %1 could tell whether it holds it</source>
        <translation>die Quittierung lief ab, bevor %1 sagen konnte, ob es sie hält</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="223"/>
        <source>the last attempt may have created the silence on %1, which does not answer now; it is not sent again until that replica says whether it holds it</source>
        <translation>der letzte Versuch hat die Stummschaltung womöglich auf %1 angelegt, das jetzt nicht antwortet; sie wird nicht erneut gesendet, bis diese Replica sagt, ob sie sie hält</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="378"/>
        <source>extending needs a positive duration</source>
        <translation>Verlängern braucht eine positive Dauer</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="385"/>
        <location filename="../models/alerts/ackservice.cpp" line="459"/>
        <source>the cluster %1 went away</source>
        <translation>der Cluster %1 ist verschwunden</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="386"/>
        <location filename="../models/alerts/ackservice.cpp" line="406"/>
        <location filename="../models/alerts/ackservice.cpp" line="414"/>
        <source>cannot extend silence %1: %2</source>
        <translation>Stummschaltung %1 kann nicht verlängert werden: %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="392"/>
        <source>silence %1 has already expired; acknowledge the alert again</source>
        <translation>Stummschaltung %1 ist bereits abgelaufen; quittieren Sie den Alarm erneut</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="466"/>
        <source>cannot expire silence %1: %2</source>
        <translation>Stummschaltung %1 kann nicht beendet werden: %2</translation>
    </message>
</context>
<context>
    <name>pivori::AcknowledgeDialog</name>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="46"/>
        <source>Acknowledge alerts</source>
        <translation>Alarme quittieren</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="69"/>
        <source>Acknowledge %1</source>
        <translation>%1 quittieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="72"/>
        <source>Acknowledge %n alert(s)</source>
        <translation>
            <numerusform>%n Alarm quittieren</numerusform>
            <numerusform>%n Alarme quittieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="77"/>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="80"/>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="83"/>
        <source>What are you doing about it? (required)</source>
        <translation>Was tun Sie dagegen? (Pflicht)</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="86"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="89"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="93"/>
        <source>Alertmanager will silence every alert these matchers select, until the time above:</source>
        <translation>Alertmanager schaltet jeden Alarm, den diese Matcher auswählen, bis zur obigen Zeit stumm:</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="123"/>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="160"/>
        <source>%1: %2 — matches %n current alert(s)</source>
        <translation>
            <numerusform>%1: %2 — trifft %n aktuellen Alarm</numerusform>
            <numerusform>%1: %2 — trifft %n aktuelle Alarme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="192"/>
        <source>This duration cannot be used: %1.</source>
        <translation>Diese Dauer ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="194"/>
        <source>A comment is required: the next person on call reads it.</source>
        <translation>Ein Kommentar ist Pflicht: die nächste Person in Bereitschaft liest ihn.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="196"/>
        <source>An author is required.</source>
        <translation>Ein Autor ist Pflicht.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="198"/>
        <source>The alerts show as acknowledged once Alertmanager has confirmed the silence.</source>
        <translation>Die Alarme erscheinen als quittiert, sobald Alertmanager die Stummschaltung bestätigt hat.</translation>
    </message>
</context>
<context>
    <name>pivori::AgeFormat</name>
    <message>
        <location filename="../models/core/ageformat.cpp" line="15"/>
        <source>%1d %2h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location filename="../models/core/ageformat.cpp" line="17"/>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/core/ageformat.cpp" line="19"/>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../models/core/ageformat.cpp" line="20"/>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>pivori::AlertBand</name>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="114"/>
        <location filename="../widgets/noc/alertband.cpp" line="168"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="116"/>
        <source>%1 other</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="117"/>
        <source>%1 acknowledged</source>
        <translation>%1 quittiert</translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="167"/>
        <source>%1 OTHER</source>
        <translation>%1 WEITERE</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/noc/alertband.cpp" line="184"/>
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n quittiert</numerusform>
            <numerusform>%n quittiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="198"/>
        <source>No critical or warning alert needs attention</source>
        <translation>Kein kritischer oder Warnalarm braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="213"/>
        <source>%1 %2/%3  %4</source>
        <translation>%1 %2/%3  %4</translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="220"/>
        <source>for %1</source>
        <translation>seit %1</translation>
    </message>
</context>
<context>
    <name>pivori::AlertCountStrip</name>
    <message>
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="108"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="108"/>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="111"/>
        <source>%n %1 alert(s) firing and not acknowledged</source>
        <translation>
            <numerusform>%n %1-Alarm feuert und ist nicht quittiert</numerusform>
            <numerusform>%n %1-Alarme feuern und sind nicht quittiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="127"/>
        <source>%n other</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="128"/>
        <source>%n acknowledged, silenced or inhibited</source>
        <translation>
            <numerusform>%n quittiert, stummgeschaltet oder unterdrückt</numerusform>
            <numerusform>%n quittiert, stummgeschaltet oder unterdrückt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="134"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="135"/>
        <source>Waiting for Alertmanager…</source>
        <translation>Warte auf Alertmanager…</translation>
    </message>
</context>
<context>
    <name>pivori::AlertHistory</name>
    <message>
        <location filename="../models/devstack/alerthistory.cpp" line="69"/>
        <source>the rule %1 has an unreadable &apos;for&apos;</source>
        <translation>die Regel %1 hat ein unlesbares &apos;for&apos;</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistory.cpp" line="81"/>
        <source>cannot read the alert rules: %1</source>
        <translation>die Alarmregeln können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>pivori::AlertHistoryBackfill</name>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="73"/>
        <source>cannot prepare the Prometheus that evaluates the rules</source>
        <translation>das Prometheus, das die Regeln auswertet, kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="78"/>
        <source>working out the alerts of the history…</source>
        <translation>Alarme der Vorgeschichte werden ermittelt…</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="97"/>
        <source>the Prometheus that evaluates the rules exited (code %1)</source>
        <translation>das Prometheus, das die Regeln auswertet, wurde beendet (Code %1)</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="103"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="129"/>
        <source>the Prometheus that evaluates the rules did not become ready within %1 s</source>
        <translation>das Prometheus, das die Regeln auswertet, war nicht innerhalb von %1 s bereit</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="162"/>
        <source>the rule %1 could not be evaluated: %2</source>
        <translation>die Regel %1 konnte nicht ausgewertet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="193"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="199"/>
        <source>promtool (Debian package prometheus) is missing</source>
        <translation>promtool (Debian-Paket prometheus) fehlt</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="211"/>
        <source>promtool failed (exit %1): %2</source>
        <translation>promtool ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="220"/>
        <source>cannot start promtool: %1</source>
        <translation>promtool kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>pivori::AlertInboxDelegate</name>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="37"/>
        <source>%1 (ended)</source>
        <translation>%1 (beendet)</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="39"/>
        <source>%1 (in %2m)</source>
        <translation>%1 (in %2 min)</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="40"/>
        <source>%1 (in %2h %3m)</source>
        <translation>%1 (in %2 h %3 min)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="105"/>
        <source>%1 — %n alert(s)</source>
        <translation>
            <numerusform>%1 — %n Alarm</numerusform>
            <numerusform>%1 — %n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="116"/>
        <source>Firing since %1</source>
        <translation>Feuert seit %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="126"/>
        <source>Inhibited by: %1</source>
        <translation>Unterdrückt durch: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="128"/>
        <source>An acknowledgement is waiting for Alertmanager to confirm it.</source>
        <translation>Eine Quittierung wartet auf die Bestätigung durch Alertmanager.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="141"/>
        <source>Cluster %1 did not answer the last poll: this is its last known state.</source>
        <translation>Cluster %1 hat auf die letzte Abfrage nicht geantwortet: dies ist sein letzter bekannter Zustand.</translation>
    </message>
</context>
<context>
    <name>pivori::AlertInboxModel</name>
    <message>
        <location filename="../models/alerts/alertfilterproxy.cpp" line="390"/>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="295"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertfilterproxy.cpp" line="391"/>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="296"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="416"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="418"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="420"/>
        <source>Service / instance</source>
        <translation>Dienst / Instanz</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="422"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="424"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="426"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="428"/>
        <source>Acknowledged by</source>
        <translation>Quittiert von</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="430"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="432"/>
        <source>Receivers</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="434"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>pivori::AlertInboxPanel</name>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="37"/>
        <source>Acknowledge…</source>
        <translation>Quittieren…</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="37"/>
        <source>Acknowledge the selected alerts or groups</source>
        <translation>Die ausgewählten Alarme oder Gruppen quittieren</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="37"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="39"/>
        <source>Un-acknowledge</source>
        <translation>Quittierung aufheben</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="39"/>
        <source>Expire the acknowledgement or silence of the selection</source>
        <translation>Die Quittierung oder Stummschaltung der Auswahl beenden</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="39"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="40"/>
        <source>Extend…</source>
        <translation>Verlängern…</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="40"/>
        <source>Add time to the acknowledgements of the selection</source>
        <translation>Den Quittierungen der Auswahl Zeit hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="120"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="156"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="157"/>
        <source>Showing %1 of %n alert(s)</source>
        <translation>
            <numerusform>%1 von %n Alarm angezeigt</numerusform>
            <numerusform>%1 von %n Alarmen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="185"/>
        <source>Show runbook</source>
        <translation>Runbook anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="187"/>
        <source>Copy labels</source>
        <translation>Labels kopieren</translation>
    </message>
</context>
<context>
    <name>pivori::AlertNotifier</name>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="51"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="52"/>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="54"/>
        <source>Notify on new critical alerts</source>
        <translation>Bei neuen kritischen Alarmen benachrichtigen</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="55"/>
        <source>Notify on new warning alerts</source>
        <translation>Bei neuen Warnalarmen benachrichtigen</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="57"/>
        <source>Sound for critical alerts</source>
        <translation>Ton bei kritischen Alarmen</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="58"/>
        <source>Sound for warning alerts</source>
        <translation>Ton bei Warnalarmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="185"/>
        <source>%n new critical alert(s)</source>
        <translation>
            <numerusform>%n neuer kritischer Alarm</numerusform>
            <numerusform>%n neue kritische Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="186"/>
        <source>%n new warning alert(s)</source>
        <translation>
            <numerusform>%n neuer Warnalarm</numerusform>
            <numerusform>%n neue Warnalarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="189"/>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="226"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="218"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="219"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="228"/>
        <source>%n alert(s) already firing: %1</source>
        <translation>
            <numerusform>%n Alarm feuert bereits: %1</numerusform>
            <numerusform>%n Alarme feuern bereits: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="249"/>
        <source>Desktop notifications cannot be shown: %1, and there is no system tray.</source>
        <translation>Desktop-Benachrichtigungen können nicht angezeigt werden: %1, und es gibt keinen Infobereich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="313"/>
        <source>Pivori Console: %n alert(s) firing, worst: %1</source>
        <translation>
            <numerusform>Pivori Console: %n Alarm feuert, schlimmster: %1</numerusform>
            <numerusform>Pivori Console: %n Alarme feuern, schlimmster: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="316"/>
        <source>Others may be missing: %1</source>
        <translation>Andere fehlen womöglich: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="320"/>
        <source>Pivori Console: alerts %1</source>
        <translation>Pivori Console: Alarme %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="323"/>
        <source>Pivori Console: no alert firing</source>
        <translation>Pivori Console: kein Alarm feuert</translation>
    </message>
</context>
<context>
    <name>pivori::AlertPoller</name>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="200"/>
        <source>%1 did not answer in time (%2); showing its alerts as of %3</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2); Alarme mit Stand %3</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="203"/>
        <source>%1 did not answer in time: %2</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="206"/>
        <source>%1 is unreachable (%2); showing its alerts as of %3</source>
        <translation>%1 ist nicht erreichbar (%2); seine Alarme werden mit Stand %3 angezeigt</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="209"/>
        <source>%1 is unreachable: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/alerts/alertpoller.cpp" line="214"/>
        <source>%n replica(s) of %1 did not answer: %2</source>
        <translation>
            <numerusform>%n Replica von %1 hat nicht geantwortet: %2</numerusform>
            <numerusform>%n Replicas von %1 haben nicht geantwortet: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="217"/>
        <source>cannot read the silences of %1 (%2); acknowledgements may be out of date</source>
        <translation>die Stummschaltungen von %1 können nicht gelesen werden (%2); Quittierungen sind womöglich veraltet</translation>
    </message>
</context>
<context>
    <name>pivori::AlertSnapshot</name>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="156"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="160"/>
        <source>snapshot: %1</source>
        <translation>snapshot: %1</translation>
    </message>
</context>
<context>
    <name>pivori::AlertmanagerChecks</name>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="24"/>
        <location filename="../models/health/alertmanagerchecks.cpp" line="230"/>
        <source>no Alertmanager is configured to check</source>
        <translation>kein Alertmanager zum Prüfen konfiguriert</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="76"/>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="77"/>
        <location filename="../models/health/alertmanagerchecks.cpp" line="106"/>
        <location filename="../models/health/alertmanagerchecks.cpp" line="152"/>
        <location filename="../models/health/alertmanagerchecks.cpp" line="202"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="79"/>
        <source>%1 is not ready (HTTP %2)</source>
        <translation>%1 ist nicht bereit (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="83"/>
        <source>%1 of %2 ready</source>
        <translation>%1 von %2 bereit</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="85"/>
        <source>all ready</source>
        <translation>alle bereit</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="88"/>
        <source>every replica is ready</source>
        <translation>jede Replica ist bereit</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="91"/>
        <source>no replica is ready: alerts reach no one. %1</source>
        <translation>keine Replica ist bereit: Alarme erreichen niemanden. %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="92"/>
        <source>replicas not ready: %1</source>
        <translation>Replicas nicht bereit: %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="114"/>
        <source>%1 is still settling</source>
        <translation>%1 stabilisiert sich noch</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="118"/>
        <source>%1 reports cluster &quot;%2&quot;</source>
        <translation>%1 meldet Cluster „%2“</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="122"/>
        <source>%1 sees %2 of %3 peers</source>
        <translation>%1 sieht %2 von %3 Peers</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="128"/>
        <source>%1 of %2 in the cluster</source>
        <translation>%1 von %2 im Cluster</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="130"/>
        <source>all ready with every peer</source>
        <translation>alle bereit, mit jedem Peer</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="133"/>
        <source>the cluster is not whole: %1</source>
        <translation>der Cluster ist nicht vollständig: %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="139"/>
        <source>every replica is ready and sees all its peers</source>
        <translation>jede Replica ist bereit und sieht alle ihre Peers</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="160"/>
        <source>%1 has %2, not %3</source>
        <translation>%1 hat %2, nicht %3</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="164"/>
        <source>the same on every replica</source>
        <translation>auf jeder Replica gleich</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="167"/>
        <source>the replicas run different configurations (routing differs by replica): %1</source>
        <translation>die Replicas laufen mit verschiedenen Konfigurationen (das Routing hängt von der Replica ab): %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="171"/>
        <source>cannot compare every replica: %1</source>
        <translation>nicht jede Replica lässt sich vergleichen: %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="174"/>
        <source>every replica runs the same configuration</source>
        <translation>jede Replica läuft mit derselben Konfiguration</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="219"/>
        <source>%1 last heard of it at %2</source>
        <translation>%1 hat zuletzt um %2 davon gehört</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="224"/>
        <source>%1 of %2 replicas</source>
        <translation>%1 von %2 Replicas</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="226"/>
        <source>on every replica, updated within %1 s</source>
        <translation>auf jeder Replica, innerhalb von %1 s aktualisiert</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="235"/>
        <source>%1 is missing on %2</source>
        <translation>%1 fehlt auf %2</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="237"/>
        <source>stale: %1</source>
        <translation>veraltet: %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="238"/>
        <source>the dead man&apos;s switch is silent — alerts may not be evaluated or delivered: %1</source>
        <translation>der Totmannschalter schweigt — Alarme werden womöglich nicht ausgewertet oder zugestellt: %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="242"/>
        <source>%1 could not be read from every replica: %2</source>
        <translation>%1 konnte nicht von jeder Replica gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="245"/>
        <source>%1 is firing and fresh on every replica: alerts flow from Prometheus to Alertmanager</source>
        <translation>%1 feuert und ist auf jeder Replica frisch: Alarme gelangen von Prometheus zu Alertmanager</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="282"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="325"/>
        <source>no dead man&apos;s switch is configured (dead_mans_switch is empty)</source>
        <translation>kein Totmannschalter konfiguriert (dead_mans_switch ist leer)</translation>
    </message>
</context>
<context>
    <name>pivori::AlertmanagerClient</name>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="76"/>
        <source>all %1 replicas of %2 failed: %3</source>
        <translation>alle %1 Replicas von %2 sind fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="122"/>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="194"/>
        <source>the HTTP transport is gone</source>
        <translation>der HTTP-Transport ist nicht mehr da</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="197"/>
        <source>Alertmanager cluster %1 has no replicas configured</source>
        <translation>Alertmanager-Cluster %1 hat keine Replicas konfiguriert</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="304"/>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="386"/>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="404"/>
        <source>&quot;%1&quot; is not a silence id</source>
        <translation>„%1“ ist keine Stummschaltungs-ID</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="323"/>
        <source>silence %1 not found on any replica of %2</source>
        <translation>Stummschaltung %1 auf keiner Replica von %2 gefunden</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="382"/>
        <source>a silence needs at least one matcher</source>
        <translation>eine Stummschaltung braucht mindestens einen Matcher</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="384"/>
        <source>a silence needs a valid start and end time</source>
        <translation>eine Stummschaltung braucht eine gültige Start- und Endzeit</translation>
    </message>
</context>
<context>
    <name>pivori::AlertmanagerParser</name>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="59"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="67"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="78"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="89"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="116"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="202"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="227"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="235"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="264"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="269"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="290"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="80"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="122"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="139"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="91"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="105"/>
        <source>expected an RFC 3339 timestamp, got &quot;%1&quot;</source>
        <translation>RFC-3339-Zeitstempel erwartet, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="161"/>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>einer von %1 erwartet, erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="333"/>
        <source>HTTP %1 answer ends in the middle of its JSON after %2 bytes: the connection closed before the whole answer arrived</source>
        <translation>HTTP-%1-Antwort endet nach %2 Bytes mitten im JSON: Die Verbindung wurde geschlossen, bevor die ganze Antwort ankam</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="340"/>
        <source>HTTP %1 answer is not JSON (Content-Type &quot;%2&quot;): %3</source>
        <translation>HTTP-%1-Antwort ist kein JSON (Content-Type „%2“): %3</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="350"/>
        <source>unexpected answer: %1</source>
        <translation>unerwartete Antwort: %1</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="434"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="450"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="450"/>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 mit leerem Inhalt</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="467"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="509"/>
        <source>(no readable text)</source>
        <translation>(kein lesbarer Text)</translation>
    </message>
</context>
<context>
    <name>pivori::AlertsCommand</name>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="34"/>
        <source>Lists the alerts of every Alertmanager cluster, replicas merged, with their state and acknowledgement. Exits 0; 1 when a cluster did not answer; 3 (unknown) when no configured Prometheus vouches that the alert rules are evaluated, since the list may then miss alerts.</source>
        <translation>Listet die Alarme jedes Alertmanager-Clusters mit zusammengeführten Replicas, ihrem Zustand und ihrer Quittierung. Exit 0; 1, wenn ein Cluster nicht antwortete; 3 (unbekannt), wenn kein konfiguriertes Prometheus bestätigt, dass die Alarmregeln ausgewertet werden, da die Liste dann Alarme vermissen kann.</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="41"/>
        <source>Only alerts matching these Alertmanager matchers, e.g. &apos;severity=&quot;critical&quot;,service=~&quot;trad.*&quot;&apos;; repeatable, all must hold.</source>
        <translation>Nur Alarme, die diese Alertmanager-Matcher erfüllen, z. B. &apos;severity=&quot;critical&quot;,service=~&quot;trad.*&quot;&apos;; wiederholbar, alle müssen zutreffen.</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="44"/>
        <source>matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="45"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>Ein JSON-Array statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="53"/>
        <source>alerts: unexpected argument &quot;%1&quot; (filters go in --filter)</source>
        <translation>alerts: unerwartetes Argument „%1“ (Filter gehören zu --filter)</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="63"/>
        <source>alerts: --filter &quot;%1&quot;: %2</source>
        <translation>alerts: --filter „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="120"/>
        <source>alerts: the list may be incomplete: %1</source>
        <translation>alerts: die Liste ist womöglich unvollständig: %1</translation>
    </message>
</context>
<context>
    <name>pivori::AlertsPage</name>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="75"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="76"/>
        <source>Ask every Alertmanager now</source>
        <translation>Jetzt jeden Alertmanager fragen</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="80"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="101"/>
        <source>Inbox</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="103"/>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="150"/>
        <source>No Alertmanager cluster is configured: add one under &quot;alertmanagers:&quot; in the configuration.</source>
        <translation>Kein Alertmanager-Cluster konfiguriert: fügen Sie einen unter „alertmanagers:“ in der Konfiguration hinzu.</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="170"/>
        <source>Acknowledged in %1 (silence %2).</source>
        <translation>Quittiert in %1 (Stummschaltung %2).</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="175"/>
        <source>Acknowledgement not confirmed yet: %1. Retrying at %2; it is kept until Alertmanager accepts it.</source>
        <translation>Quittierung noch nicht bestätigt: %1. Neuer Versuch um %2; sie bleibt erhalten, bis Alertmanager sie annimmt.</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="182"/>
        <source>Acknowledgement refused, nothing was acknowledged: %1</source>
        <translation>Quittierung abgelehnt, nichts wurde quittiert: %1</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="188"/>
        <source>Acknowledgements cannot be saved to disk, they are kept in memory only: %1</source>
        <translation>Quittierungen können nicht auf der Festplatte gespeichert werden und bleiben nur im Speicher: %1</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="194"/>
        <source>Silence %1 in %2 now ends at %3.</source>
        <translation>Stummschaltung %1 in %2 endet jetzt um %3.</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="200"/>
        <source>Silence %1 in %2 expired.</source>
        <translation>Stummschaltung %1 in %2 beendet.</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="238"/>
        <source>Acknowledging… waiting for Alertmanager to confirm.</source>
        <translation>Quittiere… warte auf die Bestätigung durch Alertmanager.</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="273"/>
        <source>Expire silences</source>
        <translation>Stummschaltungen beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/alertspage.cpp" line="274"/>
        <source>The selection is covered by %n silence(s) that are not acknowledgements. Expire them now? Their alerts will notify again.</source>
        <translation>
            <numerusform>Die Auswahl ist von %n Stummschaltung abgedeckt, die keine Quittierung ist. Jetzt beenden? Ihre Alarme melden sich wieder.</numerusform>
            <numerusform>Die Auswahl ist von %n Stummschaltungen abgedeckt, die keine Quittierungen sind. Jetzt beenden? Ihre Alarme melden sich wieder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="301"/>
        <source>the acknowledgement of %1</source>
        <translation>die Quittierung von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/alertspage.cpp" line="302"/>
        <source>%n acknowledgement(s)</source>
        <translation>
            <numerusform>%n Quittierung</numerusform>
            <numerusform>%n Quittierungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="345"/>
        <source>No Alertmanager cluster named &quot;%1&quot; is configured.</source>
        <translation>Kein Alertmanager-Cluster namens „%1“ ist konfiguriert.</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="353"/>
        <source>Cannot update silence %1 in %2: %3</source>
        <translation>Stummschaltung %1 in %2 kann nicht aktualisiert werden: %3</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="357"/>
        <source>Silence %1 in %2 updated.</source>
        <translation>Stummschaltung %1 in %2 aktualisiert.</translation>
    </message>
</context>
<context>
    <name>pivori::AuthFields</name>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="35"/>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="41"/>
        <source>Store in the keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="44"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="44"/>
        <source>Basic (user name and password)</source>
        <translation>Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="44"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="46"/>
        <source>from the environment variable</source>
        <translation>aus der Umgebungsvariable</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="46"/>
        <source>from the file</source>
        <translation>aus der Datei</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="46"/>
        <source>from the desktop keychain entry</source>
        <translation>aus dem Schlüsselbund-Eintrag des Desktops</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="55"/>
        <source>type it to store it; it is never written to the file</source>
        <translation>zum Speichern eingeben; es wird nie in die Datei geschrieben</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="63"/>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="77"/>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="103"/>
        <source>Name the keychain entry first.</source>
        <translation>Zuerst den Schlüsselbund-Eintrag benennen.</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="107"/>
        <source>Storing in the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="119"/>
        <source>Stored in the keychain as &quot;%1&quot;.</source>
        <translation>Im Schlüsselbund als „%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="132"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="132"/>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="134"/>
        <source>e.g. PROM_PASSWORD</source>
        <translation>z. B. PROM_PASSWORD</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="134"/>
        <source>e.g. PROM_TOKEN</source>
        <translation>z. B. PROM_TOKEN</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="136"/>
        <source>e.g. /run/secrets/prometheus</source>
        <translation>z. B. /run/secrets/prometheus</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="138"/>
        <source>entry name, e.g. prom-main</source>
        <translation>Eintragsname, z. B. prom-main</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="188"/>
        <source>the user name is missing</source>
        <translation>der Benutzername fehlt</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="191"/>
        <source>say where the password is</source>
        <translation>angeben, wo das Passwort liegt</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="191"/>
        <source>say where the token is</source>
        <translation>angeben, wo das Token liegt</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="194"/>
        <source>&quot;%1&quot; is not an environment variable name</source>
        <translation>„%1“ ist kein Name einer Umgebungsvariable</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="196"/>
        <source>&quot;%1&quot; is not a keychain entry name (letters, digits and . _ @ : / + -)</source>
        <translation>„%1“ ist kein Name für einen Schlüsselbund-Eintrag (Buchstaben, Ziffern und . _ @ : / + -)</translation>
    </message>
</context>
<context>
    <name>pivori::BackendProfile</name>
    <message>
        <location filename="../models/net/backendprofile.cpp" line="76"/>
        <source>%1 is not available on this backend (%2)</source>
        <translation>%1 ist auf diesem Backend nicht verfügbar (%2)</translation>
    </message>
</context>
<context>
    <name>pivori::BarGaugePanel</name>
    <message>
        <location filename="../widgets/panels/bargaugepanel.cpp" line="180"/>
        <source>No traffic</source>
        <translation>Kein Verkehr</translation>
    </message>
</context>
<context>
    <name>pivori::BarsPanel</name>
    <message>
        <location filename="../widgets/panels/barspanel.cpp" line="302"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/barspanel.cpp" line="308"/>
        <source>Still filling: counted up to %1</source>
        <translation>Noch in Füllung: gezählt bis %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/barspanel.cpp" line="316"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/barspanel.cpp" line="319"/>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
</context>
<context>
    <name>pivori::BuiltInText</name>
    <message>
        <location filename="../models/config/builtintext.cpp" line="15"/>
        <source>Production - Performance &amp; Reliability</source>
        <translation>Produktion – Leistung &amp; Zuverlässigkeit</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="16"/>
        <source>Platform-wide latency, traffic, errors and pod resources against the SLOs.</source>
        <translation>Latenz, Verkehr, Fehler und Pod-Ressourcen der ganzen Plattform, gemessen an den SLOs.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="18"/>
        <source>Uptime Global</source>
        <translation>Verfügbarkeit gesamt</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="19"/>
        <source>Share of requests answered without a 5xx error over the last 5 minutes.</source>
        <translation>Anteil der Anfragen, die in den letzten 5 Minuten ohne 5xx-Fehler beantwortet wurden.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="21"/>
        <source>Latency Distribution</source>
        <translation>Latenzverteilung</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="22"/>
        <source>Request latency percentiles. P95 should stay under 500 ms and P99 under 1 s.</source>
        <translation>Perzentile der Anfragelatenz. P95 sollte unter 500 ms bleiben, P99 unter 1 s.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="24"/>
        <source>Request Rate by Service</source>
        <translation>Anfragerate je Dienst</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="25"/>
        <source>Requests per second per microservice; stacked, so the top edge is the total traffic.</source>
        <translation>Anfragen pro Sekunde je Microservice; gestapelt, daher ist die Oberkante der Gesamtverkehr.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="27"/>
        <source>Error Rate Trend</source>
        <translation>Fehlerquote im Verlauf</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="28"/>
        <source>Server errors (5xx) point at the application, client errors (4xx) at callers. 5xx should stay under 0.1 %, 4xx under 10 %.</source>
        <translation>Serverfehler (5xx) deuten auf die Anwendung, Clientfehler (4xx) auf die Aufrufer. 5xx sollte unter 0,1 % bleiben, 4xx unter 10 %.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="31"/>
        <source>Memory Usage by Pod</source>
        <translation>Speichernutzung je Pod</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="32"/>
        <source>Working-set memory per pod. A steady climb usually means a leak.</source>
        <translation>Working-Set-Speicher je Pod. Ein stetiger Anstieg bedeutet meist ein Leck.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="34"/>
        <source>CPU Usage by Pod</source>
        <translation>CPU-Nutzung je Pod</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="35"/>
        <source>CPU used per pod as a percentage of its CPU limit.</source>
        <translation>Genutzte CPU je Pod in Prozent seines CPU-Limits.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="36"/>
        <source>Active Connections by Service</source>
        <translation>Aktive Verbindungen je Dienst</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="37"/>
        <source>Open connections per service; a line that only goes up hints at a connection leak.</source>
        <translation>Offene Verbindungen je Dienst; eine Linie, die nur steigt, deutet auf ein Verbindungsleck.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="39"/>
        <source>Request Status Distribution</source>
        <translation>Verteilung der Anfragestatus</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="40"/>
        <source>Requests per 5-minute bucket by status class.</source>
        <translation>Anfragen je 5-Minuten-Intervall nach Statusklasse.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="41"/>
        <source>Alerts Firing</source>
        <translation>Feuernde Alarme</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="42"/>
        <source>Alerts this Prometheus had firing in each minute, by severity, resolved ones included; the Watchdog is left out.</source>
        <translation>Alarme, die dieser Prometheus je Minute feuern ließ, nach Schweregrad, aufgelöste eingeschlossen; der Watchdog ist ausgenommen.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="45"/>
        <source>Microservices - Performance Metrics</source>
        <translation>Microservices – Leistungskennzahlen</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="46"/>
        <source>The same signals broken down per microservice, to find the one that misbehaves.</source>
        <translation>Dieselben Signale je Microservice aufgeschlüsselt, um den auffälligen zu finden.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="48"/>
        <source>Latency by Microservice</source>
        <translation>Latenz je Microservice</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="49"/>
        <source>P95 and P99 latency of each service.</source>
        <translation>P95- und P99-Latenz jedes Dienstes.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="50"/>
        <source>Error Rate by Microservice</source>
        <translation>Fehlerquote je Microservice</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="51"/>
        <source>Share of each service&apos;s requests that ended in a 5xx error.</source>
        <translation>Anteil der Anfragen jedes Dienstes, die mit einem 5xx-Fehler endeten.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="52"/>
        <source>Request Rate by Microservice</source>
        <translation>Anfragerate je Microservice</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="53"/>
        <source>Requests per second of each service.</source>
        <translation>Anfragen pro Sekunde jedes Dienstes.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="54"/>
        <source>Kubernetes - Cluster Status</source>
        <translation>Kubernetes – Clusterstatus</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="55"/>
        <source>Nodes, pods and health checks of the production namespace.</source>
        <translation>Nodes, Pods und Gesundheitsprüfungen des Produktions-Namespace.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="56"/>
        <source>Nodes Not Ready</source>
        <translation>Nicht bereite Nodes</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="57"/>
        <source>Nodes whose Ready condition is not true; no pods are scheduled on them.</source>
        <translation>Nodes, deren Ready-Bedingung nicht wahr ist; auf ihnen werden keine Pods eingeplant.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="59"/>
        <source>Services Failing Their Health Check</source>
        <translation>Dienste mit fehlschlagender Gesundheitsprüfung</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="60"/>
        <source>Services whose health endpoint did not answer successfully at the last probe.</source>
        <translation>Dienste, deren Health-Endpunkt bei der letzten Probe nicht erfolgreich antwortete.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="62"/>
        <source>Pods Restarting</source>
        <translation>Neu startende Pods</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="63"/>
        <source>Pods whose containers restart more than 0.1 times a minute (a crash loop when it lasts 5 minutes).</source>
        <translation>Pods, deren Container öfter als 0,1-mal pro Minute neu starten (eine Crash-Schleife, wenn es 5 Minuten anhält).</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="65"/>
        <source>Node Readiness</source>
        <translation>Node-Bereitschaft</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="66"/>
        <source>1 while a node reports Ready, 0 while it does not.</source>
        <translation>1, solange ein Node Ready meldet, 0, solange nicht.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="67"/>
        <source>Container Restarts per Minute</source>
        <translation>Container-Neustarts pro Minute</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="68"/>
        <source>Restarts of each pod&apos;s containers over the last 5 minutes, per minute.</source>
        <translation>Neustarts der Container jedes Pods in den letzten 5 Minuten, pro Minute.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="70"/>
        <source>Memory Use of Limit by Pod</source>
        <translation>Speicher im Verhältnis zum Limit je Pod</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="71"/>
        <source>Each pod&apos;s working set as a share of its memory limit; a pod at its limit is killed.</source>
        <translation>Working Set jedes Pods als Anteil seines Speicherlimits; ein Pod am Limit wird beendet.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="78"/>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="79"/>
        <source>Related dashboard:</source>
        <translation>Zugehöriges Dashboard:</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="80"/>
        <source>When it fires</source>
        <translation>Wann er auslöst</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="81"/>
        <source>What it usually means</source>
        <translation>Was es meist bedeutet</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="82"/>
        <source>What to check</source>
        <translation>Was zu prüfen ist</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="83"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="84"/>
        <source>CriticalErrorRate — more than 5 % server errors</source>
        <translation>CriticalErrorRate — mehr als 5 % Serverfehler</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="85"/>
        <source>CriticalMemoryUsage — pod memory above 1.95 GB</source>
        <translation>CriticalMemoryUsage — Pod-Speicher über 1,95 GB</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="86"/>
        <source>CriticalP99Latency — P99 latency above 1 s</source>
        <translation>CriticalP99Latency — P99-Latenz über 1 s</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="87"/>
        <source>HighCPUUsage — pod CPU above 75 % of its limit</source>
        <translation>HighCPUUsage — Pod-CPU über 75 % ihres Limits</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="88"/>
        <source>HighErrorRate — more than 1 % server errors</source>
        <translation>HighErrorRate — mehr als 1 % Serverfehler</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="89"/>
        <source>HighMemoryUsage — pod memory above 1.8 GB</source>
        <translation>HighMemoryUsage — Pod-Speicher über 1,8 GB</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="90"/>
        <source>HighP95Latency — P95 latency above 500 ms</source>
        <translation>HighP95Latency — P95-Latenz über 500 ms</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="91"/>
        <source>NodeNotReady — a Kubernetes node is not ready</source>
        <translation>NodeNotReady — ein Kubernetes-Node ist nicht bereit</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="92"/>
        <source>PodCrashLooping — a container keeps restarting</source>
        <translation>PodCrashLooping — ein Container startet immer wieder neu</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="93"/>
        <source>ServiceDown — health check failing</source>
        <translation>ServiceDown — Gesundheitsprüfung schlägt fehl</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="94"/>
        <source>ServiceLatencyDegradation — 50 % slower than an hour ago</source>
        <translation>ServiceLatencyDegradation — 50 % langsamer als vor einer Stunde</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="95"/>
        <source>Watchdog — the dead man&apos;s switch</source>
        <translation>Watchdog — der Totmannschalter</translation>
    </message>
</context>
<context>
    <name>pivori::CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="51"/>
        <source>no check in category &quot;%1&quot;</source>
        <translation>keine Prüfung in der Kategorie „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="57"/>
        <source>no check named &quot;%1&quot;</source>
        <translation>keine Prüfung namens „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="65"/>
        <source>check: cannot create the report folder %1</source>
        <translation>check: der Berichtsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="74"/>
        <source>check: %1</source>
        <translation>check: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="85"/>
        <source>Runs the configured health checks of the monitoring stack and exits like a Nagios plugin: 0 every check passed, 1 a warning, 2 a failure, 3 unknown (a check could not tell, or the command could not run). A failure outranks an unknown, which outranks a warning.</source>
        <translation>Führt die konfigurierten Gesundheitsprüfungen des Monitoring-Stacks aus und endet wie ein Nagios-Plugin: 0 alle Prüfungen bestanden, 1 eine Warnung, 2 ein Fehler, 3 unbekannt (eine Prüfung konnte es nicht feststellen oder der Befehl konnte nicht laufen). Ein Fehler wiegt schwerer als unbekannt, unbekannt schwerer als eine Warnung.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="91"/>
        <source>Print {&quot;checks&quot;: [...], &quot;summary&quot;: {...}, &quot;time&quot;: ...} instead of a table.</source>
        <translation>{&quot;checks&quot;: [...], &quot;summary&quot;: {...}, &quot;time&quot;: ...} statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="95"/>
        <source>Print one Nagios/Icinga line with performance data instead of a table.</source>
        <translation>Eine Nagios/Icinga-Zeile mit Performance-Daten statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="97"/>
        <source>Also write health-report-&lt;time&gt;.txt and metrics-&lt;time&gt;.json into this folder.</source>
        <translation>Zusätzlich health-report-&lt;Zeit&gt;.txt und metrics-&lt;Zeit&gt;.json in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="98"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="100"/>
        <source>Only the checks of this category (repeatable, or comma-separated).</source>
        <translation>Nur die Prüfungen dieser Kategorie (wiederholbar oder kommagetrennt).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="101"/>
        <location filename="../app/cli/checkcommand.cpp" line="104"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="103"/>
        <source>Only the check of this name (repeatable, or comma-separated).</source>
        <translation>Nur die Prüfung dieses Namens (wiederholbar oder kommagetrennt).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="106"/>
        <source>List the configured checks without running them.</source>
        <translation>Die konfigurierten Prüfungen auflisten, ohne sie auszuführen.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="114"/>
        <source>check: unexpected argument &quot;%1&quot; (names go in --only)</source>
        <translation>check: unerwartetes Argument „%1“ (Namen gehören zu --only)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="119"/>
        <source>check: give --json or --nagios, not both</source>
        <translation>check: --json oder --nagios angeben, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="144"/>
        <source>check: %1 (see check --list)</source>
        <translation>check: %1 (siehe check --list)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="148"/>
        <source>check: no health check is configured or selected</source>
        <translation>check: keine Gesundheitsprüfung konfiguriert oder ausgewählt</translation>
    </message>
</context>
<context>
    <name>pivori::CheckContext</name>
    <message>
        <location filename="../models/health/checkcontext.cpp" line="62"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/health/checkcontext.cpp" line="68"/>
        <source>the answer has no data object</source>
        <translation>die Antwort hat kein data-Objekt</translation>
    </message>
</context>
<context>
    <name>pivori::CheckReport</name>
    <message>
        <location filename="../models/health/checkreport.cpp" line="111"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../models/health/checkreport.cpp" line="113"/>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <location filename="../models/health/checkreport.cpp" line="115"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../models/health/checkreport.cpp" line="119"/>
        <source>UNKNOWN</source>
        <translation>UNKNOWN</translation>
    </message>
    <message>
        <location filename="../models/health/checkreport.cpp" line="186"/>
        <source>total %1: %2 passed, %3 warning, %4 failed, %5 unknown</source>
        <translation>gesamt %1: %2 bestanden, %3 Warnung, %4 fehlgeschlagen, %5 unbekannt</translation>
    </message>
    <message>
        <location filename="../models/health/checkreport.cpp" line="206"/>
        <source>%1 passed, %2 warning, %3 failed, %4 unknown</source>
        <translation>%1 bestanden, %2 Warnung, %3 fehlgeschlagen, %4 unbekannt</translation>
    </message>
    <message>
        <location filename="../models/health/checkreport.cpp" line="238"/>
        <source>Pivori Console health report
Run at %1 (UTC), took %2 ms
Overall: %3

</source>
        <translation>Pivori-Console-Gesundheitsbericht
Ausgeführt um %1 (UTC), Dauer %2 ms
Gesamt: %3

</translation>
    </message>
    <message>
        <location filename="../models/health/checkreport.cpp" line="249"/>
        <source>Where to look:</source>
        <translation>Wo nachsehen:</translation>
    </message>
</context>
<context>
    <name>pivori::CheckVerdict</name>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="26"/>
        <source>&gt; %1 warn</source>
        <translation>&gt; %1 Warnung</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="28"/>
        <source>&gt; %1 fail</source>
        <translation>&gt; %1 Fehler</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="30"/>
        <source>&lt; %1 warn</source>
        <translation>&lt; %1 Warnung</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="32"/>
        <source>&lt; %1 fail</source>
        <translation>&lt; %1 Fehler</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="77"/>
        <source>timed out: %1 did not answer in time (%2)</source>
        <translation>Zeitüberschreitung: %1 hat nicht rechtzeitig geantwortet (%2)</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="83"/>
        <source>data not available: %1: %2</source>
        <translation>Daten nicht verfügbar: %1: %2</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="84"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="89"/>
        <source>data not available: %1</source>
        <translation>Daten nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>pivori::ClusterBanners</name>
    <message>
        <location filename="../widgets/inbox/clusterbanners.cpp" line="45"/>
        <source>Cluster %1 unreachable</source>
        <translation>Cluster %1 nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/clusterbanners.cpp" line="46"/>
        <source>Cluster %1 degraded</source>
        <translation>Cluster %1 eingeschränkt</translation>
    </message>
</context>
<context>
    <name>pivori::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="33"/>
        <source>%1: &quot;%2&quot; is not an http:// or https:// URL with a host</source>
        <translation>%1: „%2“ ist keine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="88"/>
        <source>Configuration file (default: $XDG_CONFIG_HOME/pivori-console/console.yaml, else built-in).</source>
        <translation>Konfigurationsdatei (Standard: $XDG_CONFIG_HOME/pivori-console/console.yaml, sonst eingebaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="89"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="91"/>
        <source>Use this Prometheus instead of the configured ones.</source>
        <translation>Dieses Prometheus statt der konfigurierten verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="91"/>
        <location filename="../app/cli/commandline.cpp" line="95"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="93"/>
        <source>Use this Alertmanager instead of the configured ones; repeat it for the replicas of one HA cluster.</source>
        <translation>Diesen Alertmanager statt der konfigurierten verwenden; für die Replicas eines HA-Clusters wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="97"/>
        <source>Language of the interface and of messages: %1 (default: the one chosen in the window, else the system&apos;s).</source>
        <translation>Sprache der Oberfläche und der Meldungen: %1 (Standard: die im Fenster gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="100"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="178"/>
        <source>dashboard &quot;%1&quot; converted from %2: %3</source>
        <translation>Dashboard „%1“ aus %2 umgewandelt: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="187"/>
        <source>Give up on any server that has not answered after this long, e.g. 10s (default: each server&apos;s configured timeout); the command then ends within about this time.</source>
        <translation>Auf jeden Server, der nach dieser Zeit nicht geantwortet hat, nicht länger warten, z. B. 10s (Standard: das konfigurierte Zeitlimit jedes Servers); der Befehl endet dann nach etwa dieser Zeit.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="189"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="200"/>
        <source>%1: --timeout must be a duration like 10s</source>
        <translation>%1: --timeout muss eine Dauer wie 10s sein</translation>
    </message>
</context>
<context>
    <name>pivori::ConfigEditor</name>
    <message>
        <location filename="../models/config/configeditor.cpp" line="130"/>
        <source>%1: nothing was changed: %2</source>
        <translation>%1: nichts wurde geändert: %2</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="133"/>
        <source>a Prometheus URL is needed</source>
        <translation>eine Prometheus-URL wird benötigt</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="145"/>
        <source>%1: no entry to edit</source>
        <translation>%1: kein Eintrag zum Bearbeiten</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="183"/>
        <source>alertmanagers: has several clusters; remove them by hand</source>
        <translation>alertmanagers: enthält mehrere Cluster; entfernen Sie sie von Hand</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="221"/>
        <source>the edited file would not load:
%1</source>
        <translation>die bearbeitete Datei ließe sich nicht laden:
%1</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="225"/>
        <source>the edited file does not read back as the settings given</source>
        <translation>die bearbeitete Datei ergibt beim Zurücklesen nicht die angegebenen Einstellungen</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="238"/>
        <source>the file could not be read back</source>
        <translation>die Datei konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="241"/>
        <source>the edit would change settings the dialog does not own</source>
        <translation>die Änderung würde Einstellungen ändern, die nicht zu diesem Dialog gehören</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="284"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="287"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>pivori::ConfigLoader</name>
    <message>
        <location filename="../models/config/configloader.cpp" line="55"/>
        <source>1 (the only schema version so far)</source>
        <translation>1 (bisher die einzige Schemaversion)</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="122"/>
        <location filename="../models/config/configloader.cpp" line="135"/>
        <source>cannot read the configuration: %1</source>
        <translation>die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="127"/>
        <source>the configuration is %1 bytes; more than %2 bytes is not a configuration file</source>
        <translation>die Konfiguration hat %1 Byte; mehr als %2 Byte ist keine Konfigurationsdatei</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="156"/>
        <source>the configuration is larger than %1 bytes</source>
        <translation>die Konfiguration ist größer als %1 Byte</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="161"/>
        <source>the configuration is empty; expected a map with at least a prometheus list of servers</source>
        <translation>die Konfiguration ist leer; erwartet wird eine Map mit mindestens einer prometheus-Liste von Servern</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="170"/>
        <source>a second YAML document starts here; the configuration must be a single document</source>
        <translation>hier beginnt ein zweites YAML-Dokument; die Konfiguration muss ein einziges Dokument sein</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="179"/>
        <source>YAML nesting is too deep (%1 levels); a configuration needs only a few</source>
        <translation>YAML ist zu tief verschachtelt (%1 Ebenen); eine Konfiguration braucht nur wenige</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="182"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="184"/>
        <source> (the line is indented with a tab; YAML indentation must use spaces)</source>
        <translation> (die Zeile ist mit einem Tabulator eingerückt; YAML-Einrückung muss aus Leerzeichen bestehen)</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="188"/>
        <source>cannot parse the configuration: %1</source>
        <translation>die Konfiguration kann nicht verarbeitet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="198"/>
        <source>too many errors; the rest were not reported</source>
        <translation>zu viele Fehler; die übrigen wurden nicht gemeldet</translation>
    </message>
</context>
<context>
    <name>pivori::ConfigReader</name>
    <message>
        <location filename="../models/config/configreader.cpp" line="102"/>
        <source>a map</source>
        <translation>eine Map</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="104"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="108"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="123"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="156"/>
        <source>the configuration</source>
        <translation>die Konfiguration</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="158"/>
        <source>%1 must be a map, got %2</source>
        <translation>%1 muss eine Map sein, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="168"/>
        <source>keys in %1 must be plain names, got %2</source>
        <translation>Schlüssel in %1 müssen einfache Namen sein, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="174"/>
        <source>unknown key &quot;%1&quot; at the top level (expected %2)</source>
        <translation>unbekannter Schlüssel „%1“ auf oberster Ebene (erwartet: %2)</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="175"/>
        <source>unknown key &quot;%1&quot; in %2 (expected %3)</source>
        <translation>unbekannter Schlüssel „%1“ in %2 (erwartet: %3)</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="178"/>
        <location filename="../models/config/configreader.cpp" line="448"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="185"/>
        <source>duplicate key &quot;%1&quot; in %2 (first given at line %3)</source>
        <translation>doppelter Schlüssel „%1“ in %2 (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="223"/>
        <source>%1 must be a list, got %2</source>
        <translation>%1 muss eine Liste sein, erhalten: %2</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="237"/>
        <source>%1 must list at least one entry</source>
        <translation>%1 muss mindestens einen Eintrag enthalten</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="238"/>
        <source>%1 must list at least %2 entries</source>
        <translation>%1 muss mindestens %2 Einträge enthalten</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="248"/>
        <location filename="../models/config/configreader.cpp" line="269"/>
        <source> (# starts a comment in YAML: write colours in quotes, like &quot;#ff0000&quot;)</source>
        <translation> (# beginnt in YAML einen Kommentar: Farben in Anführungszeichen schreiben, wie &quot;#ff0000&quot;)</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="250"/>
        <location filename="../models/config/configreader.cpp" line="288"/>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="254"/>
        <source>the configuration is missing the required key &quot;%1&quot;</source>
        <translation>der Konfiguration fehlt der Pflichtschlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="256"/>
        <source>%1 is missing the required key &quot;%2&quot;</source>
        <translation>%1 fehlt der Pflichtschlüssel „%2“</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="272"/>
        <source>%1 has no value; give one or remove the key</source>
        <translation>%1 hat keinen Wert; geben Sie einen an oder entfernen Sie den Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="278"/>
        <location filename="../models/config/configreader.cpp" line="373"/>
        <location filename="../models/config/configreader.cpp" line="407"/>
        <source>%1 must be %2, got %3</source>
        <translation>%1 muss %2 sein, erhalten: %3</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="286"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="302"/>
        <location filename="../models/config/configreader.cpp" line="323"/>
        <location filename="../models/config/configreader.cpp" line="352"/>
        <location filename="../models/config/configreader.cpp" line="367"/>
        <location filename="../models/config/configreader.cpp" line="389"/>
        <location filename="../models/config/configreader.cpp" line="423"/>
        <location filename="../models/config/configreader.cpp" line="445"/>
        <location filename="../models/config/configreader.cpp" line="467"/>
        <source>%1 must be %2, got &quot;%3&quot;</source>
        <translation>%1 muss %2 sein, erhalten: „%3“</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="310"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="329"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="337"/>
        <source>%1 must be %2 like 0.5 or 1.8e9, got &quot;%3&quot;</source>
        <translation>%1 muss %2 sein, wie 0.5 oder 1.8e9, erhalten: „%3“</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="345"/>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="361"/>
        <source>a duration like 30s, 5m or 1h30m</source>
        <translation>eine Dauer wie 30s, 5m oder 1h30m</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="371"/>
        <location filename="../models/config/configreader.cpp" line="405"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="372"/>
        <location filename="../models/config/configreader.cpp" line="406"/>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="382"/>
        <source>a size like 64MiB, 500MB or 1GiB</source>
        <translation>eine Größe wie 64MiB, 500MB oder 1GiB</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="415"/>
        <source>an http:// or https:// URL with a host, like http://localhost:9090</source>
        <translation>eine http://- oder https://-URL mit Host, wie http://localhost:9090</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="428"/>
        <source>%1 must not contain a user name or password; use auth with password_env or password_file instead</source>
        <translation>%1 darf keinen Benutzernamen und kein Passwort enthalten; verwenden Sie stattdessen auth mit password_env oder password_file</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="439"/>
        <source>one of %1</source>
        <translation>einer von %1</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="458"/>
        <source>a colour written #rrggbb or one of %1</source>
        <translation>eine Farbe als #rrggbb oder eine von %1</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="477"/>
        <source>%1 must be a file path, got an empty text</source>
        <translation>%1 muss ein Dateipfad sein, erhalten: ein leerer Text</translation>
    </message>
</context>
<context>
    <name>pivori::ConnectionForm</name>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="67"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="77"/>
        <location filename="../widgets/firstrun/connectionform.cpp" line="123"/>
        <source>optional: a PEM file of the CA that signed its certificate</source>
        <translation>optional: eine PEM-Datei der CA, die sein Zertifikat signiert hat</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="78"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="81"/>
        <location filename="../widgets/firstrun/connectionform.cpp" line="125"/>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="86"/>
        <location filename="../widgets/firstrun/connectionform.cpp" line="249"/>
        <location filename="../widgets/firstrun/connectionform.cpp" line="269"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="104"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="106"/>
        <source>One URL per replica of the HA cluster; leave empty if you have none.</source>
        <translation>Eine URL je Replikat des HA-Clusters; leer lassen, wenn Sie keinen haben.</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="112"/>
        <source>Replicas:</source>
        <translation>Replikate:</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="113"/>
        <source>Add replica</source>
        <translation>Replikat hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="146"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="147"/>
        <source>Remove this replica</source>
        <translation>Dieses Replikat entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="240"/>
        <location filename="../widgets/firstrun/connectionform.cpp" line="265"/>
        <source>not a http:// or https:// URL</source>
        <translation>keine http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="336"/>
        <source>Prometheus: the URL is missing</source>
        <translation>Prometheus: die URL fehlt</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="338"/>
        <source>Prometheus: &quot;%1&quot; is not a http:// or https:// URL</source>
        <translation>Prometheus: „%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="340"/>
        <source>Prometheus: %1</source>
        <translation>Prometheus: %1</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="348"/>
        <source>Alertmanager: &quot;%1&quot; is not a http:// or https:// URL</source>
        <translation>Alertmanager: „%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="352"/>
        <source>Alertmanager: %1</source>
        <translation>Alertmanager: %1</translation>
    </message>
</context>
<context>
    <name>pivori::ConnectionProbe</name>
    <message numerus="yes">
        <location filename="../models/health/connectionprobe.cpp" line="50"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="52"/>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="56"/>
        <source>not reachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="62"/>
        <source>401: check the user name and password</source>
        <translation>401: Benutzername und Passwort prüfen</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="64"/>
        <source>401: check the token</source>
        <translation>401: Token prüfen</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="68"/>
        <source>401: this server wants a login; set the authentication</source>
        <translation>401: dieser Server verlangt eine Anmeldung; Authentifizierung einstellen</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="71"/>
        <source>403: access denied for these credentials</source>
        <translation>403: Zugriff für diese Zugangsdaten verweigert</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="73"/>
        <source>HTTP %1: not the API expected at this address</source>
        <translation>HTTP %1: nicht die erwartete API unter dieser Adresse</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="96"/>
        <source>answers, but not as a Prometheus</source>
        <translation>antwortet, aber nicht wie ein Prometheus</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="108"/>
        <source>answers, but not as an Alertmanager</source>
        <translation>antwortet, aber nicht wie ein Alertmanager</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="115"/>
        <source>Alertmanager %1 ready, no HA cluster</source>
        <translation>Alertmanager %1 bereit, kein HA-Cluster</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/health/connectionprobe.cpp" line="116"/>
        <source>Alertmanager %1 ready, cluster %2 with %n peer(s)</source>
        <translation>
            <numerusform>Alertmanager %1 bereit, Cluster %2 mit %n Peer</numerusform>
            <numerusform>Alertmanager %1 bereit, Cluster %2 mit %n Peers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="137"/>
        <source>Prometheus %1 ready</source>
        <translation>Prometheus %1 bereit</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/health/connectionprobe.cpp" line="142"/>
        <source>Prometheus %1 ready, %2 series</source>
        <translation>
            <numerusform>Prometheus %1 bereit, %2 Serie</numerusform>
            <numerusform>Prometheus %1 bereit, %2 Serien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::ConnectivityChecks</name>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="26"/>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="32"/>
        <source>%1 answered HTTP %2 in %3</source>
        <translation>%1 antwortete mit HTTP %2 in %3</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="36"/>
        <source>%1 answered HTTP %2, but slowly: %3</source>
        <translation>%1 antwortete mit HTTP %2, aber langsam: %3</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="48"/>
        <source>the server presented no certificate</source>
        <translation>der Server hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="58"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="59"/>
        <source>the certificate of %1 (%2) expired on %3</source>
        <translation>das Zertifikat von %1 (%2) ist am %3 abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="61"/>
        <source>the certificate of %1 (%2) expires on %3, in %4</source>
        <translation>das Zertifikat von %1 (%2) läuft am %3 ab, in %4</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="64"/>
        <source>; note: %1</source>
        <translation>; Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="97"/>
        <source>%1 accepts TLS connections</source>
        <translation>%1 nimmt TLS-Verbindungen an</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="97"/>
        <source>%1 accepts connections</source>
        <translation>%1 nimmt Verbindungen an</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="103"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="112"/>
        <source>%1: the TLS handshake failed: %2</source>
        <translation>%1: der TLS-Handshake ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="206"/>
        <source>no https:// server is configured: no certificate to expire</source>
        <translation>kein https://-Server konfiguriert: kein Zertifikat, das ablaufen könnte</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="229"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="247"/>
        <source>%1 (the earliest of %2 certificates)</source>
        <translation>%1 (das früheste von %2 Zertifikaten)</translation>
    </message>
</context>
<context>
    <name>pivori::ConsoleCommand</name>
    <message>
        <location filename="../app/cli/consolecommand.cpp" line="36"/>
        <source>Pivori Console: dashboards and alerts of a Prometheus + Alertmanager stack.

Without a command it opens the console window (--noc: the NOC wall display). Commands:
  demo      start a demo stack on loopback and open the console on it
  validate  check a configuration file
  query     run a PromQL query and print the answer
  snapshot  render a dashboard to PNG, SVG or PDF (its data and alerts to JSON, or an incident report) without a display
  stack     run the demo stack without the console (run, up, down)
  alerts    list the alerts of every Alertmanager cluster, replicas merged
  ack       acknowledge alerts (an Alertmanager silence whose comment starts with ACK!)
  expire    expire a silence or acknowledgement by id
  silences  list the silences
  check     run the health checks of the monitoring stack; exits like a Nagios plugin
Each command has its own --help.</source>
        <translation>Pivori Console: Dashboards und Alarme eines Prometheus-+-Alertmanager-Stacks.

Ohne Befehl öffnet sie das Konsolenfenster (--noc: die NOC-Wandanzeige). Befehle:
  demo      einen Demo-Stack auf Loopback starten und die Konsole darauf öffnen
  validate  eine Konfigurationsdatei prüfen
  query     eine PromQL-Abfrage ausführen und die Antwort ausgeben
  snapshot  ein Dashboard als PNG, SVG oder PDF rendern (Daten und Alarme als JSON oder einen Vorfallbericht) ohne Bildschirm
  stack     den Demo-Stack ohne Konsole betreiben (run, up, down)
  alerts    die Alarme jedes Alertmanager-Clusters auflisten, Replicas zusammengeführt
  ack       Alarme quittieren (eine Alertmanager-Stummschaltung, deren Kommentar mit ACK! beginnt)
  expire    eine Stummschaltung oder Quittierung per ID beenden
  silences  die Stummschaltungen auflisten
  check     die Gesundheitsprüfungen des Monitoring-Stacks ausführen; endet wie ein Nagios-Plugin
Jeder Befehl hat sein eigenes --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/consolecommand.cpp" line="56"/>
        <source>unknown command &quot;%1&quot; (commands: %2)</source>
        <translation>unbekannter Befehl „%1“ (Befehle: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/consolecommand.cpp" line="85"/>
        <location filename="../app/cli/consolecommand.cpp" line="105"/>
        <source>Pivori Console</source>
        <translation>Pivori Console</translation>
    </message>
    <message>
        <location filename="../app/cli/consolecommand.cpp" line="86"/>
        <location filename="../app/cli/consolecommand.cpp" line="106"/>
        <source>The configuration has errors:

%1</source>
        <translation>Die Konfiguration hat Fehler:

%1</translation>
    </message>
</context>
<context>
    <name>pivori::CrosshairReadout</name>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="79"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="81"/>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
    </message>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="84"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="94"/>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="96"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>pivori::CustomRangeDialog</name>
    <message>
        <location filename="../app/windows/customrangedialog.cpp" line="17"/>
        <source>Custom time range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../app/windows/customrangedialog.cpp" line="24"/>
        <source>Times are in %1.</source>
        <translation>Zeiten sind in %1.</translation>
    </message>
    <message>
        <location filename="../app/windows/customrangedialog.cpp" line="29"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location filename="../app/windows/customrangedialog.cpp" line="30"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
</context>
<context>
    <name>pivori::DashboardConfigParser</name>
    <message>
        <location filename="../models/config/dashboardconfigrows.cpp" line="17"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="24"/>
        <source>an id of lower-case letters, digits and &apos;-&apos; (like api-latency)</source>
        <translation>eine ID aus Kleinbuchstaben, Ziffern und &apos;-&apos; (wie api-latency)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigrows.cpp" line="54"/>
        <source>duplicate panel or row id &quot;%1&quot; in dashboard &quot;%2&quot; (first defined at line %3)</source>
        <translation>doppelte Panel- oder Zeilen-ID „%1“ im Dashboard „%2“ (zuerst definiert in Zeile %3)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigrows.cpp" line="68"/>
        <source>%1: a row holds panels, not other rows; write the rows one after the other</source>
        <translation>%1: eine Zeile enthält Panels, keine weiteren Zeilen; Zeilen nacheinander schreiben</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigrows.cpp" line="89"/>
        <source>%1 repeats by $%2 inside row &quot;%3&quot;, which repeats by $%4: repeat one or the other</source>
        <translation>%1 wiederholt sich nach $%2 in Zeile „%3“, die sich nach $%4 wiederholt: nur eines von beiden wiederholen</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigrows.cpp" line="107"/>
        <source>%1 is $%2, but the dashboard has no variable named &quot;%2&quot;</source>
        <translation>%1 ist $%2, aber das Dashboard hat keine Variable namens „%2“</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="107"/>
        <source>%1 names &quot;%2&quot;, which is not a built-in dashboard (built-in: %3)</source>
        <translation>%1 nennt „%2“, das kein eingebautes Dashboard ist (eingebaut: %3)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="48"/>
        <source>%1 only applies to stat, bargauge and table panels</source>
        <translation>%1 gilt nur für Stat-, Bargauge- und Tabellen-Panels</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="58"/>
        <source>%1 does not apply to bars panels (give the query a color and legend instead)</source>
        <translation>%1 gilt nicht für Balken-Panels (geben Sie der Abfrage stattdessen color und legend)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="73"/>
        <source>%1 only applies to table panels</source>
        <translation>%1 gilt nur für Tabellen-Panels</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="91"/>
        <source>%1 must map columns to the headers shown, like &quot;job: Job&quot;</source>
        <translation>%1 muss Spalten den angezeigten Überschriften zuordnen, etwa &quot;job: Job&quot;</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="97"/>
        <source>%1: each entry must be &quot;column: header&quot;, both text</source>
        <translation>%1: jeder Eintrag muss &quot;Spalte: Überschrift&quot; sein, beides Text</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="126"/>
        <source>%1 must be a column name: a label, or Value</source>
        <translation>%1 muss ein Spaltenname sein: ein Label oder Value</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="165"/>
        <source>%1 must have exactly one of value, range, regex or special (it has %2)</source>
        <translation>%1 braucht genau eines von value, range, regex oder special (es hat %2)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="166"/>
        <location filename="../models/config/dashboardconfigfields.cpp" line="340"/>
        <location filename="../models/config/dashboardconfigfields.cpp" line="373"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="109"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="461"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="189"/>
        <source>%1 needs from, to or both</source>
        <translation>%1 braucht from, to oder beides</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="193"/>
        <source>%1 must not be below from (%2)</source>
        <translation>%1 darf nicht unter from (%2) liegen</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="205"/>
        <location filename="../models/config/dashboardconfigfields.cpp" line="354"/>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="112"/>
        <source>%1 is not a valid regular expression: %2</source>
        <translation>%1 ist kein gültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="230"/>
        <source>%1 needs a text, a color or both</source>
        <translation>%1 braucht einen Text, eine Farbe oder beides</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="264"/>
        <source>%1 sets nothing: give it one or more of %2</source>
        <translation>%1 setzt nichts: geben Sie eines oder mehrere von %2 an</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="297"/>
        <source>%1: an override&apos;s thresholds have no axis (lines are the panel&apos;s own)</source>
        <translation>%1: die Schwellwerte einer Überschreibung haben keine Achse (Linien gehören dem Panel)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="339"/>
        <source>%1 must have exactly one of name, regex or query (it has %2)</source>
        <translation>%1 braucht genau eines von name, regex oder query (es hat %2)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="371"/>
        <source>%1 is &quot;%2&quot;, but the panel has no query of that ref_id or index (ref_ids: %3; indexes 0 to %4)</source>
        <translation>%1 ist &quot;%2&quot;, aber das Panel hat keine Abfrage mit dieser ref_id oder diesem Index (ref_ids: %3; Indizes 0 bis %4)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="119"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="160"/>
        <source>duplicate dashboard id &quot;%1&quot; (first defined at line %2)</source>
        <translation>doppelte Dashboard-ID „%1“ (zuerst definiert in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="130"/>
        <source>; the built-in one is included with &quot;- builtin: %1&quot; under dashboards</source>
        <translation>; das eingebaute wird mit &quot;- builtin: %1&quot; unter dashboards eingebunden</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigrows.cpp" line="100"/>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="61"/>
        <source>a variable name like service</source>
        <translation>ein Variablenname wie service</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="66"/>
        <source>a Prometheus label name like service</source>
        <translation>ein Prometheus-Labelname wie service</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="76"/>
        <source>%1 is empty: give the PromQL expression whose answer lists the values</source>
        <translation>%1 ist leer: geben Sie den PromQL-Ausdruck an, dessen Antwort die Werte aufzählt</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="83"/>
        <source>%1: a query_result variable takes its values from that expression; it has no %2</source>
        <translation>%1: eine query_result-Variable nimmt ihre Werte aus diesem Ausdruck; sie hat kein %2</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="101"/>
        <source>%1 must be a regex, like &quot;.+&quot;</source>
        <translation>%1 muss ein regulärer Ausdruck sein, etwa &quot;.+&quot;</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="110"/>
        <source>%1 is empty; leave it out to offer every value</source>
        <translation>%1 ist leer; weglassen, um jeden Wert anzubieten</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="129"/>
        <source>%1: a variable with values offers that list; it has no %2 to look values up with</source>
        <translation>%1: eine Variable mit values bietet diese Liste an; sie hat kein %2, mit dem Werte abgefragt würden</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="159"/>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="182"/>
        <source>%1: each value must be a non-empty text</source>
        <translation>%1: jeder Wert muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="162"/>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: &quot;%2&quot; steht zweimal in der Liste</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="192"/>
        <source>%1 lists %2 values, but the variable selects one (add &quot;multi: true&quot; to select several)</source>
        <translation>%1 nennt %2 Werte, aber die Variable wählt einen (fügen Sie &quot;multi: true&quot; hinzu, um mehrere zu wählen)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="209"/>
        <source>%1: &quot;%2&quot; is not one of the variable&apos;s values (%3)</source>
        <translation>%1: &quot;%2&quot; ist keiner der Werte der Variable (%3)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="228"/>
        <source>%1 references $%2, its own variable: its values cannot depend on its own selection</source>
        <translation>%1 verweist auf $%2, die eigene Variable: ihre Werte können nicht von ihrer eigenen Auswahl abhängen</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="264"/>
        <source>%1: the variables %2 reference each other in a cycle; one of them must not depend on the others</source>
        <translation>%1: die Variablen %2 verweisen im Kreis aufeinander; eine von ihnen darf nicht von den anderen abhängen</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="31"/>
        <source>duplicate variable &quot;%1&quot; (first defined at line %2)</source>
        <translation>doppelte Variable „%1“ (zuerst definiert in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="238"/>
        <source>duplicate panel id &quot;%1&quot; in dashboard &quot;%2&quot; (first defined at line %3)</source>
        <translation>doppelte Panel-ID „%1“ im Dashboard „%2“ (zuerst definiert in Zeile %3)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="286"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="271"/>
        <source>%1 must be greater than min (%2)</source>
        <translation>%1 muss größer als min (%2) sein</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="302"/>
        <source>%1 only applies to a panel with repeat</source>
        <translation>%1 gilt nur für ein Panel mit repeat</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="323"/>
        <source>%1 only applies to bars panels</source>
        <translation>%1 gilt nur für bars-Panels</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="330"/>
        <source>%1 only applies to timeseries and bars panels</source>
        <translation>%1 gilt nur für timeseries- und bars-Panels</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="337"/>
        <source>%1 only applies to text panels</source>
        <translation>%1 gilt nur für Text-Panels</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="32"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="345"/>
        <source>%1 does not apply to text panels</source>
        <translation>%1 gilt nicht für Text-Panels</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="369"/>
        <source>%1: a text panel shows its content and has no queries</source>
        <translation>%1: ein Text-Panel zeigt seinen Inhalt und hat keine Abfragen</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="411"/>
        <source>%1 must map variables of the target dashboard to labels of the series, like &quot;service: service&quot;</source>
        <translation>%1 muss Variablen des Ziel-Dashboards auf Labels der Reihen abbilden, wie &quot;service: service&quot;</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="424"/>
        <source>%1: each entry must be &quot;variable: label&quot;, both plain names (letters, digits, &apos;_&apos;)</source>
        <translation>%1: jeder Eintrag muss &quot;Variable: Label&quot; sein, beides einfache Namen (Buchstaben, Ziffern, &apos;_&apos;)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="459"/>
        <source>%1 refers to unknown dashboard &quot;%2&quot; (known: %3)</source>
        <translation>%1 verweist auf das unbekannte Dashboard „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="112"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="464"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="474"/>
        <source>dashboard &quot;%1&quot; has no variable named &quot;%2&quot; to set from the link</source>
        <translation>Dashboard „%1“ hat keine Variable namens „%2“, die der Link setzen könnte</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="312"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="317"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="508"/>
        <source>%1 only applies to timeseries panels</source>
        <translation>%1 gilt nur für timeseries-Panels</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="516"/>
        <source>%1 is right, but no query of this panel is on the right axis (add &quot;axis: right&quot; to the query this limit is for)</source>
        <translation>%1 ist right, aber keine Abfrage dieses Panels liegt auf der rechten Achse (fügen Sie &quot;axis: right&quot; zu der Abfrage hinzu, für die dieser Grenzwert gilt)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="571"/>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="234"/>
        <source>%1 uses $%2, but the dashboard has no variable named &quot;%2&quot;</source>
        <translation>%1 verwendet $%2, aber das Dashboard hat keine Variable namens „%2“</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfiles.cpp" line="24"/>
        <source>%1 must be either {file: PATH} (a Grafana dashboard JSON, a ConfigMap holding dashboards, or the console&apos;s own YAML) or {folder: PATH} (its .json files), not both</source>
        <translation>%1 muss entweder {file: PFAD} (ein Grafana-Dashboard als JSON, eine ConfigMap mit Dashboards oder das eigene YAML der Konsole) oder {folder: PFAD} (dessen .json-Dateien) sein, nicht beides</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigtables.cpp" line="45"/>
        <source>a Prometheus label name like pod</source>
        <translation>ein Prometheus-Labelname wie pod</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigtables.cpp" line="70"/>
        <source>%1: a column named &quot;%2&quot; is calculated already</source>
        <translation>%1: eine Spalte namens „%2“ wird bereits berechnet</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigtables.cpp" line="95"/>
        <source>%1 needs either left, op and right (e.g. left: &quot;Value #A&quot;, op: /, right: &quot;Value #B&quot;) or reduce (sum, mean, min, max or count)</source>
        <translation>%1 braucht entweder left, op und right (z. B. left: &quot;Value #A&quot;, op: /, right: &quot;Value #B&quot;) oder reduce (sum, mean, min, max oder count)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigtables.cpp" line="109"/>
        <source>%1 only applies with reduce</source>
        <translation>%1 gilt nur mit reduce</translation>
    </message>
</context>
<context>
    <name>pivori::DashboardFileReader</name>
    <message>
        <location filename="../models/grafana/dashboardfile.cpp" line="65"/>
        <source>%1:%2:%3: YAML syntax error: %4</source>
        <translation>%1:%2:%3: YAML-Syntaxfehler: %4</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfile.cpp" line="90"/>
        <source>%1: no ConfigMap in it holds a .json dashboard</source>
        <translation>%1: keine ConfigMap darin enthält ein .json-Dashboard</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfile.cpp" line="106"/>
        <source>%1:%2:%3: %4 names another dashboard file; only a configuration&apos;s own entries are read</source>
        <translation>%1:%2:%3: %4 nennt eine weitere Dashboard-Datei; gelesen werden nur die Einträge der Konfiguration selbst</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfile.cpp" line="122"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfile.cpp" line="126"/>
        <source>%1: larger than %2 bytes</source>
        <translation>%1: größer als %2 Bytes</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfile.cpp" line="136"/>
        <source>%1: no dashboard in it</source>
        <translation>%1: enthält kein Dashboard</translation>
    </message>
</context>
<context>
    <name>pivori::DashboardFileResolver</name>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="44"/>
        <source>dashboard folder %1 does not exist or is not a folder</source>
        <translation>Dashboard-Ordner %1 existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="56"/>
        <source>dashboard folder %1 has no .json file and no ConfigMap .yaml file</source>
        <translation>der Dashboard-Ordner %1 enthält keine .json-Datei und keine ConfigMap-.yaml-Datei</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="69"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="77"/>
        <source>noc.playlist names dashboard &quot;%1&quot;, which neither the configuration nor its dashboard files define (known: %2); left out of the playlist</source>
        <translation>noc.playlist nennt Dashboard „%1“, das weder die Konfiguration noch ihre Dashboard-Dateien definieren (bekannt: %2); aus der Wiedergabeliste weggelassen</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="87"/>
        <source>panel &quot;%1&quot; of dashboard &quot;%2&quot; links to dashboard &quot;%3&quot;, which neither the configuration nor its dashboard files define (known: %4); the link is left out</source>
        <translation>Panel „%1“ des Dashboards „%2“ verweist auf Dashboard „%3“, das weder die Konfiguration noch ihre Dashboard-Dateien definieren (bekannt: %4); der Verweis wird weggelassen</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="115"/>
        <source>dashboard file left out: %1</source>
        <translation>Dashboard-Datei weggelassen: %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="123"/>
        <source>%1: dashboard &quot;%2&quot; left out: another dashboard already has that id</source>
        <translation>%1: Dashboard „%2“ weggelassen: ein anderes Dashboard hat bereits diese ID</translation>
    </message>
</context>
<context>
    <name>pivori::DashboardRefresher</name>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="416"/>
        <source>Prometheus %1: %2</source>
        <translation>Prometheus %1: %2</translation>
    </message>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="425"/>
        <source>the expression gives a string, which a panel cannot show</source>
        <translation>der Ausdruck ergibt eine Zeichenkette, die ein Panel nicht anzeigen kann</translation>
    </message>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="428"/>
        <source>query %1: %2</source>
        <translation>Abfrage %1: %2</translation>
    </message>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="467"/>
        <source>the queries gave %1 series; the panel shows the first one (%2)</source>
        <translation>die Abfragen ergaben %1 Reihen; das Panel zeigt die erste (%2)</translation>
    </message>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="529"/>
        <source>dashboard &quot;%1&quot; has no variable named &quot;%2&quot;</source>
        <translation>Dashboard „%1“ hat keine Variable namens „%2“</translation>
    </message>
</context>
<context>
    <name>pivori::DashboardToolBar</name>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="28"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="36"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="38"/>
        <source>Undo the last zoom (Alt+Left)</source>
        <translation>Den letzten Zoom rückgängig machen (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="42"/>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="159"/>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="44"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="70"/>
        <source>Auto refresh off</source>
        <translation>Automatische Aktualisierung aus</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="70"/>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="203"/>
        <source>Every %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="71"/>
        <source>Auto refresh</source>
        <translation>Automatische Aktualisierung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="75"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="78"/>
        <source>Pause auto refresh (Ctrl+P)</source>
        <translation>Automatische Aktualisierung anhalten (Strg+P)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="83"/>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="86"/>
        <source>Refresh now (F5)</source>
        <translation>Jetzt aktualisieren (F5)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="105"/>
        <source>Values of $%1</source>
        <translation>Werte von $%1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="106"/>
        <source>Values of the label &quot;%1&quot;</source>
        <translation>Werte des Labels „%1“</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="143"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="163"/>
        <source>Fixed range</source>
        <translation>Fester Zeitraum</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="182"/>
        <source>%1 – now %2</source>
        <translation>%1 – jetzt %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="188"/>
        <source>Time range: %1
Times are shown in %2.</source>
        <translation>Zeitraum: %1
Zeiten werden in %2 angezeigt.</translation>
    </message>
</context>
<context>
    <name>pivori::DashboardView</name>
    <message>
        <location filename="../widgets/panels/dashboardview.cpp" line="58"/>
        <source>This dashboard has no panels.</source>
        <translation>Dieses Dashboard hat keine Panels.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardview.cpp" line="257"/>
        <source>Paused at %1 — data not updating</source>
        <translation>Angehalten um %1 — Daten werden nicht aktualisiert</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardview.cpp" line="258"/>
        <source>Automatic refresh is paused since %1. Resume it with Pause in the toolbar (Ctrl+P).</source>
        <translation>Die automatische Aktualisierung ist seit %1 angehalten. Mit Pause in der Werkzeugleiste fortsetzen (Strg+P).</translation>
    </message>
</context>
<context>
    <name>pivori::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="47"/>
        <source>Starts a demo stack (synthetic Pivori fleet, Prometheus with the guide&apos;s alert rules, two Alertmanager replicas) on loopback and opens the console on it.</source>
        <translation>Startet einen Demo-Stack (synthetische Pivori-Flotte, Prometheus mit den Alarmregeln des Leitfadens, zwei Alertmanager-Replicas) auf Loopback und öffnet die Konsole darauf.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="53"/>
        <source>Run alert rules and scenarios this many times faster (default 10).</source>
        <translation>Alarmregeln und Szenarien so viel schneller ablaufen lassen (Standard 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="54"/>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="58"/>
        <source>Close by itself this long after the console opened (for smoke tests).</source>
        <translation>So lange nach dem Öffnen der Konsole von selbst schließen (für Smoke-Tests).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="59"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="67"/>
        <source>demo: --time-scale must be a number from 1 to 3600</source>
        <translation>demo: --time-scale muss eine Zahl von 1 bis 3600 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="79"/>
        <source>demo: --quit-after must be a duration like 10s</source>
        <translation>demo: --quit-after muss eine Dauer wie 10s sein</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="99"/>
        <source>Starting the demo stack…</source>
        <translation>Demo-Stack wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="99"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="100"/>
        <location filename="../app/cli/democommand.cpp" line="132"/>
        <source>Pivori Console demo</source>
        <translation>Pivori-Console-Demo</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="133"/>
        <source>The demo stack could not start:

%1</source>
        <translation>Der Demo-Stack konnte nicht starten:

%1</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="149"/>
        <source>Demo stack: %1 died</source>
        <translation>Demo-Stack: %1 ist ausgefallen</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="154"/>
        <source>Demo stack: %1 died; starting it again in %2 (restart %3 of at most %4)</source>
        <translation>Demo-Stack: %1 ist ausgefallen; Neustart in %2 (Neustart %3 von höchstens %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="162"/>
        <source>Demo stack: %1 is back</source>
        <translation>Demo-Stack: %1 ist wieder da</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="168"/>
        <source>Demo stack: %1</source>
        <translation>Demo-Stack: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="186"/>
        <source>demo: Prometheus %1, Alertmanagers %2, simulator %3 (scenarios: %4)
</source>
        <translation>demo: Prometheus %1, Alertmanager %2, Simulator %3 (Szenarien: %4)
</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="189"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>pivori::DemoStackOptions</name>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="20"/>
        <source>--past-incident must be NAME[:TARGET]@FROM-TO, two durations before the start with FROM the longer, like error-burst:payments@48m-36m; got &quot;%1&quot;</source>
        <translation>--past-incident muss NAME[:ZIEL]@VON-BIS sein, zwei Dauern vor dem Start, VON die längere, etwa error-burst:payments@48m-36m; erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="35"/>
        <source>Seed of the synthetic fleet (default 1).</source>
        <translation>Startwert der synthetischen Flotte (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="35"/>
        <location filename="../app/cli/demostackoptions.cpp" line="47"/>
        <location filename="../app/cli/demostackoptions.cpp" line="49"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="39"/>
        <source>Switch a simulator scenario on at start, NAME or NAME:TARGET; repeatable (default: none).</source>
        <translation>Ein Simulator-Szenario beim Start einschalten, NAME oder NAME:ZIEL; wiederholbar (Standard: keines).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="40"/>
        <source>Switch a simulator scenario on at start, NAME or NAME:TARGET; repeatable (default: %1).</source>
        <translation>Ein Simulator-Szenario beim Start einschalten, NAME oder NAME:ZIEL; wiederholbar (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="42"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="44"/>
        <source>Number of services of the fleet: the platform&apos;s %1, then generated ones (at most %2).</source>
        <translation>Anzahl der Dienste der Flotte: die %1 der Plattform, dann erzeugte (höchstens %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="49"/>
        <source>Pods of every service (default: two or three, drawn from the seed).</source>
        <translation>Pods jedes Dienstes (Standard: zwei oder drei, aus dem Startwert gezogen).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="50"/>
        <source>Start with a healthy fleet (no scenario).</source>
        <translation>Mit einer gesunden Flotte starten (kein Szenario).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="52"/>
        <source>A server that dies is started again after this long, doubled at each further death (at most %1 restarts of one server in %2 min; default 10s).</source>
        <translation>Ein ausgefallener Server wird nach dieser Zeit neu gestartet, bei jedem weiteren Ausfall doppelt so lang (höchstens %1 Neustarts eines Servers in %2 min; Standard 10s).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="56"/>
        <location filename="../app/cli/demostackoptions.cpp" line="63"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="58"/>
        <source>Leave a server that dies down (the others keep running).</source>
        <translation>Einen ausgefallenen Server unten lassen (die anderen laufen weiter).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="60"/>
        <source>Start Prometheus with this much of the fleet&apos;s past already stored, e.g. 1h (at most %1; 0 for none; default %2). Needs promtool (Debian package prometheus).</source>
        <translation>Prometheus mit so viel Vergangenheit der Flotte starten, z. B. 1h (höchstens %1; 0 für keine; Standard %2). Braucht promtool (Debian-Paket prometheus).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="66"/>
        <source>In that past, a scenario that was on from FROM to TO before the start and then off again, so its alerts fired and resolved, e.g. error-burst:payments@48m-36m; repeatable (default: none).</source>
        <translation>In dieser Vergangenheit ein Szenario, das von VON bis BIS vor dem Start lief und dann endete, sodass seine Alarme feuerten und aufgelöst wurden, etwa error-burst:payments@48m-36m; wiederholbar (Standard: keines).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="69"/>
        <source>In that past, a scenario that was on from FROM to TO before the start and then off again, so its alerts fired and resolved; repeatable (default: %1; none with --no-scenarios).</source>
        <translation>In dieser Vergangenheit ein Szenario, das von VON bis BIS vor dem Start lief und dann endete, sodass seine Alarme feuerten und aufgelöst wurden; wiederholbar (Standard: %1; keines mit --no-scenarios).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="73"/>
        <source>NAME[:TARGET]@FROM-TO</source>
        <translation>NAME[:ZIEL]@VON-BIS</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="83"/>
        <source>--seed must be a whole number</source>
        <translation>--seed muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="89"/>
        <source>--services must be a whole number from %1 to %2</source>
        <translation>--services muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="98"/>
        <source>--pods-per-service must be a whole number from 1 to %1</source>
        <translation>--pods-per-service muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="107"/>
        <source>--scenario and --no-scenarios contradict each other</source>
        <translation>--scenario und --no-scenarios widersprechen sich</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="119"/>
        <source>--history must be 0 or a duration from 1m to %1, like 1h</source>
        <translation>--history muss 0 oder eine Dauer von 1m bis %1 sein, wie 1h</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="128"/>
        <source>--past-incident and --no-scenarios contradict each other</source>
        <translation>--past-incident und --no-scenarios widersprechen sich</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="143"/>
        <source>--restart-delay and --no-restart contradict each other</source>
        <translation>--restart-delay und --no-restart widersprechen sich</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="151"/>
        <source>--restart-delay must be a duration from 1s to %1 (or use --no-restart)</source>
        <translation>--restart-delay muss eine Dauer von 1s bis %1 sein (oder --no-restart verwenden)</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="162"/>
        <source>a server that dies stays down; the others keep running</source>
        <translation>ein ausgefallener Server bleibt unten; die anderen laufen weiter</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="163"/>
        <source>a server that dies is started again after %1 (doubling, at most %2 times in %3 min); the others keep running</source>
        <translation>ein ausgefallener Server wird nach %1 neu gestartet (verdoppelnd, höchstens %2-mal in %3 min); die anderen laufen weiter</translation>
    </message>
</context>
<context>
    <name>pivori::DesktopNotifications</name>
    <message>
        <location filename="../widgets/inbox/desktopnotifications.cpp" line="37"/>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/desktopnotifications.cpp" line="46"/>
        <source>the desktop&apos;s notification service (%1) stopped</source>
        <translation>der Benachrichtigungsdienst des Desktops (%1) wurde beendet</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/desktopnotifications.cpp" line="69"/>
        <source>no desktop notification service (%1): %2</source>
        <translation>kein Desktop-Benachrichtigungsdienst (%1): %2</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/desktopnotifications.cpp" line="131"/>
        <source>Show alerts</source>
        <translation>Alarme anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/desktopnotifications.cpp" line="145"/>
        <source>the desktop&apos;s notification service (%1) refused a notification: %2</source>
        <translation>der Benachrichtigungsdienst des Desktops (%1) hat eine Benachrichtigung abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>pivori::DisplayOptions</name>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="20"/>
        <source>Open as the NOC wall display: full screen, rotating through the playlist.</source>
        <translation>Als NOC-Wandanzeige öffnen: Vollbild, durch die Playlist rotierend.</translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="22"/>
        <source>The screen the NOC wall fills, from 0 (remembered; default: the configured one).</source>
        <translation>Der Bildschirm, den die NOC-Wand füllt, ab 0 (gemerkt; Standard: der konfigurierte).</translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="22"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="24"/>
        <source>Poll dashboards, alerts and servers this often, e.g. 5s (overrides the configuration).</source>
        <translation>Dashboards, Alarme und Server so oft abfragen, z. B. 5s (überschreibt die Konfiguration).</translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="25"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="36"/>
        <source>--screen must be a number from 0 to %1</source>
        <translation>--screen muss eine Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="44"/>
        <source>--refresh must be a duration of at least 1s, like 5s</source>
        <translation>--refresh muss eine Dauer von mindestens 1s sein, wie 5s</translation>
    </message>
</context>
<context>
    <name>pivori::DurationPicker</name>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="36"/>
        <source>15 m</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="36"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="36"/>
        <source>4 h</source>
        <translation>4 h</translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="36"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="48"/>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="57"/>
        <source>Custom duration</source>
        <translation>Eigene Dauer</translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="60"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="61"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="62"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
</context>
<context>
    <name>pivori::ExpireCommand</name>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="187"/>
        <source>Expires a silence (un-acknowledges, when it is an acknowledgement).</source>
        <translation>Beendet eine Stummschaltung (hebt die Quittierung auf, wenn es eine ist).</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="191"/>
        <source>The silence id, as printed by ack or silences.</source>
        <translation>Die Stummschaltungs-ID, wie von ack oder silences ausgegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="197"/>
        <source>expire: give exactly one silence id</source>
        <translation>expire: genau eine Stummschaltungs-ID angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="198"/>
        <source>expire: &quot;%1&quot; is not a silence id</source>
        <translation>expire: „%1“ ist keine Stummschaltungs-ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="216"/>
        <source>expire: %1</source>
        <translation>expire: %1</translation>
    </message>
</context>
<context>
    <name>pivori::ExportController</name>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="92"/>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="93"/>
        <source>Export as PNG at &amp;2x…</source>
        <translation>Als PNG in &amp;2x exportieren…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="94"/>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="95"/>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="96"/>
        <source>&amp;Copy to clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="104"/>
        <source>&amp;Incident report…</source>
        <translation>&amp;Vorfallbericht…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="129"/>
        <source>Open a dashboard to export it.</source>
        <translation>Öffnen Sie ein Dashboard, um es zu exportieren.</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="154"/>
        <source>Copied &quot;%1&quot; to the clipboard</source>
        <translation>„%1“ in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="170"/>
        <source>The dashboard was closed before it could be exported.</source>
        <translation>Das Dashboard wurde geschlossen, bevor es exportiert werden konnte.</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="190"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="191"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="192"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="194"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="202"/>
        <source>Cannot export to %1: choose a .png, .svg or .pdf file.</source>
        <translation>Export nach %1 nicht möglich: wählen Sie eine .png-, .svg- oder .pdf-Datei.</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="210"/>
        <source>Exporting to %1…</source>
        <translation>Exportiere nach %1…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="217"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="231"/>
        <source>Folder for the incident report</source>
        <translation>Ordner für den Vorfallbericht</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="240"/>
        <source>Incident report</source>
        <translation>Vorfallbericht</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="241"/>
        <source>%1 already holds a report. Replace it?</source>
        <translation>%1 enthält bereits einen Bericht. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="255"/>
        <source>The dashboard was closed before the report could be written.</source>
        <translation>Das Dashboard wurde geschlossen, bevor der Bericht geschrieben werden konnte.</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="281"/>
        <source>Writing the incident report…</source>
        <translation>Vorfallbericht wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="281"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="299"/>
        <source>Incident report cancelled</source>
        <translation>Vorfallbericht abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="301"/>
        <source>Incident report: %1</source>
        <translation>Vorfallbericht: %1</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="310"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>pivori::ExportHeader</name>
    <message>
        <location filename="../models/export/exportheader.cpp" line="57"/>
        <source>none selected</source>
        <translation>keine ausgewählt</translation>
    </message>
    <message>
        <location filename="../models/export/exportheader.cpp" line="59"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../models/export/exportheader.cpp" line="71"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../models/export/exportheader.cpp" line="79"/>
        <source>Prometheus %1 · exported %2</source>
        <translation>Prometheus %1 · exportiert %2</translation>
    </message>
    <message>
        <location filename="../models/export/exportheader.cpp" line="87"/>
        <source>%1 · zoomed in</source>
        <translation>%1 · vergrößert</translation>
    </message>
    <message>
        <location filename="../models/export/exportheader.cpp" line="94"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../models/export/exportheader.cpp" line="104"/>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
</context>
<context>
    <name>pivori::ExportedAlerts</name>
    <message>
        <location filename="../models/export/exportedalerts.cpp" line="30"/>
        <location filename="../models/export/exportedalerts.cpp" line="37"/>
        <source>no answer in time</source>
        <translation>keine Antwort rechtzeitig</translation>
    </message>
    <message>
        <location filename="../models/export/exportedalerts.cpp" line="31"/>
        <location filename="../models/export/exportedalerts.cpp" line="36"/>
        <source>Alertmanager cluster &quot;%1&quot; did not answer: %2</source>
        <translation>Alertmanager-Cluster „%1“ hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <location filename="../models/export/exportedalerts.cpp" line="40"/>
        <source>The list may miss alerts: %1.</source>
        <translation>Die Liste vermisst womöglich Alarme: %1.</translation>
    </message>
</context>
<context>
    <name>pivori::ExtendDialog</name>
    <message>
        <location filename="../widgets/inbox/extenddialog.cpp" line="22"/>
        <location filename="../widgets/inbox/extenddialog.cpp" line="40"/>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/extenddialog.cpp" line="24"/>
        <source>Add time to %1:</source>
        <translation>Zeit zu %1 hinzufügen:</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/extenddialog.cpp" line="69"/>
        <source>This cannot be added: %1.</source>
        <translation>Das kann nicht hinzugefügt werden: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/extenddialog.cpp" line="77"/>
        <source>New end: %1</source>
        <translation>Neues Ende: %1</translation>
    </message>
</context>
<context>
    <name>pivori::GaugePanel</name>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="70"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="71"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="72"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="73"/>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="84"/>
        <source>No traffic</source>
        <translation>Kein Verkehr</translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaFieldReader</name>
    <message>
        <location filename="../models/grafana/grafanafieldconfig.cpp" line="85"/>
        <source>unit %1 shown in the console&apos;s nearest unit</source>
        <translation>Einheit %1 in der nächstliegenden Einheit der Konsole angezeigt</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldconfig.cpp" line="88"/>
        <source>unit %1: values multiplied by %2</source>
        <translation>Einheit %1: Werte mit %2 multipliziert</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldconfig.cpp" line="92"/>
        <source>unit %1 is not known: values shown plain</source>
        <translation>Einheit %1 ist unbekannt: Werte ohne Einheit angezeigt</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldconfig.cpp" line="140"/>
        <source>percentage thresholds read against %1..%2 (Grafana uses the data&apos;s range when min or max is not set)</source>
        <translation>prozentuale Schwellwerte auf %1..%2 bezogen (Grafana nimmt den Bereich der Daten, wenn min oder max fehlt)</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldconfig.cpp" line="275"/>
        <source>100% stacking drawn as normal stacking</source>
        <translation>100-%-Stapelung als normale Stapelung gezeichnet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldconfig.cpp" line="285"/>
        <source>min %1 is not below max %2: both left out</source>
        <translation>min %1 liegt nicht unter max %2: beide weggelassen</translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaImporter</name>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="66"/>
        <source>time range %1 to %2: the console shows the last %3</source>
        <translation>Zeitraum %1 bis %2: die Konsole zeigt die letzten %3</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="75"/>
        <source>no auto-refresh in Grafana; the console refreshes every %1</source>
        <translation>in Grafana keine automatische Aktualisierung; die Konsole aktualisiert alle %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="107"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="114"/>
        <source>%1: a Grafana dashboard is a JSON object</source>
        <translation>%1: ein Grafana-Dashboard ist ein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="117"/>
        <source>%1: this dashboard uses Grafana&apos;s v2 schema (elements{} and a layout), which the console does not read; export it from Grafana as classic JSON (schemaVersion 42 or earlier)</source>
        <translation>%1: dieses Dashboard verwendet Grafanas v2-Schema (elements{} und ein Layout), das die Konsole nicht liest; exportieren Sie es aus Grafana als klassisches JSON (schemaVersion 42 oder älter)</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="122"/>
        <source>%1: not a Grafana dashboard: it has neither panels[] nor rows[]</source>
        <translation>%1: kein Grafana-Dashboard: es hat weder panels[] noch rows[]</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="132"/>
        <source>Imported Grafana dashboard</source>
        <translation>Importiertes Grafana-Dashboard</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="159"/>
        <source>row &quot;%1&quot; repeats by $%2: one copy of the row per value</source>
        <translation>Zeile „%1“ wiederholt sich nach $%2: eine Kopie der Zeile je Wert</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="163"/>
        <source>row &quot;%1&quot; repeats by $%2, which the conversion fixes to one value: shown once</source>
        <translation>Zeile „%1“ wiederholt sich nach $%2, das die Umwandlung auf einen Wert festlegt: einmal gezeigt</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="178"/>
        <source>repeat by $%1 dropped: its row repeats by $%2</source>
        <translation>Wiederholung nach $%1 entfällt: ihre Zeile wiederholt sich nach $%2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="186"/>
        <source>placeholder: Grafana %1 panel &quot;%2&quot; is not shown (see the report above)</source>
        <translation>Platzhalter: Grafana-%1-Panel „%2“ wird nicht angezeigt (siehe Bericht oben)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/grafana/grafanaimporter.cpp" line="193"/>
        <source>%1: nothing the console can draw: none of its %n panel(s) has a Prometheus query of a supported kind</source>
        <translation>
            <numerusform>%1: nichts, was die Konsole zeichnen kann: sein %n Panel hat keine Prometheus-Abfrage einer unterstützten Art</numerusform>
            <numerusform>%1: nichts, was die Konsole zeichnen kann: keines seiner %n Panels hat eine Prometheus-Abfrage einer unterstützten Art</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="210"/>
        <source>%1: the converted dashboard does not load (a converter bug): %2</source>
        <translation>%1: das umgewandelte Dashboard lädt nicht (ein Fehler des Konverters): %2</translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaLayoutReader</name>
    <message>
        <location filename="../models/grafana/grafanalayout.cpp" line="79"/>
        <location filename="../models/grafana/grafanalayout.cpp" line="153"/>
        <source>(untitled row)</source>
        <translation>(Zeile ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/grafana/grafanalayout.cpp" line="107"/>
        <source>%n row(s) (%1 collapsed) kept as the console&apos;s rows</source>
        <translation>
            <numerusform>%n Zeile (%1 zugeklappt) als Zeilen der Konsole übernommen</numerusform>
            <numerusform>%n Zeilen (%1 zugeklappt) als Zeilen der Konsole übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/grafana/grafanalayout.cpp" line="170"/>
        <source>legacy rows[] layout (%n row(s), %1 collapsed) kept as the console&apos;s rows</source>
        <translation>
            <numerusform>altes rows[]-Layout (%n Zeile, %1 zugeklappt) als Zeilen der Konsole übernommen</numerusform>
            <numerusform>altes rows[]-Layout (%n Zeilen, %1 zugeklappt) als Zeilen der Konsole übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/grafana/grafanalayout.cpp" line="112"/>
        <source>%n saved copy(ies) of repeated panels or rows left out</source>
        <translation>
            <numerusform>%n gespeicherte Kopie wiederholter Panels oder Zeilen weggelassen</numerusform>
            <numerusform>%n gespeicherte Kopien wiederholter Panels oder Zeilen weggelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaOverrideReader</name>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="60"/>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="134"/>
        <source>value mapping of &quot;%1&quot;: Prometheus readings are numbers</source>
        <translation>Wertzuordnung von &quot;%1&quot;: Prometheus-Werte sind Zahlen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="85"/>
        <source>value mapping regex %1 is not valid here: left out</source>
        <translation>regulärer Ausdruck %1 der Wertzuordnung ist hier ungültig: ausgelassen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="100"/>
        <source>value mapping of special value %1 not kept</source>
        <translation>Wertzuordnung des Sonderwerts %1 nicht übernommen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="105"/>
        <source>value mapping of type %1 not kept</source>
        <translation>Wertzuordnung vom Typ %1 nicht übernommen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="169"/>
        <source>%n value mapping(s)</source>
        <translation>
            <numerusform>%n Wertzuordnung</numerusform>
            <numerusform>%n Wertzuordnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="202"/>
        <source>override %1 %2 not applied</source>
        <translation>Überschreibung %1 %2 nicht angewendet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="210"/>
        <source>override %1: not a usable matcher, left out</source>
        <translation>Überschreibung %1: kein verwendbarer Matcher, ausgelassen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="230"/>
        <source>override %1: unit %2 shown without multiplying the values by %3</source>
        <translation>Überschreibung %1: Einheit %2 angezeigt, ohne die Werte mit %3 zu multiplizieren</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="289"/>
        <source>override %1: %2 not applied</source>
        <translation>Überschreibung %1: %2 nicht angewendet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="296"/>
        <source>override %1: no property to apply</source>
        <translation>Überschreibung %1: keine anwendbare Eigenschaft</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="299"/>
        <source>override %1</source>
        <translation>Überschreibung %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="339"/>
        <source>calculateField: binary %1 %2 %3 cannot be read</source>
        <translation>calculateField: binär %1 %2 %3 ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="352"/>
        <source>calculateField: reducer &quot;%1&quot; is not supported (sum, mean, min, max, count are)</source>
        <translation>calculateField: Reduzierer „%1“ wird nicht unterstützt (sum, mean, min, max, count schon)</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="365"/>
        <source>calculateField: mode &quot;%1&quot; is not supported (binary, reduceRow are)</source>
        <translation>calculateField: Modus „%1“ wird nicht unterstützt (binary, reduceRow schon)</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="409"/>
        <source>merge: one row per label set, a column per query</source>
        <translation>merge: eine Zeile je Labelsatz, eine Spalte je Abfrage</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="418"/>
        <source>joinByField inner: only rows every query has a reading for</source>
        <translation>joinByField inner: nur Zeilen, für die jede Abfrage einen Wert hat</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="421"/>
        <source>joinByField mode %1 joined as outer</source>
        <translation>joinByField-Modus %1 als äußerer Join verbunden</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="426"/>
        <source>joinByField: one row per %1</source>
        <translation>joinByField: eine Zeile je %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="429"/>
        <source>joinByField on &quot;%1&quot;: rows joined on all their labels instead</source>
        <translation>joinByField auf „%1“: Zeilen stattdessen über alle ihre Labels verbunden</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="438"/>
        <source>labelsToFields as rows: shown as columns, the table&apos;s labels</source>
        <translation>labelsToFields als Zeilen: als Spalten gezeigt, die Labels der Tabelle</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="440"/>
        <source>labelsToFields: the table&apos;s labels are its columns already</source>
        <translation>labelsToFields: die Labels der Tabelle sind schon ihre Spalten</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="459"/>
        <source>calculateField: column &quot;%1&quot;</source>
        <translation>calculateField: Spalte „%1“</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="467"/>
        <source>sortBy %1</source>
        <translation>sortBy %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="492"/>
        <source>organize: columns hidden, ordered and renamed</source>
        <translation>organize: Spalten ausgeblendet, geordnet und umbenannt</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="496"/>
        <source>transformations not applied: %1</source>
        <translation>Transformationen nicht angewendet: %1</translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaPanelReader</name>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="112"/>
        <source>HTML shown as its plain text, tags removed</source>
        <translation>HTML als reiner Text gezeigt, Tags entfernt</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="115"/>
        <source>code shown as plain text</source>
        <translation>Code als reiner Text gezeigt</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="120"/>
        <source>HTML and images in the Markdown shown as text, never loaded</source>
        <translation>HTML und Bilder im Markdown als Text gezeigt, nie geladen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="57"/>
        <source>interval %1: one bar per %2</source>
        <translation>Intervall %1: ein Balken je %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="76"/>
        <source>shows the current value, not the %1 over the range</source>
        <translation>zeigt den aktuellen Wert, nicht %1 über den Zeitraum</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="80"/>
        <source>bars drawn as lines</source>
        <translation>Balken als Linien gezeichnet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="88"/>
        <source>vertical bars drawn horizontally</source>
        <translation>senkrechte Balken waagerecht gezeichnet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="92"/>
        <source>display mode %1 drawn as plain bars</source>
        <translation>Anzeigemodus %1 als einfache Balken gezeichnet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="97"/>
        <source>bar chart of one reading per series: drawn as a bar gauge, one bar per series</source>
        <translation>Balkendiagramm mit einem Wert je Serie: als Bargauge gezeichnet, ein Balken je Serie</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="99"/>
        <source>bar chart over time: drawn as bars, one group per step of the range</source>
        <translation>Balkendiagramm über die Zeit: als Balken gezeichnet, eine Gruppe je Schritt des Zeitraums</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="102"/>
        <source>horizontal bars drawn vertically</source>
        <translation>waagrechte Balken senkrecht gezeichnet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="106"/>
        <source>100% stacking drawn as normal stacking</source>
        <translation>100-%-Stapelung als normale Stapelung gezeichnet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="109"/>
        <source>x field %1 not kept: one bar per series</source>
        <translation>x-Feld %1 nicht übernommen: ein Balken je Serie</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="114"/>
        <source>shows the present value of each series (an instant query), labels as columns</source>
        <translation>zeigt den aktuellen Wert jeder Serie (eine Sofortabfrage), Labels als Spalten</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="117"/>
        <source>panel links not kept</source>
        <translation>Panel-Links nicht übernommen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="148"/>
        <source>colour mode fixed: every series %1</source>
        <translation>Farbmodus fixed: jede Serie %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="152"/>
        <source>colour mode %1: readings take their thresholds&apos; colours</source>
        <translation>Farbmodus %1: Werte erhalten die Farben ihrer Schwellwerte</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="156"/>
        <source>colour mode thresholds: series take the palette&apos;s colours, thresholds are drawn as lines</source>
        <translation>Farbmodus thresholds: Serien erhalten die Farben der Palette, Schwellwerte werden als Linien gezeichnet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="161"/>
        <source>colour scheme %1 drawn with the palette&apos;s colours</source>
        <translation>Farbschema %1 mit den Farben der Palette gezeichnet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="162"/>
        <source>colour scheme %1: readings take their thresholds&apos; colours</source>
        <translation>Farbschema %1: Werte erhalten die Farben ihrer Schwellwerte</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="191"/>
        <source>legend values %1 not shown: its table has last, min, max and mean</source>
        <translation>Legendenwerte %1 nicht gezeigt: ihre Tabelle hat letzten Wert, Minimum, Maximum und Mittel</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="202"/>
        <source>legend on the right drawn under the plot</source>
        <translation>Legende rechts unter dem Diagramm gezeichnet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="213"/>
        <source>value mappings not applied: the console shows them on stat, bar gauge and table panels</source>
        <translation>Wertzuordnungen nicht angewendet: die Konsole zeigt sie auf Stat-, Bargauge- und Tabellen-Panels</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="218"/>
        <source>overrides not applied on bars</source>
        <translation>Überschreibungen bei Balken nicht angewendet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="232"/>
        <source>override of query %1 left out: that target is not converted</source>
        <translation>Überschreibung der Abfrage %1 ausgelassen: dieses Target wird nicht übernommen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="246"/>
        <source>units %1 share the right axis, labelled %2</source>
        <translation>die Einheiten %1 teilen sich die rechte Achse, beschriftet in %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="153"/>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="154"/>
        <source>(no type)</source>
        <translation>(ohne Typ)</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="171"/>
        <source>repeated vertically by $%1: one copy per value</source>
        <translation>vertikal nach $%1 wiederholt: eine Kopie je Wert</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="172"/>
        <source>repeated horizontally by $%1: one copy per value, at most %2 per line</source>
        <translation>horizontal nach $%1 wiederholt: eine Kopie je Wert, höchstens %2 pro Zeile</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="178"/>
        <source>repeated by $%1, which the conversion fixes to one value: one panel</source>
        <translation>nach $%1 wiederholt, das die Umwandlung auf einen Wert festlegt: ein Panel</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="159"/>
        <source>library panel: its definition is not in the dashboard JSON</source>
        <translation>Bibliotheks-Panel: seine Definition ist nicht im Dashboard-JSON</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="198"/>
        <source>text panel without content: left out</source>
        <translation>Text-Panel ohne Inhalt: weggelassen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="218"/>
        <source>panel type %1 is not supported yet: a placeholder comment in the YAML</source>
        <translation>Panel-Typ %1 wird noch nicht unterstützt: ein Platzhalter-Kommentar im YAML</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="221"/>
        <source>panel type %1 is not supported yet: a placeholder stat panel shows its first query</source>
        <translation>Panel-Typ %1 wird noch nicht unterstützt: ein Platzhalter-Stat-Panel zeigt seine erste Abfrage</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="228"/>
        <source>no Prometheus query left to show</source>
        <translation>keine Prometheus-Abfrage mehr zum Anzeigen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="234"/>
        <source>[%1 not supported] %2</source>
        <translation>[%1 nicht unterstützt] %2</translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaQueryReader</name>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="102"/>
        <source>target %1: datasource %2 is not Prometheus</source>
        <translation>Target %1: Datenquelle %2 ist kein Prometheus</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="108"/>
        <source>target %1: no PromQL expression</source>
        <translation>Target %1: kein PromQL-Ausdruck</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="113"/>
        <source>target %1 is hidden in Grafana: left out</source>
        <translation>Target %1 ist in Grafana ausgeblendet: weggelassen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="121"/>
        <source>target %1 uses $%2, which the dashboard does not define: left out</source>
        <translation>Target %1 verwendet $%2, das im Dashboard nicht definiert ist: weggelassen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="126"/>
        <source>target %1: %2</source>
        <translation>Target %1: %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="143"/>
        <source>target %1 is instant in Grafana: drawn over the range</source>
        <translation>Target %1 ist in Grafana eine Instant-Abfrage: über den Zeitraum gezeichnet</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="146"/>
        <source>target %1: min interval %2 not kept; the console picks the step</source>
        <translation>Target %1: Mindestintervall %2 nicht übernommen; die Konsole wählt die Schrittweite</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="150"/>
        <source>target %1: intervalFactor %2 not kept</source>
        <translation>Target %1: intervalFactor %2 nicht übernommen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="153"/>
        <source>target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="158"/>
        <source>panel min interval %1 not kept; the console picks the step</source>
        <translation>Mindestintervall %1 des Panels nicht übernommen; die Konsole wählt die Schrittweite</translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaVariableReader</name>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="235"/>
        <source>variable $%1: query &quot;%2&quot; is not label_values() and has no saved value; panels using it lose those queries</source>
        <translation>Variable $%1: Abfrage „%2“ ist kein label_values() und hat keinen gespeicherten Wert; Panels, die sie verwenden, verlieren diese Abfragen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="243"/>
        <source>variable $%1: query &apos;%2&apos; is not label_values(); fixed to &apos;%3&apos;</source>
        <translation>Variable $%1: Abfrage „%2“ ist kein label_values(); fest auf „%3“ gesetzt</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="251"/>
        <source>variable $%1: cannot read the label of &quot;%2&quot;</source>
        <translation>Variable $%1: das Label von „%2“ ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="157"/>
        <source>variable $%1: All stands for %2</source>
        <translation>Variable $%1: All steht für %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="166"/>
        <source>variable $%1: multi-value</source>
        <translation>Variable $%1: mehrere Werte</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="262"/>
        <source>variable $%1: the matchers %2 name no earlier variable; its values are looked up without them</source>
        <translation>Variable $%1: die Matcher %2 nennen keine frühere Variable; ihre Werte werden ohne sie abgefragt</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="269"/>
        <source>variable $%1: chained, its values follow $%2</source>
        <translation>Variable $%1: verkettet, ihre Werte folgen $%2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="178"/>
        <source>variable $%1: values filtered by the regex %2</source>
        <translation>Variable $%1: Werte gefiltert durch den regulären Ausdruck %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="181"/>
        <source>variable $%1: the regex %2 cannot be read (%3); every value is offered</source>
        <translation>Variable $%1: der reguläre Ausdruck %2 ist nicht lesbar (%3); jeder Wert wird angeboten</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="190"/>
        <source>variable $%1: values sorted %2</source>
        <translation>Variable $%1: Werte sortiert %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="212"/>
        <source>variable $%1: the lines of the answer to %2</source>
        <translation>Variable $%1: die Zeilen der Antwort auf %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="276"/>
        <source>variable $%1: values of label %2</source>
        <translation>Variable $%1: Werte des Labels %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="296"/>
        <source>variable $%1 (custom): no values; panels using it lose those queries</source>
        <translation>Variable $%1 (custom): keine Werte; Panels, die sie verwenden, verlieren diese Abfragen</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="308"/>
        <source>variable $%1 (custom): a drop-down of %2</source>
        <translation>Variable $%1 (custom): eine Auswahlliste aus %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="331"/>
        <source>variable $%1 (%2): fixed to &quot;%3&quot;; the console&apos;s drop-downs offer label values only</source>
        <translation>Variable $%1 (%2): fest auf „%3“ gesetzt; die Auswahllisten der Konsole bieten nur Label-Werte an</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="363"/>
        <source>variable &quot;%1&quot;: not a usable name</source>
        <translation>Variable „%1“: kein verwendbarer Name</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="372"/>
        <source>variable $%1: constant &quot;%2&quot;</source>
        <translation>Variable $%1: Konstante „%2“</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="381"/>
        <source>variable $%1: datasource (%2); the console queries its configured Prometheus</source>
        <translation>Variable $%1: Datenquelle (%2); die Konsole fragt ihren konfigurierten Prometheus ab</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="386"/>
        <source>variable $%1: type &quot;%2&quot; is not supported</source>
        <translation>Variable $%1: Typ „%2“ wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="410"/>
        <source>${%1:%2} expanded as ${%1}</source>
        <translation>${%1:%2} als ${%1} eingesetzt</translation>
    </message>
</context>
<context>
    <name>pivori::HealthCheckModel</name>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="124"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="126"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="128"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="130"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="132"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="134"/>
        <source>Where to look</source>
        <translation>Wo nachsehen</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="171"/>
        <source>(no category)</source>
        <translation>(keine Kategorie)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthcheckmodel.cpp" line="183"/>
        <source>all %n passing</source>
        <translation>
            <numerusform>alle %n bestanden</numerusform>
            <numerusform>alle %n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthcheckmodel.cpp" line="184"/>
        <source>%1 of %n checks with a problem</source>
        <translation>
            <numerusform>%1 von %n Prüfung mit Problem</numerusform>
            <numerusform>%1 von %n Prüfungen mit Problem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="215"/>
        <source>%1, timed out</source>
        <translation>%1, Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="228"/>
        <source>The check did not finish within its timeout after %1 ms.</source>
        <translation>Die Prüfung wurde nicht innerhalb ihres Zeitlimits fertig (nach %1 ms).</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="250"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>pivori::HealthCheckRunner</name>
    <message>
        <location filename="../models/health/healthcheckrunner.cpp" line="139"/>
        <source>timed out after %1 ms: no answer in time, so nothing is known</source>
        <translation>Zeitüberschreitung nach %1 ms: keine Antwort rechtzeitig, daher ist nichts bekannt</translation>
    </message>
    <message>
        <location filename="../models/health/healthcheckrunner.cpp" line="152"/>
        <source>this kind of check is not known</source>
        <translation>diese Art von Prüfung ist unbekannt</translation>
    </message>
</context>
<context>
    <name>pivori::HealthHistory</name>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="143"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="145"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="149"/>
        <source>format version %1, this console reads version %2</source>
        <translation>Formatversion %1, diese Konsole liest Version %2</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="161"/>
        <source>run %1 has no valid start and end time</source>
        <translation>Lauf %1 hat keine gültige Start- und Endzeit</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="166"/>
        <source>run %1: check &quot;%2&quot; has an unknown status</source>
        <translation>Lauf %1: Prüfung „%2“ hat einen unbekannten Status</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="183"/>
        <source>change %1 is incomplete (time, check, from and to are needed)</source>
        <translation>Änderung %1 ist unvollständig (time, check, from und to sind nötig)</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="208"/>
        <source>larger than %1 bytes</source>
        <translation>größer als %1 Byte</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="213"/>
        <source>Cannot read the health history %1: %2; the history of this session is not kept.</source>
        <translation>Der Gesundheitsverlauf %1 kann nicht gelesen werden: %2; der Verlauf dieser Sitzung wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="229"/>
        <source>The health history %1 is damaged (%2) and could not be moved aside (%3); the history of this session is not kept.</source>
        <translation>Der Gesundheitsverlauf %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden (%3); der Verlauf dieser Sitzung wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="232"/>
        <source>The health history %1 is damaged (%2); it was kept as %3 and a new history was started.</source>
        <translation>Der Gesundheitsverlauf %1 ist beschädigt (%2); er wurde als %3 aufbewahrt und ein neuer Verlauf begonnen.</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="257"/>
        <source>The health history %1 could not be read, so it is not overwritten.</source>
        <translation>Der Gesundheitsverlauf %1 konnte nicht gelesen werden und wird daher nicht überschrieben.</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="268"/>
        <source>Cannot create the directory %1 for the health history.</source>
        <translation>Das Verzeichnis %1 für den Gesundheitsverlauf kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="274"/>
        <source>The health history is not saved: %1</source>
        <translation>Der Gesundheitsverlauf wird nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>pivori::HealthLink</name>
    <message>
        <location filename="../widgets/health/healthlink.cpp" line="50"/>
        <source>dashboard %1</source>
        <translation>Dashboard %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthlink.cpp" line="52"/>
        <source>runbook %1</source>
        <translation>Runbook %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthlink.cpp" line="54"/>
        <source>target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthlink.cpp" line="57"/>
        <source>rule group %1</source>
        <translation>Regelgruppe %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthlink.cpp" line="58"/>
        <source>rule group %1 (%2)</source>
        <translation>Regelgruppe %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pivori::HealthPage</name>
    <message>
        <location filename="../app/windows/healthpage.cpp" line="99"/>
        <source>Health (?)</source>
        <translation>Zustand (?)</translation>
    </message>
    <message>
        <location filename="../app/windows/healthpage.cpp" line="101"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/windows/healthpage.cpp" line="102"/>
        <source>Health (%1)</source>
        <translation>Zustand (%1)</translation>
    </message>
</context>
<context>
    <name>pivori::HealthStatusStyle</name>
    <message>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="29"/>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="31"/>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="33"/>
        <source>fail</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="37"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="58"/>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="74"/>
        <source>no checks ran</source>
        <translation>keine Prüfung gelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthstatusstyle.cpp" line="61"/>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="76"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n fehlerhaft</numerusform>
            <numerusform>%n fehlerhaft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthstatusstyle.cpp" line="63"/>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="80"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthstatusstyle.cpp" line="65"/>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="78"/>
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthstatusstyle.cpp" line="67"/>
        <source>%n passing</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthstatusstyle.cpp" line="81"/>
        <source>all %n passing</source>
        <translation>
            <numerusform>alle %n bestanden</numerusform>
            <numerusform>alle %n bestanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::HealthView</name>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="66"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="67"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="79"/>
        <source>Only &amp;problems</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="80"/>
        <source>&amp;Run now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="105"/>
        <source>Hide the checks that pass</source>
        <translation>Bestandene Prüfungen ausblenden</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="107"/>
        <source>Run every health check now</source>
        <translation>Alle Gesundheitsprüfungen jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="156"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="160"/>
        <source>Which check changed its status, and when; kept across restarts</source>
        <translation>Welche Prüfung ihren Status wann geändert hat; bleibt über Neustarts erhalten</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="235"/>
        <source>%1, timed out</source>
        <translation>%1, Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="306"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="308"/>
        <source>Running the health checks…</source>
        <translation>Gesundheitsprüfungen laufen…</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="308"/>
        <location filename="../widgets/health/healthview.cpp" line="336"/>
        <source>The health checks have not run yet.</source>
        <translation>Die Gesundheitsprüfungen sind noch nicht gelaufen.</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="315"/>
        <source>No checks ran: the health of the monitoring is unknown, which is not an all-clear.</source>
        <translation>Keine Prüfung ist gelaufen: der Zustand des Monitorings ist unbekannt, und das ist keine Entwarnung.</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="317"/>
        <source>Last run %1, took %2</source>
        <translation>Letzter Lauf %1, Dauer %2</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="321"/>
        <source>; runs every %1</source>
        <translation>; läuft alle %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="323"/>
        <source>running now…</source>
        <translation>läuft gerade…</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="339"/>
        <source>No checks ran in the last run, so nothing is known about the health of the monitoring stack. This is not an all-clear: check that health checks are configured.</source>
        <translation>Im letzten Lauf ist keine Prüfung gelaufen, daher ist über den Zustand des Monitoring-Stacks nichts bekannt. Das ist keine Entwarnung: prüfen Sie, ob Gesundheitsprüfungen konfiguriert sind.</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="344"/>
        <source>Every check passes. Clear &quot;Only problems&quot; to see them.</source>
        <translation>Jede Prüfung besteht. „Nur Probleme“ abwählen, um sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="356"/>
        <source>Select a check to read its whole message; a double click opens where to look.</source>
        <translation>Wählen Sie eine Prüfung, um ihre ganze Meldung zu lesen; ein Doppelklick öffnet, wo nachzusehen ist.</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="364"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="366"/>
        <source>(timed out after %1 ms)</source>
        <translation>(Zeitüberschreitung nach %1 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="373"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="395"/>
        <source>%1  %2  %3 → %4</source>
        <translation>%1  %2  %3 → %4</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="410"/>
        <source>%1 / %2: %3 → %4 at %5</source>
        <translation>%1 / %2: %3 → %4 um %5</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="415"/>
        <source>No check has changed its status yet.</source>
        <translation>Noch keine Prüfung hat ihren Status geändert.</translation>
    </message>
</context>
<context>
    <name>pivori::HistoryBackfill</name>
    <message numerus="yes">
        <location filename="../models/devstack/historybackfill.cpp" line="27"/>
        <source>writing the last %n minute(s) of the fleet&apos;s history…</source>
        <translation>
            <numerusform>schreibe die letzte %n Minute des Verlaufs der Flotte…</numerusform>
            <numerusform>schreibe die letzten %n Minuten des Verlaufs der Flotte…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/devstack/historybackfill.cpp" line="39"/>
        <source>promtool (Debian package prometheus) is missing</source>
        <translation>promtool (Debian-Paket prometheus) fehlt</translation>
    </message>
    <message>
        <location filename="../models/devstack/historybackfill.cpp" line="42"/>
        <source>loading the history into Prometheus…</source>
        <translation>lade den Verlauf in Prometheus…</translation>
    </message>
    <message>
        <location filename="../models/devstack/historybackfill.cpp" line="63"/>
        <source>%1 failed (exit %2): %3</source>
        <translation>%1 fehlgeschlagen (Exit %2): %3</translation>
    </message>
    <message>
        <location filename="../models/devstack/historybackfill.cpp" line="75"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>pivori::ImportGrafanaCommand</name>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="31"/>
        <source>Converts a Grafana dashboard JSON file into the console&apos;s YAML dashboard format. Without --out the YAML goes to stdout (the import report is its leading comment); with --out the report goes to stdout. Exits 1 when the file cannot be converted, 2 for wrong arguments.</source>
        <translation>Wandelt eine Grafana-Dashboard-JSON-Datei in das YAML-Dashboard-Format der Konsole um. Ohne --out geht das YAML auf stdout (der Importbericht ist sein einleitender Kommentar); mit --out geht der Bericht auf stdout. Endet mit 1, wenn die Datei nicht umgewandelt werden kann, mit 2 bei falschen Argumenten.</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="37"/>
        <source>The Grafana dashboard JSON file.</source>
        <translation>Die Grafana-Dashboard-JSON-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="38"/>
        <source>Write the YAML to this file.</source>
        <translation>Das YAML in diese Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="39"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="41"/>
        <source>A variable&apos;s value, e.g. job=node (repeatable): the default of a drop-down, or the value a custom, interval or textbox variable is fixed to.</source>
        <translation>Der Wert einer Variablen, z. B. job=node (wiederholbar): der Standard einer Auswahlliste oder der feste Wert einer custom-, interval- oder textbox-Variablen.</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="44"/>
        <source>name=value</source>
        <translation>Name=Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="49"/>
        <source>import-grafana: give exactly one Grafana JSON file</source>
        <translation>import-grafana: genau eine Grafana-JSON-Datei angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="56"/>
        <source>import-grafana: --var takes NAME=VALUE, got &quot;%1&quot;</source>
        <translation>import-grafana: --var erwartet NAME=WERT, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="65"/>
        <source>import-grafana: %1: %2</source>
        <translation>import-grafana: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="70"/>
        <source>import-grafana: %1: larger than %2 bytes</source>
        <translation>import-grafana: %1: größer als %2 Bytes</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="75"/>
        <location filename="../app/cli/importgrafanacommand.cpp" line="85"/>
        <source>import-grafana: %1</source>
        <translation>import-grafana: %1</translation>
    </message>
</context>
<context>
    <name>pivori::ImportReport</name>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="22"/>
        <source>mapped</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="24"/>
        <source>approximated</source>
        <translation>angenähert</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="26"/>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="48"/>
        <source>Grafana import of %1: &quot;%2&quot; (schemaVersion %3)</source>
        <translation>Grafana-Import von %1: „%2“ (schemaVersion %3)</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="39"/>
        <source>panels: %1 mapped, %2 approximated, %3 unsupported</source>
        <translation>Panels: %1 übernommen, %2 angenähert, %3 nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="53"/>
        <source>panel &quot;%1&quot; (%2)</source>
        <translation>Panel „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="55"/>
        <source> in row &quot;%1&quot;</source>
        <translation> in Zeile „%1“</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="56"/>
        <source>: no console panel</source>
        <translation>: kein Panel der Konsole</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="56"/>
        <source> -&gt; %1</source>
        <translation> -&gt; %1</translation>
    </message>
</context>
<context>
    <name>pivori::InboxAlert</name>
    <message>
        <location filename="../models/alerts/inboxalert.cpp" line="40"/>
        <source>firing</source>
        <translation>feuert</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalert.cpp" line="42"/>
        <source>acknowledged</source>
        <translation>quittiert</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalert.cpp" line="44"/>
        <source>silenced</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalert.cpp" line="46"/>
        <source>inhibited</source>
        <translation>unterdrückt</translation>
    </message>
</context>
<context>
    <name>pivori::InboxAlertText</name>
    <message>
        <location filename="../models/alerts/inboxalerttext.cpp" line="130"/>
        <source>acknowledging…</source>
        <translation>wird quittiert…</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalerttext.cpp" line="138"/>
        <source>acknowledged by %1 until %2</source>
        <translation>quittiert von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalerttext.cpp" line="143"/>
        <source>inhibited by %1</source>
        <translation>unterdrückt durch %1</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalerttext.cpp" line="145"/>
        <source>silenced by %1</source>
        <translation>stummgeschaltet durch %1</translation>
    </message>
</context>
<context>
    <name>pivori::InboxFilterBar</name>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="34"/>
        <source>Filter: {service=&quot;api-gateway&quot;, severity=~&quot;crit.*&quot;} and/or words   ( / )</source>
        <translation>Filter: {service=&quot;api-gateway&quot;, severity=~&quot;crit.*&quot;} und/oder Wörter   ( / )</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="36"/>
        <source>Alertmanager matchers in braces (=, !=, =~, !~), then free text that every word of must occur in the alert. Press / to get here from the list.</source>
        <translation>Alertmanager-Matcher in geschweiften Klammern (=, !=, =~, !~), dann freier Text, dessen jedes Wort im Alarm vorkommen muss. Mit / gelangen Sie aus der Liste hierher.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="38"/>
        <source>Alert filter</source>
        <translation>Alarmfilter</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="42"/>
        <source>Silenced</source>
        <translation>Stummgeschaltet</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="42"/>
        <source>Show alerts covered by a silence that is not an acknowledgement</source>
        <translation>Alarme anzeigen, die von einer Stummschaltung abgedeckt sind, die keine Quittierung ist</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="44"/>
        <source>Inhibited</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="44"/>
        <source>Show alerts inhibited by another alert</source>
        <translation>Alarme anzeigen, die von einem anderen Alarm unterdrückt werden</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="46"/>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="46"/>
        <source>Show acknowledged alerts</source>
        <translation>Quittierte Alarme anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="52"/>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="57"/>
        <source>Alert name</source>
        <translation>Alarmname</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="58"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="59"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="60"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="61"/>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="151"/>
        <source>Invalid filter at character %1: %2</source>
        <translation>Ungültiger Filter bei Zeichen %1: %2</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="152"/>
        <source>Invalid filter: %1</source>
        <translation>Ungültiger Filter: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="153"/>
        <source>still showing the last valid filter</source>
        <translation>der letzte gültige Filter wird weiter angezeigt</translation>
    </message>
</context>
<context>
    <name>pivori::InboxFormat</name>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="127"/>
        <source>no alerts</source>
        <translation>keine Alarme</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="136"/>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="138"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="145"/>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="145"/>
        <source>ALERT</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="145"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="146"/>
        <location filename="../models/alerts/inboxformat.cpp" line="189"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="146"/>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="146"/>
        <source>ACK / INHIBITOR</source>
        <translation>QUITT. / UNTERDRÜCKER</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="147"/>
        <location filename="../models/alerts/inboxformat.cpp" line="190"/>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="147"/>
        <source>SUMMARY</source>
        <translation>ZUSAMMENFASSUNG</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="181"/>
        <source>no silences</source>
        <translation>keine Stummschaltungen</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="189"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="189"/>
        <source>ENDS</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="190"/>
        <source>CREATED BY</source>
        <translation>ANGELEGT VON</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="191"/>
        <source>MATCHERS</source>
        <translation>MATCHER</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="191"/>
        <source>COMMENT</source>
        <translation>KOMMENTAR</translation>
    </message>
</context>
<context>
    <name>pivori::IncidentReport</name>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="70"/>
        <source>by %1 at %2, until %3</source>
        <translation>von %1 um %2, bis %3</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="75"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="79"/>
        <source>pending (waiting for Alertmanager to confirm)</source>
        <translation>ausstehend (wartet auf die Bestätigung durch Alertmanager)</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="86"/>
        <location filename="../models/export/incidentreport.cpp" line="143"/>
        <source>Incident report: %1</source>
        <translation>Vorfallbericht: %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="89"/>
        <source>**Dashboard:** %1 (`%2`)</source>
        <translation>**Dashboard:** %1 (`%2`)</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="90"/>
        <source>**Time range:** %1</source>
        <translation>**Zeitraum:** %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="93"/>
        <source>**Variables:** %1</source>
        <translation>**Variablen:** %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="95"/>
        <source>**Prometheus:** %1</source>
        <translation>**Prometheus:** %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="98"/>
        <source>**Exported:** %1</source>
        <translation>**Exportiert:** %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="99"/>
        <source>**Data:** [%1](%2)</source>
        <translation>**Daten:** [%1](%2)</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="103"/>
        <location filename="../models/export/incidentreport.cpp" line="171"/>
        <source>Active alerts</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="104"/>
        <location filename="../models/export/incidentreport.cpp" line="171"/>
        <source>No Alertmanager is configured.</source>
        <translation>Kein Alertmanager ist konfiguriert.</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="106"/>
        <location filename="../models/export/incidentreport.cpp" line="173"/>
        <source>Active alerts (%1)</source>
        <translation>Aktive Alarme (%1)</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="111"/>
        <location filename="../models/export/incidentreport.cpp" line="178"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="111"/>
        <location filename="../models/export/incidentreport.cpp" line="178"/>
        <source>Unknown.</source>
        <translation>Unbekannt.</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="116"/>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="117"/>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="119"/>
        <source>Since: %1</source>
        <translation>Seit: %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="122"/>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="124"/>
        <source>Acknowledged: %1</source>
        <translation>Quittiert: %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="124"/>
        <location filename="../models/export/incidentreport.cpp" line="194"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="130"/>
        <location filename="../models/export/incidentreport.cpp" line="159"/>
        <location filename="../models/export/incidentreport.cpp" line="204"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="133"/>
        <location filename="../models/export/incidentreport.cpp" line="206"/>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="161"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="163"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="164"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="165"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="166"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="182"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="182"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="182"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="182"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="183"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="183"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="183"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="183"/>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
</context>
<context>
    <name>pivori::IncidentReportJob</name>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="44"/>
        <source>The dashboard is no longer open.</source>
        <translation>Das Dashboard ist nicht mehr geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="48"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="74"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="82"/>
        <source>The dashboard was closed while the report was written.</source>
        <translation>Das Dashboard wurde geschlossen, während der Bericht geschrieben wurde.</translation>
    </message>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="155"/>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>pivori::JsonScanner</name>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="67"/>
        <source>unexpected end of input (truncated answer?)</source>
        <translation>unerwartetes Ende der Eingabe (Antwort abgeschnitten?)</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="72"/>
        <source>byte %1: expected %2, found %3</source>
        <translation>Byte %1: %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="109"/>
        <source>byte %1: control character inside a string</source>
        <translation>Byte %1: Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="153"/>
        <source>byte %1: bad \u escape in a string</source>
        <translation>Byte %1: fehlerhaftes \u-Escape in einer Zeichenkette</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="173"/>
        <source>byte %1: bad escape in a string</source>
        <translation>Byte %1: fehlerhaftes Escape in einer Zeichenkette</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="220"/>
        <source>byte %1: number out of range</source>
        <translation>Byte %1: Zahl außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="262"/>
        <source>byte %1: a sample value must be a JSON string</source>
        <translation>Byte %1: ein Messwert muss eine JSON-Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="280"/>
        <source>value &quot;%1&quot; is not a number</source>
        <translation>Wert „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="286"/>
        <source>byte %1: nesting deeper than %2 levels</source>
        <translation>Byte %1: tiefer verschachtelt als %2 Ebenen</translation>
    </message>
</context>
<context>
    <name>pivori::KeychainSecrets</name>
    <message>
        <location filename="../models/net/keychainsecrets.cpp" line="191"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location filename="../models/net/keychainsecrets.cpp" line="194"/>
        <source>%1: no Secret Service on the session bus: start gnome-keyring or use %2</source>
        <translation>%1: kein Secret Service auf dem Sitzungsbus: gnome-keyring starten oder %2 verwenden</translation>
    </message>
    <message>
        <location filename="../models/net/keychainsecrets.cpp" line="197"/>
        <source>%1: no such entry in the keychain (service %2); store it from Settings or with secret-tool</source>
        <translation>%1: kein solcher Eintrag im Schlüsselbund (Dienst %2); in den Einstellungen oder mit secret-tool speichern</translation>
    </message>
    <message>
        <location filename="../models/net/keychainsecrets.cpp" line="201"/>
        <source>%1: the keychain refused access (%2); unlock it and allow Pivori Console</source>
        <translation>%1: der Schlüsselbund hat den Zugriff verweigert (%2); entsperren und Pivori Console erlauben</translation>
    </message>
    <message>
        <location filename="../models/net/keychainsecrets.cpp" line="204"/>
        <source>%1: the keychain did not answer within %2 (is it waiting to be unlocked?)</source>
        <translation>%1: der Schlüsselbund hat nicht innerhalb von %2 geantwortet (wartet er darauf, entsperrt zu werden?)</translation>
    </message>
    <message>
        <location filename="../models/net/keychainsecrets.cpp" line="207"/>
        <source>%1: keychain error: %2</source>
        <translation>%1: Schlüsselbund-Fehler: %2</translation>
    </message>
</context>
<context>
    <name>pivori::LanguageMenu</name>
    <message>
        <location filename="../widgets/common/uilanguage.cpp" line="73"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../widgets/common/uilanguage.cpp" line="77"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../widgets/common/uilanguage.cpp" line="92"/>
        <source>The language changes when Pivori Console is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Pivori Console.</translation>
    </message>
</context>
<context>
    <name>pivori::LegendTableModel</name>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="105"/>
        <source>%1 (right axis)</source>
        <translation>%1 (rechte Achse)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="154"/>
        <source>%1 — click to hide</source>
        <translation>%1 — zum Ausblenden klicken</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="155"/>
        <source>%1 — hidden, click to show</source>
        <translation>%1 — ausgeblendet, zum Einblenden klicken</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="172"/>
        <source>Click to sort by this column; click again to reverse, a third time for the legend order</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren; erneut klicken zum Umkehren, ein drittes Mal für die Legendenreihenfolge</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="177"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="179"/>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="181"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="183"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="185"/>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
</context>
<context>
    <name>pivori::MainWindow</name>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="60"/>
        <source>Pivori Console</source>
        <translation>Pivori Console</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="153"/>
        <source>The drill-down target &quot;%1&quot; is not open.</source>
        <translation>Das Drill-down-Ziel „%1“ ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="165"/>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="165"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="171"/>
        <source>Showing %1</source>
        <translation>%1 wird angezeigt</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="172"/>
        <source>Showing %1 (%2)</source>
        <translation>%1 wird angezeigt (%2)</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="360"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="361"/>
        <source>&amp;Open Dashboard File…</source>
        <translation>Dashboard-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="365"/>
        <source>Shows a Grafana dashboard JSON, a ConfigMap holding dashboards or a console dashboard YAML for this session; the configuration is not changed</source>
        <translation>Zeigt ein Grafana-Dashboard (JSON), eine ConfigMap mit Dashboards oder ein Dashboard-YAML der Konsole für diese Sitzung; die Konfiguration bleibt unverändert</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="368"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="371"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="374"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="88"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="123"/>
        <location filename="../app/windows/mainwindow.cpp" line="148"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="147"/>
        <source>alerts unknown — %1</source>
        <translation>Alarme unbekannt — %1</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="148"/>
        <source>Alerts (?)</source>
        <translation>Alarme (?)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindow.cpp" line="153"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n kritisch</numerusform>
            <numerusform>%n kritisch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindow.cpp" line="155"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindow.cpp" line="157"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n Info</numerusform>
            <numerusform>%n Info</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="158"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="159"/>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="31"/>
        <location filename="../app/windows/mainwindowlinks.cpp" line="50"/>
        <source>No dashboard &quot;%1&quot; in this configuration</source>
        <translation>Kein Dashboard „%1“ in dieser Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="184"/>
        <source>The health checks have not run yet.</source>
        <translation>Die Gesundheitsprüfungen sind noch nicht gelaufen.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="58"/>
        <source>Prometheus&apos;s targets page: look for %1</source>
        <translation>Target-Seite von Prometheus: nach %1 suchen</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="63"/>
        <source>Prometheus&apos;s rules page: look for the group %1</source>
        <translation>Regelseite von Prometheus: nach der Gruppe %1 suchen</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="64"/>
        <source>Prometheus&apos;s rules page: look for the group %1 of %2</source>
        <translation>Regelseite von Prometheus: nach der Gruppe %1 von %2 suchen</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="73"/>
        <source>Cannot open &quot;%1&quot;: not a link the console knows</source>
        <translation>„%1“ kann nicht geöffnet werden: kein Link, den die Konsole kennt</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="85"/>
        <source>No runbook for %1</source>
        <translation>Kein Runbook für %1</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="92"/>
        <source>Runbook: %1</source>
        <translation>Runbook: %1</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="313"/>
        <source>Values of $%1: %2</source>
        <translation>Werte von $%1: %2</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="147"/>
        <source>No drill-down from &quot;%1&quot;.</source>
        <translation>Kein Drill-down von „%1“ aus.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="129"/>
        <source>Could not open a browser for %1</source>
        <translation>Für %1 konnte kein Browser geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="383"/>
        <source>&amp;Query prompt</source>
        <translation>&amp;Abfragezeile</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="390"/>
        <source>&amp;Health checks</source>
        <translation>&amp;Gesundheitsprüfungen</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="393"/>
        <source>&amp;Run health checks now</source>
        <translation>Gesundheitsprüfungen jetzt &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="398"/>
        <source>Check &amp;servers now</source>
        <translation>&amp;Server jetzt prüfen</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="400"/>
        <source>&amp;NOC wall mode</source>
        <translation>&amp;NOC-Wandmodus</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="402"/>
        <source>Full screen wall display rotating through the playlist; Esc leaves it</source>
        <translation>Vollbild-Wandanzeige, die durch die Playlist rotiert; Esc beendet sie</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="409"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="412"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="413"/>
        <source>&amp;About Pivori Console</source>
        <translation>Ü&amp;ber Pivori Console</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="414"/>
        <source>About Pivori Console</source>
        <translation>Über Pivori Console</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="415"/>
        <source>Pivori Console %1
A native console for Prometheus and Alertmanager.</source>
        <translation>Pivori Console %1
Eine native Konsole für Prometheus und Alertmanager.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="558"/>
        <location filename="../app/windows/mainwindowlinks.cpp" line="111"/>
        <source>No Prometheus server is configured.</source>
        <translation>Kein Prometheus-Server ist konfiguriert.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="29"/>
        <location filename="../app/windows/mainwindowfiles.cpp" line="41"/>
        <location filename="../app/windows/mainwindowfiles.cpp" line="60"/>
        <location filename="../app/windows/mainwindowfiles.cpp" line="94"/>
        <source>Open Dashboard File</source>
        <translation>Dashboard-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="30"/>
        <source>Dashboards (*.json *.yaml *.yml);;Grafana dashboard JSON (*.json);;ConfigMap or console YAML (*.yaml *.yml);;All files (*)</source>
        <translation>Dashboards (*.json *.yaml *.yml);;Grafana-Dashboard als JSON (*.json);;ConfigMap oder YAML der Konsole (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="42"/>
        <source>%1 cannot be shown: no Prometheus server is configured.</source>
        <translation>%1 kann nicht angezeigt werden: kein Prometheus-Server ist konfiguriert.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="50"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="60"/>
        <source>%1 cannot be shown as a dashboard.</source>
        <translation>%1 kann nicht als Dashboard angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="72"/>
        <source>Opened from %1 for this session only: the configuration does not list it, so it is not there after a restart.</source>
        <translation>Aus %1 nur für diese Sitzung geöffnet: die Konfiguration führt es nicht, nach einem Neustart ist es nicht mehr da.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindowfiles.cpp" line="91"/>
        <source>Opened %n dashboard(s) from %1 for this session only</source>
        <translation>
            <numerusform>%n Dashboard aus %1 nur für diese Sitzung geöffnet</numerusform>
            <numerusform>%n Dashboards aus %1 nur für diese Sitzung geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="95"/>
        <source>Part of %1 could not be shown; the rest is open.</source>
        <translation>Ein Teil von %1 konnte nicht angezeigt werden; der Rest ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="104"/>
        <source>Dashboard files</source>
        <translation>Dashboard-Dateien</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindowfiles.cpp" line="105"/>
        <source>%n dashboard file problem(s): what they concern is left out, every other dashboard is shown.</source>
        <translation>
            <numerusform>%n Problem mit Dashboard-Dateien: das Betroffene wird weggelassen, jedes andere Dashboard wird angezeigt.</numerusform>
            <numerusform>%n Probleme mit Dashboard-Dateien: das Betroffene wird weggelassen, jedes andere Dashboard wird angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindowfiles.cpp" line="117"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::MatcherTextParser</name>
    <message>
        <location filename="../models/core/matcher.cpp" line="65"/>
        <source>position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="84"/>
        <location filename="../models/core/matcher.cpp" line="103"/>
        <source>expected &quot;}&quot; to close the &quot;{&quot; at position %1</source>
        <translation>„}“ erwartet, um die „{“ an Position %1 zu schließen</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="106"/>
        <source>expected &quot;,&quot; or &quot;}&quot; after the value of &quot;%1&quot;</source>
        <translation>„,“ oder „}“ nach dem Wert von „%1“ erwartet</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="107"/>
        <source>expected &quot;,&quot; or the end after the value of &quot;%1&quot;</source>
        <translation>„,“ oder das Ende nach dem Wert von „%1“ erwartet</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="111"/>
        <source>unexpected text after &quot;}&quot;</source>
        <translation>unerwarteter Text nach „}“</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="119"/>
        <source>expected a label name (a letter or &quot;_&quot;, then letters, digits or &quot;_&quot;)</source>
        <translation>Labelname erwartet (ein Buchstabe oder „_“, dann Buchstaben, Ziffern oder „_“)</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="141"/>
        <source>expected &quot;=&quot;, &quot;!=&quot;, &quot;=~&quot; or &quot;!~&quot; after label name &quot;%1&quot;</source>
        <translation>„=“, „!=“, „=~“ oder „!~“ nach dem Labelnamen „%1“ erwartet</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="155"/>
        <source>expected a quoted value or a bare word after &quot;%1&quot;</source>
        <translation>ein Wert in Anführungszeichen oder ein einfaches Wort nach „%1“ erwartet</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="162"/>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>ungültiger regulärer Ausdruck „%1“: %2</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="176"/>
        <source>expected a closing quote for the value opened at position %1</source>
        <translation>schließendes Anführungszeichen für den an Position %1 begonnenen Wert erwartet</translation>
    </message>
</context>
<context>
    <name>pivori::MessageBar</name>
    <message>
        <location filename="../widgets/common/messagebar.cpp" line="85"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../widgets/common/messagebar.cpp" line="86"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>pivori::MultiValuePicker</name>
    <message>
        <location filename="../widgets/panels/multivaluepicker.cpp" line="56"/>
        <location filename="../widgets/panels/multivaluepicker.cpp" line="97"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../widgets/panels/multivaluepicker.cpp" line="101"/>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/panels/multivaluepicker.cpp" line="102"/>
        <source>%1 + %n more</source>
        <translation>
            <numerusform>%1 + %n weiterer</numerusform>
            <numerusform>%1 + %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/panels/multivaluepicker.cpp" line="115"/>
        <source>All values selected</source>
        <translation>Alle Werte ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/panels/multivaluepicker.cpp" line="116"/>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
</context>
<context>
    <name>pivori::NetworkTransport</name>
    <message>
        <location filename="../models/net/networktransport.cpp" line="189"/>
        <location filename="../models/net/replyreader.cpp" line="100"/>
        <location filename="../models/net/replyreader.cpp" line="127"/>
        <source>request cancelled</source>
        <translation>Anfrage abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="89"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="79"/>
        <source>TLS: the server&apos;s certificate is not trusted (%1); set ca_file to the CA that signed it</source>
        <translation>TLS: das Zertifikat des Servers ist nicht vertrauenswürdig (%1); setzen Sie ca_file auf die CA, die es signiert hat</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="84"/>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="86"/>
        <source>TLS handshake failed: %1 (if the server requires a client certificate, set cert_file and key_file)</source>
        <translation>TLS-Handshake fehlgeschlagen: %1 (verlangt der Server ein Client-Zertifikat, setzen Sie cert_file und key_file)</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="106"/>
        <source>answer larger than the limit of %1 (max_answer_size); reading stopped</source>
        <translation>Antwort größer als die Grenze von %1 (max_answer_size); Lesen abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="112"/>
        <location filename="../models/net/replyreader.cpp" line="151"/>
        <source>connection closed after %1 of the answer: answer truncated</source>
        <translation>Verbindung nach %1 der Antwort geschlossen: Antwort abgeschnitten</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="122"/>
        <source>answer not complete within %1 (%2 received)</source>
        <translation>Antwort nicht innerhalb von %1 vollständig (%2 erhalten)</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="124"/>
        <source>no answer within %1</source>
        <translation>keine Antwort innerhalb von %1</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="138"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="143"/>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="158"/>
        <source>connection closed before an answer (if the server requires a client certificate, set cert_file and key_file)</source>
        <translation>Verbindung vor einer Antwort geschlossen (verlangt der Server ein Client-Zertifikat, setzen Sie cert_file und key_file)</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="161"/>
        <source>connection closed before an answer</source>
        <translation>Verbindung vor einer Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="165"/>
        <source>the connection closed before the answer arrived</source>
        <translation>die Verbindung wurde geschlossen, bevor die Antwort eintraf</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="203"/>
        <source>HTTP %1: server redirected without a target; not followed</source>
        <translation>HTTP %1: der Server leitete ohne Ziel um; nicht gefolgt</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="204"/>
        <source>server redirected to %1; not followed (credentials are only sent to the configured URL: correct the url in the configuration)</source>
        <translation>der Server leitete auf %1 um; nicht gefolgt (Zugangsdaten gehen nur an die konfigurierte URL: korrigieren Sie die url in der Konfiguration)</translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="81"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="86"/>
        <source>%1 %2 holds no PEM certificate</source>
        <translation>%1 %2 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="100"/>
        <source>key_file: %1</source>
        <translation>key_file: %1</translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="111"/>
        <source>key_file %1 holds no unencrypted PEM private key (RSA, EC or DSA)</source>
        <translation>key_file %1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (RSA, EC oder DSA)</translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="127"/>
        <source>a client certificate needs both cert_file and key_file</source>
        <translation>ein Client-Zertifikat braucht sowohl cert_file als auch key_file</translation>
    </message>
</context>
<context>
    <name>pivori::NocAlertBoard</name>
    <message>
        <location filename="../widgets/noc/nocalertboard.cpp" line="74"/>
        <source>ACK %1 · %2</source>
        <translation>QUITT. %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/noc/nocalertboard.cpp" line="122"/>
        <source>No alerts</source>
        <translation>Keine Alarme</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/noc/nocalertboard.cpp" line="148"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::NocHealthBoard</name>
    <message>
        <location filename="../widgets/health/nochealthboard.cpp" line="67"/>
        <source>Health checks have not run yet</source>
        <translation>Gesundheitsprüfungen sind noch nicht gelaufen</translation>
    </message>
    <message>
        <location filename="../widgets/health/nochealthboard.cpp" line="69"/>
        <source>No health checks ran: the monitoring&apos;s health is unknown</source>
        <translation>Keine Gesundheitsprüfung ist gelaufen: der Zustand des Monitorings ist unbekannt</translation>
    </message>
    <message>
        <location filename="../widgets/health/nochealthboard.cpp" line="91"/>
        <source>TIMED OUT</source>
        <translation>ZEITÜBERSCHREITUNG</translation>
    </message>
    <message>
        <location filename="../widgets/health/nochealthboard.cpp" line="91"/>
        <source>TIMED OUT · %1</source>
        <translation>ZEITÜBERSCHREITUNG · %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/nochealthboard.cpp" line="161"/>
        <source>Last run %1</source>
        <translation>Letzter Lauf %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/nochealthboard.cpp" line="190"/>
        <source>checked %1 (%2 ago)</source>
        <translation>geprüft %1 (vor %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/nochealthboard.cpp" line="251"/>
        <source>+%n more with a problem</source>
        <translation>
            <numerusform>+%n weitere mit Problem</numerusform>
            <numerusform>+%n weitere mit Problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/nochealthboard.cpp" line="267"/>
        <source>ALL %n PASSING:</source>
        <translation>
            <numerusform>ALLE %n BESTANDEN:</numerusform>
            <numerusform>ALLE %n BESTANDEN:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/nochealthboard.cpp" line="268"/>
        <source>%n PASSING:</source>
        <translation>
            <numerusform>%n BESTANDEN:</numerusform>
            <numerusform>%n BESTANDEN:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::NocWindow</name>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="70"/>
        <source>Pivori Console — NOC</source>
        <translation>Pivori Console — NOC</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="137"/>
        <source>Alertmanager %1 unreachable: alerts as last seen</source>
        <translation>Alertmanager %1 nicht erreichbar: Alarme wie zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="144"/>
        <source>No Alertmanager configured: alerts are not shown</source>
        <translation>Kein Alertmanager konfiguriert: Alarme werden nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="162"/>
        <source>The screen saver could not be held off: %1</source>
        <translation>Der Bildschirmschoner konnte nicht zurückgehalten werden: %1</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="164"/>
        <source>Pivori Console is showing the NOC wall</source>
        <translation>Pivori Console zeigt die NOC-Wand</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="185"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="191"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="261"/>
        <source>(%1/%2)</source>
        <extracomment>A dashboard shown on the wall in parts, after its title: which part, of how many.</extracomment>
        <translation>(%1/%2)</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="335"/>
        <source>There is no screen %1 (screens: %2); the wall is on screen %3</source>
        <translation>Es gibt keinen Bildschirm %1 (Bildschirme: %2); die Wand ist auf Bildschirm %3</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="402"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="403"/>
        <source>Checked %1</source>
        <translation>Geprüft %1</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="419"/>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="420"/>
        <source>Data %1</source>
        <translation>Daten %1</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="429"/>
        <source>Nothing to show: the playlist is empty</source>
        <translation>Nichts anzuzeigen: die Playlist ist leer</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="435"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="437"/>
        <source>PAUSED</source>
        <translation>ANGEHALTEN</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="491"/>
        <source>Leave NOC mode?</source>
        <translation>NOC-Modus verlassen?</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="492"/>
        <source>Leave the wall display and return to the console window?</source>
        <translation>Die Wandanzeige verlassen und zum Konsolenfenster zurückkehren?</translation>
    </message>
</context>
<context>
    <name>pivori::OperationsConfigParser</name>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="73"/>
        <source>%1 has both file and text; give exactly one of them</source>
        <translation>%1 hat sowohl file als auch text; geben Sie genau eines davon an</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="74"/>
        <source>%1 needs either file (a Markdown file) or text (inline Markdown)</source>
        <translation>%1 braucht entweder file (eine Markdown-Datei) oder text (Markdown im Text)</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="90"/>
        <source>duplicate runbook for alert &quot;%1&quot; (first defined at line %2)</source>
        <translation>doppeltes Runbook für Alarm „%1“ (zuerst definiert in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="121"/>
        <source>duplicate health check &quot;%1&quot; (first defined at line %2)</source>
        <translation>doppelte Gesundheitsprüfung „%1“ (zuerst definiert in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="258"/>
        <source>%1 must be an https:// URL for tls_expiry health checks; got &quot;%2&quot;</source>
        <translation>%1 muss für tls_expiry-Gesundheitsprüfungen eine https://-URL sein; erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="269"/>
        <source>%1 must be host:port, e.g. db.internal:5432 or [::1]:6379; got &quot;%2&quot;</source>
        <translation>%1 muss Host:Port sein, z. B. db.internal:5432 oder [::1]:6379; erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="283"/>
        <source>an alert name like Watchdog</source>
        <translation>ein Alarmname wie Watchdog</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="325"/>
        <source>%1 (%2) must not be above crit_above (%3)</source>
        <translation>%1 (%2) darf nicht über crit_above (%3) liegen</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="335"/>
        <source>%1 (%2) must not be below crit_below (%3)</source>
        <translation>%1 (%2) darf nicht unter crit_below (%3) liegen</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="355"/>
        <source>%1 is not used by %2 health checks</source>
        <translation>%1 wird von %2-Gesundheitsprüfungen nicht verwendet</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="371"/>
        <source>%1 names &quot;%2&quot;, which is not in %3 (known: %4)</source>
        <translation>%1 nennt „%2“, das nicht in %3 ist (bekannt: %4)</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="413"/>
        <source>%1 must be one of {dashboard: ID}, {alerts: board} or {health: board}</source>
        <translation>%1 muss eines von {dashboard: ID}, {alerts: board} oder {health: board} sein</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="475"/>
        <source>an alert name like Watchdog, or &quot;&quot; for none</source>
        <translation>ein Alarmname wie Watchdog, oder &quot;&quot; für keinen</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="434"/>
        <source>%1 refers to unknown dashboard &quot;%2&quot; (known: %3)</source>
        <translation>%1 verweist auf das unbekannte Dashboard „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="436"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="439"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie „%1“?</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="457"/>
        <source>a Prometheus label name like handler</source>
        <translation>ein Prometheus-Labelname wie handler</translation>
    </message>
</context>
<context>
    <name>pivori::PanelExporter</name>
    <message>
        <location filename="../widgets/export/panelexporter.cpp" line="226"/>
        <source>Pivori Console</source>
        <translation>Pivori Console</translation>
    </message>
</context>
<context>
    <name>pivori::PanelFrame</name>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="107"/>
        <location filename="../widgets/panels/panelframe.cpp" line="108"/>
        <source>Panel menu</source>
        <translation>Panel-Menü</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="192"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="197"/>
        <source>The server gave no reason.</source>
        <translation>Der Server hat keinen Grund genannt.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="212"/>
        <source>Query failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="202"/>
        <source>Expression: %1</source>
        <translation>Ausdruck: %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="94"/>
        <source>query failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="217"/>
        <location filename="../widgets/panels/panelframe.cpp" line="223"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="217"/>
        <source>The query returned no series for this time range.</source>
        <translation>Die Abfrage lieferte für diesen Zeitraum keine Reihen.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="223"/>
        <source>The query returned no points for this time range.</source>
        <translation>Die Abfrage lieferte für diesen Zeitraum keine Punkte.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="235"/>
        <source>The last refresh failed; the panel shows the data from before.
%1</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen; das Panel zeigt die vorherigen Daten.
%1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="258"/>
        <source>stale · %1</source>
        <translation>veraltet · %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="260"/>
        <source>No fresh answer for %1: the panel shows the last data that arrived.</source>
        <translation>Keine frische Antwort seit %1: das Panel zeigt die zuletzt eingetroffenen Daten.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="270"/>
        <location filename="../widgets/panels/panelframe.cpp" line="273"/>
        <source>Open in Prometheus</source>
        <translation>In Prometheus öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="287"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="289"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="290"/>
        <source>PNG at 2x…</source>
        <translation>PNG in 2x…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="291"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="292"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="293"/>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>pivori::PictureLegendLayout</name>
    <message>
        <location filename="../widgets/export/picturelegend.cpp" line="38"/>
        <source>%1 (hidden)</source>
        <translation>%1 (ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>pivori::ProcedureChecklist</name>
    <message>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="113"/>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="122"/>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="135"/>
        <source>Response procedure</source>
        <translation>Reaktionsablauf</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="113"/>
        <source>Response: %1</source>
        <translation>Reaktion: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="123"/>
        <source>No response procedure is available.</source>
        <translation>Kein Reaktionsablauf verfügbar.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="136"/>
        <source>Select an alert to follow its response procedure.</source>
        <translation>Wählen Sie einen Alarm, um seinem Reaktionsablauf zu folgen.</translation>
    </message>
</context>
<context>
    <name>pivori::PromQueryReader</name>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="224"/>
        <source>data.resultType: missing</source>
        <translation>data.resultType: fehlt</translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="226"/>
        <source>data.result: missing</source>
        <translation>data.result: fehlt</translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="234"/>
        <source>data.result: expected an array of series, got a [time, value] pair</source>
        <translation>data.result: Array von Reihen erwartet, ein [Zeit, Wert]-Paar erhalten</translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="247"/>
        <source>data.result[%1]: a %2 series needs &quot;%3&quot;</source>
        <translation>data.result[%1]: eine %2-Reihe braucht „%3“</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/prometheus/promqueryreader.cpp" line="255"/>
        <source>%n series hold native-histogram samples, which are not shown</source>
        <translation>
            <numerusform>%n Reihe enthält native Histogramm-Werte, die nicht angezeigt werden</numerusform>
            <numerusform>%n Reihen enthalten native Histogramm-Werte, die nicht angezeigt werden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="262"/>
        <source>data.result: a %1 result must be a [time, value] pair</source>
        <translation>data.result: ein %1-Ergebnis muss ein [Zeit, Wert]-Paar sein</translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="275"/>
        <source>data.result[1]: value &quot;%1&quot; is not a number</source>
        <translation>data.result[1]: Wert „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="280"/>
        <source>data.resultType: unknown result type &quot;%1&quot;</source>
        <translation>data.resultType: unbekannter Ergebnistyp „%1“</translation>
    </message>
</context>
<context>
    <name>pivori::PrometheusChecks</name>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="26"/>
        <source>%1; and %2 more</source>
        <translation>%1; und %2 weitere</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="59"/>
        <source>no Prometheus is configured to check</source>
        <translation>kein Prometheus zum Prüfen konfiguriert</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="72"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="94"/>
        <location filename="../models/health/prometheuschecks.cpp" line="367"/>
        <location filename="../models/health/prometheuschecks.cpp" line="389"/>
        <location filename="../models/health/prometheuschecks.cpp" line="419"/>
        <location filename="../models/health/prometheuschecks.cpp" line="464"/>
        <location filename="../models/health/prometheuschecks.cpp" line="504"/>
        <source>Prometheus %1</source>
        <translation>Prometheus %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="98"/>
        <source>Prometheus %1 is not healthy: /-/healthy answered HTTP %2</source>
        <translation>Prometheus %1 ist nicht gesund: /-/healthy antwortete mit HTTP %2</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="101"/>
        <source>Prometheus %1 is alive but not ready (HTTP %2): it is still loading its data and serves no queries</source>
        <translation>Prometheus %1 lebt, ist aber nicht bereit (HTTP %2): es lädt noch seine Daten und beantwortet keine Abfragen</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="106"/>
        <source>Prometheus %1 is healthy and ready</source>
        <translation>Prometheus %1 ist gesund und bereit</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="107"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="117"/>
        <source>Prometheus %1 does not report whether its configuration loaded</source>
        <translation>Prometheus %1 meldet nicht, ob seine Konfiguration geladen wurde</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="120"/>
        <source>the last configuration reload of Prometheus %1 failed; it still runs the configuration loaded at %2</source>
        <translation>das letzte Neuladen der Konfiguration von Prometheus %1 ist fehlgeschlagen; es läuft weiter mit der um %2 geladenen Konfiguration</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="125"/>
        <source>the configuration of Prometheus %1 loaded at %2</source>
        <translation>die Konfiguration von Prometheus %1 wurde um %2 geladen</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="139"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="145"/>
        <source>%1 of %2 up</source>
        <translation>%1 von %2 up</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="147"/>
        <source>all up</source>
        <translation>alle up</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="150"/>
        <source>no scrape targets: Prometheus collects nothing</source>
        <translation>keine Scrape-Targets: Prometheus sammelt nichts</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="153"/>
        <source>every target is up</source>
        <translation>jedes Target ist up</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="156"/>
        <source>targets down: %1</source>
        <translation>Targets down: %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="168"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="193"/>
        <source>groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="195"/>
        <source>no errors, no missed or overrunning evaluations</source>
        <translation>keine Fehler, keine verpassten oder überlangen Auswertungen</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="199"/>
        <source>rule groups failing — their alerts are not evaluated: %1</source>
        <translation>Regelgruppen schlagen fehl — ihre Alarme werden nicht ausgewertet: %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="210"/>
        <source>no rule groups are loaded: no alert can fire</source>
        <translation>keine Regelgruppen geladen: kein Alarm kann feuern</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="216"/>
        <source>%1 takes %2 for a %3 interval</source>
        <translation>%1 braucht %2 für ein Intervall von %3</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="225"/>
        <source>evaluation longer than the interval: %1</source>
        <translation>Auswertung länger als das Intervall: %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="227"/>
        <source>missed iterations: %1</source>
        <translation>verpasste Durchläufe: %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="232"/>
        <source>rules evaluated without errors: %1</source>
        <translation>Regeln ohne Fehler ausgewertet: %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="233"/>
        <source> (missed iterations not known: Prometheus does not scrape itself)</source>
        <translation> (verpasste Durchläufe unbekannt: Prometheus scrapt sich nicht selbst)</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="253"/>
        <source>connected: %1</source>
        <translation>verbunden: %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="255"/>
        <source>every configured replica (%1)</source>
        <translation>jede konfigurierte Replica (%1)</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="255"/>
        <source>at least one</source>
        <translation>mindestens eine</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="258"/>
        <source>Prometheus sends its alerts to no Alertmanager: no alert reaches anyone</source>
        <translation>Prometheus sendet seine Alarme an keinen Alertmanager: kein Alarm erreicht jemanden</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="263"/>
        <source>Prometheus does not send alerts to %1</source>
        <translation>Prometheus sendet keine Alarme an %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="269"/>
        <source>notifications to Alertmanager failed recently: %1</source>
        <translation>Benachrichtigungen an Alertmanager sind kürzlich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="273"/>
        <source>alerts go to every configured replica</source>
        <translation>Alarme gehen an jede konfigurierte Replica</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="274"/>
        <source> (notification errors not known: Prometheus does not scrape itself)</source>
        <translation> (Benachrichtigungsfehler unbekannt: Prometheus scrapt sich nicht selbst)</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="283"/>
        <source>the TSDB status has no head statistics</source>
        <translation>der TSDB-Status hat keine Head-Statistik</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="286"/>
        <source>%1 head series</source>
        <translation>%1 Head-Reihen</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="290"/>
        <source>compactions are failing: the disk may be full or the data damaged</source>
        <translation>Kompaktierungen schlagen fehl: die Festplatte ist womöglich voll oder die Daten beschädigt</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="295"/>
        <source>storage healthy</source>
        <translation>Speicher gesund</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="297"/>
        <source> (compaction failures not known: Prometheus does not scrape itself)</source>
        <translation> (Kompaktierungsfehler unbekannt: Prometheus scrapt sich nicht selbst)</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="301"/>
        <source>the head holds many series: memory use grows with them</source>
        <translation>der Head hält viele Reihen: der Speicherbedarf wächst mit ihnen</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="357"/>
        <source>The configuration reload status</source>
        <translation>Der Status des Konfigurations-Neuladens</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="379"/>
        <source>The scrape target list</source>
        <translation>Die Liste der Scrape-Targets</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="401"/>
        <source>The rule evaluation status</source>
        <translation>Der Status der Regelauswertung</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="445"/>
        <source>The list of Alertmanagers Prometheus sends to</source>
        <translation>Die Liste der Alertmanager, an die Prometheus sendet</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="486"/>
        <source>The TSDB status</source>
        <translation>Der TSDB-Status</translation>
    </message>
</context>
<context>
    <name>pivori::PrometheusClient</name>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="182"/>
        <location filename="../models/prometheus/prometheusclient.cpp" line="198"/>
        <source>the query expression is empty</source>
        <translation>der Abfrageausdruck ist leer</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="184"/>
        <source>the evaluation time is not a valid time</source>
        <translation>der Auswertungszeitpunkt ist keine gültige Zeit</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="200"/>
        <source>the start and end of a range query must be valid times</source>
        <translation>Anfang und Ende einer Bereichsabfrage müssen gültige Zeiten sein</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="206"/>
        <location filename="../models/prometheus/prometheusclient.cpp" line="269"/>
        <source>the end of the range (%1) is before its start (%2)</source>
        <translation>das Ende des Bereichs (%1) liegt vor seinem Anfang (%2)</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="209"/>
        <source>the step must be positive, not %1 ms</source>
        <translation>die Schrittweite muss positiv sein, nicht %1 ms</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="214"/>
        <source>a step of %1 s gives %2 points per series, more than Prometheus&apos;s limit of %3; use a step of at least %4 s</source>
        <translation>eine Schrittweite von %1 s ergibt %2 Punkte pro Reihe, mehr als die Grenze von Prometheus (%3); verwenden Sie mindestens %4 s</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="266"/>
        <source>&quot;%1&quot; is not a label name</source>
        <translation>„%1“ ist kein Labelname</translation>
    </message>
</context>
<context>
    <name>pivori::PrometheusParser</name>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="88"/>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 mit leerem Inhalt</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="89"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="104"/>
        <source>empty answer</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="106"/>
        <source>expected a JSON object, got: %1</source>
        <translation>JSON-Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="107"/>
        <source>an unknown content type</source>
        <translation>ein unbekannter Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="109"/>
        <source>expected JSON, got %1: %2</source>
        <translation>JSON erwartet, erhalten: %1: %2</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="117"/>
        <source>unspecified error</source>
        <translation>nicht näher bezeichneter Fehler</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="120"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="126"/>
        <source>missing &quot;status&quot; in the answer</source>
        <translation>„status“ fehlt in der Antwort</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="127"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="150"/>
        <location filename="../models/prometheus/prometheusparser.cpp" line="195"/>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="159"/>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="177"/>
        <source>value &quot;%1&quot; is not a number</source>
        <translation>Wert „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="179"/>
        <source>expected a number in a string</source>
        <translation>Zahl in einer Zeichenkette erwartet</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="188"/>
        <source>expected an object of labels</source>
        <translation>Objekt mit Labels erwartet</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="208"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="215"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="228"/>
        <source>&quot;%1&quot; is not an RFC 3339 time</source>
        <translation>„%1“ ist keine RFC-3339-Zeit</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="240"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="260"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="278"/>
        <source>data: missing or not an object</source>
        <translation>data: fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="295"/>
        <source>unknown state &quot;%1&quot;</source>
        <translation>unbekannter Zustand „%1“</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="322"/>
        <source>unknown rule type &quot;%1&quot;</source>
        <translation>unbekannter Regeltyp „%1“</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="480"/>
        <source>data: missing</source>
        <translation>data: fehlt</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="481"/>
        <source>data: expected an array of label values</source>
        <translation>data: Array von Labelwerten erwartet</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="487"/>
        <source>data[%1]: expected a string</source>
        <translation>data[%1]: Zeichenkette erwartet</translation>
    </message>
</context>
<context>
    <name>pivori::QueryCheck</name>
    <message>
        <location filename="../models/health/querycheck.cpp" line="51"/>
        <source>the query must give an instant vector or a scalar, not a range or a string</source>
        <translation>die Abfrage muss einen Instant-Vektor oder Skalar ergeben, keinen Bereich und keine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="75"/>
        <source>the query returned no series</source>
        <translation>die Abfrage lieferte keine Reihen</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="81"/>
        <source>data not available: the query gives NaN (no traffic to measure)</source>
        <translation>Daten nicht verfügbar: die Abfrage ergibt NaN (kein Verkehr zu messen)</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="85"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="86"/>
        <source> (the worst of %1 series)</source>
        <translation> (die schlechteste von %1 Reihen)</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="90"/>
        <source>%1, within the limits%2</source>
        <translation>%1, innerhalb der Grenzen%2</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="94"/>
        <source>%1, under the warning limit of %2%3</source>
        <translation>%1, unter der Warngrenze von %2%3</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="95"/>
        <source>%1, over the warning limit of %2%3</source>
        <translation>%1, über der Warngrenze von %2%3</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="99"/>
        <source>%1, under the failure limit of %2%3</source>
        <translation>%1, unter der Fehlergrenze von %2%3</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="100"/>
        <source>%1, over the failure limit of %2%3</source>
        <translation>%1, über der Fehlergrenze von %2%3</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="112"/>
        <source>no Prometheus is configured to ask</source>
        <translation>kein Prometheus zum Abfragen konfiguriert</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="123"/>
        <source>Prometheus %1</source>
        <translation>Prometheus %1</translation>
    </message>
</context>
<context>
    <name>pivori::QueryCommand</name>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="35"/>
        <source>Runs a PromQL expression against Prometheus and prints the answer.</source>
        <translation>Führt einen PromQL-Ausdruck gegen Prometheus aus und gibt die Antwort aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="38"/>
        <source>Print {&quot;resultType&quot;, &quot;result&quot;} as JSON, values as numbers (NaN as null).</source>
        <translation>{&quot;resultType&quot;, &quot;result&quot;} als JSON ausgeben, Werte als Zahlen (NaN als null).</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="40"/>
        <source>Evaluation time of an instant query: now, now-5m, unix seconds or RFC 3339.</source>
        <translation>Auswertungszeitpunkt einer Instant-Abfrage: now, now-5m, Unix-Sekunden oder RFC 3339.</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="41"/>
        <location filename="../app/cli/querycommand.cpp" line="48"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="43"/>
        <source>Run a range query over this duration, e.g. 1h.</source>
        <translation>Eine Bereichsabfrage über diese Dauer ausführen, z. B. 1h.</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="43"/>
        <location filename="../app/cli/querycommand.cpp" line="46"/>
        <location filename="../app/cli/querycommand.cpp" line="51"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="45"/>
        <source>Resolution of a range query (default: range/240, at least 1s).</source>
        <translation>Auflösung einer Bereichsabfrage (Standard: Bereich/240, mindestens 1s).</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="47"/>
        <source>End of a range query (default now).</source>
        <translation>Ende einer Bereichsabfrage (Standard: jetzt).</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="50"/>
        <source>Give up after this long (default: the server&apos;s configured timeout).</source>
        <translation>Nach dieser Zeit aufgeben (Standard: das konfigurierte Zeitlimit des Servers).</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="52"/>
        <source>The PromQL expression.</source>
        <translation>Der PromQL-Ausdruck.</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="58"/>
        <source>query: give exactly one expression (quote it)</source>
        <translation>query: genau einen Ausdruck angeben (in Anführungszeichen)</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="81"/>
        <source>query: no Prometheus configured; pass --prometheus URL</source>
        <translation>query: kein Prometheus konfiguriert; --prometheus URL angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="88"/>
        <source>query: --timeout must be a duration like 10s</source>
        <translation>query: --timeout muss eine Dauer wie 10s sein</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="104"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="117"/>
        <source>query: --range must be a duration like 1h</source>
        <translation>query: --range muss eine Dauer wie 1h sein</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="118"/>
        <source>query: --end is not a time (now, now-5m, unix seconds or RFC 3339)</source>
        <translation>query: --end ist keine Zeit (now, now-5m, Unix-Sekunden oder RFC 3339)</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="125"/>
        <source>query: --step must be a duration like 15s</source>
        <translation>query: --step muss eine Dauer wie 15s sein</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="133"/>
        <source>query: --step and --end need --range</source>
        <translation>query: --step und --end brauchen --range</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="139"/>
        <source>query: --time is not a time (now, now-5m, unix seconds or RFC 3339)</source>
        <translation>query: --time ist keine Zeit (now, now-5m, Unix-Sekunden oder RFC 3339)</translation>
    </message>
</context>
<context>
    <name>pivori::QueryConsoleWidget</name>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="22"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="27"/>
        <source>PromQL expression, e.g. sum by (service) (rate(http_requests_total[5m]))</source>
        <translation>PromQL-Ausdruck, z. B. sum by (service) (rate(http_requests_total[5m]))</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="29"/>
        <source>Instant</source>
        <translation>Instant</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="30"/>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="31"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="32"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="74"/>
        <source>Type an expression first.</source>
        <translation>Geben Sie zuerst einen Ausdruck ein.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="83"/>
        <source>Querying…</source>
        <translation>Frage ab…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="95"/>
        <source>%n series in %1 ms</source>
        <translation>
            <numerusform>%n Reihe in %1 ms</numerusform>
            <numerusform>%n Reihen in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="97"/>
        <source>Prometheus warns: %1</source>
        <translation>Prometheus warnt: %1</translation>
    </message>
</context>
<context>
    <name>pivori::QueryResultFormat</name>
    <message>
        <location filename="../models/prometheus/queryresultformat.cpp" line="157"/>
        <location filename="../models/prometheus/queryresultformat.cpp" line="173"/>
        <source>(empty result: no series matched)</source>
        <translation>(leeres Ergebnis: keine Reihe passte)</translation>
    </message>
</context>
<context>
    <name>pivori::QueryResultModel</name>
    <message>
        <location filename="../models/prometheus/queryresultmodel.cpp" line="66"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../models/prometheus/queryresultmodel.cpp" line="68"/>
        <source>Latest value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <location filename="../models/prometheus/queryresultmodel.cpp" line="70"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>pivori::RowHeader</name>
    <message numerus="yes">
        <location filename="../widgets/panels/rowheader.cpp" line="46"/>
        <source>%n panel(s) inside, collapsed</source>
        <translation>
            <numerusform>%n Panel darin, zugeklappt</numerusform>
            <numerusform>%n Panels darin, zugeklappt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/panels/rowheader.cpp" line="47"/>
        <source>%n panel(s)</source>
        <translation>
            <numerusform>%n Panel</numerusform>
            <numerusform>%n Panels</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/panels/rowheader.cpp" line="62"/>
        <source>Expand this row (Space): its panels are created and queried</source>
        <translation>Diese Zeile aufklappen (Leertaste): ihre Panels werden angelegt und abgefragt</translation>
    </message>
    <message>
        <location filename="../widgets/panels/rowheader.cpp" line="63"/>
        <source>Collapse this row (Space): its panels stop being queried</source>
        <translation>Diese Zeile zuklappen (Leertaste): ihre Panels werden nicht mehr abgefragt</translation>
    </message>
</context>
<context>
    <name>pivori::RuleEvaluation</name>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="21"/>
        <source>Prometheus %1 is unreachable</source>
        <translation>Prometheus %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="39"/>
        <source>rule groups of Prometheus %1 fail: %2</source>
        <translation>Regelgruppen von Prometheus %1 schlagen fehl: %2</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="63"/>
        <source>the dead man&apos;s switch has not reached any Alertmanager replica</source>
        <translation>der Totmannschalter hat keine Alertmanager-Replica erreicht</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="72"/>
        <source>no Prometheus is configured to vouch for the alert rules</source>
        <translation>kein Prometheus ist konfiguriert, das für die Alarmregeln bürgt</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="76"/>
        <source>Prometheus not checked yet</source>
        <translation>Prometheus noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="94"/>
        <source>unknown since %1 — rules are not being evaluated (%2)</source>
        <translation>unbekannt seit %1 — Regeln werden nicht ausgewertet (%2)</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="97"/>
        <source>unknown — rules are not being evaluated (%1)</source>
        <translation>unbekannt — Regeln werden nicht ausgewertet (%1)</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="98"/>
        <source>unknown — %1</source>
        <translation>unbekannt — %1</translation>
    </message>
</context>
<context>
    <name>pivori::RunbookLibrary</name>
    <message>
        <location filename="../models/alerts/runbooklibrary.cpp" line="38"/>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <location filename="../models/alerts/runbooklibrary.cpp" line="40"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/runbooklibrary.cpp" line="154"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location filename="../models/alerts/runbooklibrary.cpp" line="164"/>
        <source>Source in Prometheus</source>
        <translation>Quelle in Prometheus</translation>
    </message>
</context>
<context>
    <name>pivori::RunbookPane</name>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="156"/>
        <source>Select an alert to see its summary, labels and runbook.</source>
        <translation>Wählen Sie einen Alarm, um seine Zusammenfassung, Labels und sein Runbook zu sehen.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="190"/>
        <source>(no alertname)</source>
        <translation>(kein alertname)</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="195"/>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="196"/>
        <source>started %1 ago</source>
        <translation>begann vor %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="208"/>
        <source>An acknowledgement is waiting for Alertmanager to confirm it.</source>
        <translation>Eine Quittierung wartet auf die Bestätigung durch Alertmanager.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="211"/>
        <source>Cluster %1 did not answer the last poll: this is its last known state.</source>
        <translation>Cluster %1 hat auf die letzte Abfrage nicht geantwortet: dies ist sein letzter bekannter Zustand.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="220"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="222"/>
        <source>Open related dashboard (%1)</source>
        <translation>Zugehöriges Dashboard öffnen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="227"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="239"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="244"/>
        <location filename="../widgets/inbox/runbookpane.cpp" line="251"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="247"/>
        <location filename="../widgets/inbox/runbookpane.cpp" line="254"/>
        <source>The configured runbook could not be used: %1</source>
        <translation>Das konfigurierte Runbook konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="255"/>
        <source>No runbook for %1. Add one under &quot;runbooks:&quot; in the configuration.</source>
        <translation>Kein Runbook für %1. Fügen Sie eines unter „runbooks:“ in der Konfiguration hinzu.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="302"/>
        <source>[image: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>pivori::SaveFile</name>
    <message>
        <location filename="../models/core/savefile.cpp" line="37"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pivori::ScreenSaverInhibitor</name>
    <message>
        <location filename="../app/windows/screensaverinhibitor.cpp" line="57"/>
        <location filename="../app/windows/screensaverinhibitor.cpp" line="63"/>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
</context>
<context>
    <name>pivori::SecretReader</name>
    <message>
        <location filename="../models/net/endpoint.cpp" line="27"/>
        <source>environment variable %1 (a secret) is not set or empty</source>
        <translation>Umgebungsvariable %1 (ein Geheimnis) ist nicht gesetzt oder leer</translation>
    </message>
    <message>
        <location filename="../models/net/endpoint.cpp" line="34"/>
        <source>secret file: %1</source>
        <translation>Geheimnisdatei: %1</translation>
    </message>
    <message>
        <location filename="../models/net/endpoint.cpp" line="44"/>
        <source>keychain entry &quot;%1&quot; has not been read yet</source>
        <translation>Schlüsselbund-Eintrag „%1“ wurde noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../models/net/endpoint.cpp" line="46"/>
        <source>no secret source given</source>
        <translation>keine Quelle für das Geheimnis angegeben</translation>
    </message>
</context>
<context>
    <name>pivori::SeriesLegend</name>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="58"/>
        <source>Click a series to hide or show it</source>
        <translation>Klicken Sie auf eine Reihe, um sie aus- oder einzublenden</translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="247"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="247"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="249"/>
        <source>Show the legend as a list of names</source>
        <translation>Die Legende als Namensliste anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="250"/>
        <source>Show the legend as a table with each series&apos; last, min, max and mean</source>
        <translation>Die Legende als Tabelle mit Letztem, Min, Max und Mittel jeder Reihe anzeigen</translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="312"/>
        <source>%1 — click to hide</source>
        <translation>%1 — zum Ausblenden klicken</translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="312"/>
        <source>%1 — hidden, click to show</source>
        <translation>%1 — ausgeblendet, zum Einblenden klicken</translation>
    </message>
</context>
<context>
    <name>pivori::SeriesTableModel</name>
    <message>
        <location filename="../widgets/panels/seriestablemodel.cpp" line="119"/>
        <source>No traffic</source>
        <translation>Kein Verkehr</translation>
    </message>
    <message>
        <location filename="../widgets/panels/seriestablemodel.cpp" line="159"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>pivori::ServerConfigParser</name>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="34"/>
        <source>duplicate %1 name &quot;%2&quot; (first defined at line %3)</source>
        <translation>doppelter %1-Name „%2“ (zuerst definiert in Zeile %3)</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="57"/>
        <location filename="../models/config/serverconfigparser.cpp" line="90"/>
        <source>a name of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>ein Name aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="61"/>
        <source>prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="92"/>
        <source>alertmanager cluster</source>
        <translation>Alertmanager-Cluster</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="159"/>
        <source>%1: a client certificate needs both cert_file and key_file</source>
        <translation>%1: ein Client-Zertifikat braucht sowohl cert_file als auch key_file</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="187"/>
        <source>a path like /prometheus</source>
        <translation>ein Pfad wie /prometheus</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="211"/>
        <source>%1 is a Thanos Query setting; add flavor: thanos</source>
        <translation>%1 ist eine Thanos-Query-Einstellung; fügen Sie flavor: thanos hinzu</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="232"/>
        <source>%1 must be a map of header names to values</source>
        <translation>%1 muss eine Map von Header-Namen auf Werte sein</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="245"/>
        <source>%1: &quot;%2&quot; is not a header name</source>
        <translation>%1: „%2“ ist kein Header-Name</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="250"/>
        <source>%1: set Authorization with auth, not as a header</source>
        <translation>%1: Authorization wird mit auth gesetzt, nicht als Header</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="254"/>
        <source>%1.%2 must be a one-line text</source>
        <translation>%1.%2 muss ein einzeiliger Text sein</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="285"/>
        <source>%1: secrets are never written inline; use %2_env (an environment variable), %2_file (a file) or %2_keychain (an entry of the desktop keychain) instead</source>
        <translation>%1: Geheimnisse werden nie direkt eingetragen; stattdessen %2_env (eine Umgebungsvariable), %2_file (eine Datei) oder %2_keychain (ein Eintrag im Schlüsselbund des Desktops) verwenden</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="360"/>
        <source>%1 has %2, %3 and %4; give only one</source>
        <translation>%1 hat %2, %3 und %4; nur eines angeben</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="381"/>
        <source>a keychain entry name of letters, digits and . _ @ : / + - (at most 200) like prom-main</source>
        <translation>einen Schlüsselbund-Eintragsnamen aus Buchstaben, Ziffern und . _ @ : / + - (höchstens 200) wie prom-main</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="305"/>
        <source>%1 is not used by %2 auth</source>
        <translation>%1 wird von %2-Authentifizierung nicht verwendet</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="335"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="354"/>
        <source>%1 needs %2 (an environment variable), %3 (a file) or %4 (an entry of the desktop keychain)</source>
        <translation>%1 braucht %2 (eine Umgebungsvariable), %3 (eine Datei) oder %4 (einen Eintrag im Schlüsselbund des Desktops)</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="358"/>
        <source>%1 has both %2 and %3; give only one</source>
        <translation>%1 hat sowohl %2 als auch %3; geben Sie nur eines an</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="367"/>
        <source>an environment variable name like PROM_PASSWORD</source>
        <translation>ein Umgebungsvariablenname wie PROM_PASSWORD</translation>
    </message>
</context>
<context>
    <name>pivori::ServerStatusPoller</name>
    <message numerus="yes">
        <location filename="../models/health/serverstatuspoller.cpp" line="78"/>
        <source>cluster %1, %n peer(s)</source>
        <translation>
            <numerusform>Cluster %1, %n Peer</numerusform>
            <numerusform>Cluster %1, %n Peers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::ServerStatusWidget</name>
    <message>
        <location filename="../widgets/status/serverstatuswidget.cpp" line="30"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../widgets/status/serverstatuswidget.cpp" line="30"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../widgets/status/serverstatuswidget.cpp" line="32"/>
        <source>%1 %2: checking…</source>
        <translation>%1 %2: wird geprüft…</translation>
    </message>
    <message>
        <location filename="../widgets/status/serverstatuswidget.cpp" line="36"/>
        <source>● %1 %2 %3 · %4 ms</source>
        <translation>● %1 %2 %3 · %4 ms</translation>
    </message>
    <message>
        <location filename="../widgets/status/serverstatuswidget.cpp" line="42"/>
        <source>● %1 %2 unreachable since %3</source>
        <translation>● %1 %2 nicht erreichbar seit %3</translation>
    </message>
</context>
<context>
    <name>pivori::SettingsDialog</name>
    <message>
        <location filename="../widgets/firstrun/settingsdialog.cpp" line="31"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/settingsdialog.cpp" line="32"/>
        <source>Servers of %1. Comments and every other setting in the file are kept as written.</source>
        <translation>Server von %1. Kommentare und alle anderen Einstellungen der Datei bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/settingsdialog.cpp" line="45"/>
        <source>Save and reconnect</source>
        <translation>Speichern und neu verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/settingsdialog.cpp" line="100"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/settingsdialog.cpp" line="121"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>pivori::SeverityStyle</name>
    <message>
        <location filename="../widgets/status/severitystyle.cpp" line="66"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location filename="../widgets/status/severitystyle.cpp" line="68"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../widgets/status/severitystyle.cpp" line="70"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../widgets/status/severitystyle.cpp" line="71"/>
        <source>(no severity)</source>
        <translation>(kein Schweregrad)</translation>
    </message>
</context>
<context>
    <name>pivori::SilenceEditDialog</name>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="27"/>
        <source>Edit acknowledgement</source>
        <translation>Quittierung bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="27"/>
        <source>Edit silence</source>
        <translation>Stummschaltung bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="42"/>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="43"/>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="44"/>
        <source>Matchers:</source>
        <translation>Matcher:</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="45"/>
        <source>Created by:</source>
        <translation>Angelegt von:</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="51"/>
        <source>Comment:</source>
        <translation>Kommentar:</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="66"/>
        <source>Ends at:</source>
        <translation>Endet um:</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="75"/>
        <source>This silence is an acknowledgement; it stays one.</source>
        <translation>Diese Stummschaltung ist eine Quittierung und bleibt eine.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="108"/>
        <source>A comment is required.</source>
        <translation>Ein Kommentar ist Pflicht.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="111"/>
        <source>This end cannot be used: %1.</source>
        <translation>Dieses Ende ist nicht verwendbar: %1.</translation>
    </message>
</context>
<context>
    <name>pivori::SilenceLimits</name>
    <message>
        <location filename="../models/alerts/silencelimits.cpp" line="9"/>
        <source>an acknowledgement or silence may last at most %1 days: a longer one is forgotten rather than handled, and hides the alert from everyone after you. Acknowledge again when it runs out, or fix the alert&apos;s rule</source>
        <translation>eine Quittierung oder Stummschaltung darf höchstens %1 Tage dauern: eine längere wird vergessen statt bearbeitet und verbirgt den Alarm vor allen nach Ihnen. Quittieren Sie erneut, wenn sie abläuft, oder korrigieren Sie die Regel des Alarms</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencelimits.cpp" line="18"/>
        <source>the duration must be positive</source>
        <translation>die Dauer muss positiv sein</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencelimits.cpp" line="25"/>
        <source>the end must be in the future</source>
        <translation>das Ende muss in der Zukunft liegen</translation>
    </message>
</context>
<context>
    <name>pivori::SilenceTableModel</name>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="161"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="163"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="165"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="183"/>
        <location filename="../widgets/inbox/silencesview.cpp" line="211"/>
        <source>acknowledgement</source>
        <translation>Quittierung</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="183"/>
        <source>silence</source>
        <translation>Stummschaltung</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="199"/>
        <source>%1 · ends in %2</source>
        <translation>%1 · endet in %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="213"/>
        <source>Ends soon: its alerts notify again then, unless it is extended.</source>
        <translation>Endet bald: ihre Alarme melden sich dann wieder, sofern sie nicht verlängert wird.</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="250"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="252"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="254"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="256"/>
        <source>Matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="258"/>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="260"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="262"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="264"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="266"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>pivori::SilencesCommand</name>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="27"/>
        <source>Lists the silences of every Alertmanager cluster; acknowledgements are those whose comment starts with &quot;ACK!&quot;.</source>
        <translation>Listet die Stummschaltungen jedes Alertmanager-Clusters; Quittierungen sind die, deren Kommentar mit „ACK!“ beginnt.</translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="32"/>
        <source>Include expired silences.</source>
        <translation>Abgelaufene Stummschaltungen einschließen.</translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="34"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>Ein JSON-Array statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="38"/>
        <source>silences: unexpected argument &quot;%1&quot;</source>
        <translation>silences: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="56"/>
        <source>silences: %1</source>
        <translation>silences: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="60"/>
        <source>silences: warning: %1: %2</source>
        <translation>silences: Warnung: %1: %2</translation>
    </message>
</context>
<context>
    <name>pivori::SilencesView</name>
    <message numerus="yes">
        <location filename="../widgets/inbox/silencesview.cpp" line="55"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/silencesview.cpp" line="57"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/silencesview.cpp" line="58"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="88"/>
        <source>Expire</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="88"/>
        <source>End the selected silence now</source>
        <translation>Die ausgewählte Stummschaltung jetzt beenden</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="89"/>
        <source>Extend…</source>
        <translation>Verlängern…</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="89"/>
        <source>Add time to the selected silence</source>
        <translation>Der ausgewählten Stummschaltung Zeit hinzufügen</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="90"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="90"/>
        <source>Change the comment or the end of the selected silence</source>
        <translation>Kommentar oder Ende der ausgewählten Stummschaltung ändern</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="91"/>
        <source>Show expired</source>
        <translation>Abgelaufene zeigen</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="91"/>
        <source>Also list silences that have ended</source>
        <translation>Auch beendete Stummschaltungen auflisten</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="99"/>
        <source>Mark ending within</source>
        <translation>Markieren, wenn endend innerhalb</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="103"/>
        <source>Active silences and acknowledgements ending within this time are marked and counted: their alerts notify again then.</source>
        <translation>Aktive Stummschaltungen und Quittierungen, die innerhalb dieser Zeit enden, werden markiert und gezählt: ihre Alarme melden sich dann wieder.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="204"/>
        <source>%1 · ends in %2</source>
        <translation>%1 · endet in %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/silencesview.cpp" line="313"/>
        <source>%n active or pending</source>
        <translation>
            <numerusform>%n aktiv oder ausstehend</numerusform>
            <numerusform>%n aktiv oder ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/silencesview.cpp" line="314"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n abgelaufen</numerusform>
            <numerusform>%n abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/silencesview.cpp" line="317"/>
        <source>%n ending within %1</source>
        <translation>
            <numerusform>%n endet innerhalb von %1</numerusform>
            <numerusform>%n enden innerhalb von %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="334"/>
        <source>Expire silence</source>
        <translation>Stummschaltung beenden</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="335"/>
        <source>Expire silence %1 in %2 now? The alerts it covers will notify again.</source>
        <translation>Stummschaltung %1 in %2 jetzt beenden? Die Alarme, die sie abdeckt, melden sich wieder.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="350"/>
        <source>silence %1 in %2</source>
        <translation>Stummschaltung %1 in %2</translation>
    </message>
</context>
<context>
    <name>pivori::SmallFile</name>
    <message>
        <location filename="../models/net/smallfile.cpp" line="33"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../models/net/smallfile.cpp" line="35"/>
        <source>%1 is a pipe or socket, not a regular file (reading it could block forever)</source>
        <translation>%1 ist eine Pipe oder ein Socket, keine reguläre Datei (das Lesen könnte ewig blockieren)</translation>
    </message>
    <message>
        <location filename="../models/net/smallfile.cpp" line="38"/>
        <source>%1 is a device, not a regular file</source>
        <translation>%1 ist ein Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../models/net/smallfile.cpp" line="40"/>
        <source>%1 is %2, larger than the %3 a secret, certificate or key file may be</source>
        <translation>%1 ist %2 groß, mehr als die %3, die eine Geheimnis-, Zertifikats- oder Schlüsseldatei haben darf</translation>
    </message>
    <message>
        <location filename="../models/net/smallfile.cpp" line="68"/>
        <location filename="../models/net/smallfile.cpp" line="79"/>
        <location filename="../models/net/smallfile.cpp" line="90"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/net/smallfile.cpp" line="97"/>
        <source>%1 is larger than the %2 a secret, certificate or key file may be</source>
        <translation>%1 ist größer als die %2, die eine Geheimnis-, Zertifikats- oder Schlüsseldatei haben darf</translation>
    </message>
</context>
<context>
    <name>pivori::SnapshotCommand</name>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="78"/>
        <source>snapshot: --out must name a .png, .svg or .pdf file, got &quot;%1&quot;</source>
        <translation>snapshot: --out muss eine .png-, .svg- oder .pdf-Datei nennen, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="94"/>
        <source>snapshot: --range must be a duration like 1h</source>
        <translation>snapshot: --range muss eine Dauer wie 1h sein</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="102"/>
        <source>snapshot: --end is not a time (now, now-5m, unix seconds or RFC 3339)</source>
        <translation>snapshot: --end ist keine Zeit (now, now-5m, Unix-Sekunden oder RFC 3339)</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="114"/>
        <source>snapshot: --size must be WIDTHxHEIGHT between 200x150 and 16384x16384</source>
        <translation>snapshot: --size muss BREITExHÖHE zwischen 200x150 und 16384x16384 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="119"/>
        <source>snapshot: --timeout must be a duration like 60s</source>
        <translation>snapshot: --timeout muss eine Dauer wie 60s sein</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="87"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="132"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="240"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="258"/>
        <source>snapshot: %1</source>
        <translation>snapshot: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="173"/>
        <source>Renders a dashboard to a PNG, SVG or PDF without a display, and optionally writes the data behind every panel and the active alerts as JSON, or a whole incident report folder. Exits 1 when a panel could not get its data or Alertmanager did not answer.</source>
        <translation>Rendert ein Dashboard ohne Bildschirm als PNG, SVG oder PDF und schreibt auf Wunsch die Daten hinter jedem Panel und die aktiven Alarme als JSON oder einen ganzen Vorfallbericht-Ordner. Exit 1, wenn ein Panel seine Daten nicht bekam oder Alertmanager nicht antwortete.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="179"/>
        <source>Dashboard id, e.g. production.</source>
        <translation>Dashboard-ID, z. B. production.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="180"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="182"/>
        <source>Render a dashboard from this file instead of the configuration: Grafana dashboard JSON, a Kubernetes ConfigMap holding such JSON, or the console&apos;s YAML (--dashboard picks one when it holds several; default the first).</source>
        <translation>Ein Dashboard aus dieser Datei statt aus der Konfiguration rendern: Grafana-Dashboard-JSON, eine Kubernetes-ConfigMap mit solchem JSON oder das YAML der Konsole (--dashboard wählt eines, wenn sie mehrere enthält; Standard: das erste).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="190"/>
        <source>name=value</source>
        <translation>Name=Wert</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="192"/>
        <source>Time range ending at --end (default 1h).</source>
        <translation>Zeitraum, der bei --end endet (Standard 1h).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="193"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="211"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="195"/>
        <source>End of the range: now, now-5m, unix seconds or RFC 3339 (default now).</source>
        <translation>Ende des Zeitraums: now, now-5m, Unix-Sekunden oder RFC 3339 (Standard now).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="196"/>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="197"/>
        <source>Picture size (default 1920x1080).</source>
        <translation>Bildgröße (Standard 1920x1080).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="198"/>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="200"/>
        <source>The picture to write: .png, .svg or .pdf.</source>
        <translation>Das zu schreibende Bild: .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="185"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="200"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="203"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="70"/>
        <source>snapshot: --dashboard (or --dashboard-file) and --out (or --report) are required</source>
        <translation>snapshot: --dashboard (oder --dashboard-file) und --out (oder --report) sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="187"/>
        <source>Set a dashboard variable, e.g. service=trading (repeatable: a multi-value variable named again selects each value; All for every value).</source>
        <translation>Setzt eine Dashboard-Variable, z. B. service=trading (wiederholbar: eine Variable mit mehreren Werten wählt bei erneuter Nennung jeden Wert; All für alle Werte).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="202"/>
        <source>Also write the data behind every panel, and the active alerts, as JSON.</source>
        <translation>Zusätzlich die Daten hinter jedem Panel und die aktiven Alarme als JSON schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="205"/>
        <source>Also write an incident report folder: pictures of the dashboard and of every panel, data.json, report.md and report.html.</source>
        <translation>Zusätzlich einen Vorfallbericht-Ordner schreiben: Bilder des Dashboards und jedes Panels, data.json, report.md und report.html.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="208"/>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="210"/>
        <source>Give up waiting for data after this long (default 60s).</source>
        <translation>Nach dieser Zeit nicht mehr auf Daten warten (Standard 60s).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="252"/>
        <source>snapshot: no dashboard &quot;%1&quot; (have: %2)</source>
        <translation>snapshot: kein Dashboard „%1“ (vorhanden: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="262"/>
        <source>snapshot: no Prometheus configured; pass --prometheus URL</source>
        <translation>snapshot: kein Prometheus konfiguriert; --prometheus URL angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="298"/>
        <source>snapshot: no Alertmanager configured: &quot;alerts&quot; is null</source>
        <translation>snapshot: kein Alertmanager konfiguriert: „alerts“ ist null</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="317"/>
        <source>panel &quot;%1&quot;: Prometheus %2 (%3): %4</source>
        <translation>Panel „%1“: Prometheus %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="322"/>
        <source>no answer in time</source>
        <translation>keine Antwort rechtzeitig</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="342"/>
        <source>snapshot: gave up waiting for data after %1</source>
        <translation>snapshot: Warten auf Daten nach %1 aufgegeben</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="361"/>
        <source>snapshot: report: %1</source>
        <translation>snapshot: Bericht: %1</translation>
    </message>
</context>
<context>
    <name>pivori::StackCommand</name>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="41"/>
        <source>Where to write (run, up) or read (down) the stack&apos;s ports and PIDs as JSON.</source>
        <translation>Wohin die Ports und PIDs des Stacks als JSON geschrieben (run, up) oder woher sie gelesen werden (down).</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="42"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="44"/>
        <source>Run rules and scenarios this many times faster (default 1).</source>
        <translation>Regeln und Szenarien so viel schneller ablaufen lassen (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="45"/>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="47"/>
        <source>Stop by itself after this long, e.g. 30m (run, up; default: never).</source>
        <translation>Nach dieser Zeit von selbst anhalten, z. B. 30m (run, up; Standard: nie).</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="48"/>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="50"/>
        <source>Path of pivori-simulator (default: beside this program).</source>
        <translation>Pfad zu pivori-simulator (Standard: neben diesem Programm).</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="51"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="62"/>
        <source>stack: --time-scale must be a number from 1 to 3600</source>
        <translation>stack: --time-scale muss eine Zahl von 1 bis 3600 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="83"/>
        <source>stack: --max-lifetime must be a duration like 30m</source>
        <translation>stack: --max-lifetime muss eine Dauer wie 30m sein</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="106"/>
        <source>stack: %1 will be started again in %2 (restart %3 of at most %4)</source>
        <translation>stack: %1 wird in %2 neu gestartet (Neustart %3 von höchstens %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="122"/>
        <source>stack: %1 is back (pid %2)
</source>
        <translation>stack: %1 ist wieder da (PID %2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="137"/>
        <source>stack ready: prometheus %1, alertmanagers %2, simulator %3
</source>
        <translation>Stack bereit: Prometheus %1, Alertmanager %2, Simulator %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="139"/>
        <source>stack: scenarios: %1; %2
</source>
        <translation>stack: Szenarien: %1; %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="140"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="152"/>
        <source>stack: maximum lifetime reached, stopping
</source>
        <translation>stack: maximale Laufzeit erreicht, wird angehalten
</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="163"/>
        <source>stack up: --state-file is required</source>
        <translation>stack up: --state-file ist Pflicht</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="180"/>
        <source>stack up: cannot start %1</source>
        <translation>stack up: %1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="192"/>
        <source>stack up: ready, state in %1 (log %2)
</source>
        <translation>stack up: bereit, Zustand in %1 (Protokoll %2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="204"/>
        <source>stack up: the stack did not become ready. Its log (%1):
%2</source>
        <translation>stack up: der Stack wurde nicht bereit. Sein Protokoll (%1):
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="219"/>
        <source>stack down: %1</source>
        <translation>stack down: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="231"/>
        <source>stack down: stopped
</source>
        <translation>stack down: angehalten
</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="237"/>
        <source>stack down: had to kill the stack after 20 s</source>
        <translation>stack down: der Stack musste nach 20 s beendet werden</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="253"/>
        <source>Runs the demo stack (synthetic exporter, Prometheus, two Alertmanager replicas) on loopback.
  run   in the foreground until Ctrl+C
  up    in the background; returns when ready (needs --state-file)
  down  stops a stack started with up</source>
        <translation>Betreibt den Demo-Stack (synthetischer Exporter, Prometheus, zwei Alertmanager-Replicas) auf Loopback.
  run   im Vordergrund bis Strg+C
  up    im Hintergrund; kehrt zurück, sobald bereit (braucht --state-file)
  down  hält einen mit up gestarteten Stack an</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="260"/>
        <source>run, up or down</source>
        <translation>run, up oder down</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="270"/>
        <source>stack: unknown action &quot;%1&quot; (expected run, up or down)</source>
        <translation>stack: unbekannte Aktion „%1“ (erwartet: run, up oder down)</translation>
    </message>
</context>
<context>
    <name>pivori::StackLauncher</name>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="62"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="142"/>
        <source>cannot create a temporary directory: %1</source>
        <translation>es kann kein temporäres Verzeichnis angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="161"/>
        <source>no free loopback port could be found</source>
        <translation>es wurde kein freier Loopback-Port gefunden</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="173"/>
        <source>the built-in stack configuration is missing from the program&apos;s resources</source>
        <translation>die eingebaute Stack-Konfiguration fehlt in den Ressourcen des Programms</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="223"/>
        <location filename="../models/devstack/stacklauncher.cpp" line="233"/>
        <source>cannot start %1 (%2): %3</source>
        <translation>%1 (%2) kann nicht gestartet werden: %3</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="248"/>
        <source>pivori-simulator (build the project first)</source>
        <translation>pivori-simulator (erst das Projekt bauen)</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="250"/>
        <source>%1 (Debian package prometheus)</source>
        <translation>%1 (Debian-Paket prometheus)</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="252"/>
        <source>%1 (Debian package prometheus-alertmanager)</source>
        <translation>%1 (Debian-Paket prometheus-alertmanager)</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="254"/>
        <source>cannot start the demo stack, missing: %1. Run installer/install-deps.sh.</source>
        <translation>der Demo-Stack kann nicht starten, es fehlt: %1. Führen Sie installer/install-deps.sh aus.</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="327"/>
        <source>starting the demo stack in %1</source>
        <translation>Demo-Stack wird in %1 gestartet</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="355"/>
        <source>waiting for the history to be loaded</source>
        <translation>wartet, bis die Vorgeschichte geladen ist</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="367"/>
        <source>starting without history: %1</source>
        <translation>starte ohne Verlauf: %1</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="380"/>
        <source>starting without the history&apos;s alerts: %1</source>
        <translation>Start ohne die Alarme der Vorgeschichte: %1</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="483"/>
        <source>%1 crashed or was killed</source>
        <translation>%1 ist abgestürzt oder wurde beendet</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="484"/>
        <source>%1 exited (code %2)</source>
        <translation>%1 wurde beendet (Code %2)</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="485"/>
        <source>%1. Last lines of its log:
%2</source>
        <translation>%1. Letzte Zeilen seines Protokolls:
%2</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="506"/>
        <source>%1 died %2 times within %3 min: it stays down (the other servers keep running)</source>
        <translation>%1 ist %2-mal innerhalb von %3 min ausgefallen: er bleibt unten (die anderen Server laufen weiter)</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="540"/>
        <source>%1 found its port taken by another program; starting the stack again on other ports</source>
        <translation>%1 fand seinen Port von einem anderen Programm belegt; der Stack wird auf anderen Ports neu gestartet</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="34"/>
        <source>%1 did not become ready within %2 s. Last lines of its log:
%3</source>
        <translation>%1 wurde nicht innerhalb von %2 s bereit. Letzte Zeilen seines Protokolls:
%3</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="62"/>
        <source>answers HTTP %1</source>
        <translation>antwortet mit HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="62"/>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="110"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="75"/>
        <source>its cluster is forming (%1)</source>
        <translation>sein Cluster bildet sich (%1)</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="90"/>
        <source>%1 is ready at %2</source>
        <translation>%1 ist bereit unter %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="107"/>
        <source>✔ %1 is ready</source>
        <translation>✔ %1 ist bereit</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="109"/>
        <source>… %1: %2</source>
        <translation>… %1: %2</translation>
    </message>
</context>
<context>
    <name>pivori::StackState</name>
    <message>
        <location filename="../models/devstack/stackstate.cpp" line="37"/>
        <source>stack state is not a JSON object: %1</source>
        <translation>Stack-Zustand ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../models/devstack/stackstate.cpp" line="51"/>
        <source>stack state lacks prometheus, alertmanagers or launcherPid</source>
        <translation>dem Stack-Zustand fehlen prometheus, alertmanagers oder launcherPid</translation>
    </message>
    <message>
        <location filename="../models/devstack/stackstate.cpp" line="59"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/stackstate.cpp" line="68"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pivori::StatPanel</name>
    <message>
        <location filename="../widgets/panels/statpanel.cpp" line="40"/>
        <source>No traffic</source>
        <translation>Kein Verkehr</translation>
    </message>
</context>
<context>
    <name>pivori::TimeRange</name>
    <message>
        <location filename="../models/core/timerange.cpp" line="49"/>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="50"/>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="51"/>
        <source>Last 1 hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="52"/>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="53"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="54"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="96"/>
        <source>Last %1</source>
        <translation>Letzte %1</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="104"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="129"/>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
</context>
<context>
    <name>pivori::TimeSeriesPanel</name>
    <message>
        <location filename="../widgets/panels/timeseriespanel.cpp" line="357"/>
        <source>Showing the %L1 highest of %L2 series by last value; the other %L3 are not drawn.</source>
        <translation>Die %L1 höchsten von %L2 Reihen nach letztem Wert; die übrigen %L3 werden nicht gezeichnet.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/timeseriespanel.cpp" line="361"/>
        <source>Showing the %L1 highest of %L2 series by last value; the grey band spans the other %L3.</source>
        <translation>Die %L1 höchsten von %L2 Reihen nach letztem Wert; das graue Band umfasst die übrigen %L3.</translation>
    </message>
</context>
<context>
    <name>pivori::UiLanguage</name>
    <message>
        <location filename="../widgets/common/uilanguage.cpp" line="49"/>
        <source>--lang: no translation for &quot;%1&quot; (available: %2)</source>
        <translation>--lang: keine Übersetzung für „%1“ (verfügbar: %2)</translation>
    </message>
</context>
<context>
    <name>pivori::UnitFormat</name>
    <message>
        <location filename="../models/core/unitformat.cpp" line="32"/>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="33"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="34"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="35"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="36"/>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="37"/>
        <source>d</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="47"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="48"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="49"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="50"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="58"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="59"/>
        <source>kB</source>
        <translation>kB</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="60"/>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="61"/>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="62"/>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="63"/>
        <source>PB</source>
        <translation>PB</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="73"/>
        <source>b/s</source>
        <translation>b/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="74"/>
        <source>kb/s</source>
        <translation>kb/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="75"/>
        <source>Mb/s</source>
        <translation>Mb/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="76"/>
        <source>Gb/s</source>
        <translation>Gb/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="77"/>
        <source>Tb/s</source>
        <translation>Tb/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="81"/>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="82"/>
        <source>kB/s</source>
        <translation>kB/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="83"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="84"/>
        <source>GB/s</source>
        <translation>GB/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="85"/>
        <source>TB/s</source>
        <translation>TB/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="108"/>
        <location filename="../models/core/unitformat.cpp" line="173"/>
        <location filename="../models/core/unitformat.cpp" line="224"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="111"/>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
</context>
<context>
    <name>pivori::UnreachableBanners</name>
    <message>
        <location filename="../widgets/status/unreachablebanners.cpp" line="29"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../widgets/status/unreachablebanners.cpp" line="29"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../widgets/status/unreachablebanners.cpp" line="34"/>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../widgets/status/unreachablebanners.cpp" line="39"/>
        <source>%1 unreachable since %2</source>
        <translation>%1 nicht erreichbar seit %2</translation>
    </message>
</context>
<context>
    <name>pivori::ValidateCommand</name>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="28"/>
        <source>Checks a configuration file and prints every error as file:line:column: message.</source>
        <translation>Prüft eine Konfigurationsdatei und gibt jeden Fehler als Datei:Zeile:Spalte: Meldung aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="32"/>
        <source>The file to check (or use --config).</source>
        <translation>Die zu prüfende Datei (oder --config verwenden).</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="34"/>
        <source>Also print the whole import report of every Grafana dashboard that the configuration&apos;s dashboard files hold.</source>
        <translation>Auch den vollständigen Importbericht jedes Grafana-Dashboards ausgeben, das die Dashboard-Dateien der Konfiguration enthalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="49"/>
        <source>%1: dashboard &quot;%2&quot; converted from %3: %4
</source>
        <translation>%1: Dashboard „%2“ aus %3 umgewandelt: %4
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="61"/>
        <source>%1: OK (%n dashboard(s)</source>
        <translation>
            <numerusform>%1: OK (%n Dashboard</numerusform>
            <numerusform>%1: OK (%n Dashboards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="63"/>
        <source>, %n Prometheus server(s)</source>
        <translation>
            <numerusform>, %n Prometheus-Server</numerusform>
            <numerusform>, %n Prometheus-Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="64"/>
        <source>, %n Alertmanager cluster(s))</source>
        <translation>
            <numerusform>, %n Alertmanager-Cluster)</numerusform>
            <numerusform>, %n Alertmanager-Cluster)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::VariableChain</name>
    <message>
        <location filename="../models/dashboards/variablechain.cpp" line="158"/>
        <source>--var takes NAME=VALUE, got &quot;%1&quot;</source>
        <translation>--var erwartet NAME=WERT, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/dashboards/variablechain.cpp" line="179"/>
        <source>$%1 selects one value, but %2 were given (%3); only a multi-value variable takes several</source>
        <translation>$%1 wählt einen Wert, aber %2 wurden angegeben (%3); nur eine Variable mit mehreren Werten nimmt mehrere</translation>
    </message>
</context>
<context>
    <name>pivori::VariableValues</name>
    <message>
        <location filename="../models/config/variablevalues.cpp" line="123"/>
        <source>unknown flag &apos;%1&apos; after the closing slash (i, m and s are understood)</source>
        <translation>unbekanntes Flag &apos;%1&apos; nach dem schließenden Schrägstrich (i, m und s werden verstanden)</translation>
    </message>
    <message>
        <location filename="../models/config/variablevalues.cpp" line="135"/>
        <source>%1 at character %2</source>
        <translation>%1 bei Zeichen %2</translation>
    </message>
</context>
<context>
    <name>pivori::WelcomePage</name>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="20"/>
        <source>Save and connect</source>
        <translation>Speichern und verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="22"/>
        <source>Connect to your stack</source>
        <translation>Mit Ihrem Stack verbinden</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="27"/>
        <source>Pivori Console shows the dashboards and alerts of a Prometheus and its Alertmanagers. Tell it where they are: each server is tried as you type. Passwords and tokens are read from an environment variable or a file, never stored.</source>
        <translation>Pivori Console zeigt die Dashboards und Alarme eines Prometheus und seiner Alertmanager. Geben Sie an, wo sie laufen: Jeder Server wird schon beim Tippen geprüft. Passwörter und Tokens werden aus einer Umgebungsvariable oder einer Datei gelesen, nie gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="33"/>
        <source>Saves to %1</source>
        <translation>Wird gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="46"/>
        <source>Try the demo stack</source>
        <translation>Demo-Stack ausprobieren</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="48"/>
        <source>Starts a synthetic fleet, a Prometheus and two Alertmanagers on this machine and opens the console on them</source>
        <translation>Startet eine synthetische Flotte, einen Prometheus und zwei Alertmanager auf diesem Rechner und öffnet die Konsole darauf</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="51"/>
        <source>No stack yet? The demo runs one on this machine, with an hour of history.</source>
        <translation>Noch kein Stack? Die Demo startet einen auf diesem Rechner, mit einer Stunde Verlauf.</translation>
    </message>
</context>
<context>
    <name>pivori::WelcomeWindow</name>
    <message>
        <location filename="../app/windows/welcomewindow.cpp" line="23"/>
        <source>Pivori Console</source>
        <translation>Pivori Console</translation>
    </message>
</context>
<context>
    <name>pivori::YamlLines</name>
    <message>
        <location filename="../models/config/yamllines.cpp" line="89"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="167"/>
        <source>%1 uses a YAML anchor, alias, tag or merge key, which cannot be edited safely here; edit the file by hand</source>
        <translation>%1 verwendet einen YAML-Anker, -Alias, -Tag oder Merge-Schlüssel, der sich hier nicht sicher bearbeiten lässt; bearbeiten Sie die Datei von Hand</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="175"/>
        <source>%1 holds a list or map in flow style ([...] or {...}) spread over several lines, which cannot be edited safely here; write it on one line or in block style</source>
        <translation>%1 enthält eine Liste oder Map im Flow-Stil ([...] oder {...}) über mehrere Zeilen, die sich hier nicht sicher bearbeiten lässt; schreiben Sie sie in eine Zeile oder im Block-Stil</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="191"/>
        <source>%1: %2 is not written as a block list (&quot;- name: ...&quot; lines); edit it by hand</source>
        <translation>%1: %2 ist nicht als Blockliste geschrieben („- name: ...“-Zeilen); bearbeiten Sie es von Hand</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="205"/>
        <source>%1: the first entry of %2 is written in flow style ({...}); write it in block style to edit it here</source>
        <translation>%1: der erste Eintrag von %2 ist im Flow-Stil ({...}) geschrieben; schreiben Sie ihn im Block-Stil, um ihn hier zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="225"/>
        <source>%1: %2 has no entry that can be edited here</source>
        <translation>%1: %2 hat keinen Eintrag, der sich hier bearbeiten lässt</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="303"/>
        <source>%1: %2 is not a list; edit it by hand</source>
        <translation>%1: %2 ist keine Liste; bearbeiten Sie es von Hand</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="312"/>
        <source>%1: an entry of %2 spans several lines; edit it by hand</source>
        <translation>%1: ein Eintrag von %2 erstreckt sich über mehrere Zeilen; bearbeiten Sie ihn von Hand</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="353"/>
        <source>%1: %2 is not a map; edit it by hand</source>
        <translation>%1: %2 ist keine Map; bearbeiten Sie es von Hand</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="394"/>
        <source>%1: %2 is the first key of its entry and cannot be removed here; edit it by hand</source>
        <translation>%1: %2 ist der erste Schlüssel seines Eintrags und lässt sich hier nicht entfernen; bearbeiten Sie ihn von Hand</translation>
    </message>
</context>
<context>
    <name>pivori::cli::AlertClusters</name>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="17"/>
        <source>Only this configured Alertmanager cluster (needed to write when several are configured).</source>
        <translation>Nur dieser konfigurierte Alertmanager-Cluster (nötig zum Schreiben, wenn mehrere konfiguriert sind).</translation>
    </message>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="18"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="32"/>
        <source>%1: no Alertmanager configured; pass --alertmanager URL</source>
        <translation>%1: kein Alertmanager konfiguriert; --alertmanager URL angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="45"/>
        <source>%1: --cluster: no Alertmanager cluster named &quot;%2&quot; (configured: %3)</source>
        <translation>%1: --cluster: kein Alertmanager-Cluster namens „%2“ (konfiguriert: %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="76"/>
        <source>%1: %2 Alertmanager clusters are configured (%3); choose one with --cluster</source>
        <translation>%1: %2 Alertmanager-Cluster sind konfiguriert (%3); wählen Sie einen mit --cluster</translation>
    </message>
</context>
<context>
    <name>pivori::cli::CommandUsage</name>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="41"/>
        <source>%1: %2 (see --help)</source>
        <translation>%1: %2 (siehe --help)</translation>
    </message>
</context>
</TS>
