//! Search: partial, case-insensitive, typo-tolerant, and by the names
//! people use.

use switchback::domain::search::{fold, Hit, Scope, SearchIndex};

use crate::support::builtin;

fn titles(g: &switchback::domain::graph::Graph, hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .map(|h| match *h {
            Hit::Role(r) => g.role(r).title.clone(),
            Hit::Skill(s) => format!("skill: {}", g.skill_name(s)),
        })
        .collect()
}

#[test]
fn search_is_partial_case_insensitive_and_typo_tolerant() {
    let g = builtin();
    let index = SearchIndex::new(&g);
    let first = |q: &str, scope| titles(&g, &index.search(q, scope, 5)).into_iter().next().unwrap_or_default();
    let cases = [
        ("Product Manager", Scope::Roles, "Product Manager"),
        ("product manager", Scope::Roles, "Product Manager"),
        ("chief", Scope::Roles, "Chief Product Officer"),
        ("program man", Scope::Roles, "Technical Program Manager"),
        ("prodcut manger", Scope::Roles, "Product Manager"),
        ("secrity tpm", Scope::Roles, "Security Technical Program Manager"),
        ("tpm", Scope::Roles, "Technical Program Manager"),
        ("roadmap", Scope::All, "skill: Roadmapping"),
        ("rodmapping", Scope::Skills, "skill: Roadmapping"),
        ("OPERATIONS", Scope::All, "Operations Engineer"),
    ];
    for (query, scope, want) in cases {
        assert_eq!(first(query, scope), want, "{query:?}");
    }
    assert!(index.search("zzzzqqq", Scope::All, 5).is_empty());
    assert!(index.search("   ", Scope::All, 5).is_empty());
    assert!(index.search("manager", Scope::Skills, 10).iter().all(|h| matches!(h, Hit::Skill(_))));
    assert_eq!(index.search("e", Scope::All, 4).len(), 4, "the limit holds");
    assert_eq!(fold("ÉCOLE Øre"), "école øre");
}

/// The names people use: acronyms and other titles find the built-in
/// graph's roles, an exact name first, and say which name matched.
#[test]
fn search_finds_roles_by_the_names_people_use() {
    let g = builtin();
    let index = SearchIndex::new(&g);
    let found = |q: &str| -> Vec<(String, Option<String>)> {
        index
            .search_why(q, Scope::All, 8)
            .into_iter()
            .map(|f| match f.hit {
                Hit::Role(r) => (g.role(r).id.clone(), f.alias.map(|a| g.role(r).aliases[a].clone())),
                Hit::Skill(s) => (format!("skill:{}", g.skill(s).id), None),
            })
            .collect()
    };
    let first = |q: &str| found(q).into_iter().next().unwrap_or_else(|| panic!("{q:?} finds nothing"));
    assert_eq!(first("cpo"), ("chief-product-officer".into(), Some("CPO".into())));
    assert_eq!(first("CPO"), ("chief-product-officer".into(), Some("CPO".into())));
    assert_eq!(first("pm"), ("product-manager".into(), Some("Product Manager (PM)".into())));
    assert_eq!(first("tpm"), ("tpm".into(), None), "the id is the acronym: nothing more to say");
    assert_eq!(first("sre"), ("ops-engineer".into(), Some("Site Reliability Engineer (SRE)".into())));
    assert_eq!(first("developer"), ("software-engineer".into(), Some("Developer".into())));
    assert_eq!(first("qa").0, "release-engineer");
    let devops: Vec<String> = found("devops").into_iter().map(|(id, _)| id).collect();
    assert_eq!(devops[..2], ["ops-engineer", "release-engineer"], "the operations roles");
    // A title beats an alias that matches as well: no "also called".
    assert_eq!(first("product manager"), ("product-manager".into(), None));
    // Other names are typo-tolerant too.
    assert_eq!(first("site reliabilty").0, "ops-engineer");
}
