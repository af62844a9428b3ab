//! Counts requests being answered at once, so tests can prove a client's
//! concurrency limit from the server's side.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;

#[derive(Default)]
pub(crate) struct InFlight {
    now: AtomicUsize,
    max: AtomicUsize,
}

impl InFlight {
    pub(crate) fn max(&self) -> usize {
        self.max.load(Ordering::SeqCst)
    }

    pub(crate) fn reset_max(&self) {
        self.max
            .store(self.now.load(Ordering::SeqCst), Ordering::SeqCst);
    }
}

/// Decrements on drop, so a dropped connection still counts down.
struct Guard<'a>(&'a InFlight);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        self.0.now.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Counts clients' requests; the sandbox's own calls to its emulated orgs
/// (the service probing Okta) are not a client's and are not counted.
pub(crate) async fn count(
    State(in_flight): State<Arc<InFlight>>,
    req: Request,
    next: Next,
) -> Response {
    let internal = req
        .headers()
        .get(axum::http::header::USER_AGENT)
        .is_some_and(|ua| ua.as_bytes() == crate::sandbox::INTERNAL_USER_AGENT.as_bytes());
    if internal {
        return next.run(req).await;
    }
    let now = in_flight.now.fetch_add(1, Ordering::SeqCst) + 1;
    in_flight.max.fetch_max(now, Ordering::SeqCst);
    let _guard = Guard(&in_flight);
    next.run(req).await
}
