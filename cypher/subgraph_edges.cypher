UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids AND ($relations IS NULL OR type(r) IN $relations)
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.weight AS weight,
       r.evidence_docs AS docs, r.evidence_years AS years, r.evidence_counts AS counts, r.evidence_attributes AS attributes
