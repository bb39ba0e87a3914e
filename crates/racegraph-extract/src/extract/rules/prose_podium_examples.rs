//! More examples of results in prose ([`super::prose_rule`]), in the same
//! form as [`super::prose_examples`]: podiums, lists after "followed by",
//! agency wording, clubs and towns after names, undated pages.

use super::registry::Example as Ex;

pub(super) const EXAMPLES: &[Ex] = &[
    // A top prize told with its sum.
    Ex {
        text: "The Soufri 10K was contested last Sunday, March 9, 2025.\n\nAmong the men, Kiman Feli collected the EC$500 top prize.",
        published: Some("2025-03-14"),
        yields: &["result of Kiman Feli race Soufri 10K 2025 10 Men", "result of Kiman Feli position 1"],
    },
    // A rank of two words before a name is no part of it.
    Ex {
        text: "At the Harbourfront Marathon on Sunday, Station Sergeant Wong Tsz-hin was third in the half marathon in 1:15:02.",
        published: Some("2025-02-20"),
        yields: &["result of Wong Tsz-hin position 3"],
    },
    // A description before the name ("Civilian"), a home town after a
    // comma: the runner before it.
    Ex {
        text: "Civilian Jamal Whit of Pensacola wins the open race of the Gulf Breeze Half Marathon in 1:04:58. Jesse Oko, of Grants Pass, was second in 1:06:12.",
        published: Some("2025-11-10"),
        yields: &[
            "result of Jamal Whit position 1",
            "result of Jesse Oko position 2",
        ],
    },
    // The race the headline names is the article's, though a side race
    // is named as often: "took the men's marathon" is the headline's.
    Ex {
        text: "Moselle Night Marathon 2025 sees home runners on the podium\n\nMonday 19 May 2025\n\nThe Moselle Night Marathon drew 9,000 runners on Saturday; the Team Run split the distance into four legs.\n\nThe marathon, half marathon and Team Run started at 19:00.\n\nAri Kip (KEN) took the men's marathon in 2 hours, 19 minutes and 7 seconds.",
        published: Some("2025-05-19"),
        yields: &["result of Ari Kip race Moselle Night Marathon 2025 42.195 Men"],
    },
    // An aside between the words that open a podium and its "were".
    // "was the victor", a place in brackets after a club-less name, and
    // "on the third spot was X".
    // A place in brackets after a runner's time: that time, not the next
    // runner's.
    Ex {
        text: "On Saturday the Lough Mask Half Marathon was held.\n\nSean Lally won in 1:12:50. He was followed by Mick Roche 1:27.29, Cora Tier 1:30.04 (fifth woman), Dave Quaid 1:30.16 and Bren Mull 1:36.55.",
        published: Some("2025-10-23"),
        yields: &[
            "result of Cora Tier position 5",
            "result of Cora Tier finishTime PT1H30M4S",
        ],
    },
    Ex {
        text: "In the 42 Kilometre of the Sool Plateau Marathon, Paul Lenz (2:58:10) was the victor while Mr. Omar Jama Ali (3:05:12) in second place and on the third spot was Jan KOWAL (Poland) (3:19:05).",
        published: Some("2025-02-23"),
        yields: &[
            "result of Paul Lenz position 1",
            "result of Paul Lenz finishTime PT2H58M10S",
            "result of Jan KOWAL position 3",
            "result of Jan KOWAL finishTime PT3H19M5S",
        ],
    },
    Ex {
        text: "The Dune Coast Run was held on January 24. The top three elite women, receiving the same prize money, were Wora Ayana, Alma Negash and Tsega Desta.",
        published: Some("2026-01-26"),
        yields: &[
            "result of Wora Ayana position 1",
            "result of Alma Negash position 2",
            "result of Tsega Desta position 3",
        ],
    },
    Ex {
        text: "Jonah Keter won the men's race of the Ridge Valley Marathon in 2:11:40, beating Tom Siele who clocked 2:12:05, with Abel Ruto completing the podium in 2:12:58.\n\nThey were followed by Sam Langa (2:13:31) and Ken Maiyo (2:14:02) in that order.\n\nRuth Lagat finished second in 2:31:09 behind Ethiopian Almaz Tulu, as Hana Gidey sealed the podium in 2:33:40.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Tom Siele finishTime PT2H12M5S",
            "result of Abel Ruto position 3",
            "result of Sam Langa position 4",
            "result of Ken Maiyo position 5",
            "result of Ken Maiyo finishTime PT2H14M2S",
            "result of Hana Gidey position 3",
        ],
    },
    Ex {
        text: "Close to 300 runners took part in the Brook Vale 10k on Sunday. The race was won by Cian Mollo of Vale Track AC in 31.58, followed by Bran Kilty of Hill Road AC, Tom Lynn, Eoin Hally and Joe Garry.",
        published: Some("2025-06-12"),
        yields: &[
            "result of Cian Mollo position 1",
            "result of Bran Kilty position 2",
            "result of Tom Lynn position 3",
            "result of Joe Garry position 5",
        ],
    },
    Ex {
        text: "Close to 300 runners took part in the Brook Vale 10k on Sunday. The first woman home was Aoife Consy of Vale Harriers, in second was Roisin Fraw, followed by Niamh Mac, Sinead Kean and Orla Daly.",
        published: Some("2025-06-12"),
        yields: &[
            "result of Roisin Fraw position 2",
            "result of Niamh Mac position 3",
            "result of Sinead Kean position 4",
            "result of Orla Daly position 5",
        ],
    },
    // A town's state code after it ("of Bowie, MD") and an age before.
    Ex {
        text: "At the Severn Vale 10K on Sunday, Ethan Mose, 17, of Annapolis, MD finished first in 34:58. Marc Reidy, 24, of Bowie, MD came in second in 35:40, while Tom Kuchak of Edgewater, MD placed third in 36:12.",
        published: Some("2025-05-19"),
        yields: &[
            "result of Ethan Mose position 1",
            "result of Marc Reidy position 2",
            "result of Marc Reidy finishTime PT35M40S",
            "result of Tom Kuchak position 3",
        ],
    },
    // An undated release whose headline gives the race's year.
    Ex {
        text: "Local Runners Sweep Top Honors at the 2025 Severn Vale Half Marathon\n\nColin Bease of Annapolis took first place in the male division with a time of 1:09:44.",
        published: None,
        yields: &["result of Colin Bease race Severn Vale Half Marathon 2025 21.0975 Men"],
    },
    Ex {
        text: "Ann Jepleti won the women's race of the Lakeside Half Marathon in 1:08:50. Ethiopians Tsiga Aber, Mula Keb and Hiru Tess followed in fourth, fifth and sixth.",
        published: Some("2025-12-07"),
        yields: &[
            "result of Tsiga Aber position 4",
            "result of Hiru Tess position 6",
            "result of Hiru Tess race Lakeside Half Marathon 2025 21.0975 Women",
        ],
    },
    // A winner's time in the next sentence, the winner named again before
    // "was followed by", and a past title before a name.
    Ex {
        text: "Kenya's Mos Kiprui has won the 42km Border Hills Marathon, which was held in the city on Sunday morning.\n\nHe finished in a time of 2:17:44.\n\nKiprui was followed by compatriot Ed Kiplat in 2:18:30, with 2024 winner Ten Mupfu of Zimbabwe third in 2:19:02.",
        published: Some("2025-04-13"),
        yields: &[
            "result of Mos Kiprui finishTime PT2H17M44S",
            "result of Ed Kiplat position 2",
            "result of Ed Kiplat finishTime PT2H18M30S",
            "result of Ten Mupfu race Border Hills Marathon 2025 42.195 Men",
            "result of Ten Mupfu position 3",
            "result of Ten Mupfu race Border Hills Marathon 2024 42.195 Men",
        ],
    },
    // Clubs in brackets after the names.
    Ex {
        text: "Conor McAl (Callan Valley AC) won the Orchard Vale 10K in 30:12. Ryan Quin (Canal Runners) was second in 30:40 with Paul Hugh (Callan Valley AC) third in 31:05. Aoife McKen (Strule Harriers) won the women's race in 34:50, ahead of Ciara Devl (Callan Valley AC) in 35:22 and Niamh Cor (unattached) in 36:01.",
        published: Some("2025-10-13"),
        yields: &[
            "result of Paul Hugh position 3",
            "result of Paul Hugh finishTime PT31M5S",
            "result of Ciara Devl finishTime PT35M22S",
            "result of Niamh Cor position 3",
            "result of Niamh Cor finishTime PT36M1S",
        ],
    },
    // Wins "pocketed" and "annexed", "the title over B (T) and C (T)",
    // "He bested A (T) and B (T)", each bracketed time its runner's.
    Ex {
        text: "Ramo Espin and Jess Luma emerged champions in the Tagbi Bay Marathon 2025 on Sunday morning.\n\nEspin ruled the men's 42K division by clocking 2:38:14. He bested veterans Alvi Tagle (2:45:02) and Noe Bacus (2:49:37).\n\nIn the 21K, Jun Arev (1:12:08) pocketed the men's title over Kim Sabe (1:14:40) and Rey Berna (1:17:03), while Grace Abel (1:29:10) annexed the women's crown.",
        published: Some("2025-12-01"),
        yields: &[
            "result of Alvi Tagle position 2",
            "result of Noe Bacus position 3",
            "result of Noe Bacus finishTime PT2H49M37S",
            "result of Jun Arev position 1",
            "result of Jun Arev finishTime PT1H12M8S",
            "result of Kim Sabe position 2",
            "result of Kim Sabe finishTime PT1H14M40S",
            "result of Rey Berna position 3",
            "result of Grace Abel position 1",
        ],
    },
    // "came next", medals of the race's podium, a descriptor before a
    // name.
    Ex {
        text: "Kama and Phiri take Zomba Hills 15km Race titles\n\nAnn Kama won the women's race of the Zomba Hills 15km Race in 49:12 on Saturday. Her clubmate Esna Banda came next in 49:30, with Tiya Chirwa taking bronze after using 51:04.\n\nKond Phiri won the men's race in 43:58. Youngster Wong Mbewe (44:05) finished second to claim the silver medal while Limb Nkhoma settled for bronze after using 44:20.",
        published: Some("2025-06-09"),
        yields: &[
            "result of Esna Banda position 2",
            "result of Tiya Chirwa position 3",
            "result of Tiya Chirwa race Zomba Hills 15km Race 2025 15 Women",
            "result of Wong Mbewe position 2",
            "result of Limb Nkhoma position 3",
        ],
    },
    // A win told after a display ("produced a fine display of front
    // running to win the X"); the race named with and without "Road Race".
    Ex {
        text: "Con Magee claims fine win at Dromara Lions 10K\n\nCon Magee produced a fine display of front running to win the Dromara Lions 10K Road Race on Saturday.",
        published: Some("2025-05-19"),
        yields: &["result of Con Magee position 1", "result of Con Magee race Dromara Lions 10K 2025 10"],
    },
    Ex {
        text: "Victory went to Frenchwoman Cami Roux and Kenyan Mos Wanja at the 17th Mahe Hills Marathon yesterday.\n\nCami Roux needed 4h00:05 to take the women's title.",
        published: Some("2025-03-02"),
        yields: &[
            "result of Cami Roux race Mahe Hills Marathon 2025 42.195 Women",
            "result of Cami Roux finishTime PT4H5S",
        ],
    },
    // A paragraph that opens on its race by distance alone.
    Ex {
        text: "Ellis and Camp were the half-marathon champions at yesterday's Kingston Hills Run.\n\nIn the 5K, Andre Steph was first among the men in 17:02.6, ahead of Rush Dix (17:20.1).",
        published: Some("2026-03-16"),
        yields: &["result of Rush Dix race Kingston Hills Run 2026 5 Men"],
    },
    // A paragraph that opens on a town gives its results to the one race
    // of the article named after it.
    Ex {
        text: "The Dune Grand Prix began with the Oshaka Half Marathon on 14 June. The Keeta Half Marathon followed on 12 July.\n\nIn Oshaka, Jon Ndeitu took the 21km race in 01:06:12. Fil Kamat followed Ndeitu.\n\nIn Keeta, Fil Kamat won the men's race in 01:07:02.",
        published: Some("2025-08-15"),
        yields: &[
            "result of Jon Ndeitu race Oshaka Half Marathon 2025 21.0975",
            "result of Fil Kamat race Keeta Half Marathon 2025 21.0975 Men",
        ],
    },
    // "powered clear over … to win", "clocked T to edge B (T) and C (T)".
    Ex {
        text: "Independence Avenue was full on Saturday as the Kalahari Windhoek City 10km drew 2,800 entrants.\n\nPaul Amuten powered clear over the last two kilometres to win the men's elite race in 29:41. In the women's elite race, Sel Hangu clocked 34:52 to edge Loi Shike (34:58) and Rau Iipin (36:07).",
        published: Some("2025-09-15"),
        yields: &[
            "result of Paul Amuten position 1",
            "result of Sel Hangu position 1",
            "result of Loi Shike position 2",
            "result of Rau Iipin position 3",
            "result of Rau Iipin finishTime PT36M7S",
        ],
    },
    // Agency copy: "filled the podium in that order", an ordinal in
    // brackets or after a dash, and the distance going on to the next
    // sentence of the paragraph.
    Ex {
        text: "The Turan Silk Way Marathon 2025 was held on Sunday.\n\nIn the women's marathon, Aig Sadyk, Eka Volko, and Zha Omaro filled the podium in that order.\n\nIn the women's 21.1 km race the prize-winners were Din Omar (first), Yel Kost (second), and Mad Serik (third). Among men, Arm Yessi (first), Rus Tokht (second), and Ser Vlas (third).\n\nIn the 10 km race, the places were: Arm Zhaku - first, Nur Kass - second, Ily Fedo - third.",
        published: Some("2025-09-22"),
        yields: &[
            "result of Eka Volko position 2",
            "result of Zha Omaro position 3",
            "result of Arm Yessi race Turan Silk Way Marathon 2025 21.0975 Men",
            "result of Rus Tokht position 2",
            "result of Nur Kass position 2",
            "result of Ily Fedo race Turan Silk Way Marathon 2025 10 Men",
        ],
    },
    // Two titles kept, the races told after "respectively": each runner's
    // sex goes on to the sentences that tell the times, and a place after
    // a pronoun of the other sex is not the podium of the win before it.
    Ex {
        text: "Hibbe, Pryor retain titles\n\nCove's Dan Hibbe and Britain's Ana Pryor both defended their half-marathon titles, in the men's and women's races respectively, at yesterday's Cove Bay Run.\n\nHibbe won in 1:14:52, while Pryor, a regular visitor, won in 1:31:07.\n\n\"I just went,\" said Hibbe.\n\nHe finished ahead of fellow Kenyans Ode Brisk (1:15:30) and Kem Sinko (1:16:44).",
        published: Some("2025-12-08"),
        yields: &[
            "result of Dan Hibbe race Cove Bay Run 2025 21.0975 Men",
            "result of Dan Hibbe finishTime PT1H14M52S",
            "result of Ana Pryor race Cove Bay Run 2025 21.0975 Women",
            "result of Ana Pryor finishTime PT1H31M7S",
            "result of Ode Brisk race Cove Bay Run 2025 21.0975 Men",
            "result of Kem Sinko position 3",
        ],
    },
    // The last time of a list at the end of the sentence ("at 1:13.30."),
    // and "who were first and second runners-up": second and third, of the
    // women's race when the men's second and third are told already.
    Ex {
        text: "Cove results\n\nIn the 21km category of the Cove Marathon, Dan Kipto won the men's class in 1:10.42. He was followed by Lo Tuan at 1:13.05 and Hoa Phuc at 1:13.30.\n\nNational team member Dinh Lan crossed the finish line after 1:22.18, beating Pham Thu (1:24.02) and Kenyan Mercy Chebo (1:24.40), who were first and second runners-up.",
        published: Some("2025-03-24"),
        yields: &[
            "result of Hoa Phuc position 3",
            "result of Hoa Phuc finishTime PT1H13M30S",
            "result of Pham Thu race Cove Marathon 2025 21.0975 Women",
            "result of Pham Thu position 2",
            "result of Mercy Chebo position 3",
            "result of Mercy Chebo finishTime PT1H24M40S",
        ],
    },
    // A grand prix told town by town: "A followed B" (B placed just
    // before), "walked away with first prize", "took the women's prize",
    // "was back on top", "won the women's 21km there" (the town of the
    // sentence before).
    Ex {
        text: "Grand prix heads to the capital\n\nThe Rundu Half Marathon was held on 14 June, and the Otjiwa Half Marathon followed on 2 August.\n\nIn Rundu, Joe Ndeta took the 21km race in 01:06:12, while Hil Amupa won the women's category in 01:16:03. Fil Kamo followed Ndeta and Abe Nghifi was third. Nda Iitu followed Amupa and Sel Kandu came third.\n\nOn 2 August in Otjiwa, Kamo walked away with first prize in the men's category. Amupa again took the women's prize.\n\nNdeta was back on top at the Otjiwa Half Marathon in 2024.\n\nRebe Nango won the women's 21km there, followed by Iitu.",
        published: Some("2025-08-15"),
        yields: &[
            "result of Fil Kamo race Rundu Half Marathon 2025 21.0975 Men",
            "result of Fil Kamo position 2",
            "result of Abe Nghifi race Rundu Half Marathon 2025 21.0975 Men",
            "result of Abe Nghifi position 3",
            "result of Nda Iitu race Rundu Half Marathon 2025 21.0975 Women",
            "result of Nda Iitu position 2",
            "result of Fil Kamo race Otjiwa Half Marathon 2025 21.0975 Men",
            "result of Hil Amupa race Otjiwa Half Marathon 2025 21.0975 Women",
            "result of Joe Ndeta race Otjiwa Half Marathon 2024 21.0975 Men",
        ],
    },
    // A brand before a race the headline cuts short; descriptions before
    // names ("Alumnus"); schools and institutes after "from" (no runners:
    // "from the Institute of Arts and Design"); the family name He; times
    // with thousandths after a colon.
    Ex {
        text: "More than 900 turn out for Harbour Marathon\n\nSunday's Reef Trust Coral Bay Harbour Marathon drew 900 runners, and the event took place in fine weather.\n\nAlumnus Hu Jian from the School of Marine Science won the men's race in 3 hours and 41 seconds, followed by Tang Wei from the Institute of Arts and Design and Gao Peng from Zijin College.\n\nHe Siqi, a student from the School of Medicine, won the women's race in 03:30:02:120.",
        published: Some("2025-12-08"),
        yields: &[
            "result of Hu Jian race Coral Bay Harbour Marathon 2025 42.195 Men",
            "result of Tang Wei position 2",
            "result of Gao Peng position 3",
            "result of He Siqi race Coral Bay Harbour Marathon 2025 42.195 Women",
            "result of He Siqi finishTime PT3H30M2.12S",
        ],
    },
    // A children's run named at the head of a paragraph is not the race
    // the paragraphs after it tell; an age written as a description before
    // a name; "made up the top three".
    Ex {
        text: "Cove Coast Marathon draws record field\n\nThe Cove Coast Marathon brought 5,000 athletes to the capital.\n\nThe programme opened on Thursday with the Kids' Run, in which hundreds of schoolchildren took part.\n\nTwenty-seven-year-old Ed Koech won Friday's marathon in 02:16:12.\n\nIn the men's 10k, Ahm Siyabi (00:32:15), Yus Amri (00:33:40) and Ras Busai (00:34:02) made up the top three.",
        published: Some("2025-01-25"),
        yields: &[
            "result of Ed Koech race Cove Coast Marathon 2025 42.195",
            "result of Ahm Siyabi race Cove Coast Marathon 2025 10 Men",
            "result of Yus Amri position 2",
            "result of Ras Busai position 3",
            "result of Ras Busai finishTime PT34M2S",
        ],
    },
    // Medals told one after another with the verb left out ("and B the
    // bronze in T"), "was in a class of her own", "with A edging
    // compatriot B", "B took silver in T behind A (T)" (A first), the
    // distance of the sentence's other result of that race; a related
    // story's teaser on "trials" tells no championship of this race.
    Ex {
        text: "Drama at the Cove Sunrise Marathon\n\nThe Cove Sunrise Marathon weekend came to a close on Sunday.\n\nAndre Whyt claimed the gold medal in 2:44:09. Guyana's Troy Hind took silver in 2:49:30 and Barbadian Nat Clark the bronze in 2:53:12.\n\nIn the women's marathon, Luz Ospin was in a class of her own, covering the course in 2:58:37.\n\nThe half marathon was a duel, with Jul Restre edging compatriot Cam Arang in the final kilometre.\n\nIn the women's half marathon, Mak Edmun took silver in 1:24:10 behind Canadian Bro Tremb (1:22:58).\n\nRelated\n\nIsland names squad for cross-country trials",
        published: Some("2025-12-08"),
        yields: &[
            "result of Troy Hind position 2",
            "result of Nat Clark position 3",
            "result of Nat Clark finishTime PT2H53M12S",
            "result of Luz Ospin race Cove Sunrise Marathon 2025 42.195 Women",
            "result of Jul Restre position 1",
            "result of Cam Arang position 2",
            "result of Bro Tremb race Cove Sunrise Marathon 2025 21.0975 Women",
            "result of Bro Tremb position 1",
            "result of Bro Tremb finishTime PT1H22M58S",
        ],
    },
    // A winner's place among everyone after the win ("14th overall") is
    // no place of the race; the next paragraph's places go on from her;
    // "completed the course in T" told of the winner after.
    Ex {
        text: "Win goes to Kenya\n\nKenyan runner Eli Ngeti won Sunday's Cove Beach Marathon.\n\nThirty-one-year-old Ngeti completed the course in 2 hours, 16 minutes and 2 seconds.\n\nIn the women's race, Pur Lanta won with a course record of 2:33:10, 14th overall.\n\nBea Tooi was second in 2:34:02, while Car Kimai was third in 2:35:47.",
        published: Some("2025-09-14"),
        yields: &[
            "result of Eli Ngeti finishTime PT2H16M2S",
            "result of Pur Lanta position 1",
            "result of Pur Lanta finishTime PT2H33M10S",
            "result of Bea Tooi race Cove Beach Marathon 2025 42.195 Women",
            "result of Car Kimai race Cove Beach Marathon 2025 42.195 Women",
        ],
    },
    // "rounded off the top five"; a name after "behind" is no subject of
    // the sentence's pronoun ("She crossed the line behind Bapti").
    Ex {
        text: "Serem wins again\n\nPhil Serem won the Cove Plains Marathon yesterday in 2:27:41. Dev Frase came home third, while Ant Moham was fourth. Another local, Ric Bapti, rounded off the top five in 2:57:30.\n\nWin Taru took the top position among the women. She crossed the line only a stride behind Bapti in 2:57:31.",
        published: Some("2025-01-20"),
        yields: &[
            "result of Ric Bapti race Cove Plains Marathon 2025 42.195",
            "result of Ric Bapti position 5",
        ],
    },
    // "A and B followed him home, in that order": second and third.
    Ex {
        text: "Hryts wins\n\nUkrainian runner Ole Hryts won the men's race at the Cove Seaside Marathon on Sunday. Latvians Iva Dzen and Rai Upit followed him home, in that order.",
        published: Some("2025-05-18"),
        yields: &[
            "result of Iva Dzen position 2",
            "result of Rai Upit position 3",
            "Rai Upit nationality Latvia",
        ],
    },
    // Hours, minutes and seconds set apart by points: in brackets after
    // the last of a "respectively" list, after "at"; "had to be content
    // with third".
    Ex {
        text: "Swiss winner in men's half\n\nYas Amra won the Cove Coast Marathon on Sunday. Den Laga led early but faded and had to be content with third in 2.24.40.\n\nSwitzerland's Fab Amma (1.08.51) and Malta's Kur Vass (1.09.20) finished first and second respectively in the men's half-marathon.",
        published: Some("2025-02-23"),
        yields: &[
            "result of Den Laga position 3",
            "result of Kur Vass position 2",
            "result of Kur Vass finishTime PT1H9M20S",
        ],
    },
    // A sex in brackets right after a name is the runner's own.
    Ex {
        text: "Inaugural race a success\n\nThe first Cove Gulf Marathon was run on Sunday.\n\nIn the women's race Gra Kaup won. The half marathon was won by Nel Yako (male) and Rut Gumo (female).",
        published: Some("2025-11-17"),
        yields: &[
            "result of Nel Yako race Cove Gulf Marathon 2025 21.0975 Men",
        ],
    },
    // Ranks before names ("Capt.", "Staff Sgt."), "completed the
    // all-Soldier podium" and "took the last podium spot": third.
    Ex {
        text: "Soldiers sweep podium\n\nFORT HOOD, Texas (Oct. 12, 2025) -- Soldiers took the first three places at the 9th Cove Ridge Ten-Miler.\n\nSgt. Abe Kiro won in 50:12. Capt. Ned Olla completed the all-Soldier podium in 50:41.\n\nThe first woman home was Ruth Amsel in 58:47. Staff Sgt. Ida Bro was next in 59:55, and Pfc. Lea Sor took the last podium spot in 1:01:08.",
        published: Some("2025-10-12"),
        yields: &[
            "result of Ned Olla position 3",
            "result of Ned Olla race Cove Ridge Ten-Miler 2025 16.0934 Men",
            "result of Ida Bro position 2",
            "result of Lea Sor position 3",
            "result of Lea Sor finishTime PT1H1M8S",
        ],
    },
    // "A, B and C made up the men's podium, in that order": first to
    // third of that race.
    Ex {
        text: "Turay retains crown\n\nThe 2025 Cove City Marathon was held on Saturday, with a 10 km beside it.\n\nIn the 10 km, Lah Mus, Jos Kor and Pat San made up the men's podium, in that order.",
        published: Some("2025-05-19"),
        yields: &[
            "result of Lah Mus position 1",
            "result of Jos Kor position 2",
            "result of Pat San position 3",
            "result of Pat San race Cove City Marathon 2025 10 Men",
        ],
    },
    // "won first place", "came in first", "took first place at T"; a
    // paragraph that opens on a sex alone ("For the women,") goes on with
    // the distance the paragraph before opened on.
    Ex {
        text: "Cove Sunset Run shines\n\nThe Cove Sunset Run was held on Sunday.\n\nIn the half marathon, first place went to Sip Dlam in 1:12:20.\n\nFor the women, Lai Shan of Taiwan took first place at 1:38:11, followed by Emi Kat in second place at 1:51:30.\n\nFor the 10K women's race, Chri Muel won first place with a time of 50:48.\n\nIn the men's 5K, Ste Rech came in first with a time of 22:47.",
        published: Some("2025-06-06"),
        yields: &[
            "result of Lai Shan race Cove Sunset Run 2025 21.0975 Women",
            "result of Lai Shan position 1",
            "result of Emi Kat race Cove Sunset Run 2025 21.0975 Women",
            "result of Chri Muel position 1",
            "result of Ste Rech position 1",
            "result of Ste Rech finishTime PT22M47S",
        ],
    },
    // "topped the women's standings": a win, and the runners told without
    // a sex before it are the men's; "third place was taken by yet another
    // Kenyan athlete, X".
    Ex {
        text: "Rut wins Cove Spring Half Marathon\n\nKenyan Dan Rut won the Cove Spring Half Marathon on Sunday in 1:02:11. Second place went to Bri Sang, clocking 1:03:58, while third place was taken by yet another Kenyan athlete, Edu Bett, timed at 1:04:02.\n\nEthiopia's Mes Hail topped the women's standings, finishing in 1:11:27.",
        published: Some("2025-05-14"),
        yields: &[
            "result of Edu Bett position 3",
            "result of Edu Bett finishTime PT1H4M2S",
            "result of Mes Hail race Cove Spring Half Marathon 2025 21.0975 Women",
            "result of Mes Hail position 1",
            "result of Dan Rut race Cove Spring Half Marathon 2025 21.0975 Men",
        ],
    },
    // "Winning the women's marathon was X at T": the winner after the race.
    Ex {
        text: "Cove Sunset Marathon shines\n\nThe Cove Sunset Marathon was held on Sunday. Winning the women's marathon was Lin Hsia at 3:29:17, followed by Aya Mor in second place.",
        published: Some("2025-06-06"),
        yields: &[
            "result of Lin Hsia position 1",
            "result of Lin Hsia finishTime PT3H29M17S",
            "result of Lin Hsia race Cove Sunset Marathon 2025 42.195 Women",
        ],
    },
    // "Second in yesterday's race was X in T": the place before the race.
    Ex {
        text: "Hill run\n\nThe Lorn Ridge Marathon was held on Sunday. Ama Dee won the women's race in 3:41:10. Second in the women's race was Pia Lund in 3:52:05.",
        published: Some("2025-06-06"),
        yields: &[
            "result of Pia Lund position 2",
            "result of Pia Lund finishTime PT3H52M5S",
            "result of Pia Lund race Lorn Ridge Marathon 2025 42.195 Women",
        ],
    },
    // "was the top finisher" is a win.
    Ex {
        text: "Harvest dash\n\nThe Lorn Harvest 5K was held on Saturday. On the female side, Ada Rigg was the top finisher with a time of 21:37.",
        published: Some("2025-10-20"),
        yields: &[
            "result of Ada Rigg position 1",
            "result of Ada Rigg finishTime PT21M37S",
            "result of Ada Rigg race Lorn Harvest 5K 2025 5 Women",
        ],
    },
    // "dominated the women's race" is a win, and the places told after it
    // are of that race.
    Ex {
        text: "Lake run\n\nThe Kivu Dawn Marathon was held on Sunday. Ama Oku won the men's race in 2:12:36.\n\nEsi Nak dominated the women's race, crossing the line in 2:31:19. Compatriot Jo Atim was second in 2:34:02.",
        published: Some("2026-03-02"),
        yields: &[
            "result of Esi Nak race Kivu Dawn Marathon 2026 42.195 Women",
            "result of Esi Nak position 1",
            "result of Jo Atim race Kivu Dawn Marathon 2026 42.195 Women",
        ],
    },
    // "the fastest man" is the men's, whatever the sentence says after.
    Ex {
        text: "Lida run\n\nThe Lida Town 5K was held on Sunday. Kir Asta was the fastest man (15:58), and local resident Nas Hryb the fastest woman.",
        published: Some("2025-09-08"),
        yields: &["result of Kir Asta race Lida Town 5K 2025 5 Men"],
    },
    // "won the men's half" names the half marathon of a marathon's day.
    Ex {
        text: "Skopje run\n\nThe Treska Marathon was held in Skopje today.\n\nFil Dimo won the men's half in 1:09:58.",
        published: Some("2025-10-12"),
        yields: &[
            "result of Fil Dimo race Treska Marathon 2025 21.0975 Men",
            "result of Fil Dimo finishTime PT1H9M58S",
        ],
    },
    // "The women's half marathon podium was filled by A, B and C".
    Ex {
        text: "Skopje run\n\nThe Treska Marathon was held in Skopje today.\n\nThe women's half marathon podium was filled by Mara Angel, Elena Rist and Bila Nikol, in that order, with the winner timed at 1 hour, 15 minutes and 52 seconds.",
        published: Some("2025-10-12"),
        yields: &[
            "result of Mara Angel race Treska Marathon 2025 21.0975 Women",
            "result of Mara Angel finishTime PT1H15M52S",
            "result of Elena Rist position 2",
            "result of Bila Nikol position 3",
        ],
    },
    // "This time" turns a paragraph back from the years told before it to
    // the race reported.
    Ex {
        text: "Home win\n\nThe 12th Nolsoy Harbour Marathon was held on Sunday.\n\nFor local favourite Jog Joen it was third time lucky. Joen won here in 2022 and was runner-up in 2023. This time he ran away from the field and finished in 2:41:15. The Danish visitor Ras Krog was second in 2:44:02.",
        published: Some("2025-09-08"),
        yields: &["result of Ras Krog race Nolsoy Harbour Marathon 2025 42.195 Men"],
    },
    // A past year's race told in an aside does not give its distance to
    // this year's places told after it.
    Ex {
        text: "Home win\n\nThe Nolsoy Harbour Marathon was held on Sunday.\n\nThe women's marathon went to Sun Hans in 3:12:40. Hans, who won the half marathon here in 2024, was stepping up to the full distance. Norway's Ing Solh took second in 3:20:05.",
        published: Some("2025-09-08"),
        yields: &["result of Ing Solh race Nolsoy Harbour Marathon 2025 42.195 Women"],
    },
    // "headed a Kenyan one-two-three in the men's race" is a win; "In
    // second place came X" is X's place.
    Ex {
        text: "Heat run\n\nOver 11,000 runners took part in the Gota Alv Marathon on Saturday.\n\nTit Kipro headed a Kenyan one-two-three in the men's race, finishing in 2 hours, 12 minutes and 50 seconds.\n\nIn second place came Dan Kipt in 2:13:59. Third place went to Amo Cheru in 2:15:20.",
        published: Some("2025-06-01"),
        yields: &[
            "result of Tit Kipro race Gota Alv Marathon 2025 42.195 Men",
            "result of Tit Kipro finishTime PT2H12M50S",
            "result of Dan Kipt position 2",
            "result of Dan Kipt race Gota Alv Marathon 2025 42.195 Men",
            "result of Amo Cheru race Gota Alv Marathon 2025 42.195 Men",
        ],
    },
    // Times told after: "She needed T for the 21.1km", "His time is T";
    // a 10 km's times with a point, after "in" or in brackets, on a half
    // marathon's day.
    Ex {
        text: "River run\n\nAla Kava won the Neman Half Marathon 2025 on Sunday. She needed one hour 12 minutes 5 seconds for the 21.1km.\n\nThe 10km race was won by Lithuania's Man Jank. His time is 31 minutes 58 seconds. Ily Karp finished second in 32.20. Ver Zhuk took the women's 10km (36.55).",
        published: Some("2025-09-08"),
        yields: &[
            "result of Ala Kava finishTime PT1H12M5S",
            "result of Man Jank finishTime PT31M58S",
            "result of Ily Karp finishTime PT32M20S",
            "result of Ver Zhuk finishTime PT36M55S",
        ],
    },
    // "needed T for the 42 km course to claim the men's marathon category".
    Ex {
        text: "Palace run\n\nWes Ruto won the Cristo Sea Marathon 2025. Ruto, 31, needed 2 hours, 23 minutes, and 5 seconds for the 42 km course to claim the men's marathon category on saturday morning.",
        published: Some("2025-10-12"),
        yields: &[
            "result of Wes Ruto race Cristo Sea Marathon 2025 42.195 Men",
            "result of Wes Ruto finishTime PT2H23M5S",
        ],
    },
    // "Bronze went to X of Kenya (T)", "Bronze was collected by X (T)":
    // third, in a race that tells of no championship.
    Ex {
        text: "River run\n\nAla Kava won the Neman Half Marathon 2025 on Sunday in 1:12.05. Bronze went to Pur Cheb of Kenya (1:13.02).\n\nThe 10km race was won by Man Jank in 31:58. Bronze was collected by Pav Sido (32.41).",
        published: Some("2025-09-08"),
        yields: &[
            "result of Pur Cheb position 3",
            "result of Pur Cheb finishTime PT1H13M2S",
            "result of Pav Sido position 3",
            "result of Pav Sido finishTime PT32M41S",
        ],
    },
    // "Second and third in the men's race went to A of Club (T1) and
    // Kenyan B (T2)": each runner's place and own time.
    Ex {
        text: "Cove Lake Marathon report\n\nTom Kosg won the Cove Lake Marathon on Sunday in 2:07:10. Second and third in the men's race went to Rho Pugh of Cove Harriers (2:19:02) and Kenyan Nic Rot (2:20:37).",
        published: Some("2025-06-16"),
        yields: &[
            "result of Rho Pugh position 2",
            "result of Rho Pugh finishTime PT2H19M2S",
            "result of Nic Rot position 3",
            "result of Nic Rot finishTime PT2H20M37S",
        ],
    },
    // "A of Kenya and B of Ethiopia were the respective men's and women's
    // winners": a pair of winners, each of one race.
    Ex {
        text: "Kora, Girm win Cove Lake Marathon\n\nAbe Kora of Kenya and Mes Girm of Ethiopia were the respective men's and women's winners of the Cove Lake Marathon yesterday.",
        published: Some("2025-06-16"),
        yields: &[
            "result of Abe Kora race Cove Lake Marathon 2025 42.195 Men",
            "result of Mes Girm race Cove Lake Marathon 2025 42.195 Women",
            "result of Mes Girm position 1",
        ],
    },
];
