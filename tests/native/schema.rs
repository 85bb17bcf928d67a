//! The public format's three descriptions agree: the Rust types (and the JSON
//! Schema generated from them), the shape table validation walks, and the
//! documentation in `docs/data-format.md`.

use serde_json::Value;
use switchback::domain::format::{json_schema, MAX_MONTHS};
use switchback::domain::shape::{Kind, Object, GRAPH};
use switchback::domain::validate::load_json;

use crate::support::root;

const SCHEMA_PATH: &str = "schema/switchback-1.schema.json";

#[test]
fn checked_in_schema_is_current() {
    let on_disk = std::fs::read_to_string(root().join(SCHEMA_PATH)).unwrap_or_default();
    assert!(
        on_disk == json_schema(),
        "{SCHEMA_PATH} is stale: the format types changed. Run `cargo xtask schema` and commit the result."
    );
}

/// The schema of one object: its own, or the `$defs` entry a `$ref` names.
fn resolve<'a>(schema: &'a Value, root_schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.trim_start_matches("#/$defs/");
            &root_schema["$defs"][name]
        }
        None => schema,
    }
}

fn check_object(shape: &Object, schema: &Value, root_schema: &Value) {
    let props = schema["properties"].as_object().unwrap_or_else(|| panic!("{}: no properties", shape.name));
    let mut schema_fields: Vec<&str> = props.keys().map(String::as_str).collect();
    let mut shape_fields: Vec<&str> = shape.fields.iter().map(|f| f.name).collect();
    schema_fields.sort_unstable();
    shape_fields.sort_unstable();
    assert_eq!(schema_fields, shape_fields, "{}: fields differ", shape.name);
    assert_eq!(schema["additionalProperties"], Value::Bool(false), "{}: unknown fields must be refused", shape.name);

    let required: Vec<&str> =
        schema["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    for field in shape.fields {
        assert_eq!(required.contains(&field.name), field.required, "{}.{}: required differs", shape.name, field.name);
        let prop = &props[field.name];
        let ty = prop["type"].as_str().unwrap_or("");
        match field.kind {
            Kind::Text => assert_eq!(ty, "string", "{}.{}", shape.name, field.name),
            Kind::SmallWhole | Kind::Whole | Kind::Percent | Kind::EducationLevel => {
                assert_eq!(ty, "integer", "{}.{}", shape.name, field.name)
            }
            Kind::Range => {
                assert_eq!(ty, "array");
                assert_eq!(prop["minItems"], 2);
                assert_eq!(prop["maxItems"], 2);
                assert_eq!(prop["items"]["maximum"], MAX_MONTHS, "{}.{}: the bound on months", shape.name, field.name);
            }
            Kind::TextList => {
                assert_eq!(ty, "array", "{}.{}", shape.name, field.name);
                assert_eq!(prop["items"]["type"], "string", "{}.{}", shape.name, field.name);
            }
            Kind::List(inner) => {
                assert_eq!(ty, "array", "{}.{}", shape.name, field.name);
                check_object(inner, resolve(&prop["items"], root_schema), root_schema);
            }
            Kind::Object(inner) => check_object(inner, resolve(prop, root_schema), root_schema),
        }
        // The ranges the schema states are the ones validation checks.
        let range = |min: u64, max: u64| {
            assert_eq!(prop["minimum"].as_u64(), Some(min), "{}.{} minimum", shape.name, field.name);
            assert_eq!(prop["maximum"].as_u64(), Some(max), "{}.{} maximum", shape.name, field.name);
        };
        match field.kind {
            Kind::Percent => range(0, 100),
            Kind::EducationLevel => range(1, 12),
            _ => {}
        }
    }
}

#[test]
fn shape_table_matches_the_schema() {
    let schema: Value = serde_json::from_str(&json_schema()).expect("schema is JSON");
    check_object(&GRAPH, &schema, &schema);
}

fn data_format_doc() -> String {
    std::fs::read_to_string(root().join("docs/data-format.md")).expect("docs/data-format.md exists")
}

/// Every ```json block in the document.
fn json_blocks(doc: &str) -> Vec<&str> {
    doc.split("```json").skip(1).map(|rest| rest.split("```").next().unwrap_or("")).collect()
}

#[test]
fn documented_example_is_a_valid_graph() {
    let doc = data_format_doc();
    let example = json_blocks(&doc).into_iter().next().expect("docs/data-format.md has a ```json example");
    let loaded = load_json(example).unwrap_or_else(|r| panic!("the documented example is invalid:\n{r}"));
    assert!(loaded.report.problems.is_empty(), "the documented example has warnings:\n{}", loaded.report);
}

/// The bound on `months` is the one validation applies and the one the
/// documentation states.
#[test]
fn the_months_bound_is_documented_and_applied() {
    let doc = data_format_doc();
    let row = doc.lines().find(|l| l.starts_with("| `transitions[].months`")).expect("months is documented");
    assert!(row.contains(&format!("from 0 to {MAX_MONTHS}")), "{row}");
    let graph = |months: &str| {
        format!(
            r#"{{"format":"switchback/1","roles":[{{"id":"a","title":"A"}},{{"id":"b","title":"B"}}],"transitions":[{{"from":"a","to":"b","months":{months}}}]}}"#
        )
    };
    assert!(load_json(&graph(&format!("[{MAX_MONTHS}, {MAX_MONTHS}]"))).is_ok());
    let report = load_json(&graph("[4294967295, 4294967295]")).expect_err("too many months");
    assert_eq!(report.problems[0].kind, switchback::domain::report::ProblemKind::MonthsTooLarge);
    assert_eq!(report.problems[0].location.to_string(), "transitions[0].months");
}

#[test]
fn every_field_is_documented() {
    let doc = data_format_doc();
    fn walk(shape: &Object, prefix: &str, doc: &str) {
        for field in shape.fields {
            let path = format!("{prefix}{}", field.name);
            assert!(doc.contains(&format!("`{path}`")), "docs/data-format.md does not document `{path}`");
            match field.kind {
                Kind::List(inner) => walk(inner, &format!("{path}[]."), doc),
                Kind::Object(inner) => walk(inner, &format!("{path}."), doc),
                _ => {}
            }
        }
    }
    walk(&GRAPH, "", &doc);
}

/// `assets/template.json`, the graph authors download to start from, is valid,
/// raises no warnings, and shows every field of the format at least once.
#[test]
fn template_is_valid_and_shows_every_field() {
    let text = std::fs::read_to_string(root().join("assets/template.json")).expect("assets/template.json");
    let loaded = load_json(&text).unwrap_or_else(|r| panic!("the template is invalid:\n{r}"));
    assert!(loaded.report.problems.is_empty(), "the template has warnings:\n{}", loaded.report);
    let value: Value = serde_json::from_str(&text).expect("json");
    fn walk(shape: &Object, values: &[&Value], prefix: &str) {
        for field in shape.fields {
            let path = format!("{prefix}{}", field.name);
            let present: Vec<&Value> = values.iter().filter_map(|v| v.get(field.name)).collect();
            assert!(!present.is_empty(), "the template does not show `{path}`");
            match field.kind {
                Kind::List(inner) => {
                    let items: Vec<&Value> = present.iter().filter_map(|v| v.as_array()).flatten().collect();
                    walk(inner, &items, &format!("{path}[]."));
                }
                Kind::Object(inner) => walk(inner, &present, &format!("{path}.")),
                _ => {}
            }
        }
    }
    walk(&GRAPH, &[&value], "");
}

/// Every CSV column the loader reads is documented in the spreadsheet section.
#[test]
fn every_csv_column_is_documented() {
    use switchback::domain::csv::Table;
    let doc = data_format_doc();
    let section = doc
        .split("## The spreadsheet route")
        .nth(1)
        .expect("a spreadsheet section")
        .split("\n## ")
        .next()
        .unwrap_or("");
    for (table, name) in [(Table::Roles, "roles"), (Table::Skills, "skills"), (Table::Transitions, "transitions")] {
        for column in table.columns() {
            let documented =
                section.lines().any(|l| l.starts_with(&format!("| {name} |")) && l.contains(&format!("`{column}`")));
            assert!(documented, "docs/data-format.md does not document the {name} column `{column}`");
        }
    }
}
