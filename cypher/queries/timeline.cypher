// Every event and tariff action in date order, optionally only those an actor took part in.
// Events of unknown date come last. $actorId: a Person or Government id, or null;
// $from, $to: ISO dates, possibly partial (or null); undated events are left out once a range is given.
CALL {
  MATCH (:Person {id: $actorId})-[:PARTICIPATED_IN]->(e:Event) RETURN e
  UNION
  MATCH (:Government {id: $actorId})-[:PARTICIPATED_IN]->(e:Event) RETURN e
  UNION
  // without an actor, each branch tests its parameters before it reads a node; a period is a seek on the
  // date index (from $from on, and the month and year of $from, which a partial date may be)
  WITH 1 AS only WHERE $actorId IS NULL AND $from IS NULL AND $to IS NULL
  MATCH (e:Event) RETURN e
  UNION
  WITH 1 AS only WHERE $actorId IS NULL AND $from IS NOT NULL
  MATCH (e:Event) WHERE e.date >= $from AND e.date <= coalesce($to, '9999') + '~' RETURN e
  UNION
  WITH 1 AS only WHERE $actorId IS NULL AND $from IS NOT NULL
  MATCH (e:Event) WHERE e.date IN [left($from, 4), left($from, 7)] RETURN e
  UNION
  WITH 1 AS only WHERE $actorId IS NULL AND $from IS NULL AND $to IS NOT NULL
  MATCH (e:Event) WHERE e.date <= $to + '~' RETURN e
}
WITH e
WHERE ($from IS NULL OR (e.date IS NOT NULL AND e.date + '~' >= $from))
  AND ($to IS NULL OR (e.date IS NOT NULL AND e.date <= $to + '~'))
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e)
WITH e, collect(DISTINCT p.name) AS participants
OPTIONAL MATCH (e)-[:REPORTED_IN]->(d:Document)
WITH e, participants, collect(DISTINCT d.id) AS sources
RETURN e.date AS date,
       e.datePrecision AS datePrecision,
       e.dateBasis AS dateBasis,
       e.weekday AS weekday,
       [l IN labels(e) WHERE l <> 'Event'][0] AS kind,
       e.name AS event,
       e.id AS id,
       e.status AS status,
       participants,
       e.summary AS summary,
       sources
ORDER BY e.date IS NULL, e.date, e.timeOfDay IS NULL, e.timeOfDay DESC, e.id
