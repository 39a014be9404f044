// Who said what: every statement (its speakers, the words quoted, to whom, when, what it concerns) and
// every stance a side holds (priorities, aims, positions, pressures), with the reports that carry each
// and whom each report credits it to.
// $actorId: only what this Person or Government said or holds (or null);
// $about: only those whose name, summary, quoted words or subjects contain this text, in any case (or null);
// $from, $to: ISO dates, possibly partial, bounding the date (or null); stances carry no date, so a range leaves them out.
// One actor's statements and stances are found from the actor, not by reading them all.
CALL {
  MATCH (:Person {id: $actorId})-[:PARTICIPATED_IN]->(s:Statement) RETURN s AS fact
  UNION
  MATCH (:Government {id: $actorId})-[:PARTICIPATED_IN]->(s:Statement) RETURN s AS fact
  UNION
  MATCH (:Person {id: $actorId})-[:HOLDS_STANCE]->(s:Stance) RETURN s AS fact
  UNION
  MATCH (:Government {id: $actorId})-[:HOLDS_STANCE]->(s:Stance) RETURN s AS fact
  UNION
  WITH 1 AS only WHERE $actorId IS NULL
  MATCH (s:Statement) RETURN s AS fact
  UNION
  WITH 1 AS only WHERE $actorId IS NULL
  MATCH (s:Stance) RETURN s AS fact
}
WITH fact
WHERE ($from IS NULL OR (fact.date IS NOT NULL AND fact.date + '~' >= $from))
  AND ($to IS NULL OR (fact.date IS NOT NULL AND fact.date <= $to + '~'))
OPTIONAL MATCH (who)-[:PARTICIPATED_IN|HOLDS_STANCE]->(fact)
WITH fact, CASE WHEN fact:Stance THEN 'stance: ' + fact.kind ELSE 'statement' END AS kind, collect(who) AS speakers
OPTIONAL MATCH (fact)-[:CONCERNS]->(subject)
WITH fact, kind, speakers, collect(subject.name) AS about
WHERE $about IS NULL
   OR any(text IN [fact.name, fact.summary] + coalesce(fact.quotes, []) + about WHERE toLower(text) CONTAINS toLower($about))
MATCH (fact)-[r:REPORTED_IN]->(d:Document)
WITH fact, kind, speakers, about, r, d
ORDER BY d.published, d.id
WITH fact, kind, speakers, about, collect(d.id) AS sources, collect(r.evidence) AS evidence,
     collect(CASE WHEN r.attribution IS NULL THEN null ELSE d.id + ': ' + r.attribution END) AS attributions
RETURN fact.id AS id,
       kind,
       fact.date AS date,
       fact.datePrecision AS datePrecision,
       fact.dateBasis AS dateBasis,
       [w IN speakers | w.name] AS speakers,
       fact.name AS name,
       fact.summary AS summary,
       coalesce(fact.quotes, []) AS quotes,
       fact.audience AS audience,
       about,
       attributions,
       sources,
       evidence
ORDER BY date IS NULL, date, id
