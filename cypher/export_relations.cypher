MATCH (a:Entity)-[r]->(b:Entity)
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.evidence_attributes AS attributes, r.evidence_json AS evidence_json
ORDER BY id
