//! Browser tests: the real app mounted in a real DOM in headless Chromium.
//! Each test clears storage, mounts into a fresh root, and unmounts at the
//! end; it waits for `yew::scheduler::flush()` or for the real event it
//! needs (such as `hashchange`), never for a fixed time.
#![cfg(target_arch = "wasm32")]

use switchback::ui::App;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

fn window() -> web_sys::Window {
    web_sys::window().expect("window")
}

/// Mounts the app at `hash` with empty storage and waits for it to settle.
async fn mount(hash: &str) -> (Element, AppHandle<App>) {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(if hash.is_empty() { "#/" } else { hash }))
        .unwrap();
    let document = window().document().expect("document");
    let root = document.create_element("div").expect("div");
    document.body().expect("body").append_child(&root).expect("append");
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    (root, handle)
}

/// Lets every pending render and effect run (effects may dispatch again).
async fn settle() {
    for _ in 0..3 {
        yew::scheduler::flush().await;
    }
}

/// Resolves on the next `hashchange` of the window.
async fn next_hashchange() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        window()
            .add_event_listener_with_callback_and_add_event_listener_options("hashchange", &resolve, &options)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

fn unmount(root: Element, handle: AppHandle<App>) {
    handle.destroy();
    root.remove();
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

fn element<T: JsCast>(root: &Element, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<T>()
        .unwrap_or_else(|_| panic!("{selector} has another type"))
}

/// A real click, as a person's: bubbling, cancelable.
fn click(el: &Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn clicking_a_role_on_the_graph_opens_its_panel() {
    let (root, handle) = mount("#/").await;
    assert_eq!(text(&root, "#sb-panel-title"), "", "nothing is open at first");
    let node: Element = element(&root, "#sb-node-tpm");
    let changed = next_hashchange();
    click(&node);
    changed.await;
    settle().await;
    assert_eq!(text(&root, "#sb-panel-title"), "Technical Program Manager");
    // (An SVG element's `className` is not a string: read the attribute.)
    // The link sits in the node's group, which carries its state.
    let group = node.parent_element().expect("the node's group");
    assert!(group.get_attribute("class").unwrap_or_default().contains("is-selected"), "the node is highlighted");
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn ticking_a_skill_changes_the_gap_counts() {
    let (root, handle) = mount("#/role/tpm?from=ops-engineer&to=tpm").await;
    let before = text(&root, ".sb-panel");
    assert!(before.contains("You have 0 of 5."), "{before}");
    let checkbox: HtmlInputElement = element(&root, "#sb-role-skill-program-management");
    checkbox.click();
    settle().await;
    assert!(text(&root, ".sb-panel").contains("You have 1 of 5."));
    // With the role closed, the paths show, and their summary counts one
    // new skill fewer.
    let changed = next_hashchange();
    window().location().set_hash("#/").unwrap();
    changed.await;
    settle().await;
    let summary = text(&root, ".sb-alt-title");
    assert!(summary.contains("1 move · 2 new skills"), "{summary}");
    // And it was saved for this graph.
    let saved = window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("switchback/progress/v1/builtin")
        .unwrap()
        .unwrap_or_default();
    assert!(saved.contains("program-management"), "{saved}");
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn the_address_round_trips_the_state() {
    let (root, handle) = mount("#/role/tpm?from=ops-engineer&to=chief-product-officer&rank=time&alt=2").await;
    assert_eq!(text(&root, "#sb-panel-title"), "Technical Program Manager");
    assert_eq!(element::<HtmlInputElement>(&root, "#sb-from").value(), "Operations Engineer");
    assert_eq!(element::<HtmlInputElement>(&root, "#sb-to").value(), "Chief Product Officer");
    assert_eq!(element::<HtmlSelectElement>(&root, "#sb-rank").value(), "time");
    assert!(root.query_selector_all(".sb-edge.is-path").unwrap().length() >= 4, "the chosen path is drawn");
    // The address is already canonical, so it is unchanged.
    assert_eq!(
        window().location().hash().unwrap(),
        "#/role/tpm?from=ops-engineer&to=chief-product-officer&rank=time&alt=2"
    );

    // Changing the ranking forgets the chosen path and rewrites the address.
    let select = element::<HtmlSelectElement>(&root, "#sb-rank");
    select.set_value("moves");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    settle().await;
    assert_eq!(window().location().hash().unwrap(), "#/role/tpm?from=ops-engineer&to=chief-product-officer");

    // A plain link keeps the plan in the address.
    let changed = next_hashchange();
    window().location().set_hash("#/role/product-manager").unwrap();
    changed.await;
    settle().await;
    assert_eq!(text(&root, "#sb-panel-title"), "Product Manager");
    assert_eq!(
        window().location().hash().unwrap(),
        "#/role/product-manager?from=ops-engineer&to=chief-product-officer"
    );
    unmount(root, handle);
}

#[wasm_bindgen_test]
async fn corrupted_progress_is_set_aside_with_a_notice() {
    window().local_storage().unwrap().unwrap().clear().unwrap();
    let storage = window().local_storage().unwrap().unwrap();
    let document = window().document().unwrap();
    storage.set_item("switchback/progress/v1/builtin", "{not json").unwrap();
    window().history().unwrap().replace_state_with_url(&JsValue::NULL, "", Some("#/")).unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    let notice = text(&root, ".sb-notices");
    assert!(notice.contains("Your saved progress could not be used"), "{notice}");
    assert!(storage.get_item("switchback/progress/v1/builtin").unwrap().is_none(), "the bad record moved away");
    let kept =
        (0..storage.length().unwrap()).filter_map(|i| storage.key(i).unwrap()).find(|k| k.contains("/set-aside/"));
    let kept = kept.expect("a set-aside copy");
    assert_eq!(storage.get_item(&kept).unwrap().as_deref(), Some("{not json"), "nothing was lost");
    // The app still works.
    assert!(root.query_selector("#sb-node-tpm").unwrap().is_some());
    unmount(root, handle);
}
