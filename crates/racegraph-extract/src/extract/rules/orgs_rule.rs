//! The registry entries of the organisation and role rules
//! ([`super::orgs`]): what each reads and writes, and the examples that
//! must and must not yield facts.

use super::organisers::organiser_roles;
use super::orgs::{based_in, member_of, organisations_by_description, roles, titles_before_names};
use super::*;

pub(crate) static ORGANISATIONS_BY_DESCRIPTION: R = R {
    name: "organisations by description",
    family: Fam::Organisations,
    doc: "A name a description makes an organisation: \"the travel agency X\", \"X, a Beijing-based firm\", \"X news agency\"; its base when the description gives one.",
    reads: &[],
    writes: &[Property::BasedIn],
    examples: &[&[Ex {
        text: "Runners booked through Larkspur Voyages, a Tromsø-based firm, this spring.",
        published: None,
        yields: &["Larkspur Voyages basedIn Tromsø"],
    }]],
    counterexamples: &[&[Cx {
        text: "Runners booked through Maria Olsen, a Tromsø-born coach, this spring.",
        published: None,
        never: &["Maria Olsen basedIn"],
    }]],
    scope: S::Sentence(organisations_by_description),
};

pub(crate) static ROLES: R = R {
    name: "roles",
    family: Fam::Organisations,
    doc: "\"X, general manager at Y\", \"X, race director of Y\": X works for Y with that job title; \"Y-based\" before Y gives Y's base.",
    reads: &[],
    writes: &[Property::WorksFor, Property::JobTitle, Property::BasedIn],
    examples: &[&[Ex {
        text: "Simon Alder, general manager at Dandong-based Lakeview Tours, said it went well.",
        published: None,
        yields: &[
            "Simon Alder worksFor Lakeview Tours",
            "Simon Alder jobTitle general manager",
            "Lakeview Tours basedIn Dandong",
        ],
    }]],
    counterexamples: &[&[Cx {
        text: "Simon Alder, who managed the early kilometres well, said it went well.",
        published: None,
        never: &[],
    }]],
    scope: S::Sentence(roles),
};

pub(crate) static MEMBER_OF: R = R {
    name: "member of",
    family: Fam::Organisations,
    doc: "\"X of Y\" where Y is an organisation: X works for Y, unless Y is a sports club (a last word of `[club_suffix]`) or X a runner (a team's), and no job title comes before X.",
    reads: &[],
    writes: &[Property::WorksFor],
    examples: &[&[Ex {
        text: "\"It was a good day,\" said Aigerim Bekova of Steppe Journeys Travel.",
        published: None,
        yields: &["Aigerim Bekova worksFor Steppe Journeys Travel"],
    },
    Ex {
        text: "Over 2,400 finished, said race director Col Birch of the Valley Road Runners.",
        published: None,
        yields: &["Col Birch worksFor Valley Road Runners"],
    }]],
    counterexamples: &[&[
        Cx {
            text: "\"It was a good day,\" said Aigerim Bekova of Kazakhstan.",
            published: None,
            never: &[],
        },
        Cx {
            text: "Niamh Doher of Swilly Valley AC won the women's race, said race director Col Birch of the Valley Road Runners.",
            published: None,
            never: &["Niamh Doher worksFor"],
        },
    ]],
    scope: S::Sentence(member_of),
};

pub(crate) static BASED_IN: R = R {
    name: "based in",
    family: Fam::Organisations,
    doc: "\"Beijing-based Harbour Tours\", \"Harbour Tours, the Beijing-based agency\", \"X, based in Y\", \"X, headquartered in Y\".",
    reads: &[],
    writes: &[Property::BasedIn],
    examples: &[&[Ex {
        text: "The trip was run by Harbour Tours, based in Qingdao.",
        published: None,
        yields: &["Harbour Tours basedIn Qingdao"],
    }]],
    counterexamples: &[&[Cx {
        text: "The trip was run by Harbour Tours, and it ended in Qingdao.",
        published: None,
        never: &[],
    }]],
    scope: S::Sentence(based_in),
};

pub(crate) static ORGANISER_ROLES: R = R {
    name: "organiser roles",
    family: Fam::Organisations,
    doc: "\"organised by X\", \"sponsored by X\", every name of \"the sponsors, led by X for the 42km race and Y for the half, as well as Z\", \"the organisers, X,\", \"X, which sponsors the race\", \"X, who organise the event\", \"X, the title sponsor\", \"with X as its main sponsor\", \"its sponsor X\", \"organisers X say\", \"Organised by X, …\" opening a sentence about the race, \"X … the official travel partner\", \"commended X for sponsoring the marathon\" and \"thanked X for organising the event\" (X a company's name, though read as a person's so far, when no word of it is a given name; the name is then the company's everywhere). A time `run by` a runner (`The fastest marathon time, 2:41:07, was run by X`) is no race organised. A side race the runners `also competed` in (`Runners also competed over 5 kilometres and in the \"Night Ten\" race`) is not `the event` organised after it.",
    reads: &[],
    writes: &[Property::Organizer, Property::Sponsor, Property::TravelPartner],
    examples: &[&[
        Ex {
            text: "Cove Marathon report\n\nMay 4, 2026\n\nTom Sefu won the Cove Marathon on Saturday. The provincial minister commended Kibo Mining Works for sponsoring the marathon for the sixth year.",
            published: Some("2026-05-04"),
            yields: &["Cove Marathon sponsor Kibo Mining Works"],
        },
        Ex {
            text: "The Lakeside Marathon is organised by the Northshore Athletics Association.",
            published: None,
            yields: &["Lakeside Marathon organizer Northshore Athletics Association"],
        },
        Ex {
            text: "The Lakeside Marathon is sponsored by Brightwater Bank.",
            published: None,
            yields: &["Lakeside Marathon sponsor Brightwater Bank"],
        },
        Ex {
            text: "The Lakeside Marathon director thanked the sponsors, led by Kopje Lager for the 42km race and Zenda Mobile for the half marathon, as well as Tana Bottlers.",
            published: None,
            yields: &[
                "Lakeside Marathon sponsor Kopje Lager",
                "Lakeside Marathon sponsor Zenda Mobile",
                "Lakeside Marathon sponsor Tana Bottlers",
            ],
        },
        // Sponsors and organisers set off after or before their names, and
        // a sentence that opens on "Organised by".
        Ex {
            text: "The Lakeside Marathon is staged in partnership with Zenith Crest Bank, the title sponsor. Organisers Hunter Road Events say more than 9,000 people have entered the marathon.",
            published: None,
            yields: &[
                "Lakeside Marathon sponsor Zenith Crest Bank",
                "Lakeside Marathon organizer Hunter Road Events",
            ],
        },
        Ex {
            text: "The Lakeside Marathon was won by Ada Sang, and thanks went to Kilkenny City Harriers, who organise the event, along with its sponsor Nore Valley Credit Union.",
            published: None,
            yields: &[
                "Lakeside Marathon organizer Kilkenny City Harriers",
                "Lakeside Marathon sponsor Nore Valley Credit Union",
            ],
        },
        Ex {
            text: "Organised by Boyne Running Events, in partnership with Louth County Council, the Lakeside Marathon course took runners past Oldbridge. The race is run by the Udon Athletics Association, with Isan Beverage as its main sponsor.",
            published: None,
            yields: &[
                "Lakeside Marathon organizer Boyne Running Events",
                "Lakeside Marathon sponsor Isan Beverage",
            ],
        },
        // A town and what the organiser is, before its name ("the Palma
        // agency X").
        Ex {
            text: "The Lakeside Marathon drew 6,200 runners. According to the organiser, the Palma agency Balear Cove Events, a third of them came from abroad.",
            published: None,
            yields: &["Lakeside Marathon organizer Balear Cove Events"],
        },
    ]],
    counterexamples: &[&[
        // A side race the runners "also" ran is not the one "the event"
        // organised.
        Cx {
            text: "Cove Half Marathon\n\nOctober 19, 2026\n\nOle Bond won the Cove Half Marathon in 1:06:12.\n\nThe Cove Half Marathon is the biggest running event in the town. Runners also competed over 5 kilometres and in the \"Night Ten\" race. The event is organised by the Cove Running Foundation.",
            published: Some("2026-10-19"),
            never: &["Night Ten organizer"],
        },
        // A person thanked for organising is no organisation.
        Cx {
            text: "Tom Sefu won the Cove Marathon on Saturday.\n\nThe minister thanked Mary Kibo for organising the marathon.",
            published: Some("2026-05-04"),
            never: &["Cove Marathon organizer Mary Kibo"],
        },
        Cx {
            text: "The Lakeside Marathon winner thanked Brightwater Bank for a loan.",
            published: None,
            never: &[],
        },
        Cx {
            text: "The Lakeside Marathon thanked its sponsors, led by chairman Tom Reyes of Kopje Lager.",
            published: None,
            never: &["Lakeside Marathon sponsor Tom Reyes"],
        },
        // A time run by a runner, not a race organised.
        Cx {
            text: "The Lakeside Marathon was held on Saturday. The fastest marathon time, 2:41:07, was run by Vil Terv (Cove Vauhti).",
            published: None,
            never: &["Lakeside Marathon organizer"],
        },
    ]],
    scope: S::Sentence(organiser_roles),
};

pub(crate) static TITLES_BEFORE_NAMES: R = R {
    name: "titles before names",
    family: Fam::Organisations,
    doc: "\"race director Jane Roe\", \"NRAA chairman Jane Roe\", \"Race director: Jane Roe\", \"Jane Roe, the race director,\", \"Jane Roe, Chief Executive Officer of X,\", \"The President of X (ACR), Jane Roe,\", \"The Governor of Y State, Jane Roe,\" (no employer: a place), \"the Minister of Youth and Sports, Jane Roe,\", \"Jane Roe, the Secretary of State for Sports\" (the portfolio is the title's, no employer): a job title, and the organisation named right before it (or after its \"of\") as employer; a title written as a name is no person.",
    reads: &[],
    writes: &[Property::JobTitle, Property::WorksFor],
    examples: &[&[
        // A minister's portfolio is part of the title, no employer.
        Ex {
            text: "The race was opened by the Minister of Youth and Sports, Far Wars, and the Secretary of State for Sports, Dom Kalu. The medals were presented by Gra Amo, the Minister for Culture and Tourism.",
            published: None,
            yields: &[
                "Far Wars jobTitle minister of youth and sports",
                "Dom Kalu jobTitle secretary of state for sports",
                "Gra Amo jobTitle minister for culture and tourism",
            ],
        },
        // An office of a place or of an organisation before a name set off
        // by commas; the "and" that follows a name opens the next one.
        Ex {
            text: "The Governor of Enugu State, Ike Nwaf, and the President of the Athletics Federation of Nigeria (AFN), Baba Oyew, presented the prizes.",
            published: None,
            yields: &[
                "Ike Nwaf jobTitle governor",
                "Baba Oyew jobTitle president",
                "Baba Oyew worksFor Athletics Federation of Nigeria",
            ],
        },
        // A verb before the title ("Also present were SRRC president X")
        // is no part of it (`[title_stop]`).
        Ex {
            text: "The marathon was organised by the Cove Road Runners Club (CRRC). Also present were CRRC president Dan Wong and the town's mayor.",
            published: None,
            yields: &["Dan Wong jobTitle president", "Dan Wong worksFor Cove Road Runners Club"],
        },
        // A capitalised title after an organisation the article names.
        Ex {
            text: "ATHLETICS IRELAND\n\nThe Marble Half Marathon was won by Dar Wal. Athletics Ireland President Mary Kea presented the medals.",
            published: None,
            yields: &["Mary Kea jobTitle president", "Mary Kea worksFor ATHLETICS IRELAND"],
        },
        // An organisation's name before a lower-case title is the employer.
        Ex {
            text: "The Strand Marathon drew 4,800 people. Townsville Road Runners president Gary Pik said the field was the biggest yet.",
            published: None,
            yields: &[
                "Gary Pik jobTitle president",
                "Gary Pik worksFor Townsville Road Runners",
            ],
        },
        Ex {
            text: "Meeting director Tomás Alvarez said the course was fast.",
            published: None,
            yields: &["Tomás Alvarez jobTitle meeting director"],
        },
        Ex {
            text: "The medals were presented by regional commissioner Anna Lukumay. Cllr Mpho Tlale, the executive mayor, thanked the runners.",
            published: None,
            yields: &[
                "Anna Lukumay jobTitle regional commissioner",
                "Mpho Tlale jobTitle executive mayor",
            ],
        },
        Ex {
            text: "The Northshore Athletics Association (NAA) ran it. NAA chairman Peter Odhiambo thanked the runners.",
            published: None,
            yields: &[
                "Peter Odhiambo jobTitle chairman",
                "Peter Odhiambo worksFor Northshore Athletics Association",
            ],
        },
        Ex {
            text: "The Lakeside Athletics Federation (LAF) hosted it. LAF President Maria Costa started the race.",
            published: None,
            yields: &[
                "Maria Costa jobTitle president",
                "Maria Costa worksFor Lakeside Athletics Federation",
            ],
        },
        Ex {
            text: "\"It was perfect,\" said Ana Ruiz, the race director, after the finish.",
            published: None,
            yields: &["Ana Ruiz jobTitle race director"],
        },
        Ex {
            text: "The race was staged by Coastline Events Ltd. Mr Yaw Mens, Chief Executive Officer of Coastline Events Ltd, said it would grow.",
            published: None,
            yields: &[
                "Yaw Mens jobTitle chief executive officer",
                "Yaw Mens worksFor Coastline Events Ltd",
            ],
        },
    ]],
    counterexamples: &[&[
        Cx {
            text: "Director Street and Chairman Avenue were closed; Peter Odhiambo won.",
            published: None,
            never: &["Peter Odhiambo jobTitle"],
        },
        // An office of no organisation.
        Cx {
            text: "The race is run in homage to Tam Vello, the founder of the Kenyan republic.",
            published: None,
            never: &["Tam Vello jobTitle"],
        },
        // An office of a place, said of someone else than the name after.
        Cx {
            text: "The race marks the birthday of Tam Vello, the founder of Kenya and the grandfather of the current leader, Odo Vello.",
            published: None,
            never: &["Odo Vello jobTitle"],
        },
        // No organisation named: a minister of a state.
        Cx {
            text: "Tasmanian Sports Minister Helen Cord was among the runners.",
            published: None,
            never: &["Helen Cord worksFor"],
        },
        // The title after ", and" is the next person's.
        Cx {
            text: "Ike Nwaf, and the president of the club, Baba Oyew, presented the prizes.",
            published: None,
            never: &["Ike Nwaf jobTitle"],
        },
        // A title is nobody ("Chief Executive Officer of X").
        Cx {
            text: "The race was staged by Coastline Events Ltd. Mr Yaw Mens, Chief Executive Officer of Coastline Events Ltd, said it would grow.",
            published: None,
            never: &["Chief Executive Officer worksFor"],
        },
    ]],
    scope: S::Sentence(titles_before_names),
};
