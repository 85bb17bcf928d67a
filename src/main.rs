//! The browser entry point: install the panic hook and mount the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    switchback::platform::mount_app();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Switchback runs in the browser: use `cargo xtask serve`.");
}
