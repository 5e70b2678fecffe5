//! Languages, dates and addresses.

use micronit_model::{lang_of_path, switch_lang, Date, Lang, Page};

#[test]
fn browser_languages_pick_the_first_supported() {
    assert_eq!(Lang::negotiate(["fr-FR", "en-US"]), Lang::Fr);
    assert_eq!(Lang::negotiate(["en-GB", "fr"]), Lang::En);
    assert_eq!(Lang::negotiate(["de", "it", "FR"]), Lang::Fr);
    assert_eq!(Lang::negotiate(["pt_BR", "en_US"]), Lang::En);
    assert_eq!(Lang::negotiate(Vec::<String>::new()), Lang::En);
    assert_eq!(Lang::negotiate(["fri", "enx"]), Lang::En);
}

#[test]
fn every_page_round_trips_through_its_path() {
    let pages = [
        Page::Home,
        Page::Teams,
        Page::Team("lnox".into()),
        Page::Axis(3),
        Page::News,
        Page::NewsItem("a-slug".into()),
        Page::Events,
        Page::Partners,
        Page::About,
    ];
    for lang in Lang::ALL {
        for page in &pages {
            let path = page.path(lang);
            assert_eq!(Page::parse(&path), Some((lang, page.clone())), "{path}");
            assert_eq!(lang_of_path(&path), Some(lang));
        }
    }
}

#[test]
fn unknown_paths_name_no_page() {
    for path in [
        "/",
        "",
        "/de/",
        "/fr/nothing",
        "/fr/teams/a/b",
        "/en/axes/x",
        "/en/axes/01",
        "/en/axes/-1",
        "/en/axes/999",
    ] {
        assert_eq!(Page::parse(path), None, "{path}");
    }
}

#[test]
fn language_switch_keeps_page_query_and_fragment() {
    assert_eq!(
        switch_lang("/fr/teams?axis=2&q=h%C3%A9rault", Lang::En),
        "/en/teams?axis=2&q=h%C3%A9rault"
    );
    assert_eq!(switch_lang("/en/teams/lnox", Lang::Fr), "/fr/teams/lnox");
    assert_eq!(switch_lang("/en/", Lang::Fr), "/fr/");
    assert_eq!(switch_lang("/", Lang::Fr), "/fr/");
    assert_eq!(
        switch_lang("/en/about#history", Lang::Fr),
        "/fr/about#history"
    );
}

#[test]
fn dates_are_written_as_each_language_writes_them() {
    let d: Date = "2019-11-07".parse().unwrap();
    assert_eq!(d.long(Lang::Fr), "7 novembre 2019");
    assert_eq!(d.long(Lang::En), "November 7, 2019");
    let first: Date = "2015-01-01".parse().unwrap();
    assert_eq!(first.long(Lang::Fr), "1er janvier 2015");
    assert_eq!(first.month_year(Lang::En), "January 2015");
    assert_eq!(d.to_string(), "2019-11-07");
    assert!("2020-02-29".parse::<Date>().is_ok());
    for bad in [
        "2019-02-29",
        "2019-11-7",
        "19-11-07",
        "2019/11/07",
        "2019-00-10",
        "",
    ] {
        assert!(bad.parse::<Date>().is_err(), "{bad}");
    }
}

#[test]
fn date_ranges_read_naturally() {
    use micronit_model::date_range;
    let d = |s: &str| s.parse::<Date>().unwrap();
    let (a, b) = (d("2019-10-30"), d("2019-11-02"));
    assert_eq!(
        date_range(a, b, Lang::Fr),
        "du 30 octobre au 2 novembre 2019"
    );
    assert_eq!(date_range(a, b, Lang::En), "October 30 – November 2, 2019");
    let (c, e) = (d("2019-12-31"), d("2020-01-01"));
    assert_eq!(
        date_range(c, e, Lang::Fr),
        "du 31 décembre 2019 au 1er janvier 2020"
    );
    assert_eq!(date_range(a, a, Lang::En), "October 30, 2019");
    assert_eq!(
        date_range(d("2019-11-01"), d("2019-11-02"), Lang::Fr),
        "du 1er au 2 novembre 2019"
    );
}
