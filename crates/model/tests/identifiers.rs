//! Identifiers' formats and check digits, right and wrong: the ROR ids of the snapshot's
//! institutions (from ROR's own records), ORCID's documented examples, RNSR's pattern.

use micronit_model::identifiers::{hal, orcid, rnsr, ror, BadIdentifier};

/// The ROR ids of the snapshot's institutions, from ROR's record repository
/// (ror-community/ror-records, release v2.9), with the successors of three inactive ones.
const RORS: [&str; 31] = [
    "02feahw73",
    "02vjkv261",
    "00jjx8s55",
    "035xkbk20",
    "00jpq0w62",
    "03pa87f90",
    "04t0gwh46",
    "03gnr7b55",
    "01a8ajp46",
    "019tgvf94",
    "04yrqp957",
    "057qpr032",
    "03k1bsr36",
    "00g700j37",
    "01b8h3982",
    "0372th171",
    "051kpcy16",
    "02kzqn938",
    "04vfs2w97",
    "051escj72",
    "04xhy8q59",
    "015m7wh34",
    "03nhjew95",
    "00pg6eq24",
    "02wwzvj46",
    "02rx3b187",
    "029brtt94",
    "05f82e368",
    "03xjwb503",
    "02v6kpv12",
    "01ahyrz84",
];

#[test]
fn real_ror_ids_pass_and_every_single_typo_is_caught() {
    for id in RORS {
        assert_eq!(ror(id), Ok(id.to_owned()), "{id}");
        assert_eq!(
            ror(&format!("https://ror.org/{}", id.to_uppercase())),
            Ok(id.to_owned())
        );
        // Any one of the six base-32 characters changed for another: the check digits
        // no longer match (or the character is not base 32).
        for i in 1..7 {
            for c in "0123456789abcdefghjkmnpqrstvwxyz".chars() {
                if id.as_bytes()[i] == c as u8 {
                    continue;
                }
                let mut typo = id.to_owned();
                typo.replace_range(i..i + 1, &c.to_string());
                assert_ne!(ror(&typo), Ok(typo.clone()), "{typo}");
            }
        }
    }
    // ROR's own mock id, and malformed ones.
    assert_eq!(ror("012dev089"), Err(BadIdentifier::Checksum));
    for bad in [
        "",
        "02feahw7",
        "02feahw733",
        "02feahi73",
        "02feahwx3",
        "https://example.org/02feahw73",
    ] {
        assert_eq!(ror(bad), Err(BadIdentifier::Format), "{bad:?}");
    }
}

#[test]
fn orcid_check_characters_follow_iso_7064() {
    // ORCID's documented examples.
    for id in [
        "0000-0002-1825-0097",
        "0000-0001-5109-3700",
        "0000-0002-1694-233X",
    ] {
        assert_eq!(orcid(id), Ok(id.to_owned()), "{id}");
    }
    assert_eq!(
        orcid("https://orcid.org/0000-0002-1694-233x"),
        Ok("0000-0002-1694-233X".to_owned())
    );
    for typo in [
        "0000-0002-1825-0079",
        "0000-0002-1825-0098",
        "0000-0001-5109-370X",
    ] {
        assert_eq!(orcid(typo), Err(BadIdentifier::Checksum), "{typo}");
    }
    for bad in [
        "",
        "0000-0002-1825",
        "0000-0002-1825-009",
        "0000-000X-1825-0097",
        "0000 0002 1825 0097",
    ] {
        assert_eq!(orcid(bad), Err(BadIdentifier::Format), "{bad:?}");
    }
}

#[test]
fn rnsr_numbers_and_hal_ids_follow_their_patterns() {
    assert_eq!(rnsr("199814145N"), Ok("199814145N".to_owned()));
    assert_eq!(rnsr(" 200114767b "), Ok("200114767B".to_owned()));
    for bad in [
        "",
        "199814145",
        "1998141451",
        "19981414A5",
        "299914145N",
        "199814145NN",
    ] {
        assert_eq!(rnsr(bad), Err(BadIdentifier::Format), "{bad:?}");
    }
    for good in [
        "MICRONIT",
        "INSERM-U1037",
        "CRCT_TOULOUSE",
        "1039632",
        "struct-1039632",
    ] {
        assert_eq!(hal(good), Ok(good.to_owned()), "{good}");
    }
    for bad in ["", "micronit", "INSERM U1037", "struct-", "struct-12a"] {
        assert_eq!(hal(bad), Err(BadIdentifier::Format), "{bad:?}");
    }
}

/// The JSON-LD of every page is inert data whatever the snapshot's texts: no `<` that could
/// close its script, and the same values once parsed.
#[test]
fn structured_data_never_closes_its_script() {
    use micronit_model::structured::{script_text, structured_data};
    use micronit_model::{Lang, Page, Snapshot};
    let hostile = serde_json::json!({ "name": "</script><script>alert(1)</script> & <!--" });
    let text = script_text(&hostile);
    assert!(
        !text.contains('<') && !text.contains('>') && !text.contains('&'),
        "{text}"
    );
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&text).expect("JSON"),
        hostile
    );

    // A name the validator allows (a lone `<` is not markup) is written escaped too.
    let json = include_str!("../../../public/data/consortium.json").replacen(
        "Niche leucémique et métabolisme oxydatif",
        "Niche < 0.05 & métabolisme > 1",
        1,
    );
    let c = Snapshot::from_json(&json).expect("valid");
    let page = Page::Team("lnox".into());
    let text =
        structured_data(&c, &page, Lang::Fr, "https://micronit.example/").expect("a team page");
    assert!(!text.contains('<'), "{text}");
    let parsed: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(
        parsed["@graph"][0]["name"],
        "Niche < 0.05 & métabolisme > 1"
    );
    assert_eq!(
        parsed["@graph"][0]["@id"],
        "https://micronit.example/fr/teams/lnox"
    );
    assert_eq!(
        parsed["@graph"][0]["memberOf"]["@id"],
        "https://micronit.example/#consortium"
    );
    // Embedded views and unknown ids describe nothing.
    assert!(structured_data(&c, &Page::Embed(micronit_model::Embed::Map), Lang::Fr, "/").is_none());
    assert!(structured_data(&c, &Page::Team("nobody".into()), Lang::Fr, "/").is_none());
}

/// The node of `team` in its page's structured data, in `lang`.
fn team_node(
    c: &micronit_model::Consortium,
    team: &micronit_model::Team,
    lang: micronit_model::Lang,
) -> serde_json::Value {
    use micronit_model::{structured::structured_data, Page};
    let text = structured_data(c, &Page::Team(team.id.clone()), lang, "/")
        .expect("a team page has structured data");
    let graph: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    graph["@graph"]
        .as_array()
        .and_then(|nodes| {
            nodes.iter().find(|n| {
                n["@type"] == "ResearchOrganization" && n["name"] == team.name.in_lang(lang)
            })
        })
        .cloned()
        .expect("the team's node")
}

/// A team's coordinates are those of its place (`location`, a schema.org `Place`): schema.org
/// defines `geo` on a place, not on an organisation, which validators then report.
#[test]
fn a_teams_coordinates_are_on_its_place() {
    use micronit_model::{Lang, Snapshot};
    let c =
        Snapshot::from_json(include_str!("../../../public/data/consortium.json")).expect("valid");
    let team = c
        .teams
        .iter()
        .find(|t| !t.illustrative)
        .expect("a real team");
    let node = team_node(&c, team, Lang::En);
    assert!(node.get("geo").is_none(), "{node}");
    assert_eq!(node["location"]["@type"], "Place");
    assert_eq!(node["location"]["geo"]["@type"], "GeoCoordinates");
    assert_eq!(node["location"]["geo"]["latitude"], team.location.lat);
    assert_eq!(node["location"]["geo"]["longitude"], team.location.lon);
    assert_eq!(
        node["location"]["address"]["addressLocality"],
        team.city.as_str()
    );
}

/// A team's sources are in its structured data as the works about it (`subjectOf`).
#[test]
fn a_teams_sources_are_the_works_about_it() {
    use micronit_model::{Lang, Snapshot};
    let c =
        Snapshot::from_json(include_str!("../../../public/data/consortium.json")).expect("valid");
    let team = c
        .teams
        .iter()
        .find(|t| !t.sources.is_empty())
        .expect("a team with sources");
    let node = team_node(&c, team, Lang::Fr);
    let works = node["subjectOf"].as_array().expect("subjectOf");
    assert_eq!(works.len(), team.sources.len());
    for (work, source) in works.iter().zip(&team.sources) {
        assert_eq!(work["@type"], "WebPage");
        assert_eq!(work["url"], source.url.as_str());
        assert_eq!(work["name"], source.title.as_str());
        assert_eq!(work["publisher"]["name"], source.publisher.as_str());
    }
}

/// Structured data is read by machines as fact: the consortium's members are the teams
/// the sources confirm, and an illustrative entry's page describes no organisation.
#[test]
fn illustrative_entries_are_no_structured_facts() {
    use micronit_model::{structured::structured_data, Lang, Page, Snapshot};
    let c =
        Snapshot::from_json(include_str!("../../../public/data/consortium.json")).expect("valid");
    let home = structured_data(&c, &Page::Home, Lang::Fr, "/").expect("the home page's");
    let home: serde_json::Value = serde_json::from_str(&home).expect("JSON");
    let members: Vec<&str> = home["@graph"][0]["member"]
        .as_array()
        .expect("members")
        .iter()
        .filter_map(|m| m["url"].as_str())
        .collect();
    let real: Vec<String> = c
        .teams
        .iter()
        .filter(|t| !t.illustrative)
        .map(|t| format!("/fr/teams/{}", t.id))
        .collect();
    assert_eq!(members, real);
    let example = c.teams.iter().find(|t| t.illustrative).expect("an example");
    let page =
        structured_data(&c, &Page::Team(example.id.clone()), Lang::Fr, "/").expect("its trail");
    assert!(!page.contains("ResearchOrganization"), "{page}");
    assert!(page.contains("BreadcrumbList"), "{page}");
}
