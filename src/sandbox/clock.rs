//! The sandbox's clock: real time plus an offset that only moves forward,
//! so tests skip a lifetime instead of sleeping through it.
//!
//! Everything that expires or waits reads it: the login endpoints' SSO
//! states, one-time codes and sessions, the emulated orgs' authorization
//! codes and token lifetimes, and the provisioning runs' delay.
//! [`super::Control::advance_clock`] (or `POST /_sandbox/clock/advance`
//! `{"seconds": N}`) moves it, and a provisioning run whose delay is thereby
//! over finishes at once.

use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use tokio::sync::Notify;

use super::lock;

#[derive(Default)]
pub(crate) struct Clock {
    /// How far the sandbox's time is ahead of real time.
    offset: Mutex<Duration>,
    /// Woken at every advance, so sleepers look at the time again.
    advanced: Notify,
}

impl Clock {
    pub fn offset(&self) -> Duration {
        *lock(&self.offset)
    }

    /// The sandbox's wall-clock time.
    pub fn now(&self) -> SystemTime {
        SystemTime::now() + self.offset()
    }

    /// The sandbox's monotonic time.
    pub fn instant(&self) -> Instant {
        Instant::now() + self.offset()
    }

    /// Moves the sandbox's time forward by `by`; returns the new offset.
    pub fn advance(&self, by: Duration) -> Duration {
        let offset = {
            let mut offset = lock(&self.offset);
            *offset = offset.saturating_add(by);
            *offset
        };
        self.advanced.notify_waiters();
        offset
    }

    /// Waits until the sandbox's time reaches `deadline`: in real time, or
    /// sooner when the clock is advanced past it.
    pub async fn sleep_until(&self, deadline: Instant) {
        loop {
            // Registered before the time is read, so no advance is missed.
            let advanced = self.advanced.notified();
            tokio::pin!(advanced);
            advanced.as_mut().enable();
            let now = self.instant();
            if now >= deadline {
                return;
            }
            tokio::select! {
                () = tokio::time::sleep(deadline - now) => {}
                () = &mut advanced => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_only_moves_forward_by_what_it_is_told() {
        let c = Clock::default();
        let before = c.now();
        assert_eq!(
            c.advance(Duration::from_secs(600)),
            Duration::from_secs(600)
        );
        assert_eq!(c.advance(Duration::from_secs(5)), Duration::from_secs(605));
        let ahead = c.now().duration_since(before).unwrap();
        assert!(ahead >= Duration::from_secs(605) && ahead < Duration::from_secs(700));
    }

    #[tokio::test]
    async fn an_advance_ends_a_long_sleep() {
        let c = std::sync::Arc::new(Clock::default());
        let deadline = c.instant() + Duration::from_secs(3600);
        let sleeper = {
            let c = std::sync::Arc::clone(&c);
            tokio::spawn(async move { c.sleep_until(deadline).await })
        };
        tokio::task::yield_now().await;
        assert!(!sleeper.is_finished());
        c.advance(Duration::from_secs(3600));
        tokio::time::timeout(Duration::from_secs(5), sleeper)
            .await
            .expect("the sleep ended at the advance")
            .unwrap();
    }
}
