// Template used by the Java loader when the graph is empty: no existing relationship to merge with,
// so CREATE (validation has already refused duplicate rows). {type}, {startLabel}, {endLabel} come
// from the schema.
UNWIND $rows AS row
MATCH (a:{startLabel} {id: row.start})
MATCH (b:{endLabel} {id: row.end})
CREATE (a)-[r:{type}]->(b)
SET r = row.props
