//! Management API lists as Okta pages and filters them: `search` and
//! `filter` expressions, `limit`, the `after` cursor, and `Link` headers
//! (`rel="self"`, and `rel="next"` while there is more; docs/okta-behaviour.md,
//! "Management API reads"). `q` stays each list's own prefix match, applied by its
//! handler before this.
//!
//! Expressions are Okta's SCIM-like ones (developer docs, "Filtering" and
//! "Search"): `attr op "value"` with `eq ne sw co ew gt ge lt le`, `attr pr`,
//! `and`, `or`, `not`-free parentheses, on the JSON that the list shows
//! (`type`, `status`, `profile.name`, …). One Okta cannot parse is 400
//! `E0000031` "Invalid search criteria." (Okta's error codes; not captured).

use std::collections::HashMap;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde_json::Value;

use super::{e0000, okta_json};

/// Okta's default page for these lists, and its most.
const DEFAULT_LIMIT: usize = 200;
const MAX_LIMIT: usize = 200;

/// `items` filtered by the query's `search` and `filter`, one page of them
/// from `after`, with `Link` headers built on `url` (the list's absolute
/// URL without a query).
pub(crate) fn page(items: Vec<Value>, query: &HashMap<String, String>, url: &str) -> Response {
    let mut items = items;
    for name in ["search", "filter"] {
        if let Some(raw) = query.get(name) {
            let Some(expr) = parse(raw) else {
                return invalid_criteria();
            };
            items.retain(|item| expr.matches(item));
        }
    }
    let limit = query
        .get("limit")
        .and_then(|l| l.parse::<usize>().ok())
        .filter(|&l| l > 0)
        .map_or(DEFAULT_LIMIT, |l| l.min(MAX_LIMIT));
    let start = match query.get("after") {
        None => 0,
        Some(after) => items
            .iter()
            .position(|i| i.get("id").and_then(Value::as_str) == Some(after.as_str()))
            .map_or(items.len(), |at| at + 1),
    };
    let rest = items.split_off(start.min(items.len()));
    let more = rest.len() > limit;
    let page: Vec<Value> = rest.into_iter().take(limit).collect();
    let next_after = page
        .last()
        .and_then(|i| i.get("id"))
        .and_then(Value::as_str)
        .map(str::to_owned);

    let mut r = okta_json(StatusCode::OK, Value::Array(page));
    let link = |extra: &[(&str, &str)]| {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        let mut names: Vec<&String> = query.keys().filter(|k| *k != "after").collect();
        names.sort();
        for k in names {
            if k != "limit" {
                q.append_pair(k, &query[k]);
            }
        }
        q.append_pair("limit", &limit.to_string());
        for (k, v) in extra {
            q.append_pair(k, v);
        }
        format!("{url}?{}", q.finish())
    };
    let mut links = Vec::new();
    let self_link = match query.get("after") {
        Some(after) => link(&[("after", after)]),
        None => link(&[]),
    };
    links.push(format!("<{self_link}>; rel=\"self\""));
    if more && let Some(after) = &next_after {
        links.push(format!("<{}>; rel=\"next\"", link(&[("after", after)])));
    }
    for l in links {
        if let Ok(v) = HeaderValue::from_str(&l) {
            r.headers_mut().append(header::LINK, v);
        }
    }
    r
}

fn invalid_criteria() -> Response {
    e0000(
        StatusCode::BAD_REQUEST,
        "E0000031",
        "Invalid search criteria.",
    )
}

#[derive(Debug, PartialEq)]
enum Expr {
    Or(Box<Expr>, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Compare { attr: String, op: Op, value: Value },
    Present(String),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Op {
    Eq,
    Ne,
    Sw,
    Co,
    Ew,
    Gt,
    Ge,
    Lt,
    Le,
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Open,
    Close,
    Word(String),
    Str(String),
}

fn tokens(s: &str) -> Option<Vec<Token>> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' => {
                chars.next();
                out.push(Token::Open);
            }
            ')' => {
                chars.next();
                out.push(Token::Close);
            }
            '"' => {
                chars.next();
                let mut v = String::new();
                loop {
                    match chars.next()? {
                        '"' => break,
                        '\\' => v.push(chars.next()?),
                        c => v.push(c),
                    }
                }
                out.push(Token::Str(v));
            }
            _ => {
                let mut w = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() || c == '(' || c == ')' || c == '"' {
                        break;
                    }
                    w.push(c);
                    chars.next();
                }
                out.push(Token::Word(w));
            }
        }
    }
    Some(out)
}

/// The expression, or `None` when Okta would not understand it.
fn parse(s: &str) -> Option<Expr> {
    let toks = tokens(s)?;
    let mut at = 0;
    let e = parse_or(&toks, &mut at, 0)?;
    (at == toks.len()).then_some(e)
}

/// Deep enough for any real query; no input can exhaust the stack.
const MAX_DEPTH: usize = 32;

fn parse_or(t: &[Token], at: &mut usize, depth: usize) -> Option<Expr> {
    let mut left = parse_and(t, at, depth)?;
    while matches!(t.get(*at), Some(Token::Word(w)) if w.eq_ignore_ascii_case("or")) {
        *at += 1;
        left = Expr::Or(Box::new(left), Box::new(parse_and(t, at, depth)?));
    }
    Some(left)
}

fn parse_and(t: &[Token], at: &mut usize, depth: usize) -> Option<Expr> {
    let mut left = parse_factor(t, at, depth)?;
    while matches!(t.get(*at), Some(Token::Word(w)) if w.eq_ignore_ascii_case("and")) {
        *at += 1;
        left = Expr::And(Box::new(left), Box::new(parse_factor(t, at, depth)?));
    }
    Some(left)
}

fn parse_factor(t: &[Token], at: &mut usize, depth: usize) -> Option<Expr> {
    if depth > MAX_DEPTH {
        return None;
    }
    match t.get(*at)? {
        Token::Open => {
            *at += 1;
            let e = parse_or(t, at, depth + 1)?;
            (t.get(*at)? == &Token::Close).then_some(())?;
            *at += 1;
            Some(e)
        }
        Token::Word(attr) => {
            let attr_ok = !attr.is_empty()
                && attr
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
            if !attr_ok {
                return None;
            }
            *at += 1;
            let Token::Word(op) = t.get(*at)? else {
                return None;
            };
            *at += 1;
            let op = match op.to_ascii_lowercase().as_str() {
                "pr" => return Some(Expr::Present(attr.clone())),
                "eq" => Op::Eq,
                "ne" => Op::Ne,
                "sw" => Op::Sw,
                "co" => Op::Co,
                "ew" => Op::Ew,
                "gt" => Op::Gt,
                "ge" => Op::Ge,
                "lt" => Op::Lt,
                "le" => Op::Le,
                _ => return None,
            };
            let value = match t.get(*at)? {
                Token::Str(s) => Value::String(s.clone()),
                Token::Word(w) => match w.as_str() {
                    "true" => Value::Bool(true),
                    "false" => Value::Bool(false),
                    "null" => Value::Null,
                    n => serde_json::from_str::<serde_json::Number>(n)
                        .ok()
                        .map(Value::Number)?,
                },
                _ => return None,
            };
            *at += 1;
            Some(Expr::Compare {
                attr: attr.clone(),
                op,
                value,
            })
        }
        _ => None,
    }
}

impl Expr {
    fn matches(&self, item: &Value) -> bool {
        match self {
            Expr::Or(a, b) => a.matches(item) || b.matches(item),
            Expr::And(a, b) => a.matches(item) && b.matches(item),
            Expr::Present(attr) => lookup(item, attr).is_some_and(|v| !v.is_null()),
            Expr::Compare { attr, op, value } => {
                let found = lookup(item, attr).unwrap_or(&Value::Null);
                compare(found, *op, value)
            }
        }
    }
}

fn lookup<'a>(item: &'a Value, attr: &str) -> Option<&'a Value> {
    attr.split('.').try_fold(item, |v, name| v.get(name))
}

fn compare(found: &Value, op: Op, want: &Value) -> bool {
    use std::cmp::Ordering;
    let order = match (found, want) {
        (Value::String(a), Value::String(b)) => Some(a.cmp(b)),
        (Value::Number(a), Value::Number(b)) => a
            .as_f64()
            .zip(b.as_f64())
            .and_then(|(a, b)| a.partial_cmp(&b)),
        _ => None,
    };
    let text = |f: fn(&str, &str) -> bool| match (found, want) {
        (Value::String(a), Value::String(b)) => f(&a.to_lowercase(), &b.to_lowercase()),
        _ => false,
    };
    match op {
        Op::Eq => found == want,
        Op::Ne => found != want,
        Op::Sw => text(|a, b| a.starts_with(b)),
        Op::Co => text(|a, b| a.contains(b)),
        Op::Ew => text(|a, b| a.ends_with(b)),
        Op::Gt => order == Some(Ordering::Greater),
        Op::Ge => matches!(order, Some(Ordering::Greater | Ordering::Equal)),
        Op::Lt => order == Some(Ordering::Less),
        Op::Le => matches!(order, Some(Ordering::Less | Ordering::Equal)),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn expressions_match_as_okta_reads_them() {
        let everyone = json!({"type": "BUILT_IN", "profile": {"name": "Everyone"}});
        let users = json!({"type": "OKTA_GROUP", "profile": {"name": "Biometry Users"}});
        let e = parse(r#"type eq "OKTA_GROUP""#).unwrap();
        assert!(!e.matches(&everyone) && e.matches(&users));
        let e = parse(r#"(type eq "BUILT_IN") and profile.name sw "every""#).unwrap();
        assert!(e.matches(&everyone) && !e.matches(&users));
        let e = parse(r#"type eq "X" or profile.name co "metry""#).unwrap();
        assert!(e.matches(&users));
        assert!(parse("profile.name pr").unwrap().matches(&users));
    }

    #[test]
    fn garbage_is_not_an_expression() {
        for bad in [
            "garbage((",
            "",
            "type",
            r#"type eq"#,
            r#"type like "x""#,
            r#"type eq "open"#,
            r#"(type eq "x""#,
            r#"type eq "x" and"#,
            r#"ty$pe eq "x""#,
        ] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        let deep = format!("{}type eq \"x\"{}", "(".repeat(100), ")".repeat(100));
        assert_eq!(parse(&deep), None);
    }
}
