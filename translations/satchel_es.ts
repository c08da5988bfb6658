<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>satchel</name>
    <message>
        <source>Satchel: offline-first learning.</source>
        <translation>Satchel: aprendizaje pensado para funcionar sin conexión.</translation>
    </message>
    <message>
        <source>The sync server to use, e.g. https://school.example.</source>
        <translation>El servidor de sincronización que se usará, p. ej. https://school.example.</translation>
    </message>
    <message>
        <source>The UI language (%1); default: the system's.</source>
        <translation>El idioma de la interfaz (%1); por defecto: el del sistema.</translation>
    </message>
    <message>
        <source>Show each screen, save a screenshot of it into DIR, and quit.</source>
        <translation>Mostrar cada pantalla, guardar una captura en DIR y salir.</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>No es una dirección de servidor: %1</translation>
    </message>
    <message>
        <source>Unknown language '%1'; choose one of: %2</source>
        <translation>Idioma desconocido «%1»; elija uno de: %2</translation>
    </message>
    <message>
        <source>Keep the local database and downloads in DIR.</source>
        <translation>Guardar la base de datos local y las descargas en DIR.</translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoJourney</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>No se puede escribir la captura %1</translation>
    </message>
    <message>
        <source>The demo step for %1 did not complete in time</source>
        <translation>El paso de demostración de %1 no terminó a tiempo</translation>
    </message>
    <message>
        <source>The demo student could not sign in: %1</source>
        <translation>El estudiante de demostración no pudo iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CatalogModel</name>
    <message numerus="yes">
        <source>%n lesson(s), %1 complete</source>
        <translation><numerusform>%n lección, %1 completado</numerusform><numerusform>%n lecciones, %1 completado</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>Buscar cursos</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>Ningún curso coincide con «%1».</translation>
    </message>
    <message>
        <source>No courses yet.
Sign in to your school's server to see its catalog, or import a course file.</source>
        <translation>Todavía no hay cursos.
Inicie sesión en el servidor de su centro para ver su catálogo, o importe un archivo de curso.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) this week</source>
        <translation>
            <numerusform>%n estudiante esta semana</numerusform>
            <numerusform>%n estudiantes esta semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Popular &amp;this week</source>
        <translation>Populares es&amp;ta semana</translation>
    </message>
    <message>
        <source>Popular this week</source>
        <translation>Populares esta semana</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CourseCardDelegate</name>
    <message>
        <source>Not enrolled</source>
        <translation>Sin inscribir</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Descargando %1 %</translation>
    </message>
    <message>
        <source>Offline ✓</source>
        <translation>Sin conexión ✓</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Descarga fallida</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lección</numerusform>
            <numerusform>%n lecciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::ui::CourseOutlineModel</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Sin hacer</translation>
    </message>
    <message>
        <source>Score %1/%2</source>
        <translation>Nota %1/%2</translation>
    </message>
    <message>
        <source>Score %1/%2 (awaiting grade)</source>
        <translation>Nota %1/%2 (pendiente de calificar)</translation>
    </message>
    <message>
        <source>Awaiting grade</source>
        <translation>Pendiente de calificar</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Descargado</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>Solo en línea</translation>
    </message>
    <message>
        <source>%1% watched</source>
        <translation>%1 % visto</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CoursePage</name>
    <message>
        <source>%p% complete</source>
        <translation>%p % completado</translation>
    </message>
    <message>
        <source>Course progress: %1%</source>
        <translation>Progreso del curso: %1 %</translation>
    </message>
    <message>
        <source>Not downloaded (%1)</source>
        <translation>Sin descargar (%1)</translation>
    </message>
    <message>
        <source>Downloading… %1%</source>
        <translation>Descargando… %1 %</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible sin conexión</translation>
    </message>
    <message>
        <source>Download failed; try again</source>
        <translation>Descarga fallida; inténtalo de nuevo</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Volver al catálogo</translation>
    </message>
    <message>
        <source>Download for offline use</source>
        <translation>Descargar para usar sin conexión</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>satchel::ui::DownloadsModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>Disponible sin conexión</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>satchel::ui::DownloadsPage</name>
    <message>
        <source>Disk used: %1</source>
        <translation>Espacio usado: %1</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Volver al catálogo</translation>
    </message>
    <message>
        <source>Downloaded courses</source>
        <translation>Cursos descargados</translation>
    </message>
    <message>
        <source>Nothing downloaded yet.
Open a course and choose “Download for offline use” to keep it on this computer.</source>
        <translation>Aún no hay descargas.
Abre un curso y elige «Descargar para usar sin conexión» para tenerlo en este ordenador.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>Pausar la descarga</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume the download</source>
        <translation>Reanudar la descarga</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>Cancelar la descarga</translation>
    </message>
    <message>
        <source>Re&amp;move offline copy</source>
        <translation>&amp;Quitar copia sin conexión</translation>
    </message>
    <message>
        <source>Remove the course's offline copy</source>
        <translation>Quitar la copia sin conexión del curso</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>&amp;Acerca de Satchel</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>Ningún servidor configurado</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>Acerca de Satchel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline-first learning: courses, videos, readings and quizzes that work with or without a connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aprendizaje sin conexión primero: cursos, vídeos, lecturas y cuestionarios que funcionan con o sin conexión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This course cannot be opened while offline.</source>
        <translation>Este curso no se puede abrir sin conexión.</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Abriendo «%1»…</translation>
    </message>
    <message>
        <source>This video is not downloaded and the server cannot be reached.</source>
        <translation>Este vídeo no está descargado y no se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>This reading is not downloaded and the server cannot be reached.</source>
        <translation>Esta lectura no está descargada y no se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>My &amp;progress</source>
        <translation>Mi &amp;progreso</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>&amp;Notifications (%1)</source>
        <translation>&amp;Notificaciones (%1)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>%1 unread notifications</source>
        <translation>%1 notificaciones sin leer</translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>No hay notificaciones sin leer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
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
        <translation>Sin leer: %1. %2</translation>
    </message>
</context>
<context>
    <name>satchel::ui::NotificationsPage</name>
    <message>
        <source>No notifications yet. Announcements, grades and new course versions appear here.</source>
        <translation>Aún no hay notificaciones. Los anuncios, las calificaciones y las nuevas versiones de los cursos aparecen aquí.</translation>
    </message>
    <message>
        <source>Sign in to see your notifications.</source>
        <translation>Inicia sesión para ver tus notificaciones.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Volver al catálogo</translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation>&amp;Marcar todo como leído</translation>
    </message>
    <message>
        <source>Mark all notifications read</source>
        <translation>Marcar todas las notificaciones como leídas</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Notificaciones, las más recientes primero</translation>
    </message>
</context>
<context>
    <name>satchel::ui::PlayerPage</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Back to course</source>
        <translation>Volver al curso</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Pantalla completa (F)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>En streaming</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Captions (C)</source>
        <translation>Subtítulos (C)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Subtítulos</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ProgressChart</name>
    <message>
        <source>Overall progress: %1%</source>
        <translation>Progreso total: %1 %</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ProgressPage</name>
    <message>
        <source>My progress</source>
        <translation>Mi progreso</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Volver al catálogo</translation>
    </message>
    <message>
        <source>Overall: %1% of your courses completed</source>
        <translation>En total: %1 % de tus cursos completado</translation>
    </message>
</context>
<context>
    <name>satchel::ui::QuizPage</name>
    <message>
        <source>This lesson has no quiz.</source>
        <translation>Esta lección no tiene cuestionario.</translation>
    </message>
    <message>
        <source>Practice quiz: your score is shown as soon as you submit.</source>
        <translation>Cuestionario de práctica: verás tu nota en cuanto lo envíes.</translation>
    </message>
    <message>
        <source>Graded quiz: your score counts once the server has graded it.</source>
        <translation>Cuestionario calificado: tu nota cuenta cuando el servidor lo califique.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 de %2 puntos</translation>
    </message>
    <message>
        <source>Passed: %1.</source>
        <translation>Aprobado: %1.</translation>
    </message>
    <message>
        <source>Not passed yet: %1. You can try again.</source>
        <translation>Aún no aprobado: %1. Puedes intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Provisional score: %1. Awaiting the server's grade.</source>
        <translation>Nota provisional: %1. Pendiente de la calificación del servidor.</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>Tiempo restante: %1:%2</translation>
    </message>
    <message>
        <source>Back to course</source>
        <translation>Volver al curso</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Enviar respuestas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Graded quiz: the server grades your answers; your score is shown once it has.</source>
        <translation>Cuestionario calificado: el servidor califica tus respuestas; verás tu nota cuando lo haya hecho.</translation>
    </message>
    <message>
        <source>Answers submitted. Awaiting the server's grade.</source>
        <translation>Respuestas enviadas. Pendiente de la calificación del servidor.</translation>
    </message>
    <message>
        <source>Graded by the server. Passed: %1.</source>
        <translation>Calificado por el servidor. Aprobado: %1.</translation>
    </message>
    <message>
        <source>Graded by the server. Not passed yet: %1.</source>
        <translation>Calificado por el servidor. Aún no aprobado: %1.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ReadingPage</name>
    <message>
        <source>Back to course</source>
        <translation>Volver al curso</translation>
    </message>
</context>
<context>
    <name>satchel::ui::RejectedEventsDialog</name>
    <message>
        <source>Changes the server did not accept</source>
        <translation>Cambios que el servidor no aceptó</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puedes hacer</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>Everything you did has been accepted by the server.</source>
        <translation>El servidor ha aceptado todo lo que hiciste.</translation>
    </message>
    <message>
        <source>The server kept these changes aside. They are still saved on this computer; nothing was thrown away.</source>
        <translation>El servidor ha apartado estos cambios. Siguen guardados en este ordenador; no se ha perdido nada.</translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation>Respuestas del cuestionario</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Progreso de la lección</translation>
    </message>
    <message>
        <source>You are no longer enrolled in this course. Ask your teacher to enrol you again; your progress will then be sent.</source>
        <translation>Ya no estás inscrito en este curso. Pide a tu profesor que vuelva a inscribirte; entonces se enviará tu progreso.</translation>
    </message>
    <message>
        <source>The course was changed or removed. Update the course from the catalog.</source>
        <translation>El curso se ha modificado o eliminado. Actualiza el curso desde el catálogo.</translation>
    </message>
    <message>
        <source>Your account may not record this. Contact your school.</source>
        <translation>Tu cuenta no puede registrar esto. Ponte en contacto con tu centro.</translation>
    </message>
    <message>
        <source>Another device recorded something different. Nothing to do: the server keeps the newest.</source>
        <translation>Otro dispositivo registró algo distinto. No tienes que hacer nada: el servidor conserva lo más reciente.</translation>
    </message>
    <message>
        <source>The change was damaged. Please report it to your school's support.</source>
        <translation>El cambio estaba dañado. Comunícalo al soporte de tu centro.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SettingsPage</name>
    <message>
        <source>Enter your school's server address, e.g. https://learn.school.example</source>
        <translation>Escribe la dirección del servidor de tu centro, p. ej. https://learn.school.example</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>Volver al catálogo</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>&amp;Usar este servidor</translation>
    </message>
    <message>
        <source>Changing the server signs you out; your downloads stay.</source>
        <translation>Cambiar de servidor cierra tu sesión; tus descargas se quedan.</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>&amp;Carpeta de descargas:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>Elegir la carpeta de descargas</translation>
    </message>
    <message>
        <source>A new folder is used from the next start. Courses downloaded before stay in the old folder until you remove their offline copy.</source>
        <translation>La nueva carpeta se usa desde el próximo inicio. Los cursos ya descargados siguen en la carpeta anterior hasta que quites su copia sin conexión.</translation>
    </message>
    <message>
        <source>Download &amp;limit:</source>
        <translation>&amp;Límite de descarga:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Download bandwidth limit in KiB per second</source>
        <translation>Límite de ancho de banda de descarga en KiB por segundo</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies at once.</source>
        <translation>El nuevo idioma se aplica al instante.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notificaciones:</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>Mostrar &amp;notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>Mostrar notificaciones de escritorio</translation>
    </message>
    <message>
        <source>The notifications panel and its unread count work either way.</source>
        <translation>El panel de notificaciones y su recuento de no leídas funcionan en ambos casos.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out and forget the saved sign-in</source>
        <translation>Cerrar sesión y olvidar el inicio guardado</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keychain; signing out removes it.</source>
        <translation>Tu inicio de sesión se guarda en el llavero del sistema; al cerrar sesión se borra.</translation>
    </message>
    <message>
        <source>Your sign-in is not remembered on this computer.</source>
        <translation>Tu inicio de sesión no se recuerda en este ordenador.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SignInPage</name>
    <message>
        <source>Enter your school's server address, e.g. https://learn.school.example</source>
        <translation>Escribe la dirección del servidor de tu centro, p. ej. https://learn.school.example</translation>
    </message>
    <message>
        <source>Enter your email and your password.</source>
        <translation>Escribe tu correo y tu contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Welcome to Satchel</source>
        <translation>Bienvenido a Satchel</translation>
    </message>
    <message>
        <source>Sign in with the account your school gave you. Everything you learn is saved on this computer and synced whenever you are online.</source>
        <translation>Inicia sesión con la cuenta que te dio tu centro. Todo lo que aprendes se guarda en este ordenador y se sincroniza cuando tienes conexión.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>I don't have an account yet: create one</source>
        <translation>Aún no tengo cuenta: crear una</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>This computer has no keychain service, so Satchel cannot remember your sign-in: you will be asked to sign in at each start.</source>
        <translation>Este ordenador no tiene servicio de llavero, así que Satchel no puede recordar tu inicio de sesión: se te pedirá en cada inicio.</translation>
    </message>
    <message>
        <source>The keychain did not give Satchel your saved sign-in. Please sign in again.</source>
        <translation>El llavero no dio a Satchel tu inicio de sesión guardado. Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::StudentController</name>
    <message>
        <source>Cannot open the local database: %1</source>
        <translation>No se puede abrir la base de datos local: %1</translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1</source>
        <translation>No se pudo guardar tu progreso: %1</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>No se pudieron guardar tus respuestas: %1</translation>
    </message>
    <message>
        <source>Another student's work on this computer has not reached the server yet (changes waiting: %1). That student must sign in once while online so it is sent; then you can sign in.</source>
        <translation>El trabajo de otro estudiante en este equipo aún no ha llegado al servidor (cambios pendientes: %1). Ese estudiante debe iniciar sesión una vez con conexión para enviarlo; después podrá iniciar sesión.</translation>
    </message>
    <message>
        <source>Signing in failed: the local database could not be updated (%1).</source>
        <translation>No se pudo iniciar sesión: no se pudo actualizar la base de datos local (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>No se puede contactar con el servidor. Comprueba la dirección y tu conexión.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>El servidor no respondió a tiempo. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The email or the password is not right.</source>
        <translation>El correo o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>This server does not allow that.</source>
        <translation>Este servidor no lo permite.</translation>
    </message>
    <message>
        <source>An account with this email already exists.</source>
        <translation>Ya existe una cuenta con este correo.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>El servidor rechazó la petición (%1).</translation>
    </message>
    <message>
        <source>This server speaks a newer protocol: please update Satchel.</source>
        <translation>Este servidor usa un protocolo más nuevo: actualiza Satchel.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again later.</source>
        <translation>Algo falló en el servidor. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>A download failed (%1).</source>
        <translation>Una descarga falló (%1).</translation>
    </message>
    <message>
        <source>The offline copy could not be removed: %1</source>
        <translation>No se pudo quitar la copia sin conexión: %1</translation>
    </message>
    <message>
        <source>Notifications could not be saved: %1</source>
        <translation>No se pudieron guardar las notificaciones: %1</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SyncIndicator</name>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n requiere atención</numerusform>
            <numerusform>%n requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>Estado de sincronización: %1</translation>
    </message>
    <message>
        <source>Show what was not accepted by the server</source>
        <translation>Mostrar lo que el servidor no aceptó</translation>
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
        <translation><numerusform>Satchel — %n notificación sin leer</numerusform><numerusform>Satchel — %n notificaciones sin leer</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::WatchedBar</name>
    <message>
        <source>Watched: %1%</source>
        <translation>Visto: %1 %</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseDocument</name>
    <message>
        <source>Add module</source>
        <translation>Añadir módulo</translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation>Eliminar módulo</translation>
    </message>
    <message>
        <source>Rename module</source>
        <translation>Renombrar módulo</translation>
    </message>
    <message>
        <source>Move module</source>
        <translation>Mover módulo</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>Añadir lección</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>Eliminar lección</translation>
    </message>
    <message>
        <source>Rename lesson</source>
        <translation>Renombrar lección</translation>
    </message>
    <message>
        <source>Move lesson</source>
        <translation>Mover lección</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseEditorPage</name>
    <message>
        <source>Select a lesson to edit it, or add one.</source>
        <translation>Selecciona una lección para editarla o añade una.</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Mis cursos</translation>
    </message>
    <message>
        <source>Add module</source>
        <translation>Añadir módulo</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>Nuevo módulo</translation>
    </message>
    <message>
        <source>Add video</source>
        <translation>Añadir vídeo</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Añadir lectura</translation>
    </message>
    <message>
        <source>Add quiz</source>
        <translation>Añadir cuestionario</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer:</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer:</translation>
    </message>
    <message>
        <source>Course settings</source>
        <translation>Ajustes del curso</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <source>Module 1</source>
        <translation>Módulo 1</translation>
    </message>
    <message>
        <source>New video</source>
        <translation>Nuevo vídeo</translation>
    </message>
    <message>
        <source>New reading</source>
        <translation>Nueva lectura</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>Nuevo cuestionario</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseSettingsPanel</name>
    <message>
        <source>Open: any student may enroll</source>
        <translation>Abierto: cualquier estudiante puede inscribirse</translation>
    </message>
    <message>
        <source>By invitation only</source>
        <translation>Solo por invitación</translation>
    </message>
    <message>
        <source>Quizzes count as completed only when passed</source>
        <translation>Los cuestionarios solo cuentan como completados si se aprueban</translation>
    </message>
    <message>
        <source>e.g. en, de, fr-CA</source>
        <translation>p. ej., en, de, fr-CA</translation>
    </message>
    <message>
        <source> % watched</source>
        <translation> % visto</translation>
    </message>
    <message>
        <source>Opening is enough</source>
        <translation>Basta con abrirla</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Server's default</source>
        <translation>Predeterminado del servidor</translation>
    </message>
    <message>
        <source> days inactive</source>
        <translation> días sin actividad</translation>
    </message>
    <message>
        <source>0 sends no reminders for this course</source>
        <translation>0 no envía recordatorios para este curso</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Completion rules</source>
        <translation>Reglas para completar</translation>
    </message>
    <message>
        <source>Video lessons:</source>
        <translation>Lecciones en vídeo:</translation>
    </message>
    <message>
        <source>Readings, time spent:</source>
        <translation>Lecturas, tiempo dedicado:</translation>
    </message>
    <message>
        <source>Remind a student after:</source>
        <translation>Recordar al estudiante tras:</translation>
    </message>
    <message>
        <source>Change course settings</source>
        <translation>Cambiar los ajustes del curso</translation>
    </message>
    <message>
        <source>Edit course details</source>
        <translation>Editar los datos del curso</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseTreeModel</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lección</numerusform>
            <numerusform>%n lecciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::EditorHook</name>
    <message>
        <source>My &amp;courses</source>
        <translation>Mis &amp;cursos</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>&amp;Nuevo curso…</translation>
    </message>
    <message>
        <source>Your course drafts on this computer, also offline</source>
        <translation>Sus borradores de cursos en este equipo, también sin conexión</translation>
    </message>
    <message>
        <source>Start a new course draft</source>
        <translation>Empezar un nuevo borrador de curso</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::EditorWidget</name>
    <message>
        <source>That draft no longer exists.</source>
        <translation>Ese borrador ya no existe.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::MyCoursesPage</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>Nuevo curso…</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>Mis cursos</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>Nuevo curso</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Delete this draft from this computer? Published versions stay on the server.</source>
        <translation>¿Eliminar este borrador de este ordenador? Las versiones publicadas se quedan en el servidor.</translation>
    </message>
    <message>
        <source>published version %1</source>
        <translation>versión publicada %1</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>nunca publicado</translation>
    </message>
    <message>
        <source>%1 — %2, changed %3</source>
        <translation>%1 — %2, modificado %3</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::PublishDialog</name>
    <message>
        <source>Module added: %1</source>
        <translation>Módulo añadido: %1</translation>
    </message>
    <message>
        <source>Lesson added: %1</source>
        <translation>Lección añadida: %1</translation>
    </message>
    <message>
        <source>Module removed: %1</source>
        <translation>Módulo eliminado: %1</translation>
    </message>
    <message>
        <source>Lesson removed: %1</source>
        <translation>Lección eliminada: %1</translation>
    </message>
    <message>
        <source>Module renamed: %1 → %2</source>
        <translation>Módulo renombrado: %1 → %2</translation>
    </message>
    <message>
        <source>Lesson renamed: %1 → %2</source>
        <translation>Lección renombrada: %1 → %2</translation>
    </message>
    <message>
        <source>Module moved: %1</source>
        <translation>Módulo movido: %1</translation>
    </message>
    <message>
        <source>Lesson moved: %1</source>
        <translation>Lección movida: %1</translation>
    </message>
    <message>
        <source>Course details changed</source>
        <translation>Datos del curso modificados</translation>
    </message>
    <message>
        <source>Lesson changed: %1</source>
        <translation>Lección modificada: %1</translation>
    </message>
    <message>
        <source>Lesson “%1”</source>
        <translation>Lección «%1»</translation>
    </message>
    <message>
        <source>Module “%1”</source>
        <translation>Módulo «%1»</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>the course needs a title</source>
        <translation>el curso necesita un título</translation>
    </message>
    <message>
        <source>the course has no lessons yet</source>
        <translation>el curso aún no tiene lecciones</translation>
    </message>
    <message>
        <source>the module needs a title</source>
        <translation>el módulo necesita un título</translation>
    </message>
    <message>
        <source>the lesson needs a title</source>
        <translation>la lección necesita un título</translation>
    </message>
    <message>
        <source>no video imported</source>
        <translation>no se ha importado ningún vídeo</translation>
    </message>
    <message>
        <source>the reading is empty</source>
        <translation>la lectura está vacía</translation>
    </message>
    <message>
        <source>the quiz has no questions</source>
        <translation>el cuestionario no tiene preguntas</translation>
    </message>
    <message>
        <source>the quiz is not valid: %1</source>
        <translation>el cuestionario no es válido: %1</translation>
    </message>
    <message>
        <source>the course cannot be published: %1</source>
        <translation>el curso no se puede publicar: %1</translation>
    </message>
    <message>
        <source>the file %1 is missing</source>
        <translation>falta el archivo %1</translation>
    </message>
    <message>
        <source>the file %1 changed since it was imported; import it again</source>
        <translation>el archivo %1 ha cambiado desde que se importó; vuelve a importarlo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Publish course</source>
        <translation>Publicar el curso</translation>
    </message>
    <message>
        <source>Problems to fix first:</source>
        <translation>Problemas que hay que corregir antes:</translation>
    </message>
    <message>
        <source>Changes since the last published version:</source>
        <translation>Cambios desde la última versión publicada:</translation>
    </message>
    <message>
        <source>First version: everything is new.</source>
        <translation>Primera versión: todo es nuevo.</translation>
    </message>
    <message>
        <source>Nothing changed since version %1.</source>
        <translation>Nada ha cambiado desde la versión %1.</translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <translation>Listo para publicar.</translation>
    </message>
    <message>
        <source>Fix the problems above to publish.</source>
        <translation>Corrige los problemas de arriba para publicar.</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>Comprobando los archivos…</translation>
    </message>
    <message>
        <source>Updating the course on the server…</source>
        <translation>Actualizando el curso en el servidor…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Subiendo…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Version %1 is published.</source>
        <translation>La versión %1 está publicada.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Try again when online.</source>
        <translation>No se puede contactar con el servidor. Inténtalo de nuevo cuando tengas conexión.</translation>
    </message>
    <message>
        <source>Your account may not publish this course.</source>
        <translation>Tu cuenta no puede publicar este curso.</translation>
    </message>
    <message>
        <source>The server refused the version (%1).</source>
        <translation>El servidor rechazó la versión (%1).</translation>
    </message>
    <message>
        <source>An upload failed (HTTP %1). Try again; finished uploads are kept.</source>
        <translation>Una subida falló (HTTP %1). Inténtalo de nuevo; las subidas terminadas se conservan.</translation>
    </message>
    <message>
        <source>A file could not be read. Check that it is still there.</source>
        <translation>No se pudo leer un archivo. Comprueba que sigue ahí.</translation>
    </message>
    <message>
        <source>Publishing was canceled.</source>
        <translation>Se canceló la publicación.</translation>
    </message>
    <message>
        <source>Cancel publishing</source>
        <translation>Cancelar la publicación</translation>
    </message>
    <message>
        <source>Stops uploading; nothing is published and the next publish resumes the uploads</source>
        <translation>Detiene la subida; no se publica nada y la próxima publicación reanuda las subidas</translation>
    </message>
    <message>
        <source>Publishing the new version… (too late to cancel)</source>
        <translation>Publicando la nueva versión… (ya no se puede cancelar)</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::QuestionEditor</name>
    <message>
        <source>Case sensitive</source>
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Opción única</translation>
    </message>
    <message>
        <source>Multiple answers</source>
        <translation>Respuesta múltiple</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Verdadero o falso</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Respuesta corta</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numérica</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texto de la pregunta</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>One accepted answer per line</source>
        <translation>Una respuesta aceptada por línea</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Puntos:</translation>
    </message>
    <message>
        <source>Answer key:</source>
        <translation>Respuesta correcta:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>Añadir opción</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>Quitar opción</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>Nueva opción</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>± tolerance:</source>
        <translation>± tolerancia:</translation>
    </message>
    <message>
        <source>or from:</source>
        <translation>o desde:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::QuizEditor</name>
    <message>
        <source>Single choice</source>
        <translation>Opción única</translation>
    </message>
    <message>
        <source>Multiple answers</source>
        <translation>Respuesta múltiple</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>Verdadero o falso</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Respuesta corta</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>Numérica</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>Pass threshold:</source>
        <translation>Nota para aprobar:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Límite de tiempo:</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Quitar pregunta</translation>
    </message>
    <message>
        <source>Import GIFT…</source>
        <translation>Importar GIFT…</translation>
    </message>
    <message>
        <source>Import GIFT</source>
        <translation>Importar GIFT</translation>
    </message>
    <message>
        <source>GIFT quizzes (*.gift *.txt)</source>
        <translation>Cuestionarios GIFT (*.gift *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>Edit quiz settings</source>
        <translation>Editar los ajustes del cuestionario</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>No se importó nada:</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported.</source>
        <translation><numerusform>%n pregunta importada.</numerusform><numerusform>%n preguntas importadas.</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::ReadingEditor</name>
    <message>
        <source>Write the reading in Markdown…</source>
        <translation>Escribe la lectura en Markdown…</translation>
    </message>
    <message>
        <source>Edit reading</source>
        <translation>Editar lectura</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::VideoLessonEditor</name>
    <message>
        <source>Import video…</source>
        <translation>Importar vídeo…</translation>
    </message>
    <message>
        <source>Attach captions (WebVTT)…</source>
        <translation>Adjuntar subtítulos (WebVTT)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Captions:</source>
        <translation>Subtítulos:</translation>
    </message>
    <message>
        <source>Import video</source>
        <translation>Importar vídeo</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.webm *.mkv *.mov)</source>
        <translation>Vídeos (*.mp4 *.m4v *.webm *.mkv *.mov)</translation>
    </message>
    <message>
        <source>Attach captions</source>
        <translation>Adjuntar subtítulos</translation>
    </message>
    <message>
        <source>WebVTT captions (*.vtt)</source>
        <translation>Subtítulos WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>No video yet</source>
        <translation>Aún no hay vídeo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>This file is not a video Satchel can read (no duration).</source>
        <translation>Este archivo no es un vídeo que Satchel pueda leer (no tiene duración).</translation>
    </message>
    <message>
        <source>The lesson was deleted meanwhile.</source>
        <translation>La lección se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>This is not a WebVTT file (it must start with "WEBVTT").</source>
        <translation>No es un archivo WebVTT (debe empezar por «WEBVTT»).</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor</name>
    <message>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>No se puede contactar con el servidor. Comprueba tu conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>El servidor no respondió a tiempo. Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Tu sesión ha terminado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Only the course's instructor or an administrator may do this.</source>
        <translation>Solo el profesor del curso o un administrador puede hacer esto.</translation>
    </message>
    <message>
        <source>The server does not know this course (or this version of it).</source>
        <translation>El servidor no conoce este curso (o esta versión).</translation>
    </message>
    <message>
        <source>The course is archived.</source>
        <translation>El curso está archivado.</translation>
    </message>
    <message>
        <source>The server refused the text: check that nothing is empty or too long.</source>
        <translation>El servidor rechazó el texto: comprueba que nada esté vacío ni sea demasiado largo.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The server failed. Try again later.</source>
        <translation>El servidor falló. Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The server sent an answer this version of Satchel does not understand.</source>
        <translation>El servidor envió una respuesta que esta versión de Satchel no entiende.</translation>
    </message>
    <message>
        <source>This server speaks a newer protocol: please update Satchel.</source>
        <translation>Este servidor usa un protocolo más nuevo: actualiza Satchel.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
    </message>
    <message>
        <source>The server refused the export.</source>
        <translation>El servidor rechazó la exportación.</translation>
    </message>
    <message>
        <source>A file of the course could not be downloaded intact. Try again.</source>
        <translation>No se pudo descargar intacto un archivo del curso. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The file could not be written. Check the folder and the free space.</source>
        <translation>No se pudo escribir el archivo. Comprueba la carpeta y el espacio libre.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>La exportación falló.</translation>
    </message>
    <message>
        <source>This is not a Satchel course file.</source>
        <translation>No es un archivo de curso de Satchel.</translation>
    </message>
    <message>
        <source>The file is incomplete or damaged (perhaps it was not copied to the end).</source>
        <translation>El archivo está incompleto o dañado (quizá no se copió hasta el final).</translation>
    </message>
    <message>
        <source>The file is damaged: some of its contents do not match their checksums.</source>
        <translation>El archivo está dañado: parte de su contenido no coincide con sus sumas de comprobación.</translation>
    </message>
    <message>
        <source>The file is incomplete: some of the course's files are missing.</source>
        <translation>El archivo está incompleto: faltan algunos archivos del curso.</translation>
    </message>
    <message>
        <source>The file was refused: it contains entries a Satchel course never has. It may have been tampered with.</source>
        <translation>Se rechazó el archivo: contiene entradas que un curso de Satchel nunca tiene. Puede que lo hayan manipulado.</translation>
    </message>
    <message>
        <source>The file was refused: it is far larger than a course may be once unpacked.</source>
        <translation>Se rechazó el archivo: una vez descomprimido es mucho mayor de lo que puede ser un curso.</translation>
    </message>
    <message>
        <source>The course description inside the file is invalid.</source>
        <translation>La descripción del curso dentro del archivo no es válida.</translation>
    </message>
    <message>
        <source>The file uses encryption or compression Satchel does not support.</source>
        <translation>El archivo usa un cifrado o una compresión que Satchel no admite.</translation>
    </message>
    <message>
        <source>The file could not be read or unpacked. Check the disk and try again.</source>
        <translation>No se pudo leer o descomprimir el archivo. Comprueba el disco e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>No se pudo importar el archivo.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::AnnouncementDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Announce to a course</source>
        <translation>Anunciar a un curso</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>¿De qué se trata?</translation>
    </message>
    <message>
        <source>Every student enrolled in the course is told at once.</source>
        <translation>Todos los estudiantes inscritos en el curso reciben el aviso al momento.</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Curso:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>El título supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>El mensaje supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n student(s) of “%1”.</source>
        <translation><numerusform>Enviado a %n estudiante de «%1».</numerusform><numerusform>Enviado a %n estudiantes de «%1».</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Ca&amp;ncelar la exportación</translation>
    </message>
    <message>
        <source>Export a course file</source>
        <translation>Exportar un archivo de curso</translation>
    </message>
    <message>
        <source>The file holds the course's latest published version with every video, reading and quiz, answer keys included, so that students can learn from it with no server. Hand it only to your students.</source>
        <translation>El archivo contiene la última versión publicada del curso con todos sus vídeos, lecturas y cuestionarios, respuestas correctas incluidas, para que los estudiantes aprendan con él sin servidor. Dáselo solo a tus estudiantes.</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Curso:</translation>
    </message>
    <message>
        <source>Asking the server for the course…</source>
        <translation>Pidiendo el curso al servidor…</translation>
    </message>
    <message>
        <source>Downloading the course's files: %1 of %2…</source>
        <translation>Descargando los archivos del curso: %1 de %2…</translation>
    </message>
    <message>
        <source>Writing the course file…</source>
        <translation>Escribiendo el archivo del curso…</translation>
    </message>
    <message>
        <source>“%1” (version %2) is saved in %3.</source>
        <translation>«%1» (versión %2) se ha guardado en %3.</translation>
    </message>
    <message>
        <source>Save the course file</source>
        <translation>Guardar el archivo del curso</translation>
    </message>
    <message>
        <source>Satchel courses (*.satchel)</source>
        <translation>Cursos de Satchel (*.satchel)</translation>
    </message>
    <message>
        <source>“%1” has no published version to export.</source>
        <translation>«%1» no tiene ninguna versión publicada que exportar.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ImportFlow</name>
    <message>
        <source>Import a course file</source>
        <translation>Importar un archivo de curso</translation>
    </message>
    <message>
        <source>Satchel courses (*.satchel)</source>
        <translation>Cursos de Satchel (*.satchel)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>Comprobando e importando %1…</translation>
    </message>
    <message>
        <source>Course imported</source>
        <translation>Curso importado</translation>
    </message>
    <message>
        <source>“%1” is on this computer now and works without a connection.</source>
        <translation>«%1» ya está en este ordenador y funciona sin conexión.</translation>
    </message>
    <message>
        <source>The course could not be saved on this computer. Check the free disk space and try again.</source>
        <translation>No se pudo guardar el curso en este ordenador. Comprueba el espacio libre en disco e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::InstructorTools</name>
    <message>
        <source>&amp;Instructor</source>
        <translation>&amp;Docente</translation>
    </message>
    <message>
        <source>&amp;Import course file…</source>
        <translation>&amp;Importar archivo de curso…</translation>
    </message>
    <message>
        <source>Add a course from a .satchel file, for learning without a server</source>
        <translation>Añadir un curso desde un archivo .satchel para aprender sin servidor</translation>
    </message>
    <message>
        <source>Course &amp;progress…</source>
        <translation>&amp;Progreso del curso…</translation>
    </message>
    <message>
        <source>&amp;Announce to a course…</source>
        <translation>Enviar &amp;anuncio a un curso…</translation>
    </message>
    <message>
        <source>&amp;Export course file…</source>
        <translation>&amp;Exportar archivo de curso…</translation>
    </message>
    <message>
        <source>Save a published course as a .satchel file to hand over</source>
        <translation>Guardar un curso publicado como archivo .satchel para entregarlo</translation>
    </message>
    <message numerus="yes">
        <source>Announcement “%1” sent to %n student(s).</source>
        <translation><numerusform>Anuncio «%1» enviado a %n estudiante.</numerusform><numerusform>Anuncio «%1» enviado a %n estudiantes.</numerusform></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Your courses, their students' progress, announcements and course files</source>
        <translation>Sus cursos, el progreso de sus estudiantes, anuncios y archivos de curso</translation>
    </message>
    <message>
        <source>Each student's progress and quiz results in a course</source>
        <translation>El progreso y los resultados de cuestionarios de cada estudiante en un curso</translation>
    </message>
    <message>
        <source>Send a message to every student of a course</source>
        <translation>Enviar un mensaje a todos los estudiantes de un curso</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ProgressReportDialog</name>
    <message>
        <source>&amp;Quiz results only</source>
        <translation>&amp;Solo resultados de cuestionarios</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>Progreso del curso</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Buscar un estudiante</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Curso:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>%1 could not be written. Check the folder and the free space.</source>
        <translation>No se pudo escribir %1. Comprueba la carpeta y el espacio libre.</translation>
    </message>
    <message>
        <source>There is no published course to report on.</source>
        <translation>No hay ningún curso publicado sobre el que informar.</translation>
    </message>
    <message>
        <source>Loading the progress of “%1”…</source>
        <translation>Cargando el progreso de «%1»…</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Todos los módulos</translation>
    </message>
    <message>
        <source>No student is enrolled yet.</source>
        <translation>Aún no hay estudiantes inscritos.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation><numerusform>%n estudiante inscrito.</numerusform><numerusform>%n estudiantes inscritos.</numerusform></translation>
    </message>
    <message>
        <source>Export progress as CSV</source>
        <translation>Exportar el progreso como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ProgressReportModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
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
        <translation><numerusform>%n intento, sin calificar</numerusform><numerusform>%n intentos, sin calificar</numerusform></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>No completado</translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation>Tiempo dedicado: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Intentos: %1</translation>
    </message>
    <message>
        <source>Best grade: passed</source>
        <translation>Mejor nota: aprobado</translation>
    </message>
    <message>
        <source>Best grade: not passed</source>
        <translation>Mejor nota: no aprobado</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
