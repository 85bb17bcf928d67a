//! The inputs that once froze the page while loading (issue 11), through
//! the domain's loader: two hundred thousand and two million wrong items,
//! 6,000 and 20,000 unknown references, a five-megabyte id, and a valid
//! graph of about 19 MB. Figures, before and after the problem cap and the
//! bounded "did you mean", are in docs/performance.md.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use switchback::domain::synthetic::hostile;
use switchback::domain::validate::load_json;

fn freeze_inputs(c: &mut Criterion) {
    let inputs = [
        ("roles-1-x100000 (200 KB)", hostile::wrong_items(100_000)),
        ("roles-1-x2000000 (4 MB)", hostile::wrong_items(2_000_000)),
        ("unknown-refs-6000", hostile::unknown_references(6_000)),
        ("unknown-refs-20000", hostile::unknown_references(20_000)),
        ("id-5MB", hostile::long_id(5_000_000)),
        ("valid-19MB", hostile::large_valid()),
    ];
    let mut group = c.benchmark_group("hostile-load");
    group.sample_size(10);
    for (name, text) in &inputs {
        group.bench_function(*name, |b| b.iter(|| black_box(load_json(black_box(text))).is_ok()));
    }
    group.finish();
}

criterion_group!(benches, freeze_inputs);
criterion_main!(benches);
