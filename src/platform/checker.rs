//! The graph checker: reading, parsing, checking and indexing a graph's
//! text off the page's thread, in a Web Worker running the second
//! WebAssembly (`src/checker.rs`, the bin `graph-checker`).
//!
//! The page hands the worker what it has without reading it: a chosen file
//! as the `File` itself, a fetched body as bytes (moved, not copied), or
//! text it already holds (pasted, kept in storage, sent by an embedding
//! page). The worker decodes it (UTF-8 with or without a byte order mark,
//! UTF-16 with one), checks it and answers in the compact form
//! (`domain::compact`), which the page reads and indexes; with it, when
//! asked, the text to keep, as a JavaScript string the page stores without
//! copying it into WebAssembly memory. So no input, up to the 20 MiB
//! limit, holds the page's thread for long (`tests/e2e/bench-freeze.mjs`).
//!
//! The worker starts with the first check and stays. Hosted, it is
//! `checker-worker.js` next to the page; in the single offline file, where
//! a page opened from `file://` may not start a worker from a file, the
//! page defines `window.sbChecker()`, which starts the same scripts from a
//! `blob:` address and hands it the WebAssembly it carries.

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::error::{js_text, PlatformError};
use super::net::{Body, PickedFile};
use crate::domain::compact::read;
use crate::domain::report::Report;
use crate::domain::validate::Loaded;

/// How a graph's text is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One JSON document.
    Json,
    /// The CSV files of a spreadsheet (held as files, or as the JSON list of
    /// `[name, text]` pairs the app keeps them as).
    Csv,
}

/// One piece of a graph to check, not read yet.
#[derive(Debug, Clone)]
pub enum Piece {
    /// Text the page holds.
    Text(String),
    /// A file the person chose or dropped.
    File(PickedFile),
    /// A fetched body.
    Body(Body),
}

/// A graph to check.
#[derive(Debug, Clone)]
pub struct Check {
    /// How it is written.
    pub kind: Kind,
    /// Its title, for a spreadsheet (which has none of its own).
    pub title: String,
    /// Its pieces with their names: one for JSON, a piece per file for CSV
    /// (kept CSV is one text piece holding the list of files).
    pub pieces: Vec<(String, Piece)>,
    /// Whether the answer brings the text, to keep for the next visit.
    pub keep: bool,
}

/// Text to keep in storage, held as a JavaScript string.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept(JsValue);

impl Kept {
    pub(super) fn value(&self) -> &JsValue {
        &self.0
    }
}

/// The checker's answer.
pub struct Checked {
    /// The graph, or the report that refused it.
    pub result: Result<Loaded, Report>,
    /// The text to keep, when asked for.
    pub kept: Option<Kept>,
}

struct Worker {
    worker: web_sys::Worker,
    next: u32,
    /// Each check waiting for its answer: the promise's resolve and reject.
    pending: HashMap<u32, (js_sys::Function, js_sys::Function)>,
}

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
}

/// Rejects every waiting check and forgets the worker (the next check
/// starts a new one).
fn fail_all(why: &str) {
    let worker = WORKER.with(|w| w.borrow_mut().take());
    if let Some(w) = worker {
        w.worker.terminate();
        for (_, (_, reject)) in w.pending {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(why));
        }
    }
}

fn start() -> Result<Worker, PlatformError> {
    let window = web_sys::window().ok_or(PlatformError::NoDocument)?;
    // The offline file starts its worker itself (see the module docs).
    let own =
        js_sys::Reflect::get(&window, &"sbChecker".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let worker: web_sys::Worker = match own {
        Some(start) => start.call0(&window).map_err(|e| PlatformError::Checker(js_text(&e)))?.unchecked_into(),
        None => web_sys::Worker::new("checker-worker.js").map_err(|e| PlatformError::Checker(js_text(&e)))?,
    };
    let onmessage = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
        let data: js_sys::Array = event.data().unchecked_into();
        let id = data.get(0).as_f64().unwrap_or(-1.0);
        if id < 0.0 {
            // The worker could not start its WebAssembly.
            fail_all(&data.get(2).as_string().unwrap_or_default());
            return;
        }
        let waiting = WORKER.with(|w| w.borrow_mut().as_mut().and_then(|w| w.pending.remove(&(id as u32))));
        if let Some((resolve, _)) = waiting {
            let _ = resolve.call1(&JsValue::NULL, &data);
        }
    });
    let onerror = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
        event.prevent_default();
        let message = js_sys::Reflect::get(&event, &"message".into()).ok().and_then(|m| m.as_string());
        fail_all(&message.unwrap_or_else(|| "the checker's script did not load".to_owned()));
    });
    worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    // The handlers live as long as the page: one pair per worker started
    // (a failed worker is forgotten from inside its own handler, which
    // must not free itself while it runs).
    onmessage.forget();
    onerror.forget();
    Ok(Worker { worker, next: 0, pending: HashMap::new() })
}

/// Starts the worker now if it is not running, so that it is ready when a
/// check comes (a fetch calls this first: the worker's start, about a
/// tenth of a second for its WebAssembly, then overlaps the download). A
/// worker that cannot start is left for the check to report.
pub fn warm_up() {
    WORKER.with(|cell| {
        let _ = running(&mut cell.borrow_mut());
    });
}

/// The worker, started if it is not running.
fn running(cell: &mut Option<Worker>) -> Result<&mut Worker, PlatformError> {
    if cell.is_none() {
        *cell = Some(start()?);
    }
    cell.as_mut().ok_or(PlatformError::NoDocument)
}

/// Sends a check to the worker (started if needed); the promise of its
/// answer.
fn send(check: &Check) -> Result<js_sys::Promise, PlatformError> {
    WORKER.with(|cell| {
        let mut cell = cell.borrow_mut();
        let w = running(&mut cell)?;
        let id = w.next;
        w.next = w.next.wrapping_add(1);
        let pieces = js_sys::Array::new();
        let transfer = js_sys::Array::new();
        for (name, piece) in &check.pieces {
            let value: JsValue = match piece {
                Piece::Text(text) => JsValue::from_str(text),
                Piece::File(file) => file.0.clone().into(),
                Piece::Body(body) => {
                    transfer.push(&body.0.buffer());
                    body.0.clone().into()
                }
            };
            pieces.push(&js_sys::Array::of2(&JsValue::from_str(name), &value));
        }
        let kind = match check.kind {
            Kind::Json => "json",
            Kind::Csv => "csv",
        };
        let message = js_sys::Array::of5(
            &JsValue::from(id),
            &JsValue::from_str(kind),
            &JsValue::from_str(&check.title),
            &pieces,
            &JsValue::from_bool(check.keep),
        );
        let mut slot = None;
        let promise = js_sys::Promise::new(&mut |resolve, reject| slot = Some((resolve, reject)));
        w.worker.post_message_with_transfer(&message, &transfer).map_err(|e| PlatformError::Checker(js_text(&e)))?;
        if let Some(slot) = slot {
            w.pending.insert(id, slot);
        }
        Ok(promise)
    })
}

/// Checks a graph off the page's thread.
///
/// # Errors
/// The worker could not start or run ([`PlatformError::Checker`]), the
/// check was cancelled ([`PlatformError::Cancelled`]), a piece is not text
/// ([`PlatformError::NotText`]).
pub async fn check(check: &Check) -> Result<Checked, PlatformError> {
    super::mark("sb:check-start");
    let promise = send(check)?;
    let data: js_sys::Array = JsFuture::from(promise)
        .await
        .map_err(|e| match e.as_string().as_deref() {
            Some(CANCELLED) => PlatformError::Cancelled,
            _ => PlatformError::Checker(js_text(&e)),
        })?
        .unchecked_into();
    super::mark("sb:check-answered");
    let answer = data.get(1);
    if answer.is_null() {
        // [id, null, why, name]: a piece that is not text (a file's name, or
        // what a fetched body is, "the address …").
        let name = data.get(3).as_string().unwrap_or_default();
        let what = if name.starts_with("the ") { name } else { format!("the file {name}") };
        return Err(PlatformError::NotText(what));
    }
    let result = read_in_tasks(&answer.unchecked_into()).await.ok_or_else(|| {
        PlatformError::Checker("its answer could not be read (a different version of the app?)".into())
    })?;
    let kept = data.get(2);
    Ok(Checked { result, kept: kept.is_string().then_some(Kept(kept)) })
}

/// Reads an answer, then indexes it, then (the caller) shows it: each its
/// own task, so the browser can paint and take input between them on a
/// large graph. `None` when the bytes are damaged or from another build.
async fn read_in_tasks(answer: &js_sys::Uint8Array) -> Option<Result<Loaded, Report>> {
    let bytes = answer.to_vec();
    let read = read(&bytes)?;
    drop(bytes);
    super::mark("sb:answer-read");
    super::next_task().await;
    let result = read.index()?;
    super::mark("sb:answer-indexed");
    super::next_task().await;
    Some(result)
}

/// Reads a graph checked at build time (the atlas, `cargo xtask dist`),
/// unpacked as it was downloaded, without the graph checker.
///
/// # Errors
/// It is damaged or from another build ([`PlatformError::Checker`]).
pub async fn read_checked(body: Body) -> Result<Result<Loaded, Report>, PlatformError> {
    read_in_tasks(&body.0).await.ok_or_else(|| PlatformError::Checker("it is damaged or from another version".into()))
}

const CANCELLED: &str = "cancelled";

/// Stops every check under way (they end with
/// [`PlatformError::Cancelled`]); the next check starts a new worker.
pub fn cancel_checks() {
    fail_all(CANCELLED);
}
