//! The registry entry of the results lists and tables ([`super::lists`]):
//! what it writes, and the examples that must and must not yield facts.

use super::*;

pub(crate) static RESULTS_LISTS: R = R {
    name: "results lists and tables",
    family: Fam::Results,
    doc: "Category lines (`Women's Marathon: NAME (Country) – 2:25:48`), numbered lists under a category heading, tables read by their header row (pipes, tabs, or columns aligned by spaces, a sex column with places within each sex, gun time before chip time unless a note says otherwise; `31.07` is minutes and seconds only in a race of up to 10 miles), no rows under a wheelchair or age-group heading, nor under a heading of a championship held inside the race (`National Championship results`) unless the race is named for it, `DNF (men's marathon): NAME` lines, and rows written one after another in a line (`MEN: 1 A KEMBOI KEN 2:13:48 2 B …`, `top 10 men: 1, A (Club) 32:51; 2, B …`, set apart by semicolons, commas or nothing but the next rank after a time, wrapped across lines, a group's label a sex without a colon in a list run into the prose (`… 01:21:30 Top 5 Men 1 A B 01:07:44 2 …`), a second group of one sex in one race whose distance nothing gives being another race's and not read; a group labelled by sex alone takes the distance of the heading above (`Half-marathon` over `Men's Open: 1. …`), an `Open:` group in a race of one sex by its name is that sex's, and the runners of an age-class group are people of the article); a line that introduces a list of some of the field (`Here are the Limestone County runners:`, a club's, `our` runners) gives no places of the race; a line that introduces a list and names its race's sex (`Here are the top eight in the women's 10K:`) gives the list that race; a Markdown title's year dates the lists below it, as does the one year of an undated page's headline; a line that introduces a list and dates the race in full (`Results of the X on Saturday (9 August, 2025):`) gives the list its year, undated article or not; a run of three bullet lines or more without ranks under a heading of one sex (`- NAME (KEN) – 51:48`, or without the bullet when the line is only a name, a country and a time, or a name, a town with its state's code and a time: `Landon Pryor – Conway, AR 2:39:51`, or a name and a time alone: `Derek Vannoy 2:44:52`), right under a results heading or under one that heads runs for several races (`Winners:` over `21.1 km, Men`, `10 km, Women`), each with a time and none faster than the one before, gives places in its order; a table without a sex whose places start again at 1 holds two races, the men's and the women's as the prose says of their winners (else its rows are not read so); a heading in miles (`8 MILES – MEN`, by `data/races.tsv`) gives its distance, and a timing system's hundredths or thousandths after a colon (`2:31:18:40`, `01:14:58:312`) are kept; a later group's label that names the same course without its distance (`Long course, women` after `Long course (8 km), men`) keeps that distance; a line that opens on a distance in kilometres (`12.5km`, `4km – 640 entrants, 521 finishers`) heads the races of that distance, a heading of one sex under it (`Men:`, `Women:`) keeps the distance, and a note in brackets after a row's rank (`2nd (12th overall) – NAME, 46 mins 20 secs`) is no part of the row; an undated page whose opening writes one year right before its first race's name (`the Pacers' 2026 Frost Breaker`) gives that year to the lists of that race, and a name after `the 9th annual` is a race's; a time with seconds after a point (`2:44.18`, `3:10.50`) in a marathon's or half marathon's list is hours, minutes and seconds; a name in capitals (`KIPROTICH LAGAT EVANS`, `AMRANI YOUSSEF`) is the runner the article names with the same words in another order and not in capitals (`Evans Kiprotich Lagat`); a wheelchair division's heading (`Half Marathon MEN'S WHEELCHAIR Division`) heads no race's rows and keeps the results block for the open race's lists after it; a time written with a point in brackets of its own after a row's name (`1. A (38.20)`) is the row's in a race of up to 10 miles, rows with ordinal ranks in one line (`Men. 10 kilometres: 1st) A (Town) T1, 2nd) B (Town) T2 and 3rd) C (Town) T3`) are a list whose ordinals the prose does not read again, and a home town run on after a name (`1. Sander Pieters Middelburg 1:13.08`) is no part of it when the article writes the name without it and says the runner is from that town; a roll of winners (`Marathon Men's Winner NAME, Edmond, OK – 2:27:51`, a day in brackets after `Winner` allowed) gives each category's first, when the category names a sex, and a note under a line (`*Three-time winner (2019, 2023, 2026)`) or a line of several years dates none of the lines after it; rows in one line may be set apart by dashes (`1. A (AUT/Club) 2:39:52 hours - 2. B (POL) 2:51:05 - further: 5. C …`), a group's label may follow the last time of the group before (`… 2:55:48 Men: 1. …`), and a country's code before a club in one bracket (`(AUT/Murtal Runners)`) is the runner's; under a heading of one sex, a category's first places in one line (`Marathon: A in 2:49:15 ahead of B/Club (2:51:40) and C, Club, in 2:53:02`), each with a club after a slash, between commas or after `of` or `from`, and a time after `in` or in brackets that fits the distance, are first, second and third. Two lines of places from 1 under a distance's heading with no label of a sex (`11 kms:` / `1. A: T; 2. B: T` / `1. C: T; …`) are the men's and the women's races as the prose tells of a winner of one (`On the women's side, C won`), else nothing; `kms` is a plural of `km`, and a name of two words written family name first (`Roux Léa`) is written as the prose writes it (`Léa Roux`). A row's time may be written with points (`1st A (Indiv.) 1.06.02; 2nd …`), not a date's (`1.06.2026`), and `Indiv.` ends no sentence. A row's club after a comma before its time with points (`1. A, Cove Juoksijat 1.12.45`, `2. B, Hamina 40.11`) is passed over to the time. A place said in words (`1st Place: A`) makes a row without a time or a country, and `32min48` is a time. A numbered row whose brackets hold its time (`1) A (1:09.48)`) is read with that time, and a row of a runner who did not finish with a year of birth (`DNF » A 1990 Club`) dates no list; a rank's point with the name glued on (`1.Gideon Kiprop KEN 59:41`) makes a row. A race named by its distance first and its town after (`the 10 km International de Sya`, `the \"10 kilometres of N'Djamena\"`) is a race's name. A heading of only such words as `OPEN RACE – MEN`, `Overall`, `Elite` names no race, the rows after a championship's label in one line (`CZECH CHAMPIONSHIPS – MEN: 1. …`) are not the open race's, and a line of teasers (`Related: … • Junior 10 km rankings`, `Read also: …`) is page debris that states nothing. A table that sets the sexes side by side, a column of each sex's names (`Men`, `Women`, `Men's champion`, `[table_column]`) each with the first time column after it, gives each row a result of each sex: a roll of winners by year (`| Year | Men | Time | Women | Time |`) the win of the row's year, a podium by place (`| Pl. | Men | Club | Time | Women | Club | Time |`) the row's place in the year of the heading above it (`## 2026 — 31st edition`) or the article's; a cell that is no name (`cancelled (flooding)`, `*not held*`) gives none. A roll of winners' edition column (`| Edition | Year | …`, `1st`, `12.`) numbers each year's edition. A race of the programme other than the article's, named after its distance in a sentence of prose (`entered between the half and the 10 km Stadtlauf`), heads none of the lists below. A table set apart by pipes without the outer ones (`Rank | Bib | Name | Club | Gun Time | Net Time` over `1 | 1003 | NAME | …`) is read as one with them, its rows those that open on a place; a byline set apart by pipes (`Round-up | Newsdesk | 16 februari 2026, 08u15`) is no row. A rank with a point right after the time of the row before (`Men: 1. A (Club) 01:08:22  2. B 01:09:05`) goes on the line's run of rows. A race named in prose with a year right after it (`X won the Y Half in 2025`) heads none of the lists below. A preview's list of entrants under its heading (`Key entrants (personal best)`, `Elite field`, `Favourites:`) gives no places, its runners people of the article. A table flattened one cell to a line, each cell closed by a pipe (`1. |`, `Jane DOE |`, `KEN |`, `1:04:31 |`), is read a row at a time, from a rank cell to the next rank or a heading (`Results women: |`). A line that introduces several lists and names one sex (`here is my list of men's podiums from last season:`) gives that sex to the races' headings below it (`Maratona del Golfo, Olbia 2024:`), until the next line of prose. A site's menu (`Races | Results | Calendar 2027`) dates none of the lists below it. A question or a quote with a year (`\"Will the 2025 winner keep his crown?\"`) is no heading and dates no list. A table's headings may be written in other languages (`Sija  Nimi  Seura  Aika`, `Plac Namn Klubb Tid`, `[table_column]`); a name cell written family name first after a comma (`Niemi, Aleksi`) is kept as written, a country in brackets after it (`(KEN)`) is the runner's, a time cell written with points (`30.12` in a race of up to 10 miles, `1.04.12`) is read, a local word with the mark in brackets (`KESK (DNF)`, `EI LÄHT. (DNS)`) is that status, and a row of a table is no sentence of prose (its club is no runner). A roll of one sex's winners by year under a heading of that sex (`## Marathon – women` over `| Year | Winner | Country | Time |`) gives each row the win of its year, its country the runner's. Rows in one line may also be set apart by a dash after the time with the next rank without a point (`Men: 1 A, Club, 30:18 – 2 B, Club, 30:29`), or by bars (`10 KM – MEN: 1. A CZE 31:14 | 2. B CZE 31:52`). In a table of both sexes side by side, a country column after each sex's names (`| Men | Country | Time | Women | Country | Time |`) is that runner's. Rows written in one line go on after a time with points (`Men: 1. A, Club AC, 1.06.48  2. B, Club, 1.07.29`), with the row's club or country between commas before its time. Such a name may open on `International` after an edition's ordinal (`the 2nd International 10 km of Kara`). A row with a club after its country between commas (`3. A, SRB, AK Cove, 1:06:05`) goes on from the rows before it that have none. A time written with a point after the hours (`2.26:39`) is hours, minutes and seconds. A roll of winners keyed by edition with a date column (`| Edition | Date | Men | Time | Women | Time |`, `| 9th | 6 July 2025 | …`) takes each row's year from its date, and the date is that edition's day. A race named by its distance first may be written in capitals (`10 KM INTERNATIONAL DU COVE`). A roll of winners one year to a line, the men's and the women's set apart by a slash (`2025 – A (KEN) 2:11:40 / B (USA) 2:29:05`, `- 2018 (2nd): A 29:50 / B 33:12`), gives each year's wins, the men's first, in a run of two lines or more where the first time is the faster and each fits the distance of the heading above (`10 km (2017-2018)`) or the race's; an ordinal in brackets after the year numbers that year's edition. A table of both sexes side by side may be set apart by spaces (`Edition  Date  Women  Country  Time  Men  Country  Time`, each row's cells placed under its headings) or by pipes without the outer ones (`Year | Ed. | Men | Time | Women | Time`), a heading may name its sex in brackets (`Ganador (masculino)`), a line of a year not run (`2014   no race`) is passed over, and a column of race days beside the years (`| Año | Fecha |`) gives each edition its day when the day's year is the row's. A race named with its kind first may be written in capitals (`MEDIA MARATÓN DE COVE`; an English `MARATHON` only before a connector), and Spanish timing tables head their places `Lug` or `Lugar` and their times `T.Oficial` and `T.Neto`. A half marathon written as one word of its language (`Félmaraton`, `Półmaraton`, `Polumaraton`; `[race_type]`, `data/races.tsv`) ends a race's name and is a half marathon, and Hungarian pages head their columns `Hely`, `Rajtsz.`, `Név`, `Szül.`, `Nettó`, `Bruttó` and their sexes `Férfi` and `Női`, and date themselves with the year first (`2026. május 3.`). A category's line of an age group or another class (`Masters women: X (Club) 41:02`, `[other_class]`) is none of the open race. A table's heading in two languages (`순위 Pl.`) is read by the words it knows, first or last, and a heading of a list too long to read whole that a bar or a slash cuts in two languages by its halves, together (nothing where they disagree); a distance's unit before a race's kind (`10 KM RUN`) names no race. A table flattened one cell to a line (its headings one to a line, then each row's cells, each row opening on the next place, number or year, or on a mark of none, `—`, `DNF`; a cell may be empty, and a row of no place shorter, `—`, `2020`, `not held`) is read as a table; Indonesian and Uzbek pages head their columns `Nama`, `Waktu`, `O'rin`, `Ism, familiya`, `Davlat`, `Vaqt`.",
    reads: &[],
    writes: &[
        Property::Race,
        Property::Athlete,
        Property::Position,
        Property::FinishTime,
        Property::Status,
        Property::Nationality,
        Property::EditionNumber,
        Property::Date,
    ],
    examples: &[
        super::lists_examples::EXAMPLES,
        &[
            // A table flattened one cell to a line, as a page copied from
            // a web table gives it, a runner of no club an empty line.
            super::registry::Example {
                text: "COVE RUNNING CLUB\nHome\nResults\nContact\n\nCove Lakes 10K 2026 – results\nSunday, 3 May 2026\n\nCategory: 10K Men\nPos\nBib\nName\nClub\nTime\n1\n2204\nAri Wen\nCove Striders\n00:33:18\n2\n2317\nBo Tamm\n\n00:33:41\n3\n2256\nCai Rook\nLake AC\n00:34:02\n",
                published: Some("2026-05-03"),
                yields: &[
                    "result of Ari Wen position 1",
                    "result of Bo Tamm finishTime PT33M41S",
                    "result of Cai Rook race Cove Lakes 10K 2026 10 Men",
                ],
            },
            // A timing page in two languages: each heading of the table
            // in both ("순위 Pl."), read by the one it knows, and a
            // heading too long to read whole read by its halves.
            super::registry::Example {
                text: "COVE TIMING | 기록 조회 Results\n\n2026 Cove Bay Half Marathon · Official Results\n대회일 Race date: 2026-05-10\n\n하프 남자 | HALF MARATHON MEN\n| 순위 Pl. | 번호 Bib | 이름 Name | 국적 Nat. | 총기록 Gun | 순기록 Net |\n|---|---|---|---|---|---|\n| 1 | A12 | PAK Junho | KOR | 1:05:12 | 1:05:11 |\n| 2 | A03 | Amos KIBET | KEN | 1:05:40 | 1:05:40 |\n\n10킬로미터 건강 달리기 | 10 KM RUN (상위 3명 top 3)\nMen: 1. SEO Jiwan 0:33:10   2. LEE Dohun 0:33:52   3. HAN Siu 0:34:05\n",
                published: Some("2026-05-10"),
                yields: &[
                    "result of PAK Junho position 1",
                    "result of Amos KIBET finishTime PT1H5M40S",
                    "result of SEO Jiwan race Cove Bay Half Marathon 2026 10 Men",
                    "result of LEE Dohun finishTime PT33M52S",
                ],
            },
            // A timing export in Finnish, columns set apart by spaces:
            // names family name first after a comma, a country in
            // brackets, minutes and seconds with a point, a local word for
            // not finishing with the mark in brackets; the club of a row
            // that did not finish is no runner.
            super::registry::Example {
                text: "COVE TIMING – TULOSPALVELU\n\nCove Kymppi 2026 / Cove River 10K\nCove, la 15.8.2026\nJulkaistu 16.8.2026\n\nMIEHET / MEN 10 km\nSija  Nimi                   Seura                    Aika\n1.    Salo, Eero             Cove Kataja              30.12\n2.    Kibet, Amos (KEN)      Team Ure                 30.51\n      Rinne, Olli            Ure Reipas               KESK (DNF)\n",
                published: Some("2026-08-16"),
                yields: &[
                    "result of Salo, Eero finishTime PT30M12S",
                    "Kibet, Amos nationality Kenya",
                    "result of Rinne, Olli status DidNotFinish",
                ],
            },
            // A roll of one sex's winners by year under a heading of that
            // sex: each row the win of its year.
            super::registry::Example {
                text: "# Cove Ocean Marathon – Roll of honour\n\nThe Cove Ocean Marathon has been run every September since 2019.\n\n## Marathon – women\n\n| Year | Winner | Country | Time |\n|---|---|---|---|\n| 2025 | Rako Lala | MAD | 2:51:33 |\n| 2024 | Cheb Nao | KEN | 2:46:20 |\n",
                published: None,
                yields: &[
                    "result of Cheb Nao race Cove Ocean Marathon 2024 42.195 Women",
                    "result of Rako Lala finishTime PT2H51M33S",
                    "Cheb Nao nationality Kenya",
                ],
            },
            // Rows in one line set apart by dashes, ranks without points,
            // a club between commas: "1 A, Club, 30:18 – 2 B, Club, 30:29".
            super::registry::Example {
                text: "Monday 7 September 2026\n\nThe ninth Cove River 10K was run on Saturday.\n\nMen: 1 Ola Brek, Cove FIK, 30:18 – 2 Meh Tesf, Lier IL, 30:29 – 3 Jon Nyh, IL Ure, 30:51.\n",
                published: Some("2026-09-07"),
                yields: &[
                    "result of Meh Tesf position 2",
                    "result of Jon Nyh finishTime PT30M51S",
                ],
            },
            // Rows in one line set apart by bars, after a label of the
            // distance and the sex: "10 KM – MEN: 1. A CZE 31:14 | 2. B …".
            super::registry::Example {
                text: "Cove Fort Half Marathon 2026\n\nSunday 19 April 2026\n\n10 KM – MEN:   1. Ole BRANT CZE 31:14  |  2. Jan KOLAR CZE 31:52  |  3. Eli SAMO ETH 32:20\n",
                published: Some("2026-04-19"),
                yields: &[
                    "result of Jan KOLAR race Cove Fort Half Marathon 2026 10 Men",
                    "result of Jan KOLAR position 2",
                    "result of Eli SAMO finishTime PT32M20S",
                ],
            },
            // A roll of both sexes side by side, each with a country column
            // after its names: each winner's country.
            super::registry::Example {
                text: "# Cove Seafront Marathon – Roll of honour\n\n## Marathon winners\n\n| Edition | Year | Men | Country | Time | Women | Country | Time |\n|---|---|---|---|---|---|---|---|\n| 1st | 2017 | Andr Geor | CYP | 2:31:40 | Elen Char | GRE | 3:02:15 |\n",
                published: None,
                yields: &["Andr Geor nationality Cyprus", "Elen Char nationality Greece"],
            },
            // Hours, minutes and seconds with points in a half marathon's.
            super::registry::Example {
                text: "Cove River Half Marathon\nCove, la 15.8.2026\nJulkaistu 16.8.2026\n\nMEN Half Marathon\nSija  Nimi                   Seura                    Aika\n1.    Salo, Eero             Cove Kataja              1.04.12\n2.    Rinne, Olli            Ure Reipas               1.05.40\n",
                published: Some("2026-08-16"),
                yields: &["result of Salo, Eero finishTime PT1H4M12S"],
            },
            // Rows in one line after times with points, each row's club
            // or country between commas: "Men: 1. A, Club AC, 1.06.48
            // 2. B, Club, 1.07.29".
            super::registry::Example {
                text: "Cove Delta Half Marathon\n\ndate 2026-08-09\n\nThe Cove Delta Half Marathon was run on Saturday.\n\nResults (top 3)\nMen: 1. Vil Salo, Cove AC, 1.06.48  2. Ale Nurm, Hami Veto, 1.07.29  3. Osk Berg, SWE, 1.08.10\n",
                published: Some("2026-08-09"),
                yields: &[
                    "result of Vil Salo finishTime PT1H6M48S",
                    "result of Ale Nurm position 2",
                    "result of Osk Berg finishTime PT1H8M10S",
                ],
            },
            // Rows that give a country, then some a club too, between
            // commas: the rows with a club go on from those without.
            super::registry::Example {
                text: "Cove Half Marathon\n\nPublished: 21.04.2026.\n\nThe 9th Cove Half Marathon was held on Sunday.\n\nRESULTS – HALF MARATHON\n\nMen\n1. KIPRO Elvo, KEN, 1:04:12\n2. MERSA Dawi, ETH, 1:04:40\n3. JOVAN Niko, SRB, AK Cove, 1:06:05\n",
                published: Some("2026-04-21"),
                yields: &["result of JOVAN Niko position 3", "result of JOVAN Niko finishTime PT1H6M5S"],
            },
            // Hours after a point, then minutes and seconds: "2.26:39".
            super::registry::Example {
                text: "Cove Marathon\n\nApril 14, 2025\n\nThe 26th Cove Marathon was run on Sunday.\n\nWomen\n1. DEMIS Aste (ETH) 2:22:47\n2. GEBR Hiwo (ETH) 2.26:39\n",
                published: Some("2025-04-14"),
                yields: &["result of GEBR Hiwo finishTime PT2H26M39S"],
            },
            // A communiqué's rows with ordinals and a colon, the country's
            // code before the club in one bracket, minutes and seconds
            // with primes, under a race named by its distance first.
            super::registry::Example {
                text: "COMMUNIQUE N° 3/2026\n\nResults of the 2nd International 10 km of Cove\n\n2 May 2026\n\nThe Federation reports the results of the 2nd International 10 km of Cove, run on Sunday 26 April 2026.\n\nMEN\n1st: MAKI Ali (TOG, AS Cove) 30'12\"\n2nd: NURO Issa (BUR) 30'25\"\n\nLADIES\n1st: KARI Rach (TOG, AS Bay) 36'05\"\n",
                published: Some("2026-05-02"),
                yields: &[
                    "result of MAKI Ali race International 10 km of Cove 2026 10 Men",
                    "result of KARI Rach finishTime PT36M5S",
                    "MAKI Ali nationality Togo",
                ],
            },
            // A timing page's race named by its distance first, in
            // capitals ("10 KM INTERNATIONAL DU COVE").
            super::registry::Example {
                text: "CoveChrono – Live results\n\n10 KM INTERNATIONAL DU COVE – DALE\n5th edition – Sunday 8 March 2026\n\nMEN – 10 KM\nPl  Bib  Name            Nat  Time\n1   31   TALL Ode        KEN  29:02\n2   7    GAYE Mam        SEN  29:44\n",
                published: Some("2026-03-08"),
                yields: &["result of GAYE Mam race 10 KM INTERNATIONAL DU COVE 2026 10 Men"],
            },
            // A roll of winners keyed by edition, each with its date: the
            // date's year is the row's, and its day the edition's.
            super::registry::Example {
                text: "Past winners – Cove River Half Marathon\n\n| Edition | Date | Men | Time | Women | Time |\n|---|---|---|---|---|---|\n| 9th | 13 July 2025 | Ren Kob (JPN) | 1:04:02 | Sal Wek (KEN) | 1:12:25 |\n| 5th | – | cancelled (pandemic) | | | |\n",
                published: None,
                yields: &[
                    "result of Sal Wek race Cove River Half Marathon 2025 21.0975 Women",
                    "result of Ren Kob finishTime PT1H4M2S",
                    "Cove River Half Marathon 2025 editionNumber 9",
                    "Cove River Half Marathon 2025 date 2025-07-13",
                ],
            },
            // A roll of winners in columns set apart by spaces, a year not
            // run written across them; and one set apart by pipes without
            // the outer ones, each sex's heading in brackets, a column of
            // race days beside the years.
            super::registry::Example {
                text: "Cove Hills Marathon – Roll of honour\n\nEdition  Date          Women              Country  Time      Men                Country  Time\n1        24 Jul 2016   Ama Selo           ZAM      3:18:22   Obi Tanu           ZAM      2:31:40\n–        no race in 2020 (flooding)\n2        31 Jul 2021   Pia Kant           MAW      3:08:41*  Lee Moro           TAN      2:30:20*\n",
                published: None,
                yields: &[
                    "result of Ama Selo race Cove Hills Marathon 2016 42.195 Women",
                    "result of Lee Moro race Cove Hills Marathon 2021 42.195 Men",
                    "result of Pia Kant finishTime PT3H8M41S",
                    "Lee Moro nationality Tanzania",
                    "Cove Hills Marathon 2021 editionNumber 2",
                    "Cove Hills Marathon 2016 date 2016-07-24",
                ],
            },
            super::registry::Example {
                text: "Cove River 10K – Historial de ganadores\n\nAño | Ed. | Fecha | Ganadora (femenino) | Tiempo | Ganador (masculino) | Tiempo\n2017 | 1 | 27 Aug 2017 | Ely Mora (CRC) | 38:57 | Dan Ruiz (NCA) | 31:55\n",
                published: None,
                yields: &[
                    "result of Dan Ruiz race Cove River 10K 2017 10 Men",
                    "result of Ely Mora finishTime PT38M57S",
                    "Cove River 10K 2017 date 2017-08-27",
                ],
            },
            // A race named with its kind first, in capitals ("MEDIA
            // MARATÓN DE COVE"), over a timing table with Spanish headings.
            super::registry::Example {
                text: "CRONOCOVE · Cronometraje\n\nRESULTADOS\nMEDIA MARATÓN DE COVE 2026 — 21K\nCove, domingo 19 de abril de 2026\n\n21K MUJERES\nLug  Nombre              Nac  T.Oficial  T.Neto\n  1  Ana SOTO PINO       CHI  1:17:09    1:17:08\n  2  Eva RUIZ            ARG  1:18:40    1:18:36\n",
                published: Some("2026-04-19"),
                yields: &[
                    "result of Eva RUIZ race MEDIA MARATÓN DE COVE 2026 21.0975 Women",
                    "result of Ana SOTO PINO finishTime PT1H17M9S",
                ],
            },
            // A Hungarian timing page: dated with the year first ("2026.
            // május 3."), its race a half marathon of one word in capitals,
            // its headings and sexes in Hungarian.
            super::registry::Example {
                text: "COVETIMING – Eredmények\n\nIV. COVEI FÉLMARATON – COVE\n2026. május 3., vasárnap · Rajt és cél: Fő tér\n\nFÉRFIAK – FÉLMARATON\nHely  Rajtsz.  Név              Szül.  Egyesület     Kat.   Bruttó     Nettó\n1.    12       KISS Bence       1996   Cove SE       F20    1:08:03   1:08:02\n2.    4        NAGY Máté        1991   –             F30    1:08:47   1:08:47\n",
                published: None,
                yields: &[
                    "result of NAGY Máté race COVEI FÉLMARATON 2026 21.0975 Men",
                    "result of KISS Bence finishTime PT1H8M3S",
                ],
            },
            // A roll of winners one year to a line, the men's and the
            // women's set apart by a slash, under a heading of its
            // distance.
            super::registry::Example {
                text: "Cove Tower Marathon preview\n\nBy Ann Lee | Thursday, November 5, 2026\n\nThe 12th Cove Tower Marathon is on Sunday.\n\nPAST CHAMPIONS\n2025 – Abe Loru (KEN) 2:11:40 / Ivy Cole (USA) 2:29:05\n2024 – Ned Tola (ETH) 2:13:55 / Pia Ruiz (MEX) 2:31:47\n\n10 km (2017-2018)\n- 2018 (2nd): Kei Sato 29:50 / Mai Ono 33:12\n- 2017 (1st): Jun Ito 30:18 / Mai Ono 33:58\n",
                published: Some("2026-11-05"),
                yields: &[
                    "result of Ivy Cole race Cove Tower Marathon 2025 42.195 Women",
                    "result of Ned Tola finishTime PT2H13M55S",
                    "Ivy Cole nationality United States",
                    "result of Kei Sato race Cove Tower Marathon 2018 10 Men",
                    "Cove Tower Marathon 2017 editionNumber 1",
                ],
            },
        ],
    ],
    counterexamples: &[&[
        // A roll's line alone, or one whose first time is the slower (the
        // women's first?), gives no wins.
        Cx {
            text: "Cove Tower Marathon preview\n\nBy Ann Lee | Thursday, November 5, 2026\n\nThe 12th Cove Tower Marathon is on Sunday.\n\n2025 – Abe Loru (KEN) 2:11:40 / Ivy Cole (USA) 2:29:05\n\nPAST CHAMPIONS\n2024 – Pia Ruiz (MEX) 2:31:47 / Ned Tola (ETH) 2:13:55\n2023 – Eva Lind (USA) 2:33:10 / Tim Rono (KEN) 2:14:21\n",
            published: Some("2026-11-05"),
            never: &["result of Abe Loru", "result of Pia Ruiz", "result of Ned Tola"],
        },
        // The club of a table's row of a runner who did not finish is no
        // runner.
        Cx {
            text: "Cove River 10K 2026\nCove, 15.8.2026\n\nMEN 10 km\nSija  Nimi                   Seura                    Aika\n1.    Salo, Eero             Cove Kataja              30.12\n      Rinne, Olli            Ure Reipas               KESK (DNF)\n",
            published: Some("2026-08-16"),
            never: &["result of Ure Reipas"],
        },
        // A quoted question with a year ("\"Will the 2025 winner keep his
        // crown?\"") heads no list: its year dates none below.
        Cx {
            text: "Published on 30/11/2026 | By Staff\n\nOn Sunday the 1,450 runners of the 4th Cove Half Marathon set off.\n\n\"Will the 2025 winner keep his crown?\" That was the question at the start. The answer was no.\n\nPODIUMS:\nMen\n1- Sali NGASSA (CMR) – 01:04:37\n2- Musa ABBO (TCD) – 01:05:10\n",
            published: Some("2026-11-30"),
            never: &["result of Musa ABBO race Cove Half Marathon 2025"],
        },
        // A site's menu with a year in it ("Calendar 2027") dates no list.
        Cx {
            text: "CoveRunning.example\nRaces | Results | Interviews | Calendar 2027\n\nCOVE RIVER MARATHON: KARA WINS\n\n12/10/2026 · by Nik Deli\n\nKara won the 6th Cove River Marathon, run yesterday, in 2:18.44.\n\nTop 3 men (marathon): 1. Kara 2:18.44, 2. Ard Hox 2:20.15, 3. Dim Sot 2:21.02.\n",
            published: Some("2026-10-12"),
            never: &["result of Ard Hox race COVE RIVER MARATHON 2027"],
        },
        // A preview's list of key entrants with their best times gives no
        // places, and a time told later of one of them is not another's.
        Cx {
            text: "PREVIEW\n\nThursday, February 19, 2026\n\nThe 22nd Cove Bay Half Marathon sets off on Sunday. Ana Ishi, runner-up a year ago, and Kenyan Meg Wamb, the fastest entrant at 67:44, are the names to watch.\n\nKey entrants (personal best)\nMen: Ger Ndun (KEN, Cove Gas) 59:58; Dan Muta (KEN, Toyo Seiki) 60:30\nWomen: Meg Wamb (KEN, Cove Gas) 67:44; Ana Ishi (JPN, Cove Rail) 69:20\n",
            published: Some("2026-02-19"),
            never: &["result of Ger Ndun", "result of Meg Wamb", "result of Ana Ishi finishTime PT1H7M44S"],
        },
        // A race day whose year is not the row's dates no edition, and a
        // year not run across the columns gives no winner.
        Cx {
            text: "Cove River 10K – Historial de ganadores\n\nAño | Fecha | Ganadora (femenino) | Tiempo | Ganador (masculino) | Tiempo\n2019 | 3 Mar 2018 | Ana Sol (NCA) | 38:10 | Tom Vera (NCA) | 31:20\n2020   sin carrera (inundación)\n",
            published: None,
            never: &["Cove River 10K 2019 date", "Cove River 10K 2018", "result of sin carrera"],
        },
        // A headline in capitals that opens on "MARATHON" and no connector
        // after it names no race.
        Cx {
            text: "COVE DAILY\n\nMARATHON WINNER TOM VERA RETIRES\n\nTom Vera, who won the Cove Marathon in 2019, has retired.\n",
            published: Some("2026-04-19"),
            never: &["WINNER TOM VERA RETIRES"],
        },
        // A year the race was not held gives no winner.
        Cx {
            text: "Cove Half Marathon – Roll of honour\n\nThe Cove Half Marathon is run every spring in Cove.\n\n| Year | Men | Time | Women | Time |\n|---|---|---|---|---|\n| 2015 | cancelled (flooding) | – | – | – |\n| 2016 | *not held (Covid-19)* | | | |\n",
            published: None,
            never: &["result of cancelled", "result of not held", "result of *not"],
        },
        // The open race's table under "OPEN RACE – MEN" names no race, the
        // rows after a championship's label in one line are the
        // championship's ranks.
        Cx {
            text: "Kibe rules in Cove\n\nPublished 20. 4. 2026\n\nThe fourth Cove Half Marathon on Sunday also served as the Czech championships over 21.0975 km.\n\nOPEN RACE – MEN\n1. KIBE Hill (KEN) 1:01:58\n2. NGEN Wilf (KEN) 1:02:20\n3. STEP Jak (CZE) 1:04:11\n\nCZECH CHAMPIONSHIPS – MEN: 1. Step 1:04:11, 2. Dan Bures 1:05:02.\n\nRelated: Cove entries open • Junior 10 km rankings",
            published: Some("2026-04-20"),
            never: &["result of NGEN Wilf race OPEN", "result of Dan Bures"],
        },
        // A row of a runner who did not finish, with the runner's year of
        // birth ("DNF » A 1990 Club"), dates none of the lists below it.
        Cx {
            text: "Results: Cove River Marathon 2026\n\nPublished 2026-10-05\n\nThe 14th Cove River Marathon was run on Sunday.\n\n  Marathon men\n1 » Olo Berg 1991 IFK Cove 02:21:44\n2 » Dan Sang 1988 Kenya 02:22:30\nDNF » And Falk 1990 Cove FI\n\n  Marathon women\n1 » Sar Holm 1993 Cove FI 02:44:18\n2 » Emm Nord 1987 Ness FI 02:49:02\n",
            published: Some("2026-10-05"),
            never: &["result of Sar Holm race Cove River Marathon 1990"],
        },
        // A results table's heading that opens on "Ranking" names no race.
        Cx {
            text: "Cove Town Run\n\nMay 10, 2026\n\nThe 27th Cove Town Run was held on Saturday.\n\nRanking 10 km men\n1. Sil Gisl 31:06.8\n2. Flo Arn 31:44.2\n",
            published: Some("2026-05-10"),
            never: &["result of Sil Gisl race Ranking"],
        },
        // A category's first places in one line under no heading of a sex
        // give no results.
        Cx {
            text: "Cove Shore Marathon\n\nCove · 14.09.2026\n\nThe winners (net times):\n\nMarathon: Dom Weber in 2:49:15 ahead of Jan Lor/TV Cove (2:51:40) and Sven Hoff/LG Cove (2:53:02)\n",
            published: Some("2026-09-14"),
            never: &["result of Jan Lor"],
        },
        // A category's winner of no sex is no result.
        Cx {
            text: "Cove Canal Marathon\n\nPosted: Apr 26, 2026\n\nTHE WINNERS\n\nRelay Winner Plaza Harriers, Oklahoma City, OK – 2:21:10\n",
            published: Some("2026-04-26"),
            never: &["result of Plaza Harriers"],
        },
        // A distance's unit before a race's kind, its figure left out
        // ("10 KM RUN"), names no race; nor is a unit a place.
        Cx {
            text: "Cove Bay Half Marathon\n\nSunday, May 10, 2026\n\nThe Cove Bay Half Marathon was run on Sunday; the start of a 5 K race came an hour later.\n\n10 KM RUN\nMen: 1. Seo Jiwan 0:33:10   2. Lee Dohun 0:33:52   3. Han Siu 0:34:05\n",
            published: Some("2026-05-10"),
            never: &["KM RUN", "result of Seo Jiwan race Cove Bay Half Marathon 2026 21.0975", "Cove Bay Half Marathon startVenue K"],
        },
        // An age group's winner in a category's line ("Masters women: X
        // (Club) 41:02") is none of the open race.
        Cx {
            text: "Cove Port 10K\n\nPosted: May 4, 2026\n\nThe 9th Cove Port 10K was run on Sunday.\n\nAge groups\nMasters women: Una Brill (Cove AC) 41:02 / Masters men: Rob Tane (Cove AC) 35:40\n",
            published: Some("2026-05-04"),
            never: &["result of Una Brill", "result of Rob Tane"],
        },
        // A wheelchair division's rows are no places of the race.
        Cx {
            text: "Thousands run Derby Lake Marathon\n\nHere are the top three in each division:\n\nHalf Marathon MEN'S WHEELCHAIR Division\n- Tre Lind 0:59:41 Knoxville, TN\n- Omar Had 1:12:08 Evansville, IN\n- Sam Roll 1:14:08 Dayton, OH\n\nHalf Marathon MEN'S Division\n- Gid Kipli 1:04:10 Pacific Palisades, CA\n- Brad Over 1:06:31 Louisville, KY\n- Nate Odu 1:07:12 Lexington, KY\n",
            published: Some("2025-04-26"),
            never: &["result of Tre Lind", "result of Omar Had"],
        },
        // An undated page whose headline names two years: neither is the
        // list's.
        Cx {
            text: "Looking back at the 2014 race, and on to the 2024 Lough Vale 5-Mile Road Race results\n\nA fine evening for it.\n\nMen: 1 K Gall (Vale AC) 25:41; 2 D Moran (Hill RC) 25:49; 3 P Fee (Vale AC) 26:02.\n",
            published: None,
            never: &["result of K Gall", "result of D Moran"],
        },
        // Such lines under no results heading: a field with best times.
        Cx {
            text: "Border Hills Marathon preview\n\nThe men to watch on Sunday:\n\nMos Kiprui (Kenya) - 2:07:44\nEd Kiplat (Kenya) - 2:08:30\nTen Mupfu (Zimbabwe) - 2:09:02\n",
            published: Some("2025-04-10"),
            never: &["result of Mos Kiprui", "result of Ed Kiplat"],
        },
        // A second list of one sex, in another race of the event whose
        // distance nothing gives, is not the first race's.
        Cx {
            text: "Results 2025: Lakeside River Run\n\nTop 3 Men 1 Tom Oak 00:31:02 2 Rob Elm 00:31:40 3 Ian Ash 00:32:05 Complete results Half Marathon Top 3 Men 1 Ned Fry 01:12:20 2 Yan Coe 01:13:05 3 Lu Hart 01:14:47 Complete results\n",
            published: Some("2025-04-14"),
            never: &["result of Ned Fry", "result of Yan Coe", "result of Lu Hart"],
        },
        // Bullets that are no finish: entrants without times, times out of
        // order, or two lines only.
        Cx {
            text: "Harbour Ten Miler\n\nElite Women Race Results\n- Bre Naka (UGA)\n- Kel Bran (USA)\n- Rut Nyab (KEN)\n\nElite Men Race Results\n- Dav Hail (ETH) – 47:10\n- All Kipr (KEN) – 46:35\n- Joe Mute (UGA) – 47:02\n\nMasters Women Race Results\n- Ann Lowe (USA) – 58:10\n- Eve Marr (USA) – 59:02\n\nThe field, with best times:\n\n**Women**\n- Ida Kor (KEN) 50:40\n- Uma Sel (ETH) 51:05\n- Ria Tam (KEN) 51:22\n",
            published: Some("2026-04-06"),
            never: &["result of Bre Naka", "result of Dav Hail", "result of All Kipr", "result of Ann Lowe", "result of Ida Kor"],
        },
        // Under one results heading, a heading that qualifies its group
        // heads a ranking inside the field.
        Cx {
            text: "Harbour Marathon winners\n\nMarathon Men's Overall\n- Phil Sang, Kenya, 2:11:03\n- Dawi Hail, Ethiopia, 2:11:40\n- Ken Mutu, Kenya, 2:12:19\n\nMarathon Men's (Registered Athletes)\n- Leu Chiho, Hong Kong, 2:27:31\n- Won Kalo, Hong Kong, 2:29:06\n- Cha Tsz, Hong Kong, 2:30:44\n",
            published: Some("2025-02-10"),
            never: &["result of Leu Chiho", "result of Won Kalo", "result of Cha Tsz"],
        },
        // A list of some of the field (a county's runners): their ranks are
        // among themselves.
        Cx {
            text: "The Lakefront 10k was held on Saturday, March 14, 2026.\n\nHere are the Limestone County runners:\n10k Finishers\n  1. Wade Cant, Athens, 41:22\n  2. Misty Rop, Elkmont, 49:50\n",
            published: Some("2026-03-17"),
            never: &["result of Wade Cant", "result of Misty Rop"],
        },
        // An undated list whose intro gives no full date: no year, no result.
        Cx {
            text: "Results of the Tarn Valley Women's Challenge 10km road race on Saturday:\n\nOpen: 1 Ann Brook (Hill Harriers) 33:02, 2 Bea Cole (Vale AC) 33:19, 3 Cara Dale (Vale AC) 33:40\n",
            published: None,
            never: &["result of Ann Brook"],
        },
        // Places that start again at 1, and nothing says which race is whose.
        Cx {
            text: "Galle Bay Half Marathon 2025\nA warm morning.\n\n| Pos | Name | Nat | Time |\n|---|---|---|---|\n| 1 | Pet MITEI | KEN | 1:04:21 |\n| 2 | Sanj RATHNA | SRI | 1:04:32 |\n| 1 | Dila WIJES | SRI | 1:14:05 |\n| 2 | Hiru FERNA | SRI | 1:17:30 |\n",
            published: Some("2025-02-20"),
            never: &["result of Dila WIJES race Galle Bay Half Marathon 2025 21.0975 Men", "result of Dila WIJES race Galle Bay Half Marathon 2025 21.0975 Women"],
        },
        // A date written with points after a name is no time.
        Cx {
            text: "Cove Historic Half Marathon\n\nPublished 30 November 2026\n\nMen\n1st Rui Carva (Indiv.) 1.06.2026; 2nd Yus Amra (AD Cove) 2.06.2026\n",
            published: Some("2026-11-30"),
            never: &["result of Rui Carva finishTime"],
        },
        // Two lines of places from 1 with no label, and nothing says whose
        // race either is.
        Cx {
            text: "Jogging de la Vesdre\n\nPublished on 14/06/2026\n\nA warm morning on the quays.\n\n11 kms:\n\n1. MASSET Jules: 0:37:10; 2. HANNE Loïc: 0:37:44; 3. PETIT Rémi: 0:38:02\n\n1. Roux Léa: 0:42:15; 2. LAMBERT Zoé: 0:43:30; 3. DEMOL Ines: 0:44:12\n",
            published: Some("2026-06-14"),
            never: &["result of MASSET Jules race", "result of Roux Léa race", "result of Léa Roux race"],
        },
        Cx {
            text: "Lakeside Marathon 2025\nSplits\n1. 5 km 15:02\n2. 10 km 30:11\n",
            published: Some("2025-04-07"),
            never: &[],
        },
        Cx {
            text: "Harbour Marathon 2025\nMEN:\n1. Dan Kip Koros KEN 2:08:51,\nCross de Lumo (Spain) 22/02/2025\nMEN:\n1. Leo Abdi Gem ETH 29:41,\n",
            published: Some("2025-02-25"),
            never: &["result of Leo Abdi Gem position 1"],
        },
        Cx {
            text: "Harbour 10K 2025\nWomen\n1. Ada Quill (NOR) 33:05\n\nWheelchair\n1. Eli Stave (NOR) 24:18\n",
            published: Some("2025-06-15"),
            never: &["result of Eli Stave position 1"],
        },
        Cx {
            text: "Moor Marathon 2025\nMen\n1 Ryan Ash (Calder Harriers) 31.07\n2 Sam Pick (Hebden Runners) 31.30\n",
            published: Some("2025-09-14"),
            never: &["result of Ryan Ash finishTime"],
        },
        Cx {
            text: "Savanna Marathon 2025\nMen\n1. Obi Tade (KEN) 2:10:05\n\nNational Championship results\nMen\n1. Chidi Ome (Army) 2:18:44\n",
            published: Some("2025-11-24"),
            never: &["result of Chidi Ome position 1"],
        },
    ]],
    scope: S::Document(super::lists::scan),
};
