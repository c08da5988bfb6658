#!/usr/bin/env python3
"""Fills the translations of the instructor tools (client/ui/src/instructor: announcements, course
export and import, the progress report), the instructor editor (fill_editor_strings.py), the quiz
page's graded-quiz states, the refused-changes dialog, the tray tooltip and the other strings
still unfinished after the earlier passes into the .ts files (run after lupdate; only unfinished
messages are touched, so hand edits in Linguist win). Same format as fill_main_strings.py; this
run applies every earlier table too, since the same source can appear in a new context."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fill_editor_strings as editor  # noqa: E402
import fill_main_strings as base  # noqa: E402
import fill_notifications_strings as notifications  # noqa: E402
import fill_student_app_strings as student_app  # noqa: E402

T = {
    "Satchel": ("Satchel", "Satchel", "Satchel", "ساتشل"),  # the tray tooltip
    # Quiz page: graded quizzes.
    "Graded quiz: the server grades your answers; your score is shown once it has.": (
        "Bewertetes Quiz: Der Server bewertet Ihre Antworten; Ihr Ergebnis erscheint, sobald er das getan hat.",
        "Cuestionario calificado: el servidor califica tus respuestas; verás tu nota cuando lo haya hecho.",
        "Quiz noté : le serveur note vos réponses ; votre score s'affiche une fois la note attribuée.",
        "اختبار مُقيَّم: يقيّم الخادم إجاباتك؛ وتظهر درجتك بعد انتهائه من التقييم."),
    "Answers submitted. Awaiting the server's grade.": ("Antworten abgegeben. Die Bewertung des Servers steht noch aus.", "Respuestas enviadas. Pendiente de la calificación del servidor.", "Réponses envoyées. En attente de la note du serveur.", "أُرسلت الإجابات. بانتظار تقييم الخادم."),
    "Graded by the server. Passed: %1.": ("Vom Server bewertet. Bestanden: %1.", "Calificado por el servidor. Aprobado: %1.", "Noté par le serveur. Réussi : %1.", "قيّمه الخادم. ناجح: %1."),
    "Graded by the server. Not passed yet: %1.": ("Vom Server bewertet. Noch nicht bestanden: %1.", "Calificado por el servidor. Aún no aprobado: %1.", "Noté par le serveur. Pas encore réussi : %1.", "قيّمه الخادم. لم تنجح بعد: %1."),
    # Refused changes dialog.
    "Refused changes": ("Abgelehnte Änderungen", "Cambios rechazados", "Modifications refusées", "تغييرات مرفوضة"),
    "The server kept these changes aside. They are still saved on this computer; nothing was thrown away.": (
        "Der Server hat diese Änderungen zurückgestellt. Sie sind weiterhin auf diesem Computer gespeichert; nichts wurde verworfen.",
        "El servidor ha apartado estos cambios. Siguen guardados en este ordenador; no se ha perdido nada.",
        "Le serveur a mis ces modifications de côté. Elles restent enregistrées sur cet ordinateur ; rien n'a été perdu.",
        "وضع الخادم هذه التغييرات جانبًا. لا تزال محفوظة على هذا الحاسوب؛ ولم يُحذف شيء."),
    "You are no longer enrolled in this course. Ask your teacher to enrol you again; your progress will then be sent.": (
        "Sie sind nicht mehr in diesen Kurs eingeschrieben. Bitten Sie Ihre Lehrkraft, Sie wieder einzuschreiben; dann wird Ihr Fortschritt gesendet.",
        "Ya no estás inscrito en este curso. Pide a tu profesor que vuelva a inscribirte; entonces se enviará tu progreso.",
        "Vous n'êtes plus inscrit à ce cours. Demandez à votre enseignant de vous réinscrire ; votre progression sera alors envoyée.",
        "لم تعد مسجّلًا في هذا المقرّر. اطلب من معلّمك إعادة تسجيلك؛ وعندها سيُرسَل تقدّمك."),
    "The course was changed or removed. Update the course from the catalog.": ("Der Kurs wurde geändert oder entfernt. Aktualisieren Sie den Kurs über den Katalog.", "El curso se ha modificado o eliminado. Actualiza el curso desde el catálogo.", "Le cours a été modifié ou supprimé. Mettez-le à jour depuis le catalogue.", "تغيّر المقرّر أو أُزيل. حدّث المقرّر من الفهرس."),
    "Your account may not record this. Contact your school.": ("Ihr Konto darf dies nicht aufzeichnen. Wenden Sie sich an Ihre Schule.", "Tu cuenta no puede registrar esto. Ponte en contacto con tu centro.", "Votre compte n'est pas autorisé à enregistrer ceci. Contactez votre établissement.", "لا يحق لحسابك تسجيل هذا. تواصل مع مدرستك."),
    "Another device recorded something different. Nothing to do: the server keeps the newest.": (
        "Ein anderes Gerät hat etwas anderes aufgezeichnet. Sie müssen nichts tun: Der Server behält das Neueste.",
        "Otro dispositivo registró algo distinto. No tienes que hacer nada: el servidor conserva lo más reciente.",
        "Un autre appareil a enregistré autre chose. Rien à faire : le serveur garde le plus récent.",
        "سجّل جهاز آخر شيئًا مختلفًا. لا حاجة لفعل شيء: يحتفظ الخادم بالأحدث."),
    "The change was damaged. Please report it to your school's support.": ("Die Änderung war beschädigt. Bitte melden Sie das dem Support Ihrer Schule.", "El cambio estaba dañado. Comunícalo al soporte de tu centro.", "La modification était endommagée. Signalez-le à l'assistance de votre établissement.", "كان التغيير تالفًا. يُرجى إبلاغ الدعم الفني في مدرستك."),
    "The demo step for %1 did not complete in time": ("Der Demo-Schritt für %1 wurde nicht rechtzeitig abgeschlossen", "El paso de demostración de %1 no terminó a tiempo", "L'étape de démonstration pour %1 ne s'est pas terminée à temps", "لم تكتمل خطوة العرض الخاصة بـ %1 في الوقت المحدد"),
    # Messages shared by the instructor tools.
    "The server cannot be reached. Check your connection and try again.": ("Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.", "No se puede contactar con el servidor. Comprueba tu conexión e inténtalo de nuevo.", "Le serveur est injoignable. Vérifiez votre connexion et réessayez.", "لا يمكن الوصول إلى الخادم. تحقّق من اتصالك وحاول مجددًا."),
    "Your session has ended. Sign in again.": ("Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.", "Tu sesión ha terminado. Vuelve a iniciar sesión.", "Votre session a expiré. Reconnectez-vous.", "انتهت جلستك. سجّل الدخول مجددًا."),
    "Only the course's instructor or an administrator may do this.": ("Nur die Lehrkraft des Kurses oder eine Administratorin bzw. ein Administrator darf das.", "Solo el profesor del curso o un administrador puede hacer esto.", "Seul l'enseignant du cours ou un administrateur peut faire cela.", "لا يحق هذا إلا لمدرّس المقرّر أو لمسؤول."),
    "The server does not know this course (or this version of it).": ("Der Server kennt diesen Kurs (oder diese Version davon) nicht.", "El servidor no conoce este curso (o esta versión).", "Le serveur ne connaît pas ce cours (ou cette version).", "لا يعرف الخادم هذا المقرّر (أو هذا الإصدار منه)."),
    "The course is archived.": ("Der Kurs ist archiviert.", "El curso está archivado.", "Le cours est archivé.", "المقرّر مؤرشف."),
    "The server refused the text: check that nothing is empty or too long.": ("Der Server hat den Text abgelehnt: Prüfen Sie, dass nichts leer oder zu lang ist.", "El servidor rechazó el texto: comprueba que nada esté vacío ni sea demasiado largo.", "Le serveur a refusé le texte : vérifiez que rien n'est vide ni trop long.", "رفض الخادم النص: تحقّق من أنه لا يوجد حقل فارغ أو طويل جدًا."),
    "The server refused the request.": ("Der Server hat die Anfrage abgelehnt.", "El servidor rechazó la solicitud.", "Le serveur a refusé la demande.", "رفض الخادم الطلب."),
    "The server failed. Try again later.": ("Auf dem Server ist ein Fehler aufgetreten. Versuchen Sie es später erneut.", "El servidor falló. Inténtalo más tarde.", "Le serveur a rencontré une erreur. Réessayez plus tard.", "حدث خطأ في الخادم. حاول لاحقًا."),
    "The server sent an answer this version of Satchel does not understand.": ("Der Server hat eine Antwort gesendet, die diese Satchel-Version nicht versteht.", "El servidor envió una respuesta que esta versión de Satchel no entiende.", "Le serveur a envoyé une réponse que cette version de Satchel ne comprend pas.", "أرسل الخادم ردًا لا يفهمه هذا الإصدار من ساتشل."),
    "Something went wrong.": ("Etwas ist schiefgelaufen.", "Algo salió mal.", "Un problème est survenu.", "حدث خطأ ما."),
    "An export is already running.": ("Es läuft bereits ein Export.", "Ya hay una exportación en curso.", "Un export est déjà en cours.", "هناك عملية تصدير جارية بالفعل."),
    "The server refused the export.": ("Der Server hat den Export abgelehnt.", "El servidor rechazó la exportación.", "Le serveur a refusé l'export.", "رفض الخادم التصدير."),
    "A file of the course could not be downloaded intact. Try again.": ("Eine Datei des Kurses konnte nicht unversehrt heruntergeladen werden. Versuchen Sie es erneut.", "No se pudo descargar intacto un archivo del curso. Inténtalo de nuevo.", "Un fichier du cours n'a pas pu être téléchargé intact. Réessayez.", "تعذّر تنزيل أحد ملفات المقرّر سليمًا. حاول مجددًا."),
    "The file could not be written. Check the folder and the free space.": ("Die Datei konnte nicht geschrieben werden. Prüfen Sie den Ordner und den freien Speicherplatz.", "No se pudo escribir el archivo. Comprueba la carpeta y el espacio libre.", "Le fichier n'a pas pu être écrit. Vérifiez le dossier et l'espace libre.", "تعذّرت كتابة الملف. تحقّق من المجلد ومن المساحة الفارغة."),
    "The export was cancelled.": ("Der Export wurde abgebrochen.", "Se canceló la exportación.", "L'export a été annulé.", "أُلغي التصدير."),
    "The export failed.": ("Der Export ist fehlgeschlagen.", "La exportación falló.", "L'export a échoué.", "فشل التصدير."),
    "This is not a Satchel course file.": ("Dies ist keine Satchel-Kursdatei.", "No es un archivo de curso de Satchel.", "Ce n'est pas un fichier de cours Satchel.", "هذا ليس ملف مقرّر من ساتشل."),
    "The file is incomplete or damaged (perhaps it was not copied to the end).": ("Die Datei ist unvollständig oder beschädigt (vielleicht wurde sie nicht vollständig kopiert).", "El archivo está incompleto o dañado (quizá no se copió hasta el final).", "Le fichier est incomplet ou endommagé (il n'a peut-être pas été copié jusqu'au bout).", "الملف ناقص أو تالف (ربما لم يُنسخ حتى النهاية)."),
    "The file is damaged: some of its contents do not match their checksums.": ("Die Datei ist beschädigt: Einige Inhalte passen nicht zu ihren Prüfsummen.", "El archivo está dañado: parte de su contenido no coincide con sus sumas de comprobación.", "Le fichier est endommagé : une partie de son contenu ne correspond pas aux sommes de contrôle.", "الملف تالف: بعض محتوياته لا تطابق مجاميعها الاختبارية."),
    "The file is incomplete: some of the course's files are missing.": ("Die Datei ist unvollständig: Einige Dateien des Kurses fehlen.", "El archivo está incompleto: faltan algunos archivos del curso.", "Le fichier est incomplet : certains fichiers du cours manquent.", "الملف ناقص: بعض ملفات المقرّر مفقودة."),
    "The file was refused: it contains entries a Satchel course never has. It may have been tampered with.": (
        "Die Datei wurde abgelehnt: Sie enthält Einträge, die ein Satchel-Kurs nie hat. Möglicherweise wurde sie manipuliert.",
        "Se rechazó el archivo: contiene entradas que un curso de Satchel nunca tiene. Puede que lo hayan manipulado.",
        "Le fichier a été refusé : il contient des éléments qu'un cours Satchel n'a jamais. Il a peut-être été altéré.",
        "رُفض الملف: يحتوي على عناصر لا توجد أبدًا في مقرّرات ساتشل. ربما عُبث به."),
    "The file was refused: it is far larger than a course may be once unpacked.": (
        "Die Datei wurde abgelehnt: Entpackt wäre sie weit größer, als ein Kurs sein darf.",
        "Se rechazó el archivo: una vez descomprimido es mucho mayor de lo que puede ser un curso.",
        "Le fichier a été refusé : une fois décompressé, il serait bien plus gros qu'un cours ne peut l'être.",
        "رُفض الملف: حجمه بعد فك الضغط أكبر بكثير مما يُسمح به لمقرّر."),
    "The course description inside the file is invalid.": ("Die Kursbeschreibung in der Datei ist ungültig.", "La descripción del curso dentro del archivo no es válida.", "La description du cours contenue dans le fichier n'est pas valide.", "وصف المقرّر داخل الملف غير صالح."),
    "The file uses encryption or compression Satchel does not support.": ("Die Datei verwendet eine Verschlüsselung oder Komprimierung, die Satchel nicht unterstützt.", "El archivo usa un cifrado o una compresión que Satchel no admite.", "Le fichier utilise un chiffrement ou une compression que Satchel ne prend pas en charge.", "يستخدم الملف تشفيرًا أو ضغطًا لا يدعمه ساتشل."),
    "The file could not be read or unpacked. Check the disk and try again.": ("Die Datei konnte nicht gelesen oder entpackt werden. Prüfen Sie das Laufwerk und versuchen Sie es erneut.", "No se pudo leer o descomprimir el archivo. Comprueba el disco e inténtalo de nuevo.", "Le fichier n'a pas pu être lu ou décompressé. Vérifiez le disque et réessayez.", "تعذّرت قراءة الملف أو فك ضغطه. تحقّق من القرص وحاول مجددًا."),
    "The file could not be imported.": ("Die Datei konnte nicht importiert werden.", "No se pudo importar el archivo.", "Le fichier n'a pas pu être importé.", "تعذّر استيراد الملف."),
    # Announcement dialog.
    "&Send": ("&Senden", "&Enviar", "&Envoyer", "إ&رسال"),
    "Announce to a course": ("Ankündigung an einen Kurs", "Anunciar a un curso", "Faire une annonce à un cours", "إعلان لمقرّر"),
    "What is it about?": ("Worum geht es?", "¿De qué se trata?", "De quoi s'agit-il ?", "ما موضوعه؟"),
    "Every student enrolled in the course is told at once.": ("Alle in den Kurs eingeschriebenen Lernenden werden sofort benachrichtigt.", "Todos los estudiantes inscritos en el curso reciben el aviso al momento.", "Tous les étudiants inscrits au cours sont prévenus immédiatement.", "يُبلَّغ كل طالب مسجّل في المقرّر فورًا."),
    "&Course:": ("&Kurs:", "&Curso:", "&Cours :", "ال&مقرّر:"),
    "&Title:": ("&Titel:", "&Título:", "&Titre :", "ال&عنوان:"),
    "&Message:": ("&Nachricht:", "&Mensaje:", "&Message :", "الر&سالة:"),
    "%1 of %2 characters": ("%1 von %2 Zeichen", "%1 de %2 caracteres", "%1 caractères sur %2", "%1 من %2 حرفًا"),
    "The title is longer than %1 characters.": ("Der Titel ist länger als %1 Zeichen.", "El título supera los %1 caracteres.", "Le titre dépasse %1 caractères.", "العنوان أطول من %1 حرفًا."),
    "The message is longer than %1 characters.": ("Die Nachricht ist länger als %1 Zeichen.", "El mensaje supera los %1 caracteres.", "Le message dépasse %1 caractères.", "الرسالة أطول من %1 حرفًا."),
    "Sending…": ("Wird gesendet…", "Enviando…", "Envoi…", "جارٍ الإرسال…"),
    # Export dialog and import flow.
    "&Export…": ("&Exportieren…", "&Exportar…", "&Exporter…", "&تصدير…"),
    "&Cancel export": ("Export &abbrechen", "Ca&ncelar la exportación", "A&nnuler l'export", "إل&غاء التصدير"),
    "Export a course file": ("Kursdatei exportieren", "Exportar un archivo de curso", "Exporter un fichier de cours", "تصدير ملف مقرّر"),
    "The file holds the course's latest published version with every video, reading and quiz, answer keys included, so that students can learn from it with no server. Hand it only to your students.": (
        "Die Datei enthält die zuletzt veröffentlichte Version des Kurses mit allen Videos, Texten und Quizzen einschließlich der Lösungen, damit Lernende ohne Server damit lernen können. Geben Sie sie nur an Ihre Lernenden weiter.",
        "El archivo contiene la última versión publicada del curso con todos sus vídeos, lecturas y cuestionarios, respuestas correctas incluidas, para que los estudiantes aprendan con él sin servidor. Dáselo solo a tus estudiantes.",
        "Le fichier contient la dernière version publiée du cours avec chaque vidéo, lecture et quiz, corrigés compris, pour que les étudiants puissent apprendre sans serveur. Ne le remettez qu'à vos étudiants.",
        "يحتوي الملف على آخر إصدار منشور من المقرّر بكل مقاطع الفيديو والقراءات والاختبارات، بما فيها مفاتيح الإجابات، ليتعلّم منه الطلاب دون خادم. لا تسلّمه إلا لطلابك."),
    "Asking the server for the course…": ("Kurs wird beim Server angefragt…", "Pidiendo el curso al servidor…", "Demande du cours au serveur…", "جارٍ طلب المقرّر من الخادم…"),
    "Downloading the course's files: %1 of %2…": ("Dateien des Kurses werden heruntergeladen: %1 von %2…", "Descargando los archivos del curso: %1 de %2…", "Téléchargement des fichiers du cours : %1 sur %2…", "جارٍ تنزيل ملفات المقرّر: %1 من %2…"),
    "Writing the course file…": ("Kursdatei wird geschrieben…", "Escribiendo el archivo del curso…", "Écriture du fichier de cours…", "جارٍ كتابة ملف المقرّر…"),
    "“%1” (version %2) is saved in %3.": ("„%1“ (Version %2) ist in %3 gespeichert.", "«%1» (versión %2) se ha guardado en %3.", "« %1 » (version %2) est enregistré dans %3.", "حُفظ «%1» (الإصدار %2) في %3."),
    "Save the course file": ("Kursdatei speichern", "Guardar el archivo del curso", "Enregistrer le fichier de cours", "حفظ ملف المقرّر"),
    "Satchel courses (*.satchel)": ("Satchel-Kurse (*.satchel)", "Cursos de Satchel (*.satchel)", "Cours Satchel (*.satchel)", "مقرّرات ساتشل (*.satchel)"),
    "“%1” has no published version to export.": ("„%1“ hat keine veröffentlichte Version, die exportiert werden kann.", "«%1» no tiene ninguna versión publicada que exportar.", "« %1 » n'a aucune version publiée à exporter.", "ليس لـ «%1» إصدار منشور للتصدير."),
    "Import a course file": ("Kursdatei importieren", "Importar un archivo de curso", "Importer un fichier de cours", "استيراد ملف مقرّر"),
    "All files (*)": ("Alle Dateien (*)", "Todos los archivos (*)", "Tous les fichiers (*)", "كل الملفات (*)"),
    "Checking and importing %1…": ("%1 wird geprüft und importiert…", "Comprobando e importando %1…", "Vérification et import de %1…", "جارٍ فحص %1 واستيراده…"),
    "Course imported": ("Kurs importiert", "Curso importado", "Cours importé", "اُستورد المقرّر"),
    "“%1” is on this computer now and works without a connection.": ("„%1“ ist jetzt auf diesem Computer und funktioniert ohne Verbindung.", "«%1» ya está en este ordenador y funciona sin conexión.", "« %1 » est maintenant sur cet ordinateur et fonctionne sans connexion.", "أصبح «%1» على هذا الحاسوب ويعمل دون اتصال."),
    "The course could not be saved on this computer. Check the free disk space and try again.": ("Der Kurs konnte nicht auf diesem Computer gespeichert werden. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.", "No se pudo guardar el curso en este ordenador. Comprueba el espacio libre en disco e inténtalo de nuevo.", "Le cours n'a pas pu être enregistré sur cet ordinateur. Vérifiez l'espace disque libre et réessayez.", "تعذّر حفظ المقرّر على هذا الحاسوب. تحقّق من المساحة الفارغة على القرص وحاول مجددًا."),
    "Import failed": ("Import fehlgeschlagen", "Error al importar", "Échec de l'import", "فشل الاستيراد"),
    # Instructor menu.
    "&Instructor": ("&Kursleitung", "&Docente", "E&nseignant", "الم&درّس"),
    "&Import course file…": ("Kursdatei &importieren…", "&Importar archivo de curso…", "&Importer un fichier de cours…", "ا&ستيراد ملف مقرّر…"),
    "Add a course from a .satchel file, for learning without a server": ("Einen Kurs aus einer .satchel-Datei hinzufügen, um ohne Server zu lernen", "Añadir un curso desde un archivo .satchel para aprender sin servidor", "Ajouter un cours depuis un fichier .satchel, pour apprendre sans serveur", "إضافة مقرّر من ملف ‎.satchel للتعلّم دون خادم"),
    "Course &progress…": ("Kurs&fortschritt…", "&Progreso del curso…", "&Progression du cours…", "&تقدّم المقرّر…"),
    "&Announce to a course…": ("&Ankündigung an einen Kurs…", "Enviar &anuncio a un curso…", "Faire une &annonce à un cours…", "إ&علان لمقرّر…"),
    "&Export course file…": ("Kursdatei &exportieren…", "&Exportar archivo de curso…", "&Exporter un fichier de cours…", "ت&صدير ملف مقرّر…"),
    "Save a published course as a .satchel file to hand over": ("Einen veröffentlichten Kurs als .satchel-Datei zum Weitergeben speichern", "Guardar un curso publicado como archivo .satchel para entregarlo", "Enregistrer un cours publié dans un fichier .satchel à remettre", "حفظ مقرّر منشور في ملف ‎.satchel لتسليمه"),
    # Progress report.
    "&Quiz results only": ("&Nur Quizergebnisse", "&Solo resultados de cuestionarios", "Résultats des &quiz seulement", "نتائج الا&ختبارات فقط"),
    "&Refresh": ("&Aktualisieren", "&Actualizar", "&Actualiser", "&تحديث"),
    "&Export CSV…": ("CSV &exportieren…", "&Exportar CSV…", "&Exporter en CSV…", "ت&صدير CSV…"),
    "Course progress": ("Kursfortschritt", "Progreso del curso", "Progression du cours", "تقدّم المقرّر"),
    "Find a student": ("Lernende suchen", "Buscar un estudiante", "Chercher un étudiant", "البحث عن طالب"),
    "&Module:": ("&Modul:", "&Módulo:", "&Module :", "الو&حدة:"),
    "Saved %1.": ("%1 gespeichert.", "%1 guardado.", "%1 enregistré.", "حُفظ %1."),
    "%1 could not be written. Check the folder and the free space.": ("%1 konnte nicht geschrieben werden. Prüfen Sie den Ordner und den freien Speicherplatz.", "No se pudo escribir %1. Comprueba la carpeta y el espacio libre.", "%1 n'a pas pu être écrit. Vérifiez le dossier et l'espace libre.", "تعذّرت كتابة %1. تحقّق من المجلد ومن المساحة الفارغة."),
    "There is no published course to report on.": ("Es gibt keinen veröffentlichten Kurs für einen Bericht.", "No hay ningún curso publicado sobre el que informar.", "Aucun cours publié sur lequel faire un rapport.", "لا يوجد مقرّر منشور لإعداد تقرير عنه."),
    "Loading the progress of “%1”…": ("Fortschritt von „%1“ wird geladen…", "Cargando el progreso de «%1»…", "Chargement de la progression de « %1 »…", "جارٍ تحميل التقدّم في «%1»…"),
    "All modules": ("Alle Module", "Todos los módulos", "Tous les modules", "كل الوحدات"),
    "No student is enrolled yet.": ("Noch sind keine Lernenden eingeschrieben.", "Aún no hay estudiantes inscritos.", "Aucun étudiant n'est encore inscrit.", "لا يوجد طالب مسجّل بعد."),
    "Export progress as CSV": ("Fortschritt als CSV exportieren", "Exportar el progreso como CSV", "Exporter la progression en CSV", "تصدير التقدّم بصيغة CSV"),
    "CSV files (*.csv)": ("CSV-Dateien (*.csv)", "Archivos CSV (*.csv)", "Fichiers CSV (*.csv)", "ملفات CSV (*.csv)"),
    "Saving…": ("Wird gespeichert…", "Guardando…", "Enregistrement…", "جارٍ الحفظ…"),
    "%1 (%2)": ("%1 (%2)", "%1 (%2)", "%1 (%2)", "%1 (%2)"),
    "%1 %": ("%1 %", "%1 %", "%1 %", "%1٪"),
    "Opened": ("Geöffnet", "Abierta", "Ouverte", "فُتحت"),
    "—": ("—", "—", "—", "—"),
    "%1/%2": ("%1/%2", "%1/%2", "%1/%2", "%1/%2"),
    "Not completed": ("Nicht abgeschlossen", "No completado", "Non terminé", "غير مكتمل"),
    "Time spent: %1": ("Aufgewendete Zeit: %1", "Tiempo dedicado: %1", "Temps passé : %1", "الوقت المستغرق: %1"),
    "Attempts: %1": ("Versuche: %1", "Intentos: %1", "Tentatives : %1", "المحاولات: %1"),
    "Best grade: passed": ("Beste Bewertung: bestanden", "Mejor nota: aprobado", "Meilleure note : réussi", "أفضل نتيجة: ناجح"),
    "Best grade: not passed": ("Beste Bewertung: nicht bestanden", "Mejor nota: no aprobado", "Meilleure note : non réussi", "أفضل نتيجة: غير ناجح"),
    "Student": ("Lernende", "Estudiante", "Étudiant", "الطالب"),
    "%1 — %2": ("%1 — %2", "%1 — %2", "%1 — %2", "%1 — %2"),
}

# numerus forms: de/es/fr 2 forms (one, other); ar 6 (zero, one, two, few, many, other)
N = {
    "%n lesson(s), %1 complete": (["%n Lektion, %1 erledigt", "%n Lektionen, %1 erledigt"],
                                  ["%n lección, %1 completado", "%n lecciones, %1 completado"],
                                  ["%n leçon, %1 terminé", "%n leçons, %1 terminé"],
                                  ["لا دروس، %1 مكتمل", "درس واحد، %1 مكتمل", "درسان، %1 مكتمل",
                                   "%n دروس، %1 مكتمل", "%n درسًا، %1 مكتمل", "%n درس، %1 مكتمل"]),
    "Satchel — %n unread notification(s)": (
        ["Satchel — %n ungelesene Benachrichtigung", "Satchel — %n ungelesene Benachrichtigungen"],
        ["Satchel — %n notificación sin leer", "Satchel — %n notificaciones sin leer"],
        ["Satchel — %n notification non lue", "Satchel — %n notifications non lues"],
        ["ساتشل — لا إشعارات غير مقروءة", "ساتشل — إشعار واحد غير مقروء", "ساتشل — إشعاران غير مقروءين",
         "ساتشل — %n إشعارات غير مقروءة", "ساتشل — %n إشعارًا غير مقروء", "ساتشل — %n إشعار غير مقروء"]),
    "Sent to %n student(s) of “%1”.": (
        ["An %n Lernenden von „%1“ gesendet.", "An %n Lernenden von „%1“ gesendet."],
        ["Enviado a %n estudiante de «%1».", "Enviado a %n estudiantes de «%1»."],
        ["Envoyé à %n étudiant de « %1 ».", "Envoyé à %n étudiants de « %1 »."],
        ["لم يُرسَل إلى أي طالب في «%1».", "أُرسل إلى طالب واحد في «%1».", "أُرسل إلى طالبين في «%1».",
         "أُرسل إلى %n طلاب في «%1».", "أُرسل إلى %n طالبًا في «%1».", "أُرسل إلى %n طالب في «%1»."]),
    "Announcement “%1” sent to %n student(s).": (
        ["Ankündigung „%1“ an %n Lernenden gesendet.", "Ankündigung „%1“ an %n Lernenden gesendet."],
        ["Anuncio «%1» enviado a %n estudiante.", "Anuncio «%1» enviado a %n estudiantes."],
        ["Annonce « %1 » envoyée à %n étudiant.", "Annonce « %1 » envoyée à %n étudiants."],
        ["لم يُرسَل الإعلان «%1» إلى أي طالب.", "أُرسل الإعلان «%1» إلى طالب واحد.", "أُرسل الإعلان «%1» إلى طالبين.",
         "أُرسل الإعلان «%1» إلى %n طلاب.", "أُرسل الإعلان «%1» إلى %n طالبًا.", "أُرسل الإعلان «%1» إلى %n طالب."]),
    "%n student(s) enrolled.": (
        ["%n Lernender eingeschrieben.", "%n Lernende eingeschrieben."],
        ["%n estudiante inscrito.", "%n estudiantes inscritos."],
        ["%n étudiant inscrit.", "%n étudiants inscrits."],
        ["لا طلاب مسجّلين.", "طالب واحد مسجّل.", "طالبان مسجّلان.",
         "%n طلاب مسجّلين.", "%n طالبًا مسجّلًا.", "%n طالب مسجّل."]),
    "%n attempt(s), not graded": (
        ["%n Versuch, nicht bewertet", "%n Versuche, nicht bewertet"],
        ["%n intento, sin calificar", "%n intentos, sin calificar"],
        ["%n tentative, non notée", "%n tentatives, non notées"],
        ["لا محاولات، غير مُقيَّمة", "محاولة واحدة، غير مُقيَّمة", "محاولتان، غير مُقيَّمتين",
         "%n محاولات، غير مُقيَّمة", "%n محاولة، غير مُقيَّمة", "%n محاولة، غير مُقيَّمة"]),
}

if __name__ == "__main__":
    for table in (student_app, notifications, editor):
        base.T.update(table.T)
    for table in (student_app, editor):
        base.N.update(table.N)
    base.T.update(T)
    base.N.update(N)
    base.main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1])
