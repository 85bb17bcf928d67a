//! One rule for every address a graph is fetched from, wherever it came
//! from: the form, `?graph=`, the remembered list of graphs, an embed.
//!
//! The address is first resolved against the page's own address the way the
//! browser will resolve it (the WHATWG URL standard: tabs and line breaks
//! dropped, a backslash counts as a slash in http(s) addresses, `//host` and
//! `/\host` lead to another host, `http:g.json` is relative on an http page,
//! numeric hosts such as `0x7f.1` are IPv4 addresses), and then judged by the
//! scheme, host and port it really reaches. The answer is either the
//! absolute URL to fetch, or a refusal whose message names what the address
//! really is, so a person can act on it.
//!
//! Allowed: absolute `http(s)://` addresses, and addresses that stay on the
//! page's own origin (a relative path such as `graphs/careers.json`).
//! Refused: every other scheme (`javascript:`, `data:`, `file:`, `blob:`…),
//! an address that leaves the page's origin without saying so (`//host/…`,
//! `\\host\…`, `/\host/…`: write `https://host/…` to mean another site),
//! user names and passwords in the address (fetch refuses them), `http:`
//! from an `https:` page (the browser blocks it, except on the loopback),
//! and relative paths in a copy opened from a file.
//!
//! Hand-written rather than with the `url` crate, whose international
//! domain name tables would cost the WebAssembly far more than this file.
//! The one difference: a host with non-ASCII letters is refused with a
//! message asking for its ASCII (`xn--`) form, instead of being converted.

use super::text::{brief, quote, thousands};

/// Addresses longer than this are refused (a graph's address is short; a
/// very long one is a data: address or a mistake).
pub const MAX_ADDRESS_LEN: usize = 8192;

/// An address resolved to what the browser will fetch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetchable {
    /// The absolute URL (`https://host/path?query`), without a fragment.
    pub url: String,
    /// The host it reaches, with a port when it is not the default one.
    pub host: String,
    /// True when it is on the page's own origin (scheme, host and port).
    pub same_origin: bool,
}

/// Why an address is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Nothing but spaces.
    Empty,
    /// Longer than [`MAX_ADDRESS_LEN`].
    TooLong,
    /// A scheme other than http(s), such as `javascript:` or `data:`.
    Scheme,
    /// Leaves the page's origin without being written as `http(s)://…`.
    Disguised,
    /// Not an address the browser can parse (no host, a bad host or port).
    Malformed,
    /// A host with non-ASCII letters.
    InternationalHost,
    /// A user name or password in the address.
    Credentials,
    /// `http:` from an `https:` page.
    Insecure,
    /// A relative path in a copy of the app opened from a file.
    LocalFile,
}

/// A refused address and what to tell the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// Why.
    pub reason: Reason,
    /// A sentence naming the address, what it really is, and what to do.
    pub message: String,
}

/// A parsed absolute http(s) URL.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Url {
    scheme: &'static str,
    host: String,
    port: Option<u16>,
    path: String,
    query: Option<String>,
}

impl Url {
    fn host_port(&self) -> String {
        match self.port {
            Some(p) => format!("{}:{p}", self.host),
            None => self.host.clone(),
        }
    }
    fn href(&self) -> String {
        let mut out = format!("{}://{}{}", self.scheme, self.host_port(), self.path);
        if let Some(q) = &self.query {
            out.push('?');
            out.push_str(q);
        }
        out
    }
    fn same_origin(&self, other: &Url) -> bool {
        self.scheme == other.scheme && self.host == other.host && self.port == other.port
    }
}

/// The page's own address, as far as resolving needs it.
enum Base {
    Web(Url),
    File,
    Other,
}

/// What went wrong while parsing, before it is worded.
enum Fault {
    Malformed(&'static str),
    International,
    Credentials(String),
}

/// Resolves `address` against the page's address `base` (the browser's
/// `location.href`, or the embedding page's for an embed) and judges it.
///
/// # Errors
/// Why the address may not be fetched, with a message naming it.
pub fn resolve(address: &str, base: &str) -> Result<Fetchable, Refused> {
    let refuse = |reason, message: String| Err(Refused { reason, message });
    let input = clean(address);
    if input.is_empty() {
        return refuse(
            Reason::Empty,
            "The graph address is empty: give an https:// address or a path such as graphs/careers.json.".to_owned(),
        );
    }
    if input.len() > MAX_ADDRESS_LEN {
        return refuse(
            Reason::TooLong,
            format!("The graph address {} is too long to be a file's address.", quote(&input)),
        );
    }
    let base = parse_base(base);
    let shown = quote(&input);
    let (scheme, rest) = split_scheme(&input);
    let written_absolute = matches!(scheme.as_deref(), Some("http" | "https"));
    let parsed = match scheme.as_deref() {
        Some(s @ ("http" | "https")) => {
            let scheme = if s == "http" { "http" } else { "https" };
            match &base {
                // `http:g.json` on an http page is a relative address.
                Base::Web(b) if b.scheme == scheme && !starts_with_two_slashes(rest) => relative(rest, b),
                _ => authority(scheme, rest.trim_start_matches(['/', '\\'])),
            }
        }
        Some(other) => return refuse(Reason::Scheme, scheme_message(&shown, other)),
        None => match &base {
            Base::Web(b) => relative(&input, b),
            Base::File => {
                return refuse(
                    Reason::LocalFile,
                    format!("The graph address {shown} is a path, but this copy of Switchback was opened from a file, which cannot fetch other files: give an https:// address, or open the graph file with \u{201c}Open a file\u{201d}."),
                )
            }
            Base::Other => {
                return refuse(Reason::Malformed, format!("The graph address {shown} is a path, but this page has no web address to resolve it against: give an https:// address."))
            }
        },
    };
    let url = match parsed {
        Ok(url) => url,
        Err(Fault::Malformed(what)) => {
            return refuse(Reason::Malformed, format!("The graph address {shown} is not a web address the browser can fetch: {what}."))
        }
        Err(Fault::International) => {
            return refuse(
                Reason::InternationalHost,
                format!("The graph address {shown} has a host name with non-ASCII letters: write the host in its ASCII form (xn--\u{2026}), as the browser's address bar shows it."),
            )
        }
        Err(Fault::Credentials(host)) => {
            let host = brief(&host);
            return refuse(
                Reason::Credentials,
                format!("The graph address {shown} carries a user name or password before the host {host}; browsers do not fetch such addresses. Use https://{host}/\u{2026} without them."),
            )
        }
    };
    let host = url.host_port();
    let same_origin = matches!(&base, Base::Web(b) if b.same_origin(&url));
    // Named in messages: short, and escaped (a host may hold anything the
    // browser allows, up to the address's whole length).
    let named = brief(&host);
    if !same_origin && !written_absolute {
        return refuse(
            Reason::Disguised,
            format!("The graph address {shown} looks like a path on this site, but the browser would fetch it from {named} ({}). To load a graph from another site, write its full address, such as https://{named}/\u{2026}.", brief(&url.href())),
        );
    }
    if let Base::Web(b) = &base {
        if b.scheme == "https" && url.scheme == "http" && !is_loopback(&url.host) {
            return refuse(
                Reason::Insecure,
                format!("The graph address {} is plain http on {named}, and this page is https, so the browser will not fetch it. Use https://{named}{}.", quote(&url.href()), brief(&url.path)),
            );
        }
    }
    // Judged again once resolved: percent-encoding can make an address that
    // was short enough too long, and the address kept (in the list of
    // graphs, the page's query) must pass this rule again next time.
    let href = url.href();
    if href.len() > MAX_ADDRESS_LEN {
        return refuse(
            Reason::TooLong,
            format!("The graph address {shown} is too long to be a file's address once written out in full ({} characters).", thousands(href.len())),
        );
    }
    Ok(Fetchable { url: href, host, same_origin })
}

/// True when an address may be fetched from a page at `base` (see
/// [`resolve`]).
pub fn is_allowed(address: &str, base: &str) -> bool {
    resolve(address, base).is_ok()
}

fn scheme_message(shown: &str, scheme: &str) -> String {
    let what = match scheme {
        "javascript" | "vbscript" => "a javascript: address runs code instead of naming a file",
        "data" => "a data: address carries its own content instead of naming a file (paste the graph's text instead)",
        "file" => "a file: address names a file on one computer, which a web page cannot fetch (open the file with \u{201c}Open a file\u{201d} instead)",
        "blob" => "a blob: address names data held by one page, which another cannot fetch",
        _ => "only http:// and https:// addresses (or a path next to this page) are fetched",
    };
    format!("The graph address {shown} was not fetched: {what}.")
}

fn is_loopback(host: &str) -> bool {
    host == "localhost" || host.ends_with(".localhost") || host.starts_with("127.") || host == "[::1]"
}

/// The standard's first steps: leading and trailing spaces and controls
/// trimmed, tabs and line breaks removed anywhere.
fn clean(input: &str) -> String {
    input.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect()
}

fn starts_with_two_slashes(s: &str) -> bool {
    let mut chars = s.chars();
    matches!((chars.next(), chars.next()), (Some('/' | '\\'), Some('/' | '\\')))
}

/// The scheme (lowercased) and what follows its `:`, if the address has one.
fn split_scheme(input: &str) -> (Option<String>, &str) {
    let mut chars = input.char_indices();
    match chars.next() {
        Some((_, c)) if c.is_ascii_alphabetic() => {}
        _ => return (None, input),
    }
    for (i, c) in chars {
        if c == ':' {
            return (Some(input[..i].to_ascii_lowercase()), &input[i + 1..]);
        }
        if !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')) {
            break;
        }
    }
    (None, input)
}

fn parse_base(base: &str) -> Base {
    let base = clean(base);
    match split_scheme(&base) {
        (Some(s), rest) if s == "http" || s == "https" => {
            let scheme = if s == "http" { "http" } else { "https" };
            match authority(scheme, rest.trim_start_matches(['/', '\\'])) {
                Ok(url) => Base::Web(url),
                Err(_) => Base::Other,
            }
        }
        (Some(s), _) if s == "file" => Base::File,
        _ => Base::Other,
    }
}

/// `rest` resolved against a web base: the standard's relative states.
fn relative(rest: &str, base: &Url) -> Result<Url, Fault> {
    let mut chars = rest.chars();
    match chars.next() {
        None => Ok(Url { query: base.query.clone(), ..base.clone() }),
        Some('/' | '\\') if matches!(chars.next(), Some('/' | '\\')) => {
            authority(base.scheme, rest.trim_start_matches(['/', '\\']))
        }
        Some('/' | '\\') => {
            let (path, query) = path_and_query(rest);
            Ok(Url { path: normalise_path("", path), query, ..base.clone() })
        }
        Some('?') => {
            let (_, query) = path_and_query(rest);
            Ok(Url { query, ..base.clone() })
        }
        Some('#') => Ok(base.clone()),
        Some(_) => {
            let dir = &base.path[..base.path.rfind('/').map_or(0, |i| i + 1)];
            let (path, query) = path_and_query(rest);
            Ok(Url { path: normalise_path(dir, path), query, ..base.clone() })
        }
    }
}

/// Splits what follows the host into path and query; the fragment is
/// dropped (it is never sent).
fn path_and_query(s: &str) -> (&str, Option<String>) {
    let s = s.split('#').next().unwrap_or("");
    match s.split_once('?') {
        Some((path, query)) => (path, Some(encode(query, QUERY_SET))),
        None => (s, None),
    }
}

/// Host, port and the rest, after the slashes that follow the scheme.
fn authority(scheme: &'static str, s: &str) -> Result<Url, Fault> {
    let end = s.find(['/', '\\', '?', '#']).unwrap_or(s.len());
    let (auth, rest) = s.split_at(end);
    let (userinfo, hostport) = match auth.rfind('@') {
        Some(i) => (Some(&auth[..i]), &auth[i + 1..]),
        None => (None, auth),
    };
    let (host, port) = split_port(hostport);
    let host = parse_host(host)?;
    let port = match port {
        None | Some("") => None,
        Some(p) if p.bytes().all(|b| b.is_ascii_digit()) => {
            let n: u32 = p.trim_start_matches('0').parse().unwrap_or(if p.len() > 10 { u32::MAX } else { 0 });
            let n = u16::try_from(n).map_err(|_| Fault::Malformed("its port number is larger than 65535"))?;
            let default = if scheme == "http" { 80 } else { 443 };
            (n != default).then_some(n)
        }
        Some(_) => return Err(Fault::Malformed("its port is not a number")),
    };
    if userinfo.is_some() {
        let host_port = match port {
            Some(p) => format!("{host}:{p}"),
            None => host,
        };
        return Err(Fault::Credentials(host_port));
    }
    let (path, query) = path_and_query(rest);
    Ok(Url { scheme, host, port, path: normalise_path("", path), query })
}

/// `host:port`, minding IPv6 brackets.
fn split_port(s: &str) -> (&str, Option<&str>) {
    if s.starts_with('[') {
        return match s.find(']') {
            Some(i) => match &s[i + 1..] {
                "" => (s, None),
                rest => (&s[..=i], Some(rest.strip_prefix(':').unwrap_or("x"))),
            },
            None => (s, None),
        };
    }
    match s.rfind(':') {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    }
}

fn percent_decode_bytes(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// The standard's host parser for http(s): an IPv6 address in brackets, an
/// IPv4 address in any of its numeric forms, or an ASCII domain, lowercased.
fn parse_host(raw: &str) -> Result<String, Fault> {
    if raw.is_empty() {
        return Err(Fault::Malformed("it has no host"));
    }
    if let Some(inner) = raw.strip_prefix('[') {
        let inner = inner.strip_suffix(']').ok_or(Fault::Malformed("its IPv6 host is not closed with ]"))?;
        let ok = !inner.is_empty() && inner.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.');
        return if ok {
            Ok(format!("[{}]", inner.to_ascii_lowercase()))
        } else {
            Err(Fault::Malformed("its IPv6 host is not valid"))
        };
    }
    let decoded = String::from_utf8(percent_decode_bytes(raw)).map_err(|_| Fault::Malformed("its host is not text"))?;
    if !decoded.is_ascii() {
        return Err(Fault::International);
    }
    let host = decoded.to_ascii_lowercase();
    let forbidden = |c: char| {
        c.is_ascii_control()
            || matches!(c, ' ' | '#' | '%' | '/' | ':' | '<' | '>' | '?' | '@' | '[' | '\\' | ']' | '^' | '|')
    };
    if host.is_empty() || host.chars().any(forbidden) {
        return Err(Fault::Malformed("its host name has characters a host cannot have"));
    }
    if ends_in_number(&host) {
        return ipv4(&host).ok_or(Fault::Malformed("its host looks like an IPv4 address but is not a valid one"));
    }
    Ok(host)
}

fn ends_in_number(host: &str) -> bool {
    let mut labels: Vec<&str> = host.split('.').collect();
    if labels.last() == Some(&"") {
        if labels.len() == 1 {
            return false;
        }
        labels.pop();
    }
    let last = labels.last().copied().unwrap_or("");
    if !last.is_empty() && last.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    last.strip_prefix("0x").is_some_and(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// One part of an IPv4 address: decimal, `0x` hexadecimal or `0` octal.
fn ipv4_number(part: &str) -> Option<u64> {
    if part.is_empty() {
        return None;
    }
    let (digits, radix) = if let Some(h) = part.strip_prefix("0x") {
        (h, 16)
    } else if part.len() > 1 && part.starts_with('0') {
        (&part[1..], 8)
    } else {
        (part, 10)
    };
    if digits.is_empty() {
        return Some(0);
    }
    // Leading zeros do not change the value; too many digits overflow.
    let digits = digits.trim_start_matches('0');
    if digits.len() > 16 {
        return None;
    }
    if digits.is_empty() {
        return Some(0);
    }
    u64::from_str_radix(digits, radix).ok()
}

fn ipv4(host: &str) -> Option<String> {
    let mut parts: Vec<&str> = host.split('.').collect();
    if parts.last() == Some(&"") && parts.len() > 1 {
        parts.pop();
    }
    if parts.len() > 4 {
        return None;
    }
    let numbers: Vec<u64> = parts.iter().map(|p| ipv4_number(p)).collect::<Option<_>>()?;
    let (last, first) = numbers.split_last()?;
    if first.iter().any(|&n| n > 255) || *last >= 256u64.pow(5 - numbers.len() as u32) {
        return None;
    }
    let mut value = *last;
    for (i, &n) in first.iter().enumerate() {
        value += n << (8 * (3 - i));
    }
    let b = value.to_be_bytes();
    Some(format!("{}.{}.{}.{}", b[4], b[5], b[6], b[7]))
}

/// Characters percent-encoded in a path (besides controls and non-ASCII).
const PATH_SET: &[u8] = b" \"#<>?`{}";
/// Characters percent-encoded in the query of an http(s) address.
const QUERY_SET: &[u8] = b" \"#<>'";

fn encode(s: &str, set: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b <= 0x20 || b >= 0x7f || set.contains(&b) {
            out.push_str(&format!("%{b:02X}"));
        } else {
            out.push(b as char);
        }
    }
    out
}

fn is_single_dot(seg: &str) -> bool {
    seg == "." || seg.eq_ignore_ascii_case("%2e")
}

fn is_double_dot(seg: &str) -> bool {
    matches!(seg.to_ascii_lowercase().as_str(), ".." | ".%2e" | "%2e." | "%2e%2e")
}

/// `path` (absolute, or relative to the folder `dir`) with `\` as `/`,
/// `.` and `..` segments resolved, and the characters the browser encodes
/// percent-encoded.
fn normalise_path(dir: &str, path: &str) -> String {
    let mut segments: Vec<String> = Vec::new();
    let joined = format!("{dir}{path}");
    let all: Vec<&str> = joined.split(['/', '\\']).collect();
    // The first piece is before the leading slash (empty).
    let pieces = if all.first() == Some(&"") { &all[1..] } else { &all[..] };
    for (i, seg) in pieces.iter().enumerate() {
        let last = i + 1 == pieces.len();
        if is_double_dot(seg) {
            segments.pop();
            if last {
                segments.push(String::new());
            }
        } else if is_single_dot(seg) {
            if last {
                segments.push(String::new());
            }
        } else {
            segments.push(encode(seg, PATH_SET));
        }
    }
    format!("/{}", segments.join("/"))
}
