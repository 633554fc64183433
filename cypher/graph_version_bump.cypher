MERGE (m:GraphMeta {id: 'graph'})
ON CREATE SET m.version = 0
SET m.version = m.version + 1
RETURN m.version AS version
