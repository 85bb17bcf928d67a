//! The address parsers: the view in the hash, the page options in the query
//! and the one rule for addresses a graph is fetched from. None panics; a
//! route formats to an address that parses back to itself; an allowed
//! address resolves to an http(s) URL that the rule allows again unchanged;
//! a refusal's message stays short.
#![no_main]

use libfuzzer_sys::fuzz_target;
use switchback::domain::address::resolve;
use switchback::domain::options::PageOptions;
use switchback::domain::route::Route;

const BASES: &[&str] = &[
    "https://app.example/dir/index.html?embed=1",
    "http://127.0.0.1:8080/",
    "file:///home/me/switchback.html",
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let route = Route::parse(text);
    assert_eq!(Route::parse(&route.to_hash()), route, "{text:?}");
    let _ = PageOptions::parse(text);
    for base in BASES {
        match resolve(text, base) {
            Ok(fetch) => {
                assert!(fetch.url.starts_with("http://") || fetch.url.starts_with("https://"), "{fetch:?}");
                let again = resolve(&fetch.url, base).unwrap_or_else(|r| panic!("{text:?} -> {fetch:?} -> {r:?}"));
                assert_eq!((&again.url, again.same_origin), (&fetch.url, fetch.same_origin), "{text:?}");
            }
            Err(refused) => assert!(refused.message.len() < 1024, "{}", refused.message.len()),
        }
    }
});
