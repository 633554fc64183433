// Every entity with what ranking needs (names for the search index, mentions): the store's derived view.
MATCH (e:Entity)
RETURN e.id AS id, e.type AS type, e.subtype AS subtype, e.name_zh AS name_zh, e.name_en AS name_en,
       e.aliases AS aliases, e.mentions AS mentions
ORDER BY id
