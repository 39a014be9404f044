// Who an actor negotiated with: the people and governments of the other side who took part with it
// in calls, meetings, negotiation rounds and summits that the sources report as held.
// $actorId: the id of a Person or Government.
CALL {
  MATCH (a:Person {id: $actorId}) RETURN a
  UNION
  MATCH (a:Government {id: $actorId}) RETURN a
}
OPTIONAL MATCH (a)-[:HOLDS_OFFICE]->(:Office)-[:OF]->(ag:Government)
WITH a, [g IN collect(DISTINCT ag) | g.id] + CASE WHEN a:Government THEN [a.id] ELSE [] END AS ownSides
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(c)
WHERE c <> a
  AND e.status = 'held'
  AND (e:PhoneCall OR e:Meeting OR e:NegotiationRound OR e:Summit)
// each counterpart's side is worked out once, not once per shared event
WITH ownSides, c, collect(DISTINCT e) AS shared
OPTIONAL MATCH (c)-[:HOLDS_OFFICE]->(:Office)-[:OF]->(cg:Government)
WITH ownSides, c, shared, [g IN collect(DISTINCT cg) | g.id] + CASE WHEN c:Government THEN [c.id] ELSE [] END AS theirSides
WHERE none(side IN theirSides WHERE side IN ownSides)
UNWIND shared AS e
OPTIONAL MATCH (e)-[:REPORTED_IN]->(d:Document)
WITH c, e, collect(d.id) AS eventSources
WITH c,
     count(e) AS interactions,
     collect(DISTINCT [l IN labels(e) WHERE l <> 'Event'][0]) AS kinds,
     min(e.date) AS firstDate,
     max(e.date) AS lastDate,
     reduce(all = [], s IN collect(eventSources) | all + [x IN s WHERE NOT x IN all]) AS sources
RETURN c.name AS counterpart,
       c.id AS counterpartId,
       CASE WHEN c:Person THEN 'person' ELSE 'government' END AS type,
       interactions,
       kinds,
       firstDate,
       lastDate,
       sources
ORDER BY interactions DESC, counterpart
