<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>ClipboardFragment</name>
    <message>
        <source>clipboard</source>
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
    <name>Properties</name>
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
    <name>Units</name>
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
        <source>There is no element with id &apos;%1&apos;.</source>
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
        <source>Ninefold models (*.ninefold);;All files (*)</source>
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
</TS>
