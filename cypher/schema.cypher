// Applied at start, idempotently (IF NOT EXISTS). One statement per line group, separated by semicolons.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE;
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name_zh, e.aliases_text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.search_tokens] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE INDEX rel_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX rel_develops_id IF NOT EXISTS FOR ()-[r:DEVELOPS]-() ON (r.id);
CREATE INDEX rel_supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id);
CREATE INDEX rel_implements_id IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.id);
CREATE INDEX rel_leads_id IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.id);
CREATE INDEX rel_in_industry_id IF NOT EXISTS FOR ()-[r:IN_INDUSTRY]-() ON (r.id);
CREATE INDEX rel_cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.id);
CREATE INDEX rel_held_in_id IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.id);
CREATE INDEX rel_co_occurs_id IF NOT EXISTS FOR ()-[r:CO_OCCURS]-() ON (r.id);
