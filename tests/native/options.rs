//! Page options from the query string: what embeds and links may ask for.

use switchback::domain::options::{is_fetchable, is_origin, percent_decode, with_graph, PageOptions};
use switchback::domain::paths::Ranking;
use switchback::domain::route::Selection;
use switchback::domain::state::Theme;

#[test]
fn a_full_embed_query() {
    let o = PageOptions::parse(
        "?embed=1&id=sb3-x1&parent=https%3A%2F%2Fblog.example.org&theme=dark&graph=https%3A%2F%2Fexample.org%2Fg.json&role=tpm&from=ops-engineer&to=product-manager&rank=skills&inline=1",
    );
    assert!(o.embed && o.inline);
    assert_eq!(o.id.as_deref(), Some("sb3-x1"));
    assert_eq!(o.parent.as_deref(), Some("https://blog.example.org"));
    assert_eq!(o.theme, Some(Theme::Dark));
    assert_eq!(o.graph.as_deref(), Some("https://example.org/g.json"));
    let initial = o.initial.expect("an initial view");
    assert_eq!(initial.selection, Selection::Role("tpm".into()));
    let plan = initial.plan.expect("a plan");
    assert_eq!(
        (plan.from.as_deref(), plan.to.as_deref(), plan.ranking),
        (Some("ops-engineer"), Some("product-manager"), Ranking::FewestNewSkills)
    );
}

#[test]
fn nothing_asked_nothing_set() {
    assert_eq!(PageOptions::parse(""), PageOptions::default());
    assert_eq!(PageOptions::parse("?utm_source=x"), PageOptions::default());
}

#[test]
fn dangerous_values_are_refused() {
    let cases = [
        "graph=javascript%3Aalert(1)",
        "graph=data%3Aapplication%2Fjson%2C%7B%7D",
        "graph=%2F%2Fevil.example%2Fg.json",
        "parent=javascript%3Aalert(1)",
        "parent=https%3A%2F%2Fblog.example.org%2Fpath%3Fq",
        "role=%3Cscript%3E",
    ];
    for q in cases {
        let o = PageOptions::parse(q);
        assert_eq!((o.graph, o.parent, o.initial), (None, None, None), "{q}");
    }
    for (url, ok) in [
        ("careers.json", true),
        ("data/atlas.json", true),
        ("https://example.org/g.json", true),
        ("ftp://x/y", false),
        ("", false),
    ] {
        assert_eq!(is_fetchable(url), ok, "{url}");
    }
    for (origin, ok) in
        [("https://a.example", true), ("http://127.0.0.1:8080", true), ("https://a.example/", false), ("null", false)]
    {
        assert_eq!(is_origin(origin), ok, "{origin}");
    }
}

#[test]
fn percent_decoding_keeps_what_it_cannot_decode() {
    for (coded, plain) in [
        ("https%3A%2F%2Fexample.org%2Fa%20b%3Fc%3Dd%26e%3D%C3%A9", "https://example.org/a b?c=d&e=é"),
        ("100%25", "100%"),
        ("%zz", "%zz"),
        ("", ""),
        ("a+b%2", "a b%2"),
    ] {
        assert_eq!(percent_decode(coded), plain, "{coded}");
    }
}

#[test]
fn embed_snippets_describe_the_view() {
    use switchback::domain::options::{iframe_snippet, loader_snippet};
    use switchback::domain::route::Route;
    let route = Route::parse("#/role/tpm?from=ops-engineer&to=chief-product-officer&rank=skills");
    assert_eq!(
        loader_snippet("https://example.org/careers/", &route, None),
        "<div data-switchback data-role=\"tpm\" data-from=\"ops-engineer\" data-to=\"chief-product-officer\" data-rank=\"skills\"></div>\n<script src=\"https://example.org/careers/embed.js\" async></script>"
    );
    let iframe = iframe_snippet("https://example.org/careers/", &route, None);
    assert!(iframe.starts_with("<iframe src=\"https://example.org/careers/index.html?embed=1#/role/tpm?from=ops-engineer&amp;to=chief-product-officer&amp;rank=skills\""));
    assert_eq!(
        loader_snippet("https://x/\"onload=\"", &Route::default(), None),
        "<div data-switchback></div>\n<script src=\"https://x/&quot;onload=&quot;embed.js\" async></script>"
    );
}

#[test]
fn embed_snippets_name_the_graph_shown_when_it_has_an_address() {
    use switchback::domain::options::{iframe_snippet, loader_snippet};
    use switchback::domain::route::Route;
    let route = Route::parse("#/role/29-1141-00");
    // The atlas: embed.js reads data-graph against the blog's page, so the
    // app's own address; the iframe's query against the app's.
    assert_eq!(
        loader_snippet("https://example.org/careers/", &route, Some("onet-29.3.json")),
        "<div data-switchback data-graph=\"https://example.org/careers/onet-29.3.json\" data-role=\"29-1141-00\"></div>\n<script src=\"https://example.org/careers/embed.js\" async></script>"
    );
    assert!(iframe_snippet("https://example.org/careers/", &route, Some("onet-29.3.json")).starts_with(
        "<iframe src=\"https://example.org/careers/index.html?embed=1&amp;graph=onet-29.3.json#/role/29-1141-00\""
    ));
    // A graph from elsewhere, as it was loaded.
    let url = "https://data.example.net/g.json?v=1";
    assert!(loader_snippet("https://example.org/careers/", &route, Some(url))
        .contains("data-graph=\"https://data.example.net/g.json?v=1\""));
    assert!(iframe_snippet("https://example.org/careers/", &route, Some(url))
        .contains("embed=1&amp;graph=https://data.example.net/g.json%3Fv%3D1#"));
    // Both lead the embedded page to the atlas, read from its checked copy.
    let app = "https://example.org/careers/index.html";
    for query in [
        "?embed=1&graph=onet-29.3.json",
        "?embed=1&graph=https%3A%2F%2Fexample.org%2Fcareers%2Fonet-29.3.json",
        "?graph=./onet-29.3.json",
    ] {
        assert!(PageOptions::parse_at(query, app).graph_is_atlas, "{query}");
    }
    for query in
        ["?graph=https%3A%2F%2Fexample.net%2Fcareers%2Fonet-29.3.json", "?graph=onet-29.3.json.bak", "?graph=g.json"]
    {
        assert!(!PageOptions::parse_at(query, app).graph_is_atlas, "{query}");
    }
}

#[test]
fn the_query_names_the_graph_shown_and_keeps_everything_else() {
    assert_eq!(with_graph("", Some("onet-29.3.json")), "?graph=onet-29.3.json");
    assert_eq!(with_graph("?theme=dark&graph=old.json", Some("onet-29.3.json")), "?theme=dark&graph=onet-29.3.json");
    assert_eq!(with_graph("?graph=old.json&theme=dark", None), "?theme=dark");
    assert_eq!(with_graph("?graph=old.json", None), "");
    assert_eq!(with_graph("", None), "");
    // `graphs=` is another key; what a URL holds that a query reads
    // otherwise is escaped.
    assert_eq!(
        with_graph("?graphs=1", Some("https://example.org/g.json?v=2&x=a+b#top")),
        "?graphs=1&graph=https://example.org/g.json%3Fv%3D2%26x%3Da%2Bb%23top"
    );
    assert_eq!(
        percent_decode("https://example.org/g.json%3Fv%3D2%26x%3Da%2Bb%23top"),
        "https://example.org/g.json?v=2&x=a+b#top"
    );
}
