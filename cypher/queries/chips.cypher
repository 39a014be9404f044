// Bargaining chips: what each concerns, who offered or floated it and with what status (as each report
// tells it: 'under consideration (003_…)', 'submitted (004_…)'), the tariffs it
// seeks relief from, the first report of it and all sources.
// $offeredById: a Person or Government id (or null); $sectorId: a Sector id (or null);
// $status: only chips that some report gives this status, e.g. 'floated' (or null);
// $reliefFromId: only chips seeking relief from this Tariff (or null).
MATCH (chip:BargainingChip)
WHERE ($offeredById IS NULL OR EXISTS { MATCH (o)-[:OFFERED]->(chip) WHERE o.id = $offeredById })
  AND ($sectorId IS NULL OR EXISTS { MATCH (chip)-[:CONCERNS]->(s:Sector) WHERE s.id = $sectorId })
  AND ($status IS NULL OR EXISTS { MATCH ()-[o:OFFERED]->(chip) WHERE $status IN o.status })
  AND ($reliefFromId IS NULL OR EXISTS { MATCH (chip)-[:SEEKS_RELIEF_FROM]->(t:Tariff) WHERE t.id = $reliefFromId })
OPTIONAL MATCH (chip)-[:CONCERNS]->(s:Sector)
WITH chip, collect(s.name) AS sectors
OPTIONAL MATCH (o)-[offer:OFFERED]->(chip)
WITH chip, sectors, collect(o.name) AS offeredBy,
     reduce(acc = [], x IN collect([i IN range(0, size(offer.status) - 1) WHERE offer.status[i] <> '-'
                                    | offer.status[i] + ' (' + offer.sources[i] + ')']) | acc + x) AS statuses
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
