<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>satchel</name>
    <message>
        <source>Satchel: offline-first learning.</source>
        <translation>Satchel : l’apprentissage qui fonctionne d’abord hors ligne.</translation>
    </message>
    <message>
        <source>The sync server to use, e.g. https://school.example.</source>
        <translation>Le serveur de synchronisation à utiliser, par ex. https://school.example.</translation>
    </message>
    <message>
        <source>The UI language (%1); default: the system&apos;s.</source>
        <translation>La langue de l’interface (%1) ; par défaut : celle du système.</translation>
    </message>
    <message>
        <source>Show each screen, save a screenshot of it into DIR, and quit.</source>
        <translation>Afficher chaque écran, en enregistrer une capture dans DIR, puis quitter.</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>Ce n’est pas une adresse de serveur : %1</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;; choose one of: %2</source>
        <translation>Langue inconnue « %1 » ; choisissez parmi : %2</translation>
    </message>
    <message>
        <source>Keep the local database and downloads in DIR.</source>
        <translation>Conserver la base locale et les téléchargements dans DIR.</translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoJourney</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Impossible d’écrire la capture %1</translation>
    </message>
    <message>
        <source>The demo step for %1 did not complete in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo student could not sign in: %1</source>
        <translation>L&apos;étudiant de démonstration n&apos;a pas pu se connecter : %1</translation>
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
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Rechercher des cours</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>Aucun cours ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No courses yet.
Sign in to your school&apos;s server to see its catalog, or import a course file.</source>
        <translation>Pas encore de cours.
Connectez-vous au serveur de votre établissement pour voir son catalogue, ou importez un fichier de cours.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CourseCardDelegate</name>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Téléchargement %1 %</translation>
    </message>
    <message>
        <source>Offline ✓</source>
        <translation>Hors ligne ✓</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Échec du téléchargement</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n leçon</numerusform>
            <numerusform>%n leçons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::ui::CourseOutlineModel</name>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Pas encore fait</translation>
    </message>
    <message>
        <source>Score %1/%2</source>
        <translation>Score %1/%2</translation>
    </message>
    <message>
        <source>Score %1/%2 (awaiting grade)</source>
        <translation>Score %1/%2 (note en attente)</translation>
    </message>
    <message>
        <source>Awaiting grade</source>
        <translation>Note en attente</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>En ligne uniquement</translation>
    </message>
    <message>
        <source>%1% watched</source>
        <translation>%1 % regardé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CoursePage</name>
    <message>
        <source>%p% complete</source>
        <translation>%p % terminé</translation>
    </message>
    <message>
        <source>Course progress: %1%</source>
        <translation>Progression du cours : %1 %</translation>
    </message>
    <message>
        <source>Not downloaded (%1)</source>
        <translation>Non téléchargé (%1)</translation>
    </message>
    <message>
        <source>Downloading… %1%</source>
        <translation>Téléchargement… %1 %</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible hors ligne</translation>
    </message>
    <message>
        <source>Download failed; try again</source>
        <translation>Échec du téléchargement ; réessayez</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Retour au catalogue</translation>
    </message>
    <message>
        <source>Download for offline use</source>
        <translation>Télécharger pour l&apos;utiliser hors ligne</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>À &amp;propos de Satchel</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Aucun serveur configuré</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>À propos de Satchel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline-first learning: courses, videos, readings and quizzes that work with or without a connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;L’apprentissage hors ligne d’abord : cours, vidéos, lectures et quiz qui fonctionnent avec ou sans connexion.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This course cannot be opened while offline.</source>
        <translation>Ce cours ne peut pas être ouvert hors ligne.</translation>
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
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>My &amp;progress</source>
        <translation>Ma &amp;progression</translation>
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
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Back to course</source>
        <translation>Retour au cours</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Couper le son (M)</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Plein écran (F)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ProgressChart</name>
    <message>
        <source>Overall progress: %1%</source>
        <translation>Progression globale : %1 %</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ProgressPage</name>
    <message>
        <source>My progress</source>
        <translation>Ma progression</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Retour au catalogue</translation>
    </message>
    <message>
        <source>Overall: %1% of your courses completed</source>
        <translation>Au total : %1 % de vos cours terminés</translation>
    </message>
</context>
<context>
    <name>satchel::ui::QuizPage</name>
    <message>
        <source>This lesson has no quiz.</source>
        <translation>Cette leçon n&apos;a pas de quiz.</translation>
    </message>
    <message>
        <source>Practice quiz: your score is shown as soon as you submit.</source>
        <translation>Quiz d&apos;entraînement : votre score s&apos;affiche dès l&apos;envoi.</translation>
    </message>
    <message>
        <source>Graded quiz: your score counts once the server has graded it.</source>
        <translation>Quiz noté : votre score compte une fois noté par le serveur.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 sur %2 points</translation>
    </message>
    <message>
        <source>Passed: %1.</source>
        <translation>Réussi : %1.</translation>
    </message>
    <message>
        <source>Not passed yet: %1. You can try again.</source>
        <translation>Pas encore réussi : %1. Vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Provisional score: %1. Awaiting the server&apos;s grade.</source>
        <translation>Score provisoire : %1. En attente de la note du serveur.</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Temps restant : %1:%2</translation>
    </message>
    <message>
        <source>Back to course</source>
        <translation>Retour au cours</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Envoyer les réponses</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ReadingPage</name>
    <message>
        <source>Back to course</source>
        <translation>Retour au cours</translation>
    </message>
</context>
<context>
    <name>satchel::ui::RejectedEventsDialog</name>
    <message>
        <source>Changes the server did not accept</source>
        <translation>Modifications refusées par le serveur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you did has been accepted by the server.</source>
        <translation>Le serveur a accepté tout ce que vous avez fait.</translation>
    </message>
    <message>
        <source>The server kept these changes aside. They are still saved on this computer; nothing was thrown away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation>Réponses au quiz</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Progression de la leçon</translation>
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
        <translation>Saisissez l&apos;adresse du serveur de votre établissement, p. ex. https://learn.school.example</translation>
    </message>
    <message>
        <source>Enter your email and your password.</source>
        <translation>Saisissez votre e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Welcome to Satchel</source>
        <translation>Bienvenue dans Satchel</translation>
    </message>
    <message>
        <source>Sign in with the account your school gave you. Everything you learn is saved on this computer and synced whenever you are online.</source>
        <translation>Connectez-vous avec le compte fourni par votre établissement. Tout ce que vous apprenez est enregistré sur cet ordinateur et synchronisé dès que vous êtes en ligne.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>I don&apos;t have an account yet: create one</source>
        <translation>Je n&apos;ai pas encore de compte : en créer un</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
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
        <translation>Le serveur est injoignable. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The email or the password is not right.</source>
        <translation>L&apos;e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This server does not allow that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this email already exists.</source>
        <translation>Un compte existe déjà avec cet e-mail.</translation>
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
        <translation>Une erreur s&apos;est produite sur le serveur. Réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SyncIndicator</name>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n demande votre attention</numerusform>
            <numerusform>%n demandent votre attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>État de la synchronisation : %1</translation>
    </message>
    <message>
        <source>Show what was not accepted by the server</source>
        <translation>Afficher ce que le serveur n&apos;a pas accepté</translation>
    </message>
</context>
<context>
    <name>satchel::ui::WatchedBar</name>
    <message>
        <source>Watched: %1%</source>
        <translation>Regardé : %1 %</translation>
    </message>
</context>
</TS>
