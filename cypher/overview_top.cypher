MATCH (e:Entity)
WITH e, COUNT { (e)-[]-(:Entity) } AS degree
ORDER BY degree DESC, e.mentions DESC, e.id ASC
LIMIT $limit
RETURN e {.*, degree: degree} AS entity
