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
        <source>The UI language (%1); default: the system&apos;s.</source>
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
        <source>Unknown language &apos;%1&apos;; choose one of: %2</source>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
Sign in to your school&apos;s server to see its catalog, or import a course file.</source>
        <translation>Noch keine Kurse.
Melden Sie sich am Server Ihrer Schule an, um den Katalog zu sehen, oder importieren Sie eine Kursdatei.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video is not downloaded and the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reading is not downloaded and the server cannot be reached.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Provisional score: %1. Awaiting the server&apos;s grade.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you did has been accepted by the server.</source>
        <translation>Der Server hat alles angenommen, was Sie getan haben.</translation>
    </message>
    <message>
        <source>The server kept these changes aside. They are still saved on this computer; nothing was thrown away.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course was changed or removed. Update the course from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not record this. Contact your school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another device recorded something different. Nothing to do: the server keeps the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was damaged. Please report it to your school&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>satchel::ui::SignInPage</name>
    <message>
        <source>Enter your school&apos;s server address, e.g. https://learn.school.example</source>
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
        <source>I don&apos;t have an account yet: create one</source>
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
</context>
<context>
    <name>satchel::ui::StudentController</name>
    <message>
        <source>Cannot open the local database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this email already exists.</source>
        <translation>Ein Konto mit dieser E-Mail gibt es bereits.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server speaks a newer protocol: please update Satchel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again later.</source>
        <translation>Auf dem Server ist etwas schiefgegangen. Versuchen Sie es später erneut.</translation>
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
    <name>satchel::ui::WatchedBar</name>
    <message>
        <source>Watched: %1%</source>
        <translation>Angesehen: %1 %</translation>
    </message>
</context>
</TS>
