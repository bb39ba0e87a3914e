"""Asks a racegraph server a query through a real SPARQL client and prints
the rows, each a sorted list of [variable, kind, value, datatype-or-lang],
as JSON, one row a line.

usage: clients.py ENDPOINT QUERY_FILE sparqlwrapper|rdflib json|xml
"""
import json
import sys

endpoint, query_file, client, fmt = sys.argv[1:5]
with open(query_file, encoding="utf-8") as f:
    query = f.read()

rows = []
if client == "sparqlwrapper":
    from SPARQLWrapper import JSON, XML, SPARQLWrapper

    sw = SPARQLWrapper(endpoint)
    sw.setQuery(query)
    sw.setMethod("POST")
    if fmt == "json":
        sw.setReturnFormat(JSON)
        res = sw.query().convert()
        for b in res["results"]["bindings"]:
            row = []
            for var, t in b.items():
                extra = t.get("datatype") or t.get("xml:lang") or ""
                kind = "bnode" if t["type"] == "bnode" else ("uri" if t["type"] == "uri" else "literal")
                row.append([var, kind, "" if kind == "bnode" else t["value"], extra])
            rows.append(sorted(row))
    else:
        sw.setReturnFormat(XML)
        doc = sw.query().convert()
        for r in doc.getElementsByTagName("result"):
            row = []
            for b in r.getElementsByTagName("binding"):
                var = b.getAttribute("name")
                node = [n for n in b.childNodes if n.nodeType == n.ELEMENT_NODE][0]
                text = "".join(c.data for c in node.childNodes if c.nodeType == c.TEXT_NODE)
                kind = node.tagName
                extra = node.getAttribute("datatype") or node.getAttribute("xml:lang") or ""
                row.append([var, kind, "" if kind == "bnode" else text, extra])
            rows.append(sorted(row))
elif client == "rdflib":
    import rdflib
    from rdflib import BNode, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    rdflib.NORMALIZE_LITERALS = False
    store = SPARQLStore(endpoint, returnFormat=fmt, method="POST")
    res = store.query(query)
    for r in res:
        row = []
        for var in res.vars:
            t = r[var]
            if t is None:
                continue
            if isinstance(t, URIRef):
                row.append([str(var), "uri", str(t), ""])
            elif isinstance(t, BNode):
                row.append([str(var), "bnode", "", ""])
            else:
                extra = str(t.datatype) if t.datatype else (t.language or "")
                row.append([str(var), "literal", str(t), extra])
        rows.append(sorted(row))
else:
    sys.exit("unknown client " + client)

for row in sorted(rows, key=json.dumps):
    print(json.dumps(row, ensure_ascii=False))
