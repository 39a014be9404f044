// Each negotiation round: its number, place, date, who took part (in the round itself or in the calls
// and meetings of it that were held), what was discussed, and the sources.
// $round: one round's number, or null for all.
MATCH (r:NegotiationRound)
WHERE $round IS NULL OR r.round = $round
OPTIONAL MATCH (part:Event)-[:PART_OF]->(r)
WITH r, collect(DISTINCT part) AS parts
WITH r, parts, [r] + [x IN parts WHERE x.status = 'held'] AS counted
UNWIND counted AS e
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(e)
OPTIONAL MATCH (e)-[:CONCERNS]->(topic)
OPTIONAL MATCH (e)-[:REPORTED_IN]->(d:Document)
WITH r, parts,
     collect(DISTINCT p.name) AS participants,
     collect(DISTINCT topic.name) AS topics,
     collect(DISTINCT d.id) AS sources
RETURN r.round AS round,
       r.name AS name,
       r.place AS place,
       r.date AS date,
       r.datePrecision AS datePrecision,
       r.dateBasis AS dateBasis,
       r.status AS status,
       participants,
       [x IN parts | x.name] AS events,
       topics,
       r.summary AS summary,
       sources
ORDER BY r.round IS NULL, r.round, r.date
