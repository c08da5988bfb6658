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
        <source>The UI language (%1); default: the system&apos;s.</source>
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
        <source>Unknown language &apos;%1&apos;; choose one of: %2</source>
        <translation>لغة غير معروفة &apos;%1&apos;؛ اختر واحدة من: %2</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
Sign in to your school&apos;s server to see its catalog, or import a course file.</source>
        <translation>لا توجد دورات بعد.
سجّل الدخول إلى خادم مدرستك لترى فهرسها، أو استورد ملف دورة.</translation>
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
        <translation type="unfinished"></translation>
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
        <source>Provisional score: %1. Awaiting the server&apos;s grade.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you did has been accepted by the server.</source>
        <translation>قبِل الخادم كل ما قمت به.</translation>
    </message>
    <message>
        <source>The server kept these changes aside. They are still saved on this computer; nothing was thrown away.</source>
        <translation type="unfinished"></translation>
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
        <source>I don&apos;t have an account yet: create one</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this email already exists.</source>
        <translation>يوجد حساب بهذا البريد الإلكتروني بالفعل.</translation>
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
        <translation>حدث خطأ في الخادم. حاول لاحقًا.</translation>
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
    <name>satchel::ui::WatchedBar</name>
    <message>
        <source>Watched: %1%</source>
        <translation>المُشاهَد: %1٪</translation>
    </message>
</context>
</TS>
