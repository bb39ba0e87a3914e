//! The facts a build stored, read back from the store in the shape of the
//! gold files (see [`super`]).

use super::{kind_of, norm, Fact, Field};
use crate::error::Result;
use crate::extract::names;
use crate::lexicon;
use crate::store::GraphStore;
use crate::vocab;
use oxigraph::model::Term;
use oxigraph::sparql::QueryResults;
use std::collections::HashMap;

/// Every scored fact in the store, per article.
pub(super) fn read_extracted(store: &GraphStore) -> Result<Vec<Fact>> {
    let lx = lexicon::get();
    let names_of = entity_names(store)?;
    let ent = |t: &Option<Term>| -> Field {
        match t {
            Some(Term::NamedNode(n)) => {
                Field::Names(names_of.get(n.as_str()).cloned().unwrap_or_default())
            }
            Some(other) => Field::Value(value(other)),
            None => Field::Value("-".into()),
        }
    };
    let series = |t: &Option<Term>| -> Field {
        match t {
            Some(Term::NamedNode(n)) => {
                let keys = names_of
                    .get(n.as_str())
                    .cloned()
                    .unwrap_or_default()
                    .iter()
                    .map(|s| format!("series:{}", names::series_key(s, lx)))
                    .collect();
                Field::Names(keys)
            }
            _ => Field::Value("-".into()),
        }
    };
    let val = |t: &Option<Term>| Field::Value(t.as_ref().map(value).unwrap_or_else(|| "-".into()));
    let mut out = Vec::new();
    // Each fact starts with the kind of gold line it compares with.
    let mut add =
        |line: &str, rows: Vec<Vec<Option<Term>>>, f: &dyn Fn(&[Option<Term>]) -> Vec<Field>| {
            let Some(kind) = kind_of(line) else { return };
            for r in rows {
                let source = r[0].as_ref().and_then(|t| match t {
                    Term::Literal(l) => Some(l.value().to_string()),
                    _ => None,
                });
                let mut fields = vec![Field::Value(line.to_string())];
                fields.extend(f(&r[1..]));
                out.push(Fact {
                    kind,
                    source: source.unwrap_or_default(),
                    fields,
                });
            }
        };
    let q = |body: &str, vars: &[&str]| {
        select(
            store,
            &format!(
                "{}SELECT * WHERE {{ ?g dcterms:source ?src . {body} }}",
                vocab::PREFIXES
            ),
            vars,
        )
    };
    add(
        "result",
        q("GRAPH ?g { ?r a rg:RaceResult ; rg:race ?race ; rg:athlete ?a . ?race rg:raceOf ?e . ?e rg:editionOf ?s ; rg:year ?y .
           OPTIONAL { ?race rg:distance ?d } OPTIONAL { ?race rg:sex ?sex } OPTIONAL { ?r rg:position ?p } OPTIONAL { ?r rg:status ?st } OPTIONAL { ?r rg:finishTime ?t } }",
            &["src", "s", "y", "d", "sex", "p", "st", "a", "t"])?,
        &|r| vec![series(&r[0]), val(&r[1]), val(&r[2]), val(&r[3]), if r[4].is_some() { val(&r[4]) } else { val(&r[5]) }, ent(&r[6]), val(&r[7])],
    );
    add(
        "edition",
        q(
            "GRAPH ?g { ?e a rg:RaceEdition ; rg:editionOf ?s ; rg:year ?y }",
            &["src", "s", "y"],
        )?,
        &|r| vec![series(&r[0]), val(&r[1])],
    );
    add(
        "ednumber",
        q(
            "GRAPH ?g { ?e rg:editionOf ?s ; rg:year ?y ; rg:editionNumber ?n }",
            &["src", "s", "y", "n"],
        )?,
        &|r| vec![series(&r[0]), val(&r[1]), val(&r[2])],
    );
    add(
        "raceday",
        q(
            "GRAPH ?g { ?e rg:editionOf ?s ; rg:year ?y ; rg:date ?d }",
            &["src", "s", "y", "d"],
        )?,
        &|r| vec![series(&r[0]), val(&r[1]), val(&r[2])],
    );
    add(
        "city",
        q("GRAPH ?g { { ?x a rg:RaceSeries . BIND(?x AS ?s) } UNION { ?x rg:editionOf ?s } ?x rg:city ?o }", &["src", "s", "o"])?,
        &|r| vec![series(&r[0]), ent(&r[1])],
    );
    add(
        "route",
        q("GRAPH ?g { { ?x a rg:RaceSeries . BIND(?x AS ?s) } UNION { ?x rg:editionOf ?s } ?x ?p ?o . FILTER(?p IN (rg:startVenue, rg:finishVenue, rg:passes)) }", &["src", "s", "p", "o"])?,
        &|r| vec![series(&r[0]), val(&r[1]), ent(&r[2])],
    );
    add(
        "jobtitle",
        q("GRAPH ?g { ?p rg:jobTitle ?t }", &["src", "p", "t"])?,
        &|r| vec![ent(&r[0]), val(&r[1])],
    );
    add(
        "employer",
        q("GRAPH ?g { ?p rg:worksFor ?o }", &["src", "p", "o"])?,
        &|r| vec![ent(&r[0]), ent(&r[1])],
    );
    add(
        "person",
        q("GRAPH ?g { ?p a rg:Person }", &["src", "p"])?,
        &|r| vec![ent(&r[0])],
    );
    add(
        "nationality",
        q("GRAPH ?g { ?p rg:nationality ?c }", &["src", "p", "c"])?,
        &|r| vec![ent(&r[0]), ent(&r[1])],
    );
    add(
        "organization",
        q("GRAPH ?g { ?o a rg:Organization }", &["src", "o"])?,
        &|r| vec![ent(&r[0])],
    );
    add(
        "based",
        q("GRAPH ?g { ?o rg:basedIn ?c }", &["src", "o", "c"])?,
        &|r| vec![ent(&r[0]), ent(&r[1])],
    );
    add(
        "orgrole",
        q(
            "GRAPH ?g { ?s ?p ?o . FILTER(?p IN (rg:organizer, rg:sponsor, rg:travelPartner)) }",
            &["src", "s", "p", "o"],
        )?,
        &|r| vec![series(&r[0]), val(&r[1]), ent(&r[2])],
    );
    add(
        "count",
        q("GRAPH ?g { ?c a rg:ParticipationCount ; rg:edition ?e ; rg:count ?n ; rg:group ?gr ; rg:approximate ?ap ; rg:expected ?ex . ?e rg:editionOf ?s ; rg:year ?y }", &["src", "s", "y", "n", "gr", "ap", "ex"])?,
        &|r| vec![series(&r[0]), val(&r[1]), val(&r[2]), val(&r[3]), val(&r[4]), val(&r[5])],
    );
    add(
        "spectators",
        q(
            "GRAPH ?g { ?e rg:spectators ?n ; rg:editionOf ?s ; rg:year ?y }",
            &["src", "s", "y", "n"],
        )?,
        &|r| vec![series(&r[0]), val(&r[1]), val(&r[2])],
    );
    add("issued", q("?g dcterms:issued ?d", &["src", "d"])?, &|r| {
        vec![val(&r[0])]
    });
    Ok(out)
}

/// Every name of every resource: its label, alternative labels and the
/// names articles use, normalised.
fn entity_names(store: &GraphStore) -> Result<HashMap<String, Vec<String>>> {
    let rows = select(
        store,
        &format!("{}SELECT ?e ?n WHERE {{ {{ ?e rdfs:label ?n }} UNION {{ ?e skos:altLabel ?n }} UNION {{ ?e rg:name ?n }} }}", vocab::PREFIXES),
        &["e", "n"],
    )?;
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for r in rows {
        if let (Some(Term::NamedNode(e)), Some(n)) = (&r[0], &r[1]) {
            let v = out.entry(e.as_str().to_string()).or_default();
            let n = norm(&value(n));
            if !v.contains(&n) {
                v.push(n);
            }
        }
    }
    Ok(out)
}

fn value(t: &Term) -> String {
    match t {
        Term::Literal(l) => norm(l.value()),
        Term::NamedNode(n) => vocab::rg_local(n.as_str())
            .map(str::to_lowercase)
            .unwrap_or_else(|| n.as_str().to_string()),
        other => other.to_string(),
    }
}

fn select(store: &GraphStore, q: &str, vars: &[&str]) -> Result<Vec<Vec<Option<Term>>>> {
    let QueryResults::Solutions(solutions) = store.query(q)? else {
        return Ok(vec![]);
    };
    let mut rows = Vec::new();
    for s in solutions {
        let s = s?;
        rows.push(vars.iter().map(|v| s.get(*v).cloned()).collect());
    }
    Ok(rows)
}
