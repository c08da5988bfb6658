#!/usr/bin/env python3
"""Fills the translations of the student app's main strings into the .ts files (run after
lupdate; only unfinished messages are touched, so hand edits in Linguist win)."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# source -> (de, es, fr, ar)
T = {
    "My progress": ("Mein Fortschritt", "Mi progreso", "Ma progression", "تقدّمي"),
    "My &progress": ("Mein &Fortschritt", "Mi &progreso", "Ma &progression", "&تقدّمي"),
    "Overall: %1% of your courses completed": ("Insgesamt: %1 % Ihrer Kurse abgeschlossen", "En total: %1 % de tus cursos completado", "Au total : %1 % de vos cours terminés", "الإجمالي: اكتمل %1٪ من مقرّراتك"),
    "Overall progress: %1%": ("Gesamtfortschritt: %1 %", "Progreso total: %1 %", "Progression globale : %1 %", "التقدّم الإجمالي: %1٪"),
    "The demo student could not sign in: %1": ("Der Demo-Student konnte sich nicht anmelden: %1", "El estudiante de demostración no pudo iniciar sesión: %1", "L'étudiant de démonstration n'a pas pu se connecter : %1", "تعذّر على طالب العرض تسجيل الدخول: %1"),
    "Welcome to Satchel": ("Willkommen bei Satchel", "Bienvenido a Satchel", "Bienvenue dans Satchel", "مرحبًا بك في ساتشل"),
    "Sign in with the account your school gave you. Everything you learn is saved on this computer and synced whenever you are online.": (
        "Melden Sie sich mit dem Konto Ihrer Schule an. Alles, was Sie lernen, wird auf diesem Computer gespeichert und synchronisiert, sobald Sie online sind.",
        "Inicia sesión con la cuenta que te dio tu centro. Todo lo que aprendes se guarda en este ordenador y se sincroniza cuando tienes conexión.",
        "Connectez-vous avec le compte fourni par votre établissement. Tout ce que vous apprenez est enregistré sur cet ordinateur et synchronisé dès que vous êtes en ligne.",
        "سجّل الدخول بالحساب الذي منحتك إياه مدرستك. كل ما تتعلمه يُحفظ على هذا الحاسوب ويُزامَن متى كنت متصلًا."),
    "&Server:": ("&Server:", "&Servidor:", "&Serveur :", "ال&خادم:"),
    "&Email:": ("&E-Mail:", "&Correo:", "&E-mail :", "البريد ال&إلكتروني:"),
    "&Password:": ("&Passwort:", "&Contraseña:", "&Mot de passe :", "&كلمة المرور:"),
    "Your &name:": ("Ihr &Name:", "Tu &nombre:", "Votre &nom :", "ا&سمك:"),
    "Server address": ("Serveradresse", "Dirección del servidor", "Adresse du serveur", "عنوان الخادم"),
    "Email": ("E-Mail", "Correo", "E-mail", "البريد الإلكتروني"),
    "Password": ("Passwort", "Contraseña", "Mot de passe", "كلمة المرور"),
    "Your name": ("Ihr Name", "Tu nombre", "Votre nom", "اسمك"),
    "I don't have an account yet: create one": ("Ich habe noch kein Konto: eines erstellen", "Aún no tengo cuenta: crear una", "Je n'ai pas encore de compte : en créer un", "ليس لدي حساب بعد: أنشئ حسابًا"),
    "Create account": ("Konto erstellen", "Crear cuenta", "Créer le compte", "إنشاء حساب"),
    "Sign in": ("Anmelden", "Iniciar sesión", "Se connecter", "تسجيل الدخول"),
    "Signing in…": ("Anmeldung läuft…", "Iniciando sesión…", "Connexion…", "جارٍ تسجيل الدخول…"),
    "Enter your email and your password.": ("Geben Sie Ihre E-Mail und Ihr Passwort ein.", "Escribe tu correo y tu contraseña.", "Saisissez votre e-mail et votre mot de passe.", "أدخل بريدك الإلكتروني وكلمة المرور."),
    "Enter your school's server address, e.g. https://learn.school.example": ("Geben Sie die Serveradresse Ihrer Schule ein, z. B. https://learn.school.example", "Escribe la dirección del servidor de tu centro, p. ej. https://learn.school.example", "Saisissez l'adresse du serveur de votre établissement, p. ex. https://learn.school.example", "أدخل عنوان خادم مدرستك، مثل https://learn.school.example"),
    "The server cannot be reached. Check the address and your connection.": ("Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.", "No se puede contactar con el servidor. Comprueba la dirección y tu conexión.", "Le serveur est injoignable. Vérifiez l'adresse et votre connexion.", "تعذّر الوصول إلى الخادم. تحقّق من العنوان ومن اتصالك."),
    "The email or the password is not right.": ("E-Mail oder Passwort stimmen nicht.", "El correo o la contraseña no son correctos.", "L'e-mail ou le mot de passe est incorrect.", "البريد الإلكتروني أو كلمة المرور غير صحيحة."),
    "The server did not answer in time. Try again in a moment.": ("Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.", "El servidor no respondió a tiempo. Inténtalo de nuevo en un momento.", "Le serveur n'a pas répondu à temps. Réessayez dans un instant.", "لم يُجب الخادم في الوقت المناسب. حاول مجددًا بعد قليل."),
    "An account with this email already exists.": ("Ein Konto mit dieser E-Mail gibt es bereits.", "Ya existe una cuenta con este correo.", "Un compte existe déjà avec cet e-mail.", "يوجد حساب بهذا البريد الإلكتروني بالفعل."),
    "Something went wrong on the server. Try again later.": ("Auf dem Server ist etwas schiefgegangen. Versuchen Sie es später erneut.", "Algo falló en el servidor. Inténtalo más tarde.", "Une erreur s'est produite sur le serveur. Réessayez plus tard.", "حدث خطأ في الخادم. حاول لاحقًا."),
    "Not enrolled": ("Nicht eingeschrieben", "Sin inscribir", "Non inscrit", "غير مسجّل"),
    "Offline ✓": ("Offline ✓", "Sin conexión ✓", "Hors ligne ✓", "دون اتصال ✓"),
    "Download failed": ("Download fehlgeschlagen", "Descarga fallida", "Échec du téléchargement", "فشل التنزيل"),
    "Downloading %1%": ("Wird geladen: %1 %", "Descargando %1 %", "Téléchargement %1 %", "جارٍ التنزيل %1٪"),
    "Lesson": ("Lektion", "Lección", "Leçon", "الدرس"),
    "State": ("Stand", "Estado", "État", "الحالة"),
    "Lessons": ("Lektionen", "Lecciones", "Leçons", "الدروس"),
    "Not taken": ("Noch nicht bearbeitet", "Sin hacer", "Pas encore fait", "لم يُؤدَّ بعد"),
    "Score %1/%2": ("Punkte %1/%2", "Nota %1/%2", "Score %1/%2", "الدرجة %1/%2"),
    "Score %1/%2 (awaiting grade)": ("Punkte %1/%2 (Bewertung ausstehend)", "Nota %1/%2 (pendiente de calificar)", "Score %1/%2 (note en attente)", "الدرجة %1/%2 (بانتظار التقييم)"),
    "Awaiting grade": ("Bewertung ausstehend", "Pendiente de calificar", "Note en attente", "بانتظار التقييم"),
    "Downloaded": ("Heruntergeladen", "Descargado", "Téléchargé", "مُنزَّل"),
    "Online only": ("Nur online", "Solo en línea", "En ligne uniquement", "عبر الإنترنت فقط"),
    "%1% watched": ("%1 % angesehen", "%1 % visto", "%1 % regardé", "شوهد %1٪"),
    "Completed": ("Abgeschlossen", "Completado", "Terminé", "مكتمل"),
    "%p% complete": ("%p % erledigt", "%p % completado", "%p % terminé", "%p٪ مكتمل"),
    "Course progress: %1%": ("Kursfortschritt: %1 %", "Progreso del curso: %1 %", "Progression du cours : %1 %", "تقدّم المقرّر: %1٪"),
    "Not downloaded (%1)": ("Nicht heruntergeladen (%1)", "Sin descargar (%1)", "Non téléchargé (%1)", "غير مُنزَّل (%1)"),
    "Downloading… %1%": ("Wird geladen… %1 %", "Descargando… %1 %", "Téléchargement… %1 %", "جارٍ التنزيل… %1٪"),
    "Available offline": ("Offline verfügbar", "Disponible sin conexión", "Disponible hors ligne", "متاح دون اتصال"),
    "Download failed; try again": ("Download fehlgeschlagen; erneut versuchen", "Descarga fallida; inténtalo de nuevo", "Échec du téléchargement ; réessayez", "فشل التنزيل؛ حاول مجددًا"),
    "Back to catalog": ("Zurück zum Katalog", "Volver al catálogo", "Retour au catalogue", "العودة إلى الفهرس"),
    "Back to course": ("Zurück zum Kurs", "Volver al curso", "Retour au cours", "العودة إلى المقرّر"),
    "Download for offline use": ("Für die Offline-Nutzung herunterladen", "Descargar para usar sin conexión", "Télécharger pour l'utiliser hors ligne", "تنزيل للاستخدام دون اتصال"),
    "&Sync now": ("Jetzt &synchronisieren", "&Sincronizar ahora", "&Synchroniser maintenant", "&زامِن الآن"),
    "Sign &out": ("&Abmelden", "&Cerrar sesión", "Se &déconnecter", "تسجيل ال&خروج"),
    "Pause": ("Pause", "Pausa", "Pause", "إيقاف مؤقت"),
    "Play": ("Abspielen", "Reproducir", "Lecture", "تشغيل"),
    "Position": ("Position", "Posición", "Position", "الموضع"),
    "Playback speed": ("Wiedergabegeschwindigkeit", "Velocidad de reproducción", "Vitesse de lecture", "سرعة التشغيل"),
    "Volume": ("Lautstärke", "Volumen", "Volume", "مستوى الصوت"),
    "Mute (M)": ("Stumm (M)", "Silenciar (M)", "Couper le son (M)", "كتم الصوت (M)"),
    "Full screen (F)": ("Vollbild (F)", "Pantalla completa (F)", "Plein écran (F)", "ملء الشاشة (F)"),
    "Video": ("Video", "Vídeo", "Vidéo", "الفيديو"),
    "Watched: %1%": ("Angesehen: %1 %", "Visto: %1 %", "Regardé : %1 %", "المُشاهَد: %1٪"),
    "Practice quiz: your score is shown as soon as you submit.": ("Übungsquiz: Ihr Ergebnis erscheint, sobald Sie abgeben.", "Cuestionario de práctica: verás tu nota en cuanto lo envíes.", "Quiz d'entraînement : votre score s'affiche dès l'envoi.", "اختبار تدريبي: تظهر درجتك فور الإرسال."),
    "Graded quiz: your score counts once the server has graded it.": ("Bewertetes Quiz: Ihr Ergebnis zählt, sobald der Server es bewertet hat.", "Cuestionario calificado: tu nota cuenta cuando el servidor lo califique.", "Quiz noté : votre score compte une fois noté par le serveur.", "اختبار مُقيَّم: تُحتسب درجتك بعد أن يقيّمها الخادم."),
    "True": ("Wahr", "Verdadero", "Vrai", "صحيح"),
    "False": ("Falsch", "Falso", "Faux", "خطأ"),
    "A number": ("Eine Zahl", "Un número", "Un nombre", "رقم"),
    "Your answer": ("Ihre Antwort", "Tu respuesta", "Votre réponse", "إجابتك"),
    "%1 of %2 points": ("%1 von %2 Punkten", "%1 de %2 puntos", "%1 sur %2 points", "%1 من %2 نقاط"),
    "Passed: %1.": ("Bestanden: %1.", "Aprobado: %1.", "Réussi : %1.", "ناجح: %1."),
    "Not passed yet: %1. You can try again.": ("Noch nicht bestanden: %1. Sie können es erneut versuchen.", "Aún no aprobado: %1. Puedes intentarlo de nuevo.", "Pas encore réussi : %1. Vous pouvez réessayer.", "لم تنجح بعد: %1. يمكنك المحاولة مجددًا."),
    "Provisional score: %1. Awaiting the server's grade.": ("Vorläufiges Ergebnis: %1. Die Bewertung des Servers steht noch aus.", "Nota provisional: %1. Pendiente de la calificación del servidor.", "Score provisoire : %1. En attente de la note du serveur.", "درجة مؤقتة: %1. بانتظار تقييم الخادم."),
    "Time left: %1:%2": ("Verbleibende Zeit: %1:%2", "Tiempo restante: %1:%2", "Temps restant : %1:%2", "الوقت المتبقي: %1:%2"),
    "Submit answers": ("Antworten abgeben", "Enviar respuestas", "Envoyer les réponses", "إرسال الإجابات"),
    "Questions": ("Fragen", "Preguntas", "Questions", "الأسئلة"),
    "This lesson has no quiz.": ("Diese Lektion hat kein Quiz.", "Esta lección no tiene cuestionario.", "Cette leçon n'a pas de quiz.", "لا يحتوي هذا الدرس على اختبار."),
    "Changes the server did not accept": ("Änderungen, die der Server nicht angenommen hat", "Cambios que el servidor no aceptó", "Modifications refusées par le serveur", "تغييرات لم يقبلها الخادم"),
    "When": ("Wann", "Cuándo", "Quand", "متى"),
    "What": ("Was", "Qué", "Quoi", "ماذا"),
    "Why": ("Warum", "Por qué", "Pourquoi", "لماذا"),
    "What you can do": ("Was Sie tun können", "Qué puedes hacer", "Que faire", "ما يمكنك فعله"),
    "Everything you did has been accepted by the server.": ("Der Server hat alles angenommen, was Sie getan haben.", "El servidor ha aceptado todo lo que hiciste.", "Le serveur a accepté tout ce que vous avez fait.", "قبِل الخادم كل ما قمت به."),
    "Quiz answers": ("Quizantworten", "Respuestas del cuestionario", "Réponses au quiz", "إجابات الاختبار"),
    "Lesson progress": ("Lektionsfortschritt", "Progreso de la lección", "Progression de la leçon", "تقدّم الدرس"),
    "Show what was not accepted by the server": ("Zeigen, was der Server nicht angenommen hat", "Mostrar lo que el servidor no aceptó", "Afficher ce que le serveur n'a pas accepté", "عرض ما لم يقبله الخادم"),
    "This course cannot be opened while offline.": ("Dieser Kurs lässt sich offline nicht öffnen.", "Este curso no se puede abrir sin conexión.", "Ce cours ne peut pas être ouvert hors ligne.", "لا يمكن فتح هذا المقرّر دون اتصال."),
    "Keep the local database and downloads in DIR.": ("Die lokale Datenbank und Downloads in DIR ablegen.", "Guardar la base de datos local y las descargas en DIR.", "Conserver la base locale et les téléchargements dans DIR.", "احفظ قاعدة البيانات المحلية والتنزيلات في DIR."),
}
# numerus forms: source -> per language list of forms (de/es/fr: 2 forms; ar: 6 forms)
N = {
    "%n lesson(s)": (["%n Lektion", "%n Lektionen"], ["%n lección", "%n lecciones"], ["%n leçon", "%n leçons"],
                     ["لا دروس", "درس واحد", "درسان", "%n دروس", "%n درسًا", "%n درس"]),
}
LANGS = {"de": 0, "es": 1, "fr": 2, "ar": 3}

def main(ts_dir: Path) -> None:
    for lang, col in LANGS.items():
        path = ts_dir / f"satchel_{lang}.ts"
        tree = ET.parse(path)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            if source in T:
                tr.text = T[source][col]
                del tr.attrib["type"]
            elif source in N:
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for form in N[source][col]:
                    ET.SubElement(tr, "numerusform").text = form
                del tr.attrib["type"]
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                        encoding="utf-8")

if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1])
