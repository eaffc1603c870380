//! The browser's words in English and Vietnamese.

/// UI strings of one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Strings {
    /// Which column of the key table's two-language texts to use: 0 English, 1 Vietnamese.
    pub lang: usize,
    pub questions: &'static str,
    pub answer: &'static str,
    pub question: &'static str,
    /// "questions" after a count other than one.
    pub questions_count: &'static str,
    pub transcript: &'static str,
    pub info: &'static str,
    pub article: &'static str,
    pub library: &'static str,
    pub keys: &'static str,
    pub no_questions: &'static str,
    pub opening: &'static str,
    pub search: &'static str,
    pub filter: &'static str,
    pub matches: &'static str,
    pub no_match: &'static str,
    pub copied: &'static str,
    pub too_small: &'static str,
    pub sorted_by_date: &'static str,
    pub sorted_by_title: &'static str,
    pub unreadable: &'static str,
    pub resumed: &'static str,
    pub title: &'static str,
    pub interviewee: &'static str,
    pub role: &'static str,
    pub author: &'static str,
    pub interviewer: &'static str,
    pub published: &'static str,
    pub outlet: &'static str,
    pub source: &'static str,
    pub lead: &'static str,
    pub captions: &'static str,
    pub notes: &'static str,
    /// Paragraphs the parser could place nowhere else.
    pub other: &'static str,
    pub prompt_keys: &'static str,
    pub goto: &'static str,
    pub goto_keys: &'static str,
    pub row: &'static str,
    pub wrapped_top: &'static str,
    pub wrapped_bottom: &'static str,
    pub only_match: &'static str,
    pub sorted_by_outlet: &'static str,
    pub sorted_by_author: &'static str,
    pub read: &'static str,
    pub copy_long: &'static str,
    pub text_width: &'static str,
    pub pane_allows: &'static str,
    pub articles: &'static str,
    pub of: &'static str,
    pub read_so_far: &'static str,
    pub reading: &'static str,
    /// The library's folders being walked.
    pub finding: &'static str,
}

pub const EN: Strings = Strings {
    lang: 0,
    questions: "Questions",
    answer: "Answer",
    question: "question",
    questions_count: "questions",
    transcript: "Transcript",
    info: "Info",
    article: "Article",
    library: "Library",
    keys: "Keys",
    no_questions: "No question/answer structure found: the text is shown as an article.",
    opening: "Introduction",
    search: "search",
    filter: "filter",
    matches: "match",
    no_match: "no match",
    copied: "copied",
    too_small: "terminal too small",
    sorted_by_date: "by date",
    sorted_by_title: "by title",
    unreadable: "cannot read",
    resumed: "resumed where you left off",
    title: "Title",
    interviewee: "Interviewee",
    role: "Role",
    author: "Author",
    interviewer: "Interviewer",
    published: "Published",
    outlet: "Outlet",
    source: "Source",
    lead: "Lead",
    captions: "Captions",
    notes: "Notes",
    other: "Other text",
    prompt_keys: "Enter keep · Esc cancel · ↑↓ history",
    goto: "question",
    goto_keys: "Enter go · Esc cancel",
    row: "row",
    wrapped_top: "search wrapped to the top",
    wrapped_bottom: "search wrapped to the bottom",
    only_match: "the only match",
    sorted_by_outlet: "by outlet",
    sorted_by_author: "by author",
    read: "read",
    copy_long: "terminals may cut a copy above 100 KB",
    text_width: "text width",
    pane_allows: "the pane allows",
    articles: "article",
    of: "of",
    read_so_far: "read",
    reading: "reading…",
    finding: "looking for files…",
};

pub const VI: Strings = Strings {
    lang: 1,
    questions: "Câu hỏi",
    answer: "Trả lời",
    question: "câu hỏi",
    questions_count: "câu hỏi",
    transcript: "Toàn văn",
    info: "Thông tin",
    article: "Bài viết",
    library: "Thư viện",
    keys: "Phím",
    no_questions: "Không tìm thấy cấu trúc hỏi đáp: văn bản được hiển thị như một bài viết.",
    opening: "Mở đầu",
    search: "tìm",
    filter: "lọc",
    matches: "kết quả",
    no_match: "không thấy",
    copied: "đã chép",
    too_small: "cửa sổ quá nhỏ",
    sorted_by_date: "theo ngày",
    sorted_by_title: "theo tiêu đề",
    unreadable: "không đọc được",
    resumed: "tiếp tục từ chỗ đã đọc",
    title: "Tiêu đề",
    interviewee: "Người trả lời",
    role: "Chức vụ",
    author: "Tác giả",
    interviewer: "Người phỏng vấn",
    published: "Ngày đăng",
    outlet: "Báo",
    source: "Nguồn",
    lead: "Sa-pô",
    captions: "Chú thích ảnh",
    notes: "Ghi chú",
    other: "Văn bản khác",
    prompt_keys: "Enter giữ · Esc bỏ · ↑↓ lịch sử",
    goto: "câu hỏi",
    goto_keys: "Enter đến · Esc bỏ",
    row: "dòng",
    wrapped_top: "đã tìm hết, quay lại từ đầu",
    wrapped_bottom: "đã tìm hết, quay lại từ cuối",
    only_match: "kết quả duy nhất",
    sorted_by_outlet: "theo báo",
    sorted_by_author: "theo tác giả",
    read: "đã đọc",
    copy_long: "terminal có thể cắt bản chép dài hơn 100 KB",
    text_width: "độ rộng chữ",
    pane_allows: "khung cho phép",
    articles: "bài viết",
    of: "trong",
    read_so_far: "đã đọc",
    reading: "đang đọc…",
    finding: "đang tìm tệp…",
};

/// The UI language: `--lang` when given, else the first of LC_ALL, LC_MESSAGES, LANG.
pub fn pick(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> &'static Strings {
    let from_env = || ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|k| env(k).filter(|v| !v.is_empty()));
    let lang = flag.map(str::to_owned).or_else(from_env).unwrap_or_default().to_ascii_lowercase();
    if lang.starts_with("vi") { &VI } else { &EN }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_from_flag_then_locale() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| vars.iter().find(|(n, _)| *n == k).map(|(_, v)| (*v).to_owned())
        };
        assert_eq!(pick(Some("vi"), env(&[])), &VI);
        assert_eq!(pick(None, env(&[("LANG", "vi_VN.UTF-8")])), &VI);
        assert_eq!(pick(None, env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "vi_VN.UTF-8")])), &EN);
        assert_eq!(pick(Some("en"), env(&[("LANG", "vi_VN.UTF-8")])), &EN);
        assert_eq!(pick(None, env(&[])), &EN);
    }
}
