<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <source>Exclusive</source>
        <translation>Жеке</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Ортақ</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Бекіту</translation>
    </message>
    <message>
        <source>Why &amp;not?</source>
        <translation>Неге &amp;болмайды?</translation>
    </message>
    <message>
        <source>— choose a tenant —</source>
        <translation>— жалға алушыны таңдаңыз —</translation>
    </message>
    <message>
        <source>— choose a pad —</source>
        <translation>— алаңды таңдаңыз —</translation>
    </message>
    <message>
        <source>— choose a vehicle —</source>
        <translation>— зымыран тасығышты таңдаңыз —</translation>
    </message>
    <message>
        <source>Choose the tenant the pad is allocated to.</source>
        <translation>Алаң бекітілетін жалға алушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>{tenant} has no vehicle yet: add one first (Plan &gt; New Vehicle).</source>
        <translation>{tenant} жалға алушысында әлі зымыран тасығыш жоқ: алдымен оны қосыңыз (Жоспар &gt; Жаңа зымыран тасығыш).</translation>
    </message>
    <message>
        <source>Choose the vehicle that will fly from the pad.</source>
        <translation>Алаңнан ұшатын зымыран тасығышты таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose a pad (or click one in the list).</source>
        <translation>Алаңды таңдаңыз (немесе тізімнен басыңыз).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Кезең басталмай тұрып аяқталады.</translation>
    </message>
    <message numerus="yes">
        <source>This allocation breaks %n rule(s).</source>
        <translation>
            <numerusform>Бұл бекіту %n ережені бұзады.</numerusform>
            <numerusform>Бұл бекіту %n ережені бұзады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judging %n pad(s)…</source>
        <translation>
            <numerusform>%n алаң бағалануда…</numerusform>
            <numerusform>%n алаң бағалануда…</numerusform>
        </translation>
    </message>
    <message>
        <source>{fitting} of {count} pads fit {vehicle} from {start} to {end}.</source>
        <translation>{start} – {end} аралығында {vehicle} үшін {count} алаңның {fitting} сәйкес келеді.</translation>
    </message>
    <message>
        <source>Choose a pad in the list to read what the rules say.</source>
        <translation>Ережелердің не айтатынын оқу үшін тізімнен алаңды таңдаңыз.</translation>
    </message>
    <message>
        <source>No pad fits at any date; first limit: {reason}</source>
        <translation>Ешбір алаң ешбір мерзімде сәйкес келмейді; бірінші шектеу: {reason}</translation>
    </message>
    <message>
        <source>{pad} from {start}</source>
        <translation>{pad}, {start} бастап</translation>
    </message>
    <message>
        <source>Same length later: {places}.</source>
        <translation>Сол ұзақтық кейінірек: {places}.</translation>
    </message>
    <message>
        <source>Allocate anyway?</source>
        <translation>Бәрібір бекіту керек пе?</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Бәрібір сақтау керек пе?</translation>
    </message>
    <message>
        <source>{code}: fits.</source>
        <translation>{code}: сәйкес келеді.</translation>
    </message>
    <message>
        <source>{code}: does not fit.</source>
        <translation>{code}: сәйкес келмейді.</translation>
    </message>
    <message>
        <source>{code}: fits; no rule is broken.</source>
        <translation>{code}: сәйкес келеді; ешбір ереже бұзылмаған.</translation>
    </message>
    <message>
        <source>No other findings: the other rules are all met.</source>
        <translation>Басқа ескертпе жоқ: қалған ережелердің бәрі сақталған.</translation>
    </message>
    <message>
        <source>No findings: this allocation breaks no rule.</source>
        <translation>Ескертпе жоқ: бұл бекіту ешбір ережені бұзбайды.</translation>
    </message>
    <message>
        <source>The flight corridor is not checked: enter the launch azimuth here and the vehicle&apos;s corridor class in the vehicle editor.</source>
        <translation>Ұшу дәлізі тексерілмеген: мұнда ұшыру азимутын, ал дәліз класын зымыран тасығыш редакторында енгізіңіз.</translation>
    </message>
    <message>
        <source>The flight corridor is not checked: {vehicle} has no corridor class (set it in the vehicle editor).</source>
        <translation>Ұшу дәлізі тексерілмеген: {vehicle} зымыран тасығышының дәліз класы жоқ (оны зымыран тасығыш редакторында көрсетіңіз).</translation>
    </message>
    <message>
        <source>The flight corridor is not checked: {vehicle} is guided suborbital but has no apogee (set it in the vehicle editor).</source>
        <translation>Ұшу дәлізі тексерілмеген: {vehicle} — басқарылатын суборбиталық зымыран, бірақ апогейі көрсетілмеген (оны зымыран тасығыш редакторында көрсетіңіз).</translation>
    </message>
    <message>
        <source>The flight corridor is not checked: enter the launch azimuth.</source>
        <translation>Ұшу дәлізі тексерілмеген: ұшыру азимутын енгізіңіз.</translation>
    </message>
    <message>
        <source>hazard areas unknown</source>
        <translation>қауіпті аймақтар белгісіз</translation>
    </message>
    <message>
        <source>flight corridor unknown</source>
        <translation>ұшу дәлізі белгісіз</translation>
    </message>
    <message numerus="yes">
        <source>Not safe: %n safety error(s)</source>
        <translation>
            <numerusform>Қауіпсіз емес: қауіпсіздік бойынша %n қате</numerusform>
            <numerusform>Қауіпсіз емес: қауіпсіздік бойынша %n қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ескерту</numerusform>
            <numerusform>%n ескерту</numerusform>
        </translation>
    </message>
    <message>
        <source>Not fully checked: {what}</source>
        <translation>Толық тексерілмеген: {what}</translation>
    </message>
    <message>
        <source>Safe: no hazard-area or flight-corridor conflict</source>
        <translation>Қауіпсіз: қауіпті аймақ пен ұшу дәлізі бойынша қайшылық жоқ</translation>
    </message>
    <message>
        <source>any azimuth on this pad</source>
        <translation>бұл алаңнан кез келген азимут</translation>
    </message>
    <message>
        <source>allowed {low:g}°–{high:g}° clockwise</source>
        <translation>рұқсат етілгені: сағат тілімен {low:g}°–{high:g}°</translation>
    </message>
    <message>
        <source>Safety of pad {code}: hazard areas and flight corridor</source>
        <translation>{code} алаңының қауіпсіздігі: қауіпті аймақтар мен ұшу дәлізі</translation>
    </message>
    <message>
        <source>Safety of the pad: hazard areas and flight corridor</source>
        <translation>Алаң қауіпсіздігі: қауіпті аймақтар мен ұшу дәлізі</translation>
    </message>
    <message>
        <source>Not checked yet: complete the form.</source>
        <translation>Әлі тексерілмеген: форманы толтырыңыз.</translation>
    </message>
    <message>
        <source>Hazard areas and flight corridor clear of public places, roads and tenants.</source>
        <translation>Қауіпті аймақтар мен ұшу дәлізі қоғамдық орындарға, жолдарға және басқа жалға алушыларға тимейді.</translation>
    </message>
    <message>
        <source>Allocation status</source>
        <translation>Бекіту күйі</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Сценарийді ашу</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>Атаусыз жоспар</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Сақталмаған өзгерістерді қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <source>a plan that was never saved</source>
        <translation>бұрын сақталмаған жоспар</translation>
    </message>
    <message>
        <source>cosmoplan has a recovery copy of &quot;{name}&quot; ({where}) from {time}.</source>
        <translation>cosmoplan бағдарламасында «{name}» ({where}) жоспарының {time} кезіндегі қалпына келтіру көшірмесі бар.</translation>
    </message>
    <message>
        <source>Recover it? It opens as an unsaved plan; save it to keep the changes.</source>
        <translation>Қалпына келтіру керек пе? Ол сақталмаған жоспар ретінде ашылады; өзгерістерді сақтап қалу үшін оны сақтаңыз.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Кейінірек</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <source>Click on the map where the new {what} is.</source>
        <translation>Картада жаңа нысан ({what}) орналасқан жерді басыңыз.</translation>
    </message>
    <message>
        <source>Click the points of the new {what}; double-click the last one.</source>
        <translation>Жаңа нысанның ({what}) нүктелерін басыңыз; соңғысын екі рет басыңыз.</translation>
    </message>
    <message>
        <source>Click the corners of the new {what}; double-click the last one.</source>
        <translation>Жаңа нысанның ({what}) бұрыштарын басыңыз; соңғысын екі рет басыңыз.</translation>
    </message>
    <message>
        <source>New object</source>
        <translation>Жаңа нысан</translation>
    </message>
    <message>
        <source>What did you draw?</source>
        <translation>Не сыздыңыз?</translation>
    </message>
    <message>
        <source>Edit geometry</source>
        <translation>Геометрияны өңдеу</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message numerus="yes">
        <source>Deleting {what} also deletes %n object(s) that depend on it.</source>
        <translation>
            <numerusform>«{what}» жойылғанда оған тәуелді %n нысан да жойылады.</numerusform>
            <numerusform>«{what}» жойылғанда оған тәуелді %n нысан да жойылады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting {what} changes other objects.</source>
        <translation>«{what}» жою басқа нысандарды өзгертеді.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… және тағы {count}</translation>
    </message>
    <message>
        <source>These stay but lose their link to a deleted facility or tenant: {names}</source>
        <translation>Мыналар қалады, бірақ жойылған нысанмен не жалға алушымен байланысын жоғалтады: {names}</translation>
    </message>
    <message>
        <source>Delete? (You can undo this.)</source>
        <translation>Жою керек пе? (Мұны болдырмауға болады.)</translation>
    </message>
    <message>
        <source>{text!r} is not a number.</source>
        <translation>{text!r} сан емес.</translation>
    </message>
    <message>
        <source>{text!r} is not a date (use yyyy-mm-dd).</source>
        <translation>{text!r} күн емес (жжжж-аа-кк пішімін қолданыңыз).</translation>
    </message>
    <message>
        <source>area {value:,.0f} m² ({km:.3f} km²)</source>
        <translation>ауданы {value:,.0f} м² ({km:.3f} км²)</translation>
    </message>
    <message>
        <source>length {value:,.0f} m</source>
        <translation>ұзындығы {value:,.0f} м</translation>
    </message>
    <message>
        <source>Throw away what you typed?</source>
        <translation>Енгізілгенді тастау керек пе?</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Өңдеуді жалғастыру</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>The maximum quantity must not be negative.</source>
        <translation>Ең көп мөлшер теріс болмауы керек.</translation>
    </message>
    <message>
        <source>A date as yyyy-mm-dd; empty: open</source>
        <translation>Күн жжжж-аа-кк пішімінде; бос болса — мерзімсіз</translation>
    </message>
    <message>
        <source>— choose a complex —</source>
        <translation>— кешенді таңдаңыз —</translation>
    </message>
    <message>
        <source>Enter the pad&apos;s latitude and longitude.</source>
        <translation>Алаңның ендігі мен бойлығын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude.</source>
        <translation>Ендікті де, бойлықты да енгізіңіз.</translation>
    </message>
    <message>
        <source>Latitude must be within ±90° and longitude within ±180°.</source>
        <translation>Ендік ±90°, бойлық ±180° шегінде болуы керек.</translation>
    </message>
    <message>
        <source>Enter both easting and northing.</source>
        <translation>Шығыс (E) және солтүстік (N) координаталарын да енгізіңіз.</translation>
    </message>
    <message>
        <source>Choose the launch complex this pad belongs to.</source>
        <translation>Алаң тиесілі ұшыру кешенін таңдаңыз.</translation>
    </message>
    <message>
        <source>The pad&apos;s location</source>
        <translation>Алаңның орны</translation>
    </message>
    <message>
        <source>The maximum lift-off mass must be more than 0 t.</source>
        <translation>Ең үлкен ұшу массасы 0 т-дан көп болуы керек.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— жоқ —</translation>
    </message>
    <message>
        <source>The file could not be used: {reason}{where}.</source>
        <translation>Файлды пайдалану мүмкін болмады: {reason}{where}.</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {kind}: {text}</source>
        <translation>Күтпеген қате орын алды: {kind}: {text}</translation>
    </message>
    <message>
        <source>cosmoplan</source>
        <translation>cosmoplan</translation>
    </message>
    <message>
        <source>cosmoplan plans (*{suffix});;All files (*)</source>
        <translation>cosmoplan жоспарлары (*{suffix});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>is not there any more</source>
        <translation>енді жоқ</translation>
    </message>
    <message>
        <source>now holds another plan</source>
        <translation>енді басқа жоспарды қамтиды</translation>
    </message>
    <message>
        <source>was saved by someone else after the copy was made</source>
        <translation>көшірме жасалғаннан кейін оны басқа біреу сақтаған</translation>
    </message>
    <message>
        <source>Save Recovered Plan</source>
        <translation>Қалпына келтірілген жоспарды сақтау</translation>
    </message>
    <message>
        <source>The recovered plan &quot;{name}&quot; came from {where}, which {why}.</source>
        <translation>Қалпына келтірілген «{name}» жоспары {where} ішінен алынған, ол {why}.</translation>
    </message>
    <message>
        <source>Choose where to save it; nothing is written over.</source>
        <translation>Оны қайда сақтайтынын таңдаңыз; ештеңе қайта жазылмайды.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>Жоспарды басқаша сақтау</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Өзгерістерді сақтау керек пе?</translation>
    </message>
    <message>
        <source>Scenario &quot;{name}&quot; has unsaved changes.</source>
        <translation>«{name}» сценарийінде сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>The plan &quot;{name}&quot; has unsaved changes.</source>
        <translation>«{name}» жоспарында сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>Do you want to save them before closing?</source>
        <translation>Жабар алдында оларды сақтағыңыз келе ме?</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Ескертпелерді сүзу…</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings, {infos} notes</source>
        <translation>{errors} қате, {warnings} ескерту, {infos} ақпарат</translation>
    </message>
    <message>
        <source>Exported the findings to {path}.</source>
        <translation>Ескертпелер {path} файлына экспортталды.</translation>
    </message>
    <message>
        <source>As of {day}: the date moved into the finding&apos;s period, {start} to {end}.</source>
        <translation>{day} күнгі жағдай: күн ескерту кезеңіне ауыстырылды, {start} – {end}.</translation>
    </message>
    <message>
        <source>Map: pan</source>
        <translation>Карта: жылжыту</translation>
    </message>
    <message>
        <source>Arrow keys, middle-button drag</source>
        <translation>Бағыт пернелері, ортаңғы батырмамен сүйреу</translation>
    </message>
    <message>
        <source>Map: zoom</source>
        <translation>Карта: масштаб</translation>
    </message>
    <message>
        <source>Wheel, +, -, Home (all)</source>
        <translation>Дөңгелек, +, -, Home (барлығы)</translation>
    </message>
    <message>
        <source>Map: finish a line, polygon or measurement</source>
        <translation>Карта: сызықты, көпбұрышты не өлшеуді аяқтау</translation>
    </message>
    <message>
        <source>Double-click, Return</source>
        <translation>Қос шерту, Enter</translation>
    </message>
    <message>
        <source>Map: remove the last point</source>
        <translation>Карта: соңғы нүктені жою</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Map: cancel a drawing, or select nothing</source>
        <translation>Карта: сызуды болдырмау не таңдауды алу</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Map: delete the vertex under the cursor (Edit Vertices)</source>
        <translation>Карта: курсор астындағы төбені жою (Төбелерді өңдеу)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>cosmoplan — keyboard shortcuts</source>
        <translation>cosmoplan — пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the map: click to select (Ctrl+click adds, drag a box for many), double-click to edit, wheel to zoom, middle-button drag or the Pan tool to pan. Positions are shown in latitude/longitude and UTM 41N.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Картада: таңдау үшін басыңыз (Ctrl+басу — таңдауға қосады, көп нысан үшін аумақты сүйреп белгілеңіз), өңдеу үшін екі рет басыңыз, масштаб — дөңгелекпен, картаны жылжыту — ортаңғы батырмамен сүйреу немесе «Жылжыту» құралы. Орындар ендік/бойлық және UTM 41N түрінде көрсетіледі.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.geojson *.json *.shp);;All files (*)</source>
        <translation>ГАЖ файлдары (*.gpkg *.geojson *.json *.shp);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Launch pads</source>
        <translation>Ұшыру алаңдары</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Нысандар</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Аймақтар</translation>
    </message>
    <message>
        <source>Launch complexes</source>
        <translation>Ұшыру кешендері</translation>
    </message>
    <message>
        <source>Import features</source>
        <translation>Нысандарды импорттау</translation>
    </message>
    <message>
        <source>Add the features of {0} as:</source>
        <translation>{0} ішіндегі нысандарды былай қосу:</translation>
    </message>
    <message>
        <source>{0} holds no features.</source>
        <translation>{0} ішінде нысан жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) from {0}</source>
        <translation>
            <numerusform>{0} файлынан %n нысан</numerusform>
            <numerusform>{0} файлынан %n нысан</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feature(s) from {0}.</source>
        <translation>
            <numerusform>{0} файлынан %n нысан импортталды.</numerusform>
            <numerusform>{0} файлынан %n нысан импортталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added base layer {0} (%n feature(s)).</source>
        <translation>
            <numerusform>{0} фондық қабаты қосылды (%n нысан).</numerusform>
            <numerusform>{0} фондық қабаты қосылды (%n нысан).</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>{0} импортталуда…</translation>
    </message>
    <message>
        <source>Add base layer</source>
        <translation>Фондық қабатты қосу</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} оқылуда…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Тоқтатылды: ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Панельдер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source> As of </source>
        <translation> Күні: </translation>
    </message>
    <message>
        <source>Statuses and validity are shown as of this date</source>
        <translation>Күйлер мен жарамдылық осы күнгі жағдай бойынша көрсетіледі</translation>
    </message>
    <message>
        <source>Move the mouse over the map to see coordinates</source>
        <translation>Координаттарды көру үшін тінтуірді картаға апарыңыз</translation>
    </message>
    <message>
        <source>Facts as of {day}</source>
        <translation>Мәліметтер {day} күнгі</translation>
    </message>
    <message>
        <source>The plan&apos;s knowledge date: later states are assumptions</source>
        <translation>Жоспар мәліметтерінің күні: кейінгі күйлер — болжам</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>«{what}» &amp;болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>«{what}» &amp;қайталау</translation>
    </message>
    <message>
        <source>✖ {errors} errors  ⚠ {warnings} warnings</source>
        <translation>✖ {errors} қате  ⚠ {warnings} ескерту</translation>
    </message>
    <message>
        <source>Distance {distance}</source>
        <translation>Қашықтық {distance}</translation>
    </message>
    <message>
        <source>, area {area}</source>
        <translation>, ауданы {area}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (тек оқу)</translation>
    </message>
    <message>
        <source> — Scenario: {name}</source>
        <translation> — Сценарий: {name}</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Жоспарды ашу</translation>
    </message>
    <message>
        <source>Plan Properties</source>
        <translation>Жоспар қасиеттері</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттама:</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>Осы жоспар туралы</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Әлі сақталмаған</translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation>Сақталған орны:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Схема нұсқасы:</translation>
    </message>
    <message>
        <source>Knowledge date:</source>
        <translation>Мәліметтер күні:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Мазмұны:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Measure something first (Tools &gt; Measure).</source>
        <translation>Алдымен бірдеңені өлшеңіз (Құралдар &gt; Өлшеу).</translation>
    </message>
    <message>
        <source>{vehicle_class} · {azimuth}</source>
        <translation>{vehicle_class} · {azimuth}</translation>
    </message>
    <message>
        <source>overflight exclusion {length}</source>
        <translation>оқшаулау аймағы {length}</translation>
    </message>
    <message>
        <source>store: public area {distance} m</source>
        <translation>қойма: қоғамдық аймақ {distance} м</translation>
    </message>
    <message>
        <source>{pad}: public area {distance} m</source>
        <translation>{pad}: қоғамдық аймақ {distance} м</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>Қоғамдық аймақ</translation>
    </message>
    <message>
        <source>Public traffic route</source>
        <translation>Жалпы пайдаланудағы жол</translation>
    </message>
    <message>
        <source>{area} {distance} m around {store}</source>
        <translation>«{store}» айналасында {area} {distance} м</translation>
    </message>
    <message>
        <source>{area} {distance} m: {vehicle} of {tenant} on {pad}, {start} – {end}</source>
        <translation>{area} {distance} м: {vehicle} ({tenant}), {pad}, {start} – {end}</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Қабат</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Мөлдір еместік</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Түс…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Opacity of {layer}</source>
        <translation>«{layer}» қабатының мөлдір еместігі</translation>
    </message>
    <message>
        <source>Layer colour</source>
        <translation>Қабат түсі</translation>
    </message>
    <message>
        <source>Not enough points: a line needs 2 and a polygon 3.</source>
        <translation>Нүкте жеткіліксіз: сызыққа 2, көпбұрышқа 3 нүкте керек.</translation>
    </message>
    <message>
        <source>The shape is empty.</source>
        <translation>Пішін бос.</translation>
    </message>
    <message>
        <source>The outline crosses itself; move or remove a vertex.</source>
        <translation>Контур өзін-өзі қиып өтеді; төбені жылжытыңыз не жойыңыз.</translation>
    </message>
    <message>
        <source>The shape is not valid: {reason}.</source>
        <translation>Пішін жарамсыз: {reason}.</translation>
    </message>
    <message>
        <source>Click the first vertex, then type the next ones.</source>
        <translation>Алғашқы төбені басыңыз, сосын келесілерін теріңіз.</translation>
    </message>
    <message>
        <source>Vertices edited.</source>
        <translation>Төбелер өңделді.</translation>
    </message>
    <message>
        <source>Measured {text}.</source>
        <translation>Өлшенді: {text}.</translation>
    </message>
    <message>
        <source>bearing {angle}</source>
        <translation>азимут {angle}</translation>
    </message>
    <message>
        <source>Enter a full path, such as {example}.</source>
        <translation>Толық жолды көрсетіңіз, мысалы {example}.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Бұл қалта емес, файл.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Жүйедегідей ({language})</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Жүйедегідей</translation>
    </message>
    <message>
        <source>How many plans File &gt; Open Recent lists</source>
        <translation>Файл &gt; Соңғы файлдар мәзірінде қанша жоспар көрсетіледі</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>A new language applies the next time cosmoplan starts.</source>
        <translation>Жаңа тіл cosmoplan келесі іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <source>&amp;Recent files to list:</source>
        <translation>&amp;Тізімдегі соңғы файлдар саны:</translation>
    </message>
    <message>
        <source>Reopen the last plan at start (instead of the start page)</source>
        <translation>Іске қосқанда соңғы жоспарды ашу (бастапқы беттің орнына)</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>How often a recovery copy of a plan with unsaved changes is written (0: never)</source>
        <translation>Сақталмаған өзгерістері бар жоспардың қалпына келтіру көшірмесі қаншалықты жиі жазылады (0 — ешқашан)</translation>
    </message>
    <message>
        <source>Leave empty to use the default folder shown in grey</source>
        <translation>Әдепкі қалтаны (сұр түспен көрсетілген) пайдалану үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Автосақтау аралығы:</translation>
    </message>
    <message>
        <source>Recovery &amp;folder:</source>
        <translation>Қалпына келтіру &amp;қалтасы:</translation>
    </message>
    <message>
        <source>Copies of plans with unsaved changes are kept there. A new folder is used from the next start.</source>
        <translation>Сақталмаған өзгерістері бар жоспарлардың көшірмелері осында сақталады. Жаңа қалта келесі іске қосылғаннан бастап қолданылады.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Name printed on report covers</source>
        <translation>Есептердің мұқабасында басылатын аты-жөні</translation>
    </message>
    <message>
        <source>Default a&amp;uthor:</source>
        <translation>Әдепкі &amp;автор:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Қағаз:</translation>
    </message>
    <message>
        <source>Recovery Folder</source>
        <translation>Қалпына келтіру қалтасы</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Геометрия</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ауданы</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Ұзындығы</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>Schematic</source>
        <translation>Сызбалық</translation>
    </message>
    <message>
        <source>yes (position or shape is approximate)</source>
        <translation>иә (орны не пішіні шамамен берілген)</translation>
    </message>
    <message>
        <source>About cosmoplan</source>
        <translation>cosmoplan туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cosmoplan {version}&lt;/h3&gt;&lt;p&gt;Site model, tenant allocation and safety planning for the Baikonur Cosmodrome.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cosmoplan {version}&lt;/h3&gt;&lt;p&gt;Байқоңыр ғарыш айлағының нысандар моделі, алаңдарды жалға алушыларға бекіту және қауіпсіздікті жоспарлау.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Кітапхана</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Нұсқалар</translation>
    </message>
    <message>
        <source>&amp;Demo Data</source>
        <translation>&amp;Демо деректер</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Құрамдас</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Лицензиялар</translation>
    </message>
    <message>
        <source>The demo plan holds facts known on {day} (its knowledge date); later states are assumptions and say so. Each fact names the public page it comes from by the keys below. Only short facts (dates, figures, positions) are taken from them, no text or image; each page stays under its publisher&apos;s terms of use. The demo is for illustration, not for operational decisions.</source>
        <translation>Демо жоспарда {day} күні белгілі мәліметтер бар (оның мәліметтер күні); кейінгі күйлер — болжам және солай белгіленген. Әр дерек өзі алынған жалпыға қолжетімді бетке төмендегі кілттер арқылы сілтейді. Олардан тек қысқа деректер (күндер, сандар, орындар) алынған, мәтін не сурет алынбаған; әр бет өз баспагерінің пайдалану шарттарында қалады. Демо жоспар пайдалану шешімдері үшін емес, көрнекілік үшін.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Белгісі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Кешен</translation>
    </message>
    <message>
        <source>Status on {day}</source>
        <translation>{day} күнгі күйі</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Күйлер тарихы</translation>
    </message>
    <message>
        <source>Propellants</source>
        <translation>Отын түрлері</translation>
    </message>
    <message>
        <source>Max lift-off mass</source>
        <translation>Ең үлкен ұшу массасы</translation>
    </message>
    <message>
        <source>Max height</source>
        <translation>Ең үлкен биіктік</translation>
    </message>
    <message>
        <source>Max diameter</source>
        <translation>Ең үлкен диаметр</translation>
    </message>
    <message>
        <source>Max thrust</source>
        <translation>Ең үлкен тарту күші</translation>
    </message>
    <message>
        <source>Azimuths</source>
        <translation>Азимуттар</translation>
    </message>
    <message>
        <source>Launch cadence</source>
        <translation>Ұшыру жиілігі</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>жылына</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>Электрмен жабдықтау</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Қажет етеді</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %n point(s)</source>
        <translation>
            <numerusform>{kind}, %n нүкте</numerusform>
            <numerusform>{kind}, %n нүкте</numerusform>
        </translation>
    </message>
    <message>
        <source>removed</source>
        <translation>жойылған</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>сақталған</translation>
    </message>
    <message>
        <source>Changed elsewhere too</source>
        <translation>Басқа жерде де өзгертілді</translation>
    </message>
    <message>
        <source>Another planner saved changes to the same objects since you opened the plan. Choose what to keep for each; nothing is saved until you do.</source>
        <translation>Сіз жоспарды ашқаннан бері басқа жоспарлаушы сол нысандардың өзгерістерін сақтады. Әрқайсысы үшін нені қалдыратынын таңдаңыз; таңдамайынша ештеңе сақталмайды.</translation>
    </message>
    <message>
        <source>Object and field</source>
        <translation>Нысан және өріс</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Сіз ашқан кезде</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Олардікі</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Сіздікі</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Қалдыру</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Менікінің бәрін қалдыру</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Олардікінің бәрін қабылдау</translation>
    </message>
    <message>
        <source>Save With These Choices</source>
        <translation>Осы таңдаумен сақтау</translation>
    </message>
    <message>
        <source>The plan&apos;s name and description</source>
        <translation>Жоспардың атауы мен сипаттамасы</translation>
    </message>
    <message>
        <source>the object itself</source>
        <translation>нысанның өзі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>In service on {day}</source>
        <translation>{day} күні пайдаланыста</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Пайдалануға берілген күні</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Пайдаланудан шығарылған күні</translation>
    </message>
    <message>
        <source>Propellant</source>
        <translation>Отын</translation>
    </message>
    <message>
        <source>Max quantity</source>
        <translation>Ең көп мөлшер</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Биіктігі</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Иеленуші</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Күшіне енген күні</translation>
    </message>
    <message>
        <source>always</source>
        <translation>әрқашан</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <source>Valid on {day}</source>
        <translation>{day} күні жарамды</translation>
    </message>
    <message>
        <source>{factor:g} (source: {source})</source>
        <translation>{factor:g} (дереккөзі: {source})</translation>
    </message>
    <message>
        <source>none: no established factor, its hazard areas are not checked</source>
        <translation>жоқ: белгіленген коэффициент жоқ, қауіпті аймақтары тексерілмейді</translation>
    </message>
    <message>
        <source>the propellant&apos;s established (DoD) factor</source>
        <translation>отынның белгіленген (DoD) коэффициенті</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Жалға алушы</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Сатылар</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>Диаметрі</translation>
    </message>
    <message>
        <source>Lift-off mass</source>
        <translation>Ұшу массасы</translation>
    </message>
    <message>
        <source>Propellant mass</source>
        <translation>Отын массасы</translation>
    </message>
    <message>
        <source>Lift-off thrust</source>
        <translation>Ұшу кезіндегі тарту күші</translation>
    </message>
    <message>
        <source>Payload to LEO</source>
        <translation>Төменгі орбитаға пайдалы жүк</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>Ұшырулар</translation>
    </message>
    <message>
        <source>Division 1.1 mass</source>
        <translation>1.1 кіші класты ЖЗ массасы</translation>
    </message>
    <message>
        <source>TNT-equivalent factor</source>
        <translation>Тротил баламасының коэффициенті</translation>
    </message>
    <message>
        <source>Corridor class</source>
        <translation>Дәліз класы</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Apogee</source>
        <translation>Апогей</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>the pad allows {low:g}°–{high:g}°</source>
        <translation>алаңға рұқсат етілгені: {low:g}°–{high:g}°</translation>
    </message>
    <message>
        <source>{azimuth:g}°, outside the range: {allowed}</source>
        <translation>{azimuth:g}°, ауқымнан тыс: {allowed}</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Зымыран тасығыш</translation>
    </message>
    <message>
        <source>Optimise</source>
        <translation>Оңтайландыру</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Уақыт шегі:</translation>
    </message>
    <message>
        <source>&amp;Seed (the same seed gives the same result):</source>
        <translation>&amp;Тұқым (бір тұқым бір нәтиже береді):</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Double-click a request not served to ask why not.</source>
        <translation>Неге болмайтынын сұрау үшін қызмет көрсетілмеген өтінімді екі рет шертіңіз.</translation>
    </message>
    <message>
        <source>Requests to place (open and planned):</source>
        <translation>Орналастырылатын өтінімдер (ашық және жоспарланған):</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Нәтиже:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Іске қосу</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Бас &amp;тарту</translation>
    </message>
    <message>
        <source>&amp;Apply to the Plan</source>
        <translation>&amp;Жоспарға қолдану</translation>
    </message>
    <message>
        <source>Name of a new scenario</source>
        <translation>Жаңа сценарийдің атауы</translation>
    </message>
    <message>
        <source>Save as &amp;Scenario</source>
        <translation>&amp;Сценарий ретінде сақтау</translation>
    </message>
    <message>
        <source>Save the result as a scenario:</source>
        <translation>Нәтижені сценарий ретінде сақтау:</translation>
    </message>
    <message>
        <source>Tick at least one request to place.</source>
        <translation>Орналастыру үшін кемінде бір өтінімді белгілеңіз.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Іздеу жүріп жатыр…</translation>
    </message>
    <message>
        <source>Looking at where each request could go…</source>
        <translation>Әр өтінім қайда орналаса алатыны анықталуда…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <source>The plan changed since the search began: run it again.</source>
        <translation>Іздеу басталғаннан бері жоспар өзгерді: оны қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>{status} after {seconds:.1f} s: value {objective:g}, bound {bound:g}.</source>
        <translation>{status}, {seconds:.1f} с: мәні {objective:g}, шекарасы {bound:g}.</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>Дәлелденді</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Табылды</translation>
    </message>
    <message>
        <source>Served ({count})</source>
        <translation>Қызмет көрсетілді ({count})</translation>
    </message>
    <message>
        <source>Not served ({count})</source>
        <translation>Қызмет көрсетілмеді ({count})</translation>
    </message>
    <message>
        <source>Moved ({count})</source>
        <translation>Жылжытылды ({count})</translation>
    </message>
    <message>
        <source>Applied: one step, which Edit &gt; Undo takes back.</source>
        <translation>Бір қадаммен қолданылды; оны Өңдеу &gt; Болдырмау қайтарады.</translation>
    </message>
    <message>
        <source>Optimiser result</source>
        <translation>Оңтайландыру нәтижесі</translation>
    </message>
    <message>
        <source>Save as Scenario</source>
        <translation>Сценарий ретінде сақтау</translation>
    </message>
    <message>
        <source>Saved as scenario &quot;{name}&quot;: compare it with the plan and promote it from Plan &gt; Scenarios.</source>
        <translation>«{name}» сценарийі ретінде сақталды: оны жоспармен салыстырып, Жоспар &gt; Сценарийлер арқылы жоспарға көшіріңіз.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Пайдалану</translation>
    </message>
    <message>
        <source>Annual fee</source>
        <translation>Жылдық төлем</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>келісілмеген</translation>
    </message>
    <message>
        <source>Launch azimuth</source>
        <translation>Ұшыру азимуты</translation>
    </message>
    <message>
        <source>Wanted pads</source>
        <translation>Қалаған алаңдар</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Терезе</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} күн</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Fee offered</source>
        <translation>Ұсынылған төлем</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>ұсынылмаған</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Келіссөздер</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Зымыран тасығыштар</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Бекітулер</translation>
    </message>
    <message>
        <source>Holds on {day}</source>
        <translation>{day} күні иеленгені</translation>
    </message>
    <message>
        <source>Land held</source>
        <translation>Иеленген жер</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Басқарушы</translation>
    </message>
    <message>
        <source>Pads</source>
        <translation>Алаңдар</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Ө&amp;ңдеу…</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ештеңе таңдалмаған</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) selected</source>
        <translation>
            <numerusform>%n нысан таңдалды</numerusform>
            <numerusform>%n нысан таңдалды</numerusform>
        </translation>
    </message>
    <message>
        <source>Click an object on the map or in a table to see its properties.</source>
        <translation>Қасиеттерін көру үшін картадағы не кестедегі нысанды басыңыз.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Соңғы &amp;файлдар</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Тізімді &amp;тазалау</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Соңғы жоспарлар жоқ</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} жазылуда…</translation>
    </message>
    <message>
        <source>Saved {name} ({count} pages).</source>
        <translation>{name} сақталды ({count} бет).</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт тоқтатылды; файл жазылған жоқ.</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Есеп жазылған жоқ.</translation>
    </message>
    <message>
        <source>The plan has unsaved changes: the report shows them, and its fingerprint is computed from the plan&apos;s content, not from the file.</source>
        <translation>Жоспарда сақталмаған өзгерістер бар: есеп оларды көрсетеді, ал оның бақылау таңбасы файл бойынша емес, жоспар мазмұны бойынша есептеледі.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорттау…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Есепті PDF файлы ретінде сақтау</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Уақыт кестесі</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>US Letter (8,5 × 11 in)</translation>
    </message>
    <message>
        <source>The plan has no tenants.</source>
        <translation>Жоспарда жалға алушылар жоқ.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Full report (all tenants)</source>
        <translation>Толық есеп (барлық жалға алушылар)</translation>
    </message>
    <message>
        <source>Tenant report for</source>
        <translation>Жалға алушыға арналған есеп</translation>
    </message>
    <message>
        <source>A tenant report leaves out every other tenant&apos;s names and fees.</source>
        <translation>Жалға алушыға арналған есепке басқа жалға алушылардың атаулары мен төлемдері енбейді.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <source>The day the site map and figures show</source>
        <translation>Карта мен көрсеткіштер көрсететін күн</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Кезеңнің бірінші күні</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Кезеңнің соңғы күні</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>Кезең басы:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Paper and cover</source>
        <translation>Қағаз және мұқаба</translation>
    </message>
    <message>
        <source>Name printed on the cover</source>
        <translation>Мұқабада басылатын аты-жөні</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Қағаз:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>{number}-бет</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>жатық</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>тік</translation>
    </message>
    <message>
        <source>Page {number} of {count}, {orientation}</source>
        <translation>{number}/{count} бет, {orientation}</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Сызылуда…</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Алдын ала қарау дайындалуда…</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} бет</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Алдын ала қарау тоқтатылды.</translation>
    </message>
    <message>
        <source>The preview could not be built.</source>
        <translation>Алдын ала қарауды дайындау мүмкін болмады.</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Бетке өту</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Zoom (Ctrl + mouse wheel over the pages)</source>
        <translation>Масштаб (беттердің үстінде Ctrl + тінтуір дөңгелегі)</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>Building the preview… %p%</source>
        <translation>Алдын ала қарау дайындалуда… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Build the preview again</source>
        <translation>Алдын ала қарауды қайта дайындау</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Жолдарды сүзу…</translation>
    </message>
    <message>
        <source>Export the rows shown to a CSV or XLSX file</source>
        <translation>Көрсетілген жолдарды CSV немесе XLSX файлына экспорттау</translation>
    </message>
    <message>
        <source>Exported the table to {path}.</source>
        <translation>Кесте {path} файлына экспортталды.</translation>
    </message>
    <message>
        <source>{kind} ({shown} of {total})</source>
        <translation>{kind} ({total} ішінен {shown})</translation>
    </message>
    <message>
        <source>Filtered by “{text}”</source>
        <translation>«{text}» бойынша сүзілген</translation>
    </message>
    <message>
        <source>Cleared the filter of {kind}: it hid the selection.</source>
        <translation>«{kind}» кестесінің сүзгісі алынды: ол таңдалғанды жасырып тұрды.</translation>
    </message>
    <message>
        <source>A guided suborbital vehicle: its corridor ends at the impact area of its apogee.</source>
        <translation>Басқарылатын суборбиталық зымыран: оның дәлізі апогейіне сәйкес құлау ауданында аяқталады.</translation>
    </message>
    <message>
        <source>Payload to a 100 nm orbit at 28° / 90° inclination: {payload} (14 CFR 420.19 Table 1).</source>
        <translation>Көлбеулігі 28° / 90°, биіктігі 100 теңіз милі орбитаға пайдалы жүк: {payload} (14 CFR 420.19, 1-кесте).</translation>
    </message>
    <message>
        <source>Unknown: the flight corridor is not checked.</source>
        <translation>Белгісіз: ұшу дәлізі тексерілмейді.</translation>
    </message>
    <message>
        <source>Pads occupied on {date}:</source>
        <translation>{date} күні бос емес алаңдар:</translation>
    </message>
    <message>
        <source>No pad is allocated on this date.</source>
        <translation>Бұл күні бірде-бір алаң бекітілмеген.</translation>
    </message>
    <message>
        <source>Pad status (outline; fill of free pads):</source>
        <translation>Алаң күйі (контур; бос алаңдардың бояуы):</translation>
    </message>
    <message>
        <source>{vehicle} on {pad}, {start} – {end}, {status}</source>
        <translation>{vehicle}, {pad} алаңы, {start} – {end}, {status}</translation>
    </message>
    <message>
        <source>Delete tenant</source>
        <translation>Жалға алушыны жою</translation>
    </message>
    <message>
        <source>Deleting {names} also deletes {vehicles} and {allocations}.</source>
        <translation>{names} жойылғанда {vehicles} және {allocations} де жойылады.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n зымыран тасығыш</numerusform>
            <numerusform>%n зымыран тасығыш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pad allocation(s)</source>
        <translation>
            <numerusform>%n алаң бекітуі</numerusform>
            <numerusform>%n алаң бекітуі</numerusform>
        </translation>
    </message>
    <message>
        <source>Vehicles: {names}</source>
        <translation>Зымыран тасығыштар: {names}</translation>
    </message>
    <message>
        <source>A tenant called {name!r} already exists.</source>
        <translation>{name!r} деп аталатын жалға алушы бұрыннан бар.</translation>
    </message>
    <message>
        <source>No established TNT factor for this propellant: enter one with its source, or its hazard areas are not checked.</source>
        <translation>Бұл отын үшін белгіленген тротил коэффициенті жоқ: оны дереккөзімен бірге енгізіңіз, әйтпесе қауіпті аймақтары тексерілмейді.</translation>
    </message>
    <message>
        <source>A factor above 1 counts more TNT than the propellant weighs: the factor is a fraction (0.2 for 20%).</source>
        <translation>1-ден үлкен коэффициент отын массасынан көп тротил береді: коэффициент — үлес (20% үшін 0.2).</translation>
    </message>
    <message>
        <source>The number of stages is a whole number.</source>
        <translation>Сатылар саны бүтін сан болуы керек.</translation>
    </message>
    <message>
        <source>Choose the tenant this vehicle belongs to.</source>
        <translation>Зымыран тасығыш тиесілі жалға алушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>This tenant already has a vehicle called {name!r}.</source>
        <translation>Бұл жалға алушыда {name!r} деп аталатын зымыран тасығыш бұрыннан бар.</translation>
    </message>
    <message>
        <source>One month earlier</source>
        <translation>Бір ай бұрын</translation>
    </message>
    <message>
        <source>One month later</source>
        <translation>Бір ай кейін</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>{date} күнгі жағдай</translation>
    </message>
    <message>
        <source>({days:+d} days)</source>
        <translation>({days:+d} күн)</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Қайшылық жоқ</translation>
    </message>
    <message>
        <source>Launch complex</source>
        <translation>Ұшыру кешені</translation>
    </message>
    <message>
        <source>Pad {code}: {status}</source>
        <translation>{code} алаңы: {status}</translation>
    </message>
    <message>
        <source>Pad not available</source>
        <translation>Алаң қолжетімсіз</translation>
    </message>
    <message>
        <source>Error finding</source>
        <translation>Ескертпе: қате</translation>
    </message>
    <message>
        <source>Pad {code} · {status} · {use}</source>
        <translation>{code} алаңы · {status} · {use}</translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation>жеке</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>ортақ</translation>
    </message>
    <message>
        <source>({days} days)</source>
        <translation>({days} күн)</translation>
    </message>
    <message>
        <source>On {date}: {status}</source>
        <translation>{date} күні: {status}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <source>Change Dates…</source>
        <translation>Күндерді өзгерту…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Күйін өзгерту</translation>
    </message>
    <message>
        <source>Delete allocation</source>
        <translation>Бекітуді жою</translation>
    </message>
    <message>
        <source>Zoom to allocation</source>
        <translation>Бекітуге жақындату</translation>
    </message>
    <message>
        <source>Only pads with allocations</source>
        <translation>Тек бекітілген алаңдар</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Күші жойылғандар</translation>
    </message>
    <message>
        <source>Zoom out in time (Ctrl+wheel)</source>
        <translation>Уақыт шкаласын кішірейту (Ctrl+дөңгелек)</translation>
    </message>
    <message>
        <source>Zoom in in time (Ctrl+wheel)</source>
        <translation>Уақыт шкаласын үлкейту (Ctrl+дөңгелек)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Бәрін көрсету</translation>
    </message>
    <message>
        <source>Show every allocation (Home)</source>
        <translation>Барлық бекітулерді көрсету (Home)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Қабаттар</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Қасиеттер</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Кестелер</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Жалға алушылар</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтінімдер</translation>
    </message>
    <message>
        <source>{decade}s</source>
        <translation>{decade} жылдар</translation>
    </message>
    <message>
        <source>Read-only: use Save As to keep changes</source>
        <translation>Тек оқу: өзгерістерді сақтау үшін «Басқаша сақтау» пәрменін қолданыңыз</translation>
    </message>
    <message>
        <source>Read-only: your role on this server may only read the plan</source>
        <translation>Тек оқу: осы сервердегі рөліңіз жоспарды тек оқуға рұқсат береді</translation>
    </message>
    <message>
        <source>Read-only: as the liaison of {tenant} you see only its rows</source>
        <translation>Тек оқу: {tenant} өкілі ретінде тек оның жазбаларын көресіз</translation>
    </message>
    <message>
        <source>cosmoplan User Guide</source>
        <translation>cosmoplan пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Мазмұны</translation>
    </message>
    <message>
        <source>any fitting pad</source>
        <translation>кез келген сәйкес алаң</translation>
    </message>
    <message>
        <source>{tenant} {vehicle}, {days} days in {years} on {pads}</source>
        <translation>{tenant} {vehicle}, {years}, алаң: {pads}, {days} күн</translation>
    </message>
    <message>
        <source>{tenant} {vehicle} on {pad} (allocation {id})</source>
        <translation>{tenant} {vehicle}, алаң {pad} (бекіту {id})</translation>
    </message>
    <message>
        <source>Best so far: {objective:g}; best possible at most {bound:g}; gap {gap} %</source>
        <translation>Әзірге ең жақсысы: {objective:g}; ең жақсы мүмкін — {bound:g} аспайды; алшақтық {gap} %</translation>
    </message>
    <message>
        <source>No placement satisfies the rules.</source>
        <translation>Ешбір орналастыру ережелерді қанағаттандырмайды.</translation>
    </message>
    <message>
        <source>Stopped before a solution was found.</source>
        <translation>Шешім табылмай тұрып тоқтатылды.</translation>
    </message>
    <message>
        <source>No solution was found within the time limit: allow more time.</source>
        <translation>Уақыт шегінде шешім табылмады: көбірек уақыт беріңіз.</translation>
    </message>
    <message>
        <source>The best possible placement (proven).</source>
        <translation>Ең жақсы мүмкін орналастыру (дәлелденген).</translation>
    </message>
    <message>
        <source>Within {gap} % of the best possible.</source>
        <translation>Ең жақсы мүмкіннен {gap} % шегінде.</translation>
    </message>
    <message>
        <source>Stopped: {words}</source>
        <translation>Тоқтатылды: {words}</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Бүтін сан енгізіңіз.</translation>
    </message>
    <message>
        <source>No pad has the code {code!r}.</source>
        <translation>{code!r} коды бар алаң жоқ.</translation>
    </message>
    <message>
        <source>Choose the tenant who asks.</source>
        <translation>Өтінім беретін жалға алушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the vehicle that would fly from the pad.</source>
        <translation>Алаңнан ұшатын зымыран тасығышты таңдаңыз.</translation>
    </message>
    <message>
        <source>Why not?</source>
        <translation>Неге болмайды?</translation>
    </message>
    <message>
        <source>&amp;Pad:</source>
        <translation>&amp;Алаң:</translation>
    </message>
    <message>
        <source>What blocks it:</source>
        <translation>Не кедергі:</translation>
    </message>
    <message>
        <source>Ways out:</source>
        <translation>Шығу жолдары:</translation>
    </message>
    <message>
        <source>Why can&apos;t {tenant} have pad {pad} from {start} to {end}?</source>
        <translation>Неге {tenant} {pad} алаңын {start} – {end} аралығында ала алмайды?</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Анықталуда…</translation>
    </message>
    <message>
        <source>Nothing blocks it: the pad can be allocated then.</source>
        <translation>Ештеңе кедергі емес: алаңды сол кезеңге бекітуге болады.</translation>
    </message>
    <message>
        <source>Only allocations that may still move are in the way: see the ways out.</source>
        <translation>Тек әлі жылжи алатын бекітулер кедергі: шығу жолдарын қараңыз.</translation>
    </message>
    <message>
        <source>One reason blocks it:</source>
        <translation>Бір себеп кедергі:</translation>
    </message>
    <message>
        <source>These {count} reasons together block it:</source>
        <translation>Мына себептер ({count}) бірге кедергі:</translation>
    </message>
    <message>
        <source>None within twenty years on this pad, and no other pad is free.</source>
        <translation>Бұл алаңда жиырма жыл ішінде жоқ, ал басқа алаңдар бос емес.</translation>
    </message>
    <message>
        <source>Could not work it out: {error}</source>
        <translation>Анықтау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <source>Choose the tenant, the vehicle and the pad first.</source>
        <translation>Алдымен жалға алушыны, зымыран тасығышты және алаңды таңдаңыз.</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>Негізгі карта</translation>
    </message>
    <message>
        <source>Cannot use {spec} as a base map.</source>
        <translation>{spec} негізгі карта ретінде пайдаланылмайды.</translation>
    </message>
    <message>
        <source>Add Tile Base Map</source>
        <translation>Тайлды негізгі карта қосу</translation>
    </message>
    <message>
        <source>URL template of an XYZ or WMTS tile server:</source>
        <translation>XYZ не WMTS тайл серверінің URL үлгісі:</translation>
    </message>
    <message>
        <source>Add MBTiles Base Map</source>
        <translation>MBTiles негізгі картасын қосу</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles)</source>
        <translation>MBTiles файлдары (*.mbtiles)</translation>
    </message>
    <message>
        <source>Bookmark This View</source>
        <translation>Осы көріністі бетбелгіге қосу</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Көрініс атауы:</translation>
    </message>
    <message>
        <source>Boo&amp;kmarks</source>
        <translation>&amp;Бетбелгілер</translation>
    </message>
    <message>
        <source>&amp;Clear Bookmarks</source>
        <translation>Бетбелгілерді &amp;тазалау</translation>
    </message>
    <message>
        <source>No bookmarks</source>
        <translation>Бетбелгі жоқ</translation>
    </message>
    <message>
        <source>Next vertex (distance, bearing):</source>
        <translation>Келесі төбе (қашықтық, азимут):</translation>
    </message>
    <message>
        <source>e.g. 250 45</source>
        <translation>мыс. 250 45</translation>
    </message>
    <message>
        <source>Distance in metres (or km) and true bearing in degrees from the last vertex</source>
        <translation>Соңғы төбеден қашықтық метрмен (не км) және шын азимут градуспен</translation>
    </message>
    <message>
        <source>Type a distance and a bearing, e.g. 250 45.</source>
        <translation>Қашықтық пен азимутты теріңіз, мысалы 250 45.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Тарихы: {name}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <source>History needs a shared plan on a PostgreSQL server.</source>
        <translation>Тарих тек PostgreSQL серверіндегі ортақ жоспарда болады.</translation>
    </message>
    <message>
        <source>Changes: {count}</source>
        <translation>Өзгерістер: {count}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Pad, name, tenant, or coordinates (45.92, 63.34)</source>
        <translation>Алаң, атау, жалға алушы немесе координаттар (45.92, 63.34)</translation>
    </message>
    <message>
        <source>Go to {place}</source>
        <translation>{place} нүктесіне өту</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <source>{title} ({kind}) — {detail}</source>
        <translation>{title} ({kind}) — {detail}</translation>
    </message>
    <message>
        <source>{title} ({kind})</source>
        <translation>{title} ({kind})</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Кестені экспорттау</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>жылжытылды</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <source>Pad {code}: statuses</source>
        <translation>{code} қондырғысы: күйлер</translation>
    </message>
    <message>
        <source>{pad} {start} – {end}, {status}</source>
        <translation>{pad} {start} – {end}, {status}</translation>
    </message>
    <message>
        <source>{status} from {start} to {end}</source>
        <translation>{status}: {start} – {end}</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>басынан</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>соңына дейін</translation>
    </message>
    <message>
        <source>no status periods</source>
        <translation>күй кезеңдері жоқ</translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>Сценарийлерді салыстыру</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Дейін:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Кейін:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation>Қызмет көрсетілген өтінімдер</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Жүктелу</translation>
    </message>
    <message>
        <source>Fees (USD)</source>
        <translation>Алымдар (АҚШ доллары)</translation>
    </message>
    <message>
        <source>&amp;Show on Map</source>
        <translation>&amp;Картада көрсету</translation>
    </message>
    <message>
        <source>Promote &amp;Ticked</source>
        <translation>&amp;Белгіленгендерді көшіру</translation>
    </message>
    <message>
        <source>Promote &amp;All</source>
        <translation>Б&amp;әрін көшіру</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Екі түрлі нұсқаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Changes: {count}. Findings gained: {gained}, lost: {lost} (as of {day}). Totals from {start} to {end}.</source>
        <translation>Өзгерістер: {count}. Ескертулер пайда болды: {gained}, жойылды: {lost} ({day} күнге). Қорытынды: {start} – {end}.</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Пайда болды</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Жоспарға көшіру</translation>
    </message>
    <message>
        <source>Changes of {name} promoted to the plan: {count}, in one step, which Edit &gt; Undo in the plan&apos;s window takes back.</source>
        <translation>«{name}» өзгерістері жоспарға көшірілді: {count}, жоспар терезесіндегі Түзету &gt; Болдырмау қайтаратын бір қадаммен.</translation>
    </message>
    <message>
        <source>Scenario difference</source>
        <translation>Сценарийлер айырмасы</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source> Scenario: </source>
        <translation> Сценарий: </translation>
    </message>
    <message>
        <source>Show the plan or one of its scenarios (each in its window)</source>
        <translation>Жоспарды немесе оның бір сценарийін көрсету (әрқайсысы өз терезесінде)</translation>
    </message>
    <message>
        <source>This window shows the plan itself</source>
        <translation>Бұл терезеде — жоспардың өзі</translation>
    </message>
    <message>
        <source>Scenario: {name}</source>
        <translation>Сценарий: {name}</translation>
    </message>
    <message>
        <source>This window shows a scenario: its edits change the scenario, not the plan</source>
        <translation>Бұл терезеде — сценарий: түзетулер жоспарды емес, сценарийді өзгертеді</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Ауысу</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Жаңа сценарий</translation>
    </message>
    <message>
        <source>Name of the scenario (a copy of the plan):</source>
        <translation>Сценарийдің атауы (жоспардың көшірмесі):</translation>
    </message>
    <message>
        <source>The plan has no scenarios.</source>
        <translation>Жоспарда сценарийлер жоқ.</translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation>Сценарийді жою</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Сценарий:</translation>
    </message>
    <message>
        <source>Remove scenario &quot;{name}&quot; and its unsaved edits? The plan is not changed.</source>
        <translation>«{name}» сценарийін сақталмаған түзетулерімен бірге жою керек пе? Жоспар өзгермейді.</translation>
    </message>
    <message>
        <source>Removed scenario &quot;{name}&quot;.</source>
        <translation>«{name}» сценарийі жойылды.</translation>
    </message>
    <message>
        <source>Welcome to cosmoplan</source>
        <translation>cosmoplan-ға қош келдіңіз</translation>
    </message>
    <message>
        <source>Open a plan to work on, or start a new one.</source>
        <translation>Жұмыс үшін жоспарды ашыңыз немесе жаңасын бастаңыз.</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation>&amp;Соңғы жоспарлар:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>Open the Baikonur &amp;Demo</source>
        <translation>«Байқоңыр» &amp;демосын ашу</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Жаңа жоспар</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>&amp;Файлды ашу…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ш&amp;ығу</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(табылмады)</translation>
    </message>
    <message>
        <source>Allocation Dates</source>
        <translation>Бөлу күндері</translation>
    </message>
</context>
<context>
    <name>AllocationDialogForm</name>
    <message>
        <source>Allocate pad</source>
        <translation>Алаңды бекіту</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Жалға алушы:</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Зымыран тасығыш:</translation>
    </message>
    <message>
        <source>&amp;Pad:</source>
        <translation>&amp;Алаң:</translation>
    </message>
    <message>
        <source>Launch a&amp;zimuth (°):</source>
        <translation>Ұшыру азимут&amp;ы (°):</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Launch azimuth in degrees clockwise from north (0 to 360); it places the flight corridor (14 CFR 420 Appendix A).</source>
        <translation>Ұшыру азимуты солтүстіктен сағат тілімен градуспен (0-ден 360-қа дейін); ұшу дәлізінің орнын анықтайды (14 CFR 420, A қосымшасы).</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Басы:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Соңы:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Пайдалану:</translation>
    </message>
    <message>
        <source>Annual &amp;fee (US$):</source>
        <translation>Жылдық &amp;төлем (US$):</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>келісілмеген</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Жазба&amp;лар:</translation>
    </message>
    <message>
        <source>Pads for this vehicle and period (click one to choose it):</source>
        <translation>Осы зымыран тасығыш пен кезеңге арналған алаңдар (таңдау үшін басыңыз):</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Сәйкес</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Неге сәйкес емес</translation>
    </message>
    <message>
        <source>Safety of this pad: hazard areas and flight corridor</source>
        <translation>Осы алаңның қауіпсіздігі: қауіпті аймақтар мен ұшу дәлізі</translation>
    </message>
    <message>
        <source>What the other rules say about this allocation</source>
        <translation>Бекітуді басқа ережелер бойынша тексеру</translation>
    </message>
</context>
<context>
    <name>ComplexEditorForm</name>
    <message>
        <source>Launch complex</source>
        <translation>Ұшыру кешені</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Учаске:</translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation>мысалы, 45</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>e.g. Zenit</source>
        <translation>мысалы, Зенит</translation>
    </message>
    <message>
        <source>C&amp;ontroller:</source>
        <translation>&amp;Басқарушы:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Жазбалар:</translation>
    </message>
</context>
<context>
    <name>FacilityEditorForm</name>
    <message>
        <source>Facility</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Күйі:</translation>
    </message>
    <message>
        <source>&amp;Complex:</source>
        <translation>К&amp;ешен:</translation>
    </message>
    <message>
        <source>Co&amp;mmissioned:</source>
        <translation>&amp;Пайдалануға берілді:</translation>
    </message>
    <message>
        <source>set</source>
        <translation>көрсету</translation>
    </message>
    <message>
        <source>&amp;Decommissioned:</source>
        <translation>Пайдаланудан &amp;шығарылды:</translation>
    </message>
    <message>
        <source>&amp;Propellant:</source>
        <translation>&amp;Отын:</translation>
    </message>
    <message>
        <source>Max &amp;quantity (t):</source>
        <translation>Ең көп &amp;мөлшер (т):</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>&amp;Height (m):</source>
        <translation>&amp;Биіктігі (м):</translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation>Геометрия:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Жазбалар:</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Pads</source>
        <translation>Алаңдар</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Нысандар</translation>
    </message>
    <message>
        <source>Complexes</source>
        <translation>Кешендер</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Аймақтар</translation>
    </message>
    <message>
        <source>Base layers</source>
        <translation>Фондық қабаттар</translation>
    </message>
</context>
<context>
    <name>PadEditorForm</name>
    <message>
        <source>Launch pad</source>
        <translation>Ұшыру алаңы</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Белгісі:</translation>
    </message>
    <message>
        <source>e.g. 45/1</source>
        <translation>мысалы, 45/1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>Co&amp;mplex:</source>
        <translation>&amp;Кешен:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Орны:</translation>
    </message>
    <message>
        <source>Lat (°):</source>
        <translation>Ендік (°):</translation>
    </message>
    <message>
        <source>45.9433</source>
        <translation>45.9433</translation>
    </message>
    <message>
        <source>Lon (°):</source>
        <translation>Бойлық (°):</translation>
    </message>
    <message>
        <source>63.6529</source>
        <translation>63.6529</translation>
    </message>
    <message>
        <source>UTM 41N E (m):</source>
        <translation>UTM 41N E (м):</translation>
    </message>
    <message>
        <source>N (m):</source>
        <translation>N (м):</translation>
    </message>
    <message>
        <source>&amp;Power supply:</source>
        <translation>&amp;Электрмен жабдықтау:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Жазбалар:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>Кезең &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation>Кезеңді &amp;жою</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Мүмкіндіктер</translation>
    </message>
    <message>
        <source>Propellants</source>
        <translation>Отын түрлері</translation>
    </message>
    <message>
        <source>Max lift-off &amp;mass (t):</source>
        <translation>Ең үлкен ұшу &amp;массасы (т):</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>шектеусіз</translation>
    </message>
    <message>
        <source>Max &amp;height (m):</source>
        <translation>Ең үлкен &amp;биіктік (м):</translation>
    </message>
    <message>
        <source>Max &amp;diameter (m):</source>
        <translation>Ең үлкен &amp;диаметр (м):</translation>
    </message>
    <message>
        <source>Max &amp;thrust (kN):</source>
        <translation>Ең үлкен &amp;тарту күші (кН):</translation>
    </message>
    <message>
        <source>Azimuth fr&amp;om (°):</source>
        <translation>Азимут, ба&amp;стап (°):</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>Azimuth t&amp;o (°):</source>
        <translation>Азимут, де&amp;йін (°):</translation>
    </message>
    <message>
        <source>&amp;Cadence (launches a year):</source>
        <translation>&amp;Жиілік (жылына ұшыру):</translation>
    </message>
    <message>
        <source>not stated (rules assume 12)</source>
        <translation>көрсетілмеген (ережелерде 12 деп алынады)</translation>
    </message>
</context>
<context>
    <name>RequestEditorForm</name>
    <message>
        <source>Request</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Жалға алушы:</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Зымыран тасығыш:</translation>
    </message>
    <message>
        <source>&amp;Pads:</source>
        <translation>&amp;Алаңдар:</translation>
    </message>
    <message>
        <source>Codes, most preferred first (empty: any pad that fits)</source>
        <translation>Кодтар, алдымен ең қалағаны (бос: кез келген сәйкес алаң)</translation>
    </message>
    <message>
        <source>&amp;Earliest start:</source>
        <translation>Ең &amp;ерте басталуы:</translation>
    </message>
    <message>
        <source>&amp;Latest end:</source>
        <translation>Ең &amp;кеш аяқталуы:</translation>
    </message>
    <message>
        <source>&amp;Duration (days):</source>
        <translation>Ұ&amp;зақтығы (күн):</translation>
    </message>
    <message>
        <source>U&amp;se:</source>
        <translation>&amp;Пайдалану:</translation>
    </message>
    <message>
        <source>Launch &amp;azimuth (°):</source>
        <translation>Ұшыру &amp;азимуты (°):</translation>
    </message>
    <message>
        <source>Unknown if empty</source>
        <translation>Бос болса — белгісіз</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>Б&amp;асымдық:</translation>
    </message>
    <message>
        <source>Higher is worth more</source>
        <translation>Неғұрлым жоғары, соғұрлым құнды</translation>
    </message>
    <message>
        <source>&amp;Fee offered (US$ a year):</source>
        <translation>Ұсынылған &amp;төлем (жылына US$):</translation>
    </message>
    <message>
        <source>Not offered yet if empty</source>
        <translation>Бос болса — әлі ұсынылмаған</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Күй&amp;і:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Жаз&amp;балар:</translation>
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message>
        <source>Complexes</source>
        <translation>Кешендер</translation>
    </message>
</context>
<context>
    <name>TenantEditorForm</name>
    <message>
        <source>Tenant</source>
        <translation>Жалға алушы</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Ел:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Talks:</source>
        <translation>&amp;Келіссөздер:</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>&amp;Байланыс:</translation>
    </message>
    <message>
        <source>name, e-mail or phone</source>
        <translation>аты-жөні, e-mail не телефон</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Дереккөз:</translation>
    </message>
    <message>
        <source>where these facts come from</source>
        <translation>бұл мәліметтер қайдан алынды</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Жазбалар:</translation>
    </message>
</context>
<context>
    <name>VehicleEditorForm</name>
    <message>
        <source>Vehicle</source>
        <translation>Зымыран тасығыш</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Жалға алушы:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Propellant:</source>
        <translation>&amp;Отын:</translation>
    </message>
    <message>
        <source>&amp;Stages:</source>
        <translation>&amp;Сатылар:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>&amp;Height (m):</source>
        <translation>&amp;Биіктігі (м):</translation>
    </message>
    <message>
        <source>&amp;Diameter (m):</source>
        <translation>&amp;Диаметрі (м):</translation>
    </message>
    <message>
        <source>&amp;Lift-off mass (t):</source>
        <translation>&amp;Ұшу массасы (т):</translation>
    </message>
    <message>
        <source>Propellant &amp;mass (t):</source>
        <translation>Отын &amp;массасы (т):</translation>
    </message>
    <message>
        <source>Lift-off th&amp;rust (kN):</source>
        <translation>Ұшу кезіндегі &amp;тарту күші (кН):</translation>
    </message>
    <message>
        <source>Payload to LEO (&amp;kg):</source>
        <translation>Төменгі орбитаға &amp;пайдалы жүк (кг):</translation>
    </message>
    <message>
        <source>Launches per &amp;year:</source>
        <translation>Жы&amp;лына ұшыру саны:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Д&amp;ереккөз:</translation>
    </message>
    <message>
        <source>where these figures come from</source>
        <translation>бұл сандар қайдан алынды</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Жа&amp;збалар:</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <source>Division &amp;1.1 mass (kg):</source>
        <translation>&amp;1.1 кіші класты ЖЗ массасы (кг):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Net explosive weight of the Division 1.1 motors or ordnance on the vehicle, added at 100% to the propellant&apos;s TNT equivalent (14 CFR 420.69(b)).</source>
        <translation>Зымыран тасығыштағы 1.1 кіші класты қозғалтқыштар мен оқ-дәрілердің жарылғыш затының таза массасы; отынның тротил баламасына 100% мөлшерінде қосылады (14 CFR 420.69(b)).</translation>
    </message>
    <message>
        <source>TNT-e&amp;quivalent factor:</source>
        <translation>Тротил баламасының &amp;коэффициенті:</translation>
    </message>
    <message>
        <source>established factor</source>
        <translation>белгіленген коэффициент</translation>
    </message>
    <message>
        <source>Fraction of the propellant mass counted as TNT, e.g. 0.2. Empty: the established (DoD) factor of the propellant, if there is one.</source>
        <translation>Тротил ретінде есептелетін отын массасының үлесі, мысалы 0.2. Бос болса — отынның белгіленген (DoD) коэффициенті, егер ол бар болса.</translation>
    </message>
    <message>
        <source>Factor sour&amp;ce:</source>
        <translation>Коэффициенттің &amp;шығу көзі:</translation>
    </message>
    <message>
        <source>required with a factor</source>
        <translation>коэффициент берілсе, міндетті</translation>
    </message>
    <message>
        <source>Where the factor comes from (a test report, a standard, a study).</source>
        <translation>Коэффициент қайдан алынды (сынақ хаттамасы, стандарт, зерттеу).</translation>
    </message>
    <message>
        <source>C&amp;orridor class:</source>
        <translation>Д&amp;әліз класы:</translation>
    </message>
    <message>
        <source>The weight class of 14 CFR 420.19 Table 1 (or guided suborbital) that sizes the flight corridor of Appendix A.</source>
        <translation>Ұшу дәлізінің өлшемін A қосымшасы бойынша анықтайтын 14 CFR 420.19, 1-кестедегі салмақ класы (немесе басқарылатын суборбиталық).</translation>
    </message>
    <message>
        <source>Apo&amp;gee (km):</source>
        <translation>Апо&amp;гей (км):</translation>
    </message>
    <message>
        <source>Apogee of the final stage: sizes the impact area of a guided suborbital vehicle (Appendix A, Eq. A40-A41).</source>
        <translation>Соңғы сатының апогейі: басқарылатын суборбиталық зымыранның құлау ауданының өлшемін анықтайды (A қосымшасы, A40-A41 теңдеулері).</translation>
    </message>
</context>
<context>
    <name>ZoneEditorForm</name>
    <message>
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Held by tenant:</source>
        <translation>&amp;Иеленуші жалға алушы:</translation>
    </message>
    <message>
        <source>The tenant that holds this land (a lease in the special economic zone): for every other tenant it is a public area (14 CFR 420.5).</source>
        <translation>Бұл жерді иеленетін жалға алушы (арнайы экономикалық аймақтағы жалдау): басқа жалға алушылардың бәрі үшін бұл қоғамдық аймақ (14 CFR 420.5).</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Күшіне &amp;енуі:</translation>
    </message>
    <message>
        <source>set</source>
        <translation>көрсету</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>&amp;Жарамдылық мерзімі:</translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation>Геометрия:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Жаз&amp;балар:</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Reserve</source>
        <translation>&amp;Брондау</translation>
    </message>
    <message>
        <source>Si&amp;gn</source>
        <translation>&amp;Қол қою</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Іске қосу</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <source>&amp;Cancel Allocation</source>
        <translation>Бекітудің &amp;күшін жою</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Таңдау</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Жылжыту</translation>
    </message>
    <message>
        <source>&amp;Zoom to Box</source>
        <translation>&amp;Аумақпен масштабтау</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>Ө&amp;лшеу</translation>
    </message>
    <message>
        <source>Draw P&amp;oint</source>
        <translation>&amp;Нүкте сызу</translation>
    </message>
    <message>
        <source>Draw &amp;Line</source>
        <translation>С&amp;ызық сызу</translation>
    </message>
    <message>
        <source>Draw Pol&amp;ygon</source>
        <translation>&amp;Көпбұрыш сызу</translation>
    </message>
    <message>
        <source>Mo&amp;ve Feature</source>
        <translation>Нысанды &amp;орнынан жылжыту</translation>
    </message>
    <message>
        <source>Edit &amp;Vertices</source>
        <translation>Төбелерді ө&amp;ңдеу</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Жаңа жоспар</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Басқаша сақтау…</translation>
    </message>
    <message>
        <source>A copy of the plan and its scenarios in a new file</source>
        <translation>Жоспар мен оның сценарийлерінің жаңа файлдағы көшірмесі</translation>
    </message>
    <message>
        <source>&amp;Import Features…</source>
        <translation>&amp;Нысандарды импорттау…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Есепті &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>&amp;Кестені экспорттау…</translation>
    </message>
    <message>
        <source>The rows shown in the table used last, as a CSV or XLSX file</source>
        <translation>Соңғы пайдаланылған кестеде көрсетілген жолдар, CSV немесе XLSX файлы ретінде</translation>
    </message>
    <message>
        <source>Add &amp;Base Layer…</source>
        <translation>&amp;Фондық қабат қосу…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Жаб&amp;у</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>&amp;Edit Properties…</source>
        <translation>Қасиеттерді &amp;өңдеу…</translation>
    </message>
    <message>
        <source>Object &amp;History…</source>
        <translation>Нысан &amp;тарихы…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>Find a pad, a name or a tenant, or go to coordinates typed</source>
        <translation>Алаңды, атауды немесе жалға алушыны табу не енгізілген координаттарға өту</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Таңдауды алу</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Б&amp;аптаулар…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Кішірейту</translation>
    </message>
    <message>
        <source>Zoom to &amp;All</source>
        <translation>&amp;Барлығын көрсету</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>&amp;Таңдалғанды көрсету</translation>
    </message>
    <message>
        <source>Colour Pads by &amp;Tenant</source>
        <translation>Алаңдарды жалға &amp;алушылар бойынша бояу</translation>
    </message>
    <message>
        <source>Fill each pad with the colour of the tenant holding it on the date</source>
        <translation>Әр алаңды осы күні оны иеленген жалға алушының түсімен бояу</translation>
    </message>
    <message>
        <source>New Re&amp;quest…</source>
        <translation>Жаңа ө&amp;тінім…</translation>
    </message>
    <message>
        <source>A tenant&apos;s request for a pad, to place later</source>
        <translation>Жалға алушының алаңға өтінімі, кейін орналастыру үшін</translation>
    </message>
    <message>
        <source>&amp;Optimise…</source>
        <translation>&amp;Оңтайландыру…</translation>
    </message>
    <message>
        <source>Place the open requests on pads so that no error rule fires</source>
        <translation>Ашық өтінімдерді ешбір қате ережесі іске қосылмайтындай алаңдарға орналастыру</translation>
    </message>
    <message>
        <source>&amp;Why Not?</source>
        <translation>Неге &amp;болмайды?</translation>
    </message>
    <message>
        <source>Why the selected request cannot have its pad, and the ways out</source>
        <translation>Таңдалған өтінім неге өз алаңын ала алмайды және шығу жолдары</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;About cosmoplan</source>
        <translation>&amp;cosmoplan туралы</translation>
    </message>
    <message>
        <source>Show &amp;Hazard Areas</source>
        <translation>&amp;Қауіпті аймақтарды көрсету</translation>
    </message>
    <message>
        <source>Draw the public-area and public-traffic-route distances around held pads</source>
        <translation>Бекітілген алаңдардың айналасында қоғамдық аймақтарға және жалпы пайдаланымдағы жолдарға дейінгі қашықтықтарды көрсету</translation>
    </message>
    <message>
        <source>Show &amp;Flight Corridors</source>
        <translation>&amp;Ұшу дәліздерін көрсету</translation>
    </message>
    <message>
        <source>Draw the overflight exclusion zone and flight corridor of each launch azimuth given by the allocations held on the date</source>
        <translation>Осы күні күшіндегі бекітулерде берілген әр ұшыру азимуты үшін оқшаулау аймағы мен ұшу дәлізін көрсету</translation>
    </message>
    <message>
        <source>&amp;Reset Panel Layout</source>
        <translation>Панельдердің орналасуын &amp;ысыру</translation>
    </message>
    <message>
        <source>&amp;Keep Measurement as Guide</source>
        <translation>Өлшеуді &amp;бағыттауыш ретінде қалдыру</translation>
    </message>
    <message>
        <source>C&amp;lear Guides</source>
        <translation>Бағыттауыштарды тазала&amp;у</translation>
    </message>
    <message>
        <source>New &amp;Pad</source>
        <translation>Жаңа &amp;ұшыру алаңы</translation>
    </message>
    <message>
        <source>Click on the map where the new pad is</source>
        <translation>Картада жаңа алаң орналасқан жерді басыңыз</translation>
    </message>
    <message>
        <source>New Facility as &amp;Point</source>
        <translation>&amp;Нүктелік нысан</translation>
    </message>
    <message>
        <source>New Facility as &amp;Line</source>
        <translation>&amp;Сызықтық нысан</translation>
    </message>
    <message>
        <source>New Facility as Pol&amp;ygon</source>
        <translation>&amp;Аудандық нысан</translation>
    </message>
    <message>
        <source>New &amp;Zone</source>
        <translation>Жаңа &amp;аймақ</translation>
    </message>
    <message>
        <source>New Launch &amp;Complex</source>
        <translation>Жаңа ұшыру &amp;кешені</translation>
    </message>
    <message>
        <source>New &amp;Tenant…</source>
        <translation>Жаңа &amp;жалға алушы…</translation>
    </message>
    <message>
        <source>New &amp;Vehicle…</source>
        <translation>Жаңа &amp;зымыран тасығыш…</translation>
    </message>
    <message>
        <source>A new launch vehicle of the selected tenant</source>
        <translation>Таңдалған жалға алушының жаңа зымыран тасығышы</translation>
    </message>
    <message>
        <source>&amp;Allocate Pad…</source>
        <translation>Алаңды &amp;бекіту…</translation>
    </message>
    <message>
        <source>Allocate a pad to a tenant&apos;s vehicle (starts from the selection)</source>
        <translation>Алаңды жалға алушының зымыран тасығышына бекіту (таңдалғаннан бастап)</translation>
    </message>
    <message>
        <source>&amp;Delete Allocation</source>
        <translation>Бекітуді &amp;жою</translation>
    </message>
    <message>
        <source>Plan P&amp;roperties…</source>
        <translation>Жоспар &amp;қасиеттері…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Жоспар</translation>
    </message>
    <message>
        <source>New &amp;Facility</source>
        <translation>Жаңа &amp;нысан</translation>
    </message>
    <message>
        <source>Allocation &amp;Status</source>
        <translation>Бекіту кү&amp;йі</translation>
    </message>
    <message>
        <source>Sce&amp;narios</source>
        <translation>Сце&amp;нарийлер</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Add &amp;Tile Base Map…</source>
        <translation>&amp;Тайлды карта қосу…</translation>
    </message>
    <message>
        <source>Add &amp;MBTiles Base Map…</source>
        <translation>&amp;MBTiles картасын қосу…</translation>
    </message>
    <message>
        <source>Remove Tile Base Maps</source>
        <translation>Тайлды карталарды алып тастау</translation>
    </message>
    <message>
        <source>&amp;Bookmark This View…</source>
        <translation>Көріністі &amp;бетбелгіге қосу…</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>&amp;Жаңа сценарий…</translation>
    </message>
    <message>
        <source>A what-if copy of the plan&apos;s allocations, requests and pad statuses</source>
        <translation>Жоспардың бекітулерінің, өтінімдерінің және алаң күйлерінің «егер болса» көшірмесі</translation>
    </message>
    <message>
        <source>&amp;Switch to…</source>
        <translation>&amp;Ауысу…</translation>
    </message>
    <message>
        <source>Show the plan or one of its scenarios</source>
        <translation>Жоспарды немесе оның бір сценарийін көрсету</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Салыстыру…</translation>
    </message>
    <message>
        <source>Two versions side by side, and their difference</source>
        <translation>Екі нұсқа қатар және олардың айырмасы</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>Жоспарға &amp;көшіру…</translation>
    </message>
    <message>
        <source>Make a scenario&apos;s changes, all or the chosen ones, the plan&apos;s</source>
        <translation>Сценарий өзгерістерін — барлығын немесе таңдалғандарын — жоспарға көшіру</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Жою…</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>Allocate pad</source>
        <translation>Алаңды бекіту</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Бекіту</translation>
    </message>
    <message>
        <source>New launch complex</source>
        <translation>Жаңа ұшыру кешені</translation>
    </message>
    <message>
        <source>Launch complex</source>
        <translation>Ұшыру кешені</translation>
    </message>
    <message>
        <source>New facility</source>
        <translation>Жаңа нысан</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>New launch pad</source>
        <translation>Жаңа ұшыру алаңы</translation>
    </message>
    <message>
        <source>Launch pad</source>
        <translation>Ұшыру алаңы</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>Жаңа аймақ</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Аймақ</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Жаңа жалға алушы</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Жалға алушы</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>Жаңа зымыран тасығыш</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Зымыран тасығыш</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Жаңа өтінім</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Өтінім</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>launch complex</source>
        <translation>ұшыру кешені</translation>
    </message>
    <message>
        <source>launch pad</source>
        <translation>ұшыру алаңы</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>нысан</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>аймақ</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>жалға алушы</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>зымыран тасығыш</translation>
    </message>
    <message>
        <source>allocation</source>
        <translation>бекіту</translation>
    </message>
    <message>
        <source>request</source>
        <translation>өтінім</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>Әуежай</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Бекітілді</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Бекітулер</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Мақұлданған</translation>
    </message>
    <message>
        <source>Assembly-test building (MIK)</source>
        <translation>Құрастыру-сынақ ғимараты (МИК)</translation>
    </message>
    <message>
        <source>Baiterek joint venture</source>
        <translation>«Бәйтерек» бірлескен кәсіпорны</translation>
    </message>
    <message>
        <source>Cable mast</source>
        <translation>Кабель-мачта</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <source>Control bunker</source>
        <translation>Басқару бункері</translation>
    </message>
    <message>
        <source>Cosmodrome boundary</source>
        <translation>Ғарыш айлағының шекарасы</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Зақымданған</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Пайдаланудан шығарылған</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Есептелген</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Қираған</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Аяқталған</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Нысандар</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Алғашқы байланыс</translation>
    </message>
    <message>
        <source>Fuelling station</source>
        <translation>Отын құю станциясы</translation>
    </message>
    <message>
        <source>General knowledge</source>
        <translation>Жалпыға белгілі</translation>
    </message>
    <message>
        <source>Guided suborbital</source>
        <translation>Басқарылатын суборбиталық</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Тұрғын үй</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>Келіссөз жүріп жатыр</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Белсенді емес</translation>
    </message>
    <message>
        <source>Incumbent</source>
        <translation>Қазіргі оператор</translation>
    </message>
    <message>
        <source>Kazakh-controlled territory</source>
        <translation>Қазақстан бақылайтын аумақ</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>LOX / hydrogen</source>
        <translation>Оттегі / сутегі</translation>
    </message>
    <message>
        <source>LOX / kerosene</source>
        <translation>Оттегі / керосин</translation>
    </message>
    <message>
        <source>LOX / methane</source>
        <translation>Оттегі / метан</translation>
    </message>
    <message>
        <source>LOX / propane</source>
        <translation>Оттегі / пропан</translation>
    </message>
    <message>
        <source>Large orbital</source>
        <translation>Ірі орбиталық</translation>
    </message>
    <message>
        <source>Launch complexes</source>
        <translation>Кешендер</translation>
    </message>
    <message>
        <source>Medium orbital</source>
        <translation>Орташа орбиталық</translation>
    </message>
    <message>
        <source>Medium-large orbital</source>
        <translation>Орташа-ірі орбиталық</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Мұражай</translation>
    </message>
    <message>
        <source>N2O4 / UDMH</source>
        <translation>АТ / НДМГ</translation>
    </message>
    <message>
        <source>National programme</source>
        <translation>Ұлттық бағдарлама</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Пайдаланыста</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Пайдаланыстан тыс</translation>
    </message>
    <message>
        <source>Pads</source>
        <translation>Алаңдар</translation>
    </message>
    <message>
        <source>Paraffin / LOX (hybrid)</source>
        <translation>Парафин / оттегі (гибридті)</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Құбыр желісі</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Power substation</source>
        <translation>Электр қосалқы станциясы</translation>
    </message>
    <message>
        <source>Propellant store</source>
        <translation>Отын қоймасы</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Ұсынылған</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>Қоғамдық аймақ</translation>
    </message>
    <message>
        <source>Rail line</source>
        <translation>Теміржол</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбаған</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтінімдер</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Брондалған</translation>
    </message>
    <message>
        <source>Restricted area</source>
        <translation>Шектеулі аймақ</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Автожол</translation>
    </message>
    <message>
        <source>Roscosmos (lease)</source>
        <translation>Роскосмос (жалдау)</translation>
    </message>
    <message>
        <source>Russian-leased territory</source>
        <translation>Ресей жалға алған аумақ</translation>
    </message>
    <message>
        <source>Schematic</source>
        <translation>Сызбалық</translation>
    </message>
    <message>
        <source>Service tower</source>
        <translation>Қызмет көрсету мұнарасы</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <source>Small orbital</source>
        <translation>Шағын орбиталық</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Қатты отын</translation>
    </message>
    <message>
        <source>Special economic zone</source>
        <translation>Арнайы экономикалық аймақ</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Стартап</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Тоқтатыла тұрған</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Жалға алушылар</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Салынуда</translation>
    </message>
    <message>
        <source>Under modernisation</source>
        <translation>Жаңғыртылуда</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы енгізген</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Зымыран тасығыштар</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <source>Water line</source>
        <translation>Су құбыры</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Кері қайтарылды</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Аймақтар</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Annual fee (USD)</source>
        <translation>Жылдық төлем (USD)</translation>
    </message>
    <message>
        <source>Apogee (km)</source>
        <translation>Апогей (км)</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Мүмкіндіктер</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Пайдалануға берілді</translation>
    </message>
    <message>
        <source>Launch complex</source>
        <translation>Ұшыру кешені</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Controlled by</source>
        <translation>Басқарушы</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Пайдаланудан шығарылды</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Diameter (m)</source>
        <translation>Диаметрі (м)</translation>
    </message>
    <message>
        <source>Division 1.1 explosives (kg)</source>
        <translation>1.1 бөлімшесінің жарылғыш заттары (кг)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Exclusive use</source>
        <translation>Айрықша пайдалану</translation>
    </message>
    <message>
        <source>Footprint</source>
        <translation>Контур</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Геометрия</translation>
    </message>
    <message>
        <source>Height (m)</source>
        <translation>Биіктігі (м)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Launch azimuth (°)</source>
        <translation>Ұшыру азимуты (°)</translation>
    </message>
    <message>
        <source>Launches per year</source>
        <translation>Жылына ұшырылым</translation>
    </message>
    <message>
        <source>Lift-off mass (kg)</source>
        <translation>Ұшу массасы (кг)</translation>
    </message>
    <message>
        <source>Lift-off thrust (kN)</source>
        <translation>Ұшу тартқышы (кН)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Орналасуы</translation>
    </message>
    <message>
        <source>Maximum quantity (kg)</source>
        <translation>Ең көп мөлшер (кг)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Payload to LEO (kg)</source>
        <translation>ТЖО-ға пайдалы жүктеме (кг)</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>Электрмен жабдықтау</translation>
    </message>
    <message>
        <source>Propellant</source>
        <translation>Отын</translation>
    </message>
    <message>
        <source>Propellant mass (kg)</source>
        <translation>Отын массасы (кг)</translation>
    </message>
    <message>
        <source>Source and confidence</source>
        <translation>Дереккөзі және сенімділігі</translation>
    </message>
    <message>
        <source>Required facilities</source>
        <translation>Қажетті нысандар</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Алаң (нөмірі)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Сатылар</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Status periods</source>
        <translation>Мәртебе кезеңдері</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Жалға алушы</translation>
    </message>
    <message>
        <source>TNT equivalence</source>
        <translation>Тротил баламасы</translation>
    </message>
    <message>
        <source>Source of the TNT equivalence</source>
        <translation>Тротил баламасының дереккөзі</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Күшіне енеді</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Күші аяқталады</translation>
    </message>
    <message>
        <source>Vehicle class</source>
        <translation>Зымыран класы</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Зымыран</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Errors</source>
        <translation>Қателер</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Ақпарат</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>&lt;plan as opened&gt;</source>
        <translation>&lt;ашылған кездегі жоспар&gt;</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>Flight corridors</source>
        <translation>Ұшу дәліздері</translation>
    </message>
    <message>
        <source>Hazard areas</source>
        <translation>Қауіпті аймақтар</translation>
    </message>
    <message>
        <source>Cosmodrome boundary</source>
        <translation>Ғарыш айлағының шекарасы</translation>
    </message>
    <message>
        <source>Russian-leased territory</source>
        <translation>Ресей жалға алған аумақ</translation>
    </message>
    <message>
        <source>Kazakh-controlled territory</source>
        <translation>Қазақстан бақылайтын аумақ</translation>
    </message>
    <message>
        <source>Special economic zone</source>
        <translation>Арнайы экономикалық аймақ</translation>
    </message>
    <message>
        <source>Public areas (towns, airport)</source>
        <translation>Қоғамдық аймақтар (қалалар, әуежай)</translation>
    </message>
    <message>
        <source>Restricted areas</source>
        <translation>Шектеулі аймақтар</translation>
    </message>
    <message>
        <source>Launch complexes</source>
        <translation>Ұшыру кешендері</translation>
    </message>
    <message>
        <source>Water lines</source>
        <translation>Су құбырлары</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Құбыр желілері</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Автожолдар</translation>
    </message>
    <message>
        <source>Rail lines</source>
        <translation>Теміржолдар</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Тұрғын үйлер</translation>
    </message>
    <message>
        <source>Airports</source>
        <translation>Әуежайлар</translation>
    </message>
    <message>
        <source>Assembly-test buildings (MIK)</source>
        <translation>Құрастыру-сынақ ғимараттары (МИК)</translation>
    </message>
    <message>
        <source>Propellant stores</source>
        <translation>Отын қоймалары</translation>
    </message>
    <message>
        <source>Fuelling stations</source>
        <translation>Отын құю станциялары</translation>
    </message>
    <message>
        <source>Power substations</source>
        <translation>Электр қосалқы станциялары</translation>
    </message>
    <message>
        <source>Control bunkers</source>
        <translation>Басқару бункерлері</translation>
    </message>
    <message>
        <source>Service towers</source>
        <translation>Қызмет көрсету мұнаралары</translation>
    </message>
    <message>
        <source>Cable masts</source>
        <translation>Кабель-мачталар</translation>
    </message>
    <message>
        <source>Other facilities</source>
        <translation>Басқа нысандар</translation>
    </message>
    <message>
        <source>Launch pads</source>
        <translation>Ұшыру алаңдары</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>Tenant</source>
        <translation>Жалға алушы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Пайдалану</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>Pads</source>
        <translation>Алаңдар</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>Ерте басталуы</translation>
    </message>
    <message>
        <source>Latest end</source>
        <translation>Кеш аяқталуы</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Fee offered (US$)</source>
        <translation>Ұсынылған төлем (US$)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Нысандар</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Учаске</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Басқарушы</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Белгісі</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Кешен</translation>
    </message>
    <message>
        <source>Propellants</source>
        <translation>Отын түрлері</translation>
    </message>
    <message>
        <source>Max mass (t)</source>
        <translation>Ең үлкен масса (т)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>Пайдаланыста</translation>
    </message>
    <message>
        <source>Propellant</source>
        <translation>Отын</translation>
    </message>
    <message>
        <source>Max quantity (t)</source>
        <translation>Ең көп мөлшер (т)</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Иеленуші</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Күшіне енуі</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Ауданы (км²)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Келіссөздер</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <source>Height (m)</source>
        <translation>Биіктігі (м)</translation>
    </message>
    <message>
        <source>Diameter (m)</source>
        <translation>Диаметрі (м)</translation>
    </message>
    <message>
        <source>Lift-off mass (t)</source>
        <translation>Ұшу массасы (т)</translation>
    </message>
    <message>
        <source>Thrust (kN)</source>
        <translation>Тарту күші (кН)</translation>
    </message>
    <message>
        <source>Launches/year</source>
        <translation>Жылына ұшыру</translation>
    </message>
    <message>
        <source>Corridor class</source>
        <translation>Дәліз класы</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Зымыран тасығыш</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>Azimuth (°)</source>
        <translation>Азимут (°)</translation>
    </message>
    <message>
        <source>Annual fee (US$)</source>
        <translation>Жылдық төлем (US$)</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>м²</translation>
    </message>
    <message>
        <source>km²</source>
        <translation>км²</translation>
    </message>
    <message>
        <source>ha</source>
        <translation>га</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <source>kN</source>
        <translation>кН</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>analysis.duplicate_rule</source>
        <extracomment>A rule with id {rule!r} is already in the catalogue.</extracomment>
        <translation>id {rule!r} ереже каталогта бұрыннан бар.</translation>
    </message>
    <message>
        <source>analysis.unknown_rule</source>
        <extracomment>There is no rule with id {rule!r}.</extracomment>
        <translation>id {rule!r} ереже жоқ.</translation>
    </message>
    <message>
        <source>cli.allocation_refused</source>
        <extracomment>Allocation refused: it breaks {count} error {count:plural:rule|rules}, listed above; the plan is unchanged (use --force to allocate anyway).</extracomment>
        <translation>Бекіту қабылданбады: ол жоғарыда көрсетілген «қате» деңгейіндегі {count} {count:plural:ережені} бұзады; жоспар өзгертілмеді (бәрібір бекіту үшін --force қолданыңыз).</translation>
    </message>
    <message>
        <source>cli.bad_object</source>
        <extracomment>{given} names no object: write KIND:ID or KIND:CODE (e.g. pads:45/1, tenants:3).</extracomment>
        <translation>{given} ешбір нысанды атамайды: ТҮР:ID немесе ТҮР:КОД жазыңыз (мысалы, pads:45/1, tenants:3).</translation>
    </message>
    <message>
        <source>cli.corridor.write_failed</source>
        <extracomment>Cannot write {path}: {reason}</extracomment>
        <translation>{path} жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>cli.gui_missing_libraries</source>
        <extracomment>Qt needs system libraries that are missing; install them with: {command}</extracomment>
        <translation>Qt үшін жүйелік кітапханалар жетіспейді; оларды мына пәрменмен орнатыңыз: {command}</translation>
    </message>
    <message>
        <source>cli.gui_no_display</source>
        <extracomment>No display to open the window on: run cosmoplan in a desktop session (or under xvfb-run).</extracomment>
        <translation>Терезені ашатын дисплей жоқ: cosmoplan-ды графикалық сеанста (немесе xvfb-run арқылы) іске қосыңыз.</translation>
    </message>
    <message>
        <source>cli.gui_plan_and_demo</source>
        <extracomment>Give either a plan or --demo PATH, not both.</extracomment>
        <translation>Жоспарды не --demo PATH параметрін көрсетіңіз, екеуін бірге емес.</translation>
    </message>
    <message>
        <source>cli.hazard.source_without_factor</source>
        <extracomment>--factor-source needs --tnt-factor.</extracomment>
        <translation>--factor-source үшін --tnt-factor қажет.</translation>
    </message>
    <message>
        <source>cli.liaison_tenant</source>
        <extracomment>A liaison needs --tenant NAME_OR_ID of the tenant it may see.</extracomment>
        <translation>Жалгер өкіліне өзі көре алатын жалгердің --tenant АТЫ_НЕМЕСЕ_ID керек.</translation>
    </message>
    <message>
        <source>cli.list.needs_output</source>
        <extracomment>An {format} file cannot go to the terminal: name the file to write with -o FILE.</extracomment>
        <translation>{format} файлын терминалға шығару мүмкін емес: жазылатын файлды -o FILE арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>cli.list.output_format</source>
        <extracomment>-o writes CSV or XLSX files; {format} goes to the terminal (redirect it with &gt; FILE).</extracomment>
        <translation>-o CSV немесе XLSX файлдарын жазады; {format} терминалға шығады (оны &gt; FILE арқылы бағыттаңыз).</translation>
    </message>
    <message>
        <source>cli.needs_server</source>
        <extracomment>{location} is not a PostgreSQL URL (postgresql://…).</extracomment>
        <translation>{location} PostgreSQL URL емес (postgresql://…).</translation>
    </message>
    <message>
        <source>cli.no_such_plan</source>
        <extracomment>No plan file at {path}.</extracomment>
        <translation>{path} жоспар файлы жоқ.</translation>
    </message>
    <message>
        <source>cli.not_utf8</source>
        <extracomment>Argument {number} is not valid UTF-8 text ({shown}); retype it or fix the terminal&apos;s encoding.</extracomment>
        <translation>{number}-аргумент UTF-8 мәтіні емес ({shown}); оны қайта енгізіңіз немесе терминал кодтамасын түзетіңіз.</translation>
    </message>
    <message>
        <source>cli.plan_exists</source>
        <extracomment>{path} already exists (use --force to replace it).</extracomment>
        <translation>{path} бұрыннан бар (ауыстыру үшін --force қолданыңыз).</translation>
    </message>
    <message>
        <source>cli.plan_is_directory</source>
        <extracomment>{path} is a directory, not a plan file.</extracomment>
        <translation>{path} — жоспар файлы емес, қалта.</translation>
    </message>
    <message>
        <source>cli.report.scenario_as_of</source>
        <extracomment>A scenario is reported as it is now: leave out --as-of-time, or report the plan.</extracomment>
        <translation>Сценарий есепке қазіргі күйінде кіреді: --as-of-time алып тастаңыз немесе жоспар бойынша есеп жасаңыз.</translation>
    </message>
    <message>
        <source>cli.request.unknown</source>
        <extracomment>There is no request {id}.</extracomment>
        <translation>{id} өтінімі жоқ.</translation>
    </message>
    <message>
        <source>cli.scenario.period_reversed</source>
        <extracomment>The period ends ({end}) before it starts ({start}).</extracomment>
        <translation>Кезең басталғанға дейін ({start}) аяқталады ({end}).</translation>
    </message>
    <message>
        <source>command.add</source>
        <extracomment>Add {what}</extracomment>
        <translation>{what} қосу</translation>
    </message>
    <message>
        <source>command.count</source>
        <extracomment>{count} {kind}</extracomment>
        <translation>{count} {kind}</translation>
    </message>
    <message>
        <source>command.plan_info</source>
        <extracomment>Edit plan properties</extracomment>
        <translation>Жоспар қасиеттерін өңдеу</translation>
    </message>
    <message>
        <source>command.remove</source>
        <extracomment>Delete {what}</extracomment>
        <translation>{what} жою</translation>
    </message>
    <message>
        <source>command.update</source>
        <extracomment>Edit {what}</extracomment>
        <translation>{what} өңдеу</translation>
    </message>
    <message>
        <source>demo.bad_data</source>
        <extracomment>Demo data file {file} is not valid: {reason}</extracomment>
        <translation>{file} демо деректер файлы жарамсыз: {reason}</translation>
    </message>
    <message>
        <source>demo.synthetic.bad_count</source>
        <extracomment>{field} must be a whole number of at least {low} (got {value}).</extracomment>
        <translation>{field} өрісі кемінде {low} бүтін сан болуы керек ({value} берілді).</translation>
    </message>
    <message>
        <source>demo.synthetic.bad_extent</source>
        <extracomment>The site extent must be between 1 and 200 km (got {value} m).</extracomment>
        <translation>Учаске өлшемі 1-ден 200 км-ге дейін болуы керек ({value} м берілді).</translation>
    </message>
    <message>
        <source>domain.control_character</source>
        <extracomment>{field} contains a control character ({character}); type plain text.</extracomment>
        <translation>{field} басқару таңбасын қамтиды ({character}); қарапайым мәтін енгізіңіз.</translation>
    </message>
    <message>
        <source>domain.dates_reversed</source>
        <extracomment>{field_end} ({end}) is before {field_start} ({start}).</extracomment>
        <translation>{field_end} ({end}) {field_start} ({start}) күнінен бұрын.</translation>
    </message>
    <message>
        <source>domain.geometry_empty</source>
        <extracomment>{field} is empty.</extracomment>
        <translation>{field} өрісі бос.</translation>
    </message>
    <message>
        <source>domain.geometry_invalid</source>
        <extracomment>{field} is not a valid geometry: {reason}.</extracomment>
        <translation>{field} өрісі жарамды геометрия емес: {reason}.</translation>
    </message>
    <message>
        <source>domain.geometry_not_finite</source>
        <extracomment>{field} has coordinates that are not finite numbers.</extracomment>
        <translation>{field} өрісінде шектеулі сан емес координаттар бар.</translation>
    </message>
    <message>
        <source>domain.geometry_type</source>
        <extracomment>{field} must be a {expected}, not a {actual}.</extracomment>
        <translation>{field} өрісі {actual} емес, {expected} түрінде болуы керек.</translation>
    </message>
    <message>
        <source>domain.not_negative</source>
        <extracomment>{field} must not be negative (got {value}).</extracomment>
        <translation>{field} өрісі теріс болмауы керек ({value} берілді).</translation>
    </message>
    <message>
        <source>domain.not_positive</source>
        <extracomment>{field} must be greater than zero (got {value}).</extracomment>
        <translation>{field} өрісі нөлден үлкен болуы керек ({value} берілді).</translation>
    </message>
    <message>
        <source>domain.outside_horizon</source>
        <extracomment>{field} ({value}) is outside the planning horizon, {first} to {last}.</extracomment>
        <translation>{field} ({value}) жоспарлау көкжиегінен тыс: {first} бастап {last} дейін.</translation>
    </message>
    <message>
        <source>domain.pad.status_periods_overlap</source>
        <extracomment>Status periods of pad {code} overlap: {first} and {second}.</extracomment>
        <translation>{code} алаңының күй кезеңдері қабаттасады: {first} және {second}.</translation>
    </message>
    <message>
        <source>domain.range</source>
        <extracomment>{field} must be between {low} and {high} (got {value}).</extracomment>
        <translation>{field} өрісі {low} мен {high} аралығында болуы керек ({value} берілді).</translation>
    </message>
    <message>
        <source>domain.request.duration_too_long</source>
        <extracomment>The request asks for {duration} days, but its window from {start} to {end} has only {window} days.</extracomment>
        <translation>Өтінім {duration} күн сұрайды, бірақ оның {start} мен {end} аралығындағы терезесінде тек {window} күн бар.</translation>
    </message>
    <message>
        <source>domain.request.repeated_pad</source>
        <extracomment>The wanted pads name pad {pad} more than once.</extracomment>
        <translation>Қалаған алаңдар {pad} алаңын бірнеше рет атайды.</translation>
    </message>
    <message>
        <source>domain.required</source>
        <extracomment>{field} is required.</extracomment>
        <translation>{field} өрісі міндетті.</translation>
    </message>
    <message>
        <source>domain.too_long</source>
        <extracomment>{field} is too long: {length} characters, at most {limit}.</extracomment>
        <translation>{field} тым ұзын: {length} таңба, ең көбі {limit}.</translation>
    </message>
    <message>
        <source>domain.vehicle.factor_source</source>
        <extracomment>A TNT-equivalent factor entered by the planner needs its source.</extracomment>
        <translation>Жоспарлаушы енгізген тротил баламасының коэффициентіне дереккөз көрсетілуі керек.</translation>
    </message>
    <message>
        <source>files.output_is_folder</source>
        <extracomment>{path} is a folder; give the name of the {kind} file to write.</extracomment>
        <translation>{path} — қалта; жазылатын {kind} файлының атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>files.over_other_kind</source>
        <extracomment>{path} exists and does not hold {kind} data, so it was left as it is: choose another file name.</extracomment>
        <translation>{path} бар және онда {kind} деректері жоқ, сондықтан файл өзгертілмеді: басқа файл атын таңдаңыз.</translation>
    </message>
    <message>
        <source>files.over_plan</source>
        <extracomment>{path} is a cosmoplan plan, and no {kind} output is ever written over a plan: choose another file name.</extracomment>
        <translation>{path} — cosmoplan жоспары, ал {kind} шығысы ешқашан жоспардың үстіне жазылмайды: басқа файл атын таңдаңыз.</translation>
    </message>
    <message>
        <source>finding.allocation.cadence</source>
        <extracomment>Pad {pad} would see up to {rate:g} launches a year from {period_start} to {period_end} ({count} allocations: {names}), more than its cadence of {cadence:g} a year.</extracomment>
        <translation>{pad} алаңынан {period_start} – {period_end} аралығында жылына {rate:g} ұшыруға дейін жүргізілер еді ({count} бекіту: {names}), бұл оның жылына {cadence:g} ұшыру жиілігінен көп.</translation>
    </message>
    <message>
        <source>finding.allocation.overlap</source>
        <extracomment>Allocations of {first_tenant} ({first_vehicle}) and {second_tenant} ({second_vehicle}) overlap on pad {pad} from {overlap_start} to {overlap_end} ({days} days); both are exclusive.</extracomment>
        <translation>{first_tenant} ({first_vehicle}) және {second_tenant} ({second_vehicle}) бекітулері {pad} алаңында {overlap_start} – {overlap_end} аралығында қабаттасады ({days} күн); екеуі де жеке.</translation>
    </message>
    <message>
        <source>finding.allocation.overlap.one_exclusive</source>
        <extracomment>Allocations of {first_tenant} ({first_vehicle}) and {second_tenant} ({second_vehicle}) overlap on pad {pad} from {overlap_start} to {overlap_end} ({days} days); the allocation of {exclusive_tenant} ({exclusive_vehicle}) is exclusive.</extracomment>
        <translation>{first_tenant} ({first_vehicle}) және {second_tenant} ({second_vehicle}) бекітулері {pad} алаңында {overlap_start} – {overlap_end} аралығында қабаттасады ({days} күн); {exclusive_tenant} ({exclusive_vehicle}) бекітуі жеке.</translation>
    </message>
    <message>
        <source>finding.allocation.period</source>
        <extracomment>Allocation of pad {pad} to {tenant} ({vehicle}) from {start} to {end} runs {years:.1f} years; more than {max_years} years is implausible.</extracomment>
        <translation>{pad} алаңын {tenant} жалға алушысына ({vehicle}) {start} – {end} бекіту {years:.1f} жылға созылады; {max_years} жылдан артық болуы шындыққа жанаспайды.</translation>
    </message>
    <message>
        <source>finding.allocation.period.early</source>
        <extracomment>Allocation of pad {pad} to {tenant} ({vehicle}) from {start} to {end} starts before {earliest}, before the cosmodrome existed.</extracomment>
        <translation>{pad} алаңын {tenant} жалға алушысына ({vehicle}) {start} – {end} бекіту {earliest} күнінен бұрын, ғарыш айлағы әлі болмаған кезде басталады.</translation>
    </message>
    <message>
        <source>finding.allocation.stale</source>
        <extracomment>Allocation of pad {pad} to {tenant} ({vehicle}) from {start} to {end} is over by {at} but still {status}; mark it ended or cancelled.</extracomment>
        <translation>{pad} алаңын {tenant} жалға алушысына ({vehicle}) {start} – {end} бекітудің мерзімі {at} күні өтті, бірақ ол әлі «{status}» күйінде; оны аяқталған не күші жойылған деп белгілеңіз.</translation>
    </message>
    <message>
        <source>finding.facility.not_ready</source>
        <extracomment>The {facility_kind} {facility} that pad {pad} needs is commissioned only on {commissioned}, after the allocation of {tenant} ({vehicle}) starts on {start}.</extracomment>
        <translation>{pad} алаңына қажет {facility} нысаны ({facility_kind}) тек {commissioned} күні пайдалануға беріледі, бұл {tenant} жалға алушысының ({vehicle}) бекітуі {start} күні басталғаннан кейін.</translation>
    </message>
    <message>
        <source>finding.facility.not_ready.no_date</source>
        <extracomment>The {facility_kind} {facility} that pad {pad} needs is {facility_status} with no commissioning date, so it is not in service, when the allocation of {tenant} ({vehicle}) on pad {pad} starts on {start}.</extracomment>
        <translation>{pad} алаңына қажет {facility} нысаны ({facility_kind}) пайдалануға беру күнінсіз «{facility_status}» күйінде, яғни {tenant} жалға алушысының ({vehicle}) {pad} алаңындағы бекітуі {start} күні басталғанда пайдаланыста емес.</translation>
    </message>
    <message>
        <source>finding.facility.not_ready.out_of_service</source>
        <extracomment>The {facility_kind} {facility} that pad {pad} needs is out of service, when the allocation of {tenant} ({vehicle}) on pad {pad} starts on {start}.</extracomment>
        <translation>{pad} алаңына қажет {facility} нысаны ({facility_kind}) {tenant} жалға алушысының ({vehicle}) {pad} алаңындағы бекітуі {start} күні басталғанда пайдаланыста емес.</translation>
    </message>
    <message>
        <source>finding.facility.not_ready.retired</source>
        <extracomment>The {facility_kind} {facility} that pad {pad} needs is decommissioned on {decommissioned}, before the allocation of {tenant} ({vehicle}) starts on {start}.</extracomment>
        <translation>{pad} алаңына қажет {facility} нысаны ({facility_kind}) {decommissioned} күні пайдаланудан шығарылады, бұл {tenant} жалға алушысының ({vehicle}) бекітуі {start} күні басталғанға дейін.</translation>
    </message>
    <message>
        <source>finding.pad.unavailable</source>
        <extracomment>Pad {pad} is {pad_status} from {since} until {until}; the allocation of {tenant} ({vehicle}) from {start} to {end} needs it from {overlap_start} to {overlap_end} ({days} days).</extracomment>
        <translation>{pad} алаңы {since} – {until} аралығында «{pad_status}» күйінде; {tenant} жалға алушысының ({vehicle}) {start} – {end} бекітуіне ол {overlap_start} – {overlap_end} аралығында қажет ({days} күн).</translation>
    </message>
    <message>
        <source>finding.pad.unavailable.always</source>
        <extracomment>Pad {pad} is {pad_status} for good; the allocation of {tenant} ({vehicle}) from {start} to {end} needs it from {overlap_start} to {overlap_end} ({days} days).</extracomment>
        <translation>{pad} алаңы түпкілікті «{pad_status}» күйінде; {tenant} жалға алушысының ({vehicle}) {start} – {end} бекітуіне ол {overlap_start} – {overlap_end} аралығында қажет ({days} күн).</translation>
    </message>
    <message>
        <source>finding.pad.unavailable.open</source>
        <extracomment>Pad {pad} is {pad_status} from {since} until further notice; the allocation of {tenant} ({vehicle}) from {start} to {end} needs it from {overlap_start} to {overlap_end} ({days} days).</extracomment>
        <translation>{pad} алаңы {since} бастап қосымша нұсқауға дейін «{pad_status}» күйінде; {tenant} жалға алушысының ({vehicle}) {start} – {end} бекітуіне ол {overlap_start} – {overlap_end} аралығында қажет ({days} күн).</translation>
    </message>
    <message>
        <source>finding.pad.unavailable.until</source>
        <extracomment>Pad {pad} is {pad_status} until {until}; the allocation of {tenant} ({vehicle}) from {start} to {end} needs it from {overlap_start} to {overlap_end} ({days} days).</extracomment>
        <translation>{pad} алаңы {until} дейін «{pad_status}» күйінде; {tenant} жалға алушысының ({vehicle}) {start} – {end} бекітуіне ол {overlap_start} – {overlap_end} аралығында қажет ({days} күн).</translation>
    </message>
    <message>
        <source>finding.safety.corridor.azimuth</source>
        <extracomment>The launch azimuth {azimuth:g}° of {tenant} ({vehicle}) on pad {pad} is outside the azimuths the pad allows, {azimuth_min:g}° to {azimuth_max:g}° clockwise.</extracomment>
        <translation>{tenant} жалға алушысының ({vehicle}) {pad} алаңындағы {azimuth:g}° ұшыру азимуты алаңға рұқсат етілген ауқымнан тыс: сағат тілімен {azimuth_min:g}°-тан {azimuth_max:g}°-қа дейін.</translation>
    </message>
    <message>
        <source>finding.safety.corridor.exclusion</source>
        <extracomment>Launched from pad {pad} at azimuth {azimuth:g}°, the {vehicle_class} vehicle {vehicle} of {tenant} has the populated place {place} in its overflight exclusion zone (which reaches {oez_km:,.1f} km downrange) from {period_start} to {period_end}: change the pad or the azimuth, or show the people absent or evacuated by agreement (14 CFR 420 Appendix A (d)(2)).</extracomment>
        <translation>{vehicle} ({vehicle_class} класы, {tenant} жалға алушысы) {pad} алаңынан {azimuth:g}° азимутпен ұшырылғанда {period_start} – {period_end} аралығында {place} елді мекені оның оқшаулау аймағына (трасса бойымен {oez_km:,.1f} км) түседі: алаңды не азимутты өзгертіңіз немесе келісім бойынша адамдардың жоқ екенін не эвакуацияланғанын көрсетіңіз (14 CFR 420, A қосымшасы (d)(2)).</translation>
    </message>
    <message>
        <source>finding.safety.corridor.populated</source>
        <extracomment>Launched from pad {pad} at azimuth {azimuth:g}°, the {vehicle_class} vehicle {vehicle} of {tenant} flies its corridor over the populated place {place} from {period_start} to {period_end}: redesign the corridor, or justify it with Appendix B or an Appendix C risk analysis (14 CFR 420 Appendix A (d)(3)).</extracomment>
        <translation>{vehicle} ({vehicle_class} класы, {tenant} жалға алушысы) {pad} алаңынан {azimuth:g}° азимутпен ұшырылғанда {period_start} – {period_end} аралығында оның ұшу дәлізі {place} елді мекенінің үстінен өтеді: дәлізді қайта жобалаңыз немесе оны B қосымшасымен не C қосымшасы бойынша тәуекел талдауымен негіздеңіз (14 CFR 420, A қосымшасы (d)(3)).</translation>
    </message>
    <message>
        <source>finding.safety.corridor.unchecked.apogee</source>
        <extracomment>The flight corridor of {vehicle} of {tenant} on pad {pad} is not checked: the guided suborbital vehicle has no apogee (Appendix A, Eq. A40).</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышының ұшу дәлізі тексерілмеген: басқарылатын суборбиталық зымыранның апогейі жоқ (A қосымшасы, A40 теңдеуі).</translation>
    </message>
    <message>
        <source>finding.safety.corridor.unchecked.azimuth</source>
        <extracomment>The flight corridor of {vehicle} of {tenant} on pad {pad} is not checked: the allocation gives no azimuth.</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышының ұшу дәлізі тексерілмеген: бекітуде азимут көрсетілмеген.</translation>
    </message>
    <message>
        <source>finding.safety.corridor.unchecked.class</source>
        <extracomment>The flight corridor of {vehicle} of {tenant} on pad {pad} is not checked: the vehicle has no corridor class (14 CFR 420.19 Table 1).</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышының ұшу дәлізі тексерілмеген: зымыран тасығыштың дәліз класы жоқ (14 CFR 420.19, 1-кесте).</translation>
    </message>
    <message>
        <source>finding.safety.intraline.pad</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) from pad {target_pad}, where {target} ({target_vehicle}) is fuelled at the same time (intraline, the larger of the two, 14 CFR 420 Table E-3), but it is {actual_m:,.0f} m away from {period_start} to {period_end}.</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышына {target} ({target_vehicle}) бір мезгілде отын құятын {target_pad} алаңынан {required_m:,.0f} м ({required_ft:,.0f} фут) қажет (ішкі қашықтық, екеуінің үлкені, 14 CFR 420, E-3 кестесі), бірақ {period_start} – {period_end} аралығында ол {actual_m:,.0f} м қашықтықта.</translation>
    </message>
    <message>
        <source>finding.safety.intraline.store</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) from propellant store {target} (intraline, the larger of the two, 14 CFR 420 Table E-3), but it is {actual_m:,.0f} m away from {period_start} to {period_end}.</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышына {target} отын қоймасынан {required_m:,.0f} м ({required_ft:,.0f} фут) қажет (ішкі қашықтық, екеуінің үлкені, 14 CFR 420, E-3 кестесі), бірақ {period_start} – {period_end} аралығында ол {actual_m:,.0f} м қашықтықта.</translation>
    </message>
    <message>
        <source>finding.safety.planner_factor</source>
        <extracomment>The hazard areas of {vehicle} of {tenant} on pad {pad} rest on a TNT-equivalent factor of {factor:g} entered by the planner for {propellant} (source: {factor_source}); no factor is established for this combination (safety rules §3.3).</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышының қауіпті аймақтары жоспарлаушы {propellant} үшін енгізген {factor:g} тротил баламасы коэффициентіне негізделген (дереккөзі: {factor_source}); бұл үйлесім үшін белгіленген коэффициент жоқ (қауіпсіздік ережелері, §3.3).</translation>
    </message>
    <message>
        <source>finding.safety.planner_factor.override</source>
        <extracomment>The hazard areas of {vehicle} of {tenant} on pad {pad} rest on a TNT-equivalent factor of {factor:g} entered by the planner for {propellant} (source: {factor_source}) instead of the DoD value (safety rules §3.2).</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышының қауіпті аймақтары DoD мәнінің орнына жоспарлаушы {propellant} үшін енгізген {factor:g} тротил баламасы коэффициентіне негізделген (дереккөзі: {factor_source}) (қауіпсіздік ережелері, §3.2).</translation>
    </message>
    <message>
        <source>finding.safety.public_area.boundary</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to the site boundary, but the boundary of {target} is {actual_m:,.0f} m away from {period_start} to {period_end} (14 CFR 420 Tables E-1/E-2).</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышына учаске шекарасына дейін {required_m:,.0f} м ({required_ft:,.0f} фут) қажет, бірақ {period_start} – {period_end} аралығында {target} шекарасы {actual_m:,.0f} м қашықтықта (14 CFR 420, E-1/E-2 кестелері).</translation>
    </message>
    <message>
        <source>finding.safety.public_area.other_tenant</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to any public area, but pad {target_pad}, held by {target} ({target_vehicle}), is {actual_m:,.0f} m away from {period_start} to {period_end} (land of another tenant is public, 14 CFR 420.5).</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышына кез келген қоғамдық аймаққа дейін {required_m:,.0f} м ({required_ft:,.0f} фут) қажет, бірақ {period_start} – {period_end} аралығында {target} ({target_vehicle}) иеленген {target_pad} алаңы {actual_m:,.0f} м қашықтықта (басқа жалға алушының жері қоғамдық болып саналады, 14 CFR 420.5).</translation>
    </message>
    <message>
        <source>finding.safety.public_area.tenant_land</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to any public area, but {target}, land held by {target_tenant}, is {actual_m:,.0f} m away from {period_start} to {period_end} (land of another tenant is public, 14 CFR 420.5).</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышына кез келген қоғамдық аймаққа дейін {required_m:,.0f} м ({required_ft:,.0f} фут) қажет, бірақ {period_start} – {period_end} аралығында {target_tenant} иеленген {target} жері {actual_m:,.0f} м қашықтықта (басқа жалға алушының жері қоғамдық болып саналады, 14 CFR 420.5).</translation>
    </message>
    <message>
        <source>finding.safety.public_area.zone</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to any public area, but {target} is {actual_m:,.0f} m away from {period_start} to {period_end} (14 CFR 420 Tables E-1/E-2).</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышына кез келген қоғамдық аймаққа дейін {required_m:,.0f} м ({required_ft:,.0f} фут) қажет, бірақ {period_start} – {period_end} аралығында {target} {actual_m:,.0f} м қашықтықта (14 CFR 420, E-1/E-2 кестелері).</translation>
    </message>
    <message>
        <source>finding.safety.public_traffic_route</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to public traffic routes, but {target} is {actual_m:,.0f} m away from {period_start} to {period_end} (60% of the public-area distance, 14 CFR 420 Tables E-1/E-2).</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышына жалпы пайдаланымдағы жолдарға дейін {required_m:,.0f} м ({required_ft:,.0f} фут) қажет, бірақ {period_start} – {period_end} аралығында {target} {actual_m:,.0f} м қашықтықта (қоғамдық аймақ қашықтығының 60%-ы, 14 CFR 420, E-1/E-2 кестелері).</translation>
    </message>
    <message>
        <source>finding.safety.site_boundary</source>
        <extracomment>The launch point of pad {pad} is {actual_m:,.0f} m from the boundary of {target}, but the {vehicle_class} vehicle {vehicle} of {tenant} needs at least {required_m:,.0f} m ({required_ft:,.0f} ft), its debris dispersion radius (14 CFR 420.21 Table 2).</extracomment>
        <translation>{pad} алаңының ұшыру нүктесі {target} шекарасынан {actual_m:,.0f} м қашықтықта, бірақ {tenant} жалға алушысының «{vehicle_class}» класты {vehicle} зымыран тасығышына кемінде {required_m:,.0f} м ({required_ft:,.0f} фут) керек, бұл оның сынықтардың шашырау радиусы (14 CFR 420.21, 2-кесте).</translation>
    </message>
    <message>
        <source>finding.safety.unknown_new.factor</source>
        <extracomment>The hazard areas of {vehicle} of {tenant} on pad {pad} are not checked: no TNT-equivalent factor is established for {propellant} (safety rules §3.3); a factor entered with its source is needed.</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышының қауіпті аймақтары тексерілмеген: {propellant} үшін тротил баламасының коэффициенті белгіленбеген (қауіпсіздік ережелері, §3.3); дереккөзімен бірге енгізілген коэффициент қажет.</translation>
    </message>
    <message>
        <source>finding.safety.unknown_new.mass</source>
        <extracomment>The hazard areas of {vehicle} of {tenant} on pad {pad} are not checked: neither its propellant mass nor its lift-off mass is known.</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышының қауіпті аймақтары тексерілмеген: отын массасы да, ұшу массасы да белгісіз.</translation>
    </message>
    <message>
        <source>finding.safety.unknown_new.other</source>
        <extracomment>The hazard areas of {vehicle} of {tenant} on pad {pad} are not checked: {reason}</extracomment>
        <translation>{tenant} жалға алушысының {pad} алаңындағы {vehicle} зымыран тасығышының қауіпті аймақтары тексерілмеген: {reason}</translation>
    </message>
    <message>
        <source>finding.tenant.first_contact</source>
        <extracomment>Allocation of pad {pad} to {tenant} ({vehicle}) from {start} to {end} is reserved, but talks with {tenant} are only at first contact.</extracomment>
        <translation>{pad} алаңы {tenant} жалға алушысына ({vehicle}) {start} – {end} аралығына брондалған, бірақ {tenant} жалға алушысымен келіссөздер тек алғашқы байланыс кезеңінде.</translation>
    </message>
    <message>
        <source>finding.tenant.not_approved</source>
        <extracomment>Allocation of pad {pad} to {tenant} ({vehicle}) from {start} to {end} is {status}, but {tenant} is not approved (talks: {negotiation}).</extracomment>
        <translation>{pad} алаңын {tenant} жалға алушысына ({vehicle}) {start} – {end} бекіту «{status}» күйінде, бірақ {tenant} мақұлданбаған (келіссөздер: {negotiation}).</translation>
    </message>
    <message>
        <source>finding.territory.outside_control</source>
        <extracomment>Pad {pad} lies in {zone}, Russian-leased territory, from {period_start} to {period_end}; {tenant}, a {tenant_kind}, may not be allocated a pad there (allocation with {vehicle} from {start} to {end}).</extracomment>
        <translation>{pad} алаңы {period_start} – {period_end} аралығында {zone} аймағында — Ресей жалға алған аумақта орналасқан; {tenant} жалға алушысына (түрі: {tenant_kind}) онда алаң бекітуге болмайды ({vehicle} бекітуі, {start} – {end}).</translation>
    </message>
    <message>
        <source>finding.territory.outside_control.no_zone</source>
        <extracomment>Pad {pad} lies outside any special economic zone or Kazakh territory from {period_start} to {period_end}; {tenant}, a {tenant_kind}, may only be allocated a pad inside one (allocation with {vehicle} from {start} to {end}).</extracomment>
        <translation>{pad} алаңы {period_start} – {period_end} аралығында арнайы экономикалық аймақтан да, Қазақстан аумағынан да тыс орналасқан; {tenant} жалға алушысына (түрі: {tenant_kind}) алаңды тек солардың ішінде бекітуге болады ({vehicle} бекітуі, {start} – {end}).</translation>
    </message>
    <message>
        <source>finding.vehicle.fit.diameter</source>
        <extracomment>Diameter of {vehicle} ({value:,g} {unit}) exceeds the {limit:,g} {unit} limit of pad {pad}; allocation of {tenant} from {start} to {end}.</extracomment>
        <translation>{vehicle} зымыран тасығышының диаметрі ({value:,g} {unit}) {pad} алаңының {limit:,g} {unit} шегінен асады; {tenant} бекітуі, {start} – {end}.</translation>
    </message>
    <message>
        <source>finding.vehicle.fit.height</source>
        <extracomment>Height of {vehicle} ({value:,g} {unit}) exceeds the {limit:,g} {unit} limit of pad {pad}; allocation of {tenant} from {start} to {end}.</extracomment>
        <translation>{vehicle} зымыран тасығышының биіктігі ({value:,g} {unit}) {pad} алаңының {limit:,g} {unit} шегінен асады; {tenant} бекітуі, {start} – {end}.</translation>
    </message>
    <message>
        <source>finding.vehicle.fit.mass</source>
        <extracomment>Liftoff mass of {vehicle} ({value:,g} {unit}) exceeds the {limit:,g} {unit} limit of pad {pad}; allocation of {tenant} from {start} to {end}.</extracomment>
        <translation>{vehicle} зымыран тасығышының ұшу массасы ({value:,g} {unit}) {pad} алаңының {limit:,g} {unit} шегінен асады; {tenant} бекітуі, {start} – {end}.</translation>
    </message>
    <message>
        <source>finding.vehicle.fit.propellant</source>
        <extracomment>Pad {pad} does not support {propellant}, the propellant of {vehicle} ({tenant}, allocation from {start} to {end}); it supports {supported}.</extracomment>
        <translation>{pad} алаңы {vehicle} зымыран тасығышының отынын ({propellant}) қолдамайды ({tenant}, бекіту {start} – {end}); алаң қолдайтыны: {supported}.</translation>
    </message>
    <message>
        <source>finding.vehicle.fit.thrust</source>
        <extracomment>Liftoff thrust of {vehicle} ({value:,g} {unit}) exceeds the {limit:,g} {unit} limit of pad {pad}; allocation of {tenant} from {start} to {end}.</extracomment>
        <translation>{vehicle} зымыран тасығышының ұшу кезіндегі тарту күші ({value:,g} {unit}) {pad} алаңының {limit:,g} {unit} шегінен асады; {tenant} бекітуі, {start} – {end}.</translation>
    </message>
    <message>
        <source>finding.vehicle.fit.unknown</source>
        <extracomment>Cannot check {figures} of {vehicle} ({tenant}) against the limits of pad {pad}: vehicle figure unknown.</extracomment>
        <translation>{vehicle} ({tenant}) зымыран тасығышының {figures} мәнін {pad} алаңының шектерімен салыстыру мүмкін емес: зымыран тасығыштың сипаттамасы белгісіз.</translation>
    </message>
    <message>
        <source>geo.no_transform</source>
        <extracomment>Coordinates cannot be converted from {source} to {target}: {reason}.</extracomment>
        <translation>Координаттарды {source} жүйесінен {target} жүйесіне түрлендіру мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>geo.not_on_earth</source>
        <extracomment>The coordinate reference system {crs} does not place points on the Earth (its ellipsoid: {ellipsoid}).</extracomment>
        <translation>{crs} координаттар жүйесі нүктелерді Жерде орналастырмайды (оның эллипсоиды: {ellipsoid}).</translation>
    </message>
    <message>
        <source>geo.outside_kazakhstan</source>
        <extracomment>{what} lies far outside Kazakhstan (around {lat:.3f}°, {lon:.3f}°): check the coordinate reference system.</extracomment>
        <translation>{what} Қазақстаннан әлдеқайда тыс жатыр (шамамен {lat:.3f}°, {lon:.3f}°): координаттар жүйесін тексеріңіз.</translation>
    </message>
    <message>
        <source>geo.unknown_crs</source>
        <extracomment>Unknown coordinate reference system: {crs}.</extracomment>
        <translation>Белгісіз координаттар жүйесі: {crs}.</translation>
    </message>
    <message>
        <source>gis.bad_date_in_file</source>
        <extracomment>{path} holds a date that does not exist ({reason}): correct it in a GIS tool and retry.</extracomment>
        <translation>{path} ішінде жоқ күн бар ({reason}): оны ГАЖ құралында түзетіп, қайталаңыз.</translation>
    </message>
    <message>
        <source>gis.bad_value</source>
        <extracomment>{field}: {value!r} is not {expected}.</extracomment>
        <translation>{field}: {value!r} {expected} емес.</translation>
    </message>
    <message>
        <source>gis.duplicate_in_file</source>
        <extracomment>{field} {value!r} appears more than once in the file (first at feature {first}).</extracomment>
        <translation>{field} {value!r} файлда бірнеше рет кездеседі (алғаш рет {first}-нысанда).</translation>
    </message>
    <message>
        <source>gis.exists_in_plan</source>
        <extracomment>{field} {value!r} is already used by another object in the plan.</extracomment>
        <translation>{field} {value!r} жоспардағы басқа нысанда қолданылып тұр.</translation>
    </message>
    <message>
        <source>gis.export_failed</source>
        <extracomment>Could not write {path}: {reason}</extracomment>
        <translation>{path} жазылмады: {reason}</translation>
    </message>
    <message>
        <source>gis.feature_problem</source>
        <extracomment>{layer}, feature {number}: {problem}</extracomment>
        <translation>{layer}, {number}-нысан: {problem}</translation>
    </message>
    <message>
        <source>gis.field_missing</source>
        <extracomment>The layer has no field {field!r}, which {kind} need.</extracomment>
        <translation>Қабатта {kind} үшін қажет {field!r} өрісі жоқ.</translation>
    </message>
    <message>
        <source>gis.file_missing</source>
        <extracomment>There is no file {path}.</extracomment>
        <translation>{path} файлы жоқ.</translation>
    </message>
    <message>
        <source>gis.file_unreadable</source>
        <extracomment>{path} cannot be read as GIS data: {reason}</extracomment>
        <translation>{path} ГАЖ деректері ретінде оқылмайды: {reason}</translation>
    </message>
    <message>
        <source>gis.import.unknown_tenant</source>
        <extracomment>{field}: the plan has no tenant named {tenant!r}.</extracomment>
        <translation>{field}: жоспарда {tenant!r} жалға алушысы жоқ.</translation>
    </message>
    <message>
        <source>gis.import_refused</source>
        <extracomment>Nothing was imported from {path}: {count} {count:plural:problem|problems} found.
{details}</extracomment>
        <translation>{path} файлынан ештеңе импортталмады: {count} {count:plural:мәселе} табылды.
{details}</translation>
    </message>
    <message>
        <source>gis.kind_not_importable</source>
        <extracomment>Only {kinds} can be imported from GIS files, not {kind}.</extracomment>
        <translation>ГАЖ файлдарынан тек {kinds} импорттауға болады, {kind} емес.</translation>
    </message>
    <message>
        <source>gis.more_problems</source>
        <extracomment>... and {count} more.</extracomment>
        <translation>... және тағы {count}.</translation>
    </message>
    <message>
        <source>gis.no_crs</source>
        <extracomment>{path} does not say which coordinate reference system it uses: give one (for example EPSG:4326 or EPSG:32641).</extracomment>
        <translation>{path} қай координаттар жүйесін қолданатынын көрсетпейді: оны беріңіз (мысалы, EPSG:4326 не EPSG:32641).</translation>
    </message>
    <message>
        <source>gis.no_geometry</source>
        <extracomment>The feature has no geometry.</extracomment>
        <translation>Нысанның геометриясы жоқ.</translation>
    </message>
    <message>
        <source>gis.no_layer</source>
        <extracomment>{path} has no layer named {layer!r}.</extracomment>
        <translation>{path} ішінде {layer!r} қабаты жоқ.</translation>
    </message>
    <message>
        <source>gis.unknown_choice</source>
        <extracomment>{field}: unknown value {value!r} (expected one of: {choices}).</extracomment>
        <translation>{field}: белгісіз мән {value!r} (күтілетін мәндер: {choices}).</translation>
    </message>
    <message>
        <source>gis.unknown_site</source>
        <extracomment>complex: the plan has no launch complex with site number {site!r}.</extracomment>
        <translation>complex: жоспарда учаске нөмірі {site!r} болатын ұшыру кешені жоқ.</translation>
    </message>
    <message>
        <source>gis.unsupported_format</source>
        <extracomment>Cannot export to {path}: use a .gpkg or .geojson file name.</extracomment>
        <translation>{path} ішіне экспорттау мүмкін емес: .gpkg не .geojson файл атауын қолданыңыз.</translation>
    </message>
    <message>
        <source>mapping.bad_extent</source>
        <extracomment>A map extent is (min x, min y, max x, max y) in metres with min &lt; max (got {extent}).</extracomment>
        <translation>Карта аумағы метрмен (min x, min y, max x, max y) түрінде беріледі, min &lt; max ({extent} берілді).</translation>
    </message>
    <message>
        <source>mapping.render.bad_size</source>
        <extracomment>The map size must be two whole numbers of pixels from {low} to {high} (got {size}).</extracomment>
        <translation>Карта өлшемі {low} мен {high} аралығындағы пиксельдердің екі бүтін саны болуы керек ({size} берілді).</translation>
    </message>
    <message>
        <source>mapping.render.too_large</source>
        <extracomment>A {width} x {height} map has too many pixels; the most is {limit} million.</extracomment>
        <translation>{width} x {height} картасында пиксель тым көп; ең көбі — {limit} миллион.</translation>
    </message>
    <message>
        <source>mapping.render.unknown_format</source>
        <extracomment>Cannot draw a map as {suffix!r}: the file name must end in .png, .svg or .pdf.</extracomment>
        <translation>Картаны {suffix!r} пішімінде салу мүмкін емес: файл атауы .png, .svg не .pdf болып аяқталуы керек.</translation>
    </message>
    <message>
        <source>mapping.render.write_failed</source>
        <extracomment>Cannot write the map {path}: {reason}</extracomment>
        <translation>{path} картасын жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>mapping.unknown_layer</source>
        <extracomment>There is no map layer {layer!r}. Known layers: {known}.</extracomment>
        <translation>{layer!r} карта қабаты жоқ. Белгілі қабаттар: {known}.</translation>
    </message>
    <message>
        <source>optimisation.apply</source>
        <extracomment>Place {count} {count:plural:request|requests} by the optimiser</extracomment>
        <translation>Оңтайландырғышпен {count} {count:plural:өтінімді} орналастыру</translation>
    </message>
    <message>
        <source>outside.gone</source>
        <extracomment>{location} was deleted or moved; nothing will be written there. Use Save As to keep this plan.</extracomment>
        <translation>{location} жойылды немесе жылжытылды; оған ештеңе жазылмайды. Бұл жоспарды сақтау үшін «Басқаша сақтау» пәрменін қолданыңыз.</translation>
    </message>
    <message>
        <source>outside.merged</source>
        <extracomment>Merged {count} {count:plural:change|changes} saved elsewhere into {name}.</extracomment>
        <translation>«{name}» жоспарына басқа жерде сақталған {count} {count:plural:өзгеріс} енгізілді.</translation>
    </message>
    <message>
        <source>outside.merged_by</source>
        <extracomment>Merged {count} {count:plural:change|changes} saved by {who} into {name}.</extracomment>
        <translation>«{name}» жоспарына {who} сақтаған {count} {count:plural:өзгеріс} енгізілді.</translation>
    </message>
    <message>
        <source>outside.offline</source>
        <extracomment>Offline: {location} cannot be reached. Your changes are kept and saved when it is back.</extracomment>
        <translation>Байланыс жоқ: {location} қолжетімсіз. Өзгерістеріңіз сақталды, байланыс қалпына келгенде жазылады.</translation>
    </message>
    <message>
        <source>outside.online</source>
        <extracomment>{location} can be reached again.</extracomment>
        <translation>{location} қайта қолжетімді.</translation>
    </message>
    <message>
        <source>plan.duplicate_id</source>
        <extracomment>A {kind} with id {id} already exists.</extracomment>
        <translation>id {id} бар нысан ({kind}) бұрыннан бар.</translation>
    </message>
    <message>
        <source>plan.duplicate_name</source>
        <extracomment>{kind} {name!r} already exists.</extracomment>
        <translation>{kind} {name!r} бұрыннан бар.</translation>
    </message>
    <message>
        <source>plan.missing_reference</source>
        <extracomment>{kind} {name!r} refers to {target} {id}, which does not exist.</extracomment>
        <translation>{kind} {name!r} жоқ {target} {id} нысанына сілтеме жасайды.</translation>
    </message>
    <message>
        <source>plan.still_referenced</source>
        <extracomment>{kind} {name!r} is still used by {count} other {count:plural:object|objects}.</extracomment>
        <translation>{kind} {name!r} әлі де басқа {count} {count:plural:нысанда} қолданылады.</translation>
    </message>
    <message>
        <source>plan.unknown_object</source>
        <extracomment>There is no {kind} with id {id}.</extracomment>
        <translation>id {id} бар нысан ({kind}) жоқ.</translation>
    </message>
    <message>
        <source>plan.vehicle_of_other_tenant</source>
        <extracomment>Vehicle {vehicle!r} belongs to another tenant, not to {tenant!r}.</extracomment>
        <translation>{vehicle!r} зымыран тасығышы {tenant!r} жалға алушысына емес, басқа жалға алушыға тиесілі.</translation>
    </message>
    <message>
        <source>planner.explain.free</source>
        <extracomment>Nothing stops {tenant} from having pad {pad} then.</extracomment>
        <translation>Осы кезеңде {tenant} үшін {pad} алаңын алуға ештеңе кедергі емес.</translation>
    </message>
    <message>
        <source>planner.way_out.earliest</source>
        <extracomment>Pad {pad} is free for it from {start} to {end} at the earliest.</extracomment>
        <translation>{pad} алаңы ол үшін ең ерте {start} мен {end} аралығында бос.</translation>
    </message>
    <message>
        <source>planner.way_out.move</source>
        <extracomment>Allocation {allocation} ({tenant}, {vehicle}) could move to {start} - {end} on pad {pad}.</extracomment>
        <translation>{allocation} бекітуін ({tenant}, {vehicle}) {pad} алаңында {start} - {end} аралығына ауыстыруға болады.</translation>
    </message>
    <message>
        <source>planner.way_out.other_pads</source>
        <extracomment>Free in that period: {pads}.</extracomment>
        <translation>Осы кезеңде бос: {pads}.</translation>
    </message>
    <message>
        <source>progress.cancelled</source>
        <extracomment>{what}: cancelled.</extracomment>
        <translation>{what}: тоқтатылды.</translation>
    </message>
    <message>
        <source>report.allocations.exclusive</source>
        <extracomment>Excl.</extracomment>
        <translation>Ерекш.</translation>
    </message>
    <message>
        <source>report.allocations.fee</source>
        <extracomment>Annual fee (US$)</extracomment>
        <translation>Жылдық төлем (АҚШ доллары)</translation>
    </message>
    <message>
        <source>report.allocations.findings</source>
        <extracomment>Findings</extracomment>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>report.allocations.from</source>
        <extracomment>From</extracomment>
        <translation>Басы</translation>
    </message>
    <message>
        <source>report.allocations.heading</source>
        <extracomment>Allocations</extracomment>
        <translation>Бекітулер</translation>
    </message>
    <message>
        <source>report.allocations.intro</source>
        <extracomment>{count:,} {count:plural:allocation|allocations} in force at some time from {start} to {end}, by pad and start date. Excl.: exclusive use of the pad. Findings: how many findings concern the allocation.</extracomment>
        <translation>{start} – {end} аралығында қандай да бір уақытта күшіндегі {count:,} {count:plural:бекіту}, алаңдар мен басталу күні бойынша. Ерекш.: алаңды ерекше пайдалану. Ескертулер: бекітуге қатысты ескертулер саны.</translation>
    </message>
    <message>
        <source>report.allocations.no</source>
        <extracomment>no</extracomment>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>report.allocations.pad</source>
        <extracomment>Pad</extracomment>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>report.allocations.status</source>
        <extracomment>Status</extracomment>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>report.allocations.tenant</source>
        <extracomment>Tenant</extracomment>
        <translation>Жалға алушы</translation>
    </message>
    <message>
        <source>report.allocations.to</source>
        <extracomment>To</extracomment>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>report.allocations.vehicle</source>
        <extracomment>Vehicle</extracomment>
        <translation>Зымыран тасығыш</translation>
    </message>
    <message>
        <source>report.allocations.yes</source>
        <extracomment>yes</extracomment>
        <translation>иә</translation>
    </message>
    <message>
        <source>report.control.after</source>
        <extracomment>Now</extracomment>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>report.control.approval</source>
        <extracomment>Approval</extracomment>
        <translation>Келісу</translation>
    </message>
    <message>
        <source>report.control.approved</source>
        <extracomment>Approved by</extracomment>
        <translation>Бекіткен</translation>
    </message>
    <message>
        <source>report.control.as_of</source>
        <extracomment>Plan as of</extracomment>
        <translation>Жоспар күні</translation>
    </message>
    <message>
        <source>report.control.before</source>
        <extracomment>Before</extracomment>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>report.control.booking</source>
        <extracomment>{pad}, {start} to {end}, {status}</extracomment>
        <translation>{pad}, {start} – {end}, {status}</translation>
    </message>
    <message>
        <source>report.control.change</source>
        <extracomment>Change</extracomment>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>report.control.changes</source>
        <extracomment>Changes since the earlier report</extracomment>
        <translation>Алдыңғы есептен кейінгі өзгерістер</translation>
    </message>
    <message>
        <source>report.control.checked</source>
        <extracomment>Checked by</extracomment>
        <translation>Тексерген</translation>
    </message>
    <message>
        <source>report.control.date</source>
        <extracomment>Date</extracomment>
        <translation>Күні</translation>
    </message>
    <message>
        <source>report.control.distribution</source>
        <extracomment>Distribution</extracomment>
        <translation>Таратылуы</translation>
    </message>
    <message>
        <source>report.control.distribution.full</source>
        <extracomment>Site planning staff</extracomment>
        <translation>Ғарыш айлағын жоспарлау қызметкерлері</translation>
    </message>
    <message>
        <source>report.control.document</source>
        <extracomment>Document</extracomment>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>report.control.heading</source>
        <extracomment>Document control</extracomment>
        <translation>Құжатты бақылау</translation>
    </message>
    <message>
        <source>report.control.issued</source>
        <extracomment>Issued</extracomment>
        <translation>Шығарылған күні</translation>
    </message>
    <message>
        <source>report.control.kind.added</source>
        <extracomment>Added</extracomment>
        <translation>Қосылды</translation>
    </message>
    <message>
        <source>report.control.kind.cancelled</source>
        <extracomment>Cancelled</extracomment>
        <translation>Күші жойылды</translation>
    </message>
    <message>
        <source>report.control.kind.ended</source>
        <extracomment>Ended</extracomment>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>report.control.kind.moved</source>
        <extracomment>Moved</extracomment>
        <translation>Ауыстырылды</translation>
    </message>
    <message>
        <source>report.control.kind.removed</source>
        <extracomment>Removed</extracomment>
        <translation>Жойылды</translation>
    </message>
    <message>
        <source>report.control.kind.status</source>
        <extracomment>Status changed</extracomment>
        <translation>Мәртебесі өзгерді</translation>
    </message>
    <message>
        <source>report.control.marking</source>
        <extracomment>Confidentiality</extracomment>
        <translation>Құпиялылық</translation>
    </message>
    <message>
        <source>report.control.marking.full</source>
        <extracomment>Confidential: for the site&apos;s planning staff, not to be passed to tenants</extracomment>
        <translation>Құпия: ғарыш айлағын жоспарлау қызметкерлеріне арналған, жалға алушыларға берілмейді</translation>
    </message>
    <message>
        <source>report.control.marking.tenant</source>
        <extracomment>Prepared for {tenant} only</extracomment>
        <translation>Тек {tenant} үшін дайындалған</translation>
    </message>
    <message>
        <source>report.control.name</source>
        <extracomment>Name</extracomment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>report.control.no_changes</source>
        <extracomment>No allocation was added, moved, ended or cancelled.</extracomment>
        <translation>Бірде-бір бекіту қосылмаған, ауыстырылмаған, аяқталмаған және күші жойылмаған.</translation>
    </message>
    <message>
        <source>report.control.no_since</source>
        <extracomment>No earlier report was named: this is the first issue, or the changes were not asked for.</extracomment>
        <translation>Алдыңғы есеп көрсетілмеген: бұл алғашқы шығарылым немесе өзгерістер сұралмаған.</translation>
    </message>
    <message>
        <source>report.control.plan_hash</source>
        <extracomment>Plan SHA-256</extracomment>
        <translation>Жоспардың SHA-256</translation>
    </message>
    <message>
        <source>report.control.prepared</source>
        <extracomment>Prepared by</extracomment>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <source>report.control.role</source>
        <extracomment>Role</extracomment>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>report.control.signature</source>
        <extracomment>Signature</extracomment>
        <translation>Қолы</translation>
    </message>
    <message>
        <source>report.control.since_plan</source>
        <extracomment>Compared with the plan of the earlier report ({hash}): {count} {count:plural:allocation|allocations} changed.</extracomment>
        <translation>Алдыңғы есептің жоспарымен ({hash}) салыстырғанда {count} {count:plural:бекіту} өзгерді.</translation>
    </message>
    <message>
        <source>report.control.since_plan_tenant</source>
        <extracomment>Compared with the plan of the earlier report ({hash}): {count} of your {count:plural:allocation|allocations} changed.</extracomment>
        <translation>Алдыңғы есептің жоспарымен ({hash}) салыстырғанда сіздің {count} {count:plural:бекітуіңіз} өзгерді.</translation>
    </message>
    <message>
        <source>report.control.since_same</source>
        <extracomment>The plan is the same as that of the earlier report ({hash}).</extracomment>
        <translation>Жоспар алдыңғы есептегімен бірдей ({hash}).</translation>
    </message>
    <message>
        <source>report.control.since_unknown</source>
        <extracomment>The plan has changed since the earlier report ({hash}); give that report&apos;s plan file to list the changes.</extracomment>
        <translation>Алдыңғы есептен ({hash}) кейін жоспар өзгерді; өзгерістерді тізу үшін сол есептің жоспар файлын көрсетіңіз.</translation>
    </message>
    <message>
        <source>report.control.tenant</source>
        <extracomment>Tenant</extracomment>
        <translation>Жалға алушы</translation>
    </message>
    <message>
        <source>report.control.vehicle</source>
        <extracomment>Vehicle</extracomment>
        <translation>Зымыран-тасығыш</translation>
    </message>
    <message>
        <source>report.control.version</source>
        <extracomment>Version</extracomment>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>report.cover.as_of</source>
        <extracomment>As of</extracomment>
        <translation>Күйі бойынша</translation>
    </message>
    <message>
        <source>report.cover.author</source>
        <extracomment>Prepared by</extracomment>
        <translation>Дайындаған</translation>
    </message>
    <message>
        <source>report.cover.contents</source>
        <extracomment>Contents</extracomment>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>report.cover.generated</source>
        <extracomment>Generated</extracomment>
        <translation>Жасалды</translation>
    </message>
    <message>
        <source>report.cover.hash</source>
        <extracomment>Plan SHA-256</extracomment>
        <translation>Жоспардың SHA-256</translation>
    </message>
    <message>
        <source>report.cover.hash.content</source>
        <extracomment>{hash} (of the plan&apos;s content)</extracomment>
        <translation>{hash} (жоспар мазмұнының)</translation>
    </message>
    <message>
        <source>report.cover.hash.file</source>
        <extracomment>{hash} (of the plan file)</extracomment>
        <translation>{hash} (жоспар файлының)</translation>
    </message>
    <message>
        <source>report.cover.kind.full</source>
        <extracomment>Full allocation report</extracomment>
        <translation>Бекітулер туралы толық есеп</translation>
    </message>
    <message>
        <source>report.cover.kind.tenant</source>
        <extracomment>Tenant report</extracomment>
        <translation>Жалға алушыға арналған есеп</translation>
    </message>
    <message>
        <source>report.cover.knowledge</source>
        <extracomment>Knowledge date</extracomment>
        <translation>Мәліметтер күні</translation>
    </message>
    <message>
        <source>report.cover.knowledge_value</source>
        <extracomment>{day} (later states are assumptions)</extracomment>
        <translation>{day} (кейінгі күйлер — болжамдар)</translation>
    </message>
    <message>
        <source>report.cover.location</source>
        <extracomment>Plan location</extracomment>
        <translation>Жоспардың орны</translation>
    </message>
    <message>
        <source>report.cover.not_saved</source>
        <extracomment>not saved</extracomment>
        <translation>сақталмаған</translation>
    </message>
    <message>
        <source>report.cover.notice</source>
        <extracomment>This report is prepared for {tenant}. Other tenants&apos; use of the site appears only as anonymous occupation, without names, vehicles or fees.</extracomment>
        <translation>Есеп {tenant} үшін дайындалған. Басқа жалға алушылардың ғарыш айлағын пайдалануы тек атаусыз, зымыран тасығыштарсыз және төлемсіз жасырын бос емес күй ретінде көрсетілген.</translation>
    </message>
    <message>
        <source>report.cover.period</source>
        <extracomment>Period</extracomment>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>report.cover.period_value</source>
        <extracomment>{start} to {end}</extracomment>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>report.cover.plan</source>
        <extracomment>Plan</extracomment>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>report.cover.prepared_for</source>
        <extracomment>Prepared for {tenant}</extracomment>
        <translation>{tenant} үшін дайындалған</translation>
    </message>
    <message>
        <source>report.cover.report</source>
        <extracomment>Report</extracomment>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>report.cover.software</source>
        <extracomment>Software</extracomment>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>report.executive.blocked</source>
        <extracomment>{count} {count:plural:error stands|errors stand} in its way</extracomment>
        <translation>{count} {count:plural:қате кедергі келтіреді}</translation>
    </message>
    <message>
        <source>report.executive.blockers</source>
        <extracomment>Blockers</extracomment>
        <translation>Кедергілер</translation>
    </message>
    <message>
        <source>report.executive.clear</source>
        <extracomment>no error stands in its way</extracomment>
        <translation>ешбір қате кедергі келтірмейді</translation>
    </message>
    <message>
        <source>report.executive.decision</source>
        <extracomment>{tenant}: {status} allocation of pad {pad} for {vehicle}, {years}: {verdict}.</extracomment>
        <translation>{tenant}: {pad} алаңын {vehicle} үшін бекіту ({status}), {years}: {verdict}.</translation>
    </message>
    <message>
        <source>report.executive.decision_own</source>
        <extracomment>Your {status} allocation of pad {pad} for {vehicle}, {years}: {verdict}.</extracomment>
        <translation>{pad} алаңын {vehicle} үшін сіздің бекітуіңіз ({status}), {years}: {verdict}.</translation>
    </message>
    <message>
        <source>report.executive.decisions</source>
        <extracomment>Decisions to take</extracomment>
        <translation>Қабылдау керек шешімдер</translation>
    </message>
    <message>
        <source>report.executive.heading</source>
        <extracomment>Executive summary</extracomment>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>report.executive.more</source>
        <extracomment>{count} more {count:plural:item|items}: see the allocations and the findings.</extracomment>
        <translation>Тағы {count} {count:plural:тармақ}: бекітулер мен ескертулерді қараңыз.</translation>
    </message>
    <message>
        <source>report.executive.no_blockers</source>
        <extracomment>No error stands in the plan&apos;s way in the period.</extracomment>
        <translation>Кезеңде жоспарға ешбір қате кедергі келтірмейді.</translation>
    </message>
    <message>
        <source>report.executive.no_decisions</source>
        <extracomment>No allocation awaits a decision in the period.</extracomment>
        <translation>Кезеңде бірде-бір бекіту шешім күтпейді.</translation>
    </message>
    <message>
        <source>report.executive.overlap</source>
        <extracomment>{first}&apos;s {first_status} allocation of pad {pad} ({first_years}) overlaps {second}&apos;s {second_status} allocation ({second_years}).</extracomment>
        <translation>{first} жалға алушының {pad} алаңын бекітуі ({first_status}, {first_years}) {second} жалға алушының бекітуімен ({second_status}, {second_years}) қиылысады.</translation>
    </message>
    <message>
        <source>report.executive.site</source>
        <extracomment>On {at}, of {pads} {pads:plural:pad|pads}: {allocated} allocated, {reserved} proposed or reserved, {free} ready and free, {idle} inactive, {unavailable} not available. In the period from {start} to {end}: {allocations} {allocations:plural:allocation|allocations}, {errors} {errors:plural:error|errors} and {warnings} {warnings:plural:warning|warnings}.</extracomment>
        <translation>{at} күні {pads} {pads:plural:алаңның}: {allocated} бекітілген, {reserved} ұсынылған немесе сақталған, {free} дайын және бос, {idle} пайдаланылмайды, {unavailable} қолжетімсіз. {start} – {end} кезеңінде: {allocations} {allocations:plural:бекіту}, {errors} {errors:plural:қате} және {warnings} {warnings:plural:сақтандыру}.</translation>
    </message>
    <message>
        <source>report.executive.tenant</source>
        <extracomment>In the period from {start} to {end} you have {allocations} {allocations:plural:allocation|allocations}, {pending} of them awaiting a decision; {errors} {errors:plural:error|errors} and {warnings} {warnings:plural:warning|warnings} concern them.</extracomment>
        <translation>{start} – {end} кезеңінде сізде {allocations} {allocations:plural:бекіту} бар, оның {pending} шешім күтуде; оларға {errors} {errors:plural:қате} және {warnings} {warnings:plural:сақтандыру} қатысты.</translation>
    </message>
    <message>
        <source>report.figure.diameter</source>
        <extracomment>diameter</extracomment>
        <translation>диаметр</translation>
    </message>
    <message>
        <source>report.figure.height</source>
        <extracomment>height</extracomment>
        <translation>биіктік</translation>
    </message>
    <message>
        <source>report.figure.liftoff_mass</source>
        <extracomment>liftoff mass</extracomment>
        <translation>ұшу массасы</translation>
    </message>
    <message>
        <source>report.figure.liftoff_thrust</source>
        <extracomment>liftoff thrust</extracomment>
        <translation>ұшу тартымы</translation>
    </message>
    <message>
        <source>report.finding.cadence</source>
        <extracomment>Pad {pad} would see up to {rate:g} launches a year from {period_start} to {period_end} ({count} allocations, {own} of them yours), more than its cadence of {cadence:g} a year.</extracomment>
        <translation>{pad} алаңынан {period_start} – {period_end} аралығында жылына {rate:g} ұшыруға дейін жүргізілер еді ({count} бекіту, оның {own} сіздікі), бұл оның жылына {cadence:g} ұшыру жиілігінен көп.</translation>
    </message>
    <message>
        <source>report.finding.overlap.both</source>
        <extracomment>Your allocation of pad {pad} for {vehicle} ({start} to {end}) overlaps another allocation on pad {pad} from {overlap_start} to {overlap_end} ({days} days); both are exclusive.</extracomment>
        <translation>Сіздің {vehicle} үшін {pad} алаңын бекітуіңіз ({start} – {end}) {pad} алаңындағы басқа бекітумен {overlap_start} – {overlap_end} аралығында қабаттасады ({days} күн); екеуі де жеке.</translation>
    </message>
    <message>
        <source>report.finding.overlap.theirs</source>
        <extracomment>Your allocation of pad {pad} for {vehicle} ({start} to {end}) overlaps another allocation on pad {pad} from {overlap_start} to {overlap_end} ({days} days); the other allocation is exclusive.</extracomment>
        <translation>Сіздің {vehicle} үшін {pad} алаңын бекітуіңіз ({start} – {end}) {pad} алаңындағы басқа бекітумен {overlap_start} – {overlap_end} аралығында қабаттасады ({days} күн); басқа бекіту жеке.</translation>
    </message>
    <message>
        <source>report.finding.overlap.yours</source>
        <extracomment>Your allocation of pad {pad} for {vehicle} ({start} to {end}) overlaps another allocation on pad {pad} from {overlap_start} to {overlap_end} ({days} days); yours is exclusive.</extracomment>
        <translation>Сіздің {vehicle} үшін {pad} алаңын бекітуіңіз ({start} – {end}) {pad} алаңындағы басқа бекітумен {overlap_start} – {overlap_end} аралығында қабаттасады ({days} күн); сіздікі жеке.</translation>
    </message>
    <message>
        <source>report.finding.safety.intraline.theirs</source>
        <extracomment>Another tenant&apos;s vehicle on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) from your pad {target_pad}, where your {target_vehicle} is fuelled at the same time (intraline, the larger of the two, 14 CFR 420 Table E-3), but it is {actual_m:,.0f} m away from {period_start} to {period_end}.</extracomment>
        <translation>Басқа жалға алушының {pad} алаңындағы зымыран тасығышына сіздің {target_vehicle} зымыран тасығышыңызға бір мезгілде отын құйылатын {target_pad} алаңыңыздан {required_m:,.0f} м ({required_ft:,.0f} фут) қажет (ішкі қашықтық, екеуінің үлкені, 14 CFR 420, E-3 кестесі), бірақ {period_start} – {period_end} аралығында ол {actual_m:,.0f} м қашықтықта.</translation>
    </message>
    <message>
        <source>report.finding.safety.intraline.yours</source>
        <extracomment>Your {vehicle} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) from pad {target_pad}, where another tenant&apos;s vehicle is fuelled at the same time (intraline, the larger of the two, 14 CFR 420 Table E-3), but it is {actual_m:,.0f} m away from {period_start} to {period_end}.</extracomment>
        <translation>{pad} алаңындағы сіздің {vehicle} зымыран тасығышыңызға басқа жалға алушының зымыран тасығышына бір мезгілде отын құйылатын {target_pad} алаңынан {required_m:,.0f} м ({required_ft:,.0f} фут) қажет (ішкі қашықтық, екеуінің үлкені, 14 CFR 420, E-3 кестесі), бірақ {period_start} – {period_end} аралығында ол {actual_m:,.0f} м қашықтықта.</translation>
    </message>
    <message>
        <source>report.finding.safety.public_area.theirs</source>
        <extracomment>Another tenant&apos;s vehicle on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to any public area, but your pad {target_pad} is {actual_m:,.0f} m away from {period_start} to {period_end} (land of another tenant is public, 14 CFR 420.5).</extracomment>
        <translation>Басқа жалға алушының {pad} алаңындағы зымыран тасығышына кез келген қоғамдық аймаққа дейін {required_m:,.0f} м ({required_ft:,.0f} фут) қажет, бірақ {period_start} – {period_end} аралығында сіздің {target_pad} алаңыңыз {actual_m:,.0f} м қашықтықта (басқа жалға алушының жері қоғамдық болып саналады, 14 CFR 420.5).</translation>
    </message>
    <message>
        <source>report.finding.safety.public_area.yours</source>
        <extracomment>Your {vehicle} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to any public area, but pad {target_pad}, held by another tenant, is {actual_m:,.0f} m away from {period_start} to {period_end} (land of another tenant is public, 14 CFR 420.5).</extracomment>
        <translation>{pad} алаңындағы сіздің {vehicle} зымыран тасығышыңызға кез келген қоғамдық аймаққа дейін {required_m:,.0f} м ({required_ft:,.0f} фут) қажет, бірақ {period_start} – {period_end} аралығында басқа жалға алушы иеленген {target_pad} алаңы {actual_m:,.0f} м қашықтықта (басқа жалға алушының жері қоғамдық болып саналады, 14 CFR 420.5).</translation>
    </message>
    <message>
        <source>report.finding.withheld</source>
        <extracomment>{title}: concerns your allocation of pad {pad} for {vehicle} ({start} to {end}) and {others} {others:plural:allocation|allocations} of other tenants; their details are not part of this report.</extracomment>
        <translation>{title}: {pad} алаңын {vehicle} үшін бекітуіңізге ({start} – {end}) және басқа жалға алушылардың {others} {others:plural:бекітуіне} қатысты; олардың мәліметтері бұл есепке кірмейді.</translation>
    </message>
    <message>
        <source>report.finding.withheld.tenant</source>
        <extracomment>{title}: concerns {tenant} and {others} {others:plural:allocation|allocations} of other tenants; their details are not part of this report.</extracomment>
        <translation>{title}: {tenant} және басқа жалға алушылардың {others} {others:plural:бекітуіне} қатысты; олардың мәліметтері бұл есепке кірмейді.</translation>
    </message>
    <message>
        <source>report.findings.checks</source>
        <extracomment>What it checks</extracomment>
        <translation>Нені тексереді</translation>
    </message>
    <message>
        <source>report.findings.count</source>
        <extracomment>Findings</extracomment>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>report.findings.errors</source>
        <extracomment>Errors ({count:,})</extracomment>
        <translation>Қателер ({count:,})</translation>
    </message>
    <message>
        <source>report.findings.finding</source>
        <extracomment>Finding and reason</extracomment>
        <translation>Ескерту және себебі</translation>
    </message>
    <message>
        <source>report.findings.heading</source>
        <extracomment>Findings</extracomment>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>report.findings.intro</source>
        <extracomment>What the rule check finds wrong with the plan as of {at}, for the allocations of the period: {errors:,} {errors:plural:error|errors}, {warnings:,} {warnings:plural:warning|warnings} and {notes:,} {notes:plural:note|notes}. Errors must be resolved before an allocation is signed; warnings ask for a look.</extracomment>
        <translation>Ережелерді тексеру {at} күнгі жоспардан кезең бекітулері үшін тапқан кемшіліктер: {errors:,} {errors:plural:қате}, {warnings:,} {warnings:plural:ескерту} және {notes:,} {notes:plural:түсініктеме}. Қателер бекітуге қол қойылғанға дейін жойылуы тиіс; ескертулер назар аударуды қажет етеді.</translation>
    </message>
    <message>
        <source>report.findings.more</source>
        <extracomment>The first {shown:,} of {total:,} findings of this rule are listed; cosmoplan check lists them all.</extracomment>
        <translation>Осы ереженің {total:,} ескертуінің алғашқы {shown:,} ескертуі келтірілген; cosmoplan check барлығын шығарады.</translation>
    </message>
    <message>
        <source>report.findings.none</source>
        <extracomment>No findings.</extracomment>
        <translation>Ескертулер жоқ.</translation>
    </message>
    <message>
        <source>report.findings.notes</source>
        <extracomment>Notes ({count:,})</extracomment>
        <translation>Түсініктемелер ({count:,})</translation>
    </message>
    <message>
        <source>report.findings.severity</source>
        <extracomment>Severity</extracomment>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <source>report.findings.warnings</source>
        <extracomment>Warnings ({count:,})</extracomment>
        <translation>Ескертулер ({count:,})</translation>
    </message>
    <message>
        <source>report.footer.generated</source>
        <extracomment>Generated {when} · cosmoplan {version}</extracomment>
        <translation>Жасалған уақыты {when} · cosmoplan {version}</translation>
    </message>
    <message>
        <source>report.footer.page</source>
        <extracomment>Page {page} of {pages}</extracomment>
        <translation>{pages} беттің {page}-беті</translation>
    </message>
    <message>
        <source>report.glossary.allocation.term</source>
        <extracomment>Allocation</extracomment>
        <translation>Бекіту</translation>
    </message>
    <message>
        <source>report.glossary.allocation.text</source>
        <extracomment>A pad given to a tenant&apos;s vehicle for a period, with a status and an annual fee.</extracomment>
        <translation>Жалға алушының зымыран-тасығышына белгілі бір кезеңге бекітілген ұшыру алаңы; мәртебесі мен жылдық төлемі бар.</translation>
    </message>
    <message>
        <source>report.glossary.allocationstatus.active</source>
        <extracomment>Signed allocation in force: the tenant uses the pad.</extracomment>
        <translation>Күшіне енген қол қойылған бекіту: жалға алушы алаңды пайдаланады.</translation>
    </message>
    <message>
        <source>report.glossary.allocationstatus.cancelled</source>
        <extracomment>Allocation withdrawn; it holds nothing.</extracomment>
        <translation>Кері қайтарылған бекіту; ештеңені ұстамайды.</translation>
    </message>
    <message>
        <source>report.glossary.allocationstatus.ended</source>
        <extracomment>Allocation whose period is over; it holds the pad no more.</extracomment>
        <translation>Кезеңі аяқталған бекіту; алаңды енді ұстамайды.</translation>
    </message>
    <message>
        <source>report.glossary.allocationstatus.proposed</source>
        <extracomment>Allocation offered or asked for, not yet agreed.</extracomment>
        <translation>Ұсынылған немесе сұралған, әлі келісілмеген бекіту.</translation>
    </message>
    <message>
        <source>report.glossary.allocationstatus.reserved</source>
        <extracomment>Allocation held for the tenant while the contract is made.</extracomment>
        <translation>Шарт дайындалып жатқанда жалға алушыға сақталған бекіту.</translation>
    </message>
    <message>
        <source>report.glossary.allocationstatus.signed</source>
        <extracomment>Allocation agreed by contract; the pad is committed.</extracomment>
        <translation>Шартпен келісілген бекіту; алаң бекітілген.</translation>
    </message>
    <message>
        <source>report.glossary.corridor.term</source>
        <extracomment>Flight corridor</extracomment>
        <translation>Ұшу дәлізі</translation>
    </message>
    <message>
        <source>report.glossary.corridor.text</source>
        <extracomment>The strip of ground a vehicle flies over on its launch azimuth, where stages and debris may fall.</extracomment>
        <translation>Зымыран ұшыру азимуты бойынша ұшып өтетін, сатылары мен сынықтары түсуі мүмкін жер жолағы.</translation>
    </message>
    <message>
        <source>report.glossary.exclusive.term</source>
        <extracomment>Exclusive</extracomment>
        <translation>Айрықша</translation>
    </message>
    <message>
        <source>report.glossary.exclusive.text</source>
        <extracomment>An allocation that gives the pad to one tenant alone for its period; others may share a pad.</extracomment>
        <translation>Алаңды бүкіл кезеңге бір ғана жалға алушыға беретін бекіту; басқалары алаңды бөлісе алады.</translation>
    </message>
    <message>
        <source>report.glossary.hazard_area.term</source>
        <extracomment>Hazard area</extracomment>
        <translation>Қауіпті аймақ</translation>
    </message>
    <message>
        <source>report.glossary.hazard_area.text</source>
        <extracomment>The area around a fuelled pad or a propellant store within its public-area distance, where no public may be.</extracomment>
        <translation>Жанармай құйылған алаңның немесе отын қоймасының айналасындағы, көпшілік орындарына дейінгі қашықтық шегіндегі бөгде адамдар болмауы тиіс аумақ.</translation>
    </message>
    <message>
        <source>report.glossary.heading</source>
        <extracomment>Glossary</extracomment>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>report.glossary.intraline.term</source>
        <extracomment>Intraline distance</extracomment>
        <translation>Объектішілік қашықтық</translation>
    </message>
    <message>
        <source>report.glossary.intraline.text</source>
        <extracomment>The least distance between two hazardous operations of the site, such as two pads where vehicles are fuelled at the same time, so that an accident at one does not spread to the other (14 CFR 420, Table E-3).</extracomment>
        <translation>Ғарыш айлағындағы екі қауіпті операцияның, мысалы зымырандарға бір мезгілде жанармай құйылатын екі алаңның, арасындағы ең аз қашықтық: біріндегі апат екіншісіне тарамауы үшін (14 CFR 420, E-3 кестесі).</translation>
    </message>
    <message>
        <source>report.glossary.intro</source>
        <extracomment>The terms of this report, then the statuses it uses.</extracomment>
        <translation>Осы есептің терминдері, содан кейін ондағы мәртебелер.</translation>
    </message>
    <message>
        <source>report.glossary.knowledge_date.term</source>
        <extracomment>Knowledge date</extracomment>
        <translation>Деректердің өзектілік күні</translation>
    </message>
    <message>
        <source>report.glossary.knowledge_date.text</source>
        <extracomment>The date of the newest fact in the plan&apos;s data; later states are assumptions.</extracomment>
        <translation>Жоспар деректеріндегі ең жаңа деректің күні; одан кейінгі жағдайлар — болжамдар.</translation>
    </message>
    <message>
        <source>report.glossary.meaning</source>
        <extracomment>Meaning</extracomment>
        <translation>Мағынасы</translation>
    </message>
    <message>
        <source>report.glossary.oez.term</source>
        <extracomment>OEZ (overflight exclusion zone)</extracomment>
        <translation>ҰТА (ұшып өтуге тыйым салынған аймақ)</translation>
    </message>
    <message>
        <source>report.glossary.oez.text</source>
        <extracomment>The part of a flight corridor next to the pad that is closed to people and traffic during a launch; the map gives its length in kilometres.</extracomment>
        <translation>Ұшу дәлізінің алаңға жақын, ұшыру кезінде адамдар мен көлікке жабылатын бөлігі; картада оның ұзындығы километрмен берілген.</translation>
    </message>
    <message>
        <source>report.glossary.padstatus.active</source>
        <extracomment>Pad ready for launches.</extracomment>
        <translation>Алаң ұшыруға дайын.</translation>
    </message>
    <message>
        <source>report.glossary.padstatus.damaged</source>
        <extracomment>Pad damaged; not usable until repaired.</extracomment>
        <translation>Алаң зақымдалған; жөнделгенге дейін пайдаланылмайды.</translation>
    </message>
    <message>
        <source>report.glossary.padstatus.destroyed</source>
        <extracomment>Pad beyond repair.</extracomment>
        <translation>Алаңды қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <source>report.glossary.padstatus.inactive</source>
        <extracomment>Pad intact but out of use; it could be brought back.</extracomment>
        <translation>Алаң бүтін, бірақ пайдаланылмайды; оны қайта іске қосуға болады.</translation>
    </message>
    <message>
        <source>report.glossary.padstatus.museum</source>
        <extracomment>Pad kept as a monument; not usable.</extracomment>
        <translation>Алаң ескерткіш ретінде сақталады; пайдаланылмайды.</translation>
    </message>
    <message>
        <source>report.glossary.padstatus.under-modernisation</source>
        <extracomment>Pad being rebuilt or upgraded; not usable meanwhile.</extracomment>
        <translation>Алаң қайта салынуда немесе жаңғыртылуда; осы уақытта пайдаланылмайды.</translation>
    </message>
    <message>
        <source>report.glossary.public_area.term</source>
        <extracomment>Public-area distance</extracomment>
        <translation>Көпшілік орындарына дейінгі қашықтық</translation>
    </message>
    <message>
        <source>report.glossary.public_area.text</source>
        <extracomment>The least distance from a hazardous operation (a fuelled vehicle on its pad, a propellant store) to any place open to the public: towns, roads, the land of another tenant. It grows with the explosive quantity (14 CFR 420, Tables E-1 and E-2).</extracomment>
        <translation>Қауіпті операциядан (алаңдағы жанармай құйылған зымыран, отын қоймасы) кез келген көпшілікке ашық орынға дейінгі ең аз қашықтық: қалалар, жолдар, басқа жалға алушының жері. Жарылғыш зат мөлшерімен бірге өседі (14 CFR 420, E-1 және E-2 кестелері).</translation>
    </message>
    <message>
        <source>report.glossary.qd.term</source>
        <extracomment>Quantity-distance (Q-D)</extracomment>
        <translation>Мөлшер — қашықтық (Q-D)</translation>
    </message>
    <message>
        <source>report.glossary.qd.text</source>
        <extracomment>The safety distances that follow from the net explosive weight of a propellant load: public-area and intraline distances among them.</extracomment>
        <translation>Отындағы жарылғыш заттың салмағынан туындайтын қауіпсіз қашықтықтар, соның ішінде көпшілік орындарына дейінгі және объектішілік қашықтықтар.</translation>
    </message>
    <message>
        <source>report.glossary.severity.error</source>
        <extracomment>A finding that the plan breaks a rule and must change.</extracomment>
        <translation>Жоспар ережені бұзатыны және өзгеруі тиіс екені туралы ескерту.</translation>
    </message>
    <message>
        <source>report.glossary.severity.error.term</source>
        <extracomment>Error</extracomment>
        <translation>Қате</translation>
    </message>
    <message>
        <source>report.glossary.severity.info</source>
        <extracomment>A finding for information (a check that could not be made).</extracomment>
        <translation>Мәлімет үшін ескерту (мысалы, тексеру жүргізілмеді).</translation>
    </message>
    <message>
        <source>report.glossary.severity.info.term</source>
        <extracomment>Note</extracomment>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>report.glossary.severity.warning</source>
        <extracomment>A finding to look at before deciding.</extracomment>
        <translation>Шешім қабылдар алдында қарау керек ескерту.</translation>
    </message>
    <message>
        <source>report.glossary.severity.warning.term</source>
        <extracomment>Warning</extracomment>
        <translation>Сақтандыру</translation>
    </message>
    <message>
        <source>report.glossary.sez.term</source>
        <extracomment>Special economic zone (SEZ)</extracomment>
        <translation>Арнайы экономикалық аймақ (АЭА)</translation>
    </message>
    <message>
        <source>report.glossary.sez.text</source>
        <extracomment>The area of the site set aside for new tenants under the special economic zone&apos;s terms.</extracomment>
        <translation>Ғарыш айлағының арнайы экономикалық аймақ шарттарымен жаңа жалға алушыларға бөлінген бөлігі.</translation>
    </message>
    <message>
        <source>report.glossary.term</source>
        <extracomment>Term</extracomment>
        <translation>Термин</translation>
    </message>
    <message>
        <source>report.glossary.tnt.term</source>
        <extracomment>TNT equivalent</extracomment>
        <translation>Тротил баламасы</translation>
    </message>
    <message>
        <source>report.glossary.tnt.text</source>
        <extracomment>A propellant load&apos;s explosive yield given as the mass of TNT with the same blast; the net explosive weight the distances are computed from.</extracomment>
        <translation>Отынның жарылыс қуаты, дәл сондай әсер беретін тротил массасымен өрнектелген; қашықтықтар осы массадан есептеледі.</translation>
    </message>
    <message>
        <source>report.glossary.utilisation.term</source>
        <extracomment>Utilisation</extracomment>
        <translation>Жүктелу</translation>
    </message>
    <message>
        <source>report.glossary.utilisation.text</source>
        <extracomment>The share of a pad&apos;s usable days in the period on which it is allocated.</extracomment>
        <translation>Кезеңдегі алаңның жарамды күндерінің ол бекітілген күндерге келетін үлесі.</translation>
    </message>
    <message>
        <source>report.glossary.withheld.term</source>
        <extracomment>Not available to you</extracomment>
        <translation>Сізге қолжетімсіз</translation>
    </message>
    <message>
        <source>report.glossary.withheld.text</source>
        <extracomment>In a tenant report: the pad is booked by someone else in that period; who, how and on which days is not part of the report.</extracomment>
        <translation>Жалға алушыға арналған есепте: бұл кезеңде алаңды басқа біреу алған; кім, қалай және қай күндері — есепке кірмейді.</translation>
    </message>
    <message>
        <source>report.map.as_of</source>
        <extracomment>As of {day}</extracomment>
        <translation>{day} күнгі жағдай</translation>
    </message>
    <message>
        <source>report.map.caption</source>
        <extracomment>Pads coloured by the tenant occupying them on {at}: solid for signed or active allocations, pale with a dashed outline for proposed or reserved ones (not signed). Pads ready for use and not allocated are white; pads that cannot be used are grey by their state, or ringed in the colour of their state when a tenant holds them. Flight corridors are labelled with their pad and vehicle. Zones and areas as in force on that day.</extracomment>
        <translation>Алаңдар {at} күні оларды иеленген жалға алушы бойынша боялған: тұтас — қол қойылған немесе күшіндегі бекітулер, пунктир контурлы ақшыл — ұсынылған немесе брондалған (қол қойылмаған). Пайдалануға дайын және бекітілмеген алаңдар — ақ; пайдалануға болмайтын алаңдар күйіне қарай сұр немесе оны жалға алушы иеленсе, күйінің түсімен сызылған. Ұшу дәліздеріне алаңы мен зымыран тасығышы жазылған. Аймақтар мен аумақтар сол күнгі күшіндегідей.</translation>
    </message>
    <message>
        <source>report.map.caption_tenant</source>
        <extracomment>Pads held by other tenants are only marked as not available to you.</extracomment>
        <translation>Басқа жалға алушылардың алаңдары тек сізге қолжетімсіз деп белгіленген.</translation>
    </message>
    <message>
        <source>report.map.corridor</source>
        <extracomment>{vehicle_class} · {azimuth} · OEZ {km} km</extracomment>
        <translation>{vehicle_class} · {azimuth} · оқшаулау аймағы {km} км</translation>
    </message>
    <message>
        <source>report.map.group.areas</source>
        <extracomment>Sites and areas</extracomment>
        <translation>Алаңдар мен аумақтар</translation>
    </message>
    <message>
        <source>report.map.group.infrastructure</source>
        <extracomment>Infrastructure</extracomment>
        <translation>Инфрақұрылым</translation>
    </message>
    <message>
        <source>report.map.group.pads</source>
        <extracomment>Launch pads</extracomment>
        <translation>Ұшыру алаңдары</translation>
    </message>
    <message>
        <source>report.map.group.safety</source>
        <extracomment>Safety</extracomment>
        <translation>Қауіпсіздік</translation>
    </message>
    <message>
        <source>report.map.heading</source>
        <extracomment>Site map</extracomment>
        <translation>Ғарыш айлағының картасы</translation>
    </message>
    <message>
        <source>report.map.inset</source>
        <extracomment>Inset {letter}: {names}.</extracomment>
        <translation>{letter} қосымша картасы: {names}.</translation>
    </message>
    <message>
        <source>report.map.insets_caption</source>
        <extracomment>Where pads crowd on the site map, these insets show them at a larger scale; each is outlined and lettered on the site map, and its pads are named here. Colours and symbols as in the legend of the site map.</extracomment>
        <translation>Алаң картасында ұшыру алаңдары тығыз орналасқан жерлерді бұл қосымша карталар ірірек масштабта көрсетеді; әрқайсысы алаң картасында қоршалып, әріппен белгіленген, ал оның ұшыру алаңдарының атаулары осында берілген. Түстер мен белгілер алаң картасының шартты белгілеріндегідей.</translation>
    </message>
    <message>
        <source>report.map.insets_heading</source>
        <extracomment>Site map: insets</extracomment>
        <translation>Алаң картасы: қосымша карталар</translation>
    </message>
    <message>
        <source>report.map.legend.corridor</source>
        <extracomment>Flight corridor</extracomment>
        <translation>Ұшу дәлізі</translation>
    </message>
    <message>
        <source>report.map.legend.exclusion</source>
        <extracomment>Overflight exclusion zone</extracomment>
        <translation>Ұшу жолы астындағы оқшаулау аймағы</translation>
    </message>
    <message>
        <source>report.map.legend.free</source>
        <extracomment>Available</extracomment>
        <translation>Бос</translation>
    </message>
    <message>
        <source>report.map.legend.hazard</source>
        <extracomment>Hazard area (public distance)</extracomment>
        <translation>Қауіпті аймақ (қоғамдық орындарға дейінгі қашықтық)</translation>
    </message>
    <message>
        <source>report.map.legend.held_unusable</source>
        <extracomment>{tenant} (pad {state})</extracomment>
        <translation>{tenant} (алаң: {state})</translation>
    </message>
    <message>
        <source>report.map.legend.not_in_force</source>
        <extracomment>{layer} (not in force)</extracomment>
        <translation>{layer} (күшінде емес)</translation>
    </message>
    <message>
        <source>report.map.legend.not_in_service</source>
        <extracomment>{layer} (not in service)</extracomment>
        <translation>{layer} (пайдаланылмайды)</translation>
    </message>
    <message>
        <source>report.map.legend.unsigned</source>
        <extracomment>{tenant} (not signed)</extracomment>
        <translation>{tenant} (қол қойылмаған)</translation>
    </message>
    <message>
        <source>report.map.legend.unsigned_unusable</source>
        <extracomment>{tenant} (not signed, pad {state})</extracomment>
        <translation>{tenant} (қол қойылмаған, алаң: {state})</translation>
    </message>
    <message>
        <source>report.map.legend.unusable</source>
        <extracomment>Not available: {state}</extracomment>
        <translation>Қолжетімсіз: {state}</translation>
    </message>
    <message>
        <source>report.map.legend.withheld</source>
        <extracomment>Not available to you</extracomment>
        <translation>Сізге қолжетімсіз</translation>
    </message>
    <message>
        <source>report.map.see_insets</source>
        <extracomment>Crowded pads are named in the insets on the next page.</extracomment>
        <translation>Тығыз орналасқан ұшыру алаңдарының атаулары келесі беттегі қосымша карталарда берілген.</translation>
    </message>
    <message>
        <source>report.map.title</source>
        <extracomment>Site map as of {at}</extracomment>
        <translation>Ғарыш айлағының {at} күнгі картасы</translation>
    </message>
    <message>
        <source>report.no_sections</source>
        <extracomment>Choose at least one section for the report.</extracomment>
        <translation>Есеп үшін кемінде бір бөлімді таңдаңыз.</translation>
    </message>
    <message>
        <source>report.pad.any_propellant</source>
        <extracomment>Any (no stated limit)</extracomment>
        <translation>Кез келген (шектеу көрсетілмеген)</translation>
    </message>
    <message>
        <source>report.pad.azimuth</source>
        <extracomment>Launch azimuth (°)</extracomment>
        <translation>Ұшыру азимуты (°)</translation>
    </message>
    <message>
        <source>report.pad.azimuth_range</source>
        <extracomment>{low:g}–{high:g}</extracomment>
        <translation>{low:g}–{high:g}</translation>
    </message>
    <message>
        <source>report.pad.cadence</source>
        <extracomment>Launches a year</extracomment>
        <translation>Жылына ұшырулар</translation>
    </message>
    <message>
        <source>report.pad.diameter</source>
        <extracomment>Diameter (m)</extracomment>
        <translation>Диаметрі (м)</translation>
    </message>
    <message>
        <source>report.pad.height</source>
        <extracomment>Height (m)</extracomment>
        <translation>Биіктігі (м)</translation>
    </message>
    <message>
        <source>report.pad.mass</source>
        <extracomment>Lift-off mass (t)</extracomment>
        <translation>Ұшу массасы (т)</translation>
    </message>
    <message>
        <source>report.pad.no_limit</source>
        <extracomment>no stated limit</extracomment>
        <translation>шектеу көрсетілмеген</translation>
    </message>
    <message>
        <source>report.pad.over</source>
        <extracomment>{value} (over the limit)</extracomment>
        <translation>{value} (шектеуден асады)</translation>
    </message>
    <message>
        <source>report.pad.propellants</source>
        <extracomment>Propellants</extracomment>
        <translation>Отын құрамдастары</translation>
    </message>
    <message>
        <source>report.pad.thrust</source>
        <extracomment>Lift-off thrust (kN)</extracomment>
        <translation>Ұшу тартымы (кН)</translation>
    </message>
    <message>
        <source>report.pad.unknown</source>
        <extracomment>not known</extracomment>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>report.pad.up_to</source>
        <extracomment>up to {value}</extracomment>
        <translation>{value} дейін</translation>
    </message>
    <message>
        <source>report.pads.bookings</source>
        <extracomment>Bookings in the period</extracomment>
        <translation>Кезеңдегі бекітулер</translation>
    </message>
    <message>
        <source>report.pads.capabilities</source>
        <extracomment>What the pad can launch</extracomment>
        <translation>Алаң нені ұшыра алады</translation>
    </message>
    <message>
        <source>report.pads.capability</source>
        <extracomment>Capability</extracomment>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>report.pads.complex</source>
        <extracomment>Launch complex</extracomment>
        <translation>Ұшыру кешені</translation>
    </message>
    <message>
        <source>report.pads.finding</source>
        <extracomment>Finding and reason</extracomment>
        <translation>Ескерту және себебі</translation>
    </message>
    <message>
        <source>report.pads.findings</source>
        <extracomment>Findings</extracomment>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>report.pads.from</source>
        <extracomment>From</extracomment>
        <translation>Басы</translation>
    </message>
    <message>
        <source>report.pads.heading</source>
        <extracomment>Pads</extracomment>
        <translation>Алаңдар</translation>
    </message>
    <message>
        <source>report.pads.history</source>
        <extracomment>Status history</extracomment>
        <translation>Мәртебелер тарихы</translation>
    </message>
    <message>
        <source>report.pads.intro</source>
        <extracomment>A page for each of the {count:,} {count:plural:pad|pads}: what it can launch beside the vehicles booked on it, its status over time, its bookings in the period and the findings about it.</extracomment>
        <translation>{count:,} {count:plural:алаңның} әрқайсысына бір беттен: ол нені ұшыра алады (онда бекітілген зымыран тасығыштармен салыстырғанда), уақыт бойынша мәртебесі, кезеңдегі бекітулері және ол туралы ескертулер.</translation>
    </message>
    <message>
        <source>report.pads.intro_tenant</source>
        <extracomment>A page for each of the {count:,} {count:plural:pad|pads} you are booked on: what it can launch beside your vehicles, its status over time, your bookings and the periods it is not available to you.</extracomment>
        <translation>Сізде бекітулер бар {count:,} {count:plural:алаңның} әрқайсысына бір беттен: ол нені ұшыра алады (сіздің зымыран тасығыштарыңызбен салыстырғанда), уақыт бойынша мәртебесі, сіздің бекітулеріңіз және ол сізге қолжетімсіз кезеңдер.</translation>
    </message>
    <message>
        <source>report.pads.limit</source>
        <extracomment>Pad limit</extracomment>
        <translation>Алаң шектеуі</translation>
    </message>
    <message>
        <source>report.pads.location</source>
        <extracomment>Location</extracomment>
        <translation>Орналасуы</translation>
    </message>
    <message>
        <source>report.pads.name</source>
        <extracomment>Name</extracomment>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>report.pads.no_bookings</source>
        <extracomment>No booking in the period.</extracomment>
        <translation>Кезеңде бекітулер жоқ.</translation>
    </message>
    <message>
        <source>report.pads.no_history</source>
        <extracomment>No status is recorded: the pad counts as inactive.</extracomment>
        <translation>Мәртебе жазылмаған: алаң белсенді емес деп есептеледі.</translation>
    </message>
    <message>
        <source>report.pads.note</source>
        <extracomment>Note</extracomment>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>report.pads.open</source>
        <extracomment>open</extracomment>
        <translation>шектелмеген</translation>
    </message>
    <message>
        <source>report.pads.pad</source>
        <extracomment>Pad {code}</extracomment>
        <translation>{code} алаңы</translation>
    </message>
    <message>
        <source>report.pads.severity</source>
        <extracomment>Severity</extracomment>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <source>report.pads.state</source>
        <extracomment>Status</extracomment>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>report.pads.status</source>
        <extracomment>Status on {day}</extracomment>
        <translation>{day} күнгі мәртебесі</translation>
    </message>
    <message>
        <source>report.pads.to</source>
        <extracomment>To</extracomment>
        <translation>Соңы</translation>
    </message>
    <message>
        <source>report.pads.use</source>
        <extracomment>Use</extracomment>
        <translation>Пайдалану</translation>
    </message>
    <message>
        <source>report.pads.withheld</source>
        <extracomment>Other use of the pad</extracomment>
        <translation>Алаңды басқа пайдалану</translation>
    </message>
    <message>
        <source>report.pads.withheld_text</source>
        <extracomment>Not available to you</extracomment>
        <translation>Сізге қолжетімсіз</translation>
    </message>
    <message>
        <source>report.period_reversed</source>
        <extracomment>The report period ends ({end}) before it starts ({start}).</extracomment>
        <translation>Есеп кезеңі басталмай ({start}) тұрып аяқталады ({end}).</translation>
    </message>
    <message>
        <source>report.period_too_long</source>
        <extracomment>The report period runs from {start} to {end}; a report covers at most {years} years.</extracomment>
        <translation>Есеп кезеңі {start} – {end}; есеп ең көбі {years} жылды қамтиды.</translation>
    </message>
    <message>
        <source>report.scenario</source>
        <extracomment>Scenario: {name} — not the plan</extracomment>
        <translation>Сценарий: {name} — жоспар емес</translation>
    </message>
    <message>
        <source>report.section.allocations</source>
        <extracomment>Allocation table</extracomment>
        <translation>Бекітулер кестесі</translation>
    </message>
    <message>
        <source>report.section.contents</source>
        <extracomment>Contents</extracomment>
        <translation>Мазмұны</translation>
    </message>
    <message>
        <source>report.section.control</source>
        <extracomment>Document control</extracomment>
        <translation>Құжатты бақылау</translation>
    </message>
    <message>
        <source>report.section.cover</source>
        <extracomment>Cover</extracomment>
        <translation>Мұқаба</translation>
    </message>
    <message>
        <source>report.section.executive</source>
        <extracomment>Executive summary</extracomment>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <source>report.section.findings</source>
        <extracomment>Findings</extracomment>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>report.section.glossary</source>
        <extracomment>Glossary</extracomment>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>report.section.map</source>
        <extracomment>Site map</extracomment>
        <translation>Ғарыш айлағының картасы</translation>
    </message>
    <message>
        <source>report.section.pads</source>
        <extracomment>Pad pages</extracomment>
        <translation>Алаң беттері</translation>
    </message>
    <message>
        <source>report.section.sources</source>
        <extracomment>Sources</extracomment>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>report.section.summary</source>
        <extracomment>Summary figures</extracomment>
        <translation>Жиынтық көрсеткіштер</translation>
    </message>
    <message>
        <source>report.section.tenants</source>
        <extracomment>Tenant sections</extracomment>
        <translation>Жалға алушылар бөлімдері</translation>
    </message>
    <message>
        <source>report.section.timeline</source>
        <extracomment>Timeline</extracomment>
        <translation>Уақыт кестесі</translation>
    </message>
    <message>
        <source>report.since.not_a_hash</source>
        <extracomment>An earlier report is named by its plan file or by the SHA-256 on its cover (got {since!r}).</extracomment>
        <translation>Алдыңғы есеп оның жоспар файлымен немесе мұқабасындағы SHA-256 арқылы көрсетіледі (берілгені {since!r}).</translation>
    </message>
    <message>
        <source>report.sources.confidence</source>
        <extracomment>Confidence</extracomment>
        <translation>Сенімділік</translation>
    </message>
    <message>
        <source>report.sources.heading</source>
        <extracomment>Sources</extracomment>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>report.sources.intro</source>
        <extracomment>Each object of this report with the sources of its data (keys, explained under References) and how far the data can be trusted. Schematic: drawn to show where a thing is, not its exact shape.</extracomment>
        <translation>Осы есептің әр нысаны, оның деректерінің дереккөздері («Сілтемелер» бөлімінде түсіндірілген кілттер) және олардың сенімділік дәрежесі. Сызбалық: нысанның нақты пішінін емес, қайда орналасқанын көрсету үшін салынған.</translation>
    </message>
    <message>
        <source>report.sources.key</source>
        <extracomment>Key</extracomment>
        <translation>Кілт</translation>
    </message>
    <message>
        <source>report.sources.keys</source>
        <extracomment>Sources</extracomment>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>report.sources.not_stated</source>
        <extracomment>not stated</extracomment>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>report.sources.object</source>
        <extracomment>Object</extracomment>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>report.sources.reference</source>
        <extracomment>Reference</extracomment>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>report.sources.references</source>
        <extracomment>References</extracomment>
        <translation>Сілтемелер</translation>
    </message>
    <message>
        <source>report.sources.schematic</source>
        <extracomment>schematic</extracomment>
        <translation>сызбалық</translation>
    </message>
    <message>
        <source>report.subject</source>
        <extracomment>{plan}: pads and tenants as of {at}, the period {start} to {end}</extracomment>
        <translation>{plan}: {at} күнгі ұшыру алаңдары мен жалға алушылар, {start} – {end} кезеңі</translation>
    </message>
    <message>
        <source>report.summary.allocated</source>
        <extracomment>{count:plural:pad|pads} allocated (signed or active)</extracomment>
        <translation>{count:plural:алаң} бекітілген (қол қойылған не қолданыста)</translation>
    </message>
    <message>
        <source>report.summary.allocations</source>
        <extracomment>{count:plural:allocation|allocations} in the period</extracomment>
        <translation>кезеңдегі {count:plural:бекіту}</translation>
    </message>
    <message>
        <source>report.summary.annual_proposed</source>
        <extracomment>Annual fees, proposed or reserved (US$)</extracomment>
        <translation>Жылдық төлемдер, ұсынылған не брондалған (АҚШ долл.)</translation>
    </message>
    <message>
        <source>report.summary.annual_signed</source>
        <extracomment>Annual fees, signed or active (US$)</extracomment>
        <translation>Жылдық төлемдер, қол қойылған не қолданыста (АҚШ долл.)</translation>
    </message>
    <message>
        <source>report.summary.booked_unusable</source>
        <extracomment>Booked, not usable</extracomment>
        <translation>Бекітілген, жарамсыз</translation>
    </message>
    <message>
        <source>report.summary.by_allocation</source>
        <extracomment>Allocations in the period by status</extracomment>
        <translation>Кезең бекітулері мәртебесі бойынша</translation>
    </message>
    <message>
        <source>report.summary.by_negotiation</source>
        <extracomment>Tenants by negotiation status</extracomment>
        <translation>Жалға алушылар келіссөз күйі бойынша</translation>
    </message>
    <message>
        <source>report.summary.by_status</source>
        <extracomment>Pads by status</extracomment>
        <translation>Алаңдар күйі бойынша</translation>
    </message>
    <message>
        <source>report.summary.count</source>
        <extracomment>Count</extracomment>
        <translation>Саны</translation>
    </message>
    <message>
        <source>report.summary.counts</source>
        <extracomment>Counts</extracomment>
        <translation>Саны</translation>
    </message>
    <message>
        <source>report.summary.days</source>
        <extracomment>Days allocated</extracomment>
        <translation>Бекітілген күн</translation>
    </message>
    <message>
        <source>report.summary.errors</source>
        <extracomment>error {count:plural:finding|findings}</extracomment>
        <translation>{count:plural:қате}</translation>
    </message>
    <message>
        <source>report.summary.fees</source>
        <extracomment>Fees</extracomment>
        <translation>Төлемдер</translation>
    </message>
    <message>
        <source>report.summary.fees_text</source>
        <extracomment>Annual fees of the allocations in force on {at}, and the fees over the period pro rata of each allocation&apos;s days in it: signed ones (signed, active, ended) apart from proposed ones (proposed, reserved). Cancelled allocations are left out. An unknown fee is shown as unknown, never as 0; ≥ marks a sum with unknown fees left out.</extracomment>
        <translation>{at} күні күшіндегі бекітулердің жылдық төлемдері және кезеңдегі төлемдер әр бекітудің кезеңдегі күндеріне пропорционал: қол қойылғандар (қол қойылған, қолданыста, аяқталған) ұсынылғандардан (ұсынылған, брондалған) бөлек. Жойылғандар есепке алынбайды. Белгісіз төлем 0 емес, белгісіз деп көрсетіледі; ≥ — белгісіз төлемдерсіз сома.</translation>
    </message>
    <message>
        <source>report.summary.free</source>
        <extracomment>{count:plural:pad|pads} ready and not allocated</extracomment>
        <translation>{count:plural:алаң} дайын, бекітілмеген</translation>
    </message>
    <message>
        <source>report.summary.heading</source>
        <extracomment>Summary</extracomment>
        <translation>Жиынтық</translation>
    </message>
    <message>
        <source>report.summary.idle</source>
        <extracomment>inactive {count:plural:pad|pads}, not allocated</extracomment>
        <translation>{count:plural:белсенді емес алаң}, бекітілмеген</translation>
    </message>
    <message>
        <source>report.summary.intro</source>
        <extracomment>Pads and tenants as of {at}; utilisation and fees over the period {start} to {end} ({days:,} {days:plural:day|days}).</extracomment>
        <translation>{at} күнгі алаңдар мен жалға алушылар; {start} – {end} кезеңіндегі жүктеме мен төлемдер ({days:,} {days:plural:күн}).</translation>
    </message>
    <message>
        <source>report.summary.intro_tenant</source>
        <extracomment>Allocations, utilisation and fees are those of {tenant} only.</extracomment>
        <translation>Бекітулер, жүктеме және төлемдер тек {tenant} жалға алушысынікі.</translation>
    </message>
    <message>
        <source>report.summary.n_a</source>
        <extracomment>not available</extracomment>
        <translation>қолжетімсіз</translation>
    </message>
    <message>
        <source>report.summary.no_fees</source>
        <extracomment>No allocation in the period.</extracomment>
        <translation>Кезеңде бекіту жоқ.</translation>
    </message>
    <message>
        <source>report.summary.no_use</source>
        <extracomment>No pad is allocated in the period.</extracomment>
        <translation>Кезеңде бірде-бір алаң бекітілмеген.</translation>
    </message>
    <message>
        <source>report.summary.none</source>
        <extracomment>none</extracomment>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>report.summary.not_available</source>
        <extracomment>{count:plural:pad|pads} not available</extracomment>
        <translation>{count:plural:алаң} қолжетімсіз</translation>
    </message>
    <message>
        <source>report.summary.pad</source>
        <extracomment>Pad</extracomment>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>report.summary.pads</source>
        <extracomment>{count:plural:pad|pads}</extracomment>
        <translation>{count:plural:алаң}</translation>
    </message>
    <message>
        <source>report.summary.period_proposed</source>
        <extracomment>Period fees, proposed (US$)</extracomment>
        <translation>Кезең төлемдері, ұсынылған (АҚШ долл.)</translation>
    </message>
    <message>
        <source>report.summary.period_signed</source>
        <extracomment>Period fees, signed (US$)</extracomment>
        <translation>Кезең төлемдері, қол қойылған (АҚШ долл.)</translation>
    </message>
    <message>
        <source>report.summary.reserved</source>
        <extracomment>{count:plural:pad|pads} proposed or reserved</extracomment>
        <translation>{count:plural:алаң} ұсынылған не брондалған</translation>
    </message>
    <message>
        <source>report.summary.share</source>
        <extracomment>Utilisation</extracomment>
        <translation>Жүктеме</translation>
    </message>
    <message>
        <source>report.summary.signed_fees</source>
        <extracomment>US$ M a year in signed fees</extracomment>
        <translation>жылына млн АҚШ долл., қол қойылған</translation>
    </message>
    <message>
        <source>report.summary.tenant</source>
        <extracomment>Tenant</extracomment>
        <translation>Жалға алушы</translation>
    </message>
    <message>
        <source>report.summary.total</source>
        <extracomment>Total</extracomment>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>report.summary.unknown</source>
        <extracomment>unknown</extracomment>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>report.summary.usable</source>
        <extracomment>Days usable</extracomment>
        <translation>Жарамды күн</translation>
    </message>
    <message>
        <source>report.summary.use_chart</source>
        <extracomment>The chart shows the {shown} most used of {count:,} pads.</extracomment>
        <translation>Диаграммада {count:,} алаңның ең көп жүктелген {shown} алаңы.</translation>
    </message>
    <message>
        <source>report.summary.use_text</source>
        <extracomment>Share of the days from {start} to {end} on which a pad can be used that it is allocated (any status but cancelled; overlapping allocations counted once). A pad that cannot be used on any of those days is not available; days booked while a pad cannot be used are counted apart.</extracomment>
        <translation>{start} – {end} аралығында алаң пайдалануға жарамды әрі бекітілген күндердің үлесі (жойылғаннан басқа кез келген мәртебе; қиылысатын бекітулер бір рет есептеледі). Бұл күндердің бірінде де жарамсыз алаң қолжетімсіз; алаң жарамсыз кездегі бекіту күндері бөлек есептеледі.</translation>
    </message>
    <message>
        <source>report.summary.utilisation</source>
        <extracomment>Utilisation of pads</extracomment>
        <translation>Алаңдардың жүктемесі</translation>
    </message>
    <message>
        <source>report.tenant_in_full</source>
        <extracomment>A full report covers every tenant; name a tenant only for a tenant report.</extracomment>
        <translation>Толық есеп барлық жалға алушыларды қамтиды; жалға алушы тек жалға алушыға арналған есеп үшін көрсетіледі.</translation>
    </message>
    <message>
        <source>report.tenant_required</source>
        <extracomment>A tenant report needs the name of the tenant it is for.</extracomment>
        <translation>Жалға алушыға арналған есеп үшін жалға алушының атауы қажет.</translation>
    </message>
    <message>
        <source>report.tenants.allocations</source>
        <extracomment>Allocations</extracomment>
        <translation>Бекітулер</translation>
    </message>
    <message>
        <source>report.tenants.diameter</source>
        <extracomment>Diameter (m)</extracomment>
        <translation>Диаметрі (м)</translation>
    </message>
    <message>
        <source>report.tenants.facts</source>
        <extracomment>{country} · {kind} · talks: {status} · {vehicles} {vehicles:plural:vehicle|vehicles}, {allocations} {allocations:plural:allocation|allocations} in the period, {findings} {findings:plural:finding|findings}</extracomment>
        <translation>{country} · {kind} · келіссөздер: {status} · {vehicles} {vehicles:plural:зымыран тасығыш}, кезеңде {allocations} {allocations:plural:бекіту}, {findings} {findings:plural:ескерту}</translation>
    </message>
    <message>
        <source>report.tenants.finding</source>
        <extracomment>Finding and reason</extracomment>
        <translation>Ескерту және себебі</translation>
    </message>
    <message>
        <source>report.tenants.findings</source>
        <extracomment>Findings</extracomment>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>report.tenants.heading</source>
        <extracomment>Tenants</extracomment>
        <translation>Жалға алушылар</translation>
    </message>
    <message>
        <source>report.tenants.height</source>
        <extracomment>Height (m)</extracomment>
        <translation>Биіктігі (м)</translation>
    </message>
    <message>
        <source>report.tenants.intro</source>
        <extracomment>{count:,} {count:plural:tenant|tenants}, by name: each with its vehicles, its allocations in the period and the findings that concern it (listed when there are at most {listed}, else counted by rule).</extracomment>
        <translation>{count:,} {count:plural:жалға алушы}, атауы бойынша: әрқайсысының зымыран тасығыштары, кезеңдегі бекітулері және оған қатысты ескертулер (саны {listed} аспаса тізілген, әйтпесе ережелер бойынша саналған).</translation>
    </message>
    <message>
        <source>report.tenants.mass</source>
        <extracomment>Lift-off mass (t)</extracomment>
        <translation>Ұшу массасы (т)</translation>
    </message>
    <message>
        <source>report.tenants.profile</source>
        <extracomment>Tenant profile</extracomment>
        <translation>Жалға алушы профилі</translation>
    </message>
    <message>
        <source>report.tenants.propellant</source>
        <extracomment>Propellant</extracomment>
        <translation>Отын құрамдастары</translation>
    </message>
    <message>
        <source>report.tenants.rate</source>
        <extracomment>Launches a year</extracomment>
        <translation>Жылына ұшырулар</translation>
    </message>
    <message>
        <source>report.tenants.severity</source>
        <extracomment>Severity</extracomment>
        <translation>Маңыздылығы</translation>
    </message>
    <message>
        <source>report.tenants.stages</source>
        <extracomment>Stages</extracomment>
        <translation>Сатылар</translation>
    </message>
    <message>
        <source>report.tenants.vehicle</source>
        <extracomment>Vehicle</extracomment>
        <translation>Зымыран тасығыш</translation>
    </message>
    <message>
        <source>report.tenants.vehicles</source>
        <extracomment>Vehicles</extracomment>
        <translation>Зымыран тасығыштар</translation>
    </message>
    <message>
        <source>report.timeline.as_of</source>
        <extracomment>As of {day}</extracomment>
        <translation>{day} күні</translation>
    </message>
    <message>
        <source>report.timeline.conflict</source>
        <extracomment>Conflict (overlap)</extracomment>
        <translation>Қайшылық (қабаттасу)</translation>
    </message>
    <message>
        <source>report.timeline.cut</source>
        <extracomment>The timeline is cut into {groups} {groups:plural:group|groups} of pads and {windows} time {windows:plural:window|windows} so that no year or row is squeezed.</extracomment>
        <translation>Уақыт шкаласы ешбір жыл мен жол сығылмас үшін {groups} алаң {groups:plural:тобына} және {windows} уақыт {windows:plural:терезесіне} бөлінген.</translation>
    </message>
    <message>
        <source>report.timeline.empty</source>
        <extracomment>No pad has allocations or outages in the period.</extracomment>
        <translation>Кезеңде ешбір алаңда бекітулер немесе тоқтап тұрулар жоқ.</translation>
    </message>
    <message>
        <source>report.timeline.heading</source>
        <extracomment>Timeline</extracomment>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <source>report.timeline.held</source>
        <extracomment>Booked while the pad is not available (error)</extracomment>
        <translation>Алаң қолжетімсіз кезде бекітілген (қате)</translation>
    </message>
    <message>
        <source>report.timeline.more_bars</source>
        <extracomment>+{count:,} more</extracomment>
        <translation>тағы +{count:,}</translation>
    </message>
    <message>
        <source>report.timeline.more_tenants</source>
        <extracomment>and {count:,} more (bars are labelled)</extracomment>
        <translation>және тағы {count:,} (жолақтарда аталған)</translation>
    </message>
    <message>
        <source>report.timeline.outage</source>
        <extracomment>Pad not available</extracomment>
        <translation>Алаң қолжетімсіз</translation>
    </message>
    <message>
        <source>report.timeline.pad</source>
        <extracomment>Pad</extracomment>
        <translation>Алаң</translation>
    </message>
    <message>
        <source>report.timeline.quarter</source>
        <extracomment>Q{quarter}</extracomment>
        <translation>{quarter}-тоқ.</translation>
    </message>
    <message>
        <source>report.timeline.sheet</source>
        <extracomment>Sheet {sheet} of {sheets}: pads {first} to {last} (rows {first_row}–{last_row} of {rows}), {start} to {end}.</extracomment>
        <translation>{sheets} парақтың {sheet}-парағы: {first} – {last} алаңдары ({rows} жолдың {first_row}–{last_row} жолдары), {start} – {end}.</translation>
    </message>
    <message>
        <source>report.timeline.withheld</source>
        <extracomment>Not available to you</extracomment>
        <translation>Сізге қолжетімсіз</translation>
    </message>
    <message>
        <source>report.title</source>
        <extracomment>Pad allocation report</extracomment>
        <translation>Ұшыру алаңдарын бекіту есебі</translation>
    </message>
    <message>
        <source>report.unknown_kind</source>
        <extracomment>A report is &apos;full&apos; or &apos;tenant&apos; (got {kind!r}).</extracomment>
        <translation>Есеп &apos;full&apos; не &apos;tenant&apos; болады ({kind!r} берілді).</translation>
    </message>
    <message>
        <source>report.unknown_language</source>
        <extracomment>There is no report language {language!r}. Languages: {known}.</extracomment>
        <translation>{language!r} есеп тілі жоқ. Тілдер: {known}.</translation>
    </message>
    <message>
        <source>report.unknown_paper</source>
        <extracomment>There is no paper size {paper!r}. Paper sizes: {known}.</extracomment>
        <translation>{paper!r} қағаз пішімі жоқ. Пішімдер: {known}.</translation>
    </message>
    <message>
        <source>report.unknown_section</source>
        <extracomment>There is no report section {section!r}. Sections: {known}.</extracomment>
        <translation>{section!r} есеп бөлімі жоқ. Бөлімдер: {known}.</translation>
    </message>
    <message>
        <source>report.unknown_tenant</source>
        <extracomment>There is no tenant {name!r} in the plan. Tenants: {known}.</extracomment>
        <translation>Жоспарда {name!r} жалға алушысы жоқ. Жалға алушылар: {known}.</translation>
    </message>
    <message>
        <source>report.write_failed</source>
        <extracomment>Cannot write the report {path}: {reason}</extracomment>
        <translation>{path} есебін жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>safety.corridor.apogee_not_applicable</source>
        <extracomment>An apogee only applies to a guided suborbital vehicle, not to the {vehicle_class} class.</extracomment>
        <translation>Апогей тек басқарылатын суборбиталық зымыранға қатысты, {vehicle_class} класына емес.</translation>
    </message>
    <message>
        <source>safety.corridor.apogee_required</source>
        <extracomment>A guided suborbital corridor needs the apogee of the final stage (km).</extracomment>
        <translation>Басқарылатын суборбиталық зымыранның дәлізі үшін соңғы сатының апогейі (км) керек.</translation>
    </message>
    <message>
        <source>safety.corridor.bad_apogee</source>
        <extracomment>The apogee must be greater than zero (got {value} km).</extracomment>
        <translation>Апогей нөлден үлкен болуы керек ({value} км берілді).</translation>
    </message>
    <message>
        <source>safety.corridor.bad_azimuth</source>
        <extracomment>The launch azimuth must be at least 0° and less than 360° (got {value}).</extracomment>
        <translation>Ұшыру азимуты кемінде 0° және 360°-тан кіші болуы керек ({value} берілді).</translation>
    </message>
    <message>
        <source>safety.corridor.bad_latitude</source>
        <extracomment>The launch latitude must be between -90° and 90°, poles excluded (got {value}).</extracomment>
        <translation>Ұшыру ендігі -90° пен 90° аралығында болуы керек, полюстерден басқа ({value} берілді).</translation>
    </message>
    <message>
        <source>safety.corridor.bad_longitude</source>
        <extracomment>The launch longitude must be between -180° and 180° (got {value}).</extracomment>
        <translation>Ұшыру бойлығы -180° пен 180° аралығында болуы керек ({value} берілді).</translation>
    </message>
    <message>
        <source>safety.corridor.no_apogee</source>
        <extracomment>Vehicle {vehicle} is a guided suborbital vehicle without an apogee: its impact dispersion area cannot be placed (14 CFR 420 Appendix A, Eq. A40).</extracomment>
        <translation>{vehicle} — апогейі жоқ басқарылатын суборбиталық зымыран: құлау нүктелерінің шашырау ауданын орналастыру мүмкін емес (14 CFR 420, A қосымшасы, A40 теңдеуі).</translation>
    </message>
    <message>
        <source>safety.corridor.no_azimuth</source>
        <extracomment>The allocation gives no launch azimuth.</extracomment>
        <translation>Бекітуде ұшыру азимуты көрсетілмеген.</translation>
    </message>
    <message>
        <source>safety.corridor.no_class</source>
        <extracomment>Vehicle {vehicle} has no flight-corridor class (small, medium, medium-large, large or guided suborbital, 14 CFR 420.19 Table 1).</extracomment>
        <translation>{vehicle} зымыран тасығышының ұшу дәлізі класы жоқ (шағын, орташа, орташа-ірі, ірі немесе басқарылатын суборбиталық, 14 CFR 420.19, 1-кесте).</translation>
    </message>
    <message>
        <source>safety.corridor.unknown_class</source>
        <extracomment>Unknown vehicle class {value!r}; expected one of: {choices}.</extracomment>
        <translation>Зымыран тасығыштың белгісіз класы {value!r}; күтілетін мәндер: {choices}.</translation>
    </message>
    <message>
        <source>safety.store.not_a_store</source>
        <extracomment>Facility {facility} is not a propellant store.</extracomment>
        <translation>{facility} нысаны отын қоймасы емес.</translation>
    </message>
    <message>
        <source>safety.store.unknown_load</source>
        <extracomment>Propellant store {facility} has no propellant combination or maximum quantity: its hazard areas cannot be computed.</extracomment>
        <translation>{facility} отын қоймасының отын түрі не ең көп мөлшері көрсетілмеген: оның қауіпті аймақтарын есептеу мүмкін емес.</translation>
    </message>
    <message>
        <source>safety.tnt.bad_factor</source>
        <extracomment>A TNT-equivalent factor must be a number greater than zero (got {value}).</extracomment>
        <translation>Тротил баламасының коэффициенті нөлден үлкен сан болуы керек ({value} берілді).</translation>
    </message>
    <message>
        <source>safety.tnt.factor_source</source>
        <extracomment>A TNT-equivalent factor entered by the planner needs its source.</extracomment>
        <translation>Жоспарлаушы енгізген тротил баламасының коэффициентіне дереккөз көрсетілуі керек.</translation>
    </message>
    <message>
        <source>safety.tnt.no_factor</source>
        <extracomment>No TNT-equivalent factor is established for {propellant} (safety rules §3.3): enter a factor and its source.</extracomment>
        <translation>{propellant} үшін тротил баламасының коэффициенті белгіленбеген (қауіпсіздік ережелері, §3.3): коэффициент пен оның дереккөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>safety.tnt.unknown_propellant</source>
        <extracomment>Unknown propellant combination {value!r}; expected one of: {choices}.</extracomment>
        <translation>Отын компоненттерінің белгісіз үйлесімі {value!r}; күтілетін мәндер: {choices}.</translation>
    </message>
    <message>
        <source>safety.vehicle.no_mass</source>
        <extracomment>Vehicle {vehicle} has neither a propellant mass nor a lift-off mass: its net explosive weight cannot be computed.</extracomment>
        <translation>{vehicle} зымыран тасығышының отын массасы да, ұшу массасы да жоқ: жарылғыш заттың таза массасын есептеу мүмкін емес.</translation>
    </message>
    <message>
        <source>scenario.not_a_change</source>
        <extracomment>Scenario {name!r} does not change {kind} {id}.</extracomment>
        <translation>{name!r} сценарийі {kind} {id} нысанын өзгертпейді.</translation>
    </message>
    <message>
        <source>scenario.not_stored</source>
        <extracomment>Save the plan first: its scenarios are kept with it.</extracomment>
        <translation>Алдымен жоспарды сақтаңыз: оның сценарийлері онымен бірге сақталады.</translation>
    </message>
    <message>
        <source>scenario.promote</source>
        <extracomment>Promote {count} {count:plural:change|changes} of scenario {name}</extracomment>
        <translation>{name} сценарийінің {count} {count:plural:өзгерісін} жоспарға көшіру</translation>
    </message>
    <message>
        <source>storage.cannot_open</source>
        <extracomment>Could not open {location}: {reason}.</extracomment>
        <translation>{location} ашылмады: {reason}.</translation>
    </message>
    <message>
        <source>storage.checkpoint_failed</source>
        <extracomment>The plan was saved, but {location} could not be completed on disk ({reason}): keep its -wal file with it until there is space again.</extracomment>
        <translation>Жоспар сақталды, бірақ {location} файлын дискіде аяқтау мүмкін болмады ({reason}): орын босағанша оның -wal файлын қасында сақтаңыз.</translation>
    </message>
    <message>
        <source>storage.conflict</source>
        <extracomment>Not saved: {kind} {name} was changed elsewhere too ({fields}){more}. Nothing was written; open the plan again and redo the change.</extracomment>
        <translation>Сақталмады: {kind} {name} басқа жерде де өзгертілді ({fields}){more}. Ештеңе жазылмады; жоспарды қайта ашып, өзгерісті қайталаңыз.</translation>
    </message>
    <message>
        <source>storage.conflict_more</source>
        <extracomment> and {count} other {count:plural:object|objects}</extracomment>
        <translation> және тағы {count} {count:plural:нысан}</translation>
    </message>
    <message>
        <source>storage.corrupt</source>
        <extracomment>{location} is damaged and cannot be read ({reason}).</extracomment>
        <translation>{location} зақымданған, оны оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>storage.cut_off</source>
        <extracomment>The connection to {location} was lost during the save; the server rolled it back and nothing was written. Your changes are kept and saved when the server can be reached again.</extracomment>
        <translation>Сақтау кезінде {location} байланысы үзілді; сервер оны кері қайтарды, ештеңе жазылмады. Өзгерістеріңіз сақталып тұр және сервер қайта қолжетімді болғанда жазылады.</translation>
    </message>
    <message>
        <source>storage.denied</source>
        <extracomment>The server refused the change to {location}: your database role may only read this plan (ask an administrator for the planner role). Nothing was written.</extracomment>
        <translation>Сервер {location} өзгерісін қабылдамады: дерекқордағы рөліңіз бұл жоспарды тек оқуға рұқсат етеді (әкімшіден planner рөлін сұраңыз). Ештеңе жазылмады.</translation>
    </message>
    <message>
        <source>storage.migrate_failed</source>
        <extracomment>Could not upgrade {location} from plan schema {version} ({reason}). The plan was left as it was.</extracomment>
        <translation>{location} жоспарын {version} сызбасынан жаңарту мүмкін болмады ({reason}). Жоспар өзгеріссіз қалдырылды.</translation>
    </message>
    <message>
        <source>storage.newer_version</source>
        <extracomment>{location} was written by a newer cosmoplan (plan schema {version}); this cosmoplan reads schemas up to {newest}. Update cosmoplan to open it.</extracomment>
        <translation>{location} cosmoplan-ның жаңарақ нұсқасымен жазылған (жоспар сызбасы {version}); бұл нұсқа {newest} дейінгі сызбаларды оқиды. Оны ашу үшін cosmoplan-ды жаңартыңыз.</translation>
    </message>
    <message>
        <source>storage.no_history</source>
        <extracomment>{location} keeps no history: only a plan on a PostgreSQL server has an audit log.</extracomment>
        <translation>{location} тарих сақтамайды: өзгерістер журналы тек PostgreSQL серверіндегі жоспарда болады.</translation>
    </message>
    <message>
        <source>storage.not_a_plan</source>
        <extracomment>{location} is not a cosmoplan plan.</extracomment>
        <translation>{location} cosmoplan жоспары емес.</translation>
    </message>
    <message>
        <source>storage.not_found</source>
        <extracomment>There is no plan at {location}.</extracomment>
        <translation>{location} мекенжайында жоспар жоқ.</translation>
    </message>
    <message>
        <source>storage.read_only</source>
        <extracomment>{location} is open read-only; nothing was written. Use Save As to keep the changes.</extracomment>
        <translation>{location} тек оқу үшін ашық; ештеңе жазылмады. Өзгерістерді сақтау үшін «Басқаша сақтау» пәрменін қолданыңыз.</translation>
    </message>
    <message>
        <source>storage.replaced</source>
        <extracomment>{location} now holds another plan (it was replaced on disk); nothing was written. Use Save As to keep this plan.</extracomment>
        <translation>{location} ішінде енді басқа жоспар (файл дискіде ауыстырылған); ештеңе жазылмады. Бұл жоспарды сақтау үшін «Басқаша сақтау» пәрменін қолданыңыз.</translation>
    </message>
    <message>
        <source>storage.scenario.changed</source>
        <extracomment>Scenario {name!r} was saved by someone else since it was opened; nothing was written. Open it again to see their changes.</extracomment>
        <translation>{name!r} сценарийі ашылғаннан кейін оны басқа біреу сақтады; ештеңе жазылған жоқ. Олардың өзгерістерін көру үшін оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>storage.scenario.exists</source>
        <extracomment>The plan already has a scenario {name!r}.</extracomment>
        <translation>Жоспарда {name!r} сценарийі бар.</translation>
    </message>
    <message>
        <source>storage.scenario.gone</source>
        <extracomment>Scenario {name!r} was removed since it was opened; nothing was written.</extracomment>
        <translation>{name!r} сценарийі ашылғаннан кейін жойылды; ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>storage.scenario.not_kept</source>
        <extracomment>A scenario keeps allocations, requests and pad statuses only: change {what} in the plan itself. Nothing was written.</extracomment>
        <translation>Сценарий тек бөлулерді, өтінімдерді және алаңдардың күйлерін сақтайды: {what} жоспардың өзінде өзгертіңіз. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <source>storage.scenario.unknown</source>
        <extracomment>There is no scenario {name!r} in the plan. Scenarios: {known}.</extracomment>
        <translation>Жоспарда {name!r} сценарийі жоқ. Сценарийлер: {known}.</translation>
    </message>
    <message>
        <source>storage.scenario.unsaved_plan</source>
        <extracomment>Save the plan first: the scenario names {what}, which the plan has not saved yet.</extracomment>
        <translation>Алдымен жоспарды сақтаңыз: сценарий жоспарда әлі сақталмаған {what} нысанына сілтейді.</translation>
    </message>
    <message>
        <source>storage.write_failed</source>
        <extracomment>Could not write the plan to {location} ({reason}). The last saved plan is unchanged.</extracomment>
        <translation>Жоспарды {location} ішіне жазу мүмкін болмады ({reason}). Соңғы сақталған жоспар өзгерген жоқ.</translation>
    </message>
    <message>
        <source>tables.export.unknown_format</source>
        <extracomment>Cannot write a table as {suffix!r}: the file name must end in .csv or .xlsx.</extracomment>
        <translation>Кестені {suffix!r} пішімінде жазу мүмкін емес: файл атауы .csv не .xlsx болып аяқталуы керек.</translation>
    </message>
    <message>
        <source>tables.export.write_failed</source>
        <extracomment>Cannot write the table {path}: {reason}</extracomment>
        <translation>{path} кестесін жазу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <source>tables.id.new</source>
        <extracomment>new</extracomment>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>tables.pads.any</source>
        <extracomment>any fitting pad</extracomment>
        <translation>кез келген сәйкес алаң</translation>
    </message>
    <message>
        <source>tables.severity.error</source>
        <extracomment>Error</extracomment>
        <translation>Қате</translation>
    </message>
    <message>
        <source>tables.severity.info</source>
        <extracomment>Information</extracomment>
        <translation>Ақпарат</translation>
    </message>
    <message>
        <source>tables.severity.warning</source>
        <extracomment>Warning</extracomment>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>tables.subject.allocation</source>
        <extracomment>{vehicle} on {pad}, {years}</extracomment>
        <translation>{vehicle}, {pad} алаңында, {years}</translation>
    </message>
    <message>
        <source>tables.subject.request</source>
        <extracomment>request of {vehicle}, {years}</extracomment>
        <translation>{vehicle} өтінімі, {years}</translation>
    </message>
    <message>
        <source>tables.use.exclusive</source>
        <extracomment>Exclusive</extracomment>
        <translation>Жеке</translation>
    </message>
    <message>
        <source>tables.use.shared</source>
        <extracomment>Shared</extracomment>
        <translation>Ортақ</translation>
    </message>
    <message>
        <source>tenancy.not_in_plan</source>
        <extracomment>The {kind} {name!r} is not part of this plan (id {id}).</extracomment>
        <translation>{kind} {name!r} бұл жоспарға кірмейді (id {id}).</translation>
    </message>
    <message>
        <source>tenancy.status_final</source>
        <extracomment>{name} is {old}, which is final; its status can no longer change.</extracomment>
        <translation>{name} «{old}» күйінде, ол түпкілікті; оның күйін енді өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>tenancy.status_many</source>
        <extracomment>Mark {count} allocations as {status}</extracomment>
        <translation>{count} бекітуге «{status}» күйін беру</translation>
    </message>
    <message>
        <source>tenancy.status_transition</source>
        <extracomment>{name} cannot go from {old} to {new}; from {old} it can only become: {allowed}.</extracomment>
        <translation>{name}: «{old}» күйінен «{new}» күйіне өту мүмкін емес; «{old}» күйінен тек мынаған өтуге болады: {allowed}.</translation>
    </message>
    <message>
        <source>tenancy.status_unchanged</source>
        <extracomment>{name} is already {old}.</extracomment>
        <translation>{name} қазірдің өзінде «{old}» күйінде.</translation>
    </message>
    <message>
        <source>tenancy.tenant_has_allocations</source>
        <extracomment>Tenant {tenant!r} has {count} {count:plural:allocation|allocations}; remove them with it (cascade) or keep it.</extracomment>
        <translation>{tenant!r} жалға алушысының {count} {count:plural:бекітуі} бар; оларды онымен бірге жойыңыз (каскадты) немесе жалға алушыны қалдырыңыз.</translation>
    </message>
    <message>
        <source>tenancy.unknown_allocation</source>
        <extracomment>There is no allocation {id}.</extracomment>
        <translation>{id} бекітуі жоқ.</translation>
    </message>
    <message>
        <source>tenancy.unknown_pad</source>
        <extracomment>There is no pad with code {code!r}.</extracomment>
        <translation>{code!r} белгісі бар алаң жоқ.</translation>
    </message>
    <message>
        <source>tenancy.unknown_tenant</source>
        <extracomment>There is no tenant named {name!r}.</extracomment>
        <translation>{name!r} деп аталатын жалға алушы жоқ.</translation>
    </message>
    <message>
        <source>tenancy.unknown_vehicle</source>
        <extracomment>Tenant {tenant!r} has no vehicle named {name!r}.</extracomment>
        <translation>{tenant!r} жалға алушысында {name!r} зымыран тасығышы жоқ.</translation>
    </message>
    <message>
        <source>tenancy.vehicle_of_other_tenant</source>
        <extracomment>Vehicle {vehicle!r} belongs to {owner!r}, not to {tenant!r}.</extracomment>
        <translation>{vehicle!r} зымыран тасығышы {tenant!r} емес, {owner!r} жалға алушысына тиесілі.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Allocations overlap on a pad</source>
        <translation>Алаңдағы бекітулер уақыт бойынша қабаттасады</translation>
    </message>
    <message>
        <source>Pad launch cadence exceeded</source>
        <translation>Алаңның ұшыру жиілігі асып кетті</translation>
    </message>
    <message>
        <source>Propellant not supported by the pad</source>
        <translation>Алаң бұл отынға арналмаған</translation>
    </message>
    <message>
        <source>Vehicle liftoff mass above the pad&apos;s limit</source>
        <translation>Зымыран тасығыштың ұшу массасы алаң шегінен асады</translation>
    </message>
    <message>
        <source>Vehicle height above the pad&apos;s limit</source>
        <translation>Зымыран тасығыштың биіктігі алаң шегінен асады</translation>
    </message>
    <message>
        <source>Vehicle diameter above the pad&apos;s limit</source>
        <translation>Зымыран тасығыштың диаметрі алаң шегінен асады</translation>
    </message>
    <message>
        <source>Vehicle liftoff thrust above the pad&apos;s limit</source>
        <translation>Зымыран тасығыштың тарту күші алаң шегінен асады</translation>
    </message>
    <message>
        <source>Vehicle figure unknown</source>
        <translation>Зымыран тасығыштың сипаттамасы белгісіз</translation>
    </message>
    <message>
        <source>Pad not available in the period</source>
        <translation>Алаң осы кезеңде қолжетімсіз</translation>
    </message>
    <message>
        <source>Required facility not in service</source>
        <translation>Қажетті нысан пайдаланыста емес</translation>
    </message>
    <message>
        <source>Pad outside the territory open to the tenant</source>
        <translation>Алаң жалға алушыға ашық аумақтан тыс</translation>
    </message>
    <message>
        <source>Tenant not approved for a signed allocation</source>
        <translation>Бекітуге қол қойылған, бірақ жалға алушы мақұлданбаған</translation>
    </message>
    <message>
        <source>Pad reserved for a tenant at first contact</source>
        <translation>Алаң алғашқы байланыс кезеңіндегі жалға алушыға брондалған</translation>
    </message>
    <message>
        <source>Allocation over but not ended</source>
        <translation>Бекіту мерзімі өтті, бірақ аяқталмаған</translation>
    </message>
    <message>
        <source>Implausible allocation period</source>
        <translation>Бекіту кезеңі шындыққа жанаспайды</translation>
    </message>
    <message>
        <source>Public-area distance reaches a public area</source>
        <translation>Қоғамдық аймаққа дейінгі қашықтық сақталмаған</translation>
    </message>
    <message>
        <source>Public-traffic-route distance reaches a road or railway</source>
        <translation>Жалпы пайдаланымдағы жолдарға дейінгі қашықтық сақталмаған</translation>
    </message>
    <message>
        <source>Intraline distance to another explosive hazard facility</source>
        <translation>Басқа жарылыс қаупі бар нысанға дейінгі ішкі қашықтық</translation>
    </message>
    <message>
        <source>Hazard areas not checked</source>
        <translation>Қауіпті аймақтар тексерілмеген</translation>
    </message>
    <message>
        <source>Hazard areas from a planner&apos;s TNT factor</source>
        <translation>Жоспарлаушы енгізген тротил коэффициенті бойынша қауіпті аймақтар</translation>
    </message>
    <message>
        <source>Launch point too close to the site boundary</source>
        <translation>Ұшыру нүктесі ғарыш айлағының шекарасына тым жақын</translation>
    </message>
    <message>
        <source>Populated place in the overflight exclusion zone</source>
        <translation>Елді мекен оқшаулау аймағында</translation>
    </message>
    <message>
        <source>Populated place under the flight corridor</source>
        <translation>Елді мекен ұшу дәлізінің астында</translation>
    </message>
    <message>
        <source>Launch azimuth outside the pad&apos;s range</source>
        <translation>Ұшыру азимуты алаңға рұқсат етілген ауқымнан тыс</translation>
    </message>
    <message>
        <source>Flight corridor not checked</source>
        <translation>Ұшу дәлізі тексерілмеген</translation>
    </message>
</context>
</TS>
