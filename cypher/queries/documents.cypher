// The reports behind the knowledge base: who published and wrote each, when (with its precision), whom
// it cites and how many facts it supports. $id: one document's id, or null for all;
// $organizationId: only documents published by or citing this organization (or null);
// $authorId: only documents this person wrote (or null).
CALL {
  MATCH (d:Document {id: $id}) RETURN d
  UNION
  WITH 1 AS only WHERE $id IS NULL
  MATCH (d:Document) RETURN d
}
WITH d
WHERE ($authorId IS NULL OR EXISTS { MATCH (a:Person)-[:WROTE]->(d) WHERE a.id = $authorId })
  AND ($organizationId IS NULL OR EXISTS { MATCH (d)-[:PUBLISHED_BY|CITES]->(o:Organization) WHERE o.id = $organizationId })
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(pub:Organization)
WITH d, collect(pub.name) AS publishers
OPTIONAL MATCH (author:Person)-[:WROTE]->(d)
WITH d, publishers, collect(author.name) AS authors
OPTIONAL MATCH (d)-[:CITES]->(cited:Organization)
WITH d, publishers, authors, collect(cited.name) AS cites
OPTIONAL MATCH (fact)-[:REPORTED_IN]->(d)
WITH d, publishers, authors, cites, count(fact) AS facts
RETURN d.id AS id,
       d.name AS name,
       d.title AS title,
       d.published AS published,
       d.publishedPrecision AS publishedPrecision,
       d.publishedBasis AS publishedBasis,
       publishers,
       authors,
       cites,
       facts
ORDER BY d.id
