//! Calendar dates as the snapshot writes them (`YYYY-MM-DD`), and how each language writes them out.

use std::fmt;

use crate::Lang;

/// A day of the Gregorian calendar.
///
/// ```
/// use micronit_model::{Date, Lang};
/// let d: Date = "2019-11-07".parse().unwrap();
/// assert_eq!(d.long(Lang::Fr), "7 novembre 2019");
/// assert_eq!(d.long(Lang::En), "November 7, 2019");
/// assert!("2019-02-30".parse::<Date>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// The text is not a valid `YYYY-MM-DD` date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadDate;

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn digits(s: &str, len: usize) -> Option<u32> {
    (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

impl std::str::FromStr for Date {
    type Err = BadDate;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(BadDate);
        };
        let year = digits(y, 4).ok_or(BadDate)? as i32;
        let month = digits(m, 2).ok_or(BadDate)? as u8;
        let day = digits(d, 2).ok_or(BadDate)? as u8;
        if day == 0 || day > days_in_month(year, month) {
            return Err(BadDate);
        }
        Ok(Date { year, month, day })
    }
}

impl Date {
    /// The day `days` after 1 January 1970 (the Unix epoch's day), in the proleptic
    /// Gregorian calendar (H. Hinnant's `civil_from_days`): the build's day, from the
    /// system clock.
    ///
    /// ```
    /// use micronit_model::Date;
    /// assert_eq!(Date::from_unix_days(0).to_string(), "1970-01-01");
    /// assert_eq!(Date::from_unix_days(20_793).to_string(), "2026-12-06");
    /// assert_eq!(Date::from_unix_days(11_016).to_string(), "2000-02-29");
    /// ```
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }

    /// The month's name in `lang` ("novembre", "November").
    pub fn month_name(&self, lang: Lang) -> &'static str {
        let i = usize::from(self.month.clamp(1, 12) - 1);
        match lang {
            Lang::Fr => MONTHS_FR[i],
            Lang::En => MONTHS_EN[i],
        }
    }

    /// The date written out the way `lang` writes it: "1er novembre 2019", "November 1, 2019".
    pub fn long(&self, lang: Lang) -> String {
        match lang {
            Lang::Fr if self.day == 1 => format!("1er {} {}", self.month_name(lang), self.year),
            Lang::Fr => format!("{} {} {}", self.day, self.month_name(lang), self.year),
            Lang::En => format!("{} {}, {}", self.month_name(lang), self.day, self.year),
        }
    }

    /// A month written out: "janvier 2015", "January 2015".
    pub fn month_year(&self, lang: Lang) -> String {
        format!("{} {}", self.month_name(lang), self.year)
    }
}

impl fmt::Display for Date {
    /// ISO 8601, as in the snapshot and in `<time datetime>`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Parses a `YYYY-MM` month into the first day of that month.
pub fn parse_month(s: &str) -> Result<Date, BadDate> {
    format!("{s}-01").parse()
}

/// The days from `start` to `end` written out: "du 7 au 8 novembre 2019",
/// "November 7–8, 2019"; a single day is written as [`Date::long`].
///
/// ```
/// use micronit_model::{date_range, Date, Lang};
/// let (a, b): (Date, Date) = ("2019-11-07".parse().unwrap(), "2019-11-08".parse().unwrap());
/// assert_eq!(date_range(a, b, Lang::Fr), "du 7 au 8 novembre 2019");
/// assert_eq!(date_range(a, b, Lang::En), "November 7–8, 2019");
/// ```
pub fn date_range(start: Date, end: Date, lang: Lang) -> String {
    if start >= end {
        return start.long(lang);
    }
    let day = |d: Date| match lang {
        Lang::Fr if d.day == 1 => "1er".to_owned(),
        _ => d.day.to_string(),
    };
    match lang {
        Lang::Fr if start.year == end.year && start.month == end.month => {
            format!("du {} au {}", day(start), end.long(lang))
        }
        Lang::Fr if start.year == end.year => format!(
            "du {} {} au {}",
            day(start),
            start.month_name(lang),
            end.long(lang)
        ),
        Lang::Fr => format!("du {} au {}", start.long(lang), end.long(lang)),
        Lang::En if start.year == end.year && start.month == end.month => format!(
            "{} {}–{}, {}",
            start.month_name(lang),
            start.day,
            end.day,
            end.year
        ),
        Lang::En if start.year == end.year => format!(
            "{} {} – {} {}, {}",
            start.month_name(lang),
            start.day,
            end.month_name(lang),
            end.day,
            end.year
        ),
        Lang::En => format!("{} – {}", start.long(lang), end.long(lang)),
    }
}
