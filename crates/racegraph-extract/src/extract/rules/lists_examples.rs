//! Examples of the results lists and tables ([`super::lists_rule`]): lists
//! that must yield the facts given.

use super::registry::Example as Ex;

pub(super) const EXAMPLES: &[Ex] = &[
    // A race of another year named in prose above a list ("X won the Y
    // Half in 2025 in 60:48") is not the list's race.
    Ex {
        text: "Cove Riverbank Half Marathon, April 19\n\nJoe Lang won the Cove Riverbank Half Marathon in 61:02.\n\nLang, 24, won the Ure River Half in 2025 in 60:48 and has won four of his last five road races.\n\nResults\nMen: 1 Joe Lang (KEN) 61:02; 2 Dan Halo (USA) 61:19; 3 Sam Oka (USA) 61:40\n",
        published: Some("2026-04-21"),
        yields: &["result of Dan Halo race Cove Riverbank Half Marathon 2026 21.0975 Men"],
    },
    // A roll of winners whose columns name each sex's champion ("Men's
    // champion", "Women's champion") after an edition's and a year's: the
    // edition's ordinal numbers that year's edition.
    Ex {
        text: "# Past Champions\n\nHere are the champions of every edition of the Cove Narrows Marathon.\n\n| Edition | Year | Men's champion | Time | Women's champion | Time |\n|---|---|---|---|---|---|\n| 1st | 2017 | Cal Strode (USA) | 2:27:14 | Meg Haug (USA) | 2:52:40 |\n| — | 2020 | *cancelled* | | | |\n",
        published: None,
        yields: &[
            "result of Meg Haug race Cove Narrows Marathon 2017 42.195 Women",
            "result of Cal Strode finishTime PT2H27M14S",
            "Cove Narrows Marathon 2017 editionNumber 1",
        ],
    },
    // Rows in one line with ranks that have points, set apart by nothing
    // but spaces after the time before ("1. A (Club) 01:08:22  2. B
    // 01:09:05"): the rank's point ends no sentence.
    Ex {
        text: "Cove Lagoon Marathon 2026\n\nHALF MARATHON – TOP 3\nMen: 1. Nik Babu (Cove Runners) 01:08:22  2. Jit Varg 01:09:05  3. Aja Rawat 01:09:40\n",
        published: Some("2026-01-25"),
        yields: &[
            "result of Jit Varg position 2",
            "result of Aja Rawat finishTime PT1H9M40S",
        ],
    },
    // A byline set apart by pipes that dates the page, "Round-up |
    // Newsdesk | 16 februari 2026, 08u15": no row of a table, so the
    // page's date and the list's year.
    Ex {
        text: "COVE NEWS — English service\nWeekend round-up | Newsdesk | 16 februari 2026, 08u15\n\nOur runners were busy abroad this weekend.\n\nCOVE TOWN – Mauritius\nAt the 5th Cove Quay Half Marathon on Sunday, Kenyan Evan Kiboi won in 1:03:12.\n\n- Men -\n1. Evan Kiboi (Ken) 1:03:12\n2. Rob Veld (Bel) 1:03:58\n",
        published: None,
        yields: &["result of Rob Veld race Cove Quay Half Marathon 2026 21.0975 Men"],
    },
    // A table set apart by pipes without the outer ones, with a bib
    // column ("Rank | Bib | Name | ..."): its rows, at the gun time; a
    // byline set apart by pipes above it is no row.
    Ex {
        text: "Results | Staff | 3 March 2026\n\nCove Backwater Marathon 2026\n\nMARATHON – MEN\nRank | Bib | Name | Club | Gun Time | Net Time\n1 | 1004 | Dev Rao Nair | Cove Runners | 02:21:46 | 02:21:45\n2 | 1012 | Ash Menon | Ure Striders | 02:23:09 | 02:23:07\n",
        published: Some("2026-03-03"),
        yields: &[
            "result of Dev Rao Nair finishTime PT2H21M46S",
            "result of Ash Menon position 2",
        ],
    },
        // A race named in passing in the prose above a list ("Next, X is
        // set to run the Y Half Marathon") is not the list's race.
        Ex {
            text: "Maru rules Cove Kopje Marathon\n\nTak Maru won the men's race of the Cove Kopje Marathon yesterday.\n\nNext, Maru is set to run the Vumba Half Marathon, where he is the defending champion.\n\nResults\n\nOpen men\n1. Tak Maru 2:16:50\n2. Tin Gumb 2:19:05",
            published: Some("2026-11-16"),
            yields: &["result of Tin Gumb race Cove Kopje Marathon 2026 42.195 Men"],
        },
    // Rows in one line with a comma after each rank ("top 10 men: 1, A
    // (Club) 32:51; 2, B (Club) 33:20"): the rows of the label's race.
    Ex {
        text: "Cove Riverside 10k\n\nGar Lumb took the honours on Sunday.\n\nResults - 10k, top 10 men: 1, Gar Lumb (Cove Harriers) 32:51; 2, Tom Ash (Ure Valley Runners) 33:20; 3, Lia Feen (Cove Harriers) 33:34.",
        published: Some("2025-09-10"),
        yields: &[
            "result of Tom Ash position 2",
            "result of Lia Feen finishTime PT33M34S",
        ],
    },
    // A wheelchair division's heading between the open race's: its rows
    // are not read, and the lists after it still are.
    Ex {
        text: "Thousands run Derby Lake Marathon\n\nHere are the top three in each division:\n\nHalf Marathon MEN'S WHEELCHAIR Division\n- Tre Lind 0:59:41 Knoxville, TN\n- Omar Had 1:12:08 Evansville, IN\n\nHalf Marathon MEN'S Division\n- Gid Kipli 1:04:10 Pacific Palisades, CA\n- Brad Over 1:06:31 Louisville, KY\n- Nate Odu 1:07:12 Lexington, KY\n",
        published: Some("2025-04-26"),
        yields: &["result of Brad Over position 2", "result of Nate Odu position 3"],
    },
    // A table's names in capitals, family name first: the runners the
    // prose names with the same words.
    Ex {
        text: "Kenyan Evan Kipro Lagat won the Cove Gate Marathon on Sunday. Morocco's Youssef Amra was second.\n\nMen's marathon\n1. | KIPRO LAGAT EVAN | KEN | 2:08:51 |\n2. | AMRA YOUSSEF | MAR | 2:09:30 |\n3. | ZIANI RACHA | MAR | 2:16:21 |\n",
        published: Some("2025-01-27"),
        yields: &[
            "result of Evan Kipro Lagat finishTime PT2H8M51S",
            "result of Youssef Amra finishTime PT2H9M30S",
        ],
    },
    // A timing system's hundredths after a colon, and a country after
    // the time.
    Ex {
        text: "Cove Quay Marathon 2025\n\nMen\n1. Kip Josa 2:31:18:40 Kenya\n2. Rot Abel 2:33:05:92 Kenya\n3. Sab Glen 2:44:51:00 Guyana\n",
        published: Some("2025-11-23"),
        yields: &[
            "result of Kip Josa finishTime PT2H31M18.4S",
            "result of Rot Abel finishTime PT2H33M5.92S",
            "result of Sab Glen finishTime PT2H44M51S",
            "result of Sab Glen position 3",
        ],
    },
    // An undated page: the one year written before the first race's name
    // dates its lists; "the 9th annual" makes a name a race's.
    // Hours, minutes and seconds after a point (`2:44.18`) in a
    // marathon's list: the row reader's reading, fitted to the distance.
    Ex {
        text: "The Cedar Lake Marathon was run on Saturday, January 10.\n\nTop finishers\nMen\n1. Dale Rusk 2:39.05\n2. Ned Pardo 2:44.18\nWomen\n1. Tia Monroe 3:10.50\n",
        published: Some("2026-01-12"),
        yields: &[
            "result of Dale Rusk finishTime PT2H39M5S",
            "result of Ned Pardo finishTime PT2H44M18S",
            "result of Tia Monroe finishTime PT3H10M50S",
        ],
    },
    Ex {
        text: "Valley Pacers · Club News\n\nThank you to the 90 runners who came out for the Valley Pacers' 2026 Frost Breaker at Hill Park!\n\nThis was the 9th annual Frost Breaker.\n\n10K – Men\n1. Dan HOLL  35:42\n2. Mat SWAR  36:10\n",
        published: None,
        yields: &[
            "result of Dan HOLL race Frost Breaker 2026 10 Men",
            "result of Mat SWAR position 2",
        ],
    },
    // A distance's heading (with its entrants after a dash) over headings
    // of each sex; a note in brackets after a row's rank.
    Ex {
        text: "Whin Bay Run\n\nThe 12th Whin Bay Run was held on Sunday.\n\nRESULTS\n12.5km – 980 entrants, 902 finishers\nMen:\n1st (overall winner) – Rob Tane, 41 mins 10 secs\n2nd – Ivo Lark, 42 mins 02 secs\nWomen:\n1st (7th overall) – Ada Pell, 45 mins 31 secs\n4km\nMen:\n1st – Cal Rew, 14 mins 05 secs\n",
        published: Some("2025-06-16"),
        yields: &[
            "result of Rob Tane race Whin Bay Run 2025 12.5 Men",
            "result of Rob Tane finishTime PT41M10S",
            "result of Ivo Lark position 2",
            "result of Ada Pell race Whin Bay Run 2025 12.5 Women",
            "result of Ada Pell position 1",
            "result of Cal Rew race Whin Bay Run 2025 4 Men",
        ],
    },
    // A later group's label that names the same course without its
    // distance keeps it (and its dotted minutes and seconds).
    Ex {
        text: "The Cove Bridge Run was held on Saturday.\n\nRESULTS\n\nLong course (8 km), men: 1 Jus Rukas 29.44; 2 Mos Tek 30.15.\n\nLong course, women: 1 Est Maef 38.55; 2 Lil Ror 41.20.",
        published: Some("2025-03-11"),
        yields: &[
            "result of Est Maef race Cove Bridge Run 2025 8 Women",
            "result of Est Maef finishTime PT38M55S",
            "result of Lil Ror position 2",
        ],
    },
    // A home town run on after the name in a list ("1. Sander Pieters
    // Middelburg 1:13.08'"), the prose saying the runner is from it: the
    // name alone.
    Ex {
        text: "Pietro wins the Cove Half Marathon\n\nSunday, 12 April 2026\n\nSan Pietro from Midburg won the men's race in 1:13:08.\n\nMen\n1. San Pietro Midburg 1:13:08\n2. Jel Vermand Knokke 1:16:40\n",
        published: Some("2026-04-12"),
        yields: &[
            "result of San Pietro position 1",
            "result of San Pietro finishTime PT1H13M8S",
        ],
    },
    // Inline rows with ordinal ranks ("1st) A (Town) T1, 2nd) B (Town) T2
    // and 3rd) C (Town) T3"): the list's places, not the prose's.
    Ex {
        text: "The Cove River Run was held on Sunday.\n\nSunday, September 13, 2026\n\nMen, 10 kilometres: 1st) Tom Ledes (Villa Const) 31:22, 2nd) Gon Peral (Rosario) 31:26 and 3rd) Ivan Sosa (Funes) 32:05.",
        published: Some("2026-09-14"),
        yields: &[
            "result of Tom Ledes race Cove River Run 2026 10 Men",
            "result of Tom Ledes position 1",
            "result of Gon Peral position 2",
            "result of Ivan Sosa finishTime PT32M5S",
        ],
    },
    // A race named with its kind first in Spanish or Portuguese
    // ("Corrida del Paraná"), and a sex alone heading a line of rows
    // ("Women. 10 kilometres: 1st) …"): no sentence of its own.
    Ex {
        text: "Some 3,200 runners took part in the first Corrida del Cove\n\nMonday, September 14, 2026\n\nThe Corrida del Cove held its debut edition on Sunday morning.\n\nWomen. 10 kilometres: 1st) Cam Ferre (Santa Fe) 35:48, 2nd) Luc Benit (Rosario) 36:40 and 3rd) Flo Ojed (Casilda) 37:12.",
        published: Some("2026-09-14"),
        yields: &[
            "result of Cam Ferre race Corrida del Cove 2026 10 Women",
            "result of Flo Ojed position 3",
        ],
    },
    // Inline rows of a short race with each time written with a point in
    // brackets of its own ("1. A (31.58); 2. B (32.11)").
    Ex {
        text: "The Cove Maidan Run was held on Sunday.\n\nResults:\n\n10K Women: 1. Mou Palit (38.20); 2. Rin Barman (39.02); 3. Sus Ghoshal (39.47).",
        published: Some("2026-02-09"),
        yields: &[
            "result of Mou Palit race Cove Maidan Run 2026 10 Women",
            "result of Mou Palit finishTime PT38M20S",
            "result of Sus Ghoshal position 3",
        ],
    },
    // A timing system's table under a race's heading in miles, times with
    // thousandths after a colon.
    Ex {
        text: "COVE HARRIERS\n\nCOVE BAY HALF MARATHON 2025 – RESULTS\n\nRace day: Sunday 27 April.\n\n8 MILES – MEN\nPos  Bib  Name           Nat  Time\n1    512  VELLA Dyl      MLT  00:46:20:418\n2    530  GRECO Kyl      MLT  00:46:21:530\n",
        published: None,
        yields: &[
            "result of VELLA Dyl race COVE BAY HALF MARATHON 2025 12.8748 Men",
            "result of VELLA Dyl finishTime PT46M20.418S",
            "result of GRECO Kyl position 2",
        ],
    },
    // A list headed by its distance in kilometres ("21 km"): the half.
    Ex {
        text: "The Drava Bend Marathon was run on Sunday.\n\nResults – 21 km – men:\n1. Jure Kos (Slo) 1:06:41\n2. Anze Novak (Slo) 1:07:15\n",
        published: Some("2025-10-13"),
        yields: &[
            "result of Jure Kos race Drava Bend Marathon 2025 21.0975 Men",
            "result of Anze Novak position 2",
        ],
    },
    // Under one results heading, runs of bullets each under its race's
    // heading.
    Ex {
        text: "The fourth Registan Half Marathon was held on Sunday.\n\nWinners and prize-winners:\n\n21.1 km, Men\n- Joel Sang – 1:03:58\n- Sar Nurma – 1:05:41\n- Aib Tokto – 1:06:09\n\n10 km, Women\n- Mal Yusu – 36:44\n- Din Aliye – 37:19\n- Olg Sedy – 38:51\n",
        published: Some("2025-11-17"),
        yields: &[
            "result of Aib Tokto position 3",
            "result of Mal Yusu race Registan Half Marathon 2025 10 Women",
            "result of Din Aliye position 2",
            "result of Olg Sedy finishTime PT38M51S",
        ],
    },
    // A results list without ranks: bullets, in the order of the finish.
    Ex {
        text: "Harbour Ten Miler\n\nElite Women Race Results\n- Bre Naka (UGA) – 51:48\n- Kel Bran (USA) – 52:10\n- Rut Nyab (KEN) – 52:19\n",
        published: Some("2026-04-06"),
        yields: &[
            "result of Bre Naka race Harbour Ten Miler 2026 16.0934 Women",
            "result of Bre Naka position 1",
            "result of Kel Bran position 2",
            "result of Rut Nyab position 3",
            "result of Rut Nyab finishTime PT52M19S",
        ],
    },
    Ex {
        // An undated post: the year of its Markdown title; the line before
        // the list names its race.
        text: "# The Rundown and 6 Takeaways from the 2025 Cove Valley 10K\n\n## The women's race\n\nWhat a finish it was, with a sprint on the bridge and my pick to win ending up only fifth.\n\nHere are the top eight in the women's 10K:\n\n1. Fay Jero (Kenya) 31:22\n2. May Kwam (Kenya) 31:25\n",
        published: None,
        yields: &[
            "result of Fay Jero race Cove Valley 10K 2025 10 Women",
            "result of May Kwam position 2",
        ],
    },
    Ex {
        text: "Lakeside Marathon 2025\n\nHalf-marathon\n\nMen's Open: 1. Ben Koros (Kenya) 1:05:14s, 2. Nick Kim (Kenya) 1:06:31s, 3. Tan Wei (Mas) 1:14:09s.\n\nWomen's Open: 1. Essie Wai (Kenya) 1:17:52s, 2. Nur Rahma (Mas) 1:29:40s, 3. Lim Pei (Mas) 1:31:05s.\n",
        published: Some("2025-11-16"),
        yields: &[
            "result of Ben Koros race Lakeside Marathon 2025 21.0975 Men",
            "result of Essie Wai race Lakeside Marathon 2025 21.0975 Women",
            "result of Lim Pei finishTime PT1H31M5S",
        ],
    },
    Ex {
        text: "Results 2025: Lakeside River Run\n\n14 Apr, 2025 (Mon)\n\nTom Oak pulled clear to win in 00:29:02. Top 3 Men 1 Tom Oak 00:29:02 2 Rob Elm 00:29:40 3 Ian Ash 00:30:05 Top 3 Women 1 Ann Bee 00:33:10 2 Sue Fir 00:33:59 3 Liz Yew 00:34:20 Complete results\n",
        published: Some("2025-04-14"),
        yields: &[
            "result of Rob Elm position 2",
            "result of Ian Ash race Lakeside River Run 2025 Men",
            "result of Liz Yew race Lakeside River Run 2025 Women",
            "result of Sue Fir finishTime PT33M59S",
        ],
    },
    // An undated page whose long headline gives the year.
    Ex {
        text: "Running in the North Hills: Results of the 2024 Lough Vale 5-Mile Road Race\n\nA fine evening for it.\n\nMen: 1 K Gall (Vale AC) 25:41; 2 D Moran (Hill RC) 25:49; 3 P Fee (Vale AC) 26:02.\n",
        published: None,
        yields: &[
            "result of K Gall position 1",
            "result of D Moran race Lough Vale 5-Mile Road Race 2024 8.0467 Men",
        ],
    },
    // Lines of a name, a country and a time without a bullet.
    Ex {
        text: "Kenyans dominate the Border Hills Marathon\n\nMos Kiprui won the Border Hills Marathon on Sunday.\n\nBorder Hills Marathon results\n\n42km Men\n\nMos Kiprui (Kenya) - 2:17:44\nEd Kiplat (Kenya) - 2:18:30\nTen Mupfu (Zimbabwe) - 2:19:02\n",
        published: Some("2025-04-13"),
        yields: &[
            "result of Ed Kiplat position 2",
            "result of Ten Mupfu position 3",
            "result of Ten Mupfu finishTime PT2H19M2S",
        ],
    },
    Ex {
        text: "Results of the Tarn Valley Women's Challenge 10km road race in Ledbury on Saturday (9 August, 2025):\n\nOpen: 1 Ann Brook (Hill Harriers) 33:02, 2 Bea Cole (Vale AC) 33:19, 3 Cara Dale (Vale AC) 33:40\nMasters: 1 Cath Dunn (Vale AC) 40:11, 2 D Elm (Vale AC) 41:02, 3 Fay Gore (Hill Harriers) 42:30\n",
        published: None,
        yields: &[
            "result of Ann Brook race Tarn Valley Women's Challenge 2025 10 Women",
            "result of Bea Cole position 2",
            "person Cath Dunn",
            "person Fay Gore",
        ],
    },
    Ex {
        text: "Results of the Kibi Plain Women's Marathon on Saturday:\n\nOpen: 1 Neo Makh (LES) 2:33:02, 2 Tandi Mkize (Mzansi Harriers) 2:33:19, 3 Lera Sebati (Tshwane Legends) 2:33:27\nVeterans: 1 Mari Swanepoel (Coastal Striders) 3:37:05\n",
        published: Some("2025-08-10"),
        yields: &[
            "result of Neo Makh position 1",
            "result of Tandi Mkize race Kibi Plain Women's Marathon 2025 42.195 Women",
        ],
    },
    Ex {
        text: "Lakeside Marathon 2025\nWomen's marathon\n1. Jane Chebet (KEN) 2:25:48\n2. Ana Lopes (POR) 2:26:10\n",
        published: Some("2025-04-07"),
        yields: &[
            "result of Jane Chebet position 1",
            "result of Jane Chebet finishTime PT2H25M48S",
            "result of Ana Lopes position 2",
            "Ana Lopes nationality Portugal",
        ],
    },
    // A Czech timing page: headings of its own language, one of them
    // ending on a point before a capital ("Poř. Roč.  Jméno"), and a
    // heading of the sex in Czech.
    Ex {
        text: "COVE TIMING\n\n8th COVE LAKE HALF MARATHON\nSunday 3 May 2026\n\nMUŽI\nPoř. Roč.  Jméno             Stát  Čistý čas  Cílový čas\n 1   1990  BROD Alan         KEN   1:03:47    1:03:48\n 2   1992  VLK Ota           CZE   1:04:15    1:04:15\n",
        published: None,
        yields: &[
            "result of VLK Ota position 2",
            "result of BROD Alan finishTime PT1H3M48S",
            "result of BROD Alan race COVE LAKE HALF MARATHON 2026 21.0975 Men",
        ],
    },
    Ex {
        text: "Lakeside Half Marathon 2025\nPlace  Bib  Name            Gender G.Place  Chip Time  Gun Time\n    1   76  Tom Brand       M            1    1:06:11   1:06:12\n    2   41  Ada Quill       F            1    1:15:38   1:15:40\n    3   90  Ben Lark        M            2    1:16:01   1:16:02\n",
        published: Some("2025-05-18"),
        yields: &[
            "result of Ada Quill position 1",
            "result of Ada Quill finishTime PT1H15M40S",
            "result of Ben Lark position 2",
        ],
    },
    Ex {
        text: "Harbour Marathon 2025\nMEN:\n1. Dan Kip Koros KEN 2:08:51,\n2. Abel Tola Kassa ETH 2:09:10,\n",
        published: Some("2025-02-25"),
        yields: &[
            "result of Dan Kip Koros position 1",
            "Dan Kip Koros nationality Kenya",
            "result of Abel Tola Kassa position 2",
        ],
    },
    Ex {
        text: "Lake Marathon 2025\nIvo Dan Kemp won in 2:09:18.\n\n| Rank | Name | Nat | Time |\n| 1. | KEMP Ivo Dan | NED | 2:09:18 |\n| 2. | LUND Per | SWE | 2:10:02 |\n",
        published: Some("2025-10-12"),
        yields: &["result of Ivo Dan Kemp position 1", "result of LUND Per position 2"],
    },
    Ex {
        text: "Calder Brook 10K 2025\nMen\n1 Ryan Ash (Calder Harriers) 31.07\n2 Sam Pick (Hebden Runners) 31.30\n",
        published: Some("2025-09-14"),
        yields: &[
            "result of Ryan Ash finishTime PT31M7S",
            "result of Sam Pick position 2",
        ],
    },
    Ex {
        text: "Coast Marathon 2025\nResults: Marathon: Elite Men: 1. Ravi Kade (2:16:02s); 2. Sam Yadu (2:16:09s). Half Marathon: Elite Men: 1. Arun Thak (1:04:55s); Elite Women: 1. Mina Shin (1:16:31s).\n",
        published: Some("2025-12-07"),
        yields: &[
            "result of Sam Yadu position 2",
            "result of Sam Yadu finishTime PT2H16M9S",
            "result of Mina Shin race Coast Marathon 2025 21.0975 Women",
        ],
    },
    // A group's label that opens on its distance ("42km Men: 1. …").
    Ex {
        text: "Cove Seif Marathon 2025\nWINNERS\n42km Men: 1. Abd BOUCH (MAR) 2:21:36; 2. Hil KIPT (KEN) 2:22:50; 3. Fah AZM (KUW) 2:31:09\n21km Women: 1. Han LARS (SWE) 1:24:48; 2. Ree KAND (KUW) 1:31:15\n",
        published: Some("2025-11-23"),
        yields: &[
            "result of Hil KIPT race Cove Seif Marathon 2025 42.195 Men",
            "result of Hil KIPT position 2",
            "result of Ree KAND race Cove Seif Marathon 2025 21.0975 Women",
        ],
    },
    Ex {
        text: "Galle Bay Half Marathon 2025\nThe men's race went to Pet MITEI. The women's race was a procession for Dila WIJES.\n\n| Pos | Name | Nat | Time |\n|---|---|---|---|\n| 1 | Pet MITEI | KEN | 1:04:21 |\n| 2 | Sanj RATHNA | SRI | 1:04:32 |\n| 1 | Dila WIJES | SRI | 1:14:05 |\n| 2 | Hiru FERNA | SRI | 1:17:30 |\n",
        published: Some("2025-02-20"),
        yields: &[
            "result of Sanj RATHNA race Galle Bay Half Marathon 2025 21.0975 Men",
            "result of Dila WIJES race Galle Bay Half Marathon 2025 21.0975 Women",
            "result of Hiru FERNA position 2",
        ],
    },
    // Places in one line with times written with points ("1.06.02") and
    // clubs written short ("(Indiv.)"): the row's time.
    Ex {
        text: "Cove Historic Half Marathon\n\nPublished 30 November 2026\n\nRESULTS COVE HISTORIC HALF MARATHON\n\nMen\n1st Rui Carva (Indiv.) 1.06.02; 2nd Yus Amra (AD Cove) 1.07.00; 3rd Tia Vale (GD Cove) 1.07.33\n",
        published: Some("2026-11-30"),
        yields: &[
            "result of Rui Carva race Cove Historic Half Marathon 2026 21.0975 Men",
            "result of Rui Carva finishTime PT1H6M2S",
            "result of Tia Vale position 3",
        ],
    },
    // Two lines of places from 1 under a distance's heading, with no label
    // of a sex: the men's and the women's, as the prose tells of a winner;
    // "kms" is a plural of km, and a name written family name first
    // ("Roux Léa") is written as the prose writes it ("Léa Roux").
    Ex {
        text: "Jogging de la Vesdre\n\nPublished on 14/06/2026\n\nOn the women's side, Léa Roux won both distances.\n\n11 kms:\n\n1. MASSET Jules: 0:37:10; 2. HANNE Loïc: 0:37:44; 3. PETIT Rémi: 0:38:02\n\n1. Roux Léa: 0:42:15; 2. LAMBERT Zoé: 0:43:30; 3. DEMOL Ines: 0:44:12\n",
        published: Some("2026-06-14"),
        yields: &[
            "result of MASSET Jules race Jogging de la Vesdre 2026 11 Men",
            "result of HANNE Loïc position 2",
            "result of Léa Roux race Jogging de la Vesdre 2026 11 Women",
            "result of Léa Roux finishTime PT42M15S",
            "result of DEMOL Ines position 3",
        ],
    },
    Ex {
        text: "Sierra Hills Marathon 2025\nMEN: 1 Ivo KAMAU KEN 2:13:48 2 Rui ARRIAGA MEX 2:13:59 3 Tom KIBET KEN\n2:14:40 4 Abe TESSO ETH 2:15:02\n",
        published: Some("2025-03-04"),
        yields: &[
            "result of Rui ARRIAGA position 2",
            "result of Rui ARRIAGA finishTime PT2H13M59S",
            "result of Tom KIBET finishTime PT2H14M40S",
            "result of Abe TESSO position 4",
            "Abe TESSO nationality Ethiopia",
        ],
    },
    Ex {
        text: "Savanna Championships Marathon 2025\nChampionships results\nWomen\n1. Ada Oke (NGR) 2:31:10\n",
        published: Some("2025-11-24"),
        yields: &["result of Ada Oke position 1"],
    },
    // Rows without ranks or bullets, each a name, a town with its
    // state's code and a time, under a heading of one sex.
    Ex {
        text: "Cove Row Marathon\n\nMore than 3,000 runners filled the streets for the Cove Row Marathon.\n\nMarathon Overall Male:\n\nLandon Pry – Conway, AR 2:39:51\n\nMateo Iba – Tulsa, OK 2:44:06\n\nWesley Gri – Benton, AR 2:46:30\n",
        published: Some("2026-02-23"),
        yields: &[
            "result of Landon Pry race Cove Row Marathon 2026 42.195 Men",
            "result of Mateo Iba position 2",
            "result of Wesley Gri position 3",
            "result of Wesley Gri finishTime PT2H46M30S",
        ],
    },
    // Rows in one line set apart by dashes, a sex's label after the last
    // time of the other's rows, "further:" before later ranks.
    Ex {
        text: "Cove Clock Marathon\n\nResults of the 14th Cove Clock Marathon: Women: 1. Tes Rein (AUT/Murtal Runners) 2:39:52 hours (course record) - 2. Aga Nowa (POL) 2:51:05 - 3. San Polz (AUT/Grazer Runners) 2:55:48 Men: 1. Ben Kos (KEN) 2:16:40 hrs - 2. Gab Szu (HUN) 2:17:55 - further: 5. Luk Hof (AUT/Weiz Runners) 2:23:15\n",
        published: Some("2026-04-27"),
        yields: &[
            "result of Tes Rein race Cove Clock Marathon 2026 42.195 Women",
            "Tes Rein nationality Austria",
            "result of San Polz position 3",
            "result of Ben Kos race Cove Clock Marathon 2026 42.195 Men",
            "result of Luk Hof position 5",
        ],
    },
    // A roll of winners, each line a category's "Winner", the runner's
    // town and state, and a time; a note under a line ("*Three-time
    // winner (2019, 2023, 2026)") dates none of the lines after it.
    Ex {
        text: "Cove Canal Marathon\n\nPosted: Apr 26, 2026\n\nTHE WINNERS (UNOFFICIAL TIMES)\n\nMarathon Women's Winner Meg Holc, Norman, OK – 2:49:30\n*Three-time winner (2019, 2023, 2026)\n\nHalf Marathon Men's Winner Jorge Villa, Oklahoma City, OK – 1:08:44\n\n5K Women's Winner (Saturday) Hannah Kee, Mustang, OK – 18:40\n",
        published: Some("2026-04-26"),
        yields: &[
            "result of Meg Holc race Cove Canal Marathon 2026 42.195 Women",
            "result of Meg Holc finishTime PT2H49M30S",
            "result of Jorge Villa race Cove Canal Marathon 2026 21.0975 Men",
            "result of Hannah Kee race Cove Canal Marathon 2026 5 Women",
        ],
    },
    // Lines of only a name and a time, no bullet nor separator, under a
    // heading of one sex below a results heading.
    Ex {
        text: "Cove Riverfront Marathon\n\nSep 21, 2026\n\nDerek Vann won the men's division in 2:44:52.\n\nTop finishers\nMen's marathon\nDerek Vann 2:44:52\nTrevor Holl 2:49:30\nJuan Carlos Med 2:55:18\n\nWomen's marathon\nLin Brock 3:19:44\nMegan Kreif 3:24:10\nAlisha Duer 3:27:38\n",
        published: Some("2026-09-21"),
        yields: &[
            "result of Juan Carlos Med race Cove Riverfront Marathon 2026 42.195 Men",
            "result of Juan Carlos Med position 3",
            "result of Megan Kreif race Cove Riverfront Marathon 2026 42.195 Women",
            "result of Megan Kreif position 2",
        ],
    },
    // A category's first three in one line under a heading of one sex,
    // each with a club (after a slash, between commas, after "of" or
    // "from") and a time (after "in", or in brackets).
    Ex {
        text: "Cove Shore Marathon\n\nCove · 14.09.2026\n\nThe winners (net times):\n\nMen\nMarathon: Dom Weber in 2:49:15 ahead of Jan-Erik Lor/TV Cove (2:51:40) and Sven Hoff/LG Cove (2:53:02)\n10 km: Luca Sch from Cove Club in 33:42 ahead of Ahmed Yil (34:10) and Nico Kle (34:27)\n\nWomen\nMarathon: Nadine Sch, TV Cove, in 3:21:44 ahead of Katrin Bau (3:25:10) and Anja Seil, Team Cove, in 3:29:58\n10 km: Julia Fuc of Team Cove in 39:51 ahead of Elena Pet, TV Cove (40:22) and Hannah Wol (40:58)\n",
        published: Some("2026-09-14"),
        yields: &[
            "result of Jan-Erik Lor race Cove Shore Marathon 2026 42.195 Men",
            "result of Jan-Erik Lor position 2",
            "result of Jan-Erik Lor finishTime PT2H51M40S",
            "result of Nico Kle race Cove Shore Marathon 2026 10 Men",
            "result of Nico Kle position 3",
            "result of Anja Seil race Cove Shore Marathon 2026 42.195 Women",
            "result of Anja Seil position 3",
            "result of Anja Seil finishTime PT3H29M58S",
            "result of Elena Pet race Cove Shore Marathon 2026 10 Women",
            "result of Elena Pet position 2",
        ],
    },
    // A results page's rank set apart by "»", a year of birth and a club
    // after the name.
    Ex {
        text: "Results: Cove River Marathon, Saturday 17 October 2026\n\n  Marathon men\n1 » Jon Berg 1991 Cove Löpare 02:24:18\n2 » And Wik 1987 Sala FIK 02:29:50\n\n  Marathon women\n1 » Maj Ek 1993 Cove Löparsällskap 02:43:15\n",
        published: Some("2026-10-18"),
        yields: &[
            "result of And Wik race Cove River Marathon 2026 42.195 Men",
            "result of And Wik position 2",
            "result of And Wik finishTime PT2H29M50S",
            "result of Maj Ek race Cove River Marathon 2026 42.195 Women",
        ],
    },
    // Rows in one line with the club after a comma and times with points
    // ("1. A, Club 1.12.45, 2. B, Club 1.12.47"; "33.18" over 10 km).
    Ex {
        text: "Cove Harbour Run\n\n8.8.2026\n\nThe Cove Harbour Run drew 600 runners on Saturday.\n\nRESULTS\n\nMen, half marathon: 1. Jon Pelko, Cove Juoksijat 1.12.45, 2. Mik Vain, Kouvo Kestävyys 1.12.47, 3. Sami Lind, Loviisa 1.13.20.\n\nWomen, 10 km: 1. Sanni Tuom, Cove 38.52, 2. Emi Hovi, Hamina 40.11, 3. Paula Ket, Cove 41.26.",
        published: Some("2026-08-08"),
        yields: &[
            "result of Jon Pelko finishTime PT1H12M45S",
            "result of Mik Vain race Cove Harbour Run 2026 21.0975 Men",
            "result of Emi Hovi race Cove Harbour Run 2026 10 Women",
            "result of Emi Hovi finishTime PT40M11S",
        ],
    },
    // Places said in words ("1st Place: A", "2nd place: B - 33min35") are
    // rows with or without a time.
    Ex {
        text: "Cove Shoreline Run gathers 3,200\n\nPublished on 03/08/2026\n\nThe 10th Cove Shoreline Run was held on Sunday.\n\nSee all the results:\n\n10 km men\n1st Place: Wel Souza Lima\n2nd Place: José da Silva\n3rd Place: Ever Ramos\n\n5 km women\n1st place: Ana Pontes - 18min57\n2nd place: Lara Bento - 19min31\n",
        published: Some("2026-08-03"),
        yields: &[
            "result of José da Silva race Cove Shoreline Run 2026 10 Men",
            "result of José da Silva position 2",
            "result of Lara Bento race Cove Shoreline Run 2026 5 Women",
            "result of Lara Bento finishTime PT19M31S",
        ],
    },
    // A numbered row whose brackets hold its time ("1) A (1:09.48)",
    // as Spanish papers write a half marathon's) is read with that time,
    // hours, minutes and seconds.
    Ex {
        text: "Cove Duero Half Marathon\n\nSaturday, 26 September 2026\n\nThe Cove Duero Half Marathon was held this Saturday.\n\nResults\n\nSenior men\n1) Ian Lafu Gil (1:09.48)\n2) Jon Ferr Cli (1:10.01)\n",
        published: Some("2026-09-26"),
        yields: &["result of Jon Ferr Cli finishTime PT1H10M1S"],
    },
    // A rank's point with the name glued on ("1.Gideon Kip KEN 59:41",
    // as news flashes write their lists) is a row.
    Ex {
        text: "Cove Seaside Half Marathon\n\n01.03.2026\n\nThe 15th Cove Seaside Half Marathon was held on Sunday.\n\nWomen:\n1.Shei Jept KEN 1:07:50\n2.Agn Wanj KEN 1:08:01\n",
        published: Some("2026-03-01"),
        yields: &["result of Agn Wanj position 2"],
    },
    // A race named by its distance first and its town after ("the 10 km
    // International de Cove", as French pages and their translations
    // name races) is the race of the lists below.
    Ex {
        text: "Results of the 10 km International de Cove, 11th edition\n\nOuagadougou, 23 March 2026 – The federation congratulates the athletes who took part yesterday in the 11th edition of the 10 km International de Cove.\n\nMEN\n1- OUATT Mous (BUR) – 00:29:15\n2- ZONG Abdo (BUR) – 00:29:22\n",
        published: Some("2026-03-23"),
        yields: &["result of ZONG Abdo race 10 km International de Cove 2026 10 Men"],
    },
    // The open race's table under "OPEN RACE – MEN" is the race's.
    Ex {
        text: "Kibe rules in Cove\n\nPublished 20. 4. 2026\n\nThe fourth Cove Half Marathon on Sunday also served as the Czech championships over 21.0975 km.\n\nOPEN RACE – MEN\n1. KIBE Hill (KEN) 1:01:58\n2. NGEN Wilf (KEN) 1:02:20\n\nRelated: Cove entries open • Junior 10 km rankings",
        published: Some("2026-04-20"),
        yields: &["result of NGEN Wilf race Cove Half Marathon 2026 21.0975 Men"],
    },
    // A table that sets the sexes side by side: a roll of winners by year
    // ("| Year | Men | Time | Women | Time |"), each row both sexes' wins
    // of its year, and a podium by place under a heading of its year.
    Ex {
        text: "Cove Half Marathon – Roll of honour\n\nThe Cove Half Marathon is run every spring in Cove.\n\n| Year | Men | Time | Women | Time |\n|---|---|---|---|---|\n| 2011 | Tom Bale (HUN) | 1:09:14 | Ann Rade (HUN) | 1:21:50 |\n| 2015 | cancelled (flooding) | – | – | – |\n",
        published: None,
        yields: &[
            "result of Ann Rade race Cove Half Marathon 2011 21.0975 Women",
            "result of Tom Bale finishTime PT1H9M14S",
        ],
    },
    Ex {
        text: "# Cove 10 Miles results\n\nThe Cove 10 Miles is run every September.\n\n## 2026 — 31st edition\n\n| Pl. | Men | Club / Nat | Time | Women | Club / Nat | Time |\n|---|---|---|---|---|---|---|\n| 1 | Ras Kjar | Cove AC / DEN | 48:31 | Sof Bert | Cove LK / DEN | 55:02 |\n| 2 | Ola Haug | NOR | 48:49 | Ida Skov | DEN | 55:47 |\n",
        published: None,
        yields: &[
            "result of Ida Skov race Cove 10 Miles 2026 16.0934 Women",
            "result of Ida Skov position 2",
            "result of Ida Skov finishTime PT55M47S",
        ],
    },
    // A race of the programme named after its distance in prose ("the 10
    // km Stadtlauf") heads none of the lists below: the article's race
    // does.
    Ex {
        text: "MAGAZINE · Reportage · 12 ottobre 2026\n\nBOLZANO – A Kenyan double at the Cove Half\n\nThe 13th edition of the Cove Halbmarathon ran on Sunday. Almost 3,000 were entered between the half and the 10 km Stadtlauf.\n\nClassifica Uomini / Men\n1 – ROTICH Nelson (KEN) – 01:02:38\n2 – BENNANI Youssef (MAR) – 01:03:21\n",
        published: None,
        yields: &["result of ROTICH Nelson race Cove Halbmarathon 2026 21.0975 Men"],
    },
    // A table flattened one cell to a line, each closed by a pipe: a row
    // from its rank to the next.
    Ex {
        text: "Cove Half Marathon 2026\n\nPublished 19.07.2026\n\nRas Kopp won the Cove Half Marathon on Saturday in 1:04:31.\n\nResults half marathon men: |\n1. |\nRas KOPP |\nEST |\n1:04:31 |\n2. |\nBen MUTU |\nKEN |\n1:04:50 |\nResults half marathon women: |\n1. |\nEla OZO |\nLAT |\n1:13:58 |\n",
        published: Some("2026-07-19"),
        yields: &[
            "result of Ben MUTU race Cove Half Marathon 2026 21.0975 Men",
            "result of Ben MUTU position 2",
            "result of Ben MUTU finishTime PT1H4M50S",
            "result of Ela OZO race Cove Half Marathon 2026 21.0975 Women",
        ],
    },
    // A line that introduces several lists and names their sex ("here is
    // my list of men's podiums from last season:") gives that sex to the
    // races' headings below it, until prose.
    Ex {
        text: "Can an amateur win a marathon?\n\nPosted on 12 January 2025 by Gigi Murg\n\nTo give hope to all the plodders out there, here is my list of men's podiums from last season, surname first as the organisers publish them:\n\nMaratona del Faro, Cove 2024:\n- 1° – Pinn Gavi 2:51:07\n- 2° – Care Salv 2:55:40\n\nMaratona del Molo, Dale 2024:\n- 1° – Bian Fabi 2:38:22\n- 2° – Zani Mich 2:41:09\n",
        published: Some("2025-01-12"),
        yields: &[
            "result of Pinn Gavi race Maratona del Faro 2024 42.195 Men",
            "result of Zani Mich race Maratona del Molo 2024 42.195 Men",
            "result of Zani Mich position 2",
        ],
    },
];
