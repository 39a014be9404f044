// How many documents the graph holds: zero means an empty knowledge base that needs its first load.
MATCH (d:Document)
RETURN count(d) AS documents
