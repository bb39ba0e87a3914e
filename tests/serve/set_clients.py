"""Counts the triples of a racegraph server's default graph through real
SPARQL clients and prints one JSON object: what each client counted.

usage: set_clients.py ENDPOINT [GRAPH_IRI ...]

The graphs, if given, are named to SPARQLWrapper as default-graph-uri
parameters (the count is then that of their merge).
"""
import json
import sys

endpoint, graphs = sys.argv[1], sys.argv[2:]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
out = {}

from SPARQLWrapper import JSON, XML, SPARQLWrapper

for method in ("GET", "POST"):
    for fmt in ("json", "xml"):
        sw = SPARQLWrapper(endpoint)
        sw.setQuery(COUNT)
        sw.setMethod(method)
        for g in graphs:
            sw.addDefaultGraph(g)
        if fmt == "json":
            sw.setReturnFormat(JSON)
            res = sw.query().convert()
            n = int(res["results"]["bindings"][0]["n"]["value"])
        else:
            sw.setReturnFormat(XML)
            doc = sw.query().convert()
            n = int(doc.getElementsByTagName("literal")[0].firstChild.data)
        out[f"SPARQLWrapper {method} {fmt}"] = n

if not graphs:
    # rdflib's SPARQLStore read as a graph: len() is its own COUNT query,
    # triples() its own SELECT.
    import rdflib
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    g = rdflib.Graph(store=SPARQLStore(endpoint))
    out["rdflib len(Graph(SPARQLStore))"] = len(g)
    out["rdflib Graph(SPARQLStore).triples()"] = sum(1 for _ in g.triples((None, None, None)))

print(json.dumps(out))
