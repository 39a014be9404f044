// Every stance for the PLOVER-style export: its properties, who holds it, what it concerns, and each
// report that states it.
MATCH (s:Stance)
CALL (s) {
  OPTIONAL MATCH (holder)-[:HOLDS_STANCE]->(s)
  RETURN collect(holder.name) AS holders
}
CALL (s) {
  OPTIONAL MATCH (s)-[:CONCERNS]->(t)
  WITH t ORDER BY t.id
  RETURN collect(t.id) AS concerns
}
CALL (s) {
  OPTIONAL MATCH (s)-[r:REPORTED_IN]->(d:Document)
  WITH d, r ORDER BY d.id
  RETURN collect(CASE WHEN d IS NOT NULL THEN {document: d.id, evidence: r.evidence, attribution: r.attribution} END) AS sources
}
RETURN properties(s) AS props, holders, concerns, sources
