UNWIND $ids AS id
MATCH (e:Entity {id: id})<-[c:CONTRIBUTES]-(d:Document)
RETURN id, collect({document: d.id, json: c.entity_json, mentions: c.mentions}) AS contributions
