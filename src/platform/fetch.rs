//! Fetching text (a graph from a URL).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::error::{js_text, PlatformError};

/// GETs `url` and returns the body as text.
pub async fn fetch_text(url: &str) -> Result<String, PlatformError> {
    let window = web_sys::window().ok_or(PlatformError::NoDocument)?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| PlatformError::Network(js_text(&e)))?;
    let response: web_sys::Response =
        response.dyn_into().map_err(|_| PlatformError::Network("not a response".into()))?;
    if !response.ok() {
        return Err(PlatformError::Http(response.status(), response.status_text()));
    }
    let text = response.text().map_err(|e| PlatformError::Network(js_text(&e)))?;
    let text = JsFuture::from(text).await.map_err(|e| PlatformError::Network(js_text(&e)))?;
    Ok(text.as_string().unwrap_or_default())
}
