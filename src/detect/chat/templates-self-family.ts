/**
 * Self-harm by family, each slot open to the words pupils choose for it rather than to one sentence:
 * a wish never to have been born or to sleep and not wake, a life said to be empty of meaning or of a
 * way out, "ending everything", the writer standing at a height as the message's last words, vanishing
 * from the earth, dying in slang ("muốn die"), and English farewells and exhaustion with living.
 * Words that carry the family by themselves (a burden, worthless, hopeless, no way out, a goodbye
 * letter), near the writer's own pronoun. Review tier: a check-in, never an alert on its own. Advice about a means ("không được uống thuốc
 * ngủ khi chưa có chỉ định") is a health lesson, not the writer's plan.
 */
import { T, type Template } from './template-kit';
// The writer ("mình" after a group is "our"; "bé" speaks of itself) and the review line, as the stages have them.
import { ME, review } from './templates-self-stages';

const NOT = '(?:không|chẳng|chả|hông)';
/** The writer after "nhà" ("sân thượng nhà t"), where ME's lookbehind would read "our". */
const MINE = '(?:em|mình|tớ|tôi|tao|t|tui|con|cháu)';
/** Waking, as teencode leaves it ("dậy" read as "vậy"); not a time to get up ("dậy sớm"). */
const WAKE = '(?:thức|tỉnh) (?:dậy|vậy|lại)(?! (?:sớm|muộn|trễ|lúc|vào lúc|đi học|kịp))';

/** The writer in an English line; "me" and "my" too ("no one will miss me"). */
const ME_EN = '(?:i|me|my|myself|im|i m)';
/**
 * Words of despair that mean it alone, whatever sentence holds them: the writer a burden or worthless,
 * no hope or no way out, something to cling to gone, death thought of or a goodbye arranged. Lesson
 * words that could be them ("cùng đường": the same way; "lối ra": an exit; "trapped" in a game) are not.
 */
const DESPAIR_WORDS = [
  ...['thừa thãi', 'gánh nặng', 'bám víu', 'tuyệt vọng', 'vô vọng', 'bế tắc', 'đường cùng', 'lối thoát'],
  ...['vô giá trị', 'tự hại', 'tự làm hại', 'sống không nổi'],
];
const DESPAIR = [
  ...DESPAIR_WORDS,
  ...['không thiết sống', 'không thiết gì nữa', '(?:nghỉ ngơi|ngủ|ra đi) mãi mãi', 'cách (?:để )?ra đi'],
  '(?:không|chẳng) còn (?:hy vọng|hi vọng)',
  'để lại (?:hết )?(?:đồ|đồ đạc|mọi thứ) cho',
  'nghĩ (?:đến|tới|về) (?:chuyện |việc )?(?:ra đi|nhảy lầu|nhảy cầu|cái chết)',
].join('|');
// Despair at a subject, a question or a mark is about the lesson ("tớ tuyệt vọng với môn hóa", "em bế
// tắc ở câu 3", "không còn hy vọng đạt điểm 10").
const NOT_SCHOOL = '(?! (?:với|ở|vì|về|trong|đạt|qua|được|thi|lên|vào|môn|bài|câu|đề|điểm)(?![^ ]))';
const DESPAIR_HINT = [...DESPAIR_WORDS, 'không thiết', 'mãi mãi', 'ra đi', 'để lại', 'nghĩ', 'hy vọng', 'hi vọng'];
const DESPAIR_EN =
  'worthless|a burden|hopeless|(?:no|a|see a|see no|any) way out|goodbye (?:letter|note)|suicide note|give away (?:all )?my (?:stuff|things)|thinking (?:about|of) (?:jumping|dying|death|ending it|suicide)|(?:miss|notice) me (?:when|if)|(?:happier|better|better off) without me';

export const SELF_HARM_FAMILY: Template[] = [
  // Despair words near the writer (eight words either way, so the cost stays linear).
  review(
    'acc',
    DESPAIR_HINT,
    `${ME} (?:[^ ]+ ){0,8}(?:${DESPAIR})${NOT_SCHOOL}|(?:${DESPAIR})${NOT_SCHOOL}(?: [^ ]+){0,8} ${ME}`,
  ),
  review(
    'fold',
    ['worthless', 'burden', 'hopeless', 'way', 'goodbye', 'suicide', 'give', 'thinking', 'miss', 'notice', 'without'],
    `${ME_EN} (?:[^ ]+ ){0,8}(?:${DESPAIR_EN})|(?:${DESPAIR_EN})(?: [^ ]+){0,8} ${ME_EN}`,
  ),
  // Others relieved once the writer has gone; the last time anyone sees the writer.
  review(
    'acc',
    ['nhẹ nhõm', 'hơn', 'lần cuối'],
    `nhẹ nhõm (?:[^ ]+ ){0,2}(?:nếu|khi) ${ME} (?:đi|mất|không còn)|(?:vui|sướng|hạnh phúc|tốt) hơn (?:[^ ]+ ){0,2}(?:nếu|khi) (?:không có|thiếu) ${ME}|lần cuối (?:[^ ]+ ){0,3}(?:thấy|gặp|nghe) ${MINE}`,
  ),
  // Never to have been born, whichever wish word and whichever "never".
  review(
    'acc',
    ['sinh ra', 'đẻ ra', 'ra đời', 'có mặt', 'tồn tại'],
    `(?:ước gì|ước|giá như|giá mà|thà) ${ME} (?:đã )?(?:chưa|${NOT}|đừng) (?:bao giờ |từng |hề |từng bao giờ )?(?:được |bị )?(?:sinh ra|đẻ ra|ra đời|có mặt trên (?:đời|cõi đời|thế giới|thế gian)|tồn tại)`,
  ),
  // Not waking again: not wanting to, or a sleep that does not end.
  review(
    'acc',
    ['thức', 'tỉnh', 'nữa', 'dậy', 'vậy'],
    `${ME} (?:[^ ]+ ){0,3}${NOT} (?:muốn|mong|cần) (?:phải )?${WAKE} (?:[^ ]+ ){0,3}(?:nữa|bao giờ nữa)|${ME} (?:[^ ]+ ){0,2}(?:muốn|mún|ước|mong) (?:được )?(?:đi )?ngủ (?:[^ ]+ ){0,5}${NOT} (?:bao giờ |bao h )?(?:${WAKE}|(?:dậy|vậy) nữa|(?:dậy|vậy)$)`,
  ),
  // A life, or everything, without meaning, said by the writer (no way out: the despair words above).
  review(
    'acc',
    ['vô nghĩa', 'ý nghĩa', 'mục đích'],
    `(?:mọi thứ|mọi chuyện|tất cả|cuộc sống|cuộc đời|đời ${ME}|cuộc sống của ${ME}|cuộc đời ${ME}) (?:[^ ]+ ){0,2}(?:vô nghĩa|${NOT} (?:còn |có )?(?:ý nghĩa|mục đích)(?: gì| nữa)?)(?: (?:rồi|quá|lắm|hết|cả|nữa|thật|thật sự))*(?: ${ME}(?: [^ ]+){0,3})?$|sống (?:[^ ]+ )?${NOT} (?:có |còn )?(?:ý nghĩa|mục đích) gì`,
  ),
  // Worthless, hope lost, giving up, a life not worth going on, as the writer's own closing words.
  review(
    'acc',
    ['vô dụng', 'bỏ đi', 'thừa', 'vô tích sự', 'thất bại', 'hy vọng', 'hi vọng', 'buông', 'chi'],
    `${ME} (?:thật |đúng là |chỉ là )?(?:là )?(?:đồ|thứ|kẻ|một đứa|đứa) (?:vô dụng|bỏ đi|thừa|vô tích sự|thất bại)(?: (?:thôi|mà|thật|quá|nhất))*$|${ME} (?:[^ ]+ ){0,5}(?:mất|hết) (?:hết )?(?:hy vọng|hi vọng)(?: (?:rồi|thật rồi|thật sự|quá|lắm|vào cuộc sống|vào mọi thứ))*$|${ME} (?:[^ ]+ ){0,5}(?:buông xuôi|buông bỏ tất cả|buông hết)(?: (?:rồi|thôi|luôn|đây|quá))*$|^(?:${ME} )?sống (?:chi|làm chi|để chi) nữa`,
  ),
  // No strength left to live, not meant to exist, not seen again after tomorrow, a farewell letter,
  // a life "finished", not wanting to trouble anyone any more.
  review(
    'acc',
    ['sức', 'đủ sức', 'can đảm', 'nên', 'thấy', 'gặp', 'thư', 'đời', 'làm phiền', 'làm khổ', 'làm liên lụy'],
    `${NOT} còn (?:sức|đủ sức|can đảm) (?:để )?(?:sống|sống tiếp|tiếp tục sống)|${ME} (?:[^ ]+ ){0,2}(?:không|chẳng) nên (?:được )?(?:tồn tại|sống|có mặt)(?: (?:nữa|trên đời|trên đời này))*$|(?:mai|ngày mai|từ mai|sau hôm nay|tối nay) (?:[^ ]+ ){0,3}(?:không|chẳng) (?:còn )?(?:thấy|gặp) ${MINE} nữa(?: (?:đâu|nhé|nha))*$|(?:viết|để) thư (?:để lại|từ biệt|giã biệt) (?:cho )?(?:bố mẹ|ba mẹ|mẹ|bố|ba|gia đình|mọi người|cả nhà)(?: (?:rồi|xong))?$|đời ${MINE} (?:thế là|vậy là|coi như) (?:hết|xong|chấm hết|bỏ đi)(?: rồi)?$|${ME} (?:[^ ]+ ){0,2}${NOT} (?:muốn )?(?:làm phiền|làm khổ|làm liên lụy) (?:ai|mọi người|bố mẹ|ba mẹ|gia đình) nữa`,
  ),
  review(
    'acc',
    ['còn', 'vĩnh biệt'],
    `(?:mai|ngày mai|tối nay|đêm nay|sau hôm nay) (?:sẽ )?${NOT} còn ${MINE} (?:nữa|trên đời)|^vĩnh biệt(?: (?:nhé|nha|mọi người|tất cả|cả nhà|thế giới))*$`,
  ),
  // "Ending everything" closing the message ("kết thúc tất cả các bài" goes on to say what).
  review(
    'acc',
    ['kết thúc'],
    `(?:muốn|mún|sẽ|định|phải|chỉ muốn) kết thúc (?:hết|tất cả|mọi thứ|mọi chuyện|cuộc đời|cuộc sống|đời ${ME}|bản thân)(?: (?:đây|thôi|rồi|luôn|cho xong|nha|nhé|ở đây|hôm nay|tối nay))*$`,
  ),
  // The writer at a height, as the message's last words ("… ngắm pháo hoa" goes on).
  review(
    'acc',
    ['sân thượng', 'tầng thượng', 'nóc nhà', 'lan can', 'thành cầu', 'mép cầu', 'cầu', 'mép'],
    `${ME} (?:[^ ]+ ){0,2}(?:đang )?(?:đứng|ngồi|trèo|leo) (?:lên |trên |ở |ra )(?:[^ ]+ )?(?:sân thượng|tầng thượng|nóc nhà|lan can|thành cầu|mép cầu|cầu|mép)(?: (?:nhà ${MINE}|trường|rồi|đây|này|nè|một mình|tầng [0-9]+))*$`,
  ),
  // Vanishing from the earth, or for good; leaving the class ("biến mất khỏi nhóm") is an idiom.
  review(
    'acc',
    ['biến mất'],
    `biến mất (?:khỏi|trên) (?:trái đất|thế gian|cõi đời|cuộc đời|thế giới|hành tinh)|(?:muốn|mún) biến mất (?:mãi mãi|vĩnh viễn|luôn cho rồi|cho xong)`,
  ),
  // Dying in slang, after a wish.
  review('acc', ['die', 'chít', 'ngủm', 'ngỏm'], `(?:muốn|mún|thèm|chỉ muốn) (?:được )?(?:die|chít|ngủm|ngỏm)`),
  // English farewells and exhaustion with living.
  review(
    'fold',
    ['knowing', 'forever', 'world'],
    `(?:it was|it s been|its been|it has been|was) nice knowing (?:you|u|y all|yall|everyone|you all|you guys|u guys|ya)|(?:goodbye|bye) (?:forever|cruel world|world)`,
  ),
  review(
    'fold',
    ['tomorrow', 'anymore', 'longer', 'alive', 'living', 'life', 'everything', 'point'],
    `(?:i|i ll|ill|i will) (?:won t|wont|will not|not) be (?:here|around|alive) (?:tomorrow|anymore|much longer)|(?:i m|im|i am) (?:so )?(?:tired|sick|done) (?:of|with) (?:being alive|living|life|everything)|(?:i )?(?:can t|cant|cannot) do this anymore$|nothing matters anymore$|(?:there s|theres|there is) no point (?:anymore|in living|in anything)`,
  ),
];

/** A means named in advice or a prohibition: a health lesson, read at review tier at most. */
export const SELF_HARM_ADVICE = T(
  '(?:không được|không nên|cấm|tránh|tuyệt đối không|đừng bao giờ|không tự ý) (?:tự ý )?(?:uống|dùng|lạm dụng) (?:[^ ]+ ){0,2}thuốc ngủ',
);
