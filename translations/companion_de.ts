<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActivityWatchImportDialog</name>
    <message>
        <source>Import from ActivityWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your ActivityWatch export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In ActivityWatch, open Raw Data → Export all buckets as JSON, and choose that file here. Companion reads it, shows you what it found, and imports nothing until you say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to export from ActivityWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActivityWatch export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from ActivityWatch on this &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from ActivityWatch on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About reading from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Companion found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per day and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the last %1 days from ActivityWatch at 127.0.0.1:5600. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading straight from ActivityWatch on this computer is off. You can turn it on in Settings → Screen time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActivityWatch export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking ActivityWatch on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 days (%3 to %4), %5 of screen time in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing replaces earlier ActivityWatch figures for these days; what you noted yourself stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no screen time Companion can count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth knowing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of screen time over %2 days, from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier figures from the same buckets for those days were replaced; other buckets&apos; minutes were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens can bring people closer or leave us lonelier; this is for noticing, not judging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>Please type it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is encrypted like your vault. Your passphrase or your recovery code opens it, here or on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the backup was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup is saved. It&apos;s encrypted; your passphrase or recovery code opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundariesList</name>
    <message>
        <source>Limits you choose for yourself, checked in on each evening. Every kept day counts, and a hard day takes nothing away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boundaries yet. Phone-free meals or screens away after 22:00 are gentle places to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boundaries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a boundary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening &amp;check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check-in for your boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in for today. You can change your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evening: a minute to look back on today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and its check-ins? If you&apos;d like a break from it, Pause keeps everything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundaryEditorDialog</name>
    <message>
        <source>Edit boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boundary, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: no phone on the dinner table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of screen time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily limit in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen-free from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen-free until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Boundary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boundary is a promise to yourself, not a test. Choose one that feels kind and doable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it the way you&apos;d say it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion&apos;s pause asks: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundaryRow</name>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: you opened with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckRow</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What got in the way? (if you like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What got in the way of %1, if you like</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinLineCard</name>
    <message>
        <source>A check-in this week suggested talking to someone could help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See who to talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now: hide until the next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this until your next check-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinsPage</name>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short questionnaires, scored exactly as published, to notice how things change. They are screening tools, not a diagnosis, and every one is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to check-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirclesMapDialog</name>
    <message>
        <source>Circles map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone, by circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest people sit in the middle. Enter opens someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual rhythm for this circle, in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ircle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual &amp;rhythm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CirclesView</name>
    <message>
        <source>Circles map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRow</name>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label, e.g. mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number, address or @handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this way to reach them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPage</name>
    <message>
        <source>Where do you live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So “Need help now?” shows the right help lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for help lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This only chooses which phone numbers to show. You can change it any time in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataHost</name>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup wasn&apos;t restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is just as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPrivacyGroup</name>
    <message>
        <source>Your data and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted. You can take it with you, move it, or remove it whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate encryption &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an encrypted &amp;backup automatically once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic daily backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many automatic backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last automatic backup didn&apos;t work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest automatic backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 doesn&apos;t exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaylioImportDialog</name>
    <message>
        <source>Import from Daylio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your Daylio export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Daylio, go to More → Export entries → CSV, and save the file where this computer can see it. Nothing is imported until you say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to export from Daylio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daylio_export.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match your moods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About matching moods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylio moods and their levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood in Daylio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level in Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylio export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daylio keeps only the name of each mood, so tell Companion which of its five levels each one means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mood(s) need a level from you.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entries in %2: %3 new, %4 already in Companion (updated where they were edited in Daylio since, otherwise left as they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows can&apos;t be read and will be left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; your moods are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 mood entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 edited in Daylio since they were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept %1 you had edited in Companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 were already here and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out lines %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes your vault, its key, the keyring entry and the backups in your profile. It can&apos;t be undone. Backups you saved elsewhere are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go ahead, type &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveningCheckInDialog</name>
    <message>
        <source>Evening check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did today go? (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did today go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press 1, 2 or 3 for each one: kept, partly, or not today. Any answer is fine; this is for noticing, not judging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the check-in works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an answer for at least one boundary, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveningCheckInLine</name>
    <message>
        <source>This evening: how did your boundaries go today? It takes a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check-in for your boundaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;JSON file (can be loaded into a new vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of &amp;CSV files (for spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;people as a vCard file (for phones and address books)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthdays as a calendar file (for calendar apps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the export is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export people as vCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export birthdays as a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to put the new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the box to confirm the export is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to carry this alone. These people are there to listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in danger, but struggling? A doctor, a counsellor or someone you trust can help too. Telling one person how you&apos;ve really been is a brave first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other people to talk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for help lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you&apos;re in danger right now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion doesn&apos;t have help lines for your country yet. If it&apos;s in the list below, choose it to see the lines there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency in %1, call %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing help for %1. Somewhere else? Choose another country below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1, checked %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>%1 results over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your results, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each is a screening result, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question %1 answered %2; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportContactsWizard</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in people from your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more .vcf files exported from your phone, Google, Apple or Outlook. You&apos;ll see everyone before anything is saved, and can leave anyone out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also bring in &amp;photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also bring in photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the &amp;complete cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the complete cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: read the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose contact files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These might be the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each card on the left shares a name or a number with someone on the right, but not enough to be sure. Both are kept unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Might be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: everyone in the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already in Companion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(earlier in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this card out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s in the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to bring in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle for everyone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put everyone in this circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards that couldn&apos;t be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 doesn&apos;t say which character set it uses, and Companion isn&apos;t sure of its guess. If the names look wrong, choose the reading where they look right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same person as %1, earlier in the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>might be %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, card %2 (line %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people found in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards couldn&apos;t be read; they&apos;re listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who went where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 already here with nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, left out %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>%1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interval %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3; %4: %5 in %6. Each side needs at least %7 days in %8 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mood %2 on %3. %4: %5 on %6. Difference %7 (%8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holm-adjusted p %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference %1 points on a 1–5 scale (%2), over %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: difference %2 points (%3), corrected for %4 kinds compared together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kinds compared together; after correcting for that, none differs clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 fewer times in touch than in a usual quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: felt %2 of 5 on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the numbers are worked out: each compares your average mood on two kinds of day. The intervals come from resampling whole weeks %1 times, because one day&apos;s mood carries into the next; they are approximate, most of all with few weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: average mood %2 over %3. %4: %5 over %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comparisons are made at once, so each interval is widened to %2 (Bonferroni) and p-values are adjusted with Holm&apos;s method; a kind is named above only when it stays clear after both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the chart, kinds in the accent colour are clear after correction; grey ones with a dashed edge are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, latest %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores run from %1 to %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average mood (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood with it minus without (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in touch each week (0–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns in your own days over the last year. They show what tends to go together, not what causes what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable summary to bring to a therapist (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the numbers are worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 insights have enough days to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights appear once there&apos;s enough of your own data to say something honest: at least %1 days on each side of a comparison.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentCard</name>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue where I left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question %1 answered %2; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last: %1“%2” on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for a re-take, whenever suits you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered %1 of %2 questions last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalList</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search what you&apos;ve written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write with a prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write with a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · mood note (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches that search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet. A prompt can help you start, whenever you feel like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this mood, with its note?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this journal entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Companion is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you saved when you set up Companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Need help now?” still works while Companion is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help while locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who were you in touch with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in this interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the time to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It felt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: anything you&apos;d like to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who reached &amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it felt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one here matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts (all of them: Help → Keyboard shortcuts):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion — demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesField</name>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: set to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <source>Mood over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each week&apos;s average mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the average of the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one dot per day: its average mood, coloured by mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the average of the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged in this stretch yet. Once you note a few moods, they&apos;ll show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days with a mood noted; on average about “%2” (%3 of 5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodEntryDialog</name>
    <message>
        <source>Edit mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. walk, work, cooking; Enter adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you were with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a name; Enter adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you&apos;d like to remember about now (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the mood is needed. Everything else is there if it helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the mood is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how you feel first: one of the five moods at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this mood?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry and its note will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodPage</name>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet record of how you&apos;ve been. Every day counts, logged or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feeling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent moods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent moods; press Enter to edit one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent moods status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log with details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a mood with details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Daylio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import moods from Daylio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moods match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moods yet. The buttons above take a second, whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this mood?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoodSettingsGroup</name>
    <message>
        <source>Mood and check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the mood names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to note my mood each day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily mood reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest re-taking a check-in after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood names, 1 to 5:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest re-taking a check-in after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t change that just now. Your earlier choice is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of the five moods needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is open. Its passphrase file was missing or damaged, so please choose a passphrase for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NudgeBanner</name>
    <message>
        <source>A gentle reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Welcome to Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match yet. Please type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It locks your vault. You&apos;ll type it when Companion asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep it somewhere safe. If you forget it, the only way back in is the recovery code on the next page: nobody else, not even us, can open your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About forgetting the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseQuestion</name>
    <message>
        <source>A pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last contact %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who matter to you, and a gentle sense of when to say hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circles map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note a chat, a call or a visit (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, numbers, tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one here yet. Add someone you&apos;d like to stay close to, or import your contacts, and Companion will keep a kind eye on when you last talked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches. Try fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re in touch with everyone as often as you hoped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person might enjoy a hello soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people might enjoy a hello soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person might enjoy a hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people might enjoy a hello, whenever you have the energy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file isn&apos;t a picture Companion can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change p&amp;hoto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;hoto…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· Last contact: %1 · %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: no reminders for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact over the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>felt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted yet. Your first hello will show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this interaction?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, as you think of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the circle&apos;s usual rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be in touch every so many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No birthday noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday year, if you know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a way to &amp;reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a way to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kids&apos; names, what they&apos;re up to, things to ask about…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. school, climbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay in touch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to reach them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived people stay in your history but leave the list and reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the circle&apos;s usual rhythm (%1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and your notes about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can&apos;t be undone. If you&apos;d rather keep your shared history, Archive keeps it and stops reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptDialog</name>
    <message>
        <source>Write a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line or two is plenty. Only you can read this, unless you choose to add it to a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionnaireRunner</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: the number beside an answer chooses it, Enter goes on, Backspace goes back. Your answers are saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers so far are kept; you can continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See my result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One last question. It isn&apos;t part of the score, and you can skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1 to %1 choose an answer, Enter shows your result, Backspace goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickMoodDialog</name>
    <message>
        <source>Log a mood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickMoodRow</name>
    <message>
        <source>Quick mood: keys 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one, or press a key from 1 to 5. You can add more afterwards if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to log a mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add energy, feelings, activities, people or a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a mood with more detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last mood noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log “%1” (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted “%1” at %2. Thank you for checking in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken back. Log another whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachOutPanel</name>
    <message>
        <source>Reach out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number or address noted yet. Edit to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ways to reach them yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach out note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this computer opens that link; the details are copied instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged. Nice to stay in touch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReachOutTodayCard</name>
    <message>
        <source>Reach out today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is waiting on a hello today. Enjoy your day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people who matter to you on the People page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last talked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a chat with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this down or keep it in a password manager. It&apos;s the only way in if you forget your passphrase, and it won&apos;t be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once. It opens your vault if the passphrase is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve &amp;saved it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve saved the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it on paper, or keep it in a password manager. Anyone with this code can open your vault, so keep it private. You may also skip this and carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionPromptDialog</name>
    <message>
        <source>A moment to reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for checking in. One question, if you&apos;d like it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words are plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me &amp;gentle reminders to reach out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send me gentle reminders to reach out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many people a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Companion in the tray when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Companion when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are kind suggestions, never streaks. Quiet hours and days off mean nothing arrives then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable summary to bring to a therapist or doctor. You choose what goes in; nothing leaves this computer unless you share the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end comes before the start; change one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries stay out unless you include them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You didn&apos;t write anything in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each entry you want to share; none is included until you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one thing to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces what Companion holds now with the backup. Your current vault is first saved as a backup in your profile&apos;s backups folder, so nothing is lost. Companion then reopens with the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase that was in use when the backup was made:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code of the vault in the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion backups (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase or its recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>%1 result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, question 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can help you notice changes over time, and it&apos;s yours to share or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers with their scored values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can I talk to?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <source>Results, newest first; Delete removes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result keeps the answers as you gave them, so it can be removed but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 · “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this result?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate encryption key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion re-encrypts your whole vault under a brand-new key. Your passphrase stays the same; your recovery code changes, and the old one (and backups made before) still open only the old copies. This can take a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the encryption key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesEditorDialog</name>
    <message>
        <source>Categories and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories you note screen time in. Rename them (double-click), add your own, or change their order. “Other” always stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen-time categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How imported apps and websites are sorted. The first rule that matches wins; anything no rule matches counts as Other. App names match whole words; a website matches its subdomains too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category rules, first match wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the rule up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the rule down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the built-in rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: app or website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyCard</name>
    <message>
        <source>In an emergency, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency, call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: call %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: text %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyCardWidget</name>
    <message>
        <source>See who to talk to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <source>Screen &amp; boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens can bring people closer or leave us lonelier; this is for noticing, not judging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note your screen time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from ActivityWatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import screen time from ActivityWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories and &amp;rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit categories and rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenSettingsGroup</name>
    <message>
        <source>Screen time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let Companion read from ActivityWatch on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from ActivityWatch on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of the evening boundary check-in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check-in reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check-in reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause before opening an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an app or site one of your boundaries covers comes to the front during its hours, Companion gently asks the boundary&apos;s intention, at most once an hour. You answer “Go ahead” or “Not now”; nothing is ever blocked. This uses ActivityWatch on this computer (127.0.0.1) and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the pause before opening an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActivityWatch status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActivityWatch isn&apos;t running on this computer, so there is nothing to pause for yet. To use this, install ActivityWatch from activitywatch.net and start it (it runs in the background, with its window watcher); Companion will notice it by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>What to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfReportEditor</name>
    <message>
        <source>Note your screen time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day to note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note screen time by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note screen time as one total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the screen time for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear what you noted for this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen time status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted %1 for %2. Thank you for looking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for help lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Need help now?” shows the crisis lines for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;day ends at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moods, notes and check-ins from after midnight until this time count for the day before, so a late evening stays part of its day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About when your day ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Follow the system” changes with your computer&apos;s light or dark mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask for my passphrase at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for my passphrase at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About asking for the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is kept in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion asks for your passphrase each time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system keyring opens Companion for you, so there&apos;s nothing to type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s no system keyring on this computer, so Companion will still ask for your passphrase at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextEditDialog</name>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s all for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else needs you right now. Everything here is optional, and it&apos;s nice that you stopped by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s here in the tray so reminders can reach you. Choose Quit to close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedChips</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it didn&apos;t open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you saved when you set up Companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingCard</name>
    <message>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <source>Screen time this week by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours of the categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stacked bars of screen time per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekRecords</name>
    <message>
        <source>What you noted this week; Enter edits, Delete removes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted this week yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · screen time you noted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · screen time from ActivityWatch: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen time for that day removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyView</name>
    <message>
        <source>Your week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen time this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood and screen time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screen time noted this week. Note a day above or import from ActivityWatch, whenever you like. Screens can bring people closer or leave us lonelier; this is for noticing, not judging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in all over %2 days with a figure, about %3 a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no check-ins this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept on %2 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept on %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, partly on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checked in on %2 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checked in on %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, partly kept on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paused before opening an app once this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paused before opening an app %1 times this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boundaries yet; add one above if it would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reflections this week. They come after the evening check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It counts days that have both a mood and a screen-time figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet place to look after the relationships that hold you up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write here stays on this computer, encrypted. Nothing is sent anywhere, and there&apos;s no account to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters: notes about the people you love and how you feel are among the most private things there are. Only you should be able to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why privacy matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up takes about a minute: a passphrase, and where you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkDialog</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… anything already written will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearInPixels</name>
    <message>
        <source>Year in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the year as a text list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the year, coloured by mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days with a mood, as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 of 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days noted in %2. Hover over a square to see its day and mood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as squares</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Companion is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault can&apos;t be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion can&apos;t use its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion can&apos;t open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion couldn&apos;t finish opening your vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>combo</name>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else / not listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Companion. This is our mistake, not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved data is safe: every change is saved as a whole or not at all. If it keeps happening, the details below help us fix it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nudges</name>
    <message>
        <source>Open Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Need help now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines and emergency numbers (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <source>Contact over the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for a hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bit draining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat noted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Remove?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo it for a few seconds afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1’s birthday, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(turns %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
