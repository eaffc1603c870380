//! Vietnamese conventions: labels, cues and page chrome, as data. Matched on folded keys
//! (lowercase, no diacritics), so "Phóng viên" and "PHONG VIEN" both match "phong vien".

use super::lang::Lang;

pub const VI: Lang = Lang {
    interviewer_labels: &[
        "pv", "phong vien", "phong vien (pv)", "hoi", "nha bao", "bien tap vien", "btv",
        "nguoi dan chuong trinh", "mc", "ban doc", "doc gia", "cau hoi",
    ],
    answer_labels: &["dap", "tra loi", "khach moi"],
    honorifics: &[
        "ong", "ba", "anh", "chi", "co", "chu", "bac", "em", "dong chi", "thay", "nha van",
        "nha tho", "nhac si", "hoa si", "dao dien", "nghe si", "nsnd", "nsut", "ca si", "ts",
        "ths", "gs", "pgs", "gs.ts", "pgs.ts", "gs.tskh", "ts.bs", "bs", "bac si", "luat su",
        "ls", "ks", "ky su", "dai su", "bo truong", "thu truong", "thu tuong", "pho thu tuong",
        "chu tich", "pho chu tich", "bi thu", "pho bi thu", "giam doc", "pho giam doc",
        "tong giam doc", "tong bi thu", "truong ban", "pho truong ban", "vien truong",
        "hieu truong", "dai ta", "thuong ta", "trung ta", "thieu ta", "dai tuong",
        "thuong tuong", "trung tuong", "thieu tuong", "tien si", "thac si", "giao su",
        "pho giao su", "dai bieu", "chuyen gia", "doanh nhan", "hlv", "huan luyen vien",
        "thuong toa", "hoa thuong", "linh muc", "nguoi phat ngon",
    ],
    second_person: &[
        "ong", "ba", "anh", "chi", "dong chi", "thua", "xin", "co", "chu", "bac", "thay", "em",
        "ban", "quy vi", "ngai", "vi sao", "tai sao", "lieu", "nhu the nao", "ra sao",
    ],
    first_person: &["toi", "chung toi", "minh", "chung minh", "em"],
    thanks: &[
        "tran trong cam on", "xin cam on", "cam on", "xin chan thanh cam on", "chan thanh cam on",
        "xin tran trong cam on",
    ],
    byline_markers: &["thuc hien", "bai va anh", "bai, anh", "bai:", "nguon:", "theo ", "ghi chep"],
    caption_credits: &["anh:", "anh minh hoa", "anh: ", "nguon anh", "(anh", "video:", "clip:"],
    editor_notes: &["lts:", "loi toa soan:", "loi toa soan", "ltg:", "loi tac gia:"],
    footer_markers: &[
        "dung bo lo", "tin lien quan", "tin cung chuyen muc", "xem them", "chia se", "tu khoa",
        "binh luan", "gui binh luan", "y kien ban doc", "bai viet lien quan", "tin khac",
        "doc tiep", "doc them", "tin moi", "tin noi bat", "xem nhieu", "doc nhieu",
        "theo doi", "the:", "tags:", "in bai", "ban in", "quay lai", "len dau trang",
    ],
    chrome: &[
        "dang nhap", "dang ky", "dang xuat", "trang chu", "tim kiem", "quang cao", "lien he",
        "dat bao", "rss", "menu", "video", "podcast", "emagazine", "infographics", "ban quyen",
        "sao chep link", "copy link", "nghe bai viet", "nghe doc bai", "tai ung dung",
        "toan canh", "thoi su", "the gioi", "kinh doanh", "giai tri", "the thao", "phap luat",
        "giao duc", "suc khoe", "doi song", "du lich", "khoa hoc", "so hoa", "xe", "y kien",
        "tam su", "cuoi", "chinh tri", "xa hoi", "van hoa", "kinh te", "quoc te",
    ],
    weekdays: &["thu hai", "thu ba", "thu tu", "thu nam", "thu sau", "thu bay", "chu nhat", "cn"],
    months: &[],
    surnames: &[
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
        "do", "ho", "ngo", "duong", "ly", "dinh", "dao", "doan", "trinh", "truong", "lam",
        "mai", "luong", "ha", "cao", "chu", "luu", "ta", "ton", "tang", "quach", "thai",
        "kieu", "la", "vuong", "trieu", "khuat", "lai", "van", "phung", "nghiem", "chau",
        "lu", "thach", "diep", "mac", "khong", "giang", "tieu", "au", "quan", "cu", "nong",
        "lo", "hua", "kim",
    ],
};
