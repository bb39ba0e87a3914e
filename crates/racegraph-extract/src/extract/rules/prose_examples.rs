//! The examples of results in prose ([`super::prose_rule`]): text that
//! must yield the facts given.

use super::registry::Example as Ex;

pub(super) const EXAMPLES: &[Ex] = &[
    // "won the annual X Y Z Citadel Marathon": a race's name of many
    // capitalised words (a sponsor's among them) is what was won.
    Ex {
        text: "Ian Frase of Pictou won the annual Bayline Credit Union Citadel Hill Marathon in Halifax on Sunday.\n\nFrase completed the race in two hours, 38 minutes and 12 seconds.",
        published: Some("2025-05-19"),
        yields: &[
            "result of Ian Frase position 1",
            "result of Ian Frase finishTime PT2H38M12S",
        ],
    },
    // "with X first among the women in T": the women's winner, and the
    // winner before is the men's.
    Ex {
        text: "The race itself was won by Kenya's Ben Kipo in 2:16:48, with Jamaica's Kerry Lew first among the women in 2:41:05, at the Pelican Bay Marathon.",
        published: Some("2025-12-10"),
        yields: &[
            "result of Ben Kipo race Pelican Bay Marathon 2025 42.195 Men",
            "result of Kerry Lew race Pelican Bay Marathon 2025 42.195 Women",
            "result of Kerry Lew position 1",
            "result of Kerry Lew finishTime PT2H41M5S",
        ],
    },
    // The one distance told as what the race is, after a possessive and
    // words that describe it: "Ethiopia's lakeside international 10km road
    // race".
    Ex {
        text: "Record turnout at the Lake Loop Run\n\nMore than 2,000 runners lined up for Ethiopia's lakeside international 10km road race in Bahir Dar.\n\nAbe Kebe won in 28 minutes and 51 seconds.",
        published: Some("2025-11-27"),
        yields: &["result of Abe Kebe race Lake Loop Run 2025 10"],
    },
    // One course told in miles and in km is one distance, the one in
    // miles; a marathon told as one of many is no distance of the race.
    Ex {
        text: "Dana Kerr collects a third title in the 10-mile run from Holyrood to Avondale\n\nThe 60th annual Bay Roberts Ten road race sent close to 900 runners on the 16-kilometre trip on Sunday. Kerr, who raced a spring marathon in Halifax, won in 57:02. Lyn Doyle was runner-up in 58:37.",
        published: Some("2025-07-27"),
        yields: &["result of Lyn Doyle race Bay Roberts Ten 2025 16.0934"],
    },
    // "won for a third straight year" is a win of this year.
    Ex {
        text: "Tom Reyes won the Bitterroot River Marathon on Sunday in 2:30:11.\n\nIn the half marathon, Lolo's Mara Voss won for a third straight year and lowered her own course record to 1:16:20.",
        published: Some("2025-06-30"),
        yields: &[
            "result of Mara Voss race Bitterroot River Marathon 2025 21.0975 Women",
            "result of Mara Voss position 1",
        ],
    },
    // "was the first finisher" is a win; "came across the line next" the
    // place after.
    Ex {
        text: "Cal Breen, 31, of Norfolk, Va., was the first finisher in the full marathon of the Cypress Lakes Marathon in 2:41:12. Ray Dunne, 46, of Macon, Ga., came across the line next, a little over a minute later.",
        published: Some("2026-01-18"),
        yields: &[
            "result of Cal Breen race Cypress Lakes Marathon 2026 42.195",
            "result of Cal Breen position 1",
            "result of Ray Dunne position 2",
        ],
    },
    // Defending the title won last year is this year's win.
    Ex {
        text: "Dawit Mek won the Lennon Bridge Half Marathon in 1:07:48.\n\nAoife Gee of Gweedore Harriers defended the title she won here last year, and took almost two minutes off her own time to win in 1:23.40.",
        published: Some("2025-08-24"),
        yields: &[
            "result of Aoife Gee race Lennon Bridge Half Marathon 2025 21.0975 Women",
            "result of Aoife Gee finishTime PT1H23M40S",
        ],
    },
    // A time in brackets after the runner's club is the runner's.
    Ex {
        text: "Aoife Gee won the Lennon Bridge Half Marathon in 1:23:40. Nora Kerr of Finn Valley AC (1:24.32) was second and Cara Cole of Errigal Harriers (1:25.06) third.",
        published: Some("2025-08-24"),
        yields: &[
            "result of Nora Kerr finishTime PT1H24M32S",
            "result of Cara Cole finishTime PT1H25M6S",
        ],
    },
    // The one distance of an article about one race, as what its course
    // is, is the race's.
    Ex {
        text: "Ivo Tanda won the Mount Koso Road Race on Saturday.\n\nTanda covered the 25-kilometre climb from the stadium to the summit and back in 1 hour and 24 minutes. Ben Ako finished second in 1 hour and 26 minutes.",
        published: Some("2025-03-02"),
        yields: &[
            "result of Ivo Tanda race Mount Koso Road Race 2025 25",
            "result of Ben Ako race Mount Koso Road Race 2025 25",
        ],
    },
    // The subject before an aside that names a region took the race.
    Ex {
        text: "Ivo Tanda, 26, a Bamenda native from the Northwest Region, took the 31st edition of the Mount Koso Road Race on Saturday, March 1, 2025.",
        published: Some("2025-03-02"),
        yields: &["result of Ivo Tanda position 1"],
    },
    // A race named in a runner's title at the head of the opening
    // paragraph is not the race the article is about.
    Ex {
        text: "Koros leads sweep in Musanze\n\nFormer Lisbon Half Marathon runner-up Edwin Koros led a Kenyan charge at the Gorilla Highlands Marathon in Musanze yesterday.\n\nKoros won the men's title in 2:14:52.",
        published: Some("2025-06-16"),
        yields: &["result of Edwin Koros race Gorilla Highlands Marathon 2025 42.195 Men"],
    },
    // A place overall in an aside between dashes is not the women's
    // race's; "She finished ahead of B (T) and C (T)" after her win.
    Ex {
        text: "Ana Kip of Kenya won the Patras Marathon on Sunday in 2:11:40.\n\nPia Langat of Kenya took the women's race — and was 23rd across the line overall — in 2:34:08. She finished ahead of fellow Kenyan Eve Jerop (2:35:40) and Greece's Kon Vlachou (2:41:12), who was running her first marathon.",
        published: Some("2025-11-09"),
        yields: &[
            "result of Pia Langat position 1",
            "result of Pia Langat finishTime PT2H34M8S",
            "result of Eve Jerop race Patras Marathon 2025 42.195 Women",
            "result of Eve Jerop position 2",
            "result of Kon Vlachou position 3",
            "result of Kon Vlachou finishTime PT2H41M12S",
        ],
    },
    // A club's runner named by the club ("Criffel Harrier X"); the first
    // woman with her place overall set off by commas.
    Ex {
        text: "Criffel Harrier Lew Maxw won the Nith Bridges 10K on Sunday in 30:41, with Solway Harrier Cra Bel second.\n\nThe first female finisher, and 16th overall, was Kir Laid, of Solway Harriers, in 34:09.",
        published: Some("2025-04-23"),
        yields: &[
            "result of Lew Maxw position 1",
            "result of Cra Bel position 2",
            "result of Kir Laid race Nith Bridges 10K 2025 10 Women",
            "result of Kir Laid finishTime PT34M9S",
        ],
    },
    // Two winners of the men's and women's titles in the order named; a
    // place "secured by" a runner; a tie for a place; a verb said once
    // for several places.
    Ex {
        text: "Kenya's Ken Lang and Sha Kiru won the men's and women's full marathon titles at the Medan Kesawan Marathon here on Sunday.\n\nThe second place in the men's race was secured by Gil Kipt, while Jac Kari, Sam Chum and Tes Beke shared the third place after crossing the line together.\n\nIn the women's marathon, Kiru took the first place, Win Too the second place and Est Njer the third place.",
        published: Some("2025-06-29"),
        yields: &[
            "result of Ken Lang race Medan Kesawan Marathon 2025 42.195 Men",
            "result of Sha Kiru race Medan Kesawan Marathon 2025 42.195 Women",
            "result of Gil Kipt position 2",
            "result of Sam Chum race Medan Kesawan Marathon 2025 42.195 Men",
            "result of Sam Chum position 3",
            "result of Tes Beke position 3",
            "result of Win Too race Medan Kesawan Marathon 2025 42.195 Women",
            "result of Win Too position 2",
            "result of Est Njer position 3",
        ],
    },
    // A win of a race named with more words before its race type than
    // before ("the Athy Grand Canal 10 Mile"); "a comfortable winner of";
    // a club and its county after the runner.
    Ex {
        text: "Kil Dunn of Barrow Valley AC won the Athy Grand Canal 10 Mile in 50 minutes 26 seconds.\n\nTom Gils was a comfortable winner of the Mullingar Lakes Half Marathon on Saturday.\n\nAt the Banner Half Marathon, Col Foga won in 66:10. Dia Hehi of Kilkee Coast AC in Co Clare was second in 67:02.",
        published: Some("2025-09-29"),
        yields: &[
            "result of Kil Dunn race Athy Grand Canal 10 Mile 2025 16.0934",
            "result of Kil Dunn finishTime PT50M26S",
            "result of Tom Gils race Mullingar Lakes Half Marathon 2025 21.0975",
            "result of Tom Gils position 1",
            "result of Dia Hehi position 2",
            "result of Dia Hehi finishTime PT1H7M2S",
        ],
    },
    // A paragraph that lists the day's races opens no section.
    Ex {
        text: "Over 9,000 people took part in the Larnaca Salt Lake Marathon on Sunday.\n\nSunday's programme had four races: the 42km Marathon, the Kition Water 21km Half Marathon and a 5km fun run.\n\nAmit Levi won the Men's Marathon in 02:31:04.",
        published: Some("2026-03-15"),
        yields: &["result of Amit Levi race Larnaca Salt Lake Marathon 2026 42.195 Men"],
    },
    // A past win in an aside on the runner, then the win at hand; a race
    // named with a past year does not open a section.
    Ex {
        text: "Kenyans sweep capital marathon\n\nKenyan runners took the top places in the Harbour City Marathon on Sunday.\n\nJonah Chesi, who won the Kuching Marathon in 2022, was first home in the men's full marathon. His compatriot Alex Kibiw took second place in 2:18:22.",
        published: Some("2025-11-24"),
        yields: &[
            "result of Jonah Chesi race Kuching Marathon 2022 42.195 Men",
            "result of Jonah Chesi race Harbour City Marathon 2025 42.195 Men",
            "result of Alex Kibiw race Harbour City Marathon 2025 42.195 Men",
        ],
    },
    // A time clocked and a win in one breath; the class of the field
    // cruising to the tape; the first woman to finish; prizes won for
    // places; two winners in one sentence are of two races.
    Ex {
        text: "Iten-based Amos Koros shrugged off a cold, misty morning to clock 2:13:05 and win the Chepkorio Ridge Marathon on Sunday.\n\nIn the men's race, Kenyan Job Kirwa won Sh90,000 for coming second in 2:14:10.\n\nNelly Jerop was the class of the women's field, cruising to the tape in 2:30:40. Lena Biwott, 30, of Eldoret was the first woman to finish last year.",
        published: Some("2025-10-20"),
        yields: &[
            "result of Amos Koros position 1",
            "result of Amos Koros finishTime PT2H13M5S",
            "result of Job Kirwa position 2",
            "result of Job Kirwa finishTime PT2H14M10S",
            "result of Nelly Jerop position 1",
            "result of Nelly Jerop finishTime PT2H30M40S",
        ],
    },
    Ex {
        text: "At the Marula Marathon, Lesotho's Tumelo Ntsane and Ethiopia's Hiwot Desta took the honours, with Ntsane securing a record third straight win in 2:16:30 and Desta cruising to victory in 2:38:02 in the women's race.",
        published: Some("2025-03-02"),
        yields: &[
            "result of Tumelo Ntsane race Marula Marathon 2025 42.195 Men",
            "result of Tumelo Ntsane finishTime PT2H16M30S",
            "result of Hiwot Desta race Marula Marathon 2025 42.195 Women",
        ],
    },
    // A win repeated from a year, which dates nothing else said after it;
    // "leading from the gun to win", "winning in T"; last year's
    // runner-up is a place of last year; a sponsor after "presented by"
    // is no runner.
    Ex {
        text: "Runners took both titles at the Lookout Ridge Ten Miler presented by Ridge Valley Health, which took place on Saturday.\n\nAaron Pike repeated his 2024 win, leading from the gun to win in 50:12. Second was last year's runner-up Cole Dent, with Evan Marsh of Signal Mountain third in 51:40.\n\nIn the women's race, Nia Okafor finally had her day, winning in 57:31.",
        published: Some("2025-03-24"),
        yields: &[
            "result of Aaron Pike race Lookout Ridge Ten Miler 2024 16.0934 Men",
            "result of Aaron Pike race Lookout Ridge Ten Miler 2025 16.0934 Men",
            "result of Aaron Pike finishTime PT50M12S",
            "result of Cole Dent race Lookout Ridge Ten Miler 2024 16.0934 Men",
            "result of Evan Marsh race Lookout Ridge Ten Miler 2025 16.0934 Men",
            "result of Evan Marsh position 3",
            "result of Nia Okafor position 1",
            "result of Nia Okafor finishTime PT57M31S",
        ],
    },
    // The first across the line told before the runner, with the time
    // between; the first woman home, her overall place aside; a
    // children's race is another race.
    Ex {
        text: "Runners filled the village for the 9th Hanbury Charity 10k on Sunday.\n\nFirst across the line, in 31 minutes and 40 seconds, was Sam Tovey, aged 27.\n\nThe first woman home, and sixth overall, was club international Jo Hart, 36, in 36:02.\n\nIn the under-15s mile, Max Dunn, 13, won the boys' race.",
        published: Some("2025-06-10"),
        yields: &[
            "result of Sam Tovey position 1",
            "result of Sam Tovey finishTime PT31M40S",
            "result of Jo Hart race Hanbury Charity 10k 2025 10 Women",
            "result of Jo Hart position 1",
        ],
    },
    // A round-up's sections headed by their races ("Ten Mile", "Half");
    // "won in T from B (T2)" makes B second; "Second, 150 metres back, was
    // B".
    Ex {
        text: "WEAR VALLEY TEN MILE, Durham, October 12\n\nKyle Marsh won the men's race in 47:22. Second, just under 150 metres back, was Dan Hoyle (47:49).\n\nDEE RIVERSIDE HALF, Chester, October 12\n\nTom Penn won in 64:58 from Wrexham club-mate Aled Rees (66:03).",
        published: Some("2025-10-14"),
        yields: &[
            "result of Kyle Marsh race WEAR VALLEY TEN MILE 2025 16.0934 Men",
            "result of Dan Hoyle position 2",
            "result of Tom Penn race DEE RIVERSIDE HALF 2025 21.0975",
            "result of Aled Rees position 2",
            "result of Aled Rees finishTime PT1H6M3S",
        ],
    },
    // A paragraph opened by "The 10-km race"; "finished first with a time
    // of T"; two runners who "followed in that order"; a time said roughly
    // is no time.
    Ex {
        text: "The Sangker Riverside Half Marathon was held on Sunday.\n\nThe 10-km race was a good morning for the home runners. In the men's race, Chea Vanna finished first with a time of 34 minutes, 51 seconds. Japan's Kenji Oda and Cambodia's Sok Dara followed in that order.\n\nThailand's Anan Suk won the men's half marathon in just over 1 hour, 11 minutes.",
        published: Some("2025-12-01"),
        yields: &[
            "result of Chea Vanna race Sangker Riverside Half Marathon 2025 10 Men",
            "result of Chea Vanna finishTime PT34M51S",
            "result of Kenji Oda position 2",
            "result of Sok Dara position 3",
            "result of Anan Suk position 1",
        ],
    },
    // A club report's given name alone, of the one runner named in full
    // with it before; "broke the tape"; "was a distant third".
    Ex {
        text: "Saturday's Bayou Bend Ten Miler was a good one. Marcy Tran-Hale started steadily in the women's race.\n\nMarcy broke the tape in 1:03:52. Jo Pike was a distant third in 1:07:02.",
        published: Some("2025-03-10"),
        yields: &[
            "result of Marcy Tran-Hale position 1",
            "result of Marcy Tran-Hale finishTime PT1H3M52S",
            "result of Jo Pike position 3",
        ],
    },
    // "took the next two places respectively"; "finished the 21-kilometre
    // course in T to win the 11th edition"; "winning the 11th edition of
    // the race in T"; "finished first." at a clause's end.
    Ex {
        text: "Kenya's Job Yego won the Galle Ramparts Marathon in 2:21:48. His fellow Kenyans Ian Rutto (2:22:35) and Sam Kyalo (2:24:07) took the next two places respectively.\n\nLao runner Bounmy Keo, 26, finished the 21-kilometre course in 1:12:38 to win the 11th edition of the Mekong Quay Half Marathon.\n\nIn the competition among women, Ani Sarkis finished first.",
        published: Some("2025-11-24"),
        yields: &[
            "result of Ian Rutto position 2",
            "result of Sam Kyalo position 3",
            "result of Sam Kyalo finishTime PT2H24M7S",
            "result of Bounmy Keo position 1",
            "result of Bounmy Keo finishTime PT1H12M38S",
            "result of Ani Sarkis position 1",
        ],
    },
    Ex {
        text: "Nikos Vlachos became the fastest Greek ever on the Phaistos Marathon course on Sunday, winning the 11th edition of the race in 2 hours, 18 minutes and 27 seconds.",
        published: Some("2025-11-10"),
        yields: &["result of Nikos Vlachos position 1", "result of Nikos Vlachos finishTime PT2H18M27S"],
    },
    // "clocked T to finish fourth"; times with points between hours,
    // minutes and seconds, marked by a unit.
    Ex {
        text: "Job Yego won the Galle Ramparts Marathon in 2:21:48. Navy sailor K.P. Ruwan Kumara clocked 2hrs 27 mins and 40 secs to finish fourth. H.D. Amal Perera (1.09.44s) and Nimmi Silva (1.21.30s) took the men's and women's half marathon titles respectively.",
        published: Some("2025-11-24"),
        yields: &[
            "result of K.P. Ruwan Kumara position 4",
            "result of K.P. Ruwan Kumara finishTime PT2H27M40S",
            "result of H.D. Amal Perera finishTime PT1H9M44S",
            "result of Nimmi Silva finishTime PT1H21M30S",
        ],
    },
    // "beat second place B"; a later sentence that opens on the winner's
    // given name and their time ("Dan's 58:47 was …").
    Ex {
        text: "At the Bayou Bend Ten Miler, Dan Pell took charge of the men's race and beat second place Omar Hadi by just over a minute. Dan's 58:47 was the slowest winning time in years.",
        published: Some("2025-03-10"),
        yields: &[
            "result of Dan Pell position 1",
            "result of Dan Pell finishTime PT58M47S",
            "result of Omar Hadi position 2",
        ],
    },
    // A club report's "second lady", "fifth lady".
    Ex {
        text: "At the Thames Meadow 10k, Tom Reed won in 31:02. Harriet Lowe of Cowley Harriers was second lady, and our Jo Kemp finished fifth lady.",
        published: Some("2025-06-02"),
        yields: &[
            "result of Harriet Lowe race Thames Meadow 10k 2025 10 Women",
            "result of Jo Kemp race Thames Meadow 10k 2025 10 Women",
            "result of Jo Kemp position 5",
        ],
    },
    // Two places side by side, the sex said with the second's: hers.
    Ex {
        text: "Peter Rono won the Drava Bend Marathon in 2:10:22. The best local runners were Luka Novak (2:21:40) in seventh place and Maja Kos (2:46:33) in sixth place among women.",
        published: Some("2025-10-13"),
        yields: &[
            "result of Luka Novak race Drava Bend Marathon 2025 42.195 Men",
            "result of Maja Kos race Drava Bend Marathon 2025 42.195 Women",
        ],
    },
    // A race named in the next runner's own relative clause is theirs.
    Ex {
        text: "Peter Rono won the Zobor Hill Marathon in 2:12:20. The best Slovak runners were Jan Hruby, who placed eighth in 2:24:30, and Eva Mala, who ended fifth in the women's category.",
        published: Some("2025-10-06"),
        yields: &[
            "result of Jan Hruby race Zobor Hill Marathon 2025 42.195 Men",
            "result of Eva Mala race Zobor Hill Marathon 2025 42.195 Women",
        ],
    },
    // A gap behind the winner written with a plus is no finishing time.
    Ex {
        text: "Peter Rono of Kenya won the Zobor Hill Marathon in 2:12:20. Rono's countryman Eliud Keter took second place (+0:41 min).",
        published: Some("2025-10-06"),
        yields: &["result of Eliud Keter position 2", "Eliud Keter nationality Kenya"],
    },
    // A live report's present tense: the first woman "is" across the line.
    Ex {
        text: "Official results are in for the Reef Point Marathon. Jack Nguyen won in 2:16:40.\n\nBrisbane's Hannah Kerr is the first woman across the line in 2:36:51, ahead of Japan's Mio Sato (2:38:20).",
        published: Some("2025-06-29"),
        yields: &[
            "result of Hannah Kerr position 1",
            "result of Mio Sato position 2",
            "result of Jack Nguyen race Reef Point Marathon 2025 42.195 Men",
        ],
    },
    // "with B taking the women's section": B does what follows.
    Ex {
        text: "At the Mazowe Dam Half Marathon, Farai Gumbo won the men's title in 1:04:51, with Chipo Nyathi taking the women's section in 1:15:30.",
        published: Some("2025-09-08"),
        yields: &[
            "result of Farai Gumbo position 1",
            "result of Chipo Nyathi race Mazowe Dam Half Marathon 2025 21.0975 Women",
            "result of Chipo Nyathi position 1",
            "result of Chipo Nyathi finishTime PT1H15M30S",
        ],
    },
    // A win told by the margin over all the others, the time in the
    // clause of the finish before it.
    Ex {
        text: "Takudzwa Chari won praise at the Mazowe Dam Marathon.\n\nChari of Glendale Harriers crossed the finish line in 2 hours 21 minutes 9 seconds, almost two minutes clear of the chasing pack.",
        published: Some("2025-09-08"),
        yields: &[
            "result of Takudzwa Chari position 1",
            "result of Takudzwa Chari finishTime PT2H21M9S",
        ],
    },
    // A runner named in full, then by family name before a club ("Ncube
    // of Khami Harriers"), with a short clause of how the race went
    // before the win.
    Ex {
        text: "Tendai Mabhena and Rudo Sithole were yesterday crowned champions of the Umzingwane Marathon.\n\nIn the women's race, Sithole of Nketa Striders Athletics Club had an easy outing and claimed the title in 2 hours 49 minutes 5 seconds.\n\nMabhena of Sauerstown Harriers was second in the men's race in 2:20:14.",
        published: Some("2025-10-13"),
        yields: &[
            "result of Rudo Sithole position 1",
            "result of Rudo Sithole finishTime PT2H49M5S",
            "result of Tendai Mabhena position 2",
        ],
    },
    // Wins told as a crowning, from nowhere, or by a margin over the
    // runner-up; the winning time in a sentence that names the winner
    // no more; a podium rounded off.
    Ex {
        text: "Teb Sebe was Sunday crowned champion of this year's Diamond City Half Marathon. The 29-year-old clocked a winning time of 1hr 03min 51sec for a huge victory margin over compatriot Kab Mots (1:05:20). Zimbabwe's Taf Moy rounded off the podium in 1:05:44. Lor Keno came from nowhere to win the women's race in 1:14:09.",
        published: Some("2025-06-15"),
        yields: &[
            "result of Teb Sebe position 1",
            "result of Teb Sebe finishTime PT1H3M51S",
            "result of Kab Mots position 2",
            "result of Kab Mots finishTime PT1H5M20S",
            "result of Taf Moy position 3",
            "result of Lor Keno position 1",
        ],
    },
    // A win told as a late surge.
    Ex {
        text: "Coastal runner Bram Nast surged late to win the Ridge Half Marathon yesterday, crossing the line first in 1hr 05min 44sec.",
        published: Some("2025-07-21"),
        yields: &["result of Bram Nast position 1", "result of Bram Nast finishTime PT1H5M44S"],
    },
    // A win of a race named for one sex or with a patron's possessive;
    // the time in the next sentence, which names the winner after one
    // word that describes her and sets off a career note. A win that
    // says no sex, in an article that tells women's results apart, is
    // the men's.
    Ex {
        text: "Bahrain's Nora Chemu retained her Kibi Vale Women's Marathon title on Sunday.\n\nThe Kenyan-born Chemu, who won Asian Games silver, clocked 2hr 23min 51sec to finish 38 seconds clear of Aya Mori.\n\nTom Mutu won the Kaloleni People's Marathon in 2:14:50.",
        published: Some("2025-11-10"),
        yields: &[
            "result of Nora Chemu race Kibi Vale Women's Marathon 2025 42.195 Women",
            "result of Nora Chemu finishTime PT2H23M51S",
            "result of Tom Mutu race Kaloleni People's Marathon 2025 42.195 Men",
        ],
    },
    // A family name written first by custom, then alone; a winner's
    // time in a later sentence that names the winner's race.
    Ex {
        text: "At the Gyeongpo Marathon, Tig Hail took the women's race, breaking away from Choi Min-ji at 35 kilometres. Choi was second in 2:25:04. Wang Jiali, who finished third here last year, won the men's race.\n\nThe course was flat.\n\nThe weather was cool.\n\nIn the men's race, Wang pulled away at 30 kilometres to clock 2:09:47.",
        published: Some("2025-10-26"),
        yields: &[
            "result of Choi Min-ji position 2",
            "result of Choi Min-ji finishTime PT2H25M4S",
            "result of Wang Jiali finishTime PT2H9M47S",
        ],
    },
    // The winner's lead over the runner-up, with or without a time.
    Ex {
        text: "At the Roman Town Half Marathon, Beth Holl won the women's race in 73:25, more than two minutes clear of Mia Ash. Con McCro won the men's race, more than a minute ahead of Sam Whit (Dorset AC), who was runner-up in 65:12.",
        published: Some("2026-03-16"),
        yields: &[
            "result of Mia Ash position 2",
            "result of Sam Whit position 2",
            "result of Sam Whit finishTime PT1H5M12S",
        ],
    },
    // "while" turns to another race, whose sex is its own.
    Ex {
        text: "At the Seafront 10 Mile, Ellie Crab won the women's race in 54:10, while the men's race went to Tom Giss in 49:33.",
        published: Some("2026-03-16"),
        yields: &[
            "result of Ellie Crab race Seafront 10 Mile 2026 16.0934 Women",
            "result of Tom Giss race Seafront 10 Mile 2026 16.0934 Men",
        ],
    },
    // "The female winner was X"; not an age group's winner.
Ex {
    text: "The Lakefront 10k was held on Saturday. The 10k winner was Mek Tess in 32:58. The female winner was Laur Prui in 37:41. The masters winner was Greg Holl in 35:12.",
    published: Some("2026-03-17"),
    yields: &[
        "result of Mek Tess position 1",
        "result of Laur Prui race Lakefront 10k 2026 10 Women",
        "result of Laur Prui position 1",
    ],
},
// "timed T to top the elite international men's race".
Ex {
    text: "At the Orange City Half Marathon, Bern Kibe, the defending champion, won the men's race. Tse Desa was first in the women's race in 1:08:44, while Kibe timed 1:01:19s to top the elite international men's race.",
    published: Some("2025-12-22"),
    yields: &["result of Bern Kibe finishTime PT1H1M19S"],
},
// Two wins in two years; the winner's time in the next sentence, told
// of the winner unnamed.
Ex {
    text: "Ken Kipr made it two wins in two years at the Gyeongpo Marathon on Sunday. The 27-year-old clocked two hours, six minutes and 41 seconds and was already draped in a flag.",
    published: Some("2025-10-26"),
    yields: &["result of Ken Kipr position 1", "result of Ken Kipr finishTime PT2H6M41S"],
},
// "and a" joins two objects of one verb, not two clauses.
Ex {
    text: "Edwin Kosg outlasted the heat and a strong field to win the Bay Night Marathon on Saturday.",
    published: Some("2025-12-07"),
    yields: &["result of Edwin Kosg position 1"],
},
// "beat X into second (T)".
Ex {
    text: "At the Diamond Half Marathon, Lor Keno won the women's race in 1:14:09. The Defence Force runner beat Zambia's Mary Mwal into second (1:15:30).",
    published: Some("2025-06-15"),
    yields: &["result of Mary Mwal position 2", "result of Mary Mwal finishTime PT1H15M30S"],
},
// A rank before a name is no part of it.
Ex {
    text: "The Harbours Marathon of 1987 was won by Corporal Derek Hin of the garrison.",
    published: Some("2025-10-19"),
    yields: &["result of Derek Hin position 1"],
},
// A word of the sport before the name is no part of it.
    Ex {
        text: "At the Hawassa 10km, Marathoner Alem Fika won the women's race in 2024.",
        published: Some("2025-11-30"),
        yields: &["result of Alem Fika position 1"],
    },
    // A podium goes on past a sentence about a record.
    Ex {
        text: "At the Bay Night Marathon, in the women's race, Pur Jeb defended her title in 2:31:47, a race record. The previous mark had been set by her compatriot Lu Wam in 2019.\n\nEthiopia's Tse Des finished second in 2:32:40, and Japan's Aki Mori (2:38:11) rounded off the podium.",
        published: Some("2025-11-30"),
        yields: &[
            "result of Tse Des race Bay Night Marathon 2025 42.195 Women",
            "result of Aki Mori race Bay Night Marathon 2025 42.195 Women",
        ],
    },
    // A distance of its own carries to the places told right after it.
    Ex {
        text: "Welcome to our live coverage of the Harbour Marathon.\n\nJo Birt has won the men's 10km in a time of 29:44. He is in the form of his life.\n\nHe was followed by Dan Okot in second and Semi Tuil in third.",
        published: Some("2025-08-24"),
        yields: &[
            "result of Jo Birt race Harbour Marathon 2025 10 Men",
            "result of Dan Okot race Harbour Marathon 2025 10 Men",
            "result of Semi Tuil race Harbour Marathon 2025 10 Men",
        ],
    },
    // A later sentence opening on the winner gives the time, past
    // words about them in apposition.
    Ex {
        text: "Marc Teso has won the Lakeside Half Marathon at his fourth attempt.\n\nTeso, 29, a nurse at Ballarat Base Hospital, crossed the line in 1:06:58, ahead of Jack Pell (1:07:22).",
        published: Some("2025-07-06"),
        yields: &["result of Marc Teso finishTime PT1H6M58S"],
    },
    // Places written before the names, a sex word before each run.
    Ex {
        text: "Runners came to the Riverbend Trot on Saturday. 10K overall winners were females; first place Amy Kep, 31, of Coudersport, at 46:12, second place Liz Krin, 17, at 51:40, and males; first place Nat Blo, 27, of Grampian, at 38:21.",
        published: Some("2025-10-14"),
        yields: &[
            "result of Amy Kep race Riverbend Trot 2025 10 Women",
            "result of Amy Kep position 1",
            "result of Amy Kep finishTime PT46M12S",
            "result of Liz Krin race Riverbend Trot 2025 10 Women",
            "result of Liz Krin position 2",
            "result of Nat Blo race Riverbend Trot 2025 10 Men",
            "result of Nat Blo position 1",
        ],
    },
    // Family names alone after the full names, places told by what
    // the runner did to get them.
    Ex {
        text: "At the Lakeview 10 Mile, Dan Okoro, Marc Ell and Ty Bapp ran together. Okoro crossed the line in 46:41 to take the title. Ell took runner-up in 46:47. Bapp closed well to claim third in 47:02. Al Mbe rounded out the top six in 47:58.",
        published: Some("2025-10-05"),
        yields: &[
            "result of Dan Okoro position 1",
            "result of Dan Okoro finishTime PT46M41S",
            "result of Marc Ell position 2",
            "result of Ty Bapp position 3",
            "result of Ty Bapp finishTime PT47M2S",
            "result of Al Mbe position 6",
        ],
    },
    Ex {
        text: "Ethiopia's Almaz Tefera won the women's race of the Lakeside Marathon in 2:21:08, ahead of Ruth Chebet of Kenya, who finished second in 2:21:40.",
        published: Some("2025-04-07"),
        yields: &[
            "result of Almaz Tefera position 1",
            "result of Almaz Tefera finishTime PT2H21M8S",
            "result of Ruth Chebet position 2",
        ],
    },
    Ex {
        text: "Peter Kiprono won the Lakeside Marathon on Sunday, edging out compatriot Daniel Rotich in a sprint.",
        published: Some("2025-04-07"),
        yields: &[
            "result of Peter Kiprono position 1",
            "result of Daniel Rotich position 2",
        ],
    },
    Ex {
        text: "Mary Akinyi was second in the women's race of the Lakeside Marathon in 2:24:10, followed by her compatriot Ruth Wambui.",
        published: Some("2025-04-07"),
        yields: &["result of Ruth Wambui position 3"],
    },
    Ex {
        text: "Kenya's Ivo Rotich has won the Lakeside Marathon after clocking 2 hours 05 minutes and 09 seconds on Sunday. In the women's race, Ada Tanui clocked 2 hours 20 minutes and 37 seconds to bag the title. Eda Koros produced a runaway win in the 10K.",
        published: Some("2025-04-07"),
        yields: &[
            "result of Ivo Rotich position 1",
            "result of Ivo Rotich finishTime PT2H5M9S",
            "result of Ada Tanui position 1",
            "result of Ada Tanui finishTime PT2H20M37S",
            "result of Eda Koros position 1",
        ],
    },
];
