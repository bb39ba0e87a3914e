# The entities graph recomputed on a remote engine: what
# `racegraph labels --update URL` sends, as one SPARQL 1.1 Update.
# Every entity with a class and a name (rg:name, in any graph) gets one
# rdfs:label, the name the most articles use (an organisation's with the
# most words, a person's without a word in capitals first, and a surname
# in capitals before the given names written as a name; ties: the
# longer, then the last in code point order), and a skos:altLabel for each
# other name;
# editions, races, results and participation claims are labelled from
# their parts, as `racegraph build` labels them.
PREFIX rg: <https://w3id.org/racegraph/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

CLEAR SILENT GRAPH <https://w3id.org/racegraph/entities> ;

INSERT { GRAPH <https://w3id.org/racegraph/entities> { ?e rdfs:label ?label } }
WHERE {
  {
    SELECT ?e (MAX(?key) AS ?best) (SAMPLE(?person) AS ?isPerson) WHERE {
      {
        SELECT ?e ?name (COUNT(?g) AS ?uses) WHERE { GRAPH ?g { ?e rg:name ?name } }
        GROUP BY ?e ?name
      }
      OPTIONAL { SELECT DISTINCT ?e (1 AS ?org) WHERE { GRAPH ?o { ?e a rg:Organization } } }
      OPTIONAL {
        SELECT DISTINCT ?e (1 AS ?person) WHERE { GRAPH ?p { ?e a ?pc } FILTER(?pc IN (rg:Person, rg:Athlete)) }
      }
      # An organisation's fullest name (most words; an acronym has one).
      BIND(IF(BOUND(?org), STRLEN(STR(?name)) - STRLEN(REPLACE(STR(?name), " ", "")) + 1, 0) AS ?words)
      # A person's name without a word in capitals (JON Su Gyong) first.
      BIND(IF(BOUND(?person) && REGEX(STR(?name), "(^| )[A-Z][A-Z]+( |$)"), 0, 1) AS ?cased)
      # words (3 digits), cased (1), uses (7), length (4), the name: the
      # greatest key wins.
      BIND(CONCAT(SUBSTR(STR(1000 + ?words), 2), STR(?cased), SUBSTR(STR(10000000 + ?uses), 2),
                  SUBSTR(STR(10000 + STRLEN(STR(?name))), 2), STR(?name)) AS ?key)
    }
    GROUP BY ?e
  }
  FILTER EXISTS { GRAPH ?t { ?e a ?class } FILTER(STRSTARTS(STR(?class), STR(rg:))) }
  BIND(SUBSTR(?best, 16) AS ?chosen)
  # A person's surname in capitals first (JON Su Gyong) is written Jon.
  BIND(IF(BOUND(?isPerson) && REGEX(?chosen, "^[A-Z][A-Z]+ "),
          CONCAT(SUBSTR(?chosen, 1, 1), LCASE(SUBSTR(STRBEFORE(?chosen, " "), 2)), " ", STRAFTER(?chosen, " ")),
          ?chosen) AS ?label)
} ;

INSERT { GRAPH <https://w3id.org/racegraph/entities> { ?e skos:altLabel ?alt } }
WHERE {
  { SELECT DISTINCT ?e ?alt WHERE { GRAPH ?g { ?e rg:name ?name } BIND(STR(?name) AS ?alt) } }
  GRAPH <https://w3id.org/racegraph/entities> { ?e rdfs:label ?label }
  FILTER(?alt != STR(?label))
} ;

# Editions: the series' label and the year.
DELETE { GRAPH <https://w3id.org/racegraph/entities> { ?ed rdfs:label ?old } }
INSERT { GRAPH <https://w3id.org/racegraph/entities> { ?ed rdfs:label ?label } }
WHERE {
  {
    SELECT ?ed (SAMPLE(?s) AS ?series) (SAMPLE(?y) AS ?year) WHERE {
      GRAPH ?g { ?ed a rg:RaceEdition ; rg:editionOf ?s ; rg:year ?y }
    }
    GROUP BY ?ed
  }
  GRAPH <https://w3id.org/racegraph/entities> { ?series rdfs:label ?sl }
  OPTIONAL { GRAPH <https://w3id.org/racegraph/entities> { ?ed rdfs:label ?old } }
  BIND(CONCAT(STR(?sl), " ", STR(?year)) AS ?label)
} ;

# Races: the edition's label, the sex and the category of the distance.
DELETE { GRAPH <https://w3id.org/racegraph/entities> { ?race rdfs:label ?old } }
INSERT { GRAPH <https://w3id.org/racegraph/entities> { ?race rdfs:label ?label } }
WHERE {
  {
    SELECT ?race (SAMPLE(?e) AS ?ed) (SAMPLE(?d) AS ?distance) (SAMPLE(?x) AS ?sex) WHERE {
      GRAPH ?g { ?race a rg:Race ; rg:raceOf ?e . OPTIONAL { ?race rg:distance ?d } OPTIONAL { ?race rg:sex ?x } }
    }
    GROUP BY ?race
  }
  GRAPH <https://w3id.org/racegraph/entities> { ?ed rdfs:label ?el }
  OPTIONAL { GRAPH <https://w3id.org/racegraph/entities> { ?race rdfs:label ?old } }
  BIND(REPLACE(STR(?sex), "^.*#", "") AS ?s)
  BIND(IF(?s = "Men", "men's ", IF(?s = "Women", "women's ", "")) AS ?sexWord)
  BIND(IF(!BOUND(?distance), "race", IF(STR(?distance) = "42.195", "marathon",
       IF(STR(?distance) = "21.0975", "half marathon", CONCAT(STR(?distance), " km")))) AS ?category)
  BIND(CONCAT(STR(?el), ", ", ?sexWord, ?category) AS ?label)
} ;

# Results: the athlete's label in the race's.
DELETE { GRAPH <https://w3id.org/racegraph/entities> { ?result rdfs:label ?old } }
INSERT { GRAPH <https://w3id.org/racegraph/entities> { ?result rdfs:label ?label } }
WHERE {
  {
    SELECT ?result (SAMPLE(?r) AS ?race) (SAMPLE(?a) AS ?athlete) WHERE {
      GRAPH ?g { ?result a rg:RaceResult ; rg:race ?r ; rg:athlete ?a }
    }
    GROUP BY ?result
  }
  GRAPH <https://w3id.org/racegraph/entities> { ?race rdfs:label ?rl . ?athlete rdfs:label ?al }
  OPTIONAL { GRAPH <https://w3id.org/racegraph/entities> { ?result rdfs:label ?old } }
  BIND(CONCAT(STR(?al), " in ", STR(?rl)) AS ?label)
} ;

# Participation claims: the count, the group, the edition and the claim's id.
DELETE { GRAPH <https://w3id.org/racegraph/entities> { ?claim rdfs:label ?old } }
INSERT { GRAPH <https://w3id.org/racegraph/entities> { ?claim rdfs:label ?label } }
WHERE {
  {
    SELECT ?claim (SAMPLE(?e) AS ?ed) (SAMPLE(?c) AS ?count) (SAMPLE(?gr) AS ?group) WHERE {
      GRAPH ?g { ?claim a rg:ParticipationCount ; rg:edition ?e ; rg:count ?c . OPTIONAL { ?claim rg:group ?gr } }
    }
    GROUP BY ?claim
  }
  GRAPH <https://w3id.org/racegraph/entities> { ?ed rdfs:label ?el }
  OPTIONAL { GRAPH <https://w3id.org/racegraph/entities> { ?claim rdfs:label ?old } }
  BIND(REPLACE(STR(?group), "^.*#", "") AS ?gname)
  BIND(IF(?gname = "ForeignParticipants", "foreign participants",
       IF(?gname = "WesternParticipants", "Western participants",
       IF(?gname = "Finishers", "finishers", "participants"))) AS ?groupWords)
  BIND(REPLACE(STR(?claim), "^.*/", "") AS ?id)
  BIND(CONCAT(STR(?count), " ", ?groupWords, ", ", STR(?el), " (claim ", ?id, ")") AS ?label)
}
