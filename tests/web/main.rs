//! Browser tests: the real app mounted in a real DOM in headless Chromium.
//! Each test mounts into a fresh root and awaits `yew::scheduler::flush()`
//! instead of sleeping.
#![cfg(target_arch = "wasm32")]

use switchback::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app at `hash` in a new element and waits for it to render.
async fn mount(hash: &str) -> Element {
    let window = web_sys::window().expect("window");
    window.location().set_hash(hash).expect("set hash");
    let document = window.document().expect("document");
    let root = document.create_element("div").expect("div");
    document.body().expect("body").append_child(&root).expect("append");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

/// The first element matching `selector` whose text is exactly `text`.
fn by_text(root: &Element, selector: &str, text: &str) -> Option<HtmlElement> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|e| e.text_content().unwrap_or_default().trim() == text)
}

fn heading(root: &Element) -> String {
    root.query_selector("#role-title")
        .expect("selector")
        .map(|h| h.text_content().unwrap_or_default())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn clicking_a_role_opens_its_details() {
    let root = mount("").await;
    assert_eq!(heading(&root), "", "no role is open at first");
    let link = by_text(&root, "nav a", "Technical Program Manager").expect("a link to the TPM role");
    link.click();
    yew::scheduler::flush().await;
    assert_eq!(heading(&root), "Technical Program Manager");
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "#/role/tpm");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_deep_link_opens_the_role() {
    let root = mount("#/role/chief-product-officer").await;
    assert_eq!(heading(&root), "Chief Product Officer");
    // Moves in the panel lead on to other roles.
    let link = by_text(&root, "article a", "VP of Product").expect("an incoming move from the VP");
    link.click();
    yew::scheduler::flush().await;
    assert_eq!(heading(&root), "VP of Product");
    root.remove();
}
