//! The browser entry point: install the panic hook and mount the app.

/// Talc, a faster allocator than the default for WebAssembly (see
/// docs/performance.md).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    switchback::platform::mount_app();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Switchback runs in the browser: use `cargo xtask serve`.");
}
