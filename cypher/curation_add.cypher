// Appends one curation to the log (in the same transaction that replays the log over the documents).
CREATE (c:Curation {id: $id, seq: $seq, at: $at, json: $json})
