// The curation log, oldest first: each curation's record as JSON (validated again when read).
MATCH (c:Curation)
RETURN c.json AS json
ORDER BY c.seq
