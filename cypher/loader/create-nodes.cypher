// Template used by the Java loader when the graph is empty: no existing node to merge with, so
// CREATE (validation has already made every id unique). {label} comes from the schema.
UNWIND $rows AS row
CREATE (n:{label})
SET n = row.props
SET n:$(row.labels)
