//! Reading graphs: from a URL (with a timeout and a size limit) and from
//! files the person chose or dropped (see `event` for getting them from an
//! event), both streamed so that large ones show progress. A graph's bytes
//! go to the graph checker (`checker`) as they are.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::error::{js_text, PlatformError};
use crate::domain::format::MAX_GRAPH_BYTES;

/// The largest graph read, in bytes (the format's limit).
const MAX_BYTES: f64 = MAX_GRAPH_BYTES as f64;

/// How often a read reports its progress, at most.
const PROGRESS_EVERY_MS: f64 = 100.0;

/// How long a URL may take, by default.
pub const TIMEOUT_MS: u32 = 30_000;

/// A file the person chose or dropped, not yet read.
#[derive(Debug, Clone, PartialEq)]
pub struct PickedFile(pub(super) web_sys::File);

impl PickedFile {
    /// The file's name (no path).
    pub fn name(&self) -> String {
        self.0.name()
    }
    /// Its size in bytes.
    pub fn size(&self) -> f64 {
        self.0.size()
    }
}

/// A fetched body, as bytes in JavaScript: handed to the graph checker's
/// worker (moved, not copied) without passing through WebAssembly memory.
#[derive(Debug, Clone)]
pub struct Body(pub(super) js_sys::Uint8Array);

// web-sys has `DecompressionStream` only behind `web_sys_unstable_apis`;
// the three members used here have been in every browser since 2023.
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &DecompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &DecompressionStream) -> web_sys::WritableStream;
}

/// Where a stream's pieces go: kept, to be joined once at the end, or
/// unpacked as they arrive (a gzip stream), so that unpacking overlaps the
/// download instead of following it.
enum Sink {
    Keep(js_sys::Array),
    Unpack {
        writer: web_sys::WritableStreamDefaultWriter,
        /// Awaited from the start, so that a stream found damaged before
        /// its last piece is a rejection with a handler, not an unhandled
        /// one on the console.
        unpacked: JsFuture,
    },
}

thread_local! {
    /// Takes the rejections of the pieces written to an unpacker: a damaged
    /// stream is reported once, by its output.
    static IGNORE: wasm_bindgen::closure::Closure<dyn FnMut(JsValue)> =
        wasm_bindgen::closure::Closure::new(|_: JsValue| {});
}

impl Sink {
    /// An unpacker for a gzip stream.
    fn unpacking() -> Result<Sink, JsValue> {
        let unpack = DecompressionStream::new("gzip")?;
        let writer = unpack.writable().get_writer()?;
        let unpacked = web_sys::Response::new_with_opt_readable_stream(Some(&unpack.readable()))?.array_buffer()?;
        Ok(Sink::Unpack { writer, unpacked: JsFuture::from(unpacked) })
    }

    fn push(&self, piece: &js_sys::Uint8Array) {
        match self {
            Sink::Keep(pieces) => {
                pieces.push(piece);
            }
            Sink::Unpack { writer, .. } => {
                IGNORE.with(|ignore| {
                    let _ = writer.write_with_chunk(piece).catch(ignore);
                });
            }
        }
    }

    /// The whole body: the pieces joined, or unpacked.
    async fn finish(self, length: u32) -> Result<Body, PlatformError> {
        match self {
            Sink::Keep(pieces) => {
                let bytes = js_sys::Uint8Array::new_with_length(length);
                let mut at = 0u32;
                for piece in pieces.iter() {
                    let piece: js_sys::Uint8Array = piece.unchecked_into();
                    bytes.set(&piece, at);
                    at += piece.length();
                }
                Ok(Body(bytes))
            }
            Sink::Unpack { writer, unpacked } => {
                IGNORE.with(|ignore| {
                    let _ = writer.close().catch(ignore);
                });
                let buffer = unpacked.await.map_err(damaged)?;
                Ok(Body(js_sys::Uint8Array::new(&buffer)))
            }
        }
    }
}

/// Why a gzip stream could not be unpacked.
fn damaged(e: JsValue) -> PlatformError {
    PlatformError::Network(format!("it could not be unpacked ({})", js_text(&e)))
}

/// True when the bytes begin as a gzip stream does.
fn is_gzip(bytes: &js_sys::Uint8Array) -> bool {
    bytes.length() >= 2 && bytes.get_index(0) == 0x1f && bytes.get_index(1) == 0x8b
}

/// Reads a stream of bytes to the end, calling `progress(bytes so far,
/// total)`. The pieces stay in JavaScript and are joined there, once; with
/// `unpack`, a gzip stream is unpacked as it arrives (progress then counts
/// the bytes downloaded).
async fn read_stream(
    stream: web_sys::ReadableStream,
    total: Option<f64>,
    what: &str,
    progress: &dyn Fn(f64, Option<f64>),
    timed_out: &Cell<bool>,
    timeout_ms: u32,
    unpack: bool,
) -> Result<Body, PlatformError> {
    let reader: web_sys::ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut sink = None;
    let mut length = 0u32;
    // Progress at most every PROGRESS_EVERY_MS: each report re-renders the
    // page, and a 5 MB graph arrives in a hundred pieces.
    let mut reported = f64::NEG_INFINITY;
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(|e| {
            if timed_out.get() {
                PlatformError::Timeout(timeout_ms)
            } else {
                PlatformError::Network(js_text(&e))
            }
        })?;
        let done = js_sys::Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true);
        if done {
            break;
        }
        let value: js_sys::Uint8Array = js_sys::Reflect::get(&chunk, &"value".into())
            .map_err(|e| PlatformError::Network(js_text(&e)))?
            .unchecked_into();
        length = length.saturating_add(value.length());
        let sink = match &mut sink {
            Some(sink) => sink,
            None => sink.insert(if unpack && is_gzip(&value) {
                Sink::unpacking().map_err(damaged)?
            } else {
                Sink::Keep(js_sys::Array::new())
            }),
        };
        sink.push(&value);
        if f64::from(length) > MAX_BYTES {
            let _ = reader.cancel();
            return Err(PlatformError::TooLarge(what.to_owned(), f64::from(length)));
        }
        let now = super::now_ms();
        if now - reported >= PROGRESS_EVERY_MS {
            reported = now;
            // A compressed answer announces its compressed length, while
            // the bytes counted here are unpacked: then the total is unknown.
            progress(f64::from(length), total.filter(|t| f64::from(length) <= *t));
        }
    }
    sink.unwrap_or(Sink::Keep(js_sys::Array::new())).finish(length).await
}

/// Reads a stream to the end as text (UTF-8, a byte order mark dropped as
/// the browser's decoder would): one copy into WebAssembly memory and a
/// strict check there.
async fn read_text(
    stream: web_sys::ReadableStream,
    total: Option<f64>,
    what: &str,
    progress: &dyn Fn(f64, Option<f64>),
) -> Result<String, PlatformError> {
    let mut bytes = read_stream(stream, total, what, progress, &Cell::new(false), 0, false).await?.0.to_vec();
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|_| PlatformError::NotText(what.to_owned()))
}

/// Reads a chosen or dropped file as text, with progress (a progress
/// backup; graphs go to the checker as the file itself).
pub async fn read_file(file: &PickedFile, progress: &dyn Fn(f64, Option<f64>)) -> Result<String, PlatformError> {
    let what = format!("the file {}", file.name());
    if file.size() > MAX_BYTES {
        return Err(PlatformError::TooLarge(what, file.size()));
    }
    read_text(file.0.stream(), Some(file.size()), &what, progress).await
}

/// GETs `url`'s body, giving up after `timeout_ms`, refusing more than
/// [`MAX_BYTES`], with progress; with `unpack`, a gzip body is unpacked as
/// it arrives (a body that is not gzip, as from a host that unpacked it
/// already, is kept as it came).
pub async fn fetch_body(
    url: &str,
    timeout_ms: u32,
    progress: &dyn Fn(f64, Option<f64>),
    unpack: bool,
) -> Result<Body, PlatformError> {
    let window = web_sys::window().ok_or(PlatformError::NoDocument)?;
    let controller = web_sys::AbortController::new().map_err(|e| PlatformError::Network(js_text(&e)))?;
    let timed_out = Rc::new(Cell::new(false));
    let _timer = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        gloo::timers::callback::Timeout::new(timeout_ms, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await.map_err(|e| {
        if timed_out.get() {
            PlatformError::Timeout(timeout_ms)
        } else {
            PlatformError::Network(js_text(&e))
        }
    })?;
    let response: web_sys::Response =
        response.dyn_into().map_err(|_| PlatformError::Network("not a response".into()))?;
    if !response.ok() {
        return Err(PlatformError::Http(response.status(), response.status_text()));
    }
    let total =
        response.headers().get("content-length").ok().flatten().and_then(|l| l.parse::<u64>().ok()).map(|l| l as f64);
    if let Some(total) = total.filter(|t| *t > MAX_BYTES) {
        controller.abort();
        return Err(PlatformError::TooLarge(format!("the address {url}"), total));
    }
    let Some(body) = response.body() else { return Ok(Body(js_sys::Uint8Array::new_with_length(0))) };
    let what = format!("the address {url}");
    read_stream(body, total, &what, progress, &timed_out, timeout_ms, unpack).await
}
