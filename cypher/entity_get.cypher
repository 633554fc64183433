MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)<-[c:CONTRIBUTES]-(d:Document)
WITH e, collect({id: d.id, title_zh: d.title_zh, title_en: d.title_en, year: d.year, count: c.mentions}) AS documents
OPTIONAL MATCH (e)-[r]-(:Entity)
WITH e, documents, type(r) AS relType, count(r) AS n
RETURN e {.*} AS entity, documents, collect({type: relType, n: n}) AS degree
