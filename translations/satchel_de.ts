<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>satchel</name>
    <message>
        <source>Satchel: offline-first learning.</source>
        <translation>Satchel: Lernen, das offline zuerst funktioniert.</translation>
    </message>
    <message>
        <source>The sync server to use, e.g. https://school.example.</source>
        <translation>Der zu verwendende Synchronisationsserver, z. B. https://school.example.</translation>
    </message>
    <message>
        <source>The UI language (%1); default: the system's.</source>
        <translation>Die Sprache der Oberfläche (%1); Standard: die des Systems.</translation>
    </message>
    <message>
        <source>Show each screen, save a screenshot of it into DIR, and quit.</source>
        <translation>Jede Ansicht zeigen, ein Bildschirmfoto davon in DIR speichern und beenden.</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>Keine Serveradresse: %1</translation>
    </message>
    <message>
        <source>Unknown language '%1'; choose one of: %2</source>
        <translation>Unbekannte Sprache „%1“; wählen Sie eine aus: %2</translation>
    </message>
    <message>
        <source>Keep the local database and downloads in DIR.</source>
        <translation>Die lokale Datenbank und Downloads in DIR ablegen.</translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoJourney</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Das Bildschirmfoto %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The demo step for %1 did not complete in time</source>
        <translation>Der Demo-Schritt für %1 wurde nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>The demo student could not sign in: %1</source>
        <translation>Der Demo-Student konnte sich nicht anmelden: %1</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CatalogModel</name>
    <message numerus="yes">
        <source>%n lesson(s), %1 complete</source>
        <translation><numerusform>%n Lektion, %1 erledigt</numerusform><numerusform>%n Lektionen, %1 erledigt</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Kurse durchsuchen</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>Kein Kurs passt zu „%1“.</translation>
    </message>
    <message>
        <source>No courses yet.
Sign in to your school's server to see its catalog, or import a course file.</source>
        <translation>Noch keine Kurse.
Melden Sie sich am Server Ihrer Schule an, um den Katalog zu sehen, oder importieren Sie eine Kursdatei.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) this week</source>
        <translation>
            <numerusform>%n Lernender diese Woche</numerusform>
            <numerusform>%n Lernende diese Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>Popular &amp;this week</source>
        <translation>&amp;Diese Woche beliebt</translation>
    </message>
    <message>
        <source>Popular this week</source>
        <translation>Diese Woche beliebt</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CourseCardDelegate</name>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht eingeschrieben</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Wird geladen: %1 %</translation>
    </message>
    <message>
        <source>Offline ✓</source>
        <translation>Offline ✓</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n Lektion</numerusform>
            <numerusform>%n Lektionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::ui::CourseOutlineModel</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Noch nicht bearbeitet</translation>
    </message>
    <message>
        <source>Score %1/%2</source>
        <translation>Punkte %1/%2</translation>
    </message>
    <message>
        <source>Score %1/%2 (awaiting grade)</source>
        <translation>Punkte %1/%2 (Bewertung ausstehend)</translation>
    </message>
    <message>
        <source>Awaiting grade</source>
        <translation>Bewertung ausstehend</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>Nur online</translation>
    </message>
    <message>
        <source>%1% watched</source>
        <translation>%1 % angesehen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CoursePage</name>
    <message>
        <source>%p% complete</source>
        <translation>%p % erledigt</translation>
    </message>
    <message>
        <source>Course progress: %1%</source>
        <translation>Kursfortschritt: %1 %</translation>
    </message>
    <message>
        <source>Not downloaded (%1)</source>
        <translation>Nicht heruntergeladen (%1)</translation>
    </message>
    <message>
        <source>Downloading… %1%</source>
        <translation>Wird geladen… %1 %</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Offline verfügbar</translation>
    </message>
    <message>
        <source>Download failed; try again</source>
        <translation>Download fehlgeschlagen; erneut versuchen</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Zurück zum Katalog</translation>
    </message>
    <message>
        <source>Download for offline use</source>
        <translation>Für die Offline-Nutzung herunterladen</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>satchel::ui::DownloadsModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Offline verfügbar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>satchel::ui::DownloadsPage</name>
    <message>
        <source>Disk used: %1</source>
        <translation>Belegter Speicher: %1</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Zurück zum Katalog</translation>
    </message>
    <message>
        <source>Downloaded courses</source>
        <translation>Heruntergeladene Kurse</translation>
    </message>
    <message>
        <source>Nothing downloaded yet.
Open a course and choose “Download for offline use” to keep it on this computer.</source>
        <translation>Noch nichts heruntergeladen.
Öffnen Sie einen Kurs und wählen Sie „Für die Offline-Nutzung herunterladen“, um ihn auf diesem Computer zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>Download anhalten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the download</source>
        <translation>Download fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <source>Re&amp;move offline copy</source>
        <translation>Offline-Kopie &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the course's offline copy</source>
        <translation>Offline-Kopie des Kurses entfernen</translation>
    </message>
</context>
<context>
    <name>satchel::ui::MainWindow</name>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>Ü&amp;ber Satchel</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Kein Server eingerichtet</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>Über Satchel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline-first learning: courses, videos, readings and quizzes that work with or without a connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Lernen, das offline zuerst funktioniert: Kurse, Videos, Texte und Quizze, mit oder ohne Verbindung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This course cannot be opened while offline.</source>
        <translation>Dieser Kurs lässt sich offline nicht öffnen.</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet…</translation>
    </message>
    <message>
        <source>This video is not downloaded and the server cannot be reached.</source>
        <translation>Dieses Video ist nicht heruntergeladen und der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>This reading is not downloaded and the server cannot be reached.</source>
        <translation>Dieser Text ist nicht heruntergeladen und der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>My &amp;progress</source>
        <translation>Mein &amp;Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>E&amp;instellungen</translation>
    </message>
    <message>
        <source>&amp;Notifications (%1)</source>
        <translation>&amp;Benachrichtigungen (%1)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>%1 unread notifications</source>
        <translation>%1 ungelesene Benachrichtigungen</translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Keine ungelesenen Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
</context>
<context>
    <name>satchel::ui::NotificationsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Unread: %1. %2</source>
        <translation>Ungelesen: %1. %2</translation>
    </message>
</context>
<context>
    <name>satchel::ui::NotificationsPage</name>
    <message>
        <source>No notifications yet. Announcements, grades and new course versions appear here.</source>
        <translation>Noch keine Benachrichtigungen. Ankündigungen, Bewertungen und neue Kursversionen erscheinen hier.</translation>
    </message>
    <message>
        <source>Sign in to see your notifications.</source>
        <translation>Melden Sie sich an, um Ihre Benachrichtigungen zu sehen.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Zurück zum Katalog</translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation>Alle als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark all notifications read</source>
        <translation>Alle Benachrichtigungen als gelesen markieren</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Benachrichtigungen, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>satchel::ui::PlayerPage</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Back to course</source>
        <translation>Zurück zum Kurs</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Stumm (M)</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Vollbild (F)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Wird gestreamt</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>UT</translation>
    </message>
    <message>
        <source>Captions (C)</source>
        <translation>Untertitel (C)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ProgressChart</name>
    <message>
        <source>Overall progress: %1%</source>
        <translation>Gesamtfortschritt: %1 %</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ProgressPage</name>
    <message>
        <source>My progress</source>
        <translation>Mein Fortschritt</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Zurück zum Katalog</translation>
    </message>
    <message>
        <source>Overall: %1% of your courses completed</source>
        <translation>Insgesamt: %1 % Ihrer Kurse abgeschlossen</translation>
    </message>
</context>
<context>
    <name>satchel::ui::QuizPage</name>
    <message>
        <source>This lesson has no quiz.</source>
        <translation>Diese Lektion hat kein Quiz.</translation>
    </message>
    <message>
        <source>Practice quiz: your score is shown as soon as you submit.</source>
        <translation>Übungsquiz: Ihr Ergebnis erscheint, sobald Sie abgeben.</translation>
    </message>
    <message>
        <source>Graded quiz: your score counts once the server has graded it.</source>
        <translation>Bewertetes Quiz: Ihr Ergebnis zählt, sobald der Server es bewertet hat.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Eine Zahl</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 von %2 Punkten</translation>
    </message>
    <message>
        <source>Passed: %1.</source>
        <translation>Bestanden: %1.</translation>
    </message>
    <message>
        <source>Not passed yet: %1. You can try again.</source>
        <translation>Noch nicht bestanden: %1. Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Provisional score: %1. Awaiting the server's grade.</source>
        <translation>Vorläufiges Ergebnis: %1. Die Bewertung des Servers steht noch aus.</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Verbleibende Zeit: %1:%2</translation>
    </message>
    <message>
        <source>Back to course</source>
        <translation>Zurück zum Kurs</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Antworten abgeben</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Graded quiz: the server grades your answers; your score is shown once it has.</source>
        <translation>Bewertetes Quiz: Der Server bewertet Ihre Antworten; Ihr Ergebnis erscheint, sobald er das getan hat.</translation>
    </message>
    <message>
        <source>Answers submitted. Awaiting the server's grade.</source>
        <translation>Antworten abgegeben. Die Bewertung des Servers steht noch aus.</translation>
    </message>
    <message>
        <source>Graded by the server. Passed: %1.</source>
        <translation>Vom Server bewertet. Bestanden: %1.</translation>
    </message>
    <message>
        <source>Graded by the server. Not passed yet: %1.</source>
        <translation>Vom Server bewertet. Noch nicht bestanden: %1.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ReadingPage</name>
    <message>
        <source>Back to course</source>
        <translation>Zurück zum Kurs</translation>
    </message>
</context>
<context>
    <name>satchel::ui::RejectedEventsDialog</name>
    <message>
        <source>Changes the server did not accept</source>
        <translation>Änderungen, die der Server nicht angenommen hat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Was Sie tun können</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Everything you did has been accepted by the server.</source>
        <translation>Der Server hat alles angenommen, was Sie getan haben.</translation>
    </message>
    <message>
        <source>The server kept these changes aside. They are still saved on this computer; nothing was thrown away.</source>
        <translation>Der Server hat diese Änderungen zurückgestellt. Sie sind weiterhin auf diesem Computer gespeichert; nichts wurde verworfen.</translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation>Quizantworten</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Lektionsfortschritt</translation>
    </message>
    <message>
        <source>You are no longer enrolled in this course. Ask your teacher to enrol you again; your progress will then be sent.</source>
        <translation>Sie sind nicht mehr in diesen Kurs eingeschrieben. Bitten Sie Ihre Lehrkraft, Sie wieder einzuschreiben; dann wird Ihr Fortschritt gesendet.</translation>
    </message>
    <message>
        <source>The course was changed or removed. Update the course from the catalog.</source>
        <translation>Der Kurs wurde geändert oder entfernt. Aktualisieren Sie den Kurs über den Katalog.</translation>
    </message>
    <message>
        <source>Your account may not record this. Contact your school.</source>
        <translation>Ihr Konto darf dies nicht aufzeichnen. Wenden Sie sich an Ihre Schule.</translation>
    </message>
    <message>
        <source>Another device recorded something different. Nothing to do: the server keeps the newest.</source>
        <translation>Ein anderes Gerät hat etwas anderes aufgezeichnet. Sie müssen nichts tun: Der Server behält das Neueste.</translation>
    </message>
    <message>
        <source>The change was damaged. Please report it to your school's support.</source>
        <translation>Die Änderung war beschädigt. Bitte melden Sie das dem Support Ihrer Schule.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SettingsPage</name>
    <message>
        <source>Enter your school's server address, e.g. https://learn.school.example</source>
        <translation>Geben Sie die Serveradresse Ihrer Schule ein, z. B. https://learn.school.example</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Zurück zum Katalog</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>Diesen Server &amp;verwenden</translation>
    </message>
    <message>
        <source>Changing the server signs you out; your downloads stay.</source>
        <translation>Ein Serverwechsel meldet Sie ab; Ihre Downloads bleiben.</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>Download-&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Download-Ordner wählen</translation>
    </message>
    <message>
        <source>A new folder is used from the next start. Courses downloaded before stay in the old folder until you remove their offline copy.</source>
        <translation>Ein neuer Ordner gilt ab dem nächsten Start. Bereits heruntergeladene Kurse bleiben im alten Ordner, bis Sie ihre Offline-Kopie entfernen.</translation>
    </message>
    <message>
        <source>Download &amp;limit:</source>
        <translation>Download-&amp;Limit:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Download bandwidth limit in KiB per second</source>
        <translation>Download-Bandbreitenlimit in KiB pro Sekunde</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies at once.</source>
        <translation>Die neue Sprache gilt sofort.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>The notifications panel and its unread count work either way.</source>
        <translation>Der Benachrichtigungsbereich und seine Zahl ungelesener Benachrichtigungen funktionieren in beiden Fällen.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Sign out and forget the saved sign-in</source>
        <translation>Abmelden und gespeicherte Anmeldung vergessen</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keychain; signing out removes it.</source>
        <translation>Ihre Anmeldung liegt im Schlüsselbund des Systems; Abmelden entfernt sie.</translation>
    </message>
    <message>
        <source>Your sign-in is not remembered on this computer.</source>
        <translation>Ihre Anmeldung wird auf diesem Computer nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SignInPage</name>
    <message>
        <source>Enter your school's server address, e.g. https://learn.school.example</source>
        <translation>Geben Sie die Serveradresse Ihrer Schule ein, z. B. https://learn.school.example</translation>
    </message>
    <message>
        <source>Enter your email and your password.</source>
        <translation>Geben Sie Ihre E-Mail und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Welcome to Satchel</source>
        <translation>Willkommen bei Satchel</translation>
    </message>
    <message>
        <source>Sign in with the account your school gave you. Everything you learn is saved on this computer and synced whenever you are online.</source>
        <translation>Melden Sie sich mit dem Konto Ihrer Schule an. Alles, was Sie lernen, wird auf diesem Computer gespeichert und synchronisiert, sobald Sie online sind.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>I don't have an account yet: create one</source>
        <translation>Ich habe noch kein Konto: eines erstellen</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>This computer has no keychain service, so Satchel cannot remember your sign-in: you will be asked to sign in at each start.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund-Dienst, daher kann sich Satchel Ihre Anmeldung nicht merken: Sie werden bei jedem Start gefragt.</translation>
    </message>
    <message>
        <source>The keychain did not give Satchel your saved sign-in. Please sign in again.</source>
        <translation>Der Schlüsselbund hat Satchel Ihre gespeicherte Anmeldung nicht gegeben. Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::StudentController</name>
    <message>
        <source>Cannot open the local database: %1</source>
        <translation>Die lokale Datenbank lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1</source>
        <translation>Ihr Fortschritt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Another student's work on this computer has not reached the server yet (changes waiting: %1). That student must sign in once while online so it is sent; then you can sign in.</source>
        <translation>Die Arbeit eines anderen Lernenden auf diesem Computer hat den Server noch nicht erreicht (wartende Änderungen: %1). Dieser Lernende muss sich einmal mit Internetverbindung anmelden, damit sie gesendet wird; danach können Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Signing in failed: the local database could not be updated (%1).</source>
        <translation>Die Anmeldung ist fehlgeschlagen: Die lokale Datenbank konnte nicht aktualisiert werden (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The email or the password is not right.</source>
        <translation>E-Mail oder Passwort stimmen nicht.</translation>
    </message>
    <message>
        <source>This server does not allow that.</source>
        <translation>Dieser Server erlaubt das nicht.</translation>
    </message>
    <message>
        <source>An account with this email already exists.</source>
        <translation>Ein Konto mit dieser E-Mail gibt es bereits.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>This server speaks a newer protocol: please update Satchel.</source>
        <translation>Dieser Server spricht ein neueres Protokoll: Bitte aktualisieren Sie Satchel.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again later.</source>
        <translation>Auf dem Server ist etwas schiefgegangen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A download failed (%1).</source>
        <translation>Ein Download ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The offline copy could not be removed: %1</source>
        <translation>Die Offline-Kopie konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Notifications could not be saved: %1</source>
        <translation>Benachrichtigungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SyncIndicator</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Auf dem neuesten Stand</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>Synchronisationsstatus: %1</translation>
    </message>
    <message>
        <source>Show what was not accepted by the server</source>
        <translation>Zeigen, was der Server nicht angenommen hat</translation>
    </message>
</context>
<context>
    <name>satchel::ui::TrayNotifier</name>
    <message>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message numerus="yes">
        <source>Satchel — %n unread notification(s)</source>
        <translation><numerusform>Satchel — %n ungelesene Benachrichtigung</numerusform><numerusform>Satchel — %n ungelesene Benachrichtigungen</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::WatchedBar</name>
    <message>
        <source>Watched: %1%</source>
        <translation>Angesehen: %1 %</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseDocument</name>
    <message>
        <source>Add module</source>
        <translation>Modul hinzufügen</translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation>Modul löschen</translation>
    </message>
    <message>
        <source>Rename module</source>
        <translation>Modul umbenennen</translation>
    </message>
    <message>
        <source>Move module</source>
        <translation>Modul verschieben</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>Lektion hinzufügen</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>Lektion löschen</translation>
    </message>
    <message>
        <source>Rename lesson</source>
        <translation>Lektion umbenennen</translation>
    </message>
    <message>
        <source>Move lesson</source>
        <translation>Lektion verschieben</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseEditorPage</name>
    <message>
        <source>Select a lesson to edit it, or add one.</source>
        <translation>Wählen Sie eine Lektion aus, um sie zu bearbeiten, oder fügen Sie eine hinzu.</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Meine Kurse</translation>
    </message>
    <message>
        <source>Add module</source>
        <translation>Modul hinzufügen</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>Neues Modul</translation>
    </message>
    <message>
        <source>Add video</source>
        <translation>Video hinzufügen</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <source>Add quiz</source>
        <translation>Quiz hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig:</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Course settings</source>
        <translation>Kurseinstellungen</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <source>Module 1</source>
        <translation>Modul 1</translation>
    </message>
    <message>
        <source>New video</source>
        <translation>Neues Video</translation>
    </message>
    <message>
        <source>New reading</source>
        <translation>Neuer Text</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>Neues Quiz</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseSettingsPanel</name>
    <message>
        <source>Open: any student may enroll</source>
        <translation>Offen: Alle Lernenden können sich einschreiben</translation>
    </message>
    <message>
        <source>By invitation only</source>
        <translation>Nur auf Einladung</translation>
    </message>
    <message>
        <source>Quizzes count as completed only when passed</source>
        <translation>Quizze gelten erst als abgeschlossen, wenn sie bestanden sind</translation>
    </message>
    <message>
        <source>e.g. en, de, fr-CA</source>
        <translation>z. B. en, de, fr-CA</translation>
    </message>
    <message>
        <source> % watched</source>
        <translation> % angesehen</translation>
    </message>
    <message>
        <source>Opening is enough</source>
        <translation>Öffnen genügt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Server's default</source>
        <translation>Standard des Servers</translation>
    </message>
    <message>
        <source> days inactive</source>
        <translation> Tage inaktiv</translation>
    </message>
    <message>
        <source>0 sends no reminders for this course</source>
        <translation>0 sendet für diesen Kurs keine Erinnerungen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Einschreibung</translation>
    </message>
    <message>
        <source>Completion rules</source>
        <translation>Abschlussregeln</translation>
    </message>
    <message>
        <source>Video lessons:</source>
        <translation>Videolektionen:</translation>
    </message>
    <message>
        <source>Readings, time spent:</source>
        <translation>Texte, Lesezeit:</translation>
    </message>
    <message>
        <source>Remind a student after:</source>
        <translation>Lernende erinnern nach:</translation>
    </message>
    <message>
        <source>Change course settings</source>
        <translation>Kurseinstellungen ändern</translation>
    </message>
    <message>
        <source>Edit course details</source>
        <translation>Kursangaben bearbeiten</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseTreeModel</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n Lektion</numerusform>
            <numerusform>%n Lektionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::EditorHook</name>
    <message>
        <source>My &amp;courses</source>
        <translation>Meine &amp;Kurse</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Neuer Kurs…</translation>
    </message>
    <message>
        <source>Your course drafts on this computer, also offline</source>
        <translation>Ihre Kursentwürfe auf diesem Computer, auch offline</translation>
    </message>
    <message>
        <source>Start a new course draft</source>
        <translation>Einen neuen Kursentwurf beginnen</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::EditorWidget</name>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Dieser Entwurf existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::MyCoursesPage</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Neuer Kurs…</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Meine Kurse</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Neuer Kurs</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Delete this draft from this computer? Published versions stay on the server.</source>
        <translation>Diesen Entwurf von diesem Computer löschen? Veröffentlichte Versionen bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>published version %1</source>
        <translation>veröffentlichte Version %1</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>nie veröffentlicht</translation>
    </message>
    <message>
        <source>%1 — %2, changed %3</source>
        <translation>%1 — %2, geändert %3</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::PublishDialog</name>
    <message>
        <source>Module added: %1</source>
        <translation>Modul hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Lesson added: %1</source>
        <translation>Lektion hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Module removed: %1</source>
        <translation>Modul entfernt: %1</translation>
    </message>
    <message>
        <source>Lesson removed: %1</source>
        <translation>Lektion entfernt: %1</translation>
    </message>
    <message>
        <source>Module renamed: %1 → %2</source>
        <translation>Modul umbenannt: %1 → %2</translation>
    </message>
    <message>
        <source>Lesson renamed: %1 → %2</source>
        <translation>Lektion umbenannt: %1 → %2</translation>
    </message>
    <message>
        <source>Module moved: %1</source>
        <translation>Modul verschoben: %1</translation>
    </message>
    <message>
        <source>Lesson moved: %1</source>
        <translation>Lektion verschoben: %1</translation>
    </message>
    <message>
        <source>Course details changed</source>
        <translation>Kursangaben geändert</translation>
    </message>
    <message>
        <source>Lesson changed: %1</source>
        <translation>Lektion geändert: %1</translation>
    </message>
    <message>
        <source>Lesson “%1”</source>
        <translation>Lektion „%1“</translation>
    </message>
    <message>
        <source>Module “%1”</source>
        <translation>Modul „%1“</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>the course needs a title</source>
        <translation>der Kurs braucht einen Titel</translation>
    </message>
    <message>
        <source>the course has no lessons yet</source>
        <translation>der Kurs hat noch keine Lektionen</translation>
    </message>
    <message>
        <source>the module needs a title</source>
        <translation>das Modul braucht einen Titel</translation>
    </message>
    <message>
        <source>the lesson needs a title</source>
        <translation>die Lektion braucht einen Titel</translation>
    </message>
    <message>
        <source>no video imported</source>
        <translation>kein Video importiert</translation>
    </message>
    <message>
        <source>the reading is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>the quiz has no questions</source>
        <translation>das Quiz hat keine Fragen</translation>
    </message>
    <message>
        <source>the quiz is not valid: %1</source>
        <translation>das Quiz ist ungültig: %1</translation>
    </message>
    <message>
        <source>the course cannot be published: %1</source>
        <translation>der Kurs kann nicht veröffentlicht werden: %1</translation>
    </message>
    <message>
        <source>the file %1 is missing</source>
        <translation>die Datei %1 fehlt</translation>
    </message>
    <message>
        <source>the file %1 changed since it was imported; import it again</source>
        <translation>die Datei %1 hat sich seit dem Import geändert; importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish course</source>
        <translation>Kurs veröffentlichen</translation>
    </message>
    <message>
        <source>Problems to fix first:</source>
        <translation>Zuerst zu behebende Probleme:</translation>
    </message>
    <message>
        <source>Changes since the last published version:</source>
        <translation>Änderungen seit der letzten veröffentlichten Version:</translation>
    </message>
    <message>
        <source>First version: everything is new.</source>
        <translation>Erste Version: Alles ist neu.</translation>
    </message>
    <message>
        <source>Nothing changed since version %1.</source>
        <translation>Seit Version %1 hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <translation>Bereit zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>Fix the problems above to publish.</source>
        <translation>Beheben Sie die obigen Probleme, um zu veröffentlichen.</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Dateien werden geprüft…</translation>
    </message>
    <message>
        <source>Updating the course on the server…</source>
        <translation>Kurs wird auf dem Server aktualisiert…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Version %1 is published.</source>
        <translation>Version %1 ist veröffentlicht.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Try again when online.</source>
        <translation>Der Server ist nicht erreichbar. Versuchen Sie es erneut, wenn Sie online sind.</translation>
    </message>
    <message>
        <source>Your account may not publish this course.</source>
        <translation>Ihr Konto darf diesen Kurs nicht veröffentlichen.</translation>
    </message>
    <message>
        <source>The server refused the version (%1).</source>
        <translation>Der Server hat die Version abgelehnt (%1).</translation>
    </message>
    <message>
        <source>An upload failed (HTTP %1). Try again; finished uploads are kept.</source>
        <translation>Ein Upload ist fehlgeschlagen (HTTP %1). Versuchen Sie es erneut; abgeschlossene Uploads bleiben erhalten.</translation>
    </message>
    <message>
        <source>A file could not be read. Check that it is still there.</source>
        <translation>Eine Datei konnte nicht gelesen werden. Prüfen Sie, ob sie noch vorhanden ist.</translation>
    </message>
    <message>
        <source>Publishing was canceled.</source>
        <translation>Die Veröffentlichung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cancel publishing</source>
        <translation>Veröffentlichung abbrechen</translation>
    </message>
    <message>
        <source>Stops uploading; nothing is published and the next publish resumes the uploads</source>
        <translation>Beendet das Hochladen; nichts wird veröffentlicht, und die nächste Veröffentlichung setzt die Uploads fort</translation>
    </message>
    <message>
        <source>Publishing the new version… (too late to cancel)</source>
        <translation>Neue Version wird veröffentlicht… (Abbrechen nicht mehr möglich)</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::QuestionEditor</name>
    <message>
        <source>Case sensitive</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>Multiple answers</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Wahr oder falsch</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Kurzantwort</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Fragetext</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>One accepted answer per line</source>
        <translation>Eine akzeptierte Antwort pro Zeile</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Punkte:</translation>
    </message>
    <message>
        <source>Answer key:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>Auswahl entfernen</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>Neue Auswahl</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>± tolerance:</source>
        <translation>± Toleranz:</translation>
    </message>
    <message>
        <source>or from:</source>
        <translation>oder von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::QuizEditor</name>
    <message>
        <source>Single choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>Multiple answers</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Wahr oder falsch</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Kurzantwort</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Pass threshold:</source>
        <translation>Bestehensgrenze:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <source>Import GIFT…</source>
        <translation>GIFT importieren…</translation>
    </message>
    <message>
        <source>Import GIFT</source>
        <translation>GIFT importieren</translation>
    </message>
    <message>
        <source>GIFT quizzes (*.gift *.txt)</source>
        <translation>GIFT-Quizze (*.gift *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>Edit quiz settings</source>
        <translation>Quiz-Einstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Es wurde nichts importiert:</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported.</source>
        <translation><numerusform>%n Frage importiert.</numerusform><numerusform>%n Fragen importiert.</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::ReadingEditor</name>
    <message>
        <source>Write the reading in Markdown…</source>
        <translation>Schreiben Sie den Text in Markdown…</translation>
    </message>
    <message>
        <source>Edit reading</source>
        <translation>Text bearbeiten</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::VideoLessonEditor</name>
    <message>
        <source>Import video…</source>
        <translation>Video importieren…</translation>
    </message>
    <message>
        <source>Attach captions (WebVTT)…</source>
        <translation>Untertitel anhängen (WebVTT)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Captions:</source>
        <translation>Untertitel:</translation>
    </message>
    <message>
        <source>Import video</source>
        <translation>Video importieren</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.webm *.mkv *.mov)</source>
        <translation>Videos (*.mp4 *.m4v *.webm *.mkv *.mov)</translation>
    </message>
    <message>
        <source>Attach captions</source>
        <translation>Untertitel anhängen</translation>
    </message>
    <message>
        <source>WebVTT captions (*.vtt)</source>
        <translation>WebVTT-Untertitel (*.vtt)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No video yet</source>
        <translation>Noch kein Video</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This file is not a video Satchel can read (no duration).</source>
        <translation>Diese Datei ist kein Video, das Satchel lesen kann (keine Dauer).</translation>
    </message>
    <message>
        <source>The lesson was deleted meanwhile.</source>
        <translation>Die Lektion wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>This is not a WebVTT file (it must start with "WEBVTT").</source>
        <translation>Dies ist keine WebVTT-Datei (sie muss mit „WEBVTT“ beginnen).</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor</name>
    <message>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Only the course's instructor or an administrator may do this.</source>
        <translation>Nur die Lehrkraft des Kurses oder eine Administratorin bzw. ein Administrator darf das.</translation>
    </message>
    <message>
        <source>The server does not know this course (or this version of it).</source>
        <translation>Der Server kennt diesen Kurs (oder diese Version davon) nicht.</translation>
    </message>
    <message>
        <source>The course is archived.</source>
        <translation>Der Kurs ist archiviert.</translation>
    </message>
    <message>
        <source>The server refused the text: check that nothing is empty or too long.</source>
        <translation>Der Server hat den Text abgelehnt: Prüfen Sie, dass nichts leer oder zu lang ist.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server failed. Try again later.</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server sent an answer this version of Satchel does not understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die diese Satchel-Version nicht versteht.</translation>
    </message>
    <message>
        <source>This server speaks a newer protocol: please update Satchel.</source>
        <translation>Dieser Server spricht ein neueres Protokoll: Bitte aktualisieren Sie Satchel.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgelaufen.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>The server refused the export.</source>
        <translation>Der Server hat den Export abgelehnt.</translation>
    </message>
    <message>
        <source>A file of the course could not be downloaded intact. Try again.</source>
        <translation>Eine Datei des Kurses konnte nicht unversehrt heruntergeladen werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file could not be written. Check the folder and the free space.</source>
        <translation>Die Datei konnte nicht geschrieben werden. Prüfen Sie den Ordner und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>This is not a Satchel course file.</source>
        <translation>Dies ist keine Satchel-Kursdatei.</translation>
    </message>
    <message>
        <source>The file is incomplete or damaged (perhaps it was not copied to the end).</source>
        <translation>Die Datei ist unvollständig oder beschädigt (vielleicht wurde sie nicht vollständig kopiert).</translation>
    </message>
    <message>
        <source>The file is damaged: some of its contents do not match their checksums.</source>
        <translation>Die Datei ist beschädigt: Einige Inhalte passen nicht zu ihren Prüfsummen.</translation>
    </message>
    <message>
        <source>The file is incomplete: some of the course's files are missing.</source>
        <translation>Die Datei ist unvollständig: Einige Dateien des Kurses fehlen.</translation>
    </message>
    <message>
        <source>The file was refused: it contains entries a Satchel course never has. It may have been tampered with.</source>
        <translation>Die Datei wurde abgelehnt: Sie enthält Einträge, die ein Satchel-Kurs nie hat. Möglicherweise wurde sie manipuliert.</translation>
    </message>
    <message>
        <source>The file was refused: it is far larger than a course may be once unpacked.</source>
        <translation>Die Datei wurde abgelehnt: Entpackt wäre sie weit größer, als ein Kurs sein darf.</translation>
    </message>
    <message>
        <source>The course description inside the file is invalid.</source>
        <translation>Die Kursbeschreibung in der Datei ist ungültig.</translation>
    </message>
    <message>
        <source>The file uses encryption or compression Satchel does not support.</source>
        <translation>Die Datei verwendet eine Verschlüsselung oder Komprimierung, die Satchel nicht unterstützt.</translation>
    </message>
    <message>
        <source>The file could not be read or unpacked. Check the disk and try again.</source>
        <translation>Die Datei konnte nicht gelesen oder entpackt werden. Prüfen Sie das Laufwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Die Datei konnte nicht importiert werden.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::AnnouncementDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Announce to a course</source>
        <translation>Ankündigung an einen Kurs</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Worum geht es?</translation>
    </message>
    <message>
        <source>Every student enrolled in the course is told at once.</source>
        <translation>Alle in den Kurs eingeschriebenen Lernenden werden sofort benachrichtigt.</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Der Titel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>Die Nachricht ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n student(s) of “%1”.</source>
        <translation><numerusform>An %n Lernenden von „%1“ gesendet.</numerusform><numerusform>An %n Lernenden von „%1“ gesendet.</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <source>Export a course file</source>
        <translation>Kursdatei exportieren</translation>
    </message>
    <message>
        <source>The file holds the course's latest published version with every video, reading and quiz, answer keys included, so that students can learn from it with no server. Hand it only to your students.</source>
        <translation>Die Datei enthält die zuletzt veröffentlichte Version des Kurses mit allen Videos, Texten und Quizzen einschließlich der Lösungen, damit Lernende ohne Server damit lernen können. Geben Sie sie nur an Ihre Lernenden weiter.</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>Asking the server for the course…</source>
        <translation>Kurs wird beim Server angefragt…</translation>
    </message>
    <message>
        <source>Downloading the course's files: %1 of %2…</source>
        <translation>Dateien des Kurses werden heruntergeladen: %1 von %2…</translation>
    </message>
    <message>
        <source>Writing the course file…</source>
        <translation>Kursdatei wird geschrieben…</translation>
    </message>
    <message>
        <source>“%1” (version %2) is saved in %3.</source>
        <translation>„%1“ (Version %2) ist in %3 gespeichert.</translation>
    </message>
    <message>
        <source>Save the course file</source>
        <translation>Kursdatei speichern</translation>
    </message>
    <message>
        <source>Satchel courses (*.satchel)</source>
        <translation>Satchel-Kurse (*.satchel)</translation>
    </message>
    <message>
        <source>“%1” has no published version to export.</source>
        <translation>„%1“ hat keine veröffentlichte Version, die exportiert werden kann.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ImportFlow</name>
    <message>
        <source>Import a course file</source>
        <translation>Kursdatei importieren</translation>
    </message>
    <message>
        <source>Satchel courses (*.satchel)</source>
        <translation>Satchel-Kurse (*.satchel)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>%1 wird geprüft und importiert…</translation>
    </message>
    <message>
        <source>Course imported</source>
        <translation>Kurs importiert</translation>
    </message>
    <message>
        <source>“%1” is on this computer now and works without a connection.</source>
        <translation>„%1“ ist jetzt auf diesem Computer und funktioniert ohne Verbindung.</translation>
    </message>
    <message>
        <source>The course could not be saved on this computer. Check the free disk space and try again.</source>
        <translation>Der Kurs konnte nicht auf diesem Computer gespeichert werden. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::InstructorTools</name>
    <message>
        <source>&amp;Instructor</source>
        <translation>&amp;Kursleitung</translation>
    </message>
    <message>
        <source>&amp;Import course file…</source>
        <translation>Kursdatei &amp;importieren…</translation>
    </message>
    <message>
        <source>Add a course from a .satchel file, for learning without a server</source>
        <translation>Einen Kurs aus einer .satchel-Datei hinzufügen, um ohne Server zu lernen</translation>
    </message>
    <message>
        <source>Course &amp;progress…</source>
        <translation>Kurs&amp;fortschritt…</translation>
    </message>
    <message>
        <source>&amp;Announce to a course…</source>
        <translation>&amp;Ankündigung an einen Kurs…</translation>
    </message>
    <message>
        <source>&amp;Export course file…</source>
        <translation>Kursdatei &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save a published course as a .satchel file to hand over</source>
        <translation>Einen veröffentlichten Kurs als .satchel-Datei zum Weitergeben speichern</translation>
    </message>
    <message numerus="yes">
        <source>Announcement “%1” sent to %n student(s).</source>
        <translation><numerusform>Ankündigung „%1“ an %n Lernenden gesendet.</numerusform><numerusform>Ankündigung „%1“ an %n Lernenden gesendet.</numerusform></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Kursleitung</translation>
    </message>
    <message>
        <source>Your courses, their students' progress, announcements and course files</source>
        <translation>Ihre Kurse, der Fortschritt ihrer Lernenden, Ankündigungen und Kursdateien</translation>
    </message>
    <message>
        <source>Each student's progress and quiz results in a course</source>
        <translation>Fortschritt und Quizergebnisse jedes Lernenden in einem Kurs</translation>
    </message>
    <message>
        <source>Send a message to every student of a course</source>
        <translation>Eine Nachricht an alle Lernenden eines Kurses senden</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ProgressReportDialog</name>
    <message>
        <source>&amp;Quiz results only</source>
        <translation>&amp;Nur Quizergebnisse</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Kursfortschritt</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Lernende suchen</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 could not be written. Check the folder and the free space.</source>
        <translation>%1 konnte nicht geschrieben werden. Prüfen Sie den Ordner und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>There is no published course to report on.</source>
        <translation>Es gibt keinen veröffentlichten Kurs für einen Bericht.</translation>
    </message>
    <message>
        <source>Loading the progress of “%1”…</source>
        <translation>Fortschritt von „%1“ wird geladen…</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Alle Module</translation>
    </message>
    <message>
        <source>No student is enrolled yet.</source>
        <translation>Noch sind keine Lernenden eingeschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation><numerusform>%n Lernender eingeschrieben.</numerusform><numerusform>%n Lernende eingeschrieben.</numerusform></translation>
    </message>
    <message>
        <source>Export progress as CSV</source>
        <translation>Fortschritt als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ProgressReportModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s), not graded</source>
        <translation><numerusform>%n Versuch, nicht bewertet</numerusform><numerusform>%n Versuche, nicht bewertet</numerusform></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation>Aufgewendete Zeit: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Versuche: %1</translation>
    </message>
    <message>
        <source>Best grade: passed</source>
        <translation>Beste Bewertung: bestanden</translation>
    </message>
    <message>
        <source>Best grade: not passed</source>
        <translation>Beste Bewertung: nicht bestanden</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
