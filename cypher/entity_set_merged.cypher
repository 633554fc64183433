// __LABEL__ is replaced by one of the ontology's entity types, never by request text.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
REMOVE e:Project:Company:Place:Policy:Organization:Person:Industry:Event
SET e:__LABEL__, e += row.props
