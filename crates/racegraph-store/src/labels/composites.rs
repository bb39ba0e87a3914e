//! Results and claims, the last stage of the labels, kept on disk.
//!
//! Over a large corpus most entities are results and claims (1.3 million
//! results in 100,000 articles), and nothing is made from their labels.
//! So they are not held in memory with the other entities: each is written
//! to a temporary file when first seen (its IRI, its kind and its parts),
//! and only two hashes of its IRI stay in memory, to know it again. A part
//! that a later graph gives and the first did not is kept in memory (that
//! is rare: a result's parts make its IRI). At the end the file is read
//! back in the order the entities were first seen, once the labels of
//! their parts (athletes, races, editions) are known.

use crate::error::{Error, Result};
use crate::extract::Kind;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::{BufRead, BufReader, BufWriter, Seek, SeekFrom, Write};

/// A part's value as written: an IRI, or a literal's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Iri(String),
    Text(String),
}

/// One result or claim of one graph: its IRI, kind and the first value of
/// each of its parts (by index in [`super::PARTS`]) that the graph gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub iri: String,
    pub kind: Kind,
    pub parts: Vec<(u8, Value)>,
}

/// The composites seen so far: the file of their records, and what is
/// needed in memory to know each again.
#[derive(Debug, Default)]
pub struct Composites {
    file: Option<BufWriter<std::fs::File>>,
    /// The two hashes of each IRI -> its number, in the order first seen.
    seen: HashMap<(u64, u64), u32>,
    /// Which parts each entity has (a bit per index in [`super::PARTS`]),
    /// and [`CLAIM`] for a claim.
    has: Vec<u16>,
    /// Parts given by a later graph than the one that wrote the record.
    late: HashMap<u32, Vec<(u8, Value)>>,
}

/// The bit of [`Composites::has`] that marks a claim (parts use the low
/// bits, one per index in [`super::PARTS`]).
const CLAIM: u16 = 1 << 15;

fn hashes(iri: &str) -> (u64, u64) {
    let one = |salt: u8| {
        let mut h = DefaultHasher::new();
        salt.hash(&mut h);
        iri.hash(&mut h);
        h.finish()
    };
    (one(0), one(1))
}

fn spill(source: std::io::Error) -> Error {
    Error::Spill { source }
}

impl Composites {
    /// How many results and claims have been seen.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.has.len()
    }

    /// The kind of `iri` if it is one of them.
    pub fn kind_of(&self, iri: &str) -> Option<Kind> {
        let n = *self.seen.get(&hashes(iri))?;
        Some(if self.has[n as usize] & CLAIM != 0 {
            Kind::ParticipationCount
        } else {
            Kind::RaceResult
        })
    }

    /// Takes one graph's record of an entity: written if the entity is new,
    /// its new parts kept if not (the first value of each part stays).
    pub fn add(&mut self, record: Record) -> Result<()> {
        let mask = |parts: &[(u8, Value)]| parts.iter().fold(0u16, |m, (i, _)| m | 1 << i);
        let key = hashes(&record.iri);
        if let Some(&n) = self.seen.get(&key) {
            let has = &mut self.has[n as usize];
            let new: Vec<(u8, Value)> = record
                .parts
                .into_iter()
                .filter(|(i, _)| *has & (1 << i) == 0)
                .collect();
            if !new.is_empty() {
                *has |= mask(&new);
                self.late.entry(n).or_default().extend(new);
            }
            return Ok(());
        }
        let n = u32::try_from(self.has.len())
            .map_err(|_| spill(std::io::Error::other("more than 4 billion results")))?;
        let file = match &mut self.file {
            Some(f) => f,
            None => self
                .file
                .insert(BufWriter::new(tempfile::tempfile().map_err(spill)?)),
        };
        write_record(file, &record).map_err(spill)?;
        self.seen.insert(key, n);
        let claim = if record.kind == Kind::RaceResult {
            0
        } else {
            CLAIM
        };
        self.has.push(mask(&record.parts) | claim);
        Ok(())
    }

    /// Each record, in the order first seen, with the parts later graphs
    /// added, given to `each`.
    pub fn each(self, each: &mut dyn FnMut(Record) -> Result<()>) -> Result<()> {
        let Some(file) = self.file else {
            return Ok(());
        };
        let mut file = file.into_inner().map_err(|e| spill(e.into_error()))?;
        file.seek(SeekFrom::Start(0)).map_err(spill)?;
        let mut reader = BufReader::new(file);
        let mut late = self.late;
        for n in 0..self.has.len() as u32 {
            let mut record = read_record(&mut reader).map_err(spill)?;
            if let Some(more) = late.remove(&n) {
                record.parts.extend(more);
            }
            each(record)?;
        }
        Ok(())
    }
}

/// Kinds as written: one byte.
fn kind_code(kind: Kind) -> u8 {
    match kind {
        Kind::RaceResult => 0,
        _ => 1,
    }
}

fn write_str(w: &mut impl Write, s: &str) -> std::io::Result<()> {
    w.write_all(&(s.len() as u32).to_le_bytes())?;
    w.write_all(s.as_bytes())
}

fn write_record(w: &mut impl Write, r: &Record) -> std::io::Result<()> {
    w.write_all(&[kind_code(r.kind), r.parts.len() as u8])?;
    write_str(w, &r.iri)?;
    for (i, v) in &r.parts {
        let (tag, text) = match v {
            Value::Iri(s) => (0u8, s),
            Value::Text(s) => (1u8, s),
        };
        w.write_all(&[*i, tag])?;
        write_str(w, text)?;
    }
    Ok(())
}

fn read_str(r: &mut impl BufRead) -> std::io::Result<String> {
    let mut len = [0u8; 4];
    r.read_exact(&mut len)?;
    let mut bytes = vec![0u8; u32::from_le_bytes(len) as usize];
    r.read_exact(&mut bytes)?;
    String::from_utf8(bytes).map_err(std::io::Error::other)
}

fn read_record(r: &mut impl BufRead) -> std::io::Result<Record> {
    let mut head = [0u8; 2];
    r.read_exact(&mut head)?;
    let kind = if head[0] == 0 {
        Kind::RaceResult
    } else {
        Kind::ParticipationCount
    };
    let iri = read_str(r)?;
    let mut parts = Vec::with_capacity(head[1] as usize);
    for _ in 0..head[1] {
        let mut it = [0u8; 2];
        r.read_exact(&mut it)?;
        let text = read_str(r)?;
        parts.push((
            it[0],
            if it[1] == 0 {
                Value::Iri(text)
            } else {
                Value::Text(text)
            },
        ));
    }
    Ok(Record { iri, kind, parts })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(iri: &str, kind: Kind, parts: &[(u8, Value)]) -> Record {
        Record {
            iri: iri.into(),
            kind,
            parts: parts.to_vec(),
        }
    }

    #[test]
    fn records_come_back_once_each_in_the_order_first_seen_with_later_parts() {
        let iri = |s: &str| Value::Iri(format!("https://example.org/{s}"));
        let mut c = Composites::default();
        let a = record(
            "r/a",
            Kind::RaceResult,
            &[(6, iri("athlete")), (5, iri("race"))],
        );
        let b = record(
            "c/b",
            Kind::ParticipationCount,
            &[(8, Value::Text("120".into()))],
        );
        c.add(a.clone()).unwrap();
        c.add(b.clone()).unwrap();
        // Again, with the same parts (kept as first given) and a new one.
        c.add(record(
            "r/a",
            Kind::RaceResult,
            &[(6, iri("other")), (3, Value::Text("42.195".into()))],
        ))
        .unwrap();
        c.add(b.clone()).unwrap();
        assert_eq!(c.len(), 2);
        assert_eq!(c.kind_of("r/a"), Some(Kind::RaceResult));
        assert_eq!(c.kind_of("c/b"), Some(Kind::ParticipationCount));
        assert_eq!(c.kind_of("r/z"), None);
        let mut back = Vec::new();
        c.each(&mut |r| {
            back.push(r);
            Ok(())
        })
        .unwrap();
        let mut a_more = a;
        a_more.parts.push((3, Value::Text("42.195".into())));
        assert_eq!(back, vec![a_more, b]);
    }

    #[test]
    fn nothing_seen_writes_no_file() {
        let c = Composites::default();
        assert!(c.file.is_none());
        let mut n = 0;
        c.each(&mut |_| {
            n += 1;
            Ok(())
        })
        .unwrap();
        assert_eq!(n, 0);
    }
}
