//! English conventions: labels, cues and page chrome, as data (matched on folded keys).

use super::lang::Lang;

pub const EN: Lang = Lang {
    interviewer_labels: &[
        "q", "question", "interviewer", "journalist", "reporter", "host", "moderator",
        "editor", "reader",
    ],
    answer_labels: &["a", "answer", "guest"],
    honorifics: &[
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor",
        "ambassador", "minister", "president", "prime minister", "general", "gen.", "sir",
        "dame", "senator", "governor", "mayor", "ceo", "director", "chairman", "chairwoman",
        "secretary", "deputy", "colonel", "captain", "coach", "father", "rev.", "judge",
    ],
    second_person: &["you", "your", "why", "how", "what", "do you", "could you", "can you", "would you"],
    first_person: &["i", "we", "my", "our", "i'm", "we're", "i've", "we've"],
    thanks: &["thank you", "thanks", "many thanks"],
    byline_markers: &["by ", "interview by", "interviewed by", "words by", "reporting by"],
    caption_credits: &["photo:", "photo by", "photograph:", "image:", "credit:", "(photo", "picture:"],
    editor_notes: &["editor's note:", "editor’s note:", "ed. note:"],
    footer_markers: &[
        "related", "related articles", "related stories", "read more", "more from", "share",
        "share this", "comments", "comment", "tags:", "topics:", "advertisement", "most read",
        "trending", "sign up", "subscribe", "newsletter", "you may also like", "recommended",
        "back to top", "print",
    ],
    chrome: &[
        "sign in", "log in", "login", "register", "subscribe", "search", "home", "menu",
        "skip to content", "skip to main content", "accept cookies", "cookie settings",
        "world", "business", "politics", "opinion", "sports", "culture", "tech", "video",
        "podcasts", "newsletters", "advertisement",
    ],
    weekdays: &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    months: &[
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december",
    ],
    surnames: &[],
};
