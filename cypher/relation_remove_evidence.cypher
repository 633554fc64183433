// __REL_TYPE__ is replaced by one of the ontology's relation types, never by request text.
UNWIND $ids AS rid
MATCH ()-[r:__REL_TYPE__ {id: rid}]->()
WITH r, [i IN range(0, size(r.evidence_docs) - 1) WHERE r.evidence_docs[i] <> $document] AS keep
SET r.evidence_docs = [i IN keep | r.evidence_docs[i]],
    r.evidence_json = [i IN keep | r.evidence_json[i]],
    r.evidence_counts = [i IN keep | r.evidence_counts[i]],
    r.evidence_years = [i IN keep | r.evidence_years[i]],
    r.evidence_attributes = [i IN keep | r.evidence_attributes[i]]
WITH r
SET r.weight = reduce(n = 0, c IN r.evidence_counts | n + c)
WITH r
WHERE size(r.evidence_docs) = 0
DELETE r
