/**
 * Sentence templates for threats, self-harm and grooming cues, and the idioms that look like them.
 * They run over the message's canonical line: tokens with teencode expanded ("ko" → "không",
 * "e" → "em"), joined by single spaces, with diacritics ('acc') or without ('fold' — only for
 * templates whose unaccented spelling is unambiguous). The word lists the templates are built from
 * (screens, pronouns, harm verbs) live in data/templates.json, one a line and sorted.
 */
import type { Severity, Tier } from '../../shared/model';
import { escapeRegExp } from '../../shared/regexp';
import type { ChatCategory } from './types';
import data from './data/templates.json';

export interface Template {
  id: string;
  cat: ChatCategory;
  sev: Severity;
  tier: Tier;
  view: 'acc' | 'fold';
  re: RegExp;
  /** Grooming cue family. */
  family?: GroomingFamily;
  /** Words without which the template cannot match: a cheap screen. */
  hint: Hint;
}

export type GroomingFamily = 'contact' | 'photos' | 'secrecy' | 'probing' | 'meeting' | 'gifts' | 'flattery';

/** Whole-token boundaries on a space-joined line. */
function T(src: string): RegExp {
  return new RegExp(`(?<![^ ])(?:${src})(?![^ ])`, 'g');
}

/**
 * A screen: the template cannot match unless one of these occurs — Vietnamese words (with diacritics)
 * in the accented line, or whole words (English, unaccented Vietnamese) in the diacritics-free line.
 */
export interface Hint {
  acc: RegExp;
  fold: RegExp;
}
function H(words: { acc: readonly string[]; fold: readonly string[] }): Hint {
  return {
    acc: new RegExp(`(?<![^ ])(?:${alternatives(words.acc)})(?![^ ])`),
    fold: new RegExp(`\\b(?:${alternatives(words.fold)})\\b`),
  };
}

/**
 * Words as one regex alternation, sorted as strings whatever the file's order: a phrase then comes
 * after the shorter one it starts with ("you" before "you all", "bố" before "bố mày"). A regex takes
 * the first alternative with which the whole template matches, so "kill you all" is found as
 * "kill you", as when these lists were written in the code; the order sets verdict spans.
 */
function alternatives(words: readonly string[]): string {
  return [...words].sort().map(escapeRegExp).join('|');
}

const THREAT_HINT = H(data.hints.threat);
const SELF_HINT = H(data.hints.selfHarm);
const CONTACT_HINT = H(data.hints.contact);
const PHOTO_HINT = H(data.hints.photos);
const SECRET_HINT = H(data.hints.secrecy);
const PROBE_HINT = H(data.hints.probing);
const MEET_HINT = H(data.hints.meeting);
const GIFT_HINT = H(data.hints.gifts);
const FLATTER_HINT = H(data.hints.flattery);

const ME = `(?:${alternatives(data.me)})`;
// "con" alone is also an animal or a game monster ("giết con boss"): only "con kia/này" is a person.
const YOU = `(?:${alternatives(data.you)}|thằng [^ ]+|con (?:kia|này|đó|đấy|ranh|nhỏ kia|bé kia)|@[^ ]+)`;
const WILL = `(?:(?:${alternatives(data.will)}) ){0,4}`;
const HARM = `(?:${alternatives(data.harm)})`;
const EN_YOU = `(?:${alternatives(data.enYou)})`;
const EN_WILL = `(?:(?:${alternatives(data.enWill)}) ){0,5}`;

export const THREATS: Template[] = [
  {
    id: 'chat.threat.harm-you',
    cat: 'threat',
    sev: 3,
    tier: 'alert',
    view: 'acc',
    hint: THREAT_HINT,
    re: T(`(?:${ME} )?${WILL}${HARM}(?: chết| cho chết)? ${YOU}`),
  },
  {
    id: 'chat.threat.harm-you',
    cat: 'threat',
    sev: 3,
    tier: 'alert',
    view: 'fold',
    hint: THREAT_HINT,
    re: T(
      '(?:giet|chem|xien|dam chet|danh chet|dap chet|ban chet|giet chet|cat co|be co) (?:may|m|chung may|tui may|bon may|ca nha may)',
    ),
  },
  {
    id: 'chat.threat.you-dead',
    cat: 'threat',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: THREAT_HINT,
    re: T(
      `${YOU} (?:sẽ |sắp |)?(?:chết|toi|xong|tiêu|ăn đòn|ăn đấm|no đòn)(?: chắc| với tao| với bố| với tụi tao| với bọn tao| rồi con| đi con| với anh em tao| đến nơi| đời| chắc rồi| rồi)`,
    ),
  },
  {
    id: 'chat.threat.warning',
    cat: 'threat',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: THREAT_HINT,
    re: T(
      `(?:liệu hồn|coi chừng ${YOU}|cẩn thận cái mồm|cẩn thận cái mạng|(?:${YOU} )?(?:chờ|đợi) (?:đấy|đó|đấy con|đó con)|mày chờ tao|ra (?:cổng|cổng trường|ngoài|sau trường) (?:đợi|chờ|gặp|nói chuyện với) (?:tao|tụi tao|bọn tao|bố)|tan học (?:ra|đợi|chờ|đừng về|đứng lại|ở lại)(?: đây| cổng| tao)?|(?:tao|tụi tao|bọn tao) (?:chờ|đợi|canh) ${YOU} (?:ở|ngoài|tại|sau|trước)|biết nhà ${YOU}|(?:tao|tụi tao) biết (?:nhà|chỗ|mày ở)|ra đây tao bảo|mày đợi đấy|đừng để tao gặp|${YOU} (?:[^ ]+ )?coi chừng(?: đấy| đó| nhé| con)?|(?:cổng trường|cổng|tan học|ra về|sau giờ học) (?:[^ ]+ ){0,2}(?:tao|tụi tao|bọn tao) (?:xử|đánh|đập|tẩn|xử đẹp)|cho ${YOU} (?:ăn|no) (?:đấm|đòn|dao|gạch|đạn|chưởng|búa))`,
    ),
  },
  {
    id: 'chat.threat.school',
    cat: 'threat',
    sev: 3,
    tier: 'alert',
    view: 'acc',
    hint: THREAT_HINT,
    re: T(
      '(?:đánh bom|đặt bom|gài bom|xả súng|nổ súng|đốt|cho nổ|bắn|phá) (?:cả |hết |tung |sập )?(?:trường|lớp|cả lớp|cả trường|trường học|lớp học)|mang (?:dao|súng|bom|mã tấu|kiếm|hung khí) (?:đến|tới|vào|lên) (?:trường|lớp)|xả súng',
    ),
  },
  {
    id: 'chat.threat.harm-you',
    cat: 'threat',
    sev: 3,
    tier: 'alert',
    view: 'fold',
    hint: THREAT_HINT,
    re: T(
      `${EN_WILL}(?:kill|stab|shoot|murder|strangle|choke|hurt|slit|cut|burn|rape|beat up|beat the shit out of|break your|kick your|smash) ${EN_YOU}|${EN_WILL}beat ${EN_YOU} up`,
    ),
  },
  {
    id: 'chat.threat.harm-you',
    cat: 'threat',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: THREAT_HINT,
    re: T(`(?:i|we) ${EN_WILL}(?:punch|slap|beat|find|hunt|jump|get) ${EN_YOU}`),
  },
  {
    id: 'chat.threat.you-dead',
    cat: 'threat',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: THREAT_HINT,
    re: T(
      '(?:you|you re|youre|you are|ur|u r|you ll|you will|u will|ull) (?:so |all |gonna be |going to be |be |going to |gonna |will )?(?:dead|die|gonna die|going to die|dead meat|be sorry|regret this|pay for this)|watch your back|i know where you live|see you after school|meet me outside|wait till after school',
    ),
  },
  {
    id: 'chat.threat.school',
    cat: 'threat',
    sev: 3,
    tier: 'alert',
    view: 'fold',
    hint: THREAT_HINT,
    re: T(
      '(?:shoot|bomb|blow) up (?:the |this |our |your )?school|(?:shoot|bomb) (?:the |this |our )?school|school shooting|bring (?:a |my )?(?:gun|knife|bomb) to school',
    ),
  },
];

export const SELF_HARM: Template[] = [
  {
    id: 'chat.self-harm.explicit',
    cat: 'self-harm',
    sev: 3,
    tier: 'alert',
    view: 'acc',
    hint: SELF_HINT,
    re: T(
      'tự tử|tự sát|tu sat|tự kết liễu|kết liễu (?:bản thân|cuộc đời|đời mình|đời)|quyên sinh|(?:không|chẳng|chả|hông) (?:muốn|thiết|còn muốn) sống(?: nữa| tiếp)?|không còn lý do (?:gì )?để sống|(?:cắt|rạch|cứa) (?:tay|cổ tay|cổ)|nhảy (?:lầu|cầu|sông|từ tầng)|uống (?:hết |cả )?(?:thuốc ngủ|thuốc chuột|thuốc sâu|cả vỉ thuốc|vỉ thuốc)|treo cổ|muốn chết quách|chết quách đi cho xong|chết đi cho xong|ước gì (?:mình|em|tớ|tôi|tao|con) (?:biến mất|chết|không tồn tại|chưa từng được sinh ra|không được sinh ra)|(?:tạm biệt|vĩnh biệt) (?:mọi người|tất cả|cả lớp)(?: mãi mãi| nhé mãi mãi| lần cuối)',
    ),
  },
  {
    id: 'chat.self-harm.ideation',
    cat: 'self-harm',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: SELF_HINT,
    re: T(
      'chán sống|sống (?:để )?làm gì(?: nữa)?|(?:em|mình|tớ|tôi|tao|t|con|tui) (?:chỉ )?(?:muốn|thèm|ước) (?:được )?(?:chết|chết đi|biến mất(?: mãi mãi)?|ngủ (?:mãi mãi|không dậy nữa|luôn không dậy)|không tồn tại)|(?:mình|em|tớ|tôi|tao|con) là gánh nặng|không ai cần (?:em|mình|tớ|tôi|tao|con)|(?:mình|em|tớ|tôi|tao|con) (?:đáng|nên) chết|ghét bản thân|muốn làm đau bản thân|tự làm đau',
    ),
  },
  {
    id: 'chat.self-harm.ideation',
    cat: 'self-harm',
    sev: 2,
    tier: 'review',
    view: 'acc',
    hint: SELF_HINT,
    re: T(
      'kết thúc (?:tất cả|mọi thứ|cuộc đời|cuộc sống|đời mình)(?! (?:các|những|bài|phần|việc|công|câu|nhiệm))|muốn chết|biến mất khỏi (?:thế giới|cuộc đời|đời)|mệt mỏi với cuộc sống|chán đời|muốn chết cho xong|hết thiết tha|không muốn tỉnh dậy',
    ),
  },
  {
    id: 'chat.self-harm.explicit',
    cat: 'self-harm',
    sev: 3,
    tier: 'alert',
    view: 'fold',
    hint: SELF_HINT,
    re: T(
      '(?:muon|dinh|se|sap) (?:tu tu|tu sat)|chan song|khong muon song nua|kill myself|killing myself|kill my self|kms|end my life|end it all|ending it all|suicidal|want to die|wanna die|want to be dead|wish i (?:was|were) dead|cut myself|cutting myself|self harm|selfharm|hurt myself|hurting myself|(?:do not|dont|don t) want to live|no reason to live|better off dead|hang myself|jump off (?:a|the|this) (?:bridge|building|roof)|overdose on|unalive myself|going to unalive',
    ),
  },
  {
    id: 'chat.self-harm.ideation',
    cat: 'self-harm',
    sev: 2,
    tier: 'review',
    view: 'fold',
    hint: SELF_HINT,
    re: T(
      'suicide|i hate myself|nobody would miss me|no one would care if i|i want to disappear|life is pointless|i can t go on|i cant go on',
    ),
  },
];

/** Idioms that contain "chết", "giết", "kill", "die": a threat or self-harm template inside one does not count. */
export const IDIOMS: RegExp[] = [
  T(
    '(?:mệt|đói|buồn ngủ|ngủ|nóng|lạnh|sợ|buồn cười|cười|vui|đau|mỏi|khát|ngại|xấu hổ|ngượng|tức|hồi hộp|lo|run|hóng|đẹp|ngon|thèm|nhớ|mê|thích|yêu|khổ|nhục|mắc cỡ|căng thẳng|áp lực|hài|bí|khó|dễ thương|đáng yêu|cute|ghen tị|cay|bực|ức|tiếc|mừng|sướng|phê|ngầu|buồn|chán|nhức đầu|đau đầu|lo lắng|bận) (?:[^ ]+ ){0,2}(?:chết|muốn chết|gần chết|sắp chết)(?: mất| đi được| luôn| thôi| à| ạ| được| rồi)?',
  ),
  T(
    'chết (?:mất|thôi|rồi|dở|thật|tiệt|cười|khiếp|ngất|đi được|đuối|mê|đứng|lặng|mệt|cha|toi rồi|dí)|cười chết|thôi chết|ôi chết|chết chết|giết (?:thời gian|time)|sống chết|chết vì (?:cười|ngại|cute)|chết với (?:bài|đề|môn)|(?:trò chơi|chơi|game|trò) treo cổ|bị cắt tay|cắt tay vào|cắt tay khi',
  ),
  T(
    'kill(?:ing|ed)? (?:it|time)|killing me|(?:dying|dead|died|die) (?:of|from|laughing|lol|lmao|inside)|i m (?:dead|dying)|im (?:dead|dying)|dead tired|to death|could die|drop dead gorgeous|die hard|dying to (?:see|know|try|go)',
  ),
];

/**
 * Self-harm told of someone else (a story, the news): "Lão Hạc ăn bả chó tự tử". Still worth a look,
 * so such a match drops to review instead of alerting.
 */
export const REPORTED: RegExp[] = [
  T('(?:rồi|sau đó|cuối cùng|cuối truyện|và|nên|đã) (?:tự tử|tự sát|treo cổ|nhảy lầu|nhảy cầu|quyên sinh)'),
  T(
    '(?:lão|ông|bà|nhân vật|anh ấy|chị ấy|cô ấy|bạn ấy|cậu ấy|nó|họ|hắn|người|vụ|nhiều người|ai đó|[^ ]+ ấy|nhân vật chính|tác giả|nhà văn) (?:[^ ]+ ){0,4}(?:tự tử|tự sát|treo cổ|nhảy lầu|nhảy cầu|quyên sinh)',
  ),
  T(
    '(?:he|she|they|character|someone|people|man|woman|hero|villain) (?:[^ ]+ ){0,4}(?:killed (?:himself|herself|themselves)|commits suicide|committed suicide|suicide)',
  ),
];

const HIM = `(?:${alternatives(data.him)})`;
/** An adult speaking of himself; "mình" is left out where classmates use it ("lớp mình tặng quà"). */
const HIM_STRICT = `(?:${alternatives(data.himStrict)})`;
const YOUNG = `(?:${alternatives(data.young)})`;

export const GROOMING: Template[] = [
  {
    id: 'chat.grooming.contact',
    family: 'contact',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'acc',
    hint: CONTACT_HINT,
    re: T(
      `(?:kết bạn|add|thêm) (?:${HIM} )?(?:zalo|facebook|face|fb|ig|insta|instagram|tele|telegram|snap|snapchat|discord|messenger|tiktok)|(?:cho ${HIM} xin|${HIM} xin|gửi ${HIM}|cho ${HIM}) (?:cái )?(?:zalo|facebook|face|ig|insta|instagram|tele|telegram|snap|snapchat|discord|messenger|tiktok|sđt|số điện thoại|số đt|số)|xin (?:cái )?(?:zalo|facebook|sđt|số điện thoại|số) (?:của )?${YOUNG}|(?<!tin )(?:inbox|nhắn tin|nhắn|chat|nhắn tin riêng|call|gọi) (?:riêng|${HIM} riêng|cho ${HIM}|với ${HIM}|${HIM} đi|${HIM} nhé|${HIM} nha)|(?:zalo|facebook|sđt|số) (?:của )?${YOUNG} (?:là|là gì|gì|đâu|bao nhiêu)|chat riêng|qua zalo nói chuyện`,
    ),
  },
  {
    id: 'chat.grooming.contact',
    family: 'contact',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'fold',
    hint: CONTACT_HINT,
    re: T(
      'add me (?:on|in)|send me your (?:snap|number|insta|ig|discord|address)|what s your (?:snap|insta|number|discord)|whats your (?:snap|insta|number|discord)|send me your number|give me your number|text me|message me (?:privately|in private)|private chat|hit me up on|talk in private',
    ),
  },
  {
    id: 'chat.grooming.photos',
    family: 'photos',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'acc',
    hint: PHOTO_HINT,
    re: T(
      `(?:gửi|chụp|cho|send) (?:${HIM} )?(?:xem |coi )?(?:cái )?(?:ảnh|hình|pic|clip|video|selfie)(?: của)? (?:${YOUNG}|riêng|mặt|nóng|body|người|toàn thân)|cho ${HIM} (?:xem|coi|nhìn) (?:mặt|người|body|ngực|chân|đùi|ảnh|hình|${YOUNG})|(?:bật|mở) (?:cam|camera|webcam)(?: lên)? (?:riêng|cho ${HIM}|${HIM} xem|đi ${HIM}|nhé ${HIM})|video call riêng|call video riêng|gọi video riêng`,
    ),
  },
  {
    id: 'chat.grooming.photos',
    family: 'photos',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'fold',
    hint: PHOTO_HINT,
    re: T(
      'send (?:me )?(?:a |some |your )?(?:pic|photo|photos|selfie|picture|pictures|pics)|show me your (?:face|body|legs)|turn on your (?:camera|cam) for me|private video call|what do you look like',
    ),
  },
  {
    id: 'chat.grooming.secrecy',
    family: 'secrecy',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'acc',
    hint: SECRET_HINT,
    re: T(
      '(?:đừng|không được|đừng có|cấm) (?:nói|kể|cho) (?:với |cho )?(?:ai|bố mẹ|ba mẹ|bố|mẹ|ba|má|người khác|bme|gia đình)(?: biết)?|bí mật (?:của )?(?:hai|2) (?:đứa|ta|chúng mình|anh em|mình)|giữ bí mật (?:nhé|nha|với anh|giúp anh)|(?:nhớ|hãy|phải) (?:xóa|xoá) (?:hết )?(?:tin nhắn|tin|đoạn chat|lịch sử chat)|(?:xóa|xoá) (?:hết )?(?:tin nhắn|tin|đoạn chat|lịch sử chat)(?: này| của anh| với anh)? (?:đi|nhé|nha|ngay)|chuyện (?:này|của) (?:hai|2) (?:đứa|ta|mình)|chỉ (?:hai|2) (?:đứa|ta|mình) biết',
    ),
  },
  {
    id: 'chat.grooming.secrecy',
    family: 'secrecy',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'fold',
    hint: SECRET_HINT,
    re: T(
      '(?:do not|dont|don t) tell (?:your |ur )?(?:parents|mom|mum|dad|teacher|anyone|anybody)|our (?:little )?secret|delete (?:the |this |these |our |all )?(?:chat|chats|messages|message|texts)|keep (?:it|this) (?:a )?secret|between (?:you and me|us)',
    ),
  },
  {
    id: 'chat.grooming.probing',
    family: 'probing',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'acc',
    hint: PROBE_HINT,
    re: T(
      `${YOUNG} (?:năm nay )?(?:bao nhiêu|mấy) tuổi|nhà ${YOUNG} ở (?:đâu|chỗ nào)|${YOUNG} ở (?:nhà )?(?:một mình|1 mình)|(?:bố mẹ|ba mẹ|bme|bố|mẹ) (?:${YOUNG} )?(?:có (?:ở )?nhà|đi vắng|đi làm|ở nhà|đi đâu|về chưa)(?: không| chưa| à)?|${YOUNG} (?:có )?(?:người yêu|bạn trai|bạn gái|ny) chưa|trường ${YOUNG} ở đâu|${YOUNG} học trường nào|${YOUNG} học lớp mấy|${YOUNG} đang ở đâu|ở nhà (?:có )?(?:một mình|1 mình)(?: à| không)`,
    ),
  },
  {
    id: 'chat.grooming.probing',
    family: 'probing',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'fold',
    hint: PROBE_HINT,
    re: T(
      'how old are (?:you|u)|where do (?:you|u) live|are (?:you|u) (?:home )?alone|are your parents (?:home|around|away)|what school do you go|do you have a (?:boyfriend|girlfriend|bf|gf)|what grade are you',
    ),
  },
  {
    id: 'chat.grooming.meeting',
    family: 'meeting',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'acc',
    hint: MEET_HINT,
    re: T(
      `(?:gặp|gặp nhau|đi chơi|hẹn hò|đi ăn|đi cafe|đi cà phê|đi xem phim) (?:riêng|với ${HIM}|ngoài đời|ở ngoài)|${HIM} (?:đến|tới|qua|sang) (?:đón|đưa) ${YOUNG}|${HIM} đón ${YOUNG}|đón ${YOUNG} (?:ở|tại|sau|lúc|đi)|hẹn ${YOUNG} (?:ở|tại|lúc|đi)|(?:ra|xuống) gặp ${HIM}|gặp (?:${HIM} |nhau )?ngoài đời|${YOUNG} (?:ra|đến|qua) (?:nhà|phòng|chỗ) ${HIM}|gặp ${HIM} (?:nhé|nha|đi|không|ko|được không)`,
    ),
  },
  {
    id: 'chat.grooming.meeting',
    family: 'meeting',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'fold',
    hint: MEET_HINT,
    re: T(
      'meet (?:me|up) (?:irl|in person|somewhere|after|tonight|this weekend)|let s meet (?:up|irl)|lets meet (?:up|irl)|i ll pick you up|ill pick you up|come to my (?:house|place|car|room)|meet in person',
    ),
  },
  {
    id: 'chat.grooming.gifts',
    family: 'gifts',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'acc',
    hint: GIFT_HINT,
    re: T(
      `${HIM_STRICT} (?:sẽ |muốn |định )?(?:nạp|tặng|cho|mua cho|mua|chuyển|gửi|bắn) (?:${YOUNG} )?(?:quà|thẻ|tiền|card|điện thoại|skin|kim cương|quân huy|robux|vbucks|acc|tài khoản game)|(?:nạp|tặng|mua cho|chuyển|gửi|bắn) (?:thẻ |card |tiền |quà )?(?:cho )?${YOUNG} (?:quà|thẻ|tiền|card|điện thoại|skin|kim cương|quân huy|robux|vbucks)|nạp (?:thẻ|card|kim cương|quân huy|robux) cho ${YOUNG}|chuyển khoản cho ${YOUNG}|(?:kim cương|quân huy|robux|vbucks|skin) (?:miễn phí|free)|free (?:robux|vbucks|kim cương|quân huy|skin)|${HIM} (?:bao|nuôi) ${YOUNG}`,
    ),
  },
  {
    id: 'chat.grooming.gifts',
    family: 'gifts',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'fold',
    hint: GIFT_HINT,
    re: T(
      'i ll buy you|ill buy you|i will buy you|gift card|send you money|free robux|free vbucks|free v bucks|i ll pay you|ill pay you',
    ),
  },
  {
    id: 'chat.grooming.flattery',
    family: 'flattery',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'acc',
    hint: FLATTER_HINT,
    re: T(
      `(?<!(?:nhà|của|cho|với|chó|mèo|bạn|giúp|hộ) )${YOUNG} (?:xinh|dễ thương|đáng yêu|cute|đẹp|hot|sexy|gợi cảm|trưởng thành|chín chắn|quyến rũ) (?:quá|thế|vậy|ghê|lắm|nhất|thật|hơn tuổi)|${HIM} (?:thích|yêu|thương|nhớ|mê) ${YOUNG}(?: lắm| quá| nhiều| rồi)?|làm (?:người yêu|ny|bạn gái) ${HIM}|${YOUNG} là (?:người )?đặc biệt (?:nhất )?(?:với|của) ${HIM}|${YOUNG} khác (?:hẳn )?(?:mấy|những) đứa`,
    ),
  },
  {
    id: 'chat.grooming.flattery',
    family: 'flattery',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'fold',
    hint: FLATTER_HINT,
    re: T(
      'you(?: re| are|re| look| seem) (?:so |really )?(?:mature|beautiful|pretty|cute|hot|sexy|special)(?: for your age)?|be my (?:girlfriend|gf|boyfriend|bf)|i (?:really )?like you a lot|i love you baby|you re not like (?:the )?other',
    ),
  },
];
