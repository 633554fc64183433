// Every relation as a weighted, typed edge (no evidence): PageRank over the whole graph is computed from these.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.weight AS weight
ORDER BY id
