// Every bargaining chip for the PLOVER-style export: its properties, who offered it (with what each
// report says became of it), which tariffs it seeks relief from, and each report that states it.
MATCH (c:BargainingChip)
CALL (c) {
  OPTIONAL MATCH (actor)-[o:OFFERED]->(c)
  RETURN collect(CASE WHEN actor IS NOT NULL THEN {actor: actor.name, date: o.date, status: o.status, sources: o.sources} END) AS offers
}
CALL (c) {
  OPTIONAL MATCH (c)-[:SEEKS_RELIEF_FROM]->(t:Tariff)
  RETURN collect(t.id) AS seeksReliefFrom
}
CALL (c) {
  OPTIONAL MATCH (c)-[r:REPORTED_IN]->(d:Document)
  WITH d, r ORDER BY d.id
  RETURN collect(CASE WHEN d IS NOT NULL THEN {document: d.id, evidence: r.evidence} END) AS sources
}
RETURN properties(c) AS props, offers, seeksReliefFrom, sources
