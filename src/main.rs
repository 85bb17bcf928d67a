//! The browser entry point: install the panic hook, read what the page
//! starts from, and mount the app.

/// Talc, a faster allocator than the default for WebAssembly (see
/// docs/performance.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    use switchback::{platform, ui};
    console_error_panic_hook::set_once();
    let props = ui::AppProps { boot: Some(std::rc::Rc::new(platform::boot())) };
    match platform::app_root() {
        Some(root) => yew::Renderer::<ui::App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<ui::App>::with_props(props).render(),
    };
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Switchback runs in the browser: use `cargo xtask serve`.");
}
