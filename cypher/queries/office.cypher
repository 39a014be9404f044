// Who held which office, with the dates the sources give or imply.
// $title: text found in the office's name or aliases (null for any); $personId: a person's id (or null);
// $asOf: an ISO date (2025, 2025-06, 2025-06-28) the holding must cover, or null;
// $governmentId: only offices of this government (or null).
MATCH (p:Person)-[h:HOLDS_OFFICE]->(o:Office)-[:OF]->(g:Government)
WHERE ($personId IS NULL OR p.id = $personId)
  AND ($governmentId IS NULL OR g.id = $governmentId)
  AND ($title IS NULL
       OR toLower(o.name) CONTAINS toLower($title)
       OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) CONTAINS toLower($title)))
  AND ($asOf IS NULL
       OR ((h.from IS NULL OR h.from <= $asOf + '~') AND (h.to IS NULL OR h.to + '~' >= $asOf)))
RETURN p.name AS person,
       p.id AS personId,
       o.name AS office,
       o.id AS officeId,
       g.name AS government,
       h.from AS from,
       h.to AS to,
       h.dateBasis AS dateBasis,
       h.sources AS sources
ORDER BY government, office, person
