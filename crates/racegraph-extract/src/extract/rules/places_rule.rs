//! The registry entries of the place and route rules ([`super::places`]):
//! what each reads and writes, and the examples that must and must not
//! yield facts.

use super::places::{city_in_name, passes, race_city, venues};
use super::*;

pub(crate) static CITY_IN_NAME: R = R {
    name: "the town a race is named after",
    family: Fam::Places,
    doc: "When nothing in the article gives the city of the race it is about, the town its name begins with (\"Boise Greenbelt Half Marathon\": Boise), from the gazetteer or the lists of towns: a town of the lists must stand alone in the text (not after \"the\", not inside a longer name or an address), or, for one of 100,000 people or more, be in a country the article names. A race named only in passing, neither the article's nor of an edition it tells (\"who has also run the London Marathon\"), takes no city from its name. A race named with its town after a connector (`International 10 km of Kara`, `20 km de Lausanne`) is of that town when the town stands alone in the text, and a country's name (`Panama Bay Marathon`) is no town, though one of its capital's names (a city that is its country, `Singapore`, is).",
    reads: &[Property::City],
    writes: &[Property::City],
    examples: &[&[
        Ex {
            text: "TRIESTE (Wire) - Ada Quill won the Trieste Coast Marathon on Sunday.",
            published: Some("2025-03-24"),
            yields: &["Trieste Coast Marathon city Trieste"],
        },
        // A town of the world list whose country the article names.
        Ex {
            text: "Results 2025: Leuven Dijle Half Marathon. Belgian Jonas Wout won in 01:07:44.",
            published: Some("2025-04-15"),
            yields: &["Leuven Dijle Half Marathon city Leuven"],
        },
        // A small town of the lists standing alone.
        Ex {
            text: "Runners filled the river valley this morning for the 18th Lethbridge Coulees Half Marathon.\n\nAda Quill of Lethbridge won in 1:18:02.",
            published: Some("2025-09-14"),
            yields: &["Lethbridge Coulees Half Marathon city Lethbridge"],
        },
        // A race named for its town after a connector, as translated
        // pages name them, whatever town a communiqué was sent from.
        Ex {
            text: "Results of the 2nd International 10 km of Kara\n\nLomé, the 2 May 2026\n\nThe Federation reports the results of the 2nd International 10 km of Kara, run on Sunday 26 April 2026 in the city of Kara, Kara Region. Ali Maki won in 30:12.",
            published: Some("2026-05-02"),
            yields: &["International 10 km of Kara city Kara"],
        },
    ]],
    counterexamples: &[&[Cx {
        text: "Ada Quill won the Great Coast Marathon on Sunday.",
        published: Some("2025-03-24"),
        never: &["Great Coast Marathon city"],
    },
    // A small town's name after "the", or in a country the article
    // names, is not enough: here a path.
    Cx {
        text: "Ada Quill, an American, won the Greenbelt Marathon, which follows the Greenbelt west along the river.",
        published: Some("2025-03-24"),
        never: &["Greenbelt Marathon city"],
    },
    Cx {
        text: "Ada Quill won the Riverside 10K on Sunday, then the Riverside Mile.",
        published: Some("2025-03-24"),
        never: &["Riverside 10K city"],
    },
    // A country's name, though one of its capital's names, is no town.
    Cx {
        text: "Panama Bay Marathon 2025\n\nAda Quill won the Panama Bay Marathon on Sunday. The course ran along the bay, and runners from Panama took part.",
        published: Some("2025-12-01"),
        never: &["Panama Bay Marathon city"],
    }]],
    scope: S::Document(city_in_name),
};

pub(crate) static VENUES: R = R {
    name: "start and finish venues",
    family: Fam::Places,
    doc: "\"The race starts in X\", \"kicks off at X\", \"finishes at X\", \"culminates in X\", `Start: X`, `Start/Finish: X` (both; not a label's value cut off by words of another language, `Start: Liman meydani`), a sentence that opens \"Leaving the X roundabout, the runners …\" (not \"was started by the Mayor of X\").",
    reads: &[],
    writes: &[Property::StartVenue, Property::FinishVenue],
    examples: &[&[
        Ex {
            text: "Cove Peace Half Marathon\n\nThe Cove Peace Half Marathon was held on Sunday.\n\nLeaving the Pétévo roundabout, the runners went up the Avenue des Martyrs and the Avenue Boganda before returning to the finish at the Place de la République.",
            published: Some("2025-06-16"),
            yields: &["Cove Peace Half Marathon startVenue Pétévo roundabout"],
        },
        Ex {
            text: "The Lakeside Marathon kicks off in the Harbour Stadium and finishes at the Old Mill Tower.",
            published: None,
            yields: &[
                "Lakeside Marathon startVenue Harbour Stadium",
                "Lakeside Marathon finishVenue Old Mill Tower",
            ],
        },
        // A paragraph that opens on a runner's race of six days ago is
        // not about it: "the race" after it is the article's.
        Ex {
            text: "Kenyans rule Bosna Half Marathon\n\nFresh from a third-place finish at the Drava Half Marathon six days ago, Kenya's Nel Kipro clocked 1:03.58 to win the 12th Bosna Half Marathon held in Sarajevo on Sunday.\n\nThe race started and finished at Sebilj square in the old town.",
            published: Some("2025-09-21"),
            yields: &["Bosna Half Marathon startVenue Sebilj square"],
        },
        // The runners' start and finish are the race's.
        Ex {
            text: "The Strand Marathon drew 4,800 people. Runners started at the Town Rockpool and headed north before returning to finish at Jezzine Barracks.",
            published: None,
            yields: &[
                "Strand Marathon startVenue Town Rockpool",
                "Strand Marathon finishVenue Jezzine Barracks",
            ],
        },
        // A market named first by its kind ("Souq X", as "Estadio X") is a
        // venue, not a runner.
        Ex {
            text: "The Cove Seif Marathon drew record numbers. Starting and finishing at Souq Kharaz, the course took the field along the corniche.",
            published: None,
            yields: &[
                "Cove Seif Marathon startVenue Souq Kharaz",
                "Cove Seif Marathon finishVenue Souq Kharaz",
            ],
        },
        // A garden is a venue, not a person.
        Ex {
            text: "The Riverside 10K set off from Almsfield Gardens and finished at Almsfield Gardens.",
            published: None,
            yields: &[
                "Riverside 10K startVenue Almsfield Gardens",
                "Riverside 10K finishVenue Almsfield Gardens",
            ],
        },
        // A label of both in a timing page's head, its line ended before
        // the next label's.
        Ex {
            text: "COVE CHIP TIMING\n\nCove Bay 10 Mile — Cove, ON\nSaturday, May 9, 2026 — Start/Finish: Harbour Park\nCourse: Harbour Park, the quays and back\n",
            published: Some("2026-05-10"),
            yields: &[
                "Cove Bay 10 Mile startVenue Harbour Park",
                "Cove Bay 10 Mile finishVenue Harbour Park",
            ],
        },
    ]],
    counterexamples: &[&[
        // Who started the race is no place.
        Cx {
            text: "The Pantiles Half Marathon was started by the Mayor of Tunbridge Wells, Cllr Jan Pry, on Sunday.",
            published: Some("2025-10-13"),
            never: &["Pantiles Half Marathon startVenue"],
        },
        // A line in two languages: the other language's half is no
        // place, and a label's value that goes on in words of another
        // language is a name cut off.
        Cx {
            text: "Cove Half Marathon 2026\n\nStart en finish / Start and finish: Liman meydani (Harbour Square)\n",
            published: None,
            never: &["Cove Half Marathon startVenue"],
        },
        Cx {
            text: "The Lakeside Marathon winner starts work at the Harbour Stadium on Monday.",
            published: None,
            never: &[],
        },
        // A championship is an event, not a place.
        Cx {
            text: "The Lakeside 10 Mile counts for the circuit, which concludes at the NRRA 12 km Championships in Alexandria.",
            published: None,
            never: &[],
        },
    ]],
    scope: S::Sentence(venues),
};

pub(crate) static PASSES_ON_ROUTE: R = R {
    name: "places on the route",
    family: Fam::Places,
    doc: "\"The route passes (by) X and Y\", \"crosses X\", \"follows X\", \"the runners went up the Avenue X and the Avenue Y\" (not \"cross-country medallist X\"; a street's first word cut off by a number, \"Avenida\" of \"Avenida 18 de Julio\", is no place, nor a race's kind: \"held over the Full Marathon, Half Marathon and 10KM distances\"). A name after `through` with a finishing time in brackets (`through X (2:14:37) and Y`) is a runner's, no place. A lower-case word after a place's name is part of it only when it is a place's word (`the X stadium`) or follows a street's word alone (`Trg slobode`): not `past the Piazza before`, `at the Plaza de`. A beach's name with its word first (`Playa de los Cocos`, `Praia da Rocha`; `[venue_prefix]`) is one place.",
    reads: &[],
    writes: &[Property::Passes],
    examples: &[&[
        // A beach named with its word first and "de los" inside ("Playa
        // de los Cocos"; `[venue_prefix]`) is one place.
        Ex {
            text: "Cove Bay Marathon\n\nMay 4, 2026\n\nTom Bale won the Cove Bay Marathon in 2:12:00. The course runs along Playa de los Cocos before turning back to the finish.",
            published: Some("2026-05-04"),
            yields: &["Cove Bay Marathon passes Playa de los Cocos"],
        },
        Ex {
            text: "Cove Peace Half Marathon\n\nThe Cove Peace Half Marathon was held on Sunday.\n\nLeaving the Pétévo roundabout, the runners went up the Avenue des Martyrs and the Avenue Boganda before returning to the finish at the Place de la République.",
            published: Some("2025-06-16"),
            yields: &[
                "Cove Peace Half Marathon passes Avenue des Martyrs",
                "Cove Peace Half Marathon passes Avenue Boganda",
            ],
        },
        Ex {
            text: "The Lakeside Marathon route passes the Old Mill Tower and the Arch of Peace.",
            published: None,
            yields: &[
                "Lakeside Marathon passes Old Mill Tower",
                "Lakeside Marathon passes Arch of Peace",
            ],
        },
        Ex {
            text: "The Lakeside Marathon route crosses the Assin River twice.",
            published: None,
            yields: &["Lakeside Marathon passes Assin River"],
        },
    ]],
    counterexamples: &[&[Cx {
        // The races held "over the Full Marathon, Half Marathon and 10KM
        // distances" are no places on the route.
        text: "Cove Bay Marathon\n\nRaces were held over the Full Marathon, Half Marathon, 10KM and 5KM distances, plus a Fun Mile, and the course took runners past Bab Al Bahrain.",
        published: Some("2026-02-21"),
        never: &["Cove Bay Marathon passes Full Marathon", "Cove Bay Marathon passes Half Marathon", "Cove Bay Marathon passes Fun Mile"],
    }, Cx {
        // "along with the Joint Outreach Officer, X": company, no route.
        text: "Cove Hill Run\n\nThe Cove Hill Run was held on Sunday. The runners were flagged off from M.G. Marg in the presence of the Chief Guest, Kar Tsh Bhut, along with the Joint Outreach Officer, Pem Cho Lepc, and social worker Daw Nor Sher.",
        published: Some("2025-11-10"),
        never: &["Cove Hill Run passes"],
    }, Cx {
        text: "The Lakeside Marathon winner passed the Old Mill Tower exam last year.",
        published: None,
        never: &[],
    }, Cx {
        // "cross" in a compound is no route.
        text: "Tana Lakeside Run\n\nRace founder and former world cross-country medallist Dereje Alemu welcomed the field and set out his plans for the race on Sunday.",
        published: Some("2025-11-27"),
        never: &["Tana Lakeside Run passes Dereje Alemu"],
    }, Cx {
        // "two home wins, through X and Y": by whom, no route.
        text: "Cove Castle Marathon\n\nThe 10 km City Run also brought two home wins, through Jul Hamm (ASKÖ Gleisdorf) and Flo Pich (Laufteam Feldbach).",
        published: Some("2026-04-19"),
        never: &["Cove Castle Marathon passes"],
    }, Cx {
        // A name with a finishing time in brackets after "through" is a
        // runner's.
        text: "Cove Valley Marathon\n\nBoth marathon titles went to Kenya, through Ken Kip Chir (2:14:37, course record) and Dor Jep (2:36:02).",
        published: Some("2026-05-10"),
        never: &["Cove Valley Marathon passes"],
    }, Cx {
        // The lower-case word after a place's name is part of it only when
        // it is a place's word ("the X stadium") or follows a street's
        // word alone ("Trg slobode"): not "the Piazza before".
        text: "Cove Bay Marathon\n\nThe Cove Bay Marathon runs along the harbour and past the Piazza before the climb to the cathedral.",
        published: Some("2026-05-10"),
        never: &["Cove Bay Marathon passes Piazza before"],
    }]],
    scope: S::Sentence(passes),
};

pub(crate) static RACE_CITY: R = R {
    name: "the race's city",
    family: Fam::Places,
    doc: "\"X was held in Y\", \"the X Marathon in Y\", \"Y's X Marathon\", a dated line naming a city, a wire dateline of a report on one race (`SYRACUSE, N.Y. --`, `CAMP HOLLIS, South Korea —`, `FORT ARDEN, Texas (Oct. 18, 2025) --`, `ISLAMABAD:` for a known place, `SINGAPORE -` for a city that is its country; a name the gazetteer does not know only when it opens its line: `SHYMKENT. QAZNEWS -` names the agency second; `Hefei, Oct 19 (IANS)` for a town the gazetteer knows; not a caption's label, `AND THEY'RE OFF –`, nor a page's masthead on its first line (after an editor's note in brackets, if any), `COVE HERALD – Daily news`, nor a weekday cut short on a date line, `Mon, 5 Jan 2026`, though a town bears the name, nor a race's kind heading its results, `FÉLMARATON – FÉRFI`, nor `held in Y` inside a quote, nor a press release's sender, `DOHA, Qatar, March 24, 2025 /PRNewswire/ --`). A town a race is named after must stand alone in the text with its capital (`police and civilians` does not make `Police Week 10K` a race of the town of Police). A people's word or a category's name after `held in` (`held in the South Australian capital`, `held in International Elite and Masters categories`) is no town. A known town heading a date line (`Lomé, the 2 May 2026`) is where the page was sent from, not the race's city, when the race is named for another town after a connector (`International 10 km of Kara`). A report's event line (`COVE BAY HALF MARATHON, Bergen, Norway, April 12`), near the head of the page or a round-up's heading between blank lines (not a calendar's line), gives its race's town: one the gazetteer knows in the country given, or any name before a country.",
    reads: &[Property::City],
    writes: &[Property::City],
    examples: &[&[
        // A report's event line: the race, its town (and country), a day;
        // and a round-up's section headed so between blank lines.
        Ex {
            text: "Lee breaks 73 minutes at Cove Bay\n\nCOVE BAY HALF MARATHON, Bergen, Norway, April 12\n\nAnn Lee ran 72:40 on Sunday.\n\n\n\n\n\n\n\n\n\n\n\nLAKE RUN 10K, Molde, April 12\n\nIan Mato won in 30:02.",
            published: Some("2026-04-14"),
            yields: &["COVE BAY HALF MARATHON city Bergen", "LAKE RUN 10K city Molde"],
        },
        // An agency's dateline in small letters, for a known town.
        Ex {
            text: "Hefei, Oct 19 (IANS) An Ethiopian took the men's crown at the Chaohu Lakeside Marathon on Sunday.",
            published: Some("2025-10-19"),
            yields: &["Chaohu Lakeside Marathon city Hefei"],
        },
        Ex {
            text: "The Lakeside Marathon was held in Trondheim on Sunday.",
            published: Some("2025-05-19"),
            yields: &["Lakeside Marathon city Trondheim"],
        },
        Ex {
            text: "Lakeside Marathon 2025\nRace date: May 18, 2025 (Trondheim, Norway)\n",
            published: Some("2025-05-19"),
            yields: &["Lakeside Marathon city Trondheim"],
        },
        Ex {
            // Wire datelines: a state after the city, a colon, a city-state.
            text: "Runners take the Lakeside 15K\n\nSYRACUSE, N.Y. -- The first three men's finishers of the Lakeside 15K broke the course record on Sunday.",
            published: Some("2025-07-14"),
            yields: &["Lakeside 15K city Syracuse"],
        },
        Ex {
            text: "Kosgei wins Marina Night Marathon\n\nSINGAPORE - Ed Kos of Kenya won the Marina Night Marathon on Saturday (Dec 6), breaking the tape at the Padang in 2:14:51.",
            published: Some("2025-12-06"),
            yields: &["Marina Night Marathon city Singapore"],
        },
        Ex {
            // A region of two words, a date in brackets before the dash.
            text: "Soldiers sweep Cove Ridge Ten-Miler\n\nCAMP HOLLIS, South Korea — Sgt. Abe Kiro won Saturday's Cove Ridge Ten-Miler.\n\nFORT ARDEN, Texas (Oct. 18, 2025) -- Capt. Ned Olla took the Cove Ridge Ten-Miler in 50:12.",
            published: Some("2025-10-18"),
            yields: &["Cove Ridge Ten-Miler city Camp Hollis", "Cove Ridge Ten-Miler city Fort Arden"],
        },
    ]],
    counterexamples: &[&[
        // An event line's town of another country than the one it gives;
        // a line of a calendar below the head of the page.
        Cx {
            text: "Lee breaks 73 minutes at Cove Bay\n\nCOVE BAY HALF MARATHON, Bergen, Sweden, April 12\n\nAnn Lee ran 72:40 on Sunday.\n\n\n\n\n\n\n\n\n\n\n\nCalendar:\nLAKE RUN 10K, Molde, May 3\nFJORD HALF, Ålesund, May 10",
            published: Some("2026-04-14"),
            never: &["COVE BAY HALF MARATHON city", "LAKE RUN 10K city", "FJORD HALF city"],
        },
        // A date line's town is where a communiqué was sent from when
        // the race is named for another town.
        Cx {
            text: "Results of the 2nd International 10 km of Kara\n\nLomé, the 2 May 2026\n\nThe Federation reports the results of the 2nd International 10 km of Kara, run on Sunday 26 April 2026. Ali Maki won in 30:12.",
            published: Some("2026-05-02"),
            never: &["International 10 km of Kara city Lomé"],
        },
        // A caption's label in capitals before a dash is no dateline.
        Cx {
            text: "Oyelaran wins trail marathon\n\nAND THEY'RE OFF – Marathoners leave the park at the start of the 12th Cove Canyon Trail Marathon on Sunday.\n\nBy Ann Lee on August 5, 2025\n\nTom Oyelaran won the Cove Canyon Trail Marathon in 2:58:10 on Sunday.",
            published: Some("2025-08-05"),
            never: &["Cove Canyon Trail Marathon city"],
        },
        // A town's name written in small letters elsewhere is a word:
        // "police" does not make the town of Police stand alone.
        Cx {
            text: "Officers fastest as police and civilians share the road\n\nIan Mato won the Police Week 10K Challenge on Sunday in 33:18.",
            published: Some("2025-11-10"),
            never: &["Police Week 10K Challenge city"],
        },
        // A page's masthead, its first line, is no dateline.
        Cx {
            text: "COVE HERALD – Daily news from the coast\n\nMato wins Lakeside Marathon\n\nIan Mato won the Lakeside Marathon on Sunday in 2:18:40, ahead of more than 3,000 runners.",
            published: Some("2025-07-14"),
            never: &["Lakeside Marathon city"],
        },
        // "held in" inside a quote speaks of other events.
        Cx {
            text: "ALOR SETAR, March 22 — Ann Kip won the inaugural Kedah Paddy Fields Half Marathon here today.\n\n\"Most of the big sports events in the state are held in Langkawi. It is time the mainland had one,\" he said.",
            published: Some("2026-03-22"),
            never: &["Kedah Paddy Fields Half Marathon city Langkawi"],
        },
        // Nor is the first line after an editor's note in brackets.
        Cx {
            text: "[Translated from French]\n\nCOVE INFO — the news of the island and the ocean\n\nMato wins Lakeside Marathon\n\nIan Mato won the Lakeside Marathon on Sunday in 2:18:40.",
            published: Some("2025-07-14"),
            never: &["Lakeside Marathon city"],
        },
        // A weekday cut short on a date line ("Mon, 5 Jan 2026") is no
        // town, though a town bears the name.
        Cx {
            text: "Chill at Cove Heritage Marathon\n\nMon, 5 Jan 2026, 06:10 IST | Ann Lee\n\nThe fourth Cove Heritage Marathon was run on Sunday. Abe Worku won the men's race in 2:15:48.",
            published: Some("2026-01-05"),
            never: &["Cove Heritage Marathon city"],
        },
        // A label before a colon is no dateline.
        Cx {
            text: "Kenyan wins Lakeside Marathon\n\nOPINION: The Lakeside Marathon on Sunday showed what the town can do for 8,000 runners.",
            published: Some("2025-07-14"),
            never: &["Lakeside Marathon city"],
        },
        Cx {
            text: "The Lakeside Marathon winner was born in Trondheim.",
            published: None,
            never: &["Lakeside Marathon city"],
        },
        // A people's word or a category's name after "held in" is no town.
        Cx {
            text: "Ian Mato won the Cove Riverbank Marathon, held in the South Australian capital on Sunday. The race, held in International Elite, Open and Masters categories, began at the stadium.",
            published: Some("2025-03-24"),
            never: &["Cove Riverbank Marathon city"],
        },
        // A press release's dateline is its sender's town.
        Cx {
            text: "Cove Air concludes a record Lakeside Marathon\n\nDOHA, Qatar, March 24, 2025 /PRNewswire/ -- Ian Mato took first place in the Lakeside Marathon, held in the South Australian capital recently.",
            published: Some("2025-03-24"),
            never: &["Lakeside Marathon city"],
        },
        Cx {
            text: "Kenyan wins Lakeside Marathon\nSHYMKENT. QAZNEWS - The participants of the Lakeside Marathon, an annual charity race, have been awarded, the correspondent reports.",
            published: Some("2025-09-21"),
            never: &["Lakeside Marathon city Qaznews", "Lakeside Marathon city QAZNEWS"],
        },
    ]],
    scope: S::Sentence(race_city),
};
