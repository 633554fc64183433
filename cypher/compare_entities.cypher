UNWIND $documents AS id
MATCH (d:Document {id: id})-[c:CONTRIBUTES]->(e:Entity)
RETURN d.id AS document, e.id AS id, e.type AS type, e.name_zh AS name_zh, e.name_en AS name_en,
       c.mentions AS mentions, c.entity_json AS json
ORDER BY document, id
