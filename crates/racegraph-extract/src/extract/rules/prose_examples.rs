//! The examples of results in prose ([`super::prose_rule`]): text that
//! must yield the facts given.

use super::registry::Example as Ex;

pub(super) const EXAMPLES: &[Ex] = &[
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
    // word that describes her and sets off a career note.
    Ex {
        text: "Bahrain's Nora Chemu retained her Kibi Vale Women's Marathon title on Sunday.\n\nThe Kenyan-born Chemu, who won Asian Games silver, clocked 2hr 23min 51sec to finish 38 seconds clear of Aya Mori.\n\nTom Mutu won the Kaloleni People's Marathon in 2:14:50.",
        published: Some("2025-11-10"),
        yields: &[
            "result of Nora Chemu race Kibi Vale Women's Marathon 2025 42.195 Women",
            "result of Nora Chemu finishTime PT2H23M51S",
            "result of Tom Mutu race Kaloleni People's Marathon 2025 42.195",
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
    Ex {
        text: "In the women's race of the Lakeside Marathon, Ana Obi (2:46:51) and Eva Lin (2:50:02) won the silver and bronze respectively. Tom Reyes clocked two hours, six minutes and 11 seconds to win the men's race.",
        published: Some("2025-04-07"),
        yields: &[
            "result of Ana Obi position 2",
            "result of Ana Obi finishTime PT2H46M51S",
            "result of Eva Lin position 3",
            "result of Eva Lin finishTime PT2H50M2S",
            "result of Tom Reyes finishTime PT2H6M11S",
        ],
    },
    Ex {
        text: "At the Souss Marathon, Omar Lahcen won in 2h11min07s. In the half marathon, home athletes also dominated. Yassin Amzi won the men's race in 1h02min41s.",
        published: Some("2025-11-24"),
        yields: &[
            "result of Omar Lahcen finishTime PT2H11M7S",
            "result of Yassin Amzi race Souss Marathon 2025 21.0975 Men",
            "result of Yassin Amzi finishTime PT1H2M41S",
        ],
    },
    Ex {
        text: "Alfred Towett stopped the clock at 2hr 31.47min to win the men's race of the Song Lake Marathon. Third place went to Vietnamese runner Lo Van Thang, who clocked in at 2:39.05. The women's half marathon went to Nguyen Que. At the Song Lake Marathon the fastest woman runner was Alma Gem, from Ethiopia, at 2:41:09.",
        published: Some("2025-10-13"),
        yields: &[
            "result of Alma Gem position 1",
            "result of Alfred Towett finishTime PT2H31M47S",
            "result of Lo Van Thang position 3",
            "result of Lo Van Thang finishTime PT2H39M5S",
            "result of Nguyen Que position 1",
        ],
    },
    Ex {
        text: "Eli Sirma won the men's race of the Drava Marathon in 2:09:57, a few seconds ahead of his compatriots Rob Kip Chumba (2:10:20) and Den Kip Korir (2:11:03). Ana Wolde won the women's national marathon title in 2:31:40. In the women's half marathon, Lena Hof was the fastest (1:19:44), followed by Maja Roz (1:20:10) and Reka Far (1:21:03). In the men's half marathon, Tilen Jer won in 1:07:58 and Ivo Mark (1:08:30) was second. In the women's 10km, Ola Seme won in 33:05 ahead of Ugandan compatriots Rita Akol (33:48) and Joy Nabu (34:36).",
        published: Some("2025-10-19"),
        yields: &[
            "result of Joy Nabu position 3",
            "result of Joy Nabu finishTime PT34M36S",
            "result of Rob Kip Chumba position 2",
            "result of Den Kip Korir position 3",
            "result of Den Kip Korir finishTime PT2H11M3S",
            "result of Lena Hof position 1",
            "result of Lena Hof finishTime PT1H19M44S",
            "result of Reka Far position 3",
            "result of Ivo Mark finishTime PT1H8M30S",
        ],
    },
    Ex {
        text: "At the Chebucto Harbour Marathon, the winners of the long race were Pete Ngeno of Kenya (with a time of 2:21:40), Alf Too of Kenya (2:25:09) and Marc Thibo of Halifax (2:37:15). The top women were Kara Douce of Truro, N.S. (2:55:48), Hea MacLel (3:02:19) and Jo Pyke (3:04:57).",
        published: Some("2025-10-06"),
        yields: &[
            "result of Pete Ngeno position 1",
            "result of Alf Too position 2",
            "result of Marc Thibo position 3",
            "result of Marc Thibo finishTime PT2H37M15S",
            "result of Kara Douce race Chebucto Harbour Marathon 2025 42.195 Women",
            "result of Jo Pyke position 3",
        ],
    },
    Ex {
        text: "Mercy Atieno won the women's race of the Rift Half Marathon in 1:09:12. Joy Cheru was first runner-up in 1:09:40, while Lucy Wanza finished second runner-up.",
        published: Some("2025-06-02"),
        yields: &[
            "result of Joy Cheru position 2",
            "result of Joy Cheru finishTime PT1H9M40S",
            "result of Lucy Wanza position 3",
        ],
    },
    Ex {
        text: "Tomas Berg won the men's race of the Fjord Half Marathon in 1:04:10. Lars Vik (1:04:55) and Ole Strand took the minor placings.",
        published: Some("2025-05-12"),
        yields: &[
            "result of Lars Vik position 2",
            "result of Lars Vik finishTime PT1H4M55S",
            "result of Ole Strand position 3",
        ],
    },
    Ex {
        text: "Jo Tak won the men's race of the Strand Marathon in 2:08:40. Felix Kip (2:09:38) and Cairns' Ben Holl took the minor placings. Holl, who was fourth here two years ago, ran 2:10:05.",
        published: Some("2025-07-07"),
        yields: &[
            "result of Ben Holl position 3",
            "result of Ben Holl race Strand Marathon 2025 42.195 Men",
            "result of Ben Holl race Strand Marathon 2023 42.195 Men",
        ],
    },
    Ex {
        text: "Ethiopia's Tad Gebr and Mes Alem clinched the respective elite men's and women's titles at the Ridge Half Marathon here on Sunday.",
        published: Some("2025-12-14"),
        yields: &[
            "result of Tad Gebr race Ridge Half Marathon 2025 21.0975 Men",
            "result of Mes Alem race Ridge Half Marathon 2025 21.0975 Women",
        ],
    },
    // A list after a win in the same sentence, "followed by A and B", with
    // the times after it in order.
    Ex {
        text: "Tad Gebr clocked 1:01:09 to win the men's race at the Ridge Half Marathon, followed by fellow Ethiopian Abe Wold and Kenyan Nic Kosg, who completed their races in 1:01:15 and 1:01:40 respectively. Ned Kiro won the men's 10K, while Mes Alem won the women's race, followed by Hir Dest and Fai Cher.",
        published: Some("2025-12-14"),
        yields: &[
            "result of Tad Gebr position 1",
            "result of Abe Wold position 2",
            "result of Abe Wold finishTime PT1H1M15S",
            "result of Nic Kosg position 3",
            "result of Nic Kosg finishTime PT1H1M40S",
            "result of Hir Dest race Ridge Half Marathon 2025 10 Women",
            "result of Fai Cher position 3",
        ],
    },
    Ex {
        text: "Abd Aton and Haw Ibra emerged winners of the men's and women's 21km races respectively at the third edition of the Savanna Half Marathon held on Saturday.\n\nAton, a student of the Valley University, pulled away after the roundabout and stayed clear to break the tape in 1:06.52.",
        published: Some("2026-03-08"),
        yields: &[
            "result of Abd Aton race Savanna Half Marathon 2026 21.0975 Men",
            "result of Abd Aton finishTime PT1H6M52S",
            "result of Haw Ibra race Savanna Half Marathon 2026 21.0975 Women",
        ],
    },
    Ex {
        text: "Elv Kibi won the Nandi Ridge Marathon on Sunday in 2:12:48. Jap Kipr (2:13:05) and Hil Sang (2:14:30) completed the men's podium in that order.",
        published: Some("2025-10-19"),
        yields: &[
            "result of Jap Kipr position 2",
            "result of Jap Kipr finishTime PT2H13M5S",
            "result of Hil Sang race Nandi Ridge Marathon 2025 42.195 Men",
            "result of Hil Sang position 3",
        ],
    },
    Ex {
        text: "Wil Lang won the men's race of the Hill City Marathon in 2:18:44, while compatriots Den Rono and Amo Kipl took second and third with times of 2'19:31s and 2'21:07s, respectively.",
        published: Some("2025-08-17"),
        yields: &[
            "result of Den Rono position 2",
            "result of Den Rono finishTime PT2H19M31S",
            "result of Amo Kipl position 3",
            "result of Amo Kipl finishTime PT2H21M7S",
        ],
    },
    // A winner named, the time told by a pronoun next; a top woman; a
    // winner's sex not taken from the runner after them.
    Ex {
        text: "At the Oaks Marathon, Mar Dela, 31, from Charleston, was named the men's marathon winner. His time was two hours, 24 minutes and 38 seconds.\n\nIn the half marathon, Jor Whit of Statesboro won in 1:09:55 and Ash Prui of Pooler was the top woman in 1:21:30.\n\nIn the women's race, Cla Donn of Newtown defended her title, clocking 2:34:55.",
        published: Some("2026-03-08"),
        yields: &[
            "result of Mar Dela race Oaks Marathon 2026 42.195 Men",
            "result of Mar Dela finishTime PT2H24M38S",
            "result of Ash Prui race Oaks Marathon 2026 21.0975 Women",
            "result of Ash Prui finishTime PT1H21M30S",
            "result of Cla Donn position 1",
        ],
    },
    // A win as "the runaway winner of"; a place told before the name
    // with its time.
    Ex {
        text: "Dan Kipt of the Falls Athletics Camp was the runaway winner of the Aber Half Marathon in Nyeri, clocking 1:02:11.\n\nJust six seconds behind for second place was Eli Main, while third in 1:02:40 was Uganda's Jac Kipr.",
        published: Some("2025-07-14"),
        yields: &[
            "result of Dan Kipt position 1",
            "result of Dan Kipt finishTime PT1H2M11S",
            "result of Eli Main position 2",
            "result of Jac Kipr position 3",
            "result of Jac Kipr finishTime PT1H2M40S",
        ],
    },
    // Places in the list's order with no word for it; "wound up fourth".
    Ex {
        text: "Eva Muta won the Esplanade Marathon in 2:24:19. Another Kenyan, Noa Kipl, wound up fourth in 2:29:02 and received a bonus. Kenyans Dav Tanu and Vic Kipt took seventh and eighth, while Ram Sote was ninth.",
        published: Some("2025-04-22"),
        yields: &[
            "result of Noa Kipl position 4",
            "result of Noa Kipl finishTime PT2H29M2S",
            "result of Dav Tanu position 7",
            "result of Vic Kipt position 8",
        ],
    },
    // The runner a win was by a margin "from" is second.
    Ex {
        text: "Ethiopia's Daw Hail (46:31) won the men's race of the Harbour Ten Miler by four seconds from Kenya's Ali Kipr (46:35). Bri Omba won the women's race by a stride from Vin Nyab.",
        published: Some("2026-04-06"),
        yields: &[
            "result of Ali Kipr position 2",
            "result of Ali Kipr finishTime PT46M35S",
            "result of Vin Nyab position 2",
        ],
    },
    // Runners after "ahead of" with their club before their time.
    Ex {
        text: "Mos Cher, running for the Luzira Prisons Athletics Club, won the 42KM race of the Nile Source Marathon in 2 hours, 14 minutes and 52 seconds, ahead of Joe Ayeb of Kapchorwa Athletics Club (2:15:40) and Kenyan Den Rutt (2:17:05).",
        published: Some("2025-06-29"),
        yields: &[
            "result of Joe Ayeb position 2",
            "result of Joe Ayeb finishTime PT2H15M40S",
            "result of Den Rutt position 3",
            "result of Den Rutt finishTime PT2H17M5S",
        ],
    },
    // "ahead of B and C" closing a winner's sentence: second and third.
    Ex {
        text: "In the women's race of the Nile Source Marathon, Jul Akel won in 2:38:19, ahead of Prisons' Ann Chel and Win Koko.",
        published: Some("2025-06-29"),
        yields: &[
            "result of Ann Chel race Nile Source Marathon 2025 42.195 Women",
            "result of Ann Chel position 2",
            "result of Win Koko position 3",
        ],
    },
    Ex {
        text: "Kenyans Den Rotich and Esi Jeptoo won the men's and women's titles respectively at the Coast Marathon on Sunday.",
        published: Some("2025-10-12"),
        yields: &[
            "result of Den Rotich race Coast Marathon 2025 42.195 Men",
            "result of Den Rotich position 1",
            "result of Esi Jeptoo race Coast Marathon 2025 42.195 Women",
            "result of Esi Jeptoo position 1",
        ],
    },
    Ex {
        text: "Ed Kip won the Spires 10K in 29:02. Yon Berhe, 24, of Silver Spring, was second in 29:31; third was Ty Grimes, 30, of Hagerstown (29:48). Lu Wanjiku, 27, of Boise, Idaho, won the women's race in 33:56, followed by Bro Hensley, 31, of Frederick (34:40).",
        published: Some("2025-05-11"),
        yields: &[
            "result of Bro Hensley position 2",
            "result of Bro Hensley finishTime PT34M40S",
            "result of Lu Wanjiku position 1",
            "result of Yon Berhe position 2",
            "result of Yon Berhe finishTime PT29M31S",
            "result of Ty Grimes position 3",
        ],
    },
    Ex {
        text: "Ed Kip won the Spires 10K in 29:02. Yon Berhe of Rockville was second in 29:31. Lu Wanjiku of D.C. won the women's race in 33:56.",
        published: Some("2025-05-11"),
        yields: &[
            "result of Yon Berhe position 2",
            "result of Lu Wanjiku position 1",
            "result of Lu Wanjiku finishTime PT33M56S",
        ],
    },
    Ex {
        text: "Stav Kyri won the Thermaikos Marathon on Sunday in 2:18:05. Second was Pan Drou in 2:21:40. The first woman across the finish line was Greece's Ele Papa, who was 31st overall with a time of 2:49:33.",
        published: Some("2025-11-10"),
        yields: &[
            "result of Ele Papa race Thermaikos Marathon 2025 42.195 Women",
            "result of Ele Papa position 1",
            "result of Pan Drou race Thermaikos Marathon 2025 42.195 Men",
        ],
    },
    Ex {
        text: "Tyl Okon won the men's race of the Falls Marathon in 2:17:48. Bri Castel, 33, won the women's marathon in 2:39:15. Kel Marchet, 29, of Portland, Ore., finished second in 2:41:50.",
        published: Some("2025-05-04"),
        yields: &[
            "result of Bri Castel position 1",
            "result of Bri Castel finishTime PT2H39M15S",
            "result of Kel Marchet position 2",
        ],
    },
    Ex {
        text: "Ryan Ash won the men's race of the Calder Brook 10K, coming home in 31.07 to take the title.",
        published: Some("2025-09-14"),
        yields: &["result of Ryan Ash finishTime PT31M7S"],
    },
    Ex {
        text: "At the Cove Highlands Marathon, Elia Qam won the men's 42km race after clocking 02:15:47. The second and third places in the category went to Kenya's Nic Kipli and Jos Bett, who spent 2 hours, 16 minutes and 20 seconds and 2 hours, 17 minutes and 2 seconds respectively.",
        published: Some("2026-02-23"),
        yields: &[
            "result of Nic Kipli position 2",
            "result of Nic Kipli finishTime PT2H16M20S",
            "result of Jos Bett position 3",
            "result of Jos Bett race Cove Highlands Marathon 2026 42.195 Men",
        ],
    },
    Ex {
        text: "At the Cove Marathon, Aki Hama held off Havelock North's Ren Voss by almost three minutes to win in 3hrs 04min 17secs. Cor Ash eased away from Kun Pras to win the men's race by two minutes in 2:38:12.",
        published: Some("2025-03-02"),
        yields: &[
            "result of Aki Hama position 1",
            "result of Aki Hama finishTime PT3H4M17S",
            "result of Cor Ash race Cove Marathon 2025 42.195 Men",
            "result of Cor Ash finishTime PT2H38M12S",
        ],
    },
    Ex {
        text: "At the Cove Half Marathon, Moses Ron won the men's race in 1:09:44. He was followed by Vietnamese competitors Trang Sung at 1:12:30 and Vi Phuc at 1:12:38.",
        published: Some("2025-10-13"),
        yields: &[
            "result of Trang Sung position 2",
            "result of Trang Sung finishTime PT1H12M30S",
            "result of Vi Phuc position 3",
            "result of Vi Phuc race Cove Half Marathon 2025 21.0975 Men",
        ],
    },
    Ex {
        // A sentence that opens on a known runner goes on about her race.
        text: "At the Cove Bay Half Marathon, Phil Kipro and Nao Jepko took the men's and women's titles respectively. Kipro won in 63:48. Jepko won in 71:05, with fellow Kenyans Ivy Chero and Edna Kima completing the podium.",
        published: Some("2025-06-09"),
        yields: &[
            "result of Ivy Chero race Cove Bay Half Marathon 2025 21.0975 Women",
            "result of Edna Kima position 3",
        ],
    },
    Ex {
        // A title held, set off after the name: a win that year too.
        text: "At the Cove Hills 15K on Sunday, Ed Kipto, also the 2023 champion, won the men's race in 44:12. Mere Tau ran 51:30 to win the women's race. Aro Kin rounded out the podium in 53:48.",
        published: Some("2025-03-02"),
        yields: &[
            "result of Ed Kipto race Cove Hills 15K 2023 15 Men",
            "result of Ed Kipto race Cove Hills 15K 2025 15 Men",
            "result of Mere Tau position 1",
            "result of Aro Kin position 3",
        ],
    },
    Ex {
        // One-sentence paragraphs of a local paper.
        text: "Eric Koe powered away to win today's Cove Valley Marathon in 2:17:44.\n\nCompatriot Dan Cheru took second in 2:19:02 and three-time winner Joel Kimu completed the rostrum places in 2:21:50.\n\nAnother Kenyan, Caro Jepko, was first past the post among the women, stopping the clock at 2:39:31.\n\nLast year's winner, Aoife Dev, from Dromore, took second in 2:41:08.",
        published: Some("2025-05-05"),
        yields: &[
            "result of Eric Koe position 1",
            "result of Joel Kimu position 3",
            "result of Caro Jepko race Cove Valley Marathon 2025 42.195 Women",
            "result of Aoife Dev race Cove Valley Marathon 2025 42.195 Women",
        ],
    },
    Ex {
        text: "Kez Noel won the women's race of the 9th Cove Unity 10-K on Sunday in 38:55.",
        published: Some("2025-10-06"),
        yields: &["result of Kez Noel race Cove Unity 10-K 2025 10 Women"],
    },
    Ex {
        // The runner's own clause names the race, not the one before.
        text: "At the Bayline Marathon weekend, Sue Whit was second woman in the half-marathon at 1:22:55, and Hank Ell was ninth in the men's marathon in 2:58:03.",
        published: Some("2025-01-27"),
        yields: &["result of Hank Ell race Bayline Marathon 2025 42.195 Men"],
    },
    Ex {
        // A nation's race name before "champions" is a championship;
        // "ahead of X" goes on from the winner the sentence names.
        text: "Rhys Pross and Meg Lloy became Welsh Half Marathon champions at the Cove Bay Half Marathon on Sunday. In the overall race Phil Kipro and Nao Jepko led a Kenyan clean sweep, taking the men's and women's titles respectively. Kipro crossed the line in 63:48, ahead of compatriots Isa Roti (64:02) and Ben Maiy (64:30).",
        published: Some("2025-06-09"),
        yields: &[
            "result of Phil Kipro race Cove Bay Half Marathon 2025 21.0975 Men",
            "result of Nao Jepko race Cove Bay Half Marathon 2025 21.0975 Women",
            "result of Isa Roti race Cove Bay Half Marathon 2025 21.0975 Men",
            "result of Isa Roti position 2",
        ],
    },
    Ex {
        text: "At the Lakeside Marathon, in the men's race, Kenyans Hal Kip (two hours, 17 minutes and 2 seconds), Evan Kir (2:18:40s) and Joe Ndu (2:21:09s) filled the first three places.",
        published: Some("2025-11-16"),
        yields: &[
            "result of Hal Kip position 1",
            "result of Hal Kip finishTime PT2H17M2S",
            "result of Joe Ndu position 3",
        ],
    },
    Ex {
        text: "Eddie Kos of Kenya outlasted a strong field to win the Lakeside Marathon on Saturday in 2:14:51. In the women's race, Pia Jeb defended her title in 2:31:47.",
        published: Some("2025-12-07"),
        yields: &[
            "result of Eddie Kos position 1",
            "result of Pia Jeb position 1",
            "result of Pia Jeb race Lakeside Marathon 2025 42.195 Women",
        ],
    },
    Ex {
        text: "In the women's race of the Lakeside Marathon, Ada Sang won in 2:31:48, as Ana Awe and Rita Sanka finished second and third in 2:33:02 and 2:33:40, respectively.",
        published: Some("2026-02-23"),
        yields: &[
            "result of Ana Awe position 2",
            "result of Ana Awe finishTime PT2H33M2S",
            "result of Rita Sanka position 3",
            "result of Rita Sanka finishTime PT2H33M40S",
        ],
    },
    Ex {
        text: "Wen Tao won the Lakeside Marathon. The women's race saw Kenyan runners Mercy Jelimo and Ruth Chebet take the top two spots in 2:27:35 and 2:28:02, respectively.",
        published: Some("2025-10-19"),
        yields: &[
            "result of Mercy Jelimo position 1",
            "result of Mercy Jelimo finishTime PT2H27M35S",
            "result of Ruth Chebet position 2",
            "result of Ruth Chebet finishTime PT2H28M2S",
            "result of Ruth Chebet race Lakeside Marathon 2025 42.195 Women",
        ],
    },
    Ex {
        text: "Jomar Abellana won the Queen City Marathon. Kenya's Esther Mwangi topped the women's division, finishing in three hours, four minutes, and 50 seconds.\n\nLiezel Cabatingan placed second in 3:12:07.\n\nIn the 10K, Arnel Dacalos led the men in 33:21. Mary Sumalinog was the quickest female in 41:27.",
        published: Some("2025-10-14"),
        yields: &[
            "result of Esther Mwangi position 1",
            "result of Esther Mwangi finishTime PT3H4M50S",
            "result of Liezel Cabatingan race Queen City Marathon 2025 42.195 Women",
            "result of Arnel Dacalos position 1",
            "result of Mary Sumalinog position 1",
        ],
    },
    Ex {
        text: "Tom Kipa beat Wilson Lagat, who was second in 2:34:47, and Rodel Baclayon, who finished third (2:35:20), in the men's division of the Queen City Marathon.",
        published: Some("2025-10-14"),
        yields: &["result of Wilson Lagat race Queen City Marathon 2025 42.195 Men"],
    },
    Ex {
        text: "Abebe Dinkesa, who won the Lakeside Marathon a year ago in 2:09:31, stepped off the course before 30km.",
        published: Some("2025-10-19"),
        yields: &[
            "result of Abebe Dinkesa race Lakeside Marathon 2024 42.195",
            "result of Abebe Dinkesa status DidNotFinish",
        ],
    },
    Ex {
        text: "Edwin Too won the Cedar Run 10K in 29.41. Wesley Chelimo was runner-up in 30.05, twelve hours after winning the Elite Mile.\n\nMegan Arsen was the first woman and 8th finisher overall, stopping the clock at 35.02. Kasia Wojcik was second woman in 35.40.",
        published: Some("2026-03-01"),
        yields: &[
            "result of Edwin Too finishTime PT29M41S",
            "result of Wesley Chelimo finishTime PT30M5S",
            "result of Megan Arsen position 1",
            "result of Megan Arsen finishTime PT35M2S",
            "result of Megan Arsen race Cedar Run 10K 2026 10 Women",
            "result of Kasia Wojcik race Cedar Run 10K 2026 10 Women",
        ],
    },
    Ex {
        text: "Kay Roes was eighth in the women's race of the Bow River Marathon. \"I ran the 10K here last year,\" said Roes, who was the 21st woman in that race.",
        published: Some("2025-06-02"),
        yields: &["result of Kay Roes race Bow River Marathon 2024 10 Women"],
    },
    Ex {
        text: "Jack Tennis led the half-marathon field home at the Hobart Harbour Run. Zach Nolan won the men's 10 kilometres in 31.58, and Vicky Mayhew was first woman home in 35.09.",
        published: Some("2025-07-14"),
        yields: &[
            "result of Jack Tennis position 1",
            "result of Jack Tennis race Hobart Harbour Run 2025 21.0975",
            "result of Zach Nolan finishTime PT31M58S",
            "result of Vicky Mayhew position 1",
            "result of Vicky Mayhew finishTime PT35M9S",
            "result of Vicky Mayhew race Hobart Harbour Run 2025 10 Women",
        ],
    },
    Ex {
        text: "Ada Sang won the Kwara Unity 10km Road Race in 32.40 minutes. Ethiopian Biz Dereje was second with 33.05 minutes.",
        published: Some("2025-05-25"),
        yields: &[
            "result of Ada Sang finishTime PT32M40S",
            "result of Biz Dereje finishTime PT33M5S",
        ],
    },
    Ex {
        text: "Ethiopia's Tesfa Getachew broke the course record on his way to winning the Cream City Marathon men's race on Sunday. Haile Berhanu held on for second in 2:09.58. Behind them was Tyler Brand, 33, of Charlotte, N.C., who kept hold of third place.",
        published: Some("2025-10-05"),
        yields: &[
            "result of Tesfa Getachew position 1",
            "result of Haile Berhanu finishTime PT2H9M58S",
            "result of Tyler Brand position 3",
        ],
    },
    Ex {
        text: "Kenya's Dom Kiprotich and Faith Sang on Saturday took the men's and women's honours respectively at the Kwara Unity 10km Road Race.",
        published: Some("2025-05-25"),
        yields: &[
            "result of Dom Kiprotich race Kwara Unity 10km Road Race 2025 10 Men",
            "result of Faith Sang race Kwara Unity 10km Road Race 2025 10 Women",
        ],
    },
    Ex {
        text: "At the Harborough Canal Half Marathon, winner Cal Brierley and runner-up Josh Adeyemi pulled clear after eight miles. The first female was Becky Tolland, just ahead of second placed athlete Hannah Greaves.",
        published: Some("2025-06-02"),
        yields: &[
            "result of Cal Brierley position 1",
            "result of Josh Adeyemi position 2",
            "result of Hannah Greaves position 2",
        ],
    },
    Ex {
        text: "Kay Roes was eighth among the women at the Bow River Marathon. Mac Dube of Red Deer was third among Canadians and 12th among the women in 2:52:40.",
        published: Some("2025-06-02"),
        yields: &[
            "result of Mac Dube position 12",
            "result of Mac Dube finishTime PT2H52M40S",
        ],
    },
    Ex {
        text: "Isaac Langat (27, Kenya) won the Cheongju Musimcheon Marathon on Sunday. Dawit Tesfaye (29, Ethiopia, a time of 2:08:47), who ranked second, also ran a personal best.",
        published: Some("2025-10-26"),
        yields: &[
            "Isaac Langat nationality Kenya",
            "result of Dawit Tesfaye position 2",
            "result of Dawit Tesfaye finishTime PT2H8M47S",
        ],
    },
];
