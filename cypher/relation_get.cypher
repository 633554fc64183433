// __REL_TYPE__ is replaced by one of the ontology's relation types, never by request text.
MATCH (a:Entity)-[r:__REL_TYPE__ {id: $id}]->(b:Entity)
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.evidence_attributes AS attributes, r.evidence_json AS evidence_json
