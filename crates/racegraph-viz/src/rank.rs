//! Node importance: degree and PageRank.
//!
//! `petgraph::algo::page_rank` compares every pair of nodes in every
//! iteration (O(iterations × nodes² × edges)), which is far too slow for a
//! whole store, so this is the usual power iteration over an edge list.

use petgraph::graph::DiGraph;

/// The damping factor of PageRank.
const DAMPING: f64 = 0.85;
/// Power iterations; plenty for a ranking.
const ITERATIONS: usize = 50;

/// PageRank of each node of a directed graph given as an edge list; the
/// rank of nodes without out-edges is spread over all nodes. Sums to 1.
pub(crate) fn page_rank(node_count: usize, edges: &[(usize, usize)]) -> Vec<f64> {
    if node_count == 0 {
        return Vec::new();
    }
    let n = node_count as f64;
    let mut out_degree = vec![0usize; node_count];
    for &(s, _) in edges {
        out_degree[s] += 1;
    }
    let mut ranks = vec![1.0 / n; node_count];
    for _ in 0..ITERATIONS {
        let dangling: f64 = (0..node_count)
            .filter(|&i| out_degree[i] == 0)
            .map(|i| ranks[i])
            .sum();
        let base = (1.0 - DAMPING) / n + DAMPING * dangling / n;
        let mut next = vec![base; node_count];
        for &(s, t) in edges {
            next[t] += DAMPING * ranks[s] / out_degree[s] as f64;
        }
        ranks = next;
    }
    ranks
}

/// `(PageRank, degree)` of every node by index, counting only the nodes
/// flagged in `keep` and taking edges both ways; unflagged nodes get zeros.
pub(crate) fn importance<N, E>(graph: &DiGraph<N, E>, keep: &[bool]) -> Vec<(f64, usize)> {
    let kept = |i: usize| keep.get(i).copied().unwrap_or(false);
    let mut edges = Vec::new();
    let mut degree = vec![0usize; graph.node_count()];
    for e in graph.raw_edges() {
        let (s, t) = (e.source().index(), e.target().index());
        if kept(s) && kept(t) {
            edges.extend([(s, t), (t, s)]);
            degree[s] += 1;
            degree[t] += 1;
        }
    }
    let ranks = page_rank(graph.node_count(), &edges);
    (0..graph.node_count())
        .map(|i| {
            if kept(i) {
                (ranks[i], degree[i])
            } else {
                (0.0, 0)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_sum_to_one_and_favour_the_hub() {
        // 1, 2 and 3 all point at 0; 0 points at 1.
        let ranks = page_rank(4, &[(1, 0), (2, 0), (3, 0), (0, 1)]);
        assert!((ranks.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(ranks[0] > ranks[1] && ranks[1] > ranks[2]);
        assert!((ranks[2] - ranks[3]).abs() < 1e-12);
    }

    #[test]
    fn agrees_with_petgraph_on_the_order() {
        let mut g: DiGraph<(), ()> = DiGraph::new();
        let n: Vec<_> = (0..5).map(|_| g.add_node(())).collect();
        for (s, t) in [(0, 1), (0, 3), (1, 2), (1, 3), (2, 3), (4, 3)] {
            g.add_edge(n[s], n[t], ());
        }
        let edges: Vec<_> = g
            .raw_edges()
            .iter()
            .map(|e| (e.source().index(), e.target().index()))
            .collect();
        let ours = page_rank(5, &edges);
        let theirs = petgraph::algo::page_rank(&g, DAMPING, ITERATIONS);
        let top = |r: &[f64]| (0..r.len()).max_by(|&a, &b| r[a].total_cmp(&r[b]));
        assert_eq!(top(&ours), top(&theirs));
        assert_eq!(top(&ours), Some(3));
    }

    #[test]
    fn importance_ignores_unkept_nodes() {
        let mut g: DiGraph<(), ()> = DiGraph::new();
        let a = g.add_node(());
        let b = g.add_node(());
        let c = g.add_node(());
        g.add_edge(a, b, ());
        g.add_edge(b, c, ());
        let imp = importance(&g, &[true, true, false]);
        assert_eq!(imp[0].1, 1);
        assert_eq!(imp[1].1, 1);
        assert_eq!(imp[2], (0.0, 0));
    }
}
