<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>Exclusive</source>
        <translation>Монопольно</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Совместно</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Закрепить</translation>
    </message>
    <message>
        <source>Why &amp;not?</source>
        <translation>Почему &amp;нет?</translation>
    </message>
    <message>
        <source>— choose a tenant —</source>
        <translation>— выберите арендатора —</translation>
    </message>
    <message>
        <source>— choose a pad —</source>
        <translation>— выберите ПУ —</translation>
    </message>
    <message>
        <source>— choose a vehicle —</source>
        <translation>— выберите ракету-носитель —</translation>
    </message>
    <message>
        <source>Choose the tenant the pad is allocated to.</source>
        <translation>Выберите арендатора, за которым закрепляется ПУ.</translation>
    </message>
    <message>
        <source>{tenant} has no vehicle yet: add one first (Plan &gt; New Vehicle).</source>
        <translation>У арендатора {tenant} ещё нет ракеты-носителя: сначала добавьте её (План &gt; Новая ракета-носитель).</translation>
    </message>
    <message>
        <source>Choose the vehicle that will fly from the pad.</source>
        <translation>Выберите ракету-носитель, которая будет стартовать с ПУ.</translation>
    </message>
    <message>
        <source>Choose a pad (or click one in the list).</source>
        <translation>Выберите ПУ (или щёлкните по ней в списке).</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message numerus="yes">
        <source>This allocation breaks %n rule(s).</source>
        <translation>
            <numerusform>Закрепление нарушает %n правило.</numerusform>
            <numerusform>Закрепление нарушает %n правила.</numerusform>
            <numerusform>Закрепление нарушает %n правил.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Judging %n pad(s)…</source>
        <translation>
            <numerusform>Оценка %n ПУ…</numerusform>
            <numerusform>Оценка %n ПУ…</numerusform>
            <numerusform>Оценка %n ПУ…</numerusform>
        </translation>
    </message>
    <message>
        <source>{fitting} of {count} pads fit {vehicle} from {start} to {end}.</source>
        <translation>Для {vehicle} с {start} по {end} подходят {fitting} из {count} ПУ.</translation>
    </message>
    <message>
        <source>Choose a pad in the list to read what the rules say.</source>
        <translation>Выберите площадку в списке, чтобы прочесть, что говорят правила.</translation>
    </message>
    <message>
        <source>No pad fits at any date; first limit: {reason}</source>
        <translation>Ни одна площадка не подходит ни в какой срок; первое ограничение: {reason}</translation>
    </message>
    <message>
        <source>{pad} from {start}</source>
        <translation>{pad} с {start}</translation>
    </message>
    <message>
        <source>Same length later: {places}.</source>
        <translation>Тот же срок позже: {places}.</translation>
    </message>
    <message>
        <source>Allocate anyway?</source>
        <translation>Всё равно закрепить?</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Всё равно сохранить?</translation>
    </message>
    <message>
        <source>{code}: fits.</source>
        <translation>{code}: подходит.</translation>
    </message>
    <message>
        <source>{code}: does not fit.</source>
        <translation>{code}: не подходит.</translation>
    </message>
    <message>
        <source>{code}: fits; no rule is broken.</source>
        <translation>{code}: подходит; ни одно правило не нарушено.</translation>
    </message>
    <message>
        <source>No other findings: the other rules are all met.</source>
        <translation>Других замечаний нет: остальные правила соблюдены.</translation>
    </message>
    <message>
        <source>No findings: this allocation breaks no rule.</source>
        <translation>Замечаний нет: закрепление не нарушает ни одного правила.</translation>
    </message>
    <message>
        <source>The flight corridor is not checked: enter the launch azimuth here and the vehicle&apos;s corridor class in the vehicle editor.</source>
        <translation>Коридор полёта не проверен: введите здесь азимут пуска, а класс коридора — в редакторе ракеты-носителя.</translation>
    </message>
    <message>
        <source>The flight corridor is not checked: {vehicle} has no corridor class (set it in the vehicle editor).</source>
        <translation>Коридор полёта не проверен: у РН {vehicle} не задан класс коридора (задайте его в редакторе ракеты-носителя).</translation>
    </message>
    <message>
        <source>The flight corridor is not checked: {vehicle} is guided suborbital but has no apogee (set it in the vehicle editor).</source>
        <translation>Коридор полёта не проверен: {vehicle} — управляемая суборбитальная ракета, но апогей не задан (задайте его в редакторе ракеты-носителя).</translation>
    </message>
    <message>
        <source>The flight corridor is not checked: enter the launch azimuth.</source>
        <translation>Коридор полёта не проверен: введите азимут пуска.</translation>
    </message>
    <message>
        <source>hazard areas unknown</source>
        <translation>опасные зоны не определены</translation>
    </message>
    <message>
        <source>flight corridor unknown</source>
        <translation>коридор полёта не определён</translation>
    </message>
    <message numerus="yes">
        <source>Not safe: %n safety error(s)</source>
        <translation>
            <numerusform>Небезопасно: %n нарушение безопасности</numerusform>
            <numerusform>Небезопасно: %n нарушения безопасности</numerusform>
            <numerusform>Небезопасно: %n нарушений безопасности</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Not fully checked: {what}</source>
        <translation>Проверено не полностью: {what}</translation>
    </message>
    <message>
        <source>Safe: no hazard-area or flight-corridor conflict</source>
        <translation>Безопасно: опасные зоны и коридор полёта ничего не затрагивают</translation>
    </message>
    <message>
        <source>any azimuth on this pad</source>
        <translation>с этой ПУ — любой азимут</translation>
    </message>
    <message>
        <source>allowed {low:g}°–{high:g}° clockwise</source>
        <translation>допустимо {low:g}°–{high:g}° по часовой стрелке</translation>
    </message>
    <message>
        <source>Safety of pad {code}: hazard areas and flight corridor</source>
        <translation>Безопасность ПУ {code}: опасные зоны и коридор полёта</translation>
    </message>
    <message>
        <source>Safety of the pad: hazard areas and flight corridor</source>
        <translation>Безопасность ПУ: опасные зоны и коридор полёта</translation>
    </message>
    <message>
        <source>Not checked yet: complete the form.</source>
        <translation>Ещё не проверено: заполните форму.</translation>
    </message>
    <message>
        <source>Hazard areas and flight corridor clear of public places, roads and tenants.</source>
        <translation>Опасные зоны и коридор полёта не затрагивают общедоступные места, дороги и других арендаторов.</translation>
    </message>
    <message>
        <source>Allocation status</source>
        <translation>Статус закрепления</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>План без названия</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Восстановить несохранённые изменения?</translation>
    </message>
    <message>
        <source>a plan that was never saved</source>
        <translation>план, который ещё ни разу не сохранялся</translation>
    </message>
    <message>
        <source>cosmoplan has a recovery copy of &quot;{name}&quot; ({where}) from {time}.</source>
        <translation>У cosmoplan есть копия для восстановления «{name}» ({where}) от {time}.</translation>
    </message>
    <message>
        <source>Recover it? It opens as an unsaved plan; save it to keep the changes.</source>
        <translation>Восстановить? Копия откроется как несохранённый план; сохраните его, чтобы не потерять изменения.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Click on the map where the new {what} is.</source>
        <translation>Щёлкните на карте в месте, где находится новый объект ({what}).</translation>
    </message>
    <message>
        <source>Click the points of the new {what}; double-click the last one.</source>
        <translation>Щёлкните по точкам нового объекта ({what}); по последней — дважды.</translation>
    </message>
    <message>
        <source>Click the corners of the new {what}; double-click the last one.</source>
        <translation>Щёлкните по вершинам нового объекта ({what}); по последней — дважды.</translation>
    </message>
    <message>
        <source>New object</source>
        <translation>Новый объект</translation>
    </message>
    <message>
        <source>What did you draw?</source>
        <translation>Что вы нарисовали?</translation>
    </message>
    <message>
        <source>Edit geometry</source>
        <translation>Изменение геометрии</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message numerus="yes">
        <source>Deleting {what} also deletes %n object(s) that depend on it.</source>
        <translation>
            <numerusform>Вместе с «{what}» будет удалён %n зависящий от него объект.</numerusform>
            <numerusform>Вместе с «{what}» будут удалены %n зависящих от него объекта.</numerusform>
            <numerusform>Вместе с «{what}» будут удалены %n зависящих от него объектов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting {what} changes other objects.</source>
        <translation>Удаление «{what}» изменит другие объекты.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>These stay but lose their link to a deleted facility or tenant: {names}</source>
        <translation>Останутся, но потеряют связь с удалённым объектом или арендатором: {names}</translation>
    </message>
    <message>
        <source>Delete? (You can undo this.)</source>
        <translation>Удалить? (Это действие можно отменить.)</translation>
    </message>
    <message>
        <source>{text!r} is not a number.</source>
        <translation>{text!r} — не число.</translation>
    </message>
    <message>
        <source>{text!r} is not a date (use yyyy-mm-dd).</source>
        <translation>{text!r} — не дата (формат гггг-мм-дд).</translation>
    </message>
    <message>
        <source>area {value:,.0f} m² ({km:.3f} km²)</source>
        <translation>площадь {value:,.0f} м² ({km:.3f} км²)</translation>
    </message>
    <message>
        <source>length {value:,.0f} m</source>
        <translation>длина {value:,.0f} м</translation>
    </message>
    <message>
        <source>Throw away what you typed?</source>
        <translation>Отбросить введённое?</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Продолжить правку</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>The maximum quantity must not be negative.</source>
        <translation>Максимальное количество не может быть отрицательным.</translation>
    </message>
    <message>
        <source>A date as yyyy-mm-dd; empty: open</source>
        <translation>Дата в формате гггг-мм-дд; пусто — без срока</translation>
    </message>
    <message>
        <source>— choose a complex —</source>
        <translation>— выберите стартовый комплекс —</translation>
    </message>
    <message>
        <source>Enter the pad&apos;s latitude and longitude.</source>
        <translation>Введите широту и долготу ПУ.</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude.</source>
        <translation>Введите и широту, и долготу.</translation>
    </message>
    <message>
        <source>Latitude must be within ±90° and longitude within ±180°.</source>
        <translation>Широта должна быть в пределах ±90°, долгота — в пределах ±180°.</translation>
    </message>
    <message>
        <source>Enter both easting and northing.</source>
        <translation>Введите обе координаты: восточную (E) и северную (N).</translation>
    </message>
    <message>
        <source>Choose the launch complex this pad belongs to.</source>
        <translation>Выберите стартовый комплекс, к которому относится ПУ.</translation>
    </message>
    <message>
        <source>The pad&apos;s location</source>
        <translation>Местоположение ПУ</translation>
    </message>
    <message>
        <source>The maximum lift-off mass must be more than 0 t.</source>
        <translation>Максимальная стартовая масса должна быть больше 0 т.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>The file could not be used: {reason}{where}.</source>
        <translation>Не удалось использовать файл: {reason}{where}.</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {kind}: {text}</source>
        <translation>Непредвиденная ошибка: {kind}: {text}</translation>
    </message>
    <message>
        <source>cosmoplan</source>
        <translation>cosmoplan</translation>
    </message>
    <message>
        <source>cosmoplan plans (*{suffix});;All files (*)</source>
        <translation>Планы cosmoplan (*{suffix});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>is not there any more</source>
        <translation>больше не существует</translation>
    </message>
    <message>
        <source>now holds another plan</source>
        <translation>теперь содержит другой план</translation>
    </message>
    <message>
        <source>was saved by someone else after the copy was made</source>
        <translation>был сохранён кем-то другим после создания копии</translation>
    </message>
    <message>
        <source>Save Recovered Plan</source>
        <translation>Сохранение восстановленного плана</translation>
    </message>
    <message>
        <source>The recovered plan &quot;{name}&quot; came from {where}, which {why}.</source>
        <translation>Восстановленный план «{name}» взят из {where}, который {why}.</translation>
    </message>
    <message>
        <source>Choose where to save it; nothing is written over.</source>
        <translation>Выберите, где его сохранить; ничто не будет перезаписано.</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Сохранение под другим именем</translation>
    </message>
    <message>
        <source>Save Plan As</source>
        <translation>Сохранить план как</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
    <message>
        <source>Scenario &quot;{name}&quot; has unsaved changes.</source>
        <translation>В сценарии «{name}» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>The plan &quot;{name}&quot; has unsaved changes.</source>
        <translation>В плане «{name}» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Do you want to save them before closing?</source>
        <translation>Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <source>Filter findings…</source>
        <translation>Фильтр замечаний…</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings, {infos} notes</source>
        <translation>Ошибок: {errors}, предупр.: {warnings}, примеч.: {infos}</translation>
    </message>
    <message>
        <source>Exported the findings to {path}.</source>
        <translation>Замечания экспортированы в {path}.</translation>
    </message>
    <message>
        <source>As of {day}: the date moved into the finding&apos;s period, {start} to {end}.</source>
        <translation>На {day}: дата перенесена в период замечания, с {start} по {end}.</translation>
    </message>
    <message>
        <source>Map: pan</source>
        <translation>Карта: сдвиг</translation>
    </message>
    <message>
        <source>Arrow keys, middle-button drag</source>
        <translation>Клавиши со стрелками, перетаскивание средней кнопкой</translation>
    </message>
    <message>
        <source>Map: zoom</source>
        <translation>Карта: масштаб</translation>
    </message>
    <message>
        <source>Wheel, +, -, Home (all)</source>
        <translation>Колесо, +, -, Home (всё)</translation>
    </message>
    <message>
        <source>Map: finish a line, polygon or measurement</source>
        <translation>Карта: завершить линию, полигон или измерение</translation>
    </message>
    <message>
        <source>Double-click, Return</source>
        <translation>Двойной щелчок, Enter</translation>
    </message>
    <message>
        <source>Map: remove the last point</source>
        <translation>Карта: удалить последнюю точку</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Map: cancel a drawing, or select nothing</source>
        <translation>Карта: отменить рисование или снять выделение</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Map: delete the vertex under the cursor (Edit Vertices)</source>
        <translation>Карта: удалить вершину под курсором (Правка вершин)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>cosmoplan — keyboard shortcuts</source>
        <translation>cosmoplan — сочетания клавиш</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the map: click to select (Ctrl+click adds, drag a box for many), double-click to edit, wheel to zoom, middle-button drag or the Pan tool to pan. Positions are shown in latitude/longitude and UTM 41N.&lt;/p&gt;</source>
        <translation>&lt;p&gt;На карте: щелчок — выделить (Ctrl+щелчок — добавить к выделению, рамка — выделить несколько), двойной щелчок — изменить, колесо — масштаб, перетаскивание средней кнопкой или инструмент «Сдвиг» — сдвинуть карту. Координаты показываются в широте/долготе и в UTM 41N.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.geojson *.json *.shp);;All files (*)</source>
        <translation>Файлы ГИС (*.gpkg *.geojson *.json *.shp);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Launch pads</source>
        <translation>Пусковые установки</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <source>Launch complexes</source>
        <translation>Стартовые комплексы</translation>
    </message>
    <message>
        <source>Import features</source>
        <translation>Импорт объектов</translation>
    </message>
    <message>
        <source>Add the features of {0} as:</source>
        <translation>Добавить объекты из {0} как:</translation>
    </message>
    <message>
        <source>{0} holds no features.</source>
        <translation>В {0} нет объектов.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) from {0}</source>
        <translation>
            <numerusform>%n объект из {0}</numerusform>
            <numerusform>%n объекта из {0}</numerusform>
            <numerusform>%n объектов из {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n feature(s) from {0}.</source>
        <translation>
            <numerusform>Из {0} импортирован %n объект.</numerusform>
            <numerusform>Из {0} импортировано %n объекта.</numerusform>
            <numerusform>Из {0} импортировано %n объектов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added base layer {0} (%n feature(s)).</source>
        <translation>
            <numerusform>Добавлена подложка {0} (%n объект).</numerusform>
            <numerusform>Добавлена подложка {0} (%n объекта).</numerusform>
            <numerusform>Добавлена подложка {0} (%n объектов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Импорт {0}…</translation>
    </message>
    <message>
        <source>Add base layer</source>
        <translation>Добавление подложки</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Чтение {0}…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source> As of </source>
        <translation> На дату </translation>
    </message>
    <message>
        <source>Statuses and validity are shown as of this date</source>
        <translation>Статусы и сроки действия показываются на эту дату</translation>
    </message>
    <message>
        <source>Move the mouse over the map to see coordinates</source>
        <translation>Наведите указатель на карту, чтобы увидеть координаты</translation>
    </message>
    <message>
        <source>Facts as of {day}</source>
        <translation>Сведения на {day}</translation>
    </message>
    <message>
        <source>The plan&apos;s knowledge date: later states are assumptions</source>
        <translation>Дата сведений плана: более поздние состояния — допущения</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Отменить «{what}»</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Повторить «{what}»</translation>
    </message>
    <message>
        <source>✖ {errors} errors  ⚠ {warnings} warnings</source>
        <translation>✖ Ошибок: {errors}  ⚠ Предупреждений: {warnings}</translation>
    </message>
    <message>
        <source>Distance {distance}</source>
        <translation>Расстояние {distance}</translation>
    </message>
    <message>
        <source>, area {area}</source>
        <translation>, площадь {area}</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (только чтение)</translation>
    </message>
    <message>
        <source> — Scenario: {name}</source>
        <translation> — Сценарий: {name}</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Открыть план</translation>
    </message>
    <message>
        <source>Plan Properties</source>
        <translation>Свойства плана</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>Об этом плане</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранён</translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation>Хранится в:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Версия схемы:</translation>
    </message>
    <message>
        <source>Knowledge date:</source>
        <translation>Дата сведений:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Содержимое:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Measure something first (Tools &gt; Measure).</source>
        <translation>Сначала выполните измерение (Инструменты &gt; Измерение).</translation>
    </message>
    <message>
        <source>{vehicle_class} · {azimuth}</source>
        <translation>{vehicle_class} · {azimuth}</translation>
    </message>
    <message>
        <source>overflight exclusion {length}</source>
        <translation>зона отчуждения {length}</translation>
    </message>
    <message>
        <source>store: public area {distance} m</source>
        <translation>склад: общедоступная зона {distance} м</translation>
    </message>
    <message>
        <source>{pad}: public area {distance} m</source>
        <translation>{pad}: общедоступная зона {distance} м</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>Общедоступная зона</translation>
    </message>
    <message>
        <source>Public traffic route</source>
        <translation>Дорога общего пользования</translation>
    </message>
    <message>
        <source>{area} {distance} m around {store}</source>
        <translation>{area} {distance} м вокруг объекта «{store}»</translation>
    </message>
    <message>
        <source>{area} {distance} m: {vehicle} of {tenant} on {pad}, {start} – {end}</source>
        <translation>{area} {distance} м: {vehicle} ({tenant}) на {pad}, {start} – {end}</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Opacity of {layer}</source>
        <translation>Непрозрачность слоя «{layer}»</translation>
    </message>
    <message>
        <source>Layer colour</source>
        <translation>Цвет слоя</translation>
    </message>
    <message>
        <source>Not enough points: a line needs 2 and a polygon 3.</source>
        <translation>Недостаточно точек: для линии нужно 2, для полигона — 3.</translation>
    </message>
    <message>
        <source>The shape is empty.</source>
        <translation>Фигура пуста.</translation>
    </message>
    <message>
        <source>The outline crosses itself; move or remove a vertex.</source>
        <translation>Контур самопересекается; переместите или удалите вершину.</translation>
    </message>
    <message>
        <source>The shape is not valid: {reason}.</source>
        <translation>Фигура недопустима: {reason}.</translation>
    </message>
    <message>
        <source>Click the first vertex, then type the next ones.</source>
        <translation>Щёлкните первую вершину, затем вводите следующие.</translation>
    </message>
    <message>
        <source>Vertices edited.</source>
        <translation>Вершины изменены.</translation>
    </message>
    <message>
        <source>Measured {text}.</source>
        <translation>Измерено: {text}.</translation>
    </message>
    <message>
        <source>bearing {angle}</source>
        <translation>азимут {angle}</translation>
    </message>
    <message>
        <source>Enter a full path, such as {example}.</source>
        <translation>Укажите полный путь, например {example}.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Это файл, а не папка.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>How many plans File &gt; Open Recent lists</source>
        <translation>Сколько планов показывать в меню Файл &gt; Недавние планы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language applies the next time cosmoplan starts.</source>
        <translation>Новый язык будет применён при следующем запуске cosmoplan.</translation>
    </message>
    <message>
        <source>&amp;Recent files to list:</source>
        <translation>&amp;Недавних файлов в списке:</translation>
    </message>
    <message>
        <source>Reopen the last plan at start (instead of the start page)</source>
        <translation>Открывать последний план при запуске (вместо начальной страницы)</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>How often a recovery copy of a plan with unsaved changes is written (0: never)</source>
        <translation>Как часто записывать копию для восстановления плана с несохранёнными изменениями (0 — никогда)</translation>
    </message>
    <message>
        <source>Leave empty to use the default folder shown in grey</source>
        <translation>Оставьте пустым, чтобы использовать папку по умолчанию (показана серым)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Автосохранение каждые:</translation>
    </message>
    <message>
        <source>Recovery &amp;folder:</source>
        <translation>&amp;Папка восстановления:</translation>
    </message>
    <message>
        <source>Copies of plans with unsaved changes are kept there. A new folder is used from the next start.</source>
        <translation>Здесь хранятся копии планов с несохранёнными изменениями. Новая папка начнёт использоваться со следующего запуска.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Name printed on report covers</source>
        <translation>Имя, печатаемое на титульном листе отчётов</translation>
    </message>
    <message>
        <source>Default a&amp;uthor:</source>
        <translation>&amp;Автор по умолчанию:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>Recovery Folder</source>
        <translation>Папка восстановления</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Геометрия</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Schematic</source>
        <translation>Схематично</translation>
    </message>
    <message>
        <source>yes (position or shape is approximate)</source>
        <translation>да (положение или форма приблизительны)</translation>
    </message>
    <message>
        <source>About cosmoplan</source>
        <translation>О программе cosmoplan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cosmoplan {version}&lt;/h3&gt;&lt;p&gt;Site model, tenant allocation and safety planning for the Baikonur Cosmodrome.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cosmoplan {version}&lt;/h3&gt;&lt;p&gt;Модель объектов, закрепление ПУ за арендаторами и планирование безопасности космодрома Байконур.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Версии</translation>
    </message>
    <message>
        <source>&amp;Demo Data</source>
        <translation>&amp;Демонстрационные данные</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Лицензии</translation>
    </message>
    <message>
        <source>The demo plan holds facts known on {day} (its knowledge date); later states are assumptions and say so. Each fact names the public page it comes from by the keys below. Only short facts (dates, figures, positions) are taken from them, no text or image; each page stays under its publisher&apos;s terms of use. The demo is for illustration, not for operational decisions.</source>
        <translation>Демонстрационный план содержит сведения, известные на {day} (его дата сведений); более поздние состояния — допущения и отмечены как таковые. Каждый факт ссылается на общедоступную страницу, из которой он взят, по ключам ниже. Из них взяты только краткие факты (даты, цифры, координаты), без текстов и изображений; каждая страница остаётся под условиями использования её издателя. Демонстрационный план служит для иллюстрации, а не для принятия эксплуатационных решений.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Стартовый комплекс</translation>
    </message>
    <message>
        <source>Status on {day}</source>
        <translation>Статус на {day}</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>Propellants</source>
        <translation>Компоненты топлива</translation>
    </message>
    <message>
        <source>Max lift-off mass</source>
        <translation>Макс. стартовая масса</translation>
    </message>
    <message>
        <source>Max height</source>
        <translation>Макс. высота</translation>
    </message>
    <message>
        <source>Max diameter</source>
        <translation>Макс. диаметр</translation>
    </message>
    <message>
        <source>Max thrust</source>
        <translation>Макс. тяга</translation>
    </message>
    <message>
        <source>Azimuths</source>
        <translation>Азимуты</translation>
    </message>
    <message>
        <source>Launch cadence</source>
        <translation>Темп пусков</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>в год</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>Электроснабжение</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Требует</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %n point(s)</source>
        <translation>
            <numerusform>{kind}, %n точка</numerusform>
            <numerusform>{kind}, %n точки</numerusform>
            <numerusform>{kind}, %n точек</numerusform>
        </translation>
    </message>
    <message>
        <source>removed</source>
        <translation>удалён</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>сохранён</translation>
    </message>
    <message>
        <source>Changed elsewhere too</source>
        <translation>Изменено и в другом месте</translation>
    </message>
    <message>
        <source>Another planner saved changes to the same objects since you opened the plan. Choose what to keep for each; nothing is saved until you do.</source>
        <translation>С тех пор как вы открыли план, другой планировщик сохранил изменения тех же объектов. Выберите, что оставить для каждого; пока вы не выберете, ничего не сохраняется.</translation>
    </message>
    <message>
        <source>Object and field</source>
        <translation>Объект и поле</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Когда вы открыли</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Оставить всё моё</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Принять всё их</translation>
    </message>
    <message>
        <source>Save With These Choices</source>
        <translation>Сохранить с этим выбором</translation>
    </message>
    <message>
        <source>The plan&apos;s name and description</source>
        <translation>Название и описание плана</translation>
    </message>
    <message>
        <source>the object itself</source>
        <translation>сам объект</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>In service on {day}</source>
        <translation>В эксплуатации на {day}</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Ввод в эксплуатацию</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Вывод из эксплуатации</translation>
    </message>
    <message>
        <source>Propellant</source>
        <translation>Топливо</translation>
    </message>
    <message>
        <source>Max quantity</source>
        <translation>Макс. количество</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>always</source>
        <translation>всегда</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>Valid on {day}</source>
        <translation>Действует на {day}</translation>
    </message>
    <message>
        <source>{factor:g} (source: {source})</source>
        <translation>{factor:g} (источник: {source})</translation>
    </message>
    <message>
        <source>none: no established factor, its hazard areas are not checked</source>
        <translation>нет: установленного коэффициента нет, опасные зоны не проверяются</translation>
    </message>
    <message>
        <source>the propellant&apos;s established (DoD) factor</source>
        <translation>установленный (DoD) коэффициент для этого топлива</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Арендатор</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Ступени</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>Диаметр</translation>
    </message>
    <message>
        <source>Lift-off mass</source>
        <translation>Стартовая масса</translation>
    </message>
    <message>
        <source>Propellant mass</source>
        <translation>Масса топлива</translation>
    </message>
    <message>
        <source>Lift-off thrust</source>
        <translation>Стартовая тяга</translation>
    </message>
    <message>
        <source>Payload to LEO</source>
        <translation>ПН на НОО</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>Пуски</translation>
    </message>
    <message>
        <source>Division 1.1 mass</source>
        <translation>Масса ВВ подкласса 1.1</translation>
    </message>
    <message>
        <source>TNT-equivalent factor</source>
        <translation>Коэффициент тротилового эквивалента</translation>
    </message>
    <message>
        <source>Corridor class</source>
        <translation>Класс коридора</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Apogee</source>
        <translation>Апогей</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>the pad allows {low:g}°–{high:g}°</source>
        <translation>допустимо для ПУ: {low:g}°–{high:g}°</translation>
    </message>
    <message>
        <source>{azimuth:g}°, outside the range: {allowed}</source>
        <translation>{azimuth:g}°, вне диапазона: {allowed}</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Ракета-носитель</translation>
    </message>
    <message>
        <source>Optimise</source>
        <translation>Оптимизация</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Предел времени:</translation>
    </message>
    <message>
        <source>&amp;Seed (the same seed gives the same result):</source>
        <translation>&amp;Зерно (одно и то же зерно даёт один и тот же результат):</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>ПУ</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Double-click a request not served to ask why not.</source>
        <translation>Дважды щёлкните необслуженную заявку, чтобы спросить, почему нет.</translation>
    </message>
    <message>
        <source>Requests to place (open and planned):</source>
        <translation>Заявки для размещения (открытые и запланированные):</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Запустить</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Apply to the Plan</source>
        <translation>Применить к &amp;плану</translation>
    </message>
    <message>
        <source>Name of a new scenario</source>
        <translation>Имя нового сценария</translation>
    </message>
    <message>
        <source>Save as &amp;Scenario</source>
        <translation>Сохранить как &amp;сценарий</translation>
    </message>
    <message>
        <source>Save the result as a scenario:</source>
        <translation>Сохранить результат как сценарий:</translation>
    </message>
    <message>
        <source>Tick at least one request to place.</source>
        <translation>Отметьте хотя бы одну заявку для размещения.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Идёт поиск…</translation>
    </message>
    <message>
        <source>Looking at where each request could go…</source>
        <translation>Выясняется, где может разместиться каждая заявка…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>The plan changed since the search began: run it again.</source>
        <translation>План изменился после начала поиска: запустите его снова.</translation>
    </message>
    <message>
        <source>{status} after {seconds:.1f} s: value {objective:g}, bound {bound:g}.</source>
        <translation>{status} за {seconds:.1f} с: значение {objective:g}, граница {bound:g}.</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>Доказано</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Served ({count})</source>
        <translation>Обслужены ({count})</translation>
    </message>
    <message>
        <source>Not served ({count})</source>
        <translation>Не обслужены ({count})</translation>
    </message>
    <message>
        <source>Moved ({count})</source>
        <translation>Сдвинуты ({count})</translation>
    </message>
    <message>
        <source>Applied: one step, which Edit &gt; Undo takes back.</source>
        <translation>Применено одним шагом; его отменяет Правка &gt; Отменить.</translation>
    </message>
    <message>
        <source>Optimiser result</source>
        <translation>Результат оптимизации</translation>
    </message>
    <message>
        <source>Save as Scenario</source>
        <translation>Сохранить как сценарий</translation>
    </message>
    <message>
        <source>Saved as scenario &quot;{name}&quot;: compare it with the plan and promote it from Plan &gt; Scenarios.</source>
        <translation>Сохранено как сценарий «{name}»: сравните его с планом и перенесите в план через План &gt; Сценарии.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Annual fee</source>
        <translation>Годовая плата</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>не согласована</translation>
    </message>
    <message>
        <source>Launch azimuth</source>
        <translation>Азимут пуска</translation>
    </message>
    <message>
        <source>Wanted pads</source>
        <translation>Желаемые ПУ</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Fee offered</source>
        <translation>Предлагаемая плата</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>не предложена</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Ракеты-носители</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Закрепления</translation>
    </message>
    <message>
        <source>Holds on {day}</source>
        <translation>Закреплено на {day}</translation>
    </message>
    <message>
        <source>Land held</source>
        <translation>Арендуемые участки</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Принадлежность</translation>
    </message>
    <message>
        <source>Pads</source>
        <translation>ПУ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) selected</source>
        <translation>
            <numerusform>Выбран %n объект</numerusform>
            <numerusform>Выбрано %n объекта</numerusform>
            <numerusform>Выбрано %n объектов</numerusform>
        </translation>
    </message>
    <message>
        <source>Click an object on the map or in a table to see its properties.</source>
        <translation>Щёлкните по объекту на карте или в таблице, чтобы увидеть его свойства.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Не&amp;давние планы</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Недавних планов нет</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <source>Saved {name} ({count} pages).</source>
        <translation>Сохранено: {name} (страниц: {count}).</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Отчёт не записан.</translation>
    </message>
    <message>
        <source>The plan has unsaved changes: the report shows them, and its fingerprint is computed from the plan&apos;s content, not from the file.</source>
        <translation>В плане есть несохранённые изменения: отчёт их отражает, а его контрольный отпечаток вычисляется по содержимому плана, а не по файлу.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Сохранить отчёт в файл PDF</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
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
        <translation>В плане нет арендаторов.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Full report (all tenants)</source>
        <translation>Полный отчёт (все арендаторы)</translation>
    </message>
    <message>
        <source>Tenant report for</source>
        <translation>Отчёт для арендатора</translation>
    </message>
    <message>
        <source>A tenant report leaves out every other tenant&apos;s names and fees.</source>
        <translation>В отчёт для арендатора не входят названия других арендаторов и их плата.</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>The day the site map and figures show</source>
        <translation>Дата, на которую строятся карта и показатели</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Последний день периода</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>На дату:</translation>
    </message>
    <message>
        <source>Period from:</source>
        <translation>Период с:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Paper and cover</source>
        <translation>Бумага и титульный лист</translation>
    </message>
    <message>
        <source>Name printed on the cover</source>
        <translation>Имя, печатаемое на титульном листе</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Страница {number}</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>альбомная</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>книжная</translation>
    </message>
    <message>
        <source>Page {number} of {count}, {orientation}</source>
        <translation>Страница {number} из {count}, {orientation}</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Отрисовка…</translation>
    </message>
    <message>
        <source>Building the preview…</source>
        <translation>Построение предпросмотра…</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>Страниц: {count}</translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation>Предпросмотр отменён.</translation>
    </message>
    <message>
        <source>The preview could not be built.</source>
        <translation>Не удалось построить предпросмотр.</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>из {count}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Перейти к странице</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom (Ctrl + mouse wheel over the pages)</source>
        <translation>Масштаб (Ctrl + колесо мыши над страницами)</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Building the preview… %p%</source>
        <translation>Построение предпросмотра… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Build the preview again</source>
        <translation>Построить предпросмотр заново</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Фильтр строк…</translation>
    </message>
    <message>
        <source>Export the rows shown to a CSV or XLSX file</source>
        <translation>Экспортировать показанные строки в файл CSV или XLSX</translation>
    </message>
    <message>
        <source>Exported the table to {path}.</source>
        <translation>Таблица экспортирована в {path}.</translation>
    </message>
    <message>
        <source>{kind} ({shown} of {total})</source>
        <translation>{kind} ({shown} из {total})</translation>
    </message>
    <message>
        <source>Filtered by “{text}”</source>
        <translation>Отфильтровано по «{text}»</translation>
    </message>
    <message>
        <source>Cleared the filter of {kind}: it hid the selection.</source>
        <translation>Фильтр таблицы «{kind}» сброшен: он скрывал выбранное.</translation>
    </message>
    <message>
        <source>A guided suborbital vehicle: its corridor ends at the impact area of its apogee.</source>
        <translation>Управляемая суборбитальная ракета: её коридор заканчивается в районе падения, определяемом апогеем.</translation>
    </message>
    <message>
        <source>Payload to a 100 nm orbit at 28° / 90° inclination: {payload} (14 CFR 420.19 Table 1).</source>
        <translation>Масса ПН на орбите 100 морских миль с наклонением 28° / 90°: {payload} (14 CFR 420.19, табл. 1).</translation>
    </message>
    <message>
        <source>Unknown: the flight corridor is not checked.</source>
        <translation>Неизвестен: коридор полёта не проверяется.</translation>
    </message>
    <message>
        <source>Pads occupied on {date}:</source>
        <translation>ПУ, занятые на {date}:</translation>
    </message>
    <message>
        <source>No pad is allocated on this date.</source>
        <translation>На эту дату ни одна ПУ не закреплена.</translation>
    </message>
    <message>
        <source>Pad status (outline; fill of free pads):</source>
        <translation>Статус ПУ (контур; заливка свободных ПУ):</translation>
    </message>
    <message>
        <source>{vehicle} on {pad}, {start} – {end}, {status}</source>
        <translation>{vehicle} на ПУ {pad}, {start} – {end}, {status}</translation>
    </message>
    <message>
        <source>Delete tenant</source>
        <translation>Удаление арендатора</translation>
    </message>
    <message>
        <source>Deleting {names} also deletes {vehicles} and {allocations}.</source>
        <translation>Вместе с {names} будут удалены {vehicles} и {allocations}.</translation>
    </message>
    <message numerus="yes">
        <source>%n vehicle(s)</source>
        <translation>
            <numerusform>%n ракета-носитель</numerusform>
            <numerusform>%n ракеты-носителя</numerusform>
            <numerusform>%n ракет-носителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pad allocation(s)</source>
        <translation>
            <numerusform>%n закрепление ПУ</numerusform>
            <numerusform>%n закрепления ПУ</numerusform>
            <numerusform>%n закреплений ПУ</numerusform>
        </translation>
    </message>
    <message>
        <source>Vehicles: {names}</source>
        <translation>Ракеты-носители: {names}</translation>
    </message>
    <message>
        <source>A tenant called {name!r} already exists.</source>
        <translation>Арендатор с названием {name!r} уже существует.</translation>
    </message>
    <message>
        <source>No established TNT factor for this propellant: enter one with its source, or its hazard areas are not checked.</source>
        <translation>Для этого топлива нет установленного коэффициента ТНТ: введите его вместе с источником, иначе опасные зоны не будут проверены.</translation>
    </message>
    <message>
        <source>A factor above 1 counts more TNT than the propellant weighs: the factor is a fraction (0.2 for 20%).</source>
        <translation>Коэффициент больше 1 даёт тротила больше, чем масса топлива: коэффициент — это доля (0.2 для 20%).</translation>
    </message>
    <message>
        <source>The number of stages is a whole number.</source>
        <translation>Число ступеней должно быть целым.</translation>
    </message>
    <message>
        <source>Choose the tenant this vehicle belongs to.</source>
        <translation>Выберите арендатора, которому принадлежит ракета-носитель.</translation>
    </message>
    <message>
        <source>This tenant already has a vehicle called {name!r}.</source>
        <translation>У этого арендатора уже есть ракета-носитель {name!r}.</translation>
    </message>
    <message>
        <source>One month earlier</source>
        <translation>На месяц раньше</translation>
    </message>
    <message>
        <source>One month later</source>
        <translation>На месяц позже</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>На {date}</translation>
    </message>
    <message>
        <source>({days:+d} days)</source>
        <translation>({days:+d} дн.)</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Конфликтов нет</translation>
    </message>
    <message>
        <source>Launch complex</source>
        <translation>Стартовый комплекс</translation>
    </message>
    <message>
        <source>Pad {code}: {status}</source>
        <translation>ПУ {code}: {status}</translation>
    </message>
    <message>
        <source>Pad not available</source>
        <translation>ПУ недоступна</translation>
    </message>
    <message>
        <source>Error finding</source>
        <translation>Замечание: ошибка</translation>
    </message>
    <message>
        <source>Pad {code} · {status} · {use}</source>
        <translation>ПУ {code} · {status} · {use}</translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation>монопольно</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>совместно</translation>
    </message>
    <message>
        <source>({days} days)</source>
        <translation>({days} дн.)</translation>
    </message>
    <message>
        <source>On {date}: {status}</source>
        <translation>На {date}: {status}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Change Dates…</source>
        <translation>Изменить даты…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>Delete allocation</source>
        <translation>Удалить закрепление</translation>
    </message>
    <message>
        <source>Zoom to allocation</source>
        <translation>Масштаб по закреплению</translation>
    </message>
    <message>
        <source>Only pads with allocations</source>
        <translation>Только закреплённые ПУ</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Показать отменённые</translation>
    </message>
    <message>
        <source>Zoom out in time (Ctrl+wheel)</source>
        <translation>Сжать шкалу времени (Ctrl+колесо)</translation>
    </message>
    <message>
        <source>Zoom in in time (Ctrl+wheel)</source>
        <translation>Растянуть шкалу времени (Ctrl+колесо)</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать всё</translation>
    </message>
    <message>
        <source>Show every allocation (Home)</source>
        <translation>Показать все закрепления (Home)</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>История действий</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Таблицы</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Арендаторы</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>{decade}s</source>
        <translation>{decade}-е</translation>
    </message>
    <message>
        <source>Read-only: use Save As to keep changes</source>
        <translation>Только чтение: чтобы сохранить изменения, используйте «Сохранить как»</translation>
    </message>
    <message>
        <source>Read-only: your role on this server may only read the plan</source>
        <translation>Только чтение: ваша роль на этом сервере позволяет только читать план</translation>
    </message>
    <message>
        <source>Read-only: as the liaison of {tenant} you see only its rows</source>
        <translation>Только чтение: как представитель {tenant} вы видите только его записи</translation>
    </message>
    <message>
        <source>cosmoplan User Guide</source>
        <translation>Руководство пользователя cosmoplan</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <source>any fitting pad</source>
        <translation>любая подходящая ПУ</translation>
    </message>
    <message>
        <source>{tenant} {vehicle}, {days} days in {years} on {pads}</source>
        <translation>{tenant} {vehicle}, {days} дн. в {years}, ПУ: {pads}</translation>
    </message>
    <message>
        <source>{tenant} {vehicle} on {pad} (allocation {id})</source>
        <translation>{tenant} {vehicle} на ПУ {pad} (закрепление {id})</translation>
    </message>
    <message>
        <source>Best so far: {objective:g}; best possible at most {bound:g}; gap {gap} %</source>
        <translation>Лучшее найденное: {objective:g}; лучшее возможное — не более {bound:g}; разрыв {gap} %</translation>
    </message>
    <message>
        <source>No placement satisfies the rules.</source>
        <translation>Ни одно размещение не удовлетворяет правилам.</translation>
    </message>
    <message>
        <source>Stopped before a solution was found.</source>
        <translation>Остановлено до того, как найдено решение.</translation>
    </message>
    <message>
        <source>No solution was found within the time limit: allow more time.</source>
        <translation>За отведённое время решение не найдено: дайте больше времени.</translation>
    </message>
    <message>
        <source>The best possible placement (proven).</source>
        <translation>Лучшее возможное размещение (доказано).</translation>
    </message>
    <message>
        <source>Within {gap} % of the best possible.</source>
        <translation>В пределах {gap} % от лучшего возможного.</translation>
    </message>
    <message>
        <source>Stopped: {words}</source>
        <translation>Остановлено: {words}</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>No pad has the code {code!r}.</source>
        <translation>Нет ПУ с кодом {code!r}.</translation>
    </message>
    <message>
        <source>Choose the tenant who asks.</source>
        <translation>Выберите арендатора, подающего заявку.</translation>
    </message>
    <message>
        <source>Choose the vehicle that would fly from the pad.</source>
        <translation>Выберите ракету-носитель, которая будет стартовать с ПУ.</translation>
    </message>
    <message>
        <source>Why not?</source>
        <translation>Почему нет?</translation>
    </message>
    <message>
        <source>&amp;Pad:</source>
        <translation>&amp;ПУ:</translation>
    </message>
    <message>
        <source>What blocks it:</source>
        <translation>Что мешает:</translation>
    </message>
    <message>
        <source>Ways out:</source>
        <translation>Выходы:</translation>
    </message>
    <message>
        <source>Why can&apos;t {tenant} have pad {pad} from {start} to {end}?</source>
        <translation>Почему {tenant} не может получить ПУ {pad} с {start} по {end}?</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Идёт выяснение…</translation>
    </message>
    <message>
        <source>Nothing blocks it: the pad can be allocated then.</source>
        <translation>Ничто не мешает: ПУ можно закрепить на этот период.</translation>
    </message>
    <message>
        <source>Only allocations that may still move are in the way: see the ways out.</source>
        <translation>Мешают только закрепления, которые ещё можно сдвинуть: см. выходы.</translation>
    </message>
    <message>
        <source>One reason blocks it:</source>
        <translation>Мешает одна причина:</translation>
    </message>
    <message>
        <source>These {count} reasons together block it:</source>
        <translation>Вместе мешают эти причины ({count}):</translation>
    </message>
    <message>
        <source>None within twenty years on this pad, and no other pad is free.</source>
        <translation>На этой ПУ — ни одного в ближайшие двадцать лет, и другие ПУ не свободны.</translation>
    </message>
    <message>
        <source>Could not work it out: {error}</source>
        <translation>Не удалось выяснить: {error}</translation>
    </message>
    <message>
        <source>Choose the tenant, the vehicle and the pad first.</source>
        <translation>Сначала выберите арендатора, ракету-носитель и ПУ.</translation>
    </message>
    <message>
        <source>Base map</source>
        <translation>Базовая карта</translation>
    </message>
    <message>
        <source>Cannot use {spec} as a base map.</source>
        <translation>Нельзя использовать {spec} как базовую карту.</translation>
    </message>
    <message>
        <source>Add Tile Base Map</source>
        <translation>Добавить тайловую базовую карту</translation>
    </message>
    <message>
        <source>URL template of an XYZ or WMTS tile server:</source>
        <translation>Шаблон URL тайлового сервера XYZ или WMTS:</translation>
    </message>
    <message>
        <source>Add MBTiles Base Map</source>
        <translation>Добавить базовую карту MBTiles</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles)</source>
        <translation>Файлы MBTiles (*.mbtiles)</translation>
    </message>
    <message>
        <source>Bookmark This View</source>
        <translation>Закладка на этот вид</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Название вида:</translation>
    </message>
    <message>
        <source>Boo&amp;kmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <source>&amp;Clear Bookmarks</source>
        <translation>&amp;Удалить все закладки</translation>
    </message>
    <message>
        <source>No bookmarks</source>
        <translation>Закладок нет</translation>
    </message>
    <message>
        <source>Next vertex (distance, bearing):</source>
        <translation>Следующая вершина (расстояние, азимут):</translation>
    </message>
    <message>
        <source>e.g. 250 45</source>
        <translation>напр. 250 45</translation>
    </message>
    <message>
        <source>Distance in metres (or km) and true bearing in degrees from the last vertex</source>
        <translation>Расстояние в метрах (или км) и истинный азимут в градусах от последней вершины</translation>
    </message>
    <message>
        <source>Type a distance and a bearing, e.g. 250 45.</source>
        <translation>Введите расстояние и азимут, например 250 45.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлен</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>История: {name}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <source>History needs a shared plan on a PostgreSQL server.</source>
        <translation>История есть только у общего плана на сервере PostgreSQL.</translation>
    </message>
    <message>
        <source>Changes: {count}</source>
        <translation>Изменений: {count}</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Pad, name, tenant, or coordinates (45.92, 63.34)</source>
        <translation>ПУ, название, арендатор или координаты (45.92, 63.34)</translation>
    </message>
    <message>
        <source>Go to {place}</source>
        <translation>Перейти к {place}</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
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
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Экспорт таблицы</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перенесено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>Pad {code}: statuses</source>
        <translation>ПУ {code}: состояния</translation>
    </message>
    <message>
        <source>{pad} {start} – {end}, {status}</source>
        <translation>{pad} {start} – {end}, {status}</translation>
    </message>
    <message>
        <source>{status} from {start} to {end}</source>
        <translation>{status} с {start} по {end}</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>начала</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>конца</translation>
    </message>
    <message>
        <source>no status periods</source>
        <translation>нет периодов состояния</translation>
    </message>
    <message>
        <source>Compare Scenarios</source>
        <translation>Сравнение сценариев</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;После:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Requests served</source>
        <translation>Обслуженные заявки</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Fees (USD)</source>
        <translation>Сборы (долл. США)</translation>
    </message>
    <message>
        <source>&amp;Show on Map</source>
        <translation>&amp;Показать на карте</translation>
    </message>
    <message>
        <source>Promote &amp;Ticked</source>
        <translation>Перенести &amp;отмеченные</translation>
    </message>
    <message>
        <source>Promote &amp;All</source>
        <translation>Перенести &amp;все</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Выберите две разные версии.</translation>
    </message>
    <message>
        <source>Changes: {count}. Findings gained: {gained}, lost: {lost} (as of {day}). Totals from {start} to {end}.</source>
        <translation>Изменений: {count}. Замечаний появилось: {gained}, исчезло: {lost} (на {day}). Итоги с {start} по {end}.</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Появились</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Исчезли</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Перенос в план</translation>
    </message>
    <message>
        <source>Changes of {name} promoted to the plan: {count}, in one step, which Edit &gt; Undo in the plan&apos;s window takes back.</source>
        <translation>Изменений «{name}» перенесено в план: {count}, одним шагом, который отменяет Правка &gt; Отменить в окне плана.</translation>
    </message>
    <message>
        <source>Scenario difference</source>
        <translation>Различие сценариев</translation>
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
        <translation>Показать план или один из его сценариев (каждый в своём окне)</translation>
    </message>
    <message>
        <source>This window shows the plan itself</source>
        <translation>В этом окне — сам план</translation>
    </message>
    <message>
        <source>Scenario: {name}</source>
        <translation>Сценарий: {name}</translation>
    </message>
    <message>
        <source>This window shows a scenario: its edits change the scenario, not the plan</source>
        <translation>В этом окне — сценарий: правки меняют сценарий, а не план</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Перейти к</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Новый сценарий</translation>
    </message>
    <message>
        <source>Name of the scenario (a copy of the plan):</source>
        <translation>Имя сценария (копии плана):</translation>
    </message>
    <message>
        <source>The plan has no scenarios.</source>
        <translation>У плана нет сценариев.</translation>
    </message>
    <message>
        <source>Remove Scenario</source>
        <translation>Удаление сценария</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Сценарий:</translation>
    </message>
    <message>
        <source>Remove scenario &quot;{name}&quot; and its unsaved edits? The plan is not changed.</source>
        <translation>Удалить сценарий «{name}» вместе с несохранёнными правками? План не изменится.</translation>
    </message>
    <message>
        <source>Removed scenario &quot;{name}&quot;.</source>
        <translation>Сценарий «{name}» удалён.</translation>
    </message>
    <message>
        <source>Welcome to cosmoplan</source>
        <translation>Добро пожаловать в cosmoplan</translation>
    </message>
    <message>
        <source>Open a plan to work on, or start a new one.</source>
        <translation>Откройте план для работы или начните новый.</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation>&amp;Недавние планы:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open the Baikonur &amp;Demo</source>
        <translation>Открыть &amp;демо «Байконур»</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Новый план</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>Открыть &amp;файл…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(не найден)</translation>
    </message>
    <message>
        <source>Allocation Dates</source>
        <translation>Даты выделения</translation>
    </message>
</context>
<context>
    <name>AllocationDialogForm</name>
    <message>
        <source>Allocate pad</source>
        <translation>Закрепление ПУ</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Арендатор:</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Ракета-носитель:</translation>
    </message>
    <message>
        <source>&amp;Pad:</source>
        <translation>&amp;ПУ:</translation>
    </message>
    <message>
        <source>Launch a&amp;zimuth (°):</source>
        <translation>Азиму&amp;т пуска (°):</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>Launch azimuth in degrees clockwise from north (0 to 360); it places the flight corridor (14 CFR 420 Appendix A).</source>
        <translation>Азимут пуска в градусах по часовой стрелке от севера (от 0 до 360); определяет положение коридора полёта (14 CFR 420, приложение A).</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>П&amp;о:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Использование:</translation>
    </message>
    <message>
        <source>Annual &amp;fee (US$):</source>
        <translation>&amp;Годовая плата (US$):</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>не согласована</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
    <message>
        <source>Pads for this vehicle and period (click one to choose it):</source>
        <translation>ПУ для этой ракеты-носителя и периода (щёлкните, чтобы выбрать):</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Подходит</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>ПУ</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Почему нет</translation>
    </message>
    <message>
        <source>Safety of this pad: hazard areas and flight corridor</source>
        <translation>Безопасность этой ПУ: опасные зоны и коридор полёта</translation>
    </message>
    <message>
        <source>What the other rules say about this allocation</source>
        <translation>Проверка закрепления по остальным правилам</translation>
    </message>
</context>
<context>
    <name>ComplexEditorForm</name>
    <message>
        <source>Launch complex</source>
        <translation>Стартовый комплекс</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Площадка:</translation>
    </message>
    <message>
        <source>e.g. 45</source>
        <translation>напр. 45</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>e.g. Zenit</source>
        <translation>напр. Зенит</translation>
    </message>
    <message>
        <source>C&amp;ontroller:</source>
        <translation>П&amp;ринадлежность:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
</context>
<context>
    <name>FacilityEditorForm</name>
    <message>
        <source>Facility</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Complex:</source>
        <translation>Стартовый &amp;комплекс:</translation>
    </message>
    <message>
        <source>Co&amp;mmissioned:</source>
        <translation>Ввод в &amp;эксплуатацию:</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задать</translation>
    </message>
    <message>
        <source>&amp;Decommissioned:</source>
        <translation>Вывод из экс&amp;плуатации:</translation>
    </message>
    <message>
        <source>&amp;Propellant:</source>
        <translation>Т&amp;опливо:</translation>
    </message>
    <message>
        <source>Max &amp;quantity (t):</source>
        <translation>Макс. ко&amp;личество (т):</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>&amp;Height (m):</source>
        <translation>&amp;Высота (м):</translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation>Геометрия:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Pads</source>
        <translation>ПУ</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Complexes</source>
        <translation>Комплексы</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
    <message>
        <source>Base layers</source>
        <translation>Подложки</translation>
    </message>
</context>
<context>
    <name>PadEditorForm</name>
    <message>
        <source>Launch pad</source>
        <translation>Пусковая установка</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Обозначение:</translation>
    </message>
    <message>
        <source>e.g. 45/1</source>
        <translation>напр. 45/1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Co&amp;mplex:</source>
        <translation>Стартовый &amp;комплекс:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Местоположение:</translation>
    </message>
    <message>
        <source>Lat (°):</source>
        <translation>Шир. (°):</translation>
    </message>
    <message>
        <source>45.9433</source>
        <translation>45.9433</translation>
    </message>
    <message>
        <source>Lon (°):</source>
        <translation>Долг. (°):</translation>
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
        <translation>&amp;Электроснабжение:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>&amp;Добавить период</translation>
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation>&amp;Удалить период</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Propellants</source>
        <translation>Компоненты топлива</translation>
    </message>
    <message>
        <source>Max lift-off &amp;mass (t):</source>
        <translation>Макс. стартовая &amp;масса (т):</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <source>Max &amp;height (m):</source>
        <translation>Макс. &amp;высота (м):</translation>
    </message>
    <message>
        <source>Max &amp;diameter (m):</source>
        <translation>Макс. &amp;диаметр (м):</translation>
    </message>
    <message>
        <source>Max &amp;thrust (kN):</source>
        <translation>Макс. &amp;тяга (кН):</translation>
    </message>
    <message>
        <source>Azimuth fr&amp;om (°):</source>
        <translation>Азимут &amp;от (°):</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Azimuth t&amp;o (°):</source>
        <translation>А&amp;зимут до (°):</translation>
    </message>
    <message>
        <source>&amp;Cadence (launches a year):</source>
        <translation>Т&amp;емп (пусков в год):</translation>
    </message>
    <message>
        <source>not stated (rules assume 12)</source>
        <translation>не указан (в правилах принято 12)</translation>
    </message>
</context>
<context>
    <name>RequestEditorForm</name>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Арендатор:</translation>
    </message>
    <message>
        <source>&amp;Vehicle:</source>
        <translation>&amp;Ракета-носитель:</translation>
    </message>
    <message>
        <source>&amp;Pads:</source>
        <translation>&amp;ПУ:</translation>
    </message>
    <message>
        <source>Codes, most preferred first (empty: any pad that fits)</source>
        <translation>Коды, сначала самые желанные (пусто: любая подходящая ПУ)</translation>
    </message>
    <message>
        <source>&amp;Earliest start:</source>
        <translation>Самое &amp;раннее начало:</translation>
    </message>
    <message>
        <source>&amp;Latest end:</source>
        <translation>Самый &amp;поздний конец:</translation>
    </message>
    <message>
        <source>&amp;Duration (days):</source>
        <translation>&amp;Длительность (дней):</translation>
    </message>
    <message>
        <source>U&amp;se:</source>
        <translation>&amp;Использование:</translation>
    </message>
    <message>
        <source>Launch &amp;azimuth (°):</source>
        <translation>&amp;Азимут пуска (°):</translation>
    </message>
    <message>
        <source>Unknown if empty</source>
        <translation>Пусто — неизвестен</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>Прио&amp;ритет:</translation>
    </message>
    <message>
        <source>Higher is worth more</source>
        <translation>Чем выше, тем ценнее</translation>
    </message>
    <message>
        <source>&amp;Fee offered (US$ a year):</source>
        <translation>Предлагаемая &amp;плата (US$ в год):</translation>
    </message>
    <message>
        <source>Not offered yet if empty</source>
        <translation>Пусто — ещё не предложена</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
</context>
<context>
    <name>TablesPanel</name>
    <message>
        <source>Complexes</source>
        <translation>Комплексы</translation>
    </message>
</context>
<context>
    <name>TenantEditorForm</name>
    <message>
        <source>Tenant</source>
        <translation>Арендатор</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Talks:</source>
        <translation>&amp;Переговоры:</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <source>name, e-mail or phone</source>
        <translation>имя, e-mail или телефон</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>where these facts come from</source>
        <translation>откуда эти сведения</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
</context>
<context>
    <name>VehicleEditorForm</name>
    <message>
        <source>Vehicle</source>
        <translation>Ракета-носитель</translation>
    </message>
    <message>
        <source>T&amp;enant:</source>
        <translation>&amp;Арендатор:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Propellant:</source>
        <translation>&amp;Топливо:</translation>
    </message>
    <message>
        <source>&amp;Stages:</source>
        <translation>&amp;Ступени:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>&amp;Height (m):</source>
        <translation>&amp;Высота (м):</translation>
    </message>
    <message>
        <source>&amp;Diameter (m):</source>
        <translation>&amp;Диаметр (м):</translation>
    </message>
    <message>
        <source>&amp;Lift-off mass (t):</source>
        <translation>Стартовая &amp;масса (т):</translation>
    </message>
    <message>
        <source>Propellant &amp;mass (t):</source>
        <translation>Масса т&amp;оплива (т):</translation>
    </message>
    <message>
        <source>Lift-off th&amp;rust (kN):</source>
        <translation>Стартовая т&amp;яга (кН):</translation>
    </message>
    <message>
        <source>Payload to LEO (&amp;kg):</source>
        <translation>&amp;ПН на НОО (кг):</translation>
    </message>
    <message>
        <source>Launches per &amp;year:</source>
        <translation>П&amp;усков в год:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>where these figures come from</source>
        <translation>откуда эти данные</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Приме&amp;чания:</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Division &amp;1.1 mass (kg):</source>
        <translation>Масса ВВ подкласса &amp;1.1 (кг):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Net explosive weight of the Division 1.1 motors or ordnance on the vehicle, added at 100% to the propellant&apos;s TNT equivalent (14 CFR 420.69(b)).</source>
        <translation>Масса нетто ВВ двигателей и средств поражения подкласса 1.1 на ракете-носителе; прибавляется в размере 100% к тротиловому эквиваленту топлива (14 CFR 420.69(b)).</translation>
    </message>
    <message>
        <source>TNT-e&amp;quivalent factor:</source>
        <translation>Коэффициент тротилового &amp;эквивалента:</translation>
    </message>
    <message>
        <source>established factor</source>
        <translation>установленный коэффициент</translation>
    </message>
    <message>
        <source>Fraction of the propellant mass counted as TNT, e.g. 0.2. Empty: the established (DoD) factor of the propellant, if there is one.</source>
        <translation>Доля массы топлива, принимаемая в тротиловом эквиваленте, например 0.2. Пусто — установленный (DoD) коэффициент для этого топлива, если он есть.</translation>
    </message>
    <message>
        <source>Factor sour&amp;ce:</source>
        <translation>Источник коэ&amp;ффициента:</translation>
    </message>
    <message>
        <source>required with a factor</source>
        <translation>обязателен с коэффициентом</translation>
    </message>
    <message>
        <source>Where the factor comes from (a test report, a standard, a study).</source>
        <translation>Откуда взят коэффициент (протокол испытаний, стандарт, исследование).</translation>
    </message>
    <message>
        <source>C&amp;orridor class:</source>
        <translation>К&amp;ласс коридора:</translation>
    </message>
    <message>
        <source>The weight class of 14 CFR 420.19 Table 1 (or guided suborbital) that sizes the flight corridor of Appendix A.</source>
        <translation>Весовой класс по 14 CFR 420.19, табл. 1 (или управляемая суборбитальная), определяющий размеры коридора полёта по приложению A.</translation>
    </message>
    <message>
        <source>Apo&amp;gee (km):</source>
        <translation>Апо&amp;гей (км):</translation>
    </message>
    <message>
        <source>Apogee of the final stage: sizes the impact area of a guided suborbital vehicle (Appendix A, Eq. A40-A41).</source>
        <translation>Апогей последней ступени: определяет размер района падения управляемой суборбитальной ракеты (приложение A, формулы A40-A41).</translation>
    </message>
</context>
<context>
    <name>ZoneEditorForm</name>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Held by tenant:</source>
        <translation>&amp;Арендатор-владелец:</translation>
    </message>
    <message>
        <source>The tenant that holds this land (a lease in the special economic zone): for every other tenant it is a public area (14 CFR 420.5).</source>
        <translation>Арендатор, которому принадлежит этот участок (аренда в особой экономической зоне): для всех остальных арендаторов это общедоступная зона (14 CFR 420.5).</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Действует &amp;с:</translation>
    </message>
    <message>
        <source>set</source>
        <translation>задать</translation>
    </message>
    <message>
        <source>Valid &amp;to:</source>
        <translation>Действует &amp;до:</translation>
    </message>
    <message>
        <source>Geometry:</source>
        <translation>Геометрия:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>При&amp;мечания:</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Reserve</source>
        <translation>За&amp;бронировать</translation>
    </message>
    <message>
        <source>Si&amp;gn</source>
        <translation>&amp;Подписать</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Ввести в действие</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>&amp;Cancel Allocation</source>
        <translation>&amp;Отменить закрепление</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Выделение</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Сдвиг</translation>
    </message>
    <message>
        <source>&amp;Zoom to Box</source>
        <translation>&amp;Масштаб рамкой</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Измерение</translation>
    </message>
    <message>
        <source>Draw P&amp;oint</source>
        <translation>Рисовать &amp;точку</translation>
    </message>
    <message>
        <source>Draw &amp;Line</source>
        <translation>Рисовать &amp;линию</translation>
    </message>
    <message>
        <source>Draw Pol&amp;ygon</source>
        <translation>Рисовать &amp;полигон</translation>
    </message>
    <message>
        <source>Mo&amp;ve Feature</source>
        <translation>П&amp;еремещение объекта</translation>
    </message>
    <message>
        <source>Edit &amp;Vertices</source>
        <translation>Правка ве&amp;ршин</translation>
    </message>
    <message>
        <source>&amp;New Plan</source>
        <translation>&amp;Новый план</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>A copy of the plan and its scenarios in a new file</source>
        <translation>Копия плана и его сценариев в новом файле</translation>
    </message>
    <message>
        <source>&amp;Import Features…</source>
        <translation>&amp;Импорт объектов…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>Экспорт &amp;таблицы…</translation>
    </message>
    <message>
        <source>The rows shown in the table used last, as a CSV or XLSX file</source>
        <translation>Строки, показанные в последней использованной таблице, в виде файла CSV или XLSX</translation>
    </message>
    <message>
        <source>Add &amp;Base Layer…</source>
        <translation>&amp;Добавить подложку…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Edit Properties…</source>
        <translation>&amp;Свойства…</translation>
    </message>
    <message>
        <source>Object &amp;History…</source>
        <translation>&amp;История объекта…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find a pad, a name or a tenant, or go to coordinates typed</source>
        <translation>Найти ПУ, название или арендатора либо перейти к введённым координатам</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Снять &amp;выделение</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Zoom to &amp;All</source>
        <translation>Показать &amp;всё</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Показать в&amp;ыделенное</translation>
    </message>
    <message>
        <source>Colour Pads by &amp;Tenant</source>
        <translation>Раскрасить ПУ по &amp;арендаторам</translation>
    </message>
    <message>
        <source>Fill each pad with the colour of the tenant holding it on the date</source>
        <translation>Заливать каждую ПУ цветом арендатора, за которым она закреплена на эту дату</translation>
    </message>
    <message>
        <source>New Re&amp;quest…</source>
        <translation>Новая &amp;заявка…</translation>
    </message>
    <message>
        <source>A tenant&apos;s request for a pad, to place later</source>
        <translation>Заявка арендатора на ПУ, чтобы разместить её позже</translation>
    </message>
    <message>
        <source>&amp;Optimise…</source>
        <translation>&amp;Оптимизировать…</translation>
    </message>
    <message>
        <source>Place the open requests on pads so that no error rule fires</source>
        <translation>Разместить открытые заявки на ПУ так, чтобы не сработало ни одно правило-ошибка</translation>
    </message>
    <message>
        <source>&amp;Why Not?</source>
        <translation>Почему &amp;нет?</translation>
    </message>
    <message>
        <source>Why the selected request cannot have its pad, and the ways out</source>
        <translation>Почему выбранная заявка не может получить свою ПУ, и выходы</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About cosmoplan</source>
        <translation>&amp;О программе cosmoplan</translation>
    </message>
    <message>
        <source>Show &amp;Hazard Areas</source>
        <translation>Показать &amp;опасные зоны</translation>
    </message>
    <message>
        <source>Draw the public-area and public-traffic-route distances around held pads</source>
        <translation>Показывать вокруг закреплённых ПУ безопасные расстояния до общедоступных зон и дорог общего пользования</translation>
    </message>
    <message>
        <source>Show &amp;Flight Corridors</source>
        <translation>Показать &amp;коридоры полёта</translation>
    </message>
    <message>
        <source>Draw the overflight exclusion zone and flight corridor of each launch azimuth given by the allocations held on the date</source>
        <translation>Показывать зону отчуждения и коридор полёта для каждого азимута пуска из закреплений, действующих на эту дату</translation>
    </message>
    <message>
        <source>&amp;Reset Panel Layout</source>
        <translation>&amp;Сбросить расположение панелей</translation>
    </message>
    <message>
        <source>&amp;Keep Measurement as Guide</source>
        <translation>Со&amp;хранить измерение как направляющую</translation>
    </message>
    <message>
        <source>C&amp;lear Guides</source>
        <translation>&amp;Убрать направляющие</translation>
    </message>
    <message>
        <source>New &amp;Pad</source>
        <translation>Новая &amp;пусковая установка</translation>
    </message>
    <message>
        <source>Click on the map where the new pad is</source>
        <translation>Щёлкните на карте в месте расположения новой ПУ</translation>
    </message>
    <message>
        <source>New Facility as &amp;Point</source>
        <translation>&amp;Точечный объект</translation>
    </message>
    <message>
        <source>New Facility as &amp;Line</source>
        <translation>&amp;Линейный объект</translation>
    </message>
    <message>
        <source>New Facility as Pol&amp;ygon</source>
        <translation>&amp;Площадной объект</translation>
    </message>
    <message>
        <source>New &amp;Zone</source>
        <translation>Новая &amp;зона</translation>
    </message>
    <message>
        <source>New Launch &amp;Complex</source>
        <translation>Новый стартовый &amp;комплекс</translation>
    </message>
    <message>
        <source>New &amp;Tenant…</source>
        <translation>Новый &amp;арендатор…</translation>
    </message>
    <message>
        <source>New &amp;Vehicle…</source>
        <translation>Новая &amp;ракета-носитель…</translation>
    </message>
    <message>
        <source>A new launch vehicle of the selected tenant</source>
        <translation>Новая ракета-носитель выбранного арендатора</translation>
    </message>
    <message>
        <source>&amp;Allocate Pad…</source>
        <translation>Закреп&amp;ить ПУ…</translation>
    </message>
    <message>
        <source>Allocate a pad to a tenant&apos;s vehicle (starts from the selection)</source>
        <translation>Закрепить ПУ за ракетой-носителем арендатора (начиная с выделенного)</translation>
    </message>
    <message>
        <source>&amp;Delete Allocation</source>
        <translation>&amp;Удалить закрепление</translation>
    </message>
    <message>
        <source>Plan P&amp;roperties…</source>
        <translation>Сво&amp;йства плана…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>П&amp;лан</translation>
    </message>
    <message>
        <source>New &amp;Facility</source>
        <translation>Новый &amp;объект</translation>
    </message>
    <message>
        <source>Allocation &amp;Status</source>
        <translation>&amp;Статус закрепления</translation>
    </message>
    <message>
        <source>Sce&amp;narios</source>
        <translation>Сце&amp;нарии</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
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
        <translation>Добавить &amp;тайловую карту…</translation>
    </message>
    <message>
        <source>Add &amp;MBTiles Base Map…</source>
        <translation>Добавить карту &amp;MBTiles…</translation>
    </message>
    <message>
        <source>Remove Tile Base Maps</source>
        <translation>Убрать тайловые карты</translation>
    </message>
    <message>
        <source>&amp;Bookmark This View…</source>
        <translation>&amp;Закладка на этот вид…</translation>
    </message>
    <message>
        <source>&amp;New Scenario…</source>
        <translation>&amp;Новый сценарий…</translation>
    </message>
    <message>
        <source>A what-if copy of the plan&apos;s allocations, requests and pad statuses</source>
        <translation>Копия закреплений, заявок и состояний площадок плана для проверки «что, если»</translation>
    </message>
    <message>
        <source>&amp;Switch to…</source>
        <translation>&amp;Перейти к…</translation>
    </message>
    <message>
        <source>Show the plan or one of its scenarios</source>
        <translation>Показать план или один из его сценариев</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Сравнить…</translation>
    </message>
    <message>
        <source>Two versions side by side, and their difference</source>
        <translation>Две версии рядом и различие между ними</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>Перенести в &amp;план…</translation>
    </message>
    <message>
        <source>Make a scenario&apos;s changes, all or the chosen ones, the plan&apos;s</source>
        <translation>Перенести изменения сценария в план — все или выбранные</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>Allocate pad</source>
        <translation>Закрепление ПУ</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Закрепление</translation>
    </message>
    <message>
        <source>New launch complex</source>
        <translation>Новый стартовый комплекс</translation>
    </message>
    <message>
        <source>Launch complex</source>
        <translation>Стартовый комплекс</translation>
    </message>
    <message>
        <source>New facility</source>
        <translation>Новый объект</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>New launch pad</source>
        <translation>Новая пусковая установка</translation>
    </message>
    <message>
        <source>Launch pad</source>
        <translation>Пусковая установка</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>Новая зона</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation>Новый арендатор</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Арендатор</translation>
    </message>
    <message>
        <source>New vehicle</source>
        <translation>Новая ракета-носитель</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Ракета-носитель</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
</context>
<context>
    <name>enums</name>
    <message>
        <source>launch complex</source>
        <translation>стартовый комплекс</translation>
    </message>
    <message>
        <source>launch pad</source>
        <translation>пусковая установка</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>арендатор</translation>
    </message>
    <message>
        <source>vehicle</source>
        <translation>ракета-носитель</translation>
    </message>
    <message>
        <source>allocation</source>
        <translation>закрепление</translation>
    </message>
    <message>
        <source>request</source>
        <translation>заявка</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>Аэропорт</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Закреплено</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>Закрепления</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Одобрен</translation>
    </message>
    <message>
        <source>Assembly-test building (MIK)</source>
        <translation>Монтажно-испытательный корпус (МИК)</translation>
    </message>
    <message>
        <source>Baiterek joint venture</source>
        <translation>СП «Байтерек»</translation>
    </message>
    <message>
        <source>Cable mast</source>
        <translation>Кабель-мачта</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Control bunker</source>
        <translation>Бункер управления</translation>
    </message>
    <message>
        <source>Cosmodrome boundary</source>
        <translation>Граница космодрома</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Повреждена</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Выведен из эксплуатации</translation>
    </message>
    <message>
        <source>Derived</source>
        <translation>Расчётные данные</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Разрушена</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Первый контакт</translation>
    </message>
    <message>
        <source>Fuelling station</source>
        <translation>Заправочная станция</translation>
    </message>
    <message>
        <source>General knowledge</source>
        <translation>Общедоступные сведения</translation>
    </message>
    <message>
        <source>Guided suborbital</source>
        <translation>Управляемый суборбитальный</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Жилой объект</translation>
    </message>
    <message>
        <source>In talks</source>
        <translation>Идут переговоры</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Не действует</translation>
    </message>
    <message>
        <source>Incumbent</source>
        <translation>Действующий оператор</translation>
    </message>
    <message>
        <source>Kazakh-controlled territory</source>
        <translation>Территория под контролем РК</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>LOX / hydrogen</source>
        <translation>Кислород / водород</translation>
    </message>
    <message>
        <source>LOX / kerosene</source>
        <translation>Кислород / керосин</translation>
    </message>
    <message>
        <source>LOX / methane</source>
        <translation>Кислород / метан</translation>
    </message>
    <message>
        <source>LOX / propane</source>
        <translation>Кислород / пропан</translation>
    </message>
    <message>
        <source>Large orbital</source>
        <translation>Большой орбитальный</translation>
    </message>
    <message>
        <source>Launch complexes</source>
        <translation>Комплексы</translation>
    </message>
    <message>
        <source>Medium orbital</source>
        <translation>Средний орбитальный</translation>
    </message>
    <message>
        <source>Medium-large orbital</source>
        <translation>Средне-большой орбитальный</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>Музей</translation>
    </message>
    <message>
        <source>N2O4 / UDMH</source>
        <translation>АТ / НДМГ</translation>
    </message>
    <message>
        <source>National programme</source>
        <translation>Национальная программа</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Эксплуатируется</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Не эксплуатируется</translation>
    </message>
    <message>
        <source>Pads</source>
        <translation>ПУ</translation>
    </message>
    <message>
        <source>Paraffin / LOX (hybrid)</source>
        <translation>Парафин / кислород (гибридное)</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Трубопровод</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Планируется</translation>
    </message>
    <message>
        <source>Power substation</source>
        <translation>Электроподстанция</translation>
    </message>
    <message>
        <source>Propellant store</source>
        <translation>Хранилище КРТ</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>Общедоступная зона</translation>
    </message>
    <message>
        <source>Rail line</source>
        <translation>Железная дорога</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Забронировано</translation>
    </message>
    <message>
        <source>Restricted area</source>
        <translation>Зона ограниченного доступа</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Автодорога</translation>
    </message>
    <message>
        <source>Roscosmos (lease)</source>
        <translation>Роскосмос (аренда)</translation>
    </message>
    <message>
        <source>Russian-leased territory</source>
        <translation>Территория аренды РФ</translation>
    </message>
    <message>
        <source>Schematic</source>
        <translation>Схематично</translation>
    </message>
    <message>
        <source>Service tower</source>
        <translation>Башня обслуживания</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Small orbital</source>
        <translation>Малый орбитальный</translation>
    </message>
    <message>
        <source>Solid</source>
        <translation>Твёрдое топливо</translation>
    </message>
    <message>
        <source>Special economic zone</source>
        <translation>Особая экономическая зона</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Стартап</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлено</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Арендаторы</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>Строится</translation>
    </message>
    <message>
        <source>Under modernisation</source>
        <translation>На модернизации</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Введено пользователем</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Ракеты-носители</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <source>Water line</source>
        <translation>Водовод</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Зоны</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Annual fee (USD)</source>
        <translation>Годовая плата (USD)</translation>
    </message>
    <message>
        <source>Apogee (km)</source>
        <translation>Апогей (км)</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Commissioned</source>
        <translation>Введён в строй</translation>
    </message>
    <message>
        <source>Launch complex</source>
        <translation>Стартовый комплекс</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Controlled by</source>
        <translation>Под управлением</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Decommissioned</source>
        <translation>Выведен из эксплуатации</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Diameter (m)</source>
        <translation>Диаметр (м)</translation>
    </message>
    <message>
        <source>Division 1.1 explosives (kg)</source>
        <translation>Взрывчатые вещества подкласса 1.1 (кг)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Exclusive use</source>
        <translation>Исключительное использование</translation>
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
        <translation>Высота (м)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Launch azimuth (°)</source>
        <translation>Азимут пуска (°)</translation>
    </message>
    <message>
        <source>Launches per year</source>
        <translation>Пусков в год</translation>
    </message>
    <message>
        <source>Lift-off mass (kg)</source>
        <translation>Стартовая масса (кг)</translation>
    </message>
    <message>
        <source>Lift-off thrust (kN)</source>
        <translation>Стартовая тяга (кН)</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>Maximum quantity (kg)</source>
        <translation>Наибольшее количество (кг)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Payload to LEO (kg)</source>
        <translation>Полезная нагрузка на НОО (кг)</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>Электроснабжение</translation>
    </message>
    <message>
        <source>Propellant</source>
        <translation>Топливо</translation>
    </message>
    <message>
        <source>Propellant mass (kg)</source>
        <translation>Масса топлива (кг)</translation>
    </message>
    <message>
        <source>Source and confidence</source>
        <translation>Источник и достоверность</translation>
    </message>
    <message>
        <source>Required facilities</source>
        <translation>Необходимые объекты</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка (номер)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Ступени</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status periods</source>
        <translation>Периоды статусов</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Арендатор</translation>
    </message>
    <message>
        <source>TNT equivalence</source>
        <translation>Тротиловый эквивалент</translation>
    </message>
    <message>
        <source>Source of the TNT equivalence</source>
        <translation>Источник тротилового эквивалента</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <source>Vehicle class</source>
        <translation>Класс ракеты</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Ракета</translation>
    </message>
</context>
<context>
    <name>findings</name>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>&lt;plan as opened&gt;</source>
        <translation>&lt;план при открытии&gt;</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>Flight corridors</source>
        <translation>Коридоры полёта</translation>
    </message>
    <message>
        <source>Hazard areas</source>
        <translation>Опасные зоны</translation>
    </message>
    <message>
        <source>Cosmodrome boundary</source>
        <translation>Граница космодрома</translation>
    </message>
    <message>
        <source>Russian-leased territory</source>
        <translation>Территория аренды РФ</translation>
    </message>
    <message>
        <source>Kazakh-controlled territory</source>
        <translation>Территория под контролем РК</translation>
    </message>
    <message>
        <source>Special economic zone</source>
        <translation>Особая экономическая зона</translation>
    </message>
    <message>
        <source>Public areas (towns, airport)</source>
        <translation>Общедоступные зоны (города, аэропорт)</translation>
    </message>
    <message>
        <source>Restricted areas</source>
        <translation>Зоны ограниченного доступа</translation>
    </message>
    <message>
        <source>Launch complexes</source>
        <translation>Стартовые комплексы</translation>
    </message>
    <message>
        <source>Water lines</source>
        <translation>Водоводы</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Трубопроводы</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Автодороги</translation>
    </message>
    <message>
        <source>Rail lines</source>
        <translation>Железные дороги</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Жилые объекты</translation>
    </message>
    <message>
        <source>Airports</source>
        <translation>Аэропорты</translation>
    </message>
    <message>
        <source>Assembly-test buildings (MIK)</source>
        <translation>Монтажно-испытательные корпуса (МИК)</translation>
    </message>
    <message>
        <source>Propellant stores</source>
        <translation>Хранилища КРТ</translation>
    </message>
    <message>
        <source>Fuelling stations</source>
        <translation>Заправочные станции</translation>
    </message>
    <message>
        <source>Power substations</source>
        <translation>Электроподстанции</translation>
    </message>
    <message>
        <source>Control bunkers</source>
        <translation>Бункеры управления</translation>
    </message>
    <message>
        <source>Service towers</source>
        <translation>Башни обслуживания</translation>
    </message>
    <message>
        <source>Cable masts</source>
        <translation>Кабель-мачты</translation>
    </message>
    <message>
        <source>Other facilities</source>
        <translation>Прочие объекты</translation>
    </message>
    <message>
        <source>Launch pads</source>
        <translation>Пусковые установки</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>Tenant</source>
        <translation>Арендатор</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Pads</source>
        <translation>ПУ</translation>
    </message>
    <message>
        <source>Earliest start</source>
        <translation>Раннее начало</translation>
    </message>
    <message>
        <source>Latest end</source>
        <translation>Поздний конец</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Fee offered (US$)</source>
        <translation>Предлагаемая плата (US$)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Принадлежность</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <source>Complex</source>
        <translation>Стартовый комплекс</translation>
    </message>
    <message>
        <source>Propellants</source>
        <translation>Компоненты топлива</translation>
    </message>
    <message>
        <source>Max mass (t)</source>
        <translation>Макс. масса (т)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>В эксплуатации</translation>
    </message>
    <message>
        <source>Propellant</source>
        <translation>Топливо</translation>
    </message>
    <message>
        <source>Max quantity (t)</source>
        <translation>Макс. количество (т)</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Площадь (км²)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Height (m)</source>
        <translation>Высота (м)</translation>
    </message>
    <message>
        <source>Diameter (m)</source>
        <translation>Диаметр (м)</translation>
    </message>
    <message>
        <source>Lift-off mass (t)</source>
        <translation>Стартовая масса (т)</translation>
    </message>
    <message>
        <source>Thrust (kN)</source>
        <translation>Тяга (кН)</translation>
    </message>
    <message>
        <source>Launches/year</source>
        <translation>Пусков в год</translation>
    </message>
    <message>
        <source>Corridor class</source>
        <translation>Класс коридора</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Ракета-носитель</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>ПУ</translation>
    </message>
    <message>
        <source>Azimuth (°)</source>
        <translation>Азимут (°)</translation>
    </message>
    <message>
        <source>Annual fee (US$)</source>
        <translation>Годовая плата (US$)</translation>
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
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>analysis.duplicate_rule</source>
        <extracomment>A rule with id {rule!r} is already in the catalogue.</extracomment>
        <translation>Правило с id {rule!r} уже есть в каталоге.</translation>
    </message>
    <message>
        <source>analysis.unknown_rule</source>
        <extracomment>There is no rule with id {rule!r}.</extracomment>
        <translation>Нет правила с id {rule!r}.</translation>
    </message>
    <message>
        <source>cli.allocation_refused</source>
        <extracomment>Allocation refused: it breaks {count} error {count:plural:rule|rules}, listed above; the plan is unchanged (use --force to allocate anyway).</extracomment>
        <translation>Закрепление отклонено: оно нарушает {count} {count:plural:правило|правила|правил} уровня «ошибка», перечисленные выше; план не изменён (чтобы закрепить всё равно, используйте --force).</translation>
    </message>
    <message>
        <source>cli.bad_object</source>
        <extracomment>{given} names no object: write KIND:ID or KIND:CODE (e.g. pads:45/1, tenants:3).</extracomment>
        <translation>{given} не называет объект: укажите ВИД:ID или ВИД:КОД (например, pads:45/1, tenants:3).</translation>
    </message>
    <message>
        <source>cli.corridor.write_failed</source>
        <extracomment>Cannot write {path}: {reason}</extracomment>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <source>cli.gui_missing_libraries</source>
        <extracomment>Qt needs system libraries that are missing; install them with: {command}</extracomment>
        <translation>Qt не хватает системных библиотек; установите их командой: {command}</translation>
    </message>
    <message>
        <source>cli.gui_no_display</source>
        <extracomment>No display to open the window on: run cosmoplan in a desktop session (or under xvfb-run).</extracomment>
        <translation>Нет дисплея, на котором можно открыть окно: запустите cosmoplan в графическом сеансе (или через xvfb-run).</translation>
    </message>
    <message>
        <source>cli.gui_plan_and_demo</source>
        <extracomment>Give either a plan or --demo PATH, not both.</extracomment>
        <translation>Укажите либо план, либо --demo PATH, но не оба.</translation>
    </message>
    <message>
        <source>cli.hazard.source_without_factor</source>
        <extracomment>--factor-source needs --tnt-factor.</extracomment>
        <translation>--factor-source требует --tnt-factor.</translation>
    </message>
    <message>
        <source>cli.liaison_tenant</source>
        <extracomment>A liaison needs --tenant NAME_OR_ID of the tenant it may see.</extracomment>
        <translation>Представителю арендатора нужен --tenant ИМЯ_ИЛИ_ID арендатора, которого он может видеть.</translation>
    </message>
    <message>
        <source>cli.list.needs_output</source>
        <extracomment>An {format} file cannot go to the terminal: name the file to write with -o FILE.</extracomment>
        <translation>Файл {format} нельзя вывести в терминал: укажите файл для записи через -o FILE.</translation>
    </message>
    <message>
        <source>cli.list.output_format</source>
        <extracomment>-o writes CSV or XLSX files; {format} goes to the terminal (redirect it with &gt; FILE).</extracomment>
        <translation>-o записывает файлы CSV или XLSX; {format} выводится в терминал (перенаправьте его через &gt; FILE).</translation>
    </message>
    <message>
        <source>cli.needs_server</source>
        <extracomment>{location} is not a PostgreSQL URL (postgresql://…).</extracomment>
        <translation>{location} — не URL PostgreSQL (postgresql://…).</translation>
    </message>
    <message>
        <source>cli.no_such_plan</source>
        <extracomment>No plan file at {path}.</extracomment>
        <translation>Нет файла плана {path}.</translation>
    </message>
    <message>
        <source>cli.not_utf8</source>
        <extracomment>Argument {number} is not valid UTF-8 text ({shown}); retype it or fix the terminal&apos;s encoding.</extracomment>
        <translation>Аргумент {number} не является текстом в UTF-8 ({shown}); введите его заново или исправьте кодировку терминала.</translation>
    </message>
    <message>
        <source>cli.plan_exists</source>
        <extracomment>{path} already exists (use --force to replace it).</extracomment>
        <translation>{path} уже существует (чтобы заменить, используйте --force).</translation>
    </message>
    <message>
        <source>cli.plan_is_directory</source>
        <extracomment>{path} is a directory, not a plan file.</extracomment>
        <translation>{path} — это папка, а не файл плана.</translation>
    </message>
    <message>
        <source>cli.report.scenario_as_of</source>
        <extracomment>A scenario is reported as it is now: leave out --as-of-time, or report the plan.</extracomment>
        <translation>Сценарий включается в отчёт в нынешнем виде: уберите --as-of-time или постройте отчёт по плану.</translation>
    </message>
    <message>
        <source>cli.request.unknown</source>
        <extracomment>There is no request {id}.</extracomment>
        <translation>Заявки {id} нет.</translation>
    </message>
    <message>
        <source>cli.scenario.period_reversed</source>
        <extracomment>The period ends ({end}) before it starts ({start}).</extracomment>
        <translation>Период заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <source>command.add</source>
        <extracomment>Add {what}</extracomment>
        <translation>Добавление: {what}</translation>
    </message>
    <message>
        <source>command.count</source>
        <extracomment>{count} {kind}</extracomment>
        <translation>{count} {kind}</translation>
    </message>
    <message>
        <source>command.plan_info</source>
        <extracomment>Edit plan properties</extracomment>
        <translation>Изменение свойств плана</translation>
    </message>
    <message>
        <source>command.remove</source>
        <extracomment>Delete {what}</extracomment>
        <translation>Удаление: {what}</translation>
    </message>
    <message>
        <source>command.update</source>
        <extracomment>Edit {what}</extracomment>
        <translation>Изменение: {what}</translation>
    </message>
    <message>
        <source>demo.bad_data</source>
        <extracomment>Demo data file {file} is not valid: {reason}</extracomment>
        <translation>Файл демонстрационных данных {file} некорректен: {reason}</translation>
    </message>
    <message>
        <source>demo.synthetic.bad_count</source>
        <extracomment>{field} must be a whole number of at least {low} (got {value}).</extracomment>
        <translation>Поле {field} должно быть целым числом не меньше {low} (получено {value}).</translation>
    </message>
    <message>
        <source>demo.synthetic.bad_extent</source>
        <extracomment>The site extent must be between 1 and 200 km (got {value} m).</extracomment>
        <translation>Размер площадки должен быть от 1 до 200 км (получено {value} м).</translation>
    </message>
    <message>
        <source>domain.control_character</source>
        <extracomment>{field} contains a control character ({character}); type plain text.</extracomment>
        <translation>{field} содержит управляющий символ ({character}); введите обычный текст.</translation>
    </message>
    <message>
        <source>domain.dates_reversed</source>
        <extracomment>{field_end} ({end}) is before {field_start} ({start}).</extracomment>
        <translation>{field_end} ({end}) раньше, чем {field_start} ({start}).</translation>
    </message>
    <message>
        <source>domain.geometry_empty</source>
        <extracomment>{field} is empty.</extracomment>
        <translation>Поле {field} пусто.</translation>
    </message>
    <message>
        <source>domain.geometry_invalid</source>
        <extracomment>{field} is not a valid geometry: {reason}.</extracomment>
        <translation>Поле {field} не является допустимой геометрией: {reason}.</translation>
    </message>
    <message>
        <source>domain.geometry_not_finite</source>
        <extracomment>{field} has coordinates that are not finite numbers.</extracomment>
        <translation>В поле {field} есть координаты, не являющиеся конечными числами.</translation>
    </message>
    <message>
        <source>domain.geometry_type</source>
        <extracomment>{field} must be a {expected}, not a {actual}.</extracomment>
        <translation>Поле {field} должно быть типа {expected}, а не {actual}.</translation>
    </message>
    <message>
        <source>domain.not_negative</source>
        <extracomment>{field} must not be negative (got {value}).</extracomment>
        <translation>Поле {field} не может быть отрицательным (получено {value}).</translation>
    </message>
    <message>
        <source>domain.not_positive</source>
        <extracomment>{field} must be greater than zero (got {value}).</extracomment>
        <translation>Поле {field} должно быть больше нуля (получено {value}).</translation>
    </message>
    <message>
        <source>domain.outside_horizon</source>
        <extracomment>{field} ({value}) is outside the planning horizon, {first} to {last}.</extracomment>
        <translation>{field} ({value}) выходит за горизонт планирования: с {first} по {last}.</translation>
    </message>
    <message>
        <source>domain.pad.status_periods_overlap</source>
        <extracomment>Status periods of pad {code} overlap: {first} and {second}.</extracomment>
        <translation>Периоды статусов ПУ {code} пересекаются: {first} и {second}.</translation>
    </message>
    <message>
        <source>domain.range</source>
        <extracomment>{field} must be between {low} and {high} (got {value}).</extracomment>
        <translation>Поле {field} должно быть в пределах от {low} до {high} (получено {value}).</translation>
    </message>
    <message>
        <source>domain.request.duration_too_long</source>
        <extracomment>The request asks for {duration} days, but its window from {start} to {end} has only {window} days.</extracomment>
        <translation>Заявка просит {duration} дн., но в её окне с {start} по {end} только {window} дн.</translation>
    </message>
    <message>
        <source>domain.request.repeated_pad</source>
        <extracomment>The wanted pads name pad {pad} more than once.</extracomment>
        <translation>Желаемые ПУ называют ПУ {pad} более одного раза.</translation>
    </message>
    <message>
        <source>domain.required</source>
        <extracomment>{field} is required.</extracomment>
        <translation>Поле {field} обязательно.</translation>
    </message>
    <message>
        <source>domain.too_long</source>
        <extracomment>{field} is too long: {length} characters, at most {limit}.</extracomment>
        <translation>{field} слишком длинное: {length} символов, допускается не более {limit}.</translation>
    </message>
    <message>
        <source>domain.vehicle.factor_source</source>
        <extracomment>A TNT-equivalent factor entered by the planner needs its source.</extracomment>
        <translation>Для коэффициента тротилового эквивалента, введённого планировщиком, нужно указать источник.</translation>
    </message>
    <message>
        <source>files.output_is_folder</source>
        <extracomment>{path} is a folder; give the name of the {kind} file to write.</extracomment>
        <translation>{path} — папка; укажите имя записываемого файла {kind}.</translation>
    </message>
    <message>
        <source>files.over_other_kind</source>
        <extracomment>{path} exists and does not hold {kind} data, so it was left as it is: choose another file name.</extracomment>
        <translation>{path} уже существует и не содержит данных {kind}, поэтому файл оставлен как есть: выберите другое имя файла.</translation>
    </message>
    <message>
        <source>files.over_plan</source>
        <extracomment>{path} is a cosmoplan plan, and no {kind} output is ever written over a plan: choose another file name.</extracomment>
        <translation>{path} — план cosmoplan, а вывод {kind} никогда не записывается поверх плана: выберите другое имя файла.</translation>
    </message>
    <message>
        <source>finding.allocation.cadence</source>
        <extracomment>Pad {pad} would see up to {rate:g} launches a year from {period_start} to {period_end} ({count} allocations: {names}), more than its cadence of {cadence:g} a year.</extracomment>
        <translation>С ПУ {pad} с {period_start} по {period_end} проводилось бы до {rate:g} пусков в год (закреплений — {count}: {names}), что больше её темпа {cadence:g} в год.</translation>
    </message>
    <message>
        <source>finding.allocation.overlap</source>
        <extracomment>Allocations of {first_tenant} ({first_vehicle}) and {second_tenant} ({second_vehicle}) overlap on pad {pad} from {overlap_start} to {overlap_end} ({days} days); both are exclusive.</extracomment>
        <translation>Закрепления {first_tenant} ({first_vehicle}) и {second_tenant} ({second_vehicle}) на ПУ {pad} пересекаются с {overlap_start} по {overlap_end} (дней: {days}); оба монопольные.</translation>
    </message>
    <message>
        <source>finding.allocation.overlap.one_exclusive</source>
        <extracomment>Allocations of {first_tenant} ({first_vehicle}) and {second_tenant} ({second_vehicle}) overlap on pad {pad} from {overlap_start} to {overlap_end} ({days} days); the allocation of {exclusive_tenant} ({exclusive_vehicle}) is exclusive.</extracomment>
        <translation>Закрепления {first_tenant} ({first_vehicle}) и {second_tenant} ({second_vehicle}) на ПУ {pad} пересекаются с {overlap_start} по {overlap_end} (дней: {days}); закрепление {exclusive_tenant} ({exclusive_vehicle}) монопольное.</translation>
    </message>
    <message>
        <source>finding.allocation.period</source>
        <extracomment>Allocation of pad {pad} to {tenant} ({vehicle}) from {start} to {end} runs {years:.1f} years; more than {max_years} years is implausible.</extracomment>
        <translation>Закрепление ПУ {pad} за {tenant} ({vehicle}) с {start} по {end} длится {years:.1f} г.; срок более {max_years} лет неправдоподобен.</translation>
    </message>
    <message>
        <source>finding.allocation.period.early</source>
        <extracomment>Allocation of pad {pad} to {tenant} ({vehicle}) from {start} to {end} starts before {earliest}, before the cosmodrome existed.</extracomment>
        <translation>Закрепление ПУ {pad} за {tenant} ({vehicle}) с {start} по {end} начинается раньше {earliest}, когда космодрома ещё не существовало.</translation>
    </message>
    <message>
        <source>finding.allocation.stale</source>
        <extracomment>Allocation of pad {pad} to {tenant} ({vehicle}) from {start} to {end} is over by {at} but still {status}; mark it ended or cancelled.</extracomment>
        <translation>Закрепление ПУ {pad} за {tenant} ({vehicle}) с {start} по {end} к {at} истекло, но всё ещё в статусе «{status}»; переведите его в «завершено» или «отменено».</translation>
    </message>
    <message>
        <source>finding.facility.not_ready</source>
        <extracomment>The {facility_kind} {facility} that pad {pad} needs is commissioned only on {commissioned}, after the allocation of {tenant} ({vehicle}) starts on {start}.</extracomment>
        <translation>Объект {facility} ({facility_kind}), необходимый ПУ {pad}, вводится в эксплуатацию только {commissioned}, уже после начала закрепления арендатора {tenant} ({vehicle}) {start}.</translation>
    </message>
    <message>
        <source>finding.facility.not_ready.no_date</source>
        <extracomment>The {facility_kind} {facility} that pad {pad} needs is {facility_status} with no commissioning date, so it is not in service, when the allocation of {tenant} ({vehicle}) on pad {pad} starts on {start}.</extracomment>
        <translation>Объект {facility} ({facility_kind}), необходимый ПУ {pad}, в статусе «{facility_status}» без даты ввода в эксплуатацию, то есть не эксплуатируется к началу закрепления арендатора {tenant} ({vehicle}) на ПУ {pad} {start}.</translation>
    </message>
    <message>
        <source>finding.facility.not_ready.out_of_service</source>
        <extracomment>The {facility_kind} {facility} that pad {pad} needs is out of service, when the allocation of {tenant} ({vehicle}) on pad {pad} starts on {start}.</extracomment>
        <translation>Объект {facility} ({facility_kind}), необходимый ПУ {pad}, не эксплуатируется к началу закрепления арендатора {tenant} ({vehicle}) на ПУ {pad} {start}.</translation>
    </message>
    <message>
        <source>finding.facility.not_ready.retired</source>
        <extracomment>The {facility_kind} {facility} that pad {pad} needs is decommissioned on {decommissioned}, before the allocation of {tenant} ({vehicle}) starts on {start}.</extracomment>
        <translation>Объект {facility} ({facility_kind}), необходимый ПУ {pad}, выводится из эксплуатации {decommissioned}, ещё до начала закрепления арендатора {tenant} ({vehicle}) {start}.</translation>
    </message>
    <message>
        <source>finding.pad.unavailable</source>
        <extracomment>Pad {pad} is {pad_status} from {since} until {until}; the allocation of {tenant} ({vehicle}) from {start} to {end} needs it from {overlap_start} to {overlap_end} ({days} days).</extracomment>
        <translation>ПУ {pad} в статусе «{pad_status}» с {since} по {until}; закреплению арендатора {tenant} ({vehicle}) с {start} по {end} она нужна с {overlap_start} по {overlap_end} (дней: {days}).</translation>
    </message>
    <message>
        <source>finding.pad.unavailable.always</source>
        <extracomment>Pad {pad} is {pad_status} for good; the allocation of {tenant} ({vehicle}) from {start} to {end} needs it from {overlap_start} to {overlap_end} ({days} days).</extracomment>
        <translation>ПУ {pad} в статусе «{pad_status}» окончательно; закреплению арендатора {tenant} ({vehicle}) с {start} по {end} она нужна с {overlap_start} по {overlap_end} (дней: {days}).</translation>
    </message>
    <message>
        <source>finding.pad.unavailable.open</source>
        <extracomment>Pad {pad} is {pad_status} from {since} until further notice; the allocation of {tenant} ({vehicle}) from {start} to {end} needs it from {overlap_start} to {overlap_end} ({days} days).</extracomment>
        <translation>ПУ {pad} в статусе «{pad_status}» с {since} до особого распоряжения; закреплению арендатора {tenant} ({vehicle}) с {start} по {end} она нужна с {overlap_start} по {overlap_end} (дней: {days}).</translation>
    </message>
    <message>
        <source>finding.pad.unavailable.until</source>
        <extracomment>Pad {pad} is {pad_status} until {until}; the allocation of {tenant} ({vehicle}) from {start} to {end} needs it from {overlap_start} to {overlap_end} ({days} days).</extracomment>
        <translation>ПУ {pad} в статусе «{pad_status}» до {until}; закреплению арендатора {tenant} ({vehicle}) с {start} по {end} она нужна с {overlap_start} по {overlap_end} (дней: {days}).</translation>
    </message>
    <message>
        <source>finding.safety.corridor.azimuth</source>
        <extracomment>The launch azimuth {azimuth:g}° of {tenant} ({vehicle}) on pad {pad} is outside the azimuths the pad allows, {azimuth_min:g}° to {azimuth_max:g}° clockwise.</extracomment>
        <translation>Азимут пуска {azimuth:g}° арендатора {tenant} ({vehicle}) на ПУ {pad} вне допустимого для ПУ диапазона: от {azimuth_min:g}° до {azimuth_max:g}° по часовой стрелке.</translation>
    </message>
    <message>
        <source>finding.safety.corridor.exclusion</source>
        <extracomment>Launched from pad {pad} at azimuth {azimuth:g}°, the {vehicle_class} vehicle {vehicle} of {tenant} has the populated place {place} in its overflight exclusion zone (which reaches {oez_km:,.1f} km downrange) from {period_start} to {period_end}: change the pad or the azimuth, or show the people absent or evacuated by agreement (14 CFR 420 Appendix A (d)(2)).</extracomment>
        <translation>При пуске с ПУ {pad} по азимуту {azimuth:g}° ракеты-носителя {vehicle} (класс: {vehicle_class}) арендатора {tenant} населённый пункт {place} попадает в её зону отчуждения (протяжённостью {oez_km:,.1f} км по трассе) с {period_start} по {period_end}: смените ПУ или азимут либо подтвердите отсутствие или эвакуацию людей по соглашению (14 CFR 420, приложение A (d)(2)).</translation>
    </message>
    <message>
        <source>finding.safety.corridor.populated</source>
        <extracomment>Launched from pad {pad} at azimuth {azimuth:g}°, the {vehicle_class} vehicle {vehicle} of {tenant} flies its corridor over the populated place {place} from {period_start} to {period_end}: redesign the corridor, or justify it with Appendix B or an Appendix C risk analysis (14 CFR 420 Appendix A (d)(3)).</extracomment>
        <translation>При пуске с ПУ {pad} по азимуту {azimuth:g}° коридор полёта ракеты-носителя {vehicle} (класс: {vehicle_class}) арендатора {tenant} проходит над населённым пунктом {place} с {period_start} по {period_end}: измените коридор или обоснуйте его по приложению B или анализом риска по приложению C (14 CFR 420, приложение A (d)(3)).</translation>
    </message>
    <message>
        <source>finding.safety.corridor.unchecked.apogee</source>
        <extracomment>The flight corridor of {vehicle} of {tenant} on pad {pad} is not checked: the guided suborbital vehicle has no apogee (Appendix A, Eq. A40).</extracomment>
        <translation>Коридор полёта РН {vehicle} арендатора {tenant} на ПУ {pad} не проверен: у управляемой суборбитальной ракеты не задан апогей (приложение A, формула A40).</translation>
    </message>
    <message>
        <source>finding.safety.corridor.unchecked.azimuth</source>
        <extracomment>The flight corridor of {vehicle} of {tenant} on pad {pad} is not checked: the allocation gives no azimuth.</extracomment>
        <translation>Коридор полёта РН {vehicle} арендатора {tenant} на ПУ {pad} не проверен: в закреплении не указан азимут.</translation>
    </message>
    <message>
        <source>finding.safety.corridor.unchecked.class</source>
        <extracomment>The flight corridor of {vehicle} of {tenant} on pad {pad} is not checked: the vehicle has no corridor class (14 CFR 420.19 Table 1).</extracomment>
        <translation>Коридор полёта РН {vehicle} арендатора {tenant} на ПУ {pad} не проверен: у ракеты-носителя не задан класс коридора (14 CFR 420.19, табл. 1).</translation>
    </message>
    <message>
        <source>finding.safety.intraline.pad</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) from pad {target_pad}, where {target} ({target_vehicle}) is fuelled at the same time (intraline, the larger of the two, 14 CFR 420 Table E-3), but it is {actual_m:,.0f} m away from {period_start} to {period_end}.</extracomment>
        <translation>РН {vehicle} арендатора {tenant} на ПУ {pad} требует {required_m:,.0f} м ({required_ft:,.0f} фут) от ПУ {target_pad}, где одновременно заправляется {target} ({target_vehicle}) (внутриплощадочное расстояние, большее из двух, 14 CFR 420, табл. E-3), но она находится в {actual_m:,.0f} м с {period_start} по {period_end}.</translation>
    </message>
    <message>
        <source>finding.safety.intraline.store</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) from propellant store {target} (intraline, the larger of the two, 14 CFR 420 Table E-3), but it is {actual_m:,.0f} m away from {period_start} to {period_end}.</extracomment>
        <translation>РН {vehicle} арендатора {tenant} на ПУ {pad} требует {required_m:,.0f} м ({required_ft:,.0f} фут) от хранилища КРТ {target} (внутриплощадочное расстояние, большее из двух, 14 CFR 420, табл. E-3), но оно находится в {actual_m:,.0f} м с {period_start} по {period_end}.</translation>
    </message>
    <message>
        <source>finding.safety.planner_factor</source>
        <extracomment>The hazard areas of {vehicle} of {tenant} on pad {pad} rest on a TNT-equivalent factor of {factor:g} entered by the planner for {propellant} (source: {factor_source}); no factor is established for this combination (safety rules §3.3).</extracomment>
        <translation>Опасные зоны РН {vehicle} арендатора {tenant} на ПУ {pad} построены по коэффициенту тротилового эквивалента {factor:g}, введённому планировщиком для {propellant} (источник: {factor_source}); установленного коэффициента для этого сочетания нет (правила безопасности, §3.3).</translation>
    </message>
    <message>
        <source>finding.safety.planner_factor.override</source>
        <extracomment>The hazard areas of {vehicle} of {tenant} on pad {pad} rest on a TNT-equivalent factor of {factor:g} entered by the planner for {propellant} (source: {factor_source}) instead of the DoD value (safety rules §3.2).</extracomment>
        <translation>Опасные зоны РН {vehicle} арендатора {tenant} на ПУ {pad} построены по коэффициенту тротилового эквивалента {factor:g}, введённому планировщиком для {propellant} (источник: {factor_source}) вместо значения DoD (правила безопасности, §3.2).</translation>
    </message>
    <message>
        <source>finding.safety.public_area.boundary</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to the site boundary, but the boundary of {target} is {actual_m:,.0f} m away from {period_start} to {period_end} (14 CFR 420 Tables E-1/E-2).</extracomment>
        <translation>РН {vehicle} арендатора {tenant} на ПУ {pad} требует {required_m:,.0f} м ({required_ft:,.0f} фут) до границы площадки, но граница {target} находится в {actual_m:,.0f} м с {period_start} по {period_end} (14 CFR 420, табл. E-1/E-2).</translation>
    </message>
    <message>
        <source>finding.safety.public_area.other_tenant</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to any public area, but pad {target_pad}, held by {target} ({target_vehicle}), is {actual_m:,.0f} m away from {period_start} to {period_end} (land of another tenant is public, 14 CFR 420.5).</extracomment>
        <translation>РН {vehicle} арендатора {tenant} на ПУ {pad} требует {required_m:,.0f} м ({required_ft:,.0f} фут) до любой общедоступной зоны, но ПУ {target_pad}, закреплённая за {target} ({target_vehicle}), находится в {actual_m:,.0f} м с {period_start} по {period_end} (территория другого арендатора считается общедоступной, 14 CFR 420.5).</translation>
    </message>
    <message>
        <source>finding.safety.public_area.tenant_land</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to any public area, but {target}, land held by {target_tenant}, is {actual_m:,.0f} m away from {period_start} to {period_end} (land of another tenant is public, 14 CFR 420.5).</extracomment>
        <translation>РН {vehicle} арендатора {tenant} на ПУ {pad} требует {required_m:,.0f} м ({required_ft:,.0f} фут) до любой общедоступной зоны, но {target}, участок арендатора {target_tenant}, находится в {actual_m:,.0f} м с {period_start} по {period_end} (территория другого арендатора считается общедоступной, 14 CFR 420.5).</translation>
    </message>
    <message>
        <source>finding.safety.public_area.zone</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to any public area, but {target} is {actual_m:,.0f} m away from {period_start} to {period_end} (14 CFR 420 Tables E-1/E-2).</extracomment>
        <translation>РН {vehicle} арендатора {tenant} на ПУ {pad} требует {required_m:,.0f} м ({required_ft:,.0f} фут) до любой общедоступной зоны, но {target} находится в {actual_m:,.0f} м с {period_start} по {period_end} (14 CFR 420, табл. E-1/E-2).</translation>
    </message>
    <message>
        <source>finding.safety.public_traffic_route</source>
        <extracomment>{vehicle} of {tenant} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to public traffic routes, but {target} is {actual_m:,.0f} m away from {period_start} to {period_end} (60% of the public-area distance, 14 CFR 420 Tables E-1/E-2).</extracomment>
        <translation>РН {vehicle} арендатора {tenant} на ПУ {pad} требует {required_m:,.0f} м ({required_ft:,.0f} фут) до дорог общего пользования, но {target} находится в {actual_m:,.0f} м с {period_start} по {period_end} (60% расстояния до общедоступной зоны, 14 CFR 420, табл. E-1/E-2).</translation>
    </message>
    <message>
        <source>finding.safety.site_boundary</source>
        <extracomment>The launch point of pad {pad} is {actual_m:,.0f} m from the boundary of {target}, but the {vehicle_class} vehicle {vehicle} of {tenant} needs at least {required_m:,.0f} m ({required_ft:,.0f} ft), its debris dispersion radius (14 CFR 420.21 Table 2).</extracomment>
        <translation>Точка старта ПУ {pad} находится в {actual_m:,.0f} м от границы {target}, но РН {vehicle} класса «{vehicle_class}» арендатора {tenant} требует не менее {required_m:,.0f} м ({required_ft:,.0f} фут), своего радиуса разлёта обломков (14 CFR 420.21, табл. 2).</translation>
    </message>
    <message>
        <source>finding.safety.unknown_new.factor</source>
        <extracomment>The hazard areas of {vehicle} of {tenant} on pad {pad} are not checked: no TNT-equivalent factor is established for {propellant} (safety rules §3.3); a factor entered with its source is needed.</extracomment>
        <translation>Опасные зоны РН {vehicle} арендатора {tenant} на ПУ {pad} не проверены: для {propellant} не установлен коэффициент тротилового эквивалента (правила безопасности, §3.3); нужен коэффициент, введённый вместе с источником.</translation>
    </message>
    <message>
        <source>finding.safety.unknown_new.mass</source>
        <extracomment>The hazard areas of {vehicle} of {tenant} on pad {pad} are not checked: neither its propellant mass nor its lift-off mass is known.</extracomment>
        <translation>Опасные зоны РН {vehicle} арендатора {tenant} на ПУ {pad} не проверены: неизвестны ни масса топлива, ни стартовая масса.</translation>
    </message>
    <message>
        <source>finding.safety.unknown_new.other</source>
        <extracomment>The hazard areas of {vehicle} of {tenant} on pad {pad} are not checked: {reason}</extracomment>
        <translation>Опасные зоны РН {vehicle} арендатора {tenant} на ПУ {pad} не проверены: {reason}</translation>
    </message>
    <message>
        <source>finding.tenant.first_contact</source>
        <extracomment>Allocation of pad {pad} to {tenant} ({vehicle}) from {start} to {end} is reserved, but talks with {tenant} are only at first contact.</extracomment>
        <translation>ПУ {pad} забронирована за {tenant} ({vehicle}) с {start} по {end}, но переговоры с {tenant} находятся лишь на этапе первого контакта.</translation>
    </message>
    <message>
        <source>finding.tenant.not_approved</source>
        <extracomment>Allocation of pad {pad} to {tenant} ({vehicle}) from {start} to {end} is {status}, but {tenant} is not approved (talks: {negotiation}).</extracomment>
        <translation>Закрепление ПУ {pad} за {tenant} ({vehicle}) с {start} по {end} в статусе «{status}», но арендатор {tenant} не одобрен (переговоры: {negotiation}).</translation>
    </message>
    <message>
        <source>finding.territory.outside_control</source>
        <extracomment>Pad {pad} lies in {zone}, Russian-leased territory, from {period_start} to {period_end}; {tenant}, a {tenant_kind}, may not be allocated a pad there (allocation with {vehicle} from {start} to {end}).</extracomment>
        <translation>ПУ {pad} находится в зоне {zone} — территории аренды РФ — с {period_start} по {period_end}; арендатору {tenant} (тип: {tenant_kind}) закреплять там ПУ нельзя (закрепление с РН {vehicle} с {start} по {end}).</translation>
    </message>
    <message>
        <source>finding.territory.outside_control.no_zone</source>
        <extracomment>Pad {pad} lies outside any special economic zone or Kazakh territory from {period_start} to {period_end}; {tenant}, a {tenant_kind}, may only be allocated a pad inside one (allocation with {vehicle} from {start} to {end}).</extracomment>
        <translation>ПУ {pad} с {period_start} по {period_end} находится вне особой экономической зоны и вне территории под контролем РК; арендатору {tenant} (тип: {tenant_kind}) можно закреплять ПУ только внутри них (закрепление с РН {vehicle} с {start} по {end}).</translation>
    </message>
    <message>
        <source>finding.vehicle.fit.diameter</source>
        <extracomment>Diameter of {vehicle} ({value:,g} {unit}) exceeds the {limit:,g} {unit} limit of pad {pad}; allocation of {tenant} from {start} to {end}.</extracomment>
        <translation>Диаметр РН {vehicle} ({value:,g} {unit}) превышает ограничение ПУ {pad} в {limit:,g} {unit}; закрепление арендатора {tenant} с {start} по {end}.</translation>
    </message>
    <message>
        <source>finding.vehicle.fit.height</source>
        <extracomment>Height of {vehicle} ({value:,g} {unit}) exceeds the {limit:,g} {unit} limit of pad {pad}; allocation of {tenant} from {start} to {end}.</extracomment>
        <translation>Высота РН {vehicle} ({value:,g} {unit}) превышает ограничение ПУ {pad} в {limit:,g} {unit}; закрепление арендатора {tenant} с {start} по {end}.</translation>
    </message>
    <message>
        <source>finding.vehicle.fit.mass</source>
        <extracomment>Liftoff mass of {vehicle} ({value:,g} {unit}) exceeds the {limit:,g} {unit} limit of pad {pad}; allocation of {tenant} from {start} to {end}.</extracomment>
        <translation>Стартовая масса РН {vehicle} ({value:,g} {unit}) превышает ограничение ПУ {pad} в {limit:,g} {unit}; закрепление арендатора {tenant} с {start} по {end}.</translation>
    </message>
    <message>
        <source>finding.vehicle.fit.propellant</source>
        <extracomment>Pad {pad} does not support {propellant}, the propellant of {vehicle} ({tenant}, allocation from {start} to {end}); it supports {supported}.</extracomment>
        <translation>ПУ {pad} не рассчитана на {propellant} — топливо РН {vehicle} ({tenant}, закрепление с {start} по {end}); ПУ допускает: {supported}.</translation>
    </message>
    <message>
        <source>finding.vehicle.fit.thrust</source>
        <extracomment>Liftoff thrust of {vehicle} ({value:,g} {unit}) exceeds the {limit:,g} {unit} limit of pad {pad}; allocation of {tenant} from {start} to {end}.</extracomment>
        <translation>Стартовая тяга РН {vehicle} ({value:,g} {unit}) превышает ограничение ПУ {pad} в {limit:,g} {unit}; закрепление арендатора {tenant} с {start} по {end}.</translation>
    </message>
    <message>
        <source>finding.vehicle.fit.unknown</source>
        <extracomment>Cannot check {figures} of {vehicle} ({tenant}) against the limits of pad {pad}: vehicle figure unknown.</extracomment>
        <translation>Невозможно сверить {figures} РН {vehicle} ({tenant}) с ограничениями ПУ {pad}: характеристика ракеты-носителя неизвестна.</translation>
    </message>
    <message>
        <source>geo.no_transform</source>
        <extracomment>Coordinates cannot be converted from {source} to {target}: {reason}.</extracomment>
        <translation>Координаты нельзя преобразовать из {source} в {target}: {reason}.</translation>
    </message>
    <message>
        <source>geo.not_on_earth</source>
        <extracomment>The coordinate reference system {crs} does not place points on the Earth (its ellipsoid: {ellipsoid}).</extracomment>
        <translation>Система координат {crs} не задаёт точки на Земле (её эллипсоид: {ellipsoid}).</translation>
    </message>
    <message>
        <source>geo.outside_kazakhstan</source>
        <extracomment>{what} lies far outside Kazakhstan (around {lat:.3f}°, {lon:.3f}°): check the coordinate reference system.</extracomment>
        <translation>{what} находится далеко за пределами Казахстана (около {lat:.3f}°, {lon:.3f}°): проверьте систему координат.</translation>
    </message>
    <message>
        <source>geo.unknown_crs</source>
        <extracomment>Unknown coordinate reference system: {crs}.</extracomment>
        <translation>Неизвестная система координат: {crs}.</translation>
    </message>
    <message>
        <source>gis.bad_date_in_file</source>
        <extracomment>{path} holds a date that does not exist ({reason}): correct it in a GIS tool and retry.</extracomment>
        <translation>В {path} есть несуществующая дата ({reason}): исправьте её в ГИС и повторите.</translation>
    </message>
    <message>
        <source>gis.bad_value</source>
        <extracomment>{field}: {value!r} is not {expected}.</extracomment>
        <translation>{field}: {value!r} не является {expected}.</translation>
    </message>
    <message>
        <source>gis.duplicate_in_file</source>
        <extracomment>{field} {value!r} appears more than once in the file (first at feature {first}).</extracomment>
        <translation>{field} {value!r} встречается в файле более одного раза (впервые — в объекте {first}).</translation>
    </message>
    <message>
        <source>gis.exists_in_plan</source>
        <extracomment>{field} {value!r} is already used by another object in the plan.</extracomment>
        <translation>{field} {value!r} уже используется другим объектом плана.</translation>
    </message>
    <message>
        <source>gis.export_failed</source>
        <extracomment>Could not write {path}: {reason}</extracomment>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <source>gis.feature_problem</source>
        <extracomment>{layer}, feature {number}: {problem}</extracomment>
        <translation>{layer}, объект {number}: {problem}</translation>
    </message>
    <message>
        <source>gis.field_missing</source>
        <extracomment>The layer has no field {field!r}, which {kind} need.</extracomment>
        <translation>В слое нет поля {field!r}, необходимого для {kind}.</translation>
    </message>
    <message>
        <source>gis.file_missing</source>
        <extracomment>There is no file {path}.</extracomment>
        <translation>Нет файла {path}.</translation>
    </message>
    <message>
        <source>gis.file_unreadable</source>
        <extracomment>{path} cannot be read as GIS data: {reason}</extracomment>
        <translation>{path} не читается как данные ГИС: {reason}</translation>
    </message>
    <message>
        <source>gis.import.unknown_tenant</source>
        <extracomment>{field}: the plan has no tenant named {tenant!r}.</extracomment>
        <translation>{field}: в плане нет арендатора {tenant!r}.</translation>
    </message>
    <message>
        <source>gis.import_refused</source>
        <extracomment>Nothing was imported from {path}: {count} {count:plural:problem|problems} found.
{details}</extracomment>
        <translation>Из {path} ничего не импортировано: {count} {count:plural:проблема|проблемы|проблем}.
{details}</translation>
    </message>
    <message>
        <source>gis.kind_not_importable</source>
        <extracomment>Only {kinds} can be imported from GIS files, not {kind}.</extracomment>
        <translation>Из файлов ГИС можно импортировать только {kinds}, но не {kind}.</translation>
    </message>
    <message>
        <source>gis.more_problems</source>
        <extracomment>... and {count} more.</extracomment>
        <translation>... и ещё {count}.</translation>
    </message>
    <message>
        <source>gis.no_crs</source>
        <extracomment>{path} does not say which coordinate reference system it uses: give one (for example EPSG:4326 or EPSG:32641).</extracomment>
        <translation>В {path} не указана система координат: задайте её (например, EPSG:4326 или EPSG:32641).</translation>
    </message>
    <message>
        <source>gis.no_geometry</source>
        <extracomment>The feature has no geometry.</extracomment>
        <translation>У объекта нет геометрии.</translation>
    </message>
    <message>
        <source>gis.no_layer</source>
        <extracomment>{path} has no layer named {layer!r}.</extracomment>
        <translation>В {path} нет слоя {layer!r}.</translation>
    </message>
    <message>
        <source>gis.unknown_choice</source>
        <extracomment>{field}: unknown value {value!r} (expected one of: {choices}).</extracomment>
        <translation>{field}: неизвестное значение {value!r} (допустимые: {choices}).</translation>
    </message>
    <message>
        <source>gis.unknown_site</source>
        <extracomment>complex: the plan has no launch complex with site number {site!r}.</extracomment>
        <translation>complex: в плане нет стартового комплекса с номером площадки {site!r}.</translation>
    </message>
    <message>
        <source>gis.unsupported_format</source>
        <extracomment>Cannot export to {path}: use a .gpkg or .geojson file name.</extracomment>
        <translation>Невозможно экспортировать в {path}: укажите имя файла .gpkg или .geojson.</translation>
    </message>
    <message>
        <source>mapping.bad_extent</source>
        <extracomment>A map extent is (min x, min y, max x, max y) in metres with min &lt; max (got {extent}).</extracomment>
        <translation>Охват карты задаётся как (min x, min y, max x, max y) в метрах, min &lt; max (получено {extent}).</translation>
    </message>
    <message>
        <source>mapping.render.bad_size</source>
        <extracomment>The map size must be two whole numbers of pixels from {low} to {high} (got {size}).</extracomment>
        <translation>Размер карты — два целых числа пикселей от {low} до {high} (получено {size}).</translation>
    </message>
    <message>
        <source>mapping.render.too_large</source>
        <extracomment>A {width} x {height} map has too many pixels; the most is {limit} million.</extracomment>
        <translation>В карте {width} x {height} слишком много пикселей; максимум — {limit} млн.</translation>
    </message>
    <message>
        <source>mapping.render.unknown_format</source>
        <extracomment>Cannot draw a map as {suffix!r}: the file name must end in .png, .svg or .pdf.</extracomment>
        <translation>Невозможно построить карту в формате {suffix!r}: имя файла должно оканчиваться на .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>mapping.render.write_failed</source>
        <extracomment>Cannot write the map {path}: {reason}</extracomment>
        <translation>Не удалось записать карту {path}: {reason}</translation>
    </message>
    <message>
        <source>mapping.unknown_layer</source>
        <extracomment>There is no map layer {layer!r}. Known layers: {known}.</extracomment>
        <translation>Нет слоя карты {layer!r}. Известные слои: {known}.</translation>
    </message>
    <message>
        <source>optimisation.apply</source>
        <extracomment>Place {count} {count:plural:request|requests} by the optimiser</extracomment>
        <translation>Разместить {count} {count:plural:заявку|заявки|заявок} оптимизатором</translation>
    </message>
    <message>
        <source>outside.gone</source>
        <extracomment>{location} was deleted or moved; nothing will be written there. Use Save As to keep this plan.</extracomment>
        <translation>{location} удалён или перемещён; туда ничего не будет записано. Чтобы сохранить этот план, используйте «Сохранить как».</translation>
    </message>
    <message>
        <source>outside.merged</source>
        <extracomment>Merged {count} {count:plural:change|changes} saved elsewhere into {name}.</extracomment>
        <translation>В план «{name}» внесено {count} {count:plural:изменение|изменения|изменений}, сохранённых в другом месте.</translation>
    </message>
    <message>
        <source>outside.merged_by</source>
        <extracomment>Merged {count} {count:plural:change|changes} saved by {who} into {name}.</extracomment>
        <translation>В план «{name}» внесено {count} {count:plural:изменение|изменения|изменений}, сохранённых пользователем {who}.</translation>
    </message>
    <message>
        <source>outside.offline</source>
        <extracomment>Offline: {location} cannot be reached. Your changes are kept and saved when it is back.</extracomment>
        <translation>Нет связи: {location} недоступен. Ваши изменения сохранены и будут записаны, когда связь восстановится.</translation>
    </message>
    <message>
        <source>outside.online</source>
        <extracomment>{location} can be reached again.</extracomment>
        <translation>{location} снова доступен.</translation>
    </message>
    <message>
        <source>plan.duplicate_id</source>
        <extracomment>A {kind} with id {id} already exists.</extracomment>
        <translation>Объект ({kind}) с id {id} уже существует.</translation>
    </message>
    <message>
        <source>plan.duplicate_name</source>
        <extracomment>{kind} {name!r} already exists.</extracomment>
        <translation>{kind} {name!r} уже существует.</translation>
    </message>
    <message>
        <source>plan.missing_reference</source>
        <extracomment>{kind} {name!r} refers to {target} {id}, which does not exist.</extracomment>
        <translation>{kind} {name!r} ссылается на несуществующий объект {target} {id}.</translation>
    </message>
    <message>
        <source>plan.still_referenced</source>
        <extracomment>{kind} {name!r} is still used by {count} other {count:plural:object|objects}.</extracomment>
        <translation>{kind} {name!r} ещё используется {count} {count:plural:другим объектом|другими объектами|другими объектами}.</translation>
    </message>
    <message>
        <source>plan.unknown_object</source>
        <extracomment>There is no {kind} with id {id}.</extracomment>
        <translation>Нет объекта ({kind}) с id {id}.</translation>
    </message>
    <message>
        <source>plan.vehicle_of_other_tenant</source>
        <extracomment>Vehicle {vehicle!r} belongs to another tenant, not to {tenant!r}.</extracomment>
        <translation>Ракета-носитель {vehicle!r} принадлежит другому арендатору, а не {tenant!r}.</translation>
    </message>
    <message>
        <source>planner.explain.free</source>
        <extracomment>Nothing stops {tenant} from having pad {pad} then.</extracomment>
        <translation>Ничто не мешает {tenant} получить ПУ {pad} в этот период.</translation>
    </message>
    <message>
        <source>planner.way_out.earliest</source>
        <extracomment>Pad {pad} is free for it from {start} to {end} at the earliest.</extracomment>
        <translation>ПУ {pad} свободна для неё не ранее чем с {start} по {end}.</translation>
    </message>
    <message>
        <source>planner.way_out.move</source>
        <extracomment>Allocation {allocation} ({tenant}, {vehicle}) could move to {start} - {end} on pad {pad}.</extracomment>
        <translation>Закрепление {allocation} ({tenant}, {vehicle}) можно перенести на {start} - {end} на ПУ {pad}.</translation>
    </message>
    <message>
        <source>planner.way_out.other_pads</source>
        <extracomment>Free in that period: {pads}.</extracomment>
        <translation>Свободны в этот период: {pads}.</translation>
    </message>
    <message>
        <source>progress.cancelled</source>
        <extracomment>{what}: cancelled.</extracomment>
        <translation>{what}: отменено.</translation>
    </message>
    <message>
        <source>report.allocations.exclusive</source>
        <extracomment>Excl.</extracomment>
        <translation>Искл.</translation>
    </message>
    <message>
        <source>report.allocations.fee</source>
        <extracomment>Annual fee (US$)</extracomment>
        <translation>Годовая плата (долл. США)</translation>
    </message>
    <message>
        <source>report.allocations.findings</source>
        <extracomment>Findings</extracomment>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>report.allocations.from</source>
        <extracomment>From</extracomment>
        <translation>С</translation>
    </message>
    <message>
        <source>report.allocations.heading</source>
        <extracomment>Allocations</extracomment>
        <translation>Закрепления</translation>
    </message>
    <message>
        <source>report.allocations.intro</source>
        <extracomment>{count:,} {count:plural:allocation|allocations} in force at some time from {start} to {end}, by pad and start date. Excl.: exclusive use of the pad. Findings: how many findings concern the allocation.</extracomment>
        <translation>{count:,} {count:plural:закрепление|закрепления|закреплений} действуют в какой-либо момент с {start} по {end}, по площадкам и дате начала. Искл.: исключительное пользование площадкой. Замечания: сколько замечаний касается закрепления.</translation>
    </message>
    <message>
        <source>report.allocations.no</source>
        <extracomment>no</extracomment>
        <translation>нет</translation>
    </message>
    <message>
        <source>report.allocations.pad</source>
        <extracomment>Pad</extracomment>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>report.allocations.status</source>
        <extracomment>Status</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>report.allocations.tenant</source>
        <extracomment>Tenant</extracomment>
        <translation>Арендатор</translation>
    </message>
    <message>
        <source>report.allocations.to</source>
        <extracomment>To</extracomment>
        <translation>По</translation>
    </message>
    <message>
        <source>report.allocations.vehicle</source>
        <extracomment>Vehicle</extracomment>
        <translation>Ракета-носитель</translation>
    </message>
    <message>
        <source>report.allocations.yes</source>
        <extracomment>yes</extracomment>
        <translation>да</translation>
    </message>
    <message>
        <source>report.control.after</source>
        <extracomment>Now</extracomment>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>report.control.approval</source>
        <extracomment>Approval</extracomment>
        <translation>Согласование</translation>
    </message>
    <message>
        <source>report.control.approved</source>
        <extracomment>Approved by</extracomment>
        <translation>Утвердил</translation>
    </message>
    <message>
        <source>report.control.as_of</source>
        <extracomment>Plan as of</extracomment>
        <translation>План на дату</translation>
    </message>
    <message>
        <source>report.control.before</source>
        <extracomment>Before</extracomment>
        <translation>Было</translation>
    </message>
    <message>
        <source>report.control.booking</source>
        <extracomment>{pad}, {start} to {end}, {status}</extracomment>
        <translation>{pad}, с {start} по {end}, {status}</translation>
    </message>
    <message>
        <source>report.control.change</source>
        <extracomment>Change</extracomment>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>report.control.changes</source>
        <extracomment>Changes since the earlier report</extracomment>
        <translation>Изменения после предыдущего отчёта</translation>
    </message>
    <message>
        <source>report.control.checked</source>
        <extracomment>Checked by</extracomment>
        <translation>Проверил</translation>
    </message>
    <message>
        <source>report.control.date</source>
        <extracomment>Date</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>report.control.distribution</source>
        <extracomment>Distribution</extracomment>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>report.control.distribution.full</source>
        <extracomment>Site planning staff</extracomment>
        <translation>Сотрудники планирования космодрома</translation>
    </message>
    <message>
        <source>report.control.document</source>
        <extracomment>Document</extracomment>
        <translation>Документ</translation>
    </message>
    <message>
        <source>report.control.heading</source>
        <extracomment>Document control</extracomment>
        <translation>Контроль документа</translation>
    </message>
    <message>
        <source>report.control.issued</source>
        <extracomment>Issued</extracomment>
        <translation>Выпущен</translation>
    </message>
    <message>
        <source>report.control.kind.added</source>
        <extracomment>Added</extracomment>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>report.control.kind.cancelled</source>
        <extracomment>Cancelled</extracomment>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>report.control.kind.ended</source>
        <extracomment>Ended</extracomment>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>report.control.kind.moved</source>
        <extracomment>Moved</extracomment>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>report.control.kind.removed</source>
        <extracomment>Removed</extracomment>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>report.control.kind.status</source>
        <extracomment>Status changed</extracomment>
        <translation>Изменён статус</translation>
    </message>
    <message>
        <source>report.control.marking</source>
        <extracomment>Confidentiality</extracomment>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>report.control.marking.full</source>
        <extracomment>Confidential: for the site&apos;s planning staff, not to be passed to tenants</extracomment>
        <translation>Конфиденциально: для сотрудников планирования космодрома, арендаторам не передавать</translation>
    </message>
    <message>
        <source>report.control.marking.tenant</source>
        <extracomment>Prepared for {tenant} only</extracomment>
        <translation>Подготовлено только для {tenant}</translation>
    </message>
    <message>
        <source>report.control.name</source>
        <extracomment>Name</extracomment>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>report.control.no_changes</source>
        <extracomment>No allocation was added, moved, ended or cancelled.</extracomment>
        <translation>Ни одно закрепление не добавлено, не перенесено, не завершено и не отменено.</translation>
    </message>
    <message>
        <source>report.control.no_since</source>
        <extracomment>No earlier report was named: this is the first issue, or the changes were not asked for.</extracomment>
        <translation>Предыдущий отчёт не указан: это первый выпуск, или изменения не запрашивались.</translation>
    </message>
    <message>
        <source>report.control.plan_hash</source>
        <extracomment>Plan SHA-256</extracomment>
        <translation>SHA-256 плана</translation>
    </message>
    <message>
        <source>report.control.prepared</source>
        <extracomment>Prepared by</extracomment>
        <translation>Подготовил</translation>
    </message>
    <message>
        <source>report.control.role</source>
        <extracomment>Role</extracomment>
        <translation>Роль</translation>
    </message>
    <message>
        <source>report.control.signature</source>
        <extracomment>Signature</extracomment>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>report.control.since_plan</source>
        <extracomment>Compared with the plan of the earlier report ({hash}): {count} {count:plural:allocation|allocations} changed.</extracomment>
        <translation>По сравнению с планом предыдущего отчёта ({hash}) изменено {count} {count:plural:закрепление|закрепления|закреплений}.</translation>
    </message>
    <message>
        <source>report.control.since_plan_tenant</source>
        <extracomment>Compared with the plan of the earlier report ({hash}): {count} of your {count:plural:allocation|allocations} changed.</extracomment>
        <translation>По сравнению с планом предыдущего отчёта ({hash}) изменено {count} ваших {count:plural:закрепление|закрепления|закреплений}.</translation>
    </message>
    <message>
        <source>report.control.since_same</source>
        <extracomment>The plan is the same as that of the earlier report ({hash}).</extracomment>
        <translation>План тот же, что и в предыдущем отчёте ({hash}).</translation>
    </message>
    <message>
        <source>report.control.since_unknown</source>
        <extracomment>The plan has changed since the earlier report ({hash}); give that report&apos;s plan file to list the changes.</extracomment>
        <translation>План изменился после предыдущего отчёта ({hash}); чтобы перечислить изменения, укажите файл плана того отчёта.</translation>
    </message>
    <message>
        <source>report.control.tenant</source>
        <extracomment>Tenant</extracomment>
        <translation>Арендатор</translation>
    </message>
    <message>
        <source>report.control.vehicle</source>
        <extracomment>Vehicle</extracomment>
        <translation>Ракета-носитель</translation>
    </message>
    <message>
        <source>report.control.version</source>
        <extracomment>Version</extracomment>
        <translation>Версия</translation>
    </message>
    <message>
        <source>report.cover.as_of</source>
        <extracomment>As of</extracomment>
        <translation>По состоянию на</translation>
    </message>
    <message>
        <source>report.cover.author</source>
        <extracomment>Prepared by</extracomment>
        <translation>Подготовил</translation>
    </message>
    <message>
        <source>report.cover.contents</source>
        <extracomment>Contents</extracomment>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>report.cover.generated</source>
        <extracomment>Generated</extracomment>
        <translation>Создан</translation>
    </message>
    <message>
        <source>report.cover.hash</source>
        <extracomment>Plan SHA-256</extracomment>
        <translation>SHA-256 плана</translation>
    </message>
    <message>
        <source>report.cover.hash.content</source>
        <extracomment>{hash} (of the plan&apos;s content)</extracomment>
        <translation>{hash} (содержимого плана)</translation>
    </message>
    <message>
        <source>report.cover.hash.file</source>
        <extracomment>{hash} (of the plan file)</extracomment>
        <translation>{hash} (файла плана)</translation>
    </message>
    <message>
        <source>report.cover.kind.full</source>
        <extracomment>Full allocation report</extracomment>
        <translation>Полный отчёт о закреплениях</translation>
    </message>
    <message>
        <source>report.cover.kind.tenant</source>
        <extracomment>Tenant report</extracomment>
        <translation>Отчёт для арендатора</translation>
    </message>
    <message>
        <source>report.cover.knowledge</source>
        <extracomment>Knowledge date</extracomment>
        <translation>Дата сведений</translation>
    </message>
    <message>
        <source>report.cover.knowledge_value</source>
        <extracomment>{day} (later states are assumptions)</extracomment>
        <translation>{day} (более поздние состояния — допущения)</translation>
    </message>
    <message>
        <source>report.cover.location</source>
        <extracomment>Plan location</extracomment>
        <translation>Расположение плана</translation>
    </message>
    <message>
        <source>report.cover.not_saved</source>
        <extracomment>not saved</extracomment>
        <translation>не сохранён</translation>
    </message>
    <message>
        <source>report.cover.notice</source>
        <extracomment>This report is prepared for {tenant}. Other tenants&apos; use of the site appears only as anonymous occupation, without names, vehicles or fees.</extracomment>
        <translation>Отчёт подготовлен для {tenant}. Пользование космодромом другими арендаторами показано только как анонимная занятость, без названий, ракет-носителей и платы.</translation>
    </message>
    <message>
        <source>report.cover.period</source>
        <extracomment>Period</extracomment>
        <translation>Период</translation>
    </message>
    <message>
        <source>report.cover.period_value</source>
        <extracomment>{start} to {end}</extracomment>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>report.cover.plan</source>
        <extracomment>Plan</extracomment>
        <translation>План</translation>
    </message>
    <message>
        <source>report.cover.prepared_for</source>
        <extracomment>Prepared for {tenant}</extracomment>
        <translation>Подготовлен для {tenant}</translation>
    </message>
    <message>
        <source>report.cover.report</source>
        <extracomment>Report</extracomment>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>report.cover.software</source>
        <extracomment>Software</extracomment>
        <translation>Программа</translation>
    </message>
    <message>
        <source>report.executive.blocked</source>
        <extracomment>{count} {count:plural:error stands|errors stand} in its way</extracomment>
        <translation>{count} {count:plural:ошибка мешает|ошибки мешают|ошибок мешают}</translation>
    </message>
    <message>
        <source>report.executive.blockers</source>
        <extracomment>Blockers</extracomment>
        <translation>Препятствия</translation>
    </message>
    <message>
        <source>report.executive.clear</source>
        <extracomment>no error stands in its way</extracomment>
        <translation>ни одна ошибка не мешает</translation>
    </message>
    <message>
        <source>report.executive.decision</source>
        <extracomment>{tenant}: {status} allocation of pad {pad} for {vehicle}, {years}: {verdict}.</extracomment>
        <translation>{tenant}: закрепление площадки {pad} для {vehicle} ({status}), {years}: {verdict}.</translation>
    </message>
    <message>
        <source>report.executive.decision_own</source>
        <extracomment>Your {status} allocation of pad {pad} for {vehicle}, {years}: {verdict}.</extracomment>
        <translation>Ваше закрепление площадки {pad} для {vehicle} ({status}), {years}: {verdict}.</translation>
    </message>
    <message>
        <source>report.executive.decisions</source>
        <extracomment>Decisions to take</extracomment>
        <translation>Решения, которые нужно принять</translation>
    </message>
    <message>
        <source>report.executive.heading</source>
        <extracomment>Executive summary</extracomment>
        <translation>Краткое изложение</translation>
    </message>
    <message>
        <source>report.executive.more</source>
        <extracomment>{count} more {count:plural:item|items}: see the allocations and the findings.</extracomment>
        <translation>Ещё {count} {count:plural:пункт|пункта|пунктов}: см. закрепления и замечания.</translation>
    </message>
    <message>
        <source>report.executive.no_blockers</source>
        <extracomment>No error stands in the plan&apos;s way in the period.</extracomment>
        <translation>В периоде ни одна ошибка не мешает плану.</translation>
    </message>
    <message>
        <source>report.executive.no_decisions</source>
        <extracomment>No allocation awaits a decision in the period.</extracomment>
        <translation>В периоде ни одно закрепление не ждёт решения.</translation>
    </message>
    <message>
        <source>report.executive.overlap</source>
        <extracomment>{first}&apos;s {first_status} allocation of pad {pad} ({first_years}) overlaps {second}&apos;s {second_status} allocation ({second_years}).</extracomment>
        <translation>Закрепление {first} площадки {pad} ({first_status}, {first_years}) пересекается с закреплением {second} ({second_status}, {second_years}).</translation>
    </message>
    <message>
        <source>report.executive.site</source>
        <extracomment>On {at}, of {pads} {pads:plural:pad|pads}: {allocated} allocated, {reserved} proposed or reserved, {free} ready and free, {idle} inactive, {unavailable} not available. In the period from {start} to {end}: {allocations} {allocations:plural:allocation|allocations}, {errors} {errors:plural:error|errors} and {warnings} {warnings:plural:warning|warnings}.</extracomment>
        <translation>На {at} из {pads} {pads:plural:площадки|площадок|площадок}: закреплено {allocated}, предложено или зарезервировано {reserved}, готово и свободно {free}, не используется {idle}, недоступно {unavailable}. В периоде с {start} по {end}: {allocations} {allocations:plural:закрепление|закрепления|закреплений}, {errors} {errors:plural:ошибка|ошибки|ошибок} и {warnings} {warnings:plural:предупреждение|предупреждения|предупреждений}.</translation>
    </message>
    <message>
        <source>report.executive.tenant</source>
        <extracomment>In the period from {start} to {end} you have {allocations} {allocations:plural:allocation|allocations}, {pending} of them awaiting a decision; {errors} {errors:plural:error|errors} and {warnings} {warnings:plural:warning|warnings} concern them.</extracomment>
        <translation>В периоде с {start} по {end} у вас {allocations} {allocations:plural:закрепление|закрепления|закреплений}, из них {pending} ждут решения; их касаются {errors} {errors:plural:ошибка|ошибки|ошибок} и {warnings} {warnings:plural:предупреждение|предупреждения|предупреждений}.</translation>
    </message>
    <message>
        <source>report.figure.diameter</source>
        <extracomment>diameter</extracomment>
        <translation>диаметр</translation>
    </message>
    <message>
        <source>report.figure.height</source>
        <extracomment>height</extracomment>
        <translation>высота</translation>
    </message>
    <message>
        <source>report.figure.liftoff_mass</source>
        <extracomment>liftoff mass</extracomment>
        <translation>стартовая масса</translation>
    </message>
    <message>
        <source>report.figure.liftoff_thrust</source>
        <extracomment>liftoff thrust</extracomment>
        <translation>стартовая тяга</translation>
    </message>
    <message>
        <source>report.finding.cadence</source>
        <extracomment>Pad {pad} would see up to {rate:g} launches a year from {period_start} to {period_end} ({count} allocations, {own} of them yours), more than its cadence of {cadence:g} a year.</extracomment>
        <translation>С ПУ {pad} с {period_start} по {period_end} проводилось бы до {rate:g} пусков в год (закреплений — {count}, из них ваших — {own}), что больше её темпа {cadence:g} в год.</translation>
    </message>
    <message>
        <source>report.finding.overlap.both</source>
        <extracomment>Your allocation of pad {pad} for {vehicle} ({start} to {end}) overlaps another allocation on pad {pad} from {overlap_start} to {overlap_end} ({days} days); both are exclusive.</extracomment>
        <translation>Ваше закрепление ПУ {pad} для {vehicle} ({start} – {end}) пересекается с другим закреплением на ПУ {pad} с {overlap_start} по {overlap_end} (дней: {days}); оба монопольные.</translation>
    </message>
    <message>
        <source>report.finding.overlap.theirs</source>
        <extracomment>Your allocation of pad {pad} for {vehicle} ({start} to {end}) overlaps another allocation on pad {pad} from {overlap_start} to {overlap_end} ({days} days); the other allocation is exclusive.</extracomment>
        <translation>Ваше закрепление ПУ {pad} для {vehicle} ({start} – {end}) пересекается с другим закреплением на ПУ {pad} с {overlap_start} по {overlap_end} (дней: {days}); другое закрепление — монопольное.</translation>
    </message>
    <message>
        <source>report.finding.overlap.yours</source>
        <extracomment>Your allocation of pad {pad} for {vehicle} ({start} to {end}) overlaps another allocation on pad {pad} from {overlap_start} to {overlap_end} ({days} days); yours is exclusive.</extracomment>
        <translation>Ваше закрепление ПУ {pad} для {vehicle} ({start} – {end}) пересекается с другим закреплением на ПУ {pad} с {overlap_start} по {overlap_end} (дней: {days}); ваше — монопольное.</translation>
    </message>
    <message>
        <source>report.finding.safety.intraline.theirs</source>
        <extracomment>Another tenant&apos;s vehicle on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) from your pad {target_pad}, where your {target_vehicle} is fuelled at the same time (intraline, the larger of the two, 14 CFR 420 Table E-3), but it is {actual_m:,.0f} m away from {period_start} to {period_end}.</extracomment>
        <translation>Ракете-носителю другого арендатора на ПУ {pad} требуется {required_m:,.0f} м ({required_ft:,.0f} фут) от вашей ПУ {target_pad}, где одновременно заправляется ваша РН {target_vehicle} (внутриплощадочное расстояние, большее из двух, 14 CFR 420, табл. E-3), но она находится в {actual_m:,.0f} м с {period_start} по {period_end}.</translation>
    </message>
    <message>
        <source>report.finding.safety.intraline.yours</source>
        <extracomment>Your {vehicle} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) from pad {target_pad}, where another tenant&apos;s vehicle is fuelled at the same time (intraline, the larger of the two, 14 CFR 420 Table E-3), but it is {actual_m:,.0f} m away from {period_start} to {period_end}.</extracomment>
        <translation>Вашей РН {vehicle} на ПУ {pad} требуется {required_m:,.0f} м ({required_ft:,.0f} фут) от ПУ {target_pad}, где одновременно заправляется ракета-носитель другого арендатора (внутриплощадочное расстояние, большее из двух, 14 CFR 420, табл. E-3), но она находится в {actual_m:,.0f} м с {period_start} по {period_end}.</translation>
    </message>
    <message>
        <source>report.finding.safety.public_area.theirs</source>
        <extracomment>Another tenant&apos;s vehicle on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to any public area, but your pad {target_pad} is {actual_m:,.0f} m away from {period_start} to {period_end} (land of another tenant is public, 14 CFR 420.5).</extracomment>
        <translation>Ракете-носителю другого арендатора на ПУ {pad} требуется {required_m:,.0f} м ({required_ft:,.0f} фут) до любой общедоступной зоны, но ваша ПУ {target_pad} находится в {actual_m:,.0f} м с {period_start} по {period_end} (территория другого арендатора считается общедоступной, 14 CFR 420.5).</translation>
    </message>
    <message>
        <source>report.finding.safety.public_area.yours</source>
        <extracomment>Your {vehicle} on pad {pad} needs {required_m:,.0f} m ({required_ft:,.0f} ft) to any public area, but pad {target_pad}, held by another tenant, is {actual_m:,.0f} m away from {period_start} to {period_end} (land of another tenant is public, 14 CFR 420.5).</extracomment>
        <translation>Вашей РН {vehicle} на ПУ {pad} требуется {required_m:,.0f} м ({required_ft:,.0f} фут) до любой общедоступной зоны, но ПУ {target_pad}, закреплённая за другим арендатором, находится в {actual_m:,.0f} м с {period_start} по {period_end} (территория другого арендатора считается общедоступной, 14 CFR 420.5).</translation>
    </message>
    <message>
        <source>report.finding.withheld</source>
        <extracomment>{title}: concerns your allocation of pad {pad} for {vehicle} ({start} to {end}) and {others} {others:plural:allocation|allocations} of other tenants; their details are not part of this report.</extracomment>
        <translation>{title}: касается вашего закрепления ПУ {pad} для {vehicle} ({start} – {end}) и {others} {others:plural:закрепления|закреплений|закреплений} других арендаторов; их подробности в этот отчёт не входят.</translation>
    </message>
    <message>
        <source>report.finding.withheld.tenant</source>
        <extracomment>{title}: concerns {tenant} and {others} {others:plural:allocation|allocations} of other tenants; their details are not part of this report.</extracomment>
        <translation>{title}: касается {tenant} и {others} {others:plural:закрепления|закреплений|закреплений} других арендаторов; их подробности в этот отчёт не входят.</translation>
    </message>
    <message>
        <source>report.findings.checks</source>
        <extracomment>What it checks</extracomment>
        <translation>Что проверяет</translation>
    </message>
    <message>
        <source>report.findings.count</source>
        <extracomment>Findings</extracomment>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>report.findings.errors</source>
        <extracomment>Errors ({count:,})</extracomment>
        <translation>Ошибки ({count:,})</translation>
    </message>
    <message>
        <source>report.findings.finding</source>
        <extracomment>Finding and reason</extracomment>
        <translation>Замечание и причина</translation>
    </message>
    <message>
        <source>report.findings.heading</source>
        <extracomment>Findings</extracomment>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>report.findings.intro</source>
        <extracomment>What the rule check finds wrong with the plan as of {at}, for the allocations of the period: {errors:,} {errors:plural:error|errors}, {warnings:,} {warnings:plural:warning|warnings} and {notes:,} {notes:plural:note|notes}. Errors must be resolved before an allocation is signed; warnings ask for a look.</extracomment>
        <translation>Что проверка правил находит неверным в плане на {at} для закреплений периода: {errors:,} {errors:plural:ошибка|ошибки|ошибок}, {warnings:,} {warnings:plural:предупреждение|предупреждения|предупреждений} и {notes:,} {notes:plural:примечание|примечания|примечаний}. Ошибки должны быть устранены до подписания закрепления; предупреждения требуют внимания.</translation>
    </message>
    <message>
        <source>report.findings.more</source>
        <extracomment>The first {shown:,} of {total:,} findings of this rule are listed; cosmoplan check lists them all.</extracomment>
        <translation>Приведены первые {shown:,} из {total:,} замечаний этого правила; cosmoplan check выводит все.</translation>
    </message>
    <message>
        <source>report.findings.none</source>
        <extracomment>No findings.</extracomment>
        <translation>Замечаний нет.</translation>
    </message>
    <message>
        <source>report.findings.notes</source>
        <extracomment>Notes ({count:,})</extracomment>
        <translation>Примечания ({count:,})</translation>
    </message>
    <message>
        <source>report.findings.severity</source>
        <extracomment>Severity</extracomment>
        <translation>Важность</translation>
    </message>
    <message>
        <source>report.findings.warnings</source>
        <extracomment>Warnings ({count:,})</extracomment>
        <translation>Предупреждения ({count:,})</translation>
    </message>
    <message>
        <source>report.footer.generated</source>
        <extracomment>Generated {when} · cosmoplan {version}</extracomment>
        <translation>Создан {when} · cosmoplan {version}</translation>
    </message>
    <message>
        <source>report.footer.page</source>
        <extracomment>Page {page} of {pages}</extracomment>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>report.glossary.allocation.term</source>
        <extracomment>Allocation</extracomment>
        <translation>Закрепление</translation>
    </message>
    <message>
        <source>report.glossary.allocation.text</source>
        <extracomment>A pad given to a tenant&apos;s vehicle for a period, with a status and an annual fee.</extracomment>
        <translation>Стартовая площадка, закреплённая за ракетой-носителем арендатора на период, со статусом и годовой платой.</translation>
    </message>
    <message>
        <source>report.glossary.allocationstatus.active</source>
        <extracomment>Signed allocation in force: the tenant uses the pad.</extracomment>
        <translation>Подписанное закрепление в силе: арендатор использует площадку.</translation>
    </message>
    <message>
        <source>report.glossary.allocationstatus.cancelled</source>
        <extracomment>Allocation withdrawn; it holds nothing.</extracomment>
        <translation>Отозванное закрепление; ничего не удерживает.</translation>
    </message>
    <message>
        <source>report.glossary.allocationstatus.ended</source>
        <extracomment>Allocation whose period is over; it holds the pad no more.</extracomment>
        <translation>Закрепление, период которого закончился; площадку больше не удерживает.</translation>
    </message>
    <message>
        <source>report.glossary.allocationstatus.proposed</source>
        <extracomment>Allocation offered or asked for, not yet agreed.</extracomment>
        <translation>Закрепление предложено или запрошено, ещё не согласовано.</translation>
    </message>
    <message>
        <source>report.glossary.allocationstatus.reserved</source>
        <extracomment>Allocation held for the tenant while the contract is made.</extracomment>
        <translation>Закрепление удерживается за арендатором, пока готовится договор.</translation>
    </message>
    <message>
        <source>report.glossary.allocationstatus.signed</source>
        <extracomment>Allocation agreed by contract; the pad is committed.</extracomment>
        <translation>Закрепление согласовано договором; площадка закреплена.</translation>
    </message>
    <message>
        <source>report.glossary.corridor.term</source>
        <extracomment>Flight corridor</extracomment>
        <translation>Коридор полёта</translation>
    </message>
    <message>
        <source>report.glossary.corridor.text</source>
        <extracomment>The strip of ground a vehicle flies over on its launch azimuth, where stages and debris may fall.</extracomment>
        <translation>Полоса земли, над которой ракета летит по азимуту пуска и куда могут упасть ступени и обломки.</translation>
    </message>
    <message>
        <source>report.glossary.exclusive.term</source>
        <extracomment>Exclusive</extracomment>
        <translation>Исключительное</translation>
    </message>
    <message>
        <source>report.glossary.exclusive.text</source>
        <extracomment>An allocation that gives the pad to one tenant alone for its period; others may share a pad.</extracomment>
        <translation>Закрепление, отдающее площадку одному арендатору на весь его период; остальные могут делить площадку.</translation>
    </message>
    <message>
        <source>report.glossary.hazard_area.term</source>
        <extracomment>Hazard area</extracomment>
        <translation>Опасная зона</translation>
    </message>
    <message>
        <source>report.glossary.hazard_area.text</source>
        <extracomment>The area around a fuelled pad or a propellant store within its public-area distance, where no public may be.</extracomment>
        <translation>Территория вокруг заправленной площадки или склада топлива в пределах расстояния до общественных мест, где не должно быть посторонних.</translation>
    </message>
    <message>
        <source>report.glossary.heading</source>
        <extracomment>Glossary</extracomment>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>report.glossary.intraline.term</source>
        <extracomment>Intraline distance</extracomment>
        <translation>Внутриобъектовое расстояние</translation>
    </message>
    <message>
        <source>report.glossary.intraline.text</source>
        <extracomment>The least distance between two hazardous operations of the site, such as two pads where vehicles are fuelled at the same time, so that an accident at one does not spread to the other (14 CFR 420, Table E-3).</extracomment>
        <translation>Наименьшее расстояние между двумя опасными операциями на космодроме, например двумя площадками, где ракеты заправляются одновременно, чтобы авария на одной не перешла на другую (14 CFR 420, таблица E-3).</translation>
    </message>
    <message>
        <source>report.glossary.intro</source>
        <extracomment>The terms of this report, then the statuses it uses.</extracomment>
        <translation>Термины этого отчёта, затем используемые в нём статусы.</translation>
    </message>
    <message>
        <source>report.glossary.knowledge_date.term</source>
        <extracomment>Knowledge date</extracomment>
        <translation>Дата актуальности данных</translation>
    </message>
    <message>
        <source>report.glossary.knowledge_date.text</source>
        <extracomment>The date of the newest fact in the plan&apos;s data; later states are assumptions.</extracomment>
        <translation>Дата самого нового факта в данных плана; более поздние состояния — допущения.</translation>
    </message>
    <message>
        <source>report.glossary.meaning</source>
        <extracomment>Meaning</extracomment>
        <translation>Значение</translation>
    </message>
    <message>
        <source>report.glossary.oez.term</source>
        <extracomment>OEZ (overflight exclusion zone)</extracomment>
        <translation>ЗЗП (зона запрета пролёта)</translation>
    </message>
    <message>
        <source>report.glossary.oez.text</source>
        <extracomment>The part of a flight corridor next to the pad that is closed to people and traffic during a launch; the map gives its length in kilometres.</extracomment>
        <translation>Часть коридора полёта у площадки, закрываемая для людей и транспорта на время пуска; на карте указана её длина в километрах.</translation>
    </message>
    <message>
        <source>report.glossary.padstatus.active</source>
        <extracomment>Pad ready for launches.</extracomment>
        <translation>Площадка готова к пускам.</translation>
    </message>
    <message>
        <source>report.glossary.padstatus.damaged</source>
        <extracomment>Pad damaged; not usable until repaired.</extracomment>
        <translation>Площадка повреждена; не используется до ремонта.</translation>
    </message>
    <message>
        <source>report.glossary.padstatus.destroyed</source>
        <extracomment>Pad beyond repair.</extracomment>
        <translation>Площадка не подлежит восстановлению.</translation>
    </message>
    <message>
        <source>report.glossary.padstatus.inactive</source>
        <extracomment>Pad intact but out of use; it could be brought back.</extracomment>
        <translation>Площадка цела, но не используется; её можно вернуть в строй.</translation>
    </message>
    <message>
        <source>report.glossary.padstatus.museum</source>
        <extracomment>Pad kept as a monument; not usable.</extracomment>
        <translation>Площадка сохраняется как памятник; не используется.</translation>
    </message>
    <message>
        <source>report.glossary.padstatus.under-modernisation</source>
        <extracomment>Pad being rebuilt or upgraded; not usable meanwhile.</extracomment>
        <translation>Площадка перестраивается или модернизируется; на это время не используется.</translation>
    </message>
    <message>
        <source>report.glossary.public_area.term</source>
        <extracomment>Public-area distance</extracomment>
        <translation>Расстояние до общественных мест</translation>
    </message>
    <message>
        <source>report.glossary.public_area.text</source>
        <extracomment>The least distance from a hazardous operation (a fuelled vehicle on its pad, a propellant store) to any place open to the public: towns, roads, the land of another tenant. It grows with the explosive quantity (14 CFR 420, Tables E-1 and E-2).</extracomment>
        <translation>Наименьшее расстояние от опасной операции (заправленная ракета на площадке, склад топлива) до любого общедоступного места: городов, дорог, территории другого арендатора. Растёт с количеством взрывчатого вещества (14 CFR 420, таблицы E-1 и E-2).</translation>
    </message>
    <message>
        <source>report.glossary.qd.term</source>
        <extracomment>Quantity-distance (Q-D)</extracomment>
        <translation>Количество — расстояние (Q-D)</translation>
    </message>
    <message>
        <source>report.glossary.qd.text</source>
        <extracomment>The safety distances that follow from the net explosive weight of a propellant load: public-area and intraline distances among them.</extracomment>
        <translation>Безопасные расстояния, вытекающие из массы взрывчатого вещества в топливе, в том числе расстояния до общественных мест и внутриобъектовые.</translation>
    </message>
    <message>
        <source>report.glossary.severity.error</source>
        <extracomment>A finding that the plan breaks a rule and must change.</extracomment>
        <translation>Замечание о том, что план нарушает правило и должен измениться.</translation>
    </message>
    <message>
        <source>report.glossary.severity.error.term</source>
        <extracomment>Error</extracomment>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>report.glossary.severity.info</source>
        <extracomment>A finding for information (a check that could not be made).</extracomment>
        <translation>Замечание для сведения (например, проверку не удалось выполнить).</translation>
    </message>
    <message>
        <source>report.glossary.severity.info.term</source>
        <extracomment>Note</extracomment>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>report.glossary.severity.warning</source>
        <extracomment>A finding to look at before deciding.</extracomment>
        <translation>Замечание, которое нужно рассмотреть перед решением.</translation>
    </message>
    <message>
        <source>report.glossary.severity.warning.term</source>
        <extracomment>Warning</extracomment>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>report.glossary.sez.term</source>
        <extracomment>Special economic zone (SEZ)</extracomment>
        <translation>Специальная экономическая зона (СЭЗ)</translation>
    </message>
    <message>
        <source>report.glossary.sez.text</source>
        <extracomment>The area of the site set aside for new tenants under the special economic zone&apos;s terms.</extracomment>
        <translation>Часть космодрома, отведённая новым арендаторам на условиях специальной экономической зоны.</translation>
    </message>
    <message>
        <source>report.glossary.term</source>
        <extracomment>Term</extracomment>
        <translation>Термин</translation>
    </message>
    <message>
        <source>report.glossary.tnt.term</source>
        <extracomment>TNT equivalent</extracomment>
        <translation>Тротиловый эквивалент</translation>
    </message>
    <message>
        <source>report.glossary.tnt.text</source>
        <extracomment>A propellant load&apos;s explosive yield given as the mass of TNT with the same blast; the net explosive weight the distances are computed from.</extracomment>
        <translation>Взрывная мощность топлива, выраженная массой тротила с тем же действием; масса, от которой считаются расстояния.</translation>
    </message>
    <message>
        <source>report.glossary.utilisation.term</source>
        <extracomment>Utilisation</extracomment>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>report.glossary.utilisation.text</source>
        <extracomment>The share of a pad&apos;s usable days in the period on which it is allocated.</extracomment>
        <translation>Доля пригодных дней площадки в периоде, в которые она закреплена.</translation>
    </message>
    <message>
        <source>report.glossary.withheld.term</source>
        <extracomment>Not available to you</extracomment>
        <translation>Недоступно для вас</translation>
    </message>
    <message>
        <source>report.glossary.withheld.text</source>
        <extracomment>In a tenant report: the pad is booked by someone else in that period; who, how and on which days is not part of the report.</extracomment>
        <translation>В отчёте для арендатора: площадка в этот период занята другим; кем, как и в какие дни — в отчёт не входит.</translation>
    </message>
    <message>
        <source>report.map.as_of</source>
        <extracomment>As of {day}</extracomment>
        <translation>На {day}</translation>
    </message>
    <message>
        <source>report.map.caption</source>
        <extracomment>Pads coloured by the tenant occupying them on {at}: solid for signed or active allocations, pale with a dashed outline for proposed or reserved ones (not signed). Pads ready for use and not allocated are white; pads that cannot be used are grey by their state, or ringed in the colour of their state when a tenant holds them. Flight corridors are labelled with their pad and vehicle. Zones and areas as in force on that day.</extracomment>
        <translation>Площадки окрашены по арендатору, занимающему их на {at}: сплошная заливка — подписанные или действующие закрепления, бледная с пунктирным контуром — предложенные или забронированные (не подписанные). Готовые к использованию и не закреплённые площадки — белые; площадки, которые нельзя использовать, — серые по их состоянию или обведены цветом их состояния, если их занимает арендатор. Коридоры полёта подписаны площадкой и ракетой-носителем. Зоны и территории — действующие на этот день.</translation>
    </message>
    <message>
        <source>report.map.caption_tenant</source>
        <extracomment>Pads held by other tenants are only marked as not available to you.</extracomment>
        <translation>Площадки других арендаторов отмечены только как недоступные вам.</translation>
    </message>
    <message>
        <source>report.map.corridor</source>
        <extracomment>{vehicle_class} · {azimuth} · OEZ {km} km</extracomment>
        <translation>{vehicle_class} · {azimuth} · зона отчуждения {km} км</translation>
    </message>
    <message>
        <source>report.map.group.areas</source>
        <extracomment>Sites and areas</extracomment>
        <translation>Площадки и территории</translation>
    </message>
    <message>
        <source>report.map.group.infrastructure</source>
        <extracomment>Infrastructure</extracomment>
        <translation>Инфраструктура</translation>
    </message>
    <message>
        <source>report.map.group.pads</source>
        <extracomment>Launch pads</extracomment>
        <translation>Стартовые площадки</translation>
    </message>
    <message>
        <source>report.map.group.safety</source>
        <extracomment>Safety</extracomment>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>report.map.heading</source>
        <extracomment>Site map</extracomment>
        <translation>Карта космодрома</translation>
    </message>
    <message>
        <source>report.map.inset</source>
        <extracomment>Inset {letter}: {names}.</extracomment>
        <translation>Врезка {letter}: {names}.</translation>
    </message>
    <message>
        <source>report.map.insets_caption</source>
        <extracomment>Where pads crowd on the site map, these insets show them at a larger scale; each is outlined and lettered on the site map, and its pads are named here. Colours and symbols as in the legend of the site map.</extracomment>
        <translation>Там, где на карте площадки стартовые площадки стоят тесно, эти врезки показывают их в более крупном масштабе; каждая обведена и обозначена буквой на карте площадки, а её стартовые площадки подписаны здесь. Цвета и знаки — как в легенде карты площадки.</translation>
    </message>
    <message>
        <source>report.map.insets_heading</source>
        <extracomment>Site map: insets</extracomment>
        <translation>Карта площадки: врезки</translation>
    </message>
    <message>
        <source>report.map.legend.corridor</source>
        <extracomment>Flight corridor</extracomment>
        <translation>Коридор полёта</translation>
    </message>
    <message>
        <source>report.map.legend.exclusion</source>
        <extracomment>Overflight exclusion zone</extracomment>
        <translation>Зона отчуждения под трассой полёта</translation>
    </message>
    <message>
        <source>report.map.legend.free</source>
        <extracomment>Available</extracomment>
        <translation>Свободна</translation>
    </message>
    <message>
        <source>report.map.legend.hazard</source>
        <extracomment>Hazard area (public distance)</extracomment>
        <translation>Опасная зона (расстояние до общественных мест)</translation>
    </message>
    <message>
        <source>report.map.legend.held_unusable</source>
        <extracomment>{tenant} (pad {state})</extracomment>
        <translation>{tenant} (площадка: {state})</translation>
    </message>
    <message>
        <source>report.map.legend.not_in_force</source>
        <extracomment>{layer} (not in force)</extracomment>
        <translation>{layer} (не действует)</translation>
    </message>
    <message>
        <source>report.map.legend.not_in_service</source>
        <extracomment>{layer} (not in service)</extracomment>
        <translation>{layer} (не в эксплуатации)</translation>
    </message>
    <message>
        <source>report.map.legend.unsigned</source>
        <extracomment>{tenant} (not signed)</extracomment>
        <translation>{tenant} (не подписано)</translation>
    </message>
    <message>
        <source>report.map.legend.unsigned_unusable</source>
        <extracomment>{tenant} (not signed, pad {state})</extracomment>
        <translation>{tenant} (не подписано, площадка: {state})</translation>
    </message>
    <message>
        <source>report.map.legend.unusable</source>
        <extracomment>Not available: {state}</extracomment>
        <translation>Недоступна: {state}</translation>
    </message>
    <message>
        <source>report.map.legend.withheld</source>
        <extracomment>Not available to you</extracomment>
        <translation>Недоступно вам</translation>
    </message>
    <message>
        <source>report.map.see_insets</source>
        <extracomment>Crowded pads are named in the insets on the next page.</extracomment>
        <translation>Тесно расположенные стартовые площадки подписаны на врезках на следующей странице.</translation>
    </message>
    <message>
        <source>report.map.title</source>
        <extracomment>Site map as of {at}</extracomment>
        <translation>Карта космодрома на {at}</translation>
    </message>
    <message>
        <source>report.no_sections</source>
        <extracomment>Choose at least one section for the report.</extracomment>
        <translation>Выберите хотя бы один раздел отчёта.</translation>
    </message>
    <message>
        <source>report.pad.any_propellant</source>
        <extracomment>Any (no stated limit)</extracomment>
        <translation>Любое (ограничение не указано)</translation>
    </message>
    <message>
        <source>report.pad.azimuth</source>
        <extracomment>Launch azimuth (°)</extracomment>
        <translation>Азимут пуска (°)</translation>
    </message>
    <message>
        <source>report.pad.azimuth_range</source>
        <extracomment>{low:g}–{high:g}</extracomment>
        <translation>{low:g}–{high:g}</translation>
    </message>
    <message>
        <source>report.pad.cadence</source>
        <extracomment>Launches a year</extracomment>
        <translation>Пусков в год</translation>
    </message>
    <message>
        <source>report.pad.diameter</source>
        <extracomment>Diameter (m)</extracomment>
        <translation>Диаметр (м)</translation>
    </message>
    <message>
        <source>report.pad.height</source>
        <extracomment>Height (m)</extracomment>
        <translation>Высота (м)</translation>
    </message>
    <message>
        <source>report.pad.mass</source>
        <extracomment>Lift-off mass (t)</extracomment>
        <translation>Стартовая масса (т)</translation>
    </message>
    <message>
        <source>report.pad.no_limit</source>
        <extracomment>no stated limit</extracomment>
        <translation>ограничение не указано</translation>
    </message>
    <message>
        <source>report.pad.over</source>
        <extracomment>{value} (over the limit)</extracomment>
        <translation>{value} (сверх ограничения)</translation>
    </message>
    <message>
        <source>report.pad.propellants</source>
        <extracomment>Propellants</extracomment>
        <translation>Компоненты топлива</translation>
    </message>
    <message>
        <source>report.pad.thrust</source>
        <extracomment>Lift-off thrust (kN)</extracomment>
        <translation>Стартовая тяга (кН)</translation>
    </message>
    <message>
        <source>report.pad.unknown</source>
        <extracomment>not known</extracomment>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>report.pad.up_to</source>
        <extracomment>up to {value}</extracomment>
        <translation>до {value}</translation>
    </message>
    <message>
        <source>report.pads.bookings</source>
        <extracomment>Bookings in the period</extracomment>
        <translation>Закрепления в периоде</translation>
    </message>
    <message>
        <source>report.pads.capabilities</source>
        <extracomment>What the pad can launch</extracomment>
        <translation>Что может запускать площадка</translation>
    </message>
    <message>
        <source>report.pads.capability</source>
        <extracomment>Capability</extracomment>
        <translation>Характеристика</translation>
    </message>
    <message>
        <source>report.pads.complex</source>
        <extracomment>Launch complex</extracomment>
        <translation>Стартовый комплекс</translation>
    </message>
    <message>
        <source>report.pads.finding</source>
        <extracomment>Finding and reason</extracomment>
        <translation>Замечание и причина</translation>
    </message>
    <message>
        <source>report.pads.findings</source>
        <extracomment>Findings</extracomment>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>report.pads.from</source>
        <extracomment>From</extracomment>
        <translation>С</translation>
    </message>
    <message>
        <source>report.pads.heading</source>
        <extracomment>Pads</extracomment>
        <translation>Площадки</translation>
    </message>
    <message>
        <source>report.pads.history</source>
        <extracomment>Status history</extracomment>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>report.pads.intro</source>
        <extracomment>A page for each of the {count:,} {count:plural:pad|pads}: what it can launch beside the vehicles booked on it, its status over time, its bookings in the period and the findings about it.</extracomment>
        <translation>По странице на каждую из {count:,} {count:plural:площадки|площадок|площадок}: что она может запускать в сравнении с закреплёнными на ней ракетами-носителями, её статус во времени, закрепления в периоде и замечания о ней.</translation>
    </message>
    <message>
        <source>report.pads.intro_tenant</source>
        <extracomment>A page for each of the {count:,} {count:plural:pad|pads} you are booked on: what it can launch beside your vehicles, its status over time, your bookings and the periods it is not available to you.</extracomment>
        <translation>По странице на каждую из {count:,} {count:plural:площадки|площадок|площадок}, на которых у вас есть закрепления: что она может запускать в сравнении с вашими ракетами-носителями, её статус во времени, ваши закрепления и периоды, когда она вам недоступна.</translation>
    </message>
    <message>
        <source>report.pads.limit</source>
        <extracomment>Pad limit</extracomment>
        <translation>Ограничение площадки</translation>
    </message>
    <message>
        <source>report.pads.location</source>
        <extracomment>Location</extracomment>
        <translation>Местоположение</translation>
    </message>
    <message>
        <source>report.pads.name</source>
        <extracomment>Name</extracomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>report.pads.no_bookings</source>
        <extracomment>No booking in the period.</extracomment>
        <translation>В периоде закреплений нет.</translation>
    </message>
    <message>
        <source>report.pads.no_history</source>
        <extracomment>No status is recorded: the pad counts as inactive.</extracomment>
        <translation>Статус не записан: площадка считается неактивной.</translation>
    </message>
    <message>
        <source>report.pads.note</source>
        <extracomment>Note</extracomment>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>report.pads.open</source>
        <extracomment>open</extracomment>
        <translation>не ограничено</translation>
    </message>
    <message>
        <source>report.pads.pad</source>
        <extracomment>Pad {code}</extracomment>
        <translation>Площадка {code}</translation>
    </message>
    <message>
        <source>report.pads.severity</source>
        <extracomment>Severity</extracomment>
        <translation>Важность</translation>
    </message>
    <message>
        <source>report.pads.state</source>
        <extracomment>Status</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>report.pads.status</source>
        <extracomment>Status on {day}</extracomment>
        <translation>Статус на {day}</translation>
    </message>
    <message>
        <source>report.pads.to</source>
        <extracomment>To</extracomment>
        <translation>По</translation>
    </message>
    <message>
        <source>report.pads.use</source>
        <extracomment>Use</extracomment>
        <translation>Использование</translation>
    </message>
    <message>
        <source>report.pads.withheld</source>
        <extracomment>Other use of the pad</extracomment>
        <translation>Другое использование площадки</translation>
    </message>
    <message>
        <source>report.pads.withheld_text</source>
        <extracomment>Not available to you</extracomment>
        <translation>Недоступно вам</translation>
    </message>
    <message>
        <source>report.period_reversed</source>
        <extracomment>The report period ends ({end}) before it starts ({start}).</extracomment>
        <translation>Период отчёта заканчивается ({end}) раньше, чем начинается ({start}).</translation>
    </message>
    <message>
        <source>report.period_too_long</source>
        <extracomment>The report period runs from {start} to {end}; a report covers at most {years} years.</extracomment>
        <translation>Период отчёта — с {start} по {end}; отчёт охватывает не более {years} лет.</translation>
    </message>
    <message>
        <source>report.scenario</source>
        <extracomment>Scenario: {name} — not the plan</extracomment>
        <translation>Сценарий: {name} — не план</translation>
    </message>
    <message>
        <source>report.section.allocations</source>
        <extracomment>Allocation table</extracomment>
        <translation>Таблица закреплений</translation>
    </message>
    <message>
        <source>report.section.contents</source>
        <extracomment>Contents</extracomment>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>report.section.control</source>
        <extracomment>Document control</extracomment>
        <translation>Контроль документа</translation>
    </message>
    <message>
        <source>report.section.cover</source>
        <extracomment>Cover</extracomment>
        <translation>Титульный лист</translation>
    </message>
    <message>
        <source>report.section.executive</source>
        <extracomment>Executive summary</extracomment>
        <translation>Краткое изложение</translation>
    </message>
    <message>
        <source>report.section.findings</source>
        <extracomment>Findings</extracomment>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>report.section.glossary</source>
        <extracomment>Glossary</extracomment>
        <translation>Глоссарий</translation>
    </message>
    <message>
        <source>report.section.map</source>
        <extracomment>Site map</extracomment>
        <translation>Карта космодрома</translation>
    </message>
    <message>
        <source>report.section.pads</source>
        <extracomment>Pad pages</extracomment>
        <translation>Страницы площадок</translation>
    </message>
    <message>
        <source>report.section.sources</source>
        <extracomment>Sources</extracomment>
        <translation>Источники</translation>
    </message>
    <message>
        <source>report.section.summary</source>
        <extracomment>Summary figures</extracomment>
        <translation>Сводные показатели</translation>
    </message>
    <message>
        <source>report.section.tenants</source>
        <extracomment>Tenant sections</extracomment>
        <translation>Разделы по арендаторам</translation>
    </message>
    <message>
        <source>report.section.timeline</source>
        <extracomment>Timeline</extracomment>
        <translation>График</translation>
    </message>
    <message>
        <source>report.since.not_a_hash</source>
        <extracomment>An earlier report is named by its plan file or by the SHA-256 on its cover (got {since!r}).</extracomment>
        <translation>Предыдущий отчёт указывается файлом его плана или SHA-256 с его обложки (получено {since!r}).</translation>
    </message>
    <message>
        <source>report.sources.confidence</source>
        <extracomment>Confidence</extracomment>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>report.sources.heading</source>
        <extracomment>Sources</extracomment>
        <translation>Источники</translation>
    </message>
    <message>
        <source>report.sources.intro</source>
        <extracomment>Each object of this report with the sources of its data (keys, explained under References) and how far the data can be trusted. Schematic: drawn to show where a thing is, not its exact shape.</extracomment>
        <translation>Каждый объект этого отчёта с источниками его данных (ключи, пояснённые в разделе «Ссылки») и степенью их достоверности. Схематично: нарисовано, чтобы показать, где объект находится, а не его точную форму.</translation>
    </message>
    <message>
        <source>report.sources.key</source>
        <extracomment>Key</extracomment>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>report.sources.keys</source>
        <extracomment>Sources</extracomment>
        <translation>Источники</translation>
    </message>
    <message>
        <source>report.sources.not_stated</source>
        <extracomment>not stated</extracomment>
        <translation>не указаны</translation>
    </message>
    <message>
        <source>report.sources.object</source>
        <extracomment>Object</extracomment>
        <translation>Объект</translation>
    </message>
    <message>
        <source>report.sources.reference</source>
        <extracomment>Reference</extracomment>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>report.sources.references</source>
        <extracomment>References</extracomment>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>report.sources.schematic</source>
        <extracomment>schematic</extracomment>
        <translation>схематично</translation>
    </message>
    <message>
        <source>report.subject</source>
        <extracomment>{plan}: pads and tenants as of {at}, the period {start} to {end}</extracomment>
        <translation>{plan}: площадки и арендаторы на {at}, период с {start} по {end}</translation>
    </message>
    <message>
        <source>report.summary.allocated</source>
        <extracomment>{count:plural:pad|pads} allocated (signed or active)</extracomment>
        <translation>{count:plural:площадка закреплена|площадки закреплены|площадок закреплено} (подписано или действует)</translation>
    </message>
    <message>
        <source>report.summary.allocations</source>
        <extracomment>{count:plural:allocation|allocations} in the period</extracomment>
        <translation>{count:plural:закрепление|закрепления|закреплений} в периоде</translation>
    </message>
    <message>
        <source>report.summary.annual_proposed</source>
        <extracomment>Annual fees, proposed or reserved (US$)</extracomment>
        <translation>Годовые платежи, предложено или зарезервировано (долл. США)</translation>
    </message>
    <message>
        <source>report.summary.annual_signed</source>
        <extracomment>Annual fees, signed or active (US$)</extracomment>
        <translation>Годовые платежи, подписано или действует (долл. США)</translation>
    </message>
    <message>
        <source>report.summary.booked_unusable</source>
        <extracomment>Booked, not usable</extracomment>
        <translation>Закреплено, непригодна</translation>
    </message>
    <message>
        <source>report.summary.by_allocation</source>
        <extracomment>Allocations in the period by status</extracomment>
        <translation>Закрепления периода по статусу</translation>
    </message>
    <message>
        <source>report.summary.by_negotiation</source>
        <extracomment>Tenants by negotiation status</extracomment>
        <translation>Арендаторы по ходу переговоров</translation>
    </message>
    <message>
        <source>report.summary.by_status</source>
        <extracomment>Pads by status</extracomment>
        <translation>Площадки по состоянию</translation>
    </message>
    <message>
        <source>report.summary.count</source>
        <extracomment>Count</extracomment>
        <translation>Число</translation>
    </message>
    <message>
        <source>report.summary.counts</source>
        <extracomment>Counts</extracomment>
        <translation>Количество</translation>
    </message>
    <message>
        <source>report.summary.days</source>
        <extracomment>Days allocated</extracomment>
        <translation>Дней закреплено</translation>
    </message>
    <message>
        <source>report.summary.errors</source>
        <extracomment>error {count:plural:finding|findings}</extracomment>
        <translation>{count:plural:ошибка|ошибки|ошибок}</translation>
    </message>
    <message>
        <source>report.summary.fees</source>
        <extracomment>Fees</extracomment>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>report.summary.fees_text</source>
        <extracomment>Annual fees of the allocations in force on {at}, and the fees over the period pro rata of each allocation&apos;s days in it: signed ones (signed, active, ended) apart from proposed ones (proposed, reserved). Cancelled allocations are left out. An unknown fee is shown as unknown, never as 0; ≥ marks a sum with unknown fees left out.</extracomment>
        <translation>Годовые платежи по закреплениям, действующим на {at}, и платежи за период пропорционально дням каждого закрепления в нём: подписанные (подписано, действует, завершено) отдельно от предложенных (предложено, зарезервировано). Отменённые не учитываются. Неизвестный платёж показан как неизвестный, а не 0; ≥ — сумма без неизвестных платежей.</translation>
    </message>
    <message>
        <source>report.summary.free</source>
        <extracomment>{count:plural:pad|pads} ready and not allocated</extracomment>
        <translation>{count:plural:площадка готова|площадки готовы|площадок готово} и не закреплено</translation>
    </message>
    <message>
        <source>report.summary.heading</source>
        <extracomment>Summary</extracomment>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>report.summary.idle</source>
        <extracomment>inactive {count:plural:pad|pads}, not allocated</extracomment>
        <translation>{count:plural:неактивная площадка|неактивные площадки|неактивных площадок}, не закреплено</translation>
    </message>
    <message>
        <source>report.summary.intro</source>
        <extracomment>Pads and tenants as of {at}; utilisation and fees over the period {start} to {end} ({days:,} {days:plural:day|days}).</extracomment>
        <translation>Площадки и арендаторы на {at}; загрузка и платежи за период с {start} по {end} ({days:,} {days:plural:день|дня|дней}).</translation>
    </message>
    <message>
        <source>report.summary.intro_tenant</source>
        <extracomment>Allocations, utilisation and fees are those of {tenant} only.</extracomment>
        <translation>Закрепления, загрузка и платежи — только арендатора {tenant}.</translation>
    </message>
    <message>
        <source>report.summary.n_a</source>
        <extracomment>not available</extracomment>
        <translation>недоступна</translation>
    </message>
    <message>
        <source>report.summary.no_fees</source>
        <extracomment>No allocation in the period.</extracomment>
        <translation>В периоде нет закреплений.</translation>
    </message>
    <message>
        <source>report.summary.no_use</source>
        <extracomment>No pad is allocated in the period.</extracomment>
        <translation>В периоде ни одна площадка не закреплена.</translation>
    </message>
    <message>
        <source>report.summary.none</source>
        <extracomment>none</extracomment>
        <translation>нет</translation>
    </message>
    <message>
        <source>report.summary.not_available</source>
        <extracomment>{count:plural:pad|pads} not available</extracomment>
        <translation>{count:plural:площадка недоступна|площадки недоступны|площадок недоступно}</translation>
    </message>
    <message>
        <source>report.summary.pad</source>
        <extracomment>Pad</extracomment>
        <translation>ПУ</translation>
    </message>
    <message>
        <source>report.summary.pads</source>
        <extracomment>{count:plural:pad|pads}</extracomment>
        <translation>{count:plural:площадка|площадки|площадок}</translation>
    </message>
    <message>
        <source>report.summary.period_proposed</source>
        <extracomment>Period fees, proposed (US$)</extracomment>
        <translation>Платежи за период, предложено (долл. США)</translation>
    </message>
    <message>
        <source>report.summary.period_signed</source>
        <extracomment>Period fees, signed (US$)</extracomment>
        <translation>Платежи за период, подписано (долл. США)</translation>
    </message>
    <message>
        <source>report.summary.reserved</source>
        <extracomment>{count:plural:pad|pads} proposed or reserved</extracomment>
        <translation>{count:plural:площадка предложена|площадки предложены|площадок предложено} или зарезервировано</translation>
    </message>
    <message>
        <source>report.summary.share</source>
        <extracomment>Utilisation</extracomment>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>report.summary.signed_fees</source>
        <extracomment>US$ M a year in signed fees</extracomment>
        <translation>млн долл. США в год по подписанным</translation>
    </message>
    <message>
        <source>report.summary.tenant</source>
        <extracomment>Tenant</extracomment>
        <translation>Арендатор</translation>
    </message>
    <message>
        <source>report.summary.total</source>
        <extracomment>Total</extracomment>
        <translation>Итого</translation>
    </message>
    <message>
        <source>report.summary.unknown</source>
        <extracomment>unknown</extracomment>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>report.summary.usable</source>
        <extracomment>Days usable</extracomment>
        <translation>Дней пригодна</translation>
    </message>
    <message>
        <source>report.summary.use_chart</source>
        <extracomment>The chart shows the {shown} most used of {count:,} pads.</extracomment>
        <translation>На диаграмме {shown} самых загруженных из {count:,} площадок.</translation>
    </message>
    <message>
        <source>report.summary.use_text</source>
        <extracomment>Share of the days from {start} to {end} on which a pad can be used that it is allocated (any status but cancelled; overlapping allocations counted once). A pad that cannot be used on any of those days is not available; days booked while a pad cannot be used are counted apart.</extracomment>
        <translation>Доля дней с {start} по {end}, в которые площадка пригодна к использованию и закреплена (любой статус, кроме отменённого; пересекающиеся закрепления считаются один раз). Площадка, непригодная ни в один из этих дней, недоступна; дни закрепления, когда площадка непригодна, считаются отдельно.</translation>
    </message>
    <message>
        <source>report.summary.utilisation</source>
        <extracomment>Utilisation of pads</extracomment>
        <translation>Загрузка площадок</translation>
    </message>
    <message>
        <source>report.tenant_in_full</source>
        <extracomment>A full report covers every tenant; name a tenant only for a tenant report.</extracomment>
        <translation>Полный отчёт охватывает всех арендаторов; арендатора указывают только для отчёта арендатору.</translation>
    </message>
    <message>
        <source>report.tenant_required</source>
        <extracomment>A tenant report needs the name of the tenant it is for.</extracomment>
        <translation>Для отчёта арендатору нужно указать название арендатора.</translation>
    </message>
    <message>
        <source>report.tenants.allocations</source>
        <extracomment>Allocations</extracomment>
        <translation>Закрепления</translation>
    </message>
    <message>
        <source>report.tenants.diameter</source>
        <extracomment>Diameter (m)</extracomment>
        <translation>Диаметр (м)</translation>
    </message>
    <message>
        <source>report.tenants.facts</source>
        <extracomment>{country} · {kind} · talks: {status} · {vehicles} {vehicles:plural:vehicle|vehicles}, {allocations} {allocations:plural:allocation|allocations} in the period, {findings} {findings:plural:finding|findings}</extracomment>
        <translation>{country} · {kind} · переговоры: {status} · {vehicles} {vehicles:plural:ракета-носитель|ракеты-носителя|ракет-носителей}, {allocations} {allocations:plural:закрепление|закрепления|закреплений} в периоде, {findings} {findings:plural:замечание|замечания|замечаний}</translation>
    </message>
    <message>
        <source>report.tenants.finding</source>
        <extracomment>Finding and reason</extracomment>
        <translation>Замечание и причина</translation>
    </message>
    <message>
        <source>report.tenants.findings</source>
        <extracomment>Findings</extracomment>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>report.tenants.heading</source>
        <extracomment>Tenants</extracomment>
        <translation>Арендаторы</translation>
    </message>
    <message>
        <source>report.tenants.height</source>
        <extracomment>Height (m)</extracomment>
        <translation>Высота (м)</translation>
    </message>
    <message>
        <source>report.tenants.intro</source>
        <extracomment>{count:,} {count:plural:tenant|tenants}, by name: each with its vehicles, its allocations in the period and the findings that concern it (listed when there are at most {listed}, else counted by rule).</extracomment>
        <translation>{count:,} {count:plural:арендатор|арендатора|арендаторов}, по названию: у каждого его ракеты-носители, закрепления в периоде и касающиеся его замечания (перечислены, если их не более {listed}, иначе подсчитаны по правилам).</translation>
    </message>
    <message>
        <source>report.tenants.mass</source>
        <extracomment>Lift-off mass (t)</extracomment>
        <translation>Стартовая масса (т)</translation>
    </message>
    <message>
        <source>report.tenants.profile</source>
        <extracomment>Tenant profile</extracomment>
        <translation>Профиль арендатора</translation>
    </message>
    <message>
        <source>report.tenants.propellant</source>
        <extracomment>Propellant</extracomment>
        <translation>Компоненты топлива</translation>
    </message>
    <message>
        <source>report.tenants.rate</source>
        <extracomment>Launches a year</extracomment>
        <translation>Пусков в год</translation>
    </message>
    <message>
        <source>report.tenants.severity</source>
        <extracomment>Severity</extracomment>
        <translation>Важность</translation>
    </message>
    <message>
        <source>report.tenants.stages</source>
        <extracomment>Stages</extracomment>
        <translation>Ступени</translation>
    </message>
    <message>
        <source>report.tenants.vehicle</source>
        <extracomment>Vehicle</extracomment>
        <translation>Ракета-носитель</translation>
    </message>
    <message>
        <source>report.tenants.vehicles</source>
        <extracomment>Vehicles</extracomment>
        <translation>Ракеты-носители</translation>
    </message>
    <message>
        <source>report.timeline.as_of</source>
        <extracomment>As of {day}</extracomment>
        <translation>На {day}</translation>
    </message>
    <message>
        <source>report.timeline.conflict</source>
        <extracomment>Conflict (overlap)</extracomment>
        <translation>Конфликт (наложение)</translation>
    </message>
    <message>
        <source>report.timeline.cut</source>
        <extracomment>The timeline is cut into {groups} {groups:plural:group|groups} of pads and {windows} time {windows:plural:window|windows} so that no year or row is squeezed.</extracomment>
        <translation>Временная шкала разбита на {groups} {groups:plural:группу|группы|групп} площадок и {windows} {windows:plural:временное окно|временных окна|временных окон}, чтобы ни один год и ни одна строка не были сжаты.</translation>
    </message>
    <message>
        <source>report.timeline.empty</source>
        <extracomment>No pad has allocations or outages in the period.</extracomment>
        <translation>Ни у одной площадки нет закреплений или простоев в периоде.</translation>
    </message>
    <message>
        <source>report.timeline.heading</source>
        <extracomment>Timeline</extracomment>
        <translation>Временная шкала</translation>
    </message>
    <message>
        <source>report.timeline.held</source>
        <extracomment>Booked while the pad is not available (error)</extracomment>
        <translation>Закреплена, когда площадка недоступна (ошибка)</translation>
    </message>
    <message>
        <source>report.timeline.more_bars</source>
        <extracomment>+{count:,} more</extracomment>
        <translation>ещё +{count:,}</translation>
    </message>
    <message>
        <source>report.timeline.more_tenants</source>
        <extracomment>and {count:,} more (bars are labelled)</extracomment>
        <translation>и ещё {count:,} (полосы подписаны)</translation>
    </message>
    <message>
        <source>report.timeline.outage</source>
        <extracomment>Pad not available</extracomment>
        <translation>Площадка недоступна</translation>
    </message>
    <message>
        <source>report.timeline.pad</source>
        <extracomment>Pad</extracomment>
        <translation>Площадка</translation>
    </message>
    <message>
        <source>report.timeline.quarter</source>
        <extracomment>Q{quarter}</extracomment>
        <translation>{quarter} кв.</translation>
    </message>
    <message>
        <source>report.timeline.sheet</source>
        <extracomment>Sheet {sheet} of {sheets}: pads {first} to {last} (rows {first_row}–{last_row} of {rows}), {start} to {end}.</extracomment>
        <translation>Лист {sheet} из {sheets}: площадки с {first} по {last} (строки {first_row}–{last_row} из {rows}), с {start} по {end}.</translation>
    </message>
    <message>
        <source>report.timeline.withheld</source>
        <extracomment>Not available to you</extracomment>
        <translation>Недоступно вам</translation>
    </message>
    <message>
        <source>report.title</source>
        <extracomment>Pad allocation report</extracomment>
        <translation>Отчёт о закреплении стартовых площадок</translation>
    </message>
    <message>
        <source>report.unknown_kind</source>
        <extracomment>A report is &apos;full&apos; or &apos;tenant&apos; (got {kind!r}).</extracomment>
        <translation>Отчёт бывает &apos;full&apos; или &apos;tenant&apos; (получено {kind!r}).</translation>
    </message>
    <message>
        <source>report.unknown_language</source>
        <extracomment>There is no report language {language!r}. Languages: {known}.</extracomment>
        <translation>Языка отчёта {language!r} нет. Языки: {known}.</translation>
    </message>
    <message>
        <source>report.unknown_paper</source>
        <extracomment>There is no paper size {paper!r}. Paper sizes: {known}.</extracomment>
        <translation>Нет формата бумаги {paper!r}. Форматы: {known}.</translation>
    </message>
    <message>
        <source>report.unknown_section</source>
        <extracomment>There is no report section {section!r}. Sections: {known}.</extracomment>
        <translation>Нет раздела отчёта {section!r}. Разделы: {known}.</translation>
    </message>
    <message>
        <source>report.unknown_tenant</source>
        <extracomment>There is no tenant {name!r} in the plan. Tenants: {known}.</extracomment>
        <translation>В плане нет арендатора {name!r}. Арендаторы: {known}.</translation>
    </message>
    <message>
        <source>report.write_failed</source>
        <extracomment>Cannot write the report {path}: {reason}</extracomment>
        <translation>Не удалось записать отчёт {path}: {reason}</translation>
    </message>
    <message>
        <source>safety.corridor.apogee_not_applicable</source>
        <extracomment>An apogee only applies to a guided suborbital vehicle, not to the {vehicle_class} class.</extracomment>
        <translation>Апогей задаётся только для управляемой суборбитальной ракеты, а не для класса {vehicle_class}.</translation>
    </message>
    <message>
        <source>safety.corridor.apogee_required</source>
        <extracomment>A guided suborbital corridor needs the apogee of the final stage (km).</extracomment>
        <translation>Для коридора управляемой суборбитальной ракеты нужен апогей последней ступени (км).</translation>
    </message>
    <message>
        <source>safety.corridor.bad_apogee</source>
        <extracomment>The apogee must be greater than zero (got {value} km).</extracomment>
        <translation>Апогей должен быть больше нуля (получено {value} км).</translation>
    </message>
    <message>
        <source>safety.corridor.bad_azimuth</source>
        <extracomment>The launch azimuth must be at least 0° and less than 360° (got {value}).</extracomment>
        <translation>Азимут пуска должен быть не меньше 0° и меньше 360° (получено {value}).</translation>
    </message>
    <message>
        <source>safety.corridor.bad_latitude</source>
        <extracomment>The launch latitude must be between -90° and 90°, poles excluded (got {value}).</extracomment>
        <translation>Широта точки пуска должна быть от -90° до 90°, исключая полюса (получено {value}).</translation>
    </message>
    <message>
        <source>safety.corridor.bad_longitude</source>
        <extracomment>The launch longitude must be between -180° and 180° (got {value}).</extracomment>
        <translation>Долгота точки пуска должна быть от -180° до 180° (получено {value}).</translation>
    </message>
    <message>
        <source>safety.corridor.no_apogee</source>
        <extracomment>Vehicle {vehicle} is a guided suborbital vehicle without an apogee: its impact dispersion area cannot be placed (14 CFR 420 Appendix A, Eq. A40).</extracomment>
        <translation>РН {vehicle} — управляемая суборбитальная ракета без апогея: район рассеивания точек падения построить нельзя (14 CFR 420, приложение A, формула A40).</translation>
    </message>
    <message>
        <source>safety.corridor.no_azimuth</source>
        <extracomment>The allocation gives no launch azimuth.</extracomment>
        <translation>В закреплении не указан азимут пуска.</translation>
    </message>
    <message>
        <source>safety.corridor.no_class</source>
        <extracomment>Vehicle {vehicle} has no flight-corridor class (small, medium, medium-large, large or guided suborbital, 14 CFR 420.19 Table 1).</extracomment>
        <translation>У РН {vehicle} не задан класс коридора полёта (малый, средний, средне-большой, большой или управляемый суборбитальный, 14 CFR 420.19, табл. 1).</translation>
    </message>
    <message>
        <source>safety.corridor.unknown_class</source>
        <extracomment>Unknown vehicle class {value!r}; expected one of: {choices}.</extracomment>
        <translation>Неизвестный класс ракеты-носителя {value!r}; допустимые значения: {choices}.</translation>
    </message>
    <message>
        <source>safety.store.not_a_store</source>
        <extracomment>Facility {facility} is not a propellant store.</extracomment>
        <translation>Объект {facility} не является хранилищем КРТ.</translation>
    </message>
    <message>
        <source>safety.store.unknown_load</source>
        <extracomment>Propellant store {facility} has no propellant combination or maximum quantity: its hazard areas cannot be computed.</extracomment>
        <translation>Для хранилища КРТ {facility} не заданы компоненты топлива или максимальное количество: опасные зоны вычислить нельзя.</translation>
    </message>
    <message>
        <source>safety.tnt.bad_factor</source>
        <extracomment>A TNT-equivalent factor must be a number greater than zero (got {value}).</extracomment>
        <translation>Коэффициент тротилового эквивалента должен быть числом больше нуля (получено {value}).</translation>
    </message>
    <message>
        <source>safety.tnt.factor_source</source>
        <extracomment>A TNT-equivalent factor entered by the planner needs its source.</extracomment>
        <translation>Для коэффициента тротилового эквивалента, введённого планировщиком, нужно указать источник.</translation>
    </message>
    <message>
        <source>safety.tnt.no_factor</source>
        <extracomment>No TNT-equivalent factor is established for {propellant} (safety rules §3.3): enter a factor and its source.</extracomment>
        <translation>Для {propellant} не установлен коэффициент тротилового эквивалента (правила безопасности, §3.3): введите коэффициент и его источник.</translation>
    </message>
    <message>
        <source>safety.tnt.unknown_propellant</source>
        <extracomment>Unknown propellant combination {value!r}; expected one of: {choices}.</extracomment>
        <translation>Неизвестное сочетание компонентов топлива {value!r}; допустимые значения: {choices}.</translation>
    </message>
    <message>
        <source>safety.vehicle.no_mass</source>
        <extracomment>Vehicle {vehicle} has neither a propellant mass nor a lift-off mass: its net explosive weight cannot be computed.</extracomment>
        <translation>У РН {vehicle} не задана ни масса топлива, ни стартовая масса: массу нетто ВВ вычислить нельзя.</translation>
    </message>
    <message>
        <source>scenario.not_a_change</source>
        <extracomment>Scenario {name!r} does not change {kind} {id}.</extracomment>
        <translation>Сценарий {name!r} не меняет {kind} {id}.</translation>
    </message>
    <message>
        <source>scenario.not_stored</source>
        <extracomment>Save the plan first: its scenarios are kept with it.</extracomment>
        <translation>Сначала сохраните план: его сценарии хранятся вместе с ним.</translation>
    </message>
    <message>
        <source>scenario.promote</source>
        <extracomment>Promote {count} {count:plural:change|changes} of scenario {name}</extracomment>
        <translation>Перенести в план {count} {count:plural:изменение|изменения|изменений} сценария {name}</translation>
    </message>
    <message>
        <source>storage.cannot_open</source>
        <extracomment>Could not open {location}: {reason}.</extracomment>
        <translation>Не удалось открыть {location}: {reason}.</translation>
    </message>
    <message>
        <source>storage.checkpoint_failed</source>
        <extracomment>The plan was saved, but {location} could not be completed on disk ({reason}): keep its -wal file with it until there is space again.</extracomment>
        <translation>План сохранён, но файл {location} не удалось завершить на диске ({reason}): храните рядом с ним его файл -wal, пока не освободится место.</translation>
    </message>
    <message>
        <source>storage.conflict</source>
        <extracomment>Not saved: {kind} {name} was changed elsewhere too ({fields}){more}. Nothing was written; open the plan again and redo the change.</extracomment>
        <translation>Не сохранено: {kind} {name} изменён и в другом месте ({fields}){more}. Ничего не записано; откройте план заново и повторите изменение.</translation>
    </message>
    <message>
        <source>storage.conflict_more</source>
        <extracomment> and {count} other {count:plural:object|objects}</extracomment>
        <translation> и ещё {count} {count:plural:объект|объекта|объектов}</translation>
    </message>
    <message>
        <source>storage.corrupt</source>
        <extracomment>{location} is damaged and cannot be read ({reason}).</extracomment>
        <translation>Файл {location} повреждён и не может быть прочитан ({reason}).</translation>
    </message>
    <message>
        <source>storage.cut_off</source>
        <extracomment>The connection to {location} was lost during the save; the server rolled it back and nothing was written. Your changes are kept and saved when the server can be reached again.</extracomment>
        <translation>Соединение с {location} прервалось во время сохранения; сервер откатил его, ничего не записано. Ваши изменения сохранены и будут записаны, когда сервер снова станет доступен.</translation>
    </message>
    <message>
        <source>storage.denied</source>
        <extracomment>The server refused the change to {location}: your database role may only read this plan (ask an administrator for the planner role). Nothing was written.</extracomment>
        <translation>Сервер отклонил изменение {location}: ваша роль в базе данных позволяет только читать этот план (попросите администратора о роли planner). Ничего не записано.</translation>
    </message>
    <message>
        <source>storage.migrate_failed</source>
        <extracomment>Could not upgrade {location} from plan schema {version} ({reason}). The plan was left as it was.</extracomment>
        <translation>Не удалось обновить {location} со схемы плана {version} ({reason}). План оставлен без изменений.</translation>
    </message>
    <message>
        <source>storage.newer_version</source>
        <extracomment>{location} was written by a newer cosmoplan (plan schema {version}); this cosmoplan reads schemas up to {newest}. Update cosmoplan to open it.</extracomment>
        <translation>{location} записан более новой версией cosmoplan (схема плана {version}); эта версия читает схемы до {newest}. Обновите cosmoplan, чтобы открыть его.</translation>
    </message>
    <message>
        <source>storage.no_history</source>
        <extracomment>{location} keeps no history: only a plan on a PostgreSQL server has an audit log.</extracomment>
        <translation>{location} не хранит истории: журнал изменений есть только у плана на сервере PostgreSQL.</translation>
    </message>
    <message>
        <source>storage.not_a_plan</source>
        <extracomment>{location} is not a cosmoplan plan.</extracomment>
        <translation>{location} не является планом cosmoplan.</translation>
    </message>
    <message>
        <source>storage.not_found</source>
        <extracomment>There is no plan at {location}.</extracomment>
        <translation>По адресу {location} нет плана.</translation>
    </message>
    <message>
        <source>storage.read_only</source>
        <extracomment>{location} is open read-only; nothing was written. Use Save As to keep the changes.</extracomment>
        <translation>{location} открыт только для чтения; ничего не записано. Чтобы сохранить изменения, используйте «Сохранить как».</translation>
    </message>
    <message>
        <source>storage.replaced</source>
        <extracomment>{location} now holds another plan (it was replaced on disk); nothing was written. Use Save As to keep this plan.</extracomment>
        <translation>В {location} теперь другой план (файл заменён на диске); ничего не записано. Чтобы сохранить этот план, используйте «Сохранить как».</translation>
    </message>
    <message>
        <source>storage.scenario.changed</source>
        <extracomment>Scenario {name!r} was saved by someone else since it was opened; nothing was written. Open it again to see their changes.</extracomment>
        <translation>Сценарий {name!r} сохранил кто-то другой после того, как он был открыт; ничего не записано. Откройте его снова, чтобы увидеть их изменения.</translation>
    </message>
    <message>
        <source>storage.scenario.exists</source>
        <extracomment>The plan already has a scenario {name!r}.</extracomment>
        <translation>В плане уже есть сценарий {name!r}.</translation>
    </message>
    <message>
        <source>storage.scenario.gone</source>
        <extracomment>Scenario {name!r} was removed since it was opened; nothing was written.</extracomment>
        <translation>Сценарий {name!r} был удалён после того, как его открыли; ничего не записано.</translation>
    </message>
    <message>
        <source>storage.scenario.not_kept</source>
        <extracomment>A scenario keeps allocations, requests and pad statuses only: change {what} in the plan itself. Nothing was written.</extracomment>
        <translation>Сценарий хранит только распределения, заявки и состояния площадок: измените {what} в самом плане. Ничего не записано.</translation>
    </message>
    <message>
        <source>storage.scenario.unknown</source>
        <extracomment>There is no scenario {name!r} in the plan. Scenarios: {known}.</extracomment>
        <translation>В плане нет сценария {name!r}. Сценарии: {known}.</translation>
    </message>
    <message>
        <source>storage.scenario.unsaved_plan</source>
        <extracomment>Save the plan first: the scenario names {what}, which the plan has not saved yet.</extracomment>
        <translation>Сначала сохраните план: сценарий ссылается на {what}, ещё не сохранённый в плане.</translation>
    </message>
    <message>
        <source>storage.write_failed</source>
        <extracomment>Could not write the plan to {location} ({reason}). The last saved plan is unchanged.</extracomment>
        <translation>Не удалось записать план в {location} ({reason}). Последний сохранённый план не изменён.</translation>
    </message>
    <message>
        <source>tables.export.unknown_format</source>
        <extracomment>Cannot write a table as {suffix!r}: the file name must end in .csv or .xlsx.</extracomment>
        <translation>Невозможно записать таблицу в формате {suffix!r}: имя файла должно оканчиваться на .csv или .xlsx.</translation>
    </message>
    <message>
        <source>tables.export.write_failed</source>
        <extracomment>Cannot write the table {path}: {reason}</extracomment>
        <translation>Не удалось записать таблицу {path}: {reason}</translation>
    </message>
    <message>
        <source>tables.id.new</source>
        <extracomment>new</extracomment>
        <translation>новое</translation>
    </message>
    <message>
        <source>tables.pads.any</source>
        <extracomment>any fitting pad</extracomment>
        <translation>любая подходящая ПУ</translation>
    </message>
    <message>
        <source>tables.severity.error</source>
        <extracomment>Error</extracomment>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>tables.severity.info</source>
        <extracomment>Information</extracomment>
        <translation>Информация</translation>
    </message>
    <message>
        <source>tables.severity.warning</source>
        <extracomment>Warning</extracomment>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>tables.subject.allocation</source>
        <extracomment>{vehicle} on {pad}, {years}</extracomment>
        <translation>{vehicle} на {pad}, {years}</translation>
    </message>
    <message>
        <source>tables.subject.request</source>
        <extracomment>request of {vehicle}, {years}</extracomment>
        <translation>заявка на {vehicle}, {years}</translation>
    </message>
    <message>
        <source>tables.use.exclusive</source>
        <extracomment>Exclusive</extracomment>
        <translation>Монопольно</translation>
    </message>
    <message>
        <source>tables.use.shared</source>
        <extracomment>Shared</extracomment>
        <translation>Совместно</translation>
    </message>
    <message>
        <source>tenancy.not_in_plan</source>
        <extracomment>The {kind} {name!r} is not part of this plan (id {id}).</extracomment>
        <translation>{kind} {name!r} не входит в этот план (id {id}).</translation>
    </message>
    <message>
        <source>tenancy.status_final</source>
        <extracomment>{name} is {old}, which is final; its status can no longer change.</extracomment>
        <translation>{name} в статусе «{old}», он окончательный; статус больше изменить нельзя.</translation>
    </message>
    <message>
        <source>tenancy.status_many</source>
        <extracomment>Mark {count} allocations as {status}</extracomment>
        <translation>Присвоить статус «{status}» закреплениям ({count})</translation>
    </message>
    <message>
        <source>tenancy.status_transition</source>
        <extracomment>{name} cannot go from {old} to {new}; from {old} it can only become: {allowed}.</extracomment>
        <translation>{name}: переход из «{old}» в «{new}» невозможен; из «{old}» допустим переход только в: {allowed}.</translation>
    </message>
    <message>
        <source>tenancy.status_unchanged</source>
        <extracomment>{name} is already {old}.</extracomment>
        <translation>{name} уже в статусе «{old}».</translation>
    </message>
    <message>
        <source>tenancy.tenant_has_allocations</source>
        <extracomment>Tenant {tenant!r} has {count} {count:plural:allocation|allocations}; remove them with it (cascade) or keep it.</extracomment>
        <translation>У арендатора {tenant!r} {count} {count:plural:закрепление|закрепления|закреплений}; удалите их вместе с ним (каскадно) или оставьте арендатора.</translation>
    </message>
    <message>
        <source>tenancy.unknown_allocation</source>
        <extracomment>There is no allocation {id}.</extracomment>
        <translation>Нет закрепления {id}.</translation>
    </message>
    <message>
        <source>tenancy.unknown_pad</source>
        <extracomment>There is no pad with code {code!r}.</extracomment>
        <translation>Нет ПУ с обозначением {code!r}.</translation>
    </message>
    <message>
        <source>tenancy.unknown_tenant</source>
        <extracomment>There is no tenant named {name!r}.</extracomment>
        <translation>Нет арендатора с названием {name!r}.</translation>
    </message>
    <message>
        <source>tenancy.unknown_vehicle</source>
        <extracomment>Tenant {tenant!r} has no vehicle named {name!r}.</extracomment>
        <translation>У арендатора {tenant!r} нет ракеты-носителя {name!r}.</translation>
    </message>
    <message>
        <source>tenancy.vehicle_of_other_tenant</source>
        <extracomment>Vehicle {vehicle!r} belongs to {owner!r}, not to {tenant!r}.</extracomment>
        <translation>Ракета-носитель {vehicle!r} принадлежит {owner!r}, а не {tenant!r}.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Allocations overlap on a pad</source>
        <translation>Закрепления ПУ пересекаются по времени</translation>
    </message>
    <message>
        <source>Pad launch cadence exceeded</source>
        <translation>Превышен темп пусков с ПУ</translation>
    </message>
    <message>
        <source>Propellant not supported by the pad</source>
        <translation>ПУ не рассчитана на это топливо</translation>
    </message>
    <message>
        <source>Vehicle liftoff mass above the pad&apos;s limit</source>
        <translation>Стартовая масса РН выше допустимой для ПУ</translation>
    </message>
    <message>
        <source>Vehicle height above the pad&apos;s limit</source>
        <translation>Высота РН выше допустимой для ПУ</translation>
    </message>
    <message>
        <source>Vehicle diameter above the pad&apos;s limit</source>
        <translation>Диаметр РН больше допустимого для ПУ</translation>
    </message>
    <message>
        <source>Vehicle liftoff thrust above the pad&apos;s limit</source>
        <translation>Стартовая тяга РН выше допустимой для ПУ</translation>
    </message>
    <message>
        <source>Vehicle figure unknown</source>
        <translation>Характеристика РН неизвестна</translation>
    </message>
    <message>
        <source>Pad not available in the period</source>
        <translation>ПУ недоступна в этот период</translation>
    </message>
    <message>
        <source>Required facility not in service</source>
        <translation>Необходимый объект не эксплуатируется</translation>
    </message>
    <message>
        <source>Pad outside the territory open to the tenant</source>
        <translation>ПУ вне территории, доступной арендатору</translation>
    </message>
    <message>
        <source>Tenant not approved for a signed allocation</source>
        <translation>Закрепление подписано, а арендатор не одобрен</translation>
    </message>
    <message>
        <source>Pad reserved for a tenant at first contact</source>
        <translation>ПУ забронирована для арендатора на этапе первого контакта</translation>
    </message>
    <message>
        <source>Allocation over but not ended</source>
        <translation>Срок закрепления истёк, но оно не завершено</translation>
    </message>
    <message>
        <source>Implausible allocation period</source>
        <translation>Неправдоподобный период закрепления</translation>
    </message>
    <message>
        <source>Public-area distance reaches a public area</source>
        <translation>Безопасное расстояние до общедоступных зон не выдержано</translation>
    </message>
    <message>
        <source>Public-traffic-route distance reaches a road or railway</source>
        <translation>Безопасное расстояние до дорог общего пользования не выдержано</translation>
    </message>
    <message>
        <source>Intraline distance to another explosive hazard facility</source>
        <translation>Внутриплощадочное расстояние до другого взрывоопасного объекта</translation>
    </message>
    <message>
        <source>Hazard areas not checked</source>
        <translation>Опасные зоны не проверены</translation>
    </message>
    <message>
        <source>Hazard areas from a planner&apos;s TNT factor</source>
        <translation>Опасные зоны по коэффициенту ТНТ, введённому планировщиком</translation>
    </message>
    <message>
        <source>Launch point too close to the site boundary</source>
        <translation>Точка старта слишком близко к границе космодрома</translation>
    </message>
    <message>
        <source>Populated place in the overflight exclusion zone</source>
        <translation>Населённый пункт в зоне отчуждения</translation>
    </message>
    <message>
        <source>Populated place under the flight corridor</source>
        <translation>Населённый пункт под коридором полёта</translation>
    </message>
    <message>
        <source>Launch azimuth outside the pad&apos;s range</source>
        <translation>Азимут пуска вне допустимого для ПУ диапазона</translation>
    </message>
    <message>
        <source>Flight corridor not checked</source>
        <translation>Коридор полёта не проверен</translation>
    </message>
</context>
</TS>
