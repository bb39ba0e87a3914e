//! The words results in prose are told in: verbs of winning and placing,
//! hedges, and how a runner's words split into clauses (the race and sex a
//! text speaks of are in [`super::race_told`]). Used by [`super::prose`] and [`super::runners`].

use super::measure;
use crate::contract::Sex;
use crate::lexicon::Section;
use crate::pattern::Pattern;
use std::sync::LazyLock;

pub(super) use crate::pattern::fixed as re;
// Where a runner is from and when, around the name (kept with the words
// around a name).
pub(super) use super::name_context::{OF_PLACE, WHEN_BEFORE_VERB, WHO_TIMED};

/// "imposed himself with T", "imposed herself in T" (as translations of
/// "se impuso" write a win; not "imposed himself on the race"), in the
/// patterns of a win's verb, its object and the words of a result.
macro_rules! imposed {
    () => {
        r"imposed\s+(?:himself|herself)\s+(?:in|at|with|by|this|yesterday|today|comfortably|clearly|ahead)"
    };
}

pub(super) static WIN: LazyLock<Pattern> = LazyLock::new(|| {
    re(concat!(
        r"^(?:\s*(?:also|comfortably|easily|narrowly|convincingly|then|duly|again|successfully)\s+)?(?:\s*(?:has|have)\s+(?:now\s+|also\s+)?)?\s*(?:won|wins|took|claimed|clinched|captured|secured|retained|defended|triumphed|prevailed|",
        imposed!(),
        r"|topped|ruled|pocketed|annexed|bagged|grabbed|scooped|nabbed|snatched|(?:was|finished|came|crossed\s+the\s+line|ranked|placed|was\s+placed|was\s+ranked)\s+first|(?:came|finished|crossed\s+the\s+line)\s+in\s+first|took\s+victory|(?:pulled|broke|moved|surged|kicked|went|raced|powered|drew|pushed|sped|stormed|eased|came)\s+(?:away|clear|on|late|home|ahead|through)(?:\s+late)?\s+to\s+win)\b"
    ))
});

/// A win told by a phrase that holds its own object: "produced a runaway
/// win", "clocked 2:20:37 to bag the title", "came from behind to upset
/// the favourites and win", "knocked two minutes off his best to take the
/// men's crown", "held on to the women's title".
pub(super) static WIN_PHRASE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^\s*(?:held\s+on\s+to\s+(?:the|her|his)\s+(?:(?:wo)?men[’']s\s+)?(?:title|crown)\b|(?-i:[a-z]+ed)\s+[^.;,]{1,50}?\s+to\s+(?:take|claim|seize|capture|clinch)\s+(?:the|her|his)\s+(?:wo)?men[’']s\s+(?:title|crown|race)\b)|^\s*(?:(?:has|have|had)\s+)?(?:(?:produced|producing|recorded|recording|registered|scored|earned|sealing|sealed|notched(?:\s+up)?|celebrated|took|claimed|secured|securing|grabbed)\s+(?:a|an|the|her|his)\s+(?:[\w\-]+\s+){0,3}?(?:win|victory)\b|(?:was|were)\s+(?:the\s+)?class\s+of\s+the\s+(?:(?:wo)?men[’']s\s+)?field\b|dominated\s+the\s+(?:(?:wo)?men[’']s\s+)(?:race|field|event|contest)\b|(?:headed|heading|led|leading)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:one-two(?:-three)?|1-2(?:-3)?|clean\s+sweep|podium\s+sweep)\b|(?:cruising|cruised|sprinting|sprinted|romping|romped|striding|strode|powering|powered|racing|raced|gliding|glided|speeding|sped|running|ran|storming|stormed)\s+to\s+the\s+tape\b|(?:was|were)\s+(?:the\s+)?first\s+(?:woman|female|lady|man|male)\s+to\s+(?:finish|cross\s+the\s+(?:finish\s+)?line)\b|(?:leading|led)\s+from\s+(?:the\s+)?(?:gun|start|front|outset)\s+to\s+win\b|(?:leading|led)\s+(?:(?:the|her|his)\s+(?:[\w’'\-]+\s+){0,5}?)?from\s+(?:the\s+)?(?:gun|start)\s+to\s+(?:the\s+)?(?:tape|finish(?:\s+line)?)\b|broke\s+the\s+(?:finish(?:ing)?\s+)?tape\b|(?:crossed|crossing)\s+the\s+(?:finish\s+)?line\s+first\s+(?:after|in|with)\s+\d|(?:came\s+out\s+|emerged\s+)?as\s+(?:the\s+)?first\s+winner\b|winning\s+in\s+(?:a\s+time\s+of\s+)?\d|(?:clocked|clocking|timed|ran|needed|used|stopped\s+the\s+clock\s+(?:at|in)|crossed\s+the\s+line\s+in|finished\s+the\s+[\w\-]+\s+(?:course|race|distance)\s+in)\s+[^;]{1,60}?\s+to\s+(?:(?:win|bag|claim|take|seal|clinch|secure|grab|land|top)\s+(?:the|her|his)\s+(?:[\w’'\-]+\s+){0,3}?(?:title|win|victory|crown|race|edition|category|section|division)|become\s+(?:the\s+)?(?:overall\s+)?champion|head\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:one-two|1-2|clean\s+sweep|podium\s+sweep))\b|(?:came|coming)\s+from\s+(?:behind|nowhere|the\s+back|off\s+the\s+pace)\s+to\s+(?:[\w’'\-]+\s+){0,5}?win\b|(?:was|were|came)\s+first\s+past\s+the\s+post\b|made\s+it\s+(?:two|three|four|five|six|\d)\s+(?:wins|victories|titles)\s+in\s+(?:two|three|four|five|six|\d)\s+years\b|was\s+(?:\w+\s+)?crowned\s+(?:the\s+)?(?:(?:wo)?men[’']s\s+)?(?:champion|winner)\s+(?:of|at|in)\s+(?:this\s+year[’']s\s+|the\s+)|(?:outlasted|outkicked|outsprinted|outran|outpaced|held\s+off|fended\s+off|saw\s+off|shook\s+off|overcame|beat|edged|(?:pulled|eased|broke|drew|moved|kicked|surged)\s+(?:away|clear)\s+from)\s+[^.;]{1,60}?\s+to\s+win\s+(?:the|her|his|a|an|in|by)\b|(?:stormed|storming|powered|powering|cruised|cruising|romped|romping|raced|racing|sped|strode|striding|eased|easing|surged|surging|charged|sprinted|sprinting|glided|swept|sweeping|ran|running)\s+to\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?(?:victory|win)\b|(?:reached|topped|topping|stood\s+on)\s+(?:the\s+)?top\s+(?:step\s+)?of\s+the\s+podium|(?:topped|topping)\s+the\s+podium|(?:to\s+)?emerged?\s+(?:as\s+)?(?:the\s+)?(?:winner|victorious|champion)\b|was\s+(?:the\s+)?(?:fastest|quickest)(?:\s+(?:female|male|woman|man|lady))?\s*\.\s*$|(?:was|were)\s+(?:the\s+)?(?:fastest|quickest)(?:\s+(?:female|male|woman|man|lady))?\s*(?:$|[(,]|in\b|with\b|at\b|of\s+the\s+(?:wo)?men\b|to\s+the\s+(?:finish(?:ing)?\s+)?(?:line|finish|tape)\b|among\s+the\s+(?:wo)?men\b|over\s+the\s+(?:(?:marathon|half[\s\-]marathon|full|whole|\d{1,3}\s?km?)\s+)?(?:distance|course|route)\b|over\s+(?:the\s+)?\d{1,3}(?:\.\d{1,3})?\s?(?:km|k|kilomet(?:re|er)s|miles)\b)|(?:was|were|is|are)\s+(?:the\s+)?first\s+(?:woman|female|lady|man|male)\s*(?:$|,|\(|and\b|in\b|home\b|across\b|over\b)|the\s+first\s+(?:woman|female|lady|man|male)\s+(?:home|across\s+the\s+line|over\s+the\s+line|to\s+finish)\b|(?:was|were)\s+(?:the\s+)?top\s+(?:(?:woman|female|lady|man|male)(?:\s+finisher)?|finisher)\s*(?:$|,|\(|and\b|in\b|with\b)|(?:was|were)\s+(?:the\s+)?first\s+finisher\s*(?:$|,|\(|and\b|in\b|with\b|overall\b)|(?:was|were)\s+the\s+first\s+to\s+(?:finish|cross\s+the\s+(?:finish(?:ing)?\s+)?line)\s*(?:$|[,.(]|and\b|in\b|with\b)|(?:was|were|came|finished)\s+(?:the\s+)?first\s+(?:over|across)\s+the\s+(?:finish(?:ing)?\s+)?line\s*(?:$|[,.(]|in\b|with\b|and\b|among\b|ahead\b|for\b)|(?:was|were)\s+(?:the\s+)?(?:(?:eventual|clear|overall|worthy|comfortable|surprise)\s+)?victor\s*(?:$|,|\(|and\b|in\b|while\b|with\b|at\b)|(?:was\s+)?first\s+among\s+the\s+(?:women|men|ladies|females|males)\b|(?:(?:was|were)\s+(?:the|an?)\s+(?:(?:runaway|clear|surprise|convincing|comfortable|emphatic|eventual|worthy|overall|outright|deserved|dominant|easy|absolute)\s+)?winners?|is\s+the\s+(?:overall\s+)?winner)\s+(?:of|in|at)\s+(?:the|this\s+year[’'´]s)\b|(?:was|were)\s+the\s+(?:wo)?men[’']s\s+(?:(?:race|marathon|half[\s\-]marathon|10\s?km?|5\s?km?)\s+)?(?:winner|champion)\b|(?:were|are)\s+the\s+respective\s+(?:(?:wo)?men[’']s\s+and\s+(?:wo)?men[’']s\s+)?(?:winners|champions)\b|(?:was|were)\s+(?:named|declared)\s+(?:the\s+)?(?:(?:wo)?men[’']s\s+)?(?:overall\s+)?(?:(?:marathon|half[\s\-]marathon|10k|race)\s+)?(?:winner|champion)\b|(?:led|leading)\s+(?:the\s+)?(?:women|men|field|(?:women|men)[’']s\s+field)\s+(?:home\s+)?(?:in|with)\s+\d|(?:led|leading)\s+the\s+(?:[\w’'\-]+\s+){0,2}?(?:field|women|men)\s+home\b|(?:led|leading)\s+the\s+(?:(?:wo)?men[’']s\s+)?(?:field|race)\s+from\s+[^.;,]{1,40}?\s+onwards?\b|(?:headed|heading)\s+the\s+(?:wo)?men[’']s\s+field\b|(?:taking|winning|claiming|clinching|capturing|bagging)\s+(?:the|her|his)\s+(?:(?:wo)?men[’']s\s+|overall\s+|elite\s+)?(?:(?:\d+\s?km|half[\s\-]marathon|marathon|10k)\s+)?(?:title|crown|race|section|category|honours|win|victory)\b|winning\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+edition\b|(?:produced|put\s+on|turned\s+in|delivered)\s+(?:a|an)\s+[^.;,]{1,50}?\s+to\s+win\s+(?:the|her|his|in)\b|(?:powered|pulled|moved|broke|drew|kicked|surged|eased|went|raced|stormed)\s+(?:away|clear|ahead)\b[^.;,]{0,60}?\bto\s+win\s+(?:the|her|his|in|by)\b|(?:clocked|clocking|ran|timed)\s+\d[\d:.]{3,8}\s+to\s+(?:edge|pip|beat|hold\s+off|see\s+off|outkick|outsprint)\b|(?:edged|edging)\s+(?:out\s+)?(?:(?:his|her|their)\s+)?(?:(?:compatriot|countryman|countrywoman|teammate|training\s+partner|club-?mate)\s+)?$|(?:was|were|is|are)\s+back\s+on\s+top\b|(?:was|were)\s+in\s+a\s+class\s+of\s+(?:her|his|their)\s+own\b|(?:walked|walking|went|came)\s+away\s+with\s+(?:the\s+)?(?:first\s+prize|top\s+prize|first\s+place|top\s+honou?rs)\b|(?:took|takes|won|claimed|scooped|bagged)\s+(?:the\s+)?(?:(?:wo)?men[’']s\s+)?(?:first|top)\s+prize\b|(?:took|takes|won|claimed|scooped|bagged)\s+the\s+(?:wo)?men[’']s\s+prize\b|(?:took|takes|won|claimed|scooped|bagged|collected|pocketed)\s+(?:the\s+)?(?:[A-Z]{1,3}\$|\$|£|€)[\d,]+\s+(?:first|top)\s+prize\b|(?:collected|took|won|pocketed|claimed|received|took\s+home)\s+(?:the\s+)?(?:(?:[A-Z]{1,3}\$|\$|£|€)[\d,]+\s+)?winner[’']s\s+(?:cheque|check|prize|purse|trophy)\b|became\s+(?:the\s+)?(?:(?:overall|new|outright)\s+)?(?:(?:wo)?men[’']s\s+)?champion\s*(?:$|[,.;(]|among\s+the\s+(?:wo)?men\b|in\s+\d|with\b|of\s+the\s+(?:wo)?men[’']s\b))|^\s*(?:carried|carrying|carries)\s+off\s+(?:the|her|his)\s+(?:(?:wo)?men[’']s\s+|overall\s+)?(?:(?:half[\s\-]marathon|marathon|\d{1,2}\s?km|10k)\s+)?(?:title|crown|race|victory|win|honou?rs|spoils|laurels|half[\s\-]marathon|marathon|half|10\s?km|10k|\d{1,2}\s?km|(?:first|top)\s+prize|\p{Lu}[^.;,]{0,50}?\b(?i:marathon|run|race|10k|\d{1,3}\s?km|half|miler?|classic)\b)\b",
    )
});

/// A win told of two runners or more at once ("A and B have won the X
/// Marathon"): whose race each won is told elsewhere, if at all.
pub(super) static PLURAL_WIN: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?i)^\W*(?:have|were)\s+(?:both\s+|each\s+|all\s+)?won\b"));

pub(super) static WIN_OBJECT: LazyLock<Pattern> = LazyLock::new(|| {
    re(concat!(
        r"(?i)^\s*",
        imposed!(),
        r"\b|^\s*\w+\s+(?:(?:this|last|on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\s+|yesterday\s+|today\s+)?(?:the\s+)?(?:(?:women's|men's|women’s|men’s|overall|elite)\s+)?(?:[\w\-’']+\s+){0,4}?(?:race|title|crown|win|victory|honours|honors|marathon|half|10k|10\s?km|\d{1,3}\s?k\b|\d{1,3}(?:\.\d{1,3})?\s?km\b|miler?s?\b|(?-i:Ten|Five)\b|run\b|shuffle|trot|classic|ekiden|division|section|category|field|standings|rankings|classification|event|edition|in\b|here\b|by\b)|^\s*(?:won|wins)\s*(?:$|[,.;]|\s+(?:in|by|on|at|here|with|among\s+the\s+(?:wo)?men\b|comfortably|easily|for\s+the\s+(?:wo)?men[’']s|for\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?(?:year|time)))|^\s*(?:won|triumphed|finished\s+first|came\s+first|was\s+first|crossed\s+the\s+line\s+first)\s+with\s+a\s+(?:(?:stellar|superb|fine|fast|impressive|quick|strong|great|brilliant|solid|blistering|sizzling|remarkable|record|new|winning|final|total)\s+){0,2}(?:time|result|mark)\s+of\b|^\s*(?:finished|came)\s+first\s*\.|^\s*(?:came|finished|crossed\s+the\s+line)\s+in\s+first(?:\s+place)?\s*(?:$|[,.;(]|with\b|in\b|at\b|overall\b)|^\s*(?:won|took|takes|claimed|captured|secured|grabbed|clinched|earned)\s+(?:the\s+)?first\s+place\s*(?:$|[,.;(]|with\b|in\b|at\b|overall\b)|^\s*(?:was\s+)?(?:placed|ranked)\s+first\s*(?:,|\(|with\b)|^\s*\w+\s+(?:\w+\s+)?the\s+(?:wo)?men[’']s\s+(?:first\s+|top\s+)?prize\b|^\s*\w+\s+(?:(?:this|last|on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|yesterday|today)\s+the\s+\d{1,3}(?:st|nd|rd|th)\s+(?-i:\p{Lu})|^\s*\w+\s+(?:(?:this|last|on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\s+|yesterday\s+|today\s+)?the\s+(?:(?:annual|\d{1,3}(?:st|nd|rd|th))\s+)?(?-i:(?:\p{Lu}[\w\-’'&.]*\s+){1,7})(?:half\s+marathon|marathon|half|run|race|10k|\d{1,3}\s?k\b|\d{1,3}(?:\.\d{1,3})?\s?km\b|miler?s?\b)"
    ))
});

pub(super) static PLACE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^(?:\s*(?:a|one|two|three)\s+years?\s+(?:after|before)\s+)?(?:\s*(?:who\s+)?(?:(?:came|coming)\s+(?:through|home|in)\s+as|(?:finished|finishing|ended|ending)\s+(?:up\s+)?as|was|were|is|finished|finishing|came\s+home|coming\s+home|came|coming|placed|ranked|(?:wound|ended)\s+up|ended|crossed\s+the\s+line|took|taking|had\s+finished|ran\s+to|(?:completed|completing|rounded\s+out|rounding\s+out|rounded\s+off)\s+the\s+podium\s+(?:in|with)|held\s+on\s+(?:for|to)|held\s+onto|kept\s+hold\s+of|hung\s+on\s+(?:for|to)|settled\s+for|had\s+to\s+settle\s+for|(?:had\s+to\s+)?make\s+do\s+with|made\s+do\s+with|(?:had\s+to\s+be|was)\s+content\s+with|claimed|secured|grabbed|earned|garner(?:ed|ing)|took\s+home|taking\s+home|claiming|securing|grabbing|earning|snatch(?:ed|ing)|(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?\s+to\s+(?:claim|take|grab|secure|snatch|earn)|(?:clocked|clocking|ran|running|timed)\s+\d[^;]{2,40}?\s+to\s+finish)\s+(?:the\s+)?)?(?:in\s+|into\s+)?(?:a\s+(?:(?:distant|close|creditable|fine|strong|solid|good|comfortable|respectable|lonely|clear)\s+)?|last\s+year[’']s\s+|the\s+(?:19|20)\d\d\s+)?((?:first|second)\s+runner[\s\-]up|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|runner-up|runner\s+up)\b(?:\s+place)?",
    )
});

/// A meet named in lower case after "at the" ("at the NCAA cross-country
/// championships", "at the state track meet"): another competition than
/// the race's, whose name would be capitalised.
pub(super) static OTHER_MEET: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\bat\s+(?:the|this\s+year[’']s|last\s+year[’']s)\s+(?:[\w\-]+\s+){0,4}?(?-i:(?:championships?|champs|trials|nationals|meet|games))\b",
    )
});

/// A runner who ran outside the race ("had been invited to pace the
/// course", "ran as a pacemaker"): no place of it.
pub(super) static PACED: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:invited|hired|paid|there|engaged|asked)\s+to\s+pace\b|\bas\s+(?:a|the)\s+pace(?:maker|setter|r)\b|\boutside\s+the\s+competition\b|\bran\s+unofficially\b",
    )
});

/// A sentence that opens on a race ("In the half marathon, …", "The 10k
/// lacked the points but …", "The shorter 10K went to …", "Over 10
/// kilometres the winner was …").
pub(super) static PARAGRAPH_RACE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:(?:in|over|at)\s+the\s+[^,;.]{1,40}|(?:on\s+the\s+(?:competitive|racing|sporting|running)\s+(?:side|front)\s*,?\s+)?the\s+(?:(?:shorter|longer|short|long|main)\s+)?(?:\d{1,2}[\s\-]?(?:km|k)|half[\s\-]marathon|10[\s\-]mile)\s+(?:race|event|was|were|lacked|had|saw|produced|drew|attracted|went)\b|[^,;.]{0,40}?\b(?:swept|dominated)\s+the\s+\d{1,2}[\s\-]?(?:km|kilomet(?:re|er))\s+(?:race|event)\b|(?P<over>(?:over|in)\s+\d{1,2}\s?(?:km|kilomet(?:re|er)s))(?:\s*,|\s+(?-i:\p{Lu})|\s+the\s+(?:winners?|best|fastest|victory)\b))",
    )
});

/// A capitalised word after the runner's name: someone or something else named.
pub(super) static OTHER_NAME: LazyLock<Pattern> = LazyLock::new(|| re(r"\s\p{Lu}\p{Ll}+"));

/// A lexicon section as one alternation of its phrases, spaces flexible.
pub(super) fn phrases(section: Section, case_insensitive: bool) -> Pattern {
    let alt: Vec<String> = crate::lexicon::get()
        .words(section)
        .iter()
        .map(|w| regex::escape(w).replace(' ', r"\s+"))
        .collect();
    let flags = if case_insensitive { "(?i)" } else { "" };
    re(&format!(r"{flags}\b(?:{})\b", alt.join("|")))
}

pub(super) static DNF: LazyLock<Pattern> = LazyLock::new(|| phrases(Section::Dnf, false));

pub(super) static DNS: LazyLock<Pattern> = LazyLock::new(|| phrases(Section::Dns, false));

/// A clause of its own before a verb of dropping out ("took charge after
/// the pacemakers dropped out"): the verb has another subject.
pub(super) static SUBORDINATE: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?i)\b(?:after|when|once|before|while|until|because|since|whereas)\b"));

/// "she", "her": a woman spoken of.
pub(super) static SHE: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?i)\b(?:she|her|hers|herself)\b"));
/// "he", "his": a man spoken of ("He Xiaojing": a capitalised word after
/// it makes it a name).
pub(super) static HE: LazyLock<Pattern> =
    LazyLock::new(|| re(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b(?:$|[^\p{L}\s]|\s+[^\p{Lu}\s])"));
pub(super) static HEDGE: LazyLock<Pattern> = LazyLock::new(|| phrases(Section::Hedge, true));

/// The sex of the pronoun a text opens on ("He finished …", "She …").
pub(super) fn opening_pronoun(t: &str) -> Option<Sex> {
    if t.starts_with("He ") {
        Some(Sex::Men)
    } else if t.starts_with("She ") {
        Some(Sex::Women)
    } else {
        None
    }
}

pub(super) static WON_BY: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:was|were|been)\s+won\s+(?:(?:among|in)\s+the\s+(?:wo)?men\s+)?by|\bfirst\s+winner\s+was\s+taken\s+by|,\s+won\s+by|\bcrowned|\b(?:title|titles|victory|win|success|crown|honou?rs|race|marathon|half|half-marathon|10k|\d{1,2}\s?km|\d{1,2}[\s\-]kilomet(?:re|er)s?|event|contest|prize|laurels|spoils|gold|top\s+spot|first\s+place)(?:\s+and\s+[^.;,]{1,30}?)?(?:\s+(?:both|also|eventually|instead|again))?\s+went\s+to|\b(?:women[’']s|men[’']s)\s+(?:by|to)|\b(?:fastest|quickest)\s+(?:in\s+the\s+race|of\s+(?:all|the\s+day)|overall|(?:over|in)\s+(?:the\s+)?(?:\d{1,2}(?:\.\d{1,3})?\s?(?:km|k|kilomet(?:re|er)s)|half(?:[\s\-]marathon)?|marathon|distance))\s+was|\b(?:fastest|first|top)\s+(?:woman|female|man|male)(?:\s+(?:runner|finisher|athlete|marathoner))?(?:\s+home|\s+(?:across|over)\s+the\s+(?:finish(?:ing)?\s+)?line)?(?:,\s+(?:and\s+)?[^,.;]{1,30},)?\s+was|\b(?:winning|taking)\s+(?:the\s+)?(?:women[’']s|men[’']s|overall)\s+(?:race|title|crown|honou?rs|marathon|half[\s\-]marathon|half|10k|\d{1,2}\s?km)\b[^,.;]{0,40}?\s+was|\bthe\s+(?:(?:clear|surprise|eventual|convincing|outright|deserved|runaway|comfortable|worthy)\s+)?(?:(?:overall|female|male|women[’']s|men[’']s|10k|10\s?km|half(?:\s+marathon)?|marathon)\s+)?(?:winner|champion)\s+was|\bthis\s+year[’']s\s+(?:(?:overall|female|male|women[’']s|men[’']s)\s+)?(?:winner|champion)\s+(?:was|is)|\bthe\s+best\s+(?:(?:among|of)\s+the\s+(?:wo)?men\s+)?was|\b(?:surrendered|lost|ceded|relinquished|conceded)\s+(?:the|his|her|their)\s+(?:[\w’'\-]+\s+){0,6}?(?:title|crown)\s+to)\s+(?:(?:a|an|the)\s+[^,.;]{1,25},\s+)?(?:(?:a|an|the)\s+)?(?:[\w’'\-]+\s+){0,3}$",
    )
});

/// Right before a runner named as an object ("clear of X", "beating
/// compatriot X", "broke away from Kenyan X", "dropped X at 17 km and
/// won"), who does not do what
/// follows the name.
pub(super) static OBJECT: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:of|from|over|beat|beating|beats|off|against|behind|past|outsprinting|outkicking|edging|with|dropped|dropping|overtook|overtaking|outran|outpaced|outlasted)\s+(?:(?:compatriot|countryman|countrywoman|teammate|training\s+partner|rival|\p{Lu}[a-z]+man|\p{Lu}[a-z]+woman)\s+|(?-i:\p{Lu}[\w\-]+(?:\s\p{Lu}[\w\-]+)?)[’']s\s+)?$|\b(?:(?:away|clear)\s+(?:from|of)|(?:shook|shakes|shaking)\s+off)\s+(?-i:\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i))\s+$",
    )
});

/// A career told in the perfect ("has won several titles here", "has won
/// three marathons"): no result of this race.
pub(super) static CAREER_WINS: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:who\s+)?(?:has|have|had)\s+(?:also\s+|now\s+|already\s+)?won\s+(?:several|many|numerous|multiple|countless|a\s+number\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten|titles|races|marathons)\b",
    )
});
/// A place told before the runner: "Second was X", "Second in
/// yesterday's race was X", "In second place came X", "Bronze went to X"
/// (not in an article that tells of a championship), "Runner-up was
/// 17-year-old local X", "third-placed X", "First across the line, in T,
/// was X", "The first woman home, and fifth overall, was X" (a win of her
/// race); after such a place, the next told with the verb left out
/// ("Second was A in T1, third her team-mate B in T2"); as translations
/// tell them, "second place in 2h13'02\" for the Kenyan X", "Silver for
/// X", and "victory in 2h26'19\" for the Rwandan X" or "success for X"
/// (a win).
/// What follows an ordinal that counts something else than a place:
/// "took the 29th edition", "won the 5th annual race", "for the third
/// straight year", a day of a month ("on Saturday, 14th June").
pub(super) static NOT_A_PLACE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:edition|annual|running|staging|anniversary|consecutive|straight|successive|time|year|(?:of\s+)?(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\b",
    )
});

pub(super) static PLACE_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b|^)(second|third|fourth|fifth|sixth|runner-up|silver|bronze)\s*(?:place\s+|medal\s+|winner\s+)?(?:in\s+(?:the|yesterday[’']s|today[’']s|\w+day[’']s|this\s+year[’']s)\s+(?:(?:wo)?men[’']s\s+)?(?:race|marathon|half\s+marathon|half|10k)\s+)?(?:,[^.;,]{1,40},\s+)?(?:(?:in|with)\s+(?P<time>[\dh:.,'’\x22″]{4,12})\s+)?(?:was(?:\s+(?:secured|taken|claimed|won|grabbed|earned)\s+by)?|went\s+to|for)\s+(?:the\s+)?(?:\d{1,2}-year-old\s+)?(?:[\w’']+\s+){0,3}(?:[\w’']+,\s+)?$|\b(second|third|fourth|fifth|sixth)[\s\-]placed\s+(?:(?:athlete|runner|woman|man|finisher)\s+)?$|(?:^|[,;:]\s*|\band\s+|\b(?:beat|beating|edged|edging)\s+)(first|second|third|fourth|fifth|sixth)\s+place\s+$|\b(first)\s+(?:(?P<sexw>woman|female|lady|man|male)\s+)?(?:home|across\s+the\s+(?:finish\s+)?line|over\s+the\s+line|to\s+finish)\b[^.;]{0,60}?\bwas\s+(?:the\s+|an?\s+)?(?:[\w’'\-]+,?\s+){0,4}$|(?:^|[,;:]\s*)in\s+(?P<inplace>second|third|fourth|fifth|sixth)\s+place\s+(?:came|was|finished|were)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}$|(?:^|[,;:]\s*|\band\s+)on\s+the\s+(?P<spot>second|third|fourth|fifth|sixth)\s+(?:spot|step|position)\s+(?:was|came|stood)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}$|\b(?P<victory>victory|success)\s+(?:in\s+(?P<vtime>[\dh:.,'’\x22″]{4,12})\s+)?for\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}$|\bthe\s+(?P<nthr>second|third|fourth|fifth)\s+(?:runner|athlete|woman|man|finisher)\b[^.;]{0,50}?\bwas\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}$|(?:^|[,;:]\s*)(?P<closing>closing|completing|rounding\s+(?:out|off))\s+the\s+(?:(?:wo)?men[’']s\s+)?podium\s+was\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}$|^\s*(?P<behind>[Bb]ehind\s+(?:her|him)\s+came)\s+(?:the\s+)?(?:(?-i:\p{Lu}\p{Ll}+)\s+)?$|\band\s+(?-i:(?P<ellipto>second|third|fourth|fifth|sixth))\s+to\s+(?:(?:another|his|her|their|the)\s+)?(?:[\w’'\-]+\s+){0,2}?(?:[\w’'\-]+,\s+)?$|(?:^|[,;]\s*|\band\s+)(?-i:(?P<ellip>second|third|fourth|fifth|sixth|seventh|eighth))\s+(?:(?:his|her|their)\s+(?:team-?mate|club-?mate|compatriot|countryman|countrywoman)\s+|the\s+(?-i:\p{Lu}\p{Ll}+)\s+)?$",
    )
});

/// The end of a text that lists places before the one a match begins on
/// ("second and ", "second, ").
pub(super) static PLACES_LISTED: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?i)\b(?:first|second|third|fourth|fifth|sixth)(?:\s*,\s*|\s+and\s+)$"));

pub(super) static BARE_PLACE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:into\s+)?(?:second|third|fourth|fifth|runner-up|first\s+runner[\s\-]up|first\s+among\s+the\s+(?:women|men|ladies|females|males)|the\s+first\s+(?:woman|female|lady|man|male)\s+(?:home|across\s+the\s+line|over\s+the\s+line|to\s+finish))\b",
    )
});

/// A place with its verb left out, after a runner ("B the second place"
/// of "A took the first place, B the second place").
pub(super) static GAPPED_PLACE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*the\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:place|spot|position)\b",
    )
});

/// "…, ahead of X (in) TIME": the runner right behind the winner.
pub(super) static AHEAD_OF: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:ahead\s+of|clear\s+of|in\s+front\s+of|leaving\s+behind|(?:winning\s+|victory\s+)?margin\s+over)\s+(?:(?:his|her|their)\s+)?(?:(?:(?-i:\p{Lu}\p{Ll}+)\s+)?(?:compatriots?|countrym[ae]n|countrywom[ae]n)\s+|fellow\s+(?:(?-i:\p{Lu}\p{Ll}+)\s+)?|(?:veterans?|teammates?|club-?mates?)\s+|the\s+(?:(?:local|(?-i:\p{Lu}\p{Ll}+))\s+)?)?(?:\p{Lu}[\w\-]+(?:\s\p{Lu}[\w\-]+)?(?:[’']s|s[’'])\s+)?$",
    )
});

/// The winner's lead told as a gap, right before [`AHEAD_OF`]: "more than
/// two minutes (clear of)", "nine seconds (ahead of)".
pub(super) static GAP_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty)\s+(?:full\s+)?(?:seconds?|secs?|minutes?|mins?)\s+$",
    )
});

pub(super) static BEFORE_WINNER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(last\s+year[’']s|this\s+year[’']s|the\s+(?:19|20)\d\d|(?:19|20)\d\d)\s+|(?:^|,|\band\b|\b(?:from|over|beat|beating|edged|edging|outsprinting|outkicking)\s)\s*(?:the\s+)?)(?:(women[’']s|men[’']s)\s+)?(?:(?:marathon|half[\s\-]marathon|10\s?km|10k|race)\s+)?(winner|champion|runner-up)\s*,?\s*(?:(?-i:\p{Lu}[\w\-]+(?:\s\p{Lu}[\w\-]+)?)[’']s\s+)?$",
    )
});

pub(super) use super::name_context::{
    AGE_TOWN, CLUB_BRACKET, CLUB_COMMAS_THEN_TIME, CLUB_THEN_TIME,
};
pub(super) use super::race_told::{
    after_turn, before_turn, distance_of, has_year_words, one_sex_around, own_part, pronoun_sex,
    sex_is_next_runners, sex_of_race, sex_word, SAME_DISTANCE, SEX_ONLY_OPENING, SEX_OPENING,
};

/// Clauses of `t[start..end]`: split at commas and semicolons outside
/// numbers, and at " and " before a new verb phrase.
pub(super) fn clauses(t: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    // "2 hours 05 minutes and 09 seconds": one time, not two clauses.
    static UNIT_BEFORE: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)\d\s*(?:minutes?|mins?|hours?|hrs?),?$"));
    static UNIT_AFTER: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)^\d{1,2}\s*(?:seconds?|secs?|minutes?|mins?)\b"));
    let mut out = Vec::new();
    let mut s = start;
    let seg = &t[start..end];
    // "two hours, six minutes and 11 seconds" is one time.
    let spans = measure::times(seg);
    let mut skip_to = start;
    for (k, c) in seg.char_indices() {
        let i = start + k;
        if i < skip_to {
            continue;
        }
        let digit_before = t[..i]
            .chars()
            .next_back()
            .is_some_and(|d| d.is_ascii_digit());
        let digit_after = t[i + c.len_utf8()..]
            .chars()
            .next()
            .is_some_and(|d| d.is_ascii_digit());
        let in_time = spans
            .iter()
            .any(|tm| start + tm.start < i && i < start + tm.end);
        // A dash set off by spaces opens or closes an aside ("took the
        // women's race — and was 23rd overall — in T").
        let dash = matches!(c, '—' | '–') && t[..i].ends_with(' ');
        // "of Annapolis, MD took first": a town's state or province code
        // closes no clause.
        static STATE_AFTER: LazyLock<Pattern> =
            LazyLock::new(|| crate::pattern::fixed(r"^\s[A-Z]{2}\b(?:\s+\p{Ll}|\s*$)"));
        let state_code = c == ',' && STATE_AFTER.is_match(&t[i + 1..end]);
        if (dash || matches!(c, ',' | ';' | '(' | ')'))
            && !(digit_before && digit_after)
            && !in_time
            && !state_code
        {
            if i > s {
                out.push((s, i));
            }
            s = i + c.len_utf8();
        } else if t[i..end].starts_with(" and ")
            && i > s
            && !in_time
            // "outlasted the heat and a strong field to win": one object.
            && !(t[i + 5..end].starts_with("a ") || t[i + 5..end].starts_with("an "))
            && !(UNIT_BEFORE.is_match(&t[s..i]) && UNIT_AFTER.is_match(&t[i + 5..end]))
        {
            out.push((s, i));
            s = i + 5;
            skip_to = s;
        }
    }
    if end > s {
        out.push((s, end));
    }
    out
}

pub(super) static EDGED: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:edging\s+out|edged\s+out|edging|beating|beat|bested|outran|outrunning|holding\s+off|held\s+off|out-?sprinting|outkicking|to\s+(?:edge|pip))\s+(?:(?:his|her|their)\s+)?(?:(?:compatriot|countryman|countrywoman|training\s+partner|teammate|veterans?)\s+)?$|\b(?:title|crown|race|victory|win)\s+over\s+(?:(?:his|her|their)\s+)?(?:(?:compatriot|countryman|countrywoman|teammate)\s+)?$|\bw(?:on|ins|inning)\b[^.;]{0,60}?\bby\s+(?:(?:a|an|just|only|nearly|almost|about|some|\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)\s+)+(?:seconds?|secs?|minutes?|mins?|strides?|metres|meters|yards|whisker|step)\s+from\s+(?:(?:his|her|their)\s+)?(?:(?:compatriot|countryman|countrywoman|teammate)\s+)?(?:(?-i:\p{Lu}[\p{L}\-]+)[’']s\s+)?$|\bw(?:on|ins)\s+in\s+\d[\d:.]{2,8}\s+from\s+(?:(?:his|her|their)\s+)?(?:(?-i:\p{Lu}[\p{L}\-]+\s+){1,4}(?:club-?mate|team-?mate)\s+|(?:compatriot|countryman|countrywoman|teammate|club-?mate)\s+)?$",
    )
});

/// Only a time and "and" between two runners ("A (2:10:20) and B"): the
/// second comes next after the first.
pub(super) static AND_NEXT: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^\s*(?:(?:of\s+(?:the\s+)?\p{Lu}[^()]{0,40}?\s*)?\(\s*\d{1,2}:\d{2}(?::\d{2})?\s*\)|(?:\([^)\d]{2,60}\)\s*)?in\s+\d{1,2}:\d{2}(?::\d{2})?)\s*,?\s*(?:and|&)\s+(?:\p{Lu}[\p{L}\-]+[’']s\s+|\p{Lu}[\p{L}\-]+\s+)?$",
    )
});

pub(super) static FOLLOWED: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:followed\s+by|trailed\s+by|with)\s+(?:(?:his|her|their)\s+)?(?:(?:compatriot|countryman|countrywoman|teammate|fellow)\s+|(?-i:\p{Lu}[\p{L}\-]+\s+)?(?:competitors|runners|athletes|compatriots|countrymen|countrywomen|teammates)\s+)?$",
    )
});

/// A lone surname straight followed by a result ("Wolde finished second").
pub(super) static STRONG: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s+(?:won|finished\s+(?:second|third|fourth|fifth|\d)|was\s+(?:second|third|fourth|fifth|runner-up)|took\s+(?:second|third)|dropped\s+out)\b",
    )
});

/// Whether the words right after a family name say it is a runner's
/// result: [`STRONG`], or a place or a win told at once ("Okafor crossed
/// the line in 46:41 to take the title", "Baptiste closed well to claim
/// third").
pub(super) fn strong_after(after: &str) -> bool {
    STRONG.is_match(after) || PLACE.is_match(after) || tells_win(after)
}

/// Whether `t`, the words after a runner, tell a win: a phrase of winning
/// ([`WIN_PHRASE`]) or a verb with what was won ([`win_verb`]).
pub(super) fn tells_win(t: &str) -> bool {
    WIN_PHRASE.is_match(t) || win_verb(t)
}

/// A verb of winning with what was won after it ("won the women's race",
/// "claimed the title"), not a medal or a place below the first
/// ("claimed bronze", "took second").
pub(super) fn win_verb(t: &str) -> bool {
    // (Nor taking part: "took part in the medal ceremony", "took on the
    // full marathon".)
    static LESSER: LazyLock<Pattern> = LazyLock::new(|| {
        re(
            r"(?i)^\s*\w+\s+(?:the\s+)?(?:overall\s+)?(?:silver|bronze|second|third|fourth|fifth|runner|\d{1,2}(?:st|nd|rd|th)\s+(?:place|position|spot)|(?-i:overall)\s+\d{1,2}(?:st|nd|rd|th))\b|^\s*(?:took|takes|take|taking)\s+(?:part|place|on)\b",
        )
    });
    static AUXILIARY: LazyLock<Pattern> =
        LazyLock::new(|| re(r"(?i)^\s*(?:has|have)\s+(?:now\s+|also\s+)?"));
    let Some(m) = WIN.find(t) else {
        return false;
    };
    // "has won the men's 10km": the verb's object after the auxiliary.
    let from = &t[m.start()..];
    let from = AUXILIARY.find(from).map_or(from, |a| &from[a.end()..]);
    WIN_OBJECT.is_match(from) && !LESSER.is_match(from)
}

/// Whether the text after a name reads like a result.
pub(super) fn looks_like_result(after: &str) -> bool {
    // The words of a result, within 120 characters and before the
    // sentence ends (`reach::within`).
    static RESULTISH: LazyLock<Pattern> = LazyLock::new(|| {
        re(concat!(
            r"(?i)\b(?:won|wins|carried\s+off\s+the|took|claimed|clinched|captured|secured|retained|defended|held\s+on\s+to\s+(?:the|her|his)\s+(?:(?:wo)?men[’']s\s+)?(?:title|crown)|triumphed|",
            imposed!(),
            r"|pocketed|annexed|bagged|scooped|crowned\s+(?:the\s+)?(?-i:\p{Lu})|(?:came|finished|was|came\s+across\s+the\s+line)\s+next|first\s+finisher|first\s+among\s+the\s+(?:women|men|ladies|females|males)|(?:was|were)\s+(?:the\s+)?(?:\w+\s+)?victor\b|(?:taking|settled\s+for|settling\s+for)\s+(?:the\s+)?(?:silver|bronze)|the\s+(?:silver|bronze)\s+in\s+\d|back\s+on\s+top|in\s+a\s+class\s+of\s+(?:her|his|their)\s+own|away\s+with\s+(?:the\s+)?(?:first|top)\s+prize|(?:wo)?men[’']s\s+(?:first\s+|top\s+)?prize|(?:[A-Z]{1,3}\$|\$|£|€)[\d,]+\s+(?:first|top)\s+prize|became\s+(?:the\s+)?(?:[\w’']+\s+)?champion|winner[’']s\s+(?:cheque|check|prize|purse|trophy)|to\s+(?:edge|pip)|edging\s+(?:out\s+)?(?:(?:his|her|their)\s+)?(?:compatriot\s+|countryman\s+|countrywoman\s+|teammate\s+)?\p{Lu}|filled\s+the\s+podium|made\s+up\s+the\s+(?:(?:wo)?men[’']s\s+)?podium|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)\s+in|runner-up|dropped\s+out|pulled\s+out|failed\s+to\s+finish|did\s+not\s+(?:finish|start)|DNF|finish(?:ed|ing)\s+(?:in\s+)?(?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|runner|last)|to\s+win|(?:a|an|her|his)\s+(?:[\w\-]+\s+){0,2}?(?:win|victory)|to\s+(?:bag|claim|seal|clinch|secure|grab|take|land|top)\s+(?:the|her|his)|to\s+become\s+(?:the\s+)?(?:overall\s+)?champion|garner(?:ed|ing)\s+(?:the\s+)?(?:runner|second|third)|took\s+home\s+(?:the\s+)?(?:second|third|fourth|fifth)|round(?:ed|ing)\s+(?:out|off)\s+the\s+top\s+(?:four|five|six|seven|eight|nine|ten|\d{1,2})|to\s+(?:a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?victory|top\s+of\s+the\s+podium|topped\s+the\s+podium|emerged?\s+(?:as\s+)?(?:the\s+)?(?:winner|victorious|champion)|(?:complet|seal)(?:ed|ing|e?s)\s+the\s+(?:[\w’'\-]+\s+)?(?:podium|rostrum)|round(?:ed|ing)\s+(?:out|off)\s+the\s+(?:(?:wo)?men[’']s\s+)?podium|crowned\s+(?:the\s+)?(?:(?:wo)?men[’']s\s+)?(?:champion|winner)\s+(?:of|at|in)|first\s+past\s+the\s+post|(?:was|were)\s+(?:the\s+)?(?:fastest|quickest)|(?:was|were)\s+(?:the\s+)?top\s+(?:woman|female|lady|man|male|finisher)|(?:(?:was|were)\s+(?:the|an?)\s+(?:(?:runaway|clear|surprise|convincing|comfortable|emphatic|eventual|worthy|overall|outright|deserved|dominant|easy|absolute)\s+)?winners?|is\s+the\s+(?:overall\s+)?winner)\s+(?:of|in|at)\s+(?:the|this\s+year[’'´]s)\b|(?:was|were)\s+the\s+(?:wo)?men[’']s\s+(?:(?:race|marathon|half[\s\-]marathon|10\s?km?|5\s?km?)\s+)?(?:winner|champion)\b|(?:were|are)\s+the\s+respective\s+(?:(?:wo)?men[’']s\s+and\s+(?:wo)?men[’']s\s+)?(?:winners|champions)\b|(?:was|were)\s+(?:named|declared)\s+(?:the\s+)?(?:(?:wo)?men[’']s\s+)?(?:overall\s+)?(?:(?:marathon|half[\s\-]marathon|10k|race)\s+)?(?:winner|champion)|(?:topped|ruled)\s+the\s+|on\s+(?:his|her|their)\s+way\s+to\s+winning|(?:taking|winning|claiming)\s+the\s+(?:wo)?men[’']s\s+and\s+(?:wo)?men[’']s|(?:taking|winning|claiming|clinching|bagging)\s+the\s+(?:(?:wo)?men[’']s\s+)?(?:title|race|section|category|crown)|winning\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+edition|(?:led|leading)\s+(?:the\s+)?(?:women|men|field)\b|head(?:ed|ing)\s+the\s+(?:wo)?men[’']s\s+field|led\s+the\s+(?:[\w’'\-]+\s+){0,2}?field\s+home|(?:top|first)\s+(?:two|three|four|five|[2-5])\s+(?:spots|places|positions)|made\s+up\s+the\s+(?:top|first)\s+(?:two|three|four|five|[2-5])\b|(?:minutes?|seconds?|mins?|secs?)\s+(?:clear|ahead)\s+of\s+the\s+(?:chasing\s+pack|chasers|rest\s+of\s+the\s+field|field)|class\s+of\s+the\s+(?:(?:wo)?men[’']s\s+)?field|dominated\s+the\s+(?:wo)?men[’']s|(?:head|heads|headed|heading|led|leading)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:one-two|1-2|clean\s+sweep|podium\s+sweep)|to\s+the\s+tape|from\s+(?:the\s+)?(?:gun|start)\s+to\s+(?:the\s+)?(?:tape|finish)|broke\s+the\s+(?:finish(?:ing)?\s+)?tape|followed(?:\s+(?:him|her|them))?(?:\s+home)?\s*,?\s+in\s+that\s+order|winning\s+in\s+\d+(?:[:.]\d+)*|to\s+(?:clock|record|post|run|stop\s+the\s+clock\s+at)\s+[^;.]{1,30}?\s+and\s+win)\b"
        ))
    });
    // "of Portland, Ore., finished second": a state's short form and its
    // point do not end the sentence.
    static SHORT_FORM: LazyLock<Pattern> = LazyLock::new(|| re(r"\b(\p{Lu}\p{Ll}{1,3})\.,"));
    // "X (Atl. Sebino Ovest) won": nor does a club's kind written short
    // (`[organization_prefix]` words with a point).
    static CLUB_KIND: LazyLock<Option<Pattern>> = LazyLock::new(|| {
        let short: Vec<String> = crate::lexicon::get()
            .words(crate::lexicon::Section::OrganizationPrefix)
            .iter()
            .filter_map(|w| w.strip_suffix('.'))
            .filter(|w| w.chars().any(char::is_lowercase))
            .map(regex::escape)
            .collect();
        (!short.is_empty()).then(|| re(&format!(r"\b({})\.\s", short.join("|"))))
    });
    let head = crate::extract::head(after, 240);
    let head = SHORT_FORM.replace_all(head, "$1,");
    // "X (Seto Gakuin Univ.) was first": nor does a point that closes a
    // bracket.
    let head = if head.contains(".)") {
        std::borrow::Cow::Owned(head.replace(".)", ")"))
    } else {
        head
    };
    let club_less;
    let head: &str = match CLUB_KIND.as_ref() {
        Some(club) => {
            club_less = club.replace_all(&head, "$1 ");
            &club_less
        }
        None => &head,
    };
    super::reach::within(&RESULTISH, head, 120)
}

// The words of results told in prose, read by [`super::prose`].

/// "broke the course record on his way to winning the race".
pub(super) static ON_THE_WAY: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\bon\s+(?:his|her)\s+way\s+to\s+(?:winning|victory|(?:a|an)\s+(?:[\w\-]+\s+)?(?:win|victory))\b",
    )
});

/// A place after the first, in words or digits.
pub(super) const PLACE_WORD: &str =
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)";

/// A place among a group named by a capitalised plural ("third among
/// Canadians", "second among the Kenyans").
pub(super) static AMONG_GROUP: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"^\s*(?:\w+\s+){{0,3}}?(?:{PLACE_WORD})\s+among\s+(?:the\s+)?\p{{Lu}}\p{{L}}+s\b"
    ))
});

/// ", also the 2023 champion," right after a runner's name (or after the
/// runner's club in brackets), ", the winner in 2019,", or "(a previous
/// winner in 2023 …)" (the year in group 1, 3 or 4).
pub(super) static TITLE_AFTER_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:also\s+|now\s+|herself\s+|himself\s+)?the\s+(?:((?:19|20)\d\d)\s+(?:(women|men)[’']s\s+)?(?:champion|winner)|(?:champion|winner)\s+in\s+((?:19|20)\d\d))\s*(?:,|and\b)|\(\s*(?:a\s+)?(?:previous|former|past)\s+(?:champion|winner)\s+in\s+((?:19|20)\d\d)\b[^()]{0,80}\))",
    )
});

/// A medal of the race's podium: "settled for bronze", "taking the silver
/// medal", "to claim the silver medal" (group 1: the metal).
pub(super) static MEDAL_PLACE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:(?:(?:took|taking|settled\s+for|settling\s+for|claimed|claiming|won|winning|grabbed|grabbing|bagged|bagging|earned|earning)|[^.;]{0,40}?\bto\s+(?:claim|take|win|grab|bag|earn))\s+(?:the\s+|a\s+)?|the\s+)(silver|bronze)(?:\s+medal)?\b",
    )
});

/// An ordinal alone: "(first)", "- second".
pub(super) static BARE_ORDINAL: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*[-–]?\s*(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s*[.;]?\s*$",
    )
});

/// "came next", "was next": the place after the one just told.
pub(super) static CAME_NEXT: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:came|finished|was|crossed\s+the\s+line|came\s+(?:across|over)\s+the\s+(?:finish\s+)?line)\s+next\b",
    )
});

/// "X completed the rostrum places", "completed the all-Soldier podium",
/// "completes the podium" (a translation's present),
/// "took the last podium spot": one runner takes the last place of the
/// podium.
pub(super) static COMPLETED_PODIUM: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:(?:complet(?:ed|ing|es)|round(?:ed|ing|s)\s+(?:out|off)|seal(?:ed|ing|s))\s+the\s+(?:[\w\-]+\s+)?(?:podium|rostrum)(?:\s+(?:places|spots|positions))?|(?:took|taking|claimed|claiming|grabbed|grabbing|secured|securing|filled|filling)\s+the\s+(?:last|final)\s+(?:podium\s+)?(?:spot|place|position)(?:\s+on\s+the\s+(?:podium|rostrum))?)\b",
    )
});

/// "X rounded out the top six": one runner takes the last place of the
/// first N.
pub(super) static ROUNDED_TOP: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:rounded|rounding)\s+(?:out|off)\s+the\s+top\s+(four|five|six|seven|eight|nine|ten|\d{1,2})\b",
    )
});

/// "ninth man in the marathon": a runner's own clause naming the full
/// distance.
pub(super) static FULL_MARATHON: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?i)\b(?:in|of|won|took)\s+the\s+(?:(?:wo)?men[’']s\s+)?(?:full\s+)?marathon\b")
});

/// "defended her 2024 title": the year is the title's, not this race's, so
/// the clause dates no result.
pub(super) static DEFENDED_YEAR: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?i)^\W*(?:successfully\s+)?(?:defended|retained)\s+(?:her|his|their)\s+(?:19|20)\d\d\b")
});

/// A ranking rather than a place ("ranked second in the world").
pub(super) static WORLD_RANKING: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?i)\b(?:world|rankings?|list|nation|country|seeded)\b"));

/// A place "overall" ("8th finisher overall", "17th overall", "ninth in the
/// overall standings").
pub(super) static OVERALL: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b(?:{PLACE_WORD})\s+(?:finisher\s+|runner\s+|place\s+|in\s+the\s+race\s+|across\s+the\s+line\s+|home\s+|in\s+the\s+)?overall\b"
    ))
});

/// A place among one sex ("first woman", "second woman", "top man").
pub(super) static SEXED_PLACE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:first|second|third|fourth|fifth|top|\d{1,2}(?:st|nd|rd|th))\s+(?:woman|women|female|lady|man|male)\b",
    )
});

/// Right after a runner: a win told across the runner beaten ("held off
/// Renee Vossler by almost three minutes to win in 3hrs 04min 17secs",
/// "broke clear of B on the climb and won in T"); group 1 is what follows
/// "to win" or "won", up to the clause's end.
pub(super) static BEAT_TO_WIN: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:held\s+off|fended\s+off|saw\s+off|shook\s+off|outkicked|outsprinted|(?:pulled|eased|broke|drew|moved|kicked|surged)\s+(?:away|clear)\s+(?:from|of))\s+[^.;]{1,80}?\s+(?:to\s+win|and\s+(?:went\s+on\s+to\s+)?won)\b([^.;]{0,60})",
    )
});

/// A margin over all the others: "more than a minute clear of the chasing
/// pack", "two minutes ahead of the rest of the field".
pub(super) static CLEAR_OF_FIELD: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:(?:more\s+than|almost|nearly|just\s+over|over|some|fully|a\s+full)\s+)?(?:a|an|one|two|three|four|five|\d{1,3})\s+(?:minutes?|seconds?|mins?|secs?)\s+(?:clear|ahead)\s+of\s+the\s+(?:chasing\s+pack|chasers|rest\s+of\s+the\s+field|field)\b",
    )
});

/// A time clocked and a win in one breath: "to clock 2:12:48 and win the
/// fifth edition", "to stop the clock at T and win her first title".
pub(super) static CLOCK_AND_WIN: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\bto\s+(?:clock|record|post|run|stop\s+the\s+clock\s+at)\s+[^;.]{1,30}?\s+and\s+(?:win|claim|clinch|take|capture|secure|bag)\s+(?:the|her|his)\s+(?:[\w’'\-]+\s+){0,3}?(?:race|title|crown|edition|marathon|half|10k|honours|section|category|event)\b",
    )
});

/// A prize won for a place: "won R90 000 for coming second", "pocketed
/// $5,000 for finishing third".
pub(super) static PRIZE_FOR_PLACE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:won|earned|pocketed|took\s+home|received|bagged|walked\s+away\s+with)\s+(?:[^,;]|,\d){1,25}?\s+for\s+(?:coming|finishing|placing|running)\s+(?:in\s+)?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:nd|rd|th))\b",
    )
});

/// A win of a year told as repeated: "repeated his 2024 win", "retained
/// the title he won in 2024" (not "defended her 2024 title", which may be
/// another title's year). `t`: the words before a time of that win ("…
/// won in 2024 in a time of 2:27:50").
pub(super) static REPEATED_WIN: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)^\W*(?:(?:repeated|matched)\s+(?:his|her|their)\s+((?:19|20)\d\d)\s+(?:win|victory)\b|(?:retained|defended|kept)\s+(?:the|her|his|their)\s+(?:(?:wo)?men[’']s\s+)?(?:title|crown)\s+(?:that\s+)?(?:s?he|they)\s+(?:had\s+)?won\s+(?:here\s+|there\s+)?in\s+((?:19|20)\d\d)\b(?P<t>\s+in\s+(?:a\s+(?:winning\s+)?time\s+of\s+)?)?)",
    )
});

/// A place in words or digits: "seventh", "7th".
pub(super) static ORDINAL_PLACE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b",
    )
});

/// "with" right before a runner, and what a runner does after "with B":
/// "with B taking the women's section in T".
pub(super) static WITH_BEFORE: LazyLock<Pattern> = LazyLock::new(|| re(r"(?i)\bwith\s+$"));
/// (Not a prize of an age class: "with B taking the 2nd FV45 prize".)
pub(super) static WITH_DOING: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"^\s*(?:taking|winning|claiming|clinching|bagging|finishing|placing|coming|crossing|clocking|grabbing|securing|settling|running)\s+(?:(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:win|victory)\b|(?:the\s+|her\s+|his\s+)?(?:(?:(?:wo)?men[’']s|overall|elite|marathon|half|\d{1,2}\s?km|10k)\s+){0,2}(?:title|race|section|category|crown|victory|win|honours|first|second|third|fourth|fifth|1st|2nd|3rd|[4-9]th|silver|bronze)\b(?:\s+(?:place|spot|position|overall|in|with|and|ahead|behind|after|medal)\b|[.,;]|\s*$))|^\s*(?:completing|rounding\s+(?:out|off)|sealing)\s+the\s+(?:(?:wo)?men[’']s\s+)?(?:podium|rostrum)\b|^\s*edging\s+(?:out\s+)?(?:(?:his|her|their)\s+)?(?:(?:compatriot|countryman|countrywoman|teammate|training\s+partner|club-?mate)\s+)?$|^\s*winning\s+in\s+(?:a\s+time\s+of\s+)?\d",
    )
});

/// After a winner: "and" a second name, and the end of the sentence.
pub(super) static WINNER_AND_WINNER: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^\s*and\s+\p{Lu}[\p{L}\-’']+(?:\s+\p{Lu}[\p{L}\-’']+){0,3}\s*[.;]?\s*$"));

/// The rest of a sentence after its last runner: their club or town, and
/// the full stop.
pub(super) static SENTENCE_END: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^\s*(?:(?:of|from)\s+(?:the\s+)?\p{Lu}[^(),.;]{0,40}?)?\s*[.;!]?\s*$"));

/// A sentence that goes on about the runner just spoken of: "The
/// Frenchman beat …", "He won by …".
pub(super) static GOES_ON: LazyLock<Pattern> =
    LazyLock::new(|| re(r"^(?:The\s+(?:\p{Lu}\p{Ll}+|winner|champion|victor)\b|He\b|She\b)"));
