// Forgets the curation log (`kg clear` without --keep-curations).
MATCH (c:Curation)
DELETE c
