// Bargaining chips: what each concerns, who offered or floated it and with what status, the tariffs it
// seeks relief from, the first report of it and all sources.
// $offeredById: a Person or Government id (or null); $sectorId: a Sector id (or null);
// $status: only chips offered with this status, e.g. 'floated' (or null);
// $reliefFromId: only chips seeking relief from this Tariff (or null).
MATCH (chip:BargainingChip)
WHERE ($offeredById IS NULL OR EXISTS { MATCH (o)-[:OFFERED]->(chip) WHERE o.id = $offeredById })
  AND ($sectorId IS NULL OR EXISTS { MATCH (chip)-[:CONCERNS]->(s:Sector) WHERE s.id = $sectorId })
  AND ($status IS NULL OR EXISTS { MATCH ()-[o:OFFERED]->(chip) WHERE o.status = $status })
  AND ($reliefFromId IS NULL OR EXISTS { MATCH (chip)-[:SEEKS_RELIEF_FROM]->(t:Tariff) WHERE t.id = $reliefFromId })
OPTIONAL MATCH (chip)-[:CONCERNS]->(s:Sector)
WITH chip, collect(s.name) AS sectors
OPTIONAL MATCH (o)-[offer:OFFERED]->(chip)
WITH chip, sectors, collect(o.name) AS offeredBy, collect(DISTINCT offer.status) AS statuses
OPTIONAL MATCH (chip)-[:SEEKS_RELIEF_FROM]->(t:Tariff)
WITH chip, sectors, offeredBy, statuses, collect(t.name) AS reliefFrom
OPTIONAL MATCH (chip)-[:REPORTED_IN]->(d:Document)
WITH chip, sectors, offeredBy, statuses, reliefFrom, d
ORDER BY d.published IS NULL, d.published, d.id
WITH chip, sectors, offeredBy, statuses, reliefFrom, collect(d) AS docs
RETURN chip.id AS id,
       chip.name AS name,
       sectors,
       offeredBy,
       statuses AS status,
       reliefFrom,
       docs[0].id AS firstReport,
       docs[0].published AS firstReported,
       [x IN docs | x.id] AS sources
ORDER BY firstReported, name
