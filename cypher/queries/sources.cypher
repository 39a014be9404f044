// The documents behind some nodes: the passages that report each node itself and those that report
// each relationship it has, with whom the report credits the fact to where it says ("an official
// said") and the extraction rule that proposed the fact from that report (null for a curated fact).
// A CONFLICTS_WITH is left out: the reports of the other claim do not stand behind this one
// (conflicts.cypher lists them). $ids: a list of node ids of any kind; $origin: null for every source,
// 'curated' for those read by hand, 'extracted' for those ingest read. reports: how many documents
// report the node itself.
UNWIND $ids AS wanted
CALL {
  WITH wanted MATCH (n:Person {id: wanted}) RETURN n
  UNION WITH wanted MATCH (n:Government {id: wanted}) RETURN n
  UNION WITH wanted MATCH (n:Country {id: wanted}) RETURN n
  UNION WITH wanted MATCH (n:Organization {id: wanted}) RETURN n
  UNION WITH wanted MATCH (n:Office {id: wanted}) RETURN n
  UNION WITH wanted MATCH (n:Event {id: wanted}) RETURN n
  UNION WITH wanted MATCH (n:Tariff {id: wanted}) RETURN n
  UNION WITH wanted MATCH (n:Sector {id: wanted}) RETURN n
  UNION WITH wanted MATCH (n:BargainingChip {id: wanted}) RETURN n
  UNION WITH wanted MATCH (n:Stance {id: wanted}) RETURN n
  UNION WITH wanted MATCH (n:Topic {id: wanted}) RETURN n
  UNION WITH wanted MATCH (n:Document {id: wanted}) RETURN n
}
CALL {
  WITH n
  MATCH (n)-[r:REPORTED_IN]->(d:Document)
  RETURN d, r.evidence AS evidence, 'the node itself' AS fact, r.attribution AS attribution, r.rule AS rule
  UNION
  WITH n
  MATCH (n)-[r]-(other)
  WHERE type(r) <> 'REPORTED_IN' AND type(r) <> 'CONFLICTS_WITH' AND r.sources IS NOT NULL
  UNWIND range(0, size(r.sources) - 1) AS i
  MATCH (d:Document {id: r.sources[i]})
  RETURN d, r.evidence[i] AS evidence,
         CASE WHEN startNode(r) = n THEN type(r) + ' -> ' + other.name ELSE type(r) + ' <- ' + other.name END AS fact,
         CASE WHEN r.attributions[i] IS NULL OR r.attributions[i] = '-' THEN null ELSE r.attributions[i] END AS attribution,
         CASE WHEN r.rules[i] IS NULL OR r.rules[i] = '-' THEN null ELSE r.rules[i] END AS rule
}
WITH n, d, evidence, fact, attribution, rule
WHERE $origin IS NULL OR ($origin = 'extracted') = (rule IS NOT NULL)
CALL {
  WITH n
  OPTIONAL MATCH (n)-[:REPORTED_IN]->(x:Document)
  RETURN count(DISTINCT x) AS reports
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
       evidence,
       attribution,
       rule,
       reports
ORDER BY id, document, fact = 'the node itself' DESC, fact, evidence
