// The negotiating events (calls, meetings, rounds, summits), optionally narrowed down.
// $actorId: only events this Person or Government took part in (or null);
// $withId: only events this other Person or Government also took part in (or null);
// $from, $to: ISO dates, possibly partial; an event counts when its date (at its own precision)
//   overlaps the range, and events of unknown date are left out once a range is given;
// $round: a round number: the round itself and the events that are part of it (or null);
// $kinds: event labels to keep, e.g. ['PhoneCall'] (null: PhoneCall, Meeting, NegotiationRound, Summit);
// $weekday: e.g. 'Saturday', as the source gives it or as a day-precision date falls (or null);
// $timeOfDay: e.g. 'evening' (or null); $minutes: only events that lasted this long (or null); $place: text found in the event's place, e.g. 'Washington' (or null).
CALL {
  MATCH (:Person {id: $actorId})-[:PARTICIPATED_IN]->(e:Event) RETURN e
  UNION
  MATCH (:Government {id: $actorId})-[:PARTICIPATED_IN]->(e:Event) RETURN e
  UNION
  // the branches below apply only without an actor; each tests its parameters before it reads a node
  WITH 1 AS only WHERE $actorId IS NULL AND $from IS NULL AND $to IS NULL
  MATCH (e:Event) RETURN e
  UNION
  // a period alone: seeks on the date index, for the dates from $from on and for the month and year of
  // $from (a month-precision date before the day still overlaps it)
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
WHERE ($kinds IS NULL AND (e:PhoneCall OR e:Meeting OR e:NegotiationRound OR e:Summit)
       OR any(label IN labels(e) WHERE label IN $kinds))
  AND ($withId IS NULL OR EXISTS { MATCH (w)-[:PARTICIPATED_IN]->(e) WHERE w.id = $withId })
  AND ($from IS NULL OR (e.date IS NOT NULL AND e.date + '~' >= $from))
  AND ($to IS NULL OR (e.date IS NOT NULL AND e.date <= $to + '~'))
  AND ($weekday IS NULL OR e.weekday = $weekday
       OR (e.datePrecision = 'day' AND ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][date(e.date).dayOfWeek - 1] = $weekday))
  AND ($timeOfDay IS NULL OR e.timeOfDay = $timeOfDay)
  AND ($minutes IS NULL OR e.durationMinutes = $minutes)
  AND ($place IS NULL OR toLower(e.place) CONTAINS toLower($place))
  AND ($round IS NULL OR e.round = $round OR EXISTS { MATCH (e)-[:PART_OF]->(r:NegotiationRound) WHERE r.round = $round })
OPTIONAL MATCH (e)-[:PART_OF]->(parent:NegotiationRound)
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e)
WITH e, parent, collect(DISTINCT p.name) AS participants
OPTIONAL MATCH (e)-[:CONCERNS]->(topic)
WITH e, parent, participants, collect(DISTINCT topic.name) AS topics
OPTIONAL MATCH (e)-[:REPORTED_IN]->(d:Document)
WITH e, parent, participants, topics, collect(DISTINCT d.id) AS sources
RETURN e.id AS id,
       e.date AS date,
       e.datePrecision AS datePrecision,
       e.dateBasis AS dateBasis,
       e.weekday AS weekday,
       e.timeOfDay AS timeOfDay,
       [l IN labels(e) WHERE l <> 'Event'][0] AS kind,
       e.name AS name,
       e.status AS status,
       participants,
       e.durationMinutes AS durationMinutes,
       e.place AS place,
       coalesce(e.round, parent.round) AS round,
       parent.name AS partOf,
       topics,
       sources
ORDER BY e.date IS NULL, e.date, e.timeOfDay IS NULL, e.timeOfDay DESC, e.id
