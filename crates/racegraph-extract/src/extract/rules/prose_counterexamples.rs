//! The counterexamples of results in prose ([`super::prose_rule`]): text
//! that must not yield the facts given.

use super::registry::Counterexample as Cx;

pub(super) const COUNTEREXAMPLES: &[Cx] = &[
    // The names inside an aside on a runner are not who the clause after
    // the aside is about.
    Cx {
        text: "Siobhan Dal, who was third last year behind her clubmate Aoife Crow and Jenny Noon, took the female honours at the Dunmore 10k this time in 39:58.",
        published: Some("2025-06-10"),
        never: &["result of Jenny Noon race Dunmore 10k 2025", "result of Aoife Crow race Dunmore 10k 2025"],
    },
    // A club's name in quotes after the runner's is no runner.
    Cx {
        text: "The favourite in the men's race of the Dnipro Riverside Marathon is Ivan Babe of the \"Kalyna Dnipro\" club, who won the marathon here last year in 2:17:40.",
        published: Some("2025-09-10"),
        never: &["result of Kalyna Dnipro"],
    },
    // A people's adjective is no runner; a place in a masters category
    // is none of the race's.
    Cx {
        text: "The best Puerto Rican time on the Coamo Hills Half Marathon course still belongs to Villalba's Ángel \"Pito\" Díaz, who finished second in 1982 in 1:04:12.",
        published: Some("2026-02-20"),
        never: &["result of Puerto Rican"],
    },
    Cx {
        text: "At the Harbourfront Marathon on Sunday, Senior Inspector Priya NAIR won gold in the Women's Master 2 category of the 10km Challenge.",
        published: Some("2025-02-20"),
        never: &["result of Priya"],
    },
    // Places in a national championship held inside the open race
    // ("Second and third in the championship were A and B").
    Cx {
        text: "Cove Half Marathon\n\nThe 15th Cove Half Marathon, held on Sunday, was also the national half marathon championship.\n\nThe overall victory went to Kenyan athlete Wes Cheru (1:04:22), ahead of Nik Ilic (1:05:47) and Mar Vukc (AK Cove), who was third overall in 1:06:15 and became national champion. Second and third in the championship were Fil Duro (AK Ure, 1:08:40, 6th overall) and Pet Bula (AK Cove, 1:10:02, 9th overall).",
        published: Some("2026-10-11"),
        never: &["result of Fil Duro position 2", "result of Pet Bula position 3"],
    },
    // A club after "from" and a comma before the runner's verb ("X from
    // KB Oliwa Biega, took fourth place"): where the runner is from.
    Cx {
        text: "Cove Marathon\n\nIn the 17th edition of the Cove Marathon, run on Sunday, victory went to the Kenyan Hil Biwo in 2:14:37. The best of Poles, Mat Wrob from KB Cove Biega, took fourth place with a new life record of 2:18:44.",
        published: Some("2026-05-04"),
        never: &["result of KB Cove Biega"],
    },
    // A home town, or its state, set off by commas after a runner's name;
    // a hospital where the winner works.
    Cx {
        text: "Pilot Hill Marathon\n\nThe shorter 10K and 5K routes stayed on the paths. Jesse Oko, of Grants Pass, won the 10K in 35:50, Bend's Tyler Bran was second in 36:12.\n\nThe fastest men's handcyclist came in about 25 minutes later: Mark Thi of Conway, New Hampshire, who won that category in exactly two hours.",
        published: Some("2025-04-21"),
        never: &["result of Grants Pass", "result of New Hampshire", "result of Conway"],
    },
    // A town with its state's code after "from"; "Countrywoman" before a
    // name.
    Cx {
        text: "On the men's side of the Susquehanna 10 Miler, Tyler Nova from State College, Pa., won in 50 minutes and 9 seconds. Countrywoman Lucia Herr was second in the women's race.",
        published: Some("2025-05-05"),
        never: &["result of State College", "result of Countrywoman"],
    },
    Cx {
        text: "Liberia Freedom Marathon: Englishman takes gold\n\nThe British national, a laboratory scientist at Redemption Mission Hospital in Paynesville, on the edge of Monrovia, took gold in the 42.2km full marathon on Sunday, July 27, 2025, in commanding style.",
        published: Some("2025-07-28"),
        never: &["result of Redemption Mission Hospital"],
    },
    // Two runners "have won" the race: no sexless win for the one named
    // last.
    Cx {
        text: "Ethiopians Abdi Bekele Ayana and Almaz Dera Gobe have won the 4th Norland Bank Jos City Marathon held on Saturday, February 15.",
        published: Some("2025-02-16"),
        never: &["result of Almaz Dera Gobe position 1", "result of Abdi Bekele Ayana position 1"],
    },
    // Capitalised words won that name no race are no win of one.
    Cx {
        text: "At the Citadel Hill Marathon on Sunday, Ian Frase won the Young Achiever Award for his volunteer work.",
        published: Some("2025-05-19"),
        never: &["result of Ian Frase"],
    },
    // The winners of a race's two sexes, named after a long opening, are
    // no podium.
    Cx {
        text: "Winners at the Lakeside 10km in Mullingar on Saturday (October 5) were Cian Roche of Athlone AC in 30:48 and Niamh Walsh of Moate Harriers in 35:12.",
        published: Some("2024-10-08"),
        never: &["result of Niamh Walsh position 2"],
    },
    // The first finisher of a group is no winner of the race.
    Cx {
        text: "Cal Breen won the Cypress Lakes Marathon in 2:41:12. Ray Dunne was the first finisher from Georgia, in 2:55:40.",
        published: Some("2026-01-18"),
        never: &["result of Ray Dunne position 1"],
    },
    // Not where the article names another distance: the course may be
    // one race of several.
    Cx {
        text: "Ivo Tanda won the Mount Koso Road Race on Saturday.\n\nTanda covered the 25-kilometre climb from the stadium to the summit and back in 1 hour and 24 minutes. The 10km race went to Ben Ako.",
        published: Some("2025-03-02"),
        never: &["result of Ivo Tanda race Mount Koso Road Race 2025 25"],
    },
    // "took the 31st edition": an ordinal that counts editions is no
    // place; a region in an aside is no runner.
    Cx {
        text: "Ivo Tanda, 26, a Bamenda native from the Northwest Region, took the 31st edition of the Mount Koso Road Race on Saturday, March 1, 2025.",
        published: Some("2025-03-02"),
        never: &["result of Ivo Tanda position 31", "result of Northwest Region"],
    },
    // Taking on a race is no win; a place in a ranking by points is none
    // of the race's.
    Cx {
        text: "The Aura Bay Marathon was held on Saturday. Glyn Pike took on the full marathon, which set off at 8.30am. In the team standings, Vale Striders won with 48 points. Hill Cross Country finished second with 176 points.",
        published: Some("2025-08-20"),
        never: &["result of Glyn Pike", "result of Hill Cross Country"],
    },
    // Places listed together before the race ("Second and third in the
    // men's race went to A and B") give the first runner the first place
    // of the list, not the last.
    Cx {
        text: "At the Orme Bay Marathon, Dai Lloyd won the men's race in 2:17:40. Second and third in the men's race went to Ifan Rees of Cardiff Harriers (2:19:02) and Kenyan Tom Pugh (2:20:37).",
        published: Some("2025-05-04"),
        never: &["result of Ifan Rees position 3"],
    },
    // A given name two runners share names neither; a caption's present
    // tense is no result.
    Cx {
        text: "At the Bayou Bend Ten Miler, Marcy Tran-Hale and Marcy Dunn ran together early. Marcy broke the tape in 1:03:52.",
        published: Some("2025-03-10"),
        never: &["result of Marcy Tran-Hale", "result of Marcy Dunn", "result of Marcy "],
    },
    // A later sentence's pronoun of a women's race is its own runner's.
    Cx {
        text: "At the Lilongwe Lakeside Marathon last year, Kenya's Nicholas Kibet won. Tanzanian Neema Mosha won the women's race last year in 2:41:16 and is expected back to defend her title.",
        published: Some("2025-05-20"),
        never: &["result of Nicholas Kibet race Lilongwe Lakeside Marathon 2024 42.195 Women"],
    },
    // "She finished ahead of B and C" after a place that was no win
    // makes them no second and third.
    Cx {
        text: "At the Patras Marathon, Pia Langat of Kenya was fourth in the women's race in 2:40:00. She finished ahead of Eve Jerop (2:41:40) and Kon Vlachou (2:42:12).",
        published: Some("2025-11-09"),
        never: &["result of Eve Jerop position 2", "result of Kon Vlachou position 3"],
    },
    // Taking part in a ceremony is no win; "the 30km mark" names no race.
    Cx {
        text: "At the Aswan Nile Cataract Marathon, Ham Omari won in 2:28:40 after breaking away at the 30km mark. Deputy governor Ahm Sale took part in the medal ceremony.",
        published: Some("2026-01-20"),
        never: &["result of Ahm Sale", "result of Ham Omari race Aswan Nile Cataract Marathon 2026 30"],
    },
    // A headline's demonym and family name is no runner of its own; a
    // nation's elite title beside the open race is no result of it.
    Cx {
        text: "Kenyan Kipru wins rain-hit South Coast Marathon\n\nKenya's Eno Kipru won the South Coast Marathon this morning in 2:29:54.\n\nMaharashtra's Ash Gaik took the Indian Elite women's title in 1:14:55.",
        published: Some("2025-07-13"),
        never: &["result of Kenyan Kipru", "Kenyan Kipru", "result of Ash Gaik"],
    },
    // A championship is no runner ("next year's South American
    // Championships, finished fourth" is the runner's place); winning a
    // championship held within the race is no win of the race.
    Cx {
        text: "At the Montevideo Rambla Marathon, Phil Kemb won in 2:11:02. Uruguayan runner Mar Pere, who has qualified for next year's South American Championships, finished fourth.\n\nFio McAl and Ros Bair won the Scottish Half Marathon Championships on Sunday, held within the Clyde Bridges Half Marathon.",
        published: Some("2025-09-08"),
        never: &["result of South American Championships", "South American Championships", "result of Ros Bair position 1", "result of Fio McAl position 1"],
    },
    // A wheelchair race named by its distance is another race.
    Cx {
        text: "At the Reef Point Marathon, Jack Nguyen won in 2:16:40. Sam Birch wins the wheelchair marathon for the third year running.",
        published: Some("2025-06-29"),
        never: &["result of Sam Birch"],
    },
    // A time said roughly is no finishing time.
    Cx {
        text: "At the Sangker Riverside Half Marathon, Anan Suk won the men's race in just over 1 hour, 11 minutes.",
        published: Some("2025-12-01"),
        never: &["result of Anan Suk finishTime"],
    },
    // A children's race is not the open race; an overall place beside a
    // first woman is not her place.
    Cx {
        text: "At the Hanbury Charity 10k, the first woman home, and sixth overall, was Jo Hart. In the under-15s mile, Max Dunn, 13, won the boys' race.",
        published: Some("2025-06-10"),
        never: &["result of Max Dunn", "result of Jo Hart position 6"],
    },
    // A sponsor is no winner; a year repeated is no year of this race.
    Cx {
        text: "Runners took both titles at the Lookout Ridge Ten Miler presented by Ridge Valley Health, which took place on Saturday. Aaron Pike repeated his 2024 win, leading from the gun to win in 50:12, with Evan Marsh third.",
        published: Some("2025-03-24"),
        never: &[
            "result of Ridge Valley Health",
            "result of Evan Marsh race Lookout Ridge Ten Miler 2024",
        ],
    },
    // A countryman of a runner is of that runner's country, not of the
    // last country the sentence names.
    Cx {
        text: "Peter Rono of Kenya won the Zobor Hill Marathon in 2:12:20. Rono's countryman Eliud Keter took second place, and the Ethiopian Dawit Bekele came in third.",
        published: Some("2025-10-06"),
        never: &["Eliud Keter nationality Ethiopia", "result of Eliud Keter finishTime"],
    },
    // A school winning the schools' category, a place named after "in":
    // no runners.
    Cx {
        text: "At the Bogue Lagoon Half Marathon, Tanisha Pryce of Claremont High won in 1:24:10. Claremont High won the high schools girls' category. Dale Foster from Kingston AC in Port Royal was the first man to finish, in 1:10:02.",
        published: Some("2025-12-08"),
        never: &["result of Claremont High", "result of Port Royal"],
    },
    // A prize for a place among a group is no place in the race; a time
    // clocked and a win hoped for is no win.
    Cx {
        text: "At the Chepkorio Ridge Marathon, Job Kirwa won Sh20,000 for finishing in the top ten, and Amos Koros hopes to clock 2:10:00 and win the title next year.",
        published: Some("2025-10-20"),
        never: &["result of Job Kirwa", "result of Amos Koros"],
    },
    // Taking the lead is no win.
    Cx {
        text: "At the Mazowe Dam Half Marathon, Farai Gumbo won the men's title in 1:04:51, with Chipo Nyathi taking the lead of the women's race at 10km.",
        published: Some("2025-09-08"),
        never: &["result of Chipo Nyathi"],
    },
    // A margin over the pack behind a place told is no win.
    Cx {
        text: "At the Mazowe Dam Marathon, Takudzwa Chari finished second in 2:21:09, almost two minutes clear of the chasing pack.",
        published: Some("2025-09-08"),
        never: &["result of Takudzwa Chari position 1"],
    },
    // A family name and a club, the runner never named in full: no
    // runner can be told.
    Cx {
        text: "At the Umzingwane Marathon, Sithole of Nketa Striders Athletics Club had an easy outing and claimed the title in 2 hours 49 minutes 5 seconds.",
        published: Some("2025-10-13"),
        never: &["result of Sithole", "result of Nketa"],
    },
    // "ahead of" with neither a time nor a gap gives no place.
    Cx {
        text: "At the Spa 10K, Harry Lun won the men's race in 29:12, ahead of the favourite Cal Dodd.",
        published: Some("2026-03-16"),
        never: &["result of Cal Dodd"],
    },
    // A part of a nation is no runner.
    Cx {
        text: "At the Spa 10K, Freya Low is the North of England cross-country champion and she put that strength to use, clocking 32:58 to win the women's race.",
        published: Some("2026-03-16"),
        never: &["result of North"],
    },
    // A crowning of another kind is no win of the race.
    Cx {
        text: "At the Diamond City Half Marathon, Teb Sebe, who was crowned champion of Botswana in 2019, ran with the leaders.",
        published: Some("2025-06-15"),
        never: &["result of Teb Sebe position 1"],
    },
    // A place during the race is no result.
Cx {
    text: "At the Diamond Half Marathon, Lor Keno won the women's race in 1:14:09. Mary Mwal moved into second at 30km.",
    published: Some("2025-06-15"),
    never: &["result of Mary Mwal"],
},
// Places that "went to" runners are no win.
Cx {
    text: "Dawi Gebr won the Bay Marathon in 2:17:25. Second and third in the men's race went to Rhod Pugh of Swansea Harriers (2:19:02) and Kenyan Nich Roti (2:20:37).",
    published: Some("2025-10-05"),
    never: &["result of Rhod Pugh position 1"],
},
// A nation's ranking beside the open race.
Cx {
    text: "At the Orange City Half Marathon, Bern Kibe won the men's race. In the Indian Elite Men's category, Sun Yada took gold in 01:04:36s. While in the Indian Elite Women's category, Pri Bhos took the top podium finish by clocking 1:14:58s.",
    published: Some("2025-12-22"),
    never: &["result of Sun Yada", "result of Pri Bhos"],
},
// A nation's ranking told as a race of its own.
Cx {
    text: "Abe Tolu won the Ridge Half Marathon in 1:01:09. Rohan Bist won the elite Indian men's race in 1:04:51. Sona Bhat dominated the elite Indian women's race in 1:13:27, with Asha Kul (1:15:10) and Puja Rao (1:15:44) completing the podium.",
    published: Some("2025-12-14"),
    never: &["result of Rohan Bist", "result of Sona Bhat", "result of Asha Kul", "result of Puja Rao"],
},
// A nation's field is a ranking too.
Cx {
    text: "Abe Tolu won the Ridge Half Marathon in 1:01:09, while Puja Rao topped the Indian women's field in 1:18:09.",
    published: Some("2026-01-19"),
    never: &["result of Puja Rao"],
},
// Two runners with a men's and a women's title but no word that pairs
// them: who won which is not said.
Cx {
    text: "Tad Gebr and Mes Alem both won the men's and women's titles of the Ridge Half Marathon at some point.",
    published: Some("2025-12-14"),
    never: &["result of Tad Gebr race Ridge Half Marathon 2025 21.0975 Men", "result of Mes Alem race Ridge Half Marathon 2025 21.0975 Women"],
},
// A time after a turn to the next runner is the next runner's.
Cx {
    text: "Dan Kipt won the Aber Half Marathon in 1:02:11. Just six seconds behind for second place was Eli Main, while third in 1:02:40 was Jac Kipr.",
    published: Some("2025-07-14"),
    never: &["result of Eli Main finishTime PT1H2M40S"],
},
// The sex told of the runner after a winner is not the winner's.
Cx {
    text: "In the half marathon of the Oaks Marathon, Jor Whit of Statesboro won in 1:09:55 and Ash Prui of Pooler was the top woman in 1:21:30.",
    published: Some("2026-03-08"),
    never: &["result of Jor Whit race Oaks Marathon 2026 21.0975 Women"],
},
// A title held is no win of this race.
Cx {
    text: "At the Aber Half Marathon, Dan Kipt, who was the defending champion of the race, finished fifth. Eli Main, who was the reigning winner of the race, dropped out.",
    published: Some("2025-07-14"),
    never: &["result of Dan Kipt position 1", "result of Eli Main position 1"],
},
// Medals with no word that pairs them are not places in order.
Cx {
    text: "Gid Chir, winner of this year's Lishu Valley Marathon, clocked 2:09:47 to take gold on the men's side, while compatriots Ken Kipr and Elv Cheb took silver and bronze.",
    published: Some("2025-09-20"),
    never: &["result of Ken Kipr", "result of Elv Cheb"],
},
// Two runners after "ahead of" with more said after them, or no win
// before: no places.
Cx {
    text: "At the Spa 10K, Har Lun won the men's race in 29:12, ahead of Cal Dodd and Tom Rees, who both ran in the relay last week. Bea Finn finished ahead of Ann Lowe and Eve Marr.",
    published: Some("2025-09-14"),
    never: &["result of Cal Dodd", "result of Tom Rees", "result of Ann Lowe", "result of Eve Marr"],
},
// The winner of an age group is no winner of the race.
Cx {
    text: "The Lakefront 10k was held on Saturday. The masters winner was Greg Holl in 35:12. The female masters winner was Den Carv in 43:05.",
    published: Some("2026-03-17"),
    never: &["result of Greg Holl", "result of Den Carv"],
},
// A medal claimed is no win.
    Cx {
        text: "At the Harbourside Half Marathon, Jac Hema collected silver in 64:12, and Mitch Ngat claimed bronze in 64:55.",
        published: Some("2025-10-12"),
        never: &["result of Mitch Ngat position 1"],
    },
    // "and in the men's race" turns to another race than the runner's.
    Cx {
        text: "At the Lakeview 10 Mile, Hana Sor did not start after a fall on Friday, and in the men's race Eli Nav dropped out after six miles.",
        published: Some("2025-10-05"),
        never: &["result of Hana Sor race Lakeview 10 Mile 2025 16.0934 Men"],
    },
    // A town owning the name after it is no runner.
    Cx {
        text: "At the Cove Marathon, Aki Hama held off Havelock North's Ren Voss to win in 3:04:17.",
        published: Some("2025-03-02"),
        never: &["result of Havelock North"],
    },
    // A title held dates nothing said after it.
    Cx {
        text: "At the Cove Hills 15K on Sunday, Sip Dlam, the 2023 champion, crossed the line in 43:03, and Gab Sull rounded out the podium in 43:27.",
        published: Some("2025-03-02"),
        never: &["result of Gab Sull race Cove Hills 15K 2023"],
    },
    // The year is the title's, not this race's.
    Cx {
        text: "At the Lakeside Marathon, women's champion Lea Donn defended her 2024 title in 2:49:12.",
        published: Some("2025-03-02"),
        never: &["result of Lea Donn race Lakeside Marathon 2024"],
    },
    // Three runners "completed the podium": which two places is not said.
    Cx {
        text: "Tomas Berg won the men's race of the Fjord Half Marathon. Lars Vik, Ole Strand and Per Moe completed the podium.",
        published: Some("2025-05-12"),
        never: &["result of Lars Vik position", "result of Per Moe position"],
    },
    Cx {
        text: "Ryan Ash won the men's race of the Calder Brook Marathon, coming home in 31.07 at the halfway mark.",
        published: Some("2025-09-14"),
        never: &["result of Ryan Ash finishTime"],
    },
    Cx {
        text: "In the wheelchair race of the Lakeside Marathon, Jon Spek and Nadia Baum took the honours. Wang Hao claimed the domestic men's title in 2:14:20.",
        published: Some("2025-04-07"),
        never: &["result of Nadia Baum position", "result of Wang Hao position"],
    },
    Cx {
        text: "At the Cordoba Half Marathon, Javi Cant (Trota Club) came in third and Salta-born Gonz Tola finished ninth.",
        published: Some("2025-03-21"),
        never: &["result of Trota Club position", "result of Salta-born Gonz Tola position"],
    },
    Cx {
        text: "At the Drava Marathon, Mat Kranjc took the national marathon title in 2:31:40.",
        published: Some("2025-10-19"),
        never: &["result of Mat Kranjc position"],
    },
    Cx {
        text: "At the Song Lake Marathon Alfred Towett met a strong challenge from his countryman Edwin Yego, who has won several titles here. HUE Kenyans took both titles.",
        published: Some("2025-10-13"),
        never: &["result of Edwin Yego position", "result of HUE Kenyans position"],
    },
    // A home town after an age is no runner.
    Cx {
        text: "Ed Kip won the Spires 10K in 29:02. Yon Berhe, 24, of Silver Spring, was second in 29:31; third was Ty Grimes, 30, of Hagerstown (29:48).",
        published: Some("2025-05-11"),
        never: &["result of Silver Spring position", "result of Yon Berhe position 3"],
    },
    // "while" turns to another race: its category is not the first runner's.
    Cx {
        text: "Ken Kiprotich won the Loire Valley Marathon in 2:09:14, while Camille Fontaine took the women's title at the Baie des Anges Half Marathon.",
        published: Some("2025-11-16"),
        never: &["result of Ken Kiprotich race Loire Valley Marathon 2025 42.195 Women"],
    },
    // The sentence after a result of another race goes on about it.
    Cx {
        text: "Tadese Worku won the Rhone Riverside Marathon in 2:06:41. Florian Delcroix won the wheelchair race in 1:34:10. The Frenchman beat Lukas Meier by seven minutes, while Pieter Claes took third.",
        published: Some("2025-10-26"),
        never: &["result of Lukas Meier position", "result of Pieter Claes position"],
    },
    // A caption: the report tells the win (and its time) elsewhere.
    Cx {
        text: "At the Lake Rotoroa Half Marathon, the weather held. PHOTO: Josh Tautahi on his way to victory.",
        published: Some("2026-03-02"),
        never: &["result of Josh Tautahi position"],
    },
    // A champion named without a year holds a title; it is no result here.
    Cx {
        text: "Champion Leah Park, of Asheville, lined up at the Reedy River Marathon on Sunday.",
        published: Some("2025-03-02"),
        never: &["result of Leah Park position"],
    },
    Cx {
        text: "At the Lakeside Marathon, Ruth Chebet, ranked second in the world this year, dropped to fourth.",
        published: Some("2025-04-07"),
        never: &["result of Ruth Chebet position 2"],
    },
    Cx {
        text: "Almaz Tefera was tipped to win the women's race of the Lakeside Marathon.",
        published: Some("2025-04-07"),
        never: &["result of Almaz Tefera position"],
    },
    // Dropping out in a clause of its own has another subject.
    Cx {
        text: "At the Lakeside Marathon, Peter Kiprono took charge after the pacemakers dropped out at 15km.",
        published: Some("2025-04-07"),
        never: &["result of Peter Kiprono status"],
    },
    // "They were followed by" goes on from a podium told in full only:
    // here second place is never told.
    Cx {
        text: "Jonah Keter won the men's race of the Ridge Valley Marathon in 2:11:40, and Abel Ruto was third in 2:12:58.\n\nThey were followed by Sam Langa (2:13:31) and Ken Maiyo (2:14:02) in that order.",
        published: Some("2025-06-16"),
        never: &["result of Sam Langa", "result of Ken Maiyo"],
    },
    // An undated page whose headline gives two years: no year is the
    // race's.
    Cx {
        text: "From 2015 to the 2025 Severn Vale Half Marathon\n\nColin Bease of Annapolis took first place in the male division with a time of 1:09:44.",
        published: None,
        never: &["result of Colin Bease"],
    },
    // A sentence that opens on a nation's own ranking.
    Cx {
        text: "Ann Jepleti won the Lakeside Half Marathon in 1:08:50. Among Indian women, Puja Negy won in an hour, 15 minutes and 2 seconds. In the Indian category, Kartik Rann finished first in 1:04:09.",
        published: Some("2025-12-07"),
        never: &["result of Puja Negy", "result of Kartik Rann"],
    },
    // Medals of a championship run inside the race, or two medals told
    // together, are no places of the race.
    Cx {
        text: "Ann Kama won the Torrens Bank Half Marathon, which doubled as the state championships, in 1:10:02. Bea Lowe took silver in 1:10:40 and Cara Tan claimed bronze. At the Lishui Hills Marathon, Dan Keter won, while Ken Kipro and Eli Chebo took silver and bronze.",
        published: Some("2025-06-09"),
        never: &["result of Bea Lowe", "result of Cara Tan", "result of Eli Chebo"],
    },
    // Places among a nation's runners.
    Cx {
        text: "Dan Mapf won the Mangaung Hills Marathon in 2:31:02 on Saturday. Tum Sekgo (second) and Ane Jaco (third) were the leading South Africans.",
        published: Some("2025-05-04"),
        never: &["result of Ane Jaco"],
    },
    // "A followed B" of a move in the race, or of a runner placed in no
    // race told before, is no place.
    Cx {
        text: "Joe Ndeta won the Rundu Half Marathon in 01:06:12 on Saturday. Fil Kamo followed Ndeta into the lead at 15km. Abe Nghifi followed Dan Oto, who had set the early pace.",
        published: Some("2025-06-15"),
        never: &["result of Fil Kamo", "result of Abe Nghifi", "result of Dan Oto"],
    },
    // A time told after of last year's winner is not that year's.
    Cx {
        text: "Tse Maha won the Cove Falls Marathon on Sunday in 2:33:08 to deny last year's winner Kho Rants. Rants faded late and crossed the line after clocking 2:34:50.",
        published: Some("2025-12-11"),
        never: &["result of Kho Rants finishTime"],
    },
    // A place after "at the" is no runner.
    Cx {
        text: "Sam Ambe breaks the tape at the Cove Ferries to win the Cove Coast Marathon.",
        published: Some("2025-02-24"),
        never: &["result of Cove Ferries", "person Cove Ferries"],
    },
    // An event that "took place" won nothing; a school is no runner.
    Cx {
        text: "The Cove Campus Marathon for the annual Tan Wu Cup took place on Saturday. Xu Lan won the men's race, and Deng Kai from the College of Life Sciences took the 3rd place.",
        published: Some("2025-04-15"),
        never: &["result of Tan Wu Cup", "result of College of Life Sciences", "person College of Life Sciences"],
    },
    // Places "respectively" in another race than the open one (a police
    // or military division, words of `[subgroup]`).
    Cx {
        text: "Ian Mato won the Cove Police Week 10K on Sunday in 33:18. Rob Kay was the best of the lawmen and fourth overall, with Sergeant Des Hill (39:27) and Constable Ole Gor (41:05) second and third respectively in the police division.",
        published: Some("2025-11-10"),
        never: &["result of Des Hill position", "result of Ole Gor position"],
    },
    // A race's kind in a list or a caption is no runner.
    Cx {
        text: "Cove run draws record field\n\nThe 2025 Cove Creek Run filled the town with athletes for the Marathon, Half Marathon, 10K and 5K events on Sunday.\n\nKirk Flow won the half marathon in 1:13:50.\n\nKirk Flow, Winner, Half Marathon",
        published: Some("2025-03-10"),
        never: &["result of Half Marathon", "person Half Marathon"],
    },
    // A place in an age group's ranking is no place in the race.
    Cx {
        text: "Islander Eld Paz wins Cove Sunrise Half Marathon\n\nEld Paz won the Cove Sunrise Half Marathon on Sunday in 1:20:14. Mari Ayu placed second in the women's 40-49 category, and Ken Guer won the men's 30-39 group.",
        published: Some("2025-12-08"),
        never: &["result of Mari Ayu position", "result of Ken Guer position", "person Islander Eld Paz"],
    },
    // ... but no "last year" nor a month of another race from that year:
    // the page's own year stays unknown.
    Cx {
        text: "Tuesday, January 28\n\nNas wins Cove Bay Marathon\n\nAli Nas (C) celebrates on the podium following the 14th edition of the Cove Bay Marathon in Agadir, Morocco, on Jan. 26, 2025.\n\nAli Nas won the 14th edition of the Cove Bay Marathon on Sunday. Last year's winner Ed Kim was second.\n\nNas covered the 42.195 km in two hours seven minutes and 14 seconds. Kim also won the Cove Palm Marathon in February.",
        published: None,
        never: &["Cove Bay Marathon 2024", "Cove Palm Marathon 2025"],
    },
    // Age groups written as codes: "2nd in the F50-59s", "3rd in the
    // Male Under 50s".
    Cx {
        text: "Cove Bridge Half-Marathon 2025 – Race Report\n\nSaturday 9 August\n\nDan Whit won the men's Half-Marathon in 1:14:27. Special mention to Wen Ash, 2nd in the F50-59s with 1:41:15, while Sun Rao's 1:29:05 made him 3rd in the Male Under 50s.",
        published: None,
        never: &["result of Wen Ash position", "result of Sun Rao position"],
    },
    // First place in an age group is no place of the race.
    Cx {
        text: "Cove Sunset 10K\n\nThe Cove Sunset 10K was held on Sunday. Chri Muel took first place in the 40-49 category in 50:48.",
        published: Some("2025-06-06"),
        never: &["result of Chri Muel position 1"],
    },
    // A marathon's winner is not of the 10K the sentence names after.
    Cx {
        text: "Cove Running Days\n\nThe Cove Bend Marathon has come to a close. Ed Limo from Kenya came in first in the marathon, while victory in the NEO Cove 10K went to Tar Mel from Ukraine.",
        published: Some("2025-10-13"),
        never: &["result of Ed Limo race NEO Cove 10K"],
    },
    // A name right after "the" is a place's ("the annual trip to the Cove
    // Peaks"), and one after a number of people, in the plural, a club's
    // members ("nine Cove Oaks"): no runner.
    Cx {
        text: "Cove Oak Runners at the Tarn 10k\n\nWhile some of the club were away on the annual trip to the Cove Peaks, and others were out on trail ultras along the Cove Downs, nine Cove Oaks took the short drive to Tarn on Sunday for the village 10k.\n\nThe race went to Lu Tan in 33:12.",
        published: Some("2025-06-01"),
        never: &["person Cove Peaks", "person Cove Oaks", "person Nine Cove Oaks"],
    },
    // A name before a lower-case word of what a runner is there ("Cove
    // Lewis College student X") is a school's; a description alone
    // ("crowned Overall Champion") is nobody.
    Cx {
        text: "Ed Rho won the Cove River Half Marathon on Sunday in 1:11:23. Cove Lewis College student Ana Dor was the first woman across the line in 1:24:51, and Pam Rue was crowned Overall Champion of local runners.",
        published: Some("2025-06-01"),
        never: &["person Cove Lewis College", "person Overall Champion"],
    },
    // Where a runner is from ("a native of Cove Springs") is no runner,
    // and "1st Class" of a rank is no part of a name.
    Cx {
        text: "Cove Garrison Ten Miler\n\nSgt. 1st Class Ana Ruiz, a supply sergeant with the 2nd Cavalry Regiment and a native of Cove Springs, Texas, took the women's title in 1 hour, 4 minutes.",
        published: Some("2025-10-20"),
        never: &["result of Cove Springs", "person Cove Springs", "person Class Ana Ruiz", "result of Class Ana Ruiz"],
    },
    // A runner who ran outside the race ("had been invited to pace the
    // course") has no place in it.
    Cx {
        text: "Cove Isle Marathon\n\nThe half marathon produced a small puzzle at the finish. First across the line, in 1:17:30, was the Scottish runner Ewan Bard, but he had been invited to pace the course and ran outside the competition. The official winner was Hal Poul in 1:19:44.",
        published: Some("2025-06-02"),
        never: &["result of Ewan Bard position"],
    },
    // A police or army rank written short ("PCSO", "PC", "DC", "Gnr",
    // "LCpl") is no part of a name.
    Cx {
        text: "Cove Police 10 Mile\n\nPCSO Amy Kali was second in the women's race in 1:02:30, and DC Hel Marsh won it in 1:01:12. PC Dan Oko won the men's race in 52:40, and LCpl Sam Mensa was third. Gnr Amy Dole was fourth in the women's race.",
        published: Some("2025-06-02"),
        never: &["person PCSO Amy Kali", "person DC Hel Marsh", "person PC Dan Oko", "person LCpl Sam Mensa", "person Gnr Amy Dole"],
    },
    // A place at a meet named in lower case ("at the NCAA cross-country
    // championships") is not one of the race's.
    Cx {
        text: "Alumni News\n\nMeg Krist placed sixth in the women's race at the 2025 Cove Bay Marathon in 2:27:31. Pag Lario placed seventh at the NCAA cross-country championships as a senior and now races for the Cove Elite team.",
        published: Some("2025-11-20"),
        never: &["result of Pag Lario position"],
    },
    // An office or a rank before a name ("Minister", "Major General") is
    // no part of it.
    Cx {
        text: "Cove Peace 10K\n\nAli Hasan won the Cove Peace 10K in 31:02. Minister Far Abdi Warsa said the race would be held every year, and Major General Has Ali Karra said it had given young athletes a chance.",
        published: Some("2025-06-02"),
        never: &["person Minister Far Abdi Warsa", "person General Has Ali Karra"],
    },
    // A member of a club of "Trotters" or "Strollers" is named after the
    // club's word.
    Cx {
        text: "Cove Downs 10K\n\nCove Trotter Dan Selw won the Cove Downs 10K on Sunday in 32:10, and Cove Stroller Jes Amber was the first woman home in 37:02.",
        published: Some("2025-06-02"),
        never: &["person Cove Trotter Dan Selw", "person Cove Stroller Jes Amber"],
    },
    // A state's people before a name ("Victorian", "Canberran") is no
    // part of it.
    Cx {
        text: "Cove Harbour Half\n\nJam Tull won the Cove Harbour Half on Sunday in 1:03:10. Fifteen seconds back came Lia Add, with Canberran Hug Will a further seven seconds adrift in third, and Victorian Tom Kears fourth.",
        published: Some("2026-05-03"),
        never: &["person Canberran Hug Will", "person Victorian Tom Kears"],
    },
    // The years of a title in an aside ("champion of the 2019 and 2021
    // editions") are the title's, not the place's told after it.
    Cx {
        text: "Cove City Marathon\n\nDan Sang won the Cove City Marathon on Sunday in 2:24:51. The favourite of the country, the Malagasy Hery Raso, champion of the 2019 and 2021 editions, had to settle for the second step of the podium, three minutes behind the winner (2:27:58).",
        published: Some("2026-06-02"),
        never: &["result of Hery Raso race Cove City Marathon 2021", "result of Hery Raso race Cove City Marathon 2019"],
    },
];
