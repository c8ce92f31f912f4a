<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActivityWatchImportDialog</name>
    <message>
        <source>Import from ActivityWatch</source>
        <translation>Aus ActivityWatch importieren</translation>
    </message>
    <message>
        <source>Choose your ActivityWatch export</source>
        <translation>Wähle deinen ActivityWatch-Export</translation>
    </message>
    <message>
        <source>In ActivityWatch, open Raw Data → Export all buckets as JSON, and choose that file here. Companion reads it, shows you what it found, and imports nothing until you say so.</source>
        <translation>Öffne in ActivityWatch „Raw Data“ → „Export all buckets as JSON“ und wähle diese Datei hier aus. Companion liest sie, zeigt dir, was es gefunden hat, und importiert nichts, bis du es sagst.</translation>
    </message>
    <message>
        <source>How to export from ActivityWatch</source>
        <translation>So exportierst du aus ActivityWatch</translation>
    </message>
    <message>
        <source>ActivityWatch export file</source>
        <translation>ActivityWatch-Exportdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Read from ActivityWatch on this &amp;computer</source>
        <translation>Aus ActivityWatch auf diesem &amp;Computer lesen</translation>
    </message>
    <message>
        <source>Read from ActivityWatch on this computer</source>
        <translation>Aus ActivityWatch auf diesem Computer lesen</translation>
    </message>
    <message>
        <source>About reading from this computer</source>
        <translation>Hinweis zum Lesen auf diesem Computer</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>What is being read</source>
        <translation>Was gelesen wird</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Fortschritt beim Lesen</translation>
    </message>
    <message>
        <source>What Companion found</source>
        <translation>Was Companion gefunden hat</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>Minutes per day and category</source>
        <translation>Minuten pro Tag und Kategorie</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reads the last %1 days from ActivityWatch at 127.0.0.1:5600. Nothing leaves this computer.</source>
        <translation>Liest die letzten %1 Tage aus ActivityWatch unter 127.0.0.1:5600. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Reading straight from ActivityWatch on this computer is off. You can turn it on in Settings → Screen time.</source>
        <translation>Das direkte Lesen aus ActivityWatch auf diesem Computer ist aus. Du kannst es unter Einstellungen → Bildschirmzeit einschalten.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of screen time in all, from %3 to %4 (days: %n).</source>
        <translation>
            <numerusform>%1: von %3 bis %4 insgesamt %2 Bildschirmzeit an %n Tag.</numerusform>
            <numerusform>%1: von %3 bis %4 insgesamt %2 Bildschirmzeit an %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of screen time, from %2 to %3 (days: %n).</source>
        <translation>
            <numerusform>Von %2 bis %3: %1 Bildschirmzeit an %n Tag importiert.</numerusform>
            <numerusform>Von %2 bis %3: %1 Bildschirmzeit an %n Tagen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>ActivityWatch export</source>
        <translation>ActivityWatch-Export</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the export file first.</source>
        <translation>Wähle zuerst die Exportdatei.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Asking ActivityWatch on this computer…</source>
        <translation>ActivityWatch auf diesem Computer wird gefragt…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Importing replaces earlier ActivityWatch figures for these days; what you noted yourself stays as it is.</source>
        <translation>Der Import ersetzt frühere ActivityWatch-Werte für diese Tage; was du selbst notiert hast, bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>%1 has no screen time Companion can count.</source>
        <translation>%1 enthält keine Bildschirmzeit, die Companion zählen kann.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>Worth knowing:</source>
        <translation>Gut zu wissen:</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message>
        <source>Nothing left out</source>
        <translation>Nichts ausgelassen</translation>
    </message>
    <message>
        <source>Earlier figures from the same buckets for those days were replaced; other buckets&apos; minutes were kept.</source>
        <translation>Frühere Werte aus denselben Buckets für diese Tage wurden ersetzt; die Minuten aus anderen Buckets bleiben erhalten.</translation>
    </message>
    <message>
        <source>Screens can bring people closer or leave us lonelier; this is for noticing, not judging.</source>
        <translation>Bildschirme können Menschen näherbringen oder uns einsamer machen; hier geht es ums Bemerken, nicht ums Bewerten.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>Please type it first.</source>
        <translation>Bitte gib zuerst etwas ein.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>The backup is encrypted like your vault. Your passphrase or your recovery code opens it, here or on another computer.</source>
        <translation>Die Sicherung ist verschlüsselt wie dein Tresor. Deine Passphrase oder dein Wiederherstellungscode öffnet sie, hier oder auf einem anderen Computer.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern in:</translation>
    </message>
    <message>
        <source>Where the backup was saved</source>
        <translation>Wo die Sicherung gespeichert wurde</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <source>Companion backups (*%1)</source>
        <translation>Companion-Sicherungen (*%1)</translation>
    </message>
    <message>
        <source>Stopped. Nothing was kept.</source>
        <translation>Angehalten. Es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Your backup is saved. It&apos;s encrypted; your passphrase or recovery code opens it.</source>
        <translation>Deine Sicherung ist gespeichert. Sie ist verschlüsselt; deine Passphrase oder dein Wiederherstellungscode öffnet sie.</translation>
    </message>
    <message>
        <source>Saved to: %1</source>
        <translation>Gespeichert in: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Wähle, wo die Sicherung gespeichert werden soll.</translation>
    </message>
    <message>
        <source>writing the encrypted backup</source>
        <translation>die verschlüsselte Sicherung wird geschrieben</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Wird gesichert</translation>
    </message>
</context>
<context>
    <name>BoundariesList</name>
    <message>
        <source>Limits you choose for yourself, checked in on each evening. Every kept day counts, and a hard day takes nothing away.</source>
        <translation>Grenzen, die du dir selbst setzt, jeden Abend kurz angeschaut. Jeder gehaltene Tag zählt, und ein schwerer Tag nimmt nichts weg.</translation>
    </message>
    <message>
        <source>About boundaries</source>
        <translation>Hinweis zu Grenzen</translation>
    </message>
    <message>
        <source>No boundaries yet. Phone-free meals or screens away after 22:00 are gentle places to start.</source>
        <translation>Noch keine Grenzen. Mahlzeiten ohne Handy oder Bildschirme aus ab 22:00 sind ein sanfter Anfang.</translation>
    </message>
    <message>
        <source>No boundaries yet</source>
        <translation>Noch keine Grenzen</translation>
    </message>
    <message>
        <source>&amp;Add a boundary…</source>
        <translation>Grenze &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a boundary</source>
        <translation>Grenze hinzufügen</translation>
    </message>
    <message>
        <source>Evening &amp;check-in…</source>
        <translation>Abend-&amp;Check-in…</translation>
    </message>
    <message>
        <source>Evening check-in for your boundaries</source>
        <translation>Abend-Check-in für deine Grenzen</translation>
    </message>
    <message>
        <source>Check-in status</source>
        <translation>Stand des Check-ins</translation>
    </message>
    <message>
        <source>Nothing planned for today.</source>
        <translation>Für heute ist nichts geplant.</translation>
    </message>
    <message>
        <source>Checked in for today. You can change your answers.</source>
        <translation>Der Check-in für heute ist erledigt. Du kannst deine Antworten noch ändern.</translation>
    </message>
    <message>
        <source>This evening: a minute to look back on today.</source>
        <translation>Heute Abend: eine Minute, um auf den Tag zurückzuschauen.</translation>
    </message>
    <message>
        <source>Delete boundary</source>
        <translation>Grenze löschen</translation>
    </message>
    <message>
        <source>Delete “%1” and its check-ins? If you&apos;d like a break from it, Pause keeps everything.</source>
        <translation>„%1“ und die zugehörigen Check-ins löschen? Wenn du nur eine Pause davon möchtest, behält „Pausieren“ alles.</translation>
    </message>
</context>
<context>
    <name>BoundaryEditorDialog</name>
    <message>
        <source>A promise to myself</source>
        <translation>Ein Versprechen an mich selbst</translation>
    </message>
    <message>
        <source>A daily limit for one kind of screen time</source>
        <translation>Ein Tageslimit für eine Art von Bildschirmzeit</translation>
    </message>
    <message>
        <source>Screen-free hours</source>
        <translation>Bildschirmfreie Zeit</translation>
    </message>
    <message>
        <source>Edit boundary</source>
        <translation>Grenze bearbeiten</translation>
    </message>
    <message>
        <source>Add a boundary</source>
        <translation>Grenze hinzufügen</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>In eigenen Worten</translation>
    </message>
    <message>
        <source>About this boundary</source>
        <translation>Hinweis zu dieser Grenze</translation>
    </message>
    <message>
        <source>The boundary, in a few words</source>
        <translation>Die Grenze in wenigen Worten</translation>
    </message>
    <message>
        <source>For example: no phone on the dinner table</source>
        <translation>Zum Beispiel: kein Handy am Esstisch</translation>
    </message>
    <message>
        <source>Kind of boundary</source>
        <translation>Art der Grenze</translation>
    </message>
    <message>
        <source>Kind of screen time</source>
        <translation>Art der Bildschirmzeit</translation>
    </message>
    <message>
        <source> minutes a day</source>
        <translation> Minuten am Tag</translation>
    </message>
    <message>
        <source>Daily limit in minutes</source>
        <translation>Tageslimit in Minuten</translation>
    </message>
    <message>
        <source>Screen-free from</source>
        <translation>Bildschirmfrei ab</translation>
    </message>
    <message>
        <source>Screen-free until</source>
        <translation>Bildschirmfrei bis</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Every day</source>
        <translation>&amp;Jeden Tag</translation>
    </message>
    <message>
        <source>&amp;Weekdays</source>
        <translation>&amp;Werktags</translation>
    </message>
    <message>
        <source>C&amp;hosen days</source>
        <translation>&amp;Ausgewählte Tage</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Boundary:</source>
        <translation>&amp;Grenze:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Limit:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Uhrzeit:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>A boundary is a promise to yourself, not a test. Choose one that feels kind and doable.</source>
        <translation>Eine Grenze ist ein Versprechen an dich selbst, kein Test. Wähle eine, die sich freundlich und machbar anfühlt.</translation>
    </message>
    <message>
        <source>About boundaries</source>
        <translation>Hinweis zu Grenzen</translation>
    </message>
    <message>
        <source>Say it the way you&apos;d say it.</source>
        <translation>Sag es so, wie du es sagen würdest.</translation>
    </message>
    <message>
        <source>Companion&apos;s pause asks: “%1”</source>
        <translation>Die Pause von Companion fragt: „%1“</translation>
    </message>
</context>
<context>
    <name>BoundaryRow</name>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Days: %1</source>
        <translation>Tage: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation>%1 pausieren</translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Ändern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>A&amp;ktuelle Passphrase:</translation>
    </message>
    <message>
        <source>Not needed: you opened with the recovery code</source>
        <translation>Nicht nötig: Du hast mit dem Wiederherstellungscode geöffnet</translation>
    </message>
    <message>
        <source>Your new passphrase:</source>
        <translation>Deine neue Passphrase:</translation>
    </message>
    <message>
        <source>checking your current passphrase</source>
        <translation>deine aktuelle Passphrase wird geprüft</translation>
    </message>
    <message>
        <source>That passphrase belongs to a different key; nothing was changed.</source>
        <translation>Diese Passphrase gehört zu einem anderen Schlüssel; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>saving the new passphrase</source>
        <translation>die neue Passphrase wird gespeichert</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Gib zuerst deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Passphrase wird geändert</translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What got in the way? (if you like)</source>
        <translation>Was kam dazwischen? (wenn du magst)</translation>
    </message>
    <message>
        <source>What got in the way of %1, if you like</source>
        <translation>Was %1 im Weg stand, wenn du magst</translation>
    </message>
</context>
<context>
    <name>CheckinLineCard</name>
    <message>
        <source>A check-in this week suggested talking to someone could help.</source>
        <translation>Ein Check-in diese Woche deutet darauf hin, dass ein Gespräch mit jemandem helfen könnte.</translation>
    </message>
    <message>
        <source>See who to talk to</source>
        <translation>Sehen, mit wem du reden kannst</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Not now: hide until the next check-in</source>
        <translation>Jetzt nicht: bis zum nächsten Check-in ausblenden</translation>
    </message>
    <message>
        <source>Hide this until your next check-in</source>
        <translation>Bis zu deinem nächsten Check-in ausblenden</translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Short questionnaires, scored exactly as published, to notice how things change. They are screening tools, not a diagnosis, and every one is optional.</source>
        <translation>Kurze Fragebögen, genau wie veröffentlicht ausgewertet, um Veränderungen zu bemerken. Sie sind Screening-Werkzeuge, keine Diagnose, und jeder ist freiwillig.</translation>
    </message>
    <message>
        <source>Back to check-ins</source>
        <translation>Zurück zu den Check-ins</translation>
    </message>
</context>
<context>
    <name>CirclesMapDialog</name>
    <message>
        <source>Circles map</source>
        <translation>Karte der Kreise</translation>
    </message>
    <message>
        <source>Everyone, by circle</source>
        <translation>Alle, nach Kreisen</translation>
    </message>
    <message>
        <source>Closest people sit in the middle. Enter opens someone.</source>
        <translation>Die Nächsten stehen in der Mitte. Enter öffnet eine Person.</translation>
    </message>
    <message>
        <source>About the map</source>
        <translation>Hinweis zur Karte</translation>
    </message>
    <message>
        <source>Circle to edit</source>
        <translation>Kreis zum Bearbeiten</translation>
    </message>
    <message>
        <source>Circle name</source>
        <translation>Name des Kreises</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Usual rhythm for this circle, in days</source>
        <translation>Üblicher Rhythmus für diesen Kreis, in Tagen</translation>
    </message>
    <message>
        <source>Save &amp;circle</source>
        <translation>&amp;Kreis speichern</translation>
    </message>
    <message>
        <source>Save circle</source>
        <translation>Kreis speichern</translation>
    </message>
    <message>
        <source>C&amp;ircle:</source>
        <translation>K&amp;reis:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Usual &amp;rhythm:</source>
        <translation>Üblicher R&amp;hythmus:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not in a circle</source>
        <translation>In keinem Kreis</translation>
    </message>
</context>
<context>
    <name>CirclesView</name>
    <message>
        <source>Circles map</source>
        <translation>Karte der Kreise</translation>
    </message>
    <message>
        <source>Not in a circle</source>
        <translation>In keinem Kreis</translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Kind of contact</source>
        <translation>Art des Kontakts</translation>
    </message>
    <message>
        <source>label, e.g. mobile</source>
        <translation>Bezeichnung, z. B. Handy</translation>
    </message>
    <message>
        <source>Contact label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>number, address or @handle</source>
        <translation>Nummer, Adresse oder @Name</translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation>Kontaktangabe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this way to reach them</source>
        <translation>Diesen Kontaktweg entfernen</translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Where do you live?</source>
        <translation>Wo lebst du?</translation>
    </message>
    <message>
        <source>So “Need help now?” shows the right help lines.</source>
        <translation>Damit „Brauchst du jetzt Hilfe?“ die passenden Hilfsangebote zeigt.</translation>
    </message>
    <message>
        <source>Country for help lines</source>
        <translation>Land für Hilfsangebote</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>This only chooses which phone numbers to show. You can change it any time in Settings.</source>
        <translation>Das bestimmt nur, welche Telefonnummern angezeigt werden. Du kannst es jederzeit in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>About the country</source>
        <translation>Hinweis zum Land</translation>
    </message>
</context>
<context>
    <name>DataHost</name>
    <message>
        <source>checking and restoring the backup</source>
        <translation>die Sicherung wird geprüft und wiederhergestellt</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wird wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup wasn&apos;t restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Your vault is just as it was.</source>
        <translation>Dein Tresor ist genau so wie vorher.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Wird gesichert</translation>
    </message>
</context>
<context>
    <name>DataPrivacyGroup</name>
    <message>
        <source>Your data and privacy</source>
        <translation>Deine Daten und Privatsphäre</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted. You can take it with you, move it, or remove it whenever you like.</source>
        <translation>Alles bleibt verschlüsselt auf diesem Computer. Du kannst es mitnehmen, umziehen oder entfernen, wann immer du willst.</translation>
    </message>
    <message>
        <source>About your data</source>
        <translation>Hinweis zu deinen Daten</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt s&amp;ichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Rotate encryption &amp;key…</source>
        <translation>Schlüssel e&amp;rneuern…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <source>Make an encrypted &amp;backup automatically once a day</source>
        <translation>Einmal am Tag automatisch verschlüsselt si&amp;chern</translation>
    </message>
    <message>
        <source>Automatic daily backups</source>
        <translation>Automatische tägliche Sicherungen</translation>
    </message>
    <message>
        <source>How many automatic backups to keep</source>
        <translation>Wie viele automatische Sicherungen behalten werden</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>Die neuesten behalten:</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Ordner für automatische Sicherungen</translation>
    </message>
    <message>
        <source>Inside your profile</source>
        <translation>In deinem Profil</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Lock after this many minutes idle</source>
        <translation>Nach so vielen Minuten ohne Nutzung sperren</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>Sperren nach:</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Stand der Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Delete everything…</source>
        <translation>Alles lösc&amp;hen…</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>The last automatic backup didn&apos;t work: %1</source>
        <translation>Die letzte automatische Sicherung hat nicht geklappt: %1</translation>
    </message>
    <message>
        <source>Latest automatic backup: %1</source>
        <translation>Letzte automatische Sicherung: %1</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Noch keine automatische Sicherung.</translation>
    </message>
    <message>
        <source>The folder %1 doesn&apos;t exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>DateRow</name>
    <message>
        <source>Kind of date</source>
        <translation>Art des Datums</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Another date</source>
        <translation>Anderes Datum</translation>
    </message>
    <message>
        <source>What the date is</source>
        <translation>Was das für ein Datum ist</translation>
    </message>
    <message>
        <source>what it is, e.g. Graduation</source>
        <translation>was es ist, z. B. Abschluss</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this date</source>
        <translation>Dieses Datum entfernen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>Jahr unbekannt</translation>
    </message>
    <message>
        <source>Year, if you know it</source>
        <translation>Jahr, falls du es weißt</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <source>Comes back every year</source>
        <translation>Kommt jedes Jahr wieder</translation>
    </message>
    <message>
        <source>optional, e.g. Wedding</source>
        <translation>optional, z. B. Hochzeit</translation>
    </message>
</context>
<context>
    <name>DaylioImportDialog</name>
    <message>
        <source>Import from Daylio</source>
        <translation>Aus Daylio importieren</translation>
    </message>
    <message>
        <source>Choose your Daylio export</source>
        <translation>Wähle deinen Daylio-Export</translation>
    </message>
    <message>
        <source>In Daylio, go to More → Export entries → CSV, and save the file where this computer can see it. Nothing is imported until you say so.</source>
        <translation>Geh in Daylio auf „Mehr“ → „Einträge exportieren“ → CSV und speichere die Datei dort, wo dieser Computer sie sieht. Es wird nichts importiert, bis du es sagst.</translation>
    </message>
    <message>
        <source>How to export from Daylio</source>
        <translation>So exportierst du aus Daylio</translation>
    </message>
    <message>
        <source>Daylio file</source>
        <translation>Daylio-Datei</translation>
    </message>
    <message>
        <source>daylio_export.csv</source>
        <translation>daylio_export.csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <source>Match your moods</source>
        <translation>Ordne deine Stimmungen zu</translation>
    </message>
    <message>
        <source>About matching moods</source>
        <translation>Hinweis zum Zuordnen der Stimmungen</translation>
    </message>
    <message>
        <source>Daylio moods and their levels</source>
        <translation>Stimmungen in Daylio und ihre Stufen</translation>
    </message>
    <message>
        <source>Mood in Daylio</source>
        <translation>Stimmung in Daylio</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Level in Companion</source>
        <translation>Stufe in Companion</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation>Ausgelassene Zeilen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Zusammenfassung des Imports</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Daylio export</source>
        <translation>Daylio-Export</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Couldn&apos;t read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Level for “%1”</source>
        <translation>Stufe für „%1“</translation>
    </message>
    <message>
        <source>Choose a level…</source>
        <translation>Stufe wählen…</translation>
    </message>
    <message>
        <source>Daylio keeps only the name of each mood, so tell Companion which of its five levels each one means.</source>
        <translation>Daylio speichert von jeder Stimmung nur den Namen. Sag Companion also, welche seiner fünf Stufen jede davon meint.</translation>
    </message>
    <message numerus="yes">
        <source>%n mood(s) need a level from you.</source>
        <translation>
            <numerusform>Bei %n Stimmung fehlt noch die Stufe.</numerusform>
            <numerusform>Bei %n Stimmungen fehlt noch die Stufe.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries in %2: %3 new, %4 already in Companion (updated where they were edited in Daylio since, otherwise left as they are).</source>
        <translation>%1 Einträge in %2: %3 neu, %4 schon in Companion (aktualisiert, wo sie seitdem in Daylio bearbeitet wurden, sonst unverändert).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…und %1 weitere.</translation>
    </message>
    <message>
        <source>These rows can&apos;t be read and will be left out:</source>
        <translation>Diese Zeilen lassen sich nicht lesen und werden ausgelassen:</translation>
    </message>
    <message numerus="yes">
        <source>Mood entries imported: %n.</source>
        <translation>
            <numerusform>%n Stimmungseintrag importiert.</numerusform>
            <numerusform>%n Stimmungseinträge importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated, as they were edited in Daylio since the last import: %n.</source>
        <translation>
            <numerusform>%n Eintrag aktualisiert, der seit dem Import in Daylio bearbeitet wurde.</numerusform>
            <numerusform>%n Einträge aktualisiert, die seit dem Import in Daylio bearbeitet wurden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept as you had edited them in Companion: %n.</source>
        <translation>
            <numerusform>%n Eintrag behalten, den du in Companion bearbeitet hattest.</numerusform>
            <numerusform>%n Einträge behalten, die du in Companion bearbeitet hattest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already here, so skipped: %n.</source>
        <translation>
            <numerusform>%n Eintrag war schon da und wurde übersprungen.</numerusform>
            <numerusform>%n Einträge waren schon da und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New activities: %n.</source>
        <translation>
            <numerusform>%n neue Aktivität.</numerusform>
            <numerusform>%n neue Aktivitäten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Import abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Nothing was imported; your moods are as they were.</source>
        <translation>Es wurde nichts importiert; deine Stimmungen sind wie vorher.</translation>
    </message>
    <message>
        <source>Left out lines %1.</source>
        <translation>Ausgelassene Zeilen: %1.</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation>Alles &amp;löschen</translation>
    </message>
    <message>
        <source>This deletes your vault, its key, the keyring entry and the backups in your profile. It can&apos;t be undone. Backups you saved elsewhere are kept.</source>
        <translation>Das löscht deinen Tresor, seinen Schlüssel, den Eintrag im Schlüsselbund und die Sicherungen in deinem Profil. Das lässt sich nicht rückgängig machen. Sicherungen, die du woanders gespeichert hast, bleiben erhalten.</translation>
    </message>
    <message>
        <source>To go ahead, type &quot;%1&quot;:</source>
        <translation>Zum Fortfahren „%1“ eingeben:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm. Nothing was deleted.</source>
        <translation>Gib „%1“ ein, um zu bestätigen. Es wurde nichts gelöscht.</translation>
    </message>
</context>
<context>
    <name>EveningCheckInDialog</name>
    <message>
        <source>Evening check-in</source>
        <translation>Abend-Check-in</translation>
    </message>
    <message>
        <source>How did today go? (%1)</source>
        <translation>Wie lief der Tag? (%1)</translation>
    </message>
    <message>
        <source>How did today go?</source>
        <translation>Wie lief der Tag?</translation>
    </message>
    <message>
        <source>Press 1, 2 or 3 for each one: kept, partly, or not today. Any answer is fine; this is for noticing, not judging.</source>
        <translation>Drück für jede Grenze 1, 2 oder 3: gehalten, teilweise oder heute nicht. Jede Antwort ist in Ordnung; es geht ums Bemerken, nicht ums Bewerten.</translation>
    </message>
    <message>
        <source>How the check-in works</source>
        <translation>So funktioniert der Check-in</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose an answer for at least one boundary, or Cancel.</source>
        <translation>Wähle für mindestens eine Grenze eine Antwort, oder „Abbrechen“.</translation>
    </message>
</context>
<context>
    <name>EveningCheckInLine</name>
    <message>
        <source>This evening: how did your boundaries go today? It takes a minute.</source>
        <translation>Heute Abend: Wie liefen deine Grenzen heute? Es dauert eine Minute.</translation>
    </message>
    <message>
        <source>This evening</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation>Check-in…</translation>
    </message>
    <message>
        <source>Evening check-in for your boundaries</source>
        <translation>Abend-Check-in für deine Grenzen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The export is NOT encrypted. Anyone who can open the file can read everything in it: names, notes, moods and journal entries. Keep it somewhere private and delete it when you&apos;re done.</source>
        <translation>Der Export ist NICHT verschlüsselt. Wer die Datei öffnen kann, kann alles darin lesen: Namen, Notizen, Stimmungen und Tagebucheinträge. Bewahre sie an einem privaten Ort auf und lösch sie, wenn du fertig bist.</translation>
    </message>
    <message>
        <source>Export everything</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>One &amp;JSON file (can be loaded into a new vault)</source>
        <translation>Eine &amp;JSON-Datei (lässt sich in einen neuen Tresor laden)</translation>
    </message>
    <message>
        <source>A folder of &amp;CSV files (for spreadsheets)</source>
        <translation>Ein Ordner mit &amp;CSV-Dateien (für Tabellen)</translation>
    </message>
    <message>
        <source>Your &amp;people as a vCard file (for phones and address books)</source>
        <translation>Deine &amp;Menschen als vCard-Datei (für Handys und Adressbücher)</translation>
    </message>
    <message>
        <source>&amp;Birthdays and dates as a calendar file (for calendar apps)</source>
        <translation>&amp;Geburtstage und besondere Tage als Kalenderdatei (für Kalender-Apps)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>I understand the export is not encrypted</source>
        <translation>Ich weiß, dass der Export nicht verschlüsselt ist</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Exportieren nach:</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export people as vCard</source>
        <translation>Menschen als vCard exportieren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>Export birthdays and dates as a calendar</source>
        <translation>Geburtstage und besondere Tage als Kalender exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Where to put the new folder</source>
        <translation>Wohin der neue Ordner soll</translation>
    </message>
    <message>
        <source>Tick the box to confirm the export is not encrypted.</source>
        <translation>Setz das Häkchen, um zu bestätigen, dass der Export nicht verschlüsselt ist.</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>Wähle, wohin der Export geschrieben wird.</translation>
    </message>
    <message>
        <source>writing the export</source>
        <translation>der Export wird geschrieben</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Wird exportiert</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>If you or someone else is in danger right now, call your local emergency number. You can also talk to a doctor, or someone you trust, about how you&apos;re feeling.</source>
        <translation>Wenn gerade Gefahr für dich oder jemand anderen besteht, ruf den örtlichen Notruf an. Du kannst auch mit einer Ärztin, einem Arzt oder einem Menschen, dem du vertraust, darüber sprechen, wie es dir geht.</translation>
    </message>
    <message>
        <source>If you or someone else is in danger right now, call your local emergency number: 112 works from mobile phones in many countries, 911 across North America, and 999 in the UK and some other countries.</source>
        <translation>Wenn gerade Gefahr für dich oder jemand anderen besteht, ruf den örtlichen Notruf an: Die 112 funktioniert vom Handy aus in vielen Ländern, die 911 in ganz Nordamerika und die 999 in Großbritannien und einigen anderen Ländern.</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <source>You don&apos;t have to carry this alone. These people are there to listen.</source>
        <translation>Du musst das nicht allein tragen. Diese Menschen sind da, um dir zuzuhören.</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Not in danger, but struggling? A doctor, a counsellor or someone you trust can help too. Telling one person how you&apos;ve really been is a brave first step.</source>
        <translation>Nicht in Gefahr, aber es geht dir schlecht? Eine Ärztin, ein Arzt, eine Beratungsstelle oder jemand, dem du vertraust, kann auch helfen. Einem Menschen zu erzählen, wie es dir wirklich geht, ist ein mutiger erster Schritt.</translation>
    </message>
    <message>
        <source>Other people to talk to</source>
        <translation>Weitere Menschen zum Reden</translation>
    </message>
    <message>
        <source>Country shown</source>
        <translation>Angezeigtes Land</translation>
    </message>
    <message>
        <source>Country for help lines</source>
        <translation>Land für Hilfsangebote</translation>
    </message>
    <message>
        <source>Show help for:</source>
        <translation>Hilfe zeigen für:</translation>
    </message>
    <message>
        <source>If you&apos;re in danger right now, call your local emergency number.</source>
        <translation>Wenn du gerade in Gefahr bist, ruf den örtlichen Notruf an.</translation>
    </message>
    <message>
        <source>Companion doesn&apos;t have help lines for your country yet. If it&apos;s in the list below, choose it to see the lines there.</source>
        <translation>Companion hat noch keine Hilfsangebote für dein Land. Wenn es in der Liste unten steht, wähle es, um die Angebote dort zu sehen.</translation>
    </message>
    <message>
        <source>In an emergency in %1, call %2.</source>
        <translation>Im Notfall (%1): ruf %2 an.</translation>
    </message>
    <message>
        <source>Showing help for %1. Somewhere else? Choose another country below.</source>
        <translation>Hilfe für %1 wird angezeigt. Bist du woanders? Wähle unten ein anderes Land.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Text %1 to %2</source>
        <translation>SMS mit %1 an %2</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation>SMS an %1</translation>
    </message>
    <message>
        <source>Chat online</source>
        <translation>Online-Chat</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Sprachen: %1</translation>
    </message>
    <message>
        <source>Source: %1, checked %2</source>
        <translation>Quelle: %1, geprüft am %2</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>%1 results over time</source>
        <translation>%1-Ergebnisse im Verlauf</translation>
    </message>
    <message>
        <source>Results as text</source>
        <translation>Ergebnisse als Text</translation>
    </message>
    <message>
        <source>Your results, oldest first:</source>
        <translation>Deine Ergebnisse, die ältesten zuerst:</translation>
    </message>
    <message>
        <source>Each is a screening result, not a diagnosis.</source>
        <translation>Jedes ist ein Screening-Ergebnis, keine Diagnose.</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>Noch keine Ergebnisse.</translation>
    </message>
    <message>
        <source>question %1 answered %2; </source>
        <translation>Frage %1 mit %2 beantwortet; </translation>
    </message>
</context>
<context>
    <name>ImportContactsWizard</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Bring in people from your contacts</source>
        <translation>Hol Menschen aus deinen Kontakten dazu</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Choose one or more .vcf files exported from your phone, Google, Apple or Outlook. You&apos;ll see everyone before anything is saved, and can leave anyone out.</source>
        <translation>Wähle eine oder mehrere .vcf-Dateien, die du aus deinem Handy, Google, Apple oder Outlook exportiert hast. Du siehst alle, bevor etwas gespeichert wird, und kannst jede Person weglassen.</translation>
    </message>
    <message>
        <source>About importing</source>
        <translation>Hinweis zum Importieren</translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation>Gewählte Dateien</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>Dateien au&amp;swählen…</translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation>Dateien wählen</translation>
    </message>
    <message>
        <source>Also bring in &amp;photos</source>
        <translation>Auch &amp;Fotos übernehmen</translation>
    </message>
    <message>
        <source>Also bring in photos</source>
        <translation>Auch Fotos übernehmen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import only the &amp;complete cards</source>
        <translation>Nur die &amp;vollständigen Karten importieren</translation>
    </message>
    <message>
        <source>Import only the complete cards</source>
        <translation>Nur die vollständigen Karten importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next: read the files</source>
        <translation>Weiter: Dateien lesen</translation>
    </message>
    <message>
        <source>Choose contact files</source>
        <translation>Kontaktdateien wählen</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard);;All files (*)</source>
        <translation>Kontaktdateien (*.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading your contacts…</source>
        <translation>Deine Kontakte werden gelesen…</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Fortschritt beim Lesen</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>These might be the same person</source>
        <translation>Das könnte dieselbe Person sein</translation>
    </message>
    <message>
        <source>Each card on the left shares a name or a number with someone on the right, but not enough to be sure. Both are kept unless you choose otherwise.</source>
        <translation>Jede Karte links hat einen Namen oder eine Nummer mit jemandem rechts gemeinsam, aber nicht genug, um sicher zu sein. Beide bleiben erhalten, wenn du nichts anderes wählst.</translation>
    </message>
    <message>
        <source>About possible duplicates</source>
        <translation>Hinweis zu möglichen Doppelten</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Doppelte</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Might be</source>
        <translation>Könnte sein</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next: everyone in the files</source>
        <translation>Weiter: alle in den Dateien</translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation>Geburtstag %1</translation>
    </message>
    <message>
        <source>%1 (already in Companion)</source>
        <translation>%1 (schon in Companion)</translation>
    </message>
    <message>
        <source>%1
(earlier in the file)</source>
        <translation>%1
(weiter oben in der Datei)</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Was mit %1 passieren soll</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Vereinen</translation>
    </message>
    <message>
        <source>Leave this card out</source>
        <translation>Diese Karte weglassen</translation>
    </message>
    <message>
        <source>What&apos;s in the files</source>
        <translation>Was in den Dateien steht</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Zeichensatz</translation>
    </message>
    <message>
        <source>Read the file as</source>
        <translation>Datei lesen als</translation>
    </message>
    <message>
        <source>Contacts to bring in</source>
        <translation>Kontakte zum Übernehmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Circle for everyone new</source>
        <translation>Kreis für alle Neuen</translation>
    </message>
    <message>
        <source>Put everyone in this circle</source>
        <translation>Alle in diesen Kreis setzen</translation>
    </message>
    <message>
        <source>Cards that couldn&apos;t be read</source>
        <translation>Karten, die sich nicht lesen ließen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t say which character set it uses, and Companion isn&apos;t sure of its guess. If the names look wrong, choose the reading where they look right:</source>
        <translation>%1 gibt nicht an, welchen Zeichensatz es verwendet, und Companion ist sich bei seiner Vermutung nicht sicher. Wenn die Namen falsch aussehen, wähle die Lesart, bei der sie richtig aussehen:</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>1 other date</source>
        <translation>1 weiteres Datum</translation>
    </message>
    <message>
        <source>%1 other dates</source>
        <translation>%1 weitere Daten</translation>
    </message>
    <message>
        <source>nickname %1</source>
        <translation>Spitzname %1</translation>
    </message>
    <message>
        <source>related: %1</source>
        <translation>verbunden mit: %1</translation>
    </message>
    <message>
        <source>looks like %1 (%2)</source>
        <translation>sieht aus wie %1 (%2)</translation>
    </message>
    <message>
        <source>the same person as %1, earlier in the file (%2)</source>
        <translation>dieselbe Person wie %1, weiter oben in der Datei (%2)</translation>
    </message>
    <message>
        <source>might be %1 (%2)</source>
        <translation>könnte %1 sein (%2)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <source>Circle for %1</source>
        <translation>Kreis für %1</translation>
    </message>
    <message>
        <source>%1, card %2 (line %3): %4</source>
        <translation>%1, Karte %2 (Zeile %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>People found in %1: %n.</source>
        <translation>
            <numerusform>%n Mensch in %1 gefunden.</numerusform>
            <numerusform>%n Menschen in %1 gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cards that couldn&apos;t be read, listed below: %n.</source>
        <translation>
            <numerusform>%n Karte ließ sich nicht lesen; sie steht unten.</numerusform>
            <numerusform>%n Karten ließen sich nicht lesen; sie stehen unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>People added: %n</source>
        <translation>
            <numerusform>%n Mensch hinzugefügt</numerusform>
            <numerusform>%n Menschen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, updated %n</source>
        <translation>
            <numerusform>, %n aktualisiert</numerusform>
            <numerusform>, %n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already here with nothing new</source>
        <translation>
            <numerusform>, %n schon da, ohne Neues</numerusform>
            <numerusform>, %n schon da, ohne Neues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, left out %n</source>
        <translation>
            <numerusform>, %n weggelassen</numerusform>
            <numerusform>, %n weggelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Who went where</source>
        <translation>Wer wohin kam</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Days with contact per week</source>
        <translation>Tage mit Kontakt pro Woche</translation>
    </message>
    <message>
        <source>Loneliness (UCLA-3)</source>
        <translation>Einsamkeit (UCLA-3)</translation>
    </message>
    <message>
        <source>Social network (LSNS-6)</source>
        <translation>Soziales Netz (LSNS-6)</translation>
    </message>
    <message>
        <source>higher means lonelier</source>
        <translation>höher heißt einsamer</translation>
    </message>
    <message>
        <source>higher means more connected</source>
        <translation>höher heißt mehr verbunden</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 interval %2 to %3</source>
        <translation>%1-Intervall %2 bis %3</translation>
    </message>
    <message>
        <source>%1: %2 in %3; %4: %5 in %6. Each side needs at least %7 days in %8 weeks.</source>
        <translation>%1: %2 in %3; %4: %5 in %6. Jede Seite braucht mindestens %7 Tage in %8 Wochen.</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>%1: mood %2 on %3. %4: %5 on %6. Difference %7 (%8).</source>
        <translation>%1: Stimmung %2 über %3. %4: %5 über %6. Unterschied %7 (%8).</translation>
    </message>
    <message>
        <source>Holm-adjusted p %1.</source>
        <translation>p nach Holm-Korrektur %1.</translation>
    </message>
    <message>
        <source>Difference %1 points on a 1–5 scale (%2), over %3 and %4.</source>
        <translation>Unterschied %1 Punkte auf der Skala 1–5 (%2), über %3 und %4.</translation>
    </message>
    <message>
        <source>%1: difference %2 points (%3), corrected for %4 kinds compared together.</source>
        <translation>%1: Unterschied %2 Punkte (%3), korrigiert für %4 gemeinsam verglichene Arten.</translation>
    </message>
    <message>
        <source>%1 kinds compared together; after correcting for that, none differs clearly.</source>
        <translation>%1 Arten wurden gemeinsam verglichen; nach dieser Korrektur unterscheidet sich keine deutlich.</translation>
    </message>
    <message>
        <source>%1: %2 fewer times in touch than in a usual quarter</source>
        <translation>%1: %2-mal weniger in Kontakt als in einem üblichen Quartal</translation>
    </message>
    <message>
        <source>%1: felt %2 of 5 on average</source>
        <translation>%1: im Schnitt %2 von 5 empfunden</translation>
    </message>
    <message>
        <source>How the numbers are worked out: each compares your average mood on two kinds of day. The intervals come from resampling whole weeks %1 times, because one day&apos;s mood carries into the next; they are approximate, most of all with few weeks.</source>
        <translation>So werden die Zahlen berechnet: Jede vergleicht deine durchschnittliche Stimmung an zwei Arten von Tagen. Die Intervalle entstehen, indem ganze Wochen %1-mal neu gezogen werden, weil die Stimmung eines Tages in den nächsten hineinwirkt; sie sind Näherungen, vor allem bei wenigen Wochen.</translation>
    </message>
    <message>
        <source>%1: average mood %2 over %3. %4: %5 over %6.</source>
        <translation>%1: durchschnittliche Stimmung %2 über %3. %4: %5 über %6.</translation>
    </message>
    <message>
        <source>%1 comparisons are made at once, so each interval is widened to %2 (Bonferroni) and p-values are adjusted with Holm&apos;s method; a kind is named above only when it stays clear after both.</source>
        <translation>%1 Vergleiche werden zugleich angestellt, daher wird jedes Intervall auf %2 verbreitert (Bonferroni) und die p-Werte werden nach Holm angepasst; eine Art wird oben nur genannt, wenn sie nach beidem deutlich bleibt.</translation>
    </message>
    <message>
        <source>In the chart, kinds in the accent colour are clear after correction; grey ones with a dashed edge are not.</source>
        <translation>Im Diagramm sind Arten in der Akzentfarbe nach der Korrektur deutlich; graue mit gestricheltem Rand nicht.</translation>
    </message>
    <message>
        <source>%1: %2, latest %3.</source>
        <translation>%1: %2, zuletzt %3.</translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation>%1 Punkt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Scores run from %1 to %2; %3.</source>
        <translation>Die Werte reichen von %1 bis %2; %3.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Average mood (1–5)</source>
        <translation>Mittlere Stimmung (1–5)</translation>
    </message>
    <message>
        <source>Mood with it minus without (points)</source>
        <translation>Stimmung mit minus ohne (Punkte)</translation>
    </message>
    <message>
        <source>Days in touch each week (0–7)</source>
        <translation>Tage mit Kontakt pro Woche (0–7)</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Patterns in your own days over the last year. They show what tends to go together, not what causes what.</source>
        <translation>Muster in deinen eigenen Tagen im letzten Jahr. Sie zeigen, was oft zusammen auftritt, nicht was was verursacht.</translation>
    </message>
    <message>
        <source>Insights summary</source>
        <translation>Zusammenfassung der Einblicke</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>Make a summary report</source>
        <translation>Einen Bericht erstellen</translation>
    </message>
    <message>
        <source>A printable summary to bring to a therapist (Ctrl+P)</source>
        <translation>Eine druckbare Zusammenfassung für deine Therapie (Strg+P)</translation>
    </message>
    <message>
        <source>How the numbers are worked out</source>
        <translation>So werden die Zahlen berechnet</translation>
    </message>
    <message>
        <source>%1 of %2 insights have enough days to show.</source>
        <translation>%1 von %2 Einblicken haben genug Tage, um sie zu zeigen.</translation>
    </message>
    <message>
        <source>Insights appear once there&apos;s enough of your own data to say something honest: at least %1 days on each side of a comparison.</source>
        <translation>Einblicke erscheinen, sobald genug eigene Daten da sind, um etwas Ehrliches zu sagen: mindestens %1 Tage auf jeder Seite eines Vergleichs.</translation>
    </message>
</context>
<context>
    <name>InstrumentCard</name>
    <message>
        <source>How your well-being has been over the last two weeks.</source>
        <translation>Wie es dir in den letzten zwei Wochen ging.</translation>
    </message>
    <message>
        <source>Mood and low feelings over the last two weeks.</source>
        <translation>Stimmung und Niedergeschlagenheit in den letzten zwei Wochen.</translation>
    </message>
    <message>
        <source>Worry and nervousness over the last two weeks.</source>
        <translation>Sorgen und Nervosität in den letzten zwei Wochen.</translation>
    </message>
    <message>
        <source>Three questions on how connected or lonely you feel.</source>
        <translation>Drei Fragen dazu, wie verbunden oder einsam du dich fühlst.</translation>
    </message>
    <message>
        <source>How many people you can lean on, in family and among friends.</source>
        <translation>Wie viele Menschen in Familie und Freundeskreis dir Halt geben.</translation>
    </message>
    <message>
        <source>The two-question short form of the PHQ-9.</source>
        <translation>Die Kurzform des PHQ-9 mit zwei Fragen.</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Re-take</source>
        <translation>Nochmal machen</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation>Da weitermachen, wo ich aufgehört habe</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation>%1 fortsetzen</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Not taken yet.</source>
        <translation>Noch nicht gemacht.</translation>
    </message>
    <message>
        <source>question %1 answered %2; </source>
        <translation>Frage %1 mit %2 beantwortet; </translation>
    </message>
    <message>
        <source>Last: %1“%2” on %3.</source>
        <translation>Zuletzt: %1„%2“ am %3.</translation>
    </message>
    <message>
        <source>Due for a re-take, whenever suits you.</source>
        <translation>Zeit für eine Wiederholung, wann immer es dir passt.</translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions last time.</source>
        <translation>Du hast letztes Mal %1 von %2 Fragen beantwortet.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation>Nochmal machen</translation>
    </message>
</context>
<context>
    <name>JournalList</name>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Search what you&apos;ve written</source>
        <translation>Durchsuche, was du geschrieben hast</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Write with a prompt…</source>
        <translation>Mit einem Impuls schreiben…</translation>
    </message>
    <message>
        <source>Write with a prompt</source>
        <translation>Mit einem Impuls schreiben</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>Auswahl bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Auswahl entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation>Den ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Journal status</source>
        <translation>Stand des Tagebuchs</translation>
    </message>
    <message>
        <source>%1 · mood note (%2)</source>
        <translation>%1 · Notiz zur Stimmung (%2)</translation>
    </message>
    <message>
        <source>Nothing matches that search.</source>
        <translation>Nichts passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>Nothing written yet. A prompt can help you start, whenever you feel like it.</source>
        <translation>Noch nichts geschrieben. Ein Impuls kann beim Anfangen helfen, wann immer dir danach ist.</translation>
    </message>
    <message>
        <source>Edit journal entry</source>
        <translation>Tagebucheintrag bearbeiten</translation>
    </message>
    <message>
        <source>Remove this mood, with its note?</source>
        <translation>Diese Stimmung mit ihrer Notiz entfernen?</translation>
    </message>
    <message>
        <source>Remove this journal entry?</source>
        <translation>Diesen Tagebucheintrag entfernen?</translation>
    </message>
    <message>
        <source>Mood removed.</source>
        <translation>Stimmung entfernt.</translation>
    </message>
    <message>
        <source>Journal entry removed.</source>
        <translation>Tagebucheintrag entfernt.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Companion is locked</source>
        <translation>Companion ist gesperrt</translation>
    </message>
    <message>
        <source>Enter your passphrase to carry on.</source>
        <translation>Gib deine Passphrase ein, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Type the recovery code you saved when you set up Companion.</source>
        <translation>Gib den Wiederherstellungscode ein, den du beim Einrichten von Companion gespeichert hast.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>“Need help now?” still works while Companion is locked.</source>
        <translation>„Brauchst du jetzt Hilfe?“ funktioniert auch, während Companion gesperrt ist.</translation>
    </message>
    <message>
        <source>Help while locked</source>
        <translation>Hilfe, während gesperrt ist</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>Kontakt notieren</translation>
    </message>
    <message>
        <source>Who were you in touch with?</source>
        <translation>Mit wem warst du in Kontakt?</translation>
    </message>
    <message>
        <source>Start typing a name, then Enter</source>
        <translation>Tippe einen Namen, dann Enter</translation>
    </message>
    <message>
        <source>People in this interaction</source>
        <translation>Menschen in diesem Kontakt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Die ausgewählte Person entfernen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation>Zeit auf jetzt setzen</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Who reached out</source>
        <translation>Wer sich gemeldet hat</translation>
    </message>
    <message>
        <source>It felt: %1</source>
        <translation>Es fühlte sich an: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional: anything you&apos;d like to remember</source>
        <translation>Optional: alles, woran du dich erinnern möchtest</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>W&amp;ann:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>W&amp;ie:</translation>
    </message>
    <message>
        <source>Who reached &amp;out:</source>
        <translation>Wer hat sich ge&amp;meldet:</translation>
    </message>
    <message>
        <source>How it felt:</source>
        <translation>Wie es sich anfühlte:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Notieren</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Notieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>No one here matches “%1”.</source>
        <translation>Hier passt niemand zu „%1“.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Screen &amp; boundaries</source>
        <translation>Bildschirm und Grenzen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Einblicke</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Log a mood</source>
        <translation>Stimmung notieren</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Kontakt notieren…</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Bericht…</translation>
    </message>
    <message>
        <source>Undo a removal or a quick mood, for a few seconds</source>
        <translation>Rückgängig, für ein paar Sekunden</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Remove the selected record (asks first)</source>
        <translation>Eintrag entfernen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers (F1)</source>
        <translation>Krisentelefone und Notrufnummern (F1)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Dein Tresor wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation>Dein Tresor wird geöffnet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (all of them: Help → Keyboard shortcuts):</source>
        <translation>Tastenkürzel (alle unter Hilfe → Tastenkürzel):</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Companion — demo</source>
        <translation>Companion – Demo</translation>
    </message>
</context>
<context>
    <name>MinutesField</name>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>%1, hours</source>
        <translation>%1, Stunden</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>%1, minutes</source>
        <translation>%1, Minuten</translation>
    </message>
    <message>
        <source>%1: set to %2</source>
        <translation>%1: auf %2 gesetzt</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <source>Mood over time</source>
        <translation>Stimmung im Verlauf</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Zeitraum zeigen: %1</translation>
    </message>
    <message>
        <source>Chart summary</source>
        <translation>Zusammenfassung des Diagramms</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Legende des Diagramms</translation>
    </message>
    <message>
        <source>each week&apos;s average mood</source>
        <translation>Durchschnittsstimmung jeder Woche</translation>
    </message>
    <message>
        <source>the average of the last 30 days</source>
        <translation>der Durchschnitt der letzten 30 Tage</translation>
    </message>
    <message>
        <source>one dot per day: its average mood, coloured by mood</source>
        <translation>ein Punkt pro Tag: seine Durchschnittsstimmung, nach Stimmung gefärbt</translation>
    </message>
    <message>
        <source>the average of the last 7 days</source>
        <translation>der Durchschnitt der letzten 7 Tage</translation>
    </message>
    <message>
        <source>Mood chart</source>
        <translation>Stimmungsdiagramm</translation>
    </message>
    <message>
        <source>Day average</source>
        <translation>Tagesdurchschnitt</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-Tage-Durchschnitt</translation>
    </message>
    <message>
        <source>Nothing logged in this stretch yet. Once you note a few moods, they&apos;ll show here.</source>
        <translation>In diesem Zeitraum ist noch nichts notiert. Sobald du ein paar Stimmungen notierst, erscheinen sie hier.</translation>
    </message>
    <message numerus="yes">
        <source>Days with a mood noted: %n; on average about “%1” (%2 of 5).</source>
        <translation>
            <numerusform>%n Tag mit notierter Stimmung; im Schnitt etwa „%1“ (%2 von 5).</numerusform>
            <numerusform>%n Tage mit notierter Stimmung; im Schnitt etwa „%1“ (%2 von 5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoodEntryDialog</name>
    <message>
        <source>very low</source>
        <translation>sehr niedrig</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>Edit mood</source>
        <translation>Stimmung bearbeiten</translation>
    </message>
    <message>
        <source>Log a mood</source>
        <translation>Stimmung notieren</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>e.g. walk, work, cooking; Enter adds</source>
        <translation>z. B. Spaziergang, Arbeit, Kochen; Enter fügt hinzu</translation>
    </message>
    <message>
        <source>Who you were with</source>
        <translation>Mit wem du zusammen warst</translation>
    </message>
    <message>
        <source>Start typing a name; Enter adds</source>
        <translation>Tippe einen Namen; Enter fügt hinzu</translation>
    </message>
    <message>
        <source>Anything you&apos;d like to remember about now (optional)</source>
        <translation>Alles, woran du dich zu diesem Moment erinnern möchtest (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Only the mood is needed. Everything else is there if it helps.</source>
        <translation>Nur die Stimmung ist nötig. Alles andere ist da, wenn es dir hilft.</translation>
    </message>
    <message>
        <source>Only the mood is needed</source>
        <translation>Nur die Stimmung ist nötig</translation>
    </message>
    <message>
        <source>Choose how you feel first: one of the five moods at the top.</source>
        <translation>Wähle zuerst, wie du dich fühlst: eine der fünf Stimmungen oben.</translation>
    </message>
    <message>
        <source>Delete this mood?</source>
        <translation>Diese Stimmung löschen?</translation>
    </message>
    <message>
        <source>This entry and its note will be removed.</source>
        <translation>Dieser Eintrag und seine Notiz werden entfernt.</translation>
    </message>
</context>
<context>
    <name>MoodPage</name>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>A quiet record of how you&apos;ve been. Every day counts, logged or not.</source>
        <translation>Eine stille Aufzeichnung, wie es dir ging. Jeder Tag zählt, ob notiert oder nicht.</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Aktivität:</translation>
    </message>
    <message>
        <source>Filter by activity</source>
        <translation>Nach Aktivität filtern</translation>
    </message>
    <message>
        <source>&amp;Feeling:</source>
        <translation>&amp;Gefühl:</translation>
    </message>
    <message>
        <source>Filter by feeling</source>
        <translation>Nach Gefühl filtern</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Nach Person filtern</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Verlauf</translation>
    </message>
    <message>
        <source>Your year</source>
        <translation>Dein Jahr</translation>
    </message>
    <message>
        <source>Recent moods</source>
        <translation>Letzte Stimmungen</translation>
    </message>
    <message>
        <source>Recent moods; press Enter to edit one</source>
        <translation>Letzte Stimmungen; Enter bearbeitet eine</translation>
    </message>
    <message>
        <source>Recent moods status</source>
        <translation>Stand der letzten Stimmungen</translation>
    </message>
    <message>
        <source>Log with details…</source>
        <translation>Mit Details notieren…</translation>
    </message>
    <message>
        <source>Log a mood with details</source>
        <translation>Stimmung mit Details notieren</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>Auswahl bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected mood</source>
        <translation>Die ausgewählte Stimmung bearbeiten</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Auswahl entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected mood</source>
        <translation>Die ausgewählte Stimmung entfernen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Import from Daylio…</source>
        <translation>Aus Daylio importieren…</translation>
    </message>
    <message>
        <source>Import moods from Daylio</source>
        <translation>Stimmungen aus Daylio importieren</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>energy %1</source>
        <translation>Energie %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>No moods match these filters.</source>
        <translation>Keine Stimmungen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No moods yet. The buttons above take a second, whenever you like.</source>
        <translation>Noch keine Stimmungen. Die Knöpfe oben dauern nur eine Sekunde, wann immer du magst.</translation>
    </message>
    <message>
        <source>Remove this mood?
%1</source>
        <translation>Diese Stimmung entfernen?
%1</translation>
    </message>
    <message>
        <source>Mood removed.</source>
        <translation>Stimmung entfernt.</translation>
    </message>
</context>
<context>
    <name>MoodSettingsGroup</name>
    <message>
        <source>Mood and check-ins</source>
        <translation>Stimmung und Check-ins</translation>
    </message>
    <message>
        <source>Name of mood %1</source>
        <translation>Name der Stimmung %1</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the mood names</source>
        <translation>Namen der Stimmungen zurücksetzen</translation>
    </message>
    <message>
        <source>Remind me to note my mood each day at</source>
        <translation>Täglich an meine Stimmung erinnern um</translation>
    </message>
    <message>
        <source>Daily mood reminder</source>
        <translation>Tägliche Erinnerung an die Stimmung</translation>
    </message>
    <message>
        <source>Mood reminder time</source>
        <translation>Uhrzeit der Erinnerung an die Stimmung</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Suggest re-taking a check-in after</source>
        <translation>Check-in wieder vorschlagen nach</translation>
    </message>
    <message>
        <source>Mood names, 1 to 5:</source>
        <translation>Namen der Stimmungen, 1 bis 5:</translation>
    </message>
    <message>
        <source>Your own feelings:</source>
        <translation>Deine eigenen Gefühle:</translation>
    </message>
    <message>
        <source>Suggest re-taking a check-in after:</source>
        <translation>Check-in wieder vorschlagen nach:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Couldn&apos;t change that just now. Your earlier choice is kept.</source>
        <translation>Das ließ sich gerade nicht ändern. Deine vorherige Wahl bleibt.</translation>
    </message>
    <message>
        <source>Each of the five moods needs a name.</source>
        <translation>Jede der fünf Stimmungen braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Wähle eine neue Passphrase</translation>
    </message>
    <message>
        <source>Your vault is open. Its passphrase file was missing or damaged, so please choose a passphrase for next time.</source>
        <translation>Dein Tresor ist offen. Seine Passphrase-Datei fehlte oder war beschädigt, also wähle bitte eine Passphrase für das nächste Mal.</translation>
    </message>
    <message>
        <source>Why a new passphrase</source>
        <translation>Warum eine neue Passphrase</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Saving your new passphrase</source>
        <translation>Deine neue Passphrase wird gespeichert</translation>
    </message>
</context>
<context>
    <name>NudgeBanner</name>
    <message>
        <source>A gentle reminder</source>
        <translation>Eine sanfte Erinnerung</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Reminder details</source>
        <translation>Details zur Erinnerung</translation>
    </message>
    <message>
        <source>Log a chat…</source>
        <translation>Gespräch notieren…</translation>
    </message>
    <message>
        <source>Log a chat</source>
        <translation>Gespräch notieren</translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation>Morgen erinnern</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Welcome to Companion</source>
        <translation>Willkommen bei Companion</translation>
    </message>
    <message>
        <source>Setting up Companion</source>
        <translation>Companion einrichten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Meinen Tresor anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers (F1)</source>
        <translation>Krisentelefone und Notrufnummern (F1)</translation>
    </message>
</context>
<context>
    <name>OwnFeelings</name>
    <message>
        <source>Your own feelings</source>
        <translation>Deine eigenen Gefühle</translation>
    </message>
    <message>
        <source>Always offered: %1.</source>
        <translation>Immer angeboten: %1.</translation>
    </message>
    <message>
        <source>Feelings always offered</source>
        <translation>Immer angebotene Gefühle</translation>
    </message>
    <message>
        <source>Your own feelings; F2 renames one</source>
        <translation>Deine eigenen Gefühle; F2 benennt eines um</translation>
    </message>
    <message>
        <source>None yet. Add a word that fits how you feel, and it joins the list.</source>
        <translation>Noch keine. Füg ein Wort hinzu, das zu deinem Gefühl passt, und es kommt auf die Liste.</translation>
    </message>
    <message>
        <source>No feelings of your own yet</source>
        <translation>Noch keine eigenen Gefühle</translation>
    </message>
    <message>
        <source>A feeling of your own, e.g. proud</source>
        <translation>Ein eigenes Gefühl, z. B. stolz</translation>
    </message>
    <message>
        <source>New feeling</source>
        <translation>Neues Gefühl</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this feeling</source>
        <translation>Dieses Gefühl hinzufügen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected feeling</source>
        <translation>Das ausgewählte Gefühl umbenennen</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>Streichen</translation>
    </message>
    <message>
        <source>Take the selected feeling off the list</source>
        <translation>Das ausgewählte Gefühl von der Liste nehmen</translation>
    </message>
    <message>
        <source>Renaming changes it on moods you already logged too. Taking one off the list keeps it on those moods.</source>
        <translation>Umbenennen ändert es auch bei Stimmungen, die du schon notiert hast. Wenn du eines von der Liste nimmst, bleibt es bei diesen Stimmungen erhalten.</translation>
    </message>
    <message>
        <source>About renaming and removing feelings</source>
        <translation>Hinweis zum Umbenennen und Entfernen von Gefühlen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Type the feeling first, then Add.</source>
        <translation>Tippe zuerst das Gefühl ein, dann „Hinzufügen“.</translation>
    </message>
    <message>
        <source>“%1” is already in the list of feelings.</source>
        <translation>„%1“ steht schon in der Liste der Gefühle.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>Hinweis zur Passphrase</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Eingabe anzeigen</translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation>Problem mit der Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nochmal:</translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match yet. Please type the same one twice.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein. Bitte gib zweimal dieselbe ein.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Wähle eine Passphrase</translation>
    </message>
    <message>
        <source>It locks your vault. You&apos;ll type it when Companion asks.</source>
        <translation>Sie verschließt deinen Tresor. Du gibst sie ein, wenn Companion danach fragt.</translation>
    </message>
    <message>
        <source>Please keep it somewhere safe. If you forget it, the only way back in is the recovery code on the next page: nobody else, not even us, can open your vault.</source>
        <translation>Bitte bewahre sie gut auf. Wenn du sie vergisst, kommst du nur noch mit dem Wiederherstellungscode auf der nächsten Seite hinein: Niemand sonst, auch wir nicht, kann deinen Tresor öffnen.</translation>
    </message>
    <message>
        <source>About forgetting the passphrase</source>
        <translation>Hinweis zum Vergessen der Passphrase</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Meinen Tresor anlegen</translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation>Dein Tresor wird angelegt…</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
</context>
<context>
    <name>PauseQuestion</name>
    <message>
        <source>A pause</source>
        <translation>Eine Pause</translation>
    </message>
    <message>
        <source>Either answer is fine; nothing is blocked.</source>
        <translation>Beide Antworten sind in Ordnung; nichts wird blockiert.</translation>
    </message>
    <message>
        <source>Either answer is fine</source>
        <translation>Beide Antworten sind in Ordnung</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Nur zu</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
    <message>
        <source>%1: last contact %2, %3</source>
        <translation>%1: letzter Kontakt %2, %3</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>The people who matter to you, and a gentle sense of when to say hello.</source>
        <translation>Die Menschen, die dir wichtig sind, und ein sanftes Gespür dafür, wann ein Hallo passt.</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Circles &amp;map</source>
        <translation>&amp;Karte der Kreise</translation>
    </message>
    <message>
        <source>Circles map</source>
        <translation>Karte der Kreise</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>Kontakt &amp;notieren…</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Kontakt notieren</translation>
    </message>
    <message>
        <source>Note a chat, a call or a visit (Ctrl+L)</source>
        <translation>Ein Gespräch, einen Anruf oder einen Besuch notieren (Strg+L)</translation>
    </message>
    <message>
        <source>Search names, numbers, tags…</source>
        <translation>Namen, Nummern, Schlagwörter suchen…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Menschen suchen</translation>
    </message>
    <message>
        <source>Filter by circle</source>
        <translation>Nach Kreis filtern</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Dates coming up</source>
        <translation>Bald besondere Tage</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>&amp;Archivierte zeigen</translation>
    </message>
    <message>
        <source>Show archived people</source>
        <translation>Archivierte Menschen zeigen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>No one here yet. Add someone you&apos;d like to stay close to, or import your contacts, and Companion will keep a kind eye on when you last talked.</source>
        <translation>Hier ist noch niemand. Füge jemanden hinzu, dem du nah bleiben möchtest, oder importiere deine Kontakte, und Companion behält freundlich im Blick, wann ihr zuletzt gesprochen habt.</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Noch keine Menschen</translation>
    </message>
    <message>
        <source>All circles</source>
        <translation>Alle Kreise</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>No one matches. Try fewer filters.</source>
        <translation>Niemand passt. Versuch es mit weniger Filtern.</translation>
    </message>
    <message>
        <source>You&apos;re in touch with everyone as often as you hoped.</source>
        <translation>Du bist mit allen so oft in Kontakt, wie du es dir gewünscht hast.</translation>
    </message>
    <message>
        <source>One person might enjoy a hello soon.</source>
        <translation>Eine Person würde sich bald über ein Hallo freuen.</translation>
    </message>
    <message>
        <source>%1 people might enjoy a hello soon.</source>
        <translation>%1 Menschen würden sich bald über ein Hallo freuen.</translation>
    </message>
    <message>
        <source>One person might enjoy a hello.</source>
        <translation>Eine Person würde sich über ein Hallo freuen.</translation>
    </message>
    <message>
        <source>%1 people might enjoy a hello, whenever you have the energy.</source>
        <translation>%1 Menschen würden sich über ein Hallo freuen, wann immer du die Kraft dazu hast.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Choose a photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>That file isn&apos;t a picture Companion can read.</source>
        <translation>Diese Datei ist kein Bild, das Companion lesen kann.</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto von %1</translation>
    </message>
    <message>
        <source>Initials of %1</source>
        <translation>Initialen von %1</translation>
    </message>
    <message>
        <source>Change p&amp;hoto…</source>
        <translation>F&amp;oto ändern…</translation>
    </message>
    <message>
        <source>Add p&amp;hoto…</source>
        <translation>F&amp;oto hinzufügen…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Das Foto entfernen</translation>
    </message>
    <message>
        <source>no circle</source>
        <translation>kein Kreis</translation>
    </message>
    <message>
        <source>· Last contact: %1 · %2, %3</source>
        <translation>· Letzter Kontakt: %1 · %2, %3</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>Geburtstag: %1</translation>
    </message>
    <message>
        <source>Related: %1</source>
        <translation>Verbunden mit: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Archived: no reminders for them.</source>
        <translation>Archiviert: keine Erinnerungen für diese Person.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>Kontakt &amp;notieren…</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Kontakt notieren</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Contact over the last year</source>
        <translation>Kontakt im letzten Jahr</translation>
    </message>
    <message>
        <source>Chart title</source>
        <translation>Diagrammtitel</translation>
    </message>
    <message>
        <source>%1 times in the last year</source>
        <translation>%1-mal im letzten Jahr</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>Auswahl bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected interaction</source>
        <translation>Den ausgewählten Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Auswahl entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected interaction</source>
        <translation>Den ausgewählten Kontakt entfernen</translation>
    </message>
    <message>
        <source>reached out: %1</source>
        <translation>gemeldet hat sich: %1</translation>
    </message>
    <message>
        <source>felt %1</source>
        <translation>Gefühl: %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>Nothing noted yet. Your first hello will show up here.</source>
        <translation>Noch nichts notiert. Dein erstes Hallo erscheint hier.</translation>
    </message>
    <message>
        <source>Remove this interaction?
%1</source>
        <translation>Diesen Kontakt entfernen?
%1</translation>
    </message>
    <message>
        <source>Interaction removed.</source>
        <translation>Kontakt entfernt.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Jemanden hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Their name, as you think of them</source>
        <translation>Der Name, so wie du an die Person denkst</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>No circle</source>
        <translation>Kein Kreis</translation>
    </message>
    <message>
        <source>Use the circle&apos;s usual rhythm</source>
        <translation>Den üblichen Rhythmus des Kreises nutzen</translation>
    </message>
    <message>
        <source>Be in touch every so many days</source>
        <translation>Alle so viele Tage in Kontakt sein</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation>Geburtsmonat</translation>
    </message>
    <message>
        <source>No birthday noted</source>
        <translation>Kein Geburtstag notiert</translation>
    </message>
    <message>
        <source>Birthday day</source>
        <translation>Geburtstag (Tag)</translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation>Jahr unbekannt</translation>
    </message>
    <message>
        <source>Birthday year, if you know it</source>
        <translation>Geburtsjahr, falls du es weißt</translation>
    </message>
    <message>
        <source>Add a way to &amp;reach them</source>
        <translation>Einen Kontaktweg &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a way to reach them</source>
        <translation>Einen Kontaktweg hinzufügen</translation>
    </message>
    <message>
        <source>Add a &amp;date</source>
        <translation>Ein &amp;Datum hinzufügen</translation>
    </message>
    <message>
        <source>Add a date that matters to them</source>
        <translation>Ein Datum hinzufügen, das der Person wichtig ist</translation>
    </message>
    <message>
        <source>Add a related &amp;person</source>
        <translation>Verbundene &amp;Person hinzufügen</translation>
    </message>
    <message>
        <source>Add someone they&apos;re related to</source>
        <translation>Jemanden hinzufügen, mit dem die Person verbunden ist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Kids&apos; names, what they&apos;re up to, things to ask about…</source>
        <translation>Namen der Kinder, was sie gerade machen, wonach du fragen möchtest…</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>e.g. school, climbing</source>
        <translation>z. B. Schule, Klettern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>Spi&amp;tzname:</translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation>&amp;Kreis:</translation>
    </message>
    <message>
        <source>Stay in touch:</source>
        <translation>In Kontakt bleiben:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Geburtstag:</translation>
    </message>
    <message>
        <source>Other dates:</source>
        <translation>Besondere Tage:</translation>
    </message>
    <message>
        <source>Ways to reach them:</source>
        <translation>Kontaktwege:</translation>
    </message>
    <message>
        <source>Related people:</source>
        <translation>Verbundene Menschen:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Nicht mehr archivieren</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archived people stay in your history but leave the list and reminders.</source>
        <translation>Archivierte Menschen bleiben in deinem Verlauf, verschwinden aber aus der Liste und den Erinnerungen.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>use the circle&apos;s usual rhythm (%1 days)</source>
        <translation>den üblichen Rhythmus des Kreises nutzen (%1 Tage)</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete %1 and your notes about them?</source>
        <translation>%1 und deine Notizen zu der Person löschen?</translation>
    </message>
    <message>
        <source>This can&apos;t be undone. If you&apos;d rather keep your shared history, Archive keeps it and stops reminders.</source>
        <translation>Das lässt sich nicht rückgängig machen. Wenn du eure gemeinsame Geschichte lieber behalten möchtest, bewahrt „Archivieren“ sie auf und stoppt die Erinnerungen.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <source>Write a little</source>
        <translation>Ein bisschen schreiben</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <source>A line or two is plenty. Only you can read this, unless you choose to add it to a report.</source>
        <translation>Ein, zwei Zeilen reichen völlig. Nur du kannst das lesen, außer du nimmst es in einen Bericht auf.</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Ein anderer Impuls</translation>
    </message>
    <message>
        <source>Show another prompt</source>
        <translation>Einen anderen Impuls zeigen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>QuestionnaireRunner</name>
    <message>
        <source>This questionnaire is shown in English: there is no official translation of it yet.</source>
        <translation>Dieser Fragebogen wird auf Englisch gezeigt: Es gibt noch keine offizielle Übersetzung.</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Question number</source>
        <translation>Nummer der Frage</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Keys: the number beside an answer chooses it, Enter goes on, Backspace goes back. Your answers are saved as you go.</source>
        <translation>Tasten: Die Zahl neben einer Antwort wählt sie, Enter geht weiter, Rücktaste geht zurück. Deine Antworten werden laufend gespeichert.</translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation>Hilfe zur Tastatur</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation>Für jetzt aufhören</translation>
    </message>
    <message>
        <source>Your answers so far are kept; you can continue later.</source>
        <translation>Deine bisherigen Antworten bleiben; du kannst später weitermachen.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>See my result</source>
        <translation>Mein Ergebnis ansehen</translation>
    </message>
    <message>
        <source>One last question. It isn&apos;t part of the score, and you can skip it.</source>
        <translation>Eine letzte Frage. Sie zählt nicht zum Ergebnis, und du kannst sie überspringen.</translation>
    </message>
    <message>
        <source>About this question</source>
        <translation>Hinweis zu dieser Frage</translation>
    </message>
    <message>
        <source>Keys: 1 to %1 choose an answer, Enter shows your result, Backspace goes back.</source>
        <translation>Tasten: 1 bis %1 wählen eine Antwort, Enter zeigt dein Ergebnis, Rücktaste geht zurück.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>QuickMoodDialog</name>
    <message>
        <source>Log a mood</source>
        <translation>Stimmung notieren</translation>
    </message>
</context>
<context>
    <name>QuickMoodRow</name>
    <message>
        <source>Quick mood: keys 1 to 5</source>
        <translation>Schnelle Stimmung: Tasten 1 bis 5</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>Wie geht es dir gerade?</translation>
    </message>
    <message>
        <source>Pick one, or press a key from 1 to 5. You can add more afterwards if you like.</source>
        <translation>Wähl eine, oder drück eine Taste von 1 bis 5. Mehr kannst du danach ergänzen, wenn du magst.</translation>
    </message>
    <message>
        <source>How to log a mood</source>
        <translation>So notierst du eine Stimmung</translation>
    </message>
    <message>
        <source>More…</source>
        <translation>Mehr…</translation>
    </message>
    <message>
        <source>Add energy, feelings, activities, people or a note</source>
        <translation>Energie, Gefühle, Aktivitäten, Menschen oder eine Notiz ergänzen</translation>
    </message>
    <message>
        <source>Log a mood with more detail</source>
        <translation>Stimmung mit mehr Details notieren</translation>
    </message>
    <message>
        <source>Last mood noted</source>
        <translation>Zuletzt notierte Stimmung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Log “%1” (key %2)</source>
        <translation>„%1“ notieren (Taste %2)</translation>
    </message>
    <message>
        <source>Noted “%1” at %2. Thank you for checking in.</source>
        <translation>„%1“ um %2 notiert. Danke, dass du kurz nach dir schaust.</translation>
    </message>
    <message>
        <source>Noted “%1”.</source>
        <translation>„%1“ notiert.</translation>
    </message>
    <message>
        <source>Taken back. Log another whenever you like.</source>
        <translation>Zurückgenommen. Notier eine andere, wann immer du magst.</translation>
    </message>
</context>
<context>
    <name>ReachOutPanel</name>
    <message>
        <source>Reach out</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>No number or address noted yet. Edit to add one.</source>
        <translation>Noch keine Nummer oder Adresse notiert. Über „Bearbeiten“ kannst du eine ergänzen.</translation>
    </message>
    <message>
        <source>No ways to reach them yet</source>
        <translation>Noch keine Kontaktwege</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Did you connect?</source>
        <translation>Habt ihr euch erreicht?</translation>
    </message>
    <message>
        <source>Yes, log it</source>
        <translation>Ja, notieren</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Reach out note</source>
        <translation>Hinweis zum Melden</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Nothing on this computer opens that link; the details are copied instead.</source>
        <translation>Auf diesem Computer öffnet nichts diesen Link; die Angaben wurden stattdessen kopiert.</translation>
    </message>
    <message>
        <source>Logged. Nice to stay in touch.</source>
        <translation>Notiert. Schön, dass ihr in Kontakt bleibt.</translation>
    </message>
</context>
<context>
    <name>ReachOutTodayCard</name>
    <message>
        <source>Reach out today</source>
        <translation>Heute melden</translation>
    </message>
    <message>
        <source>No one is waiting on a hello today. Enjoy your day.</source>
        <translation>Heute wartet niemand auf ein Hallo. Genieß deinen Tag.</translation>
    </message>
    <message>
        <source>Add the people who matter to you on the People page.</source>
        <translation>Füge die Menschen, die dir wichtig sind, auf der Seite „Menschen“ hinzu.</translation>
    </message>
    <message>
        <source>No one due</source>
        <translation>Niemand an der Reihe</translation>
    </message>
    <message>
        <source>last talked %1</source>
        <translation>zuletzt gesprochen %1</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Notieren</translation>
    </message>
    <message>
        <source>Log a chat with %1</source>
        <translation>Gespräch mit %1 notieren</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Dein neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Write this down or keep it in a password manager. It&apos;s the only way in if you forget your passphrase, and it won&apos;t be shown again.</source>
        <translation>Schreib ihn auf oder bewahre ihn in einem Passwortmanager auf. Er ist der einzige Weg hinein, wenn du deine Passphrase vergisst, und er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Shown once. It opens your vault if the passphrase is lost.</source>
        <translation>Wird einmal angezeigt. Er öffnet deinen Tresor, wenn die Passphrase verloren geht.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Den Wiederherstellungscode kopieren</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Stand des Kopierens</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;saved it somewhere safe</source>
        <translation>Ich habe ihn &amp;sicher aufbewahrt</translation>
    </message>
    <message>
        <source>I&apos;ve saved the recovery code</source>
        <translation>Ich habe den Wiederherstellungscode aufbewahrt</translation>
    </message>
    <message>
        <source>Write it on paper, or keep it in a password manager. Anyone with this code can open your vault, so keep it private. You may also skip this and carry on.</source>
        <translation>Schreib ihn auf Papier oder bewahre ihn in einem Passwortmanager auf. Wer diesen Code hat, kann deinen Tresor öffnen, also behalte ihn für dich. Du kannst diesen Schritt auch überspringen und weitermachen.</translation>
    </message>
    <message>
        <source>Where to keep the code</source>
        <translation>Wo du den Code aufbewahrst</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear it.</source>
        <translation>Kopiert. Füg ihn an einem sicheren Ort ein und lösch ihn dann aus der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>ReflectionPromptDialog</name>
    <message>
        <source>A moment to reflect</source>
        <translation>Ein Moment zum Nachdenken</translation>
    </message>
    <message>
        <source>Thank you for checking in. One question, if you&apos;d like it:</source>
        <translation>Danke für deinen Check-in. Eine Frage, wenn du magst:</translation>
    </message>
    <message>
        <source>About this question</source>
        <translation>Hinweis zu dieser Frage</translation>
    </message>
    <message>
        <source>Your answer to: %1</source>
        <translation>Deine Antwort auf: %1</translation>
    </message>
    <message>
        <source>A few words are plenty.</source>
        <translation>Ein paar Worte reichen völlig.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Skip for today</source>
        <translation>Für heute überspringen</translation>
    </message>
</context>
<context>
    <name>RelatedRow</name>
    <message>
        <source>How they are related</source>
        <translation>Wie sie verbunden sind</translation>
    </message>
    <message>
        <source>e.g. sister</source>
        <translation>z. B. Schwester</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Name der Person</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this name</source>
        <translation>Diesen Namen entfernen</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Send me &amp;gentle reminders to reach out</source>
        <translation>Sanfte Erinnerungen zum &amp;Melden schicken</translation>
    </message>
    <message>
        <source>Send me gentle reminders to reach out</source>
        <translation>Sanfte Erinnerungen zum Melden schicken</translation>
    </message>
    <message>
        <source>At most this many people a day</source>
        <translation>Höchstens so viele Menschen am Tag</translation>
    </message>
    <message>
        <source> people a day</source>
        <translation> Menschen am Tag</translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation>Ruhe ab</translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation>Ruhe bis</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>No reminders on %1</source>
        <translation>Keine Erinnerungen am %1</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Höchste&amp;ns:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>Ruhe&amp;zeiten:</translation>
    </message>
    <message>
        <source>Days off:</source>
        <translation>Freie Tage:</translation>
    </message>
    <message>
        <source>Start Companion in the tray when I &amp;log in</source>
        <translation>Companion beim Anmel&amp;den im Infobereich starten</translation>
    </message>
    <message>
        <source>Start Companion when I log in</source>
        <translation>Companion beim Anmelden starten</translation>
    </message>
    <message>
        <source>Reminders are kind suggestions, never streaks. Quiet hours and days off mean nothing arrives then.</source>
        <translation>Erinnerungen sind freundliche Vorschläge, niemals Serien. In Ruhezeiten und an freien Tagen kommt nichts an.</translation>
    </message>
    <message>
        <source>About reminders</source>
        <translation>Hinweis zu Erinnerungen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Mood chart and summary</source>
        <translation>Stimmungsdiagramm und Übersicht</translation>
    </message>
    <message>
        <source>Check-in scores with bands and dates</source>
        <translation>Check-in-Werte mit Einstufung und Datum</translation>
    </message>
    <message>
        <source>Social contact by week and circle</source>
        <translation>Kontakte nach Woche und Kreis</translation>
    </message>
    <message>
        <source>Boundaries and screen time</source>
        <translation>Grenzen und Bildschirmzeit</translation>
    </message>
    <message>
        <source>Journal entries you choose below</source>
        <translation>Tagebucheinträge, die du unten auswählst</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>Zusammenfassender Bericht</translation>
    </message>
    <message>
        <source>A printable summary to bring to a therapist or doctor. You choose what goes in; nothing leaves this computer unless you share the file.</source>
        <translation>Eine Zusammenfassung für Therapie oder Arzt. Du wählst, was hineinkommt; nichts verlässt diesen Computer, außer du teilst die Datei.</translation>
    </message>
    <message>
        <source>About the report</source>
        <translation>Hinweis zum Bericht</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Letzte %1 Wochen</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Chosen range</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Was hineinkommt</translation>
    </message>
    <message>
        <source>Journal entries to include</source>
        <translation>Tagebucheinträge, die hineinkommen</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>People&apos;s names</source>
        <translation>Namen von Menschen</translation>
    </message>
    <message>
        <source>In full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Nur Initialen</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>The end comes before the start; change one of them.</source>
        <translation>Das Ende liegt vor dem Anfang; ändere eins von beiden.</translation>
    </message>
    <message>
        <source>Journal entries stay out unless you include them.</source>
        <translation>Tagebucheinträge nur, wenn du sie auswählst.</translation>
    </message>
    <message>
        <source>You didn&apos;t write anything in this period.</source>
        <translation>In diesem Zeitraum hast du nichts geschrieben.</translation>
    </message>
    <message>
        <source>Tick each entry you want to share; none is included until you tick it.</source>
        <translation>Hake jeden Eintrag an, den du teilen möchtest; keiner kommt hinein, bevor du ihn anhakst.</translation>
    </message>
    <message>
        <source>Choose at least one thing to include.</source>
        <translation>Wähle mindestens eine Sache aus, die hineinkommt.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Bericht wird gespeichert</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
    <message>
        <source>Preparing the preview</source>
        <translation>Vorschau wird vorbereitet</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>the report %1</source>
        <translation>der Bericht %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring replaces what Companion holds now with the backup. Your current vault is first saved as a backup in your profile&apos;s backups folder, so nothing is lost. Companion then reopens with the restored data.</source>
        <translation>Beim Wiederherstellen ersetzt die Sicherung, was Companion jetzt enthält. Dein aktueller Tresor wird vorher als Sicherung im Sicherungsordner deines Profils gespeichert, es geht also nichts verloren. Danach öffnet sich Companion mit den wiederhergestellten Daten.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation>Sicherungsdatei:</translation>
    </message>
    <message>
        <source>The passphrase that was in use when the backup was made:</source>
        <translation>Die Passphrase, die galt, als die Sicherung angelegt wurde:</translation>
    </message>
    <message>
        <source>The recovery code of the vault in the backup:</source>
        <translation>Der Wiederherstellungscode des Tresors in der Sicherung:</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>Companion backups (*%1)</source>
        <translation>Companion-Sicherungen (*%1)</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Wähle die Sicherungsdatei, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase or its recovery code.</source>
        <translation>Gib die Passphrase der Sicherung oder ihren Wiederherstellungscode ein.</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>%1 result</source>
        <translation>%1-Ergebnis</translation>
    </message>
    <message>
        <source>Your %1, %2</source>
        <translation>Dein %1, %2</translation>
    </message>
    <message>
        <source>First, question 9</source>
        <translation>Zuerst Frage 9</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>It can help you notice changes over time, and it&apos;s yours to share or not.</source>
        <translation>Es kann dir helfen, Veränderungen über die Zeit zu bemerken, und es gehört dir: Du entscheidest, ob du es teilst.</translation>
    </message>
    <message>
        <source>About this result</source>
        <translation>Hinweis zu diesem Ergebnis</translation>
    </message>
    <message>
        <source>Closing question</source>
        <translation>Abschlussfrage</translation>
    </message>
    <message>
        <source>Your answers:</source>
        <translation>Deine Antworten:</translation>
    </message>
    <message>
        <source>Your answers with their scored values</source>
        <translation>Deine Antworten mit ihren gewerteten Punkten</translation>
    </message>
    <message>
        <source>Questionnaire language</source>
        <translation>Sprache des Fragebogens</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back to check-ins</source>
        <translation>Zurück zu den Check-ins</translation>
    </message>
    <message>
        <source>Who can I talk to?</source>
        <translation>Mit wem kann ich reden?</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <source>Results, newest first; Delete removes one</source>
        <translation>Ergebnisse, die neuesten zuerst; Entf entfernt eines</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Auswahl entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected result</source>
        <translation>Das ausgewählte Ergebnis entfernen</translation>
    </message>
    <message>
        <source>A result keeps the answers as you gave them, so it can be removed but not changed.</source>
        <translation>Ein Ergebnis behält die Antworten so, wie du sie gegeben hast. Es kann also entfernt, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>About results</source>
        <translation>Hinweis zu Ergebnissen</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · “%4”</source>
        <translation>%1 %2 · %3 · „%4“</translation>
    </message>
    <message>
        <source>Remove this result?
%1</source>
        <translation>Dieses Ergebnis entfernen?
%1</translation>
    </message>
    <message>
        <source>Result removed.</source>
        <translation>Ergebnis entfernt.</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate encryption key</source>
        <translation>Schlüssel erneuern</translation>
    </message>
    <message>
        <source>&amp;Rotate key</source>
        <translation>Schlüssel &amp;erneuern</translation>
    </message>
    <message>
        <source>Companion re-encrypts your whole vault under a brand-new key. Your passphrase stays the same; your recovery code changes, and the old one (and backups made before) still open only the old copies. This can take a minute.</source>
        <translation>Companion verschlüsselt deinen ganzen Tresor mit einem brandneuen Schlüssel. Deine Passphrase bleibt gleich; dein Wiederherstellungscode ändert sich, und der alte (und Sicherungen von vorher) öffnet nur noch die alten Kopien. Das kann eine Minute dauern.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Gib zuerst deine Passphrase ein.</translation>
    </message>
    <message>
        <source>Rotating the encryption key</source>
        <translation>Schlüssel wird erneuert</translation>
    </message>
</context>
<context>
    <name>RulesEditorDialog</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Categories and rules</source>
        <translation>Kategorien und Regeln</translation>
    </message>
    <message>
        <source>The categories you note screen time in. Rename them (double-click), add your own, or change their order. “Other” always stays.</source>
        <translation>Die Kategorien, in denen du Bildschirmzeit notierst. Benenne sie um (Doppelklick), füge eigene hinzu oder ändere ihre Reihenfolge. „Sonstiges“ bleibt immer.</translation>
    </message>
    <message>
        <source>About categories</source>
        <translation>Hinweis zu Kategorien</translation>
    </message>
    <message>
        <source>Screen-time categories</source>
        <translation>Kategorien der Bildschirmzeit</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>%1 category</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>How imported apps and websites are sorted. The first rule that matches wins; anything no rule matches counts as Other. App names match whole words; a website matches its subdomains too.</source>
        <translation>So werden importierte Apps und Websites einsortiert. Die erste passende Regel gilt; was keine Regel trifft, zählt als „Sonstiges“. App-Namen passen als ganze Wörter; eine Website passt auch zu ihren Subdomains.</translation>
    </message>
    <message>
        <source>About rules</source>
        <translation>Hinweis zu Regeln</translation>
    </message>
    <message>
        <source>Category rules, first match wins</source>
        <translation>Kategorieregeln, die erste passende gilt</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Name or domain</source>
        <translation>Name oder Domain</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Eine Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Die ausgewählte Regel entfernen</translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation>Regel nach oben schieben</translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation>Regel nach unten schieben</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the built-in rules</source>
        <translation>Die eingebauten Regeln wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Rule %1: app or website</source>
        <translation>Regel %1: App oder Website</translation>
    </message>
    <message>
        <source>Rule %1: category</source>
        <translation>Regel %1: Kategorie</translation>
    </message>
    <message>
        <source>Each category needs a name.</source>
        <translation>Jede Kategorie braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>SafetyCard</name>
    <message>
        <source>In an emergency, call your local emergency number.</source>
        <translation>Im Notfall ruf den örtlichen Notruf an.</translation>
    </message>
    <message>
        <source>In an emergency, call %1.</source>
        <translation>Im Notfall ruf %1 an.</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>text %1 to %2</source>
        <translation>%1 per SMS an %2 schicken</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>eine SMS an %1 schicken</translation>
    </message>
    <message>
        <source>In %1, you can %2 to reach %3%4.</source>
        <translation>In %1 kannst du %2, um %3%4 zu erreichen.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1: call %2</source>
        <translation>%1: anrufen unter %2</translation>
    </message>
    <message>
        <source>%1: text %2</source>
        <translation>%1: SMS an %2</translation>
    </message>
</context>
<context>
    <name>SafetyCardWidget</name>
    <message>
        <source>See who to talk to</source>
        <translation>Sehen, mit wem du reden kannst</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <source>Screen &amp; boundaries</source>
        <translation>Bildschirm und Grenzen</translation>
    </message>
    <message>
        <source>Screens can bring people closer or leave us lonelier; this is for noticing, not judging.</source>
        <translation>Bildschirme können Menschen näherbringen oder uns einsamer machen; hier geht es ums Bemerken, nicht ums Bewerten.</translation>
    </message>
    <message>
        <source>Your boundaries</source>
        <translation>Deine Grenzen</translation>
    </message>
    <message>
        <source>Note your screen time</source>
        <translation>Bildschirmzeit notieren</translation>
    </message>
    <message>
        <source>&amp;Import from ActivityWatch…</source>
        <translation>Aus ActivityWatch &amp;importieren…</translation>
    </message>
    <message>
        <source>Import screen time from ActivityWatch</source>
        <translation>Bildschirmzeit aus ActivityWatch importieren</translation>
    </message>
    <message>
        <source>Categories and &amp;rules…</source>
        <translation>Kategorien und &amp;Regeln…</translation>
    </message>
    <message>
        <source>Edit categories and rules</source>
        <translation>Kategorien und Regeln bearbeiten</translation>
    </message>
    <message>
        <source>Your week</source>
        <translation>Deine Woche</translation>
    </message>
</context>
<context>
    <name>ScreenSettingsGroup</name>
    <message>
        <source>When this is on, Companion may ask ActivityWatch on this computer, at 127.0.0.1:5600, for the last two weeks of app and website use, and only when you press “Read from ActivityWatch on this computer”. It reads only from there, never from the network, and nothing leaves this computer.</source>
        <translation>Wenn das an ist, darf Companion ActivityWatch auf diesem Computer unter 127.0.0.1:5600 nach der App- und Website-Nutzung der letzten zwei Wochen fragen, und nur, wenn du auf „Aus ActivityWatch auf diesem Computer lesen“ drückst. Es liest nur von dort, nie aus dem Netz, und nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Screen time</source>
        <translation>Bildschirmzeit</translation>
    </message>
    <message>
        <source>Let Companion read from ActivityWatch on this computer</source>
        <translation>Companion aus ActivityWatch auf diesem Computer lesen lassen</translation>
    </message>
    <message>
        <source>Read from ActivityWatch on this computer</source>
        <translation>Aus ActivityWatch auf diesem Computer lesen</translation>
    </message>
    <message>
        <source>Remind me of the evening boundary check-in at</source>
        <translation>An den Abend-Check-in der Grenzen erinnern um</translation>
    </message>
    <message>
        <source>Evening check-in reminder</source>
        <translation>Erinnerung an den Abend-Check-in</translation>
    </message>
    <message>
        <source>Evening check-in reminder time</source>
        <translation>Uhrzeit der Erinnerung an den Abend-Check-in</translation>
    </message>
    <message>
        <source>Pause before opening an app</source>
        <translation>Kurze Pause vor dem Öffnen einer App</translation>
    </message>
    <message>
        <source>When an app or site one of your boundaries covers comes to the front during its hours, Companion gently asks the boundary&apos;s intention, at most once an hour. You answer “Go ahead” or “Not now”; nothing is ever blocked. This uses ActivityWatch on this computer (127.0.0.1) and nothing else.</source>
        <translation>Wenn während der Zeiten einer deiner Grenzen eine App oder Website in den Vordergrund kommt, die diese Grenze betrifft, fragt Companion sanft nach dem Vorsatz der Grenze, höchstens einmal pro Stunde. Du antwortest „Nur zu“ oder „Jetzt nicht“; nichts wird je blockiert. Dafür wird ActivityWatch auf diesem Computer (127.0.0.1) genutzt, sonst nichts.</translation>
    </message>
    <message>
        <source>About the pause before opening an app</source>
        <translation>Hinweis zur Pause vor dem Öffnen einer App</translation>
    </message>
    <message>
        <source>ActivityWatch status</source>
        <translation>Status von ActivityWatch</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>ActivityWatch isn&apos;t running on this computer, so there is nothing to pause for yet. To use this, install ActivityWatch from activitywatch.net and start it (it runs in the background, with its window watcher); Companion will notice it by itself.</source>
        <translation>ActivityWatch läuft auf diesem Computer nicht, deshalb gibt es noch nichts, wofür eine Pause nötig wäre. Um das zu nutzen, installiere ActivityWatch von activitywatch.net und starte es (es läuft im Hintergrund, mit seinem Fenster-Watcher); Companion bemerkt es dann von selbst.</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>What to enter</source>
        <translation>Was einzugeben ist</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Stattdessen die Passphrase nutzen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Stattdessen den Wiederherstellungscode nutzen</translation>
    </message>
</context>
<context>
    <name>SelfReportEditor</name>
    <message>
        <source>Note your screen time</source>
        <translation>Bildschirmzeit notieren</translation>
    </message>
    <message>
        <source>Day to note</source>
        <translation>Tag zum Notieren</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation>Nach &amp;Kategorie</translation>
    </message>
    <message>
        <source>One &amp;total</source>
        <translation>Eine &amp;Summe</translation>
    </message>
    <message>
        <source>Note screen time by category</source>
        <translation>Bildschirmzeit nach Kategorie notieren</translation>
    </message>
    <message>
        <source>Note screen time as one total</source>
        <translation>Bildschirmzeit als eine Summe notieren</translation>
    </message>
    <message>
        <source>Total for the day</source>
        <translation>Summe für den Tag</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Summe:</translation>
    </message>
    <message>
        <source>&amp;Save this day</source>
        <translation>Diesen Tag sp&amp;eichern</translation>
    </message>
    <message>
        <source>Save the screen time for this day</source>
        <translation>Die Bildschirmzeit für diesen Tag speichern</translation>
    </message>
    <message>
        <source>Clear this day</source>
        <translation>Diesen Tag leeren</translation>
    </message>
    <message>
        <source>Clear what you noted for this day</source>
        <translation>Leeren, was du für diesen Tag notiert hast</translation>
    </message>
    <message>
        <source>Screen time status</source>
        <translation>Stand der Bildschirmzeit</translation>
    </message>
    <message>
        <source>Noted %1 for %2. Thank you for looking.</source>
        <translation>%1 für %2 notiert. Danke fürs Hinschauen.</translation>
    </message>
    <message>
        <source>Nothing noted for %1.</source>
        <translation>Für %1 ist nichts notiert.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation>Hilfsangebote</translation>
    </message>
    <message>
        <source>Country for help lines</source>
        <translation>Land für Hilfsangebote</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>“Need help now?” shows the crisis lines for this country.</source>
        <translation>„Brauchst du jetzt Hilfe?“ zeigt die Krisentelefone für dieses Land.</translation>
    </message>
    <message>
        <source>About the country</source>
        <translation>Hinweis zum Land</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Dein Tag</translation>
    </message>
    <message>
        <source>My day ends at</source>
        <translation>Mein Tag endet um</translation>
    </message>
    <message>
        <source>My &amp;day ends at:</source>
        <translation>Mein &amp;Tag endet um:</translation>
    </message>
    <message>
        <source>Moods, notes and check-ins from after midnight until this time count for the day before, so a late evening stays part of its day.</source>
        <translation>Stimmungen, Notizen und Check-ins von Mitternacht bis zu dieser Uhrzeit zählen zum Vortag, damit ein langer Abend zu seinem Tag gehört.</translation>
    </message>
    <message>
        <source>About when your day ends</source>
        <translation>Hinweis dazu, wann dein Tag endet</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>“Follow the system” changes with your computer&apos;s light or dark mode.</source>
        <translation>„Wie das System“ wechselt mit dem hellen oder dunklen Modus deines Computers.</translation>
    </message>
    <message>
        <source>About the colours</source>
        <translation>Hinweis zu den Farben</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>About the language</source>
        <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>&amp;Ask for my passphrase at start</source>
        <translation>Beim Start nach meiner Passphrase fra&amp;gen</translation>
    </message>
    <message>
        <source>Ask for my passphrase at start</source>
        <translation>Beim Start nach meiner Passphrase fragen</translation>
    </message>
    <message>
        <source>About asking for the passphrase</source>
        <translation>Hinweis zum Fragen nach der Passphrase</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über Companion</translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation>Profilordner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation>Deine Daten liegen in: %1</translation>
    </message>
    <message>
        <source>Companion version %1</source>
        <translation>Companion-Version %1</translation>
    </message>
    <message>
        <source>Companion asks for your passphrase each time it starts.</source>
        <translation>Companion fragt bei jedem Start nach deiner Passphrase.</translation>
    </message>
    <message>
        <source>Your system keyring opens Companion for you, so there&apos;s nothing to type.</source>
        <translation>Dein Schlüsselbund des Systems öffnet Companion für dich, du musst also nichts eingeben.</translation>
    </message>
    <message>
        <source>There&apos;s no system keyring on this computer, so Companion will still ask for your passphrase at each start.</source>
        <translation>Auf diesem Computer gibt es keinen Schlüsselbund des Systems, deshalb fragt Companion weiterhin bei jedem Start nach deiner Passphrase.</translation>
    </message>
    <message>
        <source>Companion will use this language the next time it starts.</source>
        <translation>Companion nutzt diese Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>“Follow the system” uses your computer&apos;s language when Companion has it.</source>
        <translation>„Wie das System“ nutzt die Sprache deines Computers, wenn Companion sie spricht.</translation>
    </message>
    <message>
        <source>Bringing the key file up to date</source>
        <translation>Die Schlüsseldatei wird auf den neuesten Stand gebracht</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Deine Passphrase</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where the focus is</source>
        <translation>Wo der Fokus ist</translation>
    </message>
    <message>
        <source>Keys where the focus is</source>
        <translation>Tasten dort, wo der Fokus ist</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Companion couldn&apos;t use %1: %2</source>
        <translation>Companion konnte %1 nicht verwenden: %2</translation>
    </message>
    <message>
        <source>Companion is still busy with “%1”. Try again once that has finished.</source>
        <translation>Companion ist noch mit „%1“ beschäftigt. Versuch es noch einmal, sobald das fertig ist.</translation>
    </message>
</context>
<context>
    <name>TextEditDialog</name>
    <message>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>What you wrote</source>
        <translation>Was du geschrieben hast</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>Hello, night owl</source>
        <translation>Hallo, Nachteule</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Heutiges Datum</translation>
    </message>
    <message>
        <source>That&apos;s all for today</source>
        <translation>Das war’s für heute</translation>
    </message>
    <message>
        <source>Nothing else needs you right now. Everything here is optional, and it&apos;s nice that you stopped by.</source>
        <translation>Gerade braucht dich nichts weiter. Alles hier ist freiwillig, und es ist schön, dass du vorbeigeschaut hast.</translation>
    </message>
    <message>
        <source>It&apos;s %1.</source>
        <translation>Es ist %1.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation>Companion öffnen</translation>
    </message>
    <message>
        <source>Log mood</source>
        <translation>Stimmung notieren</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Kontakt notieren…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Companion is still running</source>
        <translation>Companion läuft noch</translation>
    </message>
    <message>
        <source>It&apos;s here in the tray so reminders can reach you. Choose Quit to close it.</source>
        <translation>Es bleibt hier im Infobereich, damit Erinnerungen dich erreichen. Wähle „Beenden“, um es zu schließen.</translation>
    </message>
</context>
<context>
    <name>TypedChips</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open Companion</source>
        <translation>Companion öffnen</translation>
    </message>
    <message>
        <source>What to enter</source>
        <translation>Was einzugeben ist</translation>
    </message>
    <message>
        <source>Why it didn&apos;t open</source>
        <translation>Warum es sich nicht geöffnet hat</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Type the recovery code you saved when you set up Companion.</source>
        <translation>Gib den Wiederherstellungscode ein, den du beim Einrichten von Companion gespeichert hast.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Stattdessen meine Passphrase nutzen</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Gib deine Passphrase ein, um deinen Tresor zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Use recovery code instead</source>
        <translation>Stattdessen den Wiederherstellungscode nutzen</translation>
    </message>
    <message>
        <source>Please type your recovery code.</source>
        <translation>Bitte gib deinen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation>Bitte gib deine Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>UpcomingCard</name>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>Screen time this week by category</source>
        <translation>Bildschirmzeit diese Woche nach Kategorie</translation>
    </message>
    <message>
        <source>Colours of the categories</source>
        <translation>Farben der Kategorien</translation>
    </message>
    <message>
        <source>Stacked bars of screen time per day</source>
        <translation>Gestapelte Balken der Bildschirmzeit pro Tag</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
</context>
<context>
    <name>WeekRecords</name>
    <message>
        <source>What you noted this week; Enter edits, Delete removes</source>
        <translation>Was du diese Woche notiert hast; Enter bearbeitet, Entf entfernt</translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation>Auswahl bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation>Auswahl entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation>Den ausgewählten Eintrag entfernen</translation>
    </message>
    <message>
        <source>Nothing noted this week yet.</source>
        <translation>Diese Woche ist noch nichts notiert.</translation>
    </message>
    <message>
        <source>This week&apos;s notes</source>
        <translation>Notizen dieser Woche</translation>
    </message>
    <message>
        <source>%1 · screen time you noted: %2</source>
        <translation>%1 · selbst notierte Bildschirmzeit: %2</translation>
    </message>
    <message>
        <source>%1 · screen time from ActivityWatch: %2</source>
        <translation>%1 · Bildschirmzeit aus ActivityWatch: %2</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation>teilweise gehalten</translation>
    </message>
    <message>
        <source>not today</source>
        <translation>heute nicht</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>a boundary</source>
        <translation>eine Grenze</translation>
    </message>
    <message>
        <source>Edit reflection</source>
        <translation>Gedanken bearbeiten</translation>
    </message>
    <message>
        <source>Remove this?
%1</source>
        <translation>Das entfernen?
%1</translation>
    </message>
    <message>
        <source>Screen time for that day removed.</source>
        <translation>Bildschirmzeit für diesen Tag entfernt.</translation>
    </message>
    <message>
        <source>Check-in removed.</source>
        <translation>Check-in entfernt.</translation>
    </message>
    <message>
        <source>Reflection removed.</source>
        <translation>Gedanken entfernt.</translation>
    </message>
</context>
<context>
    <name>WeeklyView</name>
    <message>
        <source>Your week</source>
        <translation>Deine Woche</translation>
    </message>
    <message>
        <source>← &amp;Previous week</source>
        <translation>← &amp;Vorherige Woche</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Angezeigte Woche</translation>
    </message>
    <message>
        <source>&amp;Next week →</source>
        <translation>&amp;Nächste Woche →</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Screen time this week</source>
        <translation>Bildschirmzeit diese Woche</translation>
    </message>
    <message>
        <source>Boundaries this week</source>
        <translation>Grenzen diese Woche</translation>
    </message>
    <message>
        <source>Reflections this week</source>
        <translation>Gedanken diese Woche</translation>
    </message>
    <message>
        <source>Mood and screen time</source>
        <translation>Stimmung und Bildschirmzeit</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>What you noted</source>
        <translation>Was du notiert hast</translation>
    </message>
    <message>
        <source>This week, %1</source>
        <translation>Diese Woche, %1</translation>
    </message>
    <message>
        <source>No screen time noted this week. Note a day above or import from ActivityWatch, whenever you like. Screens can bring people closer or leave us lonelier; this is for noticing, not judging.</source>
        <translation>Diese Woche ist keine Bildschirmzeit notiert. Notier oben einen Tag oder importiere aus ActivityWatch, wann immer du magst. Bildschirme können Menschen näherbringen oder uns einsamer machen; hier geht es ums Bemerken, nicht ums Bewerten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in all, about %2 a day (days with a figure: %n).</source>
        <translation>
            <numerusform>Insgesamt %1 an %n Tag mit einem Wert, etwa %2 am Tag.</numerusform>
            <numerusform>Insgesamt %1 an %n Tagen mit einem Wert, etwa %2 am Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days this is based on: %n.</source>
        <translation>
            <numerusform>Auf Grundlage von %n Tag.</numerusform>
            <numerusform>Auf Grundlage von %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most of it: %1.</source>
        <translation>Das meiste davon: %1.</translation>
    </message>
    <message>
        <source>%1: no check-ins this week.</source>
        <translation>%1: diese Woche keine Check-ins.</translation>
    </message>
    <message>
        <source>%1: kept on %2 day</source>
        <translation>%1: an %2 Tag gehalten</translation>
    </message>
    <message>
        <source>%1: kept on %2 days</source>
        <translation>%1: an %2 Tagen gehalten</translation>
    </message>
    <message>
        <source>, partly on %1</source>
        <translation>, teilweise an %1</translation>
    </message>
    <message>
        <source>%1: checked in on %2 day</source>
        <translation>%1: an %2 Tag eingecheckt</translation>
    </message>
    <message>
        <source>%1: checked in on %2 days</source>
        <translation>%1: an %2 Tagen eingecheckt</translation>
    </message>
    <message>
        <source>, partly kept on %1</source>
        <translation>, teilweise gehalten an %1</translation>
    </message>
    <message>
        <source>You paused before opening an app once this week.</source>
        <translation>Du hast diese Woche einmal innegehalten, bevor du eine App geöffnet hast.</translation>
    </message>
    <message>
        <source>You paused before opening an app %1 times this week.</source>
        <translation>Du hast diese Woche %1-mal innegehalten, bevor du eine App geöffnet hast.</translation>
    </message>
    <message>
        <source>No boundaries yet; add one above if it would help.</source>
        <translation>Noch keine Grenzen; füg oben eine hinzu, wenn es dir hilft.</translation>
    </message>
    <message>
        <source>No reflections this week. They come after the evening check-in.</source>
        <translation>Diese Woche keine Gedanken. Sie kommen nach dem Abend-Check-in.</translation>
    </message>
    <message>
        <source>It counts days that have both a mood and a screen-time figure.</source>
        <translation>Es zählt Tage, an denen es sowohl eine Stimmung als auch einen Wert für die Bildschirmzeit gibt.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Companion</source>
        <translation>Willkommen bei Companion</translation>
    </message>
    <message>
        <source>A quiet place to look after the relationships that hold you up.</source>
        <translation>Ein ruhiger Ort, um dich um die Beziehungen zu kümmern, die dich tragen.</translation>
    </message>
    <message>
        <source>Everything you write here stays on this computer, encrypted. Nothing is sent anywhere, and there&apos;s no account to make.</source>
        <translation>Alles, was du hier schreibst, bleibt verschlüsselt auf diesem Computer. Nichts wird irgendwohin geschickt, und du brauchst kein Konto.</translation>
    </message>
    <message>
        <source>Your data stays here</source>
        <translation>Deine Daten bleiben hier</translation>
    </message>
    <message>
        <source>Why it matters: notes about the people you love and how you feel are among the most private things there are. Only you should be able to read them.</source>
        <translation>Warum das wichtig ist: Notizen über die Menschen, die du liebst, und darüber, wie du dich fühlst, gehören zum Privatesten, was es gibt. Nur du solltest sie lesen können.</translation>
    </message>
    <message>
        <source>Why privacy matters</source>
        <translation>Warum Privatsphäre wichtig ist</translation>
    </message>
    <message>
        <source>Setting up takes about a minute: a passphrase, and where you live.</source>
        <translation>Das Einrichten dauert etwa eine Minute: eine Passphrase und wo du lebst.</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Was als Nächstes kommt</translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>Was gerade passiert</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping… anything already written will be removed.</source>
        <translation>Wird angehalten… Alles, was schon geschrieben wurde, wird wieder entfernt.</translation>
    </message>
</context>
<context>
    <name>YearInPixels</name>
    <message>
        <source>Year in pixels</source>
        <translation>Jahr in Pixeln</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorheriges Jahr</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation>Angezeigtes Jahr</translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation>Als Liste zeigen</translation>
    </message>
    <message>
        <source>Show the year as a text list</source>
        <translation>Das Jahr als Textliste zeigen</translation>
    </message>
    <message>
        <source>Days of the year, coloured by mood</source>
        <translation>Tage des Jahres, nach Stimmung gefärbt</translation>
    </message>
    <message>
        <source>Days with a mood, as text</source>
        <translation>Tage mit Stimmung, als Text</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Colour key</source>
        <translation>Farbschlüssel</translation>
    </message>
    <message>
        <source>nothing noted</source>
        <translation>nichts notiert</translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation>Farbe für %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <source>%1: nothing noted</source>
        <translation>%1: nichts notiert</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of 5)</source>
        <translation>%1: %2 (%3 von 5)</translation>
    </message>
    <message numerus="yes">
        <source>Days noted in %1: %n. Hover over a square to see its day and mood.</source>
        <translation>
            <numerusform>%n Tag in %1 notiert. Fahr mit der Maus über ein Kästchen, um Tag und Stimmung zu sehen.</numerusform>
            <numerusform>%n Tage in %1 notiert. Fahr mit der Maus über ein Kästchen, um Tag und Stimmung zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show as squares</source>
        <translation>Als Kästchen zeigen</translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopped. Nothing was kept.</source>
        <translation>Angehalten. Es wurde nichts behalten.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Companion is already open</source>
        <translation>Companion ist schon geöffnet</translation>
    </message>
    <message>
        <source>Your vault can&apos;t be read</source>
        <translation>Dein Tresor lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>Companion can&apos;t use its folder</source>
        <translation>Companion kann seinen Ordner nicht nutzen</translation>
    </message>
    <message>
        <source>No vault here</source>
        <translation>Hier ist kein Tresor</translation>
    </message>
    <message>
        <source>Companion can&apos;t open</source>
        <translation>Companion kann nicht starten</translation>
    </message>
    <message>
        <source>Companion couldn&apos;t finish opening your vault.</source>
        <translation>Companion konnte das Öffnen deines Tresors nicht abschließen.</translation>
    </message>
</context>
<context>
    <name>combo</name>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Somewhere else / not listed</source>
        <translation>Woanders / nicht aufgeführt</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>feelings</name>
    <message>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>content</source>
        <translation>zufrieden</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>dankbar</translation>
    </message>
    <message>
        <source>hopeful</source>
        <translation>hoffnungsvoll</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>loved</source>
        <translation>geliebt</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>ängstlich</translation>
    </message>
    <message>
        <source>stressed</source>
        <translation>gestresst</translation>
    </message>
    <message>
        <source>irritable</source>
        <translation>gereizt</translation>
    </message>
    <message>
        <source>lonely</source>
        <translation>einsam</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>traurig</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>müde</translation>
    </message>
    <message>
        <source>%1 (yours)</source>
        <translation>%1 (eigenes)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>Something went wrong inside Companion. This is our mistake, not yours.</source>
        <translation>In Companion ist etwas schiefgelaufen. Das ist unser Fehler, nicht deiner.</translation>
    </message>
    <message>
        <source>Your saved data is safe: every change is saved as a whole or not at all. If it keeps happening, the details below help us fix it.</source>
        <translation>Deine gespeicherten Daten sind sicher: Jede Änderung wird ganz oder gar nicht gespeichert. Wenn es wieder passiert, helfen uns die Details unten, es zu beheben.</translation>
    </message>
</context>
<context>
    <name>nudges</name>
    <message>
        <source>Open Companion</source>
        <translation>Companion öffnen</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>You have a reminder</source>
        <translation>Du hast eine Erinnerung</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Need help now?</source>
        <translation>Brauchst du jetzt Hilfe?</translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers (F1)</source>
        <translation>Krisentelefone und Notrufnummern (F1)</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Contact over the last year</source>
        <translation>Kontakt im letzten Jahr</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Rhythmus</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald dran</translation>
    </message>
    <message>
        <source>Due for a hello</source>
        <translation>Zeit für ein Hallo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>I did</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>They did</source>
        <translation>Die andere Seite</translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Kräftezehrend</translation>
    </message>
    <message>
        <source>A bit draining</source>
        <translation>Etwas anstrengend</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Energising</source>
        <translation>Belebend</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>No chat noted yet</source>
        <translation>Noch kein Gespräch notiert</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>Alle %1 Wochen</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>Alle %1 Tage</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Remove?</source>
        <translation>Entfernen?</translation>
    </message>
    <message>
        <source>You can undo it for a few seconds afterwards.</source>
        <translation>Danach kannst du es noch ein paar Sekunden lang rückgängig machen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Day average</source>
        <translation>Tagesdurchschnitt</translation>
    </message>
    <message>
        <source>Companion summary · %1</source>
        <translation>Companion-Zusammenfassung · %1</translation>
    </message>
    <message>
        <source>Summary from Companion</source>
        <translation>Zusammenfassung aus Companion</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Erstellt am %1.</translation>
    </message>
    <message>
        <source>People are shown by their initials.</source>
        <translation>Menschen werden mit ihren Initialen gezeigt.</translation>
    </message>
    <message>
        <source>This is a demo profile: everything in it is made up.</source>
        <translation>Dies ist ein Demo-Profil: Alles darin ist erfunden.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Sections included: %1.</source>
        <translation>Enthaltene Abschnitte: %1.</translation>
    </message>
    <message>
        <source>Feelings noted most often: %1.</source>
        <translation>Am häufigsten notierte Gefühle: %1.</translation>
    </message>
    <message>
        <source>Mood is logged on a 1 to 5 scale: %1.</source>
        <translation>Die Stimmung wird auf einer Skala von 1 bis 5 notiert: %1.</translation>
    </message>
    <message>
        <source>Please read first</source>
        <translation>Bitte zuerst lesen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>%1, %2: how difficult these problems have made things (not scored): “%3”.</source>
        <translation>%1, %2: wie schwierig diese Probleme den Alltag gemacht haben (nicht gewertet): „%3“.</translation>
    </message>
    <message>
        <source>Notes on single results</source>
        <translation>Hinweise zu einzelnen Ergebnissen</translation>
    </message>
    <message>
        <source>Answers are listed question by question, as the values each questionnaire scores as published: %1.</source>
        <translation>Die Antworten stehen Frage für Frage als die Werte, die jeder Fragebogen laut Veröffentlichung wertet: %1.</translation>
    </message>
    <message>
        <source>%1 closing question, not scored: “%2”</source>
        <translation>Abschlussfrage %1, nicht gewertet: „%2“</translation>
    </message>
    <message>
        <source>Questionnaires: %1.</source>
        <translation>Fragebögen: %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Every check-in here was answered in: %1.</source>
        <translation>Sprache aller Check-ins hier: %1.</translation>
    </message>
    <message>
        <source>The language each check-in was answered in</source>
        <translation>In welcher Sprache die Check-ins beantwortet wurden</translation>
    </message>
    <message>
        <source>Days in touch with someone, per week (the week&apos;s first day in the period below each bar; a week cut by the period&apos;s edge shows “of” its days inside).</source>
        <translation>Tage mit Kontakt zu jemandem, pro Woche (unter jedem Balken der erste Tag der Woche im Zeitraum; eine Woche, die der Rand des Zeitraums anschneidet, zeigt „von“ ihren Tagen darin).</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Verschiedene Menschen</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Days in touch</source>
        <translation>Tage mit Kontakt</translation>
    </message>
    <message>
        <source>Times in touch</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Circle columns count the times in touch with someone in that circle; the last row counts the different people in each circle.</source>
        <translation>Die Spalten der Kreise zählen die Kontakte mit jemandem aus diesem Kreis; die letzte Zeile zählt die verschiedenen Menschen in jedem Kreis.</translation>
    </message>
    <message>
        <source>Most in touch</source>
        <translation>Am meisten Kontakt</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>How: %1.</source>
        <translation>Wie: %1.</translation>
    </message>
    <message>
        <source>How it felt: %1.</source>
        <translation>Wie es sich anfühlte: %1.</translation>
    </message>
    <message>
        <source>Average screen time a day, per week (hours and minutes).</source>
        <translation>Durchschnittliche Bildschirmzeit pro Tag, je Woche (Stunden und Minuten).</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Average a day</source>
        <translation>Schnitt pro Tag</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Planned days</source>
        <translation>Geplante Tage</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Mit Check-in</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Not that day</source>
        <translation>An dem Tag nicht</translation>
    </message>
    <message>
        <source>No boundaries were set in this period.</source>
        <translation>In diesem Zeitraum gab es keine Grenzen.</translation>
    </message>
    <message>
        <source>No entries were chosen for this report.</source>
        <translation>Für diesen Bericht wurden keine Einträge ausgewählt.</translation>
    </message>
    <message>
        <source>Entries the user chose to share, as they wrote them.</source>
        <translation>Einträge, die die Person teilen wollte, so wie sie sie geschrieben hat.</translation>
    </message>
    <message>
        <source>Companion · private; share only as you choose</source>
        <translation>Companion · privat; nur teilen, wie du es möchtest</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>screen</name>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Werktags</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Am Wochenende</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Choose that answer, in a check-in</source>
        <translation>Antwort wählen, im Check-in</translation>
    </message>
    <message>
        <source>Next question, in a check-in</source>
        <translation>Nächste Frage, im Check-in</translation>
    </message>
    <message>
        <source>Previous question, in a check-in</source>
        <translation>Vorherige Frage, im Check-in</translation>
    </message>
    <message>
        <source>Log that mood, on “How are you right now?” (Today, Mood)</source>
        <translation>Stimmung notieren (Heute, Stimmung)</translation>
    </message>
    <message>
        <source>Kept, partly, or not today, in the evening check-in</source>
        <translation>Antworten im Abend-Check-in</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation>%1 (in %2 Tagen)</translation>
    </message>
    <message>
        <source>%1’s birthday, %2</source>
        <translation>Geburtstag von %1, %2</translation>
    </message>
    <message>
        <source>%1’s anniversary, %2</source>
        <translation>Jahrestag von %1, %2</translation>
    </message>
    <message>
        <source>%1’s %3, %2</source>
        <translation>%3 von %1, %2</translation>
    </message>
    <message>
        <source>%3 (%1), %2</source>
        <translation>%3 (%1), %2</translation>
    </message>
    <message>
        <source>(turns %1)</source>
        <translation>(wird %1)</translation>
    </message>
    <message>
        <source>(1 year)</source>
        <translation>(1 Jahr)</translation>
    </message>
    <message>
        <source>(%1 years)</source>
        <translation>(%1 Jahre)</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(once)</source>
        <translation>(einmalig)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
</TS>
