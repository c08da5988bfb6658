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
</context>
</TS>
