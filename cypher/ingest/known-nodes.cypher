// Template used by ingest to read what the graph holds, node file by node file, as import rows:
// {label} is filled from the schema. Each node comes with its sources (REPORTED_IN, in document order).
MATCH (n:{label})
OPTIONAL MATCH (n)-[r:REPORTED_IN]->(d:Document)
WITH n, r, d
ORDER BY n.id, d.id
RETURN n {.*} AS props,
       [x IN collect({document: d.id, evidence: r.evidence, attribution: r.attribution, rule: r.rule}) WHERE x.document IS NOT NULL] AS sources
