MATCH (e:Entity)
RETURN e {.*} AS entity
ORDER BY e.id
