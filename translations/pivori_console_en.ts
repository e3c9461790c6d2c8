<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="49"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="57"/>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="68"/>
        <location filename="../models/alertmanagerparser.cpp" line="79"/>
        <location filename="../models/alertmanagerparser.cpp" line="105"/>
        <location filename="../models/alertmanagerparser.cpp" line="188"/>
        <location filename="../models/alertmanagerparser.cpp" line="214"/>
        <location filename="../models/alertmanagerparser.cpp" line="223"/>
        <location filename="../models/alertmanagerparser.cpp" line="250"/>
        <location filename="../models/alertmanagerparser.cpp" line="255"/>
        <location filename="../models/alertmanagerparser.cpp" line="276"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="70"/>
        <location filename="../models/alertmanagerparser.cpp" line="111"/>
        <location filename="../models/alertmanagerparser.cpp" line="127"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="81"/>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="95"/>
        <source>expected an RFC 3339 timestamp, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="148"/>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="315"/>
        <source>HTTP %1 answer is not JSON (Content-Type &quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="324"/>
        <source>unexpected answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertmanagerParser</name>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="405"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="420"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="420"/>
        <source>HTTP %1 with an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="437"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerparser.cpp" line="479"/>
        <source>(no readable text)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonScanner</name>
    <message>
        <location filename="../models/jsonscanner.cpp" line="63"/>
        <source>unexpected end of input (truncated answer?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonscanner.cpp" line="67"/>
        <source>byte %1: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonscanner.cpp" line="104"/>
        <source>byte %1: control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonscanner.cpp" line="132"/>
        <source>byte %1: bad \u escape in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonscanner.cpp" line="152"/>
        <source>byte %1: bad escape in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonscanner.cpp" line="199"/>
        <source>byte %1: number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonscanner.cpp" line="240"/>
        <source>byte %1: a sample value must be a JSON string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonscanner.cpp" line="258"/>
        <source>value &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsonscanner.cpp" line="264"/>
        <source>byte %1: nesting deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromQueryReader</name>
    <message>
        <location filename="../models/promqueryreader.cpp" line="221"/>
        <source>data.resultType: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/promqueryreader.cpp" line="223"/>
        <source>data.result: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/promqueryreader.cpp" line="230"/>
        <source>data.result: expected an array of series, got a [time, value] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/promqueryreader.cpp" line="242"/>
        <source>data.result[%1]: a %2 series needs &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/promqueryreader.cpp" line="250"/>
        <source>%n series hold native-histogram samples, which are not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/promqueryreader.cpp" line="256"/>
        <source>data.result: a %1 result must be a [time, value] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/promqueryreader.cpp" line="267"/>
        <source>data.result[1]: value &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/promqueryreader.cpp" line="271"/>
        <source>data.resultType: unknown result type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusParser</name>
    <message>
        <location filename="../models/prometheusparser.cpp" line="69"/>
        <source>HTTP %1 with an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="70"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="85"/>
        <source>empty answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="86"/>
        <source>an unknown content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="88"/>
        <source>expected JSON, got %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="96"/>
        <source>unspecified error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="102"/>
        <source>missing &quot;status&quot; in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="103"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="126"/>
        <location filename="../models/prometheusparser.cpp" line="169"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="135"/>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="151"/>
        <source>value &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="153"/>
        <source>expected a number in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="162"/>
        <source>expected an object of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="182"/>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="189"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="202"/>
        <source>&quot;%1&quot; is not an RFC 3339 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="213"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="232"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="243"/>
        <source>data: missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="260"/>
        <source>unknown state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusparser.cpp" line="286"/>
        <source>unknown rule type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../models/endpoint.cpp" line="14"/>
        <source>environment variable %1 (a secret) is not set or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/endpoint.cpp" line="21"/>
        <source>cannot read secret file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/endpoint.cpp" line="27"/>
        <source>no secret source given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/httptransport.cpp" line="28"/>
        <location filename="../models/httptransport.cpp" line="36"/>
        <source>no answer within the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/httptransport.cpp" line="31"/>
        <source>request cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/httptransport.cpp" line="40"/>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/httptransport.cpp" line="44"/>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/httptransport.cpp" line="48"/>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/queryresultformat.cpp" line="142"/>
        <location filename="../models/queryresultformat.cpp" line="157"/>
        <source>(empty result: no series matched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stacklauncher.cpp" line="44"/>
        <location filename="../models/stackstate.cpp" line="65"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stackstate.cpp" line="36"/>
        <source>stack state is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stackstate.cpp" line="49"/>
        <source>stack state lacks prometheus, alertmanagers or launcherPid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stackstate.cpp" line="57"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori</name>
    <message>
        <location filename="../app/consolecommand.cpp" line="24"/>
        <source>Pivori Console: dashboards and alerts of a Prometheus + Alertmanager stack.

Without a command it opens the console window. Commands:
  demo      start a demo stack on loopback and open the console on it
  validate  check a configuration file
  query     run a PromQL query and print the answer
  stack     run the demo stack without the console (run, up, down)
Each command has its own --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="35"/>
        <source>unknown command &quot;%1&quot; (commands: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="43"/>
        <source>Pivori Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/consolecommand.cpp" line="43"/>
        <source>The configuration has errors:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="31"/>
        <source>Starts a demo stack (synthetic Pivori fleet, Prometheus with the guide&apos;s alert rules, two Alertmanager replicas) on loopback and opens the console on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="34"/>
        <source>Run alert rules and scenarios this many times faster (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="35"/>
        <location filename="../app/stackcommand.cpp" line="32"/>
        <source>factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="36"/>
        <source>Scenario to switch on at start, NAME or NAME:TARGET; repeatable (default: latency-spike).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="37"/>
        <location filename="../app/stackcommand.cpp" line="33"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="38"/>
        <source>Start with a healthy fleet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="39"/>
        <source>Close by itself this long after the console opened (for smoke tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="40"/>
        <location filename="../app/querycommand.cpp" line="33"/>
        <location filename="../app/querycommand.cpp" line="34"/>
        <location filename="../app/querycommand.cpp" line="36"/>
        <location filename="../app/stackcommand.cpp" line="35"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="48"/>
        <source>demo: --time-scale must be a number from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="58"/>
        <source>demo: --quit-after must be a duration like 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="72"/>
        <source>Starting the demo stack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="72"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="73"/>
        <location filename="../app/democommand.cpp" line="92"/>
        <source>Pivori Console demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="92"/>
        <source>The demo stack could not start:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/democommand.cpp" line="113"/>
        <source>demo: Prometheus %1, Alertmanagers %2, simulator %3 (scenarios: %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="29"/>
        <source>Runs a PromQL expression against Prometheus and prints the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="31"/>
        <source>Print {&quot;resultType&quot;, &quot;result&quot;} as JSON, values as numbers (NaN as null).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="32"/>
        <source>Evaluation time of an instant query: now, now-5m, unix seconds or RFC 3339.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="32"/>
        <location filename="../app/querycommand.cpp" line="35"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="33"/>
        <source>Run a range query over this duration, e.g. 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="34"/>
        <source>Resolution of a range query (default: range/240, at least 1s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="35"/>
        <source>End of a range query (default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="36"/>
        <source>Give up after this long (default: the server&apos;s configured timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="37"/>
        <source>The PromQL expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="43"/>
        <source>query: give exactly one expression (quote it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="66"/>
        <source>query: no Prometheus configured; pass --prometheus URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="73"/>
        <source>query: --timeout must be a duration like 10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="89"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="100"/>
        <source>query: --range must be a duration like 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="100"/>
        <source>query: --end is not a time (now, now-5m, unix seconds or RFC 3339)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="107"/>
        <source>query: --step must be a duration like 15s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="115"/>
        <source>query: --step and --end need --range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/querycommand.cpp" line="120"/>
        <source>query: --time is not a time (now, now-5m, unix seconds or RFC 3339)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="31"/>
        <source>Where to write (run, up) or read (down) the stack&apos;s ports and PIDs as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="31"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="32"/>
        <source>Run rules and scenarios this many times faster (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="33"/>
        <source>Switch a simulator scenario on at start (NAME or NAME:TARGET); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="34"/>
        <source>Seed of the synthetic fleet (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="34"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="35"/>
        <source>Stop by itself after this long, e.g. 30m (run, up; default: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="36"/>
        <source>Path of pivori-simulator (default: beside this program).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="36"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="45"/>
        <source>stack: --time-scale must be a number from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="50"/>
        <source>stack: --seed must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="67"/>
        <source>stack: --max-lifetime must be a duration like 30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="99"/>
        <source>stack ready: prometheus %1, alertmanagers %2, simulator %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="110"/>
        <source>stack: maximum lifetime reached, stopping
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="121"/>
        <source>stack up: --state-file is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="138"/>
        <source>stack up: cannot start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="149"/>
        <source>stack up: ready, state in %1 (log %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="161"/>
        <source>stack up: the stack did not become ready. Its log (%1):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="175"/>
        <source>stack down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="187"/>
        <source>stack down: stopped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="193"/>
        <source>stack down: had to kill the stack after 20 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="209"/>
        <source>Runs the demo stack (synthetic exporter, Prometheus, two Alertmanager replicas) on loopback.
  run   in the foreground until Ctrl+C
  up    in the background; returns when ready (needs --state-file)
  down  stops a stack started with up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="215"/>
        <source>run, up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/stackcommand.cpp" line="225"/>
        <source>stack: unknown action &quot;%1&quot; (expected run, up or down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::AlertmanagerClient</name>
    <message>
        <location filename="../models/alertmanagerclient.cpp" line="60"/>
        <source>all %1 replicas of %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerclient.cpp" line="104"/>
        <location filename="../models/alertmanagerclient.cpp" line="162"/>
        <source>the HTTP transport is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerclient.cpp" line="164"/>
        <source>Alertmanager cluster %1 has no replicas configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerclient.cpp" line="242"/>
        <location filename="../models/alertmanagerclient.cpp" line="322"/>
        <location filename="../models/alertmanagerclient.cpp" line="340"/>
        <source>&quot;%1&quot; is not a silence id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerclient.cpp" line="260"/>
        <source>silence %1 not found on any replica of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerclient.cpp" line="318"/>
        <source>a silence needs at least one matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/alertmanagerclient.cpp" line="320"/>
        <source>a silence needs a valid start and end time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="21"/>
        <source>%1: &quot;%2&quot; is not an http:// or https:// URL with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="73"/>
        <source>Configuration file (default: $XDG_CONFIG_HOME/pivori-console/console.yaml, else built-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="74"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="75"/>
        <source>Use this Prometheus instead of the configured ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="75"/>
        <location filename="../app/commandline.cpp" line="78"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="77"/>
        <source>Use this Alertmanager instead of the configured ones; repeat it for the replicas of one HA cluster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ConfigLoader</name>
    <message>
        <location filename="../models/configloader.cpp" line="81"/>
        <location filename="../models/configloader.cpp" line="93"/>
        <source>cannot read the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configloader.cpp" line="85"/>
        <source>the configuration is %1 bytes; more than %2 bytes is not a configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configloader.cpp" line="105"/>
        <source>the configuration is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configloader.cpp" line="110"/>
        <source>the configuration is empty; expected a map with at least a prometheus list of servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configloader.cpp" line="118"/>
        <source>a second YAML document starts here; the configuration must be a single document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configloader.cpp" line="124"/>
        <source>YAML nesting is too deep (%1 levels); a configuration needs only a few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configloader.cpp" line="128"/>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configloader.cpp" line="130"/>
        <source>cannot parse the configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configloader.cpp" line="139"/>
        <source>too many errors; the rest were not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ConfigReader</name>
    <message>
        <location filename="../models/configreader.cpp" line="84"/>
        <source>a map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="86"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="90"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="105"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="138"/>
        <source>the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="140"/>
        <source>%1 must be a map, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="150"/>
        <source>keys in %1 must be plain names, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="156"/>
        <source>unknown key &quot;%1&quot; at the top level (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="157"/>
        <source>unknown key &quot;%1&quot; in %2 (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="160"/>
        <location filename="../models/configreader.cpp" line="386"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="166"/>
        <source>duplicate key &quot;%1&quot; in %2 (first given at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="204"/>
        <source>%1 must be a list, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="217"/>
        <source>%1 must list at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="218"/>
        <source>%1 must list at least %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="228"/>
        <location filename="../models/configreader.cpp" line="248"/>
        <source> (# starts a comment in YAML: write colours in quotes, like &quot;#ff0000&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="230"/>
        <location filename="../models/configreader.cpp" line="265"/>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="234"/>
        <source>the configuration is missing the required key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="236"/>
        <source>%1 is missing the required key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="250"/>
        <source>%1 has no value; give one or remove the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="255"/>
        <location filename="../models/configreader.cpp" line="347"/>
        <source>%1 must be %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="263"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="279"/>
        <location filename="../models/configreader.cpp" line="298"/>
        <location filename="../models/configreader.cpp" line="326"/>
        <location filename="../models/configreader.cpp" line="341"/>
        <location filename="../models/configreader.cpp" line="363"/>
        <location filename="../models/configreader.cpp" line="383"/>
        <location filename="../models/configreader.cpp" line="405"/>
        <source>%1 must be %2, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="287"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="304"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="311"/>
        <source>%1 must be %2 like 0.5 or 1.8e9, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="319"/>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="335"/>
        <source>a duration like 30s, 5m or 1h30m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="345"/>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="346"/>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="355"/>
        <source>an http:// or https:// URL with a host, like http://localhost:9090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="367"/>
        <source>%1 must not contain a user name or password; use auth with password_env or password_file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="377"/>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="396"/>
        <source>a colour written #rrggbb or one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/configreader.cpp" line="415"/>
        <source>%1 must be a file path, got an empty text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::DashboardConfigParser</name>
    <message>
        <location filename="../models/dashboardconfigparser.cpp" line="21"/>
        <source>an id of lower-case letters, digits and &apos;-&apos; (like api-latency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dashboardconfigparser.cpp" line="81"/>
        <source>duplicate dashboard id &quot;%1&quot; (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dashboardconfigparser.cpp" line="126"/>
        <source>a variable name like service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dashboardconfigparser.cpp" line="128"/>
        <source>a Prometheus label name like service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dashboardconfigparser.cpp" line="138"/>
        <source>duplicate variable &quot;%1&quot; (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dashboardconfigparser.cpp" line="169"/>
        <source>duplicate panel id &quot;%1&quot; in dashboard &quot;%2&quot; (first defined at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dashboardconfigparser.cpp" line="198"/>
        <source>%1 must be greater than min (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dashboardconfigparser.cpp" line="219"/>
        <source>%1 only applies to bars panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dashboardconfigparser.cpp" line="224"/>
        <source>%1 only applies to timeseries and bars panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/dashboardconfigparser.cpp" line="278"/>
        <source>%1 uses $%2, but the dashboard has no variable named &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::HttpTransport</name>
    <message>
        <location filename="../models/httptransport.cpp" line="82"/>
        <source>cannot read CA file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/httptransport.cpp" line="87"/>
        <source>CA file %1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="34"/>
        <source>Pivori Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="38"/>
        <source>&amp;Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="59"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="60"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="63"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="64"/>
        <source>&amp;Refresh servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="66"/>
        <source>&amp;Query prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="72"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="73"/>
        <source>&amp;About Pivori Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="74"/>
        <source>About Pivori Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="75"/>
        <source>Pivori Console %1
A native console for Prometheus and Alertmanager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="83"/>
        <source>No Prometheus server is configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::OperationsConfigParser</name>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="60"/>
        <source>%1 has both file and text; give exactly one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="61"/>
        <source>%1 needs either file (a Markdown file) or text (inline Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="77"/>
        <source>duplicate runbook for alert &quot;%1&quot; (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="106"/>
        <source>duplicate health check &quot;%1&quot; (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="204"/>
        <source>%1 (%2) must not be above crit_above (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="212"/>
        <source>%1 (%2) must not be below crit_below (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="231"/>
        <source>%1 is not used by %2 health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="247"/>
        <source>%1 names &quot;%2&quot;, which is not in %3 (known: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="283"/>
        <source>%1 must be either {dashboard: ID} or {alerts: board}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="300"/>
        <source>%1 refers to unknown dashboard &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="302"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="305"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/operationsconfigparser.cpp" line="322"/>
        <source>a Prometheus label name like handler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::PrometheusClient</name>
    <message>
        <location filename="../models/prometheusclient.cpp" line="172"/>
        <location filename="../models/prometheusclient.cpp" line="188"/>
        <source>the query expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusclient.cpp" line="174"/>
        <source>the evaluation time is not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusclient.cpp" line="190"/>
        <source>the start and end of a range query must be valid times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusclient.cpp" line="195"/>
        <source>the end of the range (%1) is before its start (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusclient.cpp" line="199"/>
        <source>the step must be positive, not %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/prometheusclient.cpp" line="203"/>
        <source>a step of %1 s gives %2 points per series, more than Prometheus&apos;s limit of %3; use a step of at least %4 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::QueryConsoleWidget</name>
    <message>
        <location filename="../widgets/queryconsolewidget.cpp" line="21"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryconsolewidget.cpp" line="25"/>
        <source>PromQL expression, e.g. sum by (service) (rate(http_requests_total[5m]))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryconsolewidget.cpp" line="27"/>
        <source>Instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryconsolewidget.cpp" line="28"/>
        <source>Last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryconsolewidget.cpp" line="29"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryconsolewidget.cpp" line="30"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryconsolewidget.cpp" line="66"/>
        <source>Type an expression first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/queryconsolewidget.cpp" line="75"/>
        <source>Querying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/queryconsolewidget.cpp" line="87"/>
        <source>%n series in %1 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/queryconsolewidget.cpp" line="89"/>
        <source>Prometheus warns: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::QueryResultModel</name>
    <message>
        <location filename="../models/queryresultmodel.cpp" line="52"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/queryresultmodel.cpp" line="53"/>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/queryresultmodel.cpp" line="54"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ServerConfigParser</name>
    <message>
        <location filename="../models/serverconfigparser.cpp" line="22"/>
        <source>duplicate %1 name &quot;%2&quot; (first defined at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/serverconfigparser.cpp" line="41"/>
        <location filename="../models/serverconfigparser.cpp" line="69"/>
        <source>a name of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/serverconfigparser.cpp" line="45"/>
        <source>prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/serverconfigparser.cpp" line="71"/>
        <source>alertmanager cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/serverconfigparser.cpp" line="147"/>
        <source>%1: secrets are never written inline; use %2_env (an environment variable) or %2_file (a file) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/serverconfigparser.cpp" line="164"/>
        <source>%1 is not used by %2 auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/serverconfigparser.cpp" line="192"/>
        <source>%1 has both %2 and %3; give only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/serverconfigparser.cpp" line="193"/>
        <source>%1 needs %2 (an environment variable) or %3 (a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/serverconfigparser.cpp" line="200"/>
        <source>an environment variable name like PROM_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::ServerStatusPoller</name>
    <message numerus="yes">
        <location filename="../models/serverstatuspoller.cpp" line="66"/>
        <source>cluster %1, %n peer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::ServerStatusWidget</name>
    <message>
        <location filename="../widgets/serverstatuswidget.cpp" line="27"/>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/serverstatuswidget.cpp" line="27"/>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/serverstatuswidget.cpp" line="29"/>
        <source>%1 %2: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/serverstatuswidget.cpp" line="33"/>
        <source>● %1 %2 %3 · %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/serverstatuswidget.cpp" line="38"/>
        <source>● %1 %2 unreachable since %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::StackLauncher</name>
    <message>
        <location filename="../models/stacklauncher.cpp" line="123"/>
        <source>cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stacklauncher.cpp" line="134"/>
        <source>no free loopback port could be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stacklauncher.cpp" line="146"/>
        <source>the built-in stack configuration is missing from the program&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stacklauncher.cpp" line="187"/>
        <source>cannot start %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stacklauncher.cpp" line="202"/>
        <source>pivori-simulator (build the project first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stacklauncher.cpp" line="204"/>
        <source>%1 (Debian package prometheus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stacklauncher.cpp" line="206"/>
        <source>%1 (Debian package prometheus-alertmanager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stacklauncher.cpp" line="208"/>
        <source>cannot start the demo stack, missing: %1. Run installer/install-deps.sh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stacklauncher.cpp" line="256"/>
        <source>starting the demo stack in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stacklauncher.cpp" line="278"/>
        <source>%1 did not become ready within %2 s. Last lines of its log:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stacklauncher.cpp" line="304"/>
        <source>%1 is ready at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stacklauncher.cpp" line="326"/>
        <source>%1 exited (code %2). Last lines of its log:
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::cli</name>
    <message>
        <location filename="../app/cliutil.cpp" line="27"/>
        <source>%1: %2 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::demo</name>
    <message>
        <location filename="../app/democommand.cpp" line="117"/>
        <source>Pivori Console — demo stack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pivori::validate</name>
    <message>
        <location filename="../app/validatecommand.cpp" line="13"/>
        <source>Checks a configuration file and prints every error as file:line:column: message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/validatecommand.cpp" line="17"/>
        <source>The file to check (or use --config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validatecommand.cpp" line="29"/>
        <source>%1: OK (%n dashboard(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validatecommand.cpp" line="32"/>
        <source>, %n Prometheus server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/validatecommand.cpp" line="34"/>
        <source>, %n Alertmanager cluster(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
