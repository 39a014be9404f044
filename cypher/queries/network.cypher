// An actor's network as a graph, for Neo4j Browser: the people and governments who took part in the
// same events as the actor, with those events. $actorId: a Person or Government id.
CALL {
  MATCH (a:Person {id: $actorId}) RETURN a
  UNION
  MATCH (a:Government {id: $actorId}) RETURN a
}
MATCH (a)-[r:PARTICIPATED_IN]->(e:Event)<-[r2:PARTICIPATED_IN]-(other)
RETURN a, r, e, r2, other
