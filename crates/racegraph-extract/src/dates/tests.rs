use super::*;

#[test]
fn weekdays() {
    let d = Date::new(2025, 4, 6);
    assert_eq!(d.weekday(), 6);
    assert_eq!(Date::from_days(d.days()), d);
    assert_eq!(
        Date::new(2025, 5, 20).nearest_weekday(6, false),
        Date::new(2025, 5, 18)
    );
    assert_eq!(
        Date::new(2025, 5, 20).nearest_weekday(6, true),
        Date::new(2025, 5, 25)
    );
    assert_eq!(d.nearest_weekday(6, false), d);
    assert_eq!(weekday_number("Sunday"), Some(6));
}

#[test]
fn iso_dates_parse_and_bad_days_do_not() {
    assert_eq!(parse_iso("2025-04-06"), Some(Date::new(2025, 4, 6)));
    assert_eq!(parse_iso("2025-02-30"), None);
    assert_eq!(parse_iso("April"), None);
}

#[test]
fn named_dates_in_both_orders() {
    let d = find_dates("On Sunday, April 6, 2025, and 18 May 2025 and May 18.");
    let got: Vec<_> = d.iter().map(|m| (m.year, m.month, m.day)).collect();
    assert_eq!(
        got,
        vec![(Some(2025), 4, 6), (Some(2025), 5, 18), (None, 5, 18)]
    );
}

#[test]
fn numeric_dates_take_the_order_the_page_uses() {
    let body = "Marathon\n08/04/2025 18:06\n\nText.\n23/04/2025 Other news";
    assert_eq!(infer_publication_date(body), Some(Date::new(2025, 4, 8)));
    let us = "5/8/2025\n\nText. Also 5/18/2025.";
    assert_eq!(infer_publication_date(us), Some(Date::new(2025, 5, 8)));
    // Nothing settles the order: no date rather than a guess.
    assert_eq!(infer_publication_date("05/08/2025\nText."), None);
    // ... but its year is the page's either way.
    assert_eq!(
        infer_publication_year("A. Writer | 05/08/2025 14:32\nText."),
        Some(2025)
    );
    assert_eq!(infer_publication_year("Text with no date."), None);
    // "Last Updated" after the posting time, on one line.
    let posted =
        "Headline\n\nPosted: Jul 27, 2025 1:12 PM NT | Last Updated: Jul 27, 2025\n\nText.";
    assert_eq!(infer_publication_date(posted), Some(Date::new(2025, 7, 27)));
    // A Korean portal's "Input" (entered) and "Modified" stamps.
    let input = "Headline\n\nInput 2026.03.02 17:40 | Modified 2026.03.02 18:05\n\nText.";
    assert_eq!(infer_publication_date(input), Some(Date::new(2026, 3, 2)));
    // A race "on Sunday": Monday 7 April, not Friday 4 July.
    let sunday = "Headline\n07/04/2025 at 06:12\nX won the marathon on Sunday.";
    assert_eq!(infer_publication_date(sunday), Some(Date::new(2025, 4, 7)));
    // A month the article names settles it.
    let named = "Post English · Sports · 02-05-2026\nThe race was run on Friday, May 1.";
    assert_eq!(infer_publication_date(named), Some(Date::new(2026, 5, 2)));
    // Points are day first; a year first is year, month, day.
    let dotted = "Headline\n07.09.2025 14:32 · Sport\nText.";
    assert_eq!(infer_publication_date(dotted), Some(Date::new(2025, 9, 7)));
    assert_eq!(
        infer_publication_date("2026/01/25\n## Headline\nText."),
        Some(Date::new(2026, 1, 25))
    );
    // Spaced dashes, as some sites' news pages write them; the race's
    // named month settles the order.
    let spaced = "News detail\n\n07 - 06 - 2026\nADMINISTRATOR\n\nX won on Saturday 6 June 2026.";
    assert_eq!(infer_publication_date(spaced), Some(Date::new(2026, 6, 7)));
}

#[test]
fn date_lines_in_capitals_or_with_a_section_after_them() {
    assert_eq!(
        infer_publication_date("FOR IMMEDIATE RELEASE\nSUNDAY 6 JULY 2025\nText."),
        Some(Date::new(2025, 7, 6))
    );
    assert_eq!(
        infer_publication_date("Headline\nOctober 13, 2025 - 08:41  Marathon\nText."),
        Some(Date::new(2025, 10, 13))
    );
    // A sender after the date, "by" a desk of a few words.
    assert_eq!(
        infer_publication_date(
            "COVE WEEKLY\n\nHeadline\n\nMonday 23 March 2026 · by the Cove results desk\n\nText."
        ),
        Some(Date::new(2026, 3, 23))
    );
    // Three words after the time are a sentence, not a section label.
    assert_eq!(
        infer_publication_date("Race day\nSunday 12 - 08:41  Runners lined up early\nText."),
        None
    );
}

#[test]
fn a_title_case_dateline_ends_with_a_dash_or_a_full_stop() {
    let dash = "Headline\n\nGraz, 12 October 2025 – The race was run.";
    assert_eq!(infer_publication_date(dash), Some(Date::new(2025, 10, 12)));
    let stop = "Headline\n\nRosario, September 15, 2025. The race was run.";
    assert_eq!(infer_publication_date(stop), Some(Date::new(2025, 9, 15)));
    // A sentence that goes on after the date is no dateline.
    let on = "Headline\n\nRosario, September 15, 2025 saw the race run.";
    assert_eq!(infer_publication_date(on), None);
    // Or with the hour after it, as Spanish and French pages write it.
    let hour = "Headline\n\nCove, 9 November 2026. 13:20 h.\n\nThe race was run.";
    assert_eq!(infer_publication_date(hour), Some(Date::new(2026, 11, 9)));
    let alone = "Headline\n\n9 November 2026. 13:20 h.\n\nThe race was run.";
    assert_eq!(infer_publication_date(alone), Some(Date::new(2026, 11, 9)));
    // A date at the page's foot written as translated from Spanish
    // ("12 de marzo de 2026").
    let foot = "Headline\n\nThe race was run.\n\nThursday 12 March of 2026";
    assert_eq!(infer_publication_date(foot), Some(Date::new(2026, 3, 12)));
    // A weekday's date line with the hour after a pipe, "a.m." and all.
    let pipe = "Headline\n\nMonday, 15 June 2026 | 09:20 a.m.\n\nThe race was run.";
    assert_eq!(infer_publication_date(pipe), Some(Date::new(2026, 6, 15)));
}

#[test]
fn agency_source_lines_bracketed_datelines_and_dates_in_brackets() {
    assert_eq!(
        infer_publication_date(
            "Headline\n\nSource: CNW| 2025-10-12 17:42:09|Editor: Ann Lee\n\nText."
        ),
        Some(Date::new(2025, 10, 12))
    );
    assert_eq!(
        infer_publication_date(
            "Headline\n\n(BOISE, Idaho – Sunday, May 4, 2025) – Two records fell.\n"
        ),
        Some(Date::new(2025, 5, 4))
    );
    assert_eq!(
        infer_publication_date("Round-up\n\nA busy weekend of racing, with the pick of the action (Monday 22nd September 2025).\n"),
        Some(Date::new(2025, 9, 22))
    );
    // A date range is a weekend, not a day; a bracket without a weekday
    // is not taken.
    assert_eq!(
        infer_publication_date("Festival 11-12 October 2025\nText."),
        None
    );
    assert_eq!(
        infer_publication_date("Round-up\n\nThe race (22 September 2025) was hot.\n"),
        None
    );
}

#[test]
fn publication_lines_and_today_lines() {
    let body = "Today : Apr 07, 2025\nSports\n06 April 2025\n\nHeadline";
    assert_eq!(infer_publication_date(body), Some(Date::new(2025, 4, 6)));
    assert_eq!(
        infer_publication_date(" date 2025-04-06 North Korea said that"),
        Some(Date::new(2025, 4, 6))
    );
    assert_eq!(
        infer_publication_date("Published: May 18, 2025\nText"),
        Some(Date::new(2025, 5, 18))
    );
    // A reading time after the date and the hour.
    assert_eq!(
        infer_publication_date("Headline\n\n06.09.2026 · 12:37 · Reading time 2 min.\n\nText"),
        Some(Date::new(2026, 9, 6))
    );
    // Points with a space after each, as Czech and Slovak pages write them.
    assert_eq!(
        infer_publication_date("Text\n\nPublished: 29. 9. 2026 | Author: editorial office\n"),
        Some(Date::new(2026, 9, 29))
    );
    assert_eq!(
        infer_publication_date(
            "Headline\n\nPosted 11:52 a.m. Mar 2, 2025 — Updated 3:15 p.m. Mar 3, 2025\n"
        ),
        Some(Date::new(2025, 3, 3))
    );
    assert_eq!(
        infer_publication_date("A race on 6 April 2025 was run."),
        None
    );
    assert_eq!(
        infer_publication_date(
            "Race date: Sunday 22 September 2024 · Results posted 23 September 2024\n"
        ),
        Some(Date::new(2024, 9, 23))
    );
    assert_eq!(
        infer_publication_date("Headline\n\nRABAT, March 9, 2025 (Wire) - Text.\n"),
        Some(Date::new(2025, 3, 9))
    );
    assert_eq!(
        infer_publication_date("Headline\n\nBy Eszter Varga · 11 October 2024\n"),
        Some(Date::new(2024, 10, 11))
    );
    assert_eq!(
        infer_publication_date("Headline\n\nBy Ann Oti | Sunday, November 2, 2025 12:55 (EAT)\n"),
        Some(Date::new(2025, 11, 2))
    );
    assert_eq!(
        infer_publication_date("FEDERATION\nResults Bulletin No. 11/2025 - issued 7 April 2025\n"),
        Some(Date::new(2025, 4, 7))
    );
    assert_eq!(infer_publication_date("Race date: May 18, 2025\n"), None);
    assert_eq!(
        infer_publication_date("KUMASI, Ghana, 23 February 2025 (Wire) — Text\n"),
        Some(Date::new(2025, 2, 23))
    );
    assert_eq!(
        infer_publication_date("Headline\n**Lyon, 12 October 2025** – Text.\n"),
        Some(Date::new(2025, 10, 12))
    );
    assert_eq!(
        infer_publication_date("Headline\nLyon, 12 October – Text.\n"),
        None
    );
    assert_eq!(
        infer_publication_date("Report16 Mar 2025\nHeadline\n"),
        Some(Date::new(2025, 3, 16))
    );
    let long = "Headline\n".to_string() + &"Text of the report.\n".repeat(20);
    assert_eq!(
        infer_publication_date(&(long.clone() + "*Last Update: Nov 16, 2025 6:41 PM GMT+3*\n")),
        Some(Date::new(2025, 11, 16))
    );
    assert_eq!(
        infer_publication_date(&(long.clone() + "The Valley Courier December 9, 2025\n")),
        Some(Date::new(2025, 12, 9))
    );
    assert_eq!(
        infer_publication_date(&(long.clone() + "Sun, April 6, 2025 at 1:42 PM GMT+3\n")),
        Some(Date::new(2025, 4, 6))
    );
    assert_eq!(
        infer_publication_date(&(long + "Next race: Harbour 10K, June 9, 2026\n")),
        None
    );
    assert_eq!(
        infer_publication_date("SPORT | Monday, 10 November 2025\nHeadline\n"),
        Some(Date::new(2025, 11, 10))
    );
    assert_eq!(
        infer_publication_date("Sports\n\n17th Lakeside Marathon |2 March 2025\n\nHeadline\n"),
        Some(Date::new(2025, 3, 2))
    );
}

#[test]
fn a_day_written_with_a_point_before_the_month() {
    let body = "Items in cart\n6. Oct 2025 at 18:12\n\nKenyans sweep the Nitra marathon";
    assert_eq!(infer_publication_date(body), Some(Date::new(2025, 10, 6)));
    let d = find_dates("on 6. Oct 2025");
    assert_eq!(
        d.first().and_then(|m| m.date()),
        Some(Date::new(2025, 10, 6))
    );
}

#[test]
fn a_press_release_dateline_with_the_date_in_brackets() {
    let body = "FOR IMMEDIATE RELEASE\n\nLocal runners shine\n\nCHATTANOOGA, Tenn. (March 24, 2025) – Hometown runners took both titles.";
    assert_eq!(infer_publication_date(body), Some(Date::new(2025, 3, 24)));
    // Brackets that hold more than a date are no dateline.
    let other = "CHATTANOOGA (race day, March 22) – Runners took both titles.";
    assert_eq!(infer_publication_date(other), None);
}

#[test]
fn a_weekday_dateline_dated_by_the_headline_year() {
    let body = "# 19.000 runners filled the Harbour Marathon 2025\n\n- Kenya took both races.\n\n**Sunday, April 13.-** A new edition of the Harbour Marathon was run.";
    assert_eq!(infer_publication_date(body), Some(Date::new(2025, 4, 13)));
    // A weekday the headline's year does not put on that day dates nothing.
    let wrong = body.replace("Sunday", "Monday");
    assert_eq!(infer_publication_date(&wrong), None);
    // Nor does a headline without a year.
    let no_year = body.replace(" 2025", "");
    assert_eq!(infer_publication_date(&no_year), None);
}

#[test]
fn a_section_label_and_a_weekday_before_a_date_with_slashes() {
    let body = "Coast Evening Times\n\nSport Saturday 25/January/2025 19:40 PM\nBy: Times News Service\n\nHarbour run draws record field";
    assert_eq!(find_dates("on 3/March/2024.")[0].year, Some(2024));
    assert_eq!(find_dates("25/January/2025 19:40 PM")[0].year, Some(2025));
    assert_eq!(infer_publication_date(body), Some(Date::new(2025, 1, 25)));
}

#[test]
fn a_two_digit_year_after_a_publication_word_at_the_foot() {
    let body = "Photo finish decides the race\n\nTwo runners won the Cove Marathon on Sunday.\n\nThe race started at 9:00.\n\nIt is organised by a club.\n\nMore text.\n\nMore text.\n\nMore text.\n\nMore text.\n\nMore text.\n\nMore text.\n\nMore text.\n\nMore text.\n\nMore text.\n\nMore text.\n\nMore text.\n\npublished on 10/19/25 3:13 PM";
    assert_eq!(infer_publication_date(body), Some(Date::new(2025, 10, 19)));
    // Either way round: no date.
    assert_eq!(
        infer_publication_date(&body.replace("10/19/25", "10/11/25")),
        None
    );
}

#[test]
fn a_lower_case_month_between_a_day_and_a_year_dates_a_dateline() {
    let body = "Agency\n\nDILI, 12 october 2025 (AGENCY) – Kenya's Ann Lee won.";
    assert_eq!(infer_publication_date(body), Some(Date::new(2025, 10, 12)));
    // Without the year, "may" is a verb as often as a month.
    let d: Vec<_> = find_dates("runners may 12 times")
        .iter()
        .map(|m| m.month)
        .collect();
    assert!(d.is_empty());
}

#[test]
fn a_page_address_at_the_head_dates_an_otherwise_undated_page() {
    let body = "https://www.cove-news.example/sport/2026/05/10/harbour-half-record-field/\n\nCove Harbour Half draws a record field\n\nAnn Lee won on Sunday.";
    assert_eq!(infer_publication_date(body), Some(Date::new(2026, 5, 10)));
    // An address inside a sentence, or one whose path holds no day, dates
    // nothing.
    let said = "Results are at https://cove.example/2026/05/10/ today.\n\nAnn Lee won.";
    assert_eq!(infer_publication_date(said), None);
    let month = "https://cove.example/sport/2026/05/harbour-half/\n\nAnn Lee won.";
    assert_eq!(infer_publication_date(month), None);
}

#[test]
fn a_date_line_with_its_month_named_in_another_language() {
    for (line, want) in [
        (
            "Sâmbătă, 14 iunie 2025 · Start: Piața Mare",
            Date::new(2025, 6, 14),
        ),
        (
            "Cove, nedeľa 7. septembra 2025, štart 9:30",
            Date::new(2025, 9, 7),
        ),
        (
            "domingo 16 de marzo de 2025 · 8:00 h",
            Date::new(2025, 3, 16),
        ),
        // (The year first, as Hungarian writes it, with its month's name
        // or the English one.)
        (
            "2026. május 3., vasárnap · Rajt: Fő tér",
            Date::new(2026, 5, 3),
        ),
        ("Cove, 2025. november 9. (vasárnap)", Date::new(2025, 11, 9)),
    ] {
        let body = format!("COVE TIMING\n\n{line}\n\nResults of the Cove Half Marathon.");
        assert_eq!(infer_publication_date(&body), Some(want), "{line}");
    }
    // A word that is one month in Polish and another in Croatian
    // ("listopada") dates nothing.
    let body = "COVE TIMING\n\nniedziela, 12 listopada 2025\n\nResults.";
    assert_eq!(infer_publication_date(body), None);
}

#[test]
fn a_town_and_date_at_the_foot_with_the_sender_after_a_bar() {
    // "Town, day month year | who sent it", three words of the sender.
    let mut body = String::from("Cove wins the Harbour 10K\n\nAnn Lee won.\n");
    body.push_str(&"The race went on.\n".repeat(16));
    body.push_str("\nCove, 12 March 2026 | Federation press office\n");
    assert_eq!(infer_publication_date(&body), Some(Date::new(2026, 3, 12)));
    // (Four words after the bar are a sentence's, no sender's.)
    let longer = body.replace("Federation press office", "see you all next year");
    assert_eq!(infer_publication_date(&longer), None);
}
