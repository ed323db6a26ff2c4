/**
 * Lesson context: what makes a short form a unit or a notation ("8 dm", "đổi dm ra m", "c.g.c") and an
 * animal word a word about animals ("con chó nhà em", "từ chỉ con vật: chó, mèo"), decided by the
 * neighbours and the topic of the message, not by the sentence.
 */
import { fold as foldText } from './chars';
import type { Token } from './tokenize';

// Units of length, area, volume and mass as written after a number ("8 dm", "250 ml", "5 m").
export const UNITS = new Set([
  'mm',
  'cm',
  'dm',
  'm',
  'km',
  'mm2',
  'cm2',
  'dm2',
  'm2',
  'km2',
  'mm3',
  'cm3',
  'dm3',
  'm3',
  'l',
  'lít',
  'ml',
  'cc',
  'g',
  'kg',
  'mg',
  'tạ',
  'tấn',
  'ha',
]);
// The second word of the pairs above: "đơn vị", "thể tích", "diện tích", "chu vi", "độ dài".
const MEASURE_PAIRS = new Map([
  ['đơn', 'vị'],
  ['thể', 'tích'],
  ['diện', 'tích'],
  ['chu', 'vi'],
  ['độ', 'dài'],
]);
// "đổi dm ra m", "đo bằng dm": a conversion or a measurement frame around a unit.
export const CONVERT_BEFORE = new Set(['đổi', 'đo', 'bằng', 'ra', 'sang', 'theo']);
export const CONVERT_AFTER = new Set(['ra', 'sang', 'bằng', 'với', 'là', 'và']);

export function isNumber(t: Token | undefined): boolean {
  return t !== undefined && /^\d/.test(t.forms.acc);
}

/** The message measures something: a number with a unit after it, or a measuring word pair. */
export function measures(tokens: Token[]): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]!.forms.acc;
    if (k > 0 && UNITS.has(w) && isNumber(tokens[k - 1])) return true;
    if (w === 'lít' || w === 'mét') return true;
    const second = MEASURE_PAIRS.get(w);
    if (second && tokens[k + 1]?.forms.acc === second) return true;
  }
  return false;
}

// Animals as a lesson, a pet or a story names them: after the classifier "con" they are animals, not names.
export const ANIMALS = new Set([
  'chó',
  'mèo',
  'lợn',
  'heo',
  'gà',
  'vịt',
  'trâu',
  'bò',
  'dê',
  'cừu',
  'ngựa',
  'khỉ',
  'chuột',
  'cún',
  'vật',
  'người',
  'chim',
  'cá',
  'voi',
  'hổ',
  'rắn',
  'ếch',
  'sâu',
  'muỗi',
  'ruồi',
  'gián',
  'thỏ',
  'rùa',
]);

// Notation of congruent triangles (cạnh-góc-cạnh): "c.g.c", "g.c.g", "c.c.c" are geometry, not "cc".
export const TRIANGLE_CASES = /^[cg](?:\.[cg]){2}$/i;

// Topic words of e-mail: "CC là người nhận bản sao", "cc cho cô chủ nhiệm" in a lesson on e-mail.
export const EMAIL_TOPIC = new Set(['email', 'e-mail', 'mail', 'gmail', 'thư', 'bcc', 'nhận', 'outlook']);

// Before a letter that ends a line, the words after which it is a cut-off obscene word ("vãi l", "như c").
export const TRUNC_BEFORE = new Set(['vãi', 'vai', 'như', 'nhu', 'đồ', 'cả', 'ca', 'vl', 'vc', 'vcl']);
// Words that may still follow the cut-off letter: "như l ấy", "vãi l thật".
export const TRUNC_TAIL = new Set([
  'ấy',
  'thật',
  'luôn',
  'á',
  'vậy',
  'z',
  'gì',
  'thế',
  'ay',
  'that',
  'luon',
  'vay',
  'gi',
  'the',
  // Teencode for vậy and gì, and a closing question word: "cái l gì v", "đồ l j", "như c à".
  'v',
  'j',
  'zậy',
  'hả',
  'à',
  'nhỉ',
]);

/**
 * A message about a text being studied: its characters, passages, dialogues, answers, or a sentence
 * talked about as language ("… là câu cầu khiến", "… dịch là gì", "… nghĩa là gì"). A grooming cue
 * there is a line of the text ("Ông chỉ mong điều tốt cho cháu, câu này thể hiện gì?"), not said to a child.
 */
const STUDIED = new RegExp(
  `(?<![^ ])(?:${[
    ...['nhân vật', 'đoạn trích', 'đoạn văn', 'bài đọc', 'truyện', 'tác giả', 'câu nói', 'câu văn', 'bài thơ'],
    ...['hội thoại', 'là câu', 'câu mệnh lệnh', 'câu cầu khiến', 'câu hỏi lịch sự', 'ngữ pháp', 'dịch là', 'nghĩa là'],
    ...[
      'văn bản',
      'thể hiện',
      'đáp án',
      'dialogue',
      'translate',
      'the text',
      'make a question',
      'practise',
      'practice',
      'in pairs',
      'partner',
      'years old',
      'mistake',
      'mistakes',
      'grammar',
    ],
  ].join('|')})(?![^ ])`,
);
const STUDIED_FOLDED = new RegExp(
  `(?<![^ ])(?:${['nhan vat', 'doan trich', 'doan van', 'bai doc', 'truyen', 'tac gia', 'cau noi', 'van ban', 'the hien', 'dap an', 'ngu phap', 'dich la', 'nghia la'].join('|')})(?![^ ])`,
);

// A parent writing of their own child ("con em ở nhà một mình buổi chiều", "cháu nhà mình"), or showing
// the child's photo to the teacher ("em gửi ảnh con đi học để cô xem"): the child is not being spoken to.
// "hai chú cháu mình" is the adult and the child: "the two of us".
const PARENT_OWN =
  /(?<![^ ])(?:(?<!(?:hai|2) [^ ]+ )(?:con|cháu|bé) (?:nhà )?(?:em|tôi|mình)(?= (?:ở|đi|về|học|hay|dạo|có|bị|đang))|(?:ảnh|hình) (?:của )?con (?:[^ ]+ ){0,3}(?:để|cho) (?:cô|thầy) (?:xem|coi))(?![^ ])/;

/** Over the canonical lines (accented, and diacritics-free for a message typed wholly without them). */
export function discussesText(acc: string, fold: string | null): boolean {
  return STUDIED.test(acc) || (fold !== null && STUDIED_FOLDED.test(fold));
}

// A parent or a teacher speaking of themselves to their child or class: "bố qua đón con đi ăn nhé",
// "con ở nhà ngoan, mẹ đi làm 6h về", "em sinh năm bao nhiêu để cô ghi vào sổ", "cả lớp đợi em". A
// stranger names the parents as the child's ("bố mẹ em đi làm chưa"), so a pronoun follows the word.
const ELDER_VERBS = '(?:qua|đón|đi làm|về|gửi|gọi|nhắc|dặn|đợi|chờ|nấu|hỏi|ghi|điểm danh|chấm|kiểm tra|liên hệ)';
const PARENT_SPEAKS = new RegExp(`(?<![^ ])(?:bố|mẹ|ba|má) (?:sẽ |đang |đã |vừa |đi )?${ELDER_VERBS}(?![^ ])`);
const CHILD_CON = /(?<![^ ])con(?![^ ])/;
const TEACHER_SPEAKS = new RegExp(
  `(?<![^ ])(?:(?<!thầy )cô|thầy(?! cô)) (?:sẽ |đang |đã |vừa )?(?:ghi|điểm danh|chấm|gọi|nhắc|dặn|hỏi|kiểm tra|liên hệ|thêm|add|mời)(?![^ ])|(?<![^ ])cả lớp (?:đợi|chờ)(?![^ ])`,
);

// The same, typed without diacritics ("bo qua don con di an nhe"); read only in such a message.
const PARENT_SPEAKS_FOLDED = new RegExp(foldText(PARENT_SPEAKS.source));
const TEACHER_SPEAKS_FOLDED = new RegExp(foldText(TEACHER_SPEAKS.source));

function elderSpeaks(line: string, parent: RegExp, teacher: RegExp): boolean {
  return teacher.test(line) || (parent.test(line) && CHILD_CON.test(line));
}

/** Grooming cues need a child spoken to: not a text studied, nor a parent's own child, nor a parent or teacher speaking. */
export function noChildAddressed(acc: string, fold: string | null): boolean {
  return (
    discussesText(acc, fold) ||
    PARENT_OWN.test(acc) ||
    elderSpeaks(acc, PARENT_SPEAKS, TEACHER_SPEAKS) ||
    (fold !== null && elderSpeaks(fold, PARENT_SPEAKS_FOLDED, TEACHER_SPEAKS_FOLDED))
  );
}

// Caring for a wound ("cắt tay bị chảy máu thì sơ cứu thế nào"): a first-aid question, worth a look at most.
const FIRST_AID = /(?<![^ ])(?:sơ cứu|băng bó|cầm máu|first aid)(?![^ ])/;

/** Self-harm words in a text studied or a first-aid question drop to review. */
export function selfHarmTalkedAbout(acc: string, fold: string | null): boolean {
  return discussesText(acc, fold) || FIRST_AID.test(acc);
}

// Words of a geometry figure, a definition or a lesson's abbreviations: two capitals there ("DM", "D.M") name points, a segment
// or the abbreviation being explained ("DM vuông góc AB", "DM nghĩa là direct message").
const NOTATION_WORDS = new Set([
  ...['đoạn', 'điểm', 'đường', 'cạnh', 'góc', 'tia', 'giác', 'vuông', 'song', 'tuyến', 'nối', 'dài', 'hình'],
  ...['nghĩa', 'viết', 'tắt', 'direct', 'message', 'stands', 'means'],
  // The circulation, whose vessels a biology lesson abbreviates: "ĐM" (động mạch), "TM" (tĩnh mạch).
  ...['mạch', 'máu', 'tim', 'huyết', 'phổi'],
  ...['doan', 'diem', 'duong', 'canh', 'goc', 'giac', 'vuong', 'tuyen', 'trung', 'nghia'],
]);

/** The message names a figure or explains an abbreviation. */
export function namesNotation(tokens: Token[]): boolean {
  return tokens.some((t) => NOTATION_WORDS.has(t.forms.acc));
}

// A question answered in the same message, as a drill writes it: the answer echoes the question's verb
// ("What are you wearing? - I'm wearing a red T-shirt") or says yes or no with a pronoun ("Are your
// parents sleeping? - No, they are…"). "Where do you live? I can pick you up" answers nothing.
const YES_NO = new Set(['yes', 'no']);
const PRONOUNS = new Set(['i', 'they', 'we', 'he', 'she', 'it']);
export function answersOwnQuestion(tokens: Token[]): boolean {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k]!.next !== '?') continue;
    const a = tokens[k + 1]!.forms.acc;
    if (YES_NO.has(a) && PRONOUNS.has(tokens[k + 2]!.forms.acc)) return true;
    if (!PRONOUNS.has(a)) continue;
    const asked = new Set(
      tokens
        .slice(Math.max(0, k - 6), k + 1)
        .map((t) => t.forms.acc)
        .filter((w) => w.length >= 4),
    );
    if (tokens.slice(k + 1, k + 5).some((t) => asked.has(t.forms.acc) && t.forms.acc !== 'your')) return true;
  }
  return false;
}

// What a meeting or a photo cue is about, read from its last word on. A room of the school where pupils
// work among others ("anh chờ em ở thư viện", "ở phòng thí nghiệm") is a study date; behind, outside or
// near it ("sau thư viện") is not. A photo of schoolwork ("ảnh chụp đề", "hình vở") is lesson talk.
const LESSON_OBJECT = new RegExp(
  `^(?:[^ ]+ )?(?:(?:ở|tại|trong) (?:thư viện|phòng (?:học|thí nghiệm|máy)|lớp học|căng tin|library)|(?:chụp |của |cái )?(?:đề|bài|vở|sách|đáp án|lời giải|homework))(?![^ ])`,
);
const LESSON_OBJECT_FOLDED = new RegExp(foldText(LESSON_OBJECT.source));

/** A meeting or photo cue, its words from its last on, about schoolwork (`folded`: the diacritics-free line). */
export function aboutSchoolwork(family: string | undefined, words: string, folded: boolean): boolean {
  return (family === 'meeting' || family === 'photos') && (folded ? LESSON_OBJECT_FOLDED : LESSON_OBJECT).test(words);
}

// Being a burden or useless to one's group, team or class is about a shared task ("mình là gánh nặng của
// nhóm", "cho cả đội"): worth a look, not an alert. A burden to the family still alerts.
const GROUP_SCOPE = /^[^ ]+ (?:[^ ]+ )?(?:của|cho|với|trong) (?:cả )?(?:nhóm|đội|tổ|team|lớp)(?![^ ])/;
export function groupScoped(words: string): boolean {
  return GROUP_SCOPE.test(words);
}
