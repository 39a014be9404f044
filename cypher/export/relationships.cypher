// Every relationship of one type, for an export: the ids of its ends and its properties. {type}
// comes from the schema, never from a user; $labels (a list, or null for all) keeps a relationship
// when both its ends carry one of those labels.
MATCH (a)-[r:{type}]->(b)
WHERE $labels IS NULL
   OR (any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels))
RETURN a.id AS start, b.id AS end, properties(r) AS props
