/**
 * Threat and self-harm templates, and what looks like them without being one: idioms ("mệt chết đi
 * được", "killing it") and self-harm told of someone else (a story, the news).
 */
import data from './data/templates.json';
import { H, T, alternatives, type Template } from './template-kit';

const THREAT_HINT = H(data.hints.threat);
const SELF_HINT = H(data.hints.selfHarm);

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
    hint: H({ acc: ['chết', 'no đòn', 'tiêu', 'toi', 'xong', 'ăn đòn', 'ăn đấm'], fold: [] }),
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
    hint: H({
      acc: [
        'biết',
        'búa',
        'chưởng',
        'chờ',
        'coi chừng',
        'cẩn thận cái mạng',
        'cẩn thận cái mồm',
        'cổng',
        'dao',
        'gạch',
        'liệu hồn',
        'ngoài',
        'ra về',
        'sau giờ học',
        'sau trường',
        'tan học',
        'tao',
        'đòn',
        'đạn',
        'đấm',
        'đợi',
      ],
      fold: [],
    }),
    re: T(
      `(?:liệu hồn|coi chừng ${YOU}|cẩn thận cái mồm|cẩn thận cái mạng|(?:${YOU} )?(?:chờ|đợi) (?:đấy|đó|đấy con|đó con)|mày chờ tao|ra (?:cổng|cổng trường|ngoài|sau trường) (?:đợi|chờ|gặp|nói chuyện với) (?:tao|tụi tao|bọn tao|bố)|tan học (?:ra|đợi|chờ|đừng về|đứng lại|ở lại)(?: đây| cổng| tao)?|(?:tao|tụi tao|bọn tao) (?:chờ|đợi|canh) ${YOU} (?:ở|ngoài|tại|sau|trước)|biết nhà ${YOU}|(?:tao|tụi tao) biết (?:nhà|chỗ|mày ở)|ra đây tao bảo|mày đợi đấy|đừng để tao gặp|${YOU} (?:[^ ]+ )?coi chừng(?: đấy| đó| nhé| con)?|(?:cổng trường|cổng|tan học|ra về|sau giờ học) (?:[^ ]+ ){0,2}(?:tao|tụi tao|bọn tao) (?:xử|đánh|đập|tẩn|xử đẹp)|cho ${YOU} (?:ăn|no) (?:đấm|đòn|dao|gạch|đạn|chưởng|búa))`,
    ),
  },
  {
    // A blow promised by the speaker to someone ("tao đâm cho một nhát", "tụi tao tẩn nó một trận"),
    // not a game's "đánh một trận"; only the rude first person ("bố đánh cho một trận" is told at home).
    id: 'chat.threat.a-blow',
    cat: 'threat',
    sev: 3,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['cú', 'dao', 'nhát', 'phát', 'trận'], fold: [] }),
    re: T(
      `(?:tao|tau|t|bọn tao|tụi tao|chúng tao|anh em tao) ${WILL}(?:đâm|chém|xiên|đánh|đập|tẩn|vả|tát|phang|đấm|đạp) (?:(?:${YOU}|nó) (?:cho )?|cho (?:(?:${YOU}|nó) )?)(?:(?:một|1|mấy|vài|vài ba) )?(?:nhát|phát|trận|cú|dao)`,
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
      '(?:you|you re|youre|you are|ur|u r|you r|you ll|you will|u will|ull) (?:so |all |gonna be |going to be |be |going to |gonna |will )?(?:dead|die|gonna die|going to die|dead meat|be sorry|regret this|pay for this)|watch your back|i know where you live|see you after school|meet me outside|wait till after school',
    ),
  },
  {
    id: 'chat.threat.school',
    cat: 'threat',
    sev: 3,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['blow', 'bomb', 'bring', 'school shooting', 'shoot'] }),
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
      'tự tử|tự sát|tu sat|tự kết liễu|kết liễu (?:bản thân|cuộc đời|đời mình|đời)|quyên sinh|(?:không|chẳng|chả|hông) (?:muốn|thiết|còn muốn) sống(?: nữa| tiếp)?|không còn lý do (?:gì )?để sống|(?:cắt|rạch|cứa) (?:tay|cổ tay|cổ)|nhảy (?:lầu|cầu|sông|từ tầng)|uống (?:hết |cả )?(?:thuốc ngủ|thuốc chuột|thuốc sâu|(?:cả )?vỉ thuốc(?! (?:ho|cảm|hạ sốt|bổ|kháng sinh)))|treo cổ|muốn chết quách|chết quách đi cho xong|chết đi cho xong|ước gì (?:mình|em|tớ|tôi|tao|con) (?:biến mất|chết|không tồn tại|chưa từng được sinh ra|không được sinh ra)|(?:tạm biệt|vĩnh biệt) (?:mọi người|tất cả|cả lớp)(?: mãi mãi| nhé mãi mãi| lần cuối)',
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
      'chán sống|sống (?:để )?làm gì(?: nữa)?|(?:em|mình|tớ|tôi|tao|t|con|tui) (?:chỉ )?(?:muốn|thèm|ước) (?:được )?(?:chết|chết đi|biến mất(?: mãi mãi)?|ngủ (?:mãi mãi|không (?:dậy|vậy) nữa|luôn không (?:dậy|vậy))|không tồn tại)|(?:mình|em|tớ|tôi|tao|con) là gánh nặng|không ai cần (?:em|mình|tớ|tôi|tao|con)|(?:mình|em|tớ|tôi|tao|con) (?:đáng|nên) chết|ghét bản thân|muốn làm đau bản thân|tự làm đau',
    ),
  },
  {
    id: 'chat.self-harm.ideation',
    cat: 'self-harm',
    sev: 2,
    tier: 'review',
    view: 'acc',
    hint: H({
      acc: [
        'biến mất khỏi',
        'chán đời',
        'hết thiết tha',
        'không muốn tỉnh',
        'kết thúc',
        'muốn chết',
        'mệt mỏi với cuộc sống',
      ],
      fold: [],
    }),
    re: T(
      'kết thúc (?:tất cả|mọi thứ|cuộc đời|cuộc sống|đời mình)(?! (?:các|những|bài|phần|việc|công|câu|nhiệm))|muốn chết|biến mất khỏi (?:thế giới|cuộc đời|đời)|mệt mỏi với cuộc sống|chán đời|muốn chết cho xong|hết thiết tha|không muốn tỉnh (?:dậy|vậy)',
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

/**
 * Idioms that contain "chết", "giết", "kill", "die": a threat or self-harm template inside one does not count.
 * "chán muốn chết" is boredom, but "chán đời … muốn chết" is weariness of life, not an idiom.
 */
/** Read with diacritics only: typed without them, "chết dí" is "chết đi". */
export const ACCENTED_IDIOM = T('chết dí');
// An exaggeration ("mệt muốn chết") never wishes death to be over and done with ("đau quá, chết đi cho xong").
export const IDIOMS: RegExp[] = [
  ACCENTED_IDIOM,
  T(
    '(?:mệt|đói|buồn ngủ|ngủ|nóng|lạnh|sợ|buồn cười|cười|vui|đau|mỏi|khát|ngại|xấu hổ|ngượng|tức|hồi hộp|lo|run|hóng|đẹp|ngon|thèm|nhớ|mê|thích|yêu|khổ|nhục|mắc cỡ|căng thẳng|áp lực|hài|bí|khó|dễ thương|đáng yêu|cute|ghen tị|cay|bực|ức|tiếc|mừng|sướng|phê|ngầu|buồn|chán(?! đời| sống)|nhức đầu|đau đầu|lo lắng|bận) (?:[^ ]+ ){0,2}(?:chết|muốn chết|gần chết|sắp chết)(?! (?:quách|đi cho|cho xong|cho rồi|cho rảnh|cho yên))(?: mất| đi được| luôn| thôi| à| ạ| được| rồi)?',
  ),
  T(
    '(?<!(?:muốn|mún) )chết thật|(?<!chỉ (?:muốn|mún) )chết thôi|chết (?:mất|rồi|dở|tiệt|cười|khiếp|ngất|đi được|đuối|mê|đứng|lặng|mệt|cha|toi rồi)|cười chết|thôi chết|ôi chết|chết chết|giết (?:thời gian|time)|sống chết|chết vì (?:cười|ngại|cute)|chết với (?:bài|đề|môn)|(?:trò chơi|chơi|game|trò) treo cổ|bị cắt tay|cắt tay vào|cắt tay khi|biến mất khỏi (?:cái |căn )?(?:lớp|đây|chỗ này|nhóm|group|phòng|cuộc họp|buổi học|meet|zoom)',
  ),
  T(
    'kill(?:ing|ed)? (?:it|time)|killing me|(?:dying|dead|died|die) (?:of|from|laughing|inside)|(?:dying|dead|died) (?:lol|lmao)|(?<!(?:want to|wanna|wish i could) )die (?:lol|lmao)|i m (?:dead|dying)|im (?:dead|dying)|dead tired|to death|could die|drop dead gorgeous|die hard|dying to (?:see|know|try|go)',
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
