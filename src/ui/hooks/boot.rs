//! What the page starts from, when it was not given: read once mounted.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::boot::Boot;
use crate::platform;

/// `given`, or (when the app was mounted without one) the page's own boot,
/// read in an effect after the first (empty) render.
#[hook]
pub fn use_boot(given: Option<Rc<Boot>>) -> Option<Rc<Boot>> {
    let boot = use_state(|| given);
    {
        let boot = boot.clone();
        use_effect_with((), move |_| {
            if boot.is_none() {
                boot.set(Some(Rc::new(platform::boot())));
            }
        });
    }
    (*boot).clone()
}
