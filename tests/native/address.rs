//! The one rule for graph addresses, as a table against what the WHATWG URL
//! standard (and so the browser) makes of each address, then the judgement.

use switchback::domain::address::{resolve, Reason};
use switchback::domain::options::PageOptions;

const PAGE: &str = "https://app.example/dir/index.html?embed=1#/role/a";

/// Allowed addresses: (address, base, the URL fetched, same origin).
const ALLOWED: &[(&str, &str, &str, bool)] = &[
    ("graphs/careers.json", PAGE, "https://app.example/dir/graphs/careers.json", true),
    ("../g.json", PAGE, "https://app.example/g.json", true),
    ("/g.json", PAGE, "https://app.example/g.json", true),
    ("./a/../b.json", PAGE, "https://app.example/dir/b.json", true),
    ("%2e%2e/g.json", PAGE, "https://app.example/g.json", true),
    ("g.json?v=2#top", PAGE, "https://app.example/dir/g.json?v=2", true),
    ("?v=3", PAGE, "https://app.example/dir/index.html?v=3", true),
    ("  g.json\n", PAGE, "https://app.example/dir/g.json", true),
    ("gr\taph\n.json", PAGE, "https://app.example/dir/graph.json", true),
    ("a b.json", PAGE, "https://app.example/dir/a%20b.json", true),
    ("sub\\g.json", PAGE, "https://app.example/dir/sub/g.json", true),
    // Same scheme as the page and no slashes: relative, as browsers do.
    ("https:evil.example/g.json", PAGE, "https://app.example/dir/evil.example/g.json", true),
    ("https://app.example/other.json", PAGE, "https://app.example/other.json", true),
    ("https://app.example:443/x.json", PAGE, "https://app.example/x.json", true),
    ("https://Example.ORG/G.json", PAGE, "https://example.org/G.json", false),
    ("HTTPS://example.org/a b.json?q=a b", PAGE, "https://example.org/a%20b.json?q=a%20b", false),
    ("https:\\\\evil.example\\g.json", PAGE, "https://evil.example/g.json", false),
    ("https:evil.example/g.json", "http://app.example/", "https://evil.example/g.json", false),
    ("https://0x7f.1/g.json", PAGE, "https://127.0.0.1/g.json", false),
    ("https://2130706433/g.json", PAGE, "https://127.0.0.1/g.json", false),
    ("https://0300.0250.1.1/", PAGE, "https://192.168.1.1/", false),
    ("https://1.2.3.4./", PAGE, "https://1.2.3.4/", false),
    ("https://a.example/%2e%2E/b/./c/.", PAGE, "https://a.example/b/c/", false),
    ("https://a.example/x?q='\"<>`{}", PAGE, "https://a.example/x?q=%27%22%3C%3E`{}", false),
    ("https://a.example/x{}`", PAGE, "https://a.example/x%7B%7D%60", false),
    ("https://[::1]:8443/g.json", PAGE, "https://[::1]:8443/g.json", false),
    ("http://localhost:8080/g.json", PAGE, "http://localhost:8080/g.json", false),
    ("g.json", "http://127.0.0.1:8080/app/", "http://127.0.0.1:8080/app/g.json", true),
    ("http:g.json", "http://127.0.0.1:8080/app/", "http://127.0.0.1:8080/app/g.json", true),
    ("https://example.org/g.json", "file:///home/me/switchback.html", "https://example.org/g.json", false),
];

/// Refused addresses: (address, base, why, words the message must hold).
const REFUSED: &[(&str, &str, Reason, &str)] = &[
    ("", PAGE, Reason::Empty, "empty"),
    ("   ", PAGE, Reason::Empty, "empty"),
    ("javascript:alert(1)", PAGE, Reason::Scheme, "runs code"),
    (" JavaScript:alert(1)", PAGE, Reason::Scheme, "runs code"),
    ("java\tscript:alert(1)", PAGE, Reason::Scheme, "runs code"),
    ("data:application/json,{}", PAGE, Reason::Scheme, "data:"),
    ("file:///etc/passwd", PAGE, Reason::Scheme, "file:"),
    ("blob:https://app.example/1234", PAGE, Reason::Scheme, "blob:"),
    ("ftp://example.org/g.json", PAGE, Reason::Scheme, "only http:// and https://"),
    // Leaving the origin without saying so, in each of the browser's ways.
    ("//evil.example/g.json", PAGE, Reason::Disguised, "fetch it from evil.example"),
    ("\\\\evil.example/g.json", PAGE, Reason::Disguised, "fetch it from evil.example"),
    ("/\\evil.example/g.json", PAGE, Reason::Disguised, "fetch it from evil.example"),
    ("\\/evil.example/g.json", PAGE, Reason::Disguised, "https://evil.example/g.json"),
    ("///evil.example/g.json", PAGE, Reason::Disguised, "evil.example"),
    ("/\t/evil.example/g.json", PAGE, Reason::Disguised, "evil.example"),
    ("https://user:pw@evil.example/g.json", PAGE, Reason::Credentials, "before the host evil.example"),
    ("https://app.example@evil.example/g.json", PAGE, Reason::Credentials, "evil.example"),
    ("http://evil.example/g.json", PAGE, Reason::Insecure, "plain http on evil.example"),
    ("http:evil.example/g.json", PAGE, Reason::Insecure, "evil.example"),
    ("https:///", PAGE, Reason::Malformed, "no host"),
    ("https://example.org:99999/", PAGE, Reason::Malformed, "65535"),
    ("https://exa mple.org/", PAGE, Reason::Malformed, "host"),
    ("https://1.2.3.256/", PAGE, Reason::Malformed, "IPv4"),
    ("https://0x100000000/", PAGE, Reason::Malformed, "IPv4"),
    ("https://foo.09/", PAGE, Reason::Malformed, "IPv4"),
    ("https://b\u{fc}cher.example/", PAGE, Reason::InternationalHost, "xn--"),
    ("g.json", "file:///home/me/switchback.html", Reason::LocalFile, "opened from a file"),
];

#[test]
fn allowed_addresses_resolve_as_the_browser_resolves_them() {
    for &(address, base, url, same) in ALLOWED {
        let got = resolve(address, base).unwrap_or_else(|r| panic!("{address:?} on {base}: refused: {}", r.message));
        assert_eq!((got.url.as_str(), got.same_origin), (url, same), "{address:?} on {base}");
    }
}

#[test]
fn refused_addresses_say_what_they_really_are() {
    for &(address, base, reason, words) in REFUSED {
        match resolve(address, base) {
            Ok(f) => panic!("{address:?} on {base}: allowed as {}", f.url),
            Err(r) => {
                assert_eq!(r.reason, reason, "{address:?}: {}", r.message);
                assert!(r.message.contains(words), "{address:?}: {:?} lacks {words:?}", r.message);
            }
        }
    }
}

#[test]
fn a_refused_graph_in_the_page_address_is_kept_for_a_notice() {
    let o = PageOptions::parse("graph=%2F%5Cevil.example%2Fg.json");
    assert_eq!(o.graph, None);
    let refused = o.graph_refused.expect("kept for a notice");
    assert_eq!(refused.reason, Reason::Disguised);
    assert!(refused.message.contains("evil.example"), "{}", refused.message);
    assert_eq!(PageOptions::parse("graph=g.json").graph_refused, None);
    // Judged where the page really is: plain http from an http page is
    // fetched; from an https page the browser would block it, so it is said.
    let http = "graph=http%3A%2F%2Fexample.org%2Fg.json";
    assert!(PageOptions::parse_at(http, "http://host.example/app/").graph.is_some());
    let refused = PageOptions::parse_at(http, "https://host.example/app/").graph_refused.expect("refused");
    assert_eq!(refused.reason, Reason::Insecure);
    for (query, words) in [
        ("graph=javascript:alert(1)", "runs code"),
        ("graph=data:application/json,%7B%7D", "carries its own content"),
        ("graph=%2F%2Fevil.example%2Fg.json", "evil.example"),
        ("graph=%5C%5Cevil.example%2Fg.json", "evil.example"),
    ] {
        let o = PageOptions::parse_at(query, "https://host.example/app/index.html");
        assert_eq!(o.graph, None, "{query}");
        let refused = o.graph_refused.expect(query);
        assert!(refused.message.contains(words), "{query}: {}", refused.message);
    }
}

#[test]
fn a_hostile_address_is_quoted_short_and_escaped() {
    let long = format!("javascript:{}", "a".repeat(100_000));
    let r = resolve(&long, PAGE).expect_err("refused");
    assert!(r.message.len() < 400, "{}", r.message.len());
    let r = resolve("javascript:\u{1b}]0;owned\u{7}\u{202e}", PAGE).expect_err("refused");
    assert!(!r.message.contains('\u{1b}') && !r.message.contains('\u{202e}'), "{:?}", r.message);
}
