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
        <source>The UI language (%1); default: the system's.</source>
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
        <source>Unknown language '%1'; choose one of: %2</source>
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
        <translation>L'étape de démonstration pour %1 ne s'est pas terminée à temps</translation>
    </message>
    <message>
        <source>The demo student could not sign in: %1</source>
        <translation>L'étudiant de démonstration n'a pas pu se connecter : %1</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CatalogModel</name>
    <message numerus="yes">
        <source>%n lesson(s), %1 complete</source>
        <translation><numerusform>%n leçon, %1 terminé</numerusform><numerusform>%n leçons, %1 terminé</numerusform></translation>
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
Sign in to your school's server to see its catalog, or import a course file.</source>
        <translation>Pas encore de cours.
Connectez-vous au serveur de votre établissement pour voir son catalogue, ou importez un fichier de cours.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) this week</source>
        <translation>
            <numerusform>%n apprenant cette semaine</numerusform>
            <numerusform>%n apprenants cette semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>Popular &amp;this week</source>
        <translation>Populaires ce&amp;tte semaine</translation>
    </message>
    <message>
        <source>Popular this week</source>
        <translation>Populaires cette semaine</translation>
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
        <translation>Télécharger pour l'utiliser hors ligne</translation>
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
    <name>satchel::ui::DownloadsModel</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible hors ligne</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>satchel::ui::DownloadsPage</name>
    <message>
        <source>Disk used: %1</source>
        <translation>Espace utilisé : %1</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Retour au catalogue</translation>
    </message>
    <message>
        <source>Downloaded courses</source>
        <translation>Cours téléchargés</translation>
    </message>
    <message>
        <source>Nothing downloaded yet.
Open a course and choose “Download for offline use” to keep it on this computer.</source>
        <translation>Rien n'est encore téléchargé.
Ouvrez un cours et choisissez « Télécharger pour l'utiliser hors ligne » pour le garder sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>Mettre le téléchargement en pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Resume the download</source>
        <translation>Reprendre le téléchargement</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Re&amp;move offline copy</source>
        <translation>Suppri&amp;mer la copie hors ligne</translation>
    </message>
    <message>
        <source>Remove the course's offline copy</source>
        <translation>Supprimer la copie hors ligne du cours</translation>
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
        <translation>Ouverture de « %1 »…</translation>
    </message>
    <message>
        <source>This video is not downloaded and the server cannot be reached.</source>
        <translation>Cette vidéo n'est pas téléchargée et le serveur est injoignable.</translation>
    </message>
    <message>
        <source>This reading is not downloaded and the server cannot be reached.</source>
        <translation>Cette lecture n'est pas téléchargée et le serveur est injoignable.</translation>
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
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Téléchargements</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>Paramè&amp;tres</translation>
    </message>
    <message>
        <source>&amp;Notifications (%1)</source>
        <translation>&amp;Notifications (%1)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>%1 unread notifications</source>
        <translation>%1 notifications non lues</translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Aucune notification non lue</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
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
        <translation>Non lu : %1. %2</translation>
    </message>
</context>
<context>
    <name>satchel::ui::NotificationsPage</name>
    <message>
        <source>No notifications yet. Announcements, grades and new course versions appear here.</source>
        <translation>Aucune notification pour l'instant. Les annonces, les notes et les nouvelles versions des cours apparaissent ici.</translation>
    </message>
    <message>
        <source>Sign in to see your notifications.</source>
        <translation>Connectez-vous pour voir vos notifications.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Retour au catalogue</translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation>Tout &amp;marquer comme lu</translation>
    </message>
    <message>
        <source>Mark all notifications read</source>
        <translation>Marquer toutes les notifications comme lues</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Notifications, les plus récentes d'abord</translation>
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
    <message>
        <source>Streaming</source>
        <translation>En streaming</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>ST</translation>
    </message>
    <message>
        <source>Captions (C)</source>
        <translation>Sous-titres (C)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Sous-titres</translation>
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
        <translation>Cette leçon n'a pas de quiz.</translation>
    </message>
    <message>
        <source>Practice quiz: your score is shown as soon as you submit.</source>
        <translation>Quiz d'entraînement : votre score s'affiche dès l'envoi.</translation>
    </message>
    <message>
        <source>Graded quiz: your score counts once the server has graded it.</source>
        <translation>Quiz noté : votre score compte une fois noté par le serveur.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
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
        <source>Provisional score: %1. Awaiting the server's grade.</source>
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
    <message>
        <source>Graded quiz: the server grades your answers; your score is shown once it has.</source>
        <translation>Quiz noté : le serveur note vos réponses ; votre score s'affiche une fois la note attribuée.</translation>
    </message>
    <message>
        <source>Answers submitted. Awaiting the server's grade.</source>
        <translation>Réponses envoyées. En attente de la note du serveur.</translation>
    </message>
    <message>
        <source>Graded by the server. Passed: %1.</source>
        <translation>Noté par le serveur. Réussi : %1.</translation>
    </message>
    <message>
        <source>Graded by the server. Not passed yet: %1.</source>
        <translation>Noté par le serveur. Pas encore réussi : %1.</translation>
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
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>Everything you did has been accepted by the server.</source>
        <translation>Le serveur a accepté tout ce que vous avez fait.</translation>
    </message>
    <message>
        <source>The server kept these changes aside. They are still saved on this computer; nothing was thrown away.</source>
        <translation>Le serveur a mis ces modifications de côté. Elles restent enregistrées sur cet ordinateur ; rien n'a été perdu.</translation>
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
        <translation>Vous n'êtes plus inscrit à ce cours. Demandez à votre enseignant de vous réinscrire ; votre progression sera alors envoyée.</translation>
    </message>
    <message>
        <source>The course was changed or removed. Update the course from the catalog.</source>
        <translation>Le cours a été modifié ou supprimé. Mettez-le à jour depuis le catalogue.</translation>
    </message>
    <message>
        <source>Your account may not record this. Contact your school.</source>
        <translation>Votre compte n'est pas autorisé à enregistrer ceci. Contactez votre établissement.</translation>
    </message>
    <message>
        <source>Another device recorded something different. Nothing to do: the server keeps the newest.</source>
        <translation>Un autre appareil a enregistré autre chose. Rien à faire : le serveur garde le plus récent.</translation>
    </message>
    <message>
        <source>The change was damaged. Please report it to your school's support.</source>
        <translation>La modification était endommagée. Signalez-le à l'assistance de votre établissement.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SettingsPage</name>
    <message>
        <source>Enter your school's server address, e.g. https://learn.school.example</source>
        <translation>Saisissez l'adresse du serveur de votre établissement, p. ex. https://learn.school.example</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Retour au catalogue</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>&amp;Utiliser ce serveur</translation>
    </message>
    <message>
        <source>Changing the server signs you out; your downloads stay.</source>
        <translation>Changer de serveur vous déconnecte ; vos téléchargements restent.</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>Dossier de &amp;téléchargement :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Choisir le dossier de téléchargement</translation>
    </message>
    <message>
        <source>A new folder is used from the next start. Courses downloaded before stay in the old folder until you remove their offline copy.</source>
        <translation>Un nouveau dossier est utilisé au prochain démarrage. Les cours déjà téléchargés restent dans l'ancien dossier jusqu'à ce que vous supprimiez leur copie hors ligne.</translation>
    </message>
    <message>
        <source>Download &amp;limit:</source>
        <translation>&amp;Limite de téléchargement :</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> Kio/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>Download bandwidth limit in KiB per second</source>
        <translation>Limite de bande passante en Kio par seconde</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies at once.</source>
        <translation>La nouvelle langue s'applique immédiatement.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notifications :</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>Afficher les &amp;notifications du bureau</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Afficher les notifications du bureau</translation>
    </message>
    <message>
        <source>The notifications panel and its unread count work either way.</source>
        <translation>Le panneau des notifications et son nombre de non-lues fonctionnent dans les deux cas.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out and forget the saved sign-in</source>
        <translation>Se déconnecter et oublier la connexion enregistrée</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keychain; signing out removes it.</source>
        <translation>Votre connexion est gardée dans le trousseau du système ; la déconnexion l'efface.</translation>
    </message>
    <message>
        <source>Your sign-in is not remembered on this computer.</source>
        <translation>Votre connexion n'est pas mémorisée sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SignInPage</name>
    <message>
        <source>Enter your school's server address, e.g. https://learn.school.example</source>
        <translation>Saisissez l'adresse du serveur de votre établissement, p. ex. https://learn.school.example</translation>
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
        <source>I don't have an account yet: create one</source>
        <translation>Je n'ai pas encore de compte : en créer un</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>This computer has no keychain service, so Satchel cannot remember your sign-in: you will be asked to sign in at each start.</source>
        <translation>Cet ordinateur n'a pas de service de trousseau : Satchel ne peut pas mémoriser votre connexion, elle vous sera demandée à chaque démarrage.</translation>
    </message>
    <message>
        <source>The keychain did not give Satchel your saved sign-in. Please sign in again.</source>
        <translation>Le trousseau n'a pas fourni votre connexion enregistrée. Veuillez vous reconnecter.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::StudentController</name>
    <message>
        <source>Cannot open the local database: %1</source>
        <translation>Impossible d'ouvrir la base locale : %1</translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1</source>
        <translation>Votre progression n'a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>Vos réponses n'ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>Another student's work on this computer has not reached the server yet (changes waiting: %1). That student must sign in once while online so it is sent; then you can sign in.</source>
        <translation>Le travail d'un autre élève sur cet ordinateur n'a pas encore atteint le serveur (modifications en attente : %1). Cet élève doit se connecter une fois en ligne pour l'envoyer ; vous pourrez ensuite vous connecter.</translation>
    </message>
    <message>
        <source>Signing in failed: the local database could not be updated (%1).</source>
        <translation>La connexion a échoué : la base de données locale n'a pas pu être mise à jour (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>Le serveur est injoignable. Vérifiez l'adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Le serveur n'a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The email or the password is not right.</source>
        <translation>L'e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>This server does not allow that.</source>
        <translation>Ce serveur ne le permet pas.</translation>
    </message>
    <message>
        <source>An account with this email already exists.</source>
        <translation>Un compte existe déjà avec cet e-mail.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Le serveur a refusé la demande (%1).</translation>
    </message>
    <message>
        <source>This server speaks a newer protocol: please update Satchel.</source>
        <translation>Ce serveur parle un protocole plus récent : mettez Satchel à jour.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again later.</source>
        <translation>Une erreur s'est produite sur le serveur. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>A download failed (%1).</source>
        <translation>Un téléchargement a échoué (%1).</translation>
    </message>
    <message>
        <source>The offline copy could not be removed: %1</source>
        <translation>La copie hors ligne n'a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>Notifications could not be saved: %1</source>
        <translation>Les notifications n'ont pas pu être enregistrées : %1</translation>
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
        <translation>Afficher ce que le serveur n'a pas accepté</translation>
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
        <translation><numerusform>Satchel — %n notification non lue</numerusform><numerusform>Satchel — %n notifications non lues</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::WatchedBar</name>
    <message>
        <source>Watched: %1%</source>
        <translation>Regardé : %1 %</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseDocument</name>
    <message>
        <source>Add module</source>
        <translation>Ajouter un module</translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation>Supprimer le module</translation>
    </message>
    <message>
        <source>Rename module</source>
        <translation>Renommer le module</translation>
    </message>
    <message>
        <source>Move module</source>
        <translation>Déplacer le module</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>Ajouter une leçon</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>Supprimer la leçon</translation>
    </message>
    <message>
        <source>Rename lesson</source>
        <translation>Renommer la leçon</translation>
    </message>
    <message>
        <source>Move lesson</source>
        <translation>Déplacer la leçon</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseEditorPage</name>
    <message>
        <source>Select a lesson to edit it, or add one.</source>
        <translation>Sélectionnez une leçon pour la modifier, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Mes cours</translation>
    </message>
    <message>
        <source>Add module</source>
        <translation>Ajouter un module</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>Nouveau module</translation>
    </message>
    <message>
        <source>Add video</source>
        <translation>Ajouter une vidéo</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Ajouter une lecture</translation>
    </message>
    <message>
        <source>Add quiz</source>
        <translation>Ajouter un quiz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler :</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir :</translation>
    </message>
    <message>
        <source>Course settings</source>
        <translation>Paramètres du cours</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <source>Module 1</source>
        <translation>Module 1</translation>
    </message>
    <message>
        <source>New video</source>
        <translation>Nouvelle vidéo</translation>
    </message>
    <message>
        <source>New reading</source>
        <translation>Nouvelle lecture</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>Nouveau quiz</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n'a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseSettingsPanel</name>
    <message>
        <source>Open: any student may enroll</source>
        <translation>Ouvert : tout étudiant peut s'inscrire</translation>
    </message>
    <message>
        <source>By invitation only</source>
        <translation>Sur invitation uniquement</translation>
    </message>
    <message>
        <source>Quizzes count as completed only when passed</source>
        <translation>Les quiz ne comptent comme terminés qu'une fois réussis</translation>
    </message>
    <message>
        <source>e.g. en, de, fr-CA</source>
        <translation>p. ex. en, de, fr-CA</translation>
    </message>
    <message>
        <source> % watched</source>
        <translation> % regardés</translation>
    </message>
    <message>
        <source>Opening is enough</source>
        <translation>L'ouvrir suffit</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Server's default</source>
        <translation>Valeur par défaut du serveur</translation>
    </message>
    <message>
        <source> days inactive</source>
        <translation> jours d'inactivité</translation>
    </message>
    <message>
        <source>0 sends no reminders for this course</source>
        <translation>0 n'envoie aucun rappel pour ce cours</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Completion rules</source>
        <translation>Règles d'achèvement</translation>
    </message>
    <message>
        <source>Video lessons:</source>
        <translation>Leçons vidéo :</translation>
    </message>
    <message>
        <source>Readings, time spent:</source>
        <translation>Lectures, temps passé :</translation>
    </message>
    <message>
        <source>Remind a student after:</source>
        <translation>Relancer l'étudiant après :</translation>
    </message>
    <message>
        <source>Change course settings</source>
        <translation>Modifier les paramètres du cours</translation>
    </message>
    <message>
        <source>Edit course details</source>
        <translation>Modifier les informations du cours</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseTreeModel</name>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
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
    <name>satchel::ui::editor::EditorHook</name>
    <message>
        <source>My &amp;courses</source>
        <translation>Mes &amp;cours</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nouveau cours…</translation>
    </message>
    <message>
        <source>Your course drafts on this computer, also offline</source>
        <translation>Vos brouillons de cours sur cet ordinateur, même hors ligne</translation>
    </message>
    <message>
        <source>Start a new course draft</source>
        <translation>Commencer un nouveau brouillon de cours</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::EditorWidget</name>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Ce brouillon n'existe plus.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::MyCoursesPage</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Nouveau cours…</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Mes cours</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nouveau cours</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Delete this draft from this computer? Published versions stay on the server.</source>
        <translation>Supprimer ce brouillon de cet ordinateur ? Les versions publiées restent sur le serveur.</translation>
    </message>
    <message>
        <source>published version %1</source>
        <translation>version publiée %1</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>jamais publié</translation>
    </message>
    <message>
        <source>%1 — %2, changed %3</source>
        <translation>%1 — %2, modifié %3</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::PublishDialog</name>
    <message>
        <source>Module added: %1</source>
        <translation>Module ajouté : %1</translation>
    </message>
    <message>
        <source>Lesson added: %1</source>
        <translation>Leçon ajoutée : %1</translation>
    </message>
    <message>
        <source>Module removed: %1</source>
        <translation>Module supprimé : %1</translation>
    </message>
    <message>
        <source>Lesson removed: %1</source>
        <translation>Leçon supprimée : %1</translation>
    </message>
    <message>
        <source>Module renamed: %1 → %2</source>
        <translation>Module renommé : %1 → %2</translation>
    </message>
    <message>
        <source>Lesson renamed: %1 → %2</source>
        <translation>Leçon renommée : %1 → %2</translation>
    </message>
    <message>
        <source>Module moved: %1</source>
        <translation>Module déplacé : %1</translation>
    </message>
    <message>
        <source>Lesson moved: %1</source>
        <translation>Leçon déplacée : %1</translation>
    </message>
    <message>
        <source>Course details changed</source>
        <translation>Informations du cours modifiées</translation>
    </message>
    <message>
        <source>Lesson changed: %1</source>
        <translation>Leçon modifiée : %1</translation>
    </message>
    <message>
        <source>Lesson “%1”</source>
        <translation>Leçon « %1 »</translation>
    </message>
    <message>
        <source>Module “%1”</source>
        <translation>Module « %1 »</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>the course needs a title</source>
        <translation>le cours doit avoir un titre</translation>
    </message>
    <message>
        <source>the course has no lessons yet</source>
        <translation>le cours n'a pas encore de leçon</translation>
    </message>
    <message>
        <source>the module needs a title</source>
        <translation>le module doit avoir un titre</translation>
    </message>
    <message>
        <source>the lesson needs a title</source>
        <translation>la leçon doit avoir un titre</translation>
    </message>
    <message>
        <source>no video imported</source>
        <translation>aucune vidéo importée</translation>
    </message>
    <message>
        <source>the reading is empty</source>
        <translation>la lecture est vide</translation>
    </message>
    <message>
        <source>the quiz has no questions</source>
        <translation>le quiz n'a aucune question</translation>
    </message>
    <message>
        <source>the quiz is not valid: %1</source>
        <translation>le quiz n'est pas valide : %1</translation>
    </message>
    <message>
        <source>the course cannot be published: %1</source>
        <translation>le cours ne peut pas être publié : %1</translation>
    </message>
    <message>
        <source>the file %1 is missing</source>
        <translation>le fichier %1 est introuvable</translation>
    </message>
    <message>
        <source>the file %1 changed since it was imported; import it again</source>
        <translation>le fichier %1 a changé depuis son import ; importez-le à nouveau</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Publish course</source>
        <translation>Publier le cours</translation>
    </message>
    <message>
        <source>Problems to fix first:</source>
        <translation>Problèmes à corriger d'abord :</translation>
    </message>
    <message>
        <source>Changes since the last published version:</source>
        <translation>Modifications depuis la dernière version publiée :</translation>
    </message>
    <message>
        <source>First version: everything is new.</source>
        <translation>Première version : tout est nouveau.</translation>
    </message>
    <message>
        <source>Nothing changed since version %1.</source>
        <translation>Rien n'a changé depuis la version %1.</translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <translation>Prêt à publier.</translation>
    </message>
    <message>
        <source>Fix the problems above to publish.</source>
        <translation>Corrigez les problèmes ci-dessus pour publier.</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Vérification des fichiers…</translation>
    </message>
    <message>
        <source>Updating the course on the server…</source>
        <translation>Mise à jour du cours sur le serveur…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Version %1 is published.</source>
        <translation>La version %1 est publiée.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Try again when online.</source>
        <translation>Le serveur est injoignable. Réessayez une fois en ligne.</translation>
    </message>
    <message>
        <source>Your account may not publish this course.</source>
        <translation>Votre compte n'est pas autorisé à publier ce cours.</translation>
    </message>
    <message>
        <source>The server refused the version (%1).</source>
        <translation>Le serveur a refusé la version (%1).</translation>
    </message>
    <message>
        <source>An upload failed (HTTP %1). Try again; finished uploads are kept.</source>
        <translation>Un envoi a échoué (HTTP %1). Réessayez ; les envois terminés sont conservés.</translation>
    </message>
    <message>
        <source>A file could not be read. Check that it is still there.</source>
        <translation>Un fichier n'a pas pu être lu. Vérifiez qu'il est toujours là.</translation>
    </message>
    <message>
        <source>Publishing was canceled.</source>
        <translation>La publication a été annulée.</translation>
    </message>
    <message>
        <source>Cancel publishing</source>
        <translation>Annuler la publication</translation>
    </message>
    <message>
        <source>Stops uploading; nothing is published and the next publish resumes the uploads</source>
        <translation>Arrête l’envoi ; rien n’est publié et la prochaine publication reprend les envois</translation>
    </message>
    <message>
        <source>Publishing the new version… (too late to cancel)</source>
        <translation>Publication de la nouvelle version… (trop tard pour annuler)</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::QuestionEditor</name>
    <message>
        <source>Case sensitive</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple answers</source>
        <translation>Réponses multiples</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Réponse courte</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texte de la question</translation>
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
        <source>One accepted answer per line</source>
        <translation>Une réponse acceptée par ligne</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points :</translation>
    </message>
    <message>
        <source>Answer key:</source>
        <translation>Corrigé :</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>Ajouter un choix</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>Retirer le choix</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>Nouveau choix</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse :</translation>
    </message>
    <message>
        <source>± tolerance:</source>
        <translation>± tolérance :</translation>
    </message>
    <message>
        <source>or from:</source>
        <translation>ou de :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>à :</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::QuizEditor</name>
    <message>
        <source>Single choice</source>
        <translation>Choix unique</translation>
    </message>
    <message>
        <source>Multiple answers</source>
        <translation>Réponses multiples</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Vrai ou faux</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Réponse courte</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numérique</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Pass threshold:</source>
        <translation>Seuil de réussite :</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Limite de temps :</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Retirer la question</translation>
    </message>
    <message>
        <source>Import GIFT…</source>
        <translation>Importer du GIFT…</translation>
    </message>
    <message>
        <source>Import GIFT</source>
        <translation>Importer du GIFT</translation>
    </message>
    <message>
        <source>GIFT quizzes (*.gift *.txt)</source>
        <translation>Quiz GIFT (*.gift *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(aucun texte)</translation>
    </message>
    <message>
        <source>Edit quiz settings</source>
        <translation>Modifier les paramètres du quiz</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Rien n'a été importé :</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported.</source>
        <translation><numerusform>%n question importée.</numerusform><numerusform>%n questions importées.</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::ReadingEditor</name>
    <message>
        <source>Write the reading in Markdown…</source>
        <translation>Rédigez la lecture en Markdown…</translation>
    </message>
    <message>
        <source>Edit reading</source>
        <translation>Modifier la lecture</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::VideoLessonEditor</name>
    <message>
        <source>Import video…</source>
        <translation>Importer une vidéo…</translation>
    </message>
    <message>
        <source>Attach captions (WebVTT)…</source>
        <translation>Joindre des sous-titres (WebVTT)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Captions:</source>
        <translation>Sous-titres :</translation>
    </message>
    <message>
        <source>Import video</source>
        <translation>Importer une vidéo</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.webm *.mkv *.mov)</source>
        <translation>Vidéos (*.mp4 *.m4v *.webm *.mkv *.mov)</translation>
    </message>
    <message>
        <source>Attach captions</source>
        <translation>Joindre des sous-titres</translation>
    </message>
    <message>
        <source>WebVTT captions (*.vtt)</source>
        <translation>Sous-titres WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>No video yet</source>
        <translation>Pas encore de vidéo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>This file is not a video Satchel can read (no duration).</source>
        <translation>Ce fichier n'est pas une vidéo que Satchel sait lire (aucune durée).</translation>
    </message>
    <message>
        <source>The lesson was deleted meanwhile.</source>
        <translation>La leçon a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>This is not a WebVTT file (it must start with "WEBVTT").</source>
        <translation>Ce n'est pas un fichier WebVTT (il doit commencer par « WEBVTT »).</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor</name>
    <message>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>Le serveur est injoignable. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>Le serveur n'a pas répondu à temps. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Only the course's instructor or an administrator may do this.</source>
        <translation>Seul l'enseignant du cours ou un administrateur peut faire cela.</translation>
    </message>
    <message>
        <source>The server does not know this course (or this version of it).</source>
        <translation>Le serveur ne connaît pas ce cours (ou cette version).</translation>
    </message>
    <message>
        <source>The course is archived.</source>
        <translation>Le cours est archivé.</translation>
    </message>
    <message>
        <source>The server refused the text: check that nothing is empty or too long.</source>
        <translation>Le serveur a refusé le texte : vérifiez que rien n'est vide ni trop long.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la demande.</translation>
    </message>
    <message>
        <source>The server failed. Try again later.</source>
        <translation>Le serveur a rencontré une erreur. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server sent an answer this version of Satchel does not understand.</source>
        <translation>Le serveur a envoyé une réponse que cette version de Satchel ne comprend pas.</translation>
    </message>
    <message>
        <source>This server speaks a newer protocol: please update Satchel.</source>
        <translation>Ce serveur parle un protocole plus récent : mettez Satchel à jour.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>The server refused the export.</source>
        <translation>Le serveur a refusé l'export.</translation>
    </message>
    <message>
        <source>A file of the course could not be downloaded intact. Try again.</source>
        <translation>Un fichier du cours n'a pas pu être téléchargé intact. Réessayez.</translation>
    </message>
    <message>
        <source>The file could not be written. Check the folder and the free space.</source>
        <translation>Le fichier n'a pas pu être écrit. Vérifiez le dossier et l'espace libre.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L'export a été annulé.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>L'export a échoué.</translation>
    </message>
    <message>
        <source>This is not a Satchel course file.</source>
        <translation>Ce n'est pas un fichier de cours Satchel.</translation>
    </message>
    <message>
        <source>The file is incomplete or damaged (perhaps it was not copied to the end).</source>
        <translation>Le fichier est incomplet ou endommagé (il n'a peut-être pas été copié jusqu'au bout).</translation>
    </message>
    <message>
        <source>The file is damaged: some of its contents do not match their checksums.</source>
        <translation>Le fichier est endommagé : une partie de son contenu ne correspond pas aux sommes de contrôle.</translation>
    </message>
    <message>
        <source>The file is incomplete: some of the course's files are missing.</source>
        <translation>Le fichier est incomplet : certains fichiers du cours manquent.</translation>
    </message>
    <message>
        <source>The file was refused: it contains entries a Satchel course never has. It may have been tampered with.</source>
        <translation>Le fichier a été refusé : il contient des éléments qu'un cours Satchel n'a jamais. Il a peut-être été altéré.</translation>
    </message>
    <message>
        <source>The file was refused: it is far larger than a course may be once unpacked.</source>
        <translation>Le fichier a été refusé : une fois décompressé, il serait bien plus gros qu'un cours ne peut l'être.</translation>
    </message>
    <message>
        <source>The course description inside the file is invalid.</source>
        <translation>La description du cours contenue dans le fichier n'est pas valide.</translation>
    </message>
    <message>
        <source>The file uses encryption or compression Satchel does not support.</source>
        <translation>Le fichier utilise un chiffrement ou une compression que Satchel ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The file could not be read or unpacked. Check the disk and try again.</source>
        <translation>Le fichier n'a pas pu être lu ou décompressé. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Le fichier n'a pas pu être importé.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::AnnouncementDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Announce to a course</source>
        <translation>Faire une annonce à un cours</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>De quoi s'agit-il ?</translation>
    </message>
    <message>
        <source>Every student enrolled in the course is told at once.</source>
        <translation>Tous les étudiants inscrits au cours sont prévenus immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cours :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 caractères sur %2</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Le titre dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>Le message dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n student(s) of “%1”.</source>
        <translation><numerusform>Envoyé à %n étudiant de « %1 ».</numerusform><numerusform>Envoyé à %n étudiants de « %1 ».</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>A&amp;nnuler l'export</translation>
    </message>
    <message>
        <source>Export a course file</source>
        <translation>Exporter un fichier de cours</translation>
    </message>
    <message>
        <source>The file holds the course's latest published version with every video, reading and quiz, answer keys included, so that students can learn from it with no server. Hand it only to your students.</source>
        <translation>Le fichier contient la dernière version publiée du cours avec chaque vidéo, lecture et quiz, corrigés compris, pour que les étudiants puissent apprendre sans serveur. Ne le remettez qu'à vos étudiants.</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cours :</translation>
    </message>
    <message>
        <source>Asking the server for the course…</source>
        <translation>Demande du cours au serveur…</translation>
    </message>
    <message>
        <source>Downloading the course's files: %1 of %2…</source>
        <translation>Téléchargement des fichiers du cours : %1 sur %2…</translation>
    </message>
    <message>
        <source>Writing the course file…</source>
        <translation>Écriture du fichier de cours…</translation>
    </message>
    <message>
        <source>“%1” (version %2) is saved in %3.</source>
        <translation>« %1 » (version %2) est enregistré dans %3.</translation>
    </message>
    <message>
        <source>Save the course file</source>
        <translation>Enregistrer le fichier de cours</translation>
    </message>
    <message>
        <source>Satchel courses (*.satchel)</source>
        <translation>Cours Satchel (*.satchel)</translation>
    </message>
    <message>
        <source>“%1” has no published version to export.</source>
        <translation>« %1 » n'a aucune version publiée à exporter.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ImportFlow</name>
    <message>
        <source>Import a course file</source>
        <translation>Importer un fichier de cours</translation>
    </message>
    <message>
        <source>Satchel courses (*.satchel)</source>
        <translation>Cours Satchel (*.satchel)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>Vérification et import de %1…</translation>
    </message>
    <message>
        <source>Course imported</source>
        <translation>Cours importé</translation>
    </message>
    <message>
        <source>“%1” is on this computer now and works without a connection.</source>
        <translation>« %1 » est maintenant sur cet ordinateur et fonctionne sans connexion.</translation>
    </message>
    <message>
        <source>The course could not be saved on this computer. Check the free disk space and try again.</source>
        <translation>Le cours n'a pas pu être enregistré sur cet ordinateur. Vérifiez l'espace disque libre et réessayez.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l'import</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::InstructorTools</name>
    <message>
        <source>&amp;Instructor</source>
        <translation>E&amp;nseignant</translation>
    </message>
    <message>
        <source>&amp;Import course file…</source>
        <translation>&amp;Importer un fichier de cours…</translation>
    </message>
    <message>
        <source>Add a course from a .satchel file, for learning without a server</source>
        <translation>Ajouter un cours depuis un fichier .satchel, pour apprendre sans serveur</translation>
    </message>
    <message>
        <source>Course &amp;progress…</source>
        <translation>&amp;Progression du cours…</translation>
    </message>
    <message>
        <source>&amp;Announce to a course…</source>
        <translation>Faire une &amp;annonce à un cours…</translation>
    </message>
    <message>
        <source>&amp;Export course file…</source>
        <translation>&amp;Exporter un fichier de cours…</translation>
    </message>
    <message>
        <source>Save a published course as a .satchel file to hand over</source>
        <translation>Enregistrer un cours publié dans un fichier .satchel à remettre</translation>
    </message>
    <message numerus="yes">
        <source>Announcement “%1” sent to %n student(s).</source>
        <translation><numerusform>Annonce « %1 » envoyée à %n étudiant.</numerusform><numerusform>Annonce « %1 » envoyée à %n étudiants.</numerusform></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Your courses, their students' progress, announcements and course files</source>
        <translation>Vos cours, la progression de leurs élèves, les annonces et les fichiers de cours</translation>
    </message>
    <message>
        <source>Each student's progress and quiz results in a course</source>
        <translation>La progression et les résultats aux quiz de chaque élève dans un cours</translation>
    </message>
    <message>
        <source>Send a message to every student of a course</source>
        <translation>Envoyer un message à tous les élèves d’un cours</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ProgressReportDialog</name>
    <message>
        <source>&amp;Quiz results only</source>
        <translation>Résultats des &amp;quiz seulement</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progression du cours</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Chercher un étudiant</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Cours :</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>%1 could not be written. Check the folder and the free space.</source>
        <translation>%1 n'a pas pu être écrit. Vérifiez le dossier et l'espace libre.</translation>
    </message>
    <message>
        <source>There is no published course to report on.</source>
        <translation>Aucun cours publié sur lequel faire un rapport.</translation>
    </message>
    <message>
        <source>Loading the progress of “%1”…</source>
        <translation>Chargement de la progression de « %1 »…</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <source>No student is enrolled yet.</source>
        <translation>Aucun étudiant n'est encore inscrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation><numerusform>%n étudiant inscrit.</numerusform><numerusform>%n étudiants inscrits.</numerusform></translation>
    </message>
    <message>
        <source>Export progress as CSV</source>
        <translation>Exporter la progression en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ProgressReportModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte</translation>
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
        <translation><numerusform>%n tentative, non notée</numerusform><numerusform>%n tentatives, non notées</numerusform></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation>Temps passé : %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentatives : %1</translation>
    </message>
    <message>
        <source>Best grade: passed</source>
        <translation>Meilleure note : réussi</translation>
    </message>
    <message>
        <source>Best grade: not passed</source>
        <translation>Meilleure note : non réussi</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
