MATCH (d:Document)
WHERE d.indicators_json IS NOT NULL
RETURN d.id AS document, d.indicators_json AS indicators
ORDER BY document
