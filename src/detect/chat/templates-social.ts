/**
 * Templates for what the first templates missed on classroom chat: English social exclusion ("nobody
 * likes you", "you can't sit with us"), first-person self-harm outside the first frames ("sống chẳng
 * còn ý nghĩa", "i wish i was never born") and threats of a beating ("tao cho mày nhập viện").
 * Each has its own screen of words, so most messages skip them.
 */
import data from './data/templates.json';
import { H, T, alternatives, type Template } from './template-kit';

const YOU = `(?:${alternatives(data.you)}|thằng [^ ]+|con (?:kia|này|đó|đấy)|@[^ ]+)`;
const EN_THEM = '(?:you|u|ya|him|her|them)';
const ME = '(?:em|mình|tớ|tôi|tao|t|con|tui)';
const ME_FOLD = '(?:em|e|minh|mk|to|toi|tao|t|con|tui)';

// "dậy" is read "vậy" by teencode (the southern spelling), so wake-up wordings accept both.
// Others better off without the writer: the burdensomeness of passive ideation.
const BURDEN = `(?:mọi người|cả nhà|bố mẹ|ba mẹ|gia đình|ai cũng|cả lớp|thế giới) (?:sẽ |chắc |có lẽ |chắc chắn )?(?:vui|hạnh phúc|nhẹ nhõm|tốt|sướng|đỡ khổ|đỡ mệt) hơn (?:nếu|khi) (?:không có ${ME}|${ME} (?:biến mất|chết|không còn|ra đi|không tồn tại))`;
const SELF_MORE_HINT = H({
  acc: [
    'tuyệt mệnh',
    'ý nghĩa',
    'chịu',
    'thuốc',
    'không còn',
    'giải thoát',
    'chết',
    'tồn tại',
    'cuộc',
    'vô nghĩa',
    'thế giới',
    'tỉnh',
    'thức',
    'mệt mỏi',
    'giấc',
    'mãi mãi',
    'hơn nếu',
    'hơn khi',
  ],
  fold: [
    'born',
    'happier',
    'better',
    'end it',
    'without me',
    'done with',
    'forever',
    'die',
    'anymore',
    'muon chet',
    'tay',
    'kill',
    'life',
    'living',
    'burden',
    'disappear',
    'vanish',
    'wake up',
    'alive',
  ],
});
const THREAT_MORE_HINT = H({
  acc: ['nhập viện', 'vào viện', 'biết tay', 'ra bã', 'chết với', 'hội đồng'],
  fold: [
    'nhap vien',
    'biet tay',
    'chet voi',
    'toi voi',
    'hoi dong',
    'an dam',
    'an don',
    'an dao',
    'an gach',
    'no don',
    'tan hoc',
  ],
});

export const EXCLUSION: Template[] = [
  {
    id: 'chat.insult.exclusion',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({
      acc: [],
      fold: [
        'asked',
        'be alone',
        'belong',
        'hate',
        'hates',
        'invited',
        'leave',
        'no friends',
        'no one',
        'nobody',
        'noone',
        'out of',
        'thinks',
        'us',
        'want',
        'welcome',
        'without',
      ],
    }),
    re: T(
      [
        // No one likes you: the negative universals, never "everyone likes you".
        `(?:nobody|no one|noone|none of us)(?: really| even| ever| here| in (?:this|our) (?:class|group))?(?: (?:is gonna|is going to|will ever|would ever|will|would|wants to|ever))? (?:likes|like|wants|want|cares about|care about|needs|asked|invited|invite|talks to|talk to|notice|notices|miss|misses|pick|picks|choose|chooses|(?:wants to |want to )?(?:work|sit|be|play|talk|hang out) with|be friends with)(?: [^ ]+){0,3}? ${EN_THEM}`,
        `(?:nobody|no one) asked`,
        `(?:everyone|everybody|we all|all of us|the whole class) (?:hates|hate|thinks (?:you|u) (?:re|are) (?:annoying|weird|ugly|gross|stupid)) ${EN_THEM}?`,
        `(?:you|u) (?:have|ve got|got|has) no friends`,
        `(?:you|u) (?:don t|dont|do not|will never) belong`,
        `(?:you|u) (?:re|are|r) not (?:one of us|welcome|invited)`,
        `(?:we|i) (?:don t|dont|do not) want ${EN_THEM}(?: here| in| around| anymore| with us)`,
        `(?:get|kick|throw) (?:${EN_THEM} )?out of (?:our|the|this|my) (?:group|team|class|chat)`,
        `(?:just|pls|please|go|you should|u should) leave (?:the|our|this) (?:group|chat|class)`,
        `(?:you ll|you will|u will|ull) (?:always|forever) be alone`,
        `(?:group|party|team|chat) without ${EN_THEM}`,
        `(?:(?:you|u) )?(?:can t|cant|cannot|don t|dont|do not) sit (?:with|next to|near|by) us`,
      ].join('|'),
    ),
  },
];

export const SELF_HARM_MORE: Template[] = [
  {
    id: 'chat.self-harm.explicit',
    cat: 'self-harm',
    sev: 3,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['nghĩa lý', 'thuốc', 'thư tuyệt mệnh', 'ý nghĩa'], fold: [] }),
    re: T(
      `thư tuyệt mệnh|${ME} (?:đã |đang )?(?:tích|gom|trữ) (?:đủ )?thuốc(?: ngủ)?|sống (?:chẳng|không|chả) còn (?:ý nghĩa|nghĩa lý)(?: gì)?`,
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
        'cho rồi',
        'cho xong',
        'chịu',
        'cuộc sống',
        'cuộc đời',
        'giải thoát',
        'hơn',
        'không bao giờ',
        'không còn',
        'muốn tồn tại',
        'mãi mãi',
        'mệt mỏi với',
        'ngủ một giấc không',
        'nữa',
        'quách',
        'tạm biệt thế giới',
        'vô nghĩa',
      ],
      fold: [],
    }),
    re: T(
      `${ME} (?:sẽ |chắc )?không còn (?:ở đây|trên đời|trên thế giới này) nữa|(?:hết|không) chịu (?:nổi|được) (?:nữa|rồi)|(?:muốn|được) giải thoát|chết (?:cho rồi|cho xong|quách)|(?:không|chẳng|chả|hông|ko) (?:còn )?muốn tồn tại|(?:ghét|chán) (?:cuộc sống|cuộc đời) này|(?:cuộc sống|sống) (?:thật |quá )?vô nghĩa|tạm biệt thế giới|(?:không|chẳng|chả|ko) muốn (?:thức|tỉnh) (?:dậy|vậy) nữa|mệt mỏi với (?:mọi thứ|tất cả)|ngủ (?:một giấc )?(?:mãi mãi|không bao giờ (?:(?:dậy|vậy)|tỉnh))|ngủ một giấc không (?:(?:dậy|vậy)|tỉnh)(?! nổi)|${BURDEN}`,
    ),
  },
  {
    id: 'chat.self-harm.explicit',
    cat: 'self-harm',
    sev: 3,
    tier: 'alert',
    view: 'fold',
    hint: SELF_MORE_HINT,
    re: T(
      `wish i (?:was|were|had) never (?:been )?born|end it (?:tonight|today|now|all)|(?:better|happier) off without me|done with (?:life|living)|(?:want|wanna) 2 die|${ME_FOLD} (?:da |vua |lai )?(?:cat|rach) tay`,
    ),
  },
  {
    id: 'chat.self-harm.ideation',
    cat: 'self-harm',
    sev: 2,
    tier: 'review',
    view: 'fold',
    hint: SELF_MORE_HINT,
    re: T(
      `(?:sleep|disappear|gone) forever|can t do this anymore|${ME_FOLD} muon chet|(?:i )?hate my life|no point (?:in )?living|point of living|i m a burden|(?:want|wanna) to (?:disappear|vanish)|wanna disappear|tired of (?:living|life|being alive)|give up on life|(?:don t|dont) want to wake up|(?:everyone|everybody|they|my family|my parents|the world|people) (?:would|will|d|ll) be (?:so )?(?:happier|better) (?:if i (?:was|were|d be) (?:gone|dead|never born)|if i (?:disappeared|died|wasn t here|weren t here)|without me)`,
    ),
  },
];

export const THREATS_MORE: Template[] = [
  {
    id: 'chat.threat.harm-you',
    cat: 'threat',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: THREAT_MORE_HINT,
    re: T(`cho ${YOU} (?:nhập viện|vào viện|biết tay|ra bã)|(?:đánh|đập|xử) hội đồng ${YOU}`),
  },
  {
    id: 'chat.threat.you-dead',
    cat: 'threat',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({
      acc: [],
      fold: ['an dam', 'an dao', 'an don', 'an gach', 'biet tay', 'chet', 'nhap vien', 'no don', 'tan hoc', 'toi'],
    }),
    re: T(
      '(?:may|m) (?:chet|toi) (?:voi|chac voi) (?:tao|t|bo|tui tao)|cho (?:may|m|tui may|bon may) (?:nhap vien|biet tay|an dam|an don|an dao|an gach|no don)|tan hoc (?:dung ve|o lai|doi do|cho do)',
    ),
  },
];
