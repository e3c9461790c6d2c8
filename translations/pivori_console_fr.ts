<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>pivori::AckCommand</name>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="40"/>
        <source>Acknowledges alerts: creates an Alertmanager silence whose comment starts with &quot;ACK!&quot; and prints its id.
Exit codes: 0 created (the id is printed); 1 not created (no replica took it, or one refused it); 2 bad arguments; 3 unknown: the answer was lost and not every replica could be asked whether the silence exists (stderr names the ack&apos;s token to look for). When an answer is lost, the replicas are asked for the ack&apos;s token before answering, so 0 and 1 are what Alertmanager holds. There is no outbox on the command line: nothing is retried.</source>
        <translation>Acquitte des alertes : crée dans Alertmanager une mise en silence dont le commentaire commence par « ACK! » et affiche son identifiant.
Codes de sortie : 0 créée (l’identifiant est affiché) ; 1 non créée (aucune réplique ne l’a prise, ou l’une l’a refusée) ; 2 arguments incorrects ; 3 inconnu : la réponse a été perdue et toutes les répliques n’ont pas pu être interrogées sur l’existence de la mise en silence (stderr indique le jeton de l’acquittement à chercher). Quand une réponse est perdue, les répliques sont interrogées sur le jeton avant de répondre, donc 0 et 1 reflètent ce que détient Alertmanager. La ligne de commande n’a pas de boîte d’envoi : rien n’est réessayé.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="51"/>
        <source>Which alerts, e.g. &apos;alertname=&quot;HighP95Latency&quot;&apos; or &apos;service=trading&apos;; repeatable, all must hold.</source>
        <translation>Quelles alertes, par ex. &apos;alertname=&quot;HighP95Latency&quot;&apos; ou &apos;service=trading&apos; ; répétable, toutes doivent être vérifiées.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="54"/>
        <source>matcher</source>
        <translation>sélecteur</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="56"/>
        <source>How long the acknowledgement lasts, e.g. 2h; at most %1 days.</source>
        <translation>Durée de l’acquittement, par ex. 2h ; au plus %1 jours.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="58"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="60"/>
        <source>Why, or what is being done.</source>
        <translation>Pourquoi, ou ce qui est en cours.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="60"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="61"/>
        <source>Who acknowledges (default: $USER).</source>
        <translation>Qui acquitte (par défaut : $USER).</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="62"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="66"/>
        <source>ack: unexpected argument &quot;%1&quot; (matchers go in --matcher)</source>
        <translation>ack : argument inattendu « %1 » (les sélecteurs vont dans --matcher)</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="76"/>
        <source>ack: --matcher &quot;%1&quot;: %2</source>
        <translation>ack : --matcher « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="77"/>
        <source>no matcher in it</source>
        <translation>aucun sélecteur</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="83"/>
        <source>ack: give at least one --matcher</source>
        <translation>ack : indiquez au moins un --matcher</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="89"/>
        <source>ack: --duration must be a positive duration like 30m or 2h</source>
        <translation>ack : --duration doit être une durée positive comme 30m ou 2h</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="93"/>
        <source>ack: --duration %1 refused: %2</source>
        <translation>ack : --duration %1 refusée : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="98"/>
        <source>ack: --comment is required: say why, or what is being done</source>
        <translation>ack : --comment est obligatoire : dites pourquoi, ou ce qui est en cours</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="105"/>
        <source>ack: --author must not be empty</source>
        <translation>ack : --author ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="132"/>
        <source>ack: unknown whether anything was acknowledged: %1; and no replica answered the check: %2. Look for &quot;[ack:%3]&quot; with `pivori-console silences` before acknowledging again.</source>
        <translation>ack : impossible de savoir si quelque chose a été acquitté : %1 ; et aucune réplique n’a répondu à la vérification : %2. Cherchez « [ack:%3] » avec `pivori-console silences` avant d’acquitter à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="142"/>
        <source>ack: the answer was lost (%1), but silence %2 carries this acknowledgement: it was created</source>
        <translation>ack : la réponse a été perdue (%1), mais la mise en silence %2 porte cet acquittement : elle a été créée</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="154"/>
        <source>ack: nothing was acknowledged: %1 (no replica holds it)</source>
        <translation>ack : rien n’a été acquitté : %1 (aucune réplique ne le détient)</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="159"/>
        <source>ack: unknown whether anything was acknowledged: %1; %2 did not answer the check. Look for &quot;[ack:%3]&quot; with `pivori-console silences` before acknowledging again.</source>
        <translation>ack : impossible de savoir si quelque chose a été acquitté : %1 ; %2 n’a pas répondu à la vérification. Cherchez « [ack:%3] » avec `pivori-console silences` avant d’acquitter à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="175"/>
        <source>ack: nothing was acknowledged: %1</source>
        <translation>ack : rien n’a été acquitté : %1</translation>
    </message>
</context>
<context>
    <name>pivori::AckOutbox</name>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="60"/>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="78"/>
        <source>&quot;token&quot; is missing</source>
        <translation>« token » manque</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="83"/>
        <source>entry %1: cluster, comment, author and state must be strings</source>
        <translation>entrée %1 : cluster, comment, author et state doivent être des chaînes</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="89"/>
        <source>entry %1: unknown state &quot;%2&quot;</source>
        <translation>entrée %1 : état inconnu « %2 »</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="92"/>
        <source>entry %1: createdAt and nextAttempt must be RFC 3339 times</source>
        <translation>entrée %1 : createdAt et nextAttempt doivent être des heures RFC 3339</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="98"/>
        <source>entry %1: durationMs and attempts must be non-negative numbers</source>
        <translation>entrée %1 : durationMs et attempts doivent être des nombres positifs ou nuls</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="114"/>
        <source>entry %1: matchers must be a non-empty list</source>
        <translation>entrée %1 : matchers doit être une liste non vide</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="120"/>
        <source>entry %1: a matcher needs name, value, isRegex and isEqual</source>
        <translation>entrée %1 : un sélecteur requiert name, value, isRegex et isEqual</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="195"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l’octet %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="200"/>
        <source>expected {&quot;version&quot;: %1, &quot;entries&quot;: [...]}</source>
        <translation>attendu : {&quot;version&quot;: %1, &quot;entries&quot;: [...]}</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="222"/>
        <source>larger than %1 bytes</source>
        <translation>plus de %1 octets</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="227"/>
        <source>cannot read the acknowledge outbox %1: %2</source>
        <translation>impossible de lire la boîte d’envoi des acquittements %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/alerts/ackoutbox.cpp" line="236"/>
        <source>%n entries could not be read (%1)</source>
        <translation>
            <numerusform>%n entrée n’a pas pu être lue (%1)</numerusform>
            <numerusform>%n entrées n’ont pas pu être lues (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="250"/>
        <source>the acknowledge outbox %1 is damaged (%2) and could not be moved aside: %3</source>
        <translation>la boîte d’envoi des acquittements %1 est endommagée (%2) et n’a pas pu être mise de côté : %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/alerts/ackoutbox.cpp" line="252"/>
        <source>the acknowledge outbox %1 is damaged (%2); it was kept as %3 and %n readable entries were recovered</source>
        <translation>
            <numerusform>la boîte d’envoi des acquittements %1 est endommagée (%2) ; elle a été conservée sous %3 et %n entrée lisible a été récupérée</numerusform>
            <numerusform>la boîte d’envoi des acquittements %1 est endommagée (%2) ; elle a été conservée sous %3 et %n entrées lisibles ont été récupérées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="283"/>
        <source>the acknowledge outbox %1 could not be read, so it is not overwritten; acknowledgements of this session are kept in memory only</source>
        <translation>la boîte d’envoi des acquittements %1 n’a pas pu être lue, elle n’est donc pas écrasée ; les acquittements de cette session restent en mémoire seulement</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="290"/>
        <source>cannot create the directory %1 for the acknowledge outbox</source>
        <translation>impossible de créer le dossier %1 de la boîte d’envoi des acquittements</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="297"/>
        <location filename="../models/alerts/ackoutbox.cpp" line="314"/>
        <source>cannot write the acknowledge outbox %1: %2</source>
        <translation>impossible d’écrire la boîte d’envoi des acquittements %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackoutbox.cpp" line="306"/>
        <source>cannot write the acknowledge outbox %1 (is the disk full?): %2</source>
        <translation>impossible d’écrire la boîte d’envoi des acquittements %1 (le disque est-il plein ?) : %2</translation>
    </message>
</context>
<context>
    <name>pivori::AckService</name>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="121"/>
        <location filename="../models/alerts/ackservice.cpp" line="377"/>
        <location filename="../models/alerts/ackservice.cpp" line="426"/>
        <source>no Alertmanager cluster named &quot;%1&quot; is configured</source>
        <translation>aucun cluster Alertmanager nommé « %1 » n’est configuré</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="123"/>
        <source>an acknowledgement needs at least one matcher</source>
        <translation>un acquittement requiert au moins un sélecteur</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="125"/>
        <source>an acknowledgement needs a positive duration</source>
        <translation>un acquittement requiert une durée positive</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="186"/>
        <source>the acknowledgement ran out before any replica of %1 could be reached</source>
        <translation>l’acquittement a expiré avant qu’une réplique de %1 soit joignable</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="188"/>
        <source>the acknowledgement ran out before %1 could tell whether it holds it</source>
        <translation>l’acquittement a expiré avant que %1 puisse dire s’il le détient</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="223"/>
        <source>the last attempt may have created the silence on %1, which does not answer now; it is not sent again until that replica says whether it holds it</source>
        <translation>la dernière tentative a peut-être créé la mise en silence sur %1, qui ne répond pas maintenant ; elle n’est pas renvoyée tant que cette réplique n’a pas dit si elle la détient</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="378"/>
        <source>extending needs a positive duration</source>
        <translation>la prolongation requiert une durée positive</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="385"/>
        <location filename="../models/alerts/ackservice.cpp" line="459"/>
        <source>the cluster %1 went away</source>
        <translation>le cluster %1 a disparu</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="386"/>
        <location filename="../models/alerts/ackservice.cpp" line="406"/>
        <location filename="../models/alerts/ackservice.cpp" line="414"/>
        <source>cannot extend silence %1: %2</source>
        <translation>impossible de prolonger la mise en silence %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="392"/>
        <source>silence %1 has already expired; acknowledge the alert again</source>
        <translation>la mise en silence %1 a déjà expiré ; acquittez à nouveau l’alerte</translation>
    </message>
    <message>
        <location filename="../models/alerts/ackservice.cpp" line="466"/>
        <source>cannot expire silence %1: %2</source>
        <translation>impossible de faire expirer la mise en silence %1 : %2</translation>
    </message>
</context>
<context>
    <name>pivori::AcknowledgeDialog</name>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="46"/>
        <source>Acknowledge alerts</source>
        <translation>Acquitter des alertes</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="69"/>
        <source>Acknowledge %1</source>
        <translation>Acquitter %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="72"/>
        <source>Acknowledge %n alert(s)</source>
        <translation>
            <numerusform>Acquitter %n alerte</numerusform>
            <numerusform>Acquitter %n alertes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="77"/>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="80"/>
        <source>Until:</source>
        <translation>Jusqu’à :</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="83"/>
        <source>What are you doing about it? (required)</source>
        <translation>Que faites-vous à ce sujet ? (obligatoire)</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="86"/>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="89"/>
        <source>Author:</source>
        <translation>Auteur :</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="93"/>
        <source>Alertmanager will silence every alert these matchers select, until the time above:</source>
        <translation>Alertmanager mettra en silence toutes les alertes choisies par ces sélecteurs, jusqu’à l’heure ci-dessus :</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="123"/>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="160"/>
        <source>%1: %2 — matches %n current alert(s)</source>
        <translation>
            <numerusform>%1 : %2 — correspond à %n alerte actuelle</numerusform>
            <numerusform>%1 : %2 — correspond à %n alertes actuelles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="192"/>
        <source>This duration cannot be used: %1.</source>
        <translation>Cette durée n’est pas utilisable : %1.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="194"/>
        <source>A comment is required: the next person on call reads it.</source>
        <translation>Un commentaire est obligatoire : la prochaine personne d’astreinte le lira.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="196"/>
        <source>An author is required.</source>
        <translation>Un auteur est obligatoire.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/acknowledgedialog.cpp" line="198"/>
        <source>The alerts show as acknowledged once Alertmanager has confirmed the silence.</source>
        <translation>Les alertes apparaissent acquittées dès qu’Alertmanager a confirmé la mise en silence.</translation>
    </message>
</context>
<context>
    <name>pivori::AgeFormat</name>
    <message>
        <location filename="../models/core/ageformat.cpp" line="15"/>
        <source>%1d %2h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>%1 autres</translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="117"/>
        <source>%1 acknowledged</source>
        <translation>%1 acquittées</translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="167"/>
        <source>%1 OTHER</source>
        <translation>%1 AUTRES</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/noc/alertband.cpp" line="184"/>
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n acquittée</numerusform>
            <numerusform>%n acquittées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="198"/>
        <source>No critical or warning alert needs attention</source>
        <translation>Aucune alerte critique ou d’avertissement ne demande d’attention</translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="213"/>
        <source>%1 %2/%3  %4</source>
        <translation>%1 %2/%3  %4</translation>
    </message>
    <message>
        <location filename="../widgets/noc/alertband.cpp" line="220"/>
        <source>for %1</source>
        <translation>depuis %1</translation>
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
            <numerusform>%n alerte %1 active et non acquittée</numerusform>
            <numerusform>%n alertes %1 actives et non acquittées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="127"/>
        <source>%n other</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="128"/>
        <source>%n acknowledged, silenced or inhibited</source>
        <translation>
            <numerusform>%n acquittée, en silence ou inhibée</numerusform>
            <numerusform>%n acquittées, en silence ou inhibées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="134"/>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertcountstrip.cpp" line="135"/>
        <source>Waiting for Alertmanager…</source>
        <translation>En attente d’Alertmanager…</translation>
    </message>
</context>
<context>
    <name>pivori::AlertHistory</name>
    <message>
        <location filename="../models/devstack/alerthistory.cpp" line="69"/>
        <source>the rule %1 has an unreadable &apos;for&apos;</source>
        <translation>la règle %1 a un &apos;for&apos; illisible</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistory.cpp" line="81"/>
        <source>cannot read the alert rules: %1</source>
        <translation>impossible de lire les règles d&apos;alerte : %1</translation>
    </message>
</context>
<context>
    <name>pivori::AlertHistoryBackfill</name>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="73"/>
        <source>cannot prepare the Prometheus that evaluates the rules</source>
        <translation>impossible de préparer le Prometheus qui évalue les règles</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="78"/>
        <source>working out the alerts of the history…</source>
        <translation>calcul des alertes de l&apos;historique…</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="97"/>
        <source>the Prometheus that evaluates the rules exited (code %1)</source>
        <translation>le Prometheus qui évalue les règles s&apos;est arrêté (code %1)</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="103"/>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="129"/>
        <source>the Prometheus that evaluates the rules did not become ready within %1 s</source>
        <translation>le Prometheus qui évalue les règles n&apos;a pas été prêt dans les %1 s</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="162"/>
        <source>the rule %1 could not be evaluated: %2</source>
        <translation>la règle %1 n&apos;a pas pu être évaluée : %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="193"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="199"/>
        <source>promtool (Debian package prometheus) is missing</source>
        <translation>promtool (paquet Debian prometheus) est absent</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="211"/>
        <source>promtool failed (exit %1): %2</source>
        <translation>promtool a échoué (code de sortie %1) : %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/alerthistorybackfill.cpp" line="220"/>
        <source>cannot start promtool: %1</source>
        <translation>impossible de démarrer promtool : %1</translation>
    </message>
</context>
<context>
    <name>pivori::AlertInboxDelegate</name>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="37"/>
        <source>%1 (ended)</source>
        <translation>%1 (terminée)</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="39"/>
        <source>%1 (in %2m)</source>
        <translation>%1 (dans %2 min)</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="40"/>
        <source>%1 (in %2h %3m)</source>
        <translation>%1 (dans %2 h %3 min)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="105"/>
        <source>%1 — %n alert(s)</source>
        <translation>
            <numerusform>%1 — %n alerte</numerusform>
            <numerusform>%1 — %n alertes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="116"/>
        <source>Firing since %1</source>
        <translation>Active depuis %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="126"/>
        <source>Inhibited by: %1</source>
        <translation>Inhibée par : %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="128"/>
        <source>An acknowledgement is waiting for Alertmanager to confirm it.</source>
        <translation>Un acquittement attend la confirmation d’Alertmanager.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxdelegate.cpp" line="141"/>
        <source>Cluster %1 did not answer the last poll: this is its last known state.</source>
        <translation>Le cluster %1 n’a pas répondu à la dernière interrogation : ceci est son dernier état connu.</translation>
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
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="416"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="418"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="420"/>
        <source>Service / instance</source>
        <translation>Service / instance</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="422"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="424"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="426"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="428"/>
        <source>Acknowledged by</source>
        <translation>Acquittée par</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="430"/>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertinboxmodel.cpp" line="432"/>
        <source>Receivers</source>
        <translation>Destinataires</translation>
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
        <translation>Acquitter…</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="37"/>
        <source>Acknowledge the selected alerts or groups</source>
        <translation>Acquitter les alertes ou groupes sélectionnés</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="37"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="39"/>
        <source>Un-acknowledge</source>
        <translation>Annuler l’acquittement</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="39"/>
        <source>Expire the acknowledgement or silence of the selection</source>
        <translation>Faire expirer l’acquittement ou la mise en silence de la sélection</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="39"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="40"/>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="40"/>
        <source>Add time to the acknowledgements of the selection</source>
        <translation>Ajouter du temps aux acquittements de la sélection</translation>
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
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="157"/>
        <source>Showing %1 of %n alert(s)</source>
        <translation>
            <numerusform>%1 sur %n alerte affichée</numerusform>
            <numerusform>%1 sur %n alertes affichées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="185"/>
        <source>Show runbook</source>
        <translation>Afficher le runbook</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertinboxpanel.cpp" line="187"/>
        <source>Copy labels</source>
        <translation>Copier les labels</translation>
    </message>
</context>
<context>
    <name>pivori::AlertNotifier</name>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="51"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="52"/>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="54"/>
        <source>Notify on new critical alerts</source>
        <translation>Notifier les nouvelles alertes critiques</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="55"/>
        <source>Notify on new warning alerts</source>
        <translation>Notifier les nouvelles alertes d’avertissement</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="57"/>
        <source>Sound for critical alerts</source>
        <translation>Son pour les alertes critiques</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="58"/>
        <source>Sound for warning alerts</source>
        <translation>Son pour les alertes d’avertissement</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="185"/>
        <source>%n new critical alert(s)</source>
        <translation>
            <numerusform>%n nouvelle alerte critique</numerusform>
            <numerusform>%n nouvelles alertes critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="186"/>
        <source>%n new warning alert(s)</source>
        <translation>
            <numerusform>%n nouvelle alerte d’avertissement</numerusform>
            <numerusform>%n nouvelles alertes d’avertissement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="189"/>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="226"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="218"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="219"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="228"/>
        <source>%n alert(s) already firing: %1</source>
        <translation>
            <numerusform>%n alerte déjà active : %1</numerusform>
            <numerusform>%n alertes déjà actives : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="249"/>
        <source>Desktop notifications cannot be shown: %1, and there is no system tray.</source>
        <translation>Les notifications de bureau ne peuvent pas être affichées : %1, et il n’y a pas de zone de notification.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/alertnotifier.cpp" line="313"/>
        <source>Pivori Console: %n alert(s) firing, worst: %1</source>
        <translation>
            <numerusform>Pivori Console : %n alerte active, la pire : %1</numerusform>
            <numerusform>Pivori Console : %n alertes actives, la pire : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="316"/>
        <source>Others may be missing: %1</source>
        <translation>D’autres manquent peut-être : %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="320"/>
        <source>Pivori Console: alerts %1</source>
        <translation>Pivori Console : alertes %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/alertnotifier.cpp" line="323"/>
        <source>Pivori Console: no alert firing</source>
        <translation>Pivori Console : aucune alerte active</translation>
    </message>
</context>
<context>
    <name>pivori::AlertPoller</name>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="200"/>
        <source>%1 did not answer in time (%2); showing its alerts as of %3</source>
        <translation>%1 n’a pas répondu à temps (%2) ; alertes affichées telles qu’à %3</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="203"/>
        <source>%1 did not answer in time: %2</source>
        <translation>%1 n’a pas répondu à temps : %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="206"/>
        <source>%1 is unreachable (%2); showing its alerts as of %3</source>
        <translation>%1 est injoignable (%2) ; ses alertes sont affichées telles qu’à %3</translation>
    </message>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="209"/>
        <source>%1 is unreachable: %2</source>
        <translation>%1 est injoignable : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/alerts/alertpoller.cpp" line="214"/>
        <source>%n replica(s) of %1 did not answer: %2</source>
        <translation>
            <numerusform>%n réplique de %1 n’a pas répondu : %2</numerusform>
            <numerusform>%n répliques de %1 n’ont pas répondu : %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/alerts/alertpoller.cpp" line="217"/>
        <source>cannot read the silences of %1 (%2); acknowledgements may be out of date</source>
        <translation>impossible de lire les mises en silence de %1 (%2) ; les acquittements sont peut-être périmés</translation>
    </message>
</context>
<context>
    <name>pivori::AlertSnapshot</name>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="156"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="160"/>
        <source>snapshot: %1</source>
        <translation>snapshot : %1</translation>
    </message>
</context>
<context>
    <name>pivori::AlertmanagerChecks</name>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="24"/>
        <location filename="../models/health/alertmanagerchecks.cpp" line="230"/>
        <source>no Alertmanager is configured to check</source>
        <translation>aucun Alertmanager n’est configuré pour la vérification</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="76"/>
        <source>%1 did not answer in time</source>
        <translation>%1 n’a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="77"/>
        <location filename="../models/health/alertmanagerchecks.cpp" line="106"/>
        <location filename="../models/health/alertmanagerchecks.cpp" line="152"/>
        <location filename="../models/health/alertmanagerchecks.cpp" line="202"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="79"/>
        <source>%1 is not ready (HTTP %2)</source>
        <translation>%1 n’est pas prêt (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="83"/>
        <source>%1 of %2 ready</source>
        <translation>%1 sur %2 prêts</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="85"/>
        <source>all ready</source>
        <translation>tous prêts</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="88"/>
        <source>every replica is ready</source>
        <translation>chaque réplique est prête</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="91"/>
        <source>no replica is ready: alerts reach no one. %1</source>
        <translation>aucune réplique n’est prête : les alertes n’atteignent personne. %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="92"/>
        <source>replicas not ready: %1</source>
        <translation>répliques non prêtes : %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="114"/>
        <source>%1 is still settling</source>
        <translation>%1 est encore en cours de stabilisation</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="118"/>
        <source>%1 reports cluster &quot;%2&quot;</source>
        <translation>%1 signale le cluster « %2 »</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="122"/>
        <source>%1 sees %2 of %3 peers</source>
        <translation>%1 voit %2 pairs sur %3</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="128"/>
        <source>%1 of %2 in the cluster</source>
        <translation>%1 sur %2 dans le cluster</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="130"/>
        <source>all ready with every peer</source>
        <translation>tous prêts, avec chaque pair</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="133"/>
        <source>the cluster is not whole: %1</source>
        <translation>le cluster n’est pas complet : %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="139"/>
        <source>every replica is ready and sees all its peers</source>
        <translation>chaque réplique est prête et voit tous ses pairs</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="160"/>
        <source>%1 has %2, not %3</source>
        <translation>%1 a %2, pas %3</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="164"/>
        <source>the same on every replica</source>
        <translation>identique sur chaque réplique</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="167"/>
        <source>the replicas run different configurations (routing differs by replica): %1</source>
        <translation>les répliques ont des configurations différentes (le routage dépend de la réplique) : %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="171"/>
        <source>cannot compare every replica: %1</source>
        <translation>impossible de comparer toutes les répliques : %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="174"/>
        <source>every replica runs the same configuration</source>
        <translation>chaque réplique a la même configuration</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="219"/>
        <source>%1 last heard of it at %2</source>
        <translation>%1 en a entendu parler pour la dernière fois à %2</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="224"/>
        <source>%1 of %2 replicas</source>
        <translation>%1 répliques sur %2</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="226"/>
        <source>on every replica, updated within %1 s</source>
        <translation>sur chaque réplique, mis à jour en moins de %1 s</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="235"/>
        <source>%1 is missing on %2</source>
        <translation>%1 manque sur %2</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="237"/>
        <source>stale: %1</source>
        <translation>périmé : %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="238"/>
        <source>the dead man&apos;s switch is silent — alerts may not be evaluated or delivered: %1</source>
        <translation>l’alerte de veille (dead man’s switch) est muette — les alertes ne sont peut-être ni évaluées ni livrées : %1</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="242"/>
        <source>%1 could not be read from every replica: %2</source>
        <translation>%1 n’a pas pu être lu sur chaque réplique : %2</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="245"/>
        <source>%1 is firing and fresh on every replica: alerts flow from Prometheus to Alertmanager</source>
        <translation>%1 est active et fraîche sur chaque réplique : les alertes vont de Prometheus à Alertmanager</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="282"/>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../models/health/alertmanagerchecks.cpp" line="325"/>
        <source>no dead man&apos;s switch is configured (dead_mans_switch is empty)</source>
        <translation>aucune alerte de veille n’est configurée (dead_mans_switch est vide)</translation>
    </message>
</context>
<context>
    <name>pivori::AlertmanagerClient</name>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="76"/>
        <source>all %1 replicas of %2 failed: %3</source>
        <translation>les %1 répliques de %2 ont toutes échoué : %3</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="122"/>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="194"/>
        <source>the HTTP transport is gone</source>
        <translation>le transport HTTP n’existe plus</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="197"/>
        <source>Alertmanager cluster %1 has no replicas configured</source>
        <translation>le cluster Alertmanager %1 n’a aucune réplique configurée</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="304"/>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="386"/>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="404"/>
        <source>&quot;%1&quot; is not a silence id</source>
        <translation>« %1 » n’est pas un identifiant de mise en silence</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="323"/>
        <source>silence %1 not found on any replica of %2</source>
        <translation>mise en silence %1 introuvable sur les répliques de %2</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="382"/>
        <source>a silence needs at least one matcher</source>
        <translation>une mise en silence requiert au moins un sélecteur</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerclient.cpp" line="384"/>
        <source>a silence needs a valid start and end time</source>
        <translation>une mise en silence requiert une heure de début et de fin valides</translation>
    </message>
</context>
<context>
    <name>pivori::AlertmanagerParser</name>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="59"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="67"/>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
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
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="80"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="122"/>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="139"/>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="91"/>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="105"/>
        <source>expected an RFC 3339 timestamp, got &quot;%1&quot;</source>
        <translation>horodatage RFC 3339 attendu, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="161"/>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>une valeur parmi %1 attendue, reçu « %2 »</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="333"/>
        <source>HTTP %1 answer ends in the middle of its JSON after %2 bytes: the connection closed before the whole answer arrived</source>
        <translation>la réponse HTTP %1 s’arrête au milieu de son JSON après %2 octets : la connexion a été fermée avant la fin de la réponse</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="340"/>
        <source>HTTP %1 answer is not JSON (Content-Type &quot;%2&quot;): %3</source>
        <translation>la réponse HTTP %1 n’est pas du JSON (Content-Type « %2 ») : %3</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="350"/>
        <source>unexpected answer: %1</source>
        <translation>réponse inattendue : %1</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="434"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="450"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="450"/>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 avec un corps vide</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="467"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/alertmanager/alertmanagerparser.cpp" line="509"/>
        <source>(no readable text)</source>
        <translation>(aucun texte lisible)</translation>
    </message>
</context>
<context>
    <name>pivori::AlertsCommand</name>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="34"/>
        <source>Lists the alerts of every Alertmanager cluster, replicas merged, with their state and acknowledgement. Exits 0; 1 when a cluster did not answer; 3 (unknown) when no configured Prometheus vouches that the alert rules are evaluated, since the list may then miss alerts.</source>
        <translation>Liste les alertes de chaque cluster Alertmanager, répliques fusionnées, avec leur état et leur acquittement. Sortie 0 ; 1 si un cluster n’a pas répondu ; 3 (inconnu) si aucun Prometheus configuré n’atteste que les règles d’alerte sont évaluées, car la liste peut alors manquer des alertes.</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="41"/>
        <source>Only alerts matching these Alertmanager matchers, e.g. &apos;severity=&quot;critical&quot;,service=~&quot;trad.*&quot;&apos;; repeatable, all must hold.</source>
        <translation>Seulement les alertes correspondant à ces sélecteurs Alertmanager, par ex. &apos;severity=&quot;critical&quot;,service=~&quot;trad.*&quot;&apos; ; répétable, tous doivent être vérifiés.</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="44"/>
        <source>matchers</source>
        <translation>sélecteurs</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="45"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d’une table.</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="53"/>
        <source>alerts: unexpected argument &quot;%1&quot; (filters go in --filter)</source>
        <translation>alerts : argument inattendu « %1 » (les filtres vont dans --filter)</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="63"/>
        <source>alerts: --filter &quot;%1&quot;: %2</source>
        <translation>alerts : --filter « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/alertscommand.cpp" line="120"/>
        <source>alerts: the list may be incomplete: %1</source>
        <translation>alerts : la liste est peut-être incomplète : %1</translation>
    </message>
</context>
<context>
    <name>pivori::AlertsPage</name>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="75"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="76"/>
        <source>Ask every Alertmanager now</source>
        <translation>Interroger chaque Alertmanager maintenant</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="80"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="101"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="103"/>
        <source>Silences</source>
        <translation>Mises en silence</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="150"/>
        <source>No Alertmanager cluster is configured: add one under &quot;alertmanagers:&quot; in the configuration.</source>
        <translation>Aucun cluster Alertmanager n’est configuré : ajoutez-en un sous « alertmanagers: » dans la configuration.</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="170"/>
        <source>Acknowledged in %1 (silence %2).</source>
        <translation>Acquittée dans %1 (mise en silence %2).</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="175"/>
        <source>Acknowledgement not confirmed yet: %1. Retrying at %2; it is kept until Alertmanager accepts it.</source>
        <translation>Acquittement pas encore confirmé : %1. Nouvel essai à %2 ; il est conservé jusqu’à ce qu’Alertmanager l’accepte.</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="182"/>
        <source>Acknowledgement refused, nothing was acknowledged: %1</source>
        <translation>Acquittement refusé, rien n’a été acquitté : %1</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="188"/>
        <source>Acknowledgements cannot be saved to disk, they are kept in memory only: %1</source>
        <translation>Les acquittements ne peuvent pas être enregistrés sur le disque, ils restent en mémoire seulement : %1</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="194"/>
        <source>Silence %1 in %2 now ends at %3.</source>
        <translation>La mise en silence %1 dans %2 se termine maintenant à %3.</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="200"/>
        <source>Silence %1 in %2 expired.</source>
        <translation>La mise en silence %1 dans %2 a expiré.</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="238"/>
        <source>Acknowledging… waiting for Alertmanager to confirm.</source>
        <translation>Acquittement… en attente de la confirmation d’Alertmanager.</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="273"/>
        <source>Expire silences</source>
        <translation>Faire expirer les mises en silence</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/alertspage.cpp" line="274"/>
        <source>The selection is covered by %n silence(s) that are not acknowledgements. Expire them now? Their alerts will notify again.</source>
        <translation>
            <numerusform>La sélection est couverte par %n mise en silence qui n’est pas un acquittement. La faire expirer maintenant ? Ses alertes notifieront à nouveau.</numerusform>
            <numerusform>La sélection est couverte par %n mises en silence qui ne sont pas des acquittements. Les faire expirer maintenant ? Leurs alertes notifieront à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="301"/>
        <source>the acknowledgement of %1</source>
        <translation>l’acquittement de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/alertspage.cpp" line="302"/>
        <source>%n acknowledgement(s)</source>
        <translation>
            <numerusform>%n acquittement</numerusform>
            <numerusform>%n acquittements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="345"/>
        <source>No Alertmanager cluster named &quot;%1&quot; is configured.</source>
        <translation>Aucun cluster Alertmanager nommé « %1 » n’est configuré.</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="353"/>
        <source>Cannot update silence %1 in %2: %3</source>
        <translation>Impossible de mettre à jour la mise en silence %1 dans %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/windows/alertspage.cpp" line="357"/>
        <source>Silence %1 in %2 updated.</source>
        <translation>Mise en silence %1 dans %2 mise à jour.</translation>
    </message>
</context>
<context>
    <name>pivori::AuthFields</name>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="35"/>
        <source>User name:</source>
        <translation>Nom d’utilisateur :</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="41"/>
        <source>Store in the keychain</source>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="44"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="44"/>
        <source>Basic (user name and password)</source>
        <translation>Basic (nom d’utilisateur et mot de passe)</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="44"/>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="46"/>
        <source>from the environment variable</source>
        <translation>depuis la variable d’environnement</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="46"/>
        <source>from the file</source>
        <translation>depuis le fichier</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="46"/>
        <source>from the desktop keychain entry</source>
        <translation>depuis l&apos;entrée du trousseau du bureau</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="55"/>
        <source>type it to store it; it is never written to the file</source>
        <translation>saisissez-le pour l&apos;enregistrer ; il n&apos;est jamais écrit dans le fichier</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="63"/>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="77"/>
        <source>Secret:</source>
        <translation>Secret :</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="103"/>
        <source>Name the keychain entry first.</source>
        <translation>Nommez d&apos;abord l&apos;entrée du trousseau.</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="107"/>
        <source>Storing in the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="119"/>
        <source>Stored in the keychain as &quot;%1&quot;.</source>
        <translation>Enregistré dans le trousseau sous « %1 ».</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="132"/>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="132"/>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="134"/>
        <source>e.g. PROM_PASSWORD</source>
        <translation>p. ex. PROM_PASSWORD</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="134"/>
        <source>e.g. PROM_TOKEN</source>
        <translation>p. ex. PROM_TOKEN</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="136"/>
        <source>e.g. /run/secrets/prometheus</source>
        <translation>p. ex. /run/secrets/prometheus</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="138"/>
        <source>entry name, e.g. prom-main</source>
        <translation>nom de l&apos;entrée, p. ex. prom-main</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="188"/>
        <source>the user name is missing</source>
        <translation>le nom d’utilisateur manque</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="191"/>
        <source>say where the password is</source>
        <translation>indiquez où se trouve le mot de passe</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="191"/>
        <source>say where the token is</source>
        <translation>indiquez où se trouve le jeton</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="194"/>
        <source>&quot;%1&quot; is not an environment variable name</source>
        <translation>« %1 » n’est pas un nom de variable d’environnement</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/authfields.cpp" line="196"/>
        <source>&quot;%1&quot; is not a keychain entry name (letters, digits and . _ @ : / + -)</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;entrée de trousseau (lettres, chiffres et . _ @ : / + -)</translation>
    </message>
</context>
<context>
    <name>pivori::BackendProfile</name>
    <message>
        <location filename="../models/net/backendprofile.cpp" line="76"/>
        <source>%1 is not available on this backend (%2)</source>
        <translation>%1 n’est pas disponible sur ce backend (%2)</translation>
    </message>
</context>
<context>
    <name>pivori::BarGaugePanel</name>
    <message>
        <location filename="../widgets/panels/bargaugepanel.cpp" line="180"/>
        <source>No traffic</source>
        <translation>Pas de trafic</translation>
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
        <translation>En cours de remplissage : compté jusqu’à %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/barspanel.cpp" line="316"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/barspanel.cpp" line="319"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
</context>
<context>
    <name>pivori::BuiltInText</name>
    <message>
        <location filename="../models/config/builtintext.cpp" line="15"/>
        <source>Production - Performance &amp; Reliability</source>
        <translation>Production – Performance et fiabilité</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="16"/>
        <source>Platform-wide latency, traffic, errors and pod resources against the SLOs.</source>
        <translation>Latence, trafic, erreurs et ressources des pods de toute la plateforme, au regard des SLO.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="18"/>
        <source>Uptime Global</source>
        <translation>Disponibilité globale</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="19"/>
        <source>Share of requests answered without a 5xx error over the last 5 minutes.</source>
        <translation>Part des requêtes servies sans erreur 5xx au cours des 5 dernières minutes.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="21"/>
        <source>Latency Distribution</source>
        <translation>Distribution de la latence</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="22"/>
        <source>Request latency percentiles. P95 should stay under 500 ms and P99 under 1 s.</source>
        <translation>Percentiles de latence des requêtes. P95 doit rester sous 500 ms et P99 sous 1 s.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="24"/>
        <source>Request Rate by Service</source>
        <translation>Débit de requêtes par service</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="25"/>
        <source>Requests per second per microservice; stacked, so the top edge is the total traffic.</source>
        <translation>Requêtes par seconde par microservice ; empilées, donc le bord supérieur est le trafic total.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="27"/>
        <source>Error Rate Trend</source>
        <translation>Évolution du taux d’erreur</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="28"/>
        <source>Server errors (5xx) point at the application, client errors (4xx) at callers. 5xx should stay under 0.1 %, 4xx under 10 %.</source>
        <translation>Les erreurs serveur (5xx) pointent l’application, les erreurs client (4xx) les appelants. 5xx doit rester sous 0,1 %, 4xx sous 10 %.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="31"/>
        <source>Memory Usage by Pod</source>
        <translation>Mémoire utilisée par pod</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="32"/>
        <source>Working-set memory per pod. A steady climb usually means a leak.</source>
        <translation>Mémoire de travail (working set) par pod. Une hausse continue signale généralement une fuite.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="34"/>
        <source>CPU Usage by Pod</source>
        <translation>Utilisation CPU par pod</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="35"/>
        <source>CPU used per pod as a percentage of its CPU limit.</source>
        <translation>CPU utilisé par pod en pourcentage de sa limite CPU.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="36"/>
        <source>Active Connections by Service</source>
        <translation>Connexions actives par service</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="37"/>
        <source>Open connections per service; a line that only goes up hints at a connection leak.</source>
        <translation>Connexions ouvertes par service ; une courbe qui ne fait que monter suggère une fuite de connexions.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="39"/>
        <source>Request Status Distribution</source>
        <translation>Répartition des statuts de requête</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="40"/>
        <source>Requests per 5-minute bucket by status class.</source>
        <translation>Requêtes par tranche de 5 minutes, par classe de statut.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="41"/>
        <source>Alerts Firing</source>
        <translation>Alertes déclenchées</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="42"/>
        <source>Alerts this Prometheus had firing in each minute, by severity, resolved ones included; the Watchdog is left out.</source>
        <translation>Alertes déclenchées par ce Prometheus, par minute et par gravité, résolues comprises ; le Watchdog est exclu.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="45"/>
        <source>Microservices - Performance Metrics</source>
        <translation>Microservices – Indicateurs de performance</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="46"/>
        <source>The same signals broken down per microservice, to find the one that misbehaves.</source>
        <translation>Les mêmes signaux détaillés par microservice, pour trouver celui qui se comporte mal.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="48"/>
        <source>Latency by Microservice</source>
        <translation>Latence par microservice</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="49"/>
        <source>P95 and P99 latency of each service.</source>
        <translation>Latence P95 et P99 de chaque service.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="50"/>
        <source>Error Rate by Microservice</source>
        <translation>Taux d’erreur par microservice</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="51"/>
        <source>Share of each service&apos;s requests that ended in a 5xx error.</source>
        <translation>Part des requêtes de chaque service terminées par une erreur 5xx.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="52"/>
        <source>Request Rate by Microservice</source>
        <translation>Débit de requêtes par microservice</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="53"/>
        <source>Requests per second of each service.</source>
        <translation>Requêtes par seconde de chaque service.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="54"/>
        <source>Kubernetes - Cluster Status</source>
        <translation>Kubernetes – État du cluster</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="55"/>
        <source>Nodes, pods and health checks of the production namespace.</source>
        <translation>Nœuds, pods et contrôles de santé de l’espace de noms de production.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="56"/>
        <source>Nodes Not Ready</source>
        <translation>Nœuds non prêts</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="57"/>
        <source>Nodes whose Ready condition is not true; no pods are scheduled on them.</source>
        <translation>Nœuds dont la condition Ready n’est pas vraie ; aucun pod n’y est planifié.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="59"/>
        <source>Services Failing Their Health Check</source>
        <translation>Services en échec de contrôle de santé</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="60"/>
        <source>Services whose health endpoint did not answer successfully at the last probe.</source>
        <translation>Services dont le point de santé n’a pas répondu correctement à la dernière sonde.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="62"/>
        <source>Pods Restarting</source>
        <translation>Pods qui redémarrent</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="63"/>
        <source>Pods whose containers restart more than 0.1 times a minute (a crash loop when it lasts 5 minutes).</source>
        <translation>Pods dont les conteneurs redémarrent plus de 0,1 fois par minute (une boucle de plantage si cela dure 5 minutes).</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="65"/>
        <source>Node Readiness</source>
        <translation>Disponibilité des nœuds</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="66"/>
        <source>1 while a node reports Ready, 0 while it does not.</source>
        <translation>1 tant qu’un nœud signale Ready, 0 sinon.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="67"/>
        <source>Container Restarts per Minute</source>
        <translation>Redémarrages de conteneurs par minute</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="68"/>
        <source>Restarts of each pod&apos;s containers over the last 5 minutes, per minute.</source>
        <translation>Redémarrages des conteneurs de chaque pod sur les 5 dernières minutes, par minute.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="70"/>
        <source>Memory Use of Limit by Pod</source>
        <translation>Mémoire rapportée à la limite par pod</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="71"/>
        <source>Each pod&apos;s working set as a share of its memory limit; a pod at its limit is killed.</source>
        <translation>Mémoire de travail de chaque pod en part de sa limite mémoire ; un pod à sa limite est tué.</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="78"/>
        <source>Severity:</source>
        <translation>Gravité :</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="79"/>
        <source>Related dashboard:</source>
        <translation>Tableau de bord associé :</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="80"/>
        <source>When it fires</source>
        <translation>Quand elle se déclenche</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="81"/>
        <source>What it usually means</source>
        <translation>Ce que cela signifie en général</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="82"/>
        <source>What to check</source>
        <translation>Que vérifier</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="83"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="84"/>
        <source>CriticalErrorRate — more than 5 % server errors</source>
        <translation>CriticalErrorRate — plus de 5 % d’erreurs serveur</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="85"/>
        <source>CriticalMemoryUsage — pod memory above 1.95 GB</source>
        <translation>CriticalMemoryUsage — mémoire du pod au-dessus de 1,95 Go</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="86"/>
        <source>CriticalP99Latency — P99 latency above 1 s</source>
        <translation>CriticalP99Latency — latence P99 au-dessus de 1 s</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="87"/>
        <source>HighCPUUsage — pod CPU above 75 % of its limit</source>
        <translation>HighCPUUsage — CPU du pod au-dessus de 75 % de sa limite</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="88"/>
        <source>HighErrorRate — more than 1 % server errors</source>
        <translation>HighErrorRate — plus de 1 % d’erreurs serveur</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="89"/>
        <source>HighMemoryUsage — pod memory above 1.8 GB</source>
        <translation>HighMemoryUsage — mémoire du pod au-dessus de 1,8 Go</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="90"/>
        <source>HighP95Latency — P95 latency above 500 ms</source>
        <translation>HighP95Latency — latence P95 au-dessus de 500 ms</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="91"/>
        <source>NodeNotReady — a Kubernetes node is not ready</source>
        <translation>NodeNotReady — un nœud Kubernetes n’est pas prêt</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="92"/>
        <source>PodCrashLooping — a container keeps restarting</source>
        <translation>PodCrashLooping — un conteneur redémarre sans cesse</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="93"/>
        <source>ServiceDown — health check failing</source>
        <translation>ServiceDown — le contrôle de santé échoue</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="94"/>
        <source>ServiceLatencyDegradation — 50 % slower than an hour ago</source>
        <translation>ServiceLatencyDegradation — 50 % plus lent qu’il y a une heure</translation>
    </message>
    <message>
        <location filename="../models/config/builtintext.cpp" line="95"/>
        <source>Watchdog — the dead man&apos;s switch</source>
        <translation>Watchdog — l’alerte de veille (dead man’s switch)</translation>
    </message>
</context>
<context>
    <name>pivori::CheckCommand</name>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="51"/>
        <source>no check in category &quot;%1&quot;</source>
        <translation>aucune vérification dans la catégorie « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="57"/>
        <source>no check named &quot;%1&quot;</source>
        <translation>aucune vérification nommée « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="65"/>
        <source>check: cannot create the report folder %1</source>
        <translation>check : impossible de créer le dossier de rapport %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="74"/>
        <source>check: %1</source>
        <translation>check : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="85"/>
        <source>Runs the configured health checks of the monitoring stack and exits like a Nagios plugin: 0 every check passed, 1 a warning, 2 a failure, 3 unknown (a check could not tell, or the command could not run). A failure outranks an unknown, which outranks a warning.</source>
        <translation>Exécute les vérifications de santé configurées de la pile de supervision et se termine comme un greffon Nagios : 0 toutes réussies, 1 un avertissement, 2 un échec, 3 inconnu (une vérification n’a pas pu conclure, ou la commande n’a pas pu s’exécuter). Un échec l’emporte sur un inconnu, qui l’emporte sur un avertissement.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="91"/>
        <source>Print {&quot;checks&quot;: [...], &quot;summary&quot;: {...}, &quot;time&quot;: ...} instead of a table.</source>
        <translation>Afficher {&quot;checks&quot;: [...], &quot;summary&quot;: {...}, &quot;time&quot;: ...} au lieu d’une table.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="95"/>
        <source>Print one Nagios/Icinga line with performance data instead of a table.</source>
        <translation>Afficher une ligne Nagios/Icinga avec données de performance au lieu d’une table.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="97"/>
        <source>Also write health-report-&lt;time&gt;.txt and metrics-&lt;time&gt;.json into this folder.</source>
        <translation>Écrire aussi health-report-&lt;heure&gt;.txt et metrics-&lt;heure&gt;.json dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="98"/>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="100"/>
        <source>Only the checks of this category (repeatable, or comma-separated).</source>
        <translation>Seulement les vérifications de cette catégorie (répétable, ou séparées par des virgules).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="101"/>
        <location filename="../app/cli/checkcommand.cpp" line="104"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="103"/>
        <source>Only the check of this name (repeatable, or comma-separated).</source>
        <translation>Seulement la vérification de ce nom (répétable, ou séparées par des virgules).</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="106"/>
        <source>List the configured checks without running them.</source>
        <translation>Lister les vérifications configurées sans les exécuter.</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="114"/>
        <source>check: unexpected argument &quot;%1&quot; (names go in --only)</source>
        <translation>check : argument inattendu « %1 » (les noms vont dans --only)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="119"/>
        <source>check: give --json or --nagios, not both</source>
        <translation>check : indiquez --json ou --nagios, pas les deux</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="144"/>
        <source>check: %1 (see check --list)</source>
        <translation>check : %1 (voir check --list)</translation>
    </message>
    <message>
        <location filename="../app/cli/checkcommand.cpp" line="148"/>
        <source>check: no health check is configured or selected</source>
        <translation>check : aucune vérification de santé n’est configurée ou sélectionnée</translation>
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
        <translation>la réponse n’a pas d’objet data</translation>
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
        <translation>total %1 : %2 réussies, %3 avertissement, %4 échouées, %5 inconnues</translation>
    </message>
    <message>
        <location filename="../models/health/checkreport.cpp" line="206"/>
        <source>%1 passed, %2 warning, %3 failed, %4 unknown</source>
        <translation>%1 réussies, %2 avertissement, %3 échouées, %4 inconnues</translation>
    </message>
    <message>
        <location filename="../models/health/checkreport.cpp" line="238"/>
        <source>Pivori Console health report
Run at %1 (UTC), took %2 ms
Overall: %3

</source>
        <translation>Rapport de santé Pivori Console
Exécuté à %1 (UTC), durée %2 ms
Bilan : %3

</translation>
    </message>
    <message>
        <location filename="../models/health/checkreport.cpp" line="249"/>
        <source>Where to look:</source>
        <translation>Où regarder :</translation>
    </message>
</context>
<context>
    <name>pivori::CheckVerdict</name>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="26"/>
        <source>&gt; %1 warn</source>
        <translation>&gt; %1 avertissement</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="28"/>
        <source>&gt; %1 fail</source>
        <translation>&gt; %1 échec</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="30"/>
        <source>&lt; %1 warn</source>
        <translation>&lt; %1 avertissement</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="32"/>
        <source>&lt; %1 fail</source>
        <translation>&lt; %1 échec</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="77"/>
        <source>timed out: %1 did not answer in time (%2)</source>
        <translation>délai dépassé : %1 n’a pas répondu à temps (%2)</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="83"/>
        <source>data not available: %1: %2</source>
        <translation>données indisponibles : %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="84"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/health/checkverdict.cpp" line="89"/>
        <source>data not available: %1</source>
        <translation>données indisponibles : %1</translation>
    </message>
</context>
<context>
    <name>pivori::ClusterBanners</name>
    <message>
        <location filename="../widgets/inbox/clusterbanners.cpp" line="45"/>
        <source>Cluster %1 unreachable</source>
        <translation>Cluster %1 injoignable</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/clusterbanners.cpp" line="46"/>
        <source>Cluster %1 degraded</source>
        <translation>Cluster %1 dégradé</translation>
    </message>
</context>
<context>
    <name>pivori::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="33"/>
        <source>%1: &quot;%2&quot; is not an http:// or https:// URL with a host</source>
        <translation>%1 : « %2 » n’est pas une URL http:// ou https:// avec un hôte</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="88"/>
        <source>Configuration file (default: $XDG_CONFIG_HOME/pivori-console/console.yaml, else built-in).</source>
        <translation>Fichier de configuration (par défaut : $XDG_CONFIG_HOME/pivori-console/console.yaml, sinon intégré).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="89"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="91"/>
        <source>Use this Prometheus instead of the configured ones.</source>
        <translation>Utiliser ce Prometheus au lieu de ceux configurés.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="91"/>
        <location filename="../app/cli/commandline.cpp" line="95"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="93"/>
        <source>Use this Alertmanager instead of the configured ones; repeat it for the replicas of one HA cluster.</source>
        <translation>Utiliser cet Alertmanager au lieu de ceux configurés ; répétez-le pour les répliques d’un cluster HA.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="97"/>
        <source>Language of the interface and of messages: %1 (default: the one chosen in the window, else the system&apos;s).</source>
        <translation>Langue de l’interface et des messages : %1 (par défaut : celle choisie dans la fenêtre, sinon celle du système).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="100"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="178"/>
        <source>dashboard &quot;%1&quot; converted from %2: %3</source>
        <translation>tableau de bord « %1 » converti depuis %2 : %3</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="187"/>
        <source>Give up on any server that has not answered after this long, e.g. 10s (default: each server&apos;s configured timeout); the command then ends within about this time.</source>
        <translation>Abandonner tout serveur qui n’a pas répondu après ce délai, p. ex. 10s (par défaut : le délai configuré de chaque serveur) ; la commande se termine alors dans ce délai environ.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="189"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="200"/>
        <source>%1: --timeout must be a duration like 10s</source>
        <translation>%1 : --timeout doit être une durée comme 10s</translation>
    </message>
</context>
<context>
    <name>pivori::ConfigEditor</name>
    <message>
        <location filename="../models/config/configeditor.cpp" line="130"/>
        <source>%1: nothing was changed: %2</source>
        <translation>%1 : rien n’a été modifié : %2</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="133"/>
        <source>a Prometheus URL is needed</source>
        <translation>une URL Prometheus est nécessaire</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="145"/>
        <source>%1: no entry to edit</source>
        <translation>%1 : aucune entrée à modifier</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="183"/>
        <source>alertmanagers: has several clusters; remove them by hand</source>
        <translation>alertmanagers: contient plusieurs clusters ; supprimez-les à la main</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="221"/>
        <source>the edited file would not load:
%1</source>
        <translation>le fichier modifié ne se chargerait pas :
%1</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="225"/>
        <source>the edited file does not read back as the settings given</source>
        <translation>le fichier modifié ne se relit pas comme les réglages donnés</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="238"/>
        <source>the file could not be read back</source>
        <translation>le fichier n’a pas pu être relu</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="241"/>
        <source>the edit would change settings the dialog does not own</source>
        <translation>la modification changerait des réglages qui n’appartiennent pas à cette boîte de dialogue</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="284"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/config/configeditor.cpp" line="287"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>pivori::ConfigLoader</name>
    <message>
        <location filename="../models/config/configloader.cpp" line="55"/>
        <source>1 (the only schema version so far)</source>
        <translation>1 (la seule version de schéma à ce jour)</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="122"/>
        <location filename="../models/config/configloader.cpp" line="135"/>
        <source>cannot read the configuration: %1</source>
        <translation>impossible de lire la configuration : %1</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="127"/>
        <source>the configuration is %1 bytes; more than %2 bytes is not a configuration file</source>
        <translation>la configuration fait %1 octets ; au-delà de %2 octets ce n’est pas un fichier de configuration</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="156"/>
        <source>the configuration is larger than %1 bytes</source>
        <translation>la configuration dépasse %1 octets</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="161"/>
        <source>the configuration is empty; expected a map with at least a prometheus list of servers</source>
        <translation>la configuration est vide ; attendu : une table avec au moins une liste prometheus de serveurs</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="170"/>
        <source>a second YAML document starts here; the configuration must be a single document</source>
        <translation>un second document YAML commence ici ; la configuration doit être un seul document</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="179"/>
        <source>YAML nesting is too deep (%1 levels); a configuration needs only a few</source>
        <translation>imbrication YAML trop profonde (%1 niveaux) ; une configuration n’en demande que quelques-uns</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="182"/>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="184"/>
        <source> (the line is indented with a tab; YAML indentation must use spaces)</source>
        <translation> (la ligne est indentée par une tabulation ; l’indentation YAML doit utiliser des espaces)</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="188"/>
        <source>cannot parse the configuration: %1</source>
        <translation>impossible d’analyser la configuration : %1</translation>
    </message>
    <message>
        <location filename="../models/config/configloader.cpp" line="198"/>
        <source>too many errors; the rest were not reported</source>
        <translation>trop d’erreurs ; les suivantes n’ont pas été signalées</translation>
    </message>
</context>
<context>
    <name>pivori::ConfigReader</name>
    <message>
        <location filename="../models/config/configreader.cpp" line="102"/>
        <source>a map</source>
        <translation>une table</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="104"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="108"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="123"/>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="156"/>
        <source>the configuration</source>
        <translation>la configuration</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="158"/>
        <source>%1 must be a map, got %2</source>
        <translation>%1 doit être une table, reçu %2</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="168"/>
        <source>keys in %1 must be plain names, got %2</source>
        <translation>les clés de %1 doivent être des noms simples, reçu %2</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="174"/>
        <source>unknown key &quot;%1&quot; at the top level (expected %2)</source>
        <translation>clé inconnue « %1 » au premier niveau (attendu : %2)</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="175"/>
        <source>unknown key &quot;%1&quot; in %2 (expected %3)</source>
        <translation>clé inconnue « %1 » dans %2 (attendu : %3)</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="178"/>
        <location filename="../models/config/configreader.cpp" line="448"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation> ; vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="185"/>
        <source>duplicate key &quot;%1&quot; in %2 (first given at line %3)</source>
        <translation>clé « %1 » en double dans %2 (donnée d’abord à la ligne %3)</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="223"/>
        <source>%1 must be a list, got %2</source>
        <translation>%1 doit être une liste, reçu %2</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="237"/>
        <source>%1 must list at least one entry</source>
        <translation>%1 doit contenir au moins une entrée</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="238"/>
        <source>%1 must list at least %2 entries</source>
        <translation>%1 doit contenir au moins %2 entrées</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="248"/>
        <location filename="../models/config/configreader.cpp" line="269"/>
        <source> (# starts a comment in YAML: write colours in quotes, like &quot;#ff0000&quot;)</source>
        <translation> (# commence un commentaire en YAML : écrivez les couleurs entre guillemets, comme &quot;#ff0000&quot;)</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="250"/>
        <location filename="../models/config/configreader.cpp" line="288"/>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="254"/>
        <source>the configuration is missing the required key &quot;%1&quot;</source>
        <translation>il manque à la configuration la clé obligatoire « %1 »</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="256"/>
        <source>%1 is missing the required key &quot;%2&quot;</source>
        <translation>il manque à %1 la clé obligatoire « %2 »</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="272"/>
        <source>%1 has no value; give one or remove the key</source>
        <translation>%1 n’a pas de valeur ; donnez-en une ou retirez la clé</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="278"/>
        <location filename="../models/config/configreader.cpp" line="373"/>
        <location filename="../models/config/configreader.cpp" line="407"/>
        <source>%1 must be %2, got %3</source>
        <translation>%1 doit être %2, reçu %3</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="286"/>
        <source>text</source>
        <translation>du texte</translation>
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
        <translation>%1 doit être %2, reçu « %3 »</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="310"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="329"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="337"/>
        <source>%1 must be %2 like 0.5 or 1.8e9, got &quot;%3&quot;</source>
        <translation>%1 doit être %2 comme 0.5 ou 1.8e9, reçu « %3 »</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="345"/>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="361"/>
        <source>a duration like 30s, 5m or 1h30m</source>
        <translation>une durée comme 30s, 5m ou 1h30m</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="371"/>
        <location filename="../models/config/configreader.cpp" line="405"/>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="372"/>
        <location filename="../models/config/configreader.cpp" line="406"/>
        <source>at most %1</source>
        <translation>au plus %1</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="382"/>
        <source>a size like 64MiB, 500MB or 1GiB</source>
        <translation>une taille comme 64MiB, 500MB ou 1GiB</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="415"/>
        <source>an http:// or https:// URL with a host, like http://localhost:9090</source>
        <translation>une URL http:// ou https:// avec un hôte, comme http://localhost:9090</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="428"/>
        <source>%1 must not contain a user name or password; use auth with password_env or password_file instead</source>
        <translation>%1 ne doit contenir ni nom d’utilisateur ni mot de passe ; utilisez plutôt auth avec password_env ou password_file</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="439"/>
        <source>one of %1</source>
        <translation>une valeur parmi %1</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="458"/>
        <source>a colour written #rrggbb or one of %1</source>
        <translation>une couleur écrite #rrggbb ou une parmi %1</translation>
    </message>
    <message>
        <location filename="../models/config/configreader.cpp" line="477"/>
        <source>%1 must be a file path, got an empty text</source>
        <translation>%1 doit être un chemin de fichier, reçu un texte vide</translation>
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
        <translation>facultatif : un fichier PEM de l’AC qui a signé son certificat</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="78"/>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="81"/>
        <location filename="../widgets/firstrun/connectionform.cpp" line="125"/>
        <source>CA file:</source>
        <translation>Fichier d’AC :</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="86"/>
        <location filename="../widgets/firstrun/connectionform.cpp" line="249"/>
        <location filename="../widgets/firstrun/connectionform.cpp" line="269"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="104"/>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="106"/>
        <source>One URL per replica of the HA cluster; leave empty if you have none.</source>
        <translation>Une URL par réplique du cluster HA ; laissez vide si vous n’en avez pas.</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="112"/>
        <source>Replicas:</source>
        <translation>Répliques :</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="113"/>
        <source>Add replica</source>
        <translation>Ajouter une réplique</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="146"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="147"/>
        <source>Remove this replica</source>
        <translation>Retirer cette réplique</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="240"/>
        <location filename="../widgets/firstrun/connectionform.cpp" line="265"/>
        <source>not a http:// or https:// URL</source>
        <translation>pas une URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="336"/>
        <source>Prometheus: the URL is missing</source>
        <translation>Prometheus : l’URL manque</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="338"/>
        <source>Prometheus: &quot;%1&quot; is not a http:// or https:// URL</source>
        <translation>Prometheus : « %1 » n’est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="340"/>
        <source>Prometheus: %1</source>
        <translation>Prometheus : %1</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="348"/>
        <source>Alertmanager: &quot;%1&quot; is not a http:// or https:// URL</source>
        <translation>Alertmanager : « %1 » n’est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/connectionform.cpp" line="352"/>
        <source>Alertmanager: %1</source>
        <translation>Alertmanager : %1</translation>
    </message>
</context>
<context>
    <name>pivori::ConnectionProbe</name>
    <message numerus="yes">
        <location filename="../models/health/connectionprobe.cpp" line="50"/>
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="52"/>
        <source>TLS: %1</source>
        <translation>TLS : %1</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="56"/>
        <source>not reachable: %1</source>
        <translation>injoignable : %1</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="62"/>
        <source>401: check the user name and password</source>
        <translation>401 : vérifiez le nom d’utilisateur et le mot de passe</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="64"/>
        <source>401: check the token</source>
        <translation>401 : vérifiez le jeton</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="68"/>
        <source>401: this server wants a login; set the authentication</source>
        <translation>401 : ce serveur demande une connexion ; réglez l’authentification</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="71"/>
        <source>403: access denied for these credentials</source>
        <translation>403 : accès refusé pour ces identifiants</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="73"/>
        <source>HTTP %1: not the API expected at this address</source>
        <translation>HTTP %1 : pas l’API attendue à cette adresse</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="96"/>
        <source>answers, but not as a Prometheus</source>
        <translation>répond, mais pas comme un Prometheus</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="108"/>
        <source>answers, but not as an Alertmanager</source>
        <translation>répond, mais pas comme un Alertmanager</translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="115"/>
        <source>Alertmanager %1 ready, no HA cluster</source>
        <translation>Alertmanager %1 prêt, sans cluster HA</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/health/connectionprobe.cpp" line="116"/>
        <source>Alertmanager %1 ready, cluster %2 with %n peer(s)</source>
        <translation>
            <numerusform>Alertmanager %1 prêt, cluster %2 avec %n pair</numerusform>
            <numerusform>Alertmanager %1 prêt, cluster %2 avec %n pairs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/health/connectionprobe.cpp" line="137"/>
        <source>Prometheus %1 ready</source>
        <translation>Prometheus %1 prêt</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/health/connectionprobe.cpp" line="142"/>
        <source>Prometheus %1 ready, %2 series</source>
        <translation>
            <numerusform>Prometheus %1 prêt, %2 série</numerusform>
            <numerusform>Prometheus %1 prêt, %2 séries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::ConnectivityChecks</name>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="26"/>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="32"/>
        <source>%1 answered HTTP %2 in %3</source>
        <translation>%1 a répondu HTTP %2 en %3</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="36"/>
        <source>%1 answered HTTP %2, but slowly: %3</source>
        <translation>%1 a répondu HTTP %2, mais lentement : %3</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="48"/>
        <source>the server presented no certificate</source>
        <translation>le serveur n’a présenté aucun certificat</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="58"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="59"/>
        <source>the certificate of %1 (%2) expired on %3</source>
        <translation>le certificat de %1 (%2) a expiré le %3</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="61"/>
        <source>the certificate of %1 (%2) expires on %3, in %4</source>
        <translation>le certificat de %1 (%2) expire le %3, dans %4</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="64"/>
        <source>; note: %1</source>
        <translation> ; note : %1</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="97"/>
        <source>%1 accepts TLS connections</source>
        <translation>%1 accepte les connexions TLS</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="97"/>
        <source>%1 accepts connections</source>
        <translation>%1 accepte les connexions</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="103"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="112"/>
        <source>%1: the TLS handshake failed: %2</source>
        <translation>%1 : la négociation TLS a échoué : %2</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="206"/>
        <source>no https:// server is configured: no certificate to expire</source>
        <translation>aucun serveur https:// n’est configuré : aucun certificat ne peut expirer</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="229"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2 : %3</translation>
    </message>
    <message>
        <location filename="../models/health/connectivitychecks.cpp" line="247"/>
        <source>%1 (the earliest of %2 certificates)</source>
        <translation>%1 (le plus proche des %2 certificats)</translation>
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
        <translation>Pivori Console : tableaux de bord et alertes d’une pile Prometheus + Alertmanager.

Sans commande, elle ouvre la fenêtre de la console (--noc : l’affichage mural NOC). Commandes :
  demo      démarrer une pile de démonstration en boucle locale et y ouvrir la console
  validate  vérifier un fichier de configuration
  query     exécuter une requête PromQL et afficher la réponse
  snapshot  rendre un tableau de bord en PNG, SVG ou PDF (ses données et alertes en JSON, ou un rapport d’incident) sans écran
  stack     faire tourner la pile de démonstration sans la console (run, up, down)
  alerts    lister les alertes de chaque cluster Alertmanager, répliques fusionnées
  ack       acquitter des alertes (une mise en silence Alertmanager dont le commentaire commence par ACK!)
  expire    faire expirer une mise en silence ou un acquittement par identifiant
  silences  lister les mises en silence
  check     exécuter les vérifications de santé de la pile de supervision ; se termine comme un greffon Nagios
Chaque commande a son propre --help.</translation>
    </message>
    <message>
        <location filename="../app/cli/consolecommand.cpp" line="56"/>
        <source>unknown command &quot;%1&quot; (commands: %2)</source>
        <translation>commande inconnue « %1 » (commandes : %2)</translation>
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
        <translation>La configuration contient des erreurs :

%1</translation>
    </message>
</context>
<context>
    <name>pivori::CrosshairReadout</name>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="79"/>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="81"/>
        <source>no traffic</source>
        <translation>pas de trafic</translation>
    </message>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="84"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="94"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/crosshairreadout.cpp" line="96"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>pivori::CustomRangeDialog</name>
    <message>
        <location filename="../app/windows/customrangedialog.cpp" line="17"/>
        <source>Custom time range</source>
        <translation>Plage de temps personnalisée</translation>
    </message>
    <message>
        <location filename="../app/windows/customrangedialog.cpp" line="24"/>
        <source>Times are in %1.</source>
        <translation>Les heures sont en %1.</translation>
    </message>
    <message>
        <location filename="../app/windows/customrangedialog.cpp" line="29"/>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <location filename="../app/windows/customrangedialog.cpp" line="30"/>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
</context>
<context>
    <name>pivori::DashboardConfigParser</name>
    <message>
        <location filename="../models/config/dashboardconfigrows.cpp" line="17"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="24"/>
        <source>an id of lower-case letters, digits and &apos;-&apos; (like api-latency)</source>
        <translation>un identifiant en minuscules, chiffres et &apos;-&apos; (comme api-latency)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigrows.cpp" line="54"/>
        <source>duplicate panel or row id &quot;%1&quot; in dashboard &quot;%2&quot; (first defined at line %3)</source>
        <translation>identifiant de panneau ou de ligne « %1 » en double dans le tableau de bord « %2 » (défini d&apos;abord à la ligne %3)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigrows.cpp" line="68"/>
        <source>%1: a row holds panels, not other rows; write the rows one after the other</source>
        <translation>%1 : une ligne contient des panneaux, pas d&apos;autres lignes ; écrivez les lignes l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigrows.cpp" line="89"/>
        <source>%1 repeats by $%2 inside row &quot;%3&quot;, which repeats by $%4: repeat one or the other</source>
        <translation>%1 se répète selon $%2 dans la ligne « %3 », qui se répète selon $%4 : répétez l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigrows.cpp" line="107"/>
        <source>%1 is $%2, but the dashboard has no variable named &quot;%2&quot;</source>
        <translation>%1 vaut $%2, mais le tableau de bord n&apos;a pas de variable nommée « %2 »</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="107"/>
        <source>%1 names &quot;%2&quot;, which is not a built-in dashboard (built-in: %3)</source>
        <translation>%1 nomme « %2 », qui n’est pas un tableau de bord intégré (intégrés : %3)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="48"/>
        <source>%1 only applies to stat, bargauge and table panels</source>
        <translation>%1 ne s&apos;applique qu&apos;aux panneaux stat, bargauge et table</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="58"/>
        <source>%1 does not apply to bars panels (give the query a color and legend instead)</source>
        <translation>%1 ne s&apos;applique pas aux panneaux bars (donnez plutôt color et legend à la requête)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="73"/>
        <source>%1 only applies to table panels</source>
        <translation>%1 ne s&apos;applique qu&apos;aux panneaux table</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="91"/>
        <source>%1 must map columns to the headers shown, like &quot;job: Job&quot;</source>
        <translation>%1 doit associer les colonnes aux en-têtes affichés, par exemple &quot;job: Job&quot;</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="97"/>
        <source>%1: each entry must be &quot;column: header&quot;, both text</source>
        <translation>%1 : chaque entrée doit être &quot;colonne: en-tête&quot;, les deux en texte</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="126"/>
        <source>%1 must be a column name: a label, or Value</source>
        <translation>%1 doit être un nom de colonne : une étiquette, ou Value</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="165"/>
        <source>%1 must have exactly one of value, range, regex or special (it has %2)</source>
        <translation>%1 doit avoir exactement un de value, range, regex ou special (il en a %2)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="166"/>
        <location filename="../models/config/dashboardconfigfields.cpp" line="340"/>
        <location filename="../models/config/dashboardconfigfields.cpp" line="373"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="109"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="461"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="189"/>
        <source>%1 needs from, to or both</source>
        <translation>%1 a besoin de from, de to ou des deux</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="193"/>
        <source>%1 must not be below from (%2)</source>
        <translation>%1 ne doit pas être inférieur à from (%2)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="205"/>
        <location filename="../models/config/dashboardconfigfields.cpp" line="354"/>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="112"/>
        <source>%1 is not a valid regular expression: %2</source>
        <translation>%1 n&apos;est pas une expression régulière valide : %2</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="230"/>
        <source>%1 needs a text, a color or both</source>
        <translation>%1 a besoin d&apos;un texte, d&apos;une couleur ou des deux</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="264"/>
        <source>%1 sets nothing: give it one or more of %2</source>
        <translation>%1 ne définit rien : donnez-lui un ou plusieurs de %2</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="297"/>
        <source>%1: an override&apos;s thresholds have no axis (lines are the panel&apos;s own)</source>
        <translation>%1 : les seuils d&apos;une surcharge n&apos;ont pas d&apos;axe (les lignes sont celles du panneau)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="339"/>
        <source>%1 must have exactly one of name, regex or query (it has %2)</source>
        <translation>%1 doit avoir exactement un de name, regex ou query (il en a %2)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="371"/>
        <source>%1 is &quot;%2&quot;, but the panel has no query of that ref_id or index (ref_ids: %3; indexes 0 to %4)</source>
        <translation>%1 vaut &quot;%2&quot;, mais le panneau n&apos;a aucune requête de ce ref_id ou de cet indice (ref_ids : %3 ; indices 0 à %4)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="119"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="160"/>
        <source>duplicate dashboard id &quot;%1&quot; (first defined at line %2)</source>
        <translation>identifiant de tableau de bord « %1 » en double (défini d’abord à la ligne %2)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="130"/>
        <source>; the built-in one is included with &quot;- builtin: %1&quot; under dashboards</source>
        <translation> ; celui intégré s’inclut avec &quot;- builtin: %1&quot; sous dashboards</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigrows.cpp" line="100"/>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="61"/>
        <source>a variable name like service</source>
        <translation>un nom de variable comme service</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="66"/>
        <source>a Prometheus label name like service</source>
        <translation>un nom de label Prometheus comme service</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="76"/>
        <source>%1 is empty: give the PromQL expression whose answer lists the values</source>
        <translation>%1 est vide : donnez l'expression PromQL dont la réponse énumère les valeurs</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="83"/>
        <source>%1: a query_result variable takes its values from that expression; it has no %2</source>
        <translation>%1 : une variable query_result prend ses valeurs de cette expression ; elle n'a pas de %2</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="101"/>
        <source>%1 must be a regex, like &quot;.+&quot;</source>
        <translation>%1 doit être une expression régulière, par exemple &quot;.+&quot;</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="110"/>
        <source>%1 is empty; leave it out to offer every value</source>
        <translation>%1 est vide ; l’omettre pour proposer toutes les valeurs</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="129"/>
        <source>%1: a variable with values offers that list; it has no %2 to look values up with</source>
        <translation>%1 : une variable avec values propose cette liste ; elle n&apos;a pas de %2 pour chercher des valeurs</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="159"/>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="182"/>
        <source>%1: each value must be a non-empty text</source>
        <translation>%1 : chaque valeur doit être un texte non vide</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="162"/>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1 : &quot;%2&quot; figure deux fois dans la liste</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="192"/>
        <source>%1 lists %2 values, but the variable selects one (add &quot;multi: true&quot; to select several)</source>
        <translation>%1 donne %2 valeurs, mais la variable n&apos;en sélectionne qu&apos;une (ajoutez &quot;multi: true&quot; pour en sélectionner plusieurs)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="209"/>
        <source>%1: &quot;%2&quot; is not one of the variable&apos;s values (%3)</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas une des valeurs de la variable (%3)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="228"/>
        <source>%1 references $%2, its own variable: its values cannot depend on its own selection</source>
        <translation>%1 fait référence à $%2, sa propre variable : ses valeurs ne peuvent pas dépendre de sa propre sélection</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="264"/>
        <source>%1: the variables %2 reference each other in a cycle; one of them must not depend on the others</source>
        <translation>%1 : les variables %2 se référencent en boucle ; l&apos;une d&apos;elles ne doit pas dépendre des autres</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="31"/>
        <source>duplicate variable &quot;%1&quot; (first defined at line %2)</source>
        <translation>variable « %1 » en double (définie d’abord à la ligne %2)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="238"/>
        <source>duplicate panel id &quot;%1&quot; in dashboard &quot;%2&quot; (first defined at line %3)</source>
        <translation>identifiant de panneau « %1 » en double dans le tableau de bord « %2 » (défini d’abord à la ligne %3)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="286"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="271"/>
        <source>%1 must be greater than min (%2)</source>
        <translation>%1 doit être supérieur à min (%2)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="302"/>
        <source>%1 only applies to a panel with repeat</source>
        <translation>%1 ne s&apos;applique qu&apos;à un panneau avec repeat</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="323"/>
        <source>%1 only applies to bars panels</source>
        <translation>%1 ne s’applique qu’aux panneaux bars</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="330"/>
        <source>%1 only applies to timeseries and bars panels</source>
        <translation>%1 ne s’applique qu’aux panneaux timeseries et bars</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="337"/>
        <source>%1 only applies to text panels</source>
        <translation>%1 ne s&apos;applique qu&apos;aux panneaux de texte</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="32"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="345"/>
        <source>%1 does not apply to text panels</source>
        <translation>%1 ne s&apos;applique pas aux panneaux de texte</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="369"/>
        <source>%1: a text panel shows its content and has no queries</source>
        <translation>%1 : un panneau de texte affiche son contenu et n&apos;a pas de requêtes</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="411"/>
        <source>%1 must map variables of the target dashboard to labels of the series, like &quot;service: service&quot;</source>
        <translation>%1 doit associer des variables du tableau de bord cible à des labels des séries, comme &quot;service: service&quot;</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="424"/>
        <source>%1: each entry must be &quot;variable: label&quot;, both plain names (letters, digits, &apos;_&apos;)</source>
        <translation>%1 : chaque entrée doit être &quot;variable: label&quot;, deux noms simples (lettres, chiffres, &apos;_&apos;)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="459"/>
        <source>%1 refers to unknown dashboard &quot;%2&quot; (known: %3)</source>
        <translation>%1 renvoie au tableau de bord inconnu « %2 » (connus : %3)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="112"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="464"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation> ; vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="474"/>
        <source>dashboard &quot;%1&quot; has no variable named &quot;%2&quot; to set from the link</source>
        <translation>le tableau de bord « %1 » n’a pas de variable nommée « %2 » à régler depuis le lien</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfields.cpp" line="312"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="317"/>
        <location filename="../models/config/dashboardconfigparser.cpp" line="508"/>
        <source>%1 only applies to timeseries panels</source>
        <translation>%1 ne s’applique qu’aux panneaux timeseries</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="516"/>
        <source>%1 is right, but no query of this panel is on the right axis (add &quot;axis: right&quot; to the query this limit is for)</source>
        <translation>%1 est right, mais aucune requête de ce panneau n’est sur l’axe de droite (ajoutez &quot;axis: right&quot; à la requête concernée par ce seuil)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigparser.cpp" line="571"/>
        <location filename="../models/config/dashboardconfigvariables.cpp" line="234"/>
        <source>%1 uses $%2, but the dashboard has no variable named &quot;%2&quot;</source>
        <translation>%1 utilise $%2, mais le tableau de bord n’a pas de variable nommée « %2 »</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigfiles.cpp" line="24"/>
        <source>%1 must be either {file: PATH} (a Grafana dashboard JSON, a ConfigMap holding dashboards, or the console&apos;s own YAML) or {folder: PATH} (its .json files), not both</source>
        <translation>%1 doit être soit {file: CHEMIN} (un tableau de bord Grafana en JSON, une ConfigMap contenant des tableaux de bord ou le YAML propre à la console), soit {folder: CHEMIN} (ses fichiers .json), pas les deux</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigtables.cpp" line="45"/>
        <source>a Prometheus label name like pod</source>
        <translation>un nom de label Prometheus comme pod</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigtables.cpp" line="70"/>
        <source>%1: a column named &quot;%2&quot; is calculated already</source>
        <translation>%1 : une colonne nommée « %2 » est déjà calculée</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigtables.cpp" line="95"/>
        <source>%1 needs either left, op and right (e.g. left: &quot;Value #A&quot;, op: /, right: &quot;Value #B&quot;) or reduce (sum, mean, min, max or count)</source>
        <translation>%1 demande soit left, op et right (par ex. left: &quot;Value #A&quot;, op: /, right: &quot;Value #B&quot;), soit reduce (sum, mean, min, max ou count)</translation>
    </message>
    <message>
        <location filename="../models/config/dashboardconfigtables.cpp" line="109"/>
        <source>%1 only applies with reduce</source>
        <translation>%1 ne s’applique qu’avec reduce</translation>
    </message>
</context>
<context>
    <name>pivori::DashboardFileReader</name>
    <message>
        <location filename="../models/grafana/dashboardfile.cpp" line="65"/>
        <source>%1:%2:%3: YAML syntax error: %4</source>
        <translation>%1:%2:%3 : erreur de syntaxe YAML : %4</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfile.cpp" line="90"/>
        <source>%1: no ConfigMap in it holds a .json dashboard</source>
        <translation>%1 : aucune ConfigMap n’y contient de tableau de bord .json</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfile.cpp" line="106"/>
        <source>%1:%2:%3: %4 names another dashboard file; only a configuration&apos;s own entries are read</source>
        <translation>%1:%2:%3 : %4 désigne un autre fichier de tableau de bord ; seules les entrées de la configuration elle-même sont lues</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfile.cpp" line="122"/>
        <source>%1: cannot read: %2</source>
        <translation>%1 : illisible : %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfile.cpp" line="126"/>
        <source>%1: larger than %2 bytes</source>
        <translation>%1 : plus de %2 octets</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfile.cpp" line="136"/>
        <source>%1: no dashboard in it</source>
        <translation>%1 : ne contient aucun tableau de bord</translation>
    </message>
</context>
<context>
    <name>pivori::DashboardFileResolver</name>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="44"/>
        <source>dashboard folder %1 does not exist or is not a folder</source>
        <translation>le dossier de tableaux de bord %1 n&apos;existe pas ou n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="56"/>
        <source>dashboard folder %1 has no .json file and no ConfigMap .yaml file</source>
        <translation>le dossier de tableaux de bord %1 ne contient aucun fichier .json ni aucun fichier .yaml de ConfigMap</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="69"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="77"/>
        <source>noc.playlist names dashboard &quot;%1&quot;, which neither the configuration nor its dashboard files define (known: %2); left out of the playlist</source>
        <translation>noc.playlist désigne le tableau de bord « %1 », que ni la configuration ni ses fichiers de tableaux de bord ne définissent (connus : %2) ; retiré de la liste de lecture</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="87"/>
        <source>panel &quot;%1&quot; of dashboard &quot;%2&quot; links to dashboard &quot;%3&quot;, which neither the configuration nor its dashboard files define (known: %4); the link is left out</source>
        <translation>le panneau « %1 » du tableau de bord « %2 » renvoie au tableau de bord « %3 », que ni la configuration ni ses fichiers de tableaux de bord ne définissent (connus : %4) ; le lien est omis</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="115"/>
        <source>dashboard file left out: %1</source>
        <translation>fichier de tableau de bord omis : %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/dashboardfileresolver.cpp" line="123"/>
        <source>%1: dashboard &quot;%2&quot; left out: another dashboard already has that id</source>
        <translation>%1 : tableau de bord « %2 » omis : un autre tableau de bord a déjà cet identifiant</translation>
    </message>
</context>
<context>
    <name>pivori::DashboardRefresher</name>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="416"/>
        <source>Prometheus %1: %2</source>
        <translation>Prometheus %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="425"/>
        <source>the expression gives a string, which a panel cannot show</source>
        <translation>l’expression donne une chaîne, qu’un panneau ne peut pas afficher</translation>
    </message>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="428"/>
        <source>query %1: %2</source>
        <translation>requête %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="467"/>
        <source>the queries gave %1 series; the panel shows the first one (%2)</source>
        <translation>les requêtes ont donné %1 séries ; le panneau affiche la première (%2)</translation>
    </message>
    <message>
        <location filename="../models/dashboards/dashboardrefresher.cpp" line="529"/>
        <source>dashboard &quot;%1&quot; has no variable named &quot;%2&quot;</source>
        <translation>le tableau de bord « %1 » n’a pas de variable nommée « %2 »</translation>
    </message>
</context>
<context>
    <name>pivori::DashboardToolBar</name>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="28"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="36"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="38"/>
        <source>Undo the last zoom (Alt+Left)</source>
        <translation>Annuler le dernier zoom (Alt+Gauche)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="42"/>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="159"/>
        <source>Custom range…</source>
        <translation>Plage personnalisée…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="44"/>
        <source>Time range</source>
        <translation>Plage de temps</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="70"/>
        <source>Auto refresh off</source>
        <translation>Actualisation automatique désactivée</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="70"/>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="203"/>
        <source>Every %1</source>
        <translation>Toutes les %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="71"/>
        <source>Auto refresh</source>
        <translation>Actualisation automatique</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="75"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="78"/>
        <source>Pause auto refresh (Ctrl+P)</source>
        <translation>Suspendre l’actualisation automatique (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="83"/>
        <source>Refresh now</source>
        <translation>Actualiser maintenant</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="86"/>
        <source>Refresh now (F5)</source>
        <translation>Actualiser maintenant (F5)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="105"/>
        <source>Values of $%1</source>
        <translation>Valeurs de $%1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="106"/>
        <source>Values of the label &quot;%1&quot;</source>
        <translation>Valeurs du label « %1 »</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="143"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="163"/>
        <source>Fixed range</source>
        <translation>Plage fixe</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="182"/>
        <source>%1 – now %2</source>
        <translation>%1 – maintenant %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardtoolbar.cpp" line="188"/>
        <source>Time range: %1
Times are shown in %2.</source>
        <translation>Plage de temps : %1
Les heures sont affichées en %2.</translation>
    </message>
</context>
<context>
    <name>pivori::DashboardView</name>
    <message>
        <location filename="../widgets/panels/dashboardview.cpp" line="58"/>
        <source>This dashboard has no panels.</source>
        <translation>Ce tableau de bord n’a aucun panneau.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardview.cpp" line="257"/>
        <source>Paused at %1 — data not updating</source>
        <translation>En pause depuis %1 — données non actualisées</translation>
    </message>
    <message>
        <location filename="../widgets/panels/dashboardview.cpp" line="258"/>
        <source>Automatic refresh is paused since %1. Resume it with Pause in the toolbar (Ctrl+P).</source>
        <translation>L’actualisation automatique est suspendue depuis %1. Reprenez-la avec Pause dans la barre d’outils (Ctrl+P).</translation>
    </message>
</context>
<context>
    <name>pivori::DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="47"/>
        <source>Starts a demo stack (synthetic Pivori fleet, Prometheus with the guide&apos;s alert rules, two Alertmanager replicas) on loopback and opens the console on it.</source>
        <translation>Démarre une pile de démonstration (flotte Pivori synthétique, Prometheus avec les règles d’alerte du guide, deux répliques Alertmanager) en boucle locale et y ouvre la console.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="53"/>
        <source>Run alert rules and scenarios this many times faster (default 10).</source>
        <translation>Exécuter les règles d’alerte et les scénarios ce nombre de fois plus vite (10 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="54"/>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="58"/>
        <source>Close by itself this long after the console opened (for smoke tests).</source>
        <translation>Se fermer seule ce délai après l’ouverture de la console (pour les tests de fumée).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="59"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="67"/>
        <source>demo: --time-scale must be a number from 1 to 3600</source>
        <translation>demo : --time-scale doit être un nombre de 1 à 3600</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="79"/>
        <source>demo: --quit-after must be a duration like 10s</source>
        <translation>demo : --quit-after doit être une durée comme 10s</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="99"/>
        <source>Starting the demo stack…</source>
        <translation>Démarrage de la pile de démonstration…</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="99"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="100"/>
        <location filename="../app/cli/democommand.cpp" line="132"/>
        <source>Pivori Console demo</source>
        <translation>Démo Pivori Console</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="133"/>
        <source>The demo stack could not start:

%1</source>
        <translation>La pile de démonstration n’a pas pu démarrer :

%1</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="149"/>
        <source>Demo stack: %1 died</source>
        <translation>Pile de démonstration : %1 s’est arrêté</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="154"/>
        <source>Demo stack: %1 died; starting it again in %2 (restart %3 of at most %4)</source>
        <translation>Pile de démonstration : %1 s’est arrêté ; redémarrage dans %2 (redémarrage %3 sur au plus %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="162"/>
        <source>Demo stack: %1 is back</source>
        <translation>Pile de démonstration : %1 est de retour</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="168"/>
        <source>Demo stack: %1</source>
        <translation>Pile de démonstration : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="186"/>
        <source>demo: Prometheus %1, Alertmanagers %2, simulator %3 (scenarios: %4)
</source>
        <translation>demo : Prometheus %1, Alertmanagers %2, simulateur %3 (scénarios : %4)
</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="189"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>pivori::DemoStackOptions</name>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="20"/>
        <source>--past-incident must be NAME[:TARGET]@FROM-TO, two durations before the start with FROM the longer, like error-burst:payments@48m-36m; got &quot;%1&quot;</source>
        <translation>--past-incident doit être NOM[:CIBLE]@DE-À, deux durées avant le démarrage, DE la plus longue, par exemple error-burst:payments@48m-36m ; reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="35"/>
        <source>Seed of the synthetic fleet (default 1).</source>
        <translation>Graine de la flotte synthétique (1 par défaut).</translation>
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
        <translation>Activer un scénario du simulateur au démarrage, NOM ou NOM:CIBLE ; répétable (par défaut : aucun).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="40"/>
        <source>Switch a simulator scenario on at start, NAME or NAME:TARGET; repeatable (default: %1).</source>
        <translation>Activer un scénario du simulateur au démarrage, NOM ou NOM:CIBLE ; répétable (par défaut : %1).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="42"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="44"/>
        <source>Number of services of the fleet: the platform&apos;s %1, then generated ones (at most %2).</source>
        <translation>Nombre de services de la flotte : les %1 de la plateforme, puis des services générés (au plus %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="49"/>
        <source>Pods of every service (default: two or three, drawn from the seed).</source>
        <translation>Pods de chaque service (par défaut : deux ou trois, tirés de la graine).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="50"/>
        <source>Start with a healthy fleet (no scenario).</source>
        <translation>Démarrer avec une flotte saine (aucun scénario).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="52"/>
        <source>A server that dies is started again after this long, doubled at each further death (at most %1 restarts of one server in %2 min; default 10s).</source>
        <translation>Un serveur qui s’arrête est redémarré après ce délai, doublé à chaque nouvel arrêt (au plus %1 redémarrages d’un serveur en %2 min ; 10s par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="56"/>
        <location filename="../app/cli/demostackoptions.cpp" line="63"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="58"/>
        <source>Leave a server that dies down (the others keep running).</source>
        <translation>Laisser arrêté un serveur qui s’arrête (les autres continuent).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="60"/>
        <source>Start Prometheus with this much of the fleet&apos;s past already stored, e.g. 1h (at most %1; 0 for none; default %2). Needs promtool (Debian package prometheus).</source>
        <translation>Démarrer Prometheus avec autant du passé de la flotte déjà stocké, par ex. 1h (au plus %1 ; 0 pour aucun ; par défaut %2). Requiert promtool (paquet Debian prometheus).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="66"/>
        <source>In that past, a scenario that was on from FROM to TO before the start and then off again, so its alerts fired and resolved, e.g. error-burst:payments@48m-36m; repeatable (default: none).</source>
        <translation>Dans ce passé, un scénario actif de DE à À avant le démarrage puis arrêté, de sorte que ses alertes se sont déclenchées puis résolues, par exemple error-burst:payments@48m-36m ; répétable (par défaut : aucun).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="69"/>
        <source>In that past, a scenario that was on from FROM to TO before the start and then off again, so its alerts fired and resolved; repeatable (default: %1; none with --no-scenarios).</source>
        <translation>Dans ce passé, un scénario actif de DE à À avant le démarrage puis arrêté, de sorte que ses alertes se sont déclenchées puis résolues ; répétable (par défaut : %1 ; aucun avec --no-scenarios).</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="73"/>
        <source>NAME[:TARGET]@FROM-TO</source>
        <translation>NOM[:CIBLE]@DE-À</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="83"/>
        <source>--seed must be a whole number</source>
        <translation>--seed doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="89"/>
        <source>--services must be a whole number from %1 to %2</source>
        <translation>--services doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="98"/>
        <source>--pods-per-service must be a whole number from 1 to %1</source>
        <translation>--pods-per-service doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="107"/>
        <source>--scenario and --no-scenarios contradict each other</source>
        <translation>--scenario et --no-scenarios se contredisent</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="119"/>
        <source>--history must be 0 or a duration from 1m to %1, like 1h</source>
        <translation>--history doit être 0 ou une durée de 1m à %1, comme 1h</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="128"/>
        <source>--past-incident and --no-scenarios contradict each other</source>
        <translation>--past-incident et --no-scenarios se contredisent</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="143"/>
        <source>--restart-delay and --no-restart contradict each other</source>
        <translation>--restart-delay et --no-restart se contredisent</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="151"/>
        <source>--restart-delay must be a duration from 1s to %1 (or use --no-restart)</source>
        <translation>--restart-delay doit être une durée de 1s à %1 (ou utilisez --no-restart)</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="162"/>
        <source>a server that dies stays down; the others keep running</source>
        <translation>un serveur qui s’arrête reste arrêté ; les autres continuent</translation>
    </message>
    <message>
        <location filename="../app/cli/demostackoptions.cpp" line="163"/>
        <source>a server that dies is started again after %1 (doubling, at most %2 times in %3 min); the others keep running</source>
        <translation>un serveur qui s’arrête est redémarré après %1 (délai doublé, au plus %2 fois en %3 min) ; les autres continuent</translation>
    </message>
</context>
<context>
    <name>pivori::DesktopNotifications</name>
    <message>
        <location filename="../widgets/inbox/desktopnotifications.cpp" line="37"/>
        <source>no D-Bus session bus</source>
        <translation>pas de bus de session D-Bus</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/desktopnotifications.cpp" line="46"/>
        <source>the desktop&apos;s notification service (%1) stopped</source>
        <translation>le service de notifications du bureau (%1) s’est arrêté</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/desktopnotifications.cpp" line="69"/>
        <source>no desktop notification service (%1): %2</source>
        <translation>aucun service de notifications du bureau (%1) : %2</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/desktopnotifications.cpp" line="131"/>
        <source>Show alerts</source>
        <translation>Afficher les alertes</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/desktopnotifications.cpp" line="145"/>
        <source>the desktop&apos;s notification service (%1) refused a notification: %2</source>
        <translation>le service de notifications du bureau (%1) a refusé une notification : %2</translation>
    </message>
</context>
<context>
    <name>pivori::DisplayOptions</name>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="20"/>
        <source>Open as the NOC wall display: full screen, rotating through the playlist.</source>
        <translation>Ouvrir en affichage mural NOC : plein écran, en parcourant la playlist.</translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="22"/>
        <source>The screen the NOC wall fills, from 0 (remembered; default: the configured one).</source>
        <translation>L’écran que remplit le mur NOC, à partir de 0 (mémorisé ; par défaut : celui configuré).</translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="22"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="24"/>
        <source>Poll dashboards, alerts and servers this often, e.g. 5s (overrides the configuration).</source>
        <translation>Interroger tableaux de bord, alertes et serveurs à cette fréquence, par ex. 5s (remplace la configuration).</translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="25"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="36"/>
        <source>--screen must be a number from 0 to %1</source>
        <translation>--screen doit être un nombre de 0 à %1</translation>
    </message>
    <message>
        <location filename="../app/cli/displayoptions.cpp" line="44"/>
        <source>--refresh must be a duration of at least 1s, like 5s</source>
        <translation>--refresh doit être une durée d’au moins 1s, comme 5s</translation>
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
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="57"/>
        <source>Custom duration</source>
        <translation>Durée personnalisée</translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="60"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="61"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../widgets/common/durationpicker.cpp" line="62"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
</context>
<context>
    <name>pivori::ExpireCommand</name>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="187"/>
        <source>Expires a silence (un-acknowledges, when it is an acknowledgement).</source>
        <translation>Fait expirer une mise en silence (annule l’acquittement, si c’en est un).</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="191"/>
        <source>The silence id, as printed by ack or silences.</source>
        <translation>L’identifiant de la mise en silence, tel qu’affiché par ack ou silences.</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="197"/>
        <source>expire: give exactly one silence id</source>
        <translation>expire : indiquez exactement un identifiant de mise en silence</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="198"/>
        <source>expire: &quot;%1&quot; is not a silence id</source>
        <translation>expire : « %1 » n’est pas un identifiant de mise en silence</translation>
    </message>
    <message>
        <location filename="../app/cli/ackcommand.cpp" line="216"/>
        <source>expire: %1</source>
        <translation>expire : %1</translation>
    </message>
</context>
<context>
    <name>pivori::ExportController</name>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="92"/>
        <source>Export as &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="93"/>
        <source>Export as PNG at &amp;2x…</source>
        <translation>Exporter en PNG à &amp;2x…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="94"/>
        <source>Export as &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="95"/>
        <source>Export as P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="96"/>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="104"/>
        <source>&amp;Incident report…</source>
        <translation>Rapport d’&amp;incident…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="129"/>
        <source>Open a dashboard to export it.</source>
        <translation>Ouvrez un tableau de bord pour l’exporter.</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="154"/>
        <source>Copied &quot;%1&quot; to the clipboard</source>
        <translation>« %1 » copié dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="170"/>
        <source>The dashboard was closed before it could be exported.</source>
        <translation>Le tableau de bord a été fermé avant de pouvoir être exporté.</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="190"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="191"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="192"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="194"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="202"/>
        <source>Cannot export to %1: choose a .png, .svg or .pdf file.</source>
        <translation>Impossible d’exporter vers %1 : choisissez un fichier .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="210"/>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="217"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="231"/>
        <source>Folder for the incident report</source>
        <translation>Dossier du rapport d’incident</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="240"/>
        <source>Incident report</source>
        <translation>Rapport d’incident</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="241"/>
        <source>%1 already holds a report. Replace it?</source>
        <translation>%1 contient déjà un rapport. Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="255"/>
        <source>The dashboard was closed before the report could be written.</source>
        <translation>Le tableau de bord a été fermé avant que le rapport puisse être écrit.</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="281"/>
        <source>Writing the incident report…</source>
        <translation>Écriture du rapport d’incident…</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="281"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="299"/>
        <source>Incident report cancelled</source>
        <translation>Rapport d’incident annulé</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="301"/>
        <source>Incident report: %1</source>
        <translation>Rapport d’incident : %1</translation>
    </message>
    <message>
        <location filename="../app/windows/exportcontroller.cpp" line="310"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
</context>
<context>
    <name>pivori::ExportHeader</name>
    <message>
        <location filename="../models/export/exportheader.cpp" line="57"/>
        <source>none selected</source>
        <translation>aucune sélection</translation>
    </message>
    <message>
        <location filename="../models/export/exportheader.cpp" line="59"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../models/export/exportheader.cpp" line="71"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../models/export/exportheader.cpp" line="79"/>
        <source>Prometheus %1 · exported %2</source>
        <translation>Prometheus %1 · exporté %2</translation>
    </message>
    <message>
        <location filename="../models/export/exportheader.cpp" line="87"/>
        <source>%1 · zoomed in</source>
        <translation>%1 · zoomé</translation>
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
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <location filename="../models/export/exportedalerts.cpp" line="31"/>
        <location filename="../models/export/exportedalerts.cpp" line="36"/>
        <source>Alertmanager cluster &quot;%1&quot; did not answer: %2</source>
        <translation>le cluster Alertmanager « %1 » n’a pas répondu : %2</translation>
    </message>
    <message>
        <location filename="../models/export/exportedalerts.cpp" line="40"/>
        <source>The list may miss alerts: %1.</source>
        <translation>La liste manque peut-être des alertes : %1.</translation>
    </message>
</context>
<context>
    <name>pivori::ExtendDialog</name>
    <message>
        <location filename="../widgets/inbox/extenddialog.cpp" line="22"/>
        <location filename="../widgets/inbox/extenddialog.cpp" line="40"/>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/extenddialog.cpp" line="24"/>
        <source>Add time to %1:</source>
        <translation>Ajouter du temps à %1 :</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/extenddialog.cpp" line="69"/>
        <source>This cannot be added: %1.</source>
        <translation>Impossible d’ajouter cela : %1.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/extenddialog.cpp" line="77"/>
        <source>New end: %1</source>
        <translation>Nouvelle fin : %1</translation>
    </message>
</context>
<context>
    <name>pivori::GaugePanel</name>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="70"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="71"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="72"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="73"/>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../widgets/panels/gaugepanel.cpp" line="84"/>
        <source>No traffic</source>
        <translation>Pas de trafic</translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaFieldReader</name>
    <message>
        <location filename="../models/grafana/grafanafieldconfig.cpp" line="85"/>
        <source>unit %1 shown in the console&apos;s nearest unit</source>
        <translation>unité %1 affichée dans l’unité la plus proche de la console</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldconfig.cpp" line="88"/>
        <source>unit %1: values multiplied by %2</source>
        <translation>unité %1 : valeurs multipliées par %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldconfig.cpp" line="92"/>
        <source>unit %1 is not known: values shown plain</source>
        <translation>unité %1 inconnue : valeurs affichées brutes</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldconfig.cpp" line="140"/>
        <source>percentage thresholds read against %1..%2 (Grafana uses the data&apos;s range when min or max is not set)</source>
        <translation>seuils en pourcentage rapportés à %1..%2 (Grafana prend l’étendue des données si min ou max manque)</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldconfig.cpp" line="275"/>
        <source>100% stacking drawn as normal stacking</source>
        <translation>empilement à 100 % dessiné comme empilement normal</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldconfig.cpp" line="285"/>
        <source>min %1 is not below max %2: both left out</source>
        <translation>min %1 n’est pas inférieur à max %2 : les deux sont omis</translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaImporter</name>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="66"/>
        <source>time range %1 to %2: the console shows the last %3</source>
        <translation>période %1 à %2 : la console montre les dernières %3</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="75"/>
        <source>no auto-refresh in Grafana; the console refreshes every %1</source>
        <translation>pas d’actualisation automatique dans Grafana ; la console actualise toutes les %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="107"/>
        <source>%1:%2:%3: not valid JSON: %4</source>
        <translation>%1:%2:%3 : JSON invalide : %4</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="114"/>
        <source>%1: a Grafana dashboard is a JSON object</source>
        <translation>%1 : un tableau de bord Grafana est un objet JSON</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="117"/>
        <source>%1: this dashboard uses Grafana&apos;s v2 schema (elements{} and a layout), which the console does not read; export it from Grafana as classic JSON (schemaVersion 42 or earlier)</source>
        <translation>%1 : ce tableau de bord utilise le schéma v2 de Grafana (elements{} et une mise en page), que la console ne lit pas ; exportez-le depuis Grafana en JSON classique (schemaVersion 42 ou antérieur)</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="122"/>
        <source>%1: not a Grafana dashboard: it has neither panels[] nor rows[]</source>
        <translation>%1 : pas un tableau de bord Grafana : il n’a ni panels[] ni rows[]</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="132"/>
        <source>Imported Grafana dashboard</source>
        <translation>Tableau de bord Grafana importé</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="159"/>
        <source>row &quot;%1&quot; repeats by $%2: one copy of the row per value</source>
        <translation>la ligne « %1 » se répète selon $%2 : une copie de la ligne par valeur</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="163"/>
        <source>row &quot;%1&quot; repeats by $%2, which the conversion fixes to one value: shown once</source>
        <translation>la ligne « %1 » se répète selon $%2, que la conversion fixe à une valeur : affichée une fois</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="178"/>
        <source>repeat by $%1 dropped: its row repeats by $%2</source>
        <translation>répétition selon $%1 abandonnée : sa ligne se répète selon $%2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="186"/>
        <source>placeholder: Grafana %1 panel &quot;%2&quot; is not shown (see the report above)</source>
        <translation>emplacement : le panneau Grafana %1 « %2 » n’est pas affiché (voir le rapport ci-dessus)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/grafana/grafanaimporter.cpp" line="193"/>
        <source>%1: nothing the console can draw: none of its %n panel(s) has a Prometheus query of a supported kind</source>
        <translation>
            <numerusform>%1 : rien que la console puisse dessiner : son %n panneau n’a aucune requête Prometheus d’un type pris en charge</numerusform>
            <numerusform>%1 : rien que la console puisse dessiner : aucun de ses %n panneaux n’a de requête Prometheus d’un type pris en charge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaimporter.cpp" line="210"/>
        <source>%1: the converted dashboard does not load (a converter bug): %2</source>
        <translation>%1 : le tableau de bord converti ne se charge pas (un bogue du convertisseur) : %2</translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaLayoutReader</name>
    <message>
        <location filename="../models/grafana/grafanalayout.cpp" line="79"/>
        <location filename="../models/grafana/grafanalayout.cpp" line="153"/>
        <source>(untitled row)</source>
        <translation>(ligne sans titre)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/grafana/grafanalayout.cpp" line="107"/>
        <source>%n row(s) (%1 collapsed) kept as the console&apos;s rows</source>
        <translation>
            <numerusform>%n ligne (%1 repliée(s)) conservée comme ligne de la console</numerusform>
            <numerusform>%n lignes (%1 repliée(s)) conservées comme lignes de la console</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/grafana/grafanalayout.cpp" line="170"/>
        <source>legacy rows[] layout (%n row(s), %1 collapsed) kept as the console&apos;s rows</source>
        <translation>
            <numerusform>ancienne disposition rows[] (%n ligne, %1 repliée(s)) conservée comme lignes de la console</numerusform>
            <numerusform>ancienne disposition rows[] (%n lignes, %1 repliée(s)) conservée comme lignes de la console</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/grafana/grafanalayout.cpp" line="112"/>
        <source>%n saved copy(ies) of repeated panels or rows left out</source>
        <translation>
            <numerusform>%n copie enregistrée de panneaux ou lignes répétés omise</numerusform>
            <numerusform>%n copies enregistrées de panneaux ou lignes répétés omises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaOverrideReader</name>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="60"/>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="134"/>
        <source>value mapping of &quot;%1&quot;: Prometheus readings are numbers</source>
        <translation>correspondance de valeur de &quot;%1&quot; : les valeurs de Prometheus sont des nombres</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="85"/>
        <source>value mapping regex %1 is not valid here: left out</source>
        <translation>l&apos;expression régulière %1 de la correspondance de valeur n&apos;est pas valide ici : omise</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="100"/>
        <source>value mapping of special value %1 not kept</source>
        <translation>correspondance de la valeur spéciale %1 non conservée</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="105"/>
        <source>value mapping of type %1 not kept</source>
        <translation>correspondance de valeur de type %1 non conservée</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="169"/>
        <source>%n value mapping(s)</source>
        <translation>
            <numerusform>%n correspondance de valeur</numerusform>
            <numerusform>%n correspondances de valeur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="202"/>
        <source>override %1 %2 not applied</source>
        <translation>surcharge %1 %2 non appliquée</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="210"/>
        <source>override %1: not a usable matcher, left out</source>
        <translation>surcharge %1 : sélecteur inutilisable, omise</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="230"/>
        <source>override %1: unit %2 shown without multiplying the values by %3</source>
        <translation>surcharge %1 : unité %2 affichée sans multiplier les valeurs par %3</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="289"/>
        <source>override %1: %2 not applied</source>
        <translation>surcharge %1 : %2 non appliqué</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="296"/>
        <source>override %1: no property to apply</source>
        <translation>surcharge %1 : aucune propriété à appliquer</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="299"/>
        <source>override %1</source>
        <translation>surcharge %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="339"/>
        <source>calculateField: binary %1 %2 %3 cannot be read</source>
        <translation>calculateField : l’opération binaire %1 %2 %3 est illisible</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="352"/>
        <source>calculateField: reducer &quot;%1&quot; is not supported (sum, mean, min, max, count are)</source>
        <translation>calculateField : le réducteur « %1 » n’est pas pris en charge (sum, mean, min, max, count le sont)</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="365"/>
        <source>calculateField: mode &quot;%1&quot; is not supported (binary, reduceRow are)</source>
        <translation>calculateField : le mode « %1 » n’est pas pris en charge (binary, reduceRow le sont)</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="409"/>
        <source>merge: one row per label set, a column per query</source>
        <translation>merge : une ligne par jeu de labels, une colonne par requête</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="418"/>
        <source>joinByField inner: only rows every query has a reading for</source>
        <translation>joinByField inner : seules les lignes pour lesquelles chaque requête a une valeur</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="421"/>
        <source>joinByField mode %1 joined as outer</source>
        <translation>joinByField en mode %1 joint en externe</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="426"/>
        <source>joinByField: one row per %1</source>
        <translation>joinByField : une ligne par %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="429"/>
        <source>joinByField on &quot;%1&quot;: rows joined on all their labels instead</source>
        <translation>joinByField sur « %1 » : lignes jointes sur tous leurs labels à la place</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="438"/>
        <source>labelsToFields as rows: shown as columns, the table&apos;s labels</source>
        <translation>labelsToFields en lignes : affichés en colonnes, les labels du tableau</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="440"/>
        <source>labelsToFields: the table&apos;s labels are its columns already</source>
        <translation>labelsToFields : les labels du tableau en sont déjà les colonnes</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="459"/>
        <source>calculateField: column &quot;%1&quot;</source>
        <translation>calculateField : colonne « %1 »</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="467"/>
        <source>sortBy %1</source>
        <translation>sortBy %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="492"/>
        <source>organize: columns hidden, ordered and renamed</source>
        <translation>organize : colonnes masquées, ordonnées et renommées</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanafieldoverrides.cpp" line="496"/>
        <source>transformations not applied: %1</source>
        <translation>transformations non appliquées : %1</translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaPanelReader</name>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="112"/>
        <source>HTML shown as its plain text, tags removed</source>
        <translation>HTML affiché en texte brut, balises retirées</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="115"/>
        <source>code shown as plain text</source>
        <translation>code affiché en texte brut</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="120"/>
        <source>HTML and images in the Markdown shown as text, never loaded</source>
        <translation>HTML et images du Markdown affichés en texte, jamais chargés</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="57"/>
        <source>interval %1: one bar per %2</source>
        <translation>intervalle %1 : une barre par %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="76"/>
        <source>shows the current value, not the %1 over the range</source>
        <translation>montre la valeur actuelle, pas %1 sur la période</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="80"/>
        <source>bars drawn as lines</source>
        <translation>barres dessinées en lignes</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="88"/>
        <source>vertical bars drawn horizontally</source>
        <translation>barres verticales dessinées à l&apos;horizontale</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="92"/>
        <source>display mode %1 drawn as plain bars</source>
        <translation>mode d&apos;affichage %1 dessiné en barres simples</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="97"/>
        <source>bar chart of one reading per series: drawn as a bar gauge, one bar per series</source>
        <translation>diagramme en barres d&apos;une valeur par série : dessiné en bar gauge, une barre par série</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="99"/>
        <source>bar chart over time: drawn as bars, one group per step of the range</source>
        <translation>diagramme en barres dans le temps : dessiné en barres, un groupe par pas de la période</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="102"/>
        <source>horizontal bars drawn vertically</source>
        <translation>barres horizontales dessinées verticalement</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="106"/>
        <source>100% stacking drawn as normal stacking</source>
        <translation>empilement à 100 % dessiné en empilement normal</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="109"/>
        <source>x field %1 not kept: one bar per series</source>
        <translation>champ x %1 non repris : une barre par série</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="114"/>
        <source>shows the present value of each series (an instant query), labels as columns</source>
        <translation>affiche la valeur actuelle de chaque série (une requête instantanée), étiquettes en colonnes</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="117"/>
        <source>panel links not kept</source>
        <translation>liens du panneau non conservés</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="148"/>
        <source>colour mode fixed: every series %1</source>
        <translation>mode de couleur fixed : chaque série %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="152"/>
        <source>colour mode %1: readings take their thresholds&apos; colours</source>
        <translation>mode de couleur %1 : les valeurs prennent les couleurs de leurs seuils</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="156"/>
        <source>colour mode thresholds: series take the palette&apos;s colours, thresholds are drawn as lines</source>
        <translation>mode de couleur thresholds : les séries prennent les couleurs de la palette, les seuils sont tracés en lignes</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="161"/>
        <source>colour scheme %1 drawn with the palette&apos;s colours</source>
        <translation>schéma de couleurs %1 dessiné avec les couleurs de la palette</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="162"/>
        <source>colour scheme %1: readings take their thresholds&apos; colours</source>
        <translation>schéma de couleurs %1 : les valeurs prennent les couleurs de leurs seuils</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="191"/>
        <source>legend values %1 not shown: its table has last, min, max and mean</source>
        <translation>valeurs de légende %1 non affichées : son tableau a dernière, min, max et moyenne</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="202"/>
        <source>legend on the right drawn under the plot</source>
        <translation>légende à droite dessinée sous le graphique</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="213"/>
        <source>value mappings not applied: the console shows them on stat, bar gauge and table panels</source>
        <translation>correspondances de valeur non appliquées : la console les affiche sur les panneaux stat, bar gauge et table</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="218"/>
        <source>overrides not applied on bars</source>
        <translation>surcharges non appliquées aux barres</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="232"/>
        <source>override of query %1 left out: that target is not converted</source>
        <translation>surcharge de la requête %1 omise : cette cible n&apos;est pas convertie</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapaneloptions.cpp" line="246"/>
        <source>units %1 share the right axis, labelled %2</source>
        <translation>les unités %1 partagent l&apos;axe de droite, gradué en %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="153"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="154"/>
        <source>(no type)</source>
        <translation>(sans type)</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="171"/>
        <source>repeated vertically by $%1: one copy per value</source>
        <translation>répété verticalement selon $%1 : une copie par valeur</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="172"/>
        <source>repeated horizontally by $%1: one copy per value, at most %2 per line</source>
        <translation>répété horizontalement selon $%1 : une copie par valeur, au plus %2 par ligne</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="178"/>
        <source>repeated by $%1, which the conversion fixes to one value: one panel</source>
        <translation>répété selon $%1, que la conversion fixe à une valeur : un seul panneau</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="159"/>
        <source>library panel: its definition is not in the dashboard JSON</source>
        <translation>panneau de bibliothèque : sa définition n’est pas dans le JSON du tableau de bord</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="198"/>
        <source>text panel without content: left out</source>
        <translation>panneau de texte sans contenu : omis</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="218"/>
        <source>panel type %1 is not supported yet: a placeholder comment in the YAML</source>
        <translation>le type de panneau %1 n’est pas encore pris en charge : un commentaire de remplacement dans le YAML</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="221"/>
        <source>panel type %1 is not supported yet: a placeholder stat panel shows its first query</source>
        <translation>le type de panneau %1 n’est pas encore pris en charge : un panneau stat de remplacement montre sa première requête</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="228"/>
        <source>no Prometheus query left to show</source>
        <translation>plus aucune requête Prometheus à afficher</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanapanels.cpp" line="234"/>
        <source>[%1 not supported] %2</source>
        <translation>[%1 non pris en charge] %2</translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaQueryReader</name>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="102"/>
        <source>target %1: datasource %2 is not Prometheus</source>
        <translation>cible %1 : la source de données %2 n’est pas Prometheus</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="108"/>
        <source>target %1: no PromQL expression</source>
        <translation>cible %1 : aucune expression PromQL</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="113"/>
        <source>target %1 is hidden in Grafana: left out</source>
        <translation>cible %1 masquée dans Grafana : omise</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="121"/>
        <source>target %1 uses $%2, which the dashboard does not define: left out</source>
        <translation>la cible %1 utilise $%2, que le tableau de bord ne définit pas : omise</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="126"/>
        <source>target %1: %2</source>
        <translation>cible %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="143"/>
        <source>target %1 is instant in Grafana: drawn over the range</source>
        <translation>la cible %1 est instantanée dans Grafana : dessinée sur la période</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="146"/>
        <source>target %1: min interval %2 not kept; the console picks the step</source>
        <translation>cible %1 : intervalle minimal %2 non conservé ; la console choisit le pas</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="150"/>
        <source>target %1: intervalFactor %2 not kept</source>
        <translation>cible %1 : intervalFactor %2 non conservé</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="153"/>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanaqueries.cpp" line="158"/>
        <source>panel min interval %1 not kept; the console picks the step</source>
        <translation>intervalle minimal %1 du panneau non conservé ; la console choisit le pas</translation>
    </message>
</context>
<context>
    <name>pivori::GrafanaVariableReader</name>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="235"/>
        <source>variable $%1: query &quot;%2&quot; is not label_values() and has no saved value; panels using it lose those queries</source>
        <translation>variable $%1 : la requête « %2 » n’est pas label_values() et n’a pas de valeur enregistrée ; les panneaux qui l’utilisent perdent ces requêtes</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="243"/>
        <source>variable $%1: query &apos;%2&apos; is not label_values(); fixed to &apos;%3&apos;</source>
        <translation>variable $%1 : la requête « %2 » n’est pas label_values() ; fixée à « %3 »</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="251"/>
        <source>variable $%1: cannot read the label of &quot;%2&quot;</source>
        <translation>variable $%1 : impossible de lire le label de « %2 »</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="157"/>
        <source>variable $%1: All stands for %2</source>
        <translation>variable $%1 : All représente %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="166"/>
        <source>variable $%1: multi-value</source>
        <translation>variable $%1 : valeurs multiples</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="262"/>
        <source>variable $%1: the matchers %2 name no earlier variable; its values are looked up without them</source>
        <translation>variable $%1 : les sélecteurs %2 ne nomment aucune variable précédente ; ses valeurs sont cherchées sans eux</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="269"/>
        <source>variable $%1: chained, its values follow $%2</source>
        <translation>variable $%1 : chaînée, ses valeurs suivent $%2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="178"/>
        <source>variable $%1: values filtered by the regex %2</source>
        <translation>variable $%1 : valeurs filtrées par l’expression régulière %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="181"/>
        <source>variable $%1: the regex %2 cannot be read (%3); every value is offered</source>
        <translation>variable $%1 : l’expression régulière %2 est illisible (%3) ; toutes les valeurs sont proposées</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="190"/>
        <source>variable $%1: values sorted %2</source>
        <translation>variable $%1 : valeurs triées %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="212"/>
        <source>variable $%1: the lines of the answer to %2</source>
        <translation>variable $%1 : les lignes de la réponse à %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="276"/>
        <source>variable $%1: values of label %2</source>
        <translation>variable $%1 : valeurs du label %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="296"/>
        <source>variable $%1 (custom): no values; panels using it lose those queries</source>
        <translation>variable $%1 (custom) : aucune valeur ; les panneaux qui l&apos;utilisent perdent ces requêtes</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="308"/>
        <source>variable $%1 (custom): a drop-down of %2</source>
        <translation>variable $%1 (custom) : une liste déroulante de %2</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="331"/>
        <source>variable $%1 (%2): fixed to &quot;%3&quot;; the console&apos;s drop-downs offer label values only</source>
        <translation>variable $%1 (%2) : fixée à « %3 » ; les listes déroulantes de la console ne proposent que des valeurs de label</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="363"/>
        <source>variable &quot;%1&quot;: not a usable name</source>
        <translation>variable « %1 » : nom inutilisable</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="372"/>
        <source>variable $%1: constant &quot;%2&quot;</source>
        <translation>variable $%1 : constante « %2 »</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="381"/>
        <source>variable $%1: datasource (%2); the console queries its configured Prometheus</source>
        <translation>variable $%1 : source de données (%2) ; la console interroge son Prometheus configuré</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="386"/>
        <source>variable $%1: type &quot;%2&quot; is not supported</source>
        <translation>variable $%1 : le type « %2 » n’est pas pris en charge</translation>
    </message>
    <message>
        <location filename="../models/grafana/grafanavariables.cpp" line="410"/>
        <source>${%1:%2} expanded as ${%1}</source>
        <translation>${%1:%2} développé comme ${%1}</translation>
    </message>
</context>
<context>
    <name>pivori::HealthCheckModel</name>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="124"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="126"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="128"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="130"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="132"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="134"/>
        <source>Where to look</source>
        <translation>Où regarder</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="171"/>
        <source>(no category)</source>
        <translation>(aucune catégorie)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthcheckmodel.cpp" line="183"/>
        <source>all %n passing</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>les %n réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthcheckmodel.cpp" line="184"/>
        <source>%1 of %n checks with a problem</source>
        <translation>
            <numerusform>%1 vérification sur %n en difficulté</numerusform>
            <numerusform>%1 vérifications sur %n en difficulté</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="215"/>
        <source>%1, timed out</source>
        <translation>%1, délai dépassé</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="228"/>
        <source>The check did not finish within its timeout after %1 ms.</source>
        <translation>La vérification ne s’est pas terminée dans son délai, après %1 ms.</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthcheckmodel.cpp" line="250"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>pivori::HealthCheckRunner</name>
    <message>
        <location filename="../models/health/healthcheckrunner.cpp" line="139"/>
        <source>timed out after %1 ms: no answer in time, so nothing is known</source>
        <translation>délai dépassé après %1 ms : pas de réponse à temps, donc rien n’est connu</translation>
    </message>
    <message>
        <location filename="../models/health/healthcheckrunner.cpp" line="152"/>
        <source>this kind of check is not known</source>
        <translation>ce type de vérification est inconnu</translation>
    </message>
</context>
<context>
    <name>pivori::HealthHistory</name>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="143"/>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l’octet %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="145"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="149"/>
        <source>format version %1, this console reads version %2</source>
        <translation>version de format %1, cette console lit la version %2</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="161"/>
        <source>run %1 has no valid start and end time</source>
        <translation>l’exécution %1 n’a pas d’heure de début et de fin valides</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="166"/>
        <source>run %1: check &quot;%2&quot; has an unknown status</source>
        <translation>exécution %1 : la vérification « %2 » a un statut inconnu</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="183"/>
        <source>change %1 is incomplete (time, check, from and to are needed)</source>
        <translation>le changement %1 est incomplet (time, check, from et to sont requis)</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="208"/>
        <source>larger than %1 bytes</source>
        <translation>plus de %1 octets</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="213"/>
        <source>Cannot read the health history %1: %2; the history of this session is not kept.</source>
        <translation>Impossible de lire l’historique de santé %1 : %2 ; l’historique de cette session n’est pas conservé.</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="229"/>
        <source>The health history %1 is damaged (%2) and could not be moved aside (%3); the history of this session is not kept.</source>
        <translation>L’historique de santé %1 est endommagé (%2) et n’a pas pu être mis de côté (%3) ; l’historique de cette session n’est pas conservé.</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="232"/>
        <source>The health history %1 is damaged (%2); it was kept as %3 and a new history was started.</source>
        <translation>L’historique de santé %1 est endommagé (%2) ; il a été conservé sous %3 et un nouvel historique a été commencé.</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="257"/>
        <source>The health history %1 could not be read, so it is not overwritten.</source>
        <translation>L’historique de santé %1 n’a pas pu être lu, il n’est donc pas écrasé.</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="268"/>
        <source>Cannot create the directory %1 for the health history.</source>
        <translation>Impossible de créer le dossier %1 de l’historique de santé.</translation>
    </message>
    <message>
        <location filename="../models/health/healthhistory.cpp" line="274"/>
        <source>The health history is not saved: %1</source>
        <translation>L’historique de santé n’est pas enregistré : %1</translation>
    </message>
</context>
<context>
    <name>pivori::HealthLink</name>
    <message>
        <location filename="../widgets/health/healthlink.cpp" line="50"/>
        <source>dashboard %1</source>
        <translation>tableau de bord %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthlink.cpp" line="52"/>
        <source>runbook %1</source>
        <translation>runbook %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthlink.cpp" line="54"/>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthlink.cpp" line="57"/>
        <source>rule group %1</source>
        <translation>groupe de règles %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthlink.cpp" line="58"/>
        <source>rule group %1 (%2)</source>
        <translation>groupe de règles %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pivori::HealthPage</name>
    <message>
        <location filename="../app/windows/healthpage.cpp" line="99"/>
        <source>Health (?)</source>
        <translation>Santé (?)</translation>
    </message>
    <message>
        <location filename="../app/windows/healthpage.cpp" line="101"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../app/windows/healthpage.cpp" line="102"/>
        <source>Health (%1)</source>
        <translation>Santé (%1)</translation>
    </message>
</context>
<context>
    <name>pivori::HealthStatusStyle</name>
    <message>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="29"/>
        <source>pass</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="31"/>
        <source>warn</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="33"/>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="37"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="58"/>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="74"/>
        <source>no checks ran</source>
        <translation>aucune vérification exécutée</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthstatusstyle.cpp" line="61"/>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="76"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthstatusstyle.cpp" line="63"/>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="80"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthstatusstyle.cpp" line="65"/>
        <location filename="../widgets/health/healthstatusstyle.cpp" line="78"/>
        <source>%n unknown</source>
        <translation>
            <numerusform>%n inconnue</numerusform>
            <numerusform>%n inconnues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthstatusstyle.cpp" line="67"/>
        <source>%n passing</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/healthstatusstyle.cpp" line="81"/>
        <source>all %n passing</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>les %n réussies</numerusform>
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
        <translation>Seulement les &amp;problèmes</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="80"/>
        <source>&amp;Run now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="105"/>
        <source>Hide the checks that pass</source>
        <translation>Masquer les vérifications réussies</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="107"/>
        <source>Run every health check now</source>
        <translation>Exécuter toutes les vérifications de santé maintenant</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="156"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="160"/>
        <source>Which check changed its status, and when; kept across restarts</source>
        <translation>Quelle vérification a changé de statut, et quand ; conservé entre les redémarrages</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="235"/>
        <source>%1, timed out</source>
        <translation>%1, délai dépassé</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="306"/>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="308"/>
        <source>Running the health checks…</source>
        <translation>Vérifications de santé en cours…</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="308"/>
        <location filename="../widgets/health/healthview.cpp" line="336"/>
        <source>The health checks have not run yet.</source>
        <translation>Les vérifications de santé n’ont pas encore été exécutées.</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="315"/>
        <source>No checks ran: the health of the monitoring is unknown, which is not an all-clear.</source>
        <translation>Aucune vérification exécutée : la santé de la supervision est inconnue, ce qui n’est pas un feu vert.</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="317"/>
        <source>Last run %1, took %2</source>
        <translation>Dernière exécution %1, durée %2</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="321"/>
        <source>; runs every %1</source>
        <translation> ; s’exécute toutes les %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="323"/>
        <source>running now…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="339"/>
        <source>No checks ran in the last run, so nothing is known about the health of the monitoring stack. This is not an all-clear: check that health checks are configured.</source>
        <translation>Aucune vérification ne s’est exécutée lors du dernier passage, donc rien n’est connu de la santé de la pile de supervision. Ce n’est pas un feu vert : vérifiez que des vérifications de santé sont configurées.</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="344"/>
        <source>Every check passes. Clear &quot;Only problems&quot; to see them.</source>
        <translation>Toutes les vérifications réussissent. Décochez « Seulement les problèmes » pour les voir.</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="356"/>
        <source>Select a check to read its whole message; a double click opens where to look.</source>
        <translation>Sélectionnez une vérification pour lire tout son message ; un double-clic ouvre l’endroit où regarder.</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="364"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="366"/>
        <source>(timed out after %1 ms)</source>
        <translation>(délai dépassé après %1 ms)</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="373"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="395"/>
        <source>%1  %2  %3 → %4</source>
        <translation>%1  %2  %3 → %4</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="410"/>
        <source>%1 / %2: %3 → %4 at %5</source>
        <translation>%1 / %2 : %3 → %4 à %5</translation>
    </message>
    <message>
        <location filename="../widgets/health/healthview.cpp" line="415"/>
        <source>No check has changed its status yet.</source>
        <translation>Aucune vérification n’a encore changé de statut.</translation>
    </message>
</context>
<context>
    <name>pivori::HistoryBackfill</name>
    <message numerus="yes">
        <location filename="../models/devstack/historybackfill.cpp" line="27"/>
        <source>writing the last %n minute(s) of the fleet&apos;s history…</source>
        <translation>
            <numerusform>écriture de la dernière %n minute de l’historique de la flotte…</numerusform>
            <numerusform>écriture des %n dernières minutes de l’historique de la flotte…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/devstack/historybackfill.cpp" line="39"/>
        <source>promtool (Debian package prometheus) is missing</source>
        <translation>promtool (paquet Debian prometheus) est absent</translation>
    </message>
    <message>
        <location filename="../models/devstack/historybackfill.cpp" line="42"/>
        <source>loading the history into Prometheus…</source>
        <translation>chargement de l’historique dans Prometheus…</translation>
    </message>
    <message>
        <location filename="../models/devstack/historybackfill.cpp" line="63"/>
        <source>%1 failed (exit %2): %3</source>
        <translation>échec de %1 (sortie %2) : %3</translation>
    </message>
    <message>
        <location filename="../models/devstack/historybackfill.cpp" line="75"/>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>pivori::ImportGrafanaCommand</name>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="31"/>
        <source>Converts a Grafana dashboard JSON file into the console&apos;s YAML dashboard format. Without --out the YAML goes to stdout (the import report is its leading comment); with --out the report goes to stdout. Exits 1 when the file cannot be converted, 2 for wrong arguments.</source>
        <translation>Convertit un fichier JSON de tableau de bord Grafana au format YAML de tableau de bord de la console. Sans --out, le YAML va sur stdout (le rapport d’import en est le commentaire initial) ; avec --out, le rapport va sur stdout. Sort avec 1 si le fichier ne peut être converti, 2 pour des arguments erronés.</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="37"/>
        <source>The Grafana dashboard JSON file.</source>
        <translation>Le fichier JSON du tableau de bord Grafana.</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="38"/>
        <source>Write the YAML to this file.</source>
        <translation>Écrire le YAML dans ce fichier.</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="39"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="41"/>
        <source>A variable&apos;s value, e.g. job=node (repeatable): the default of a drop-down, or the value a custom, interval or textbox variable is fixed to.</source>
        <translation>La valeur d’une variable, p. ex. job=node (répétable) : la valeur par défaut d’une liste déroulante, ou la valeur fixée d’une variable custom, interval ou textbox.</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="44"/>
        <source>name=value</source>
        <translation>nom=valeur</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="49"/>
        <source>import-grafana: give exactly one Grafana JSON file</source>
        <translation>import-grafana : donnez exactement un fichier JSON Grafana</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="56"/>
        <source>import-grafana: --var takes NAME=VALUE, got &quot;%1&quot;</source>
        <translation>import-grafana : --var attend NOM=VALEUR, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="65"/>
        <source>import-grafana: %1: %2</source>
        <translation>import-grafana : %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="70"/>
        <source>import-grafana: %1: larger than %2 bytes</source>
        <translation>import-grafana : %1 : plus de %2 octets</translation>
    </message>
    <message>
        <location filename="../app/cli/importgrafanacommand.cpp" line="75"/>
        <location filename="../app/cli/importgrafanacommand.cpp" line="85"/>
        <source>import-grafana: %1</source>
        <translation>import-grafana : %1</translation>
    </message>
</context>
<context>
    <name>pivori::ImportReport</name>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="22"/>
        <source>mapped</source>
        <translation>repris</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="24"/>
        <source>approximated</source>
        <translation>approché</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="26"/>
        <source>unsupported</source>
        <translation>non pris en charge</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="48"/>
        <source>Grafana import of %1: &quot;%2&quot; (schemaVersion %3)</source>
        <translation>Import Grafana de %1 : « %2 » (schemaVersion %3)</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="39"/>
        <source>panels: %1 mapped, %2 approximated, %3 unsupported</source>
        <translation>panneaux : %1 repris, %2 approchés, %3 non pris en charge</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="53"/>
        <source>panel &quot;%1&quot; (%2)</source>
        <translation>panneau « %1 » (%2)</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="55"/>
        <source> in row &quot;%1&quot;</source>
        <translation> dans la ligne « %1 »</translation>
    </message>
    <message>
        <location filename="../models/grafana/importreport.cpp" line="56"/>
        <source>: no console panel</source>
        <translation> : aucun panneau de la console</translation>
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
        <translation>active</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalert.cpp" line="42"/>
        <source>acknowledged</source>
        <translation>acquittée</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalert.cpp" line="44"/>
        <source>silenced</source>
        <translation>en silence</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalert.cpp" line="46"/>
        <source>inhibited</source>
        <translation>inhibée</translation>
    </message>
</context>
<context>
    <name>pivori::InboxAlertText</name>
    <message>
        <location filename="../models/alerts/inboxalerttext.cpp" line="130"/>
        <source>acknowledging…</source>
        <translation>acquittement…</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalerttext.cpp" line="138"/>
        <source>acknowledged by %1 until %2</source>
        <translation>acquittée par %1 jusqu’à %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalerttext.cpp" line="143"/>
        <source>inhibited by %1</source>
        <translation>inhibée par %1</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxalerttext.cpp" line="145"/>
        <source>silenced by %1</source>
        <translation>mise en silence par %1</translation>
    </message>
</context>
<context>
    <name>pivori::InboxFilterBar</name>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="34"/>
        <source>Filter: {service=&quot;api-gateway&quot;, severity=~&quot;crit.*&quot;} and/or words   ( / )</source>
        <translation>Filtre : {service=&quot;api-gateway&quot;, severity=~&quot;crit.*&quot;} et/ou des mots   ( / )</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="36"/>
        <source>Alertmanager matchers in braces (=, !=, =~, !~), then free text that every word of must occur in the alert. Press / to get here from the list.</source>
        <translation>Sélecteurs Alertmanager entre accolades (=, !=, =~, !~), puis du texte libre dont chaque mot doit figurer dans l’alerte. Appuyez sur / pour venir ici depuis la liste.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="38"/>
        <source>Alert filter</source>
        <translation>Filtre d’alertes</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="42"/>
        <source>Silenced</source>
        <translation>En silence</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="42"/>
        <source>Show alerts covered by a silence that is not an acknowledgement</source>
        <translation>Afficher les alertes couvertes par une mise en silence qui n’est pas un acquittement</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="44"/>
        <source>Inhibited</source>
        <translation>Inhibées</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="44"/>
        <source>Show alerts inhibited by another alert</source>
        <translation>Afficher les alertes inhibées par une autre alerte</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="46"/>
        <source>Acknowledged</source>
        <translation>Acquittées</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="46"/>
        <source>Show acknowledged alerts</source>
        <translation>Afficher les alertes acquittées</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="52"/>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="57"/>
        <source>Alert name</source>
        <translation>Nom d’alerte</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="58"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="59"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="60"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="61"/>
        <source>Receiver</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="151"/>
        <source>Invalid filter at character %1: %2</source>
        <translation>Filtre invalide au caractère %1 : %2</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="152"/>
        <source>Invalid filter: %1</source>
        <translation>Filtre invalide : %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/inboxfilterbar.cpp" line="153"/>
        <source>still showing the last valid filter</source>
        <translation>le dernier filtre valide reste appliqué</translation>
    </message>
</context>
<context>
    <name>pivori::InboxFormat</name>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="127"/>
        <source>no alerts</source>
        <translation>aucune alerte</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="136"/>
        <source>%1 until %2</source>
        <translation>%1 jusqu’à %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="138"/>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="145"/>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="145"/>
        <source>ALERT</source>
        <translation>ALERTE</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="145"/>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="146"/>
        <location filename="../models/alerts/inboxformat.cpp" line="189"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="146"/>
        <source>SINCE</source>
        <translation>DEPUIS</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="146"/>
        <source>ACK / INHIBITOR</source>
        <translation>ACQ. / INHIBITEUR</translation>
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
        <translation>RÉSUMÉ</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="181"/>
        <source>no silences</source>
        <translation>aucune mise en silence</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="189"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="189"/>
        <source>ENDS</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="190"/>
        <source>CREATED BY</source>
        <translation>CRÉÉE PAR</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="191"/>
        <source>MATCHERS</source>
        <translation>SÉLECTEURS</translation>
    </message>
    <message>
        <location filename="../models/alerts/inboxformat.cpp" line="191"/>
        <source>COMMENT</source>
        <translation>COMMENTAIRE</translation>
    </message>
</context>
<context>
    <name>pivori::IncidentReport</name>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="70"/>
        <source>by %1 at %2, until %3</source>
        <translation>par %1 à %2, jusqu’à %3</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="75"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="79"/>
        <source>pending (waiting for Alertmanager to confirm)</source>
        <translation>en attente (de la confirmation d’Alertmanager)</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="86"/>
        <location filename="../models/export/incidentreport.cpp" line="143"/>
        <source>Incident report: %1</source>
        <translation>Rapport d’incident : %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="89"/>
        <source>**Dashboard:** %1 (`%2`)</source>
        <translation>**Tableau de bord :** %1 (`%2`)</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="90"/>
        <source>**Time range:** %1</source>
        <translation>**Plage de temps :** %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="93"/>
        <source>**Variables:** %1</source>
        <translation>**Variables :** %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="95"/>
        <source>**Prometheus:** %1</source>
        <translation>**Prometheus :** %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="98"/>
        <source>**Exported:** %1</source>
        <translation>**Exporté :** %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="99"/>
        <source>**Data:** [%1](%2)</source>
        <translation>**Données :** [%1](%2)</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="103"/>
        <location filename="../models/export/incidentreport.cpp" line="171"/>
        <source>Active alerts</source>
        <translation>Alertes actives</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="104"/>
        <location filename="../models/export/incidentreport.cpp" line="171"/>
        <source>No Alertmanager is configured.</source>
        <translation>Aucun Alertmanager n’est configuré.</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="106"/>
        <location filename="../models/export/incidentreport.cpp" line="173"/>
        <source>Active alerts (%1)</source>
        <translation>Alertes actives (%1)</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="111"/>
        <location filename="../models/export/incidentreport.cpp" line="178"/>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="111"/>
        <location filename="../models/export/incidentreport.cpp" line="178"/>
        <source>Unknown.</source>
        <translation>Inconnu.</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="116"/>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="117"/>
        <source>Labels: %1</source>
        <translation>Labels : %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="119"/>
        <source>Since: %1</source>
        <translation>Depuis : %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="122"/>
        <source>Summary: %1</source>
        <translation>Résumé : %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="124"/>
        <source>Acknowledged: %1</source>
        <translation>Acquittée : %1</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="124"/>
        <location filename="../models/export/incidentreport.cpp" line="194"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="130"/>
        <location filename="../models/export/incidentreport.cpp" line="159"/>
        <location filename="../models/export/incidentreport.cpp" line="204"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="133"/>
        <location filename="../models/export/incidentreport.cpp" line="206"/>
        <source>Panels</source>
        <translation>Panneaux</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="161"/>
        <source>Time range</source>
        <translation>Plage de temps</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="163"/>
        <source>Variables</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="164"/>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="165"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="166"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="182"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="182"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="182"/>
        <source>State</source>
        <translation>État</translation>
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
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="183"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../models/export/incidentreport.cpp" line="183"/>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
</context>
<context>
    <name>pivori::IncidentReportJob</name>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="44"/>
        <source>The dashboard is no longer open.</source>
        <translation>Le tableau de bord n’est plus ouvert.</translation>
    </message>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="48"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="74"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="82"/>
        <source>The dashboard was closed while the report was written.</source>
        <translation>Le tableau de bord a été fermé pendant l’écriture du rapport.</translation>
    </message>
    <message>
        <location filename="../app/windows/incidentreportjob.cpp" line="155"/>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
</context>
<context>
    <name>pivori::JsonScanner</name>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="67"/>
        <source>unexpected end of input (truncated answer?)</source>
        <translation>fin de l’entrée inattendue (réponse tronquée ?)</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="72"/>
        <source>byte %1: expected %2, found %3</source>
        <translation>octet %1 : %2 attendu, %3 trouvé</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="109"/>
        <source>byte %1: control character inside a string</source>
        <translation>octet %1 : caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="153"/>
        <source>byte %1: bad \u escape in a string</source>
        <translation>octet %1 : échappement \u invalide dans une chaîne</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="173"/>
        <source>byte %1: bad escape in a string</source>
        <translation>octet %1 : échappement invalide dans une chaîne</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="220"/>
        <source>byte %1: number out of range</source>
        <translation>octet %1 : nombre hors limites</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="262"/>
        <source>byte %1: a sample value must be a JSON string</source>
        <translation>octet %1 : une valeur d’échantillon doit être une chaîne JSON</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="280"/>
        <source>value &quot;%1&quot; is not a number</source>
        <translation>la valeur « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../models/prometheus/jsonscanner.cpp" line="286"/>
        <source>byte %1: nesting deeper than %2 levels</source>
        <translation>octet %1 : imbrication de plus de %2 niveaux</translation>
    </message>
</context>
<context>
    <name>pivori::KeychainSecrets</name>
    <message>
        <location filename="../models/net/keychainsecrets.cpp" line="191"/>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <location filename="../models/net/keychainsecrets.cpp" line="194"/>
        <source>%1: no Secret Service on the session bus: start gnome-keyring or use %2</source>
        <translation>%1 : aucun Secret Service sur le bus de session : démarrez gnome-keyring ou utilisez %2</translation>
    </message>
    <message>
        <location filename="../models/net/keychainsecrets.cpp" line="197"/>
        <source>%1: no such entry in the keychain (service %2); store it from Settings or with secret-tool</source>
        <translation>%1 : aucune entrée de ce nom dans le trousseau (service %2) ; enregistrez-la depuis les Paramètres ou avec secret-tool</translation>
    </message>
    <message>
        <location filename="../models/net/keychainsecrets.cpp" line="201"/>
        <source>%1: the keychain refused access (%2); unlock it and allow Pivori Console</source>
        <translation>%1 : le trousseau a refusé l&apos;accès (%2) ; déverrouillez-le et autorisez Pivori Console</translation>
    </message>
    <message>
        <location filename="../models/net/keychainsecrets.cpp" line="204"/>
        <source>%1: the keychain did not answer within %2 (is it waiting to be unlocked?)</source>
        <translation>%1 : le trousseau n&apos;a pas répondu dans les %2 (attend-il d&apos;être déverrouillé ?)</translation>
    </message>
    <message>
        <location filename="../models/net/keychainsecrets.cpp" line="207"/>
        <source>%1: keychain error: %2</source>
        <translation>%1 : erreur du trousseau : %2</translation>
    </message>
</context>
<context>
    <name>pivori::LanguageMenu</name>
    <message>
        <location filename="../widgets/common/uilanguage.cpp" line="73"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../widgets/common/uilanguage.cpp" line="77"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../widgets/common/uilanguage.cpp" line="92"/>
        <source>The language changes when Pivori Console is started again.</source>
        <translation>La langue change au prochain démarrage de Pivori Console.</translation>
    </message>
</context>
<context>
    <name>pivori::LegendTableModel</name>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="105"/>
        <source>%1 (right axis)</source>
        <translation>%1 (axe de droite)</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="154"/>
        <source>%1 — click to hide</source>
        <translation>%1 — cliquer pour masquer</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="155"/>
        <source>%1 — hidden, click to show</source>
        <translation>%1 — masquée, cliquer pour afficher</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="172"/>
        <source>Click to sort by this column; click again to reverse, a third time for the legend order</source>
        <translation>Cliquer pour trier selon cette colonne ; à nouveau pour inverser, une troisième fois pour l’ordre de la légende</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="177"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../widgets/panels/legendtablemodel.cpp" line="179"/>
        <source>Last</source>
        <translation>Dernier</translation>
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
        <translation>Moyenne</translation>
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
        <translation>La cible d’exploration « %1 » n’est pas ouverte.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="165"/>
        <source>%1: all</source>
        <translation>%1 : tous</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="165"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="171"/>
        <source>Showing %1</source>
        <translation>Affichage de %1</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="172"/>
        <source>Showing %1 (%2)</source>
        <translation>Affichage de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="360"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="361"/>
        <source>&amp;Open Dashboard File…</source>
        <translation>&amp;Ouvrir un fichier de tableau de bord…</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="365"/>
        <source>Shows a Grafana dashboard JSON, a ConfigMap holding dashboards or a console dashboard YAML for this session; the configuration is not changed</source>
        <translation>Affiche un tableau de bord Grafana (JSON), une ConfigMap contenant des tableaux de bord ou un YAML de tableau de bord de la console pour cette session ; la configuration n&apos;est pas modifiée</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="368"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="371"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="374"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="88"/>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="123"/>
        <location filename="../app/windows/mainwindow.cpp" line="148"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="147"/>
        <source>alerts unknown — %1</source>
        <translation>alertes inconnues — %1</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="148"/>
        <source>Alerts (?)</source>
        <translation>Alertes (?)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindow.cpp" line="153"/>
        <source>%n critical</source>
        <translation>
            <numerusform>%n critique</numerusform>
            <numerusform>%n critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindow.cpp" line="155"/>
        <source>%n warning</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindow.cpp" line="157"/>
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
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
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="31"/>
        <location filename="../app/windows/mainwindowlinks.cpp" line="50"/>
        <source>No dashboard &quot;%1&quot; in this configuration</source>
        <translation>Aucun tableau de bord « %1 » dans cette configuration</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="184"/>
        <source>The health checks have not run yet.</source>
        <translation>Les vérifications de santé n’ont pas encore été exécutées.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="58"/>
        <source>Prometheus&apos;s targets page: look for %1</source>
        <translation>Page des cibles de Prometheus : cherchez %1</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="63"/>
        <source>Prometheus&apos;s rules page: look for the group %1</source>
        <translation>Page des règles de Prometheus : cherchez le groupe %1</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="64"/>
        <source>Prometheus&apos;s rules page: look for the group %1 of %2</source>
        <translation>Page des règles de Prometheus : cherchez le groupe %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="73"/>
        <source>Cannot open &quot;%1&quot;: not a link the console knows</source>
        <translation>Impossible d’ouvrir « %1 » : ce n’est pas un lien connu de la console</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="85"/>
        <source>No runbook for %1</source>
        <translation>Aucun runbook pour %1</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="92"/>
        <source>Runbook: %1</source>
        <translation>Runbook : %1</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="313"/>
        <source>Values of $%1: %2</source>
        <translation>Valeurs de $%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="147"/>
        <source>No drill-down from &quot;%1&quot;.</source>
        <translation>Aucune exploration depuis « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowlinks.cpp" line="129"/>
        <source>Could not open a browser for %1</source>
        <translation>Impossible d’ouvrir un navigateur pour %1</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="383"/>
        <source>&amp;Query prompt</source>
        <translation>Invite de &amp;requête</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="390"/>
        <source>&amp;Health checks</source>
        <translation>Vérifications de &amp;santé</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="393"/>
        <source>&amp;Run health checks now</source>
        <translation>&amp;Exécuter les vérifications de santé maintenant</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="398"/>
        <source>Check &amp;servers now</source>
        <translation>Vérifier les &amp;serveurs maintenant</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="400"/>
        <source>&amp;NOC wall mode</source>
        <translation>Mode mural &amp;NOC</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="402"/>
        <source>Full screen wall display rotating through the playlist; Esc leaves it</source>
        <translation>Affichage mural plein écran parcourant la playlist ; Échap pour quitter</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="409"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="412"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="413"/>
        <source>&amp;About Pivori Console</source>
        <translation>À &amp;propos de Pivori Console</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="414"/>
        <source>About Pivori Console</source>
        <translation>À propos de Pivori Console</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="415"/>
        <source>Pivori Console %1
A native console for Prometheus and Alertmanager.</source>
        <translation>Pivori Console %1
Une console native pour Prometheus et Alertmanager.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindow.cpp" line="558"/>
        <location filename="../app/windows/mainwindowlinks.cpp" line="111"/>
        <source>No Prometheus server is configured.</source>
        <translation>Aucun serveur Prometheus n’est configuré.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="29"/>
        <location filename="../app/windows/mainwindowfiles.cpp" line="41"/>
        <location filename="../app/windows/mainwindowfiles.cpp" line="60"/>
        <location filename="../app/windows/mainwindowfiles.cpp" line="94"/>
        <source>Open Dashboard File</source>
        <translation>Ouvrir un fichier de tableau de bord</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="30"/>
        <source>Dashboards (*.json *.yaml *.yml);;Grafana dashboard JSON (*.json);;ConfigMap or console YAML (*.yaml *.yml);;All files (*)</source>
        <translation>Tableaux de bord (*.json *.yaml *.yml);;Tableau de bord Grafana en JSON (*.json);;ConfigMap ou YAML de la console (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="42"/>
        <source>%1 cannot be shown: no Prometheus server is configured.</source>
        <translation>%1 ne peut pas être affiché : aucun serveur Prometheus n&apos;est configuré.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="50"/>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="60"/>
        <source>%1 cannot be shown as a dashboard.</source>
        <translation>%1 ne peut pas être affiché comme tableau de bord.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="72"/>
        <source>Opened from %1 for this session only: the configuration does not list it, so it is not there after a restart.</source>
        <translation>Ouvert depuis %1 pour cette session seulement : la configuration ne le mentionne pas, il aura disparu après un redémarrage.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindowfiles.cpp" line="91"/>
        <source>Opened %n dashboard(s) from %1 for this session only</source>
        <translation>
            <numerusform>%n tableau de bord ouvert depuis %1 pour cette session seulement</numerusform>
            <numerusform>%n tableaux de bord ouverts depuis %1 pour cette session seulement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="95"/>
        <source>Part of %1 could not be shown; the rest is open.</source>
        <translation>Une partie de %1 n&apos;a pas pu être affichée ; le reste est ouvert.</translation>
    </message>
    <message>
        <location filename="../app/windows/mainwindowfiles.cpp" line="104"/>
        <source>Dashboard files</source>
        <translation>Fichiers de tableaux de bord</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindowfiles.cpp" line="105"/>
        <source>%n dashboard file problem(s): what they concern is left out, every other dashboard is shown.</source>
        <translation>
            <numerusform>%n problème de fichier de tableau de bord : ce qu&apos;il concerne est omis, tous les autres tableaux de bord sont affichés.</numerusform>
            <numerusform>%n problèmes de fichiers de tableaux de bord : ce qu&apos;ils concernent est omis, tous les autres tableaux de bord sont affichés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/windows/mainwindowfiles.cpp" line="117"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::MatcherTextParser</name>
    <message>
        <location filename="../models/core/matcher.cpp" line="65"/>
        <source>position %1: %2</source>
        <translation>position %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="84"/>
        <location filename="../models/core/matcher.cpp" line="103"/>
        <source>expected &quot;}&quot; to close the &quot;{&quot; at position %1</source>
        <translation>« } » attendu pour fermer le « { » de la position %1</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="106"/>
        <source>expected &quot;,&quot; or &quot;}&quot; after the value of &quot;%1&quot;</source>
        <translation>« , » ou « } » attendu après la valeur de « %1 »</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="107"/>
        <source>expected &quot;,&quot; or the end after the value of &quot;%1&quot;</source>
        <translation>« , » ou la fin attendu après la valeur de « %1 »</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="111"/>
        <source>unexpected text after &quot;}&quot;</source>
        <translation>texte inattendu après « } »</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="119"/>
        <source>expected a label name (a letter or &quot;_&quot;, then letters, digits or &quot;_&quot;)</source>
        <translation>nom de label attendu (une lettre ou « _ », puis lettres, chiffres ou « _ »)</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="141"/>
        <source>expected &quot;=&quot;, &quot;!=&quot;, &quot;=~&quot; or &quot;!~&quot; after label name &quot;%1&quot;</source>
        <translation>« = », « != », « =~ » ou « !~ » attendu après le nom de label « %1 »</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="155"/>
        <source>expected a quoted value or a bare word after &quot;%1&quot;</source>
        <translation>une valeur entre guillemets ou un mot simple attendu après « %1 »</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="162"/>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>expression régulière invalide « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../models/core/matcher.cpp" line="176"/>
        <source>expected a closing quote for the value opened at position %1</source>
        <translation>guillemet fermant attendu pour la valeur ouverte à la position %1</translation>
    </message>
</context>
<context>
    <name>pivori::MessageBar</name>
    <message>
        <location filename="../widgets/common/messagebar.cpp" line="85"/>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../widgets/common/messagebar.cpp" line="86"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>pivori::MultiValuePicker</name>
    <message>
        <location filename="../widgets/panels/multivaluepicker.cpp" line="56"/>
        <location filename="../widgets/panels/multivaluepicker.cpp" line="97"/>
        <source>All</source>
        <translation>Toutes</translation>
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
            <numerusform>%1 + %n autre</numerusform>
            <numerusform>%1 + %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/panels/multivaluepicker.cpp" line="115"/>
        <source>All values selected</source>
        <translation>Toutes les valeurs sélectionnées</translation>
    </message>
    <message>
        <location filename="../widgets/panels/multivaluepicker.cpp" line="116"/>
        <source>Selected: %1</source>
        <translation>Sélection : %1</translation>
    </message>
</context>
<context>
    <name>pivori::NetworkTransport</name>
    <message>
        <location filename="../models/net/networktransport.cpp" line="189"/>
        <location filename="../models/net/replyreader.cpp" line="100"/>
        <location filename="../models/net/replyreader.cpp" line="127"/>
        <source>request cancelled</source>
        <translation>requête annulée</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="89"/>
        <source>TLS handshake failed: %1</source>
        <translation>échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="79"/>
        <source>TLS: the server&apos;s certificate is not trusted (%1); set ca_file to the CA that signed it</source>
        <translation>TLS : le certificat du serveur n’est pas de confiance (%1) ; réglez ca_file sur l’autorité qui l’a signé</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="84"/>
        <source>TLS: %1</source>
        <translation>TLS : %1</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="86"/>
        <source>TLS handshake failed: %1 (if the server requires a client certificate, set cert_file and key_file)</source>
        <translation>échec de la négociation TLS : %1 (si le serveur exige un certificat client, réglez cert_file et key_file)</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="106"/>
        <source>answer larger than the limit of %1 (max_answer_size); reading stopped</source>
        <translation>réponse plus grande que la limite de %1 (max_answer_size) ; lecture interrompue</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="112"/>
        <location filename="../models/net/replyreader.cpp" line="151"/>
        <source>connection closed after %1 of the answer: answer truncated</source>
        <translation>connexion fermée après %1 de la réponse : réponse tronquée</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="122"/>
        <source>answer not complete within %1 (%2 received)</source>
        <translation>réponse incomplète après %1 (%2 reçus)</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="124"/>
        <source>no answer within %1</source>
        <translation>pas de réponse en %1</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="138"/>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="143"/>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="158"/>
        <source>connection closed before an answer (if the server requires a client certificate, set cert_file and key_file)</source>
        <translation>connexion fermée avant une réponse (si le serveur exige un certificat client, réglez cert_file et key_file)</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="161"/>
        <source>connection closed before an answer</source>
        <translation>connexion fermée avant une réponse</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="165"/>
        <source>the connection closed before the answer arrived</source>
        <translation>la connexion s’est fermée avant l’arrivée de la réponse</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="203"/>
        <source>HTTP %1: server redirected without a target; not followed</source>
        <translation>HTTP %1 : le serveur a redirigé sans cible ; non suivi</translation>
    </message>
    <message>
        <location filename="../models/net/replyreader.cpp" line="204"/>
        <source>server redirected to %1; not followed (credentials are only sent to the configured URL: correct the url in the configuration)</source>
        <translation>le serveur a redirigé vers %1 ; non suivi (les identifiants ne vont qu’à l’URL configurée : corrigez l’url dans la configuration)</translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="81"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="86"/>
        <source>%1 %2 holds no PEM certificate</source>
        <translation>%1 %2 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="100"/>
        <source>key_file: %1</source>
        <translation>key_file : %1</translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="111"/>
        <source>key_file %1 holds no unencrypted PEM private key (RSA, EC or DSA)</source>
        <translation>key_file %1 ne contient aucune clé privée PEM non chiffrée (RSA, EC ou DSA)</translation>
    </message>
    <message>
        <location filename="../models/net/networktransport.cpp" line="127"/>
        <source>a client certificate needs both cert_file and key_file</source>
        <translation>un certificat client requiert cert_file et key_file</translation>
    </message>
</context>
<context>
    <name>pivori::NocAlertBoard</name>
    <message>
        <location filename="../widgets/noc/nocalertboard.cpp" line="74"/>
        <source>ACK %1 · %2</source>
        <translation>ACQ. %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/noc/nocalertboard.cpp" line="122"/>
        <source>No alerts</source>
        <translation>Aucune alerte</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/noc/nocalertboard.cpp" line="148"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::NocHealthBoard</name>
    <message>
        <location filename="../widgets/health/nochealthboard.cpp" line="67"/>
        <source>Health checks have not run yet</source>
        <translation>Les vérifications de santé n’ont pas encore été exécutées</translation>
    </message>
    <message>
        <location filename="../widgets/health/nochealthboard.cpp" line="69"/>
        <source>No health checks ran: the monitoring&apos;s health is unknown</source>
        <translation>Aucune vérification de santé exécutée : la santé de la supervision est inconnue</translation>
    </message>
    <message>
        <location filename="../widgets/health/nochealthboard.cpp" line="91"/>
        <source>TIMED OUT</source>
        <translation>DÉLAI DÉPASSÉ</translation>
    </message>
    <message>
        <location filename="../widgets/health/nochealthboard.cpp" line="91"/>
        <source>TIMED OUT · %1</source>
        <translation>DÉLAI DÉPASSÉ · %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/nochealthboard.cpp" line="161"/>
        <source>Last run %1</source>
        <translation>Dernière exécution %1</translation>
    </message>
    <message>
        <location filename="../widgets/health/nochealthboard.cpp" line="190"/>
        <source>checked %1 (%2 ago)</source>
        <translation>vérifié %1 (il y a %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/nochealthboard.cpp" line="251"/>
        <source>+%n more with a problem</source>
        <translation>
            <numerusform>+%n autre en difficulté</numerusform>
            <numerusform>+%n autres en difficulté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/nochealthboard.cpp" line="267"/>
        <source>ALL %n PASSING:</source>
        <translation>
            <numerusform>%n RÉUSSIE :</numerusform>
            <numerusform>LES %n RÉUSSIES :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/health/nochealthboard.cpp" line="268"/>
        <source>%n PASSING:</source>
        <translation>
            <numerusform>%n RÉUSSIE :</numerusform>
            <numerusform>%n RÉUSSIES :</numerusform>
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
        <translation>Alertmanager %1 injoignable : alertes telles que vues en dernier</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="144"/>
        <source>No Alertmanager configured: alerts are not shown</source>
        <translation>Aucun Alertmanager configuré : les alertes ne sont pas affichées</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="162"/>
        <source>The screen saver could not be held off: %1</source>
        <translation>L’économiseur d’écran n’a pas pu être retenu : %1</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="164"/>
        <source>Pivori Console is showing the NOC wall</source>
        <translation>Pivori Console affiche le mur NOC</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="185"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="191"/>
        <source>Health</source>
        <translation>Santé</translation>
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
        <translation>Il n’y a pas d’écran %1 (écrans : %2) ; le mur est sur l’écran %3</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="402"/>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="403"/>
        <source>Checked %1</source>
        <translation>Vérifié %1</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="419"/>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="420"/>
        <source>Data %1</source>
        <translation>Données %1</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="429"/>
        <source>Nothing to show: the playlist is empty</source>
        <translation>Rien à afficher : la playlist est vide</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="435"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="437"/>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="491"/>
        <source>Leave NOC mode?</source>
        <translation>Quitter le mode NOC ?</translation>
    </message>
    <message>
        <location filename="../app/windows/nocwindow.cpp" line="492"/>
        <source>Leave the wall display and return to the console window?</source>
        <translation>Quitter l’affichage mural et revenir à la fenêtre de la console ?</translation>
    </message>
</context>
<context>
    <name>pivori::OperationsConfigParser</name>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="73"/>
        <source>%1 has both file and text; give exactly one of them</source>
        <translation>%1 a à la fois file et text ; donnez exactement l’un des deux</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="74"/>
        <source>%1 needs either file (a Markdown file) or text (inline Markdown)</source>
        <translation>%1 requiert file (un fichier Markdown) ou text (du Markdown en ligne)</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="90"/>
        <source>duplicate runbook for alert &quot;%1&quot; (first defined at line %2)</source>
        <translation>runbook en double pour l’alerte « %1 » (défini d’abord à la ligne %2)</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="121"/>
        <source>duplicate health check &quot;%1&quot; (first defined at line %2)</source>
        <translation>vérification de santé « %1 » en double (définie d’abord à la ligne %2)</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="258"/>
        <source>%1 must be an https:// URL for tls_expiry health checks; got &quot;%2&quot;</source>
        <translation>%1 doit être une URL https:// pour les vérifications tls_expiry ; reçu « %2 »</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="269"/>
        <source>%1 must be host:port, e.g. db.internal:5432 or [::1]:6379; got &quot;%2&quot;</source>
        <translation>%1 doit être hôte:port, par ex. db.internal:5432 ou [::1]:6379 ; reçu « %2 »</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="283"/>
        <source>an alert name like Watchdog</source>
        <translation>un nom d’alerte comme Watchdog</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="325"/>
        <source>%1 (%2) must not be above crit_above (%3)</source>
        <translation>%1 (%2) ne doit pas dépasser crit_above (%3)</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="335"/>
        <source>%1 (%2) must not be below crit_below (%3)</source>
        <translation>%1 (%2) ne doit pas être inférieur à crit_below (%3)</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="355"/>
        <source>%1 is not used by %2 health checks</source>
        <translation>%1 n’est pas utilisé par les vérifications de santé %2</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="371"/>
        <source>%1 names &quot;%2&quot;, which is not in %3 (known: %4)</source>
        <translation>%1 nomme « %2 », qui n’est pas dans %3 (connus : %4)</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="413"/>
        <source>%1 must be one of {dashboard: ID}, {alerts: board} or {health: board}</source>
        <translation>%1 doit être l’un de {dashboard: ID}, {alerts: board} ou {health: board}</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="475"/>
        <source>an alert name like Watchdog, or &quot;&quot; for none</source>
        <translation>un nom d’alerte comme Watchdog, ou &quot;&quot; pour aucun</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="434"/>
        <source>%1 refers to unknown dashboard &quot;%2&quot; (known: %3)</source>
        <translation>%1 renvoie au tableau de bord inconnu « %2 » (connus : %3)</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="436"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="439"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation> ; vouliez-vous dire « %1 » ?</translation>
    </message>
    <message>
        <location filename="../models/config/operationsconfigparser.cpp" line="457"/>
        <source>a Prometheus label name like handler</source>
        <translation>un nom de label Prometheus comme handler</translation>
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
        <translation>Menu du panneau</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="192"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="197"/>
        <source>The server gave no reason.</source>
        <translation>Le serveur n’a donné aucune raison.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="212"/>
        <source>Query failed</source>
        <translation>Échec de la requête</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="202"/>
        <source>Expression: %1</source>
        <translation>Expression : %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="94"/>
        <source>query failed</source>
        <translation>échec de la requête</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="217"/>
        <location filename="../widgets/panels/panelframe.cpp" line="223"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="217"/>
        <source>The query returned no series for this time range.</source>
        <translation>La requête n’a renvoyé aucune série pour cette plage de temps.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="223"/>
        <source>The query returned no points for this time range.</source>
        <translation>La requête n’a renvoyé aucun point pour cette plage de temps.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="235"/>
        <source>The last refresh failed; the panel shows the data from before.
%1</source>
        <translation>La dernière actualisation a échoué ; le panneau affiche les données précédentes.
%1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="258"/>
        <source>stale · %1</source>
        <translation>périmé · %1</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="260"/>
        <source>No fresh answer for %1: the panel shows the last data that arrived.</source>
        <translation>Pas de réponse fraîche depuis %1 : le panneau affiche les dernières données reçues.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="270"/>
        <location filename="../widgets/panels/panelframe.cpp" line="273"/>
        <source>Open in Prometheus</source>
        <translation>Ouvrir dans Prometheus</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="287"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="289"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../widgets/panels/panelframe.cpp" line="290"/>
        <source>PNG at 2x…</source>
        <translation>PNG à 2x…</translation>
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
        <translation>Copier dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>pivori::PictureLegendLayout</name>
    <message>
        <location filename="../widgets/export/picturelegend.cpp" line="38"/>
        <source>%1 (hidden)</source>
        <translation>%1 (masquée)</translation>
    </message>
</context>
<context>
    <name>pivori::ProcedureChecklist</name>
    <message>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="113"/>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="122"/>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="135"/>
        <source>Response procedure</source>
        <translation>Procédure de réponse</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="113"/>
        <source>Response: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="123"/>
        <source>No response procedure is available.</source>
        <translation>Aucune procédure de réponse n’est disponible.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/procedurechecklist.cpp" line="136"/>
        <source>Select an alert to follow its response procedure.</source>
        <translation>Sélectionnez une alerte pour suivre sa procédure de réponse.</translation>
    </message>
</context>
<context>
    <name>pivori::PromQueryReader</name>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="224"/>
        <source>data.resultType: missing</source>
        <translation>data.resultType : manquant</translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="226"/>
        <source>data.result: missing</source>
        <translation>data.result : manquant</translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="234"/>
        <source>data.result: expected an array of series, got a [time, value] pair</source>
        <translation>data.result : tableau de séries attendu, reçu une paire [temps, valeur]</translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="247"/>
        <source>data.result[%1]: a %2 series needs &quot;%3&quot;</source>
        <translation>data.result[%1] : une série %2 requiert « %3 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/prometheus/promqueryreader.cpp" line="255"/>
        <source>%n series hold native-histogram samples, which are not shown</source>
        <translation>
            <numerusform>%n série contient des échantillons d’histogramme natif, qui ne sont pas affichés</numerusform>
            <numerusform>%n séries contiennent des échantillons d’histogramme natif, qui ne sont pas affichés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="262"/>
        <source>data.result: a %1 result must be a [time, value] pair</source>
        <translation>data.result : un résultat %1 doit être une paire [temps, valeur]</translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="275"/>
        <source>data.result[1]: value &quot;%1&quot; is not a number</source>
        <translation>data.result[1] : la valeur « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../models/prometheus/promqueryreader.cpp" line="280"/>
        <source>data.resultType: unknown result type &quot;%1&quot;</source>
        <translation>data.resultType : type de résultat inconnu « %1 »</translation>
    </message>
</context>
<context>
    <name>pivori::PrometheusChecks</name>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="26"/>
        <source>%1; and %2 more</source>
        <translation>%1 ; et %2 de plus</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="59"/>
        <source>no Prometheus is configured to check</source>
        <translation>aucun Prometheus n’est configuré pour la vérification</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="72"/>
        <source>not available</source>
        <translation>non disponible</translation>
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
        <translation>Prometheus %1 n’est pas en bonne santé : /-/healthy a répondu HTTP %2</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="101"/>
        <source>Prometheus %1 is alive but not ready (HTTP %2): it is still loading its data and serves no queries</source>
        <translation>Prometheus %1 est vivant mais pas prêt (HTTP %2) : il charge encore ses données et ne sert aucune requête</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="106"/>
        <source>Prometheus %1 is healthy and ready</source>
        <translation>Prometheus %1 est en bonne santé et prêt</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="107"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="117"/>
        <source>Prometheus %1 does not report whether its configuration loaded</source>
        <translation>Prometheus %1 n’indique pas si sa configuration a été chargée</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="120"/>
        <source>the last configuration reload of Prometheus %1 failed; it still runs the configuration loaded at %2</source>
        <translation>le dernier rechargement de configuration de Prometheus %1 a échoué ; il utilise toujours la configuration chargée à %2</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="125"/>
        <source>the configuration of Prometheus %1 loaded at %2</source>
        <translation>la configuration de Prometheus %1 a été chargée à %2</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="139"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="145"/>
        <source>%1 of %2 up</source>
        <translation>%1 sur %2 actives</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="147"/>
        <source>all up</source>
        <translation>toutes actives</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="150"/>
        <source>no scrape targets: Prometheus collects nothing</source>
        <translation>aucune cible de collecte : Prometheus ne collecte rien</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="153"/>
        <source>every target is up</source>
        <translation>chaque cible est active</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="156"/>
        <source>targets down: %1</source>
        <translation>cibles hors service : %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="168"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="193"/>
        <source>groups: %1</source>
        <translation>groupes : %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="195"/>
        <source>no errors, no missed or overrunning evaluations</source>
        <translation>aucune erreur, aucune évaluation manquée ou trop longue</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="199"/>
        <source>rule groups failing — their alerts are not evaluated: %1</source>
        <translation>des groupes de règles échouent — leurs alertes ne sont pas évaluées : %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="210"/>
        <source>no rule groups are loaded: no alert can fire</source>
        <translation>aucun groupe de règles chargé : aucune alerte ne peut se déclencher</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="216"/>
        <source>%1 takes %2 for a %3 interval</source>
        <translation>%1 prend %2 pour un intervalle de %3</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="225"/>
        <source>evaluation longer than the interval: %1</source>
        <translation>évaluation plus longue que l’intervalle : %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="227"/>
        <source>missed iterations: %1</source>
        <translation>itérations manquées : %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="232"/>
        <source>rules evaluated without errors: %1</source>
        <translation>règles évaluées sans erreur : %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="233"/>
        <source> (missed iterations not known: Prometheus does not scrape itself)</source>
        <translation> (itérations manquées inconnues : Prometheus ne se collecte pas lui-même)</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="253"/>
        <source>connected: %1</source>
        <translation>connecté : %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="255"/>
        <source>every configured replica (%1)</source>
        <translation>chaque réplique configurée (%1)</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="255"/>
        <source>at least one</source>
        <translation>au moins une</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="258"/>
        <source>Prometheus sends its alerts to no Alertmanager: no alert reaches anyone</source>
        <translation>Prometheus n’envoie ses alertes à aucun Alertmanager : aucune alerte n’atteint personne</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="263"/>
        <source>Prometheus does not send alerts to %1</source>
        <translation>Prometheus n’envoie pas d’alertes à %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="269"/>
        <source>notifications to Alertmanager failed recently: %1</source>
        <translation>des notifications vers Alertmanager ont récemment échoué : %1</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="273"/>
        <source>alerts go to every configured replica</source>
        <translation>les alertes vont à chaque réplique configurée</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="274"/>
        <source> (notification errors not known: Prometheus does not scrape itself)</source>
        <translation> (erreurs de notification inconnues : Prometheus ne se collecte pas lui-même)</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="283"/>
        <source>the TSDB status has no head statistics</source>
        <translation>le statut TSDB n’a pas de statistiques de tête</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="286"/>
        <source>%1 head series</source>
        <translation>%1 séries en tête</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="290"/>
        <source>compactions are failing: the disk may be full or the data damaged</source>
        <translation>les compactages échouent : le disque est peut-être plein ou les données endommagées</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="295"/>
        <source>storage healthy</source>
        <translation>stockage sain</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="297"/>
        <source> (compaction failures not known: Prometheus does not scrape itself)</source>
        <translation> (échecs de compactage inconnus : Prometheus ne se collecte pas lui-même)</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="301"/>
        <source>the head holds many series: memory use grows with them</source>
        <translation>la tête contient beaucoup de séries : la mémoire utilisée croît avec elles</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="357"/>
        <source>The configuration reload status</source>
        <translation>L’état du rechargement de la configuration</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="379"/>
        <source>The scrape target list</source>
        <translation>La liste des cibles de collecte</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="401"/>
        <source>The rule evaluation status</source>
        <translation>L’état de l’évaluation des règles</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="445"/>
        <source>The list of Alertmanagers Prometheus sends to</source>
        <translation>La liste des Alertmanagers auxquels Prometheus envoie</translation>
    </message>
    <message>
        <location filename="../models/health/prometheuschecks.cpp" line="486"/>
        <source>The TSDB status</source>
        <translation>L’état de la TSDB</translation>
    </message>
</context>
<context>
    <name>pivori::PrometheusClient</name>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="182"/>
        <location filename="../models/prometheus/prometheusclient.cpp" line="198"/>
        <source>the query expression is empty</source>
        <translation>l’expression de requête est vide</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="184"/>
        <source>the evaluation time is not a valid time</source>
        <translation>l’heure d’évaluation n’est pas une heure valide</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="200"/>
        <source>the start and end of a range query must be valid times</source>
        <translation>le début et la fin d’une requête sur plage doivent être des heures valides</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="206"/>
        <location filename="../models/prometheus/prometheusclient.cpp" line="269"/>
        <source>the end of the range (%1) is before its start (%2)</source>
        <translation>la fin de la plage (%1) précède son début (%2)</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="209"/>
        <source>the step must be positive, not %1 ms</source>
        <translation>le pas doit être positif, pas %1 ms</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="214"/>
        <source>a step of %1 s gives %2 points per series, more than Prometheus&apos;s limit of %3; use a step of at least %4 s</source>
        <translation>un pas de %1 s donne %2 points par série, plus que la limite de Prometheus (%3) ; utilisez un pas d’au moins %4 s</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusclient.cpp" line="266"/>
        <source>&quot;%1&quot; is not a label name</source>
        <translation>« %1 » n’est pas un nom de label</translation>
    </message>
</context>
<context>
    <name>pivori::PrometheusParser</name>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="88"/>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 avec un corps vide</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="89"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="104"/>
        <source>empty answer</source>
        <translation>réponse vide</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="106"/>
        <source>expected a JSON object, got: %1</source>
        <translation>objet JSON attendu, reçu : %1</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="107"/>
        <source>an unknown content type</source>
        <translation>un type de contenu inconnu</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="109"/>
        <source>expected JSON, got %1: %2</source>
        <translation>JSON attendu, reçu %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="117"/>
        <source>unspecified error</source>
        <translation>erreur non précisée</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="120"/>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="126"/>
        <source>missing &quot;status&quot; in the answer</source>
        <translation>« status » manque dans la réponse</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="127"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>statut inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="150"/>
        <location filename="../models/prometheus/prometheusparser.cpp" line="195"/>
        <source>expected a string</source>
        <translation>chaîne attendue</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="159"/>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="177"/>
        <source>value &quot;%1&quot; is not a number</source>
        <translation>la valeur « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="179"/>
        <source>expected a number in a string</source>
        <translation>nombre dans une chaîne attendu</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="188"/>
        <source>expected an object of labels</source>
        <translation>objet de labels attendu</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="208"/>
        <source>expected an array</source>
        <translation>tableau attendu</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="215"/>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="228"/>
        <source>&quot;%1&quot; is not an RFC 3339 time</source>
        <translation>« %1 » n’est pas une heure RFC 3339</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="240"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="260"/>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON invalide à l’octet %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="278"/>
        <source>data: missing or not an object</source>
        <translation>data : manquant ou pas un objet</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="295"/>
        <source>unknown state &quot;%1&quot;</source>
        <translation>état inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="322"/>
        <source>unknown rule type &quot;%1&quot;</source>
        <translation>type de règle inconnu « %1 »</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="480"/>
        <source>data: missing</source>
        <translation>data : manquant</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="481"/>
        <source>data: expected an array of label values</source>
        <translation>data : tableau de valeurs de label attendu</translation>
    </message>
    <message>
        <location filename="../models/prometheus/prometheusparser.cpp" line="487"/>
        <source>data[%1]: expected a string</source>
        <translation>data[%1] : chaîne attendue</translation>
    </message>
</context>
<context>
    <name>pivori::QueryCheck</name>
    <message>
        <location filename="../models/health/querycheck.cpp" line="51"/>
        <source>the query must give an instant vector or a scalar, not a range or a string</source>
        <translation>la requête doit donner un vecteur instantané ou un scalaire, pas une plage ni une chaîne</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="75"/>
        <source>the query returned no series</source>
        <translation>la requête n’a renvoyé aucune série</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="81"/>
        <source>data not available: the query gives NaN (no traffic to measure)</source>
        <translation>données indisponibles : la requête donne NaN (pas de trafic à mesurer)</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="85"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="86"/>
        <source> (the worst of %1 series)</source>
        <translation> (la pire de %1 séries)</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="90"/>
        <source>%1, within the limits%2</source>
        <translation>%1, dans les limites%2</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="94"/>
        <source>%1, under the warning limit of %2%3</source>
        <translation>%1, sous la limite d’avertissement de %2%3</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="95"/>
        <source>%1, over the warning limit of %2%3</source>
        <translation>%1, au-dessus de la limite d’avertissement de %2%3</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="99"/>
        <source>%1, under the failure limit of %2%3</source>
        <translation>%1, sous la limite d’échec de %2%3</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="100"/>
        <source>%1, over the failure limit of %2%3</source>
        <translation>%1, au-dessus de la limite d’échec de %2%3</translation>
    </message>
    <message>
        <location filename="../models/health/querycheck.cpp" line="112"/>
        <source>no Prometheus is configured to ask</source>
        <translation>aucun Prometheus n’est configuré pour les requêtes</translation>
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
        <translation>Exécute une expression PromQL sur Prometheus et affiche la réponse.</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="38"/>
        <source>Print {&quot;resultType&quot;, &quot;result&quot;} as JSON, values as numbers (NaN as null).</source>
        <translation>Afficher {&quot;resultType&quot;, &quot;result&quot;} en JSON, valeurs en nombres (NaN en null).</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="40"/>
        <source>Evaluation time of an instant query: now, now-5m, unix seconds or RFC 3339.</source>
        <translation>Heure d’évaluation d’une requête instantanée : now, now-5m, secondes Unix ou RFC 3339.</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="41"/>
        <location filename="../app/cli/querycommand.cpp" line="48"/>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="43"/>
        <source>Run a range query over this duration, e.g. 1h.</source>
        <translation>Exécuter une requête sur plage de cette durée, par ex. 1h.</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="43"/>
        <location filename="../app/cli/querycommand.cpp" line="46"/>
        <location filename="../app/cli/querycommand.cpp" line="51"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="45"/>
        <source>Resolution of a range query (default: range/240, at least 1s).</source>
        <translation>Résolution d’une requête sur plage (par défaut : plage/240, au moins 1s).</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="47"/>
        <source>End of a range query (default now).</source>
        <translation>Fin d’une requête sur plage (par défaut : maintenant).</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="50"/>
        <source>Give up after this long (default: the server&apos;s configured timeout).</source>
        <translation>Abandonner après ce délai (par défaut : le délai configuré du serveur).</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="52"/>
        <source>The PromQL expression.</source>
        <translation>L’expression PromQL.</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="58"/>
        <source>query: give exactly one expression (quote it)</source>
        <translation>query : indiquez exactement une expression (entre guillemets)</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="81"/>
        <source>query: no Prometheus configured; pass --prometheus URL</source>
        <translation>query : aucun Prometheus configuré ; passez --prometheus URL</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="88"/>
        <source>query: --timeout must be a duration like 10s</source>
        <translation>query : --timeout doit être une durée comme 10s</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="104"/>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="117"/>
        <source>query: --range must be a duration like 1h</source>
        <translation>query : --range doit être une durée comme 1h</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="118"/>
        <source>query: --end is not a time (now, now-5m, unix seconds or RFC 3339)</source>
        <translation>query : --end n’est pas une heure (now, now-5m, secondes Unix ou RFC 3339)</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="125"/>
        <source>query: --step must be a duration like 15s</source>
        <translation>query : --step doit être une durée comme 15s</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="133"/>
        <source>query: --step and --end need --range</source>
        <translation>query : --step et --end requièrent --range</translation>
    </message>
    <message>
        <location filename="../app/cli/querycommand.cpp" line="139"/>
        <source>query: --time is not a time (now, now-5m, unix seconds or RFC 3339)</source>
        <translation>query : --time n’est pas une heure (now, now-5m, secondes Unix ou RFC 3339)</translation>
    </message>
</context>
<context>
    <name>pivori::QueryConsoleWidget</name>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="22"/>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="27"/>
        <source>PromQL expression, e.g. sum by (service) (rate(http_requests_total[5m]))</source>
        <translation>Expression PromQL, par ex. sum by (service) (rate(http_requests_total[5m]))</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="29"/>
        <source>Instant</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="30"/>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="31"/>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="32"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="74"/>
        <source>Type an expression first.</source>
        <translation>Saisissez d’abord une expression.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="83"/>
        <source>Querying…</source>
        <translation>Requête en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="95"/>
        <source>%n series in %1 ms</source>
        <translation>
            <numerusform>%n série en %1 ms</numerusform>
            <numerusform>%n séries en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/panels/queryconsolewidget.cpp" line="97"/>
        <source>Prometheus warns: %1</source>
        <translation>Prometheus avertit : %1</translation>
    </message>
</context>
<context>
    <name>pivori::QueryResultFormat</name>
    <message>
        <location filename="../models/prometheus/queryresultformat.cpp" line="157"/>
        <location filename="../models/prometheus/queryresultformat.cpp" line="173"/>
        <source>(empty result: no series matched)</source>
        <translation>(résultat vide : aucune série ne correspond)</translation>
    </message>
</context>
<context>
    <name>pivori::QueryResultModel</name>
    <message>
        <location filename="../models/prometheus/queryresultmodel.cpp" line="66"/>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <location filename="../models/prometheus/queryresultmodel.cpp" line="68"/>
        <source>Latest value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <location filename="../models/prometheus/queryresultmodel.cpp" line="70"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>pivori::RowHeader</name>
    <message numerus="yes">
        <location filename="../widgets/panels/rowheader.cpp" line="46"/>
        <source>%n panel(s) inside, collapsed</source>
        <translation>
            <numerusform>%n panneau à l&apos;intérieur, replié</numerusform>
            <numerusform>%n panneaux à l&apos;intérieur, replié</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/panels/rowheader.cpp" line="47"/>
        <source>%n panel(s)</source>
        <translation>
            <numerusform>%n panneau</numerusform>
            <numerusform>%n panneaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/panels/rowheader.cpp" line="62"/>
        <source>Expand this row (Space): its panels are created and queried</source>
        <translation>Déplier cette ligne (Espace) : ses panneaux sont créés et interrogés</translation>
    </message>
    <message>
        <location filename="../widgets/panels/rowheader.cpp" line="63"/>
        <source>Collapse this row (Space): its panels stop being queried</source>
        <translation>Replier cette ligne (Espace) : ses panneaux ne sont plus interrogés</translation>
    </message>
</context>
<context>
    <name>pivori::RuleEvaluation</name>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="21"/>
        <source>Prometheus %1 is unreachable</source>
        <translation>Prometheus %1 est injoignable</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="39"/>
        <source>rule groups of Prometheus %1 fail: %2</source>
        <translation>des groupes de règles de Prometheus %1 échouent : %2</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="63"/>
        <source>the dead man&apos;s switch has not reached any Alertmanager replica</source>
        <translation>l’alerte de veille n’a atteint aucune réplique Alertmanager</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="72"/>
        <source>no Prometheus is configured to vouch for the alert rules</source>
        <translation>aucun Prometheus n’est configuré pour attester des règles d’alerte</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="76"/>
        <source>Prometheus not checked yet</source>
        <translation>Prometheus pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="94"/>
        <source>unknown since %1 — rules are not being evaluated (%2)</source>
        <translation>inconnu depuis %1 — les règles ne sont pas évaluées (%2)</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="97"/>
        <source>unknown — rules are not being evaluated (%1)</source>
        <translation>inconnu — les règles ne sont pas évaluées (%1)</translation>
    </message>
    <message>
        <location filename="../models/health/ruleevaluation.cpp" line="98"/>
        <source>unknown — %1</source>
        <translation>inconnu — %1</translation>
    </message>
</context>
<context>
    <name>pivori::RunbookLibrary</name>
    <message>
        <location filename="../models/alerts/runbooklibrary.cpp" line="38"/>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <location filename="../models/alerts/runbooklibrary.cpp" line="40"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/runbooklibrary.cpp" line="154"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location filename="../models/alerts/runbooklibrary.cpp" line="164"/>
        <source>Source in Prometheus</source>
        <translation>Source dans Prometheus</translation>
    </message>
</context>
<context>
    <name>pivori::RunbookPane</name>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="156"/>
        <source>Select an alert to see its summary, labels and runbook.</source>
        <translation>Sélectionnez une alerte pour voir son résumé, ses labels et son runbook.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="190"/>
        <source>(no alertname)</source>
        <translation>(pas d’alertname)</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="195"/>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="196"/>
        <source>started %1 ago</source>
        <translation>commencée il y a %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="208"/>
        <source>An acknowledgement is waiting for Alertmanager to confirm it.</source>
        <translation>Un acquittement attend la confirmation d’Alertmanager.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="211"/>
        <source>Cluster %1 did not answer the last poll: this is its last known state.</source>
        <translation>Le cluster %1 n’a pas répondu à la dernière interrogation : ceci est son dernier état connu.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="220"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="222"/>
        <source>Open related dashboard (%1)</source>
        <translation>Ouvrir le tableau de bord associé (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="227"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="239"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
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
        <translation>Le runbook configuré n’a pas pu être utilisé : %1</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="255"/>
        <source>No runbook for %1. Add one under &quot;runbooks:&quot; in the configuration.</source>
        <translation>Aucun runbook pour %1. Ajoutez-en un sous « runbooks: » dans la configuration.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/runbookpane.cpp" line="302"/>
        <source>[image: %1]</source>
        <translation>[image : %1]</translation>
    </message>
</context>
<context>
    <name>pivori::SaveFile</name>
    <message>
        <location filename="../models/core/savefile.cpp" line="37"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>pivori::ScreenSaverInhibitor</name>
    <message>
        <location filename="../app/windows/screensaverinhibitor.cpp" line="57"/>
        <location filename="../app/windows/screensaverinhibitor.cpp" line="63"/>
        <source>no D-Bus session bus</source>
        <translation>pas de bus de session D-Bus</translation>
    </message>
</context>
<context>
    <name>pivori::SecretReader</name>
    <message>
        <location filename="../models/net/endpoint.cpp" line="27"/>
        <source>environment variable %1 (a secret) is not set or empty</source>
        <translation>la variable d’environnement %1 (un secret) n’est pas définie ou est vide</translation>
    </message>
    <message>
        <location filename="../models/net/endpoint.cpp" line="34"/>
        <source>secret file: %1</source>
        <translation>fichier secret : %1</translation>
    </message>
    <message>
        <location filename="../models/net/endpoint.cpp" line="44"/>
        <source>keychain entry &quot;%1&quot; has not been read yet</source>
        <translation>l&apos;entrée de trousseau « %1 » n&apos;a pas encore été lue</translation>
    </message>
    <message>
        <location filename="../models/net/endpoint.cpp" line="46"/>
        <source>no secret source given</source>
        <translation>aucune source de secret indiquée</translation>
    </message>
</context>
<context>
    <name>pivori::SeriesLegend</name>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="58"/>
        <source>Click a series to hide or show it</source>
        <translation>Cliquez sur une série pour la masquer ou l’afficher</translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="247"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="247"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="249"/>
        <source>Show the legend as a list of names</source>
        <translation>Afficher la légende comme une liste de noms</translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="250"/>
        <source>Show the legend as a table with each series&apos; last, min, max and mean</source>
        <translation>Afficher la légende comme un tableau avec dernier, min, max et moyenne de chaque série</translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="312"/>
        <source>%1 — click to hide</source>
        <translation>%1 — cliquer pour masquer</translation>
    </message>
    <message>
        <location filename="../widgets/panels/serieslegend.cpp" line="312"/>
        <source>%1 — hidden, click to show</source>
        <translation>%1 — masquée, cliquer pour afficher</translation>
    </message>
</context>
<context>
    <name>pivori::SeriesTableModel</name>
    <message>
        <location filename="../widgets/panels/seriestablemodel.cpp" line="119"/>
        <source>No traffic</source>
        <translation>Pas de trafic</translation>
    </message>
    <message>
        <location filename="../widgets/panels/seriestablemodel.cpp" line="159"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>pivori::ServerConfigParser</name>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="34"/>
        <source>duplicate %1 name &quot;%2&quot; (first defined at line %3)</source>
        <translation>nom de %1 « %2 » en double (défini d’abord à la ligne %3)</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="57"/>
        <location filename="../models/config/serverconfigparser.cpp" line="90"/>
        <source>a name of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>un nom en lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="61"/>
        <source>prometheus</source>
        <translation>prometheus</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="92"/>
        <source>alertmanager cluster</source>
        <translation>cluster alertmanager</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="159"/>
        <source>%1: a client certificate needs both cert_file and key_file</source>
        <translation>%1 : un certificat client requiert cert_file et key_file</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="187"/>
        <source>a path like /prometheus</source>
        <translation>un chemin comme /prometheus</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="211"/>
        <source>%1 is a Thanos Query setting; add flavor: thanos</source>
        <translation>%1 est un réglage de Thanos Query ; ajoutez flavor: thanos</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="232"/>
        <source>%1 must be a map of header names to values</source>
        <translation>%1 doit être une table de noms d’en-tête vers des valeurs</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="245"/>
        <source>%1: &quot;%2&quot; is not a header name</source>
        <translation>%1 : « %2 » n’est pas un nom d’en-tête</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="250"/>
        <source>%1: set Authorization with auth, not as a header</source>
        <translation>%1 : réglez Authorization avec auth, pas comme en-tête</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="254"/>
        <source>%1.%2 must be a one-line text</source>
        <translation>%1.%2 doit être un texte sur une ligne</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="285"/>
        <source>%1: secrets are never written inline; use %2_env (an environment variable), %2_file (a file) or %2_keychain (an entry of the desktop keychain) instead</source>
        <translation>%1 : les secrets ne sont jamais écrits en clair ; utilisez plutôt %2_env (une variable d&apos;environnement), %2_file (un fichier) ou %2_keychain (une entrée du trousseau du bureau)</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="360"/>
        <source>%1 has %2, %3 and %4; give only one</source>
        <translation>%1 a %2, %3 et %4 ; n&apos;en indiquez qu&apos;un</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="381"/>
        <source>a keychain entry name of letters, digits and . _ @ : / + - (at most 200) like prom-main</source>
        <translation>un nom d&apos;entrée de trousseau fait de lettres, chiffres et . _ @ : / + - (200 au plus) comme prom-main</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="305"/>
        <source>%1 is not used by %2 auth</source>
        <translation>%1 n’est pas utilisé par l’authentification %2</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="335"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="354"/>
        <source>%1 needs %2 (an environment variable), %3 (a file) or %4 (an entry of the desktop keychain)</source>
        <translation>%1 nécessite %2 (une variable d&apos;environnement), %3 (un fichier) ou %4 (une entrée du trousseau du bureau)</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="358"/>
        <source>%1 has both %2 and %3; give only one</source>
        <translation>%1 a à la fois %2 et %3 ; n’en donnez qu’un</translation>
    </message>
    <message>
        <location filename="../models/config/serverconfigparser.cpp" line="367"/>
        <source>an environment variable name like PROM_PASSWORD</source>
        <translation>un nom de variable d’environnement comme PROM_PASSWORD</translation>
    </message>
</context>
<context>
    <name>pivori::ServerStatusPoller</name>
    <message numerus="yes">
        <location filename="../models/health/serverstatuspoller.cpp" line="78"/>
        <source>cluster %1, %n peer(s)</source>
        <translation>
            <numerusform>cluster %1, %n pair</numerusform>
            <numerusform>cluster %1, %n pairs</numerusform>
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
        <translation>%1 %2 : vérification…</translation>
    </message>
    <message>
        <location filename="../widgets/status/serverstatuswidget.cpp" line="36"/>
        <source>● %1 %2 %3 · %4 ms</source>
        <translation>● %1 %2 %3 · %4 ms</translation>
    </message>
    <message>
        <location filename="../widgets/status/serverstatuswidget.cpp" line="42"/>
        <source>● %1 %2 unreachable since %3</source>
        <translation>● %1 %2 injoignable depuis %3</translation>
    </message>
</context>
<context>
    <name>pivori::SettingsDialog</name>
    <message>
        <location filename="../widgets/firstrun/settingsdialog.cpp" line="31"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/settingsdialog.cpp" line="32"/>
        <source>Servers of %1. Comments and every other setting in the file are kept as written.</source>
        <translation>Serveurs de %1. Les commentaires et tous les autres réglages du fichier restent tels quels.</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/settingsdialog.cpp" line="45"/>
        <source>Save and reconnect</source>
        <translation>Enregistrer et se reconnecter</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/settingsdialog.cpp" line="100"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/settingsdialog.cpp" line="121"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>pivori::SeverityStyle</name>
    <message>
        <location filename="../widgets/status/severitystyle.cpp" line="66"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location filename="../widgets/status/severitystyle.cpp" line="68"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../widgets/status/severitystyle.cpp" line="70"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../widgets/status/severitystyle.cpp" line="71"/>
        <source>(no severity)</source>
        <translation>(sans gravité)</translation>
    </message>
</context>
<context>
    <name>pivori::SilenceEditDialog</name>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="27"/>
        <source>Edit acknowledgement</source>
        <translation>Modifier l’acquittement</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="27"/>
        <source>Edit silence</source>
        <translation>Modifier la mise en silence</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="42"/>
        <source>Cluster:</source>
        <translation>Cluster :</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="43"/>
        <source>ID:</source>
        <translation>ID :</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="44"/>
        <source>Matchers:</source>
        <translation>Sélecteurs :</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="45"/>
        <source>Created by:</source>
        <translation>Créée par :</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="51"/>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="66"/>
        <source>Ends at:</source>
        <translation>Se termine à :</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="75"/>
        <source>This silence is an acknowledgement; it stays one.</source>
        <translation>Cette mise en silence est un acquittement ; elle le reste.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="108"/>
        <source>A comment is required.</source>
        <translation>Un commentaire est obligatoire.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silenceeditdialog.cpp" line="111"/>
        <source>This end cannot be used: %1.</source>
        <translation>Cette fin n’est pas utilisable : %1.</translation>
    </message>
</context>
<context>
    <name>pivori::SilenceLimits</name>
    <message>
        <location filename="../models/alerts/silencelimits.cpp" line="9"/>
        <source>an acknowledgement or silence may last at most %1 days: a longer one is forgotten rather than handled, and hides the alert from everyone after you. Acknowledge again when it runs out, or fix the alert&apos;s rule</source>
        <translation>un acquittement ou une mise en silence peut durer au plus %1 jours : plus long, il est oublié plutôt que traité, et cache l’alerte à tous ceux qui suivent. Acquittez de nouveau à l’échéance, ou corrigez la règle de l’alerte</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencelimits.cpp" line="18"/>
        <source>the duration must be positive</source>
        <translation>la durée doit être positive</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencelimits.cpp" line="25"/>
        <source>the end must be in the future</source>
        <translation>la fin doit être dans le futur</translation>
    </message>
</context>
<context>
    <name>pivori::SilenceTableModel</name>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="161"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="163"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="165"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="183"/>
        <location filename="../widgets/inbox/silencesview.cpp" line="211"/>
        <source>acknowledgement</source>
        <translation>acquittement</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="183"/>
        <source>silence</source>
        <translation>mise en silence</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="199"/>
        <source>%1 · ends in %2</source>
        <translation>%1 · se termine dans %2</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="213"/>
        <source>Ends soon: its alerts notify again then, unless it is extended.</source>
        <translation>Se termine bientôt : ses alertes notifieront alors à nouveau, sauf prolongation.</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="250"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="252"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="254"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="256"/>
        <source>Matchers</source>
        <translation>Sélecteurs</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="258"/>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="260"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="262"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../models/alerts/silencetablemodel.cpp" line="264"/>
        <source>Ends</source>
        <translation>Fin</translation>
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
        <translation>Liste les mises en silence de chaque cluster Alertmanager ; les acquittements sont celles dont le commentaire commence par « ACK! ».</translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="32"/>
        <source>Include expired silences.</source>
        <translation>Inclure les mises en silence expirées.</translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="34"/>
        <source>Print a JSON array instead of a table.</source>
        <translation>Afficher un tableau JSON au lieu d’une table.</translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="38"/>
        <source>silences: unexpected argument &quot;%1&quot;</source>
        <translation>silences : argument inattendu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="56"/>
        <source>silences: %1</source>
        <translation>silences : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/silencescommand.cpp" line="60"/>
        <source>silences: warning: %1: %2</source>
        <translation>silences : avertissement : %1 : %2</translation>
    </message>
</context>
<context>
    <name>pivori::SilencesView</name>
    <message numerus="yes">
        <location filename="../widgets/inbox/silencesview.cpp" line="55"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
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
        <translation>Faire expirer</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="88"/>
        <source>End the selected silence now</source>
        <translation>Terminer maintenant la mise en silence sélectionnée</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="89"/>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="89"/>
        <source>Add time to the selected silence</source>
        <translation>Ajouter du temps à la mise en silence sélectionnée</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="90"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="90"/>
        <source>Change the comment or the end of the selected silence</source>
        <translation>Changer le commentaire ou la fin de la mise en silence sélectionnée</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="91"/>
        <source>Show expired</source>
        <translation>Afficher les expirées</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="91"/>
        <source>Also list silences that have ended</source>
        <translation>Lister aussi les mises en silence terminées</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="99"/>
        <source>Mark ending within</source>
        <translation>Signaler celles finissant dans</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="103"/>
        <source>Active silences and acknowledgements ending within this time are marked and counted: their alerts notify again then.</source>
        <translation>Les mises en silence et acquittements actifs finissant dans ce délai sont signalés et comptés : leurs alertes notifieront alors à nouveau.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="204"/>
        <source>%1 · ends in %2</source>
        <translation>%1 · se termine dans %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/silencesview.cpp" line="313"/>
        <source>%n active or pending</source>
        <translation>
            <numerusform>%n active ou en attente</numerusform>
            <numerusform>%n actives ou en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/silencesview.cpp" line="314"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expirée</numerusform>
            <numerusform>%n expirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inbox/silencesview.cpp" line="317"/>
        <source>%n ending within %1</source>
        <translation>
            <numerusform>%n se termine dans %1</numerusform>
            <numerusform>%n se terminent dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="334"/>
        <source>Expire silence</source>
        <translation>Faire expirer la mise en silence</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="335"/>
        <source>Expire silence %1 in %2 now? The alerts it covers will notify again.</source>
        <translation>Faire expirer maintenant la mise en silence %1 dans %2 ? Les alertes qu’elle couvre notifieront à nouveau.</translation>
    </message>
    <message>
        <location filename="../widgets/inbox/silencesview.cpp" line="350"/>
        <source>silence %1 in %2</source>
        <translation>mise en silence %1 dans %2</translation>
    </message>
</context>
<context>
    <name>pivori::SmallFile</name>
    <message>
        <location filename="../models/net/smallfile.cpp" line="33"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../models/net/smallfile.cpp" line="35"/>
        <source>%1 is a pipe or socket, not a regular file (reading it could block forever)</source>
        <translation>%1 est un tube ou un socket, pas un fichier ordinaire (le lire pourrait bloquer indéfiniment)</translation>
    </message>
    <message>
        <location filename="../models/net/smallfile.cpp" line="38"/>
        <source>%1 is a device, not a regular file</source>
        <translation>%1 est un périphérique, pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../models/net/smallfile.cpp" line="40"/>
        <source>%1 is %2, larger than the %3 a secret, certificate or key file may be</source>
        <translation>%1 fait %2, plus que les %3 permis pour un fichier secret, de certificat ou de clé</translation>
    </message>
    <message>
        <location filename="../models/net/smallfile.cpp" line="68"/>
        <location filename="../models/net/smallfile.cpp" line="79"/>
        <location filename="../models/net/smallfile.cpp" line="90"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/net/smallfile.cpp" line="97"/>
        <source>%1 is larger than the %2 a secret, certificate or key file may be</source>
        <translation>%1 dépasse les %2 permis pour un fichier secret, de certificat ou de clé</translation>
    </message>
</context>
<context>
    <name>pivori::SnapshotCommand</name>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="78"/>
        <source>snapshot: --out must name a .png, .svg or .pdf file, got &quot;%1&quot;</source>
        <translation>snapshot : --out doit nommer un fichier .png, .svg ou .pdf, reçu « %1 »</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="94"/>
        <source>snapshot: --range must be a duration like 1h</source>
        <translation>snapshot : --range doit être une durée comme 1h</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="102"/>
        <source>snapshot: --end is not a time (now, now-5m, unix seconds or RFC 3339)</source>
        <translation>snapshot : --end n’est pas une heure (now, now-5m, secondes Unix ou RFC 3339)</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="114"/>
        <source>snapshot: --size must be WIDTHxHEIGHT between 200x150 and 16384x16384</source>
        <translation>snapshot : --size doit être LARGEURxHAUTEUR entre 200x150 et 16384x16384</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="119"/>
        <source>snapshot: --timeout must be a duration like 60s</source>
        <translation>snapshot : --timeout doit être une durée comme 60s</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="87"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="132"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="240"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="258"/>
        <source>snapshot: %1</source>
        <translation>snapshot : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="173"/>
        <source>Renders a dashboard to a PNG, SVG or PDF without a display, and optionally writes the data behind every panel and the active alerts as JSON, or a whole incident report folder. Exits 1 when a panel could not get its data or Alertmanager did not answer.</source>
        <translation>Rend un tableau de bord en PNG, SVG ou PDF sans écran, et écrit en option les données de chaque panneau et les alertes actives en JSON, ou tout un dossier de rapport d’incident. Sortie 1 si un panneau n’a pas obtenu ses données ou si Alertmanager n’a pas répondu.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="179"/>
        <source>Dashboard id, e.g. production.</source>
        <translation>Identifiant du tableau de bord, par ex. production.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="180"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="182"/>
        <source>Render a dashboard from this file instead of the configuration: Grafana dashboard JSON, a Kubernetes ConfigMap holding such JSON, or the console&apos;s YAML (--dashboard picks one when it holds several; default the first).</source>
        <translation>Rendre un tableau de bord depuis ce fichier au lieu de la configuration : JSON de tableau de bord Grafana, ConfigMap Kubernetes contenant un tel JSON, ou le YAML de la console (--dashboard en choisit un s’il y en a plusieurs ; par défaut le premier).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="190"/>
        <source>name=value</source>
        <translation>nom=valeur</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="192"/>
        <source>Time range ending at --end (default 1h).</source>
        <translation>Plage de temps finissant à --end (1h par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="193"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="211"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="195"/>
        <source>End of the range: now, now-5m, unix seconds or RFC 3339 (default now).</source>
        <translation>Fin de la plage : now, now-5m, secondes Unix ou RFC 3339 (now par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="196"/>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="197"/>
        <source>Picture size (default 1920x1080).</source>
        <translation>Taille de l’image (1920x1080 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="198"/>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="200"/>
        <source>The picture to write: .png, .svg or .pdf.</source>
        <translation>L’image à écrire : .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="185"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="200"/>
        <location filename="../app/cli/snapshotcommand.cpp" line="203"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="70"/>
        <source>snapshot: --dashboard (or --dashboard-file) and --out (or --report) are required</source>
        <translation>snapshot : --dashboard (ou --dashboard-file) et --out (ou --report) sont obligatoires</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="187"/>
        <source>Set a dashboard variable, e.g. service=trading (repeatable: a multi-value variable named again selects each value; All for every value).</source>
        <translation>Définit une variable du tableau de bord, par ex. service=trading (répétable : une variable à valeurs multiples nommée à nouveau sélectionne chaque valeur ; All pour toutes les valeurs).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="202"/>
        <source>Also write the data behind every panel, and the active alerts, as JSON.</source>
        <translation>Écrire aussi les données de chaque panneau et les alertes actives en JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="205"/>
        <source>Also write an incident report folder: pictures of the dashboard and of every panel, data.json, report.md and report.html.</source>
        <translation>Écrire aussi un dossier de rapport d’incident : images du tableau de bord et de chaque panneau, data.json, report.md et report.html.</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="208"/>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="210"/>
        <source>Give up waiting for data after this long (default 60s).</source>
        <translation>Cesser d’attendre les données après ce délai (60s par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="252"/>
        <source>snapshot: no dashboard &quot;%1&quot; (have: %2)</source>
        <translation>snapshot : aucun tableau de bord « %1 » (disponibles : %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="262"/>
        <source>snapshot: no Prometheus configured; pass --prometheus URL</source>
        <translation>snapshot : aucun Prometheus configuré ; passez --prometheus URL</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="298"/>
        <source>snapshot: no Alertmanager configured: &quot;alerts&quot; is null</source>
        <translation>snapshot : aucun Alertmanager configuré : « alerts » est null</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="317"/>
        <source>panel &quot;%1&quot;: Prometheus %2 (%3): %4</source>
        <translation>panneau « %1 » : Prometheus %2 (%3) : %4</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="322"/>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="342"/>
        <source>snapshot: gave up waiting for data after %1</source>
        <translation>snapshot : attente des données abandonnée après %1</translation>
    </message>
    <message>
        <location filename="../app/cli/snapshotcommand.cpp" line="361"/>
        <source>snapshot: report: %1</source>
        <translation>snapshot : rapport : %1</translation>
    </message>
</context>
<context>
    <name>pivori::StackCommand</name>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="41"/>
        <source>Where to write (run, up) or read (down) the stack&apos;s ports and PIDs as JSON.</source>
        <translation>Où écrire (run, up) ou lire (down) les ports et PID de la pile en JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="42"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="44"/>
        <source>Run rules and scenarios this many times faster (default 1).</source>
        <translation>Exécuter règles et scénarios ce nombre de fois plus vite (1 par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="45"/>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="47"/>
        <source>Stop by itself after this long, e.g. 30m (run, up; default: never).</source>
        <translation>S’arrêter seule après ce délai, par ex. 30m (run, up ; par défaut : jamais).</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="48"/>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="50"/>
        <source>Path of pivori-simulator (default: beside this program).</source>
        <translation>Chemin de pivori-simulator (par défaut : à côté de ce programme).</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="51"/>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="62"/>
        <source>stack: --time-scale must be a number from 1 to 3600</source>
        <translation>stack : --time-scale doit être un nombre de 1 à 3600</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="83"/>
        <source>stack: --max-lifetime must be a duration like 30m</source>
        <translation>stack : --max-lifetime doit être une durée comme 30m</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="106"/>
        <source>stack: %1 will be started again in %2 (restart %3 of at most %4)</source>
        <translation>stack : %1 sera redémarré dans %2 (redémarrage %3 sur au plus %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="122"/>
        <source>stack: %1 is back (pid %2)
</source>
        <translation>stack : %1 est de retour (pid %2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="137"/>
        <source>stack ready: prometheus %1, alertmanagers %2, simulator %3
</source>
        <translation>pile prête : prometheus %1, alertmanagers %2, simulateur %3
</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="139"/>
        <source>stack: scenarios: %1; %2
</source>
        <translation>stack : scénarios : %1 ; %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="140"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="152"/>
        <source>stack: maximum lifetime reached, stopping
</source>
        <translation>stack : durée de vie maximale atteinte, arrêt
</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="163"/>
        <source>stack up: --state-file is required</source>
        <translation>stack up : --state-file est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="180"/>
        <source>stack up: cannot start %1</source>
        <translation>stack up : impossible de démarrer %1</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="192"/>
        <source>stack up: ready, state in %1 (log %2)
</source>
        <translation>stack up : prête, état dans %1 (journal %2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="204"/>
        <source>stack up: the stack did not become ready. Its log (%1):
%2</source>
        <translation>stack up : la pile n’est pas devenue prête. Son journal (%1) :
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="219"/>
        <source>stack down: %1</source>
        <translation>stack down : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="231"/>
        <source>stack down: stopped
</source>
        <translation>stack down : arrêtée
</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="237"/>
        <source>stack down: had to kill the stack after 20 s</source>
        <translation>stack down : la pile a dû être tuée après 20 s</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="253"/>
        <source>Runs the demo stack (synthetic exporter, Prometheus, two Alertmanager replicas) on loopback.
  run   in the foreground until Ctrl+C
  up    in the background; returns when ready (needs --state-file)
  down  stops a stack started with up</source>
        <translation>Fait tourner la pile de démonstration (exportateur synthétique, Prometheus, deux répliques Alertmanager) en boucle locale.
  run   au premier plan jusqu’à Ctrl+C
  up    en arrière-plan ; rend la main quand elle est prête (requiert --state-file)
  down  arrête une pile démarrée avec up</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="260"/>
        <source>run, up or down</source>
        <translation>run, up ou down</translation>
    </message>
    <message>
        <location filename="../app/cli/stackcommand.cpp" line="270"/>
        <source>stack: unknown action &quot;%1&quot; (expected run, up or down)</source>
        <translation>stack : action inconnue « %1 » (attendu : run, up ou down)</translation>
    </message>
</context>
<context>
    <name>pivori::StackLauncher</name>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="62"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="142"/>
        <source>cannot create a temporary directory: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="161"/>
        <source>no free loopback port could be found</source>
        <translation>aucun port libre n’a été trouvé en boucle locale</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="173"/>
        <source>the built-in stack configuration is missing from the program&apos;s resources</source>
        <translation>la configuration intégrée de la pile manque dans les ressources du programme</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="223"/>
        <location filename="../models/devstack/stacklauncher.cpp" line="233"/>
        <source>cannot start %1 (%2): %3</source>
        <translation>impossible de démarrer %1 (%2) : %3</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="248"/>
        <source>pivori-simulator (build the project first)</source>
        <translation>pivori-simulator (compilez d’abord le projet)</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="250"/>
        <source>%1 (Debian package prometheus)</source>
        <translation>%1 (paquet Debian prometheus)</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="252"/>
        <source>%1 (Debian package prometheus-alertmanager)</source>
        <translation>%1 (paquet Debian prometheus-alertmanager)</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="254"/>
        <source>cannot start the demo stack, missing: %1. Run installer/install-deps.sh.</source>
        <translation>impossible de démarrer la pile de démonstration, il manque : %1. Lancez installer/install-deps.sh.</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="327"/>
        <source>starting the demo stack in %1</source>
        <translation>démarrage de la pile de démonstration dans %1</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="355"/>
        <source>waiting for the history to be loaded</source>
        <translation>attend le chargement de l&apos;historique</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="367"/>
        <source>starting without history: %1</source>
        <translation>démarrage sans historique : %1</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="380"/>
        <source>starting without the history&apos;s alerts: %1</source>
        <translation>démarrage sans les alertes de l&apos;historique : %1</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="483"/>
        <source>%1 crashed or was killed</source>
        <translation>%1 a planté ou a été tué</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="484"/>
        <source>%1 exited (code %2)</source>
        <translation>%1 s’est terminé (code %2)</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="485"/>
        <source>%1. Last lines of its log:
%2</source>
        <translation>%1. Dernières lignes de son journal :
%2</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="506"/>
        <source>%1 died %2 times within %3 min: it stays down (the other servers keep running)</source>
        <translation>%1 s’est arrêté %2 fois en %3 min : il reste arrêté (les autres serveurs continuent)</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncher.cpp" line="540"/>
        <source>%1 found its port taken by another program; starting the stack again on other ports</source>
        <translation>%1 a trouvé son port pris par un autre programme ; la pile redémarre sur d’autres ports</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="34"/>
        <source>%1 did not become ready within %2 s. Last lines of its log:
%3</source>
        <translation>%1 n’est pas devenu prêt en %2 s. Dernières lignes de son journal :
%3</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="62"/>
        <source>answers HTTP %1</source>
        <translation>répond HTTP %1</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="62"/>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="110"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="75"/>
        <source>its cluster is forming (%1)</source>
        <translation>son cluster se forme (%1)</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="90"/>
        <source>%1 is ready at %2</source>
        <translation>%1 est prêt à %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="107"/>
        <source>✔ %1 is ready</source>
        <translation>✔ %1 est prêt</translation>
    </message>
    <message>
        <location filename="../models/devstack/stacklauncherreadiness.cpp" line="109"/>
        <source>… %1: %2</source>
        <translation>… %1 : %2</translation>
    </message>
</context>
<context>
    <name>pivori::StackState</name>
    <message>
        <location filename="../models/devstack/stackstate.cpp" line="37"/>
        <source>stack state is not a JSON object: %1</source>
        <translation>l’état de la pile n’est pas un objet JSON : %1</translation>
    </message>
    <message>
        <location filename="../models/devstack/stackstate.cpp" line="51"/>
        <source>stack state lacks prometheus, alertmanagers or launcherPid</source>
        <translation>il manque à l’état de la pile prometheus, alertmanagers ou launcherPid</translation>
    </message>
    <message>
        <location filename="../models/devstack/stackstate.cpp" line="59"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/devstack/stackstate.cpp" line="68"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>pivori::StatPanel</name>
    <message>
        <location filename="../widgets/panels/statpanel.cpp" line="40"/>
        <source>No traffic</source>
        <translation>Pas de trafic</translation>
    </message>
</context>
<context>
    <name>pivori::TimeRange</name>
    <message>
        <location filename="../models/core/timerange.cpp" line="49"/>
        <source>Last 5 minutes</source>
        <translation>5 dernières minutes</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="50"/>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="51"/>
        <source>Last 1 hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="52"/>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="53"/>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="54"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="96"/>
        <source>Last %1</source>
        <translation>Dernières %1</translation>
    </message>
    <message>
        <location filename="../models/core/timerange.cpp" line="104"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
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
        <translation>Les %L1 séries les plus hautes sur %L2 par dernière valeur ; les %L3 autres ne sont pas tracées.</translation>
    </message>
    <message>
        <location filename="../widgets/panels/timeseriespanel.cpp" line="361"/>
        <source>Showing the %L1 highest of %L2 series by last value; the grey band spans the other %L3.</source>
        <translation>Les %L1 séries les plus hautes sur %L2 par dernière valeur ; la bande grise couvre les %L3 autres.</translation>
    </message>
</context>
<context>
    <name>pivori::UiLanguage</name>
    <message>
        <location filename="../widgets/common/uilanguage.cpp" line="49"/>
        <source>--lang: no translation for &quot;%1&quot; (available: %2)</source>
        <translation>--lang : aucune traduction pour « %1 » (disponibles : %2)</translation>
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
        <translation>j</translation>
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
        <translation>o</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="59"/>
        <source>kB</source>
        <translation>ko</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="60"/>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="61"/>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="62"/>
        <source>TB</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="63"/>
        <source>PB</source>
        <translation>Po</translation>
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
        <translation>o/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="82"/>
        <source>kB/s</source>
        <translation>ko/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="83"/>
        <source>MB/s</source>
        <translation>Mo/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="84"/>
        <source>GB/s</source>
        <translation>Go/s</translation>
    </message>
    <message>
        <location filename="../models/core/unitformat.cpp" line="85"/>
        <source>TB/s</source>
        <translation>To/s</translation>
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
        <translation>req/s</translation>
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
        <translation>%1 injoignable</translation>
    </message>
    <message>
        <location filename="../widgets/status/unreachablebanners.cpp" line="39"/>
        <source>%1 unreachable since %2</source>
        <translation>%1 injoignable depuis %2</translation>
    </message>
</context>
<context>
    <name>pivori::ValidateCommand</name>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="28"/>
        <source>Checks a configuration file and prints every error as file:line:column: message.</source>
        <translation>Vérifie un fichier de configuration et affiche chaque erreur sous la forme fichier:ligne:colonne: message.</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="32"/>
        <source>The file to check (or use --config).</source>
        <translation>Le fichier à vérifier (ou utilisez --config).</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="34"/>
        <source>Also print the whole import report of every Grafana dashboard that the configuration&apos;s dashboard files hold.</source>
        <translation>Afficher aussi le rapport d&apos;import complet de chaque tableau de bord Grafana que contiennent les fichiers de tableaux de bord de la configuration.</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="49"/>
        <source>%1: dashboard &quot;%2&quot; converted from %3: %4
</source>
        <translation>%1 : tableau de bord « %2 » converti depuis %3 : %4
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="61"/>
        <source>%1: OK (%n dashboard(s)</source>
        <translation>
            <numerusform>%1 : OK (%n tableau de bord</numerusform>
            <numerusform>%1 : OK (%n tableaux de bord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="63"/>
        <source>, %n Prometheus server(s)</source>
        <translation>
            <numerusform>, %n serveur Prometheus</numerusform>
            <numerusform>, %n serveurs Prometheus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="64"/>
        <source>, %n Alertmanager cluster(s))</source>
        <translation>
            <numerusform>, %n cluster Alertmanager)</numerusform>
            <numerusform>, %n clusters Alertmanager)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pivori::VariableChain</name>
    <message>
        <location filename="../models/dashboards/variablechain.cpp" line="158"/>
        <source>--var takes NAME=VALUE, got &quot;%1&quot;</source>
        <translation>--var attend NOM=VALEUR, reçu &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/dashboards/variablechain.cpp" line="179"/>
        <source>$%1 selects one value, but %2 were given (%3); only a multi-value variable takes several</source>
        <translation>$%1 sélectionne une valeur, mais %2 ont été données (%3) ; seule une variable à valeurs multiples en accepte plusieurs</translation>
    </message>
</context>
<context>
    <name>pivori::VariableValues</name>
    <message>
        <location filename="../models/config/variablevalues.cpp" line="123"/>
        <source>unknown flag &apos;%1&apos; after the closing slash (i, m and s are understood)</source>
        <translation>option « %1 » inconnue après la barre oblique fermante (i, m et s sont comprises)</translation>
    </message>
    <message>
        <location filename="../models/config/variablevalues.cpp" line="135"/>
        <source>%1 at character %2</source>
        <translation>%1 au caractère %2</translation>
    </message>
</context>
<context>
    <name>pivori::WelcomePage</name>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="20"/>
        <source>Save and connect</source>
        <translation>Enregistrer et se connecter</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="22"/>
        <source>Connect to your stack</source>
        <translation>Connectez-vous à votre stack</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="27"/>
        <source>Pivori Console shows the dashboards and alerts of a Prometheus and its Alertmanagers. Tell it where they are: each server is tried as you type. Passwords and tokens are read from an environment variable or a file, never stored.</source>
        <translation>Pivori Console affiche les tableaux de bord et les alertes d’un Prometheus et de ses Alertmanagers. Indiquez où ils se trouvent : chaque serveur est essayé pendant la saisie. Mots de passe et jetons sont lus depuis une variable d’environnement ou un fichier, jamais enregistrés.</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="33"/>
        <source>Saves to %1</source>
        <translation>Sera enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="46"/>
        <source>Try the demo stack</source>
        <translation>Essayer le stack de démo</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="48"/>
        <source>Starts a synthetic fleet, a Prometheus and two Alertmanagers on this machine and opens the console on them</source>
        <translation>Démarre une flotte synthétique, un Prometheus et deux Alertmanagers sur cette machine et y ouvre la console</translation>
    </message>
    <message>
        <location filename="../widgets/firstrun/welcomepage.cpp" line="51"/>
        <source>No stack yet? The demo runs one on this machine, with an hour of history.</source>
        <translation>Pas encore de stack ? La démo en lance un sur cette machine, avec une heure d’historique.</translation>
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
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="167"/>
        <source>%1 uses a YAML anchor, alias, tag or merge key, which cannot be edited safely here; edit the file by hand</source>
        <translation>%1 utilise une ancre, un alias, une étiquette ou une clé de fusion YAML, qu’on ne peut pas modifier sans risque ici ; modifiez le fichier à la main</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="175"/>
        <source>%1 holds a list or map in flow style ([...] or {...}) spread over several lines, which cannot be edited safely here; write it on one line or in block style</source>
        <translation>%1 contient une liste ou une table en style flux ([...] ou {...}) sur plusieurs lignes, qu’on ne peut pas modifier sans risque ici ; écrivez-la sur une ligne ou en style bloc</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="191"/>
        <source>%1: %2 is not written as a block list (&quot;- name: ...&quot; lines); edit it by hand</source>
        <translation>%1 : %2 n’est pas écrit en liste de style bloc (lignes « - name: ... ») ; modifiez-le à la main</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="205"/>
        <source>%1: the first entry of %2 is written in flow style ({...}); write it in block style to edit it here</source>
        <translation>%1 : la première entrée de %2 est écrite en style flux ({...}) ; écrivez-la en style bloc pour la modifier ici</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="225"/>
        <source>%1: %2 has no entry that can be edited here</source>
        <translation>%1 : %2 n’a aucune entrée modifiable ici</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="303"/>
        <source>%1: %2 is not a list; edit it by hand</source>
        <translation>%1 : %2 n’est pas une liste ; modifiez-le à la main</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="312"/>
        <source>%1: an entry of %2 spans several lines; edit it by hand</source>
        <translation>%1 : une entrée de %2 s’étend sur plusieurs lignes ; modifiez-la à la main</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="353"/>
        <source>%1: %2 is not a map; edit it by hand</source>
        <translation>%1 : %2 n’est pas une table ; modifiez-le à la main</translation>
    </message>
    <message>
        <location filename="../models/config/yamllines.cpp" line="394"/>
        <source>%1: %2 is the first key of its entry and cannot be removed here; edit it by hand</source>
        <translation>%1 : %2 est la première clé de son entrée et ne peut pas être supprimée ici ; modifiez-la à la main</translation>
    </message>
</context>
<context>
    <name>pivori::cli::AlertClusters</name>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="17"/>
        <source>Only this configured Alertmanager cluster (needed to write when several are configured).</source>
        <translation>Seulement ce cluster Alertmanager configuré (nécessaire pour écrire si plusieurs sont configurés).</translation>
    </message>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="18"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="32"/>
        <source>%1: no Alertmanager configured; pass --alertmanager URL</source>
        <translation>%1 : aucun Alertmanager configuré ; passez --alertmanager URL</translation>
    </message>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="45"/>
        <source>%1: --cluster: no Alertmanager cluster named &quot;%2&quot; (configured: %3)</source>
        <translation>%1 : --cluster : aucun cluster Alertmanager nommé « %2 » (configurés : %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/alertcli.cpp" line="76"/>
        <source>%1: %2 Alertmanager clusters are configured (%3); choose one with --cluster</source>
        <translation>%1 : %2 clusters Alertmanager sont configurés (%3) ; choisissez-en un avec --cluster</translation>
    </message>
</context>
<context>
    <name>pivori::cli::CommandUsage</name>
    <message>
        <location filename="../app/cli/cliutil.cpp" line="41"/>
        <source>%1: %2 (see --help)</source>
        <translation>%1 : %2 (voir --help)</translation>
    </message>
</context>
</TS>
