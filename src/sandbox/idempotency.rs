//! `Idempotency-Key` for the `POST`s that create something.
//!
//! An answer is remembered inside the same state transaction that made its
//! effect, so "committed" and "remembered" can never disagree, not even when
//! the connection is then dropped (`ResetAfterCommit`). Only successful
//! answers are remembered: a failed request did nothing, so a client may
//! simply try it again with the same key.

use std::time::SystemTime;

use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use super::error::ApiError;
use super::state::{IdempotencyRecord, State, Store, unix};
use super::validate;

/// An answer that can be remembered and replayed.
#[derive(Clone, Debug)]
pub(crate) struct Answer {
    pub status: StatusCode,
    pub body: Value,
    pub headers: Vec<(HeaderName, String)>,
}

impl Answer {
    pub fn new(status: StatusCode, body: Value) -> Self {
        Self {
            status,
            body,
            headers: Vec::new(),
        }
    }

    pub fn header(mut self, name: HeaderName, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    pub fn into_response(self, replayed: bool) -> Response {
        let mut response = (self.status, axum::Json(self.body)).into_response();
        let h = response.headers_mut();
        for (name, value) in self.headers {
            if let Ok(value) = HeaderValue::from_str(&value) {
                h.insert(name, value);
            }
        }
        if replayed {
            h.insert("idempotent-replayed", HeaderValue::from_static("true"));
        }
        response
    }
}

/// A request that carried an `Idempotency-Key`.
pub(crate) struct Idem {
    method: String,
    path: String,
    key: String,
    fingerprint: String,
}

impl Idem {
    /// `None` when the request has no key; 422 when the key is unusable.
    pub fn from_request(
        method: &str,
        path: &str,
        headers: &HeaderMap,
        body: &[u8],
    ) -> Result<Option<Self>, ApiError> {
        let Some(raw) = headers.get("idempotency-key") else {
            return Ok(None);
        };
        let key = raw.to_str().map_err(|_| {
            ApiError::invalid_field(
                "the Idempotency-Key header is invalid",
                "Idempotency-Key",
                "must be visible ASCII",
            )
        })?;
        validate::idempotency_key(key).map_err(|m| {
            ApiError::invalid_field(
                "the Idempotency-Key header is invalid",
                "Idempotency-Key",
                m,
            )
        })?;
        Ok(Some(Self {
            method: method.to_owned(),
            path: path.to_owned(),
            key: key.to_owned(),
            fingerprint: fingerprint(body),
        }))
    }

    /// The remembered answer for this key, if any; 422 when the key was used
    /// for a different body. Counts the replay.
    pub fn replay(&self, st: &mut State) -> Result<Option<Answer>, ApiError> {
        st.prune_idempotency(SystemTime::now());
        let Some(rec) = st
            .idempotency
            .iter()
            .find(|r| r.method == self.method && r.path == self.path && r.key == self.key)
        else {
            return Ok(None);
        };
        if rec.fingerprint != self.fingerprint {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "idempotency_key_reused",
                format!(
                    "Idempotency-Key {:?} was already used for a different request to {} {}",
                    self.key, self.method, self.path
                ),
            ));
        }
        let answer = Answer {
            status: StatusCode::from_u16(rec.status).unwrap_or(StatusCode::OK),
            body: rec.body.clone(),
            headers: rec
                .headers
                .iter()
                .filter_map(|(n, v)| Some((HeaderName::from_bytes(n.as_bytes()).ok()?, v.clone())))
                .collect(),
        };
        st.stats.idempotent_replays += 1;
        Ok(Some(answer))
    }

    /// Remembers a successful answer.
    pub fn remember(&self, st: &mut State, answer: &Answer) {
        if !answer.status.is_success() {
            return;
        }
        st.idempotency.push(IdempotencyRecord {
            method: self.method.clone(),
            path: self.path.clone(),
            key: self.key.clone(),
            fingerprint: self.fingerprint.clone(),
            status: answer.status.as_u16(),
            body: answer.body.clone(),
            headers: answer
                .headers
                .iter()
                .map(|(n, v)| (n.as_str().to_owned(), v.clone()))
                .collect(),
            created_at_unix: unix(SystemTime::now()),
        });
    }
}

/// The one skeleton of an idempotent `POST`: in a single state
/// transaction, replay the answer remembered for the request's key, or run
/// `create` and remember its answer. `create`'s extra value (`T`) comes back
/// only when it ran, never for a replay.
pub(crate) fn post<T>(
    store: &Store,
    idem: Option<&Idem>,
    create: impl FnOnce(&mut State) -> Result<(Answer, T), ApiError>,
) -> Result<(Response, Option<T>), ApiError> {
    post_with(store, idem, |_, first| Ok(first), create, |answer| answer)
}

/// [`post`] for a `create` with nothing to hand back but its answer.
pub(crate) fn post_answer(
    store: &Store,
    idem: Option<&Idem>,
    create: impl FnOnce(&mut State) -> Result<Answer, ApiError>,
) -> Result<Response, ApiError> {
    let (response, _) = post(store, idem, |st| Ok((create(st)?, ())))?;
    Ok(response)
}

/// [`post`] for an answer with a one-time value that must not be kept (an
/// invitation's token): `create`'s answer is remembered without it and
/// `reveal` adds it to what is sent; a replay is what `reissue` makes of the
/// remembered answer.
pub(crate) fn post_with<T>(
    store: &Store,
    idem: Option<&Idem>,
    reissue: impl FnOnce(&mut State, Answer) -> Result<Answer, ApiError>,
    create: impl FnOnce(&mut State) -> Result<(Answer, T), ApiError>,
    reveal: impl FnOnce(Answer) -> Answer,
) -> Result<(Response, Option<T>), ApiError> {
    let (answer, replayed, extra) = store.mutate(|st| {
        if let Some(idem) = idem
            && let Some(first) = idem.replay(st)?
        {
            return Ok((reissue(st, first)?, true, None));
        }
        let (answer, extra) = create(st)?;
        if let Some(idem) = idem {
            idem.remember(st, &answer);
        }
        Ok((reveal(answer), false, Some(extra)))
    })?;
    Ok((answer.into_response(replayed), extra))
}

/// Only the replay of [`post`]: the remembered answer for the key, if any,
/// for a request that would be refused otherwise.
pub(crate) fn replay_only(store: &Store, idem: &Idem) -> Result<Option<Response>, ApiError> {
    let first = store.mutate(|st| idem.replay(st))?;
    Ok(first.map(|answer| answer.into_response(true)))
}

/// A stable hash of the body: JSON is compared by meaning (key order and
/// spacing do not matter), anything else byte for byte. No secret is kept.
fn fingerprint(body: &[u8]) -> String {
    let canonical = match serde_json::from_slice::<Value>(body) {
        Ok(v) => canonical_json(&v),
        Err(_) if body.iter().all(u8::is_ascii_whitespace) => "null".to_owned(),
        Err(_) => String::from_utf8_lossy(body).into_owned(),
    };
    format!("fnv1a64:{:016x}", fnv1a64(canonical.as_bytes()))
}

fn canonical_json(v: &Value) -> String {
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let fields: Vec<String> = keys
                .into_iter()
                .map(|k| {
                    format!(
                        "{}:{}",
                        Value::String(k.clone()),
                        map.get(k).map(canonical_json).unwrap_or_default()
                    )
                })
                .collect();
            format!("{{{}}}", fields.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(canonical_json).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}

// FNV-1a: tiny, stable across Rust versions (unlike `DefaultHasher`), and
// good enough to tell two request bodies apart.
fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_ignore_key_order_and_spacing() {
        assert_eq!(
            fingerprint(br#"{"a":1,"b":[1,{"y":2,"x":1}]}"#),
            fingerprint(br#"{ "b": [1, {"x":1, "y":2}], "a": 1 }"#)
        );
        assert_ne!(fingerprint(br#"{"a":1}"#), fingerprint(br#"{"a":2}"#));
        assert_eq!(fingerprint(b""), fingerprint(b"  "));
        assert_eq!(fingerprint(b""), fingerprint(b"null"));
        assert!(!fingerprint(br#"{"client_secret":"hunter22"}"#).contains("hunter"));
    }

    #[test]
    fn replay_and_reuse() {
        let mut st = State::default();
        let mut headers = HeaderMap::new();
        headers.insert("idempotency-key", HeaderValue::from_static("k1"));
        let idem = Idem::from_request("POST", "/x", &headers, b"{\"a\":1}")
            .unwrap()
            .unwrap();
        assert!(idem.replay(&mut st).unwrap().is_none());
        let answer = Answer::new(StatusCode::CREATED, serde_json::json!({"ok": true}))
            .header(axum::http::header::ETAG, "\"1\"");
        idem.remember(&mut st, &answer);
        let replay = idem.replay(&mut st).unwrap().unwrap();
        assert_eq!(replay.status, StatusCode::CREATED);
        assert_eq!(replay.headers.len(), 1);
        assert_eq!(st.stats.idempotent_replays, 1);

        let other = Idem::from_request("POST", "/x", &headers, b"{\"a\":2}")
            .unwrap()
            .unwrap();
        assert_eq!(
            other.replay(&mut st).unwrap_err().code,
            "idempotency_key_reused"
        );
        let elsewhere = Idem::from_request("POST", "/y", &headers, b"{\"a\":2}")
            .unwrap()
            .unwrap();
        assert!(elsewhere.replay(&mut st).unwrap().is_none());

        headers.insert("idempotency-key", HeaderValue::from_static(""));
        assert!(Idem::from_request("POST", "/x", &headers, b"").is_err());
    }
}
