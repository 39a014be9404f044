// One node, if the graph has any: an empty graph can be loaded with CREATE instead of MERGE.
MATCH (n)
RETURN n.id AS id
LIMIT 1
