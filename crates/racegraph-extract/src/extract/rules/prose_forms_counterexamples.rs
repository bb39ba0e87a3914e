//! Counterexamples of results in prose ([`super::prose_rule`]), in the
//! same form as [`super::prose_counterexamples`], of the names pages set
//! after a runner's that are none: a school in brackets closed after a
//! point, a club written with its letters, the team a runner is with now,
//! a town that owns the name after it ("Boa Vista's own X"), a race's
//! kind written as one word ("the Halbmarathon").

use super::registry::Counterexample as Cx;

pub(super) const COUNTEREXAMPLES: &[Cx] = &[
    // A school's name in brackets after the runner's, a point closing
    // them, is no runner.
    Cx {
        text: "Cove Lake Half Marathon\n\nMay 3, 2026\n\nIn the 10 km held alongside the main race, Ken Oda (Cove Gakuin Univ.) was first among the men in 31 minutes 2 seconds.",
        published: Some("2026-05-03"),
        never: &["result of Cove Gakuin"],
    },
    // A club written with its letters after the runner's name, set off
    // by commas ("Ronby FK"), is no runner.
    Cx {
        text: "Lind fastest at Kovamilen\n\nPublished 27 April 2026\n\nIn the women's class it was Eva Lind, Ronby FK, who won with the time 37.58.",
        published: Some("2026-04-27"),
        never: &["result of Ronby FK"],
    },
    // A town that owns the name after it ("Boa Vista's own X") is no
    // runner.
    Cx {
        text: "Cove Island Half Marathon\n\nMay 10, 2026\n\nIt was won by Boa Vista's own Jon Ramos Tome, who covered the course in 1h 36'30\".",
        published: Some("2026-05-10"),
        never: &["result of Boa Vista"],
    },
    // A race's kind written as one word ("the Halbmarathon") is no race
    // of that name.
    Cx {
        text: "Cove Run\n\nMay 3, 2026\n\nThe Cove Run was held on Sunday.\n\nJana Ross won the Halbmarathon in 1:12:40.",
        published: Some("2026-05-03"),
        never: &["result of Jana Ross race Halbmarathon"],
    },
    // The team a runner is with now, in brackets after the name ("(now
    // Team X)"), is no runner.
    Cx {
        text: "Cove Castle Half Marathon\n\n2026.11.24\n\nOur graduate Ana ITO (now Team Cove Chemical) claimed the women's half marathon, running 1:12:09.",
        published: Some("2026-11-24"),
        never: &["result of Team Cove Chemical"],
    },
    // "came next" in a sentence that opens on the other sex's race goes
    // on from no place of the paragraph before ("On the women's side A
    // stopped the clock at T; B came next" after the men's third).
    Cx {
        text: "Cove Bay Half Marathon\n\nMonday 9 November 2026\n\nRono Amos won the Cove Bay Half Marathon on Sunday in 1h 01mn 02s. Two locals, Ali Bena (1h 01mn 30s) and Omar Sadi (1h 01mn 52s), took second and third.\n\nOn the women's side Kerubo stopped the clock at 1h 10mn 02s; her compatriot Chepkoech Ruth came next (1h 10mn 41s).",
        published: Some("2026-11-09"),
        never: &["result of Chepkoech Ruth position 4"],
    },
    // A club of two words or more before a club's lower-case words
    // ("(Cove Copper sports club)") is no runner.
    Cx {
        text: "Cove Steppe Half Marathon\n\n2026.06.14\n\nIn the men's 21 km race, D.Temuulen took the gold medal at the Cove Steppe Half Marathon with a time of 1:08:41. Batbayar Ganzorig (Cove Copper sports club) finished second in 1:09:30.",
        published: Some("2026-06-14"),
        never: &["result of Cove Copper"],
    },
    // A sports title before a name is no runner.
    Cx {
        text: "Cove Steppe Half Marathon\n\n2026.06.14\n\nIn the women's race of the Cove Steppe Half Marathon, International Master of Sport O.Solongo, who ran at the Asian Championships last year, took first place in 1:19:55.",
        published: Some("2026-06-14"),
        never: &["result of International Master", "result of of Sport"],
    },
    // "Winners" opens no race's name ("Winners of Cove Spring Marathon
    // named", a heading's words).
    Cx {
        text: "Winners of Cove Spring Marathon named\n\nApril 13, 2026\n\nThe Cove Spring Marathon was held on Sunday. Ali Berdi won the men's race in 2:14:05.",
        published: Some("2026-04-13"),
        never: &["result of Ali Berdi race Winners"],
    },
    // Not with a country after it and a sponsor before.
    Cx {
        text: "Alpine news\n\nJune 14, 2026\n\nThe 25th Cove Bank Alpine Marathon Liechtenstein was held on Saturday. Nic Sang won in 2:55:33.",
        published: Some("2026-06-14"),
        never: &["result of Nic Sang race Cove Bank Alpine Marathon Liechtenstein"],
    },
    // Not a day after the distance ("won the 10K Sunday at …"): no
    // connector, no race's name.
    Cx {
        text: "Cove news\n\nMay 4, 2026\n\nAna Lin won the 10K Sunday at Cove Park in 33:10.",
        published: Some("2026-05-04"),
        never: &["result of Ana Lin race 10K Sunday"],
    },
    // A "Ten" is ten miles in one country and ten kilometres in another:
    // no distance from the name alone.
    Cx {
        text: "Cove Gulf Ten\n\nMay 4, 2026\n\nSimon Kauna won the Cove Gulf Ten on Saturday in 34:05. Mark Yawi was second in 34:29.",
        published: Some("2026-05-04"),
        never: &["result of Simon Kauna race Cove Gulf Ten 2026 16.0934"],
    },
    // A race in a runner's title in brackets after the name is no race of
    // the sentence's places.
    Cx {
        text: "Cove Half Marathon\n\nJune 8, 2026\n\nThe 7th Cove Half Marathon was won by Ole Bond in 1:06:12.\n\nIn the men's race the second place was taken by Jak Gas (Poland), and third place went to Nic Kipt (Kenya, the winner of the 3rd Cove Winter Ten).",
        published: Some("2026-06-08"),
        never: &["result of Nic Kipt race Cove Winter Ten"],
    },
    // Not a headline in capitals before a town ("SUNSHINE AND SPEED AS
    // COVE MARATHON OLOMOUC"), nor a name whose kind is no distance (a club's, "Hobby Run Olomouc"; "New
    // Year's Eve Run Innsbruck").
    Cx {
        text: "Cove News\n\nMay 4, 2026\n\nSUNSHINE AND SPEED AS COVE MARATHON OLOMOUC\n\nTom Bale won in 2:12:47.",
        published: Some("2026-05-04"),
        never: &["result of Tom Bale race SUNSHINE"],
    },
    Cx {
        text: "Night runs\n\nDecember 20, 2026\n\nThe calendar: 31.12.2026 24th New Year's Eve Run Innsbruck.",
        published: Some("2026-12-20"),
        never: &["Eve Run"],
    },
    Cx {
        text: "Cove Half Marathon\n\nMay 4, 2026\n\nTom Bale won the Cove Half Marathon in 1:02:47, ahead of Ann Labe (Hobby Run Olomouc, 1:20:11).",
        published: Some("2026-05-04"),
        never: &["Hobby Run"],
    },
    // A place among an age group written with a hyphen ("second
    // over-45") is none of the race's.
    Cx {
        text: "Cove Quay 10K\n\nMay 4, 2026\n\nTom Bale won the Cove Quay 10K in 31:52. Cove Strider Ann Ross ran a personal best of 41:19 and was second over-45.",
        published: Some("2026-05-04"),
        never: &["result of Ann Ross"],
    },
    // One person read twice in one race with two places, under two names
    // ("Ken Kiptoo Rop" second, "Kiptoo Rop, who won the Rio Half
    // Marathon in March" a win): a misreading, neither kept.
    Cx {
        text: "Tzul wins in Cove\n\nMay 4, 2026\n\nTom Tzul won the Cove Half Marathon on Sunday in 1:04:02. He finished 14 seconds ahead of Kenya's Ken Kiptoo Rop, the pre-race favorite.\n\nKiptoo Rop, who won the Rio Half Marathon in March, said the hills broke his legs.",
        published: Some("2026-05-04"),
        never: &["result of Ken Kiptoo Rop position 1"],
    },
    // Leading from somewhere and then fading is no win.
    Cx {
        text: "Cove Marathon\n\nOctober 4, 2026\n\nEd Kip won the Cove Marathon on Sunday in 2:17:44. Ann Lee led the women's field from the gun until the bridge, then faded to fourth.",
        published: Some("2026-10-04"),
        never: &["result of Ann Lee position 1"],
    },
    // A gap to a record after a win is no time of it.
    Cx {
        text: "Cove City Marathon\n\nJune 22, 2026\n\nTom Ruma retained the title he won in 2025 in a time of 2:27:50 and was 3:38 minutes off the record.",
        published: Some("2026-06-22"),
        never: &["result of Tom Ruma finishTime PT3H38M", "result of Tom Ruma finishTime PT3M38S"],
    },
    // First in an age group written with "plus" is no place in the race.
    Cx {
        text: "Cove Half Marathon\n\nJune 8, 2026\n\nEd Kip won the Cove Half Marathon in 1:09:48. Jenna Holm took the women's race in 1:19:02. Grace Pell, 71, was first in the women's 70-plus category.",
        published: Some("2026-06-08"),
        never: &["result of Grace Pell position 1"],
    },
    // An edition's ordinal before the race's name is no place, and a
    // runner after "broke away from" a demonym is no winner.
    Cx {
        text: "Cove Half Marathon\n\nJuly 19, 2026\n\nEstonia's Ras Kopp gave the home crowd a long-awaited win, taking the 12th Cove Half Marathon on Saturday in 1:04:31. Kopp broke away from Kenyan Ben Mutu on the loop with four kilometres left and won by 19 seconds.",
        published: Some("2026-07-19"),
        never: &["result of Ras Kopp position 12", "result of Ben Mutu position 1"],
    },
    // An age group's win ("won the W60 prize", "took the M65", "1st
    // M60-64") and a handicap's ("first across the line off his
    // handicap") are no wins of the race.
    Cx {
        text: "Cove Half Marathon\n\nJune 14, 2026\n\nThe race was won by Mit Kere in 1:14:22. Lisa Moan won the W60 prize in 2:02:11 and Kev Ruat took the M65 in 1:49:30. Age group honors went to Phil Dors (1st M60-64, 1:07:14).\n\nOn Wednesday 23 members ran the monthly handicap over 5 km. First across the line off his handicap was Gra Tuta.",
        published: Some("2026-06-14"),
        never: &[
            "result of Lisa Moan position 1",
            "result of Kev Ruat position 1",
            "result of Phil Dors position 1",
            "result of Gra Tuta position 1",
        ],
    },
    // The years of a title in an aside ("the winner here in 2022 and
    // 2024") date no place told after it.
    Cx {
        text: "Cove Valley Marathon\n\nOctober 4, 2026\n\nNic Kipro won the Cove Valley Marathon in 2:16:52. David Sang was fourth in 2:21:03 and Wil Kipr, the winner here in 2022 and 2024, fifth in 2:26:17.",
        published: Some("2026-10-04"),
        never: &["result of Wil Kipr race Cove Valley Marathon 2024 42.195"],
    },
    // A place with its verb left out after "and" in a race whose sex
    // nothing tells is not read.
    Cx {
        text: "Cove Valley Marathon\n\nOctober 4, 2026\n\nNic Kipro won the Cove Valley Marathon in 2:16:52. Second was Ann Lee (2:38:50) and third Bea Ray (2:41:06).",
        published: Some("2026-10-04"),
        never: &["result of Bea Ray position 3"],
    },
    // A Balkan athletics club in brackets after the winner ("AK Cove
    // zvezda", `[organization_prefix]`) is no runner.
    Cx {
        text: "Cove wins\n\nPublished 20 April 2026\n\nIn the women's race, Ana Lazo (AK Cove zvezda) led from the gun and won the Cove 10K in 34:02.",
        published: Some("2026-04-20"),
        never: &["result of AK Cove"],
    },
];
