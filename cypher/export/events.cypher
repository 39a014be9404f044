// Every event for the PLOVER-style export: its properties, who took part (with role and the
// countries they act for, through an office or as a government), where, what it concerns, and each
// report that states it.
MATCH (e:Event)
CALL (e) {
  OPTIONAL MATCH (p)-[r:PARTICIPATED_IN]->(e)
  CALL (p) {
    OPTIONAL MATCH (p)-[:HOLDS_OFFICE]->(:Office)-[:OF]->(:Government)-[:GOVERNS]->(viaOffice:Country)
    OPTIONAL MATCH (p)-[:GOVERNS]->(governed:Country)
    WITH collect(DISTINCT viaOffice) + collect(DISTINCT governed) AS countries
    RETURN [c IN countries | {id: c.id, name: c.name, iso: c.iso}] AS countries
  }
  WITH p, r, countries ORDER BY p.id
  RETURN collect(CASE WHEN p IS NOT NULL THEN {id: p.id, name: p.name, role: r.role, countries: countries} END) AS participants
}
CALL (e) {
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(c:Country)
  RETURN collect(c.name) AS countries
}
CALL (e) {
  OPTIONAL MATCH (e)-[:CONCERNS]->(t)
  WITH t ORDER BY t.id
  RETURN collect(t.id) AS concerns
}
CALL (e) {
  OPTIONAL MATCH (e)-[:PART_OF]->(whole:Event)
  RETURN collect(whole.id) AS partOf
}
CALL (e) {
  OPTIONAL MATCH (e)-[r:REPORTED_IN]->(d:Document)
  WITH d, r ORDER BY d.id
  RETURN collect(CASE WHEN d IS NOT NULL THEN {document: d.id, evidence: r.evidence, attribution: r.attribution} END) AS sources
}
RETURN properties(e) AS props, participants, countries, concerns, partOf, sources
