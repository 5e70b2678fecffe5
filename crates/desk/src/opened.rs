//! A file the coordinator opened: what the opener gives and the verdict, changes and
//! actions read.

use std::sync::Arc;

use micronit_model::review::Review;

/// A file the coordinator opened, with the desk's verdict on it.
#[derive(Clone)]
pub struct Opened {
    pub name: String,
    pub review: Arc<Review>,
}
