//! Synthetic race reports for the scaling bench: several styles (results
//! pages with lists for men and women, wire reports in prose, previews with
//! the field and the course, tables with pipes), names drawn from pools
//! large enough that the entities grow with the corpus as a real archive's
//! do. Deterministic: the same `n` writes the same files.

use std::path::Path;

const CITIES: [&str; 24] = [
    "Nairobi",
    "Lisbon",
    "Vienna",
    "Dublin",
    "Toronto",
    "Oslo",
    "Cairo",
    "Lima",
    "Hanoi",
    "Prague",
    "Warsaw",
    "Athens",
    "Seville",
    "Porto",
    "Valencia",
    "Hamburg",
    "Rotterdam",
    "Osaka",
    "Sydney",
    "Chicago",
    "Boston",
    "Berlin",
    "Frankfurt",
    "Seoul",
];
const SERIES: [&str; 16] = [
    "Riverside",
    "Harbour",
    "Old Town",
    "Lakeshore",
    "Summit",
    "Coastal",
    "Valley",
    "Bridges",
    "Castle",
    "Garden",
    "Canal",
    "Forest",
    "Sunrise",
    "Heritage",
    "Marina",
    "Parkland",
];
const GIVEN: [&str; 40] = [
    "Daniel",
    "Amina",
    "Joseph",
    "Grace",
    "Peter",
    "Ruth",
    "Samuel",
    "Mary",
    "David",
    "Esther",
    "Tadesse",
    "Almaz",
    "Getaneh",
    "Tigist",
    "Yomif",
    "Worknesh",
    "Lelisa",
    "Birhanu",
    "Joyciline",
    "Brigid",
    "Hellen",
    "Vincent",
    "Rhonex",
    "Sheila",
    "Agnes",
    "Evans",
    "Titus",
    "Abel",
    "Lonah",
    "Stephen",
    "Jacob",
    "Hiroto",
    "Yuki",
    "Mao",
    "Kenji",
    "Sara",
    "Marta",
    "Ana",
    "Lucas",
    "Emile",
];
const FAMILY: [&str; 40] = [
    "Kiprono",
    "Bekele",
    "Wanjiru",
    "Tola",
    "Mutai",
    "Haile",
    "Chebet",
    "Abera",
    "Rotich",
    "Desta",
    "Kipchoge",
    "Gebremariam",
    "Kosgei",
    "Jepchirchir",
    "Kipruto",
    "Kamworor",
    "Tsegay",
    "Kebede",
    "Dibaba",
    "Lemma",
    "Geremew",
    "Yeman",
    "Salpeter",
    "Tura",
    "Kiplagat",
    "Cherono",
    "Limo",
    "Ngeno",
    "Kiptum",
    "Suzuki",
    "Inoue",
    "Yamamoto",
    "Sato",
    "Silva",
    "Garcia",
    "Moreno",
    "Fischer",
    "Dupont",
    "Novak",
    "Rossi",
];
const COUNTRIES: [(&str, &str, &str); 10] = [
    ("KEN", "Kenya", "Kenyan"),
    ("ETH", "Ethiopia", "Ethiopian"),
    ("UGA", "Uganda", "Ugandan"),
    ("MAR", "Morocco", "Moroccan"),
    ("ERI", "Eritrea", "Eritrean"),
    ("JPN", "Japan", "Japanese"),
    ("GER", "Germany", "German"),
    ("POR", "Portugal", "Portuguese"),
    ("ESP", "Spain", "Spanish"),
    ("USA", "United States", "American"),
];
const SPONSORS: [&str; 8] = [
    "Blue Sky Airways",
    "Northern Bank",
    "Summit Telecom",
    "Green Valley Foods",
    "Atlas Insurance",
    "Harbour Energy",
    "Crown Motors",
    "Pioneer Water",
];
const FILLER: [&str; 8] = [
    "Conditions were cool and overcast at the start, with a light wind from the north that picked up along the exposed stretch by the water.",
    "The leading group stayed together through halfway, and the pace only broke up after the long climb in the second half of the course.",
    "Volunteers handed out water at every refreshment station, and the medical teams reported only minor cases of exhaustion at the finish.",
    "Residents lined the streets in the old quarter, where bands played at several corners and children held out their hands to the runners.",
    "The organisers said road closures would be lifted by early afternoon and thanked the police and the transport authority for their help.",
    "Several runners said afterwards that the cobbled section near the river had been harder than they expected on tired legs.",
    "A new timing system recorded splits every five kilometres, and the results were published online within an hour of the last finisher.",
    "The charity programme raised money for local schools again this year, with more than a hundred teams taking part in the relay event.",
];

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn pick(&mut self, m: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % m as u64) as usize
    }
}

/// Writes `n` articles into `dir` (in subfolders of 1,000); returns their bytes.
pub fn synthesize(dir: &Path, n: usize) -> std::io::Result<u64> {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut bytes = 0u64;
    for i in 0..n {
        let sub = dir.join(format!("{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        let text = article(&mut rng, i);
        bytes += text.len() as u64;
        std::fs::write(sub.join(format!("{i:06}.md")), text)?;
    }
    Ok(bytes)
}

fn article(r: &mut Rng, i: usize) -> String {
    let city = CITIES[r.pick(CITIES.len())];
    let series = format!("{city} {} Marathon", SERIES[r.pick(SERIES.len())]);
    let year = 2005 + r.pick(20);
    let day = 1 + r.pick(27);
    let month = ["March", "April", "May", "October", "November"][r.pick(5)];
    let mut body = match i % 4 {
        0 => results_page(r, city, &series, year, day, month),
        1 => wire_report(r, city, &series, year, day, month),
        2 => preview(r, city, &series, year, day, month),
        _ => table_page(r, city, &series, year, day, month),
    };
    for _ in 0..3 + r.pick(6) {
        body.push_str(FILLER[r.pick(FILLER.len())]);
        body.push(' ');
        body.push_str(FILLER[r.pick(FILLER.len())]);
        body.push_str("\n\n");
    }
    body
}

fn person(r: &mut Rng) -> String {
    format!("{} {}", GIVEN[r.pick(40)], FAMILY[r.pick(40)])
}

fn time(r: &mut Rng, base_min: usize, rank: usize) -> String {
    let secs = base_min * 60 + rank * (20 + r.pick(60)) + r.pick(59);
    format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

fn list(r: &mut Rng, heading: &str, base: usize, rows: usize) -> String {
    let mut s = format!("{heading}\n");
    for rank in 1..=rows {
        let (code, _, _) = COUNTRIES[r.pick(COUNTRIES.len())];
        s.push_str(&format!(
            "{rank}. {} ({code}) {}\n",
            person(r),
            time(r, base, rank)
        ));
    }
    s.push('\n');
    s
}

fn results_page(
    r: &mut Rng,
    city: &str,
    series: &str,
    year: usize,
    day: usize,
    month: &str,
) -> String {
    let sponsor = SPONSORS[r.pick(SPONSORS.len())];
    let mut s = format!(
        "---\ntitle: {series} {year} results\npublished: {year}-04-{day:02}\n---\n{series} {year} – results\n\n\
         The {ord}th {series} was held in {city} on {day} {month} {year}. The race started at the Central Stadium \
         and passed the Old Bridge and the City Museum. It is organised by the {city} Running Club and sponsored by {sponsor}.\n\n",
        ord = 4 + r.pick(40),
    );
    let (men, women) = (8 + r.pick(15), 8 + r.pick(15));
    s.push_str(&list(r, "MARATHON – MEN", 125, men));
    s.push_str(&list(r, "MARATHON – WOMEN", 139, women));
    s.push_str(&format!(
        "Around {} runners took part, up from {} last year.\n\n",
        1000 + r.pick(20000),
        1000 + r.pick(20000)
    ));
    s
}

fn wire_report(
    r: &mut Rng,
    city: &str,
    series: &str,
    year: usize,
    day: usize,
    month: &str,
) -> String {
    let (a, b, c) = (person(r), person(r), person(r));
    let (_, ca, _) = COUNTRIES[r.pick(COUNTRIES.len())];
    let (_, cb, _) = COUNTRIES[r.pick(COUNTRIES.len())];
    let (_, cc, _) = COUNTRIES[r.pick(COUNTRIES.len())];
    format!(
        "{city} wire report\ndate {year}-05-{day:02}\n\n{up}, {month} {day} (Wire) - {ca}'s {a} won the women's race at the {series} in {t1}, \
         ahead of {b} of {cb}, who finished second in {t2}. {cc}'s {c} was third in {t3}.\n\n\
         {d}, race director of the {city} Athletics Federation, said some {n} runners had started. The favourite, \
         {e}, who had been tipped to win, dropped out at 30 km.\n\n",
        up = city.to_uppercase(),
        t1 = time(r, 139, 1),
        t2 = time(r, 139, 2),
        t3 = time(r, 139, 3),
        d = person(r),
        e = person(r),
        n = 1000 + r.pick(20000),
    )
}

fn preview(r: &mut Rng, city: &str, series: &str, year: usize, day: usize, month: &str) -> String {
    let (_, country, demonym) = COUNTRIES[r.pick(COUNTRIES.len())];
    let mut s = format!(
        "Preview: the {series} {year}\n\nPublished {day} {month} {year}\n\n\
         The {series} returns to the streets of {city} this Sunday. The course starts in front of the Town Hall, \
         runs along the river through the Old Port and finishes in the Central Park. Race director {d} said that \
         runners from {k} countries had entered.\n\nThe {demonym} champion {p} leads the field; {country} also sends \
         {q}, who won the race two years ago. Other entrants include:\n\n",
        d = person(r),
        k = 20 + r.pick(80),
        p = person(r),
        q = person(r),
    );
    for _ in 0..4 + r.pick(8) {
        let (code, _, _) = COUNTRIES[r.pick(COUNTRIES.len())];
        s.push_str(&format!(
            "- {} ({code}), best {}\n",
            person(r),
            time(r, 124, 1)
        ));
    }
    s.push('\n');
    s
}

fn table_page(
    r: &mut Rng,
    city: &str,
    series: &str,
    year: usize,
    day: usize,
    month: &str,
) -> String {
    let mut s = format!(
        "# {series} {year}: official results\n\n{city}, {day} {month} {year}\n\n\
         | Place | Name | Country | Time |\n|---|---|---|---|\n"
    );
    for rank in 1..=10 + r.pick(20) {
        let (code, _, _) = COUNTRIES[r.pick(COUNTRIES.len())];
        s.push_str(&format!(
            "| {rank} | {} | {code} | {} |\n",
            person(r),
            time(r, 128, rank)
        ));
    }
    s.push_str(&format!(
        "\nThe race, organised by the {city} Athletics Association, had {} finishers.\n\n",
        500 + r.pick(15000)
    ));
    s
}
