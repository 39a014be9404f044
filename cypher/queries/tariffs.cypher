// Tariffs with their rate, the parts a combined rate is made of, kind, basis, status, dates and sources.
// $targetId: a Country id (or null); $sectorId: a Sector id the tariff covers or is expected to affect (or null);
// $asOf: an ISO date; leaves out tariffs known to start after it or to end before it (or null);
// $rate: only tariffs of this rate in percent, e.g. 27.5 (or null); $announced: an ISO date the
// announcement falls in (or null); $imposedById: only tariffs this government imposes (or null).
MATCH (t:Tariff)
WHERE ($rate IS NULL OR t.ratePercent = $rate)
  AND ($announced IS NULL OR (t.announced IS NOT NULL AND t.announced + '~' >= $announced AND t.announced <= $announced + '~'))
  AND ($imposedById IS NULL OR EXISTS { MATCH (t)-[:IMPOSED_BY]->(g:Government) WHERE g.id = $imposedById })
  AND ($targetId IS NULL OR EXISTS { MATCH (t)-[:TARGETS]->(c:Country) WHERE c.id = $targetId })
  AND ($sectorId IS NULL OR EXISTS { MATCH (t)-[:COVERS|EXPECTED_TO_AFFECT]->(s:Sector) WHERE s.id = $sectorId })
  AND ($asOf IS NULL
       OR ((coalesce(t.effectiveFrom, t.announced) IS NULL OR coalesce(t.effectiveFrom, t.announced) <= $asOf + '~')
           AND (t.effectiveTo IS NULL OR t.effectiveTo + '~' >= $asOf)))
OPTIONAL MATCH (part:Tariff)-[:COMPONENT_OF]->(t)
WITH t, part ORDER BY part.ratePercent
WITH t, collect(part) AS parts
OPTIONAL MATCH (t)-[:COMPONENT_OF]->(whole:Tariff)
WITH t, parts, collect(whole.name) AS partOf
OPTIONAL MATCH (t)-[:TARGETS]->(c:Country)
WITH t, parts, partOf, collect(c.name) AS targets
OPTIONAL MATCH (t)-[:COVERS]->(s:Sector)
WITH t, parts, partOf, targets, collect(s.name) AS sectors
OPTIONAL MATCH (t)-[effect:EXPECTED_TO_AFFECT]->(affected:Sector)
WITH t, parts, partOf, targets, sectors, collect(affected.name + ' (' + effect.wording + ')') AS expectedToAffect
OPTIONAL MATCH (t)-[:IMPOSED_BY]->(g:Government)
WITH t, parts, partOf, targets, sectors, expectedToAffect, collect(g.name) AS imposedBy
OPTIONAL MATCH (t)-[x:CONFLICTS_WITH]-(other:Tariff)
WITH t, parts, partOf, targets, sectors, expectedToAffect, imposedBy, collect(other.name + ': ' + x.note) AS conflicts
OPTIONAL MATCH (action:Event)-[:CONCERNS]->(t)
WITH t, parts, partOf, targets, sectors, expectedToAffect, imposedBy, conflicts, action ORDER BY action.date
WITH t, parts, partOf, targets, sectors, expectedToAffect, imposedBy, conflicts,
     collect(action.name + coalesce(' (' + action.date + ')', '')) AS events
OPTIONAL MATCH (t)-[:REPORTED_IN]->(d:Document)
WITH t, parts, partOf, targets, sectors, expectedToAffect, imposedBy, conflicts, events, collect(d.id) AS sources
RETURN t.id AS id,
       t.name AS name,
       t.ratePercent AS ratePercent,
       t.kind AS kind,
       [p IN parts | p.name] AS components,
       [p IN parts | p.ratePercent] AS componentRates,
       partOf,
       t.legalBasis AS legalBasis,
       t.status AS status,
       t.announced AS announced,
       t.effectiveFrom AS effectiveFrom,
       t.effectiveTo AS effectiveTo,
       targets,
       sectors,
       expectedToAffect,
       imposedBy,
       t.rateNote AS rateNote,
       conflicts,
       events,
       sources
ORDER BY t.ratePercent IS NULL, t.ratePercent DESC, t.id
