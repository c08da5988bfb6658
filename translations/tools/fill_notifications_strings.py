#!/usr/bin/env python3
"""Fills the translations of the notifications panel, its unread badge and the push wiring's
strings into the .ts files (run after lupdate; only unfinished messages are touched, so hand
edits in Linguist win). Same format as fill_main_strings.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fill_main_strings as base  # noqa: E402
import fill_student_app_strings as student_app  # noqa: E402

T = {
    "Notifications": ("Benachrichtigungen", "Notificaciones", "Notifications", "الإشعارات"),
    "&Notifications": ("&Benachrichtigungen", "&Notificaciones", "&Notifications", "الإ&شعارات"),
    "&Notifications (%1)": ("&Benachrichtigungen (%1)", "&Notificaciones (%1)", "&Notifications (%1)", "الإ&شعارات (%1)"),
    "%1 unread notifications": ("%1 ungelesene Benachrichtigungen", "%1 notificaciones sin leer", "%1 notifications non lues", "إشعارات غير مقروءة: %1"),
    "No unread notifications": ("Keine ungelesenen Benachrichtigungen", "No hay notificaciones sin leer", "Aucune notification non lue", "لا توجد إشعارات غير مقروءة"),
    "&View": ("&Ansicht", "&Ver", "&Affichage", "&عرض"),
    "&Mark all read": ("Alle als &gelesen markieren", "&Marcar todo como leído", "Tout &marquer comme lu", "تعليم ال&كل كمقروء"),
    "Mark all notifications read": ("Alle Benachrichtigungen als gelesen markieren", "Marcar todas las notificaciones como leídas", "Marquer toutes les notifications comme lues", "تعليم كل الإشعارات كمقروءة"),
    "Notifications, newest first": ("Benachrichtigungen, neueste zuerst", "Notificaciones, las más recientes primero", "Notifications, les plus récentes d'abord", "الإشعارات، الأحدث أولًا"),
    "No notifications yet. Announcements, grades and new course versions appear here.": (
        "Noch keine Benachrichtigungen. Ankündigungen, Bewertungen und neue Kursversionen erscheinen hier.",
        "Aún no hay notificaciones. Los anuncios, las calificaciones y las nuevas versiones de los cursos aparecen aquí.",
        "Aucune notification pour l'instant. Les annonces, les notes et les nouvelles versions des cours apparaissent ici.",
        "لا توجد إشعارات بعد. تظهر هنا الإعلانات والدرجات والإصدارات الجديدة من المقرّرات."),
    "Sign in to see your notifications.": ("Melden Sie sich an, um Ihre Benachrichtigungen zu sehen.", "Inicia sesión para ver tus notificaciones.", "Connectez-vous pour voir vos notifications.", "سجّل الدخول لرؤية إشعاراتك."),
    "%1 · %2": ("%1 · %2", "%1 · %2", "%1 · %2", "%1 · %2"),
    "%1 · %2\n%3": ("%1 · %2\n%3", "%1 · %2\n%3", "%1 · %2\n%3", "%1 · %2\n%3"),
    "%1. %2": ("%1. %2", "%1. %2", "%1. %2", "%1. %2"),
    "Unread: %1. %2": ("Ungelesen: %1. %2", "Sin leer: %1. %2", "Non lu : %1. %2", "غير مقروء: %1. %2"),
    "Notifications could not be saved: %1": ("Benachrichtigungen konnten nicht gespeichert werden: %1", "No se pudieron guardar las notificaciones: %1", "Les notifications n'ont pas pu être enregistrées : %1", "تعذّر حفظ الإشعارات: %1"),
}

if __name__ == "__main__":
    base.T.update(student_app.T)  # earlier strings too: the same source appears in new contexts
    base.N.update(student_app.N)
    base.T.update(T)
    base.main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1])
