MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $maxLength
  AND all(r IN relationships(p) WHERE $relations IS NULL OR type(r) IN $relations)
RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | r.id] AS edges, [r IN relationships(p) | type(r)] AS types
LIMIT $limit
