MATCH (d:Document {id: $document})
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.type = row.type, e.name_zh = row.name_zh, e.name_en = row.name_en
MERGE (d)-[c:CONTRIBUTES]->(e)
SET c.entity_json = row.json, c.mentions = row.mentions
