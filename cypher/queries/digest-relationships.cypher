// Every relationship as its type, the labels and ids of its two ends and its properties:
// the relationship half of the graph digest.
MATCH (a)-[r]->(b)
RETURN type(r) AS type,
       {id: a.id, label: head([l IN labels(a) WHERE l <> 'Event'] + labels(a))} AS start,
       {id: b.id, label: head([l IN labels(b) WHERE l <> 'Event'] + labels(b))} AS end,
       properties(r) AS props
