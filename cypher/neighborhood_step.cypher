// The hint keeps the plan a seek from the frontier: on a small graph the planner may otherwise scan every entity.
UNWIND $frontier AS fid
MATCH (n:Entity {id: fid})-[r]-(m:Entity)
USING INDEX n:Entity(id)
WHERE ($relations IS NULL OR type(r) IN $relations)
  AND ($types IS NULL OR m.type IN $types)
RETURN fid AS from, m.id AS to, r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target,
       r.weight AS weight, r.evidence_docs AS docs, r.evidence_years AS years, r.evidence_counts AS counts,
       r.evidence_attributes AS attributes
