// Template used by the Java loader: {type}, {startLabel} and {endLabel} are filled from the schema.
// Each row: {start, end, props}; both ends are found through their id constraints.
UNWIND $rows AS row
MATCH (a:{startLabel} {id: row.start})
MATCH (b:{endLabel} {id: row.end})
MERGE (a)-[r:{type}]->(b)
SET r = row.props
