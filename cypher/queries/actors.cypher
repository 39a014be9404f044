// The actors of the talks: people, governments, countries and organizations.
// $type: 'person', 'government', 'country', 'organization' or null for all;
// $governmentId: only that government and the people holding its offices (or null).
CALL {
  MATCH (n:Person) WHERE $type IS NULL OR $type = 'person' RETURN n, 'person' AS type
  UNION
  MATCH (n:Government) WHERE $type IS NULL OR $type = 'government' RETURN n, 'government' AS type
  UNION
  MATCH (n:Country) WHERE $type IS NULL OR $type = 'country' RETURN n, 'country' AS type
  UNION
  MATCH (n:Organization) WHERE $type IS NULL OR $type = 'organization' RETURN n, 'organization' AS type
}
WITH n, type
WHERE $governmentId IS NULL OR n.id = $governmentId
   OR EXISTS { MATCH (n)-[:HOLDS_OFFICE]->(:Office)-[:OF]->(g:Government) WHERE g.id = $governmentId }
OPTIONAL MATCH (n)-[:HOLDS_OFFICE]->(o:Office)
WITH n, type, collect(o.name) AS offices
OPTIONAL MATCH (n)-[:REPORTED_IN]->(d:Document)
WITH n, type, offices, collect(d.id) AS sources
RETURN n.id AS id,
       n.name AS name,
       type,
       coalesce(n.aliases, []) AS aliases,
       offices,
       sources
ORDER BY type, name
