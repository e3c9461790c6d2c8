<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>pivori::AckCommand</name>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="35"/>
        <source>Acknowledges alerts: creates an Alertmanager silence whose comment starts with &quot;ACK!&quot; and prints its id. If no replica accepts it, nothing is acknowledged and the exit code is 1 (there is no outbox on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="43"/>
        <source>Which alerts, e.g. &apos;alertname=&quot;HighP95Latency&quot;&apos; or &apos;service=trading&apos;; repeatable, all must hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="46"/>
        <source>matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="48"/>
        <source>How long the acknowledgement lasts, e.g. 2h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="48"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="50"/>
        <source>Why, or what is being done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="50"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="51"/>
        <source>Who acknowledges (default: $USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="52"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="56"/>
        <source>ack: unexpected argument &quot;%1&quot; (matchers go in --matcher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="66"/>
        <source>ack: --matcher &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="67"/>
        <source>no matcher in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="73"/>
        <source>ack: give at least one --matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="78"/>
        <source>ack: --duration must be a positive duration like 30m or 2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="83"/>
        <source>ack: --comment is required: say why, or what is being done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="90"/>
        <source>ack: --author must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="114"/>
        <source>ack: nothing was acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AckOutbox</name>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="58"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="76"/>
        <source>&quot;token&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="81"/>
        <source>entry %1: cluster, comment, author and state must be strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="87"/>
        <source>entry %1: unknown state &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="90"/>
        <source>entry %1: createdAt and nextAttempt must be RFC 3339 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="96"/>
        <source>entry %1: durationMs and attempts must be non-negative numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="102"/>
        <source>entry %1: matchers must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="108"/>
        <source>entry %1: a matcher needs name, value, isRegex and isEqual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="183"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="188"/>
        <source>expected {&quot;version&quot;: %1, &quot;entries&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="210"/>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="215"/>
        <source>cannot read the acknowledge outbox %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/alerts/ackoutbox.cpp" line="224"/>
        <source>%n entries could not be read (%1)</source>
        <translation>
            <numerusform>%n entry could not be read (%1)</numerusform>
            <numerusform>%n entries could not be read (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="238"/>
        <source>the acknowledge outbox %1 is damaged (%2) and could not be moved aside: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/alerts/ackoutbox.cpp" line="240"/>
        <source>the acknowledge outbox %1 is damaged (%2); it was kept as %3 and %n readable entries were recovered</source>
        <translation>
            <numerusform>the acknowledge outbox %1 is damaged (%2); it was kept as %3 and %n readable entries were recovered</numerusform>
            <numerusform>the acknowledge outbox %1 is damaged (%2); it was kept as %3 and %n readable entries were recovered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="271"/>
        <source>the acknowledge outbox %1 could not be read, so it is not overwritten; acknowledgements of this session are kept in memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="278"/>
        <source>cannot create the directory %1 for the acknowledge outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="285"/>
        <location filename="../models/alerts/ackoutbox.cpp" line="292"/>
        <source>cannot write the acknowledge outbox %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AckService</name>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="81"/>
        <location filename="../models/alerts/ackservice.cpp" line="301"/>
        <location filename="../models/alerts/ackservice.cpp" line="345"/>
        <source>no Alertmanager cluster named &quot;%1&quot; is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="83"/>
        <source>an acknowledgement needs at least one matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="85"/>
        <source>an acknowledgement needs a positive duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="143"/>
        <source>the acknowledgement ran out before any replica of %1 could be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="302"/>
        <source>extending needs a positive duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="309"/>
        <source>the cluster %1 went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="310"/>
        <location filename="../models/alerts/ackservice.cpp" line="333"/>
        <source>cannot extend silence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="316"/>
        <source>silence %1 has already expired; acknowledge the alert again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="352"/>
        <source>cannot expire silence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AcknowledgeDialog</name>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="43"/>
        <source>Acknowledge alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="65"/>
        <source>Acknowledge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="67"/>
        <source>Acknowledge %n alert(s)</source>
        <translation>
            <numerusform>Acknowledge %n alert</numerusform>
            <numerusform>Acknowledge %n alerts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="72"/>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="75"/>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="78"/>
        <source>What are you doing about it? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="81"/>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="84"/>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="88"/>
        <source>Alertmanager will silence every alert these matchers select, until the time above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="118"/>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="155"/>
        <source>%1: %2 — matches %n current alert(s)</source>
        <translation>
            <numerusform>%1: %2 — matches %n current alert</numerusform>
            <numerusform>%1: %2 — matches %n current alerts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="186"/>
        <source>A comment is required: the next person on call reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="188"/>
        <source>An author is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="190"/>
        <source>The alerts show as acknowledged once Alertmanager has confirmed the silence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AgeFormat</name>
    <message>
        <location filename="../models/core/ageformat.cpp" line="14"/>
        <source>%1d %2h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ageformat.cpp" line="16"/>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ageformat.cpp" line="18"/>
        <source>%1m %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/ageformat.cpp" line="19"/>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertBand</name>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="105"/>
        <location filename="../widgets/noc/alertband.cpp" line="143"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="107"/>
        <source>%1 other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="108"/>
        <source>%1 acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="142"/>
        <source>%1 OTHER</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/noc/alertband.cpp" line="158"/>
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n acknowledged</numerusform>
            <numerusform>%n acknowledged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="171"/>
        <source>No critical or warning alert needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="181"/>
        <source>%1/%2  %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="185"/>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertCountStrip</name>
    <message>
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="101"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="101"/>
        <source>? %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="103"/>
        <source>%n %1 alert(s) firing and not acknowledged</source>
        <translation>
            <numerusform>%n %1 alert firing and not acknowledged</numerusform>
            <numerusform>%n %1 alerts firing and not acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="119"/>
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="120"/>
        <source>%n acknowledged, silenced or inhibited</source>
        <translation>
            <numerusform>%n acknowledged, silenced or inhibited</numerusform>
            <numerusform>%n acknowledged, silenced or inhibited</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="126"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="127"/>
        <source>Waiting for Alertmanager…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertInboxDelegate</name>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="36"/>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="38"/>
        <source>%1 (in %2m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="39"/>
        <source>%1 (in %2h %3m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="102"/>
        <source>%1 — %n alert(s)</source>
        <translation>
            <numerusform>%1 — %n alert</numerusform>
            <numerusform>%1 — %n alerts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="112"/>
        <source>Firing since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="121"/>
        <source>Inhibited by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="123"/>
        <source>An acknowledgement is waiting for Alertmanager to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="136"/>
        <source>Cluster %1 did not answer the last poll: this is its last known state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertInboxModel</name>
    <message>
        <location filename="../models/alerts/alertfilterproxy.cpp" line="246"/>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="399"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/alertfilterproxy.cpp" line="247"/>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="399"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="523"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="525"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="527"/>
        <source>Service / instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="529"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="531"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="533"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="535"/>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="537"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="539"/>
        <source>Receivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="541"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertInboxPanel</name>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="36"/>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="36"/>
        <source>Acknowledge the selected alerts or groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="36"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="38"/>
        <source>Un-acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="38"/>
        <source>Expire the acknowledgement or silence of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="38"/>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="39"/>
        <source>Extend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="39"/>
        <source>Add time to the acknowledgements of the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="109"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="140"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="141"/>
        <source>Showing %1 of %n alert(s)</source>
        <translation>
            <numerusform>Showing %1 of %n alert</numerusform>
            <numerusform>Showing %1 of %n alerts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="167"/>
        <source>Show runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="169"/>
        <source>Copy labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertNotifier</name>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="32"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="33"/>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="36"/>
        <source>Notify on new critical alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="37"/>
        <source>Notify on new warning alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="39"/>
        <source>Sound for critical alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="40"/>
        <source>Sound for warning alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="153"/>
        <source>%n new critical alert(s)</source>
        <translation>
            <numerusform>%n new critical alert</numerusform>
            <numerusform>%n new critical alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="154"/>
        <source>%n new warning alert(s)</source>
        <translation>
            <numerusform>%n new warning alert</numerusform>
            <numerusform>%n new warning alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="157"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="213"/>
        <source>Pivori Console: %n alert(s) firing, worst: %1</source>
        <translation>
            <numerusform>Pivori Console: %n alert firing, worst: %1</numerusform>
            <numerusform>Pivori Console: %n alerts firing, worst: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="216"/>
        <source>Others may be missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="220"/>
        <source>Pivori Console: alerts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="223"/>
        <source>Pivori Console: no alert firing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertPoller</name>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="151"/>
        <source>%1 is unreachable (%2); showing its alerts as of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="154"/>
        <source>%1 is unreachable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/alerts/alertpoller.cpp" line="159"/>
        <source>%n replica(s) of %1 did not answer: %2</source>
        <translation>
            <numerusform>%n replica of %1 did not answer: %2</numerusform>
            <numerusform>%n replicas of %1 did not answer: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="162"/>
        <source>cannot read the silences of %1 (%2); acknowledgements may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertSnapshot</name>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="151"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="155"/>
        <source>snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertmanagerClient</name>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="60"/>
        <source>all %1 replicas of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="105"/>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="165"/>
        <source>the HTTP transport is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="168"/>
        <source>Alertmanager cluster %1 has no replicas configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="257"/>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="339"/>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="357"/>
        <source>&quot;%1&quot; is not a silence id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="276"/>
        <source>silence %1 not found on any replica of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="335"/>
        <source>a silence needs at least one matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="337"/>
        <source>a silence needs a valid start and end time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertmanagerParser</name>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="50"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="58"/>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="69"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="80"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="107"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="193"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="218"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="226"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="255"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="260"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="281"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="71"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="113"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="130"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="82"/>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="96"/>
        <source>expected an RFC 3339 timestamp, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="152"/>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="322"/>
        <source>HTTP %1 answer is not JSON (Content-Type &quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="332"/>
        <source>unexpected answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="416"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="432"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="432"/>
        <source>HTTP %1 with an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="449"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="491"/>
        <source>(no readable text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertsCommand</name>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="33"/>
        <source>Lists the alerts of every Alertmanager cluster, replicas merged, with their state and acknowledgement. Exits 0; 1 when a cluster did not answer; 3 (unknown) when no configured Prometheus vouches that the alert rules are evaluated, since the list may then miss alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="40"/>
        <source>Only alerts matching these Alertmanager matchers, e.g. &apos;severity=&quot;critical&quot;,service=~&quot;trad.*&quot;&apos;; repeatable, all must hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="43"/>
        <source>matchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="44"/>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="48"/>
        <source>alerts: unexpected argument &quot;%1&quot; (filters go in --filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="58"/>
        <source>alerts: --filter &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="114"/>
        <source>alerts: the list may be incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertsPage</name>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="73"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="74"/>
        <source>Ask every Alertmanager now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="78"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="99"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="101"/>
        <source>Silences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="140"/>
        <source>No Alertmanager cluster is configured: add one under &quot;alertmanagers:&quot; in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="160"/>
        <source>Acknowledged in %1 (silence %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="165"/>
        <source>Acknowledgement not confirmed yet: %1. Retrying at %2; it is kept until Alertmanager accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="173"/>
        <source>Acknowledgement refused, nothing was acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="179"/>
        <source>Acknowledgements cannot be saved to disk, they are kept in memory only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="185"/>
        <source>Silence %1 in %2 now ends at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="191"/>
        <source>Silence %1 in %2 expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="228"/>
        <source>Acknowledging… waiting for Alertmanager to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="263"/>
        <source>Expire silences</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/alertspage.cpp" line="264"/>
        <source>The selection is covered by %n silence(s) that are not acknowledgements. Expire them now? Their alerts will notify again.</source>
        <translation>
            <numerusform>The selection is covered by %n silence that are not acknowledgements. Expire them now? Their alerts will notify again.</numerusform>
            <numerusform>The selection is covered by %n silences that are not acknowledgements. Expire them now? Their alerts will notify again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="288"/>
        <source>the acknowledgement of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/alertspage.cpp" line="289"/>
        <source>%n acknowledgement(s)</source>
        <translation>
            <numerusform>%n acknowledgement</numerusform>
            <numerusform>%n acknowledgements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="315"/>
        <source>No Alertmanager cluster named &quot;%1&quot; is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="323"/>
        <source>Cannot update silence %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="327"/>
        <source>Silence %1 in %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::BarsPanel</name>
    <message>
        <location filename="../widgets/panels/barspanel.cpp" line="256"/>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/barspanel.cpp" line="264"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/barspanel.cpp" line="267"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ClusterBanners</name>
    <message>
        <location filename="../widgets/inbox/clusterbanners.cpp" line="44"/>
        <source>Cluster %1 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/clusterbanners.cpp" line="45"/>
        <source>Cluster %1 degraded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="23"/>
        <source>%1: &quot;%2&quot; is not an http:// or https:// URL with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="77"/>
        <source>Configuration file (default: $XDG_CONFIG_HOME/pivori-console/console.yaml, else built-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="78"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="79"/>
        <source>Use this Prometheus instead of the configured ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="79"/>
        <location filename="../app/cli/commandline.cpp" line="82"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="81"/>
        <source>Use this Alertmanager instead of the configured ones; repeat it for the replicas of one HA cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ConfigLoader</name>
    <message>
        <location filename="../models/config/configloader.cpp" line="52"/>
        <source>1 (the only schema version so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="94"/>
        <location filename="../models/config/configloader.cpp" line="107"/>
        <source>cannot read the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="99"/>
        <source>the configuration is %1 bytes; more than %2 bytes is not a configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="120"/>
        <source>the configuration is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="125"/>
        <source>the configuration is empty; expected a map with at least a prometheus list of servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="134"/>
        <source>a second YAML document starts here; the configuration must be a single document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="141"/>
        <source>YAML nesting is too deep (%1 levels); a configuration needs only a few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="144"/>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="146"/>
        <source> (the line is indented with a tab; YAML indentation must use spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="150"/>
        <source>cannot parse the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="160"/>
        <source>too many errors; the rest were not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ConfigReader</name>
    <message>
        <location filename="../models/config/configreader.cpp" line="100"/>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="102"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="106"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="121"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="154"/>
        <source>the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="156"/>
        <source>%1 must be a map, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="166"/>
        <source>keys in %1 must be plain names, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="172"/>
        <source>unknown key &quot;%1&quot; at the top level (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="173"/>
        <source>unknown key &quot;%1&quot; in %2 (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="176"/>
        <location filename="../models/config/configreader.cpp" line="412"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="183"/>
        <source>duplicate key &quot;%1&quot; in %2 (first given at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="221"/>
        <source>%1 must be a list, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="235"/>
        <source>%1 must list at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="236"/>
        <source>%1 must list at least %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="246"/>
        <location filename="../models/config/configreader.cpp" line="267"/>
        <source> (# starts a comment in YAML: write colours in quotes, like &quot;#ff0000&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="248"/>
        <location filename="../models/config/configreader.cpp" line="286"/>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="252"/>
        <source>the configuration is missing the required key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="254"/>
        <source>%1 is missing the required key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="270"/>
        <source>%1 has no value; give one or remove the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="276"/>
        <location filename="../models/config/configreader.cpp" line="371"/>
        <source>%1 must be %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="284"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="300"/>
        <location filename="../models/config/configreader.cpp" line="321"/>
        <location filename="../models/config/configreader.cpp" line="350"/>
        <location filename="../models/config/configreader.cpp" line="365"/>
        <location filename="../models/config/configreader.cpp" line="387"/>
        <location filename="../models/config/configreader.cpp" line="409"/>
        <location filename="../models/config/configreader.cpp" line="431"/>
        <source>%1 must be %2, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="308"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="327"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="335"/>
        <source>%1 must be %2 like 0.5 or 1.8e9, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="343"/>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="359"/>
        <source>a duration like 30s, 5m or 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="369"/>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="370"/>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="379"/>
        <source>an http:// or https:// URL with a host, like http://localhost:9090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="392"/>
        <source>%1 must not contain a user name or password; use auth with password_env or password_file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="403"/>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="422"/>
        <source>a colour written #rrggbb or one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="441"/>
        <source>%1 must be a file path, got an empty text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ConsoleCommand</name>
    <message>
        <location filename="../app/cli/consolecommand.cpp" line="28"/>
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
Each command has its own --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/consolecommand.cpp" line="47"/>
        <source>unknown command &quot;%1&quot; (commands: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/consolecommand.cpp" line="61"/>
        <source>Pivori Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/consolecommand.cpp" line="62"/>
        <source>The configuration has errors:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::CrosshairReadout</name>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="75"/>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="77"/>
        <source>no traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="80"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="90"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="92"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::CustomRangeDialog</name>
    <message>
        <location filename="../app/windows/customrangedialog.cpp" line="17"/>
        <source>Custom time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/customrangedialog.cpp" line="23"/>
        <source>Times are in %1 (UTC%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/customrangedialog.cpp" line="30"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/customrangedialog.cpp" line="31"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::DashboardConfigParser</name>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="21"/>
        <source>an id of lower-case letters, digits and &apos;-&apos; (like api-latency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="81"/>
        <source>duplicate dashboard id &quot;%1&quot; (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="130"/>
        <source>a variable name like service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="132"/>
        <source>a Prometheus label name like service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="143"/>
        <source>duplicate variable &quot;%1&quot; (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="175"/>
        <source>duplicate panel id &quot;%1&quot; in dashboard &quot;%2&quot; (first defined at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="204"/>
        <source>%1 must be greater than min (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="226"/>
        <source>%1 only applies to bars panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="233"/>
        <source>%1 only applies to timeseries and bars panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="271"/>
        <source>%1 must map variables of the target dashboard to labels of the series, like &quot;service: service&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="284"/>
        <source>%1: each entry must be &quot;variable: label&quot;, both plain names (letters, digits, &apos;_&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="311"/>
        <source>%1 refers to unknown dashboard &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="315"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="324"/>
        <source>dashboard &quot;%1&quot; has no variable named &quot;%2&quot; to set from the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="376"/>
        <source>%1 uses $%2, but the dashboard has no variable named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::DashboardRefresher</name>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="330"/>
        <source>the expression gives a string, which a panel cannot show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="333"/>
        <source>query %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="370"/>
        <source>the queries gave %1 series; the panel shows the first one (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="428"/>
        <source>dashboard &quot;%1&quot; has no variable named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::DashboardToolBar</name>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="22"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="28"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="30"/>
        <source>Undo the last zoom (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="34"/>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="119"/>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="35"/>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="52"/>
        <source>Auto refresh off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="52"/>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="134"/>
        <source>Every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="53"/>
        <source>Auto refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="58"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="61"/>
        <source>Pause auto refresh (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="66"/>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="69"/>
        <source>Refresh now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="86"/>
        <source>Values of the label &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="104"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="127"/>
        <source>Times are shown in this time zone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::DashboardView</name>
    <message>
        <location filename="../widgets/panels/dashboardview.cpp" line="67"/>
        <source>This dashboard has no panels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="36"/>
        <source>Starts a demo stack (synthetic Pivori fleet, Prometheus with the guide&apos;s alert rules, two Alertmanager replicas) on loopback and opens the console on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="42"/>
        <source>Run alert rules and scenarios this many times faster (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="43"/>
        <source>factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="45"/>
        <source>Scenario to switch on at start, NAME or NAME:TARGET; repeatable (default: latency-spike).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="47"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="48"/>
        <source>Start with a healthy fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="50"/>
        <source>Close by itself this long after the console opened (for smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="51"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="59"/>
        <source>demo: --time-scale must be a number from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="69"/>
        <source>demo: --quit-after must be a duration like 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="89"/>
        <source>Starting the demo stack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="89"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="90"/>
        <location filename="../app/cli/democommand.cpp" line="109"/>
        <source>Pivori Console demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="110"/>
        <source>The demo stack could not start:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="131"/>
        <source>demo: Prometheus %1, Alertmanagers %2, simulator %3 (scenarios: %4)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::DisplayOptions</name>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="18"/>
        <source>Open as the NOC wall display: full screen, rotating through the playlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="19"/>
        <source>The screen the NOC wall fills, from 0 (remembered; default: the configured one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="20"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="21"/>
        <source>Poll dashboards, alerts and servers this often, e.g. 5s (overrides the configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="22"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="33"/>
        <source>--screen must be a number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="41"/>
        <source>--refresh must be a duration of at least 1s, like 5s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::DurationPicker</name>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="35"/>
        <source>15 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="35"/>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="35"/>
        <source>4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="35"/>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="47"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="56"/>
        <source>Custom duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="59"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="60"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="61"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ExpireCommand</name>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="127"/>
        <source>Expires a silence (un-acknowledges, when it is an acknowledgement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="131"/>
        <source>The silence id, as printed by ack or silences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="137"/>
        <source>expire: give exactly one silence id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="138"/>
        <source>expire: &quot;%1&quot; is not a silence id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="156"/>
        <source>expire: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ExportController</name>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="90"/>
        <source>Export as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="91"/>
        <source>Export as PNG at &amp;2x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="92"/>
        <source>Export as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="93"/>
        <source>Export as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="94"/>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="101"/>
        <source>&amp;Incident report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="124"/>
        <source>Open a dashboard to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="149"/>
        <source>Copied &quot;%1&quot; to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="164"/>
        <source>The dashboard was closed before it could be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="184"/>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="185"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="186"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="187"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="194"/>
        <source>Cannot export to %1: choose a .png, .svg or .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="202"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="207"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="219"/>
        <source>Folder for the incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="228"/>
        <source>Incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="229"/>
        <source>%1 already holds a report. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="243"/>
        <source>The dashboard was closed before the report could be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="267"/>
        <source>Writing the incident report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="267"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="284"/>
        <source>Incident report cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="286"/>
        <source>Incident report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="295"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ExportHeader</name>
    <message>
        <location filename="../models/export/exportheader.cpp" line="50"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/exportheader.cpp" line="58"/>
        <source>Prometheus %1 · exported %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/exportheader.cpp" line="69"/>
        <source>%1 – %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ExportedAlerts</name>
    <message>
        <location filename="../models/export/exportedalerts.cpp" line="29"/>
        <location filename="../models/export/exportedalerts.cpp" line="36"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/exportedalerts.cpp" line="30"/>
        <location filename="../models/export/exportedalerts.cpp" line="35"/>
        <source>Alertmanager cluster &quot;%1&quot; did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/exportedalerts.cpp" line="39"/>
        <source>The list may miss alerts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ExtendDialog</name>
    <message>
        <location filename="../widgets/inbox/extenddialog.cpp" line="15"/>
        <location filename="../widgets/inbox/extenddialog.cpp" line="24"/>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/extenddialog.cpp" line="17"/>
        <source>Add time to %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::GaugePanel</name>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="61"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="62"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="63"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="64"/>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="75"/>
        <source>No traffic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::InboxAlert</name>
    <message>
        <location filename="../models/alerts/inboxalert.cpp" line="39"/>
        <source>firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalert.cpp" line="41"/>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalert.cpp" line="43"/>
        <source>silenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalert.cpp" line="45"/>
        <source>inhibited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::InboxAlertText</name>
    <message>
        <location filename="../models/alerts/inboxalerttext.cpp" line="46"/>
        <source>acknowledging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalerttext.cpp" line="53"/>
        <source>acknowledged by %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalerttext.cpp" line="57"/>
        <source>inhibited by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalerttext.cpp" line="59"/>
        <source>silenced by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::InboxFilterBar</name>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="33"/>
        <source>Filter: {service=&quot;api-gateway&quot;, severity=~&quot;crit.*&quot;} and/or words   ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="35"/>
        <source>Alertmanager matchers in braces (=, !=, =~, !~), then free text that every word of must occur in the alert. Press / to get here from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="37"/>
        <source>Alert filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="41"/>
        <source>Silenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="41"/>
        <source>Show alerts covered by a silence that is not an acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="43"/>
        <source>Inhibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="43"/>
        <source>Show alerts inhibited by another alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="45"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="45"/>
        <source>Show acknowledged alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="51"/>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="56"/>
        <source>Alert name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="57"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="58"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="59"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="60"/>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="150"/>
        <source>Invalid filter at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="151"/>
        <source>Invalid filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="152"/>
        <source>still showing the last valid filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::InboxFormat</name>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="132"/>
        <source>no alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="141"/>
        <source>%1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="143"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="150"/>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="150"/>
        <source>ALERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="150"/>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="151"/>
        <location filename="../models/alerts/inboxformat.cpp" line="194"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="151"/>
        <source>SINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="151"/>
        <source>ACK / INHIBITOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="152"/>
        <location filename="../models/alerts/inboxformat.cpp" line="195"/>
        <source>CLUSTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="152"/>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="186"/>
        <source>no silences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="194"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="194"/>
        <source>ENDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="195"/>
        <source>CREATED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="196"/>
        <source>MATCHERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="196"/>
        <source>COMMENT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::IncidentReport</name>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="63"/>
        <source>by %1 at %2, until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="67"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="71"/>
        <source>pending (waiting for Alertmanager to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="78"/>
        <location filename="../models/export/incidentreport.cpp" line="120"/>
        <source>Incident report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="79"/>
        <source>**Dashboard:** %1 (`%2`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="80"/>
        <source>**Time range:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="81"/>
        <source>**Prometheus:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="82"/>
        <source>**Exported:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="83"/>
        <source>**Data:** [%1](%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="86"/>
        <location filename="../models/export/incidentreport.cpp" line="144"/>
        <source>Active alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="86"/>
        <location filename="../models/export/incidentreport.cpp" line="144"/>
        <source>No Alertmanager is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="88"/>
        <location filename="../models/export/incidentreport.cpp" line="146"/>
        <source>Active alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="93"/>
        <location filename="../models/export/incidentreport.cpp" line="150"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="93"/>
        <location filename="../models/export/incidentreport.cpp" line="150"/>
        <source>Unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="97"/>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="98"/>
        <source>Labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="99"/>
        <source>Since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="101"/>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="103"/>
        <source>Acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="103"/>
        <location filename="../models/export/incidentreport.cpp" line="161"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="108"/>
        <location filename="../models/export/incidentreport.cpp" line="136"/>
        <location filename="../models/export/incidentreport.cpp" line="171"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="110"/>
        <location filename="../models/export/incidentreport.cpp" line="173"/>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="137"/>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="138"/>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="139"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="140"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="153"/>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="153"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="153"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="153"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="153"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="154"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="154"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="154"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::IncidentReportJob</name>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="43"/>
        <source>The dashboard is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="47"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="73"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="81"/>
        <source>The dashboard was closed while the report was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="152"/>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::JsonScanner</name>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="66"/>
        <source>unexpected end of input (truncated answer?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="71"/>
        <source>byte %1: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="108"/>
        <source>byte %1: control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="152"/>
        <source>byte %1: bad \u escape in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="172"/>
        <source>byte %1: bad escape in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="219"/>
        <source>byte %1: number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="261"/>
        <source>byte %1: a sample value must be a JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="279"/>
        <source>value &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="285"/>
        <source>byte %1: nesting deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::MainWindow</name>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="55"/>
        <source>Pivori Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="309"/>
        <source>The drill-down target &quot;%1&quot; is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="320"/>
        <source>%1: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="320"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="325"/>
        <source>Showing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="326"/>
        <source>Showing %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="361"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="362"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="365"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="81"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="141"/>
        <location filename="../app/windows/mainwindow.cpp" line="166"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="165"/>
        <source>alerts unknown — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="166"/>
        <source>Alerts (?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindow.cpp" line="171"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindow.cpp" line="173"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindow.cpp" line="175"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="176"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="177"/>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="184"/>
        <source>No dashboard &quot;%1&quot; in this configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="284"/>
        <source>Values of $%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="304"/>
        <source>No drill-down from &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="341"/>
        <source>Could not open a browser for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="375"/>
        <source>&amp;Query prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="381"/>
        <source>Check &amp;servers now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="383"/>
        <source>&amp;NOC wall mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="385"/>
        <source>Full screen wall display rotating through the playlist; Esc leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="387"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="390"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="391"/>
        <source>&amp;About Pivori Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="392"/>
        <source>About Pivori Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="393"/>
        <source>Pivori Console %1
A native console for Prometheus and Alertmanager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="502"/>
        <source>No Prometheus server is configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::MatcherTextParser</name>
    <message>
        <location filename="../models/core/matcher.cpp" line="64"/>
        <source>position %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="83"/>
        <location filename="../models/core/matcher.cpp" line="102"/>
        <source>expected &quot;}&quot; to close the &quot;{&quot; at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="105"/>
        <source>expected &quot;,&quot; or &quot;}&quot; after the value of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="106"/>
        <source>expected &quot;,&quot; or the end after the value of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="110"/>
        <source>unexpected text after &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="118"/>
        <source>expected a label name (a letter or &quot;_&quot;, then letters, digits or &quot;_&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="140"/>
        <source>expected &quot;=&quot;, &quot;!=&quot;, &quot;=~&quot; or &quot;!~&quot; after label name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="154"/>
        <source>expected a quoted value or a bare word after &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="161"/>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="175"/>
        <source>expected a closing quote for the value opened at position %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::MessageBar</name>
    <message>
        <location filename="../widgets/common/messagebar.cpp" line="84"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/common/messagebar.cpp" line="85"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::NetworkTransport</name>
    <message>
        <location filename="../models/net/networktransport.cpp" line="28"/>
        <location filename="../models/net/networktransport.cpp" line="36"/>
        <source>no answer within the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="31"/>
        <source>request cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="40"/>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="44"/>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="48"/>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="79"/>
        <source>cannot read CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="84"/>
        <source>CA file %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::NocAlertBoard</name>
    <message>
        <location filename="../widgets/noc/nocalertboard.cpp" line="70"/>
        <source>ACK %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/noc/nocalertboard.cpp" line="112"/>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/noc/nocalertboard.cpp" line="138"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::NocWindow</name>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="52"/>
        <source>Pivori Console — NOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="115"/>
        <source>Alertmanager %1 unreachable: alerts as last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="122"/>
        <source>No Alertmanager configured: alerts are not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="146"/>
        <source>The screen saver could not be held off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="148"/>
        <source>Pivori Console is showing the NOC wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="169"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="233"/>
        <source>There is no screen %1 (screens: %2); the wall is on screen %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="297"/>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="298"/>
        <source>Data %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="304"/>
        <source>Nothing to show: the playlist is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="305"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="307"/>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="352"/>
        <source>Leave NOC mode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="353"/>
        <source>Leave the wall display and return to the console window?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::OperationsConfigParser</name>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="62"/>
        <source>%1 has both file and text; give exactly one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="63"/>
        <source>%1 needs either file (a Markdown file) or text (inline Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="79"/>
        <source>duplicate runbook for alert &quot;%1&quot; (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="110"/>
        <source>duplicate health check &quot;%1&quot; (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="212"/>
        <source>%1 (%2) must not be above crit_above (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="220"/>
        <source>%1 (%2) must not be below crit_below (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="241"/>
        <source>%1 is not used by %2 health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="257"/>
        <source>%1 names &quot;%2&quot;, which is not in %3 (known: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="292"/>
        <source>%1 must be either {dashboard: ID} or {alerts: board}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="310"/>
        <source>%1 refers to unknown dashboard &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="312"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="315"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="332"/>
        <source>a Prometheus label name like handler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::PanelExporter</name>
    <message>
        <location filename="../widgets/export/panelexporter.cpp" line="166"/>
        <source>Pivori Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::PanelFrame</name>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="100"/>
        <location filename="../widgets/panels/panelframe.cpp" line="101"/>
        <source>Panel menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="184"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="189"/>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="204"/>
        <source>Query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="194"/>
        <source>Expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="87"/>
        <source>query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="209"/>
        <location filename="../widgets/panels/panelframe.cpp" line="215"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="209"/>
        <source>The query returned no series for this time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="215"/>
        <source>The query returned no points for this time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="226"/>
        <source>The last refresh failed; the panel shows the data from before.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="249"/>
        <source>stale · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="251"/>
        <source>No fresh answer for %1: the panel shows the last data that arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="261"/>
        <location filename="../widgets/panels/panelframe.cpp" line="264"/>
        <source>Open in Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="278"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="280"/>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="281"/>
        <source>PNG at 2x…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="282"/>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="283"/>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="284"/>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ProcedureChecklist</name>
    <message>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="112"/>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="121"/>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="134"/>
        <source>Response procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="112"/>
        <source>Response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="122"/>
        <source>No response procedure is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="135"/>
        <source>Select an alert to follow its response procedure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::PromQueryReader</name>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="223"/>
        <source>data.resultType: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="225"/>
        <source>data.result: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="233"/>
        <source>data.result: expected an array of series, got a [time, value] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="246"/>
        <source>data.result[%1]: a %2 series needs &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/prometheus/promqueryreader.cpp" line="254"/>
        <source>%n series hold native-histogram samples, which are not shown</source>
        <translation>
            <numerusform>%n series holds native-histogram samples, which are not shown</numerusform>
            <numerusform>%n series hold native-histogram samples, which are not shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="261"/>
        <source>data.result: a %1 result must be a [time, value] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="274"/>
        <source>data.result[1]: value &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="279"/>
        <source>data.resultType: unknown result type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::PrometheusClient</name>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="179"/>
        <location filename="../models/prometheus/prometheusclient.cpp" line="195"/>
        <source>the query expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="181"/>
        <source>the evaluation time is not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="197"/>
        <source>the start and end of a range query must be valid times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="203"/>
        <location filename="../models/prometheus/prometheusclient.cpp" line="266"/>
        <source>the end of the range (%1) is before its start (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="206"/>
        <source>the step must be positive, not %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="211"/>
        <source>a step of %1 s gives %2 points per series, more than Prometheus&apos;s limit of %3; use a step of at least %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="263"/>
        <source>&quot;%1&quot; is not a label name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::PrometheusParser</name>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="87"/>
        <source>HTTP %1 with an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="88"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="103"/>
        <source>empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="105"/>
        <source>expected a JSON object, got: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="106"/>
        <source>an unknown content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="108"/>
        <source>expected JSON, got %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="116"/>
        <source>unspecified error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="122"/>
        <source>missing &quot;status&quot; in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="123"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="146"/>
        <location filename="../models/prometheus/prometheusparser.cpp" line="191"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="155"/>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="173"/>
        <source>value &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="175"/>
        <source>expected a number in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="184"/>
        <source>expected an object of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="204"/>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="211"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="224"/>
        <source>&quot;%1&quot; is not an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="236"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="256"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="274"/>
        <source>data: missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="291"/>
        <source>unknown state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="318"/>
        <source>unknown rule type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="476"/>
        <source>data: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="477"/>
        <source>data: expected an array of label values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="483"/>
        <source>data[%1]: expected a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::QueryCommand</name>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="34"/>
        <source>Runs a PromQL expression against Prometheus and prints the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="37"/>
        <source>Print {&quot;resultType&quot;, &quot;result&quot;} as JSON, values as numbers (NaN as null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="39"/>
        <source>Evaluation time of an instant query: now, now-5m, unix seconds or RFC 3339.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="40"/>
        <location filename="../app/cli/querycommand.cpp" line="47"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="42"/>
        <source>Run a range query over this duration, e.g. 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="42"/>
        <location filename="../app/cli/querycommand.cpp" line="45"/>
        <location filename="../app/cli/querycommand.cpp" line="50"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="44"/>
        <source>Resolution of a range query (default: range/240, at least 1s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="46"/>
        <source>End of a range query (default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="49"/>
        <source>Give up after this long (default: the server&apos;s configured timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="51"/>
        <source>The PromQL expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="57"/>
        <source>query: give exactly one expression (quote it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="80"/>
        <source>query: no Prometheus configured; pass --prometheus URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="87"/>
        <source>query: --timeout must be a duration like 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="103"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="115"/>
        <source>query: --range must be a duration like 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="116"/>
        <source>query: --end is not a time (now, now-5m, unix seconds or RFC 3339)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="123"/>
        <source>query: --step must be a duration like 15s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="131"/>
        <source>query: --step and --end need --range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="137"/>
        <source>query: --time is not a time (now, now-5m, unix seconds or RFC 3339)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::QueryConsoleWidget</name>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="21"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="25"/>
        <source>PromQL expression, e.g. sum by (service) (rate(http_requests_total[5m]))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="27"/>
        <source>Instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="28"/>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="29"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="30"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="66"/>
        <source>Type an expression first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="75"/>
        <source>Querying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="87"/>
        <source>%n series in %1 ms</source>
        <translation>
            <numerusform>%n series in %1 ms</numerusform>
            <numerusform>%n series in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="89"/>
        <source>Prometheus warns: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::QueryResultFormat</name>
    <message>
        <location filename="../models/prometheus/queryresultformat.cpp" line="156"/>
        <location filename="../models/prometheus/queryresultformat.cpp" line="172"/>
        <source>(empty result: no series matched)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::QueryResultModel</name>
    <message>
        <location filename="../models/prometheus/queryresultmodel.cpp" line="65"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/queryresultmodel.cpp" line="67"/>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheus/queryresultmodel.cpp" line="69"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::RuleEvaluation</name>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="21"/>
        <source>Prometheus %1 is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="32"/>
        <source>no Prometheus is configured to vouch for the alert rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="36"/>
        <source>Prometheus not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="53"/>
        <source>unknown since %1 — rules are not being evaluated (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="56"/>
        <source>unknown — rules are not being evaluated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="57"/>
        <source>unknown — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::RunbookLibrary</name>
    <message>
        <location filename="../models/alerts/runbooklibrary.cpp" line="35"/>
        <source>%1 is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/runbooklibrary.cpp" line="37"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/runbooklibrary.cpp" line="150"/>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/runbooklibrary.cpp" line="160"/>
        <source>Source in Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::RunbookPane</name>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="155"/>
        <source>Select an alert to see its summary, labels and runbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="187"/>
        <source>(no alertname)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="192"/>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="193"/>
        <source>started %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="205"/>
        <source>An acknowledgement is waiting for Alertmanager to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="208"/>
        <source>Cluster %1 did not answer the last poll: this is its last known state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="217"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="219"/>
        <source>Open related dashboard (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="224"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="236"/>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="241"/>
        <location filename="../widgets/inbox/runbookpane.cpp" line="248"/>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="244"/>
        <location filename="../widgets/inbox/runbookpane.cpp" line="251"/>
        <source>The configured runbook could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="253"/>
        <source>No runbook for %1. Add one under &quot;runbooks:&quot; in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="299"/>
        <source>[image: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::SaveFile</name>
    <message>
        <location filename="../models/core/savefile.cpp" line="24"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ScreenSaverInhibitor</name>
    <message>
        <location filename="../app/windows/screensaverinhibitor.cpp" line="56"/>
        <location filename="../app/windows/screensaverinhibitor.cpp" line="62"/>
        <source>no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::SecretReader</name>
    <message>
        <location filename="../models/net/endpoint.cpp" line="24"/>
        <source>environment variable %1 (a secret) is not set or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/net/endpoint.cpp" line="31"/>
        <source>cannot read secret file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/net/endpoint.cpp" line="37"/>
        <source>no secret source given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::SeriesLegend</name>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="53"/>
        <source>Click a series to hide or show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="126"/>
        <source>%1 — click to hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="127"/>
        <source>%1 — hidden, click to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ServerConfigParser</name>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="23"/>
        <source>duplicate %1 name &quot;%2&quot; (first defined at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="43"/>
        <location filename="../models/config/serverconfigparser.cpp" line="74"/>
        <source>a name of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="47"/>
        <source>prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="76"/>
        <source>alertmanager cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="153"/>
        <source>%1: secrets are never written inline; use %2_env (an environment variable) or %2_file (a file) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="172"/>
        <source>%1 is not used by %2 auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="201"/>
        <source>%1 has both %2 and %3; give only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="202"/>
        <source>%1 needs %2 (an environment variable) or %3 (a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="208"/>
        <source>an environment variable name like PROM_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ServerStatusPoller</name>
    <message numerus="yes">
        <location filename="../models/health/serverstatuspoller.cpp" line="72"/>
        <source>cluster %1, %n peer(s)</source>
        <translation>
            <numerusform>cluster %1, %n peer</numerusform>
            <numerusform>cluster %1, %n peers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::ServerStatusWidget</name>
    <message>
        <location filename="../widgets/status/serverstatuswidget.cpp" line="27"/>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status/serverstatuswidget.cpp" line="27"/>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status/serverstatuswidget.cpp" line="29"/>
        <source>%1 %2: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status/serverstatuswidget.cpp" line="33"/>
        <source>● %1 %2 %3 · %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status/serverstatuswidget.cpp" line="38"/>
        <source>● %1 %2 unreachable since %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::SeverityStyle</name>
    <message>
        <location filename="../widgets/status/severitystyle.cpp" line="65"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status/severitystyle.cpp" line="67"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status/severitystyle.cpp" line="69"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status/severitystyle.cpp" line="70"/>
        <source>(no severity)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::SilenceEditDialog</name>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="23"/>
        <source>Edit acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="23"/>
        <source>Edit silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="38"/>
        <source>Cluster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="39"/>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="40"/>
        <source>Matchers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="41"/>
        <source>Created by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="47"/>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="52"/>
        <source>Ends at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="56"/>
        <source>This silence is an acknowledgement; it stays one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::SilenceTableModel</name>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="133"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="135"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="137"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="155"/>
        <source>acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="155"/>
        <source>silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="209"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="211"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="213"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="215"/>
        <source>Matchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="217"/>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="219"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="221"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="223"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="225"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::SilencesCommand</name>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="26"/>
        <source>Lists the silences of every Alertmanager cluster; acknowledgements are those whose comment starts with &quot;ACK!&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="31"/>
        <source>Include expired silences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="33"/>
        <source>Print a JSON array instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="37"/>
        <source>silences: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="55"/>
        <source>silences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="59"/>
        <source>silences: warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::SilencesView</name>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="38"/>
        <source>Expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="38"/>
        <source>End the selected silence now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="39"/>
        <source>Extend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="39"/>
        <source>Add time to the selected silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="40"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="40"/>
        <source>Change the comment or the end of the selected silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="41"/>
        <source>Show expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="41"/>
        <source>Also list silences that have ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/silencesview.cpp" line="157"/>
        <source>%n active or pending</source>
        <translation>
            <numerusform>%n active or pending</numerusform>
            <numerusform>%n active or pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/silencesview.cpp" line="158"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="173"/>
        <source>Expire silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="174"/>
        <source>Expire silence %1 in %2 now? The alerts it covers will notify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="189"/>
        <source>silence %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::SnapshotCommand</name>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="63"/>
        <source>snapshot: --dashboard and --out (or --report) are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="70"/>
        <source>snapshot: --out must name a .png, .svg or .pdf file, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="80"/>
        <source>snapshot: --var takes NAME=VALUE, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="90"/>
        <source>snapshot: --range must be a duration like 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="98"/>
        <source>snapshot: --end is not a time (now, now-5m, unix seconds or RFC 3339)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="110"/>
        <source>snapshot: --size must be WIDTHxHEIGHT between 200x150 and 16384x16384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="115"/>
        <source>snapshot: --timeout must be a duration like 60s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="128"/>
        <source>snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="168"/>
        <source>Renders a dashboard to a PNG, SVG or PDF without a display, and optionally writes the data behind every panel and the active alerts as JSON, or a whole incident report folder. Exits 1 when a panel could not get its data or Alertmanager did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="174"/>
        <source>Dashboard id, e.g. production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="175"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="177"/>
        <source>Set a dashboard variable, e.g. service=trading (repeatable; All for every value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="179"/>
        <source>name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="181"/>
        <source>Time range ending at --end (default 1h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="182"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="200"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="184"/>
        <source>End of the range: now, now-5m, unix seconds or RFC 3339 (default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="185"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="186"/>
        <source>Picture size (default 1920x1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="187"/>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="189"/>
        <source>The picture to write: .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="189"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="192"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="191"/>
        <source>Also write the data behind every panel, and the active alerts, as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="194"/>
        <source>Also write an incident report folder: pictures of the dashboard and of every panel, data.json, report.md and report.html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="197"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="199"/>
        <source>Give up waiting for data after this long (default 60s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="219"/>
        <source>snapshot: no dashboard &quot;%1&quot; (have: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="224"/>
        <source>snapshot: no Prometheus configured; pass --prometheus URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="255"/>
        <source>snapshot: no Alertmanager configured: &quot;alerts&quot; is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="270"/>
        <source>panel &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="274"/>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="293"/>
        <source>snapshot: gave up waiting for data after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="311"/>
        <source>snapshot: report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::StackCommand</name>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="36"/>
        <source>Where to write (run, up) or read (down) the stack&apos;s ports and PIDs as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="37"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="39"/>
        <source>Run rules and scenarios this many times faster (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="40"/>
        <source>factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="42"/>
        <source>Switch a simulator scenario on at start (NAME or NAME:TARGET); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="43"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="44"/>
        <source>Seed of the synthetic fleet (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="45"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="47"/>
        <source>Stop by itself after this long, e.g. 30m (run, up; default: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="48"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="50"/>
        <source>Path of pivori-simulator (default: beside this program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="51"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="60"/>
        <source>stack: --time-scale must be a number from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="65"/>
        <source>stack: --seed must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="82"/>
        <source>stack: --max-lifetime must be a duration like 30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="115"/>
        <source>stack ready: prometheus %1, alertmanagers %2, simulator %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="126"/>
        <source>stack: maximum lifetime reached, stopping
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="137"/>
        <source>stack up: --state-file is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="154"/>
        <source>stack up: cannot start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="166"/>
        <source>stack up: ready, state in %1 (log %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="178"/>
        <source>stack up: the stack did not become ready. Its log (%1):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="193"/>
        <source>stack down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="205"/>
        <source>stack down: stopped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="211"/>
        <source>stack down: had to kill the stack after 20 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="227"/>
        <source>Runs the demo stack (synthetic exporter, Prometheus, two Alertmanager replicas) on loopback.
  run   in the foreground until Ctrl+C
  up    in the background; returns when ready (needs --state-file)
  down  stops a stack started with up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="234"/>
        <source>run, up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="244"/>
        <source>stack: unknown action &quot;%1&quot; (expected run, up or down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::StackLauncher</name>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="55"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="135"/>
        <source>cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="153"/>
        <source>no free loopback port could be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="165"/>
        <source>the built-in stack configuration is missing from the program&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="211"/>
        <location filename="../models/devstack/stacklauncher.cpp" line="216"/>
        <source>cannot start %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="231"/>
        <source>pivori-simulator (build the project first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="233"/>
        <source>%1 (Debian package prometheus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="235"/>
        <source>%1 (Debian package prometheus-alertmanager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="237"/>
        <source>cannot start the demo stack, missing: %1. Run installer/install-deps.sh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="286"/>
        <source>starting the demo stack in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="308"/>
        <source>%1 did not become ready within %2 s. Last lines of its log:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="338"/>
        <source>%1 is ready at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="406"/>
        <source>%1 exited (code %2). Last lines of its log:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="427"/>
        <source>%1 found its port taken by another program; starting the stack again on other ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::StackState</name>
    <message>
        <location filename="../models/devstack/stackstate.cpp" line="36"/>
        <source>stack state is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stackstate.cpp" line="50"/>
        <source>stack state lacks prometheus, alertmanagers or launcherPid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stackstate.cpp" line="58"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/devstack/stackstate.cpp" line="67"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::StatPanel</name>
    <message>
        <location filename="../widgets/panels/statpanel.cpp" line="32"/>
        <source>No traffic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::TimeRange</name>
    <message>
        <location filename="../models/core/timerange.cpp" line="47"/>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="48"/>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="49"/>
        <source>Last 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="50"/>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="51"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="52"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="94"/>
        <source>Last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="102"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::UnitFormat</name>
    <message>
        <location filename="../models/core/unitformat.cpp" line="31"/>
        <source>µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="32"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="33"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="34"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="35"/>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="36"/>
        <source>d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="46"/>
        <source>k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="47"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="48"/>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="49"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="57"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="58"/>
        <source>kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="59"/>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="60"/>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="61"/>
        <source>TB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="62"/>
        <source>PB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="81"/>
        <location filename="../models/core/unitformat.cpp" line="146"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="84"/>
        <source>req/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::UnreachableBanners</name>
    <message>
        <location filename="../widgets/status/unreachablebanners.cpp" line="24"/>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status/unreachablebanners.cpp" line="24"/>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status/unreachablebanners.cpp" line="29"/>
        <source>%1 unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status/unreachablebanners.cpp" line="34"/>
        <source>%1 unreachable since %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ValidateCommand</name>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="23"/>
        <source>Checks a configuration file and prints every error as file:line:column: message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="27"/>
        <source>The file to check (or use --config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="40"/>
        <source>%1: OK (%n dashboard(s)</source>
        <translation>
            <numerusform>%1: OK (%n dashboard</numerusform>
            <numerusform>%1: OK (%n dashboards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="42"/>
        <source>, %n Prometheus server(s)</source>
        <translation>
            <numerusform>, %n Prometheus server</numerusform>
            <numerusform>, %n Prometheus servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="43"/>
        <source>, %n Alertmanager cluster(s))</source>
        <translation>
            <numerusform>, %n Alertmanager cluster)</numerusform>
            <numerusform>, %n Alertmanager clusters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::cli::AlertClusters</name>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="16"/>
        <source>Only this configured Alertmanager cluster (needed to write when several are configured).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="17"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="31"/>
        <source>%1: no Alertmanager configured; pass --alertmanager URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="44"/>
        <source>%1: --cluster: no Alertmanager cluster named &quot;%2&quot; (configured: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="73"/>
        <source>%1: %2 Alertmanager clusters are configured (%3); choose one with --cluster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::cli::CommandUsage</name>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="37"/>
        <source>%1: %2 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
