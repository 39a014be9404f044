// Every node of one label, for an export: its labels, its properties and, for a reported fact, each
// report that states it (document order) with the span, attribution and extraction rule. {label}
// comes from the schema, never from a user; $labels (a list, or null for every node) keeps the nodes
// carrying one of those labels.
MATCH (n:{label})
WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
CALL (n) {
  OPTIONAL MATCH (n)-[r:REPORTED_IN]->(d:Document)
  WITH d, r ORDER BY d.id
  RETURN collect(CASE WHEN d IS NOT NULL THEN {document: d.id, evidence: r.evidence, attribution: r.attribution, rule: r.rule} END) AS sources
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, sources
