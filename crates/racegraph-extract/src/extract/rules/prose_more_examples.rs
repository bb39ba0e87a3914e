//! The rest of the examples of results in prose ([`super::prose_rule`]),
//! in the same form as [`super::prose_examples`]: one table, too long for
//! one file.

use super::registry::Example as Ex;

pub(super) const EXAMPLES: &[Ex] = &[
    // "…, but the Ethiopian faded … and came home seventh in T": the same
    // runner goes on after "but".
    Ex {
        text: "At the Sidon Sea Castle Marathon, Abe Toll won in 2:10:01. Race favourite Get Meko, who won in 2023 in 2:11:50, was still among the chasers at 30km, but the Ethiopian faded badly after that and came home seventh in 2:17.07.",
        published: Some("2025-11-09"),
        yields: &[
            "result of Get Meko race Sidon Sea Castle Marathon 2023 42.195",
            "result of Get Meko position 7",
            "result of Get Meko finishTime PT2H17M7S",
        ],
    },
    // A year in an aside on a runner dates only the aside: the places
    // after it are of the race at hand.
    Ex {
        text: "Bek Aber won the Asuncion Costanera Marathon on Sunday in 2:12:26. Biw Paul was second in 2:12:58. Nic Roti, who won in Asuncion in 2021 and 2023, was fifth in 2:16:02, while the best South American was Paraguay's Der Beni, sixth in 2:17:19.",
        published: Some("2025-08-25"),
        yields: &[
            "result of Nic Roti race Asuncion Costanera Marathon 2025 42.195",
            "result of Der Beni race Asuncion Costanera Marathon 2025 42.195",
            "result of Der Beni position 6",
        ],
    },
    // "was won by X for the men's while Y won for the women's".
    Ex {
        text: "The Western Runners Club held its Sugar City Half Marathon in Lautoka on Saturday.\n\nThe half marathon race was won by Jos Tiko for the men's while Mer Ralu won for the women's.",
        published: Some("2025-09-08"),
        yields: &[
            "result of Jos Tiko race Sugar City Half Marathon 2025 21.0975 Men",
            "result of Mer Ralu race Sugar City Half Marathon 2025 21.0975 Women",
            "result of Mer Ralu position 1",
        ],
    },
    // A shorter race of the day named by its distance: "in the 5 km in T".
    Ex {
        text: "LETHBRIDGE - Runners filled the park for the Lethbridge Coulees Half Marathon, 10K & 5K.\n\nTaber's Han Dyck was the first woman in the 5 km in 19:44.7. Lethbridge's Emm Rasm was second.",
        published: Some("2025-09-14"),
        yields: &[
            "result of Han Dyck race Lethbridge Coulees Half Marathon 2025 5 Women",
            "result of Emm Rasm race Lethbridge Coulees Half Marathon 2025 5 Women",
            "result of Emm Rasm position 2",
        ],
    },
    // Names written as an initial glued to a name ("B.Enkhtuvshin"); a
    // race's name with its year glued on ("Marathon-2025").
    Ex {
        text: "Erdenet, June 14, 2025 /MONGOLNEWS/. The \"Erdenet Copper City Marathon-2025\" started this morning.\n\nMongolian runner B.Enkhtuvshin won the men's full marathon in 2:24:37, with Kenyan athlete Kip Lagat second and S.Batbold third.",
        published: Some("2025-06-14"),
        yields: &[
            "result of B.Enkhtuvshin race Erdenet Copper City Marathon 2025 42.195 Men",
            "result of B.Enkhtuvshin finishTime PT2H24M37S",
            "result of S.Batbold position 3",
        ],
    },
    // A race of any distance in kilometres named in the runner's own
    // clause; "ranked first"; taking part is no win.
    Ex {
        text: "There were races over 12km, 21km and 42km at the Aswan Nile Cataract Marathon last weekend.\n\nJordanian runner Ham Omari ranked first in the 42km race in 2:28:40. Another Jordanian, Oda Hadd, won the 21km race, and Kenya's Bri Kipt took the 12km race.\n\nGiu Ferr from Italy came first in the women's 12km. Deputy governor Ahm Sale took part in the medal ceremony.",
        published: Some("2026-01-20"),
        yields: &[
            "result of Ham Omari race Aswan Nile Cataract Marathon 2026 42.195 Men",
            "result of Ham Omari finishTime PT2H28M40S",
            "result of Bri Kipt race Aswan Nile Cataract Marathon 2026 12 Men",
            "result of Giu Ferr race Aswan Nile Cataract Marathon 2026 12 Women",
        ],
    },
    // "clocked T to become champion", "emerged champion clocking T".
    Ex {
        text: "The Chattogram Port City Marathon 2026 was held on Friday.\n\nKenya's Ber Cheru clocked 2 hours 14 minutes and 9 seconds to become champion in the elite male full marathon, while Ethiopia's Gem Beke was the runner-up.\n\nIn the women's elite full marathon Ethiopia's Tig Worku emerged champion clocking 2 hours 36 minutes and 2 seconds.",
        published: Some("2026-01-17"),
        yields: &[
            "result of Ber Cheru race Chattogram Port City Marathon 2026 42.195 Men",
            "result of Ber Cheru finishTime PT2H14M9S",
            "result of Tig Worku race Chattogram Port City Marathon 2026 42.195 Women",
            "result of Tig Worku position 1",
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
        text: "Kenyans Den Rotich and Esi Jeptoo won the men's and women's titles respectively on Sunday at the Coast Marathon.",
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
        text: "Kay Roes was eighth in the women's race of the Bow River Marathon. \"Last year I ran the 10K here,\" said Roes, who was the 21st woman in that race.",
        published: Some("2025-06-02"),
        yields: &["result of Kay Roes race Bow River Marathon 2024 10 Women"],
    },
    Ex {
        text: "Jack Tennis led the half-marathon field home at the Hobart Harbour Run. Zach Nolan won the men's 10 kilometres in 31.58, and Vicky Mayhew was first woman home in 35.09.",
        published: Some("2025-07-14"),
        yields: &[
            "result of Jack Tennis position 1",
            "result of Jack Tennis race Hobart Harbour Run 2025 21.0975 Men",
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
    // "was placed first with a timing of T"; "over 5km" after the race's
    // name is its distance.
    Ex {
        text: "Cove Telecom Harbour City Road Race\n\nCove Telecom Harbour City Road Race over 5km was held yesterday evening. Mr. Ali Nas was placed first with a timing of 18minute 47 seconds in the male category, Mr. Ibu Shif came second with 19 minutes 30 seconds.",
        published: Some("2025-06-08"),
        yields: &[
            "result of Ali Nas position 1",
            "result of Ali Nas finishTime PT18M47S",
            "result of Ali Nas race Cove Telecom Harbour City Road Race 2025 5 Men",
        ],
    },
    // An undated page whose opening dates the race in full: that year
    // for the race's results; "covered the 42.195 km in T" is the
    // winner's time.
    Ex {
        text: "Tuesday, January 28\n\nNas wins Cove Bay Marathon\n\nAli Nas (C) celebrates on the podium following the 14th edition of the Cove Bay Marathon in Agadir, Morocco, on Jan. 26, 2025.\n\nAli Nas won the 14th edition of the Cove Bay Marathon on Sunday. Last year's winner Ed Kim was second.\n\nNas covered the 42.195 km in two hours seven minutes and 14 seconds. Kim also won the Cove Palm Marathon in February.",
        published: None,
        yields: &[
            "result of Ali Nas race Cove Bay Marathon 2025 42.195",
            "result of Ali Nas finishTime PT2H7M14S",
            "result of Ed Kim position 2",
        ],
    },
];
