<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>satchel</name>
    <message>
        <source>Satchel: offline-first learning.</source>
        <translation>ساتشل: تعلّم يعمل دون اتصال أولاً.</translation>
    </message>
    <message>
        <source>The sync server to use, e.g. https://school.example.</source>
        <translation>خادم المزامنة المراد استخدامه، مثل https://school.example.</translation>
    </message>
    <message>
        <source>The UI language (%1); default: the system's.</source>
        <translation>لغة الواجهة (%1)؛ الافتراضية: لغة النظام.</translation>
    </message>
    <message>
        <source>Show each screen, save a screenshot of it into DIR, and quit.</source>
        <translation>اعرض كل شاشة واحفظ لقطة لها في DIR ثم اخرج.</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>ليس عنوان خادم: %1</translation>
    </message>
    <message>
        <source>Unknown language '%1'; choose one of: %2</source>
        <translation>لغة غير معروفة '%1'؛ اختر واحدة من: %2</translation>
    </message>
    <message>
        <source>Keep the local database and downloads in DIR.</source>
        <translation>احفظ قاعدة البيانات المحلية والتنزيلات في DIR.</translation>
    </message>
</context>
<context>
    <name>satchel::app::DemoJourney</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>تعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>تعذّرت كتابة لقطة الشاشة %1</translation>
    </message>
    <message>
        <source>The demo step for %1 did not complete in time</source>
        <translation>لم تكتمل خطوة العرض الخاصة بـ %1 في الوقت المحدد</translation>
    </message>
    <message>
        <source>The demo student could not sign in: %1</source>
        <translation>تعذّر على طالب العرض تسجيل الدخول: %1</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CatalogModel</name>
    <message numerus="yes">
        <source>%n lesson(s), %1 complete</source>
        <translation><numerusform>لا دروس، %1 مكتمل</numerusform><numerusform>درس واحد، %1 مكتمل</numerusform><numerusform>درسان، %1 مكتمل</numerusform><numerusform>%n دروس، %1 مكتمل</numerusform><numerusform>%n درسًا، %1 مكتمل</numerusform><numerusform>%n درس، %1 مكتمل</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::CatalogPage</name>
    <message>
        <source>Catalog</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>Search courses</source>
        <translation>ابحث في الدورات</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>الدورات</translation>
    </message>
    <message>
        <source>No course matches “%1”.</source>
        <translation>لا توجد دورة تطابق «%1».</translation>
    </message>
    <message>
        <source>No courses yet.
Sign in to your school's server to see its catalog, or import a course file.</source>
        <translation>لا توجد دورات بعد.
سجّل الدخول إلى خادم مدرستك لترى فهرسها، أو استورد ملف دورة.</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) this week</source>
        <translation>
            <numerusform>لا متعلمين هذا الأسبوع</numerusform>
            <numerusform>متعلم واحد هذا الأسبوع</numerusform>
            <numerusform>متعلمان هذا الأسبوع</numerusform>
            <numerusform>%n متعلمين هذا الأسبوع</numerusform>
            <numerusform>%n متعلمًا هذا الأسبوع</numerusform>
            <numerusform>%n متعلم هذا الأسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Popular &amp;this week</source>
        <translation>الأكثر رواجًا هذا الأ&amp;سبوع</translation>
    </message>
    <message>
        <source>Popular this week</source>
        <translation>الأكثر رواجًا هذا الأسبوع</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CourseCardDelegate</name>
    <message>
        <source>Not enrolled</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>جارٍ التنزيل %1٪</translation>
    </message>
    <message>
        <source>Offline ✓</source>
        <translation>دون اتصال ✓</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>فشل التنزيل</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>لا دروس</numerusform>
            <numerusform>درس واحد</numerusform>
            <numerusform>درسان</numerusform>
            <numerusform>%n دروس</numerusform>
            <numerusform>%n درسًا</numerusform>
            <numerusform>%n درس</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::ui::CourseOutlineModel</name>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>لم يُؤدَّ بعد</translation>
    </message>
    <message>
        <source>Score %1/%2</source>
        <translation>الدرجة %1/%2</translation>
    </message>
    <message>
        <source>Score %1/%2 (awaiting grade)</source>
        <translation>الدرجة %1/%2 (بانتظار التقييم)</translation>
    </message>
    <message>
        <source>Awaiting grade</source>
        <translation>بانتظار التقييم</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>مُنزَّل</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>عبر الإنترنت فقط</translation>
    </message>
    <message>
        <source>%1% watched</source>
        <translation>شوهد %1٪</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
</context>
<context>
    <name>satchel::ui::CoursePage</name>
    <message>
        <source>%p% complete</source>
        <translation>%p٪ مكتمل</translation>
    </message>
    <message>
        <source>Course progress: %1%</source>
        <translation>تقدّم المقرّر: %1٪</translation>
    </message>
    <message>
        <source>Not downloaded (%1)</source>
        <translation>غير مُنزَّل (%1)</translation>
    </message>
    <message>
        <source>Downloading… %1%</source>
        <translation>جارٍ التنزيل… %1٪</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>متاح دون اتصال</translation>
    </message>
    <message>
        <source>Download failed; try again</source>
        <translation>فشل التنزيل؛ حاول مجددًا</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>العودة إلى الفهرس</translation>
    </message>
    <message>
        <source>Download for offline use</source>
        <translation>تنزيل للاستخدام دون اتصال</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>satchel::ui::DownloadsModel</name>
    <message>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>جارٍ التنزيل</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Available offline</source>
        <translation>متاح دون اتصال</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/ث</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>لا ثوانٍ</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>لا دقائق</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 من %2 (%3٪)</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرّر</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>satchel::ui::DownloadsPage</name>
    <message>
        <source>Disk used: %1</source>
        <translation>المساحة المستخدمة: %1</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>التنزيلات</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>العودة إلى الفهرس</translation>
    </message>
    <message>
        <source>Downloaded courses</source>
        <translation>المقرّرات المُنزَّلة</translation>
    </message>
    <message>
        <source>Nothing downloaded yet.
Open a course and choose “Download for offline use” to keep it on this computer.</source>
        <translation>لم يُنزَّل شيء بعد.
افتح مقرّرًا واختر «تنزيل للاستخدام دون اتصال» للاحتفاظ به على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إيقاف &amp;مؤقت</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>إيقاف التنزيل مؤقتًا</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;استئناف</translation>
    </message>
    <message>
        <source>Resume the download</source>
        <translation>استئناف التنزيل</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>إلغاء التنزيل</translation>
    </message>
    <message>
        <source>Re&amp;move offline copy</source>
        <translation>إ&amp;زالة النسخة دون اتصال</translation>
    </message>
    <message>
        <source>Remove the course's offline copy</source>
        <translation>إزالة نسخة المقرّر دون اتصال</translation>
    </message>
</context>
<context>
    <name>satchel::ui::MainWindow</name>
    <message>
        <source>Satchel</source>
        <translation>ساتشل</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Satchel</source>
        <translation>&amp;حول ساتشل</translation>
    </message>
    <message>
        <source>No server configured</source>
        <translation>لم يُضبط أي خادم</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>الخادم: %1</translation>
    </message>
    <message>
        <source>About Satchel</source>
        <translation>حول ساتشل</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Satchel %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Offline-first learning: courses, videos, readings and quizzes that work with or without a connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ساتشل %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;تعلّم يعمل دون اتصال أولاً: دورات ومقاطع فيديو وقراءات واختبارات تعمل مع الاتصال أو بدونه.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This course cannot be opened while offline.</source>
        <translation>لا يمكن فتح هذا المقرّر دون اتصال.</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>جارٍ فتح «%1»…</translation>
    </message>
    <message>
        <source>This video is not downloaded and the server cannot be reached.</source>
        <translation>هذا الفيديو غير مُنزَّل ولا يمكن الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>This reading is not downloaded and the server cannot be reached.</source>
        <translation>هذه القراءة غير مُنزَّلة ولا يمكن الوصول إلى الخادم.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;زامِن الآن</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>My &amp;progress</source>
        <translation>&amp;تقدّمي</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>ال&amp;تنزيلات</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;Notifications (%1)</source>
        <translation>الإ&amp;شعارات (%1)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>الإ&amp;شعارات</translation>
    </message>
    <message>
        <source>%1 unread notifications</source>
        <translation>إشعارات غير مقروءة: %1</translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>لا توجد إشعارات غير مقروءة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
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
        <translation>غير مقروء: %1. %2</translation>
    </message>
</context>
<context>
    <name>satchel::ui::NotificationsPage</name>
    <message>
        <source>No notifications yet. Announcements, grades and new course versions appear here.</source>
        <translation>لا توجد إشعارات بعد. تظهر هنا الإعلانات والدرجات والإصدارات الجديدة من المقرّرات.</translation>
    </message>
    <message>
        <source>Sign in to see your notifications.</source>
        <translation>سجّل الدخول لرؤية إشعاراتك.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>العودة إلى الفهرس</translation>
    </message>
    <message>
        <source>&amp;Mark all read</source>
        <translation>تعليم ال&amp;كل كمقروء</translation>
    </message>
    <message>
        <source>Mark all notifications read</source>
        <translation>تعليم كل الإشعارات كمقروءة</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>الإشعارات، الأحدث أولًا</translation>
    </message>
</context>
<context>
    <name>satchel::ui::PlayerPage</name>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Back to course</source>
        <translation>العودة إلى المقرّر</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>كتم الصوت (M)</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>ملء الشاشة (F)</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>الفيديو</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>بثّ مباشر</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>Captions (C)</source>
        <translation>الترجمة النصية (C)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>الترجمة النصية</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ProgressChart</name>
    <message>
        <source>Overall progress: %1%</source>
        <translation>التقدّم الإجمالي: %1٪</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ProgressPage</name>
    <message>
        <source>My progress</source>
        <translation>تقدّمي</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>العودة إلى الفهرس</translation>
    </message>
    <message>
        <source>Overall: %1% of your courses completed</source>
        <translation>الإجمالي: اكتمل %1٪ من مقرّراتك</translation>
    </message>
</context>
<context>
    <name>satchel::ui::QuizPage</name>
    <message>
        <source>This lesson has no quiz.</source>
        <translation>لا يحتوي هذا الدرس على اختبار.</translation>
    </message>
    <message>
        <source>Practice quiz: your score is shown as soon as you submit.</source>
        <translation>اختبار تدريبي: تظهر درجتك فور الإرسال.</translation>
    </message>
    <message>
        <source>Graded quiz: your score counts once the server has graded it.</source>
        <translation>اختبار مُقيَّم: تُحتسب درجتك بعد أن يقيّمها الخادم.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>True</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 من %2 نقاط</translation>
    </message>
    <message>
        <source>Passed: %1.</source>
        <translation>ناجح: %1.</translation>
    </message>
    <message>
        <source>Not passed yet: %1. You can try again.</source>
        <translation>لم تنجح بعد: %1. يمكنك المحاولة مجددًا.</translation>
    </message>
    <message>
        <source>Provisional score: %1. Awaiting the server's grade.</source>
        <translation>درجة مؤقتة: %1. بانتظار تقييم الخادم.</translation>
    </message>
    <message>
        <source>Time left: %1:%2</source>
        <translation>الوقت المتبقي: %1:%2</translation>
    </message>
    <message>
        <source>Back to course</source>
        <translation>العودة إلى المقرّر</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>إرسال الإجابات</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Graded quiz: the server grades your answers; your score is shown once it has.</source>
        <translation>اختبار مُقيَّم: يقيّم الخادم إجاباتك؛ وتظهر درجتك بعد انتهائه من التقييم.</translation>
    </message>
    <message>
        <source>Answers submitted. Awaiting the server's grade.</source>
        <translation>أُرسلت الإجابات. بانتظار تقييم الخادم.</translation>
    </message>
    <message>
        <source>Graded by the server. Passed: %1.</source>
        <translation>قيّمه الخادم. ناجح: %1.</translation>
    </message>
    <message>
        <source>Graded by the server. Not passed yet: %1.</source>
        <translation>قيّمه الخادم. لم تنجح بعد: %1.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::ReadingPage</name>
    <message>
        <source>Back to course</source>
        <translation>العودة إلى المقرّر</translation>
    </message>
</context>
<context>
    <name>satchel::ui::RejectedEventsDialog</name>
    <message>
        <source>Changes the server did not accept</source>
        <translation>تغييرات لم يقبلها الخادم</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>ما يمكنك فعله</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>تغييرات مرفوضة</translation>
    </message>
    <message>
        <source>Everything you did has been accepted by the server.</source>
        <translation>قبِل الخادم كل ما قمت به.</translation>
    </message>
    <message>
        <source>The server kept these changes aside. They are still saved on this computer; nothing was thrown away.</source>
        <translation>وضع الخادم هذه التغييرات جانبًا. لا تزال محفوظة على هذا الحاسوب؛ ولم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Quiz answers</source>
        <translation>إجابات الاختبار</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>تقدّم الدرس</translation>
    </message>
    <message>
        <source>You are no longer enrolled in this course. Ask your teacher to enrol you again; your progress will then be sent.</source>
        <translation>لم تعد مسجّلًا في هذا المقرّر. اطلب من معلّمك إعادة تسجيلك؛ وعندها سيُرسَل تقدّمك.</translation>
    </message>
    <message>
        <source>The course was changed or removed. Update the course from the catalog.</source>
        <translation>تغيّر المقرّر أو أُزيل. حدّث المقرّر من الفهرس.</translation>
    </message>
    <message>
        <source>Your account may not record this. Contact your school.</source>
        <translation>لا يحق لحسابك تسجيل هذا. تواصل مع مدرستك.</translation>
    </message>
    <message>
        <source>Another device recorded something different. Nothing to do: the server keeps the newest.</source>
        <translation>سجّل جهاز آخر شيئًا مختلفًا. لا حاجة لفعل شيء: يحتفظ الخادم بالأحدث.</translation>
    </message>
    <message>
        <source>The change was damaged. Please report it to your school's support.</source>
        <translation>كان التغيير تالفًا. يُرجى إبلاغ الدعم الفني في مدرستك.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SettingsPage</name>
    <message>
        <source>Enter your school's server address, e.g. https://learn.school.example</source>
        <translation>أدخل عنوان خادم مدرستك، مثل https://learn.school.example</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>مجلد التنزيلات</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Back to catalog</source>
        <translation>العودة إلى الفهرس</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>&amp;Use this server</source>
        <translation>ا&amp;ستخدم هذا الخادم</translation>
    </message>
    <message>
        <source>Changing the server signs you out; your downloads stay.</source>
        <translation>تغيير الخادم يسجّل خروجك؛ تبقى تنزيلاتك.</translation>
    </message>
    <message>
        <source>Download &amp;folder:</source>
        <translation>مجلد ال&amp;تنزيلات:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفّح…</translation>
    </message>
    <message>
        <source>Choose the download folder</source>
        <translation>اختر مجلد التنزيلات</translation>
    </message>
    <message>
        <source>A new folder is used from the next start. Courses downloaded before stay in the old folder until you remove their offline copy.</source>
        <translation>يُستخدم المجلد الجديد من التشغيل التالي. تبقى المقرّرات المُنزَّلة سابقًا في المجلد القديم حتى تزيل نسختها دون اتصال.</translation>
    </message>
    <message>
        <source>Download &amp;limit:</source>
        <translation>&amp;حدّ التنزيل:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> كيلوبايت/ث</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>غير محدود</translation>
    </message>
    <message>
        <source>Download bandwidth limit in KiB per second</source>
        <translation>حدّ سرعة التنزيل بالكيلوبايت في الثانية</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The new language applies at once.</source>
        <translation>تُطبَّق اللغة الجديدة فورًا.</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>الإشعارات:</translation>
    </message>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>إظهار إ&amp;شعارات سطح المكتب</translation>
    </message>
    <message>
        <source>Show desktop notifications</source>
        <translation>إظهار إشعارات سطح المكتب</translation>
    </message>
    <message>
        <source>The notifications panel and its unread count work either way.</source>
        <translation>تعمل لوحة الإشعارات وعدد غير المقروء منها في الحالتين.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>Sign out and forget the saved sign-in</source>
        <translation>تسجيل الخروج ونسيان تسجيل الدخول المحفوظ</translation>
    </message>
    <message>
        <source>Your sign-in is kept in the system keychain; signing out removes it.</source>
        <translation>يُحفظ تسجيل دخولك في سلسلة مفاتيح النظام؛ ويزيله تسجيل الخروج.</translation>
    </message>
    <message>
        <source>Your sign-in is not remembered on this computer.</source>
        <translation>لا يُحفظ تسجيل دخولك على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SignInPage</name>
    <message>
        <source>Enter your school's server address, e.g. https://learn.school.example</source>
        <translation>أدخل عنوان خادم مدرستك، مثل https://learn.school.example</translation>
    </message>
    <message>
        <source>Enter your email and your password.</source>
        <translation>أدخل بريدك الإلكتروني وكلمة المرور.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Welcome to Satchel</source>
        <translation>مرحبًا بك في ساتشل</translation>
    </message>
    <message>
        <source>Sign in with the account your school gave you. Everything you learn is saved on this computer and synced whenever you are online.</source>
        <translation>سجّل الدخول بالحساب الذي منحتك إياه مدرستك. كل ما تتعلمه يُحفظ على هذا الحاسوب ويُزامَن متى كنت متصلًا.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد ال&amp;إلكتروني:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>I don't have an account yet: create one</source>
        <translation>ليس لدي حساب بعد: أنشئ حسابًا</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>This computer has no keychain service, so Satchel cannot remember your sign-in: you will be asked to sign in at each start.</source>
        <translation>لا توجد خدمة سلسلة مفاتيح على هذا الحاسوب، لذا لا يستطيع ساتشل تذكّر تسجيل دخولك: سيُطلب منك تسجيل الدخول عند كل تشغيل.</translation>
    </message>
    <message>
        <source>The keychain did not give Satchel your saved sign-in. Please sign in again.</source>
        <translation>لم تمنح سلسلة المفاتيح ساتشل تسجيل دخولك المحفوظ. يُرجى تسجيل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::StudentController</name>
    <message>
        <source>Cannot open the local database: %1</source>
        <translation>تعذّر فتح قاعدة البيانات المحلية: %1</translation>
    </message>
    <message>
        <source>Your progress could not be saved: %1</source>
        <translation>تعذّر حفظ تقدّمك: %1</translation>
    </message>
    <message>
        <source>Your answers could not be saved: %1</source>
        <translation>تعذّر حفظ إجاباتك: %1</translation>
    </message>
    <message>
        <source>Another student's work on this computer has not reached the server yet (changes waiting: %1). That student must sign in once while online so it is sent; then you can sign in.</source>
        <translation>لم يصل عمل طالب آخر على هذا الحاسوب إلى الخادم بعد (التغييرات المنتظرة: %1). يجب أن يسجّل ذلك الطالب الدخول مرة واحدة وهو متصل بالإنترنت حتى يُرسَل؛ بعد ذلك يمكنك تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Signing in failed: the local database could not be updated (%1).</source>
        <translation>تعذّر تسجيل الدخول: تعذّر تحديث قاعدة البيانات المحلية (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من العنوان ومن اتصالك.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>لم يُجب الخادم في الوقت المناسب. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>The email or the password is not right.</source>
        <translation>البريد الإلكتروني أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>This server does not allow that.</source>
        <translation>لا يسمح هذا الخادم بذلك.</translation>
    </message>
    <message>
        <source>An account with this email already exists.</source>
        <translation>يوجد حساب بهذا البريد الإلكتروني بالفعل.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>رفض الخادم الطلب (%1).</translation>
    </message>
    <message>
        <source>This server speaks a newer protocol: please update Satchel.</source>
        <translation>يستخدم هذا الخادم بروتوكولًا أحدث: يُرجى تحديث ساتشل.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again later.</source>
        <translation>حدث خطأ في الخادم. حاول لاحقًا.</translation>
    </message>
    <message>
        <source>A download failed (%1).</source>
        <translation>فشل أحد التنزيلات (%1).</translation>
    </message>
    <message>
        <source>The offline copy could not be removed: %1</source>
        <translation>تعذّرت إزالة النسخة دون اتصال: %1</translation>
    </message>
    <message>
        <source>Notifications could not be saved: %1</source>
        <translation>تعذّر حفظ الإشعارات: %1</translation>
    </message>
</context>
<context>
    <name>satchel::ui::SyncIndicator</name>
    <message>
        <source>Not signed in</source>
        <translation>لم تسجّل الدخول</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>تجري المزامنة…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>محدّث</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>لا شيء يحتاج إلى انتباه</numerusform>
            <numerusform>عنصر واحد يحتاج إلى انتباه</numerusform>
            <numerusform>عنصران يحتاجان إلى انتباه</numerusform>
            <numerusform>%n عناصر تحتاج إلى انتباه</numerusform>
            <numerusform>%n عنصرًا يحتاج إلى انتباه</numerusform>
            <numerusform>%n عنصر يحتاج إلى انتباه</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>حالة المزامنة: %1</translation>
    </message>
    <message>
        <source>Show what was not accepted by the server</source>
        <translation>عرض ما لم يقبله الخادم</translation>
    </message>
</context>
<context>
    <name>satchel::ui::TrayNotifier</name>
    <message>
        <source>Satchel</source>
        <translation>ساتشل</translation>
    </message>
    <message numerus="yes">
        <source>Satchel — %n unread notification(s)</source>
        <translation><numerusform>ساتشل — لا إشعارات غير مقروءة</numerusform><numerusform>ساتشل — إشعار واحد غير مقروء</numerusform><numerusform>ساتشل — إشعاران غير مقروءين</numerusform><numerusform>ساتشل — %n إشعارات غير مقروءة</numerusform><numerusform>ساتشل — %n إشعارًا غير مقروء</numerusform><numerusform>ساتشل — %n إشعار غير مقروء</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::WatchedBar</name>
    <message>
        <source>Watched: %1%</source>
        <translation>المُشاهَد: %1٪</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseDocument</name>
    <message>
        <source>Add module</source>
        <translation>إضافة وحدة</translation>
    </message>
    <message>
        <source>Delete module</source>
        <translation>حذف الوحدة</translation>
    </message>
    <message>
        <source>Rename module</source>
        <translation>إعادة تسمية الوحدة</translation>
    </message>
    <message>
        <source>Move module</source>
        <translation>نقل الوحدة</translation>
    </message>
    <message>
        <source>Add lesson</source>
        <translation>إضافة درس</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>حذف الدرس</translation>
    </message>
    <message>
        <source>Rename lesson</source>
        <translation>إعادة تسمية الدرس</translation>
    </message>
    <message>
        <source>Move lesson</source>
        <translation>نقل الدرس</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseEditorPage</name>
    <message>
        <source>Select a lesson to edit it, or add one.</source>
        <translation>اختر درسًا لتحريره، أو أضف درسًا جديدًا.</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>مقرّراتي</translation>
    </message>
    <message>
        <source>Add module</source>
        <translation>إضافة وحدة</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>وحدة جديدة</translation>
    </message>
    <message>
        <source>Add video</source>
        <translation>إضافة فيديو</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>إضافة قراءة</translation>
    </message>
    <message>
        <source>Add quiz</source>
        <translation>إضافة اختبار</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع:</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة:</translation>
    </message>
    <message>
        <source>Course settings</source>
        <translation>إعدادات المقرّر</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>نشر…</translation>
    </message>
    <message>
        <source>Module 1</source>
        <translation>الوحدة 1</translation>
    </message>
    <message>
        <source>New video</source>
        <translation>فيديو جديد</translation>
    </message>
    <message>
        <source>New reading</source>
        <translation>قراءة جديدة</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>اختبار جديد</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>تعذّر حفظ المسودة: %1</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseSettingsPanel</name>
    <message>
        <source>Open: any student may enroll</source>
        <translation>مفتوح: يمكن لأي طالب التسجيل</translation>
    </message>
    <message>
        <source>By invitation only</source>
        <translation>بالدعوة فقط</translation>
    </message>
    <message>
        <source>Quizzes count as completed only when passed</source>
        <translation>لا تُحتسب الاختبارات مكتملة إلا عند اجتيازها</translation>
    </message>
    <message>
        <source>e.g. en, de, fr-CA</source>
        <translation>مثل en أو de أو fr-CA</translation>
    </message>
    <message>
        <source> % watched</source>
        <translation>٪ مُشاهَد</translation>
    </message>
    <message>
        <source>Opening is enough</source>
        <translation>يكفي فتحها</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Server's default</source>
        <translation>الإعداد الافتراضي للخادم</translation>
    </message>
    <message>
        <source> days inactive</source>
        <translation> أيام من عدم النشاط</translation>
    </message>
    <message>
        <source>0 sends no reminders for this course</source>
        <translation>0 لا يرسل أي تذكيرات لهذه الدورة</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرّر</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Completion rules</source>
        <translation>قواعد الإكمال</translation>
    </message>
    <message>
        <source>Video lessons:</source>
        <translation>دروس الفيديو:</translation>
    </message>
    <message>
        <source>Readings, time spent:</source>
        <translation>القراءات، الوقت المستغرق:</translation>
    </message>
    <message>
        <source>Remind a student after:</source>
        <translation>تذكير الطالب بعد:</translation>
    </message>
    <message>
        <source>Change course settings</source>
        <translation>تغيير إعدادات المقرّر</translation>
    </message>
    <message>
        <source>Edit course details</source>
        <translation>تحرير تفاصيل المقرّر</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::CourseTreeModel</name>
    <message>
        <source>Video</source>
        <translation>الفيديو</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>اختبار</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>لا دروس</numerusform>
            <numerusform>درس واحد</numerusform>
            <numerusform>درسان</numerusform>
            <numerusform>%n دروس</numerusform>
            <numerusform>%n درسًا</numerusform>
            <numerusform>%n درس</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::EditorHook</name>
    <message>
        <source>My &amp;courses</source>
        <translation>م&amp;قرّراتي</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>مقرّر &amp;جديد…</translation>
    </message>
    <message>
        <source>Your course drafts on this computer, also offline</source>
        <translation>مسودّات مقرّراتك على هذا الحاسوب، حتى دون اتصال</translation>
    </message>
    <message>
        <source>Start a new course draft</source>
        <translation>بدء مسودّة مقرّر جديدة</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::EditorWidget</name>
    <message>
        <source>That draft no longer exists.</source>
        <translation>لم تعد هذه المسودة موجودة.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::MyCoursesPage</name>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>New course…</source>
        <translation>مقرّر جديد…</translation>
    </message>
    <message>
        <source>My courses</source>
        <translation>مقرّراتي</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>مقرّر جديد</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Delete this draft from this computer? Published versions stay on the server.</source>
        <translation>هل تريد حذف هذه المسودة من هذا الحاسوب؟ تبقى الإصدارات المنشورة على الخادم.</translation>
    </message>
    <message>
        <source>published version %1</source>
        <translation>الإصدار المنشور %1</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>لم يُنشر قط</translation>
    </message>
    <message>
        <source>%1 — %2, changed %3</source>
        <translation>%1 — %2، عُدّل %3</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::PublishDialog</name>
    <message>
        <source>Module added: %1</source>
        <translation>أُضيفت وحدة: %1</translation>
    </message>
    <message>
        <source>Lesson added: %1</source>
        <translation>أُضيف درس: %1</translation>
    </message>
    <message>
        <source>Module removed: %1</source>
        <translation>حُذفت وحدة: %1</translation>
    </message>
    <message>
        <source>Lesson removed: %1</source>
        <translation>حُذف درس: %1</translation>
    </message>
    <message>
        <source>Module renamed: %1 → %2</source>
        <translation>أُعيدت تسمية وحدة: %1 ← %2</translation>
    </message>
    <message>
        <source>Lesson renamed: %1 → %2</source>
        <translation>أُعيدت تسمية درس: %1 ← %2</translation>
    </message>
    <message>
        <source>Module moved: %1</source>
        <translation>نُقلت وحدة: %1</translation>
    </message>
    <message>
        <source>Lesson moved: %1</source>
        <translation>نُقل درس: %1</translation>
    </message>
    <message>
        <source>Course details changed</source>
        <translation>تغيّرت تفاصيل المقرّر</translation>
    </message>
    <message>
        <source>Lesson changed: %1</source>
        <translation>تغيّر درس: %1</translation>
    </message>
    <message>
        <source>Lesson “%1”</source>
        <translation>الدرس «%1»</translation>
    </message>
    <message>
        <source>Module “%1”</source>
        <translation>الوحدة «%1»</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>المقرّر</translation>
    </message>
    <message>
        <source>the course needs a title</source>
        <translation>يحتاج المقرّر إلى عنوان</translation>
    </message>
    <message>
        <source>the course has no lessons yet</source>
        <translation>لا يحتوي المقرّر على دروس بعد</translation>
    </message>
    <message>
        <source>the module needs a title</source>
        <translation>تحتاج الوحدة إلى عنوان</translation>
    </message>
    <message>
        <source>the lesson needs a title</source>
        <translation>يحتاج الدرس إلى عنوان</translation>
    </message>
    <message>
        <source>no video imported</source>
        <translation>لم يُستورد أي فيديو</translation>
    </message>
    <message>
        <source>the reading is empty</source>
        <translation>القراءة فارغة</translation>
    </message>
    <message>
        <source>the quiz has no questions</source>
        <translation>لا يحتوي الاختبار على أسئلة</translation>
    </message>
    <message>
        <source>the quiz is not valid: %1</source>
        <translation>الاختبار غير صالح: %1</translation>
    </message>
    <message>
        <source>the course cannot be published: %1</source>
        <translation>لا يمكن نشر المقرّر: %1</translation>
    </message>
    <message>
        <source>the file %1 is missing</source>
        <translation>الملف %1 مفقود</translation>
    </message>
    <message>
        <source>the file %1 changed since it was imported; import it again</source>
        <translation>تغيّر الملف %1 منذ استيراده؛ استورده مجددًا</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Publish course</source>
        <translation>نشر المقرّر</translation>
    </message>
    <message>
        <source>Problems to fix first:</source>
        <translation>مشكلات يجب إصلاحها أولًا:</translation>
    </message>
    <message>
        <source>Changes since the last published version:</source>
        <translation>التغييرات منذ آخر إصدار منشور:</translation>
    </message>
    <message>
        <source>First version: everything is new.</source>
        <translation>الإصدار الأول: كل شيء جديد.</translation>
    </message>
    <message>
        <source>Nothing changed since version %1.</source>
        <translation>لم يتغيّر شيء منذ الإصدار %1.</translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <translation>جاهز للنشر.</translation>
    </message>
    <message>
        <source>Fix the problems above to publish.</source>
        <translation>أصلح المشكلات أعلاه لتتمكّن من النشر.</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>جارٍ فحص الملفات…</translation>
    </message>
    <message>
        <source>Updating the course on the server…</source>
        <translation>جارٍ تحديث المقرّر على الخادم…</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>جارٍ الرفع…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Version %1 is published.</source>
        <translation>نُشر الإصدار %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Try again when online.</source>
        <translation>لا يمكن الوصول إلى الخادم. حاول مجددًا عند الاتصال.</translation>
    </message>
    <message>
        <source>Your account may not publish this course.</source>
        <translation>لا يحق لحسابك نشر هذا المقرّر.</translation>
    </message>
    <message>
        <source>The server refused the version (%1).</source>
        <translation>رفض الخادم الإصدار (%1).</translation>
    </message>
    <message>
        <source>An upload failed (HTTP %1). Try again; finished uploads are kept.</source>
        <translation>فشل أحد عمليات الرفع (HTTP %1). حاول مجددًا؛ يُحتفظ بما اكتمل رفعه.</translation>
    </message>
    <message>
        <source>A file could not be read. Check that it is still there.</source>
        <translation>تعذّرت قراءة أحد الملفات. تحقّق من أنه لا يزال موجودًا.</translation>
    </message>
    <message>
        <source>Publishing was canceled.</source>
        <translation>أُلغي النشر.</translation>
    </message>
    <message>
        <source>Cancel publishing</source>
        <translation>إلغاء النشر</translation>
    </message>
    <message>
        <source>Stops uploading; nothing is published and the next publish resumes the uploads</source>
        <translation>يوقف الرفع؛ لا يُنشر شيء ويستأنف النشر التالي عمليات الرفع</translation>
    </message>
    <message>
        <source>Publishing the new version… (too late to cancel)</source>
        <translation>جارٍ نشر الإصدار الجديد… (فات أوان الإلغاء)</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::QuestionEditor</name>
    <message>
        <source>Case sensitive</source>
        <translation>مراعاة حالة الأحرف</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>اختيار واحد</translation>
    </message>
    <message>
        <source>Multiple answers</source>
        <translation>إجابات متعددة</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>صواب أم خطأ</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>إجابة قصيرة</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>رقمية</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <source>True</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>One accepted answer per line</source>
        <translation>إجابة مقبولة واحدة في كل سطر</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>السؤال:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>النقاط:</translation>
    </message>
    <message>
        <source>Answer key:</source>
        <translation>مفتاح الإجابة:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>Add choice</source>
        <translation>إضافة خيار</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>إزالة الخيار</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>خيار جديد</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>الإجابة:</translation>
    </message>
    <message>
        <source>± tolerance:</source>
        <translation>± هامش التسامح:</translation>
    </message>
    <message>
        <source>or from:</source>
        <translation>أو من:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>إلى:</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::QuizEditor</name>
    <message>
        <source>Single choice</source>
        <translation>اختيار واحد</translation>
    </message>
    <message>
        <source>Multiple answers</source>
        <translation>إجابات متعددة</translation>
    </message>
    <message>
        <source>True or false</source>
        <translation>صواب أم خطأ</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>إجابة قصيرة</translation>
    </message>
    <message>
        <source>Numeric</source>
        <translation>رقمية</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>مُقيَّم</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source> %</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حدّ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>النمط:</translation>
    </message>
    <message>
        <source>Pass threshold:</source>
        <translation>حدّ النجاح:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>المهلة الزمنية:</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>إضافة سؤال</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>إزالة السؤال</translation>
    </message>
    <message>
        <source>Import GIFT…</source>
        <translation>استيراد GIFT…</translation>
    </message>
    <message>
        <source>Import GIFT</source>
        <translation>استيراد GIFT</translation>
    </message>
    <message>
        <source>GIFT quizzes (*.gift *.txt)</source>
        <translation>اختبارات GIFT (*.gift *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(بلا نص)</translation>
    </message>
    <message>
        <source>Edit quiz settings</source>
        <translation>تحرير إعدادات الاختبار</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>تحرير السؤال</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>لم يُستورد شيء:</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) imported.</source>
        <translation><numerusform>لم يُستورد أي سؤال.</numerusform><numerusform>استُورد سؤال واحد.</numerusform><numerusform>استُورد سؤالان.</numerusform><numerusform>استُوردت %n أسئلة.</numerusform><numerusform>استُورد %n سؤالًا.</numerusform><numerusform>استُورد %n سؤال.</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::ReadingEditor</name>
    <message>
        <source>Write the reading in Markdown…</source>
        <translation>اكتب القراءة بصيغة Markdown…</translation>
    </message>
    <message>
        <source>Edit reading</source>
        <translation>تحرير القراءة</translation>
    </message>
</context>
<context>
    <name>satchel::ui::editor::VideoLessonEditor</name>
    <message>
        <source>Import video…</source>
        <translation>استيراد فيديو…</translation>
    </message>
    <message>
        <source>Attach captions (WebVTT)…</source>
        <translation>إرفاق ترجمة نصية (WebVTT)…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>الحجم:</translation>
    </message>
    <message>
        <source>Captions:</source>
        <translation>الترجمة النصية:</translation>
    </message>
    <message>
        <source>Import video</source>
        <translation>استيراد فيديو</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.webm *.mkv *.mov)</source>
        <translation>مقاطع فيديو (*.mp4 *.m4v *.webm *.mkv *.mov)</translation>
    </message>
    <message>
        <source>Attach captions</source>
        <translation>إرفاق ترجمة نصية</translation>
    </message>
    <message>
        <source>WebVTT captions (*.vtt)</source>
        <translation>ترجمة نصية WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <source>No video yet</source>
        <translation>لا يوجد فيديو بعد</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>تتعذّر قراءة الملف: %1</translation>
    </message>
    <message>
        <source>This file is not a video Satchel can read (no duration).</source>
        <translation>هذا الملف ليس فيديو يستطيع ساتشل قراءته (لا مدة له).</translation>
    </message>
    <message>
        <source>The lesson was deleted meanwhile.</source>
        <translation>حُذف الدرس في هذه الأثناء.</translation>
    </message>
    <message>
        <source>This is not a WebVTT file (it must start with "WEBVTT").</source>
        <translation>هذا ليس ملف WebVTT (يجب أن يبدأ بـ «WEBVTT»).</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor</name>
    <message>
        <source>The server cannot be reached. Check your connection and try again.</source>
        <translation>لا يمكن الوصول إلى الخادم. تحقّق من اتصالك وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>لم يُجب الخادم في الوقت المناسب. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>انتهت جلستك. سجّل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Only the course's instructor or an administrator may do this.</source>
        <translation>لا يحق هذا إلا لمدرّس المقرّر أو لمسؤول.</translation>
    </message>
    <message>
        <source>The server does not know this course (or this version of it).</source>
        <translation>لا يعرف الخادم هذا المقرّر (أو هذا الإصدار منه).</translation>
    </message>
    <message>
        <source>The course is archived.</source>
        <translation>المقرّر مؤرشف.</translation>
    </message>
    <message>
        <source>The server refused the text: check that nothing is empty or too long.</source>
        <translation>رفض الخادم النص: تحقّق من أنه لا يوجد حقل فارغ أو طويل جدًا.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>رفض الخادم الطلب.</translation>
    </message>
    <message>
        <source>The server failed. Try again later.</source>
        <translation>حدث خطأ في الخادم. حاول لاحقًا.</translation>
    </message>
    <message>
        <source>The server sent an answer this version of Satchel does not understand.</source>
        <translation>أرسل الخادم ردًا لا يفهمه هذا الإصدار من ساتشل.</translation>
    </message>
    <message>
        <source>This server speaks a newer protocol: please update Satchel.</source>
        <translation>يستخدم هذا الخادم بروتوكولًا أحدث: يُرجى تحديث ساتشل.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>هناك عملية تصدير جارية بالفعل.</translation>
    </message>
    <message>
        <source>The server refused the export.</source>
        <translation>رفض الخادم التصدير.</translation>
    </message>
    <message>
        <source>A file of the course could not be downloaded intact. Try again.</source>
        <translation>تعذّر تنزيل أحد ملفات المقرّر سليمًا. حاول مجددًا.</translation>
    </message>
    <message>
        <source>The file could not be written. Check the folder and the free space.</source>
        <translation>تعذّرت كتابة الملف. تحقّق من المجلد ومن المساحة الفارغة.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>فشل التصدير.</translation>
    </message>
    <message>
        <source>This is not a Satchel course file.</source>
        <translation>هذا ليس ملف مقرّر من ساتشل.</translation>
    </message>
    <message>
        <source>The file is incomplete or damaged (perhaps it was not copied to the end).</source>
        <translation>الملف ناقص أو تالف (ربما لم يُنسخ حتى النهاية).</translation>
    </message>
    <message>
        <source>The file is damaged: some of its contents do not match their checksums.</source>
        <translation>الملف تالف: بعض محتوياته لا تطابق مجاميعها الاختبارية.</translation>
    </message>
    <message>
        <source>The file is incomplete: some of the course's files are missing.</source>
        <translation>الملف ناقص: بعض ملفات المقرّر مفقودة.</translation>
    </message>
    <message>
        <source>The file was refused: it contains entries a Satchel course never has. It may have been tampered with.</source>
        <translation>رُفض الملف: يحتوي على عناصر لا توجد أبدًا في مقرّرات ساتشل. ربما عُبث به.</translation>
    </message>
    <message>
        <source>The file was refused: it is far larger than a course may be once unpacked.</source>
        <translation>رُفض الملف: حجمه بعد فك الضغط أكبر بكثير مما يُسمح به لمقرّر.</translation>
    </message>
    <message>
        <source>The course description inside the file is invalid.</source>
        <translation>وصف المقرّر داخل الملف غير صالح.</translation>
    </message>
    <message>
        <source>The file uses encryption or compression Satchel does not support.</source>
        <translation>يستخدم الملف تشفيرًا أو ضغطًا لا يدعمه ساتشل.</translation>
    </message>
    <message>
        <source>The file could not be read or unpacked. Check the disk and try again.</source>
        <translation>تعذّرت قراءة الملف أو فك ضغطه. تحقّق من القرص وحاول مجددًا.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>تعذّر استيراد الملف.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::AnnouncementDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <source>Announce to a course</source>
        <translation>إعلان لمقرّر</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>ما موضوعه؟</translation>
    </message>
    <message>
        <source>Every student enrolled in the course is told at once.</source>
        <translation>يُبلَّغ كل طالب مسجّل في المقرّر فورًا.</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>ال&amp;مقرّر:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>الر&amp;سالة:</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>العنوان أطول من %1 حرفًا.</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters.</source>
        <translation>الرسالة أطول من %1 حرفًا.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n student(s) of “%1”.</source>
        <translation><numerusform>لم يُرسَل إلى أي طالب في «%1».</numerusform><numerusform>أُرسل إلى طالب واحد في «%1».</numerusform><numerusform>أُرسل إلى طالبين في «%1».</numerusform><numerusform>أُرسل إلى %n طلاب في «%1».</numerusform><numerusform>أُرسل إلى %n طالبًا في «%1».</numerusform><numerusform>أُرسل إلى %n طالب في «%1».</numerusform></translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ExportDialog</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>إل&amp;غاء التصدير</translation>
    </message>
    <message>
        <source>Export a course file</source>
        <translation>تصدير ملف مقرّر</translation>
    </message>
    <message>
        <source>The file holds the course's latest published version with every video, reading and quiz, answer keys included, so that students can learn from it with no server. Hand it only to your students.</source>
        <translation>يحتوي الملف على آخر إصدار منشور من المقرّر بكل مقاطع الفيديو والقراءات والاختبارات، بما فيها مفاتيح الإجابات، ليتعلّم منه الطلاب دون خادم. لا تسلّمه إلا لطلابك.</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>ال&amp;مقرّر:</translation>
    </message>
    <message>
        <source>Asking the server for the course…</source>
        <translation>جارٍ طلب المقرّر من الخادم…</translation>
    </message>
    <message>
        <source>Downloading the course's files: %1 of %2…</source>
        <translation>جارٍ تنزيل ملفات المقرّر: %1 من %2…</translation>
    </message>
    <message>
        <source>Writing the course file…</source>
        <translation>جارٍ كتابة ملف المقرّر…</translation>
    </message>
    <message>
        <source>“%1” (version %2) is saved in %3.</source>
        <translation>حُفظ «%1» (الإصدار %2) في %3.</translation>
    </message>
    <message>
        <source>Save the course file</source>
        <translation>حفظ ملف المقرّر</translation>
    </message>
    <message>
        <source>Satchel courses (*.satchel)</source>
        <translation>مقرّرات ساتشل (*.satchel)</translation>
    </message>
    <message>
        <source>“%1” has no published version to export.</source>
        <translation>ليس لـ «%1» إصدار منشور للتصدير.</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ImportFlow</name>
    <message>
        <source>Import a course file</source>
        <translation>استيراد ملف مقرّر</translation>
    </message>
    <message>
        <source>Satchel courses (*.satchel)</source>
        <translation>مقرّرات ساتشل (*.satchel)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>جارٍ فحص %1 واستيراده…</translation>
    </message>
    <message>
        <source>Course imported</source>
        <translation>اُستورد المقرّر</translation>
    </message>
    <message>
        <source>“%1” is on this computer now and works without a connection.</source>
        <translation>أصبح «%1» على هذا الحاسوب ويعمل دون اتصال.</translation>
    </message>
    <message>
        <source>The course could not be saved on this computer. Check the free disk space and try again.</source>
        <translation>تعذّر حفظ المقرّر على هذا الحاسوب. تحقّق من المساحة الفارغة على القرص وحاول مجددًا.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::InstructorTools</name>
    <message>
        <source>&amp;Instructor</source>
        <translation>الم&amp;درّس</translation>
    </message>
    <message>
        <source>&amp;Import course file…</source>
        <translation>ا&amp;ستيراد ملف مقرّر…</translation>
    </message>
    <message>
        <source>Add a course from a .satchel file, for learning without a server</source>
        <translation>إضافة مقرّر من ملف ‎.satchel للتعلّم دون خادم</translation>
    </message>
    <message>
        <source>Course &amp;progress…</source>
        <translation>&amp;تقدّم المقرّر…</translation>
    </message>
    <message>
        <source>&amp;Announce to a course…</source>
        <translation>إ&amp;علان لمقرّر…</translation>
    </message>
    <message>
        <source>&amp;Export course file…</source>
        <translation>ت&amp;صدير ملف مقرّر…</translation>
    </message>
    <message>
        <source>Save a published course as a .satchel file to hand over</source>
        <translation>حفظ مقرّر منشور في ملف ‎.satchel لتسليمه</translation>
    </message>
    <message numerus="yes">
        <source>Announcement “%1” sent to %n student(s).</source>
        <translation><numerusform>لم يُرسَل الإعلان «%1» إلى أي طالب.</numerusform><numerusform>أُرسل الإعلان «%1» إلى طالب واحد.</numerusform><numerusform>أُرسل الإعلان «%1» إلى طالبين.</numerusform><numerusform>أُرسل الإعلان «%1» إلى %n طلاب.</numerusform><numerusform>أُرسل الإعلان «%1» إلى %n طالبًا.</numerusform><numerusform>أُرسل الإعلان «%1» إلى %n طالب.</numerusform></translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>المدرّس</translation>
    </message>
    <message>
        <source>Your courses, their students' progress, announcements and course files</source>
        <translation>مقرّراتك وتقدّم طلابها والإعلانات وملفات المقرّرات</translation>
    </message>
    <message>
        <source>Each student's progress and quiz results in a course</source>
        <translation>تقدّم كل طالب ونتائج اختباراته في مقرّر</translation>
    </message>
    <message>
        <source>Send a message to every student of a course</source>
        <translation>إرسال رسالة إلى كل طلاب مقرّر</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ProgressReportDialog</name>
    <message>
        <source>&amp;Quiz results only</source>
        <translation>نتائج الا&amp;ختبارات فقط</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <source>Course progress</source>
        <translation>تقدّم المقرّر</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>البحث عن طالب</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>ال&amp;مقرّر:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>الو&amp;حدة:</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>%1 could not be written. Check the folder and the free space.</source>
        <translation>تعذّرت كتابة %1. تحقّق من المجلد ومن المساحة الفارغة.</translation>
    </message>
    <message>
        <source>There is no published course to report on.</source>
        <translation>لا يوجد مقرّر منشور لإعداد تقرير عنه.</translation>
    </message>
    <message>
        <source>Loading the progress of “%1”…</source>
        <translation>جارٍ تحميل التقدّم في «%1»…</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>كل الوحدات</translation>
    </message>
    <message>
        <source>No student is enrolled yet.</source>
        <translation>لا يوجد طالب مسجّل بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled.</source>
        <translation><numerusform>لا طلاب مسجّلين.</numerusform><numerusform>طالب واحد مسجّل.</numerusform><numerusform>طالبان مسجّلان.</numerusform><numerusform>%n طلاب مسجّلين.</numerusform><numerusform>%n طالبًا مسجّلًا.</numerusform><numerusform>%n طالب مسجّل.</numerusform></translation>
    </message>
    <message>
        <source>Export progress as CSV</source>
        <translation>تصدير التقدّم بصيغة CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>satchel::ui::instructor::ProgressReportModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>لا ثوانٍ</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>لا دقائق</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتحت</translation>
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
        <translation><numerusform>لا محاولات، غير مُقيَّمة</numerusform><numerusform>محاولة واحدة، غير مُقيَّمة</numerusform><numerusform>محاولتان، غير مُقيَّمتين</numerusform><numerusform>%n محاولات، غير مُقيَّمة</numerusform><numerusform>%n محاولة، غير مُقيَّمة</numerusform><numerusform>%n محاولة، غير مُقيَّمة</numerusform></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation>الوقت المستغرق: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>المحاولات: %1</translation>
    </message>
    <message>
        <source>Best grade: passed</source>
        <translation>أفضل نتيجة: ناجح</translation>
    </message>
    <message>
        <source>Best grade: not passed</source>
        <translation>أفضل نتيجة: غير ناجح</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
