// Whom an actor dealt with on its own side: people and governments of the same government who took
// part with it in calls and meetings (a negotiator briefing his prime minister). The columns are
// those of counterparts.cypher. $actorId: the id of a Person or Government.
CALL {
  MATCH (a:Person {id: $actorId}) RETURN a
  UNION
  MATCH (a:Government {id: $actorId}) RETURN a
}
OPTIONAL MATCH (a)-[:HOLDS_OFFICE]->(:Office)-[:OF]->(ag:Government)
WITH a, [g IN collect(DISTINCT ag) | g.id] + CASE WHEN a:Government THEN [a.id] ELSE [] END AS ownSides
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
WHERE e:PhoneCall OR e:Meeting OR e:NegotiationRound OR e:Summit
// each event's reports are read once, not once per person who took part in it
OPTIONAL MATCH (e)-[:REPORTED_IN]->(d:Document)
WITH a, ownSides, e, collect(d.id) AS eventSources
MATCH (e)<-[:PARTICIPATED_IN]-(c)
WHERE c <> a
// each counterpart's side is worked out once, not once per shared event
WITH ownSides, c, collect(DISTINCT {event: e, sources: eventSources}) AS shared
OPTIONAL MATCH (c)-[:HOLDS_OFFICE]->(:Office)-[:OF]->(cg:Government)
WITH ownSides, c, shared, [g IN collect(DISTINCT cg) | g.id] + CASE WHEN c:Government THEN [c.id] ELSE [] END AS theirSides
WHERE any(side IN theirSides WHERE side IN ownSides)
UNWIND shared AS one
WITH c, one.event AS e, one.sources AS eventSources
WITH c,
     count(e) AS interactions,
     count(CASE WHEN e.status = 'held' THEN 1 END) AS held,
     [s IN collect(DISTINCT e.status) WHERE s <> 'held'] AS statuses,
     collect(DISTINCT [l IN labels(e) WHERE l <> 'Event'][0]) AS kinds,
     min(e.date) AS firstDate,
     max(e.date) AS lastDate,
     collect(eventSources) AS perEvent
// each report once, in the order first met (a set built by collect(DISTINCT), not by comparing lists)
CALL {
  WITH perEvent
  UNWIND perEvent AS eventSources
  UNWIND eventSources AS source
  RETURN collect(DISTINCT source) AS sources
}
RETURN c.name AS counterpart,
       c.id AS counterpartId,
       CASE WHEN c:Person THEN 'person' ELSE 'government' END AS type,
       interactions,
       held,
       statuses,
       kinds,
       firstDate,
       lastDate,
       sources
ORDER BY held DESC, interactions DESC, counterpart
