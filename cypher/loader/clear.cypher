// Empties the graph before a load with --replace (runs in the load's own transaction).
MATCH (n) DETACH DELETE n
