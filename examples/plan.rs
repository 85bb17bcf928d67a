use switchback::domain::paths::*;
use switchback::domain::validate::load_json;
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let g = load_json(switchback::data::BUILTIN_JSON).unwrap().graph;
    let (f, t) = (g.role_ix(&a[1]).unwrap(), g.role_ix(&a[2]).unwrap());
    let have = if a.get(3).map(String::as_str) == Some("own") { g.role_skills(f).clone() } else { Default::default() };
    for r in Ranking::ALL {
        println!("{r:?}");
        if let PathResult::Found { options, .. } = plan_paths(&g, &Query { from: f, to: t, have: &have, ranking: r, k: 5 }) {
            for o in options {
                let ids: Vec<_> = o.roles.iter().map(|&x| g.role(x).id.as_str()).collect();
                println!("  moves={} new={} months={:?} {}", o.moves.len(), o.new_skills.len(), o.months, ids.join(" > "));
            }
        }
    }
}
