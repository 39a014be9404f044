// Events, tariffs and bargaining chips whose names best match some words, through the full-text index
// entity_names. $search: a Lucene query of plain words (e.g. 'g7 OR summit'); $labels: the labels to
// keep, e.g. ['Event']; $limit: how many to return.
CALL db.index.fulltext.queryNodes('entity_names', $search) YIELD node, score
WHERE any(label IN labels(node) WHERE label IN $labels)
RETURN node.id AS id,
       node.name AS name,
       [l IN labels(node) WHERE l <> 'Event'][0] AS type,
       node.date AS date,
       node.datePrecision AS datePrecision,
       score
ORDER BY score DESC, id
LIMIT $limit
