//! An event as an iCalendar file (RFC 5545), for calendar programs: an all-day event
//! over its dates, with its title, place, description and the address of its page.

use crate::{Date, Event, Lang};

/// The day after `d` (iCalendar's end date of an all-day event is exclusive).
fn next_day(d: Date) -> Date {
    let leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    let days = match d.month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    match (d.day >= days, d.month >= 12) {
        (false, _) => Date {
            day: d.day + 1,
            ..d
        },
        (true, false) => Date {
            month: d.month + 1,
            day: 1,
            ..d
        },
        (true, true) => Date {
            year: d.year + 1,
            month: 1,
            day: 1,
        },
    }
}

fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// A text value with iCalendar's escapes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded at 75 octets without cutting a character.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The `.ics` file of `event` in `lang`; `url` is the address of the events page and
/// `stamp` the date of the data (iCalendar requires a time stamp). `None` when the
/// event's dates cannot be read.
///
/// ```
/// let json = include_str!("../../../public/data/consortium.json");
/// let c = micronit_model::Snapshot::from_json(json).unwrap();
/// let ics = micronit_model::event_ics(&c.events[0], micronit_model::Lang::En, "https://example.org/en/events", "2026-11-25").unwrap();
/// assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
/// assert!(ics.contains("DTSTART;VALUE=DATE:20191107\r\n"));
/// assert!(ics.contains("DTEND;VALUE=DATE:20191109\r\n"));
/// ```
pub fn event_ics(event: &Event, lang: Lang, url: &str, stamp: &str) -> Option<String> {
    let stamp: Date = stamp.parse().ok()?;
    let mut out = String::new();
    begin(&mut out, lang, None);
    push_event(&mut out, event, lang, url, stamp)?;
    line(&mut out, "END:VCALENDAR");
    Some(out)
}

/// Every one of `events` as one calendar named `name`, to subscribe to; events whose
/// dates cannot be read are left out (a valid snapshot has none). `None` when `stamp` is
/// not a date.
///
/// ```
/// let json = include_str!("../../../public/data/consortium.json");
/// let c = micronit_model::Snapshot::from_json(json).unwrap();
/// let ics = micronit_model::calendar_ics(&c.events, micronit_model::Lang::Fr, "Micronit", "https://example.org/fr/events", "2026-11-25").unwrap();
/// assert_eq!(ics.matches("BEGIN:VEVENT").count(), c.events.len());
/// assert!(ics.contains("X-WR-CALNAME:Micronit\r\n"));
/// ```
pub fn calendar_ics(
    events: &[Event],
    lang: Lang,
    name: &str,
    url: &str,
    stamp: &str,
) -> Option<String> {
    let stamp: Date = stamp.parse().ok()?;
    let mut out = String::new();
    begin(&mut out, lang, Some(name));
    for event in events {
        push_event(&mut out, event, lang, url, stamp);
    }
    line(&mut out, "END:VCALENDAR");
    Some(out)
}

/// The events of research axis `axis`, with those of the whole network (which name no
/// axis): what the axis's calendar holds.
///
/// ```
/// let json = include_str!("../../../tests/corpus/valid-version-2.json");
/// let c = micronit_model::Snapshot::from_json(json).unwrap();
/// assert_eq!(micronit_model::axis_events(&c.events, 1).len(), 1);
/// assert_eq!(micronit_model::axis_events(&c.events, 2).len(), 0);
/// ```
pub fn axis_events(events: &[Event], axis: u8) -> Vec<Event> {
    events
        .iter()
        .filter(|e| e.axes.is_empty() || e.axes.contains(&axis))
        .cloned()
        .collect()
}

/// A calendar's first lines; a named one is a calendar to subscribe to.
fn begin(out: &mut String, lang: Lang, name: Option<&str>) {
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    let language = match lang {
        Lang::Fr => "FR",
        Lang::En => "EN",
    };
    line(out, &format!("PRODID:-//Micronit//Atlas//{language}"));
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    if let Some(name) = name {
        line(out, &format!("X-WR-CALNAME:{}", escape(name)));
    }
}

/// Appends `event` as an all-day event; `None`, and nothing appended, when its dates
/// cannot be read.
fn push_event(out: &mut String, event: &Event, lang: Lang, url: &str, stamp: Date) -> Option<()> {
    let start: Date = event.start.parse().ok()?;
    let end: Date = event.end.parse().ok()?;
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{}@micronit", event.id));
    line(out, &format!("DTSTAMP:{}T000000Z", compact(stamp)));
    line(out, &format!("DTSTART;VALUE=DATE:{}", compact(start)));
    line(
        out,
        &format!("DTEND;VALUE=DATE:{}", compact(next_day(end.max(start)))),
    );
    line(
        out,
        &format!("SUMMARY:{}", escape(event.title.in_lang(lang))),
    );
    line(out, &format!("LOCATION:{}", escape(&event.city)));
    line(
        out,
        &format!("DESCRIPTION:{}", escape(event.description.in_lang(lang))),
    );
    line(out, &format!("URL:{url}"));
    line(out, "END:VEVENT");
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn the_day_after() {
        assert_eq!(next_day(d(2019, 11, 8)), d(2019, 11, 9));
        assert_eq!(next_day(d(2019, 11, 30)), d(2019, 12, 1));
        assert_eq!(next_day(d(2019, 12, 31)), d(2020, 1, 1));
        assert_eq!(next_day(d(2020, 2, 28)), d(2020, 2, 29));
        assert_eq!(next_day(d(2019, 2, 28)), d(2019, 3, 1));
        assert_eq!(next_day(d(1900, 2, 28)), d(1900, 3, 1));
    }

    #[test]
    fn texts_are_escaped_and_lines_folded() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
        let mut out = String::new();
        let long = "é".repeat(60);
        line(&mut out, &format!("DESCRIPTION:{long}"));
        for l in out.split("\r\n") {
            assert!(l.len() <= 75, "{} octets", l.len());
        }
        // Unfolding gives the line back.
        assert_eq!(out.replace("\r\n ", ""), format!("DESCRIPTION:{long}\r\n"));
    }
}
