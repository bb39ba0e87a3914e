//! Examples of results in prose ([`super::prose_rule`]), in the same form
//! as [`super::prose_examples`], of forms other pages write: a distance
//! before the words of the win with no comma, two winners and their times
//! told in order after the verb, a half marathon written as one word, a
//! club's kind written short in brackets, a point closing the brackets,
//! two winners from their countries "with respective times of" T1 and T2,
//! a race written as one word alone.

use super::registry::Example as Ex;

pub(super) const EXAMPLES: &[Ex] = &[
    // A half marathon written as one word ("Halfmarathon") is a half
    // marathon; "The shorter 10K went to X" opens on the 10K.
    Ex {
        text: "Cove Riviera Halfmarathon\n\nApril 19, 2026\n\nThe main race was won by Luca Berno in 1:11:02. The shorter 10K went to the Latvian Rob Ozol, who needed just over 34 minutes. Among the women, Iva Rade was first in 39:12.",
        published: Some("2026-04-19"),
        yields: &[
            "result of Luca Berno race Cove Riviera Halfmarathon 2026 21.0975 Men",
            "result of Rob Ozol race Cove Riviera Halfmarathon 2026 10 Men",
            "result of Iva Rade race Cove Riviera Halfmarathon 2026 10 Women",
        ],
    },
    // A club's kind written short in the brackets after a runner ("Atl.",
    // "A.S."): no end of the sentence, no runner.
    Ex {
        text: "Cove Marathon report\n\nApril 12, 2026\n\nAmong the women, Chia Berto (Atl. Sebino Ovest) won the half marathon in 1:16:44. In the marathon, Ele Marche (A.S. Valgo Corse, 2:55:02) was third.",
        published: Some("2026-04-12"),
        yields: &[
            "result of Chia Berto race Cove Marathon 2026 21.0975 Women",
            "result of Chia Berto finishTime PT1H16M44S",
            "result of Ele Marche position 3",
        ],
    },
    // A point that closes the brackets after a runner ("Univ.)", "Inc.)")
    // does not end the sentence.
    Ex {
        text: "Cove Lake Half Marathon\n\nMay 3, 2026\n\nIn the 10 km held alongside the main race, Ken Oda (Cove Gakuin Univ.) was first among the men in 31 minutes 2 seconds.",
        published: Some("2026-05-03"),
        yields: &[
            "result of Ken Oda race Cove Lake Half Marathon 2026 10 Men",
            "result of Ken Oda finishTime PT31M2S",
        ],
    },
    // A foundation named for its race ("Stichting Cove Run") is the body
    // that organises it, not a race the results are of.
    Ex {
        text: "Cove Harbour Marathon: record field\n\n30-11-2026\n\nThe ninth Cove Harbour Marathon was held yesterday.\n\nStichting Cove Run organised the event with 300 volunteers.\n\nIn the half marathon Jan Mertens was first over the line in 1:19:05.",
        published: Some("2026-11-30"),
        yields: &["result of Jan Mertens race Cove Harbour Marathon 2026 21.0975"],
    },
    // "A (ETH) and B (ETH) won the X in T1 and T2": the two winners, each
    // with the time in order, the faster the men's.
    Ex {
        text: "Cove Road Marathon: Ethiopian double\n\nMay 18, 2026\n\nThe Ethiopian runners Abe Shifa (ETH) and Mes Gudo (ETH) won the 36th edition of the Cove Road Marathon in the port city in 2:09:12 and 2:26:48.",
        published: Some("2026-05-18"),
        yields: &[
            "result of Abe Shifa race Cove Road Marathon 2026 42.195 Men",
            "result of Abe Shifa finishTime PT2H9M12S",
            "result of Mes Gudo race Cove Road Marathon 2026 42.195 Women",
            "result of Mes Gudo finishTime PT2H26M48S",
        ],
    },
    // "A from X and B from Y won with respective times of T1 and T2": the
    // two winners, the faster the men's; the sex of the last of them does
    // not pass to a winner of another distance told next.
    Ex {
        text: "Cove Harbour Marathon: record field\n\n30-11-2025\n\nThe ninth Cove Harbour Marathon was held yesterday.\n\nIn the marathon, Tom Veld of the Netherlands and Clara Hoo of Finland won with respective times of 2:58:44 and 3:49:12. In the half marathon Tiago Morais from Brazil was first over the line in 1:21:30, while Lydia Haver from Germany won the women's race in 1:36:05.",
        published: Some("2025-11-30"),
        yields: &[
            "result of Tom Veld race Cove Harbour Marathon 2025 42.195 Men",
            "result of Tom Veld finishTime PT2H58M44S",
            "result of Clara Hoo race Cove Harbour Marathon 2025 42.195 Women",
            "result of Clara Hoo finishTime PT3H49M12S",
            "result of Tiago Morais race Cove Harbour Marathon 2025 21.0975 Men",
        ],
    },
    // A race written as one word alone ("the Kovamilen", a Swedish mile of
    // 10 km), clubs written with their letters after the runner ("Ronby
    // FK"), a time written with a point after "with the time".
    Ex {
        text: "Lind and Berg fastest at Kovamilen\n\nPublished 27 April 2026\n\nIn fine spring weather the Kovamilen was decided last Saturday.\n\nIn the women's class it was Eva Lind, Ronby FK, who won with the time 37.58.",
        published: Some("2026-04-27"),
        yields: &[
            "result of Eva Lind race Kovamilen 2026 10 Women",
            "result of Eva Lind finishTime PT37M58S",
        ],
    },
    // The one-word race alone in a headline is the town's race the body
    // names in full.
    Ex {
        text: "Over 2,000 ran the Kovamarathon\n\nMay 18, 2026\n\nTen times the Silkeborg Kovamarathon has been held, and the Silkeborg Kovamarathon drew a record field. Ida Lund won the Kovamarathon in 2:55:41.",
        published: Some("2026-05-18"),
        yields: &["result of Ida Lund race Silkeborg Kovamarathon 2026 42.195"],
    },
    // "the women's champion was X" is a win; a sentence that opens on
    // another distance with no sex ("In the 10 km, …") leaves the women's
    // race told before out of focus.
    Ex {
        text: "Cove Island Marathon\n\nMay 4, 2026\n\nIn the 21 km the title went to Wel Nazar, in 1h06min21seg, while the women's champion was Cris Prates, with 1h20min42seg. In the 10 km, held on Saturday, Jos Dourado won in 30min56seg and Kei Matos was the fastest woman in 38min51seg.",
        published: Some("2026-05-04"),
        yields: &[
            "result of Cris Prates race Cove Island Marathon 2026 21.0975 Women",
            "result of Cris Prates finishTime PT1H20M42S",
            "result of Jos Dourado race Cove Island Marathon 2026 10 Men",
        ],
    },
    // "Fastest in the race was X" is a win; the winner's own clause that
    // a time after a comma ends is no aside ("X, who ran T and won by a
    // minute from B, Club, in T2"), and B's club between commas comes
    // before B's time.
    Ex {
        text: "Cove Canal Half Marathon 2026\n\n2026-05-18\n\nFastest in the race was Ande Wik, Vreta LK, who ran 1.07.22 and won by almost a minute from Eri Nyb, Cove Athletics, in 1.08.19.",
        published: Some("2026-05-18"),
        yields: &[
            "result of Ande Wik position 1",
            "result of Ande Wik finishTime PT1H7M22S",
            "result of Eri Nyb position 2",
            "result of Eri Nyb finishTime PT1H8M19S",
        ],
    },
    // "In the feminine category" (as translations from Spanish, French,
    // Italian or Portuguese write it): the women's.
    Ex {
        text: "Cove Half Marathon\n\n18/10/2026\n\nAl Teso won the men's race of the 9th Cove Half Marathon in 1:02:14. In the feminine category Hiw Gebre dominated from the first kilometre and won with 1h11:09. The Portuguese Car Pires was third (1h14:02).",
        published: Some("2026-10-18"),
        yields: &["result of Hiw Gebre race Cove Half Marathon 2026 21.0975 Women"],
    },
    Ex {
        text: "Ure Half Marathon\n\n12/04/2026\n\nSome 3,000 runners took part in the Ure Half Marathon this Sunday. In the masculine category Jon Aroa imposed himself with 1h04:10, in front of Ted Lusa (1h04:40).",
        published: Some("2026-04-12"),
        yields: &["result of Jon Aroa race Ure Half Marathon 2026 21.0975 Men"],
    },
    // A runner after "on Sunday of", set off by a comma before "who won":
    // the runner, not where someone is from.
    Ex {
        text: "Cove Marathon\n\nThe 9th edition of the Cove Marathon was marked by the victory on Sunday of Moroccan El Hou Lahc, who won in 2h11min07s, ahead of his compatriot Abd Bouz (2h11min45s).",
        published: Some("2025-02-17"),
        yields: &["result of El Hou Lahc position 1"],
    },
    // "In the distaff side" (as Philippine pages write it): the women's.
    Ex {
        text: "Cove Baywalk Marathon\n\nMay 4, 2026\n\nAl Lagra won the Cove Baywalk Marathon in 2:38:14. In the distaff side, Joy Mangu won in 3:12:40, well ahead of Tig Bekel (3:20.11) and Lor Dago (3:26.58), who came in second and third, respectively.",
        published: Some("2026-05-04"),
        yields: &[
            "result of Joy Mangu race Cove Baywalk Marathon 2026 42.195 Women",
            "result of Lor Dago race Cove Baywalk Marathon 2026 42.195 Women",
        ],
    },
    // A body of races named for them ("a member of the Nordic Road Races
    // network") is no race the results are of.
    Ex {
        text: "Kipro and Jepke winners of 25th Cove Half Marathon\n\nCOVE (August 22, 2026) - More than 9,000 runners entered five races during Cove Running Week as the event, a member of the Nordic Road Races network, marked its 25th anniversary.\n\nDennis Kipro won the men's race in 1:02:15.",
        published: Some("2026-08-22"),
        yields: &["result of Dennis Kipro race Cove Half Marathon 2026 21.0975 Men"],
    },
    // "the winner was the young national-team runner X" (three words of
    // who the winner is), "was first with a final time of T", "The second
    // runner to reach the square was X",
    // "Closing the women's podium was X" (third).
    Ex {
        text: "Cove Night Run\n\n16/05/2026\n\nThe fifth edition of the Cove Night Run offered two distances.\n\nIn the men's race over 10 kilometres, the winner was the young national-team runner Biel Ross, with a final time of 33'18\".\n\nIn the women's category, Marta Sans was first with a final time of 38'44\". The second runner to reach the square was Ona Garc in 39'30\". Closing the women's podium was the Spanish runner Eli Mas, with 40'12\".",
        published: Some("2026-05-16"),
        yields: &[
            "result of Biel Ross race Cove Night Run 2026 10 Men",
            "result of Biel Ross finishTime PT33M18S",
            "result of Marta Sans finishTime PT38M44S",
            "result of Ona Garc position 2",
            "result of Ona Garc finishTime PT39M30S",
            "result of Eli Mas race Cove Night Run 2026 10 Women",
            "result of Eli Mas position 3",
        ],
    },
    // A Korean page's "full course" is the marathon and its "half course"
    // the half, its "Input" stamp the page's date.
    Ex {
        text: "Cove River Spring Race draws 5,000\n\nInput 2026.03.02 17:40 | Modified 2026.03.02 18:05\n\nThe '21st Cove River Spring Race' was held on the 1st over a full course, a half course and 10 km.\n\nIn the full course men's section, Choi Jae-won (41, Cove Dawn Runners) took first place with 2 hours 36 minutes 41 seconds.\n\nIn the half course men's section, Jang Min-gyu took first place with 1 hour 11 minutes 27 seconds.",
        published: None,
        yields: &[
            "result of Choi Jae-won race Cove River Spring Race 2026 42.195 Men",
            "result of Choi Jae-won finishTime PT2H36M41S",
            "result of Jang Min-gyu race Cove River Spring Race 2026 21.0975 Men",
        ],
    },
    // "Over 10 kilometres the winner was X": the distance before the
    // words of the win, with no comma.
    Ex {
        text: "Lindau – The 30th Lindauer Hafenlauf was held on Sunday over a half marathon and 10 km.\n\nJon Brat won the half marathon in 1:10:12.\n\nOver 10 kilometres the winner was Ian Feld (31:40), leaving behind Tom Roh (32:05), while among the women the best was Ina Moor (36:10).",
        published: Some("2026-04-20"),
        yields: &[
            "result of Ian Feld race Lindauer Hafenlauf 2026 10 Men",
            "result of Tom Roh race Lindauer Hafenlauf 2026 10 Men",
        ],
    },
    // An initial glued to a name whose letter is a Cyrillic one
    // romanised in two ("Kh.Batbayar") is a runner's; a name before a
    // club's lower-case words ("(Erdenet Mining sports club)") the club's.
    Ex {
        text: "Cove Steppe Half Marathon\n\n2026.06.14\n\nIn the men's 21 km race, D.Temuulen took the gold medal at the Cove Steppe Half Marathon with a time of 1:08:41. Kh.Batbayar (Cove Copper sports club) finished second in 1:09:30.",
        published: Some("2026-06-14"),
        yields: &["result of Kh.Batbayar position 2"],
    },
    // A sports title before a name ("International Master of Sport X")
    // is no part of it; a runner's region with its kind in lower case
    // ("of Cove Hills aimag") is where the runner is from.
    Ex {
        text: "Cove Steppe Half Marathon\n\n2026.06.14\n\nIn the women's race of the Cove Steppe Half Marathon, International Master of Sport O.Solongo, who ran at the Asian Championships last year, took first place in 1:19:55. She was followed by B.Nomin of Cove Hills aimag in 1:23:08 and Ts.Saran of Uvs province third in 1:24:47.",
        published: Some("2026-06-14"),
        yields: &[
            "result of O.Solongo position 1",
            "result of Ts.Saran position 3",
        ],
    },
    // "X is the winner of this year's Y" (as translations and agencies
    // write it) is a win.
    Ex {
        text: "Kiplo dominated the Cove Column Half Marathon\n\n20. 6. 2026\n\nThe Kenyan Amo Kiplo is the winner of this year´s Cove Column Half Marathon, with time of 1:00:14.",
        published: Some("2026-06-20"),
        yields: &["result of Amo Kiplo position 1", "result of Amo Kiplo finishTime PT1H14S"],
    },
    // "X won this Sunday the 9th Y", the day between the verb and its
    // object as translations from Spanish write it, is a win.
    Ex {
        text: "Cove Marathon\n\nApril 26, 2026\n\nNEUQUEN, April 26, 2026 (APN) – The Kenyan Nic Kipke Too won this Sunday the 9th Maratón Internacional de la Cove, with a time of 2h16:09, while the Argentine Luc Pere won the women's race.",
        published: Some("2026-04-26"),
        yields: &["result of Nic Kipke Too position 1", "result of Nic Kipke Too finishTime PT2H16M9S"],
    },
    // After an edition's ordinal, a race's name with its town after the
    // race's kind ("the 33rd Cove Marathon Zilka") is the race's name.
    Ex {
        text: "Sang wins in Zilka\n\nPublished: 29. 9. 2026\n\nThe 33rd Cove Marathon Zilka was held on Sunday. Nic Sang won in 2:15:33.",
        published: Some("2026-09-29"),
        yields: &["result of Nic Sang race Cove Marathon Zilka 2026 42.195"],
    },
    // "X was the first over the line" is a win, and a reading time after
    // the date's line ("· Reading time 2 min.") leaves the date read.
    Ex {
        text: "Cove Lakeshore Half Marathon decided\n\n06.09.2026 · 12:37 · Reading time 2 min.\n\nThe Cove Lakeshore Half Marathon was on the programme this morning. Den Bett was the first over the line.",
        published: None,
        yields: &["result of Den Bett race Cove Lakeshore Half Marathon 2026 21.0975"],
    },
    // A race named with a number word alone as its kind ("the Cove Abbey
    // Ten") is won like any other ("won the X Ten on Saturday"), and runs
    // the miles the article tells ("ten miles"), the name giving none.
    Ex {
        text: "Cove Abbey Ten\n\nMarch 12, 2026\n\nA course record marked the 31st Cove Abbey Ten on Sunday. Jon Trell won in 49:58.\n\nThe hilly route goes out ten miles to the river and back.",
        published: Some("2026-03-12"),
        yields: &["result of Jon Trell race Cove Abbey Ten 2026 16.0934"],
    },
    Ex {
        text: "Cove Gulf Ten\n\nMay 4, 2026\n\nSimon Kauna won the Cove Gulf Ten on Saturday in 34:05. Mark Yawi was second in 34:29.",
        published: Some("2026-05-04"),
        yields: &["result of Simon Kauna position 1"],
    },
    // "Five" as well ("the Cove Lantern Five"), five miles where the
    // article tells them ("the five-miler").
    Ex {
        text: "Cove Lantern Five\n\nJuly 4, 2026\n\nAda Quell won the 12th Cove Lantern Five on Saturday morning in 27 minutes, 40 seconds. The five-miler drew 800 runners.",
        published: Some("2026-07-04"),
        yields: &["result of Ada Quell race Cove Lantern Five 2026 8.0467"],
    },
    // A time written with a point ("in 32.58") read by the one distance
    // the article tells ("the 10 km race"), the race's name giving none.
    Ex {
        text: "Cove Hill Run\n\nSeptember 15, 2026\n\nIna Vale won the Cove Hill Run on Saturday, the 10 km race from the town centre to the hills, in 39:52.\n\nThe men's race was won by Jor Saen in 32.58, with Mig Alca second in 33.21.",
        published: Some("2026-09-15"),
        yields: &["result of Jor Saen finishTime PT32M58S"],
    },
    // A heading of a race's name in capitals with its town after the
    // race's kind ("COVE HALF MARATHON OLOMOUC 2026"): the race's name,
    // and its town.
    Ex {
        text: "COVE HALF MARATHON OLOMOUC 2026\n\nPublished 26.04.2026\n\nTom Bale won the men's race in 1:02:47.",
        published: None,
        yields: &["result of Tom Bale race COVE HALF MARATHON 2026 21.0975 Men"],
    },
    // "led the women's field from the bridge onward": a win of the
    // women's race, whose sex the places after it keep.
    Ex {
        text: "Cove Marathon\n\nOctober 4, 2026\n\nEd Kip won the Cove Marathon on Sunday in 2:17:44.\n\nClaire Doucette led the women's field from the bridge onward and finished in 2:39:08, a personal best. Toronto's Priya Nandakumar took second (2:41:30).",
        published: Some("2026-10-04"),
        yields: &[
            "result of Claire Doucette race Cove Marathon 2026 42.195 Women",
            "result of Priya Nandakumar race Cove Marathon 2026 42.195 Women",
        ],
    },
    // "de los" joins a race's name as "de la" does ("Maratón de los
    // Cerros").
    Ex {
        text: "Cove news\n\nMay 4, 2026\n\nTom Bale won the Maratón de los Cerros in 2:12:00.",
        published: Some("2026-05-04"),
        yields: &["result of Tom Bale race Maratón de los Cerros 2026 42.195"],
    },
    // An elided article before the name's last word ("Semi-Marathon de
    // l'Orbe") keeps the race's name whole.
    Ex {
        text: "Cove news\n\nPublished on 04/05/2026\n\nTom Bale won the Semi-Marathon de l'Orbe in 1:04:10.",
        published: None,
        yields: &["result of Tom Bale race Semi-Marathon de l'Orbe 2026 21.0975"],
    },
    // "The fastest man was X": the men's win, as "The fastest woman was X"
    // is the women's.
    Ex {
        text: "Cove news\n\n12.10.2026\n\nThe 4th Cove Half Marathon was run on Sunday. The fastest man was the Kenyan Abel Toroi, who achieved a time of 1:04:09.",
        published: Some("2026-10-12"),
        yields: &["result of Abel Toroi race Cove Half Marathon 2026 21.0975 Men", "result of Abel Toroi finishTime PT1H4M9S"],
    },
    // A race named by its distance first with "K", two words around a
    // connector ("the 10K Ribeira do Cove"), as Spanish and Portuguese
    // pages name them.
    Ex {
        text: "Cove news\n\nMay 4, 2026\n\nAna Lin won the 10K Ribeira do Cove in 33:10.",
        published: Some("2026-05-04"),
        yields: &["result of Ana Lin race 10K Ribeira do Cove 2026 10"],
    },
    // "retained the title she won in 2025, running T": this year's win
    // with its time, and the win of 2025; "… won in 2025 in a time of
    // T": that win's time.
    Ex {
        text: "Cove Lagoon 10K\n\nMay 4, 2026\n\nBenin's Ada Kossi retained the title she won in 2025, running 34:10 on the flat course. Ivy Mensa was second in 35:02.",
        published: Some("2026-05-04"),
        yields: &[
            "result of Ada Kossi race Cove Lagoon 10K 2026 10 Women",
            "result of Ada Kossi race Cove Lagoon 10K 2025 10 Women",
            "result of Ivy Mensa race Cove Lagoon 10K 2026 10 Women",
            "result of Ada Kossi finishTime PT34M10S",
        ],
    },
    Ex {
        text: "Cove City Marathon\n\nJune 22, 2026\n\nTom Ruma retained the title he won in 2025 in a time of 2:27:50 and was 3:38 minutes off the record.",
        published: Some("2026-06-22"),
        yields: &[
            "result of Tom Ruma race Cove City Marathon 2026 42.195 Men",
            "result of Tom Ruma race Cove City Marathon 2025 42.195 Men",
            "result of Tom Ruma finishTime PT2H27M50S",
        ],
    },
    // "A of Town won in T1 and B of Town took the women's race in T2":
    // the women's race is B's alone, A's win the men's.
    Ex {
        text: "Cove Half Marathon\n\nJune 8, 2026\n\nEd Kip won the Cove Half Marathon in 1:09:48.\n\nIn the 10K, Tomás Rivas of Dale won in 33:40 and Jenna Holm of Ridge took the women's race in 38:12.",
        published: Some("2026-06-08"),
        yields: &[
            "result of Tomás Rivas race Cove Half Marathon 2026 10 Men",
            "result of Jenna Holm race Cove Half Marathon 2026 10 Women",
        ],
    },
    // A runner after "broke clear of" a demonym is the object: the win
    // after the name ("… after 30km and won in T") is the one before's,
    // and "held on for second" is theirs.
    Ex {
        text: "Cove Marathon\n\nMay 10, 2026\n\nIn the women's race Ana Kilo broke clear of Kenyan Mary Chel after 30km and won in 2:31:18. Chel held on for second in 2:32:40.",
        published: Some("2026-05-10"),
        yields: &[
            "result of Ana Kilo position 1",
            "result of Ana Kilo finishTime PT2H31M18S",
            "result of Mary Chel race Cove Marathon 2026 42.195 Women",
            "result of Mary Chel position 2",
        ],
    },
    // Years told together ("won the 2023 and 2024 editions as well") are
    // no year of the paragraph: the places after them are this year's.
    Ex {
        text: "Cove Half Marathon\n\nMonday, June 8, 2026\n\nOn the women's side, Kendra Oka ran away from the field for her third win in the race, clocking 1:19:02. Oka won the 2023 and 2024 editions as well, then spent most of last year injured. Mel Fehr was runner-up in 1:21:45.",
        published: Some("2026-06-08"),
        yields: &["result of Mel Fehr race Cove Half Marathon 2026 21.0975 Women"],
    },
    // Translated podiums: "in 10K men, the winner was X", "Among the
    // women, the fastest in 10K was Y, followed by A and B" (the list of
    // the race its own words name, not of the men's winner before).
    Ex {
        text: "Cove Marathon\n\nOctober 18, 2026\n\nMarc Ferr won the Cove Marathon in 2:31:12.\n\nMeanwhile in 10K men, the winner was Ivan Robl with a time of 32 minutes and 9 seconds, followed by Alex Riba (32:40) and Hugo Serr (33:01).\n\nAmong the women, the fastest in 10K was Meritxell Font with a crono of 37:15, followed by Clara Ibáñez with 38:02 and Paula Vidal with 38:49.",
        published: Some("2026-10-18"),
        yields: &[
            "result of Ivan Robl race Cove Marathon 2026 10 Men",
            "result of Meritxell Font race Cove Marathon 2026 10 Women",
            "result of Clara Ibáñez race Cove Marathon 2026 10 Women",
            "result of Clara Ibáñez position 2",
        ],
    },
    // A place told beside an age group's win keeps the place.
    Ex {
        text: "Cove Alpine Marathon\n\nJune 14, 2026\n\nAnn Kurz won the women's race in 4:01:12. Third was San Ina of Team Cove; the 34-year-old Swiss won the W30 class in 4:22:35.",
        published: Some("2026-06-14"),
        yields: &["result of San Ina position 3"],
    },
    // Places before the names, the verb told once ("the winner was"):
    // "second A with T1 and third B with T2", each place its runner's.
    Ex {
        text: "Cove Marathon\n\nAugust 31, 2026\n\nMarc Ferr won the Cove Marathon in 2:21:08.\n\nAmong the women, the winner was Ada Quil with 2:46:12, second Rut Mend with 2:50:31 and third Noa Salv with 2:54:08.",
        published: Some("2026-08-31"),
        yields: &[
            "result of Rut Mend position 2",
            "result of Rut Mend finishTime PT2H50M31S",
            "result of Noa Salv position 3",
            "result of Noa Salv finishTime PT2H54M8S",
        ],
    },
];
