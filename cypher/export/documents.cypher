// Every document for the PLOVER-style export: its properties, who published and wrote it, and whom
// it cites.
MATCH (d:Document)
CALL (d) {
  OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(o:Organization)
  RETURN collect(o.name) AS publishers
}
CALL (d) {
  OPTIONAL MATCH (p:Person)-[:WROTE]->(d)
  RETURN collect(p.name) AS authors
}
CALL (d) {
  OPTIONAL MATCH (d)-[:CITES]->(o:Organization)
  RETURN collect(o.name) AS cites
}
RETURN properties(d) AS props, publishers, authors, cites
