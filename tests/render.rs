//! The pages as the build writes them: rendered natively by the app's own components
//! (`micronit::render`), read here as HTML, with no browser.

use std::sync::Arc;

use micronit::render::{pages, render_app, Shell, ShellError, Site};
use micronit_model::{snapshot_digest, Consortium, Snapshot};

const SNAPSHOT: &[u8] = include_bytes!("../public/data/consortium.json");

/// A shell as trunk writes it in a release build: minified, attributes reordered and
/// unquoted, `<head>` and `<body>` start tags left out where HTML allows.
const SHELL: &str = r#"<!doctype html><html lang=fr><meta charset=utf-8><title>Micronit</title><meta content="Micronit fédère" name=description><base href=/><script>try{}catch{}</script><script>(()=>{})();</script><style>:root{--ink:#1f2328}</style><script data-integrity=none defer src=/site-1.js></script><script type=module>import init, * as bindings from '/micronit-abc.js';
const wasm = await init({ module_or_path: '/micronit-abc_bg.wasm' });</script><link crossorigin href=/micronit-abc.js rel=modulepreload><link crossorigin href=/snippets/micronit-1/inline0.js rel=modulepreload><link as=fetch crossorigin href=/micronit-abc_bg.wasm rel=preload type=application/wasm><script type="application/json" id="site-text">{}</script></head><body><div id=app><div class=boot role=status><p>Chargement…</p></div><noscript><p>Sans JavaScript</p></noscript></div></body></html>"#;

fn consortium() -> Arc<Consortium> {
    Arc::new(Snapshot::from_bytes(SNAPSHOT.to_vec()).expect("the bundled snapshot is valid"))
}

fn page(path: &str) -> String {
    let c = consortium();
    let shell = Shell::parse(SHELL).expect("the shell is read");
    let file = pages(&c)
        .into_iter()
        .find(|p| p.path == path)
        .unwrap_or_else(|| panic!("{path} is one of the pages"));
    shell
        .page(&c, &snapshot_digest(SNAPSHOT), &Site::new("/", None), &file)
        .expect("the page is written")
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[test]
fn every_page_in_both_languages_is_written_once_with_one_main_and_one_heading() {
    let c = consortium();
    let shell = Shell::parse(SHELL).expect("the shell is read");
    let all = pages(&c);
    // The sitemap's pages, the desk, three kinds of embedded views and the not-found page.
    let per_lang = micronit_model::Page::all(&c).len() + 1 + 2 + c.teams.len() + 1;
    assert_eq!(all.len(), 2 * per_lang);
    let mut files: Vec<&str> = all.iter().map(|p| p.file.as_str()).collect();
    files.dedup();
    assert_eq!(files.len(), all.len(), "two pages write one file");
    for file in &all {
        let html = shell
            .page(&c, "d", &Site::new("/", None), file)
            .unwrap_or_else(|e| panic!("{}: {e}", file.path));
        assert_eq!(
            count(&html, "<main id=\"main\""),
            1,
            "{}: one <main>",
            file.path
        );
        assert_eq!(
            count(&html, "<h1"),
            1,
            "{}: one level-one heading",
            file.path
        );
        let lang = &file.path[1..3];
        let html_tag = &html[html.find("<html").unwrap_or(0)..];
        let html_tag = &html_tag[..html_tag.find('>').unwrap_or(0)];
        assert!(
            html_tag.contains(&format!(" lang=\"{lang}\"")),
            "{}: its language",
            file.path
        );
    }
}

#[test]
fn a_page_names_what_the_app_needs_to_hydrate_it_and_starts_it_itself() {
    let html = page("/fr/teams");
    let digest = snapshot_digest(SNAPSHOT);
    let today = Site::new("/", None)
        .today
        .map(|d| d.to_string())
        .unwrap_or_default();
    assert!(html.contains(&format!(
        "<div id=app data-prerendered=\"/fr/teams\" data-snapshot=\"{digest}\" data-today=\"{today}\" data-app-js=\"/micronit-abc.js\" data-app-wasm=\"/micronit-abc_bg.wasm\" data-app-data=\"data/consortium.json\">"
    )));
    // trunk's loader would start the app before the page is painted.
    assert!(!html.contains("modulepreload"));
    assert!(!html.contains("type=module") && !html.contains("import init"));
    assert!(
        !html.contains("Chargement"),
        "the shell's loading message is replaced"
    );
    // The shell's own parts are kept.
    assert!(html.contains("id=\"site-text\""));
    // The page's style and its inline scripts (the preview's mark, the app's start).
    assert!(html.contains("<style>:root{--ink:#1f2328}</style>"));
    assert!(html.contains("<script>try{}catch{}</script><script>(()=>{})();</script>"));
    assert!(html.contains("<script data-integrity=none defer src=/site-1.js></script>"));
}

#[test]
fn a_page_has_its_own_head() {
    let c = consortium();
    let team = &c.teams[0];
    let html = page(&format!("/en/teams/{}", team.id));
    let name = team.name.in_lang(micronit_model::Lang::En);
    let title = html
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .expect("a title");
    assert!(title.ends_with("— Micronit"), "{title}");
    assert!(html.contains(&format!(
        "<link rel=\"canonical\" href=\"/en/teams/{}\">",
        team.id
    )));
    assert!(html.contains(&format!(
        "<link rel=\"alternate\" hreflang=\"fr\" href=\"/fr/teams/{}\">",
        team.id
    )));
    assert!(html.contains("<script type=\"application/ld+json\" data-for=\"/en/teams/"));
    assert!(
        !html.contains("Micronit fédère"),
        "the shell's description is replaced"
    );
    assert!(
        title.contains(&micronit_model::escape_markup(name)),
        "{title}"
    );
}

#[test]
fn embedded_views_open_links_in_a_new_tab_and_are_not_indexed() {
    let html = page("/fr/embed/map");
    assert!(html.contains("<html lang=\"fr\" class=\"embedded\">"));
    assert!(html.contains("<base href=/ target=\"_blank\">"));
    assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(
        !html.contains("class=\"site-header\""),
        "no header in an embedded view"
    );
    let desk = page("/en/desk");
    assert!(desk.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(!page("/en/teams").contains("noindex"));
}

#[test]
fn the_not_found_page_has_no_canonical_address() {
    let html = page("/fr/404");
    assert!(!html.contains("rel=\"canonical\""));
    assert!(html.contains("<main id=\"main\""));
}

#[test]
fn the_directory_is_written_whole_with_every_team_and_says_what_needs_scripts() {
    let c = consortium();
    let html = render_app(c.clone(), &Site::new("/", None), "/fr/teams");
    for team in &c.teams {
        assert!(
            html.contains(&format!("href=\"fr/teams/{}\"", team.id)),
            "{} is listed",
            team.id
        );
    }
    assert!(html.contains("class=\"needs-script\""));
    assert!(!html.contains("data-later"));
}

#[test]
fn a_site_under_a_sub_path_is_rendered_for_its_base() {
    let c = consortium();
    let html = render_app(c, &Site::new("/micronit/", None), "/en/teams");
    assert!(html.contains("<main id=\"main\""));
    assert!(html.contains("<h1"));
}

#[test]
fn a_shell_without_what_a_page_needs_is_refused_with_what_it_lacks() {
    let without_wasm = SHELL.replace("rel=preload", "rel=prefetch");
    let err = Shell::parse(&without_wasm).expect_err("no wasm");
    assert_eq!(err, ShellError("no preload of the app's wasm".into()));
    assert!(err.to_string().contains("index.html"));
    let without_app = SHELL.replace("id=app", "id=application");
    assert_eq!(
        Shell::parse(&without_app).expect_err("no #app"),
        ShellError("no <div id=\"app\">".into())
    );
    assert!(Shell::parse("<html><head></head></html>").is_err());
}

/// The text between `start` and the next `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = html.find(start)? + start.len();
    Some(&html[from..from + html[from..].find(end)?])
}

/// Text as written in HTML, read back.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text of an element's content, without its tags and the app's markers.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for ch in html.chars() {
        match ch {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    unescape(&out)
}

#[test]
fn every_page_says_its_title_description_and_addresses_in_its_head() {
    let c = consortium();
    let shell = Shell::parse(SHELL).expect("the shell is read");
    let site = Site::new("/", None);
    for file in pages(&c).iter().filter(|p| !p.path.ends_with("/404")) {
        let html = shell.page(&c, "d", &site, file).expect("written");
        let path = file.path.as_str();
        let title = unescape(between(&html, "<title>", "</title>").expect("a title"));
        assert!(
            title.ends_with(" — Micronit") || title.starts_with("Micronit — "),
            "{path}: {title}"
        );
        let og = |property: &str| {
            between(
                &html,
                &format!("<meta property=\"{property}\" content=\""),
                "\"",
            )
            .map(unescape)
        };
        assert_eq!(og("og:title").as_deref(), Some(title.as_str()), "{path}");
        let description =
            unescape(between(&html, "content=\"", "\" name=description").expect("a description"));
        assert!(description.chars().count() > 40, "{path}: {description}");
        assert_eq!(
            og("og:description").as_deref(),
            Some(description.as_str()),
            "{path}"
        );
        let (lang, other) = if path.starts_with("/fr/") {
            ("fr", "en")
        } else {
            ("en", "fr")
        };
        assert_eq!(
            og("og:locale").as_deref(),
            Some(if lang == "fr" { "fr_FR" } else { "en_GB" })
        );
        assert!(
            html.contains(&format!("<link rel=\"canonical\" href=\"{path}\">")),
            "{path}"
        );
        assert_eq!(og("og:url").as_deref(), Some(path));
        let twin = format!("/{other}/{}", &path[4..]);
        assert!(
            html.contains(&format!(
                "<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{path}\">"
            )),
            "{path}"
        );
        assert!(
            html.contains(&format!(
                "<link rel=\"alternate\" hreflang=\"{other}\" href=\"{twin}\">"
            )),
            "{path}"
        );
        assert!(
            html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"/\">"),
            "{path}"
        );
    }
}

#[test]
fn every_team_page_is_headed_by_the_team_s_name() {
    let c = consortium();
    for lang in micronit_model::Lang::ALL {
        for team in &c.teams {
            let path = format!("/{}/teams/{}", lang.code(), team.id);
            let html = render_app(c.clone(), &Site::new("/", None), &path);
            let h1 = text_of(between(&html, "<h1", "</h1>").expect("a heading"));
            assert!(h1.contains(team.name.in_lang(lang)), "{path}: {h1}");
        }
    }
}

#[test]
fn embedded_views_hold_their_content_each_marker_named_and_every_team_on_the_map() {
    let c = consortium();
    let site = Site::new("/", None);
    for lang in ["fr", "en"] {
        let map = render_app(c.clone(), &site, &format!("/{lang}/embed/map"));
        assert!(
            map.contains("href=\"map/land.svg#land\""),
            "the outline, from one file"
        );
        let markers: Vec<&str> = map
            .split("<g class=\"marker ")
            .skip(1)
            .map(|rest| &rest[..rest.find('>').unwrap_or(rest.len())])
            .collect();
        assert!(!markers.is_empty());
        for marker in &markers {
            let label = between(marker, "aria-label=\"", "\"").unwrap_or_default();
            assert!(
                label.chars().count() >= 3,
                "a marker without a name: {marker}"
            );
        }
        let on_map: usize = markers
            .iter()
            .filter_map(|m| between(m, "data-count=\"", "\"")?.parse::<usize>().ok())
            .sum();
        assert_eq!(
            on_map,
            c.teams.len(),
            "every team on the map (a group counts its teams)"
        );
        let list = render_app(c.clone(), &site, &format!("/{lang}/embed/teams"));
        assert_eq!(list.matches(" team-card\"").count(), c.teams.len());
        for team in &c.teams {
            let one = render_app(
                c.clone(),
                &site,
                &format!("/{lang}/embed/teams/{}", team.id),
            );
            assert!(text_of(&one).contains(&team.city), "{}", team.id);
        }
    }
}

/// The open-data page's table is a plain table: HTML's conformance checker (the Nu Html
/// Checker) refuses ARIA roles on the rows and cells of a table.
#[test]
fn the_open_data_table_carries_no_roles_on_its_rows_and_cells() {
    for lang in ["fr", "en"] {
        let html = page(&format!("/{lang}/open-data"));
        let start = html.find("<table").expect("the files' table");
        let end = html[start..].find("</table>").expect("its end") + start;
        let table = &html[start..end];
        assert!(table.contains("<th scope=\"row\">"), "{table}");
        assert!(!table.contains("role="), "{table}");
    }
}

/// A real team's page ends with its sources, each a link to its address in a new tab with
/// what it supports and the day it was read; an illustrative team's says it has none.
#[test]
fn a_team_page_names_its_sources_and_an_illustrative_one_says_it_has_none() {
    let c = consortium();
    let real: Vec<_> = c.teams.iter().filter(|t| !t.illustrative).collect();
    assert!(!real.is_empty());
    for lang in micronit_model::Lang::ALL {
        for team in &real {
            let html = page(&format!("/{}/teams/{}", lang.code(), team.id));
            let start = html
                .find("<section aria-labelledby=\"team-sources\" class=\"sources\">")
                .expect("a sources section");
            let section = &html[start..start + html[start..].find("</section>").expect("its end")];
            assert!(!team.sources.is_empty(), "{} has sources", team.id);
            for source in &team.sources {
                let link = format!(
                    "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\" class=\"external\"><cite",
                    micronit_model::escape_markup(&source.url)
                );
                assert!(section.contains(&link), "{}: {link}\n{section}", team.id);
                assert!(
                    section.contains(&micronit_model::escape_markup(
                        source.supports.in_lang(lang)
                    )),
                    "{}: what it supports",
                    team.id
                );
                if let Some(read) = &source.read {
                    assert!(
                        section.contains(&format!("<time datetime=\"{read}\">")),
                        "{section}"
                    );
                }
            }
        }
        let illustrative = c
            .teams
            .iter()
            .find(|t| t.illustrative)
            .expect("an illustrative team");
        let html = page(&format!("/{}/teams/{}", lang.code(), illustrative.id));
        let start = html
            .find("<section aria-labelledby=\"team-sources\" class=\"sources\">")
            .expect("a sources section");
        let section = &html[start..start + html[start..].find("</section>").expect("its end")];
        assert!(!section.contains("<a "), "{section}");
        assert!(section.contains("class=\"note\""), "{section}");
    }
}

/// The text of a team page's field whose term is `term`, if it has one, and whether it
/// is marked as not stated.
fn field(html: &str, term: &str) -> Option<(String, bool)> {
    let at = html.find(&format!("<dt>{term}<!></dt>"))?;
    let dd = between(&html[at..], "<dd>", "</dd>")?;
    Some((text_of(dd), dd.contains("class=\"not-stated\"")))
}

/// A real team's field that the sources leave empty says so; its status, when they do
/// not give it, is not guessed. An illustrative entry leaves the field out.
#[test]
fn a_real_team_says_what_its_sources_do_not_state() {
    for (lang, status, not_stated) in [
        (
            "en",
            "Status not stated by the sources",
            "Not stated by the sources",
        ),
        (
            "fr",
            "Statut non précisé par les sources",
            "Non précisé par les sources",
        ),
    ] {
        let leaders = if lang == "en" {
            "Team leaders"
        } else {
            "Direction"
        };
        let axes = if lang == "en" {
            "Research axes"
        } else {
            "Axes de recherche"
        };
        let html = page(&format!("/{lang}/teams/crcina-team-10"));
        let status_term = if lang == "en" { "Status" } else { "Statut" };
        assert_eq!(
            field(&html, status_term),
            Some((status.to_owned(), false)),
            "{lang}"
        );
        let empty = Some((not_stated.to_owned(), true));
        assert_eq!(field(&html, leaders), empty, "{lang}: leaders");
        assert_eq!(field(&html, axes), empty, "{lang}: axes");
        // A team with a leader names her.
        let html = page(&format!("/{lang}/teams/stim-cmcs"));
        assert!(field(&html, leaders).is_some_and(|(f, _)| f.contains("Valérie Coronas")));
        let html = page(&format!(
            "/{lang}/teams/illustrative-paris-hematopoietic-niche-and-myelodysplasia"
        ));
        assert!(
            field(&html, leaders).is_none(),
            "{lang}: an example leaves it out"
        );
        assert!(!html.contains("not-stated"), "{lang}");
    }
}

/// The home page and the about page give the counts the network declares, and say how
/// many teams the public sources confirm, by status; no figure leads to a list that
/// would not hold what it counts.
#[test]
fn the_counts_are_the_declared_ones_and_the_known_ones_are_said() {
    let c = consortium();
    let known: Vec<_> = c.teams.iter().filter(|t| !t.illustrative).collect();
    let html = page("/en/");
    let figures = between(&html, "<ul class=\"figures\">", "</ul>").expect("the figures");
    assert!(
        text_of(figures).contains("17 GDR member teams"),
        "{figures}"
    );
    assert!(
        text_of(figures).contains("10 associated teams"),
        "{figures}"
    );
    assert!(!figures.contains("status=member"), "{figures}");
    let note = between(&html, "<p class=\"note figures-known\">", "</p>").expect("the note");
    assert!(
        text_of(note).contains(&format!(
            "{} of the 27 entries are known from public sources",
            known.len()
        )),
        "{note}"
    );
    for (lang, declared, unstated) in [
        (
            "en",
            "The network states 27 teams: 17 in the GDR and 10 associated teams.",
            "Teams whose status the sources do not state: 4",
        ),
        (
            "fr",
            "Le réseau annonce 27 équipes\u{a0}: 17 dans le GDR et 10 équipes associées.",
            "Équipes dont les sources ne précisent pas le statut\u{a0}: 4",
        ),
    ] {
        let html = page(&format!("/{lang}/about"));
        let section = between(
            &html,
            "<section aria-labelledby=\"about-teams\">",
            "</section>",
        )
        .expect("the teams section");
        let text = text_of(section);
        assert!(text.contains(declared), "{lang}: {text}");
        assert!(text.contains(unstated), "{lang}: {text}");
        let members = known
            .iter()
            .filter(|t| t.status == micronit_model::Membership::Member)
            .count();
        assert_eq!(members, 1);
        assert!(text.contains("22"), "{lang}: the illustrative entries");
    }
}
