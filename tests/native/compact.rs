//! The compact form of a checked graph (what the graph checker's worker
//! answers): every graph and every report reads back as it was written, and
//! damaged bytes are refused without a panic.

use proptest::prelude::*;
use switchback::domain::compact::{answer, check_text, read_answer, TAG};
use switchback::domain::synthetic::{generate, hostile, Sizes};

const SMALL: Sizes = Sizes { roles: 40, transitions: 120, skills: 20, tracks: 4 };
use switchback::domain::validate::{load_doc, load_json};

fn round_trip(result: &Result<switchback::domain::validate::Loaded, switchback::domain::report::Report>) {
    let bytes = answer(result);
    assert_eq!(bytes[0], TAG);
    let back = read_answer(&bytes).expect("an answer reads back");
    assert_eq!(&back, result);
}

#[test]
fn a_generated_graph_reads_back_the_same() {
    for seed in 0..4 {
        round_trip(&load_doc(generate(SMALL, seed)));
    }
}

#[test]
fn the_atlas_reads_back_the_same_and_is_smaller_than_its_json() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/data/onet-29.3.json")).expect("atlas");
    let loaded = load_json(&text);
    assert!(loaded.is_ok());
    let bytes = answer(&loaded);
    // Repeated strings (steps, ids) are written once: about a fifth.
    assert!(bytes.len() < text.len() / 4, "{} bytes for {} of JSON", bytes.len(), text.len());
    assert_eq!(read_answer(&bytes).expect("reads back"), loaded);
}

#[test]
fn reports_read_back_with_every_location_and_the_unlisted_counts() {
    // Text positions (syntax), paths, counts beyond the listed 200.
    for text in ["{\"format\": ", &hostile::wrong_items(1_000), &hostile::unknown_references(300)] {
        let result = load_json(text);
        assert!(result.is_err());
        round_trip(&result);
    }
    // Spreadsheet cells.
    let files = serde_json::to_string(&[("roles.csv", "id,title\nBad Id,Engineer\n")]).unwrap();
    let result = check_text("csv", &files, "Sheet");
    assert!(result.as_ref().is_err_and(|r| r.problems.iter().any(|p| p.location.to_string().contains("roles.csv"))));
    round_trip(&result);
    // Kept spreadsheet files that are not a list of files.
    let damaged = check_text("csv", "not a list", "Sheet");
    assert!(damaged.as_ref().is_err_and(|r| r.problems[0].message.contains("damaged")));
    round_trip(&damaged);
}

#[test]
fn answers_from_another_build_or_with_bytes_left_over_are_refused() {
    let mut bytes = answer(&load_doc(generate(SMALL, 1)));
    bytes.push(0);
    assert!(read_answer(&bytes).is_none(), "a byte left over");
    bytes.pop();
    bytes[1] ^= 0x01;
    assert!(read_answer(&bytes).is_none(), "another build's stamp");
    assert!(read_answer(&[]).is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any truncation or any flipped byte of a real answer is read as
    /// `None` or as some answer, never a panic (a graph whose references
    /// do not resolve is refused before it is indexed).
    #[test]
    fn damaged_answers_never_panic(seed in 0u64..8, cut in 0usize..4_000, at in 0usize..4_000, flip in 1u8..=255) {
        let bytes = answer(&load_doc(generate(SMALL, seed)));
        let _ = read_answer(&bytes[..cut.min(bytes.len())]);
        let mut flipped = bytes.clone();
        let i = at % flipped.len();
        flipped[i] ^= flip;
        let _ = read_answer(&flipped);
    }
}
