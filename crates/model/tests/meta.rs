//! Each page's head: title, description, language and its addresses in both languages.

use micronit_model::i18n::{t, Key};
use micronit_model::{page_meta, DataState, Lang, Page, Snapshot};

const BUNDLED: &str = include_str!("../../../public/data/consortium.json");

#[test]
fn a_team_page_is_titled_by_the_team_in_each_language() {
    let c = Snapshot::from_json(BUNDLED).unwrap();
    let page = Page::Team("lnox".into());
    let en = page_meta(Lang::En, Some(&page), DataState::Ready(&c));
    assert_eq!(
        en.title,
        "LNOx — Leukemic niche and oxidative metabolism — Micronit"
    );
    assert!(en.description.contains("(Tours)"), "{}", en.description);
    assert_eq!(
        en.paths,
        Some(["/fr/teams/lnox".to_owned(), "/en/teams/lnox".to_owned()])
    );
    let fr = page_meta(Lang::Fr, Some(&page), DataState::Ready(&c));
    assert_eq!(fr.lang, Lang::Fr);
    assert!(fr.title.starts_with("LNOx — "), "{}", fr.title);
    assert_ne!(fr.title, en.title);
}

#[test]
fn the_directory_says_how_many_teams_it_lists() {
    let c = Snapshot::from_json(BUNDLED).unwrap();
    let meta = page_meta(Lang::En, Some(&Page::Teams), DataState::Ready(&c));
    assert!(meta.description.contains(&c.teams.len().to_string()));
    assert!(meta.title.contains(t(Lang::En, Key::TeamsTitle)));
}

#[test]
fn unknown_pages_have_no_other_language_and_no_canonical_address() {
    let c = Snapshot::from_json(BUNDLED).unwrap();
    let not_found = t(Lang::Fr, Key::NotFoundTitle);
    for route in [
        None,
        Some(Page::Team("no-such-team".into())),
        Some(Page::Axis(9)),
    ] {
        let meta = page_meta(Lang::Fr, route.as_ref(), DataState::Ready(&c));
        assert!(meta.title.starts_with(not_found), "{}", meta.title);
        assert_eq!(meta.paths, None);
    }
}

#[test]
fn a_snapshot_that_could_not_be_read_gives_the_error_title_and_keeps_the_addresses() {
    let failed = page_meta(Lang::En, Some(&Page::Home), DataState::Failed);
    assert!(failed.title.contains(t(Lang::En, Key::MetaError)));
    assert_eq!(failed.paths.unwrap()[1], "/en/");
}
