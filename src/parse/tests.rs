//! Parser tests on whole articles: the seed exactly, and every line placed once.

use super::*;

const SEED: &str = include_str!("../../data/hanoimoi-2023-thanh-xuan.txt");

#[test]
fn seed_metadata_is_exact() {
    let iv = parse(&crate::text::clean(SEED), "seed");
    assert_eq!(iv.title.as_deref(), Some("Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững"));
    assert_eq!(iv.author.as_deref(), Some("Vũ Thủy"));
    assert_eq!(iv.published.as_deref(), Some("2023-02-18T06:52"));
    assert_eq!(iv.outlet.as_deref(), Some("HNM"));
    assert!(iv.lead[0].starts_with("Năm 2022, Đảng bộ quận Thanh Xuân"), "{:?}", iv.lead);
    assert_eq!(iv.captions, ["Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân Bùi Huyền Mai."]);
    let who = iv.interviewee.as_ref().expect("an interviewee");
    assert_eq!(who.name.as_deref(), Some("Bùi Huyền Mai"));
    assert_eq!(who.role.as_deref(), Some("Ủy viên Ban Thường vụ Thành ủy, Bí thư Quận ủy Thanh Xuân"));
    assert_eq!(
        iv.boilerplate,
        ["(0) Bình luận", "Đừng bỏ lỡ", "Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững"]
    );
    assert!(iv.unclassified.is_empty());
}

#[test]
fn seed_turns_are_exact() {
    use crate::interview::Role::*;
    let iv = parse(&crate::text::clean(SEED), "seed");
    let shape: Vec<_> = iv.turns.iter().map(|t| (t.role, t.paragraphs.len())).collect();
    assert_eq!(
        shape,
        [(Question, 1), (Answer, 4), (Question, 1), (Answer, 2), (Question, 1), (Answer, 2), (Remark, 1)]
    );
    assert_eq!(iv.turns[6].paragraphs, ["Trân trọng cảm ơn đồng chí!"]);
    assert!(iv.turns.iter().all(|t| !t.paragraphs[0].starts_with('-')));
}

/// (role, speaker) of each turn.
fn turns_of(text: &str) -> Vec<(crate::interview::Role, Option<String>)> {
    parse(&crate::text::clean(text), "t").turns.into_iter().map(|t| (t.role, t.speaker)).collect()
}

#[test]
fn one_unmarked_question_answered_by_the_named_guest_is_an_interview() {
    use crate::interview::Role::*;
    let text = "Tiêm vắc xin có an toàn không?\n\nNgười dân có cần tiêm không? Ai nên tiêm trước?\n\n\
        Hiện nay dịch đã được kiểm soát tốt. Vậy có cần tiêm khi vắc xin còn quá mới?\n\n\
        PGS.TS. Đào Văn Cường: Mặc dù dịch được kiểm soát, tôi nghĩ người dân vẫn nên tiêm sớm.\n\n\
        Tiêm sớm giúp cộng đồng an toàn hơn.\n";
    let turns = turns_of(text);
    assert_eq!(turns, [(Question, None), (Answer, Some("PGS.TS. Đào Văn Cường".into()))]);
}

#[test]
fn a_question_answered_by_a_headline_or_a_writer_s_label_is_no_interview() {
    // a subhead quoting an executive ("Tổng giám đốc X: 225 tỷ…") answers nothing
    let report = "Cổ đông hỏi gì tại đại hội?\n\nCổ đông hỏi về thù lao cho ban điều hành. Mức thưởng có cao quá không?\n\n\
        Tổng giám đốc Trần Văn Dũng: Thưởng không chỉ cho ba lãnh đạo\n\n\
        Ông Dũng cho biết khoản thưởng chia cho toàn bộ cán bộ công ty.\n";
    assert!(turns_of(report).is_empty());
    // an essay that asks and answers itself
    let essay = "Vì sao đội bóng sẽ mạnh hơn?\n\nNếu ngôi sao ra đi, liệu đội có yếu đi hay không?\n\n\
        Trả lời: Đội bóng hoàn toàn có thể sống khỏe mà không cần ngôi sao, vì lối chơi tập thể đã thành nền nếp.\n";
    assert!(turns_of(essay).is_empty());
}

#[test]
fn a_headline_naming_the_guest_does_not_make_dash_turns_a_list() {
    use crate::interview::Role::*;
    let text = "Bộ trưởng Trần Văn Hải: Hiệp định sẽ có hiệu lực cuối năm\n\n\
        Trong cuộc phỏng vấn riêng, Bộ trưởng Hải nói các nước đều muốn hiệp định sớm có hiệu lực.\n\n\
        - Tuyên bố chung hôm qua khá chung chung, không nhắc gì đến chuyện bao giờ hiệp định có hiệu lực,...\n\n\
        - Thực ra nó rất cụ thể, cho thấy sự thống nhất của cả 11 bên và mong muốn đi tiếp.\n";
    let roles: Vec<_> = turns_of(text).into_iter().map(|(r, _)| r).collect();
    assert_eq!(roles, [Question, Answer]);
}

#[test]
fn a_star_who_speaks_of_herself_by_name_answers_a_single_question() {
    use crate::interview::Role::*;
    let body = "Hai năm qua Mai rất ít xuất hiện trước công chúng, bạn có thể chia sẻ về cuộc sống của mình? \
        Vợ chồng Mai đã quyết định sang Hồng Kông vào giữa năm ngoái và Mai rất thích sự thay đổi đó, bởi từ bé đến giờ \
        Mai đã quen di chuyển từ nước này sang nước khác. Mỗi lần như thế mình lại học được nhiều điều. \
        Sau một thời gian thì Mai mang bầu, đó là chuyện ngoài kế hoạch. Cuộc sống của hai vợ chồng cũng thay đổi nhiều. \
        Mai học cách sống chậm lại.";
    let text = format!(
        "Hoa hậu Trần Thị Mai trải lòng sau hai năm vắng bóng\n\nSuốt cuộc trò chuyện, Trần Thị Mai nhiều lần rớt nước mắt.\n\n{body}\n"
    );
    let roles: Vec<_> = turns_of(&text).into_iter().map(|(r, _)| r).collect();
    assert_eq!(roles, [Question, Answer]);
}

#[test]
fn a_caption_and_its_credit_in_a_flattened_body_set_up_no_question() {
    let answer =
        "Lan thấy mình đã bình tâm hơn nhiều, và gia đình luôn ở bên cạnh để động viên Lan vượt qua.";
    let body = format!(
        "Chào Lan, hai năm qua Lan sống thế nào? {answer} {answer} Lan và ông xã trong một chương trình gần đây. \
         Ảnh: Chí Linh. Nhận được tin buồn này, ông xã của Lan phản ứng như thế nào? {answer} {answer}"
    );
    let text =
        format!("Hoa hậu Ngô Thị Lan trải lòng\n\nCuộc trò chuyện với hoa hậu Ngô Thị Lan.\n\n{body}\n");
    let iv = parse(&crate::text::clean(&text), "t");
    let questions: Vec<&str> = iv
        .turns
        .iter()
        .filter(|t| t.role == crate::interview::Role::Question)
        .map(|t| t.paragraphs[0].as_str())
        .collect();
    assert_eq!(questions.len(), 2, "{:?}", iv.turns);
    assert!(questions[1].starts_with("Nhận được tin buồn"), "{questions:?}");
    assert!(iv.captions.iter().any(|c| c.contains("Ảnh: Chí Linh")), "{:?}", iv.captions);
}

#[test]
fn a_radio_panel_labelled_by_given_names_is_an_interview_even_cut_mid_word() {
    use crate::interview::Role::*;
    let text = "Giới trẻ nghĩ gì về Thế Vận Hội?\n\nĐó là đề tài cuộc thảo luận hôm nay với các bạn trẻ.\n\n\
        Trà Mi : Các bạn nhận được thông tin về sự kiện này như thế nào?\n\n\
        Châu : Mình xin được có ý kiến về sự kiện này, thì đây thật sự là một sự kiện lớn diễn ra bốn năm một lần, và báo đài đưa tin về công tá\n";
    let turns = turns_of(text);
    assert_eq!(turns, [(Question, Some("Trà Mi".into())), (Answer, Some("Châu".into()))]);
}

#[test]
fn a_label_on_a_line_of_its_own_opens_the_turn_below_it() {
    use crate::interview::Role::*;
    // a law firm's reader Q&A: "Trả lời:" alone, its answer on the lines after
    let advice = "Câu hỏi: Kính thưa luật sư, xin cho tôi biết thủ tục ly hôn thuận tình gồm những gì?\n\nCảm ơn!\n\n\
        Trả lời:\n\nThủ tục ly hôn thuận tình gồm đơn yêu cầu và các giấy tờ kèm theo, nộp tại tòa án nơi cư trú.\n";
    assert_eq!(turns_of(advice), [(Question, Some("Câu hỏi".into())), (Answer, Some("Trả lời".into()))]);
    // a journalist who is the guest, named alone above his answer, is no interviewer
    let talk = "Tin giả trên mạng xã hội\n\nTin giả vẫn lọt qua nhiều lớp kiểm duyệt. Vậy theo anh, dấu hiệu nào để độc giả nhận biết tin giả?\n\n\
        Nhà báo Hoàng Văn Nhật:\n\n\
        Tin giả xuất hiện từ lúc có sự trao đổi của thông tin, trước cả bình minh của báo chí, và nay mạng xã hội càng tạo môi trường để tin giả phát tri\n";
    assert_eq!(turns_of(talk), [(Question, None), (Answer, Some("Nhà báo Hoàng Văn Nhật".into()))]);
}

#[test]
fn a_dash_list_of_guests_in_the_lead_is_no_turn() {
    use crate::interview::Role::*;
    let text = "Giao lưu về bảo hiểm y tế\n\nChương trình giao lưu trực tuyến với các khách mời:\n\n\
        - BS Phan Văn Toàn - Phó Vụ trưởng Vụ Bảo hiểm Y tế\n\n- BS Đỗ Xuân Cảnh - Bệnh viện Phổi Trung ương\n\n\
        - Thưa ông, làm cách nào để khám bệnh bằng thẻ bảo hiểm nhanh hơn?\n\n\
        - Chúng tôi đã áp dụng thẻ điện tử, người bệnh chỉ cần mang căn cước.\n\n\
        - Người bệnh có được cấp thuốc tốt không?\n\n- Danh mục thuốc đã có nhiều thuốc mới, tôi nghĩ người bệnh yên tâm.\n";
    let iv = parse(&crate::text::clean(text), "t");
    let roles: Vec<_> = iv.turns.iter().map(|t| t.role).collect();
    assert_eq!(roles, [Question, Answer, Question, Answer]);
    assert!(iv.lead.iter().any(|l| l.starts_with("- BS Phan Văn Toàn")), "{:?}", iv.lead);
    // and a quote's credit after a dash, "“…” - ông nói.", is no turn either
    let credit = "Ông cho rằng: “Phát ngôn viên không phải là công việc xa lạ” - ông nói. Rồi ông kể về công việc mới.";
    assert!(crate::parse::lines::paragraphs(credit).iter().all(|p| !p.text.starts_with("- ông")));
}

#[test]
fn one_question_calling_the_guest_by_a_title_and_a_long_reply_are_an_interview() {
    use crate::interview::Role::*;
    let reply = "Trong phạm vi ngoại khoa, ngành chấn thương chỉnh hình Việt Nam hiện nay phát triển sâu rộng, \
        với khoảng một nghìn năm trăm bác sĩ, và hầu hết các bệnh viện đa khoa lớn đều có khoa riêng.";
    let text = format!(
        "Người thầy thuốc tận tâm\n\nĐó là tâm nguyện của PGS.BS Lê Chí Dũng.\n\n\
        1/ Từng nhiều năm là Chủ tịch Hội Chấn thương Chỉnh hình, BS đánh giá thế nào về ngành hiện nay?\n\n{reply}\n"
    );
    assert_eq!(turns_of(&text), [(Question, None), (Answer, None)]);
    // a title followed by a name speaks of someone: "bác sĩ Lê Văn A có đến không?"
    assert!(!crate::parse::voice::addresses_by_title("Vì sao BS Lê Văn An lại đến muộn?"));
    assert!(crate::parse::voice::addresses_by_title("Thưa luật sư, thủ tục gồm những gì?"));
    assert!(!crate::parse::voice::addresses_by_title("Các bác sĩ khuyên gì cho người bệnh?"));
    assert!(!crate::parse::voice::addresses_by_title("Bác sĩ này có đến không?"));
}

#[test]
fn a_story_that_quotes_its_dialogue_after_colons_and_dashes_is_no_interview() {
    let text = "Một phiên tòa đặc biệt\n\nVào tháng 1/1935, một bà cụ bị xét xử vì ăn cắp một ổ bánh mì.\n\n\
        Vị quan tòa: – Bà cụ, có phải chính bà là người ăn cắp ổ bánh mì không?\n\n\
        Bà cụ khẳng định: – Đúng, chính tôi.\n\nVị quan tòa: – Tại sao bà lại ăn cắp?\n\n\
        Bà cụ: – Bởi vì tôi rất đói, và các cháu tôi cũng đói.\n";
    assert!(turns_of(text).is_empty());
}

#[test]
fn the_person_a_headline_speaks_of_is_not_the_guest() {
    let text = "Sai phạm của bà Kim Thoa: 'Lỗ hổng' trong rèn luyện đạo đức\n\n\
        Kết luận đã nêu rõ vi phạm của bà Hồ Thị Kim Thoa. Ông Nguyễn Viết Chức, nguyên Phó Chủ nhiệm \
        Ủy ban Văn hóa Giáo dục của Quốc hội cho rằng kết luận rất đúng đắn.\n\n\
        Thưa ông, vì sao những sai phạm này kéo dài nhiều năm?\n\n\
        Theo tôi, đó là lỗ hổng trong rèn luyện phẩm chất của một đảng viên, không phải trong quy định.\n";
    let iv = parse(&crate::text::clean(text), "t");
    let who = iv.interviewee.and_then(|p| p.name);
    assert_eq!(who.as_deref(), Some("Nguyễn Viết Chức"));
}

#[test]
fn dash_exchanges_before_a_named_answer_stay_turns() {
    use crate::interview::Role::*;
    let text = "Hiệp định thương mại mới\n\nBộ trưởng trả lời phỏng vấn bên lề hội nghị.\n\n\
        - Ông đánh giá thế nào về hiệp định?\n\n- Tôi nghĩ đây là bước tiến lớn cho cả hai nước.\n\n\
        - Khi nào người dân thấy lợi ích?\n\n- Ngay trong năm tới, với trái cây và thủy sản.\n\n\
        Còn doanh nghiệp nhỏ thì sao?\n\n\
        Bộ trưởng Trần Văn Hải: Tôi mong các doanh nghiệp nhỏ chuẩn bị sớm, vì thuế sẽ giảm dần trong năm năm.\n";
    let roles: Vec<_> = turns_of(text).into_iter().map(|(r, _)| r).collect();
    assert_eq!(roles[..4], [Question, Answer, Question, Answer]);
}

#[test]
fn labels_followed_by_a_dash_are_still_an_interview() {
    use crate::interview::Role::*;
    let text = "Tự chủ đại học\n\nPV: – Thưa ông, tự chủ có nghĩa là tăng học phí không?\n\n\
        Ông Nguyễn Văn Hùng: – Không, chúng tôi không tăng học phí bằng mọi giá.\n\n\
        PV: – Vậy nguồn thu sẽ đến từ đâu?\n\nÔng Nguyễn Văn Hùng: – Từ nghiên cứu và chuyển giao công nghệ.\n";
    let roles: Vec<_> = turns_of(text).into_iter().map(|(r, _)| r).collect();
    assert_eq!(roles, [Question, Answer, Question, Answer]);
}

#[test]
fn an_answer_signed_by_a_lawyer_names_the_interviewee() {
    let text = "Mẹ có quyền yêu cầu ly hôn thay cho con gái không?\n\n\
        Hỏi: Con gái tôi bị bệnh, con rể không chăm sóc. Tôi có quyền yêu cầu cho hai vợ chồng nó ly hôn không?\n\n\
        Trả lời: Điều 51 Luật Hôn nhân và gia đình quy định về quyền yêu cầu giải quyết ly hôn. \
        Như vậy, anh (chị) có thể nộp đơn yêu cầu giải quyết ly hôn thay cho con gái mình. \
        Luật sư Nguyễn Thị Quyên - Công ty Luật TNHH Everest (Tổng đài tư vấn 1900 6218)\n";
    let iv = parse(&crate::text::clean(text), "t");
    let who = iv.interviewee.as_ref().and_then(|p| p.name.as_deref());
    assert_eq!(who, Some("Nguyễn Thị Quyên"));
    // a closing sentence that names someone is no signature
    let said =
        text.replace("Luật sư Nguyễn Thị Quyên - Công ty", "Luật sư Nguyễn Văn An cũng nói vậy ở công ty");
    let iv = parse(&crate::text::clean(&said.replace(" (Tổng đài tư vấn 1900 6218)", ".")), "t");
    assert_eq!(iv.interviewee.and_then(|p| p.name), None);
}

#[test]
fn one_dash_question_put_to_a_minister_and_its_reply_cut_with_the_page_is_an_interview() {
    use crate::interview::Role::*;
    // a headline that quotes its speaker labels no turn
    let text = "THỨ SÁU, NGÀY 22 THÁNG 11 NĂM 2024\n\n\
        Bộ trưởng Trần Văn Minh: “Đào tạo nghề là chìa khóa của năm tới”\n\n\
        Trong không khí đầu xuân, Bộ trưởng Trần Văn Minh bắt đầu câu chuyện với chúng tôi.\n\n\
        - Khép lại một năm nhiều việc, các hoạt động tri ân được đánh giá cao. Bộ trưởng có hài lòng với công tác tổ chức?\n\n\
        Phải khẳng định, trước tiên đây là một sự kiện chính trị đặc biệt quan trọng của Đảng, Nhà nước, của nhân dân, nhằm thực hiện l\n";
    assert_eq!(turns_of(text), [(Question, None), (Answer, None)]);
}

#[test]
fn journalists_labelled_by_pen_names_on_lines_of_their_own_take_turns() {
    use crate::interview::Role::*;
    // "Công" opens "Công ty", and a pen name too
    let text = "Bàn tròn về truyền thông nông nghiệp\n\nNhà báo Thanh Sơn:\n\
        Các anh thấy truyền thông đã tác động như thế nào tới thị trường nông sản?\n\
        Nhà báo Công Phiên:\nTruyền thông góp phần không nhỏ trong quá trình phát triển của ngành nông nghiệp.\n";
    let turns = turns_of(text);
    assert_eq!(
        turns,
        [(Question, Some("Nhà báo Thanh Sơn".into())), (Answer, Some("Nhà báo Công Phiên".into()))]
    );
    assert_eq!(crate::parse::name::person_label("Giám đốc Công ty Sao Mai"), None);
}

#[test]
fn a_reader_s_question_signed_in_brackets_asks_and_its_cut_reply_stays_whole() {
    use crate::interview::Role::*;
    let text = "Những câu trả lời ấn tượng nhất\n\n\
        1. Luật sư Trần Văn Nghĩa: Thất vọng vì không có cải cách mạnh mẽ\n\n\
        Trong kỳ họp vừa qua, ông tâm đắc nhất với điều gì? (Dũng Anh, 34 tuổi, Hà Nội)\n\n\
        – Luật sư Trần Văn Nghĩa: Những điều tôi đã làm được là phản ánh trung thực tâm tư của cử tri.\n\n\
        Điều tôi tâm đắc nhất là việc góp ý xây dựng hiến pháp đã được cởi mở, thẳng thắn và công khai.\n\n\
        Tuy nhiên, hiến pháp sửa đổi cũng có những tiến bộ so với hiến pháp năm 1992 và công vi\n";
    let iv = parse(&crate::text::clean(text), "t");
    let shape: Vec<_> = iv.turns.iter().map(|t| (t.role, t.paragraphs.len())).collect();
    assert_eq!(shape, [(Question, 1), (Answer, 3)]);
}

#[test]
fn an_answer_labelled_with_where_its_guest_works_is_his() {
    use crate::interview::Role::*;
    let text = "Cây dương xỉ bị rụng lá\n\n\
        Hỏi: Tôi trồng cây dương xỉ trong nhà vệ sinh, nhưng cây cứ héo. Có phải cây bị thiếu ánh sáng không?\n\n\
        Nguyễn Thùy Minh (Hải Phòng)\n\n\
        Ông Trần Văn Viên, Hội Sinh vật cảnh Việt Nam: Dương xỉ là cây ưa bóng, không chịu được ánh sáng trực tiếp.\n";
    let iv = parse(&crate::text::clean(text), "t");
    let roles: Vec<_> = iv.turns.iter().map(|t| t.role).collect();
    assert_eq!(roles, [Question, Answer]);
    assert_eq!(iv.interviewee.and_then(|p| p.name).as_deref(), Some("Trần Văn Viên"));
    // a quote handed over by "… cho biết:" is no label
    assert!(!para::looks_like_label("Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Bình Định cho biết"));
}

#[test]
fn a_guest_known_by_given_names_is_found_after_a_title_or_in_a_greeting() {
    let guest = |text: &str| parse(&crate::text::clean(text), "t").interviewee.and_then(|p| p.name);
    let doctor = "Bác sĩ kể chuyện chống ung thư\n\n\
        Sau 12 năm làm việc tại khoa Dinh dưỡng, bác sĩ Minh Hương hiểu rõ người bệnh cần gì.\n\n\
        - Bác sĩ bắt đầu công việc tư vấn dinh dưỡng từ khi nào?\n\n\
        - Tôi bắt đầu từ năm 2010, khi còn làm ở bệnh viện.\n\n\
        - Bác sĩ có lời khuyên gì cho người bệnh?\n\n\
        - Hãy ăn đủ chất và giữ tinh thần lạc quan.\n";
    assert_eq!(guest(doctor).as_deref(), Some("Minh Hương"));
    // a full name goes before a star spoken of by her stage name
    let witness =
        doctor.replace("bác sĩ Minh Hương hiểu", "bà Nguyễn Mai Phương, bạn của hoa hậu Phương Nga, hiểu");
    assert_eq!(guest(&witness).as_deref(), Some("Nguyễn Mai Phương"));
    let star = "* Chào Phương Nga, nhìn lại một năm qua, chị thấy mình làm được gì?\n\n\
        - Mình thấy một năm qua mình đã làm được nhiều việc.\n\n\
        * Tết năm nay của chị sẽ khác gì so với những năm trước?\n\n\
        - Tết năm nay của mình chắc là sẽ bình lặng hơn.\n";
    assert_eq!(guest(star).as_deref(), Some("Phương Nga"));
    // a place is no name
    assert_eq!(name::leading_name("Đại sứ Việt Nam tại New Zealand"), None);
}

#[test]
fn a_reader_who_signs_with_an_age_asks_and_the_ambassador_answers() {
    use crate::interview::Role::*;
    let text = "Đại sứ Ted Osius trả lời phỏng vấn qua điện thoại\n\n\
        Nhân dịp kỷ niệm 20 năm, Đại sứ Hoa Kỳ tại Việt Nam Ted Osius trả lời phỏng vấn trực tuyến của người dân.\n\n\
        – Nguyễn Công Danh, 45 tuổi: Xin được hỏi ngài đại sứ, chính sách của nước Mỹ hiện nay chọn những nội dung nào là trọng tâm?\n\n\
        – Đại sứ Ted Osius: Tôi rất vui có mặt ở đây vào thời điểm này, khi quan hệ hai nước đang phát triển tốt đẹp.\n";
    let iv = parse(&crate::text::clean(text), "t");
    let roles: Vec<_> = iv.turns.iter().map(|t| t.role).collect();
    assert_eq!(roles, [Question, Answer]);
    assert_eq!(iv.interviewee.and_then(|p| p.name).as_deref(), Some("Ted Osius"));
}

#[test]
fn a_guest_named_with_a_title_only_in_the_first_question_is_the_interviewee() {
    let text = "Những năm trước, nghệ nhân Nguyễn Tấn Phát đã gây ấn tượng mạnh với 1010 chú trâu, năm nay có phải là 2023 chú mèo không, thưa anh?\n\n\
        - Đúng vậy, bộ sưu tập điêu khắc sơn mài mèo của tôi năm nay có 2023 con, tương ứng với số năm.\n\n\
        - Tại sao anh lại cố định số lượng tác phẩm như vậy?\n\n\
        - Đôi khi mọi người thắc mắc tại sao tôi làm nhiều như thế.\n";
    let iv = parse(&crate::text::clean(text), "t");
    assert_eq!(iv.interviewee.and_then(|p| p.name).as_deref(), Some("Nguyễn Tấn Phát"));
}
