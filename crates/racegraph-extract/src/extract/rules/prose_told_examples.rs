//! Examples of results in prose ([`super::prose_rule`]), in the same form
//! as [`super::prose_examples`], of the ways translations and local pages
//! tell them: places with the verb left out, times after "with" or
//! "after", "the clear winner was", a list "followed by" each with its
//! time, a list after "the first three were", a year of an earlier time
//! in a clause of its own, a winner's time in the next sentence that
//! speaks of them by their people's word.

use super::registry::Example as Ex;

pub(super) const EXAMPLES: &[Ex] = &[
    // A winner's time in the next sentence that speaks of them by their
    // people's word or where they are from ("On Sunday the Kenyan covered
    // the full marathon distance, which …, in T", "The runner from
    // Ethiopia completed the course in T").
    Ex {
        text: "Cove City Marathon\n\nMay 10, 2026\n\nThe long-distance runner Amos Kibet has won the Cove City Marathon. On Sunday the Kenyan covered the full marathon distance, which starts and finishes at the stadium, in 2:07,14 hours.\n\nIn the women's race Almaz Tola won. The runner from Ethiopia completed the course in 2:22,48 hours.",
        published: Some("2026-05-10"),
        yields: &[
            "result of Amos Kibet finishTime PT2H7M14S",
            "result of Almaz Tola finishTime PT2H22M48S",
        ],
    },
    // After a place told with its verb, the next told without it
    // ("Second was A in T1, third her team-mate B in T2", "Fourth was A
    // (T1) of Club, fifth B (T2) of the same club").
    Ex {
        text: "Cove Bay Half Marathon\n\nIn the women's race Ana Pell won in 1:17:40. Second was Mia Sorr in 1:20:05, third her team-mate Ila Dein in 1:21:59. Fourth was Ada Frau (1:24:12) of Cove Sport, fifth Lu Pir (1:25:55) of the same club.",
        published: Some("2026-12-06"),
        yields: &[
            "result of Ila Dein position 3",
            "result of Ila Dein finishTime PT1H21M59S",
            "result of Lu Pir position 5",
        ],
    },
    // A winner's time told after in a translation's words, "He crossed
    // the line after 2:31:07 h".
    Ex {
        text: "Cove Park Marathon\n\nIn the men's race the Czech Tom Hrus won. He crossed the line after 2:31:07 h. Hrus had run the race once before.",
        published: Some("2026-09-14"),
        yields: &["result of Tom Hrus finishTime PT2H31M7S"],
    },
    // "won the 10km in T after finishing second last year": the year
    // of the clause of the earlier time is not the win's.
    Ex {
        text: "Cove Inlet Half Marathon\n\nThursday, 11 June 2026\n\nTom Tull won the half marathon in 1:18:02. His clubmate Jed Pratt took out the 10km road race in 34:15 after finishing second last year.",
        published: Some("2026-06-11"),
        yields: &["result of Jed Pratt race Cove Inlet Half Marathon 2026 10 Men"],
    },
    // "She was followed by A in T1 and by the Ugandan B in T2": the
    // "by" said again before the list's next runner, a people's word
    // after "the".
    Ex {
        text: "Cove Bay Half Marathon\n\nThe women's half marathon went to Ana Pell in 1 h 17 min 40 s. She was followed by the Kenyan Mia Sorr in 1 h 20 min and by the Ugandan Ila Dein in 1 h 21 min 59 s.",
        published: Some("2026-06-07"),
        yields: &[
            "result of Mia Sorr position 2",
            "result of Ila Dein position 3",
            "result of Ila Dein finishTime PT1H21M59S",
        ],
    },
    // "In the marathon, the clear winner was X, with a time of 2.31.07":
    // a win with a time written with points after "with".
    Ex {
        text: "Cove Walls Marathon\n\nIn the marathon, the clear winner was Arn Serr, with a time of 2.31.07.",
        published: Some("2026-04-20"),
        yields: &["result of Arn Serr position 1", "result of Arn Serr finishTime PT2H31M7S"],
    },
    // "the winner was X, with T, followed by A, with T1, and B, with T2":
    // the list behind the winner, each with the time after "with".
    Ex {
        text: "Cove Walls Marathon\n\nIn the half marathon the winner was Pol Vil (Cove AC), with a time of 1.09.31, followed by Mar Coll, with 1.11.06, and Gui Pag, with 1.12.40.",
        published: Some("2026-04-20"),
        yields: &[
            "result of Mar Coll finishTime PT1H11M6S",
            "result of Gui Pag position 3",
            "result of Gui Pag finishTime PT1H12M40S",
        ],
    },
    // "the first three were A, with T1, B, with T2, and C, with T3".
    Ex {
        text: "Cove Walls Marathon\n\nIn the women's category the first three were Cla Sol, with 2.52.15, Ann Bos, with 2.54.02, and Mir Plan, with 2.54.57.",
        published: Some("2026-04-20"),
        yields: &[
            "result of Ann Bos position 2",
            "result of Mir Plan position 3",
            "result of Mir Plan finishTime PT2H54M57S",
        ],
    },
    // "the 5 km was won by X, with 15.49": the distance named bare before
    // "was won by", a time written with a point after "with" in a race of
    // up to 10 miles.
    Ex {
        text: "Cove Walls Marathon\n\nIn the marathon, the clear winner was Arn Serr, with a time of 2.31.07. Among the races held on Saturday, the 5 km was won by Elo Prat, with 15.49.",
        published: Some("2026-04-20"),
        yields: &[
            "result of Elo Prat race Cove Walls Marathon 2026 5",
            "result of Elo Prat finishTime PT15M49S",
        ],
    },
    // "Among the women X from Town was the quickest.", "The 10
    // kilometres was won among the men by X in a time of 33.12", "The 5
    // kilometres went to X": wins, the last two of the distance named.
    Ex {
        text: "Cove Park Half Marathon\n\nRunner Jel Nijd from Groningen won the Cove Park Half Marathon on Sunday. Among the women Lot Bakk from Hoogkerk was the quickest.\n\nThe 10 kilometres was won among the men by Daa Wolt in a time of 33.12. The 5 kilometres went to Kas Meij from Haren, who stopped the clock at 16.58.",
        published: Some("2026-04-20"),
        yields: &[
            "result of Lot Bakk race Cove Park Half Marathon 2026 21.0975 Women",
            "result of Daa Wolt race Cove Park Half Marathon 2026 10 Men",
            "result of Daa Wolt finishTime PT33M12S",
            "result of Kas Meij race Cove Park Half Marathon 2026 5 Men",
        ],
    },
    // An undated page whose headline, after a site's navigation bar,
    // names the race and its year ("Sports destination | Events | News",
    // then "Cove Volcano Marathon 2026"): that year; and a time written
    // with two digits for the hours ("at 02.29.47").
    Ex {
        text: "COVE ACTIVE ISLAND\nSports destination | Events | Training camps | News | ES / EN / DE\n\nNEWS\n\nCove Volcano Marathon 2026\n\nThe Spaniard Tom Ferr was first home in the Cove Volcano Marathon, stopping the clock at 02.29.47.",
        published: None,
        yields: &[
            "result of Tom Ferr race Cove Volcano Marathon 2026 42.195",
            "result of Tom Ferr finishTime PT2H29M47S",
        ],
    },
    // "knocked two minutes off his best to take the men's crown, while B
    // held on to the women's title": two wins (and the places told after
    // with no sex, beside the women's winner, the men's).
    Ex {
        text: "Cove Riverfront Marathon\n\nArmy runner Har Rawa knocked almost two minutes off his best to take the men's crown, while Son Khar held on to the women's title at the Cove Riverfront Marathon on Sunday.\n\nThe 29-year-old Rawa stopped the clock at 2:15:48s.\n\nRoh Negi and Tha Sing finished second and third respectively, timing 2:15:52 and 2:16:30 over the 42.195km distance.",
        published: Some("2026-12-06"),
        yields: &[
            "result of Har Rawa race Cove Riverfront Marathon 2026 42.195 Men",
            "result of Son Khar race Cove Riverfront Marathon 2026 42.195 Women",
            "result of Roh Negi race Cove Riverfront Marathon 2026 42.195 Men",
        ],
    },
    // "victory in 2h26'19\" for the Rwandan X", "Silver for the Kenyan
    // Y, at the finish in T", "second place in T for Z": places told
    // before the runner with "for", as translations write them.
    Ex {
        text: "Cove Giglio Marathon\n\nBehind the winner, second place in 2h13'02\" for the Kenyan Edw Kip.\n\nAmong the women, victory in 2h26'19\" for the Rwandan Cle Uwa.\n\nSilver for the Kenyan Rut Jer, at the finish in 2h27'44\", followed by the Tanzanian Nee Akw, third in 2h29'31\".",
        published: Some("2026-11-29"),
        yields: &[
            "result of Edw Kip position 2",
            "result of Edw Kip finishTime PT2H13M2S",
            "result of Cle Uwa race Cove Giglio Marathon 2026 42.195 Women",
            "result of Cle Uwa finishTime PT2H26M19S",
            "result of Rut Jer position 2",
        ],
    },
    // "while the other Kenyan, X, completes the podium in T": the third
    // place told in the present, as translations tell it.
    Ex {
        text: "Cove Giglio Marathon\n\nYou Ait won the men's race in 2:11:47. Edw Kip was second in 2:13:02, while the other Kenyan, Hil Che, completes the podium in 2h14'36\".",
        published: Some("2026-11-29"),
        yields: &["result of Hil Che position 3", "result of Hil Che finishTime PT2H14M36S"],
    },
    // "The 29-year-old X stopped the clock at T1, well inside the T2 he
    // had run in December": the first time after the runner's verb of
    // finishing is theirs, an age before the name notwithstanding. And a
    // new paragraph's "A (T1) and B (T2) took the other two places on the
    // podium" after the sentence that told the women's race is that
    // race's second and third.
    Ex {
        text: "Cove Riverfront Marathon\n\nArmy runner Bal Sawa knocked two minutes off his best to take the men's crown, while Nin Harto held on to the women's title at the Cove Riverfront Marathon on Sunday.\n\nThe 29-year-old Sawa stopped the clock at 2:15:48s, well inside the 2:17:41 he had run in December.\n\nHarto, who won here last year as well, was never troubled in the women's race and came home in 2:51:19.\n\nBhutan's Pem Lham (2:55:02) and Rit Chau (2:58:40) took the other two places on the podium.",
        published: Some("2026-12-06"),
        yields: &[
            "result of Bal Sawa finishTime PT2H15M48S",
            "result of Pem Lham race Cove Riverfront Marathon 2026 42.195 Women",
            "result of Rit Chau position 3",
            "result of Rit Chau race Cove Riverfront Marathon 2026 42.195 Women",
        ],
    },
    // "X was the quickest man over 10 km": a win of the 10 km, not of the
    // series' own marathon.
    Ex {
        text: "Cove Maidan Marathon 2026: Jon Sark storms to title\n\nSunday, 8 February 2026\n\nJon Sark won the marathon in 2:31:09.\n\nNepal's San Raito was the quickest man over 10 km.",
        published: Some("2026-02-08"),
        yields: &["result of San Raito race Cove Maidan Marathon 2026 10 Men"],
    },
    // A "Mini Marathon" is no marathon: a paragraph that opens "On the
    // competitive side the 10K produced …" gives its results the 10 km
    // and their times written with a point; a result that names no
    // distance takes no marathon's.
    Ex {
        text: "Cove Mini Marathon 2026 – report\n\nSunday, 3 May 2026\n\nOn the competitive side the 10K produced a new course record, with Cia Bourn, Cove AC, clear of the field. Don Rayan, Glen AC, finished third in 33.44. Enda Lanni finished sixth in 36.10.\n\nSin Hick won the Ladies race comfortably.",
        published: Some("2026-05-03"),
        yields: &[
            "result of Don Rayan race Cove Mini Marathon 2026 10 Men",
            "result of Don Rayan finishTime PT33M44S",
            "result of Enda Lanni finishTime PT36M10S",
            "result of Sin Hick race Cove Mini Marathon 2026 Women",
        ],
    },
    // "In the Mini Marathon (8 km), X was the fastest man": a shorter
    // race of the event reported, of the distance in brackets.
    Ex {
        text: "Cove Atlantic Marathon\n\n17/01/2026\n\nLuis Tavo won the Cove Atlantic Marathon in 2 hours, 22 minutes and 5 seconds. In the Mini Marathon (8 km), Hen Abro was the fastest man, in 26 minutes and 3 seconds.",
        published: Some("2026-01-17"),
        yields: &[
            "result of Hen Abro race Cove Atlantic Marathon 2026 8 Men",
            "result of Hen Abro finishTime PT26M3S",
        ],
    },
    // "In the Medika Fun Run over 4 kilometres, X won …": a sponsor's
    // fun run of the event (its name among the supporters), of the
    // distance after "over".
    Ex {
        text: "Obi and Sava win in Cove Bay\n\n04.10.2026. 18:40\n\nAna Obi won the 9th Kopje Telekom Cove Bay Half Marathon in 1:17:30.\n\nIn the Medika Fun Run over 4 kilometres, Ivo Sava won with a time of 12:03.\n\nThe Cove Bay Half Marathon is supported by: Kopje Telekom, Medika and Vrbas Brewery.",
        published: Some("2026-10-04"),
        yields: &[
            "result of Ivo Sava race Kopje Telekom Cove Bay Half Marathon 2026 4",
            "result of Ivo Sava finishTime PT12M3S",
        ],
    },
    // A headline "A wins the X Marathon, Ukrainian B first woman" gives
    // A no woman's race (the comma turns to B's place), and "A (KEN) was
    // quickest to the line in T" after the men's race is A's win: the
    // overall table below is the men's.
    Ex {
        text: "Kiptu wins the Cove Islands Marathon, Ukrainian Bondy first woman\n\nPosted on 19 April 2026 by Jens Falk\n\nAt the front of the men's race East Africans again ran fast times; Kiptu (KEN) was quickest to the line in 2:10:58.\n\nResults of the marathon (overall):\n\n1. | KIPTU DANIEL KIBO | KEN | 02:10:58 |\n2. | GEBRO TESFA ALEM | ETH | 02:11:31 |",
        published: Some("2026-04-19"),
        yields: &["result of GEBRO TESFA ALEM race Cove Islands Marathon 2026 42.195 Men"],
    },
    // A people of two words in the plural before a name ("Costa Ricans
    // A"), and a student's year ("Freshman B"), are no part of it.
    Ex {
        text: "Cove Urban Marathon\n\nSunday, 8 March 2026\n\nLui Soto won the men's race in 2:31:05. The other two places on the podium went to Costa Ricans Jos Araya Campos, second in 2h36:58, and Eli Rojas Mena, third in 2h39:08.\n\nAna Feist won the women's race in 2:49:44. Freshman Kay Rothe of Mandan finished sixth among the women.",
        published: Some("2026-03-08"),
        yields: &[
            "result of Jos Araya Campos position 2",
            "result of Kay Rothe position 6",
        ],
    },
    // "the Mens Half Marathon" (the apostrophe left out): the men's race
    // of the event, not a race of its own.
    Ex {
        text: "Moylo wins again on Cove Bay\n\nPosted on 5 October 2026\n\nDar Moylo took Saturday's Cove Bay Half Marathon in 1:12:58. First home in the Mens Half Marathon was Dar Moylo from Corrib Harriers in a time of 1:12:58.",
        published: Some("2026-10-05"),
        yields: &["result of Dar Moylo race Cove Bay Half Marathon 2026 21.0975 Men"],
    },
    // "A of Town (T1) and B of Town (T2) ran alone …, and both won": the
    // two winners, the faster the men's.
    Ex {
        text: "Cove Mission Half Marathon\n\nSaturday, May 23, 2026\n\nMatt Kowal of Grand Rapids (1:09:48) and Anna Devri of Holland (1:19:33) ran alone for most of the 13.1 miles, and both won by more than a minute.",
        published: Some("2026-05-23"),
        yields: &[
            "result of Matt Kowal race Cove Mission Half Marathon 2026 21.0975 Men",
            "result of Anna Devri race Cove Mission Half Marathon 2026 21.0975 Women",
            "result of Anna Devri finishTime PT1H19M33S",
        ],
    },
    // "X of Town headed the women's field, finishing in 3.22 hours": a
    // win, in hours and minutes written with a point.
    Ex {
        text: "Tsera, Kamo win first Cove Heritage Marathon\n\nSunday, 15 March 2026\n\nTsera Wang of Kaza was the fastest man in the inaugural Cove Heritage Marathon, run today. Kamo Devi of Palampur headed the women's field, finishing in 3.22 hours.",
        published: Some("2026-03-15"),
        yields: &[
            "result of Kamo Devi race Cove Heritage Marathon 2026 42.195 Women",
            "result of Kamo Devi finishTime PT3H22M",
        ],
    },
    // "won the men's marathon" at a race whose name gives no distance is
    // the marathon, and "The top female marathoner was X" a win.
    Ex {
        text: "MacIsa takes men's marathon at Cove Reel Run\n\nPublished on September 13, 2026\n\nDar MacIsa of the Cove Harriers won the men's marathon at the Cove Reel Run on Sunday, with a time of two hours, 41 minutes and five seconds.\n\nThe top female marathoner was Sydney's Eri MacNei, who ran 3:06:33.",
        published: Some("2026-09-13"),
        yields: &[
            "result of Dar MacIsa race Cove Reel Run 2026 42.195 Men",
            "result of Eri MacNei race Cove Reel Run 2026 42.195 Women",
            "result of Eri MacNei finishTime PT3H6M33S",
        ],
    },
    // A paragraph's "his" does not make men of the places told after the
    // women's race in it ("… won the women's race in T. B was second").
    Ex {
        text: "Cove Point Marathon\n\nMay 5, 2026\n\nThree years after his debut in Cove, Dan Ferre of Norwalk won the race in 2:18:36. Kat Brenn of Fairfield won the women's race in 2:41:57. Yvo Chow of Queens was second in 2:45:30 and Lea Gaff was third in 2:49:11.",
        published: Some("2026-05-05"),
        yields: &[
            "result of Yvo Chow race Cove Point Marathon 2026 42.195 Women",
            "result of Lea Gaff race Cove Point Marathon 2026 42.195 Women",
        ],
    },
    // "carried off" the race is a win, and a runner who "came home ninth
    // in the overall standings and first woman in T" won the women's race.
    Ex {
        text: "Cove Lakes Half Marathon\n\nAli Nas carried off the Cove Lakes Half Marathon in 1h07'41. The young Ada Bee came home ninth in the overall standings and first woman in 1h14'09.",
        published: Some("2026-03-09"),
        yields: &[
            "result of Ali Nas position 1",
            "result of Ali Nas finishTime PT1H7M41S",
            "result of Ada Bee position 1",
            "result of Ada Bee finishTime PT1H14M9S",
            "result of Ada Bee race Cove Lakes Half Marathon 2026 21.0975 Women",
        ],
    },
    // A time the sentence opens on ("With a time of T, X took the men's
    // marathon") is the runner's after it.
    Ex {
        text: "Cove Quays Marathon\n\nWith a time of 2h24:58, Ed Kip took the men's marathon of the Cove Quays Marathon on Sunday. He beat Tom Vand by 52 seconds.",
        published: Some("2026-05-04"),
        yields: &[
            "result of Ed Kip position 1",
            "result of Ed Kip finishTime PT2H24M58S",
        ],
    },
    // The one distance the article names, as "the 18 km lap of the
    // lake", is the race's.
    Ex {
        text: "Cove Lake Run\n\nThe men's race was decided only in the final 300 metres of the 18 km lap of the lake. Ed Kip won the 14th Cove Lake Run in 52:47.",
        published: Some("2026-12-07"),
        yields: &["result of Ed Kip race Cove Lake Run 2026 18 Men"],
    },
    // A state named whole after the runner's home town, no comma after
    // it ("X of Hanover, New Hampshire led the women home in T"): where
    // she is from, not a runner.
    Ex {
        text: "Cove Shores Marathon\n\nTom Lee won the Cove Shores Marathon on Sunday in 2:31:02. Greta Sund of Hanover, New Hampshire led the women home in 2 hours, 44 minutes, 8 seconds.",
        published: Some("2026-05-04"),
        yields: &[
            "result of Greta Sund position 1",
            "result of Greta Sund finishTime PT2H44M8S",
            "result of Greta Sund race Cove Shores Marathon 2026 42.195 Women",
        ],
    },
    // A name between "a former" and what the runner was ("a former
    // Cove State College runner") is a school's: the win is the runner's
    // named before it.
    Ex {
        text: "Cove Street Marathon\n\nTom Lee took first place in the Cove Street Marathon in 2:41, while Laura Beth Simm, a former Cove State College runner, was the fastest woman, finishing in 2:58.",
        published: Some("2026-03-02"),
        yields: &["result of Laura Beth Simm position 1", "result of Laura Beth Simm finishTime PT2H58M"],
    },
    // A race of the event named by its size ("the mini-marathon") is not
    // the series' distance, but the one the article gives it ("the 5-km
    // mini-marathon").
    Ex {
        text: "Cove Bay Half Marathon\n\nMore than 2,000 runners took part, most in the half marathon and the rest in the 5-km mini-marathon. Ivo Lu, a student at Cove Bay University, took the men's title in the mini-marathon.",
        published: Some("2026-04-20"),
        yields: &["result of Ivo Lu race Cove Bay Half Marathon 2026 5 Men"],
    },
    // A distance with a decimal named as the race won ("The 10.5
    // kilometers went to A among the men").
    Ex {
        text: "Cove Norte Marathon\n\nThe 10.5 kilometers went to Marvin Pa among the men and Dilcia Ore among the women.",
        published: Some("2026-06-29"),
        yields: &[
            "result of Marvin Pa race Cove Norte Marathon 2026 10.5 Men",
            "result of Dilcia Ore race Cove Norte Marathon 2026 10.5 Women",
        ],
    },
    // "won among the men after T", "crossed the line first after T",
    // "was the quickest of the men in T" are wins; "Over the half
    // distance," opens on the half marathon; a region's people before a
    // name ("the Mallorcan X") is no part of it.
    Ex {
        text: "Cove Bay Marathon\n\nOver the full distance, the Briton Oli Pendle won among the men after 2:31.07 hours. For the women it was a German win. Sabine Kram from Rosenheim crossed the line first after 3:02.15 hours.\n\nOver the half distance, the Briton Callum Fras was the quickest of the men in 1:09.48 hours. The fastest woman was the Mallorcan Aina Bauz (1:21.10 hours).",
        published: Some("2026-10-20"),
        yields: &[
            "result of Oli Pendle race Cove Bay Marathon 2026 42.195 Men",
            "result of Oli Pendle finishTime PT2H31M7S",
            "result of Sabine Kram position 1",
            "result of Sabine Kram finishTime PT3H2M15S",
            "result of Callum Fras race Cove Bay Marathon 2026 21.0975 Men",
            "result of Aina Bauz race Cove Bay Marathon 2026 21.0975 Women",
        ],
    },
    // Places told as "winners" by rank, as translations from Indonesian
    // tell them ("came out as the first winner", "as second winner", "in
    // the runner-up position", "the third winner was taken by"); a
    // category of the race named with its town and another distance
    // ("the women's category of Cove 5 K").
    Ex {
        text: "Cove 10K\n\nRizky Ardi from Jambi came out as the first winner of the men's category of Cove 10K with a time of 30.42 minutes. Followed by Irfan Maul from Bengkulu as second winner (30.57 minutes).\n\nMeanwhile for the women's category of Cove 10 K, the first winner was taken by the runner from Pekanbaru, Sri Wahy with a time of 36.05 minutes, Nadia Rahma in the runner-up position (36.48).\n\nIn the women's category of Cove 5 K, the third winner was taken by Putri Zah from SMA Cove (19.36 minutes).",
        published: Some("2026-05-17"),
        yields: &[
            "result of Rizky Ardi position 1",
            "result of Rizky Ardi finishTime PT30M42S",
            "result of Irfan Maul position 2",
            "result of Sri Wahy race Cove 10K 2026 10 Women",
            "result of Sri Wahy position 1",
            "result of Nadia Rahma position 2",
            "result of Putri Zah race Cove 10K 2026 5 Women",
            "result of Putri Zah position 3",
        ],
    },
    // "the Cove Hill 10 km" beside "the Cove Hill Marathon" is a race of
    // the same event, and a sentence that opens on it ("On the Cove Hill
    // 10 km, …") gives its results that distance.
    Ex {
        text: "Cove Hill Marathon\n\nAbel Kip won the Cove Hill Marathon on Sunday in 2:21:48.\n\nOn the Cove Hill 10 km, run in the early afternoon, Karim Hadd won the men's race in 30:55.",
        published: Some("2026-10-12"),
        yields: &[
            "result of Abel Kip race Cove Hill Marathon 2026 42.195",
            "result of Karim Hadd race Cove Hill Marathon 2026 10 Men",
        ],
    },
    // A winner's time told further on in a sentence that opens on the
    // winner ("Chel, for her part, finished in T"), or in one that says
    // they "ran the 26.2-mile race in T" or "won in T".
    Ex {
        text: "Cove Bay Marathon\n\nEthiopia's Abe Worku took the men's title and Kenya's Mary Chel was the fastest woman at the Cove Bay Marathon.\n\nThe men's race was slow. Last year's winner Jo Kip had covered the course in 2:13:05; on Sunday Worku needed 2:15:48. \"The weather was perfect,\" said the 27-year-old. He lives in Bekoji.\n\nChel, for her part, finished in 2:38:10, well inside the mark.",
        published: Some("2026-01-05"),
        yields: &[
            "result of Mary Chel position 1",
            "result of Mary Chel finishTime PT2H38M10S",
        ],
    },
    Ex {
        text: "Cove Wharf Marathon\n\nTyler Brin of Hanover took the men's title and Ada Oka of Lisbon won on the women's side in Saturday's Cove Wharf Marathon.\n\nBrin ran the 26.2-mile race in 2:19:47.\n\nOka, running her second marathon, won in 2:40:26.",
        published: Some("2026-05-10"),
        yields: &[
            "result of Tyler Brin finishTime PT2H19M47S",
            "result of Ada Oka finishTime PT2H40M26S",
        ],
    },
    // A runner read in one sex's race whose given name is the other
    // sex's wherever it is used (`[female_given_name]`,
    // `[male_given_name]`) is of the other sex's race.
    Ex {
        text: "Cove Coast Marathon\n\nIn the half marathon, Sathish Kum (01:08:12) and Priya Nat (01:21:37) were the fastest in the men's and women's categories.",
        published: Some("2026-02-02"),
        yields: &["result of Priya Nat race Cove Coast Marathon 2026 21.0975 Women"],
    },
    // "X Marathon & Half Marathon": two races of one event, the series
    // named without the second.
    Ex {
        text: "Cove results\n\nThree of the four Cove Buttes Marathon & Half Marathon titles on Sunday were decided early. Ann Lee won the women's half marathon in 1:11:48.",
        published: Some("2026-01-18"),
        yields: &["result of Ann Lee race Cove Buttes Marathon 2026 21.0975 Women"],
    },
    // "success for X" is a win, as translations from Italian write it,
    // and "In the competitive 10 kilometres," opens on that distance.
    Ex {
        text: "Cove Citadel Half Marathon\n\nVictory went to the Kenyan Abel Kim, followed by Marco Cing and Andrea Paol. In the women's field, success for Elisa Caro ahead of Giulia Pier.\n\nIn the competitive 10 kilometres, the win went to Nicola Rag.",
        published: Some("2026-10-12"),
        yields: &[
            "result of Elisa Caro race Cove Citadel Half Marathon 2026 21.0975 Women",
            "result of Elisa Caro position 1",
            "result of Nicola Rag race Cove Citadel Half Marathon 2026 10 Men",
        ],
    },
    // A distance won ("won the 5K", "topped the 5K") is that race's;
    // a given name of `[female_given_name]` ("Princess") makes the
    // second winner of "A and B won the 10K, A (T) … among the men" the
    // women's.
    Ex {
        text: "Cove Butte Marathon\n\nDan Ridge won the marathon in 2:31:10. Henry Bla won the 5K in 17:21.\n\nMark Salc and Princess Dela won the 10K, Salc (0:34:58) finishing ahead of Jomar Tiu (0:36:11) among the men, and Dela (0:40:12) ahead of Hazel Gonz (0:43:55).",
        published: Some("2025-09-14"),
        yields: &[
            "result of Henry Bla race Cove Butte Marathon 2025 5",
            "result of Princess Dela race Cove Butte Marathon 2025 10 Women",
        ],
    },
    // "occupied the first three men's places in T1, T2 and T3,
    // respectively" after a list of runners "from" their towns; "The
    // leading three women … were A from X with T1, B …" and "timed at T1,
    // T2 and T3 respectively" after such a list.
    Ex {
        text: "Cove Gorge Marathon\n\nOver the half marathon, Tang Ka from Wuhan, Fang Zhi from Jingzhou and Deng Ru from Yichang occupied the first three men's places in 1:07:55, 1:09:12 and 1:10:40, respectively. The leading three women over the half distance were Yin Xia from Yichang, Cai Lin from Shiyan and Wen Ji from Wuhan, timed at 1:18:36, 1:21:09 and 1:24:51 respectively.\n\nIn the marathon the women's podium: the leading three women were Ele Const from Cyprus with 03:05:04, Cam Rouss from France with 03:16:02 and Geo Papp from Greece with 03:20:07.",
        published: Some("2026-04-20"),
        yields: &[
            "result of Deng Ru race Cove Gorge Marathon 2026 21.0975 Men",
            "result of Deng Ru position 3",
            "result of Deng Ru finishTime PT1H10M40S",
            "result of Cai Lin race Cove Gorge Marathon 2026 21.0975 Women",
            "result of Cai Lin position 2",
            "result of Cai Lin finishTime PT1H21M9S",
            "result of Cam Rouss position 2",
            "result of Cam Rouss finishTime PT3H16M2S",
        ],
    },
    // A winner's time after "The 27-year-old, who …, won the women's
    // section yesterday in T", a sentence after one about the winner alone.
    Ex {
        text: "Cove Harbourside Marathon\n\nElla Bren was first home in the women's half-marathon at the Cove Harbourside Marathon yesterday.\n\nElla Bren has laid a ghost to rest.\n\nThe 27-year-old, who limped through the half-marathon two years ago with a calf strain, won the women's section yesterday in 1hr 20min 52sec.",
        published: Some("2026-09-14"),
        yields: &["result of Ella Bren finishTime PT1H20M52S"],
    },
    // A title held in an aside right after a runner's name (", the
    // winner in 2019,", after a club in brackets, or "(a previous winner
    // in 2023 …)") is a win that year and dates nothing said after it.
    Ex {
        text: "Cove Valley Half Marathon – 12 October 2025\n\nEamon Gall won the Cove Valley Half Marathon in 1:07:55. Mart Kell (Cove Canal Runners), the winner in 2019, was second in 1:08:30.",
        published: Some("2025-10-13"),
        yields: &[
            "result of Mart Kell race Cove Valley Half Marathon 2019 21.0975",
            "result of Mart Kell race Cove Valley Half Marathon 2025 21.0975",
        ],
    },
    Ex {
        text: "Cove Lakes Marathon\n\nSam Cheru, of Kenya, took the men's division in the weekend's headline race, while Oshkosh native Meg Thie (a previous winner in 2023 who also holds the course record) won the women's division.",
        published: Some("2026-05-24"),
        yields: &[
            "result of Meg Thie race Cove Lakes Marathon 2026 42.195 Women",
            "result of Meg Thie position 1",
        ],
    },
    // A race written as one word after its town's adjective, and the
    // distance of the sentence before told for its results: "With the
    // women X won" goes on with the half that "Victory in the half
    // marathon went to A … ahead of B and C" told, though B and C had
    // none yet.
    Ex {
        text: "Lindau – The 30th Lindauer Hafenlauf opened the season on Sunday with a half marathon and a 10 km.\n\nVictory in the half marathon went to Jon Brat (Bregenz) in 1:10:12 ahead of Tim Wald (1:11:40) and Ole Strand (Wangen, 1:12:05). With the women Ina Feld (Kempten) won in 1:22:30, ahead of Eva Moor in 1:24:51.",
        published: Some("2026-04-20"),
        yields: &[
            "result of Ina Feld race Lindauer Hafenlauf 2026 21.0975 Women",
            "result of Ina Feld position 1",
            "result of Eva Moor race Lindauer Hafenlauf 2026 21.0975 Women",
        ],
    },
    // "Over 10 km X was the fastest woman": the distance before the name,
    // with no comma.
    Ex {
        text: "Lindau – The 30th Lindauer Hafenlauf was held on Sunday over a half marathon and 10 km.\n\nJon Brat won the half marathon in 1:10:12.\n\nOver 10 km Ina Feld (Kempten) was the fastest woman in 38:12 minutes.",
        published: Some("2026-04-20"),
        yields: &[
            "result of Ina Feld race Lindauer Hafenlauf 2026 10 Women",
            "result of Ina Feld finishTime PT38M12S",
        ],
    },
    // A marathon written as one word gives its results the marathon's
    // distance.
    Ex {
        text: "The Varde Klitmarathon was run on Saturday. The fastest woman was Ane Holm in 3:01:10.",
        published: Some("2026-04-05"),
        yields: &[
            "result of Ane Holm race Varde Klitmarathon 2026 42.195 Women",
        ],
    },
    // Translations' wins, places and times: "was the absolute winner of",
    // "crossed the finish with T on the clock" told after, "the
    // best among the men was X (T)", "leaving behind A (T1) and B (T2)",
    // and a place with its verb left out after "to" ("Second place went to
    // A (T1) and third to another Kenyan, B (T2)").
    Ex {
        text: "Cove Port.- The Kenyan Wil Kos was the absolute winner of the Cove Port Marathon on Sunday.\n\nKos, in his first visit, crossed the finish with 02:18:47 on the clock. Second place went to his countryman Nic Rot (2:21:05) and third to another Kenyan, Amo Lag (2:27:30).\n\nIn the half marathon, the best among the men was Jor Tzu (01:08:40).\n\nOver 10 kilometres Luis Pech won in 33:40, leaving behind Rod Pool (34:52) and Ed Bal (35:20).",
        published: Some("2026-01-11"),
        yields: &[
            "result of Wil Kos race Cove Port Marathon 2026 42.195 Men",
            "result of Wil Kos position 1",
            "result of Wil Kos finishTime PT2H18M47S",
            "result of Amo Lag position 3",
            "result of Amo Lag finishTime PT2H27M30S",
            "result of Jor Tzu race Cove Port Marathon 2026 21.0975 Men",
            "result of Jor Tzu position 1",
            "result of Rod Pool position 2",
            "result of Rod Pool finishTime PT34M52S",
        ],
    },
    // Places told together in one sentence share the sex one of them has
    // (the third place is the women's, the men's being taken).
    Ex {
        text: "The Cove Harbour Marathon was held on Sunday.\n\nJos Lim won the men's race in 2:18:52 and Amos Nge was third in 2:28:15.\n\nAna Mar won in 2:37:44.\n\nSecond place went to Jel Sav (3:04:18) and third to Rek Var (3:06:55).",
        published: Some("2026-01-11"),
        yields: &["result of Jel Sav race Cove Harbour Marathon 2026 42.195 Women"],
    },
    // "The 36-year-old physiotherapist, who …, finished in T" after a
    // win: the winner's time (a word of what she is after her age).
    Ex {
        text: "The Cove Lough Marathon was held yesterday.\n\nCastletroy's Ann Kie was the first woman home in the marathon. The 36-year-old physiotherapist, who ran for Ireland at the European championships, finished in two hours, forty-seven minutes, twelve seconds.",
        published: Some("2026-05-04"),
        yields: &["result of Ann Kie finishTime PT2H47M12S"],
    },
    // "Behind her came A (T1) and B (T2)" right after a sentence about
    // her win: second and third.
    Ex {
        text: "The Cove Harbour Marathon was held on Sunday.\n\nAna Lop won the women's race. Lop led from the tenth kilometre and stopped the clock at 2:46:12. Behind her came Reb Tho (2:51:40) and Yad Pec (3:00:58).",
        published: Some("2026-01-11"),
        yields: &[
            "result of Reb Tho race Cove Harbour Marathon 2026 42.195 Women",
            "result of Reb Tho position 2",
            "result of Yad Pec position 3",
        ],
    },
    // A series whose name gives no distance, in an article whose heading
    // and every other distance it writes are the half marathon's.
    Ex {
        text: "Half marathon along the Lake\n\nCove · At the regional half marathon championships, held within the 41st Covetaler Uferlauf, Mo Eng won ahead of Pau Rei.\n\nAfter 16 of the 21.1 kilometres Eng broke away.\n\nAmong the women, Van Kra won in 1:21:30, ahead of Car Thi (1:23:02).",
        published: Some("2026-03-23"),
        yields: &["result of Van Kra race Covetaler Uferlauf 2026 21.0975 Women"],
    },
];
