MATCH (d:Document)
RETURN d.id AS id, d.file AS file, d.title_zh AS title_zh, d.title_en AS title_en, d.year AS year,
       d.kind AS kind, d.published AS published, d.covers_year AS covers_year, d.plans_year AS plans_year,
       d.chars AS chars, d.entity_count AS entities, d.relation_count AS relations
ORDER BY id
