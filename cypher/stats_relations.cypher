MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(r) AS n, sum(r.weight) AS evidence
