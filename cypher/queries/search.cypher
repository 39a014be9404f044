// The facts whose own words best match a question's words: the answer of last resort, when no reading
// of the question fits. Read through the fact_text full-text index (names, summaries, quotes, aliases
// of events, stances, topics, tariffs and chips). $search: a full-text query of plain words joined by
// OR; $limit: how many facts at most.
CALL db.index.fulltext.queryNodes('fact_text', $search) YIELD node, score
OPTIONAL MATCH (node)-[:REPORTED_IN]->(d:Document)
WITH node, score, collect(DISTINCT d.id) AS sources
RETURN node.id AS id,
       node.name AS name,
       coalesce(node.kind, [l IN labels(node) WHERE l <> 'Event'][0]) AS kind,
       node.summary AS summary,
       round(score * 100) / 100 AS score,
       sources
ORDER BY score DESC, id
LIMIT $limit
