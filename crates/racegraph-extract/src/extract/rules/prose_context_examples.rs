//! More examples of results in prose ([`super::prose_rule`]), in the same
//! form as [`super::prose_examples`]: those where the context decides (the
//! race a paragraph opens on, the year of a title, a runner's own race of
//! another time, a club before a runner's name).

use super::registry::Example as Ex;

pub(super) const EXAMPLES: &[Ex] = &[
    // "The first lady to finish was X": the women's winner.
    Ex {
        text: "Cove Valley Half Marathon\n\nTom Pell won the Cove Valley Half Marathon on Sunday in 1:12:40. The first lady to finish was Dem Hock of Cove Pacers in 1:29:51.",
        published: Some("2025-03-10"),
        yields: &["result of Dem Hock race Cove Valley Half Marathon 2025 21.0975 Women"],
    },
    // A winner's time told after, "covered the rolling seafront course
    // in T": words between "the" and "course".
    Ex {
        text: "Gid Maiy of Kenya won the 14th Cove Carnival Marathon on Sunday.\n\nMaiy went away from a pack of five shortly after the 30-kilometer mark and covered the rolling seafront course in 2 hours 11 minutes and 40 seconds.",
        published: Some("2026-03-02"),
        yields: &["result of Gid Maiy finishTime PT2H11M40S"],
    },
    // A winner's time told after, "pulled away … to finish in T".
    Ex {
        text: "Cove Bay Half Marathon\n\nCove's Pet Shik won the men's title at the 12th Cove Bay Half Marathon on Saturday.\n\nShik, 27, pulled away in the final three kilometres along Harbour Avenue to finish in 1:03:22, his first win in the race.",
        published: Some("2026-09-14"),
        yields: &["result of Pet Shik finishTime PT1H3M22S"],
    },
    // A runner's club and time in one pair of brackets ("ahead of B
    // (Lansdown Hill Runners, 2:44:02)"): the time is theirs.
    Ex {
        text: "Cove Edge Marathon\n\nThe men's race was won by Owe Prit (Gower Striders) in 2:41:30, ahead of Mar Elle (Lansdown Hill Runners, 2:44:02) and our own chairman, Ste Lang, who ran 2:46:15 for third.",
        published: Some("2026-05-11"),
        yields: &["result of Mar Elle finishTime PT2H44M2S"],
    },
    // Or "won in T from B (Club, T2)".
    Ex {
        text: "Cove Path 10K\n\nIn the men's race, Osi Jenk (Tywi AC) won in 31:22 from Huw Morg (Gower Road Runners, 31:40).",
        published: Some("2026-05-11"),
        yields: &["result of Huw Morg finishTime PT31M40S"],
    },
    // A ranked list under no heading that names a race gives no result
    // of its own, but the time of the runner the prose put in that place.
    Ex {
        text: "Cove Lake Half Marathon\n\nIn the men's race Daw Wold came in first while Get Tami was second.\n\nPosition Athlete Name Time\n1 Daw Wold 1:02:58\n2 Get Tami 1:03:06\n3 Bir Lege 1:03:21",
        published: Some("2026-02-23"),
        yields: &[
            "result of Daw Wold finishTime PT1H2M58S",
            "result of Get Tami finishTime PT1H3M6S",
        ],
    },
    // Bullets under a heading of one sex ("Women" over "• Half Marathon:
    // X won in T"): that sex's results.
    Ex {
        text: "Cove Bay Marathon\n\nMen\n  • Full Marathon: Den Kipr won in 02:14:20.\n\nWomen\n  • Half Marathon (21.1KM): Gra Mutu won in 01:16:22.\n  • 10KM Race: Sar Hadd crossed the line first in 00:37:40.",
        published: Some("2026-02-21"),
        yields: &[
            "result of Gra Mutu race Cove Bay Marathon 2026 21.0975 Women",
            "result of Sar Hadd race Cove Bay Marathon 2026 10 Women",
            "result of Den Kipr race Cove Bay Marathon 2026 42.195 Men",
        ],
    },
    // "emerged victorious", "triumphed with a stellar time of T": wins.
    Ex {
        text: "Cove Bay Half Marathon\n\nYus Dose emerged victorious in the men's race in 1:05:47. Gra Mutu triumphed with a stellar time of 1:16:22 in the women's race.",
        published: Some("2026-02-21"),
        yields: &[
            "result of Yus Dose position 1",
            "result of Yus Dose finishTime PT1H5M47S",
            "result of Gra Mutu position 1",
            "result of Gra Mutu finishTime PT1H16M22S",
        ],
    },
    // "triumphed with a result of T": a win.
    Ex {
        text: "Cove Olive Marathon\n\nNik Vujo won the 12th Cove Olive Marathon today.\n\nVujo triumphed with a result of two hours, 41 minutes and 5 seconds.",
        published: Some("2026-10-25"),
        yields: &["result of Nik Vujo finishTime PT2H41M5S"],
    },
    // "was the quickest woman over the marathon distance in T": the
    // women's win, and the places told right after are of that race.
    Ex {
        text: "Cove Marathon\n\nTad Paul won the men's race in 2:26:31.\n\nEstonia's Ker Tamm was the quickest woman over the marathon distance in 2:58:40. Latvia's Ilz Krum and Dac Vito took second and third.",
        published: Some("2026-08-09"),
        yields: &[
            "result of Ker Tamm position 1",
            "result of Ker Tamm race Cove Marathon 2026 42.195 Women",
            "result of Dac Vito race Cove Marathon 2026 42.195 Women",
        ],
    },
    // A race the article's race qualifies runners for ("the Boston
    // Marathon qualifier") opens no section about that race.
    Ex {
        text: "Cove Harbour Marathon sees first-time winner\n\nThe Cove Harbour Marathon on Sunday saw a first-timer finish first overall.\n\nRunners were treated to sunshine and a light breeze for the Boston Marathon qualifier.\n\nLuc Arse took first place in the men's race in 2:33:10.",
        published: Some("2026-05-18"),
        yields: &["result of Luc Arse race Cove Harbour Marathon 2026 42.195 Men"],
    },
    // A title of an earlier edition in apposition ("…, winner of the last
    // Oran Marathon, …") names no race of the paragraph.
    Ex {
        text: "Cove Hills Marathon: no new record\n\nHeld last Saturday, the eighth Cove Hills Marathon gathered nearly 3,000 participants.\n\nIn the men's Marathon, victory went to the Ethiopian Abe Tade in 2h 12 min 40 s, followed by his compatriot Keb Work, winner of the last Oran Marathon, while the Algerian Yac Bela came third with a time of 2h 14 min 05 s.",
        published: Some("2026-03-16"),
        yields: &["result of Yac Bela race Cove Hills Marathon 2026 42.195 Men"],
    },
    // A race a runner is set to run next opens no section about it.
    Ex {
        text: "Marufu rules Cove Kopje Marathon\n\nTak Marufu won the men's race of the Cove Kopje Marathon yesterday in 2 hours 16 minutes 50 seconds.\n\nNext, Marufu is set to run the Vumba Half Marathon, where he is the defending champion.\n\nIn the women's race, Rum Chaza won in 2 hours 52 minutes 8 seconds.",
        published: Some("2026-11-16"),
        yields: &["result of Rum Chaza race Cove Kopje Marathon 2026 42.195 Women"],
    },
    // Other winners told after a podium ("…, with winners of the 10 km
    // and the family run also honoured") give it no distance.
    Ex {
        text: "Cove Coastal Half Marathon\n\nIn the women's race, Ethiopian runner Hiw Gebr secured first place with a time of 1:15:36, followed by her compatriot Mes Tola in second place with a time of 1:16:50, with winners of the 10 km and the family run also honoured.",
        published: Some("2026-10-19"),
        yields: &["result of Hiw Gebr race Cove Coastal Half Marathon 2026 21.0975 Women"],
    },
    // "A won …, while in second and third placings were B and C with times
    // of T1 and T2, respectively": the winner's clause ends at the turn,
    // the places go in order, and a fourth place after them is of the
    // same race.
    Ex {
        text: "Cove Rejang Marathon\n\nVin Lang headed a Kenyan clean sweep of the Men's Open race, winning in 2:24:11, while in second and third placings were Jos Njor and Hil Too with times of 2:25:30 and 2:29:02, respectively.\n\nIn fourth place was another Kenyan, Kim Gita, who completed the race in 2:41:17.",
        published: Some("2026-10-04"),
        yields: &[
            "result of Vin Lang position 1",
            "result of Jos Njor position 2",
            "result of Jos Njor finishTime PT2H25M30S",
            "result of Hil Too position 3",
            "result of Kim Gita race Cove Rejang Marathon 2026 42.195 Men",
        ],
    },
    // A people's plural after "the" before the runners ("followed by the
    // Moroccans A (T1) and B (T2)") is their description, not a thing's
    // name.
    Ex {
        text: "Cove Mogador Marathon\n\nDan Kipt won the men's race in 2h11mn09, followed by the Moroccans Hic Bouc (2h11mn52s) and Yan Lahc (2h12mn40s).",
        published: Some("2026-10-26"),
        yields: &["result of Hic Bouc position 2", "result of Yan Lahc position 3"],
    },
    // "clocked T to head a Kenyan 1-2-3-4": a win.
    Ex {
        text: "Cove City Marathon\n\nBri Kips clocked two hours, 13 minutes and 27 seconds to head a Kenyan 1-2-3-4 over 42km yesterday.",
        published: Some("2026-11-23"),
        yields: &["result of Bri Kips position 1", "result of Bri Kips finishTime PT2H13M27S"],
    },
    // "ahead of the Beninese B (T2) and the Togolese C (T3)": a people's
    // word after "the" before each runner; the sentence's opening sex
    // ("Among the men,") before that of a win told earlier.
    Ex {
        text: "Cove Solidarity Marathon\n\nOver 42.195 km, Bio Mari won the women's race in 3:32:03. Among the men, the Ghanaian Kwa Owus dominated from start to finish and covered the course in 2:35:50, ahead of the Beninese Dos Gben (2:46:53) and the Togolese Kom Agbe (2:48:10).",
        published: Some("2026-03-02"),
        yields: &["result of Dos Gben race Cove Solidarity Marathon 2026 42.195 Men"],
    },
    Ex {
        text: "Cove Lagoon Marathon\n\nIn the men's race, Pie Vent won in 2:38:14, ahead of the local Wil Lebo and the German Mar Seid.",
        published: Some("2026-10-20"),
        yields: &["result of Wil Lebo position 2", "result of Mar Seid position 3"],
    },
    // "the 21km titles and Shs5m each went to A among the men and B among
    // the women": a prize told with the titles.
    Ex {
        text: "Cove City Marathon\n\nBri Kips won the marathon in 2:13:27.\n\nElsewhere, the 21km titles and Shs5m each went to Jac Kipl among the men and Est Koko among the women.",
        published: Some("2026-11-23"),
        yields: &[
            "result of Jac Kipl race Cove City Marathon 2026 21.0975 Men",
            "result of Est Koko race Cove City Marathon 2026 21.0975 Women",
        ],
    },
    // "First woman to finish was an Ethiopian, X": a people's word and a
    // comma between the verb and the name.
    Ex {
        text: "Cove Beach Marathon\n\nKenyan runner Jos Kipr won the ninth Cove Beach Marathon on Sunday.\n\nFirst woman to finish was an Ethiopian, Tig Beke, who placed 11th overall (2:38.12).",
        published: Some("2026-08-09"),
        yields: &[
            "result of Tig Beke race Cove Beach Marathon 2026 42.195 Women",
            "result of Tig Beke position 1",
        ],
    },
    // "collected the US$2,000 winner's cheque": a win.
    Ex {
        text: "Cove Heritage Half-Marathon\n\nAmong the women, American runner Gra Okaf collected the US$2,000 winner's cheque after a run of 1:18:46.0.",
        published: Some("2026-11-02"),
        yields: &[
            "result of Gra Okaf race Cove Heritage Half-Marathon 2026 21.0975 Women",
            "result of Gra Okaf position 1",
        ],
    },
    // "was the women's marathon champion": a win of that race.
    Ex {
        text: "Cove Corniche Marathon\n\nBer Kipl won the Full Marathon in 2:17:44.\n\nMuscat resident Tig Work (02:51:05) was the women's marathon champion.",
        published: Some("2026-01-24"),
        yields: &[
            "result of Tig Work race Cove Corniche Marathon 2026 42.195 Women",
            "result of Tig Work position 1",
            "result of Tig Work finishTime PT2H51M5S",
        ],
    },
    // A race named with its distance in words and the plural ("the Cove
    // Ten Miles"): ten miles.
    Ex {
        text: "Jen Verh won the Cove Ten Miles in 47:58.",
        published: Some("2026-04-27"),
        yields: &["result of Jen Verh race Cove Ten Miles 2026 16.0934"],
    },
    // "Just as with the women, …": a comparison names no race.
    Ex {
        text: "Cove Harbour Marathon\n\nIn the women's race, Ing Lund comes out on top, in 2h58'41\".\n\nIn the men's race, Eir Solh wins in 2h29'08\". Just as with the women, the whole podium is Norwegian, since he finishes in front of his compatriots Ola Rygg, second with a time of 2h31'50\".",
        published: Some("2026-04-27"),
        yields: &["result of Ola Rygg race Cove Harbour Marathon 2026 42.195 Men", "result of Ola Rygg position 2"],
    },
    // "A, B, C, D, E and F took the fifth to 10th positions": a range of
    // places, as many as the runners, in order.
    Ex {
        text: "Cove Coastal Marathon\n\nJos Lang won the men's race in 2:22:05. In fourth place was another Kenyan, Dom Sang, who came home in 2:36:10. Malaysians Moh Rahi, Lim Wei, Jef Gumb, Sta Maji, Azl Sula and Rog Kims took the fifth to 10th positions.",
        published: Some("2026-10-04"),
        yields: &[
            "result of Moh Rahi position 5",
            "result of Lim Wei race Cove Coastal Marathon 2026 42.195 Men",
            "result of Rog Kims position 10",
        ],
    },
    // "became champion among the men" is a win; "A (T1) and B (T2) were
    // the fastest man and woman", the two winners in that order.
    Ex {
        text: "Cove Bay Marathon\n\nIn the full marathon's elite section, Jos Tanu of Kenya became champion among the men, while the women's crown went to Tse Alem of Ethiopia.\n\nIn the half marathon, Nic Ferr (1:07:22) and Ele Bian (1:18:09) were the fastest man and woman.",
        published: Some("2026-02-08"),
        yields: &[
            "result of Jos Tanu race Cove Bay Marathon 2026 42.195 Men",
            "result of Jos Tanu position 1",
            "result of Nic Ferr race Cove Bay Marathon 2026 21.0975 Men",
            "result of Ele Bian race Cove Bay Marathon 2026 21.0975 Women",
            "result of Ele Bian finishTime PT1H18M9S",
        ],
    },
    // A paragraph that opens "Among Slovenian women," speaks of the
    // women's race, though its first sentence tells a national title.
    Ex {
        text: "Cove Marathon\n\nTim Kip won the Cove Marathon on Sunday in 2:10:48.\n\nAmong Slovenian women, Pet Zork finished the race in seventh place in 2:52:10 to win the women's national title. Moj Lesj was eighth (2:58:30) and Tin Gol (3:02:11) ninth.",
        published: Some("2026-04-12"),
        yields: &[
            "result of Moj Lesj race Cove Marathon 2026 42.195 Women",
            "result of Moj Lesj position 8",
            "result of Tin Gol race Cove Marathon 2026 42.195 Women",
        ],
    },
    // "Over 10 km the winners were A (T1) and B (T2)": the men's and
    // the women's winners of that distance, the faster the men's, not a
    // first and a second; "In the half marathon A (T1) and B (T2)
    // triumphed": the same.
    Ex {
        text: "Cove Lighthouse Marathon\n\nOver 10 km the winners were Tom Vasil (31:58) and Ann Mikal (35:47).\n\nIn the half marathon Dan Stank (1:09:40) and Lau Zuka (1:19:22) triumphed.",
        published: Some("2026-07-27"),
        yields: &[
            "result of Tom Vasil race Cove Lighthouse Marathon 2026 10 Men",
            "result of Ann Mikal race Cove Lighthouse Marathon 2026 10 Women",
            "result of Ann Mikal position 1",
            "result of Dan Stank race Cove Lighthouse Marathon 2026 21.0975 Men",
            "result of Lau Zuka race Cove Lighthouse Marathon 2026 21.0975 Women",
        ],
    },
    // "took the titles in the men's and women's elite races": in that
    // order.
    Ex {
        text: "Cove Half Marathon\n\nThe 20th Cove Half Marathon ended on Sunday with a home double: Tim Obua (UGA) and Ann Nabu (UGA) took the titles in the men's and women's elite races.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Tim Obua race Cove Half Marathon 2025 21.0975 Men",
            "result of Ann Nabu race Cove Half Marathon 2025 21.0975 Women",
            "result of Ann Nabu position 1",
        ],
    },
    // "The men's and women's 10km races were won by A (T1) and B (T2)
    // respectively": each the winner of the race named in that order.
    Ex {
        text: "Cove Half Marathon\n\nThe men's and women's 10km races were won by Tim Obua of Gulu (32:14) and Ann Nabu (39:02) respectively.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Tim Obua race Cove Half Marathon 2025 10 Men",
            "result of Tim Obua finishTime PT32M14S",
            "result of Ann Nabu race Cove Half Marathon 2025 10 Women",
            "result of Ann Nabu position 1",
            "result of Ann Nabu finishTime PT39M2S",
        ],
    },
    // "won the men's and women's 12km races": the distance of both
    // winners' races, whatever the article's main race.
    Ex {
        text: "Cove Half Marathon\n\nTim Obua and Ann Nabu won the men's and women's 12km races in 39:10 and 43:40.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Tim Obua race Cove Half Marathon 2025 12 Men",
            "result of Tim Obua finishTime PT39M10S",
            "result of Ann Nabu race Cove Half Marathon 2025 12 Women",
        ],
    },
    // "on Saturday, 14th June": an ordinal before a month is the race's
    // day, not the winner's place.
    Ex {
        text: "Okot wins the Lira Hills Half Marathon\n\nUganda's Peter Okot won the 2025 Lira Hills Half Marathon on Saturday, 14th June in Lira city.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Peter Okot race Lira Hills Half Marathon 2025 21.0975",
            "result of Peter Okot position 1",
        ],
    },
    // "led the marathon from gun to tape" is a win; a runner's race of
    // another time ("his Cove 10 Mile win of last month") is not the
    // race of his result.
    Ex {
        text: "Cove Banks Marathon\n\nIn ideal conditions, Dar Pop, of Cove Harriers, led the marathon from gun to tape in 2:25:40. Kev Dore, of Cove Striders, added the half marathon title to his Cove 10 Mile win of last month, winning in 1:09:02.",
        published: Some("2025-10-21"),
        yields: &[
            "result of Dar Pop race Cove Banks Marathon 2025 42.195",
            "result of Dar Pop position 1",
            "result of Kev Dore race Cove Banks Marathon 2025 21.0975",
        ],
    },
    // "2024 race winner X came through as the runner up": the year is
    // the title's, the place this year's.
    Ex {
        text: "Race Recap\n\nClose to 700 runners turned out on Sunday for the Cove Pantry Road Races. Rya Pell took a comfortable win as he covered the course in 15:38. 2024 race winner Dre Kow came through as the runner up in 16:41. On the women's side, Lin Marr broke the tape in 17:55.",
        published: Some("2025-04-15"),
        yields: &[
            "result of Dre Kow race Cove Pantry Road Races 2025 Men",
            "result of Dre Kow position 2",
            "result of Lin Marr race Cove Pantry Road Races 2025 Women",
        ],
    },
    // "The 10k lacked …": a paragraph that opens on a distance gives it
    // to the results after it; "Cove City Strider X" is a club's runner.
    Ex {
        text: "Cove Pantry Road Races Recap\n\nClose to 700 runners turned out on Sunday for the Cove Pantry Road Races, which offered a choice of a 5k or a 10k. Most of the fast runners went for the 5k. Local triathlon standout and Cove City Strider Ron Cato won the 5k as he covered the rolling course in 15:38. On the women's side, Lin Marr broke the tape in 17:55.\n\nThe 10k lacked the points but still produced some good running. Kev Lali of the Cove Road Runners took the overall win in the longer race in 37:29.",
        published: Some("2025-04-15"),
        yields: &[
            "result of Ron Cato race Cove Pantry Road Races 2025 5 Men",
            "result of Ron Cato finishTime PT15M38S",
            "result of Kev Lali race Cove Pantry Road Races 2025 10 Men",
            "result of Kev Lali position 1",
        ],
    },
    // "2022 conference champion X finished 18th": the year is the
    // title's, the place of the race at hand.
    Ex {
        text: "Alumni News\n\nColl Bray finished seventh in the men's race at the 2025 Cove River Marathon in 2:14:26. 2022 conference champion Pai Stone finished 18th in the women's race in 2:36:55.",
        published: Some("2025-11-20"),
        yields: &[
            "result of Pai Stone race Cove River Marathon 2025 42.195 Women",
            "result of Pai Stone position 18",
        ],
    },
    // "with X the first woman home" is the women's win; a place told in
    // the sentence of the men's win is not the women's podium going on.
    Ex {
        text: "Builder takes out Cove Avon Marathon\n\nCove builder Sam Whit ran a personal best to win the Cove Avon Marathon today, with Dunedin's Kat Ferr the first woman home.\n\nWhit claimed victory when he broke the tape at 2:22:05, with Tom Redd (Nelson) and Aar Tuhi (Timaru) taking out second and third place respectively.\n\nFerr set a personal best of 2:44:19, finishing a minute ahead of Oli Gran (Wellington), while Mei Tana (Auckland) took out third.",
        published: Some("2026-05-03"),
        yields: &[
            "result of Kat Ferr race Cove Avon Marathon 2026 42.195 Women",
            "result of Tom Redd race Cove Avon Marathon 2026 42.195 Men",
            "result of Oli Gran race Cove Avon Marathon 2026 42.195 Women",
        ],
    },
    // "was the women's winner in T, which was 11th overall": her win;
    // the place overall is no place of the men's winner before her.
    Ex {
        text: "Pruet, Vanst win Cove Valley Marathon\n\nDek Pruet took the Cove Valley Marathon in two hours, 38 minutes and 51 seconds, while former college steeplechaser Ali Vanst was the women's winner in 3:04:12, which was 11th overall.",
        published: Some("2025-11-09"),
        yields: &[
            "result of Dek Pruet position 1",
            "result of Ali Vanst race Cove Valley Marathon 2025 42.195 Women",
            "result of Ali Vanst position 1",
        ],
    },
    // "The top woman was X": the women's win, and the places told
    // without a sex before it are the men's.
    Ex {
        text: "Cove Ridge Marathon takes to the highway\n\nThe Cove Ridge Marathon was run on Saturday. Dal Harr took this year's title in 2:36:54. Cal Mont and Rei Sore placed second and third. The top woman was Mari Och of Cove, in 3:02:17.",
        published: Some("2025-12-18"),
        yields: &[
            "result of Mari Och race Cove Ridge Marathon 2025 42.195 Women",
            "result of Mari Och position 1",
            "result of Mari Och finishTime PT3H2M17S",
            "result of Rei Sore race Cove Ridge Marathon 2025 42.195 Men",
        ],
    },
    // "The 10K was won by A (T1) and B (T2)": the two winners of one
    // race, the faster the men's.
    Ex {
        text: "Cove Bay Half Marathon\n\nThe Cove Bay Half Marathon was held on Sunday. The 10K was won by Lac Dun in 31:45 and Mad Tran in 36:20.",
        published: Some("2025-05-18"),
        yields: &[
            "result of Lac Dun race Cove Bay Half Marathon 2025 10 Men",
            "result of Lac Dun position 1",
            "result of Mad Tran race Cove Bay Half Marathon 2025 10 Women",
            "result of Mad Tran position 1",
            "result of Mad Tran finishTime PT36M20S",
        ],
    },
    // "X on Wednesday won": the day between the runner and the verb.
    Ex {
        text: "Hauf wins again\n\nNamibian athlete Pet Hauf on Sunday won the 12th edition of the Cove Hill Road Race, covering the ten kilometres in 29 minutes and 41 seconds.",
        published: Some("2025-03-03"),
        yields: &[
            "result of Pet Hauf position 1",
            "result of Pet Hauf finishTime PT29M41S",
        ],
    },
    // "was the first to finish": a win; "followed by A in second".
    Ex {
        text: "Cove Unity Half Marathon\n\nThe Cove Unity Half Marathon was held this morning. Idr Bouh claimed first place, followed by Abd Ali in second.\n\nIn the women's race, Hod Farah of the Cove Police Club was the first to finish.",
        published: Some("2026-03-03"),
        yields: &[
            "result of Hod Farah race Cove Unity Half Marathon 2026 21.0975 Women",
            "result of Hod Farah position 1",
            "result of Abd Ali race Cove Unity Half Marathon 2026 21.0975 Men",
        ],
    },
    // "This year's women's champion was X": her win.
    Ex {
        text: "Cove Lake 10 Miler\n\nThe Cove Lake 10 Miler was held on Sunday. This year's women's champion was Kay Brant, breaking the tape in 57 minutes and 12 seconds.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Kay Brant race Cove Lake 10 Miler 2025 16.0934 Women",
            "result of Kay Brant position 1",
        ],
    },
    // "won in T, ahead of Poland's X." at the sentence's end: X second.
    Ex {
        text: "Cove Lake Marathon\n\nThe Cove Lake Marathon was held on Sunday. Tse Mek won the women's race in 2:27:03, ahead of Poland's Zuz Kol.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Zuz Kol race Cove Lake Marathon 2025 42.195 Women",
            "result of Zuz Kol position 2",
        ],
    },
    // "with X winning in T, Y second and Z third": X's win.
    Ex {
        text: "Cove Lake 10K\n\nCove runners swept the women's 10-km podium, with Reb Holt winning in 37:50.3, Sas Mori second and Dan Kuip third.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Reb Holt position 1",
            "result of Reb Holt finishTime PT37M50.3S",
        ],
    },
    // "pulled away from runner-up X (T)": X second, in T.
    Ex {
        text: "Cove Lake Marathon\n\nThe men's winner of the Cove Lake Marathon on Sunday was Nat Cord. Cord (2:19:44.6) pulled away from runner-up Tra Keen (2:21:02.3) on the climbs.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Tra Keen position 2",
            "result of Tra Keen finishTime PT2H21M2.3S",
        ],
    },
    // "followed by A (T1) of Town and B of Town (T2)": a time before or
    // after the town.
    Ex {
        text: "Cove Lake Marathon\n\nThe Cove Lake Marathon was held on Sunday. Ste Lan finished first in 2:24:12, followed by Lia Ost (2:31:40) of Prince Albert and Pau Gagn of Saskatoon (2:40:09).",
        published: Some("2025-06-16"),
        yields: &[
            "result of Pau Gagn position 3",
            "result of Pau Gagn finishTime PT2H40M9S",
        ],
    },
    // "Already the winner of the X in December, A won this 14th
    // edition": the race of the aside is A's past, not the sentence's.
    Ex {
        text: "Cove Peace Half Marathon\n\nThe 14th edition of the Cove Peace Half Marathon was run on Saturday 24 January 2026.\n\nAlready the winner of the Cove Hills 15 km in December, Ahm Maha won this 14th edition in 1 hour 4 minutes and 46 seconds.",
        published: Some("2026-01-26"),
        yields: &["result of Ahm Maha race Cove Peace Half Marathon 2026 21.0975"],
    },
    // "the Cove Half Marathon for Peace": the cause a race is run for is
    // part of its name; "for Kenya" would not be.
    Ex {
        text: "Nago wins Cove Half Marathon for Peace\n\nThe third Cove Half Marathon for Peace was held on Sunday. Jea Nago won the Cove Half Marathon for Peace in 1:05:10.",
        published: Some("2025-06-16"),
        yields: &["result of Jea Nago race Cove Half Marathon for Peace 2025 21.0975"],
    },
    // "was first over the line among the men": his win; the places told
    // after a sentence on him are of his race.
    Ex {
        text: "Pint and Ione win\n\nJos Pint from Portugal was first over the line among the men and Ana Ione from Romania won the women's category of the Cove Half Marathon today.\n\nPint ran the half marathon in 1:09:33 hours, and in second place was Ber Kipt from Kenya, with a time of 1:12:27.",
        published: Some("2026-06-20"),
        yields: &[
            "result of Jos Pint race Cove Half Marathon 2026 21.0975 Men",
            "result of Jos Pint position 1",
            "result of Ber Kipt race Cove Half Marathon 2026 21.0975 Men",
        ],
    },
    // "ahead of veterans A and B, who came home in T1 and T2
    // respectively": second and third, with those times.
    Ex {
        text: "Cove Lake Marathon\n\nThe Cove Lake Marathon was held on Sunday.\n\nIn the women's 42km, Rud Chik took the honours in 2:51:08, ahead of veterans Sit Nyat and Fad Maru, who came home in 2:55:40 and 3:01:12 respectively.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Rud Chik position 1",
            "result of Sit Nyat position 2",
            "result of Fad Maru finishTime PT3H1M12S",
        ],
    },
    // "surrendered the X title to his clubmate Y": Y's win.
    Ex {
        text: "Mhla ends Dube's reign\n\nVeteran runner Tin Dube yesterday surrendered the Cove Lake Marathon title to his clubmate Sim Mhla, who romped home in two hours 22 minutes and 17 seconds.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Sim Mhla position 1",
            "result of Sim Mhla finishTime PT2H22M17S",
        ],
    },
    // A paragraph that opens "Kurdish athletes swept the 12-kilometre
    // race." gives that distance to the places told after it.
    Ex {
        text: "Cove Citadel Marathon\n\nThe Cove Citadel Marathon was held on Sunday.\n\nKurdish athletes swept the 12-kilometre race. Reb Aziz from Halabja won the men's race in 38:55, while in the women's race Nis Karim from Meriwan and Han Jalal from Akre finished first and second respectively.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Reb Aziz race Cove Citadel Marathon 2025 12 Men",
            "result of Han Jalal race Cove Citadel Marathon 2025 12 Women",
        ],
    },
    // "The men's 10 km podium was, in that order, A, B and C": the places
    // of a list introduced by its podium.
    Ex {
        text: "Cove Solidarity Marathon\n\nThe Cove Solidarity Marathon was held on Saturday.\n\nThe men's 10 km podium was, in that order, Cre Toff, Jea Ahou and Rod Zins.",
        published: Some("2026-02-16"),
        yields: &[
            "result of Cre Toff race Cove Solidarity Marathon 2026 10 Men",
            "result of Rod Zins position 3",
        ],
    },
    // A paragraph that opens "Over 10 km," gives its results that
    // distance; "Over the same distance for women" keeps it.
    Ex {
        text: "Cove Cadet Half Marathon\n\nThe Cove Cadet Half Marathon was held on Sunday.\n\nOver 10 km, Nit Chau was quickest among the men, Vik Yada and San Rana filling the other two podium spots in second and third.\n\nOver the same distance for women, the podium read Sun Rabh, Rup Kali and Bor Saik, in that order.",
        published: Some("2025-12-10"),
        yields: &[
            "result of Nit Chau race Cove Cadet Half Marathon 2025 10 Men",
            "result of Vik Yada position 2",
            "result of Bor Saik race Cove Cadet Half Marathon 2025 10 Women",
        ],
    },
    // "while among the women success went to X, with Y second": her
    // win, and Y's place of her race.
    Ex {
        text: "Cove Riviera Marathon\n\nThe 12th Cove Riviera Marathon was won by the Serbian Nik Vasi in 2h21'07\" ahead of the Pole Kam Wier in 2h27'49\", while among the women success went to the Briton Han Pick in 2h58'12\", with the Australian Mel Glee second in 3h01'40\".",
        published: Some("2026-10-27"),
        yields: &[
            "result of Han Pick race Cove Riviera Marathon 2026 42.195 Women",
            "result of Mel Glee race Cove Riviera Marathon 2026 42.195 Women",
        ],
    },
    // "crowned the Kenyan A among the men and the Beninese B among the
    // women": the winner of each race; "Bart, …, reached the finish … in
    // T": his time.
    Ex {
        text: "Cove 10 km\n\nThe 2026 edition of the Cove 10 km, organised by the Cove Sports Centre, crowned the Kenyan Vic Bart among the men and the Beninese Odi Houn among the women on Sunday 25 January.\n\nBart, who was paced for the first four kilometres, reached the finish on Cove Avenue in 30 mn 47 s.",
        published: Some("2026-01-28"),
        yields: &[
            "result of Vic Bart race Cove 10 km 2026 10 Men",
            "result of Vic Bart finishTime PT30M47S",
            "result of Odi Houn race Cove 10 km 2026 10 Women",
        ],
    },
    // "Among the Gentlemen, over 13 kilometres, it was the Burkinabè X
    // who won the race": the men's 13 km, and his country.
    Ex {
        text: "Cove Friendship Road Race\n\nThe 1st edition of the Cove Friendship Road Race was held last weekend.\n\nAmong the Gentlemen, on the other hand, over 13 kilometres, it was the Burkinabè Iss Kabo who won the race in 42'36.",
        published: Some("2025-12-10"),
        yields: &["result of Iss Kabo race Cove Friendship Road Race 2025 13 Men"],
    },
    // A paragraph that opens on the marathon after a section of a named
    // 5K of the festival: the festival's marathon, not the 5K's.
    Ex {
        text: "Cove Bay Marathon Festival\n\nThe Cove Bay Marathon Festival was held on Saturday and Sunday.\n\nAfter dark it was the turn of the Glow 5K. Sam Reed was quickest in 16 minutes 40 seconds.\n\nOn Sunday the marathon started beside the pier.\n\nTom Hale won in 2:19:05. Ian Lowe was second in 2:21:30.",
        published: Some("2026-10-19"),
        yields: &[
            "result of Ian Lowe race Cove Bay Marathon Festival 2026 42.195",
            "result of Ian Lowe position 2",
        ],
    },
    // A Swedish club's name set off by commas after the runner ("A, Cove
    // Friidrott, won in T"): the runner's win.
    Ex {
        text: "Cove Sound Half Marathon\n\nPublished 30 August 2026\n\nThe Cove Sound Half Marathon was run on Sunday.\n\nIn the women's class Sof Ahme, Cove Friidrott, won in 1.15.09.",
        published: Some("2026-08-30"),
        yields: &["result of Sof Ahme position 1"],
    },
];
