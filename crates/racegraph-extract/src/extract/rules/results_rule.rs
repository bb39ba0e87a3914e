//! The registry entry of [`super::results`]: what it reads, with its
//! examples and counterexamples.

use super::registry::{Counterexample as Cx, Example as Ex, Family as Fam, Rule as R, Scope as S};
use crate::contract::Property;

pub(crate) static RESULTS: R = R {
    name: "results made into races and results",
    family: Fam::Results,
    doc: "Every result read from lists and prose becomes a race (series, year, distance, sex) and a result; a race whose name gives no distance takes the one written right after its name (`the X Challenge 10km road race`), or later in the sentence that names it, as what it is, when the sentence names no other distance (`won the X Road Race, the first time he had run the 10-kilometre event`); an unmarked category in a race named for one sex (`X Women's Marathon`) is that sex's, one beside a women's one of the same distance is the men's, as is one in an article that tells women's results of another race apart (`X won the half marathon` beside `the women's marathon went to Y`), save a runner whose given name is a woman's (lexicon `[female_given_name]`), else the runner's pronouns say it; an undated page's headline, after lines of page furniture of a few words each, dates its results; a time that fits no reading of the distance leaves the result out, unless the article's opening lines name a race it fits (a half run beside a marathon of that name); a runner with no sex of their own takes it from the pronouns of the sentences that name them alone and of a quote told right after (`'…,' he said`); a place right after the one before it, a few sentences later with nothing about another race between (quotes, a record), is of the same race; a podium result told without a time takes one said to be the runner's by name (`The clock stopped at T for X`, `X, two strides behind, was given T`), or one from the next sentences that name the runner alone and one time after a verb of finishing (`Rotich … crossed the finish line in 2:12:40`), or that of a ranked line under no heading that names a race which gives the same runner the same place (`Position Athlete Time` / `1 Dawit Wolde 1:02:58`; such lines make no result of their own); a paragraph that opens on last year (`Last year, …`) speaks of last year in the sentences after, two runners placed one after the other in a sentence that ends on two times told together take them in order (`A and B took the next two places in T1 and T2`, `followed by C and D, fourth and fifth in T3 and T4`, `followed, in that order, in T1 and T2`), a result of no distance in an article that writes two distances or more (`the five-kilometre race` and `over the 10 kilometres`, in figures or words) is of no race for sure and is left out, its runner kept as a person; and a preview's results of the race it announces (a race day after the publication date) are of no edition not yet run: last year's when the article spoke of last year before them, else none. Two outcomes of one person in one race once names are resolved (`Ken Kiptoo Rop` second and `Kiptoo Rop` read as a winner) are a misreading: neither is kept.",
    reads: &[],
    writes: &[
        Property::EditionOf,
        Property::Year,
        Property::RaceOf,
        Property::Distance,
        Property::Sex,
        Property::Race,
        Property::Athlete,
        Property::Position,
        Property::FinishTime,
        Property::Status,
        Property::Nationality,
    ],
    examples: &[&[
    // Two runners placed one after the other, then two times told
    // together: the times in order.
    Ex {
        text: "Cove Tower Marathon\n\nOctober 25, 2026\n\nKenya's Abel Kiru won the Cove Tower Marathon in 2:09:58. Ethiopia's Geta Bekel and Japan's Ken Mori took the next two places in 2:11:30 and 2:13:44.",
        published: Some("2026-10-25"),
        yields: &[
            "result of Geta Bekel position 2",
            "result of Geta Bekel finishTime PT2H11M30S",
            "result of Ken Mori position 3",
            "result of Ken Mori finishTime PT2H13M44S",
        ],
    },
    // A paragraph that opens on last year speaks of last year; a preview's
    // results told after "last year" are last year's, the edition it
    // announces not being run yet.
    Ex {
        text: "The fifth Kota Bay Marathon will be held on Aug 10.\n\nLast year, Kenyans swept the men's race. Dan Sang won in 2:21:33, ahead of Ben Roe (2:23:10).\n\nIn the women's race, Mary Bett crossed the line first in 2:58:40.",
        published: Some("2025-08-06"),
        yields: &[
            "result of Ben Roe race Kota Bay Marathon 2024 42.195 Men",
            "result of Mary Bett race Kota Bay Marathon 2024 42.195 Women",
        ],
    },
    // An undated page whose headline, after lines of page furniture,
    // gives the race's year: its results are of that year; "a distance of
    // 20 miles" is the course's.
    Ex {
        text: "TEL: 869-469-2210\n\nE-MAIL: Club Secretary\n\nClub News\n\nCove Island Run 2025\n\nThe club tried a run right round the island, a distance of 20 miles.\n\nAnn Pike won in 2:51:20, with club member Jo-Ann Lib second in 3:02:47.",
        published: None,
        yields: &["result of Jo-Ann Lib race Cove Island Run 2025 32.1869"],
    },
    // A later race announced is another's: this one's results stay.
    Ex {
        text: "Ann Lowe won the Tarn Valley 10k on Sunday, June 8, in 34:02.\n\nComing up\n\nThe Kilkee Cliff 10k takes place on Sunday, June 22.",
        published: Some("2025-06-12"),
        yields: &["result of Ann Lowe race Tarn Valley 10k 2025 10"],
    },
    Ex {
        text: "Ann Lowe won the Tarn Valley Marathon on Sunday in 2:31:02.\n\nLast year, the race went to Ida Crane. Crane finished in 2:33:40 and Ruth Pike was second.",
        published: Some("2025-05-12"),
        yields: &["result of Ruth Pike race Tarn Valley Marathon 2024 42.195"],
    },
    // A past win of a runner beside their place in the race at hand, whose
    // sex only the race at hand gives (the men's, beside a women's race).
    Ex {
        text: "At the Cordoba Half Marathon, last year's winner Hic Bena had to settle for second place behind Alv Ruiz, who recorded a time of 1:04:09.\n\nIn the women's race, Mar Lope won in 1:14:10.",
        published: Some("2025-11-09"),
        yields: &["result of Hic Bena race Cordoba Half Marathon 2024 21.0975 Men"],
    },
    // Times told later: a sentence that opens on one winner and a clause
    // that opens on the other ("…, while Kiru clocked T"), a place named
    // in between no runner; a pronoun right after a sentence about the
    // winner alone.
    Ex {
        text: "Ken Lang and Sha Kiru took the men's and women's titles at the Medan Marathon on Sunday.\n\nLang crossed the finish line at Merdeka Square in 2 hours 19 minutes 44 seconds, while Kiru clocked 2 hours 47 minutes 10 seconds.\n\nAt the Lake Night Marathon, Le Khai and Din Nhung won the men's and women's titles. Former bronze medallist Khai broke away at the 15km mark. He crossed the finish line in 2:27:41, a record.",
        published: Some("2025-06-29"),
        yields: &[
            "result of Ken Lang finishTime PT2H19M44S",
            "result of Sha Kiru finishTime PT2H47M10S",
            "result of Le Khai finishTime PT2H27M41S",
        ],
    },
    Ex {
        text: "Lakeside Marathon 2025\nMen's marathon\n1. Peter Kiprono (KEN) 2:08:11\n",
        published: Some("2025-04-07"),
        yields: &[
            "result of Peter Kiprono race Lakeside Marathon 2025 42.195 Men",
            "Lakeside Marathon 2025 42.195 Men distance 42.195",
        ],
    }, Ex {
        // The distance told later in the sentence that names the race, as
        // what it is; a list below with no distance of its own.
        text: "Results\n\nTeen Kel Ambo won the 2025 Cove Hill Road Race, the first time he had run the 10-kilometre event.\n\nMale\n1   Kel AMBO      Hill Harriers     36:48\n2   Jon TREW      unattached        37:15\n3   Dan COLE      Hill Harriers     38:02\n",
        published: Some("2025-03-10"),
        yields: &["result of Jon TREW race Cove Hill Road Race 2025 10 Men"],
    }, Ex {
        // A winner's time told later, after "covered the 13.1-mile distance in".
        text: "Guyanese Mal Basc wins Cove Heritage Half Marathon\n\nGuyanese athlete Mal Basc on Sunday captured the title of the Cove Heritage Half Marathon.\n\nRunning three laps, Basc covered the 13.1-mile distance in one hour, 12 minutes, 40 seconds.",
        published: Some("2025-02-10"),
        yields: &["result of Mal Basc finishTime PT1H12M40S"],
    }, Ex {
        text: "The Kenyan Wil Kipsiele won the Daegu Blossom Marathon on Sunday. He finished in 2 h 06:58.",
        published: Some("2025-04-07"),
        yields: &["result of Wil Kipsiele race Daegu Blossom Marathon 2025 42.195 Men"],
    }, Ex {
        // The winner's time told after, by name: "Kip's time … was T".
        text: "Ana Kip won the Cove Marathon on Sunday.\n\nKip's time over the 42-km (26-mile) course was 2 hours, 10 minutes and 48 seconds.",
        published: Some("2025-12-08"),
        yields: &["result of Ana Kip finishTime PT2H10M48S"],
    }, Ex {
        // "was timed at T" told after, by name.
        text: "Fai Jero won the Cove Horn Half Marathon on Sunday.\n\nJero was timed at 1 hour, 6 minutes and 12 seconds for the title.",
        published: Some("2026-03-02"),
        yields: &["result of Fai Jero finishTime PT1H6M12S"],
    }, Ex {
        // "The winner covered the distance in T", right after the win.
        text: "Med Ngan won the Cove Half Marathon on Tuesday.\n\nThe winner covered the distance in 1 h 09 min 44 s.",
        published: Some("2026-12-02"),
        yields: &["result of Med Ngan finishTime PT1H9M44S"],
    }, Ex {
        text: "Brise and Gauth win national half marathon titles\n\nAt the Prairie Lights Marathon the half doubled as the championships.\n\nWomen\n1. Mae Gauth 72:18\n2. Han Oka 73:41\n",
        published: Some("2025-06-22"),
        yields: &["result of Han Oka race Prairie Lights Marathon 2025 21.0975 Women"],
    }, Ex {
        text: "Nao Chem won the Kibi Plain Women's Marathon on Sunday in 2:23:51. Risa Hosh was third in 2:25:10.",
        published: Some("2025-03-09"),
        yields: &["result of Risa Hosh race Kibi Plain Women's Marathon 2025 42.195 Women"],
    }, Ex {
        text: "Kenyans Den Rotich and Esi Jeptoo won the men's and women's titles respectively on Sunday at the Coast Marathon. Rotich pulled clear at 35 km to cross the finish line in two hours, 12 minutes and 40 seconds.",
        published: Some("2025-10-12"),
        yields: &["result of Den Rotich finishTime PT2H12M40S"],
    }, Ex {
        // A time said to be a runner's by name in a later sentence.
        text: "Ethiopia's Gud Tefer won the Maas Quay Marathon on Sunday, edging out compatriot Abe Work in a sprint. The clock stopped at 2hr 05min 51sec for Tefer; Work, two strides behind, was given 2hr 05 min 53sec.",
        published: Some("2025-04-07"),
        yields: &[
            "result of Gud Tefer finishTime PT2H5M51S",
            "result of Abe Work finishTime PT2H5M53S",
        ],
    }, Ex {
        // A quote told by "he" after the sentence that names the runner
        // alone gives his sex; a runner-up a quote later, with no race of
        // his own, goes on from that podium.
        text: "Jack Tenn led the half-marathon field home at the Cove Harbour Run yesterday, finishing in 1:06:00. Tenn broke the course record. 'It was windy,' he said. Runner-up was 17-year-old local Oscar Lam, in 1:08:02.",
        published: Some("2025-07-14"),
        yields: &[
            "result of Jack Tenn race Cove Harbour Run 2025 21.0975 Men",
            "result of Oscar Lam race Cove Harbour Run 2025 21.0975 Men",
            "result of Oscar Lam position 2",
        ],
    }]],
    counterexamples: &[&[Cx {
        // Two times told together of the way, not of the finish: neither
        // runner's.
        text: "Cove Tower Marathon\n\nOctober 25, 2026\n\nKenya's Abel Kiru won the Cove Tower Marathon in 2:09:58. Ethiopia's Geta Bekel and Japan's Ken Mori took the next two places, having passed 40 km in 2:03:10 and 2:04:20.",
        published: Some("2026-10-25"),
        never: &["result of Geta Bekel finishTime", "result of Ken Mori finishTime"],
    }, Cx {
        // A result of no distance at an event of two: of no race for sure
        // (the runner is kept as a person).
        text: "Cove Sound Run 2026\n\nJune 7, 2026\n\nThe five-kilometre race had a new winner. Among the women, Line Vest took her ninth win at the Cove Sound Run.\n\nFastest over the 10 kilometres was Jep Holst in 33:40.",
        published: Some("2026-06-07"),
        never: &["result of Line Vest race Cove Sound Run 2026 Women", "result of Line Vest position 1"],
    }, Cx {
        // A preview that tells of no earlier year: whose win it is is not sure.
        text: "The fifth Kota Bay Marathon will be held on Aug 10.\n\nDan Sang won in 2:21:33 and is tipped to defend his title.",
        published: Some("2025-08-06"),
        never: &["result of Dan Sang race Kota Bay Marathon 2025"],
    }, Cx {
        text: "Ann Lowe won the Tarn Valley Marathon on Sunday in 2:31:02.\n\nLast year, the race went to Ida Crane. Crane finished in 2:33:40 and Ruth Pike was second.",
        published: Some("2025-05-12"),
        never: &["result of Ruth Pike race Tarn Valley Marathon 2025"],
    }, Cx {
        text: "Peter Kiprono hopes to win the Lakeside Marathon next year.",
        published: Some("2025-04-07"),
        never: &[],
    }, Cx {
        // Another runner in the sentence: whose time it is is not sure.
        text: "Den Rotich won the Coast Marathon on Sunday. Rotich crossed the line with Kip Sang in 2:12:40.",
        published: Some("2025-10-12"),
        never: &["result of Den Rotich finishTime"],
    }, Cx {
        // Her own sentence says she: not the men's by elimination.
        text: "Ann Rawi won the women's race of the Cove Half Marathon on Sunday in 72:15. Runner-up was Sue Tane (Hutt AC), a step up from the bronze she won in 2024, and Gia Whit (Avon AC) took third.",
        published: Some("2025-10-13"),
        never: &["result of Sue Tane race Cove Half Marathon 2025 21.0975 Men"],
    }]],
    scope: S::Document(super::results::run),
};
