//! Talking to the page that embeds Switchback in an iframe.
//!
//! Messages go only to the parent page's origin (given in the address, see
//! `domain::options`), and messages are accepted only when they come from
//! that origin *and* from the parent window itself. The protocol:
//!
//! - to the parent: `{ type: "switchback:ready", id }` once the app runs, and
//!   `{ type: "switchback:height", id, height }` whenever its height changes;
//! - from the parent: `{ type: "switchback:graph", json }`, an author's graph
//!   that was inline in the page.

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj.into()
}

fn post(origin: &str, message: &JsValue) {
    if let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) {
        // The target origin makes the browser drop the message if the parent
        // page is not (or is no longer) at that origin.
        let _ = parent.post_message(message, origin);
    }
}

/// Tells the parent page that the app is running and can receive a graph.
pub fn post_ready(origin: &str, id: &str) {
    post(origin, &object(&[("type", "switchback:ready".into()), ("id", id.into())]));
}

/// Tells the parent page how tall the app is, so it can size the iframe.
pub fn post_height(origin: &str, id: &str, height: f64) {
    post(origin, &object(&[("type", "switchback:height".into()), ("id", id.into()), ("height", height.into())]));
}

/// Calls `f` with the JSON text of each graph the parent page sends.
pub fn on_parent_graph(origin: String, f: impl Fn(String) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else { return };
        let from_parent = web_sys::window()
            .and_then(|w| w.parent().ok().flatten())
            .zip(event.source())
            .is_some_and(|(parent, source)| JsValue::from(parent) == JsValue::from(source));
        if event.origin() != origin || !from_parent {
            return;
        }
        let data = event.data();
        let kind = js_sys::Reflect::get(&data, &"type".into()).ok().and_then(|v| v.as_string());
        if kind.as_deref() == Some("switchback:graph") {
            if let Some(json) = js_sys::Reflect::get(&data, &"json".into()).ok().and_then(|v| v.as_string()) {
                f(json);
            }
        }
    }))
}

/// Watches the page's height; dropping it stops watching.
pub struct HeightObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for HeightObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `f` with the page's content height now and whenever it changes.
/// The body's own box, not the document's scroll height: that is never less
/// than the frame itself, so a frame could grow with its content but never
/// shrink back (the plan view is shorter than the graph with its card).
pub fn observe_height(f: impl Fn(f64) + 'static) -> Option<HeightObserver> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    let measure = move || {
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            f(body.get_bounding_client_rect().height().ceil());
        }
    };
    measure();
    let callback = Closure::<dyn FnMut()>::new(measure);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    Some(HeightObserver { observer, _callback: callback })
}
