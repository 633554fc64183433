// The ties of a search frontier (path finding grows from both ends, one frontier per query), with their evidence
// counts per document and year for the document and year filters.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE $relations IS NULL OR type(r) IN $relations
RETURN a.id AS from, r.id AS id, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type,
       r.weight AS weight, startNode(r).type AS sourceType, endNode(r).type AS targetType,
       r.evidence_docs AS docs, r.evidence_years AS years, r.evidence_counts AS counts
