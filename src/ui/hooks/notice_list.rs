//! The list of notices and the screen-reader status line, with verbs that
//! stay the same callbacks for the life of the page (so the context that
//! carries them changes only when the list or the status does).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::context::{ListedNotice, NoticesHandle};
use crate::ui::model::Notice;

/// The notices as they are now, and the id the next one gets.
#[derive(Default)]
struct Book {
    list: Vec<ListedNotice>,
    last_id: u32,
}

/// The notices: empty at first.
#[hook]
pub fn use_notice_list() -> NoticesHandle {
    // The cell is the truth: several notices can arrive before a render,
    // and each must be kept. The state re-renders.
    let book = use_mut_ref(Book::default);
    let shown = use_state(|| Rc::new(Vec::<ListedNotice>::new()));
    let status = use_state(AttrValue::default);
    let verbs = {
        let (shown, status) = (shown.clone(), status.clone());
        use_memo((), move |_| {
            let change = Rc::new(move |f: &dyn Fn(&mut Book)| {
                let mut book = RefCell::borrow_mut(&book);
                f(&mut book);
                shown.set(Rc::new(book.list.clone()));
            });
            let add = {
                let change = change.clone();
                Callback::from(move |notice: Notice| {
                    change(&|book| {
                        book.last_id += 1;
                        book.list.push(ListedNotice { id: book.last_id, notice: notice.clone() });
                    })
                })
            };
            let dismiss = Callback::from(move |id: u32| change(&|book| book.list.retain(|n| n.id != id)));
            let say = Callback::from(move |text: String| status.set(text.into()));
            (add, dismiss, say)
        })
    };
    let (add, dismiss, say) = (*verbs).clone();
    NoticesHandle { list: (*shown).clone(), status: (*status).clone(), add, dismiss, say }
}
