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
        <source>The UI language (%1); default: the system&apos;s.</source>
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
        <source>Unknown language &apos;%1&apos;; choose one of: %2</source>
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
        <translation type="unfinished"></translation>
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
Sign in to your school&apos;s server to see its catalog, or import a course file.</source>
        <translation>Todavía no hay cursos.
Inicie sesión en el servidor de su centro para ver su catálogo, o importe un archivo de curso.</translation>
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
        <translation type="unfinished"></translation>
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
        <source>Provisional score: %1. Awaiting the server&apos;s grade.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you did has been accepted by the server.</source>
        <translation>El servidor ha aceptado todo lo que hiciste.</translation>
    </message>
    <message>
        <source>The server kept these changes aside. They are still saved on this computer; nothing was thrown away.</source>
        <translation type="unfinished"></translation>
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
        <source>I don&apos;t have an account yet: create one</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this email already exists.</source>
        <translation>Ya existe una cuenta con este correo.</translation>
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
        <translation>Algo falló en el servidor. Inténtalo más tarde.</translation>
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
    <name>satchel::ui::WatchedBar</name>
    <message>
        <source>Watched: %1%</source>
        <translation>Visto: %1 %</translation>
    </message>
</context>
</TS>
