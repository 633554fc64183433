UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.*, degree: COUNT { (e)-[]-(:Entity) }} AS entity
