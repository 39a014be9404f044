// Names an actor, country, organization, sector or office may be called by: its id, name, aliases and,
// for a person, the titles and title aliases of the offices held. Used to turn a name into an id.
// $labels: the kinds to look among, e.g. ['Person', 'Government'].
CALL {
  MATCH (n:Person) WHERE 'Person' IN $labels RETURN n
  UNION
  MATCH (n:Government) WHERE 'Government' IN $labels RETURN n
  UNION
  MATCH (n:Country) WHERE 'Country' IN $labels RETURN n
  UNION
  MATCH (n:Organization) WHERE 'Organization' IN $labels RETURN n
  UNION
  MATCH (n:Sector) WHERE 'Sector' IN $labels RETURN n
  UNION
  MATCH (n:Office) WHERE 'Office' IN $labels RETURN n
  UNION
  MATCH (n:Tariff) WHERE 'Tariff' IN $labels RETURN n
  UNION
  MATCH (n:BargainingChip) WHERE 'BargainingChip' IN $labels RETURN n
}
OPTIONAL MATCH (n)-[:HOLDS_OFFICE]->(o:Office)
WITH n, collect(o) AS offices
RETURN n.id AS id,
       n.name AS name,
       labels(n)[0] AS type,
       coalesce(n.aliases, []) AS aliases,
       reduce(titles = [], o IN offices | titles + o.name + coalesce(o.aliases, [])) AS titles
ORDER BY id
