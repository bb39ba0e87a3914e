//! The entities graph: labels recomputed from the store's indexes,
//! entity by entity (see [`crate::labels`] for how a label is chosen).

use crate::bulk::BulkLoad;
use crate::error::Result;
use crate::extract::Kind;
use crate::labels;
use crate::store::{GraphStore, CLASSES};
use crate::vocab::{self, rg};
use oxigraph::model::{GraphNameRef, NamedNode, Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::collections::HashMap;

impl GraphStore {
    /// Rewrites the entities graph: one `rdfs:label` per entity, chosen from
    /// every name the articles give it, and `skos:altLabel`s for the rest
    /// (see [`crate::labels`]). Returns the number of entities labelled.
    ///
    /// Nothing is held per entity: the graph is cleared, then the entities
    /// of each class are taken one at a time (their kind, names and parts
    /// read from the store's indexes) and their labels go to the bulk
    /// loader, stage by stage (named entities, editions, races, results and
    /// claims); each stage is committed before the next reads the labels of
    /// its parts from the entities graph.
    pub fn refresh_labels(&self) -> Result<usize> {
        self.clear_graph_in_slices(&labels::graph())?;
        let mut n = 0;
        for stage in 0..labels::STAGES {
            let mut load = BulkLoad::new(self);
            let parts = PartLabels::default();
            for (local, kind) in CLASSES {
                if labels::stage_of(kind) == stage {
                    n += self.label_class(&rg(local), kind, &parts, &mut load)?;
                }
            }
            load.commit()?;
        }
        Ok(n)
    }

    /// Labels the entities of `class` whose kind it is (an entity of
    /// several classes is labelled once, by its most specific kind).
    fn label_class(
        &self,
        class: &NamedNode,
        kind: Kind,
        parts: &PartLabels,
        load: &mut BulkLoad<'_>,
    ) -> Result<usize> {
        // The type's index lists the graphs that type an entity so one
        // after the other: REDUCED drops the repeats as they come, and only
        // the entity is decoded.
        let query = format!(
            "SELECT REDUCED ?s WHERE {{ GRAPH ?g {{ ?s a <{}> }} }}",
            class.as_str()
        );
        let QueryResults::Solutions(solutions) = SparqlEvaluator::new()
            .parse_query(&query)?
            .on_store(&self.store)
            .execute()?
        else {
            return Ok(0);
        };
        let mut n = 0;
        let mut last: Option<NamedNode> = None;
        for solution in solutions {
            let Some(Term::NamedNode(s)) = solution?.get("s").cloned() else {
                continue;
            };
            if last.as_ref() == Some(&s) {
                continue;
            }
            n += if labels::stage_of(kind) == 0 {
                self.label_named(&s, kind, load)?
            } else {
                self.label_composite(&s, kind, parts, load)?
            };
            last = Some(s);
        }
        Ok(n)
    }

    /// The labels of a named entity of `class`'s `kind`, if that is its
    /// kind; 1 if it has an `rdfs:label`.
    fn label_named(&self, s: &NamedNode, kind: Kind, load: &mut BulkLoad<'_>) -> Result<usize> {
        // An athlete is an athlete whatever else it is (and most persons
        // are athletes: they are labelled as such, without reading every
        // class each article gives them).
        let athlete = rg("Athlete");
        if kind == Kind::Person && self.has_type(s, &athlete)? {
            return Ok(0);
        }
        if kind != Kind::Athlete && self.kind_of(s)? != Some(kind) {
            return Ok(0);
        }
        let names = self.names_of(s)?;
        if names.is_empty() {
            return Ok(0);
        }
        let labelled = labels::emit_names(s.as_str(), kind, names, &mut |q| load.push(q))?;
        Ok(usize::from(labelled.is_some()))
    }

    /// The labels of a composite of `class`'s `kind`, if that is its kind:
    /// its kind, names and parts come from one scan of its quads.
    fn label_composite(
        &self,
        s: &NamedNode,
        kind: Kind,
        parts: &PartLabels,
        load: &mut BulkLoad<'_>,
    ) -> Result<usize> {
        let mut own = None;
        let mut names: Vec<(String, usize)> = Vec::new();
        let mut values: [Option<String>; labels::PARTS.len()] = Default::default();
        // In index order: for each property, its values in the order a
        // scan of the property gives them.
        for q in self
            .store
            .quads_for_pattern(Some(s.as_ref().into()), None, None, None)
        {
            let q = q?;
            if q.predicate == vocab::RDF_TYPE {
                if let Term::NamedNode(o) = &q.object {
                    if let Some(k) = labels::kind_of_type(o.as_ref()) {
                        own = Some(own.map_or(k, |e| labels::more_specific(e, k)));
                    }
                }
                continue;
            }
            let Some(local) = vocab::rg_local(q.predicate.as_str()) else {
                continue;
            };
            if local == "name" {
                if let Term::Literal(l) = &q.object {
                    count_name(&mut names, l.value());
                }
            } else if let Some(i) = labels::PARTS.iter().position(|p| *p == local) {
                if values[i].is_none() {
                    values[i] = match q.object {
                        Term::NamedNode(n) => Some(n.into_string()),
                        Term::Literal(l) => Some(l.value().to_string()),
                        _ => None,
                    };
                }
            }
        }
        if own != Some(kind) {
            return Ok(0);
        }
        let mut emit = |q: Quad| load.push(q);
        if !names.is_empty() {
            labels::emit_names(s.as_str(), kind, names, &mut emit)?;
        }
        let part = |p: &str| -> Result<Option<String>> {
            Ok(labels::PARTS
                .iter()
                .position(|x| *x == p)
                .and_then(|i| values[i].clone()))
        };
        let label = labels::composite_label(kind, s.as_str(), &part, &|iri| {
            parts.get(iri, |iri| self.label_of(iri))
        })?;
        let Some(label) = label else {
            return Ok(0);
        };
        emit(labels::label_quad(s.as_str(), label))?;
        Ok(1)
    }

    /// The most specific kind of a resource, from its classes in the
    /// store's order (as [`labels::LabelIndex`] takes them).
    fn kind_of(&self, s: &NamedNode) -> Result<Option<Kind>> {
        let mut kind = None;
        for q in
            self.store
                .quads_for_pattern(Some(s.as_ref().into()), Some(vocab::RDF_TYPE), None, None)
        {
            if let Term::NamedNode(o) = q?.object {
                if let Some(k) = labels::kind_of_type(o.as_ref()) {
                    kind = Some(kind.map_or(k, |e| labels::more_specific(e, k)));
                }
            }
        }
        Ok(kind)
    }

    /// Whether a graph gives `s` the class `class`.
    fn has_type(&self, s: &NamedNode, class: &NamedNode) -> Result<bool> {
        let mut found = self.store.quads_for_pattern(
            Some(s.as_ref().into()),
            Some(vocab::RDF_TYPE),
            Some(class.as_ref().into()),
            None,
        );
        Ok(found.next().transpose()?.is_some())
    }

    /// The names the articles give a resource, each with how many graphs
    /// give it.
    fn names_of(&self, s: &NamedNode) -> Result<Vec<(String, usize)>> {
        let name = rg("name");
        let mut forms: Vec<(String, usize)> = Vec::new();
        for q in
            self.store
                .quads_for_pattern(Some(s.as_ref().into()), Some(name.as_ref()), None, None)
        {
            if let Term::Literal(l) = q?.object {
                count_name(&mut forms, l.value());
            }
        }
        Ok(forms)
    }

    /// The `rdfs:label` the entities graph holds for `iri`.
    fn label_of(&self, iri: &str) -> Result<Option<String>> {
        let g = labels::graph();
        let node = NamedNode::new_unchecked(iri);
        for q in self.store.quads_for_pattern(
            Some(node.as_ref().into()),
            Some(vocab::RDFS_LABEL),
            None,
            Some(GraphNameRef::NamedNode(g.as_ref())),
        ) {
            if let Term::Literal(l) = q?.object {
                return Ok(Some(l.value().to_string()));
            }
        }
        Ok(None)
    }
}

/// One more graph giving `name`.
fn count_name(forms: &mut Vec<(String, usize)>, name: &str) {
    match forms.iter_mut().find(|(n, _)| n == name) {
        Some(f) => f.1 += 1,
        None => forms.push((name.to_string(), 1)),
    }
}

/// The labels of parts a stage has looked up, a bounded number of them
/// (the same series, editions, races and athletes come back again and
/// again; the cache is emptied when full).
#[derive(Default)]
struct PartLabels(std::cell::RefCell<HashMap<String, Option<String>>>);

/// How many labels of parts [`PartLabels`] keeps.
const PART_LABELS: usize = 100_000;

impl PartLabels {
    fn get(
        &self,
        iri: &str,
        read: impl FnOnce(&str) -> Result<Option<String>>,
    ) -> Result<Option<String>> {
        if let Some(label) = self.0.borrow().get(iri) {
            return Ok(label.clone());
        }
        let label = read(iri)?;
        let mut cache = self.0.borrow_mut();
        if cache.len() >= PART_LABELS {
            cache.clear();
        }
        cache.insert(iri.to_string(), label.clone());
        Ok(label)
    }
}
