// Template used by the Java loader: {label} is filled from the schema, values arrive as $rows.
// Each row: {id, props, labels (the kind label, if any), dropLabels (the other kind labels)}.
UNWIND $rows AS row
MERGE (n:{label} {id: row.id})
SET n = row.props
REMOVE n:$(row.dropLabels)
SET n:$(row.labels)
