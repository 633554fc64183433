// __REL_TYPE__ is replaced by one of the ontology's relation types, never by request text.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
MERGE (a)-[r:__REL_TYPE__ {id: row.id}]->(b)
ON CREATE SET r.evidence_docs = [], r.evidence_json = [], r.evidence_counts = [], r.evidence_years = [], r.evidence_attributes = []
SET r.evidence_docs = r.evidence_docs + row.document,
    r.evidence_json = r.evidence_json + row.evidence_json,
    r.evidence_counts = r.evidence_counts + row.count,
    r.evidence_years = r.evidence_years + row.year,
    r.evidence_attributes = r.evidence_attributes + row.attributes_json
SET r.weight = reduce(n = 0, c IN r.evidence_counts | n + c)
