// Every disagreement between sources, one row per claim: the fact in dispute, what it is about (a
// rate, a date, a place, a status, …), one claim, the reports that make it, and a note. Two kinds:
// facts recorded as conflicting (a CONFLICTS_WITH between two facts, each fact one claim with its own
// reports), and facts whose reports give different values of a property kept per source (the status
// of an offered bargaining chip).
CALL {
  MATCH (a)-[c:CONFLICTS_WITH]->(b)
  UNWIND [[a, 0], [b, 1]] AS pair
  WITH a, b, c, pair[0] AS side, pair[1] AS position
  MATCH (side)-[:REPORTED_IN]->(d:Document)
  WITH a, b, c, side, position, d
  ORDER BY d.published, d.id
  RETURN a.id + ' | ' + b.id AS conflict, a.name + ' / ' + b.name AS fact, c.aspect AS aspect, side.name AS claim,
         collect(d.id) AS sources, c.note AS note, position
  UNION
  MATCH (o)-[r:OFFERED]->(chip:BargainingChip)
  WITH o, r, chip, [i IN range(0, size(r.status) - 1) WHERE r.status[i] <> '-'] AS said
  WITH o, r, chip, said, reduce(values = [], i IN said | CASE WHEN r.status[i] IN values THEN values ELSE values + r.status[i] END) AS values
  WHERE size(values) > 1
  UNWIND range(0, size(values) - 1) AS position
  RETURN o.id + ' | ' + chip.id AS conflict, o.name + ' offered: ' + chip.name AS fact, 'status' AS aspect, values[position] AS claim,
         [i IN said WHERE r.status[i] = values[position] | r.sources[i]] AS sources,
         'The reports give this offer different statuses; each is kept with its own report.' AS note, position
}
RETURN conflict, fact, aspect, claim, sources, note
ORDER BY conflict, position
