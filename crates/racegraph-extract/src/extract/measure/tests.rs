use super::*;

fn secs(text: &str) -> Vec<u32> {
    times(text).into_iter().map(|t| t.seconds).collect()
}

#[test]
fn finishing_times_in_their_forms() {
    assert_eq!(secs("TAM Ho Sen (Laos) –2:12:08"), vec![7928]);
    assert_eq!(secs("10 km Men: Kim (X) – 35:11"), vec![2111]);
    assert_eq!(secs("in 2h04m45s and 2h 04min 45s"), vec![7485, 7485]);
    assert_eq!(secs("2 hours, 11 minutes and 5 seconds"), vec![7865]);
    assert_eq!(secs("starts at 9:30 a.m. local time"), Vec::<u32>::new());
    assert_eq!(secs("it took 10 minutes"), Vec::<u32>::new());
    assert_eq!(secs("2h06:31 and 2 h 03:02"), vec![7591, 7382]);
    assert_eq!(secs("in 2h10'05\" ahead"), vec![7805]);
    assert_eq!(
        secs("with times of 2'19:31s and 2’21:07s"),
        vec![8371, 8467]
    );
    assert_eq!(secs("rated 4'10 in the 400m"), Vec::<u32>::new());
    // The hour in words, then minutes and seconds with primes or a point,
    // or seconds alone; seconds written "seg".
    assert_eq!(
        secs("in 1 hour 21' 05'', then 1 hour 21.36s and 1 hour and 9 seconds"),
        vec![4865, 4896, 3609]
    );
    assert_eq!(secs("won in 30min56seg and"), vec![1856]);
    // Hours with a colon, then minutes and seconds with primes.
    assert_eq!(
        secs("clocked 2:51'40\" ahead of B with 2:53'12\" and C in 2:46'12"),
        vec![10300, 10392, 9972]
    );
    // Minutes and seconds set apart by a prime; not a height.
    assert_eq!(secs("covered the course in 15'38. Then"), vec![938]);
    assert_eq!(secs("a 44'12 run, and 37'38'' after"), vec![2652, 2258]);
    assert_eq!(secs("he is 5'10\" tall"), Vec::<u32>::new());
    // Hundredths after the seconds' mark.
    let hundredths: Vec<String> = times("won in 48'20''96, ahead of")
        .iter()
        .map(|t| t.duration())
        .collect();
    assert_eq!(hundredths, ["PT48M20.96S"]);
    // Hours, minutes and seconds with a prime and a double prime.
    assert_eq!(
        secs("was quickest in 2'34'' 18, ahead of X in 2'41'' 50"),
        vec![2 * 3600 + 34 * 60 + 18, 2 * 3600 + 41 * 60 + 50]
    );
    assert_eq!(secs("won in 1'13''05, ahead of"), vec![3600 + 13 * 60 + 5]);
    assert_eq!(
        secs("won in 2h 38' 14'', ahead of X; she ran 3h 09' 51'' and he 1h 12'48''."),
        vec![
            2 * 3600 + 38 * 60 + 14,
            3 * 3600 + 9 * 60 + 51,
            3600 + 12 * 60 + 48
        ]
    );
    // A point after the "h" or the prime, as Italian pages write it.
    assert_eq!(
        secs("won in 2h.38' 12\", ahead of X in 3h.01'.28\" and Y 3h. 12'.40\""),
        vec![
            2 * 3600 + 38 * 60 + 12,
            3 * 3600 + 60 + 28,
            3 * 3600 + 12 * 60 + 40
        ]
    );
    // The hour in words, minutes and seconds with a colon.
    assert_eq!(
        secs("won the championship in 1 hour 05: 31, and B in 1 hour 06: 02."),
        vec![3600 + 5 * 60 + 31, 3600 + 6 * 60 + 2]
    );
    assert_eq!(secs("he is 5'10'' tall"), Vec::<u32>::new());
    // A point and a comma: hours, minutes and seconds, or minutes,
    // seconds and tenths.
    assert_eq!(secs("crossed the line in 1.02,48, while"), vec![3768]);
    assert_eq!(secs("with times of 30.12,4 and 35.40,0."), vec![1812, 2140]);
    // Units and a colon; hours written "u".
    assert_eq!(secs("first in 44mins:52s, ahead of"), vec![2692]);
    assert_eq!(secs("won in 2u58'31\" ahead"), vec![10711]);
    assert_eq!(
        secs("clocking 1 hour, 04 minutes and 02 seconds"),
        vec![3842]
    );
    assert_eq!(duration(7928), "PT2H12M8S");
    assert_eq!(duration(2111), "PT35M11S");
}

#[test]
fn times_with_french_units() {
    let secs = |t: &str| times(t).iter().map(|t| t.seconds).collect::<Vec<_>>();
    assert_eq!(secs("won in 2h11min07s, ahead of"), vec![7867]);
    // Dutch and Flemish pages write the hour with a "u" (uur).
    assert_eq!(secs("second in 1u03:58, behind"), vec![3838]);
    assert_eq!(secs("Hamza Lakhdar (29mn22s)"), vec![1762]);
    assert_eq!(secs("in 1h02mn41s"), vec![3761]);
    assert_eq!(secs("stopped the clock at 2hr 31.47min."), vec![9107]);
    // "an hour", minutes past the hour before a point.
    assert_eq!(
        secs("winning in an hour, eight minutes and 50 seconds"),
        vec![4130]
    );
    assert_eq!(secs("Mulugeta won in 60.12 minutes, with"), vec![3612]);
    // Hours, minutes and seconds set apart by points after "in".
    assert_eq!(secs("fourth woman home in 1.21.40, a best"), vec![4900]);
    assert_eq!(secs("the 1.21.40 mark"), Vec::<u32>::new());
}

#[test]
fn times_in_words() {
    let secs = |t: &str| times(t).iter().map(|t| t.seconds).collect::<Vec<_>>();
    assert_eq!(
        secs("clocking two hours, six minutes and 11 seconds"),
        vec![7571]
    );
    assert_eq!(secs("in two hours, 12 minutes and 51 seconds."), vec![7971]);
    assert_eq!(secs("a time of one hour, forty-one minutes"), vec![6060]);
    assert_eq!(secs("for two hours and some minutes"), Vec::<u32>::new());
}

#[test]
fn minutes_with_a_point() {
    let secs = |t: &str, cued| {
        dotted_minutes(t, cued)
            .iter()
            .map(|t| t.seconds)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        secs("came home in 31.07 to take the title", true),
        vec![1867]
    );
    assert_eq!(secs("ran a superb 35.48 to win", true), vec![2148]);
    assert_eq!(secs(" 31.07", false), vec![1867]);
    assert_eq!(secs("won by 31.07 seconds", true), Vec::<u32>::new());
    assert_eq!(secs("in 21.09 km", true), Vec::<u32>::new());
    assert_eq!(secs("raised 12.50 for charity", true), Vec::<u32>::new());
    assert_eq!(secs("on 12.05.2025", false), Vec::<u32>::new());
    assert_eq!(secs("a price of £31.07", true), Vec::<u32>::new());
    // A tenth after the seconds ("34.52.0"), none when it is a zero.
    assert_eq!(
        secs("second a few seconds back in 34.52.0.", true),
        vec![2092]
    );
    let tenth = dotted_minutes("back in 34.36.4", true);
    assert_eq!(tenth[0].duration(), "PT34M36.4S");
    assert_eq!(dotted_minutes("in 34.36.0", true)[0].duration(), "PT34M36S");
    assert!(dotted_fits(Some(10.0)) && !dotted_fits(Some(21.0975)) && !dotted_fits(None));
}

#[test]
fn points_between_hours_minutes_and_seconds_need_a_unit_or_brackets() {
    let secs = |t: &str| times(t).iter().map(|tm| tm.seconds).collect::<Vec<_>>();
    assert_eq!(secs("Bandara (1.09.44s) won"), vec![3600 + 9 * 60 + 44]);
    assert_eq!(
        secs("won the women's class in the time 3.24.51."),
        vec![3 * 3600 + 24 * 60 + 51]
    );
    assert_eq!(secs("Yego (2.21.48) won"), vec![2 * 3600 + 21 * 60 + 48]);
    // After words that say a time follows; not a bare date.
    assert_eq!(secs("Her time was 2.41.08."), vec![2 * 3600 + 41 * 60 + 8]);
    assert_eq!(
        secs("She needed 2.41.08 for it"),
        vec![2 * 3600 + 41 * 60 + 8]
    );
    assert_eq!(
        secs("followed by Marc Coll, with 1.11.06, and"),
        vec![3600 + 11 * 60 + 6]
    );
    // Hours written with two digits, none in a 10 km.
    assert_eq!(
        secs("stopping the clock at 02.29.47."),
        vec![2 * 3600 + 29 * 60 + 47]
    );
    assert_eq!(secs("Laura Mesa won (00.38.29)"), vec![38 * 60 + 29]);
    assert_eq!(secs("Entries close 1.10.25."), Vec::<u32>::new());
    assert!(secs("on 1.09.24 the club met").is_empty());
    assert_eq!(secs("in 0h 47 mins 40 secs"), vec![47 * 60 + 40]);
    let tenths = times("won in 28 minutes, 41.5 seconds.");
    assert_eq!(tenths.len(), 1);
    assert_eq!(tenths[0].duration(), "PT28M41.5S");
    assert_eq!(secs("in 1h 02mins 05 secs"), vec![3600 + 2 * 60 + 5]);
    assert!(secs("in just over 1 hour, 11 minutes").is_empty());
    assert!(secs("(+0:38 min)").is_empty());
    assert!(secs("and was 3:38 minutes off the record").is_empty());
    assert_eq!(secs("with a time of 1h.02:58."), vec![3600 + 2 * 60 + 58]);
    assert!(secs("finished 12 seconds outside it").is_empty());
}

#[test]
fn times_fit_their_distance() {
    let t = |text: &str| times(text).remove(0);
    assert_eq!(fit_time(Some(42.195), &t("2:31")), Some(9060));
    assert_eq!(fit_time(Some(10.0), &t("27:24")), Some(1644));
    assert_eq!(fit_time(Some(42.195), &t("27:24")), None);
    assert_eq!(fit_time(None, &t("27:24")), Some(1644));
    // Hours, minutes and seconds after a point, as some clubs write them;
    // a point in a 10 km time is a fraction of a second.
    assert_eq!(fit_time(Some(42.195), &t("3:10.50")), Some(11450));
    assert_eq!(fit_time(Some(42.195), &t("4:02.07")), Some(14527));
    assert_eq!(
        fitted(Some(10.0), &t("31:02.4")).as_deref(),
        Some("PT31M2.4S")
    );
    assert_eq!(seconds_of("PT2H4M45S"), Some(7485));
    assert_eq!(seconds_of("PT2H9M18.2S"), Some(7758));
    assert_eq!(times("in 2:09:18,2 ahead")[0].duration(), "PT2H9M18.2S");
    // Trailing zeros of a fraction are no digits of it.
    assert_eq!(times("was third in 32:30.50.")[0].duration(), "PT32M30.5S");
    assert_eq!(times("was fourth in 43:30.00.")[0].duration(), "PT43M30S");
    assert_eq!(times("a 5K in 17:48.3.")[0].duration(), "PT17M48.3S");
    assert_eq!(times("second in 2:07.40")[0].duration(), "PT2H7M40S");
    assert_eq!(times("second in 2:07.40")[0].seconds, 7660);
    assert_eq!(times("won in 1:04.11 and")[0].seconds, 3851);
    assert_eq!(times("ran 29:41.3")[0].seconds, 1781);
    // Thousandths after a colon, as timing systems print them.
    assert_eq!(
        times("clocked 01:14:58:312 to")[0].duration(),
        "PT1H14M58.312S"
    );
    assert_eq!(times("in 00:46:20:418")[0].duration(), "PT46M20.418S");
    assert_eq!(times("in 01:18:02:950.")[0].duration(), "PT1H18M2.95S");
    // And hundredths after a colon.
    assert_eq!(
        times("1. A Kip 2:31:18:40 Kenya")[0].duration(),
        "PT2H31M18.4S"
    );
    assert_eq!(
        times("4. B Apin 3:41:55:00 Brazil")[0].duration(),
        "PT3H41M55S"
    );
    // A time of day and minutes and seconds after it are not one time.
    assert!(times("at 12:30 and 15:30")
        .iter()
        .all(|t| t.fraction.is_none()));
    assert_eq!(seconds_of("PT35M"), Some(2100));
    assert_eq!(seconds_of("PT2H4M45.2S"), Some(7485));
}

#[test]
fn counts_leave_out_money_and_decimals() {
    let v: Vec<i64> = numbers("around 50,000 spectators, $5,000 prize, 42.195 km, 950 people, 15%")
        .iter()
        .map(|n| n.value)
        .collect();
    assert_eq!(v, vec![50000, 950]);
    assert_eq!(numbers("some 1,100 runners")[0].value, 1100);
    let w: Vec<i64> = numbers("first run in 1995, 212 runners; 2 thousand more")
        .iter()
        .map(|n| n.value)
        .collect();
    assert_eq!(w, vec![1995, 212, 2000]);
}

#[test]
fn ordinals_and_years() {
    assert_eq!(ordinal("31st"), Some(31));
    assert_eq!(ordinal("Third"), Some(3));
    assert_eq!(ordinal("runner"), None);
    // An edition's number in Roman numerals, written the regular way.
    assert_eq!(roman_ordinal("VI"), Some(6));
    assert_eq!(roman_ordinal("XXXIII"), Some(33));
    assert_eq!(roman_ordinal("IXth"), Some(9));
    assert_eq!(roman_ordinal("XLIV"), Some(44));
    for no in ["IIII", "CIVIL", "I", "VX", "vi", "LIVE", "XIV.", "IL"] {
        assert_eq!(roman_ordinal(no), None, "{no}");
    }
    assert_eq!(
        years("In 2019, and 2,019 and 1912."),
        vec![(3, 7, 2019), (23, 27, 1912)]
    );
    // A headline's year before a colon is one; a date's before a colon
    // (a results page's heading) and a clock's digits are none.
    let y = |t: &str| years(t).into_iter().map(|(_, _, y)| y).collect::<Vec<_>>();
    assert_eq!(
        y("Cove Maidan Marathon 2026: X storms to title"),
        vec![2026]
    );
    assert!(y("10 AUGUST 2025: NILE SOURCE 10K").is_empty());
    assert!(y("at 2026:30").is_empty());
}

#[test]
fn a_time_faster_than_any_world_record_is_no_finishing_time() {
    // A marathon in 1:47:20, a half in 53:02: faster than the world records.
    assert!(!plausible(42.195, 3600 + 47 * 60 + 20));
    assert!(!plausible(21.0975, 53 * 60 + 2));
    assert!(plausible(42.195, 2 * 3600 + 2 * 60));
    assert!(plausible(21.0975, 58 * 60));
    assert!(plausible(5.0, 12 * 60 + 55));
    assert!(!plausible(10.0, 24 * 60));
}

#[test]
fn hours_and_minutes_with_a_point_before_hours() {
    // "needed 2.41 hours": two hours and 41 minutes, as Indian dailies
    // write them; "2.5 hours" is no finishing time.
    let secs = |t: &str| times(t).into_iter().map(|t| t.seconds).collect::<Vec<_>>();
    assert_eq!(
        secs("Wangdi needed 2.41 hours for it."),
        vec![2 * 3600 + 41 * 60]
    );
    assert_eq!(secs("finishing in 3.22 hrs"), vec![3 * 3600 + 22 * 60]);
    assert!(secs("a drive of 2.5 hours").is_empty());
    assert!(secs("after 2.75 hours").is_empty());
}

#[test]
fn hundredths_told_in_words_after_a_time() {
    let t = times("finished first in 53 minutes, 2 seconds and 18 hundredths, with B second");
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].duration(), "PT53M2.18S");
    let t = times("second in 55 minutes, 40 seconds and 6 hundredths.");
    assert_eq!(t[0].duration(), "PT55M40.06S");
}
