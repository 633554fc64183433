MERGE (d:Document {id: $id})
SET d += $props
