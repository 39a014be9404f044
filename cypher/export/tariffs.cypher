// Every tariff for the PLOVER-style export: its properties, who imposes it, what it targets and
// covers, how it stacks (components) and changes (supersedes), and each report that states it.
MATCH (t:Tariff)
CALL (t) {
  OPTIONAL MATCH (t)-[:IMPOSED_BY]->(g:Government)
  RETURN collect(g.name) AS imposedBy
}
CALL (t) {
  OPTIONAL MATCH (t)-[:TARGETS]->(c:Country)
  RETURN collect(c.name) AS targets
}
CALL (t) {
  OPTIONAL MATCH (t)-[:COVERS]->(s:Sector)
  RETURN collect(s.name) AS covers
}
CALL (t) {
  OPTIONAL MATCH (t)-[:COMPONENT_OF]->(whole:Tariff)
  RETURN collect(whole.id) AS componentOf
}
CALL (t) {
  OPTIONAL MATCH (t)-[:SUPERSEDES]->(old:Tariff)
  RETURN collect(old.id) AS supersedes
}
CALL (t) {
  OPTIONAL MATCH (t)-[r:REPORTED_IN]->(d:Document)
  WITH d, r ORDER BY d.id
  RETURN collect(CASE WHEN d IS NOT NULL THEN {document: d.id, evidence: r.evidence, attribution: r.attribution} END) AS sources
}
RETURN properties(t) AS props, imposedBy, targets, covers, componentOf, supersedes, sources
