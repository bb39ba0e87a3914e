//! The registry entry of results in prose ([`super::prose`]): what it
//! reads and writes, and the examples that must and must not yield facts.

use super::prose::prose_rule;
use super::registry::{Family as Fam, Rule as R, Scope as S};
use crate::contract::Property;

pub(crate) static PROSE_RESULTS: R = R {
    name: "results in prose",
    family: Fam::Results,
    doc: "Each runner named in a sentence owns the text up to the next one, past an age and a home town with its state code (`X, 24, of Bowie, MD came in second`) or a club in brackets (`with Paul Hugh (Callan Valley AC) third in 31:05`, `ahead of B (Club) in T1 and C (unattached) in T2`); its clauses are read as a win (`won`, `has won`, `produced a runaway win`, `clocked TIME to bag the title`, `came from behind to … win`), a place, did not finish or did not start. A paragraph that opens on a race (`In the half marathon, …`, `In the 5K, …`) gives its distance to the results told after it; one that opens on a town (`In Oshakati, …`) gives them to the one race of the article named after that town. Places given to two runners `respectively` (or after `finished`, `followed in`: `A, B and C followed in fourth, fifth and sixth`) go to them in order (with their times in order: `second and third in T1 and T2, respectively`), two runners who `took the minor placings` or `completed the podium` are second and third, as do places of a list after `The winners … were` or `The top women were`. Hopes and predictions give nothing, nor do places in another race than the open one (`the wheelchair race`, `the domestic men's title`: words of `[subgroup]`; a sentence that opens `Among Indian women,` or `In the Indian category,`). Runners who `take the top two spots in T1 and T2, respectively` are first and second with those times; `filled the first three places` after a list of runners with their times in brackets, `topped the women's division`, `ruled the men's 21K`, `led the men in`, `was the quickest female` are wins, as are `held off B by three minutes to win in T` and `eased away from B to win`, `powered away to win`, `was first past the post`, `ran 1:19:30 to win the women's race`, `outlasted a strong field to win the X` and `defended her title` (not `defended her 2024 title`, whose year is the title's). One runner who `completed the rostrum places`, `sealed the podium` or, after `with`, is `completing the podium` is third; after a win, `He was followed by A at T1 and B at T2` gives second and third, after a podium told in full `They were followed by A (T1) and B (T2)` the places after it, `was won by X of Club in T, followed by A of Club, B, C` places 2 on, and after a place `in second was B, followed by C, D and E` the places after it, a time in a relative clause right after a runner placed by another's clause is theirs (`beating B who clocked T`), as does `the second and third places went to A and B, who spent T1 and T2 respectively`; `X, also the 2023 champion, won …` is a win in 2023 besides, and a title held (`Y, the 2023 champion,`) dates nothing said after it. A result with no category of its own takes the one its part of the sentence names alone (cut at `while`, `but`, `;`), or that of the place just before it when it goes on from it (`… topped the women's division.` then `X placed second`). In a race of up to 10 miles a time may be written `31.07` after a word that introduces it (`in`, `clocked`, `ran a superb`). Places written before the names (`females; first place A, 31, of Town, at T, second place B …`) take the sex said before them; a family name alone is a runner when a place or a win follows it at once (`Baptiste closed well to claim third`, `Okafor crossed the line in T to take the title`), and `rounded out the top six` is sixth. `came next` is the place after the one just told, `settled for bronze` and `to claim the silver medal` third and second (not in an article that tells of a championship, nor two medals told together), `pocketed the men's title over B (T) and C (T)` and `annexed the women's crown` are wins with B and C second and third, `He bested A (T1) and B (T2)` after a win gives second and third, `produced a fine display of front running to win the X`, `powered clear over the last two kilometres to win`, `clocked T to edge B (T) and C (T)` (B second, C third), `was crowned champion of this year's X`, `came from nowhere to win` and `a victory margin over B (T)` (B second) are wins, `The 29-year-old clocked a winning time of T` (or `He finished in a time of T`) gives the winner told just before a time, `Kiprui was followed by B in T` goes on from the winner named again, a year before a title before a name (`with 2024 winner X third`) is the title's, and `claimed bronze` is no win.",
    reads: &[],
    writes: &[
        Property::Race,
        Property::Position,
        Property::FinishTime,
        Property::Status,
        Property::Nationality,
    ],
    examples: &[
        super::prose_examples::EXAMPLES,
        super::prose_more_examples::EXAMPLES,
    ],
    counterexamples: super::prose_counterexamples::COUNTEREXAMPLES,
    scope: S::Sentence(prose_rule),
};
