MATCH (d:Document {id: $document})-[c:CONTRIBUTES]->(e:Entity)
DELETE c
WITH DISTINCT e
WHERE NOT EXISTS { (e)<-[:CONTRIBUTES]-(:Document) }
DETACH DELETE e
