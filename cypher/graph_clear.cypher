// Empties the graph for `kg clear` (run outside an explicit transaction: batches keep memory flat on big graphs).
// The version node stays, so the version keeps changing and no cached answer from before the clear is served; the
// curation log stays too (curations_clear forgets it), so a rebuild from the documents keeps people's corrections.
MATCH (n)
WHERE NOT n:GraphMeta AND NOT n:Curation
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
