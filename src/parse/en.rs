//! English conventions: labels, cues and page chrome, as data (matched on folded keys).

use super::lang::Lang;

pub const EN: Lang = Lang {
    interviewer_labels: &[
        "q", "question", "interviewer", "journalist", "reporter", "host", "moderator", "editor", "reader",
    ],
    answer_labels: &["a", "answer", "guest"],
    honorifics: &[
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "ambassador",
        "minister", "president", "prime minister", "general", "gen.", "sir", "dame", "senator", "governor",
        "mayor", "ceo", "director", "chairman", "chairwoman", "secretary", "deputy", "colonel", "captain",
        "coach", "father", "rev.", "judge",
    ],
    second_person: &["you", "your", "why", "how", "what", "do you", "could you", "can you", "would you"],
    second_person_strict: &["you", "your", "yourself"],
    connectives: &[
        "however", "therefore", "meanwhile", "in addition", "that said", "so", "but", "and", "also", "first",
        "second", "third", "finally", "still", "of course", "in fact", "besides",
    ],
    first_person: &["i", "we", "my", "our", "i'm", "we're", "i've", "we've"],
    first_person_strict: &["i", "we", "my", "our", "i'm", "we're", "i've", "we've", "me", "us"],
    thanks: &["thank you", "thanks", "many thanks"],
    byline_markers: &["by ", "interview by", "interviewed by", "words by", "reporting by"],
    caption_credits: &["photo:", "photo by", "photograph:", "image:", "credit:", "(photo", "picture:"],
    editor_notes: &["editor's note:", "editor’s note:", "ed. note:"],
    closing_notes: &[
        "this interview has been",
        "this conversation has been",
        "the interview has been",
        "interview has been edited",
        "(this interview",
    ],
    footer_markers: &[
        "related", "related articles", "related stories", "more from", "share", "share this", "comments",
        "comment", "tags:", "topics:", "most read", "trending", "sign up", "subscribe", "newsletter",
        "you may also like", "recommended", "back to top", "print",
    ],
    conversation: &["interview", "interviewed", "conversation", "talks to", "q&a", "in conversation"],
    says: &["answers", "replies"],
    credits: &[
        "photos", "photo", "photography", "design", "graphics", "video", "editing", "words", "interview",
    ],
    // (English capitalises titles and names mid-line: none is told from a sentence's start)
    sentence_openers: &[],
    address_titles: &[],
    work_nouns: &[],
    country_nouns: &[],
    because: &["because", "since", "it's because"],
    fiction: &["short story", "fiction", "flash fiction", "a short story", "serial fiction"],
    speech_tags: &["said", "asked", "replied", "answered", "laughed", "whispered", "shouted", "sighed"],
    widgets: &[
        "read more:", "read more", "see also:", "related:", "more:", "tags:", "topics:",
        "listen to this article", "share full article", "share this article", "skip advertisement",
        "advertisement", "follow us", "sign up for", "reuse this content", "explore more on", "copy link",
        "save article", "gift this article", "photograph:", "0:00", "showing posts with label",
        "show all posts", "older posts", "newer posts",
    ],
    widget_endings: &["minute read", "min read", "minutes read", "comments"],
    chrome: &[
        "sign in", "log in", "login", "register", "subscribe", "search", "home", "menu", "skip to content",
        "skip to main content", "accept cookies", "cookie settings", "world", "business", "politics",
        "opinion", "sports", "culture", "tech", "video", "podcasts", "newsletters", "advertisement",
    ],
    date_words: &["published", "updated", "posted", "first published", "last modified"],
    updated_words: &["updated", "last modified", "last updated"],
    site_words: &["the guardian", "times", "com", "news", "online", "magazine", "daily", "post"],
    weekdays: &[
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun",
    ],
    months: &[
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ],
    places: &[],
    surnames: &[],
};
