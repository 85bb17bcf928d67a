//! Benchmarks of validation, path planning and layout, on the built-in graph
//! and on a generated graph of 1,000 roles and 20,000 transitions.
//!
//! Figures go to docs/performance.md. `cargo test --benches` runs each once
//! (so they cannot rot); `cargo bench` measures.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use switchback::domain::graph::Graph;
use switchback::domain::layout::{focus_layout, full_layout};
use switchback::domain::paths::{plan_paths, Query, Ranking};
use switchback::domain::search::{Scope, SearchIndex};
use switchback::domain::skillset::SkillSet;
use switchback::domain::synthetic::{generate, Sizes};
use switchback::domain::validate::load_json;

fn atlas_json() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/data/onet-29.3.json"))
        .expect("the atlas is committed")
}

fn large_json() -> String {
    serde_json::to_string(&generate(Sizes::LARGE, 7)).expect("serializes")
}

fn load(text: &str) -> Graph {
    load_json(text).expect("valid").graph
}

fn validation(c: &mut Criterion) {
    let large = large_json();
    let mut group = c.benchmark_group("validate+index");
    group.bench_function("builtin", |b| b.iter(|| load_json(black_box(switchback::data::BUILTIN_JSON)).is_ok()));
    group.sample_size(10);
    group.bench_function("generated-1000x20000", |b| b.iter(|| load_json(black_box(&large)).is_ok()));
    let atlas = atlas_json();
    group.bench_function("onet-atlas", |b| b.iter(|| load_json(black_box(&atlas)).is_ok()));
    group.finish();
}

fn planning(c: &mut Criterion) {
    let builtin = load(switchback::data::BUILTIN_JSON);
    let large = load(&large_json());
    let none = SkillSet::new();
    let mut group = c.benchmark_group("plan");
    let (from, to) = (builtin.role_ix("ops-engineer").unwrap(), builtin.role_ix("chief-product-officer").unwrap());
    for ranking in Ranking::ALL {
        group.bench_with_input(BenchmarkId::new("builtin-ops-to-cpo-k3", ranking.as_str()), &ranking, |b, &ranking| {
            b.iter(|| plan_paths(&builtin, black_box(&Query { from, to, have: &none, ranking, k: 3 })))
        });
    }
    // Ten fixed pairs of the generated graph, planned one after another.
    let pairs: Vec<_> = (0..10)
        .map(|i| {
            (
                large.role_ix(&format!("role-{}", i * 97)).unwrap(),
                large.role_ix(&format!("role-{}", 999 - i * 13)).unwrap(),
            )
        })
        .collect();
    let have = large.skill_set((0..30).map(|i| format!("skill-{i}")).collect::<Vec<_>>().iter().map(String::as_str));
    for ranking in Ranking::ALL {
        for k in [3, 10] {
            group.bench_with_input(
                BenchmarkId::new(format!("generated-10-pairs-k{k}"), ranking.as_str()),
                &ranking,
                |b, &ranking| {
                    b.iter(|| {
                        for &(from, to) in &pairs {
                            black_box(plan_paths(&large, &Query { from, to, have: &have, ranking, k }));
                        }
                    })
                },
            );
        }
    }
    // The atlas: ten pairs across major groups, k = 5 (the budget).
    let atlas = load(&atlas_json());
    let code = |c: &str| atlas.role_ix(c).unwrap_or_else(|| panic!("{c}"));
    let pairs: Vec<_> = [
        ("15-1252-00", "11-3021-00"),
        ("41-2031-00", "11-2022-00"),
        ("29-1141-00", "11-9111-00"),
        ("47-2061-00", "47-1011-00"),
        ("43-4051-00", "13-1111-00"),
        ("35-2014-00", "11-9051-00"),
        ("53-3032-00", "53-1043-00"),
        ("25-2021-00", "25-9031-00"),
        ("51-2092-00", "17-3026-00"),
        ("31-1131-00", "29-1141-00"),
    ]
    .iter()
    .map(|(a, b)| (code(a), code(b)))
    .collect();
    let none = SkillSet::new();
    for ranking in Ranking::ALL {
        group.bench_with_input(BenchmarkId::new("onet-10-pairs-k5", ranking.as_str()), &ranking, |b, &ranking| {
            b.iter(|| {
                for &(from, to) in &pairs {
                    black_box(plan_paths(&atlas, &Query { from, to, have: &none, ranking, k: 5 }));
                }
            })
        });
    }
    group.finish();
}

fn layout(c: &mut Criterion) {
    let large = load(&large_json());
    let center = large.role_ix("role-0").unwrap();
    c.bench_function("layout/full-generated", |b| b.iter(|| full_layout(black_box(&large))));
    c.bench_function("layout/focus-generated-radius2", |b| b.iter(|| focus_layout(black_box(&large), center, 2, 12)));
}

/// Search on the atlas: building the index (once per graph, when it is
/// opened) and the 19 keystrokes of "software developers", each a search
/// as the search box runs it (all scopes, eight results).
fn search(c: &mut Criterion) {
    let atlas = load(&atlas_json());
    let mut group = c.benchmark_group("search");
    group.bench_function("onet-index", |b| b.iter(|| SearchIndex::new(black_box(&atlas))));
    let index = SearchIndex::new(&atlas);
    let query = "software developers";
    group.bench_function("onet-19-keystrokes", |b| {
        b.iter(|| {
            for end in 1..=query.len() {
                black_box(index.search(black_box(&query[..end]), Scope::All, 8));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, validation, planning, layout, search);
criterion_main!(benches);
