// Every document's extracted batch, to replay a changed curation log over all of them.
MATCH (d:Document)
RETURN d.id AS id, d.batch_json AS batch
ORDER BY id
