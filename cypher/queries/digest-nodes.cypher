// Every node as its labels and its properties: the node half of the graph digest.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
