#pragma once

namespace nf {

struct AnalysisContext;

// The stages of the architecture analysis, in the order ArchitectureAnalysis
// runs them; each is a file of its own and can be run (and tested) on a context
// that the stages before it have filled.
namespace AnalysisStages {
// The model's exact structure (ArchitectureTranslator) and its assumptions.
void translate(AnalysisContext &c);
// Nodes asked about besides the services: all members down, non-redundant
// versions, failover entries, what failovers need (auxiliaryroots.cpp).
void auxiliaryRoots(AnalysisContext &c);
// The BDD of everything asked about, the system figures and importance, and the
// mission-time figures started on a second core (diagramstage.cpp).
void diagram(AnalysisContext &c);
// Each service's figures and what alone takes it down; each element's figures
// (servicestage.cpp).
void services(AnalysisContext &c);
// Minimal cut sets, and what alone takes a group's members down (cutsetstage.cpp).
void cutSets(AnalysisContext &c);
// Redundancy groups, quorums and replication (groupstage.cpp).
void groups(AnalysisContext &c);
// Failovers: RTO, RPO, how often, at what cost (failoverstage.cpp).
void failovers(AnalysisContext &c);
// The downtime budget by cause and the verdicts it decides; HA or FT
// (classificationstage.cpp).
void classification(AnalysisContext &c);
// R(t), A(t) and the MTTF; components without data where it matters
// (missionstage.cpp).
void missionTime(AnalysisContext &c);
// The findings, in plain words (findingsstage.cpp).
void findings(AnalysisContext &c);
} // namespace AnalysisStages

} // namespace nf
