<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AnalysisOverlay</name>
    <message>
        <source>Availability with what it needs: %1</source>
        <translation>Доступність разом із тим, від чого залежить: %1</translation>
    </message>
    <message>
        <source>Own availability: %1</source>
        <translation>Власна доступність: %1</translation>
    </message>
    <message>
        <source>Share of the system downtime: %1 (%2 a year)</source>
        <translation>Частка простою системи: %1 (%2 на рік)</translation>
    </message>
    <message>
        <source>Importance: Birnbaum %1 · RAW %2 · RRW %3</source>
        <translation>Важливість: Бірнбаум %1 · RAW %2 · RRW %3</translation>
    </message>
    <message>
        <source>Never fails by itself (no failure data)</source>
        <translation>Сам не відмовляє (немає даних про відмови)</translation>
    </message>
    <message>
        <source>No required service needs it.</source>
        <translation>Жоден обов’язковий сервіс від нього не залежить.</translation>
    </message>
    <message>
        <source>SPOF</source>
        <translation>ЄТВ</translation>
    </message>
    <message>
        <source>overloaded even with all members</source>
        <translation>перевантажена навіть з усіма учасниками</translation>
    </message>
    <message>
        <source>effective %1+%2</source>
        <translation>фактично %1+%2</translation>
    </message>
    <message numerus="yes">
        <source>cascade after %n</source>
        <translation>
            <numerusform>каскад після %n відмови</numerusform>
            <numerusform>каскад після %n відмов</numerusform>
            <numerusform>каскад після %n відмов</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared %1, effective at the %2 ceiling: %3</source>
        <translation>Заявлено %1, фактично при межі %2: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message numerus="yes">
        <source>tolerates %n</source>
        <translation>
            <numerusform>витримує %n відмову</numerusform>
            <numerusform>витримує %n відмови</numerusform>
            <numerusform>витримує %n відмов</numerusform>
        </translation>
    </message>
    <message>
        <source>loss of %1 breaks it</source>
        <translation>втрата %1 її ламає</translation>
    </message>
    <message>
        <source>survives any domain loss</source>
        <translation>переживає втрату будь-якого домену</translation>
    </message>
    <message>
        <source>RPO %1</source>
        <translation>RPO %1</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>недосяжний</translation>
    </message>
    <message>
        <source>cannot fail</source>
        <translation>не може відмовити</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>відмовив</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>працює</translation>
    </message>
    <message>
        <source>down</source>
        <translation>не працює</translation>
    </message>
    <message>
        <source>quorum lost: %1 of %2 up</source>
        <translation>кворум втрачено: працює %1 з %2</translation>
    </message>
    <message>
        <source>quorum kept: %1 of %2 up</source>
        <translation>кворум збережено: працює %1 з %2</translation>
    </message>
    <message>
        <source>cascade: %1 per survivor</source>
        <translation>каскад: %1 на кожного, хто лишився</translation>
    </message>
    <message>
        <source>down: %1 of %2 left</source>
        <translation>не працює: лишилося %1 з %2</translation>
    </message>
    <message>
        <source>serving on %1 of %2</source>
        <translation>працює на %1 з %2</translation>
    </message>
    <message>
        <source>fires · RTO %1 · RPO %2</source>
        <translation>спрацьовує · RTO %1 · RPO %2</translation>
    </message>
    <message>
        <source>does not fire</source>
        <translation>не спрацьовує</translation>
    </message>
    <message>
        <source>Does not fire: %1</source>
        <translation>Не спрацьовує: %1</translation>
    </message>
</context>
<context>
    <name>AnalysisText</name>
    <message>
        <source>(unnamed model)</source>
        <translation>(модель без назви)</translation>
    </message>
    <message>
        <source>System availability   %1  (%2 nines)</source>
        <translation>Доступність системи   %1  (%2 дев’яток)</translation>
    </message>
    <message>
        <source>Unavailability        %1</source>
        <translation>Недоступність         %1</translation>
    </message>
    <message>
        <source>Downtime per year     %1</source>
        <translation>Простій за рік        %1</translation>
    </message>
    <message>
        <source>MTBF                  %1  (%2 failures a year, mean outage %3)</source>
        <translation>MTBF                  %1  (%2 відмов на рік, середній простій %3)</translation>
    </message>
    <message>
        <source>Mission reliability   R(%1) = %2;  MTTF %3</source>
        <translation>Безвідмовність місії  R(%1) = %2;  MTTF %3</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Сервіси</translation>
    </message>
    <message>
        <source>target %1: %2</source>
        <translation>ціль %1: %2</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>ВІДПОВІДАЄ</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>НЕ ВІДПОВІДАЄ</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>без цілі</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Знахідки (%1)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Виправлення: %1</translation>
    </message>
    <message>
        <source>Minimal cut sets: %1 (by order: %2)</source>
        <translation>Мінімальні перерізи: %1 (за порядком: %2)</translation>
    </message>
    <message>
        <source>Redundancy groups</source>
        <translation>Групи резервування</translation>
    </message>
    <message>
        <source> members</source>
        <translation> учасн.</translation>
    </message>
    <message>
        <source>, declared N+%1</source>
        <translation>, заявлено N+%1</translation>
    </message>
    <message>
        <source>, effective N+%1</source>
        <translation>, фактично N+%1</translation>
    </message>
    <message>
        <source>%1 failed: %2 per survivor, %3</source>
        <translation>відмов: %1; %2 на кожного, хто лишився, %3</translation>
    </message>
    <message>
        <source>  OVERLOAD</source>
        <translation>  ПЕРЕВАНТАЖЕННЯ</translation>
    </message>
    <message>
        <source>  above ceiling</source>
        <translation>  понад межу</translation>
    </message>
    <message>
        <source>mean time to failure %1</source>
        <translation>середній час до відмови %1</translation>
    </message>
    <message>
        <source>P(another failure during one rebuild) = %1</source>
        <translation>P(ще одна відмова під час однієї перебудови) = %1</translation>
    </message>
    <message>
        <source>Quorums</source>
        <translation>Кворуми</translation>
    </message>
    <message>
        <source>%1: %2 voters, needs %3, tolerates %4</source>
        <translation>%1: учасників голосування — %2, потрібно %3, витримує відмов — %4</translation>
    </message>
    <message>
        <source>%1 voters left: %2</source>
        <translation>лишилося учасників голосування: %1 — %2</translation>
    </message>
    <message>
        <source>keeps quorum</source>
        <translation>кворум зберігається</translation>
    </message>
    <message>
        <source>READS ONLY</source>
        <translation>ЛИШЕ ЧИТАННЯ</translation>
    </message>
    <message>
        <source>WRITES ONLY</source>
        <translation>ЛИШЕ ЗАПИС</translation>
    </message>
    <message>
        <source>NO QUORUM</source>
        <translation>КВОРУМУ НЕМАЄ</translation>
    </message>
    <message>
        <source>no side keeps quorum</source>
        <translation>жоден бік не зберігає кворуму</translation>
    </message>
    <message>
        <source>both sides accept writes: conflicts</source>
        <translation>обидва боки приймають записи: конфлікти</translation>
    </message>
    <message>
        <source>the first side keeps quorum</source>
        <translation>перший бік зберігає кворум</translation>
    </message>
    <message>
        <source>the second side keeps quorum</source>
        <translation>другий бік зберігає кворум</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Реплікація</translation>
    </message>
    <message>
        <source>RPO %1</source>
        <translation>RPO %1</translation>
    </message>
    <message>
        <source>, RTT %1</source>
        <translation>, RTT %1</translation>
    </message>
    <message>
        <source>, writes wait %1</source>
        <translation>, записи чекають %1</translation>
    </message>
    <message>
        <source>Failovers</source>
        <translation>Перемикання</translation>
    </message>
    <message>
        <source>(assumed)</source>
        <translation>(припущено)</translation>
    </message>
    <message>
        <source>RTO %1, RPO %2, %3 a year, %4 per failover</source>
        <translation>RTO %1, RPO %2, %3 на рік, %4 за перемикання</translation>
    </message>
    <message>
        <source>High availability or fault tolerance</source>
        <translation>Висока доступність чи відмовостійкість</translation>
    </message>
    <message>
        <source>required %1, achieved %2 (RTO %3, RPO %4)</source>
        <translation>потрібно %1, досягнуто %2 (RTO %3, RPO %4)</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Припущення</translation>
    </message>
</context>
<context>
    <name>ArchitectureAnalysis</name>
    <message>
        <source>Components without failure data are taken never to fail: %1.</source>
        <translation>Компоненти без даних про відмови вважаються такими, що ніколи не відмовляють: %1.</translation>
    </message>
</context>
<context>
    <name>ArchitectureTranslator</name>
    <message>
        <source>Components without failure data are taken never to fail: %1.</source>
        <translation>Компоненти без даних про відмови вважаються такими, що ніколи не відмовляють: %1.</translation>
    </message>
    <message>
        <source>Failovers count as instantaneous in the availability figures; the interruptions they cause (their RTO) are reported per failover.</source>
        <translation>У показниках доступності перемикання вважаються миттєвими; перерви, які вони спричиняють (їхній RTO), наведено окремо для кожного перемикання.</translation>
    </message>
    <message>
        <source>No service is drawn: the system is taken to need every element that nothing else depends on.</source>
        <translation>Жодного сервісу не намальовано: вважається, що системі потрібен кожен елемент, від якого ніщо інше не залежить.</translation>
    </message>
    <message>
        <source>No service is required: the system is always up.</source>
        <translation>Жоден сервіс не є обов’язковим: система працює завжди.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source> (independent)</source>
        <translation> (незалежна відмова)</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; has %2 members: only its all-member common-cause event is modelled.</source>
        <translation>Група «%1» (учасників: %2): моделюється лише подія спільної причини, що зачіпає всіх учасників.</translation>
    </message>
    <message>
        <source>Common cause of %1</source>
        <translation>Спільна причина: %1</translation>
    </message>
    <message>
        <source>%1 fails (own or common cause)</source>
        <translation>%1 відмовляє (власна чи спільна причина)</translation>
    </message>
    <message>
        <source>%1 or fallback %2</source>
        <translation>%1 або запасний варіант %2</translation>
    </message>
    <message>
        <source>%1 (with common causes)</source>
        <translation>%1 (зі спільними причинами)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Array &apos;%1&apos; declares neither N+M nor a demand: it is taken to survive while one of its %2 members is up (a mirror). Declare N+M to say otherwise (RAID 5 of %2 disks: N+1 with N = %3).</source>
        <translation>Масив «%1» не задає ні N+M, ні попиту: вважається, що він працює, поки працює хоча б один із %2 його учасників (дзеркало). Задайте N+M, щоб указати інше (RAID 5 з %2 дисків: N+1 при N = %3).</translation>
    </message>
    <message>
        <source>%1-of-%2 with rebuild</source>
        <translation>%1 з %2 з перебудовою</translation>
    </message>
    <message>
        <source>Rebuild stress in &apos;%1&apos; is not modelled: its members differ in failure data, placement or dependencies, or it has common causes.</source>
        <translation>Навантаження під час перебудови в «%1» не моделюється: учасники відрізняються даними про відмови, розміщенням чи залежностями або є спільні причини.</translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; has neither a demand with member capacities nor a declared N+M: any one member is taken to carry the whole load.</source>
        <translation>Група «%1» не має ні попиту з пропускною здатністю учасників, ні заявленого N+M: вважається, що будь-який один учасник витримує все навантаження.</translation>
    </message>
    <message>
        <source>cold standby</source>
        <translation>холодний резерв</translation>
    </message>
    <message>
        <source>warm standby</source>
        <translation>теплий резерв</translation>
    </message>
    <message>
        <source>The %1 standbys of &apos;%2&apos; are analysed as hot standbys (failing as often as the primary): conservative, because the members differ or the failover needs more than the standby.</source>
        <translation>Резервні учасники «%2» (режим %1) аналізуються як гарячий резерв (відмовляють так само часто, як основний): це консервативна оцінка, бо учасники відрізняються або перемиканню потрібне більше, ніж сам резерв.</translation>
    </message>
    <message>
        <source>No failover link is drawn to &apos;%1&apos; in &apos;%2&apos;: taken as automatic and always successful.</source>
        <translation>До «%1» у «%2» не намальовано зв’язку перемикання: воно вважається автоматичним і завжди успішним.</translation>
    </message>
    <message>
        <source>Failover to %1 fails</source>
        <translation>Перемикання на %1 не вдається</translation>
    </message>
    <message>
        <source>Switch-over (coverage %1)</source>
        <translation>Перемикання (покриття %1)</translation>
    </message>
    <message>
        <source>Failover to %1 does not work</source>
        <translation>Перемикання на %1 не працює</translation>
    </message>
    <message>
        <source>Failover to %1</source>
        <translation>Перемикання на %1</translation>
    </message>
    <message>
        <source>%1 with its failover mechanism</source>
        <translation>%1 із механізмом перемикання</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Не вдалося зберегти %1: %2</translation>
    </message>
    <message>
        <source>simulated write failure</source>
        <translation>імітована помилка запису</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Mission reliability R(t), no repair (MTTF %1)</source>
        <translation>Безвідмовність місії R(t), без ремонту (MTTF %1)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>години</translation>
    </message>
    <message>
        <source>R(t)</source>
        <translation>R(t)</translation>
    </message>
    <message>
        <source>Point availability A(t)</source>
        <translation>Миттєва доступність A(t)</translation>
    </message>
    <message>
        <source>hours (log scale)</source>
        <translation>години (логарифмічна шкала)</translation>
    </message>
    <message>
        <source>availability %</source>
        <translation>доступність, %</translation>
    </message>
    <message>
        <source>A(t)</source>
        <translation>A(t)</translation>
    </message>
    <message>
        <source>steady state %1</source>
        <translation>усталений стан %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>ціль %1</translation>
    </message>
    <message>
        <source>Downtime per year by contributor (cumulative share)</source>
        <translation>Простій за рік за джерелами (накопичена частка)</translation>
    </message>
    <message>
        <source>minutes a year</source>
        <translation>хвилин на рік</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>minutes of downtime a year attributable to it</source>
        <translation>хвилини простою на рік, що припадають на нього</translation>
    </message>
    <message>
        <source>%1: utilisation per survivor after failures</source>
        <translation>%1: завантаження кожного, хто лишився, після відмов</translation>
    </message>
    <message>
        <source>within the ceiling</source>
        <translation>у межах</translation>
    </message>
    <message>
        <source>above the ceiling</source>
        <translation>понад межу</translation>
    </message>
    <message>
        <source>overloaded: cascade</source>
        <translation>перевантаження: каскад</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n відмова</numerusform>
            <numerusform>%n відмови</numerusform>
            <numerusform>%n відмов</numerusform>
        </translation>
    </message>
    <message>
        <source>utilisation %</source>
        <translation>завантаження, %</translation>
    </message>
    <message>
        <source>capacity (100 %)</source>
        <translation>пропускна здатність (100 %)</translation>
    </message>
    <message>
        <source>ceiling (%1)</source>
        <translation>межа (%1)</translation>
    </message>
    <message>
        <source>Importance: system nines if it never failed / were always down</source>
        <translation>Важливість: дев’ятки системи, якби елемент ніколи не відмовляв / не працював завжди</translation>
    </message>
    <message>
        <source>never fails</source>
        <translation>ніколи не відмовляє</translation>
    </message>
    <message>
        <source>always down</source>
        <translation>завжди не працює</translation>
    </message>
    <message>
        <source>change in system nines (now %1)</source>
        <translation>зміна дев’яток системи (зараз %1)</translation>
    </message>
    <message>
        <source>What if: nines before and after the last change</source>
        <translation>Що як: дев’ятки до й після останньої зміни</translation>
    </message>
    <message>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <source>after</source>
        <translation>після</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>nines</source>
        <translation>дев’ятки</translation>
    </message>
    <message>
        <source>System availability against %1</source>
        <translation>Доступність системи залежно від параметра «%1»</translation>
    </message>
    <message>
        <source>system availability</source>
        <translation>доступність системи</translation>
    </message>
    <message>
        <source>target</source>
        <translation>ціль</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ninefold-cli: unknown command &apos;%1&apos;

</source>
        <translation>ninefold-cli: невідома команда «%1»

</translation>
    </message>
    <message>
        <source>ninefold-cli validate: unknown option &apos;%1&apos;
</source>
        <translation>ninefold-cli validate: невідомий параметр «%1»
</translation>
    </message>
    <message>
        <source>ninefold-cli validate: give at least one model file
</source>
        <translation>ninefold-cli validate: вкажіть принаймні один файл моделі
</translation>
    </message>
    <message>
        <source>%1: valid (%2 components, %3 containers, %4 groups, %5 services)
</source>
        <translation>%1: коректна (компонентів: %2, контейнерів: %3, груп: %4, сервісів: %5)
</translation>
    </message>
    <message>
        <source>%1: INVALID
</source>
        <translation>%1: НЕКОРЕКТНА
</translation>
    </message>
    <message>
        <source>ninefold-cli convert: %1 needs a file name
</source>
        <translation>ninefold-cli convert: %1 потребує назви файлу
</translation>
    </message>
    <message>
        <source>ninefold-cli convert: unknown option &apos;%1&apos;
</source>
        <translation>ninefold-cli convert: невідомий параметр «%1»
</translation>
    </message>
    <message>
        <source>ninefold-cli convert: only one input file, found &apos;%1&apos; too
</source>
        <translation>ninefold-cli convert: допускається лише один вхідний файл, але знайдено ще й «%1»
</translation>
    </message>
    <message>
        <source>ninefold-cli convert: usage: convert FILE -o OUT
</source>
        <translation>ninefold-cli convert: використання: convert FILE -o OUT
</translation>
    </message>
    <message>
        <source>%1: not converted: fix the errors above first
</source>
        <translation>%1: не перетворено: спершу виправте наведені вище помилки
</translation>
    </message>
    <message>
        <source>%1: written in format %2
</source>
        <translation>%1: записано у форматі %2
</translation>
    </message>
    <message>
        <source>Usage: ninefold-cli COMMAND [OPTIONS] FILE...

Commands:
  validate FILE...          check models and report every problem found
  convert FILE -o OUT       re-save a model in the current file format
  analyze FILE [options]    analyse a .ninefold model: figures, findings, tables
  analyze FILE.xml... [options]
                            analyse an Open-PSA MEF fault tree (all files of one
                            model together): probability, cut sets, importance
      --json                  print the analysis as JSON (see docs/cli.md)
      --mission-time HOURS    mission time (default: the model&apos;s, or 8760 h)
      --cut-set-order N       highest order of minimal cut sets (default: 4 for
                              .ninefold models, all for fault trees)
      --cut-sets N            how many minimal cut sets to list (default 20)
      --top GATE              fault trees: the top gate (default: the gate no
                              other gate uses)
  report FILE -o OUT.pdf [--page-size a4|letter]
                            write the PDF reliability report (works headless)
  check FILE [options]      a CI gate: fail when the model misses its targets
      --min-availability PERCENT  e.g. 99.95 (the system&apos;s availability)
      --max-downtime-minutes N    the system&apos;s downtime per year
      --fail-on warning|critical  also fail on findings of that severity or worse
                              (services&apos; own availability targets always count)

Options:
  -h, --help                show this help
  -v, --version             show the version

Exit codes:
  0  success
  1  a model could not be read or is invalid
  2  wrong usage (unknown command or option, missing argument)
  3  an output file could not be written
  4  check: the model misses its targets
</source>
        <translation>Використання: ninefold-cli COMMAND [OPTIONS] FILE...

Команди:
  validate FILE...          перевірити моделі й повідомити про кожну проблему
  convert FILE -o OUT       перезберегти модель у поточному форматі файлу
  analyze FILE [options]    проаналізувати модель .ninefold: показники,
                            знахідки, таблиці
  analyze FILE.xml... [options]
                            проаналізувати дерево відмов Open-PSA MEF (усі
                            файли однієї моделі разом): імовірність, перерізи,
                            важливість
      --json                  вивести аналіз у форматі JSON (див. docs/cli.md)
      --mission-time HOURS    тривалість місії (типово: з моделі або 8760 год)
      --cut-set-order N       найвищий порядок мінімальних перерізів (типово: 4
                              для моделей .ninefold, усі для дерев відмов)
      --cut-sets N            скільки мінімальних перерізів вивести (типово 20)
      --top GATE              дерева відмов: головний вентиль (типово: вентиль,
                              якого не використовує жоден інший)
  report FILE -o OUT.pdf [--page-size a4|letter]
                            записати PDF-звіт про надійність (працює без
                            графічного середовища)
  check FILE [options]      перевірка для CI: помилка, якщо модель не досягає
                            своїх цілей
      --min-availability PERCENT  напр. 99.95 (доступність системи)
      --max-downtime-minutes N    простій системи за рік
      --fail-on warning|critical  також вважати помилкою знахідки цього рівня
                              або серйозніші (власні цілі доступності сервісів
                              враховуються завжди)

Параметри:
  -h, --help                показати цю довідку
  -v, --version             показати версію

Коди виходу:
  0  успіх
  1  модель не вдалося прочитати або вона некоректна
  2  неправильне використання (невідома команда чи параметр, бракує аргументу)
  3  не вдалося записати вихідний файл
  4  check: модель не досягає своїх цілей
</translation>
    </message>
    <message>
        <source>ninefold-cli report: %1 needs a value
</source>
        <translation>ninefold-cli report: %1 потребує значення
</translation>
    </message>
    <message>
        <source>ninefold-cli report: --page-size takes a4 or letter, found &apos;%1&apos;
</source>
        <translation>ninefold-cli report: --page-size приймає a4 або letter, а знайдено «%1»
</translation>
    </message>
    <message>
        <source>ninefold-cli report: unknown option &apos;%1&apos;
</source>
        <translation>ninefold-cli report: невідомий параметр «%1»
</translation>
    </message>
    <message>
        <source>ninefold-cli report: give one model, found &apos;%1&apos; too
</source>
        <translation>ninefold-cli report: вкажіть одну модель, але знайдено ще й «%1»
</translation>
    </message>
    <message>
        <source>ninefold-cli report: usage: report FILE -o OUT.pdf [--page-size a4|letter]
</source>
        <translation>ninefold-cli report: використання: report FILE -o OUT.pdf [--page-size a4|letter]
</translation>
    </message>
    <message>
        <source>%1: error: cannot open the file: %2
</source>
        <translation>%1: помилка: не вдалося відкрити файл: %2
</translation>
    </message>
    <message>
        <source>%1: no report: fix the errors above first
</source>
        <translation>%1: звіт не створено: спершу виправте наведені вище помилки
</translation>
    </message>
    <message numerus="yes">
        <source>%1: report written (%n page(s))
</source>
        <translation>
            <numerusform>%1: звіт записано (%n сторінка)
</numerusform>
            <numerusform>%1: звіт записано (%n сторінки)
</numerusform>
            <numerusform>%1: звіт записано (%n сторінок)
</numerusform>
        </translation>
    </message>
    <message>
        <source>ninefold-cli check: %1 needs a value
</source>
        <translation>ninefold-cli check: %1 потребує значення
</translation>
    </message>
    <message>
        <source>ninefold-cli check: %1 needs a percentage such as 99.95, found &apos;%2&apos;
</source>
        <translation>ninefold-cli check: %1 потребує відсотка, наприклад 99.95, а знайдено «%2»
</translation>
    </message>
    <message>
        <source>ninefold-cli check: %1 needs a number of minutes, found &apos;%2&apos;
</source>
        <translation>ninefold-cli check: %1 потребує кількості хвилин, а знайдено «%2»
</translation>
    </message>
    <message>
        <source>ninefold-cli check: --fail-on takes &apos;warning&apos; or &apos;critical&apos;, found &apos;%1&apos;
</source>
        <translation>ninefold-cli check: --fail-on приймає «warning» або «critical», а знайдено «%1»
</translation>
    </message>
    <message>
        <source>ninefold-cli check: unknown option &apos;%1&apos;
</source>
        <translation>ninefold-cli check: невідомий параметр «%1»
</translation>
    </message>
    <message>
        <source>ninefold-cli check: give one model, found &apos;%1&apos; too
</source>
        <translation>ninefold-cli check: вкажіть одну модель, але знайдено ще й «%1»
</translation>
    </message>
    <message>
        <source>ninefold-cli check: give a model file
</source>
        <translation>ninefold-cli check: вкажіть файл моделі
</translation>
    </message>
    <message>
        <source>%1: cannot be checked: fix the errors above first
</source>
        <translation>%1: перевірка неможлива: спершу виправте наведені вище помилки
</translation>
    </message>
    <message>
        <source>system availability %1 is below the required %2</source>
        <translation>доступність системи %1 нижча за потрібну %2</translation>
    </message>
    <message>
        <source>system downtime %1 a year is above the allowed %2</source>
        <translation>простій системи %1 на рік перевищує допустимий %2</translation>
    </message>
    <message>
        <source>service %1 is available %2, below its target %3</source>
        <translation>доступність сервісу %1 — %2, нижче його цілі %3</translation>
    </message>
    <message>
        <source>%1 finding %2: %3</source>
        <translation>знахідка рівня %1 %2: %3</translation>
    </message>
    <message>
        <source>%1: availability %2, %3 of downtime a year, %4 finding(s)
</source>
        <translation>%1: доступність %2, простій %3 на рік, знахідок: %4
</translation>
    </message>
    <message>
        <source>PASS
</source>
        <translation>ВІДПОВІДАЄ
</translation>
    </message>
    <message numerus="yes">
        <source>FAIL: %n reason(s)
</source>
        <translation>
            <numerusform>НЕ ВІДПОВІДАЄ: %n причина
</numerusform>
            <numerusform>НЕ ВІДПОВІДАЄ: %n причини
</numerusform>
            <numerusform>НЕ ВІДПОВІДАЄ: %n причин
</numerusform>
        </translation>
    </message>
    <message>
        <source>ninefold-cli analyze: %1 needs a value
</source>
        <translation>ninefold-cli analyze: %1 потребує значення
</translation>
    </message>
    <message>
        <source>ninefold-cli analyze: %1 needs a positive number, found &apos;%2&apos;
</source>
        <translation>ninefold-cli analyze: %1 потребує додатного числа, а знайдено «%2»
</translation>
    </message>
    <message>
        <source>ninefold-cli analyze: %1 needs a gate name
</source>
        <translation>ninefold-cli analyze: %1 потребує назви вентиля
</translation>
    </message>
    <message>
        <source>ninefold-cli analyze: unknown option &apos;%1&apos;
</source>
        <translation>ninefold-cli analyze: невідомий параметр «%1»
</translation>
    </message>
    <message>
        <source>ninefold-cli analyze: give a model file
</source>
        <translation>ninefold-cli analyze: вкажіть файл моделі
</translation>
    </message>
    <message>
        <source>%1: not analysed: fix the errors above first
</source>
        <translation>%1: аналіз не виконано: спершу виправте наведені вище помилки
</translation>
    </message>
    <message>
        <source>ninefold-cli analyze: give one .ninefold model at a time
</source>
        <translation>ninefold-cli analyze: вказуйте лише одну модель .ninefold за раз
</translation>
    </message>
</context>
<context>
    <name>ClipboardFragment</name>
    <message>
        <source>clipboard</source>
        <translation>буфер обміну</translation>
    </message>
</context>
<context>
    <name>DefaultParameters</name>
    <message>
        <source>Starting point: about 0.55 machine failures a year in a large cluster (Jeff Dean, Google I/O 2008), one hour to replace.</source>
        <translation>Відправна точка: близько 0,55 відмови машини на рік у великому кластері (Jeff Dean, Google I/O 2008), година на заміну.</translation>
    </message>
    <message>
        <source>Starting point (assumed): one failure a year, two hours to restore; a managed Single-AZ database&apos;s SLA is 99.5 % (Amazon RDS SLA, 2024).</source>
        <translation>Відправна точка (припущення): одна відмова на рік, дві години на відновлення; SLA керованої бази даних в одній зоні (Single-AZ) становить 99,5 % (Amazon RDS SLA, 2024).</translation>
    </message>
    <message>
        <source>Starting point: 99.9 % (ElastiCache Multi-AZ, SQS and MSK SLAs), one hour to recover.</source>
        <translation>Відправна точка: 99,9 % (SLA ElastiCache Multi-AZ, SQS і MSK), година на відновлення.</translation>
    </message>
    <message>
        <source>Starting point: 99.99 % (AWS Elastic Load Balancing SLA across two or more zones), one hour to recover.</source>
        <translation>Відправна точка: 99,99 % (SLA AWS Elastic Load Balancing для двох і більше зон), година на відновлення.</translation>
    </message>
    <message>
        <source>Starting point (assumed): 99.999 %; managed DNS SLAs promise 100 %, which is a credit threshold, not a measurement.</source>
        <translation>Відправна точка (припущення): 99,999 %; SLA керованих DNS обіцяють 100 %, але це поріг для компенсацій, а не результат вимірювань.</translation>
    </message>
    <message>
        <source>Starting point: annualised failure rate 1.57 % (Backblaze Drive Stats, 2024), a day to replace and rebuild.</source>
        <translation>Відправна точка: річна частота відмов 1,57 % (Backblaze Drive Stats, 2024), доба на заміну й перебудову.</translation>
    </message>
    <message>
        <source>Starting point: under 5 % of top-of-rack switches fail in a year (Gill et al., SIGCOMM 2011), four hours to replace.</source>
        <translation>Відправна точка: за рік відмовляє менше 5 % комутаторів top-of-rack (Gill et al., SIGCOMM 2011), чотири години на заміну.</translation>
    </message>
    <message>
        <source>Starting point: US utility supply, 1.4 interruptions and 7.8 h a year including major events (EIA, 2017 data).</source>
        <translation>Відправна точка: мережеве електропостачання в США — 1,4 перерви та 7,8 год на рік з урахуванням великих аварій (EIA, дані за 2017 рік).</translation>
    </message>
    <message>
        <source>Starting point: standby generator operational availability 0.995 (NREL REopt default), a day to repair.</source>
        <translation>Відправна точка: експлуатаційна доступність резервного генератора 0,995 (типове значення NREL REopt), доба на ремонт.</translation>
    </message>
    <message>
        <source>Starting point (assumed; no public MTBF was found): about eleven years between failures, six hours to restore power.</source>
        <translation>Відправна точка (припущення; загальнодоступного MTBF не знайдено): близько одинадцяти років між відмовами, шість годин на відновлення живлення.</translation>
    </message>
    <message>
        <source>Starting point: about a 50 % chance of an overheating event per cluster-year, one to two days to recover (Jeff Dean, Google I/O 2008).</source>
        <translation>Відправна точка: імовірність перегріву близько 50 % на кластер за рік, одна-дві доби на відновлення (Jeff Dean, Google I/O 2008).</translation>
    </message>
    <message>
        <source>Starting point: 99.9 %, the most common SaaS SLA level, one hour to recover.</source>
        <translation>Відправна точка: 99,9 % — найпоширеніший рівень SLA для SaaS, година на відновлення.</translation>
    </message>
    <message>
        <source>A person: never fails here; their response time belongs to the failover they perform.</source>
        <translation>Людина: тут ніколи не відмовляє; її час реакції враховується в перемиканні, яке вона виконує.</translation>
    </message>
    <message>
        <source>Starting point (assumed): a regional outage once in ten years, half a day long; no provider publishes a frequency.</source>
        <translation>Відправна точка (припущення): збій регіону раз на десять років тривалістю пів доби; жоден провайдер не публікує частоти таких збоїв.</translation>
    </message>
    <message>
        <source>Starting point (assumed): a zone outage once in five years, about as long as AWS us-east-1&apos;s 2021 network event (about 7 h).</source>
        <translation>Відправна точка (припущення): збій зони раз на п’ять років, приблизно такої ж тривалості, як мережевий інцидент AWS us-east-1 у 2021 році (близько 7 год).</translation>
    </message>
    <message>
        <source>Starting point: about 20 rack failures a year in a cluster of about 40 racks (Jeff Dean, Google I/O 2008), six hours to restore.</source>
        <translation>Відправна точка: близько 20 відмов стійок на рік у кластері з приблизно 40 стійок (Jeff Dean, Google I/O 2008), шість годин на відновлення.</translation>
    </message>
    <message>
        <source>Starting point: about 0.55 machine failures a year (Jeff Dean, Google I/O 2008), one hour to replace.</source>
        <translation>Відправна точка: близько 0,55 відмови машини на рік (Jeff Dean, Google I/O 2008), година на заміну.</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Add %1</source>
        <translation>Додати: %1</translation>
    </message>
    <message>
        <source>Entry point %1</source>
        <translation>Точка входу %1</translation>
    </message>
    <message>
        <source>Add entry point</source>
        <translation>Додати точку входу</translation>
    </message>
    <message>
        <source>Take %1 out of %2</source>
        <translation>Вийняти %1 з %2</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>Розмістити %1 у %2</translation>
    </message>
    <message>
        <source>A link needs an element at both ends.</source>
        <translation>Зв’язку потрібен елемент на обох кінцях.</translation>
    </message>
    <message>
        <source>An element cannot be linked to itself.</source>
        <translation>Елемент не можна зв’язати із самим собою.</translation>
    </message>
    <message>
        <source>A dependency joins components, redundancy groups or quorum groups.</source>
        <translation>Залежність з’єднує компоненти, групи резервування або групи кворуму.</translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation>%1 вже залежить від %2.</translation>
    </message>
    <message>
        <source>%1 already needs %2 (directly or through others): this dependency would make a cycle.</source>
        <translation>%1 вже потребує %2 (напряму або через інші елементи): ця залежність утворила б цикл.</translation>
    </message>
    <message>
        <source>Add traffic from %1 to %2</source>
        <translation>Додати трафік від %1 до %2</translation>
    </message>
    <message>
        <source>Add dependency: %1 needs %2</source>
        <translation>Додати залежність: %1 потребує %2</translation>
    </message>
    <message>
        <source>Replication joins two components (data stores).</source>
        <translation>Реплікація з’єднує два компоненти (сховища даних).</translation>
    </message>
    <message>
        <source>%1 already replicates to %2.</source>
        <translation>%1 вже реплікується в %2.</translation>
    </message>
    <message>
        <source>Add replication from %1 to %2</source>
        <translation>Додати реплікацію з %1 до %2</translation>
    </message>
    <message>
        <source>A failover joins two components of one redundancy group.</source>
        <translation>Перемикання з’єднує два компоненти однієї групи резервування.</translation>
    </message>
    <message>
        <source>%1 already fails over to %2.</source>
        <translation>%1 вже перемикається на %2.</translation>
    </message>
    <message>
        <source>%1 and %2 are in different redundancy groups; a failover stays inside one group.</source>
        <translation>%1 і %2 належать до різних груп резервування; перемикання можливе лише всередині однієї групи.</translation>
    </message>
    <message>
        <source>Add failover from %1 to %2</source>
        <translation>Додати перемикання з %1 на %2</translation>
    </message>
    <message>
        <source>Make %1 active-passive</source>
        <translation>Зробити %1 активно-пасивною</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Видалити %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>Видалити %n елемент</numerusform>
            <numerusform>Видалити %n елементи</numerusform>
            <numerusform>Видалити %n елементів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n element(s)</source>
        <translation>
            <numerusform>Вставити %n елемент</numerusform>
            <numerusform>Вставити %n елементи</numerusform>
            <numerusform>Вставити %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the components that replicate one role.</source>
        <translation>Виберіть компоненти, що дублюють одну роль.</translation>
    </message>
    <message>
        <source>%1 is already in redundancy group %2.</source>
        <translation>%1 вже входить до групи резервування %2.</translation>
    </message>
    <message>
        <source>Redundancy group %1</source>
        <translation>Група резервування %1</translation>
    </message>
    <message numerus="yes">
        <source>Group %n component(s) as redundant</source>
        <translation>
            <numerusform>Об’єднати %n компонент у групу резервування</numerusform>
            <numerusform>Об’єднати %n компоненти в групу резервування</numerusform>
            <numerusform>Об’єднати %n компонентів у групу резервування</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the voters of the quorum.</source>
        <translation>Виберіть учасників голосування кворуму.</translation>
    </message>
    <message>
        <source>Quorum %1</source>
        <translation>Кворум %1</translation>
    </message>
    <message numerus="yes">
        <source>Group %n component(s) as a quorum</source>
        <translation>
            <numerusform>Об’єднати %n компонент у кворум</numerusform>
            <numerusform>Об’єднати %n компоненти в кворум</numerusform>
            <numerusform>Об’єднати %n компонентів у кворум</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillEvaluator</name>
    <message>
        <source>the standby %1 is down</source>
        <translation>резерв %1 не працює</translation>
    </message>
    <message>
        <source>it requires %1, which is down</source>
        <translation>йому потрібен %1, а той не працює</translation>
    </message>
    <message>
        <source>its mechanism %1 is down</source>
        <translation>його механізм %1 не працює</translation>
    </message>
</context>
<context>
    <name>FaultTreeReport</name>
    <message>
        <source>the mission time must be a finite number of hours, not negative (found %1)</source>
        <translation>тривалість місії має бути скінченною невід’ємною кількістю годин (знайдено %1)</translation>
    </message>
    <message>
        <source>the cut-set order limit must not be negative (found %1)</source>
        <translation>обмеження порядку перерізів не може бути від’ємним (знайдено %1)</translation>
    </message>
    <message>
        <source>the number of listed cut sets must be -1 (all) or more (found %1)</source>
        <translation>кількість перерізів у списку має бути -1 (усі) або більше (знайдено %1)</translation>
    </message>
    <message>
        <source>Fault-tree analysis (Open-PSA MEF): %1</source>
        <translation>Аналіз дерева відмов (Open-PSA MEF): %1</translation>
    </message>
    <message>
        <source>Top event:</source>
        <translation>Головна подія:</translation>
    </message>
    <message>
        <source>Mission time:</source>
        <translation>Тривалість місії:</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>Basic events:</source>
        <translation>Базові події:</translation>
    </message>
    <message>
        <source>%1 (%2 reach the top event)</source>
        <translation>%1 (до головної події доходять %2)</translation>
    </message>
    <message>
        <source>BDD nodes:</source>
        <translation>Вузли BDD:</translation>
    </message>
    <message>
        <source>Top event probability:</source>
        <translation>Імовірність головної події:</translation>
    </message>
    <message>
        <source>%1 (exact)</source>
        <translation>%1 (точно)</translation>
    </message>
    <message>
        <source>Complement:</source>
        <translation>Доповнення:</translation>
    </message>
    <message>
        <source>Minimal cut sets:</source>
        <translation>Мінімальні перерізи:</translation>
    </message>
    <message>
        <source>%1 (of order %2 at most)</source>
        <translation>%1 (порядку не вище %2)</translation>
    </message>
    <message>
        <source>order</source>
        <translation>порядок</translation>
    </message>
    <message>
        <source>count</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>Most probable minimal cut sets (%1 of %2):</source>
        <translation>Найімовірніші мінімальні перерізи (%1 з %2):</translation>
    </message>
    <message>
        <source>Minimal cut sets, most probable first:</source>
        <translation>Мінімальні перерізи, від найімовірніших:</translation>
    </message>
    <message>
        <source>  %1  %2  %3  %4</source>
        <translation>  %1  %2  %3  %4</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>імовірність</translation>
    </message>
    <message>
        <source>events</source>
        <translation>події</translation>
    </message>
    <message>
        <source>Importance (exact; %1 events, most important first):</source>
        <translation>Важливість (точно; подій: %1, від найважливіших):</translation>
    </message>
    <message>
        <source>event</source>
        <translation>подія</translation>
    </message>
    <message>
        <source>Birnbaum</source>
        <translation>Бірнбаум</translation>
    </message>
    <message>
        <source>criticality</source>
        <translation>критичність</translation>
    </message>
    <message>
        <source>Fussell-Vesely</source>
        <translation>Фассел—Везелі</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>діагностична</translation>
    </message>
    <message>
        <source>RAW</source>
        <translation>RAW</translation>
    </message>
    <message>
        <source>RRW</source>
        <translation>RRW</translation>
    </message>
</context>
<context>
    <name>FindingsCollector</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 і %2</translation>
    </message>
    <message>
        <source>%1 is available %2, below its target of %3: %4 of downtime a year against a budget of %5.</source>
        <translation>Доступність %1 — %2, що нижче цілі %3: простій %4 на рік при бюджеті %5.</translation>
    </message>
    <message>
        <source>Add redundancy where the downtime comes from.</source>
        <translation>Додайте резервування там, звідки береться простій.</translation>
    </message>
    <message>
        <source>Start with the largest contributors: %1.</source>
        <translation>Почніть із найбільших джерел простою: %1.</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>систему</translation>
    </message>
    <message>
        <source>%1 as a whole</source>
        <translation>%1 у цілому</translation>
    </message>
    <message>
        <source>Spread what runs in %1 over a second, independent %2.</source>
        <translation>Розподіліть те, що працює в %1, ще на один незалежний контейнер виду «%2».</translation>
    </message>
    <message>
        <source>Give %1 a redundant partner in another failure domain, or take it out of the path.</source>
        <translation>Додайте для %1 резервного партнера в іншому домені відмов або приберіть його зі шляху запитів.</translation>
    </message>
    <message>
        <source>Add redundancy for %1 in another failure domain.</source>
        <translation>Додайте резервування для %1 в іншому домені відмов.</translation>
    </message>
    <message>
        <source>%1 is a single point of failure: when it fails, %2 goes down; it causes %3 of the downtime (%4 a year).</source>
        <translation>%1 — єдина точка відмови: її відмова виводить з ладу %2; на неї припадає %3 простою (%4 на рік).</translation>
    </message>
    <message>
        <source>members</source>
        <translation>учасників</translation>
    </message>
    <message>
        <source>voters</source>
        <translation>учасників голосування</translation>
    </message>
    <message>
        <source>All %1 %2 of %3 go down together when %4 fails: against it, the redundancy is an illusion.</source>
        <translation>Відмова %4 виводить з ладу всіх %2 %3 (%1) одночасно: проти неї резервування — лише ілюзія.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 або %2</translation>
    </message>
    <message>
        <source>Place the %1 in separate failure domains (zones, hosts) with independent power, network and dependencies.</source>
        <translation>Розмістіть %1 в окремих доменах відмов (зонах, хостах) з незалежним живленням, мережею та залежностями.</translation>
    </message>
    <message numerus="yes">
        <source>During a rolling update with %n member(s) down, %1 is left at N+%2: one more failure leaves it short of what it needs.</source>
        <translation>
            <numerusform>Під час поетапного оновлення, коли не працює %n учасник, %1 лишається на рівні N+%2: ще одна відмова — і потрібної потужності вже не вистачить.</numerusform>
            <numerusform>Під час поетапного оновлення, коли не працюють %n учасники, %1 лишається на рівні N+%2: ще одна відмова — і потрібної потужності вже не вистачить.</numerusform>
            <numerusform>Під час поетапного оновлення, коли не працює %n учасників, %1 лишається на рівні N+%2: ще одна відмова — і потрібної потужності вже не вистачить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provision N+%1 so an update leaves N+1, or update with surge capacity (maxSurge) instead of taking members down.</source>
        <translation>Заплануйте N+%1, щоб під час оновлення лишалося N+1, або оновлюйте з додатковою потужністю (maxSurge) замість вимикання учасників.</translation>
    </message>
    <message numerus="yes">
        <source>After %n failure(s) the %1 remaining members of %2 would run at %3 of their capacity and fail too: a cascade, not a degradation.</source>
        <translation>
            <numerusform>Після %n відмови учасники %2, що лишилися (%1), працювали б на %3 своєї пропускної здатності й теж відмовили б: це каскад, а не деградація.</numerusform>
            <numerusform>Після %n відмов учасники %2, що лишилися (%1), працювали б на %3 своєї пропускної здатності й теж відмовили б: це каскад, а не деградація.</numerusform>
            <numerusform>Після %n відмов учасники %2, що лишилися (%1), працювали б на %3 своєї пропускної здатності й теж відмовили б: це каскад, а не деградація.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run at least %1 members: %2 carry %3 %4 below the %5 ceiling, plus %6 spare; or cut the load per member.</source>
        <translation>Кількість учасників має бути щонайменше %1: %2 — для %3 %4 нижче межі %5, плюс %6 у запасі; або зменште навантаження на одного учасника.</translation>
    </message>
    <message>
        <source>%1 is declared N+%2 but at the %3 utilisation ceiling it only holds N+%4.</source>
        <translation>Для %1 заявлено N+%2, але при межі завантаження %3 витримується лише N+%4.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s), or raise the ceiling only if the members really cope.</source>
        <translation>
            <numerusform>Додайте %n учасника або підніміть межу, лише якщо учасники справді впораються.</numerusform>
            <numerusform>Додайте %n учасники або підніміть межу, лише якщо учасники справді впораються.</numerusform>
            <numerusform>Додайте %n учасників або підніміть межу, лише якщо учасники справді впораються.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Callers retry up to %n time(s): during an outage %1 can be offered %2 %3 against %4 %3 of total capacity.</source>
        <translation>
            <numerusform>Клієнти повторюють запити щонайбільше %n раз: під час збою на %1 може надійти %2 %3 при загальній пропускній здатності %4 %3.</numerusform>
            <numerusform>Клієнти повторюють запити щонайбільше %n рази: під час збою на %1 може надійти %2 %3 при загальній пропускній здатності %4 %3.</numerusform>
            <numerusform>Клієнти повторюють запити щонайбільше %n разів: під час збою на %1 може надійти %2 %3 при загальній пропускній здатності %4 %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use exponential backoff with jitter, a retry budget, or a circuit breaker.</source>
        <translation>Використовуйте експоненційну затримку з випадковим розкидом (jitter), бюджет повторних спроб або запобіжник (circuit breaker).</translation>
    </message>
    <message numerus="yes">
        <source>The disruption budget of %1 (at least %2 of %3 up) allows %n voluntary disruption(s) at a time, more than the %4 failure(s) it tolerates: a node drain can take it below what it needs.</source>
        <translation>
            <numerusform>Бюджет збоїв %1 (працюють щонайменше %2 з %3) дозволяє %n плановий збій одночасно — більше, ніж кількість відмов, яку він витримує (%4): виведення вузла (drain) може опустити його нижче потрібного рівня.</numerusform>
            <numerusform>Бюджет збоїв %1 (працюють щонайменше %2 з %3) дозволяє %n планові збої одночасно — більше, ніж кількість відмов, яку він витримує (%4): виведення вузла (drain) може опустити його нижче потрібного рівня.</numerusform>
            <numerusform>Бюджет збоїв %1 (працюють щонайменше %2 з %3) дозволяє %n планових збоїв одночасно — більше, ніж кількість відмов, яку він витримує (%4): виведення вузла (drain) може опустити його нижче потрібного рівня.</numerusform>
        </translation>
    </message>
    <message>
        <source>Raise minAvailable to %1.</source>
        <translation>Збільште minAvailable до %1.</translation>
    </message>
    <message numerus="yes">
        <source>The disruption budget of %1 (at least %2 of %3 up) allows %n voluntary disruption(s) at a time.</source>
        <translation>
            <numerusform>Бюджет збоїв %1 (працюють щонайменше %2 з %3) дозволяє %n плановий збій одночасно.</numerusform>
            <numerusform>Бюджет збоїв %1 (працюють щонайменше %2 з %3) дозволяє %n планові збої одночасно.</numerusform>
            <numerusform>Бюджет збоїв %1 (працюють щонайменше %2 з %3) дозволяє %n планових збоїв одночасно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Losing %1 leaves %2 with %3 of %4 voters, fewer than the %5 it needs: writes stop.</source>
        <translation>Після втрати %1 у %2 лишається %3 з %4 учасників голосування — менше, ніж потрібні %5: запис зупиняється.</translation>
    </message>
    <message>
        <source>Losing %1 leaves %2 with %3 of %4 replicas of a key, fewer than W = %5 and R = %6: writes and reads stop.</source>
        <translation>Після втрати %1 у %2 лишається %3 з %4 реплік ключа — менше, ніж W = %5 і R = %6: запис і читання зупиняються.</translation>
    </message>
    <message>
        <source>Losing %1 leaves %2 with %3 of %4 replicas of a key, fewer than W = %5: writes stop.</source>
        <translation>Після втрати %1 у %2 лишається %3 з %4 реплік ключа — менше, ніж W = %5: запис зупиняється.</translation>
    </message>
    <message>
        <source>Losing %1 leaves %2 with %3 of %4 replicas of a key, fewer than R = %5: reads stop.</source>
        <translation>Після втрати %1 у %2 лишається %3 з %4 реплік ключа — менше, ніж R = %5: читання зупиняється.</translation>
    </message>
    <message>
        <source>Spread the voters so that no zone holds %1 or more (e.g. 2+2+1 over three zones), or add a tie-breaker in a third site.</source>
        <translation>Розподіліть учасників голосування так, щоб у жодній зоні не було %1 чи більше (напр. 2+2+1 у трьох зонах), або додайте арбітра (tie-breaker) на третьому майданчику.</translation>
    </message>
    <message>
        <source>%1 has %2 voters: it needs %3 and tolerates %4 failure(s), no more than with %5 voters; the extra voter adds cost, not tolerance.</source>
        <translation>%1 має учасників голосування: %2; потрібно %3, витримує відмов: %4 — не більше, ніж із %5 учасниками; зайвий учасник додає вартості, а не стійкості.</translation>
    </message>
    <message>
        <source>Use an odd number of voters.</source>
        <translation>Використовуйте непарну кількість учасників голосування.</translation>
    </message>
    <message>
        <source>%1 reads and writes do not overlap (W + R = %2 is not above N = %3): a read can miss the latest write; the store is only eventually consistent.</source>
        <translation>У %1 кворуми читання й запису не перетинаються (W + R = %2 не більше за N = %3): читання може не побачити останнього запису; сховище лише згодом узгоджене (eventually consistent).</translation>
    </message>
    <message>
        <source>Choose W and R with W + R &gt; N (e.g. W = R = %1 for N = %2) where reads must see writes.</source>
        <translation>Там, де читання мають бачити записи, виберіть W і R так, щоб W + R &gt; N (напр. W = R = %1 для N = %2).</translation>
    </message>
    <message>
        <source>%1 accepts writes from %2 of %3 replicas: two conflicting writes can both succeed (W is not above N/2).</source>
        <translation>%1 приймає запис, підтверджений %2 з %3 реплік: обидва з двох конфліктних записів можуть пройти (W не більше за N/2).</translation>
    </message>
    <message>
        <source>Use W &gt; N/2, or resolve conflicts explicitly (versions, CRDTs).</source>
        <translation>Використовуйте W &gt; N/2 або розв’язуйте конфлікти явно (версії, CRDT).</translation>
    </message>
    <message>
        <source>If the network between %1 and %2 splits, %2 promotes itself while %1 still serves: two primaries accept writes (split-brain).</source>
        <translation>Якщо мережа між %1 і %2 розділиться, %2 підвищить себе до основного, поки %1 ще обслуговує запити: записи прийматимуть два основні вузли (split-brain).</translation>
    </message>
    <message>
        <source>Fence the old primary (STONITH), use a lease, or let a quorum with a witness decide who is primary.</source>
        <translation>Ізолюйте старий основний вузол (STONITH), використовуйте оренду (lease) або доручіть вибір основного кворуму зі свідком (witness).</translation>
    </message>
    <message>
        <source>%2 takes over from %1 with no failover link drawn, so Ninefold assumes an automatic promotion without fencing: if the network between them splits, both accept writes (split-brain).</source>
        <translation>%2 перебирає роботу від %1, але зв’язку перемикання не намальовано, тож Ninefold припускає автоматичне підвищення без ізоляції: якщо мережа між ними розділиться, обидва прийматимуть записи (split-brain).</translation>
    </message>
    <message>
        <source>Draw the failover link from %1 to %2 with its fencing (STONITH, a lease), or let a quorum with a witness decide who is primary.</source>
        <translation>Намалюйте зв’язок перемикання від %1 до %2 з ізоляцією (STONITH, оренда) або доручіть вибір основного кворуму зі свідком (witness).</translation>
    </message>
    <message>
        <source>Replication from %1 to %2 is asynchronous: a failover that relies on it loses up to %3 of acknowledged writes.</source>
        <translation>Реплікація з %1 до %2 асинхронна: перемикання, яке на неї спирається, втрачає до %3 підтверджених записів.</translation>
    </message>
    <message>
        <source>Replicate synchronously (or semi-synchronously) to the failover target, keep the lag small and alert on it.</source>
        <translation>Реплікуйте синхронно (або напівсинхронно) на ціль перемикання, тримайте відставання малим і налаштуйте сповіщення про нього.</translation>
    </message>
    <message>
        <source>Replication lag alerts for %1 → %2 go to %3, which nobody watches: the lag is in effect unmonitored.</source>
        <translation>Сповіщення про відставання реплікації %1 → %2 надходять до %3, за яким ніхто не стежить: фактично відставання не відстежується.</translation>
    </message>
    <message>
        <source>Nothing alerts when %1 → %2 replication falls behind.</source>
        <translation>Ніщо не сповіщає, коли реплікація %1 → %2 відстає.</translation>
    </message>
    <message>
        <source>Send lag alerts to the on-call rota (a pager that somebody answers), with a threshold below the RPO.</source>
        <translation>Надсилайте сповіщення про відставання черговим інженерам (на пейджер, на який хтось відповідає) з порогом, нижчим за RPO.</translation>
    </message>
    <message>
        <source>Every write to %1 waits %2 for the synchronous copy on %3.</source>
        <translation>Кожен запис у %1 чекає %2 на синхронну копію в %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Keep synchronous replicas close (same region), or replicate asynchronously where a small RPO is acceptable.</source>
        <translation>Тримайте синхронні репліки поблизу (у тому ж регіоні) або реплікуйте асинхронно там, де допустимий невеликий RPO.</translation>
    </message>
    <message>
        <source>The failover from %1 to %2 needs %3, which is down in %4 of the cases where the failover is needed (against %5 of the time otherwise): it fails together with the primary.</source>
        <translation>Перемикання з %1 на %2 потребує %3, але в %4 випадків, коли перемикання потрібне, %3 не працює (проти %5 часу за інших обставин): перемикання відмовляє разом з основним.</translation>
    </message>
    <message>
        <source>Let the standby take over without anything from the primary&apos;s failure domain (remove the dependency on %1).</source>
        <translation>Зробіть так, щоб резерв перебирав роботу без жодної залежності від домену відмов основного (приберіть залежність від %1).</translation>
    </message>
    <message>
        <source>The failover from %1 to %2 is manual: it takes %3 (%4 for someone to respond), %5 a year.</source>
        <translation>Перемикання з %1 на %2 виконується вручну: воно триває %3 (з них %4 — поки хтось відреагує), що дає %5 перерви на рік.</translation>
    </message>
    <message>
        <source>Automate the failover (with fencing), and rehearse it.</source>
        <translation>Автоматизуйте перемикання (з ізоляцією) і відпрацьовуйте його на навчаннях.</translation>
    </message>
    <message>
        <source>Each failover from %1 to %2 interrupts service for %3, costing at least %4; about %5 a year.</source>
        <translation>Кожне перемикання з %1 на %2 перериває обслуговування на %3 і коштує щонайменше %4; приблизно %5 на рік.</translation>
    </message>
    <message>
        <source>%1 is less available (%2) than a single %3 would be (%4): its redundancy costs more availability than it adds.</source>
        <translation>Доступність %1 (%2) нижча, ніж була б в одного лише %3 (%4): резервування забирає більше доступності, ніж додає.</translation>
    </message>
    <message>
        <source>Check what the group needs beyond its members.</source>
        <translation>Перевірте, що ще, крім учасників, потрібно групі.</translation>
    </message>
    <message>
        <source>Make %1 far more reliable than what it protects, or take it out of the request path.</source>
        <translation>Зробіть %1 значно надійнішим за те, що він захищає, або приберіть його зі шляху запитів.</translation>
    </message>
    <message>
        <source>%1 must recover within %2 but its failover takes %3.</source>
        <translation>%1 має відновитися за %2, але перемикання триває %3.</translation>
    </message>
    <message>
        <source>%1 must recover within %2, but nothing takes over when %3 fails: it stays down for the repair, %4 on average.</source>
        <translation>%1 має відновитися за %2, але коли %3 відмовляє, ніщо не перебирає роботу: сервіс не працює весь час ремонту, у середньому %4.</translation>
    </message>
    <message>
        <source>Give %1 a redundant partner that takes over within the RTO.</source>
        <translation>Додайте для %1 резервного партнера, який перебере роботу в межах RTO.</translation>
    </message>
    <message>
        <source>An RTO of zero needs fault tolerance: active-active members with synchronous state, not a failover.</source>
        <translation>Нульовий RTO потребує відмовостійкості: активно-активних учасників із синхронним станом, а не перемикання.</translation>
    </message>
    <message>
        <source>Shorten detection (heartbeats, leases), promotion and reconnection (DNS TTL), and automate the failover.</source>
        <translation>Скоротіть час виявлення (сигнали життя, оренди), підвищення до основного й перепідключення (TTL DNS) та автоматизуйте перемикання.</translation>
    </message>
    <message>
        <source>%1 may lose at most %2 of data but a failover loses up to %3.</source>
        <translation>%1 може втратити щонайбільше %2 даних, але перемикання втрачає до %3.</translation>
    </message>
    <message>
        <source>Replicate synchronously to the failover target, or shrink the lag below the RPO and alert on it.</source>
        <translation>Реплікуйте синхронно на ціль перемикання або зменште відставання нижче RPO й налаштуйте сповіщення про нього.</translation>
    </message>
    <message>
        <source>%1 needs fault tolerance (no interruption, no loss) but only has high availability.</source>
        <translation>%1 потребує відмовостійкості (без перерв і втрат), але має лише високу доступність.</translation>
    </message>
    <message>
        <source>Run active-active with synchronous state.</source>
        <translation>Використовуйте активно-активну схему із синхронним станом.</translation>
    </message>
    <message>
        <source>The fallback %1 of %2 is down in %3 of the cases where %4 is down: the circuit breaker falls back to something that fails with what it protects against.</source>
        <translation>Запасний варіант %1 для %2 не працює в %3 випадків, коли не працює %4: запобіжник перемикається на те, що відмовляє разом із тим, від чого він захищає.</translation>
    </message>
    <message>
        <source>Make the fallback independent of %1 (a static response, a cache filled ahead of time, another provider).</source>
        <translation>Зробіть запасний варіант незалежним від %1 (статична відповідь, заздалегідь заповнений кеш, інший постачальник).</translation>
    </message>
    <message>
        <source>%1 of the unavailability of %2 comes from common causes: its identical members tend to fail together.</source>
        <translation>%1 недоступності %2 припадає на спільні причини: однакові учасники схильні відмовляти разом.</translation>
    </message>
    <message>
        <source>Diversify the members (versions, deploy waves, suppliers) so that one cause cannot hit them all.</source>
        <translation>Урізноманітніть учасників (версії, хвилі розгортання, постачальники), щоб одна причина не могла зачепити їх усіх.</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) have no failure data and are taken never to fail: %1.</source>
        <translation>
            <numerusform>%n компонент не має даних про відмови й вважається таким, що ніколи не відмовляє: %1.</numerusform>
            <numerusform>%n компоненти не мають даних про відмови й вважаються такими, що ніколи не відмовляють: %1.</numerusform>
            <numerusform>%n компонентів не мають даних про відмови й вважаються такими, що ніколи не відмовляють: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each an MTBF and MTTR, or an availability (an SLA) with a repair time.</source>
        <translation>Задайте кожному MTBF і MTTR або доступність (SLA) разом із часом ремонту.</translation>
    </message>
    <message>
        <source>Every write to %1 waits %2 for its synchronous copies on %3; their round trips: %4.</source>
        <translation>Кожен запис у %1 чекає %2 на синхронні копії в %3; час обміну з ними: %4.</translation>
    </message>
</context>
<context>
    <name>KindLabels</name>
    <message>
        <source>Service</source>
        <translation>Сервіс</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Кеш</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Черга</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Балансувальник навантаження</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Storage / disk</source>
        <translation>Сховище / диск</translation>
    </message>
    <message>
        <source>Network switch</source>
        <translation>Мережевий комутатор</translation>
    </message>
    <message>
        <source>Power feed</source>
        <translation>Лінія живлення</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Генератор</translation>
    </message>
    <message>
        <source>UPS</source>
        <translation>ДБЖ</translation>
    </message>
    <message>
        <source>Switchgear</source>
        <translation>Розподільчий пристрій</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Охолодження</translation>
    </message>
    <message>
        <source>Monitoring / alerting</source>
        <translation>Моніторинг / сповіщення</translation>
    </message>
    <message>
        <source>On-call human</source>
        <translation>Черговий інженер</translation>
    </message>
    <message>
        <source>External SaaS</source>
        <translation>Зовнішній SaaS</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Контролер</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>Zone / data centre</source>
        <translation>Зона / центр обробки даних</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Стійка</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <source>component</source>
        <translation>компонент</translation>
    </message>
    <message>
        <source>container</source>
        <translation>контейнер</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>залежність</translation>
    </message>
    <message>
        <source>redundancy group</source>
        <translation>група резервування</translation>
    </message>
    <message>
        <source>failover link</source>
        <translation>зв’язок перемикання</translation>
    </message>
    <message>
        <source>replication link</source>
        <translation>зв’язок реплікації</translation>
    </message>
    <message>
        <source>quorum group</source>
        <translation>група кворуму</translation>
    </message>
    <message>
        <source>entry point</source>
        <translation>точка входу</translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation>Залежність</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Трафік</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Перемикання</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Реплікація</translation>
    </message>
</context>
<context>
    <name>MefDocument</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не вдалося відкрити файл: %1</translation>
    </message>
    <message>
        <source>not well-formed XML: more than one root element</source>
        <translation>некоректний XML: більше одного кореневого елемента</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: elements are nested more than %2 deep</source>
        <translation>&lt;%1&gt;: глибина вкладення елементів перевищує %2</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>некоректний XML: %1</translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation>файл не містить жодного XML-елемента</translation>
    </message>
</context>
<context>
    <name>MefImporter</name>
    <message>
        <source>gate</source>
        <translation>вентиль</translation>
    </message>
    <message>
        <source>basic event</source>
        <translation>базова подія</translation>
    </message>
    <message>
        <source>house event</source>
        <translation>зовнішня подія</translation>
    </message>
    <message>
        <source>basic event (CCF group member)</source>
        <translation>базова подія (учасник групи CCF)</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: defined twice (the same path is already used)</source>
        <translation>&lt;%1&gt;: визначено двічі (такий самий шлях уже використано)</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the name attribute is missing or empty</source>
        <translation>&lt;%1&gt;: атрибут name відсутній або порожній</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a name must not contain &apos;.&apos;, which separates the parts of a component path</source>
        <translation>&lt;%1&gt;: назва не може містити «.», бо ця крапка розділяє частини шляху компонента</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: role must be &quot;public&quot; or &quot;private&quot;, not &quot;%2&quot;</source>
        <translation>&lt;%1&gt;: role має бути &quot;public&quot; або &quot;private&quot;, а не &quot;%2&quot;</translation>
    </message>
    <message>
        <source>event trees are not supported (fault trees only)</source>
        <translation>дерева подій не підтримуються (лише дерева відмов)</translation>
    </message>
    <message>
        <source>initiating events belong to event trees, which are not supported</source>
        <translation>ініціювальні події належать до дерев подій, які не підтримуються</translation>
    </message>
    <message>
        <source>sequences belong to event trees, which are not supported</source>
        <translation>послідовності належать до дерев подій, які не підтримуються</translation>
    </message>
    <message>
        <source>functional events belong to event trees, which are not supported</source>
        <translation>функціональні події належать до дерев подій, які не підтримуються</translation>
    </message>
    <message>
        <source>branches belong to event trees, which are not supported</source>
        <translation>гілки належать до дерев подій, які не підтримуються</translation>
    </message>
    <message>
        <source>rules belong to event trees, which are not supported</source>
        <translation>правила належать до дерев подій, які не підтримуються</translation>
    </message>
    <message>
        <source>consequences belong to event trees, which are not supported</source>
        <translation>наслідки належать до дерев подій, які не підтримуються</translation>
    </message>
    <message>
        <source>consequence groups belong to event trees, which are not supported</source>
        <translation>групи наслідків належать до дерев подій, які не підтримуються</translation>
    </message>
    <message>
        <source>alignments and phases are not supported</source>
        <translation>вирівнювання (alignments) і фази не підтримуються</translation>
    </message>
    <message>
        <source>substitutions (delete terms, recovery rules, exchange events) are not supported</source>
        <translation>підстановки (delete terms, recovery rules, exchange events) не підтримуються</translation>
    </message>
    <message>
        <source>external libraries are not supported</source>
        <translation>зовнішні бібліотеки не підтримуються</translation>
    </message>
    <message>
        <source>external functions are not supported</source>
        <translation>зовнішні функції не підтримуються</translation>
    </message>
    <message>
        <source>periodic tests are not supported; give the probability as an expression</source>
        <translation>періодичні перевірки не підтримуються; задайте імовірність виразом</translation>
    </message>
    <message>
        <source>&lt;include&gt; is not supported: give every file of the model to the importer</source>
        <translation>&lt;include&gt; не підтримується: передайте імпортеру всі файли моделі</translation>
    </message>
    <message>
        <source>conditional expressions are not supported</source>
        <translation>умовні вирази не підтримуються</translation>
    </message>
    <message>
        <source>event-tree tests are not supported</source>
        <translation>перевірки дерев подій не підтримуються</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: not an Open-PSA MEF file (the root element must be &lt;opsa-mef&gt;)</source>
        <translation>&lt;%1&gt;: це не файл Open-PSA MEF (кореневим має бути елемент &lt;opsa-mef&gt;)</translation>
    </message>
    <message>
        <source>fault tree</source>
        <translation>дерево відмов</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: unknown element in &lt;opsa-mef&gt;</source>
        <translation>&lt;%1&gt;: невідомий елемент у &lt;opsa-mef&gt;</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>параметр</translation>
    </message>
    <message>
        <source>component</source>
        <translation>компонент</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: not allowed in &lt;model-data&gt;; put it in a &lt;define-fault-tree&gt;</source>
        <translation>&lt;%1&gt;: не дозволено в &lt;model-data&gt;; розмістіть у &lt;define-fault-tree&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: unknown element in &lt;%2&gt;</source>
        <translation>&lt;%1&gt;: невідомий елемент у &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: &apos;%2&apos; is already defined as a %3 at %4</source>
        <translation>&lt;%1&gt;: «%2» вже визначено як %3 у %4</translation>
    </message>
    <message>
        <source>&lt;define-parameter&gt;: &apos;%1&apos; is already defined at %2</source>
        <translation>&lt;define-parameter&gt;: «%1» вже визначено в %2</translation>
    </message>
    <message>
        <source>CCF group</source>
        <translation>група CCF</translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: &apos;%1&apos; is already defined at %2</source>
        <translation>&lt;define-CCF-group&gt;: «%1» вже визначено в %2</translation>
    </message>
    <message>
        <source>&lt;members&gt;: given twice</source>
        <translation>&lt;members&gt;: задано двічі</translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: &lt;members&gt; is missing</source>
        <translation>&lt;define-CCF-group&gt;: бракує &lt;members&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a member must be a &lt;basic-event&gt;</source>
        <translation>&lt;%1&gt;: учасником має бути &lt;basic-event&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: takes exactly %2 argument(s), found %3</source>
        <translation>&lt;%1&gt;: кількість аргументів має бути рівно %2, знайдено %3</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: takes at least %2 argument(s), found %3</source>
        <translation>&lt;%1&gt;: кількість аргументів має бути щонайменше %2, знайдено %3</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the %2 attribute must be an integer, found &quot;%3&quot;</source>
        <translation>&lt;%1&gt;: атрибут %2 має бути цілим числом, знайдено &quot;%3&quot;</translation>
    </message>
    <message>
        <source>&lt;atleast&gt;: min=&quot;%1&quot; must be between 1 and the number of arguments (%2)</source>
        <translation>&lt;atleast&gt;: min=&quot;%1&quot; має бути від 1 до кількості аргументів (%2)</translation>
    </message>
    <message>
        <source>&lt;cardinality&gt;: needs 0 &lt;= min &lt;= max &lt;= number of arguments (%1), found min=%2 max=%3</source>
        <translation>&lt;cardinality&gt;: потрібно 0 &lt;= min &lt;= max &lt;= кількість аргументів (%1), знайдено min=%2 max=%3</translation>
    </message>
    <message>
        <source>&lt;constant&gt;: value must be &quot;true&quot; or &quot;false&quot;, not &quot;%1&quot;</source>
        <translation>&lt;constant&gt;: value має бути &quot;true&quot; або &quot;false&quot;, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>event</source>
        <translation>подія</translation>
    </message>
    <message>
        <source>&lt;%1 name=&quot;%2&quot;&gt;: &apos;%2&apos; is a %3 (defined at %4), not a %5</source>
        <translation>&lt;%1 name=&quot;%2&quot;&gt;: «%2» — це %3 (визначено в %4), а не %5</translation>
    </message>
    <message>
        <source>&lt;%1 name=&quot;%2&quot;&gt;: no %3 of that name is defined</source>
        <translation>&lt;%1 name=&quot;%2&quot;&gt;: %3 з такою назвою не визначено</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: not a Boolean formula (expected and, or, atleast, not, xor, nand, nor, iff, imply, cardinality, constant, or an event reference)</source>
        <translation>&lt;%1&gt;: це не булева формула (очікувалися and, or, atleast, not, xor, nand, nor, iff, imply, cardinality, constant або посилання на подію)</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a gate holds one formula; this is a second one (wrap them in &lt;and&gt; or &lt;or&gt;)</source>
        <translation>&lt;%1&gt;: вентиль містить одну формулу, а це вже друга (обгорніть їх в &lt;and&gt; або &lt;or&gt;)</translation>
    </message>
    <message>
        <source>&lt;define-gate&gt;: the gate has no formula</source>
        <translation>&lt;define-gate&gt;: вентиль не має формули</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the value &quot;%2&quot; is not a number</source>
        <translation>&lt;%1&gt;: значення &quot;%2&quot; не є числом</translation>
    </message>
    <message>
        <source>&lt;int&gt;: the value &quot;%1&quot; is not an integer</source>
        <translation>&lt;int&gt;: значення &quot;%1&quot; не є цілим числом</translation>
    </message>
    <message>
        <source>&lt;bool&gt;: the value &quot;%1&quot; is not true or false</source>
        <translation>&lt;bool&gt;: значення &quot;%1&quot; не є true чи false</translation>
    </message>
    <message>
        <source>&lt;parameter name=&quot;%1&quot;&gt;: no parameter of that name is defined</source>
        <translation>&lt;parameter name=&quot;%1&quot;&gt;: параметра з такою назвою не визначено</translation>
    </message>
    <message>
        <source>&lt;histogram&gt;: needs a lower bound followed by at least one &lt;bin&gt;</source>
        <translation>&lt;histogram&gt;: потрібна нижня межа, а за нею щонайменше один &lt;bin&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: expected a &lt;bin&gt; with an upper bound and a weight</source>
        <translation>&lt;%1&gt;: очікувався &lt;bin&gt; із верхньою межею та вагою</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: takes %2 to %3 arguments, found %4</source>
        <translation>&lt;%1&gt;: кількість аргументів має бути від %2 до %3, знайдено %4</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: this MEF expression is not supported by Ninefold&apos;s importer</source>
        <translation>&lt;%1&gt;: імпортер Ninefold не підтримує цей вираз MEF</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: not an expression</source>
        <translation>&lt;%1&gt;: це не вираз</translation>
    </message>
    <message>
        <source>&lt;define-basic-event&gt;: no probability is given</source>
        <translation>&lt;define-basic-event&gt;: імовірність не задано</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a house event holds one &lt;constant&gt;</source>
        <translation>&lt;%1&gt;: зовнішня подія містить один &lt;constant&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a house event&apos;s state is a &lt;constant value=&quot;true|false&quot;/&gt;</source>
        <translation>&lt;%1&gt;: стан зовнішньої події задається як &lt;constant value=&quot;true|false&quot;/&gt;</translation>
    </message>
    <message>
        <source>&lt;define-parameter&gt;: no value is given</source>
        <translation>&lt;define-parameter&gt;: значення не задано</translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: the phi-factor model is not supported (beta-factor, MGL and alpha-factor are)</source>
        <translation>&lt;define-CCF-group&gt;: модель phi-factor не підтримується (підтримуються beta-factor, MGL і alpha-factor)</translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: model=&quot;%1&quot; is not a CCF model (beta-factor, MGL, alpha-factor)</source>
        <translation>&lt;define-CCF-group&gt;: model=&quot;%1&quot; не є моделлю CCF (beta-factor, MGL, alpha-factor)</translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: a group needs at least 2 members, found %1</source>
        <translation>&lt;define-CCF-group&gt;: група потребує щонайменше 2 учасників, знайдено %1</translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: %1 members; the %2 model needs one event per subset of members, so at most %3 are supported</source>
        <translation>&lt;define-CCF-group&gt;: учасників: %1; модель %2 потребує окремої події для кожної підмножини учасників, тому підтримується щонайбільше %3</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: expected &lt;factor&gt; inside &lt;factors&gt;</source>
        <translation>&lt;%1&gt;: усередині &lt;factors&gt; очікувався &lt;factor&gt;</translation>
    </message>
    <message>
        <source>&lt;factor&gt;: level=&quot;%1&quot; is not an integer</source>
        <translation>&lt;factor&gt;: level=&quot;%1&quot; не є цілим числом</translation>
    </message>
    <message>
        <source>&lt;factor level=&quot;%1&quot;&gt;: the %2 model of a group of %3 takes factors for levels %4 to %3</source>
        <translation>&lt;factor level=&quot;%1&quot;&gt;: модель %2 для групи з %3 учасників приймає коефіцієнти для рівнів від %4 до %3</translation>
    </message>
    <message>
        <source>&lt;factor level=&quot;%1&quot;&gt;: given twice</source>
        <translation>&lt;factor level=&quot;%1&quot;&gt;: задано двічі</translation>
    </message>
    <message>
        <source>&lt;factor&gt;: holds exactly one expression, found %1</source>
        <translation>&lt;factor&gt;: має містити рівно один вираз, знайдено %1</translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: the %1 model of a group of %2 needs a factor for level %3</source>
        <translation>&lt;define-CCF-group&gt;: модель %1 для групи з %2 учасників потребує коефіцієнта для рівня %3</translation>
    </message>
    <message>
        <source>&lt;distribution&gt;: given twice</source>
        <translation>&lt;distribution&gt;: задано двічі</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: unknown element in &lt;define-CCF-group&gt;</source>
        <translation>&lt;%1&gt;: невідомий елемент у &lt;define-CCF-group&gt;</translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: &lt;distribution&gt; (the total failure probability of a member) is missing</source>
        <translation>&lt;define-CCF-group&gt;: бракує &lt;distribution&gt; (повної імовірності відмови учасника)</translation>
    </message>
    <message>
        <source>&lt;distribution&gt;: holds exactly one expression</source>
        <translation>&lt;distribution&gt;: має містити рівно один вираз</translation>
    </message>
    <message>
        <source>&lt;define-parameter&gt;: the parameter depends on itself: %1</source>
        <translation>&lt;define-parameter&gt;: параметр залежить сам від себе: %1</translation>
    </message>
    <message>
        <source>&lt;define-gate&gt;: the gate depends on itself (a cycle): %1</source>
        <translation>&lt;define-gate&gt;: вентиль залежить сам від себе (цикл): %1</translation>
    </message>
    <message>
        <source>the requested top event is a %1, not a gate</source>
        <translation>запитана головна подія — це %1, а не вентиль</translation>
    </message>
    <message>
        <source>the requested top gate is not defined in the model</source>
        <translation>запитаний головний вентиль не визначено в моделі</translation>
    </message>
    <message>
        <source>the model defines no fault-tree gate, so there is no top event</source>
        <translation>модель не визначає жодного вентиля дерева відмов, тому головної події немає</translation>
    </message>
    <message>
        <source>several gates are used by no other gate (%1); the first defined is the top event (choose another one by name)</source>
        <translation>кілька вентилів не використовуються жодним іншим вентилем (%1); головною подією взято перший визначений (інший можна вибрати за назвою)</translation>
    </message>
    <message>
        <source>the top event is always %1 (house events and constants decide it)</source>
        <translation>головна подія завжди %1 (її визначають зовнішні події та константи)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>істинна</translation>
    </message>
    <message>
        <source>false</source>
        <translation>хибна</translation>
    </message>
    <message>
        <source>the mission time must be a finite number of hours, not negative (found %1)</source>
        <translation>тривалість місії має бути скінченною невід’ємною кількістю годин (знайдено %1)</translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation>немає файлу для імпорту</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a %2 holds one expression; this is a second one</source>
        <translation>&lt;%1&gt;: визначення (%2) містить лише один вираз, а це вже другий</translation>
    </message>
</context>
<context>
    <name>MefProbabilityModel</name>
    <message>
        <source>no factor for level %1</source>
        <translation>немає коефіцієнта для рівня %1</translation>
    </message>
    <message>
        <source>the factor for level %1 is %2, outside [0, 1]</source>
        <translation>коефіцієнт для рівня %1 дорівнює %2, що поза [0, 1]</translation>
    </message>
    <message>
        <source>every alpha factor is zero</source>
        <translation>усі альфа-фактори нульові</translation>
    </message>
    <message>
        <source>&lt;parameter&gt;: used before it is computed</source>
        <translation>&lt;parameter&gt;: використано до того, як обчислено</translation>
    </message>
    <message>
        <source>&lt;div&gt;: division by zero</source>
        <translation>&lt;div&gt;: ділення на нуль</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the argument %2 is not positive</source>
        <translation>&lt;%1&gt;: аргумент %2 не додатний</translation>
    </message>
    <message>
        <source>&lt;sqrt&gt;: the argument %1 is negative</source>
        <translation>&lt;sqrt&gt;: аргумент %1 від’ємний</translation>
    </message>
    <message>
        <source>&lt;pow&gt;: %1 to the power %2 is undefined</source>
        <translation>&lt;pow&gt;: %1 у степені %2 не визначено</translation>
    </message>
    <message>
        <source>&lt;exponential&gt;: the failure rate %1 is negative</source>
        <translation>&lt;exponential&gt;: інтенсивність відмов %1 від’ємна</translation>
    </message>
    <message>
        <source>&lt;exponential&gt;: the time %1 is negative</source>
        <translation>&lt;exponential&gt;: час %1 від’ємний</translation>
    </message>
    <message>
        <source>&lt;GLM&gt;: the probability of failure on demand %1 is outside [0, 1]</source>
        <translation>&lt;GLM&gt;: імовірність відмови на вимогу %1 поза [0, 1]</translation>
    </message>
    <message>
        <source>&lt;GLM&gt;: the rates λ = %1 and μ = %2 must not be negative, nor both zero</source>
        <translation>&lt;GLM&gt;: інтенсивності λ = %1 і μ = %2 не можуть бути від’ємними або обидві нульовими</translation>
    </message>
    <message>
        <source>&lt;GLM&gt;: the time %1 is negative</source>
        <translation>&lt;GLM&gt;: час %1 від’ємний</translation>
    </message>
    <message>
        <source>&lt;Weibull&gt;: the scale %1 and the shape %2 must be positive</source>
        <translation>&lt;Weibull&gt;: масштаб %1 і форма %2 мають бути додатними</translation>
    </message>
    <message>
        <source>&lt;Weibull&gt;: the times %1 and %2 must not be negative</source>
        <translation>&lt;Weibull&gt;: значення часу %1 і %2 не можуть бути від’ємними</translation>
    </message>
    <message>
        <source>&lt;uniform-deviate&gt;: the minimum %1 is above the maximum %2</source>
        <translation>&lt;uniform-deviate&gt;: мінімум %1 більший за максимум %2</translation>
    </message>
    <message>
        <source>&lt;normal-deviate&gt;: the standard deviation %1 is not positive</source>
        <translation>&lt;normal-deviate&gt;: стандартне відхилення %1 не додатне</translation>
    </message>
    <message>
        <source>&lt;lognormal-deviate&gt;: the mean %1 is not positive</source>
        <translation>&lt;lognormal-deviate&gt;: середнє %1 не додатне</translation>
    </message>
    <message>
        <source>&lt;lognormal-deviate&gt;: the error factor %1 is not greater than 1</source>
        <translation>&lt;lognormal-deviate&gt;: коефіцієнт похибки %1 не більший за 1</translation>
    </message>
    <message>
        <source>&lt;lognormal-deviate&gt;: the confidence level %1 is outside (0, 1)</source>
        <translation>&lt;lognormal-deviate&gt;: рівень довіри %1 поза (0, 1)</translation>
    </message>
    <message>
        <source>&lt;lognormal-deviate&gt;: σ = %1 is not positive</source>
        <translation>&lt;lognormal-deviate&gt;: σ = %1 не додатне</translation>
    </message>
    <message>
        <source>&lt;gamma-deviate&gt;: the shape %1 and the scale %2 must be positive</source>
        <translation>&lt;gamma-deviate&gt;: форма %1 і масштаб %2 мають бути додатними</translation>
    </message>
    <message>
        <source>&lt;beta-deviate&gt;: α = %1 and β = %2 must be positive</source>
        <translation>&lt;beta-deviate&gt;: α = %1 і β = %2 мають бути додатними</translation>
    </message>
    <message>
        <source>&lt;histogram&gt;: the bin boundaries must increase (%1 after %2)</source>
        <translation>&lt;histogram&gt;: межі інтервалів мають зростати (%1 після %2)</translation>
    </message>
    <message>
        <source>&lt;histogram&gt;: the bin weight %1 is negative</source>
        <translation>&lt;histogram&gt;: вага інтервалу %1 від’ємна</translation>
    </message>
    <message>
        <source>&lt;histogram&gt;: the bin weights sum to zero</source>
        <translation>&lt;histogram&gt;: сума ваг інтервалів дорівнює нулю</translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the result %2 is not a finite number</source>
        <translation>&lt;%1&gt;: результат %2 не є скінченним числом</translation>
    </message>
    <message>
        <source>&lt;distribution&gt;: the probability %1 is outside [0, 1]</source>
        <translation>&lt;distribution&gt;: імовірність %1 поза [0, 1]</translation>
    </message>
    <message>
        <source>&lt;factor level=&quot;%1&quot;&gt;: %2 is outside [0, 1]</source>
        <translation>&lt;factor level=&quot;%1&quot;&gt;: %2 поза [0, 1]</translation>
    </message>
    <message>
        <source>the alpha factors sum to %1, not 1; they are used normalised (α_k / α_t)</source>
        <translation>сума альфа-факторів дорівнює %1, а не 1; вони використовуються нормованими (α_k / α_t)</translation>
    </message>
    <message>
        <source>the probability %1 is outside [0, 1]</source>
        <translation>імовірність %1 поза [0, 1]</translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>format 1 placement refers to unknown container &apos;%1&apos;</source>
        <translation>розміщення у форматі 1 посилається на невідомий контейнер «%1»</translation>
    </message>
    <message>
        <source>converted from file format 1; saving writes format %1</source>
        <translation>перетворено з формату файлу 1; під час збереження буде записано формат %1</translation>
    </message>
</context>
<context>
    <name>ModelReader</name>
    <message>
        <source>must be a whole number (found %1)</source>
        <translation>має бути цілим числом (знайдено %1)</translation>
    </message>
    <message>
        <source>entry %1 must be a string, found %2</source>
        <translation>елемент %1 має бути рядком, знайдено %2</translation>
    </message>
    <message>
        <source>entry %1 must be a number, found %2</source>
        <translation>елемент %1 має бути числом, знайдено %2</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected one of: %2)</source>
        <translation>невідоме значення «%1» (очікується одне з: %2)</translation>
    </message>
    <message>
        <source>unknown field, kept as it is</source>
        <translation>невідоме поле, залишено як є</translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation>неправильний тип: очікується %1, знайдено %2</translation>
    </message>
    <message>
        <source>give either an availability or mtbf_hours and mttr_hours, not both</source>
        <translation>задайте або доступність (availability), або mtbf_hours і mttr_hours, але не все разом</translation>
    </message>
    <message>
        <source>missing: mttr_hours needs mtbf_hours as well</source>
        <translation>відсутнє: mttr_hours потребує також mtbf_hours</translation>
    </message>
    <message>
        <source>missing: mtbf_hours needs mttr_hours as well</source>
        <translation>відсутнє: mtbf_hours потребує також mttr_hours</translation>
    </message>
    <message>
        <source>must be a list, found %1</source>
        <translation>має бути списком, знайдено %1</translation>
    </message>
    <message>
        <source>entry %1 must be an object, found %2</source>
        <translation>елемент %1 має бути об’єктом, знайдено %2</translation>
    </message>
    <message>
        <source>needs numbers x and y; position ignored</source>
        <translation>потрібні числа x і y; позицію проігноровано</translation>
    </message>
    <message>
        <source>needs a list of [x, y] points; bends ignored</source>
        <translation>потрібен список точок [x, y]; згини проігноровано</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>не вдалося відкрити файл: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>некоректний JSON: %1</translation>
    </message>
    <message>
        <source>not a Ninefold model: the top level must be a JSON object</source>
        <translation>це не модель Ninefold: верхній рівень має бути об’єктом JSON</translation>
    </message>
    <message>
        <source>missing: this does not look like a Ninefold model</source>
        <translation>відсутнє: це не схоже на модель Ninefold</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>має бути цілим числом</translation>
    </message>
    <message>
        <source>this file uses format %1, written by Ninefold %2; this Ninefold reads formats up to %3. Open it with a newer Ninefold.</source>
        <translation>цей файл використовує формат %1, записаний Ninefold %2; ця версія Ninefold читає формати до %3 включно. Відкрийте його новішою версією Ninefold.</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(невідома версія)</translation>
    </message>
    <message>
        <source>format %1 is not a Ninefold format</source>
        <translation>формат %1 не є форматом Ninefold</translation>
    </message>
    <message>
        <source>this SVG does not carry a Ninefold model (only SVG files exported by Ninefold do)</source>
        <translation>цей SVG не містить моделі Ninefold (її містять лише SVG-файли, експортовані з Ninefold)</translation>
    </message>
</context>
<context>
    <name>PropertyTable</name>
    <message>
        <source>Failure and repair</source>
        <translation>Відмови та відновлення</translation>
    </message>
    <message>
        <source>Fails</source>
        <translation>Відмовляє</translation>
    </message>
    <message>
        <source>Never (perfect)</source>
        <translation>Ніколи (ідеальний)</translation>
    </message>
    <message>
        <source>MTBF and MTTR</source>
        <translation>MTBF і MTTR</translation>
    </message>
    <message>
        <source>Fixed availability (SLA)</source>
        <translation>Фіксована доступність (SLA)</translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation>MTBF</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальне</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Somebody watches it</source>
        <translation>Хтось за цим стежить</translation>
    </message>
    <message>
        <source>Off: alerts sent here reach nobody (an unwatched mailbox).</source>
        <translation>Вимкнено: сповіщення, надіслані сюди, ніхто не отримує (скринька, яку ніхто не читає).</translation>
    </message>
    <message>
        <source>Capacity and cost</source>
        <translation>Пропускна здатність і вартість</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Пропускна здатність</translation>
    </message>
    <message>
        <source>Load one instance can serve (0: not given).</source>
        <translation>Навантаження, яке може обслужити один екземпляр (0 — не вказано).</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Вартість на місяць</translation>
    </message>
    <message>
        <source>Requires</source>
        <translation>Потребує</translation>
    </message>
    <message>
        <source>Traffic (request flow)</source>
        <translation>Трафік (потік запитів)</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Стійкість</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Повторні спроби</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Запасний варіант</translation>
    </message>
    <message>
        <source>What a circuit breaker uses while the target is down.</source>
        <translation>Що використовує запобіжник (circuit breaker), поки ціль недоступна.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Component ids, the primary first for active-passive.</source>
        <translation>Ідентифікатори компонентів; для активно-пасивної групи першим іде основний.</translation>
    </message>
    <message>
        <source>Redundancy policy</source>
        <translation>Політика резервування</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Політика</translation>
    </message>
    <message>
        <source>Active-active</source>
        <translation>Активно-активна</translation>
    </message>
    <message>
        <source>Active-passive</source>
        <translation>Активно-пасивна</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Резерв</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Гарячий</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Теплий</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Холодний</translation>
    </message>
    <message>
        <source>Dormant failure factor</source>
        <translation>Коефіцієнт відмов у режимі очікування</translation>
    </message>
    <message>
        <source>Declared N</source>
        <translation>Заявлене N</translation>
    </message>
    <message>
        <source>Declared M</source>
        <translation>Заявлене M</translation>
    </message>
    <message>
        <source>Load and maintenance</source>
        <translation>Навантаження та обслуговування</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Попит</translation>
    </message>
    <message>
        <source>Utilisation ceiling</source>
        <translation>Межа завантаження</translation>
    </message>
    <message>
        <source>Max unavailable (rolling update)</source>
        <translation>Макс. недоступних (поетапне оновлення)</translation>
    </message>
    <message>
        <source>Min available (disruption budget)</source>
        <translation>Мін. доступних (бюджет збоїв)</translation>
    </message>
    <message>
        <source>Common-cause failure</source>
        <translation>Відмови зі спільною причиною</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Beta factor</source>
        <translation>Бета-фактор</translation>
    </message>
    <message>
        <source>Multiple Greek letter</source>
        <translation>Множинні грецькі літери</translation>
    </message>
    <message>
        <source>Alpha factor</source>
        <translation>Альфа-фактор</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Коефіцієнти</translation>
    </message>
    <message>
        <source>Rebuild (arrays)</source>
        <translation>Перебудова (масиви)</translation>
    </message>
    <message>
        <source>Rebuild time</source>
        <translation>Час перебудови</translation>
    </message>
    <message>
        <source>Stress while rebuilding</source>
        <translation>Навантаження під час перебудови</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматичне</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покриття</translation>
    </message>
    <message>
        <source>Probability that the switch-over works when needed.</source>
        <translation>Імовірність того, що перемикання спрацює, коли потрібно.</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Виявлення</translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation>Інтервал сигналів життя</translation>
    </message>
    <message>
        <source>Missed heartbeats</source>
        <translation>Пропущені сигнали життя</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Оренда (lease)</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>Підвищення до основного</translation>
    </message>
    <message>
        <source>Client reconnect / DNS TTL</source>
        <translation>Перепідключення клієнтів / TTL DNS</translation>
    </message>
    <message>
        <source>Human response</source>
        <translation>Реакція людини</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Механізм</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребує</translation>
    </message>
    <message>
        <source>Element ids that must be up for the failover to work.</source>
        <translation>Ідентифікатори елементів, які мають працювати, щоб перемикання вдалося.</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Виконує</translation>
    </message>
    <message>
        <source>Mechanism can cause outages</source>
        <translation>Механізм сам може спричинити збій</translation>
    </message>
    <message>
        <source>Fencing</source>
        <translation>Ізоляція (fencing)</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>STONITH</source>
        <translation>STONITH</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation>Синхронна</translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation>Асинхронна</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Відставання</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Відстань</translation>
    </message>
    <message>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <source>Measured RTT</source>
        <translation>Виміряний RTT</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>мс</translation>
    </message>
    <message>
        <source>Route factor</source>
        <translation>Коефіцієнт маршруту</translation>
    </message>
    <message>
        <source>Lag alerts</source>
        <translation>Сповіщення про відставання</translation>
    </message>
    <message>
        <source>Alerts go to</source>
        <translation>Сповіщення отримує</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Поріг сповіщення</translation>
    </message>
    <message>
        <source>Consensus (majority)</source>
        <translation>Консенсус (більшість)</translation>
    </message>
    <message>
        <source>Tunable (N, W, R)</source>
        <translation>Налаштовуваний (N, W, R)</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Учасники голосування</translation>
    </message>
    <message>
        <source>N (replicas per key)</source>
        <translation>N (реплік на ключ)</translation>
    </message>
    <message>
        <source>W (write acknowledgements)</source>
        <translation>W (підтверджень запису)</translation>
    </message>
    <message>
        <source>R (read replies)</source>
        <translation>R (відповідей на читання)</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Обслуговує</translation>
    </message>
    <message>
        <source>Required for the system</source>
        <translation>Обов’язковий для системи</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Вимоги</translation>
    </message>
    <message>
        <source>Availability target (SLO)</source>
        <translation>Цільова доступність (SLO)</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Outage cost per second</source>
        <translation>Вартість секунди простою</translation>
    </message>
    <message>
        <source>Users can retry</source>
        <translation>Користувачі можуть повторити спробу</translation>
    </message>
</context>
<context>
    <name>QuorumAnalysis</name>
    <message>
        <source>loss of %1</source>
        <translation>втрата %1</translation>
    </message>
    <message>
        <source>split {%1} | {%2}</source>
        <translation>розділення {%1} | {%2}</translation>
    </message>
</context>
<context>
    <name>RbdDiagram</name>
    <message numerus="yes">
        <source>%1 — shared by %n block(s): a common cause</source>
        <translation>
            <numerusform>%1 — спільний для %n блока: спільна причина</numerusform>
            <numerusform>%1 — спільний для %n блоків: спільна причина</numerusform>
            <numerusform>%1 — спільний для %n блоків: спільна причина</numerusform>
        </translation>
    </message>
    <message>
        <source>shared, drawn below</source>
        <translation>спільний, показано нижче</translation>
    </message>
    <message>
        <source>works %1 of the time</source>
        <translation>працює %1 часу</translation>
    </message>
    <message>
        <source>Markov model · %1</source>
        <translation>Марковська модель · %1</translation>
    </message>
    <message>
        <source>never fails</source>
        <translation>ніколи не відмовляє</translation>
    </message>
    <message>
        <source>%1 · shared by %2</source>
        <translation>%1 · спільний для %2 блоків</translation>
    </message>
    <message>
        <source>any 1 of %1 · %2</source>
        <translation>будь-який 1 з %1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 з %2 · %3</translation>
    </message>
    <message>
        <source>capacity ≥ demand (at best %1 of %2) · %3</source>
        <translation>пропускна здатність ≥ попиту (у кращому разі %1 з %2) · %3</translation>
    </message>
    <message>
        <source>primary or failover · %1</source>
        <translation>основний або перемикання · %1</translation>
    </message>
    <message>
        <source>quorum %1 of %2 · %3</source>
        <translation>кворум %1 з %2 · %3</translation>
    </message>
</context>
<context>
    <name>ReplicationAnalysis</name>
    <message>
        <source>no lag alert is drawn</source>
        <translation>сповіщення про відставання не намальовано</translation>
    </message>
    <message>
        <source>lag alerts go to %1, which nobody watches</source>
        <translation>сповіщення про відставання надходять до %1, за яким ніхто не стежить</translation>
    </message>
    <message>
        <source>lag alerts go to %1</source>
        <translation>сповіщення про відставання надходять до %1</translation>
    </message>
</context>
<context>
    <name>ReportGenerator</name>
    <message>
        <source>Untitled model</source>
        <translation>Модель без назви</translation>
    </message>
    <message>
        <source>Reliability report</source>
        <translation>Звіт про надійність</translation>
    </message>
    <message>
        <source>Date: </source>
        <translation>Дата: </translation>
    </message>
    <message>
        <source>Model file: </source>
        <translation>Файл моделі: </translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(не збережено)</translation>
    </message>
    <message>
        <source>SHA-256 of the model: </source>
        <translation>SHA-256 моделі: </translation>
    </message>
    <message>
        <source>Written by: </source>
        <translation>Створено програмою: </translation>
    </message>
    <message>
        <source>Ninefold %1</source>
        <translation>Ninefold %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>The system is available %1 of the time (%2 nines): %3 of downtime a year, %4 failures a year (MTBF %5), each outage lasting %6 on average. Over a mission of %7 without repair it survives with probability %8 (MTTF %9).</source>
        <translation>Система доступна %1 часу (%2 дев’яток): простій %3 на рік, відмов на рік: %4 (MTBF %5), середня тривалість збою %6. Протягом місії тривалістю %7 без ремонту вона не відмовляє з імовірністю %8 (MTTF %9).</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>ВІДПОВІДАЄ</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>НЕ ВІДПОВІДАЄ</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>без цілі</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Сервіс</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ціль</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Downtime a year</source>
        <translation>Простій за рік</translation>
    </message>
    <message>
        <source>Outage cost a year</source>
        <translation>Вартість простою за рік</translation>
    </message>
    <message>
        <source>RTO required</source>
        <translation>Потрібний RTO</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>досягнутий</translation>
    </message>
    <message>
        <source>RPO required</source>
        <translation>Потрібний RPO</translation>
    </message>
    <message>
        <source>HA/FT required / achieved</source>
        <translation>HA/FT потрібно / досягнуто</translation>
    </message>
    <message>
        <source>The three most important findings</source>
        <translation>Три найважливіші знахідки</translation>
    </message>
    <message>
        <source>Ninefold found nothing to report.</source>
        <translation>Ninefold не знайшов нічого, про що варто повідомити.</translation>
    </message>
    <message>
        <source>The diagram is not available in this report.</source>
        <translation>Схема недоступна в цьому звіті.</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) in %1 failure domain(s); %2 redundancy group(s), %3 quorum group(s), %4 service(s).</source>
        <translation>
            <numerusform>%n компонент, доменів відмов: %1; груп резервування: %2, груп кворуму: %3, сервісів: %4.</numerusform>
            <numerusform>%n компоненти, доменів відмов: %1; груп резервування: %2, груп кворуму: %3, сервісів: %4.</numerusform>
            <numerusform>%n компонентів, доменів відмов: %1; груп резервування: %2, груп кворуму: %3, сервісів: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reliability block diagram Ninefold derived from the drawing: blocks in series are all needed; a frame holds alternatives with its rule (any one, k of n, quorum, primary or failover). Blocks in orange are common causes used by several others; larger shared blocks are drawn once, in a section of their own, and referred to by dashed boxes.</source>
        <translation>Структурна схема надійності, яку Ninefold побудував за намальованою моделлю: потрібні всі послідовно з’єднані блоки; рамка містить альтернативи разом із правилом (будь-який один, k з n, кворум, основний або перемикання). Помаранчеві блоки — спільні причини, які використовують кілька інших блоків; більші спільні блоки показано один раз, в окремому розділі, а посилання на них позначено пунктирними рамками.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Знахідок немає.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Знахідка</translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation>Пропоноване виправлення</translation>
    </message>
    <message>
        <source>%1 of order %2</source>
        <translation>%1 порядку %2</translation>
    </message>
    <message>
        <source>A minimal cut set is a smallest combination of failures that takes the system down. There are %1 (%2); order 1 are single points of failure. The most probable:</source>
        <translation>Мінімальний переріз — це найменша комбінація відмов, що виводить систему з ладу. Їх %1 (%2); перерізи порядку 1 — єдині точки відмови. Найімовірніші:</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Відмови</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Імовірність</translation>
    </message>
    <message>
        <source>Share of U</source>
        <translation>Частка U</translation>
    </message>
    <message>
        <source>Computed exactly on the block diagram. Birnbaum: how much the system&apos;s unavailability rises per unit of the element&apos;s; Fussell-Vesely: the share of downtime that involves it; RAW and RRW: how many times worse (better) the system would be if the element were always down (never failed).</source>
        <translation>Обчислено точно за структурною схемою. Бірнбаум: наскільки зростає недоступність системи на одиницю недоступності елемента; Фассел—Везелі: частка простою, у якій бере участь елемент; RAW і RRW: у скільки разів гіршою (кращою) була б система, якби елемент не працював завжди (ніколи не відмовляв).</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <source>U own</source>
        <translation>Власна U</translation>
    </message>
    <message>
        <source>Birnbaum</source>
        <translation>Бірнбаум</translation>
    </message>
    <message>
        <source>Fussell-Vesely</source>
        <translation>Фассел—Везелі</translation>
    </message>
    <message>
        <source>The model has no redundancy groups.</source>
        <translation>У моделі немає груп резервування.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message numerus="yes">
        <source>after %n failure(s)</source>
        <translation>
            <numerusform>після %n відмови</numerusform>
            <numerusform>після %n відмов</numerusform>
            <numerusform>після %n відмов</numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Політика</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Фактично</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Межа</translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation>Каскад</translation>
    </message>
    <message>
        <source>Spare during update</source>
        <translation>Запас під час оновлення</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>above the ceiling</source>
        <translation>понад межу</translation>
    </message>
    <message>
        <source>overload: cascade</source>
        <translation>перевантаження: каскад</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Відмовило</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Лишилося</translation>
    </message>
    <message>
        <source>Load per survivor</source>
        <translation>Навантаження на кожного</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Завантаження</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>The model has no quorum groups.</source>
        <translation>У моделі немає груп кворуму.</translation>
    </message>
    <message numerus="yes">
        <source>%1 voters, quorum %2, tolerates %n failure(s).</source>
        <translation>
            <numerusform>Учасників голосування: %1, кворум %2, витримує %n відмову.</numerusform>
            <numerusform>Учасників голосування: %1, кворум %2, витримує %n відмови.</numerusform>
            <numerusform>Учасників голосування: %1, кворум %2, витримує %n відмов.</numerusform>
        </translation>
    </message>
    <message>
        <source>N = %1, W = %2, R = %3: reads %4 the latest write; writes %5 conflict.</source>
        <translation>N = %1, W = %2, R = %3: читання %4 останній запис; записи %5 конфліктувати.</translation>
    </message>
    <message>
        <source>always see</source>
        <translation>завжди бачать</translation>
    </message>
    <message>
        <source>may miss</source>
        <translation>можуть не бачити</translation>
    </message>
    <message>
        <source>cannot</source>
        <translation>не можуть</translation>
    </message>
    <message>
        <source>can</source>
        <translation>можуть</translation>
    </message>
    <message>
        <source>keeps quorum</source>
        <translation>кворум зберігається</translation>
    </message>
    <message>
        <source>reads only</source>
        <translation>лише читання</translation>
    </message>
    <message>
        <source>writes only</source>
        <translation>лише запис</translation>
    </message>
    <message>
        <source>loses quorum</source>
        <translation>кворум втрачено</translation>
    </message>
    <message>
        <source>no side keeps quorum</source>
        <translation>жоден бік не зберігає кворуму</translation>
    </message>
    <message>
        <source>both sides accept writes: conflicts</source>
        <translation>обидва боки приймають записи: конфлікти</translation>
    </message>
    <message>
        <source>the first side keeps quorum</source>
        <translation>перший бік зберігає кворум</translation>
    </message>
    <message>
        <source>the second side keeps quorum</source>
        <translation>другий бік зберігає кворум</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарій</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Учасники голосування</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The model has no replication links.</source>
        <translation>У моделі немає зв’язків реплікації.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Зв’язок</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Added write latency</source>
        <translation>Додаткова затримка запису</translation>
    </message>
    <message>
        <source>Lag monitoring</source>
        <translation>Моніторинг відставання</translation>
    </message>
    <message>
        <source>The model has no failover links.</source>
        <translation>У моделі немає зв’язків перемикання.</translation>
    </message>
    <message>
        <source>(no link drawn: assumed)</source>
        <translation>(зв’язок не намальовано: припущення)</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматично</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>вручну</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Перемикання</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Виявлення</translation>
    </message>
    <message>
        <source>Promotion + reconnect</source>
        <translation>Підвищення + перепідключення</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Людина</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>На рік</translation>
    </message>
    <message>
        <source>Cost each</source>
        <translation>Вартість одного</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>Вартість за рік</translation>
    </message>
    <message>
        <source>Common causes come from placement and shared dependencies (found in the drawing) and from parametric models (beta-factor, multiple Greek letter, alpha-factor) of identical members.</source>
        <translation>Спільні причини виникають через розміщення та спільні залежності (виявлені на схемі), а також із параметричних моделей (бета-фактор, множинні грецькі літери, альфа-фактор) однакових учасників.</translation>
    </message>
    <message>
        <source>Takes every member down</source>
        <translation>Виводить з ладу всіх учасників</translation>
    </message>
    <message>
        <source>Share from parametric causes</source>
        <translation>Частка параметричних причин</translation>
    </message>
    <message>
        <source>Group availability</source>
        <translation>Доступність групи</translation>
    </message>
    <message>
        <source>One member alone</source>
        <translation>Один учасник окремо</translation>
    </message>
    <message>
        <source>Every component and failure domain with its parameters. Failures are independent except through what the drawing shares; repairs are independent; lives are exponential unless a distribution is given. Light in fibre is taken at 204,190 km/s; route factors are given per replication link.</source>
        <translation>Кожен компонент і домен відмов з його параметрами. Відмови незалежні, крім пов’язаних через спільні елементи схеми; ремонти незалежні; час життя розподілений експоненційно, якщо не задано інший розподіл. Швидкість світла в оптоволокні прийнято рівною 204 190 км/с; коефіцієнти маршруту задано для кожного зв’язку реплікації.</translation>
    </message>
    <message>
        <source>never fails</source>
        <translation>ніколи не відмовляє</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>фіксована доступність</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>експоненційний</translation>
    </message>
    <message>
        <source>Weibull β %1, η %2</source>
        <translation>Вейбулла β %1, η %2</translation>
    </message>
    <message>
        <source>lognormal, median %1, σ %2</source>
        <translation>логнормальний, медіана %1, σ %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation>Розміщено в</translation>
    </message>
    <message>
        <source>Life distribution</source>
        <translation>Розподіл часу життя</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>виміряно %1</translation>
    </message>
    <message>
        <source>%1 km × route factor %2</source>
        <translation>%1 км × коефіцієнт маршруту %2</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Реплікація</translation>
    </message>
    <message>
        <source>Round trip from</source>
        <translation>Джерело часу обміну</translation>
    </message>
    <message>
        <source>None beyond those stated in Appendix A.</source>
        <translation>Немає, крім наведених у додатку А.</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Стислий огляд</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Архітектура</translation>
    </message>
    <message>
        <source>Reliability block diagram</source>
        <translation>Структурна схема надійності</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Знахідки</translation>
    </message>
    <message>
        <source>Minimal cut sets</source>
        <translation>Мінімальні перерізи</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Важливість</translation>
    </message>
    <message>
        <source>N+M headroom</source>
        <translation>Запас N+M</translation>
    </message>
    <message>
        <source>Quorums and partitions</source>
        <translation>Кворуми та розділення мережі</translation>
    </message>
    <message>
        <source>Replication: RPO and latency</source>
        <translation>Реплікація: RPO і затримка</translation>
    </message>
    <message>
        <source>Failover: RTO and outage cost</source>
        <translation>Перемикання: RTO і вартість простою</translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation>Спільні причини</translation>
    </message>
    <message>
        <source>Availability over time</source>
        <translation>Доступність у часі</translation>
    </message>
    <message>
        <source>Appendix A: Components and parameters</source>
        <translation>Додаток А: Компоненти та параметри</translation>
    </message>
    <message>
        <source>Appendix B: Assumptions</source>
        <translation>Додаток Б: Припущення</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>Не вдалося записати звіт %1: %2</translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation>немає даних для звіту</translation>
    </message>
    <message>
        <source>%1 — reliability report</source>
        <translation>%1 — звіт про надійність</translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation>не вдалося намалювати PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
</context>
<context>
    <name>SensitivityStudy</name>
    <message>
        <source>MTTR of a component</source>
        <translation>MTTR компонента</translation>
    </message>
    <message>
        <source>MTBF of a component</source>
        <translation>MTBF компонента</translation>
    </message>
    <message>
        <source>Replicas in a group</source>
        <translation>Репліки в групі</translation>
    </message>
    <message>
        <source>Coverage of a failover</source>
        <translation>Покриття перемикання</translation>
    </message>
    <message>
        <source>MTTR of %1 (h)</source>
        <translation>MTTR %1 (год)</translation>
    </message>
    <message>
        <source>MTBF of %1 (h)</source>
        <translation>MTBF %1 (год)</translation>
    </message>
    <message>
        <source>members of %1</source>
        <translation>учасників %1</translation>
    </message>
    <message>
        <source>coverage of %1 → %2</source>
        <translation>покриття %1 → %2</translation>
    </message>
    <message>
        <source>coverage of %1</source>
        <translation>покриття %1</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>seconds</source>
        <translation>секунди</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>хвилини</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>години</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дні</translation>
    </message>
    <message>
        <source>years</source>
        <translation>роки</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 р.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>нескінченність</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>назавжди</translation>
    </message>
    <message>
        <source>0 s</source>
        <translation>0 с</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 хв %2 с</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 р.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>щонайменше %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>щонайбільше %1</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>missing: must name an element</source>
        <translation>відсутнє: має бути вказано елемент</translation>
    </message>
    <message>
        <source>refers to unknown element &apos;%1&apos;</source>
        <translation>посилається на невідомий елемент «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, but must be a %3</source>
        <translation>«%1» має тип %2, а потрібен %3</translation>
    </message>
    <message>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <source>must be greater than 0 hours (found %1)</source>
        <translation>має бути більше за 0 годин (знайдено %1)</translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>не може бути від’ємним (знайдено %1)</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most 1 (found %1); write 99.95 % as 0.9995</source>
        <translation>має бути більше за 0 і не більше за 1 (знайдено %1); 99.95 % записуйте як 0.9995</translation>
    </message>
    <message>
        <source>Weibull shape must be greater than 0 (found %1)</source>
        <translation>параметр форми Вейбулла має бути більшим за 0 (знайдено %1)</translation>
    </message>
    <message>
        <source>Weibull scale must be greater than 0 hours (found %1)</source>
        <translation>параметр масштабу Вейбулла має бути більшим за 0 годин (знайдено %1)</translation>
    </message>
    <message>
        <source>lognormal median must be greater than 0 hours (found %1)</source>
        <translation>медіана логнормального розподілу має бути більшою за 0 годин (знайдено %1)</translation>
    </message>
    <message>
        <source>lognormal sigma must be greater than 0 (found %1)</source>
        <translation>сигма логнормального розподілу має бути більшою за 0 (знайдено %1)</translation>
    </message>
    <message>
        <source>an exponential life needs mtbf_hours</source>
        <translation>експоненційний розподіл часу життя потребує mtbf_hours</translation>
    </message>
    <message>
        <source>must be greater than 0 (found %1)</source>
        <translation>має бути більше за 0 (знайдено %1)</translation>
    </message>
    <message>
        <source>missing: every element needs a unique id</source>
        <translation>відсутнє: кожен елемент потребує унікального ідентифікатора</translation>
    </message>
    <message>
        <source>may only contain letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; and &apos;:&apos; (found &apos;%1&apos;)</source>
        <translation>може містити лише літери, цифри, «_», «-», «.» і «:» (знайдено «%1»)</translation>
    </message>
    <message>
        <source>duplicate id: already used by a %1</source>
        <translation>повторний ідентифікатор: уже використовується елементом типу %1</translation>
    </message>
    <message>
        <source>a container cannot contain itself</source>
        <translation>контейнер не може містити сам себе</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already placed in container &apos;%2&apos;; an element can be in only one container</source>
        <translation>«%1» уже розміщено в контейнері «%2»; елемент може бути лише в одному контейнері</translation>
    </message>
    <message>
        <source>a %1 cannot contain the %2 &apos;%3&apos; (regions hold zones, zones hold racks and hosts)</source>
        <translation>контейнер виду %1 не може містити %2 «%3» (регіони містять зони, зони — стійки й хости)</translation>
    </message>
    <message>
        <source>an element cannot depend on itself</source>
        <translation>елемент не може залежати сам від себе</translation>
    </message>
    <message>
        <source>a redundancy group needs at least one member</source>
        <translation>група резервування потребує щонайменше одного учасника</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of redundancy group &apos;%2&apos;</source>
        <translation>«%1» уже входить до групи резервування «%2»</translation>
    </message>
    <message>
        <source>lists a member more than once</source>
        <translation>містить учасника більше одного разу</translation>
    </message>
    <message>
        <source>an active-passive group needs a primary and at least one standby</source>
        <translation>активно-пасивна група потребує основного учасника й щонайменше одного резервного</translation>
    </message>
    <message>
        <source>declared N+M = %1+%2 but the group has %3 members</source>
        <translation>заявлено N+M = %1+%2, але кількість учасників групи — %3</translation>
    </message>
    <message>
        <source>a demand needs the capacity of every member; give each member a capacity</source>
        <translation>для попиту потрібна пропускна здатність кожного учасника; задайте її кожному учаснику</translation>
    </message>
    <message>
        <source>demand %1 exceeds the total capacity %2 of all members: the group is overloaded even with every member up</source>
        <translation>попит %1 перевищує сумарну пропускну здатність усіх учасників (%2): група перевантажена, навіть коли працюють усі учасники</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most 1 (found %1); write 80 % as 0.8</source>
        <translation>має бути більше за 0 і не більше за 1 (знайдено %1); 80 % записуйте як 0.8</translation>
    </message>
    <message>
        <source>must be between 0 and the number of members (found %1)</source>
        <translation>має бути від 0 до кількості учасників (знайдено %1)</translation>
    </message>
    <message>
        <source>must be between 0 and 1 (found %1)</source>
        <translation>має бути від 0 до 1 (знайдено %1)</translation>
    </message>
    <message>
        <source>must be at least 1 (1 means no extra stress; found %1)</source>
        <translation>має бути щонайменше 1 (1 означає відсутність додаткового навантаження; знайдено %1)</translation>
    </message>
    <message>
        <source>beta-factor needs one factor β between 0 and 1</source>
        <translation>бета-фактор потребує одного коефіцієнта β від 0 до 1</translation>
    </message>
    <message>
        <source>multiple Greek letter needs 1 to %1 factors (β, γ, ...) between 0 and 1</source>
        <translation>модель множинних грецьких літер потребує від 1 до %1 коефіцієнтів (β, γ, ...) від 0 до 1</translation>
    </message>
    <message>
        <source>alpha-factor needs one factor per member (%1), each between 0 and 1, summing to 1</source>
        <translation>альфа-фактор потребує по одному коефіцієнту на учасника (%1), кожен від 0 до 1, із сумою 1</translation>
    </message>
    <message>
        <source>common-cause failure needs at least two members</source>
        <translation>відмова зі спільною причиною потребує щонайменше двох учасників</translation>
    </message>
    <message>
        <source>a component cannot fail over to itself</source>
        <translation>компонент не може перемикатися сам на себе</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; must both be members of one active-passive redundancy group</source>
        <translation>«%1» і «%2» мають бути учасниками однієї активно-пасивної групи резервування</translation>
    </message>
    <message>
        <source>must be a probability between 0 and 1 (found %1)</source>
        <translation>має бути імовірністю від 0 до 1 (знайдено %1)</translation>
    </message>
    <message>
        <source>needs a mechanism component</source>
        <translation>потрібен компонент-механізм</translation>
    </message>
    <message>
        <source>a store cannot replicate to itself</source>
        <translation>сховище не може реплікуватися саме в себе</translation>
    </message>
    <message>
        <source>must be at least 1: a fibre route is never shorter than the straight line (found %1)</source>
        <translation>має бути щонайменше 1: оптоволоконний маршрут ніколи не буває коротшим за пряму (знайдено %1)</translation>
    </message>
    <message>
        <source>a quorum group needs voters</source>
        <translation>група кворуму потребує учасників голосування</translation>
    </message>
    <message>
        <source>lists a voter more than once</source>
        <translation>містить учасника голосування більше одного разу</translation>
    </message>
    <message>
        <source>must be between 1 and the number of replicas drawn (%1; found %2)</source>
        <translation>має бути від 1 до кількості намальованих реплік (%1; знайдено %2)</translation>
    </message>
    <message>
        <source>must be between 1 and N = %1 (found %2)</source>
        <translation>має бути від 1 до N = %1 (знайдено %2)</translation>
    </message>
    <message>
        <source>must be between 0 and 1, e.g. 0.9995 for 99.95 % (found %1)</source>
        <translation>має бути від 0 до 1, напр. 0.9995 для 99.95 % (знайдено %1)</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>цикл залежностей: %1</translation>
    </message>
    <message>
        <source>position of unknown element &apos;%1&apos; ignored</source>
        <translation>позицію невідомого елемента «%1» проігноровано</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Architecture-aware availability analysis</source>
        <translation>Аналіз доступності з урахуванням архітектури</translation>
    </message>
    <message>
        <source>Model to open</source>
        <translation>Модель, яку слід відкрити</translation>
    </message>
</context>
<context>
    <name>nf::AnalysisDock</name>
    <message>
        <source>Cut sets</source>
        <translation>Мінімальні перерізи</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Fails together</source>
        <translation>Відмовляють разом</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Імовірність</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Number of basic events in the cut set: 1 is a single point of failure</source>
        <translation>Кількість базових подій у перерізі: 1 — єдина точка відмови</translation>
    </message>
    <message>
        <source>Probability that all of them are down at once</source>
        <translation>Імовірність, що всі вони не працюють одночасно</translation>
    </message>
    <message>
        <source>Share of the system unavailability</source>
        <translation>Частка недоступності системи</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Важливість</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <source>Unavailability</source>
        <translation>Недоступність</translation>
    </message>
    <message>
        <source>Birnbaum</source>
        <translation>Бірнбаум</translation>
    </message>
    <message>
        <source>Fussell-Vesely</source>
        <translation>Фассел—Везелі</translation>
    </message>
    <message>
        <source>RAW</source>
        <translation>RAW</translation>
    </message>
    <message>
        <source>RRW</source>
        <translation>RRW</translation>
    </message>
    <message>
        <source>Downtime a year</source>
        <translation>Простій за рік</translation>
    </message>
    <message>
        <source>Of the element itself</source>
        <translation>Самого елемента</translation>
    </message>
    <message>
        <source>How much the system depends on it</source>
        <translation>Наскільки система від нього залежить</translation>
    </message>
    <message>
        <source>Share of the system downtime that involves it</source>
        <translation>Частка простою системи, у якій він бере участь</translation>
    </message>
    <message>
        <source>Risk achievement worth: if it were always down</source>
        <translation>Зростання ризику: якби він не працював завжди</translation>
    </message>
    <message>
        <source>Risk reduction worth: if it never failed</source>
        <translation>Зниження ризику: якби він ніколи не відмовляв</translation>
    </message>
    <message>
        <source>System downtime attributable to it</source>
        <translation>Простій системи, що припадає на нього</translation>
    </message>
    <message>
        <source>N+M headroom</source>
        <translation>Запас N+M</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Політика</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Фактично</translation>
    </message>
    <message>
        <source>After 1 failure</source>
        <translation>Після 1 відмови</translation>
    </message>
    <message>
        <source>Cascade after</source>
        <translation>Каскад після</translation>
    </message>
    <message>
        <source>During an update</source>
        <translation>Під час оновлення</translation>
    </message>
    <message>
        <source>Declared N+M</source>
        <translation>Заявлене N+M</translation>
    </message>
    <message>
        <source>N+M that holds at the utilisation ceiling</source>
        <translation>N+M, що витримується при межі завантаження</translation>
    </message>
    <message>
        <source>Utilisation of each survivor after one failure</source>
        <translation>Завантаження кожного, хто лишився, після однієї відмови</translation>
    </message>
    <message>
        <source>Failures after which survivors are pushed past 100 % and fail too</source>
        <translation>Відмови, після яких решта перевантажується понад 100 % і теж відмовляє</translation>
    </message>
    <message>
        <source>Tolerance left during a rolling update</source>
        <translation>Стійкість, що лишається під час поетапного оновлення</translation>
    </message>
    <message>
        <source>Quorums</source>
        <translation>Кворуми</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Учасники голосування</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потрібно</translation>
    </message>
    <message>
        <source>Tolerates</source>
        <translation>Витримує</translation>
    </message>
    <message>
        <source>Losing one domain</source>
        <translation>Втрата одного домену</translation>
    </message>
    <message>
        <source>Splits</source>
        <translation>Розділення мережі</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Реплікація</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Зв’язок</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Час обміну</translation>
    </message>
    <message>
        <source>Added write latency</source>
        <translation>Додаткова затримка запису</translation>
    </message>
    <message>
        <source>Lag alerts</source>
        <translation>Сповіщення про відставання</translation>
    </message>
    <message>
        <source>Failovers</source>
        <translation>Перемикання</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Перемикання</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покриття</translation>
    </message>
    <message>
        <source>A year</source>
        <translation>На рік</translation>
    </message>
    <message>
        <source>Cost each</source>
        <translation>Вартість одного</translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation>Вартість за рік</translation>
    </message>
    <message>
        <source>Needs down</source>
        <translation>Потрібне не працює</translation>
    </message>
    <message>
        <source>Detection + promotion + reconnect (+ a person)</source>
        <translation>Виявлення + підвищення + перепідключення (+ людина)</translation>
    </message>
    <message>
        <source>Lag of the replication it relies on</source>
        <translation>Відставання реплікації, на яку воно спирається</translation>
    </message>
    <message>
        <source>Probability the switch-over works</source>
        <translation>Імовірність, що перемикання вдасться</translation>
    </message>
    <message>
        <source>Failovers a year</source>
        <translation>Перемикань на рік</translation>
    </message>
    <message>
        <source>RTO × outage cost</source>
        <translation>RTO × вартість простою</translation>
    </message>
    <message>
        <source>How often what the failover needs is down when it is needed</source>
        <translation>Як часто потрібне для перемикання не працює саме тоді, коли воно потрібне</translation>
    </message>
    <message>
        <source>Common cause</source>
        <translation>Спільні причини</translation>
    </message>
    <message>
        <source>Common-cause share</source>
        <translation>Частка спільних причин</translation>
    </message>
    <message>
        <source>Group unavailability</source>
        <translation>Недоступність групи</translation>
    </message>
    <message>
        <source>One member</source>
        <translation>Один учасник</translation>
    </message>
    <message>
        <source>Shared domain</source>
        <translation>Спільний домен</translation>
    </message>
    <message>
        <source>Share of the group&apos;s unavailability from parametric common causes</source>
        <translation>Частка недоступності групи від параметричних спільних причин</translation>
    </message>
    <message>
        <source>Unavailability of a single member: the non-redundant version</source>
        <translation>Недоступність одного учасника: варіант без резервування</translation>
    </message>
    <message>
        <source>One container or component that every member needs</source>
        <translation>Один контейнер чи компонент, потрібний кожному учаснику</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графіки</translation>
    </message>
    <message>
        <source>Cut sets (%1)</source>
        <translation>Перерізи (%1)</translation>
    </message>
    <message>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation>перевантажена</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n відмови</numerusform>
            <numerusform>%n відмов</numerusform>
            <numerusform>%n відмов</numerusform>
        </translation>
    </message>
    <message>
        <source>survives any</source>
        <translation>переживає будь-яку</translation>
    </message>
    <message>
        <source>breaks on loss of %1</source>
        <translation>ламається від втрати %1</translation>
    </message>
    <message>
        <source>%1 of %2 keep a side with quorum</source>
        <translation>%1 з %2 лишають бік із кворумом</translation>
    </message>
    <message>
        <source>first side keeps quorum</source>
        <translation>перший бік зберігає кворум</translation>
    </message>
    <message>
        <source>second side keeps quorum</source>
        <translation>другий бік зберігає кворум</translation>
    </message>
    <message>
        <source>no side has quorum</source>
        <translation>жоден бік не має кворуму</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>none (async)</source>
        <translation>немає (асинхронно)</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>під наглядом</translation>
    </message>
    <message>
        <source>nobody watches</source>
        <translation>ніхто не стежить</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>вручну</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>no link drawn: assumed</source>
        <translation>зв’язок не намальовано: припущення</translation>
    </message>
</context>
<context>
    <name>nf::CanvasScene</name>
    <message>
        <source>Move %1</source>
        <translation>Перемістити %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>Перемістити %n елемент</numerusform>
            <numerusform>Перемістити %n елементи</numerusform>
            <numerusform>Перемістити %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation>Змінити розмір %1</translation>
    </message>
    <message>
        <source>Move bend point</source>
        <translation>Перемістити точку згину</translation>
    </message>
    <message>
        <source>Remove bend point</source>
        <translation>Видалити точку згину</translation>
    </message>
    <message>
        <source>Add bend point</source>
        <translation>Додати точку згину</translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n element(s)</source>
        <translation>
            <numerusform>Зсунути %n елемент</numerusform>
            <numerusform>Зсунути %n елементи</numerusform>
            <numerusform>Зсунути %n елементів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n element(s)</source>
        <translation>
            <numerusform>Дублювати %n елемент</numerusform>
            <numerusform>Дублювати %n елементи</numerusform>
            <numerusform>Дублювати %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the component or group that serves the entry point.</source>
        <translation>Виберіть компонент або групу, що обслуговує точку входу.</translation>
    </message>
    <message>
        <source>N=%1 W=%2 R=%3</source>
        <translation>N=%1 W=%2 R=%3</translation>
    </message>
    <message>
        <source>quorum %1 of %2</source>
        <translation>кворум %1 з %2</translation>
    </message>
    <message>
        <source>active-active</source>
        <translation>активно-активна</translation>
    </message>
    <message>
        <source>active-passive, hot</source>
        <translation>активно-пасивна, гарячий резерв</translation>
    </message>
    <message>
        <source>active-passive, warm</source>
        <translation>активно-пасивна, теплий резерв</translation>
    </message>
    <message>
        <source>active-passive, cold</source>
        <translation>активно-пасивна, холодний резерв</translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n повторна спроба</numerusform>
            <numerusform>%n повторні спроби</numerusform>
            <numerusform>%n повторних спроб</numerusform>
        </translation>
    </message>
    <message>
        <source>failover</source>
        <translation>перемикання</translation>
    </message>
    <message>
        <source>manual failover</source>
        <translation>ручне перемикання</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>синхр.</translation>
    </message>
    <message>
        <source>async</source>
        <translation>асинхр.</translation>
    </message>
    <message>
        <source>fallback: %1</source>
        <translation>запасний варіант: %1</translation>
    </message>
</context>
<context>
    <name>nf::CanvasView</name>
    <message>
        <source>Drag components and failure domains from the palette to start drawing.
Then drag from a component&apos;s edge handle to link it to another.</source>
        <translation>Перетягніть компоненти й домени відмов із палітри, щоб почати малювати.
Потім тягніть від маркера на краю компонента, щоб зв’язати його з іншим.</translation>
    </message>
</context>
<context>
    <name>nf::ChartPanel</name>
    <message>
        <source>Chart:</source>
        <translation>Графік:</translation>
    </message>
    <message>
        <source>Availability over time, against the target</source>
        <translation>Доступність у часі порівняно з ціллю</translation>
    </message>
    <message>
        <source>Mission reliability R(t)</source>
        <translation>Безвідмовність місії R(t)</translation>
    </message>
    <message>
        <source>Downtime a year by contributor</source>
        <translation>Простій за рік за джерелами</translation>
    </message>
    <message>
        <source>Importance tornado</source>
        <translation>Діаграма «торнадо» важливості</translation>
    </message>
    <message>
        <source>What if: before and after the last change</source>
        <translation>Що як: до й після останньої зміни</translation>
    </message>
    <message>
        <source>N+M headroom: %1</source>
        <translation>Запас N+M: %1</translation>
    </message>
    <message>
        <source>The charts appear when the analysis has run.</source>
        <translation>Графіки з’являться, коли аналіз завершиться.</translation>
    </message>
    <message>
        <source>Change the model to compare its availability before and after the change.</source>
        <translation>Змініть модель, щоб порівняти її доступність до й після зміни.</translation>
    </message>
    <message>
        <source>Nothing to chart.</source>
        <translation>Немає що показати.</translation>
    </message>
</context>
<context>
    <name>nf::Diagnostic</name>
    <message>
        <source>error</source>
        <translation>помилка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
</context>
<context>
    <name>nf::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
</context>
<context>
    <name>nf::DrillPanel</name>
    <message>
        <source>Click components, zones or regions on the canvas to fail them; click again to repair. The drawing itself does not change.</source>
        <translation>Клацайте компоненти, зони чи регіони на полотні, щоб вивести їх із ладу; клацніть ще раз, щоб відновити. Сама схема не змінюється.</translation>
    </message>
    <message>
        <source>Network split:</source>
        <translation>Розділення мережі:</translation>
    </message>
    <message>
        <source>Seen from:</source>
        <translation>З погляду:</translation>
    </message>
    <message>
        <source>first side</source>
        <translation>першого боку</translation>
    </message>
    <message>
        <source>second side</source>
        <translation>другого боку</translation>
    </message>
    <message>
        <source>Repair All</source>
        <translation>Відновити все</translation>
    </message>
    <message>
        <source>Leave Drill</source>
        <translation>Завершити навчання</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Turn on &lt;b&gt;Failure Drill&lt;/b&gt; (Analysis menu or toolbar) to start.</source>
        <translation>Увімкніть &lt;b&gt;Навчання з відмов&lt;/b&gt; (меню «Аналіз» або панель інструментів), щоб почати.</translation>
    </message>
    <message>
        <source>Waiting for the analysis…</source>
        <translation>Очікування аналізу…</translation>
    </message>
    <message>
        <source>Nothing failed yet: click an element on the canvas.</source>
        <translation>Поки нічого не відмовило: клацніть елемент на полотні.</translation>
    </message>
    <message>
        <source>SYSTEM DOWN</source>
        <translation>СИСТЕМА НЕ ПРАЦЮЄ</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) down</source>
        <translation>
            <numerusform>не працює %n елемент</numerusform>
            <numerusform>не працюють %n елементи</numerusform>
            <numerusform>не працює %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>STILL SERVING</source>
        <translation>ДОСІ ПРАЦЮЄ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Failed on purpose</source>
        <translation>Виведено з ладу навмисно</translation>
    </message>
    <message>
        <source>cannot fail (no failure data)</source>
        <translation>не може відмовити (немає даних про відмови)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>відмовив</translation>
    </message>
    <message>
        <source>unreachable across the split</source>
        <translation>недосяжний через розділення</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Сервіси</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>працює</translation>
    </message>
    <message>
        <source>down</source>
        <translation>не працює</translation>
    </message>
    <message>
        <source>Quorums</source>
        <translation>Кворуми</translation>
    </message>
    <message>
        <source>lost: %1 of %2 voters up, %3 needed</source>
        <translation>втрачено: працює %1 з %2 учасників, потрібно %3</translation>
    </message>
    <message>
        <source>kept: %1 of %2 voters up, %3 needed</source>
        <translation>збережено: працює %1 з %2 учасників, потрібно %3</translation>
    </message>
    <message>
        <source>Overload cascades</source>
        <translation>Каскади перевантаження</translation>
    </message>
    <message>
        <source>%1 per survivor on %2 of %3: the survivors fail too</source>
        <translation>%1 на кожного з %2 з %3, хто лишився: вони теж відмовляють</translation>
    </message>
    <message>
        <source>Redundancy groups hit</source>
        <translation>Зачеплені групи резервування</translation>
    </message>
    <message>
        <source>down: %1 of %2 members left</source>
        <translation>не працює: лишилося %1 з %2 учасників</translation>
    </message>
    <message>
        <source>serving on %1 of %2 members</source>
        <translation>працює на %1 з %2 учасників</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>Failovers</source>
        <translation>Перемикання</translation>
    </message>
    <message>
        <source>fires: RTO %1, RPO %2</source>
        <translation>спрацьовує: RTO %1, RPO %2</translation>
    </message>
    <message>
        <source>does not fire: %1</source>
        <translation>не спрацьовує: %1</translation>
    </message>
    <message>
        <source>Does not fire: %1</source>
        <translation>Не спрацьовує: %1</translation>
    </message>
    <message>
        <source>Down with them (%1)</source>
        <translation>Не працюють разом із ними (%1)</translation>
    </message>
</context>
<context>
    <name>nf::ExportController</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>Експортувати &amp;звіт (PDF)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Write the reliability report of this model as a PDF</source>
        <translation>Записати звіт про надійність цієї моделі у форматі PDF</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Експорт</translation>
    </message>
    <message>
        <source>Drawing as &amp;SVG…</source>
        <translation>Схему як &amp;SVG…</translation>
    </message>
    <message>
        <source>A vector picture of the drawing; Ninefold can open it again</source>
        <translation>Векторне зображення схеми; Ninefold може знову його відкрити</translation>
    </message>
    <message>
        <source>Drawing as &amp;PNG…</source>
        <translation>Схему як &amp;PNG…</translation>
    </message>
    <message>
        <source>A picture of the drawing or of the selection, at a chosen scale</source>
        <translation>Зображення схеми або виділеного у вибраному масштабі</translation>
    </message>
    <message>
        <source>Analysis Tables as &amp;CSV…</source>
        <translation>Таблиці аналізу як &amp;CSV…</translation>
    </message>
    <message>
        <source>Findings, cut sets, importance, headroom, quorums, replication and failovers as CSV files</source>
        <translation>Знахідки, перерізи, важливість, запас, кворуми, реплікація та перемикання у вигляді файлів CSV</translation>
    </message>
    <message>
        <source>Analysis as &amp;JSON…</source>
        <translation>Аналіз як &amp;JSON…</translation>
    </message>
    <message>
        <source>The whole analysis in the documented JSON format of ninefold-cli</source>
        <translation>Увесь аналіз у задокументованому форматі JSON ninefold-cli</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без-назви</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Помилка експорту</translation>
    </message>
    <message>
        <source>Could not draw the SVG</source>
        <translation>Не вдалося намалювати SVG</translation>
    </message>
    <message>
        <source>The picture would be %1 × %2 pixels: choose a smaller scale</source>
        <translation>Зображення мало б розмір %1 × %2 пікселів: виберіть менший масштаб</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Не вдалося створити теку %1</translation>
    </message>
    <message>
        <source>The whole model</source>
        <translation>Уся модель</translation>
    </message>
    <message numerus="yes">
        <source>The selection (%n element(s))</source>
        <translation>
            <numerusform>Виділене (%n елемент)</numerusform>
            <numerusform>Виділене (%n елементи)</numerusform>
            <numerusform>Виділене (%n елементів)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Drawing</source>
        <translation>Експорт схеми</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Експортувати:</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>Експорт PNG</translation>
    </message>
    <message>
        <source>Scale (1 = one pixel per scene unit):</source>
        <translation>Масштаб (1 = один піксель на одиницю сцени):</translation>
    </message>
    <message>
        <source>Export Drawing as SVG</source>
        <translation>Експорт схеми в SVG</translation>
    </message>
    <message>
        <source>Export Drawing as PNG</source>
        <translation>Експорт схеми в PNG</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>Зображення SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Analysis Tables to a Folder</source>
        <translation>Експорт таблиць аналізу в теку</translation>
    </message>
    <message>
        <source>Export Analysis as JSON</source>
        <translation>Експорт аналізу в JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файли JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Експорт звіту</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Розмір сторінки:</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Analysing the model…</source>
        <translation>Аналіз моделі…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Запис звіту…</translation>
    </message>
</context>
<context>
    <name>nf::FindingsPanel</name>
    <message>
        <source>Fix: %1</source>
        <translation>Виправлення: %1</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <source>Show or hide %1 findings</source>
        <translation>Показати чи сховати знахідки рівня «%1»</translation>
    </message>
    <message>
        <source>No findings: nothing to fix in this drawing.</source>
        <translation>Знахідок немає: у цій схемі нічого виправляти.</translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n критична</numerusform>
            <numerusform>%n критичні</numerusform>
            <numerusform>%n критичних</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попереджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n довідка</numerusform>
            <numerusform>%n довідки</numerusform>
            <numerusform>%n довідок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nf::HeadlinePanel</name>
    <message>
        <source>Downtime a year</source>
        <translation>Простій за рік</translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation>MTBF</translation>
    </message>
    <message>
        <source>Mean outage</source>
        <translation>Середній простій</translation>
    </message>
    <message>
        <source>Mission reliability at</source>
        <translation>Безвідмовність місії за</translation>
    </message>
    <message>
        <source> h</source>
        <translation> год</translation>
    </message>
    <message>
        <source>Mission time for R(t), the probability of no system failure without repair</source>
        <translation>Час місії для R(t), імовірності, що система не відмовить без ремонту</translation>
    </message>
    <message>
        <source>Services against their targets</source>
        <translation>Сервіси порівняно з їхніми цілями</translation>
    </message>
    <message>
        <source>No analysis yet</source>
        <translation>Аналізу ще немає</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Аналіз…</translation>
    </message>
    <message>
        <source>Up to date · analysed in %1</source>
        <translation>Актуально · аналіз за %1</translation>
    </message>
    <message>
        <source>%1 nines</source>
        <translation>%1 дев’яток</translation>
    </message>
    <message>
        <source>never fails</source>
        <translation>ніколи не відмовляє</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>No availability target set: give a service a target to judge the design.</source>
        <translation>Ціль доступності не задано: задайте ціль сервісу, щоб оцінити проєкт.</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>ВІДПОВІДАЄ</translation>
    </message>
    <message>
        <source>every service meets its availability target</source>
        <translation>кожен сервіс досягає своєї цілі доступності</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>НЕ ВІДПОВІДАЄ</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) below the availability target</source>
        <translation>
            <numerusform>%n сервіс нижче цілі доступності</numerusform>
            <numerusform>%n сервіси нижче цілі доступності</numerusform>
            <numerusform>%n сервісів нижче цілі доступності</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>ціль %1</translation>
    </message>
    <message>
        <source>(not required)</source>
        <translation>(не обов’язковий)</translation>
    </message>
    <message>
        <source>Downtime a year: %1</source>
        <translation>Простій за рік: %1</translation>
    </message>
</context>
<context>
    <name>nf::InspectorWidget</name>
    <message>
        <source>No model open</source>
        <translation>Модель не відкрито</translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation>%1 · ідентифікатор %2</translation>
    </message>
    <message numerus="yes">
        <source>%n elements selected</source>
        <translation>
            <numerusform>Виділено %n елемент</numerusform>
            <numerusform>Виділено %n елементи</numerusform>
            <numerusform>Виділено %n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Editing the fields they share</source>
        <translation>Редагуються спільні поля</translation>
    </message>
    <message>
        <source>Different kinds: only the fields they share are shown</source>
        <translation>Різні види: показано лише спільні поля</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Untitled model</source>
        <translation>Модель без назви</translation>
    </message>
    <message>
        <source>Model · select an element to edit it</source>
        <translation>Модель · виберіть елемент, щоб його редагувати</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Load unit</source>
        <translation>Одиниця навантаження</translation>
    </message>
    <message>
        <source>Mission time (hours)</source>
        <translation>Тривалість місії (години)</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(різні значення)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>«%1» — не число.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation>«%1» — не ціле число.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage: write 99.95 % or 0.9995.</source>
        <translation>«%1» — не відсоток: напишіть 99,95 % або 0,9995.</translation>
    </message>
    <message>
        <source>%1 %2: </source>
        <translation>%1 %2: </translation>
    </message>
    <message numerus="yes">
        <source>%n elements</source>
        <translation>
            <numerusform>%n елемента</numerusform>
            <numerusform>%n елементів</numerusform>
            <numerusform>%n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Змінити «%1» для %2</translation>
    </message>
    <message>
        <source>The mission time must be a number of hours greater than 0.</source>
        <translation>Тривалість місії має бути кількістю годин, більшою за 0.</translation>
    </message>
    <message>
        <source>The currency cannot be empty.</source>
        <translation>Валюта не може бути порожньою.</translation>
    </message>
    <message>
        <source>The load unit cannot be empty.</source>
        <translation>Одиниця навантаження не може бути порожньою.</translation>
    </message>
    <message>
        <source>Change model properties</source>
        <translation>Змінити властивості моделі</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Several elements are named &apos;%1&apos;: use their ids (%2).</source>
        <translation>Кілька елементів мають назву «%1»: вкажіть їхні ідентифікатори (%2).</translation>
    </message>
    <message>
        <source>There is no element named &apos;%1&apos; or with id &apos;%2&apos;.</source>
        <translation>Немає елемента з назвою «%1» або з ідентифікатором «%2».</translation>
    </message>
</context>
<context>
    <name>nf::LiveAnalysis</name>
    <message>
        <source>Block Diagram</source>
        <translation>Структурна схема</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Аналіз</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Знахідки</translation>
    </message>
    <message>
        <source>Failure Drill</source>
        <translation>Навчання з відмов</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чутливість</translation>
    </message>
    <message>
        <source>&amp;Recompute Now</source>
        <translation>&amp;Перерахувати зараз</translation>
    </message>
    <message>
        <source>Importance &amp;Heat Map</source>
        <translation>&amp;Теплова карта важливості</translation>
    </message>
    <message>
        <source>Colour components by their share of the system downtime (Fussell-Vesely)</source>
        <translation>Розфарбувати компоненти за їхньою часткою простою системи (Фассел—Везелі)</translation>
    </message>
    <message>
        <source>Failure &amp;Drill</source>
        <translation>&amp;Навчання з відмов</translation>
    </message>
    <message>
        <source>Fail components, zones or regions by clicking them and see what goes down</source>
        <translation>Виводьте з ладу компоненти, зони чи регіони клацанням і дивіться, що перестає працювати</translation>
    </message>
    <message>
        <source>Failure drill: click components, zones or regions to fail them. The model is not changed.</source>
        <translation>Навчання з відмов: клацайте компоненти, зони чи регіони, щоб вивести їх із ладу. Модель не змінюється.</translation>
    </message>
    <message>
        <source>Left the failure drill.</source>
        <translation>Навчання з відмов завершено.</translation>
    </message>
    <message>
        <source>Reliability &amp;Block Diagram</source>
        <translation>&amp;Структурна схема надійності</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Аналіз</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Тепло</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <source>RBD</source>
        <translation>ССН</translation>
    </message>
    <message>
        <source>Selected %1 on the canvas.</source>
        <translation>На полотні виділено %1.</translation>
    </message>
</context>
<context>
    <name>nf::MainWindow</name>
    <message>
        <source>Ninefold</source>
        <translation>Ninefold</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Зберегти зміни в %1 перед закриттям?</translation>
    </message>
    <message>
        <source>The model has problems</source>
        <translation>У моделі є проблеми</translation>
    </message>
    <message>
        <source>The model was read, but it is not valid:</source>
        <translation>Модель прочитано, але вона некоректна:</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Усе одно відкрити</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Відновити незбережені зміни?</translation>
    </message>
    <message>
        <source>Ninefold found unsaved changes to %1 from a session that ended unexpectedly (saved %2).</source>
        <translation>Ninefold знайшов незбережені зміни в %1 із сеансу, що несподівано завершився (збережено %2).</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Повернути збережене</translation>
    </message>
    <message>
        <source>Discard every change since the last save?</source>
        <translation>Відкинути всі зміни з моменту останнього збереження?</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Створити</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Відкрити модель</translation>
    </message>
    <message>
        <source>Ninefold models (*.ninefold);;All files (*)</source>
        <translation type="vanished">Моделі Ninefold (*.ninefold);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Повернути збережене</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вирізати</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставити</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублювати</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Виділити &amp;все</translation>
    </message>
    <message>
        <source>Group as &amp;Redundancy Group</source>
        <translation>Об’єднати в групу &amp;резервування</translation>
    </message>
    <message>
        <source>Group as &amp;Quorum</source>
        <translation>Об’єднати в &amp;кворум</translation>
    </message>
    <message>
        <source>Add &amp;Entry Point</source>
        <translation>Додати &amp;точку входу</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Збільшити</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Зменшити</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Вмістити все</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Справжній розмір</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Прив’язка до сітки</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Повноекранний режим</translation>
    </message>
    <message>
        <source>Drag from a component&apos;s edge handle: the source needs the target</source>
        <translation>Тягніть від маркера на краю компонента: джерело потребує цілі</translation>
    </message>
    <message>
        <source>Drag from a component&apos;s edge handle: requests flow from source to target</source>
        <translation>Тягніть від маркера на краю компонента: запити йдуть від джерела до цілі</translation>
    </message>
    <message>
        <source>Drag from a primary to its standby; they become an active-passive group</source>
        <translation>Тягніть від основного до резервного; вони утворять активно-пасивну групу</translation>
    </message>
    <message>
        <source>Drag from the source store to the replica</source>
        <translation>Тягніть від сховища-джерела до репліки</translation>
    </message>
    <message>
        <source>%1 link (%2)
%3</source>
        <translation>Зв’язок «%1» (%2)
%3</translation>
    </message>
    <message>
        <source>&amp;About Ninefold</source>
        <translation>&amp;Про Ninefold</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Про &amp;Qt</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Палітра</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Властивості</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;відкрито&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Нещодавні</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Приклади</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Модель</translation>
    </message>
    <message>
        <source>&amp;Link Kind</source>
        <translation>&amp;Вид зв’язку</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Як у &amp;системі</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Світла</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Темна</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основна</translation>
    </message>
    <message>
        <source>  Draw links: </source>
        <translation>  Малювати зв’язки: </translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вмістити</translation>
    </message>
    <message>
        <source>No recent models</source>
        <translation>Немає нещодавніх моделей</translation>
    </message>
    <message>
        <source>Clear Recent Models</source>
        <translation>Очистити список нещодавніх</translation>
    </message>
    <message>
        <source>%1[*] — Ninefold</source>
        <translation>%1[*] — Ninefold</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n компонент</numerusform>
            <numerusform>%n компоненти</numerusform>
            <numerusform>%n компонентів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n зв’язок</numerusform>
            <numerusform>%n зв’язки</numerusform>
            <numerusform>%n зв’язків</numerusform>
        </translation>
    </message>
    <message>
        <source>New links: %1. Drag from a component&apos;s edge handle to another element.</source>
        <translation>Нові зв’язки: %1. Тягніть від маркера на краю компонента до іншого елемента.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Не вдалося відкрити %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Відкрито %1</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>Не вдалося відкрити приклад</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Не вдалося зберегти</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено %1</translation>
    </message>
    <message>
        <source>untitled.ninefold</source>
        <translation>без-назви.ninefold</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>Зберегти модель як</translation>
    </message>
    <message>
        <source>Ninefold models (*.ninefold)</source>
        <translation>Моделі Ninefold (*.ninefold)</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Не вдалося повернути збережене</translation>
    </message>
    <message>
        <source>Cannot recover %1</source>
        <translation>Не вдалося відновити %1</translation>
    </message>
    <message>
        <source>Recovered %1. Save it to keep the changes.</source>
        <translation>Відновлено %1. Збережіть модель, щоб не втратити зміни.</translation>
    </message>
    <message>
        <source>About Ninefold</source>
        <translation>Про Ninefold</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ninefold %1&lt;/h3&gt;&lt;p&gt;Architecture-aware availability analysis: draw a system and see how available it really is.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ninefold %1&lt;/h3&gt;&lt;p&gt;Аналіз доступності з урахуванням архітектури: намалюйте систему й побачте, наскільки вона доступна насправді.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Полотно</translation>
    </message>
    <message>
        <source>Ninefold models (*.ninefold);;Drawings exported by Ninefold (*.svg);;All files (*)</source>
        <translation>Моделі Ninefold (*.ninefold);;Схеми, експортовані з Ninefold (*.svg);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Opened the model inside %1; save it as a .ninefold file</source>
        <translation>Відкрито модель, що міститься в %1; збережіть її як файл .ninefold</translation>
    </message>
</context>
<context>
    <name>nf::OverviewWidget</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Огляд: клацніть або потягніть, щоб перемістити вид</translation>
    </message>
</context>
<context>
    <name>nf::PaletteWidget</name>
    <message>
        <source>Search components…</source>
        <translation>Пошук компонентів…</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add in view</source>
        <translation>Перетягніть на полотно або двічі клацніть, щоб додати у видиму область</translation>
    </message>
    <message>
        <source>Services and data</source>
        <translation>Сервіси й дані</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Мережа</translation>
    </message>
    <message>
        <source>Power and facilities</source>
        <translation>Живлення та інфраструктура</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Експлуатація</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Зовнішні</translation>
    </message>
    <message>
        <source>Failure domains</source>
        <translation>Домени відмов</translation>
    </message>
</context>
<context>
    <name>nf::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>A new language takes effect when Ninefold is started again.</source>
        <translation>Нова мова почне діяти після перезапуску Ninefold.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Snap to the grid while moving</source>
        <translation>Прив’язувати до сітки під час переміщення</translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation>Полотно:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Save a recovery copy every:</source>
        <translation>Зберігати копію для відновлення кожні:</translation>
    </message>
</context>
<context>
    <name>nf::RbdView</name>
    <message>
        <source>%1: drawn in its own section (shared). Click to go there.</source>
        <translation>%1: показано в окремому розділі (спільний блок). Клацніть, щоб перейти туди.</translation>
    </message>
    <message>
        <source>%1 — %2. Click to select it on the canvas.</source>
        <translation>%1 — %2. Клацніть, щоб виділити на полотні.</translation>
    </message>
</context>
<context>
    <name>nf::SensitivityPanel</name>
    <message>
        <source>Parameter:</source>
        <translation>Параметр:</translation>
    </message>
    <message>
        <source>Of:</source>
        <translation>Чого:</translation>
    </message>
    <message>
        <source>The model has no parameter of this kind.</source>
        <translation>У моделі немає параметра такого виду.</translation>
    </message>
    <message>
        <source>Waiting for the analysis…</source>
        <translation>Очікування аналізу…</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n variant(s)…</source>
        <translation>
            <numerusform>Аналіз %n варіанта…</numerusform>
            <numerusform>Аналіз %n варіантів…</numerusform>
            <numerusform>Аналіз %n варіантів…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1: %2. From %3 to %4: %5 to %6.</source>
        <translation>Зараз %1: %2. Від %3 до %4: від %5 до %6.</translation>
    </message>
</context>
<context>
    <name>nf::WelcomeWidget</name>
    <message>
        <source>Welcome to Ninefold</source>
        <translation>Ласкаво просимо до Ninefold</translation>
    </message>
    <message>
        <source>Draw your system — components, zones, regions, failover and replication — and see how available it really is.</source>
        <translation>Намалюйте свою систему — компоненти, зони, регіони, перемикання й реплікацію — і побачте, наскільки вона доступна насправді.</translation>
    </message>
    <message>
        <source>New Model</source>
        <translation>Нова модель</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Відкрити…</translation>
    </message>
    <message>
        <source>Examples of real outages</source>
        <translation>Приклади реальних збоїв</translation>
    </message>
    <message>
        <source>Recent models</source>
        <translation>Нещодавні моделі</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Поки що немає.</translation>
    </message>
</context>
</TS>
