//! `--json FIELDS` and `--jq EXPR` on lists, as `gh` has them: pick the
//! fields a script needs, or filter with a jq expression (run by jaq, a jq
//! implementation, not by code of ours).

use jaq_core::load::{Arena, File, Loader};
use jaq_core::{Compiler, Ctx, Vars, data, unwrap_valr};
use jaq_json::Val;
use serde_json::{Map, Value};

/// Keeps only `fields` of every object of `items` (in the order given).
/// An unknown field is refused with the list of known ones.
pub fn select_fields(items: &Value, fields: &[String]) -> Result<Value, String> {
    let Value::Array(items) = items else {
        return Err("this output is not a list".into());
    };
    let known: Vec<&str> = items
        .first()
        .and_then(Value::as_object)
        .map(|first| first.keys().map(String::as_str).collect())
        .unwrap_or_default();
    if !known.is_empty()
        && let Some(unknown) = fields.iter().find(|f| !known.contains(&f.as_str()))
    {
        return Err(format!(
            "unknown JSON field `{unknown}`; the fields are: {}",
            known.join(", ")
        ));
    }
    let picked = items
        .iter()
        .map(|item| {
            let mut out = Map::new();
            for field in fields {
                out.insert(
                    field.clone(),
                    item.get(field).cloned().unwrap_or(Value::Null),
                );
            }
            Value::Object(out)
        })
        .collect();
    Ok(Value::Array(picked))
}

/// Runs the jq expression `expr` on `input`; each result is one line:
/// strings as they are (as `jq -r` and `gh --jq` print them), anything else
/// as compact JSON.
pub fn query(input: &Value, expr: &str) -> Result<Vec<String>, String> {
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let arena = Arena::default();
    let modules = Loader::new(defs)
        .load(
            &arena,
            File {
                code: expr,
                path: (),
            },
        )
        .map_err(|_| format!("`{expr}` is not a valid jq expression"))?;
    let filter = Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|_| format!("`{expr}` names a jq function or variable that does not exist"))?;
    let text = serde_json::to_vec(input).map_err(|e| e.to_string())?;
    let input = jaq_json::read::parse_single(&text)
        .map_err(|e| format!("the output could not be read as JSON ({e})"))?;
    let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
    let mut lines = Vec::new();
    for result in filter.id.run((ctx, input)).map(unwrap_valr) {
        let value = result.map_err(|e| format!("the jq expression failed: {e}"))?;
        let json = value.to_string();
        lines.push(match serde_json::from_str::<Value>(&json) {
            Ok(Value::String(raw)) => raw,
            _ => json,
        });
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields_are_picked_in_the_order_asked_and_unknown_ones_named() {
        let items = json!([{"slug": "a", "status": "active", "x": 1}]);
        let picked = select_fields(&items, &["status".into(), "slug".into()]).unwrap();
        assert_eq!(picked.to_string(), r#"[{"status":"active","slug":"a"}]"#);
        let err = select_fields(&items, &["nope".into()]).unwrap_err();
        assert_eq!(
            err,
            "unknown JSON field `nope`; the fields are: slug, status, x"
        );
    }

    #[test]
    fn strings_come_out_raw_and_the_rest_as_json() {
        let items = json!([{"slug": "a", "n": 1}, {"slug": "b", "n": 2}]);
        assert_eq!(query(&items, ".[].slug").unwrap(), ["a", "b"]);
        assert_eq!(
            query(&items, "map(select(.n > 1))").unwrap(),
            [r#"[{"slug":"b","n":2}]"#]
        );
        assert_eq!(query(&items, "length").unwrap(), ["2"]);
    }

    #[test]
    fn a_broken_expression_is_named() {
        let items = json!([]);
        assert!(
            query(&items, ".[")
                .unwrap_err()
                .contains("not a valid jq expression")
        );
        assert!(
            query(&items, "nosuchfn")
                .unwrap_err()
                .contains("does not exist")
        );
        assert!(query(&json!("x"), ".[0]").unwrap_err().contains("failed"));
    }
}
