// Simple paths up to 4 hops in either direction; the caller ranks them (shortest first, typed relations first).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = (a)-[*1..4]-(b)
WHERE length(p) <= $maxLength
  AND all(r IN relationships(p) WHERE $relations IS NULL OR type(r) IN $relations)
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH p
ORDER BY length(p) ASC
LIMIT $limit
RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | r.id] AS edges, [r IN relationships(p) | type(r)] AS types
