#!/usr/bin/env python3
"""Fills the translations of the student app's Downloads, Settings, trending, captions and
keychain strings into the .ts files (run after lupdate; only unfinished messages are touched,
so hand edits in Linguist win). Same format as fill_main_strings.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fill_main_strings as base  # noqa: E402

T = {
    "Downloads": ("Downloads", "Descargas", "Téléchargements", "التنزيلات"),
    "&Downloads": ("&Downloads", "&Descargas", "&Téléchargements", "ال&تنزيلات"),
    "Downloaded courses": ("Heruntergeladene Kurse", "Cursos descargados", "Cours téléchargés", "المقرّرات المُنزَّلة"),
    "Waiting": ("Wartet", "En espera", "En attente", "في الانتظار"),
    "Downloading": ("Wird geladen", "Descargando", "Téléchargement", "جارٍ التنزيل"),
    "Paused": ("Angehalten", "En pausa", "En pause", "متوقف مؤقتًا"),
    "Failed": ("Fehlgeschlagen", "Fallida", "Échec", "فشل"),
    "Course": ("Kurs", "Curso", "Cours", "المقرّر"),
    "Progress": ("Fortschritt", "Progreso", "Progression", "التقدّم"),
    "Rate": ("Rate", "Velocidad", "Débit", "السرعة"),
    "Time left": ("Restzeit", "Tiempo restante", "Temps restant", "الوقت المتبقي"),
    "%1/s": ("%1/s", "%1/s", "%1/s", "%1/ث"),
    "%1 of %2 (%3%)": ("%1 von %2 (%3 %)", "%1 de %2 (%3 %)", "%1 sur %2 (%3 %)", "%1 من %2 (%3٪)"),
    "%1 h %2 min": ("%1 h %2 min", "%1 h %2 min", "%1 h %2 min", "%1 س %2 د"),
    "&Pause": ("&Anhalten", "&Pausar", "&Pause", "إيقاف &مؤقت"),
    "&Resume": ("&Fortsetzen", "&Reanudar", "&Reprendre", "&استئناف"),
    "&Cancel": ("Ab&brechen", "&Cancelar", "A&nnuler", "إل&غاء"),
    "Re&move offline copy": ("Offline-Kopie &entfernen", "&Quitar copia sin conexión", "Suppri&mer la copie hors ligne", "إ&زالة النسخة دون اتصال"),
    "Pause the download": ("Download anhalten", "Pausar la descarga", "Mettre le téléchargement en pause", "إيقاف التنزيل مؤقتًا"),
    "Resume the download": ("Download fortsetzen", "Reanudar la descarga", "Reprendre le téléchargement", "استئناف التنزيل"),
    "Cancel the download": ("Download abbrechen", "Cancelar la descarga", "Annuler le téléchargement", "إلغاء التنزيل"),
    "Remove the course's offline copy": ("Offline-Kopie des Kurses entfernen", "Quitar la copia sin conexión del curso", "Supprimer la copie hors ligne du cours", "إزالة نسخة المقرّر دون اتصال"),
    "Disk used: %1": ("Belegter Speicher: %1", "Espacio usado: %1", "Espace utilisé : %1", "المساحة المستخدمة: %1"),
    "Nothing downloaded yet.\nOpen a course and choose “Download for offline use” to keep it on this computer.": (
        "Noch nichts heruntergeladen.\nÖffnen Sie einen Kurs und wählen Sie „Für die Offline-Nutzung herunterladen“, um ihn auf diesem Computer zu behalten.",
        "Aún no hay descargas.\nAbre un curso y elige «Descargar para usar sin conexión» para tenerlo en este ordenador.",
        "Rien n'est encore téléchargé.\nOuvrez un cours et choisissez « Télécharger pour l'utiliser hors ligne » pour le garder sur cet ordinateur.",
        "لم يُنزَّل شيء بعد.\nافتح مقرّرًا واختر «تنزيل للاستخدام دون اتصال» للاحتفاظ به على هذا الحاسوب."),
    "A download failed (%1).": ("Ein Download ist fehlgeschlagen (%1).", "Una descarga falló (%1).", "Un téléchargement a échoué (%1).", "فشل أحد التنزيلات (%1)."),
    "The offline copy could not be removed: %1": ("Die Offline-Kopie konnte nicht entfernt werden: %1", "No se pudo quitar la copia sin conexión: %1", "La copie hors ligne n'a pas pu être supprimée : %1", "تعذّرت إزالة النسخة دون اتصال: %1"),
    "Settings": ("Einstellungen", "Ajustes", "Paramètres", "الإعدادات"),
    "S&ettings": ("E&instellungen", "A&justes", "Paramè&tres", "الإ&عدادات"),
    "&Use this server": ("Diesen Server &verwenden", "&Usar este servidor", "&Utiliser ce serveur", "ا&ستخدم هذا الخادم"),
    "Changing the server signs you out; your downloads stay.": ("Ein Serverwechsel meldet Sie ab; Ihre Downloads bleiben.", "Cambiar de servidor cierra tu sesión; tus descargas se quedan.", "Changer de serveur vous déconnecte ; vos téléchargements restent.", "تغيير الخادم يسجّل خروجك؛ تبقى تنزيلاتك."),
    "Download &folder:": ("Download-&Ordner:", "&Carpeta de descargas:", "Dossier de &téléchargement :", "مجلد ال&تنزيلات:"),
    "Download folder": ("Download-Ordner", "Carpeta de descargas", "Dossier de téléchargement", "مجلد التنزيلات"),
    "&Browse…": ("&Durchsuchen…", "&Examinar…", "&Parcourir…", "ت&صفّح…"),
    "Choose the download folder": ("Download-Ordner wählen", "Elegir la carpeta de descargas", "Choisir le dossier de téléchargement", "اختر مجلد التنزيلات"),
    "A new folder is used from the next start. Courses downloaded before stay in the old folder until you remove their offline copy.": (
        "Ein neuer Ordner gilt ab dem nächsten Start. Bereits heruntergeladene Kurse bleiben im alten Ordner, bis Sie ihre Offline-Kopie entfernen.",
        "La nueva carpeta se usa desde el próximo inicio. Los cursos ya descargados siguen en la carpeta anterior hasta que quites su copia sin conexión.",
        "Un nouveau dossier est utilisé au prochain démarrage. Les cours déjà téléchargés restent dans l'ancien dossier jusqu'à ce que vous supprimiez leur copie hors ligne.",
        "يُستخدم المجلد الجديد من التشغيل التالي. تبقى المقرّرات المُنزَّلة سابقًا في المجلد القديم حتى تزيل نسختها دون اتصال."),
    "Download &limit:": ("Download-&Limit:", "&Límite de descarga:", "&Limite de téléchargement :", "&حدّ التنزيل:"),
    " KiB/s": (" KiB/s", " KiB/s", " Kio/s", " كيلوبايت/ث"),
    "Unlimited": ("Unbegrenzt", "Sin límite", "Illimité", "غير محدود"),
    "Download bandwidth limit in KiB per second": ("Download-Bandbreitenlimit in KiB pro Sekunde", "Límite de ancho de banda de descarga en KiB por segundo", "Limite de bande passante en Kio par seconde", "حدّ سرعة التنزيل بالكيلوبايت في الثانية"),
    "&Language:": ("&Sprache:", "&Idioma:", "&Langue :", "ال&لغة:"),
    "Language": ("Sprache", "Idioma", "Langue", "اللغة"),
    "System default": ("Systemstandard", "Predeterminado del sistema", "Langue du système", "لغة النظام"),
    "The new language applies at once.": ("Die neue Sprache gilt sofort.", "El nuevo idioma se aplica al instante.", "La nouvelle langue s'applique immédiatement.", "تُطبَّق اللغة الجديدة فورًا."),
    "Account:": ("Konto:", "Cuenta:", "Compte :", "الحساب:"),
    "Sign out and forget the saved sign-in": ("Abmelden und gespeicherte Anmeldung vergessen", "Cerrar sesión y olvidar el inicio guardado", "Se déconnecter et oublier la connexion enregistrée", "تسجيل الخروج ونسيان تسجيل الدخول المحفوظ"),
    "Your sign-in is kept in the system keychain; signing out removes it.": ("Ihre Anmeldung liegt im Schlüsselbund des Systems; Abmelden entfernt sie.", "Tu inicio de sesión se guarda en el llavero del sistema; al cerrar sesión se borra.", "Votre connexion est gardée dans le trousseau du système ; la déconnexion l'efface.", "يُحفظ تسجيل دخولك في سلسلة مفاتيح النظام؛ ويزيله تسجيل الخروج."),
    "Your sign-in is not remembered on this computer.": ("Ihre Anmeldung wird auf diesem Computer nicht gespeichert.", "Tu inicio de sesión no se recuerda en este ordenador.", "Votre connexion n'est pas mémorisée sur cet ordinateur.", "لا يُحفظ تسجيل دخولك على هذا الحاسوب."),
    "This computer has no keychain service, so Satchel cannot remember your sign-in: you will be asked to sign in at each start.": (
        "Dieser Computer hat keinen Schlüsselbund-Dienst, daher kann sich Satchel Ihre Anmeldung nicht merken: Sie werden bei jedem Start gefragt.",
        "Este ordenador no tiene servicio de llavero, así que Satchel no puede recordar tu inicio de sesión: se te pedirá en cada inicio.",
        "Cet ordinateur n'a pas de service de trousseau : Satchel ne peut pas mémoriser votre connexion, elle vous sera demandée à chaque démarrage.",
        "لا توجد خدمة سلسلة مفاتيح على هذا الحاسوب، لذا لا يستطيع ساتشل تذكّر تسجيل دخولك: سيُطلب منك تسجيل الدخول عند كل تشغيل."),
    "The keychain did not give Satchel your saved sign-in. Please sign in again.": ("Der Schlüsselbund hat Satchel Ihre gespeicherte Anmeldung nicht gegeben. Bitte melden Sie sich erneut an.", "El llavero no dio a Satchel tu inicio de sesión guardado. Vuelve a iniciar sesión.", "Le trousseau n'a pas fourni votre connexion enregistrée. Veuillez vous reconnecter.", "لم تمنح سلسلة المفاتيح ساتشل تسجيل دخولك المحفوظ. يُرجى تسجيل الدخول مجددًا."),
    "Popular &this week": ("&Diese Woche beliebt", "Populares es&ta semana", "Populaires ce&tte semaine", "الأكثر رواجًا هذا الأ&سبوع"),
    "Popular this week": ("Diese Woche beliebt", "Populares esta semana", "Populaires cette semaine", "الأكثر رواجًا هذا الأسبوع"),
    "Streaming": ("Wird gestreamt", "En streaming", "En streaming", "بثّ مباشر"),
    "CC": ("UT", "CC", "ST", "ترجمة"),
    "Captions (C)": ("Untertitel (C)", "Subtítulos (C)", "Sous-titres (C)", "الترجمة النصية (C)"),
    "Captions": ("Untertitel", "Subtítulos", "Sous-titres", "الترجمة النصية"),
    "Opening “%1”…": ("„%1“ wird geöffnet…", "Abriendo «%1»…", "Ouverture de « %1 »…", "جارٍ فتح «%1»…"),
    "This video is not downloaded and the server cannot be reached.": ("Dieses Video ist nicht heruntergeladen und der Server ist nicht erreichbar.", "Este vídeo no está descargado y no se puede contactar con el servidor.", "Cette vidéo n'est pas téléchargée et le serveur est injoignable.", "هذا الفيديو غير مُنزَّل ولا يمكن الوصول إلى الخادم."),
    "This reading is not downloaded and the server cannot be reached.": ("Dieser Text ist nicht heruntergeladen und der Server ist nicht erreichbar.", "Esta lectura no está descargada y no se puede contactar con el servidor.", "Cette lecture n'est pas téléchargée et le serveur est injoignable.", "هذه القراءة غير مُنزَّلة ولا يمكن الوصول إلى الخادم."),
    "State": ("Stand", "Estado", "État", "الحالة"),
    "Cannot open the local database: %1": ("Die lokale Datenbank lässt sich nicht öffnen: %1", "No se puede abrir la base de datos local: %1", "Impossible d'ouvrir la base locale : %1", "تعذّر فتح قاعدة البيانات المحلية: %1"),
    "Your progress could not be saved: %1": ("Ihr Fortschritt konnte nicht gespeichert werden: %1", "No se pudo guardar tu progreso: %1", "Votre progression n'a pas pu être enregistrée : %1", "تعذّر حفظ تقدّمك: %1"),
    "Your answers could not be saved: %1": ("Ihre Antworten konnten nicht gespeichert werden: %1", "No se pudieron guardar tus respuestas: %1", "Vos réponses n'ont pas pu être enregistrées : %1", "تعذّر حفظ إجاباتك: %1"),
    "This server does not allow that.": ("Dieser Server erlaubt das nicht.", "Este servidor no lo permite.", "Ce serveur ne le permet pas.", "لا يسمح هذا الخادم بذلك."),
    "The server refused the request (%1).": ("Der Server hat die Anfrage abgelehnt (%1).", "El servidor rechazó la petición (%1).", "Le serveur a refusé la demande (%1).", "رفض الخادم الطلب (%1)."),
    "This server speaks a newer protocol: please update Satchel.": ("Dieser Server spricht ein neueres Protokoll: Bitte aktualisieren Sie Satchel.", "Este servidor usa un protocolo más nuevo: actualiza Satchel.", "Ce serveur parle un protocole plus récent : mettez Satchel à jour.", "يستخدم هذا الخادم بروتوكولًا أحدث: يُرجى تحديث ساتشل."),
}
N = {
    "%n second(s)": (["%n Sekunde", "%n Sekunden"], ["%n segundo", "%n segundos"], ["%n seconde", "%n secondes"],
                     ["لا ثوانٍ", "ثانية واحدة", "ثانيتان", "%n ثوانٍ", "%n ثانية", "%n ثانية"]),
    "%n minute(s)": (["%n Minute", "%n Minuten"], ["%n minuto", "%n minutos"], ["%n minute", "%n minutes"],
                     ["لا دقائق", "دقيقة واحدة", "دقيقتان", "%n دقائق", "%n دقيقة", "%n دقيقة"]),
    "%n learner(s) this week": (["%n Lernender diese Woche", "%n Lernende diese Woche"],
                                ["%n estudiante esta semana", "%n estudiantes esta semana"],
                                ["%n apprenant cette semaine", "%n apprenants cette semaine"],
                                ["لا متعلمين هذا الأسبوع", "متعلم واحد هذا الأسبوع", "متعلمان هذا الأسبوع",
                                 "%n متعلمين هذا الأسبوع", "%n متعلمًا هذا الأسبوع", "%n متعلم هذا الأسبوع"]),
}

if __name__ == "__main__":
    base.T.update(T)  # the main strings too: the same source appears in new contexts
    base.N.update(N)
    base.main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1])
