<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
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
    <name>Cli</name>
    <message>
        <source>Usage: ninefold-cli COMMAND [OPTIONS] FILE...

Commands:
  validate FILE...          check models and report every problem found
  convert FILE -o OUT       re-save a model in the current file format

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
    <name>nf::MainWindow</name>
    <message>
        <source>Ninefold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Ninefold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
