<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalysisOverlay</name>
    <message>
        <source>Availability with what it needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own availability: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the system downtime: %1 (%2 a year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance: Birnbaum %1 · RAW %2 · RRW %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never fails by itself (no failure data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No required service needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overloaded even with all members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effective %1+%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cascade after %n</source>
        <translation>
            <numerusform>cascade after %n</numerusform>
            <numerusform>cascade after %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared %1, effective at the %2 ceiling: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tolerates %n</source>
        <translation>
            <numerusform>tolerates %n</numerusform>
            <numerusform>tolerates %n</numerusform>
        </translation>
    </message>
    <message>
        <source>loss of %1 breaks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survives any domain loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum lost: %1 of %2 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum kept: %1 of %2 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cascade: %1 per survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down: %1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving on %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fires · RTO %1 · RPO %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fire: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisText</name>
    <message>
        <source>(unnamed model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System availability   %1  (%2 nines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailability        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime per year     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF                  %1  (%2 failures a year, mean outage %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission reliability   R(%1) = %2;  MTTF %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal cut sets: %1 (by order: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundancy groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, declared N+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, effective N+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 per survivor, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  OVERLOAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  above ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean time to failure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(another failure during one rebuild) = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 voters, needs %3, tolerates %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 voters left: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READS ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRITES ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO QUORUM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no side keeps quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides accept writes: conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first side keeps quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second side keeps quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, RTT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, writes wait %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO %1, RPO %2, %3 a year, %4 per failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High availability or fault tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required %1, achieved %2 (RTO %3, RPO %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchitectureAnalysis</name>
    <message>
        <source>Components without failure data are taken never to fail: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchitectureTranslator</name>
    <message>
        <source>Components without failure data are taken never to fail: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failovers count as instantaneous in the availability figures; the interruptions they cause (their RTO) are reported per failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service is drawn: the system is taken to need every element that nothing else depends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service is required: the system is always up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (independent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; has %2 members: only its all-member common-cause event is modelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common cause of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails (own or common cause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or fallback %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (with common causes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array &apos;%1&apos; declares neither N+M nor a demand: it is taken to survive while one of its %2 members is up (a mirror). Declare N+M to say otherwise (RAID 5 of %2 disks: N+1 with N = %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-of-%2 with rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild stress in &apos;%1&apos; is not modelled: its members differ in failure data, placement or dependencies, or it has common causes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; has neither a demand with member capacities nor a declared N+M: any one member is taken to carry the whole load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 standbys of &apos;%2&apos; are analysed as hot standbys (failing as often as the primary): conservative, because the members differ or the failover needs more than the standby.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failover link is drawn to &apos;%1&apos; in &apos;%2&apos;: taken as automatic and always successful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover to %1 fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch-over (coverage %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover to %1 does not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with its failover mechanism</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated write failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Mission reliability R(t), no repair (MTTF %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point availability A(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime per year by contributor (cumulative share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes of downtime a year attributable to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: utilisation per survivor after failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overloaded: cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>utilisation %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ceiling (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance: system nines if it never failed / were always down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change in system nines (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: nines before and after the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System availability against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ninefold-cli: unknown command &apos;%1&apos;

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli validate: unknown option &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli validate: give at least one model file
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid (%2 components, %3 containers, %4 groups, %5 services)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: INVALID
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli convert: %1 needs a file name
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli convert: unknown option &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli convert: only one input file, found &apos;%1&apos; too
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli convert: usage: convert FILE -o OUT
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not converted: fix the errors above first
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written in format %2
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli report: %1 needs a value
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli report: --page-size takes a4 or letter, found &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli report: unknown option &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli report: give one model, found &apos;%1&apos; too
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli report: usage: report FILE -o OUT.pdf [--page-size a4|letter]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: cannot open the file: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no report: fix the errors above first
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: report written (%n page(s))
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ninefold-cli check: %1 needs a value
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli check: %1 needs a percentage such as 99.95, found &apos;%2&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli check: %1 needs a number of minutes, found &apos;%2&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli check: --fail-on takes &apos;warning&apos; or &apos;critical&apos;, found &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli check: unknown option &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli check: give one model, found &apos;%1&apos; too
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli check: give a model file
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be checked: fix the errors above first
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system availability %1 is below the required %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system downtime %1 a year is above the allowed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 is available %2, below its target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finding %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: availability %2, %3 of downtime a year, %4 finding(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>FAIL: %n reason(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ninefold-cli analyze: %1 needs a value
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli analyze: %1 needs a positive number, found &apos;%2&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli analyze: %1 needs a gate name
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli analyze: unknown option &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli analyze: give a model file
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not analysed: fix the errors above first
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninefold-cli analyze: give one .ninefold model at a time
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipboardFragment</name>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultParameters</name>
    <message>
        <source>Starting point: about 0.55 machine failures a year in a large cluster (Jeff Dean, Google I/O 2008), one hour to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point (assumed): one failure a year, two hours to restore; a managed Single-AZ database&apos;s SLA is 99.5 % (Amazon RDS SLA, 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point: 99.9 % (ElastiCache Multi-AZ, SQS and MSK SLAs), one hour to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point: 99.99 % (AWS Elastic Load Balancing SLA across two or more zones), one hour to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point (assumed): 99.999 %; managed DNS SLAs promise 100 %, which is a credit threshold, not a measurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point: annualised failure rate 1.57 % (Backblaze Drive Stats, 2024), a day to replace and rebuild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point: under 5 % of top-of-rack switches fail in a year (Gill et al., SIGCOMM 2011), four hours to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point: US utility supply, 1.4 interruptions and 7.8 h a year including major events (EIA, 2017 data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point: standby generator operational availability 0.995 (NREL REopt default), a day to repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point (assumed; no public MTBF was found): about eleven years between failures, six hours to restore power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point: about a 50 % chance of an overheating event per cluster-year, one to two days to recover (Jeff Dean, Google I/O 2008).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point: 99.9 %, the most common SaaS SLA level, one hour to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person: never fails here; their response time belongs to the failover they perform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point (assumed): a regional outage once in ten years, half a day long; no provider publishes a frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point (assumed): a zone outage once in five years, about as long as AWS us-east-1&apos;s 2021 network event (about 7 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point: about 20 rack failures a year in a cluster of about 40 racks (Jeff Dean, Google I/O 2008), six hours to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting point: about 0.55 machine failures a year (Jeff Dean, Google I/O 2008), one hour to replace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry point %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link needs an element at both ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An element cannot be linked to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dependency joins components, redundancy groups or quorum groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already depends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already needs %2 (directly or through others): this dependency would make a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add traffic from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dependency: %1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication joins two components (data stores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already replicates to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add replication from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failover joins two components of one redundancy group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already fails over to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are in different redundancy groups; a failover stays inside one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add failover from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 active-passive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n element(s)</source>
        <translation>
            <numerusform>Delete %n element</numerusform>
            <numerusform>Delete %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n element(s)</source>
        <translation>
            <numerusform>Paste %n element</numerusform>
            <numerusform>Paste %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the components that replicate one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in redundancy group %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundancy group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %n component(s) as redundant</source>
        <translation>
            <numerusform>Group %n component as redundant</numerusform>
            <numerusform>Group %n components as redundant</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the voters of the quorum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Group %n component(s) as a quorum</source>
        <translation>
            <numerusform>Group %n component as a quorum</numerusform>
            <numerusform>Group %n components as a quorum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillEvaluator</name>
    <message>
        <source>the standby %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it requires %1, which is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its mechanism %1 is down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaultTreeReport</name>
    <message>
        <source>the mission time must be a finite number of hours, not negative (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cut-set order limit must not be negative (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of listed cut sets must be -1 (all) or more (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault-tree analysis (Open-PSA MEF): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 reach the top event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BDD nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top event probability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal cut sets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of order %2 at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most probable minimal cut sets (%1 of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal cut sets, most probable first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2  %3  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance (exact; %1 events, most important first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birnbaum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fussell-Vesely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsCollector</name>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is available %2, below its target of %3: %4 of downtime a year against a budget of %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add redundancy where the downtime comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the largest contributors: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread what runs in %1 over a second, independent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a redundant partner in another failure domain, or take it out of the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add redundancy for %1 in another failure domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a single point of failure: when it fails, %2 goes down; it causes %3 of the downtime (%4 a year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 %2 of %3 go down together when %4 fails: against it, the redundancy is an illusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the %1 in separate failure domains (zones, hosts) with independent power, network and dependencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>During a rolling update with %n member(s) down, %1 is left at N+%2: one more failure leaves it short of what it needs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Provision N+%1 so an update leaves N+1, or update with surge capacity (maxSurge) instead of taking members down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %n failure(s) the %1 remaining members of %2 would run at %3 of their capacity and fail too: a cascade, not a degradation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run at least %1 members: %2 carry %3 %4 below the %5 ceiling, plus %6 spare; or cut the load per member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is declared N+%2 but at the %3 utilisation ceiling it only holds N+%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n member(s), or raise the ceiling only if the members really cope.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Callers retry up to %n time(s): during an outage %1 can be offered %2 %3 against %4 %3 of total capacity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use exponential backoff with jitter, a retry budget, or a circuit breaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The disruption budget of %1 (at least %2 of %3 up) allows %n voluntary disruption(s) at a time, more than the %4 failure(s) it tolerates: a node drain can take it below what it needs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Raise minAvailable to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The disruption budget of %1 (at least %2 of %3 up) allows %n voluntary disruption(s) at a time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Losing %1 leaves %2 with %3 of %4 voters, fewer than the %5 it needs: writes stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing %1 leaves %2 with %3 of %4 replicas of a key, fewer than W = %5 and R = %6: writes and reads stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing %1 leaves %2 with %3 of %4 replicas of a key, fewer than W = %5: writes stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing %1 leaves %2 with %3 of %4 replicas of a key, fewer than R = %5: reads stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread the voters so that no zone holds %1 or more (e.g. 2+2+1 over three zones), or add a tie-breaker in a third site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 voters: it needs %3 and tolerates %4 failure(s), no more than with %5 voters; the extra voter adds cost, not tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an odd number of voters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads and writes do not overlap (W + R = %2 is not above N = %3): a read can miss the latest write; the store is only eventually consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose W and R with W + R &gt; N (e.g. W = R = %1 for N = %2) where reads must see writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts writes from %2 of %3 replicas: two conflicting writes can both succeed (W is not above N/2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use W &gt; N/2, or resolve conflicts explicitly (versions, CRDTs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the network between %1 and %2 splits, %2 promotes itself while %1 still serves: two primaries accept writes (split-brain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fence the old primary (STONITH), use a lease, or let a quorum with a witness decide who is primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 takes over from %1 with no failover link drawn, so Ninefold assumes an automatic promotion without fencing: if the network between them splits, both accept writes (split-brain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the failover link from %1 to %2 with its fencing (STONITH, a lease), or let a quorum with a witness decide who is primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication from %1 to %2 is asynchronous: a failover that relies on it loses up to %3 of acknowledged writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate synchronously (or semi-synchronously) to the failover target, keep the lag small and alert on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication lag alerts for %1 → %2 go to %3, which nobody watches: the lag is in effect unmonitored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing alerts when %1 → %2 replication falls behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send lag alerts to the on-call rota (a pager that somebody answers), with a threshold below the RPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every write to %1 waits %2 for the synchronous copy on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep synchronous replicas close (same region), or replicate asynchronously where a small RPO is acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failover from %1 to %2 needs %3, which is down in %4 of the cases where the failover is needed (against %5 of the time otherwise): it fails together with the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the standby take over without anything from the primary&apos;s failure domain (remove the dependency on %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failover from %1 to %2 is manual: it takes %3 (%4 for someone to respond), %5 a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automate the failover (with fencing), and rehearse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each failover from %1 to %2 interrupts service for %3, costing at least %4; about %5 a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less available (%2) than a single %3 would be (%4): its redundancy costs more availability than it adds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the group needs beyond its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 far more reliable than what it protects, or take it out of the request path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must recover within %2 but its failover takes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must recover within %2, but nothing takes over when %3 fails: it stays down for the repair, %4 on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a redundant partner that takes over within the RTO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RTO of zero needs fault tolerance: active-active members with synchronous state, not a failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten detection (heartbeats, leases), promotion and reconnection (DNS TTL), and automate the failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may lose at most %2 of data but a failover loses up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicate synchronously to the failover target, or shrink the lag below the RPO and alert on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs fault tolerance (no interruption, no loss) but only has high availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run active-active with synchronous state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fallback %1 of %2 is down in %3 of the cases where %4 is down: the circuit breaker falls back to something that fails with what it protects against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the fallback independent of %1 (a static response, a cache filled ahead of time, another provider).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the unavailability of %2 comes from common causes: its identical members tend to fail together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diversify the members (versions, deploy waves, suppliers) so that one cause cannot hit them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) have no failure data and are taken never to fail: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Give each an MTBF and MTTR, or an availability (an SLA) with a repair time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every write to %1 waits %2 for its synchronous copies on %3; their round trips: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindLabels</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage / disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchgear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring / alerting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone / data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redundancy group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failover link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MefDocument</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: more than one root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: elements are nested more than %2 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no XML element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MefImporter</name>
    <message>
        <source>gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>house event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic event (CCF group member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: defined twice (the same path is already used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the name attribute is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a name must not contain &apos;.&apos;, which separates the parts of a component path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: role must be &quot;public&quot; or &quot;private&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event trees are not supported (fault trees only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initiating events belong to event trees, which are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences belong to event trees, which are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>functional events belong to event trees, which are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branches belong to event trees, which are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules belong to event trees, which are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consequences belong to event trees, which are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consequence groups belong to event trees, which are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignments and phases are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>substitutions (delete terms, recovery rules, exchange events) are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external libraries are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external functions are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periodic tests are not supported; give the probability as an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;include&gt; is not supported: give every file of the model to the importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditional expressions are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event-tree tests are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: not an Open-PSA MEF file (the root element must be &lt;opsa-mef&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: unknown element in &lt;opsa-mef&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: not allowed in &lt;model-data&gt;; put it in a &lt;define-fault-tree&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: unknown element in &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: &apos;%2&apos; is already defined as a %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-parameter&gt;: &apos;%1&apos; is already defined at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCF group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: &apos;%1&apos; is already defined at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;members&gt;: given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: &lt;members&gt; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a member must be a &lt;basic-event&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: takes exactly %2 argument(s), found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: takes at least %2 argument(s), found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the %2 attribute must be an integer, found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;atleast&gt;: min=&quot;%1&quot; must be between 1 and the number of arguments (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;cardinality&gt;: needs 0 &lt;= min &lt;= max &lt;= number of arguments (%1), found min=%2 max=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;constant&gt;: value must be &quot;true&quot; or &quot;false&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1 name=&quot;%2&quot;&gt;: &apos;%2&apos; is a %3 (defined at %4), not a %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1 name=&quot;%2&quot;&gt;: no %3 of that name is defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: not a Boolean formula (expected and, or, atleast, not, xor, nand, nor, iff, imply, cardinality, constant, or an event reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a gate holds one formula; this is a second one (wrap them in &lt;and&gt; or &lt;or&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-gate&gt;: the gate has no formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the value &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;int&gt;: the value &quot;%1&quot; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;bool&gt;: the value &quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;parameter name=&quot;%1&quot;&gt;: no parameter of that name is defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;histogram&gt;: needs a lower bound followed by at least one &lt;bin&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: expected a &lt;bin&gt; with an upper bound and a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: takes %2 to %3 arguments, found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: this MEF expression is not supported by Ninefold&apos;s importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: not an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-basic-event&gt;: no probability is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a house event holds one &lt;constant&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a house event&apos;s state is a &lt;constant value=&quot;true|false&quot;/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-parameter&gt;: no value is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: the phi-factor model is not supported (beta-factor, MGL and alpha-factor are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: model=&quot;%1&quot; is not a CCF model (beta-factor, MGL, alpha-factor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: a group needs at least 2 members, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: %1 members; the %2 model needs one event per subset of members, so at most %3 are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: expected &lt;factor&gt; inside &lt;factors&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;factor&gt;: level=&quot;%1&quot; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;factor level=&quot;%1&quot;&gt;: the %2 model of a group of %3 takes factors for levels %4 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;factor level=&quot;%1&quot;&gt;: given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;factor&gt;: holds exactly one expression, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: the %1 model of a group of %2 needs a factor for level %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;distribution&gt;: given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: unknown element in &lt;define-CCF-group&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-CCF-group&gt;: &lt;distribution&gt; (the total failure probability of a member) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;distribution&gt;: holds exactly one expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-parameter&gt;: the parameter depends on itself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;define-gate&gt;: the gate depends on itself (a cycle): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested top event is a %1, not a gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested top gate is not defined in the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model defines no fault-tree gate, so there is no top event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several gates are used by no other gate (%1); the first defined is the top event (choose another one by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top event is always %1 (house events and constants decide it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mission time must be a finite number of hours, not negative (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: a %2 holds one expression; this is a second one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MefProbabilityModel</name>
    <message>
        <source>no factor for level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the factor for level %1 is %2, outside [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every alpha factor is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;parameter&gt;: used before it is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;div&gt;: division by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the argument %2 is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;sqrt&gt;: the argument %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;pow&gt;: %1 to the power %2 is undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;exponential&gt;: the failure rate %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;exponential&gt;: the time %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;GLM&gt;: the probability of failure on demand %1 is outside [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;GLM&gt;: the rates λ = %1 and μ = %2 must not be negative, nor both zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;GLM&gt;: the time %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Weibull&gt;: the scale %1 and the shape %2 must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Weibull&gt;: the times %1 and %2 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;uniform-deviate&gt;: the minimum %1 is above the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;normal-deviate&gt;: the standard deviation %1 is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;lognormal-deviate&gt;: the mean %1 is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;lognormal-deviate&gt;: the error factor %1 is not greater than 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;lognormal-deviate&gt;: the confidence level %1 is outside (0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;lognormal-deviate&gt;: σ = %1 is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;gamma-deviate&gt;: the shape %1 and the scale %2 must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;beta-deviate&gt;: α = %1 and β = %2 must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;histogram&gt;: the bin boundaries must increase (%1 after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;histogram&gt;: the bin weight %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;histogram&gt;: the bin weights sum to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;: the result %2 is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;distribution&gt;: the probability %1 is outside [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;factor level=&quot;%1&quot;&gt;: %2 is outside [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the alpha factors sum to %1, not 1; they are used normalised (α_k / α_t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probability %1 is outside [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message>
        <source>format 1 placement refers to unknown container &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted from file format 1; saving writes format %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelReader</name>
    <message>
        <source>must be a whole number (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 must be a string, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 must be a number, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field, kept as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either an availability or mtbf_hours and mttr_hours, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: mttr_hours needs mtbf_hours as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: mtbf_hours needs mttr_hours as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 must be an object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs numbers x and y; position ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a list of [x, y] points; bends ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Ninefold model: the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: this does not look like a Ninefold model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file uses format %1, written by Ninefold %2; this Ninefold reads formats up to %3. Open it with a newer Ninefold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format %1 is not a Ninefold format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this SVG does not carry a Ninefold model (only SVG files exported by Ninefold do)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyTable</name>
    <message>
        <source>Failure and repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF and MTTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed availability (SLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somebody watches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: alerts sent here reach nobody (an unwatched mailbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load one instance can serve (0: not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic (request flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a circuit breaker uses while the target is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component ids, the primary first for active-passive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundancy policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active-active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active-passive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant failure factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load and maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max unavailable (rolling update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min available (disruption budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common-cause failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beta factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple Greek letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alpha factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild (arrays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress while rebuilding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that the switch-over works when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed heartbeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client reconnect / DNS TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element ids that must be up for the failover to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanism can cause outages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STONITH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asynchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus (majority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunable (N, W, R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N (replicas per key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W (write acknowledgements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R (read replies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability target (SLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage cost per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users can retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuorumAnalysis</name>
    <message>
        <source>loss of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split {%1} | {%2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RbdDiagram</name>
    <message numerus="yes">
        <source>%1 — shared by %n block(s): a common cause</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>shared, drawn below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works %1 of the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markov model · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · shared by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any 1 of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity ≥ demand (at best %1 of %2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary or failover · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicationAnalysis</name>
    <message>
        <source>no lag alert is drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag alerts go to %1, which nobody watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag alerts go to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportGenerator</name>
    <message>
        <source>Untitled model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the model: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ninefold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system is available %1 of the time (%2 nines): %3 of downtime a year, %4 failures a year (MTBF %5), each outage lasting %6 on average. Over a mission of %7 without repair it survives with probability %8 (MTTF %9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outage cost a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA/FT required / achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three most important findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ninefold found nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram is not available in this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) in %1 failure domain(s); %2 redundancy group(s), %3 quorum group(s), %4 service(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The reliability block diagram Ninefold derived from the drawing: blocks in series are all needed; a frame holds alternatives with its rule (any one, k of n, quorum, primary or failover). Blocks in orange are common causes used by several others; larger shared blocks are drawn once, in a section of their own, and referred to by dashed boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minimal cut set is a smallest combination of failures that takes the system down. There are %1 (%2); order 1 are single points of failure. The most probable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed exactly on the block diagram. Birnbaum: how much the system&apos;s unavailability rises per unit of the element&apos;s; Fussell-Vesely: the share of downtime that involves it; RAW and RRW: how many times worse (better) the system would be if the element were always down (never failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birnbaum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fussell-Vesely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no redundancy groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>after %n failure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spare during update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overload: cascade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load per survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no quorum groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 voters, quorum %2, tolerates %n failure(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>N = %1, W = %2, R = %3: reads %4 the latest write; writes %5 conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeps quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loses quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no side keeps quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both sides accept writes: conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first side keeps quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second side keeps quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no replication links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added write latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no failover links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no link drawn: assumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion + reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common causes come from placement and shared dependencies (found in the drawing) and from parametric models (beta-factor, multiple Greek letter, alpha-factor) of identical members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes every member down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share from parametric causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One member alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every component and failure domain with its parameters. Failures are independent except through what the drawing shares; repairs are independent; lives are exponential unless a distribution is given. Light in fibre is taken at 204,190 km/s; route factors are given per replication link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exponential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weibull β %1, η %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lognormal, median %1, σ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km × route factor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None beyond those stated in Appendix A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability block diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal cut sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N+M headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorums and partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication: RPO and latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover: RTO and outage cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix A: Components and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix B: Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reliability report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SensitivityStudy</name>
    <message>
        <source>MTTR of a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF of a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of a failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR of %1 (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF of %1 (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage of %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coverage of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>missing: must name an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to unknown element &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2, but must be a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0 hours (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0 and at most 1 (found %1); write 99.95 % as 0.9995</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weibull shape must be greater than 0 (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weibull scale must be greater than 0 hours (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lognormal median must be greater than 0 hours (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lognormal sigma must be greater than 0 (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exponential life needs mtbf_hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0 (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: every element needs a unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may only contain letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;.&apos; and &apos;:&apos; (found &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id: already used by a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a container cannot contain itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already placed in container &apos;%2&apos;; an element can be in only one container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cannot contain the %2 &apos;%3&apos; (regions hold zones, zones hold racks and hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an element cannot depend on itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redundancy group needs at least one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of redundancy group &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists a member more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an active-passive group needs a primary and at least one standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared N+M = %1+%2 but the group has %3 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a demand needs the capacity of every member; give each member a capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demand %1 exceeds the total capacity %2 of all members: the group is overloaded even with every member up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0 and at most 1 (found %1); write 80 % as 0.8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and the number of members (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 1 (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1 (1 means no extra stress; found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beta-factor needs one factor β between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multiple Greek letter needs 1 to %1 factors (β, γ, ...) between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha-factor needs one factor per member (%1), each between 0 and 1, summing to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common-cause failure needs at least two members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a component cannot fail over to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; must both be members of one active-passive redundancy group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a probability between 0 and 1 (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a mechanism component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a store cannot replicate to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1: a fibre route is never shorter than the straight line (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quorum group needs voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists a voter more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and the number of replicas drawn (%1; found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and N = %1 (found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 1, e.g. 0.9995 for 99.95 % (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position of unknown element &apos;%1&apos; ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Architecture-aware availability analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::AnalysisDock</name>
    <message>
        <source>Cut sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of basic events in the cut set: 1 is a single point of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that all of them are down at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the system unavailability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birnbaum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fussell-Vesely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the element itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the system depends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the system downtime that involves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk achievement worth: if it were always down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk reduction worth: if it never failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System downtime attributable to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N+M headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After 1 failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared N+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N+M that holds at the utilisation ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation of each survivor after one failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures after which survivors are pushed past 100 % and fail too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance left during a rolling update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing one domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added write latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection + promotion + reconnect (+ a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag of the replication it relies on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability the switch-over works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failovers a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO × outage cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often what the failover needs is down when it is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common-cause share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group unavailability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the group&apos;s unavailability from parametric common causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailability of a single member: the non-redundant version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One container or component that every member needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut sets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message>
        <source>survives any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks on loss of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 keep a side with quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first side keeps quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second side keeps quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no side has quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (async)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody watches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no link drawn: assumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::CanvasScene</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n element(s)</source>
        <translation>
            <numerusform>Move %n element</numerusform>
            <numerusform>Move %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Resize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move bend point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bend point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bend point</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nudge %n element(s)</source>
        <translation>
            <numerusform>Nudge %n element</numerusform>
            <numerusform>Nudge %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n element(s)</source>
        <translation>
            <numerusform>Duplicate %n element</numerusform>
            <numerusform>Duplicate %n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the component or group that serves the entry point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N=%1 W=%2 R=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active-active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active-passive, hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active-passive, warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active-passive, cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n retries</source>
        <translation>
            <numerusform>%n retry</numerusform>
            <numerusform>%n retries</numerusform>
        </translation>
    </message>
    <message>
        <source>failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>async</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::CanvasView</name>
    <message>
        <source>Drag components and failure domains from the palette to start drawing.
Then drag from a component&apos;s edge handle to link it to another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::ChartPanel</name>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability over time, against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission reliability R(t)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime a year by contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance tornado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if: before and after the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N+M headroom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts appear when the analysis has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the model to compare its availability before and after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::Diagnostic</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::DrillPanel</name>
    <message>
        <source>Click components, zones or regions on the canvas to fail them; click again to repair. The drawing itself does not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on &lt;b&gt;Failure Drill&lt;/b&gt; (Analysis menu or toolbar) to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing failed yet: click an element on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSTEM DOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) down</source>
        <translation>
            <numerusform>%n element down</numerusform>
            <numerusform>%n elements down</numerusform>
        </translation>
    </message>
    <message>
        <source>STILL SERVING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed on purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fail (no failure data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable across the split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost: %1 of %2 voters up, %3 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept: %1 of %2 voters up, %3 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overload cascades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per survivor on %2 of %3: the survivors fail too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundancy groups hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down: %1 of %2 members left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving on %1 of %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fires: RTO %1, RPO %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fire: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fire: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down with them (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::ExportController</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reliability report of this model as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vector picture of the drawing; Ninefold can open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of the drawing or of the selection, at a chosen scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis Tables as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings, cut sets, importance, headroom, quorums, replication and failovers as CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole analysis in the documented JSON format of ninefold-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture would be %1 × %2 pixels: choose a smaller scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The selection (%n element(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (1 = one pixel per scene unit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Drawing as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Drawing as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Analysis Tables to a Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Analysis as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::FindingsPanel</name>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide %1 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: nothing to fix in this drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n critical</numerusform>
            <numerusform>%n critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nf::HeadlinePanel</name>
    <message>
        <source>Downtime a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission reliability at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission time for R(t), the probability of no system failure without repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services against their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date · analysed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No availability target set: give a service a target to judge the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every service meets its availability target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) below the availability target</source>
        <translation>
            <numerusform>%n service below the availability target</numerusform>
            <numerusform>%n services below the availability target</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime a year: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::InspectorWidget</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n elements selected</source>
        <translation>
            <numerusform>%n element selected</numerusform>
            <numerusform>%n elements selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Editing the fields they share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different kinds: only the fields they share are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model · select an element to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission time (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage: write 99.95 % or 0.9995.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n elements</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission time must be a number of hours greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load unit cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change model properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several elements are named &apos;%1&apos;: use their ids (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no element named &apos;%1&apos; or with id &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::LiveAnalysis</name>
    <message>
        <source>Block Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recompute Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance &amp;Heat Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour components by their share of the system downtime (Fussell-Vesely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure &amp;Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail components, zones or regions by clicking them and see what goes down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure drill: click components, zones or regions to fail them. The model is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the failure drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability &amp;Block Diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected %1 on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::MainWindow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was read, but it is not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ninefold found unsaved changes to %1 from a session that ended unexpectedly (saved %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard every change since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group as &amp;Redundancy Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group as &amp;Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Entry Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from a component&apos;s edge handle: the source needs the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from a component&apos;s edge handle: requests flow from source to target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from a primary to its standby; they become an active-passive group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from the source store to the replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 link (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ninefold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Draw links: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ninefold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Ninefold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n component</numerusform>
            <numerusform>%n components</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>New links: %1. Drag from a component&apos;s edge handle to another element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled.ninefold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ninefold models (*.ninefold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered %1. Save it to keep the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Ninefold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ninefold %1&lt;/h3&gt;&lt;p&gt;Architecture-aware availability analysis: draw a system and see how available it really is.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ninefold models (*.ninefold);;Drawings exported by Ninefold (*.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the model inside %1; save it as a .ninefold file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::OverviewWidget</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::PaletteWidget</name>
    <message>
        <source>Search components…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power and facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure domains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Ninefold is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to the grid while moving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a recovery copy every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::RbdView</name>
    <message>
        <source>%1: drawn in its own section (shared). Click to go there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2. Click to select it on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::SensitivityPanel</name>
    <message>
        <source>Parameter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no parameter of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Analysing %n variant(s)…</source>
        <translation>
            <numerusform>Analysing %n variant…</numerusform>
            <numerusform>Analysing %n variants…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1: %2. From %3 to %4: %5 to %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nf::WelcomeWidget</name>
    <message>
        <source>Welcome to Ninefold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw your system — components, zones, regions, failover and replication — and see how available it really is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples of real outages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
