// Template used by ingest to read what the graph holds, relationship file by relationship file, as
// import rows: {type} is filled from the schema; sources, evidence and per-source values are properties.
MATCH (a)-[r:{type}]->(b)
WHERE a.id IS NOT NULL AND b.id IS NOT NULL
RETURN a.id AS start, b.id AS end, r {.*} AS props
ORDER BY start, end
