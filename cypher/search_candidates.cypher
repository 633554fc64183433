CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE $types IS NULL OR node.type IN $types
RETURN node.id AS id, node.type AS type, node.subtype AS subtype, node.name_zh AS name_zh, node.name_en AS name_en,
       node.aliases AS aliases, node.mentions AS mentions, COUNT { (node)-[]-(:Entity) } AS degree
LIMIT $limit
