MATCH (d:Document {id: $id})
RETURN d.batch_json AS batch
