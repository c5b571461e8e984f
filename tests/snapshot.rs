//! The JSON of the bundled sample article, as the `quotes --jsonl` example
//! writes it: a change in shape or in results is reviewed (`cargo insta review`).

#[test]
fn sample_article_json() {
    let text = include_str!("../examples/sample.txt");
    let doc = selon::extract(text);
    insta::assert_json_snapshot!("sample_article", doc.quotes());
}

#[test]
fn court_report_json() {
    let text = include_str!("data/articles/court.txt");
    insta::assert_json_snapshot!("court_report", selon::extract(text).quotes());
}

#[test]
fn sport_report_json() {
    let text = include_str!("data/articles/sport.txt");
    insta::assert_json_snapshot!("sport_report", selon::extract(text).quotes());
}

#[test]
fn owned_quotes_round_trip_through_json() {
    let text = include_str!("../examples/sample.txt");
    let owned = selon::extract(text).to_owned_quotes();
    let json = serde_json::to_string(&owned).expect("serialise");
    let back: Vec<selon::OwnedQuote> = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(owned, back);
    // the borrowed and the owned forms write the same JSON
    assert_eq!(json, serde_json::to_string(selon::extract(text).quotes()).expect("serialise"));
}

#[test]
fn unnamed_narrator_json() {
    // the lines of a first-person narrator the text never names: no speaker,
    // the narrator's words kept apart
    let text = include_str!("data/articles/narrator.txt");
    insta::assert_json_snapshot!("unnamed_narrator", selon::extract(text).quotes());
}
