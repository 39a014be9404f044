// The documents behind one node: the passages that report the node itself and those that report
// each relationship it has. $id: the id of any node.
CALL {
  MATCH (n:Person {id: $id}) RETURN n
  UNION MATCH (n:Government {id: $id}) RETURN n
  UNION MATCH (n:Country {id: $id}) RETURN n
  UNION MATCH (n:Organization {id: $id}) RETURN n
  UNION MATCH (n:Office {id: $id}) RETURN n
  UNION MATCH (n:Event {id: $id}) RETURN n
  UNION MATCH (n:Tariff {id: $id}) RETURN n
  UNION MATCH (n:Sector {id: $id}) RETURN n
  UNION MATCH (n:BargainingChip {id: $id}) RETURN n
  UNION MATCH (n:Document {id: $id}) RETURN n
}
CALL {
  WITH n
  MATCH (n)-[r:REPORTED_IN]->(d:Document)
  RETURN d, r.evidence AS evidence, 'the node itself' AS fact
  UNION
  WITH n
  MATCH (n)-[r]-(other)
  WHERE type(r) <> 'REPORTED_IN' AND r.sources IS NOT NULL
  UNWIND range(0, size(r.sources) - 1) AS i
  MATCH (d:Document {id: r.sources[i]})
  RETURN d, r.evidence[i] AS evidence,
         CASE WHEN startNode(r) = n THEN type(r) + ' -> ' + other.name ELSE type(r) + ' <- ' + other.name END AS fact
}
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(pub:Organization)
RETURN n.id AS id,
       n.name AS name,
       d.id AS document,
       coalesce(d.title, d.name) AS title,
       d.published AS published,
       d.publishedPrecision AS publishedPrecision,
       pub.name AS publisher,
       fact,
       evidence
ORDER BY document, fact = 'the node itself' DESC, fact, evidence
