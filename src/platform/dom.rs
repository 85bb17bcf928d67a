//! Small DOM helpers: focus, sizes, keys, clipboard, printing, timers,
//! tasks and performance marks.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::error::{js_text, PlatformError};

/// A registered event listener; dropping it removes it.
pub type Listener = EventListener;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Moves keyboard focus to the element with this id, if it exists (HTML
/// or SVG, such as a node of the graph).
pub fn focus(id: &str) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else { return };
    match el.dyn_into::<web_sys::HtmlElement>() {
        Ok(html) => {
            let _ = html.focus();
        }
        Err(el) => {
            if let Ok(svg) = el.dyn_into::<web_sys::SvgElement>() {
                let _ = svg.focus();
            }
        }
    }
}

/// The id of the element that has keyboard focus, if it has one.
pub fn focused_id() -> Option<String> {
    let id = document()?.active_element()?.id();
    (!id.is_empty()).then_some(id)
}

/// Moves keyboard focus to the first element matching a CSS selector
/// (making it focusable if it is not); false when there is none.
pub fn focus_first(selector: &str) -> bool {
    document().and_then(|d| d.query_selector(selector).ok().flatten()).is_some_and(focus_element)
}

/// Moves keyboard focus to the first element matching a CSS selector inside
/// the element `root` refers to; false when there is none.
pub fn focus_first_in(root: &yew::NodeRef, selector: &str) -> bool {
    root.cast::<web_sys::Element>().and_then(|r| r.query_selector(selector).ok().flatten()).is_some_and(focus_element)
}

/// Focuses an element, making it focusable first if it is not.
fn focus_element(el: web_sys::Element) -> bool {
    if !el.has_attribute("tabindex")
        && !matches!(el.tag_name().to_ascii_lowercase().as_str(), "a" | "button" | "input" | "select" | "textarea")
    {
        let _ = el.set_attribute("tabindex", "-1");
    }
    match el.dyn_into::<web_sys::HtmlElement>() {
        Ok(html) => html.focus().is_ok(),
        Err(el) => el.dyn_into::<web_sys::SvgElement>().is_ok_and(|svg| svg.focus().is_ok()),
    }
}

/// Moves keyboard focus to the first heading (`h2`) inside the element with
/// this id.
pub fn focus_heading_in(id: &str) {
    focus_first(&format!("#{id} h2"));
}

/// The rendered size (width, height) and top-left corner of an element.
pub fn size_of(id: &str) -> Option<(f64, f64, f64, f64)> {
    let rect = document()?.get_element_by_id(id)?.get_bounding_client_rect();
    Some((rect.width(), rect.height(), rect.left(), rect.top()))
}

/// Listens for key presses on the whole document (for "/" to search).
pub fn key_listener(f: impl Fn(&yew::events::KeyboardEvent) + 'static) -> Option<Listener> {
    let doc = document()?;
    let options = EventListenerOptions::enable_prevent_default();
    Some(EventListener::new_with_options(&doc, "keydown", options, move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
            f(e);
        }
    }))
}

/// Copies text to the clipboard.
pub async fn copy_text(text: &str) -> Result<(), PlatformError> {
    let window = web_sys::window().ok_or(PlatformError::NoDocument)?;
    let clipboard = window.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ()).map_err(|e| PlatformError::Clipboard(js_text(&e)))
}

/// Opens the browser's print dialog.
pub fn print_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Milliseconds since the page started (performance.now()).
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Adds a performance mark, read by the browser benchmark. Called from
/// effects and callbacks only, never while rendering.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Runs a task (a future) on the page's event loop.
pub fn spawn(task: impl std::future::Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(task);
}

/// How long work waiting for the browser to be idle waits at most.
const IDLE_WITHIN_MS: u32 = 500;

/// Resolves once the browser has painted its next frame and then has time
/// to spare (`requestIdleCallback`, within [`IDLE_WITHIN_MS`]), so input
/// that comes meanwhile is taken first; in a task after the frame where
/// there is no such call (Safari): for work no one is waiting for.
pub async fn idle_after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if web_sys::window().and_then(|w| w.request_animation_frame(&resolve).ok()).is_none() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
    let Some(window) = web_sys::window() else { return };
    let idle = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(idle) => {
            let promise = js_sys::Promise::new(&mut |resolve, _| {
                let options = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&options, &"timeout".into(), &IDLE_WITHIN_MS.into());
                if idle.call2(&window, &resolve, &options).is_err() {
                    let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
                }
            });
            let _ = JsFuture::from(promise).await;
        }
        None => next_task().await,
    }
}

/// Resolves in a later task of the page's event loop, after the browser
/// has had the chance to take input and paint: long work awaits this
/// between slices. A message to a `MessageChannel` rather than a zero-delay
/// timeout, which browsers hold back 4 ms once timeouts nest five deep
/// (fifty slices would wait 200 ms for nothing).
pub async fn next_task() {
    // Held until the message has come, so the ports live as long as needed.
    let channel = web_sys::MessageChannel::new().ok();
    let promise = js_sys::Promise::new(&mut |resolve, _| match &channel {
        Some(channel) => {
            channel.port1().set_onmessage(Some(&resolve));
            let _ = channel.port2().post_message(&wasm_bindgen::JsValue::NULL);
        }
        None => {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    if let Some(channel) = channel {
        channel.port1().set_onmessage(None);
    }
}

/// A pending call; dropping it cancels the call.
pub type Timer = gloo::timers::callback::Timeout;

/// Calls `f` once after `ms` milliseconds (unless the timer is dropped).
pub fn after(ms: u32, f: impl FnOnce() + 'static) -> Timer {
    gloo::timers::callback::Timeout::new(ms, f)
}

/// Milliseconds since 1970 (the clock, for "when" a graph was loaded).
pub fn epoch_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Offers `text` to the person as a file named `name` (the browser's
/// download), of this MIME type.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), PlatformError> {
    let failed = |e: wasm_bindgen::JsValue| PlatformError::Download(js_text(&e));
    let document = document().ok_or(PlatformError::NoDocument)?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(failed)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has its own copy once started; free the blob later.
    after(1000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
