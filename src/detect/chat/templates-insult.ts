/**
 * Insults by their shape rather than a listed phrase: a person or their face compared to an animal
 * or to rubbish ("mặt như cái thùng rác", "nhin may nhu con cho"), "đồ" + such a word ("đồ con
 * chuột"), contempt said to someone ("tao khinh mày"), and English put-downs outside the exclusion
 * templates. An animal simile about a habit ("nó ngủ như con heo", said of a pet) is only a review.
 */
import { H, T, alternatives, type Template } from './template-kit';

// Animals whose name is an insult when a person is likened to them; "khỏe như voi" is praise.
export const ANIMALS = [
  'chó',
  'lợn',
  'heo',
  'bò',
  'khỉ',
  'chuột',
  'chuột cống',
  'gián',
  'dòi',
  'giòi',
  'cóc',
  'đười ươi',
  'trâu',
  'lừa',
];
// Ghosts likened to a face ("xấu như ma") insult as animals do.
const GHOSTS = ['ma', 'quỷ', 'ma chê quỷ hờn'];
export const RUBBISH = [
  'rác',
  'thùng rác',
  'đống rác',
  'bãi rác',
  'rác rưởi',
  'cứt',
  'phân',
  'giẻ rách',
  'cặn bã',
  'bã đậu',
  'shit',
  'trash',
];
const LIKENED = `(?:${alternatives([...ANIMALS, ...RUBBISH, ...GHOSTS])})`;
// Who is likened: a face or head, someone spoken to, someone pointed at; never the writer. It is
// looked for behind the match, so the evidence is the comparison ("như con chó"), not the sentence.
export const WHO = `(?:${alternatives(['mặt', 'mồm', 'miệng', 'óc', 'não', 'đầu', 'người', 'trông', 'nhìn', 'mày', 'm', 'mi', 'bây', 'tụi mày', 'bọn mày', 'cậu', 'bạn'])}|thằng [^ ]+|con (?:kia|này|đó|đấy|nhỏ))`;
export const BAD = `(?:${alternatives(['ngu', 'đần', 'dốt', 'ngốc', 'xấu', 'bẩn', 'hôi', 'lười', 'béo', 'hèn', 'ngu si', 'ngu dốt'])})`;
export const AS = `(?:như|giống|y như|giống hệt|chẳng khác gì|không khác gì|khác gì)`;
// Habits that make an animal simile about a pet or one's sleep, not about someone's worth.
const HABIT = `(?:${alternatives(['ngủ', 'ăn', 'chạy', 'bơi', 'kêu', 'hát', 'leo', 'trèo', 'ngáy', 'khỏe', 'nhanh', 'chăm', 'hiền', 'no'])})`;

// Unaccented: "cho", "lon", "khi", "gian", "coc", "bo" are also everyday words, so only after con/cái.
const F_ANIMALS = ['cho', 'lon', 'heo', 'bo', 'khi', 'chuot', 'chuot cong', 'gian', 'coc', 'trau'];
const F_PLAIN = [
  'heo',
  'chuot',
  'chuot cong',
  'thung rac',
  'dong rac',
  'bai rac',
  'rac ruoi',
  'gie rach',
  'can ba',
  'ba dau',
  'cuc cut',
  'cuc phan',
];
const F_LIKENED = `(?:(?:con|cai|thang) (?:${alternatives([...F_ANIMALS, 'thung rac', 'gie rach'])})|${alternatives(F_PLAIN)})`;
// Animals a pupil describes ("con meo nha to"), unaccented.
const PETS = ['meo', 'cho', 'cun', 'lon', 'heo', 'ga', 'vit', 'bo', 'trau', 'chuot', 'ca', 'tho', 'ngua', 'de', 'khi'];
export const F_WHO = `(?:${alternatives(['mat', 'mom', 'oc', 'nao', 'nguoi', 'trong', 'nhin', 'may', 'm', 'mi', 'tui may', 'bon may'])}|thang [^ ]+|con (?:kia|nay|do))`;
export const F_AS = '(?:nhu|giong|y nhu|khac gi)';

// What a story's character is scolded as ("mụ chủ quán mắng thằng bé là đồ ăn hại") is the text's
// word, reported; frames.ts reviews it when quoted.
export const NOT_SCOLDED = '(?<!(?:mang|chui|goi|rua|che) (?:[^ ]+ ){0,3})';

const COMPARE_HINT = H({
  acc: ['như', 'giống', 'khác gì', 'là'],
  fold: ['nhu', 'giong', 'khac gi'],
});
const THING_HINT = H({
  acc: ['đồ', 'khinh', 'mặt', 'óc', 'não', 'ói', 'nôn', 'mửa'],
  fold: [
    'do',
    'shut',
    'khinh',
    'mat',
    'oc',
    'nao',
    'an hai',
    'nhu',
    'giong',
    'im',
    'cam',
    'cut',
    'bien',
    'invited',
    'friends',
    'away',
    'why',
    'even',
    ...['fat', 'ugly', 'stupid', 'dumb', 'dirty', 'smelly', 'lazy', 'want', 'part', 'smell', 'stink'],
    ...['khung', 'thieu nang', 'ngao', 'bi ngu', 'bi dien', 'than kinh', 'tam than'],
  ],
});

// Short messages only are screened in by these, and the template is anchored to the whole message.
const CALLED_HINT = H({ acc: ['con', 'thằng', 'đồ'], fold: [] });

export const INSULT_FRAMES: Template[] = [
  {
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: COMPARE_HINT,
    re: T(`(?<=${WHO} (?:[^ ]+ ){0,3})(?<!${HABIT} )${AS} (?:con |cái |đống |bãi |thằng |đồ |cục |thứ )?${LIKENED}`),
  },
  {
    // Said to someone without naming them: a bad quality likened, opening the message ("ngu như bò"),
    // unless the simile is the subject being discussed ("xấu như ma là so sánh gì"); or someone spoken
    // to called a kind of rubbish ("mày là thứ rác rưởi").
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: COMPARE_HINT,
    re: T(
      `^${BAD} (?:quá |thế |vậy )?${AS} (?:con |cái |đống |cục )?${LIKENED}(?! (?:là|có nghĩa|nghĩa là|thuộc|được dùng|dùng để))|(?<=${WHO} (?:[^ ]+ )?)(?:là|đúng là) (?:thứ|loại|cục|đống|một đống) (?:${alternatives(RUBBISH)})`,
    ),
  },
  {
    id: 'chat.insult.likened.habit',
    cat: 'insult',
    sev: 1,
    tier: 'review',
    view: 'acc',
    hint: COMPARE_HINT,
    re: T(`(?<=${WHO} (?:[^ ]+ ){0,2}${HABIT} )${AS} (?:con |cái )?${LIKENED}`),
  },
  {
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: COMPARE_HINT,
    re: T(`(?<=${F_WHO} (?:[^ ]+ ){0,3})(?<!(?:ngu|an|chay|boi|keu|khoe|nhanh|no) )${F_AS} ${F_LIKENED}`),
  },
  {
    id: 'chat.insult.thing',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['khinh', 'kinh tởm', 'mặt', 'não', 'óc', 'đồ'], fold: [] }),
    re: T(
      `đồ (?:con |cái |thằng )?${LIKENED}|(?:mặt|óc|não) (?:${alternatives(['chó', 'lợn', 'heo', 'khỉ', 'chuột', 'bã đậu', 'bò'])})(?! (?:luộc|quay|nướng|xào|hầm|rán))|(?:tao|t|tôi|tớ|bọn tao|tụi tao) (?:rất |thật sự |cực kì |)?(?:khinh|kinh tởm|khinh bỉ) (?:mày|m|bọn mày|tụi mày|chúng mày|thằng [^ ]+)`,
    ),
  },
  {
    id: 'chat.insult.thing',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: THING_HINT,
    // "do rac" is also đổ rác (take out the rubbish): unaccented, only as the whole message or aimed at someone.
    re: T(
      `^do (?:${alternatives([...F_PLAIN, 'con lon', 'con cho', 'con heo', 'con bo', 'con khi', 'rac', 'an hai', 'vo dung', 'phe vat', 'mat net', 'vo hoc', 'suc vat', 'suc sinh', 'cho chet'])})(?: (?:a|kia|nay|vay|the|ha|di))?$|${NOT_SCOLDED}(?:may|m|thang [^ ]+|con (?:kia|nay)) (?:la )?do (?:con )?(?:${alternatives([...F_PLAIN, 'lon', 'cho', 'rac', 'an hai', 'vo dung'])})|(?:con|do|thang) mat (?:heo|lon|cho|khi|chuot)|(?:tao|t) (?:khinh|khinh bi) (?:may|m|bon may|tui may)|${NOT_SCOLDED}(?:thang|do) an hai|^(?:(?:may|m) )?(?:oc|nao) (?:heo|lon|cho|bo|ba dau|cut)(?: (?:a|the|vay|ha))?$`,
    ),
  },
  {
    // A pejorative animal called out as the whole message, pointed at or with a person word ("con lợn
    // kia", "thằng khỉ đột"), or "con dở hơi": nothing is said about an animal, so it names someone.
    // A bare "con chó" is a pupil's answer in a lesson about animals.
    id: 'chat.insult.thing',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: CALLED_HINT,
    re: T(
      `^(?:(?:con|thằng|đồ) (?:${alternatives([...ANIMALS, 'khỉ đột'])}) (?:kia|này|ơi|à|kìa)|(?:thằng|đồ) (?:${alternatives([...ANIMALS, 'khỉ đột'])})|(?:con|thằng|đồ) (?:dở hơi|dở người|mất dạy|hâm)(?: (?:kia|này|ơi|à|kìa))?)$`,
    ),
  },
  {
    // Disgust at someone's face: "nhìn cái mặt mày là muốn ói".
    id: 'chat.insult.thing',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['mặt', 'nhìn'], fold: [] }),
    re: T(
      `(?:mặt|nhìn) (?:[^ ]+ ){0,2}(?:mày|m|mi|nó|thằng [^ ]+|con (?:kia|này|đó)) (?:[^ ]+ ){0,3}(?:muốn|buồn|phát) (?:ói|nôn|mửa|tởm|đấm|tát|vả)`,
    ),
  },
  {
    // English name-calling with an animal, the whole message: "fat pig", "you ugly cow".
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: THING_HINT,
    re: T(
      `^(?:you |u |ur )?(?:(?:fat|ugly|stupid|dumb|dirty|smelly|lazy) ){1,2}(?:pig|cow|rat|dog|monkey|whale|slob|pigs|cows|rats)(?: (?:lol|lmao|haha))?$`,
    ),
  },
  {
    id: 'chat.insult.exclusion',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({
      acc: [],
      fold: [
        'don t',
        'dont',
        'face',
        'freak',
        'get lost',
        'go away',
        'go home',
        'idiot',
        'invited',
        'kid',
        'loser',
        'not',
        'shut up',
        'smell',
        'stink',
        'want',
        'wanted',
        'welcome',
        'why',
      ],
    }),
    re: T(
      `(?:you|u|ur|your|youre|you re) (?:are |r )?not (?:invited|welcome|wanted)|(?:you|u) (?:don t|dont|do not) (?:have|got) (?:any |a single )?friends?|why (?:are|r) (?:you|u) (?:even )?(?:here|in (?:this|our) (?:class|group|team|chat))|(?:we|they|nobody|no one) (?:don t|dont|do not|doesn t|does not) want (?:you|u) (?:on|in) (?:our|the|this) (?:team|group|class|chat)|(?:you|u) (?:re|are|r) not (?:part of|in) (?:our|this|the) (?:group|team|class|chat)(?: anymore)?|(?:you|u) (?:smell|stink)(?: so| really)? (?:bad|gross|disgusting)|what an? (?:ugly|stupid|dumb|fat) (?:face|loser|kid|idiot|freak)|(?:go away|get lost|go home|shut up) (?:you )?(?:freak|loser|weirdo|creep|idiot|nobody|ugly|fatty|fatso|crybaby|dummy)`,
    ),
  },
];

const TELLER = '(?:em|con|mình|tớ|cháu)';

/**
 * A child telling an adult what is done to them: a call for help, at review tier, whatever words it
 * quotes (frames.ts keeps quoted abuse from alerting against the child).
 */
export const HELP_REQUESTS: Template[] = [
  {
    id: 'chat.insult.reported-to-adult',
    cat: 'insult',
    sev: 2,
    tier: 'review',
    view: 'acc',
    hint: H({
      acc: [
        'bảo',
        'bắt nạt',
        'chửi',
        'cô lập',
        'doạ',
        'dọa',
        'gọi',
        'mắng',
        'nhắn',
        'nói',
        'trêu',
        'tẩy chay',
        'xô',
        'đánh',
        'đòi',
        'đẩy',
      ],
      fold: [],
    }),
    re: T(
      `${TELLER} (?:[^ ]+ )?(?:bị|hay bị|toàn bị|cứ bị) (?:[^ ]+ ){0,3}(?:bắt nạt|chửi|đánh|trêu chọc|trêu|tẩy chay|đe dọa|doạ|dọa|cô lập)|(?:dọa|doạ|đe dọa|đòi) (?:đánh|đập|xử|giết) ${TELLER}|(?:chửi|gọi|bảo|nói|mắng|nhắn) ${TELLER} (?:là|bằng)|(?:bắt nạt|trêu|đánh|xô|đẩy|tẩy chay) ${TELLER}(?: suốt| hoài| mãi| hoài| hàng ngày| mỗi ngày| ở| trong)`,
    ),
  },
  {
    id: 'chat.insult.reported-to-adult',
    cat: 'insult',
    sev: 2,
    tier: 'review',
    view: 'fold',
    hint: H({
      acc: [],
      fold: ['at me', 'bullied', 'bullying', 'call', 'called', 'calling', 'calls', 'hitting', 'pushing', 'threatening'],
    }),
    re: T(
      `(?:keep |keeps |always |kept )?(?:calling|call|calls|called) me (?:a |an )?[^ ]+|(?:is|are|keep|keeps) (?:bullying|hitting|pushing|threatening) me|(?:i m|im|i am|i ve been|i get) (?:being )?bullied|(?:everyone|they|he|she) (?:laughs|laugh|laughed) at me`,
    ),
  },
];

/** Read only in a message typed wholly without diacritics: in one with them, "béo như con heo" is a pet's size. */
export const INSULT_UNACCENTED: Template[] = [
  {
    // A face or a brain likened to a tray or a grape, typed without diacritics ("mat nhu cai mam").
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['mam', 'banh da', 'nho', 'dau', 'tieu', 'vung', 'thot'] }),
    re: T(
      `(?:mat|oc|nao)(?: (?:may|m|no|thang [^ ]+))?(?: (?:to|be|nho|tron|bet|det|phang))? (?:nhu|giong|y nhu|bang) (?:cai |qua |trai |hat )?(?:mam|banh da|nho|dau|tieu|vung|thot)(?: (?:y|ay|a|day|luon|vay))?$`,
    ),
  },
  {
    // "may khung a", "may bi ngu a": "may" is also máy, but no machine is "khùng", "thiểu năng" or
    // "bị ngu"; "may ngu" (máy ngủ, the computer sleeps) and "may dien" (máy điện) stay unflagged.
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['dan', 'dien', 'khung', 'ngao', 'ngoc', 'ngu', 'tam than', 'than kinh', 'thieu nang'] }),
    re: T(
      `^(?:may|m|con kia|thang kia) (?:co |la )?(?:bi )?(?:khung|thieu nang|ngao|tam than|than kinh)(?: (?:a|ha|the|vay|ak|ah|roi))?$|^(?:may|m|con kia|thang kia) bi (?:ngu|dien|dan|ngoc)(?: (?:a|ha|the|vay|ak|ah|roi))?$`,
    ),
  },
  {
    // Unaccented "đần như bò", "xấu như chó": a bad quality likened to an animal or to rubbish (not said
    // of an animal: "con meo beo nhu con heo"; "con Lan", like "thằng Nam", is a person); and a
    // name-calling after "shut up" ("im di con cho"), the animal ending the message.
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: THING_HINT,
    re: T(
      `(?<!con (?:${alternatives(PETS)}) (?:[^ ]+ ){0,3})(?:dan|dot|xau|beo|hoi|ban) (?:nhu|y nhu|giong) (?:con |cai |dong )?(?:${alternatives([...F_ANIMALS, ...F_PLAIN, 'rac'])})|(?:im di|im mom|cam mom|cam mieng|cut di|bien di) (?:con|thang|do) (?:${alternatives(['cho', 'lon', 'heo', 'khi', 'cho ghe', 'oc cho', 'ngu', 'dien', 'khung'])})(?: (?:kia|nay|a|ha|the))?$`,
    ),
  },
];

// A face, a head or a brain likened to something flat or tiny ("mặt như cái mâm", "óc bằng quả nho"),
// or named by it after a person word ("thằng đầu to óc quả nho"); a seed's tip or a frog's brain in a
// lesson is named without a comparison or a person before it.
const FLAT_OR_TINY = `(?:cái |quả |trái |hạt |cục )?(?:${alternatives(['mâm', 'bánh đa', 'bánh tráng', 'nho', 'đậu', 'tiêu', 'vừng', 'thớt', 'bí', 'bí ngô'])})`;
const SIZE = '(?:to|bé|nhỏ|tròn|bẹt|dẹt|phẳng|to đùng|bằng)';

export const INSULT_SHAPES: Template[] = [
  {
    // "con mẹ nó" said as the whole message is the oath, also after "thôi" or "kệ" ("thôi con mẹ nó đi");
    // in a sentence it is "that child's mother" ("con mẹ nó đi làm xa") and stays as "mẹ nó" reads, for review.
    id: 'chat.profanity.oath',
    cat: 'profanity',
    sev: 1,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['mẹ nó'], fold: [] }),
    re: T(
      `^(?:(?:thôi|kệ|mặc) con mẹ nó(?: (?:đi|chứ|luôn|thật|vậy|nữa))?|con mẹ nó(?: (?:chứ|luôn|thật|vậy|nữa|chứ lị))?)$`,
    ),
  },
  {
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['mâm', 'bánh đa', 'bánh tráng', 'nho', 'đậu', 'tiêu', 'vừng', 'thớt', 'bí', 'bí ngô'], fold: [] }),
    re: T(
      `(?<!(?:của|con|cá|ếch|chim|gà) )(?:mặt|óc|não|đầu)(?: (?:mày|m|nó|thằng [^ ]+|con [^ ]+))?(?: ${SIZE})? (?:${AS}|bằng) ${FLAT_OR_TINY}(?! (?:nảy|này|đó|trong|của))|(?:thằng|con|đồ) (?:[^ ]+ ){0,2}(?:óc|não|mặt) ${FLAT_OR_TINY}$`,
    ),
  },
  {
    // "you smell", "you're the worst", "ur so cringe", "who asked" as the whole put-down, "go cry to your
    // mom", "ur face is ugly"; a lesson asks "what do you smell?", "who asked the first question?".
    id: 'chat.insult.likened',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({
      acc: [],
      fold: [
        ...['smell', 'stink', 'worst', 'weird', 'weirdo', 'creep', 'freak', 'cringe', 'gross', 'baby', 'crybaby'],
        ...['nobody', 'nothing', 'irrelevant', 'cry', 'asked', 'nerd', 'nerds', 'ugly', 'disgusting'],
      ],
    }),
    re: T(
      `(?<!(?:do|did|can|could|what|would|will|does) )(?:you|u|ya) (?:smell|stink)(?: (?:so |really )?(?:bad|gross|disgusting|like [^ ]+))?$|(?:you re|youre|ur|your|u r) (?:literally |actually |honestly |just )?the worst$|(?:you re|youre|ur|your|u r) (?:(?:so|such a|literally|a|really|just|actually|honestly) ){0,2}(?:weird|weirdo|creep|freak|cringe|gross|baby|crybaby|nobody|nothing|irrelevant)(?: af| lol| ngl)?$|(?:go )?cry (?:about it|to (?:your|ur) (?:mom|mommy|mum|mama))|(?:who|nobody) asked(?: (?:you|u|lol|tho|though|bro))?$|shut up (?:you )?(?:nerd|nerds|baby|crybaby)$|(?:your|ur) (?:face|voice|hair|drawing) (?:is|s) (?:so )?(?:ugly|gross|disgusting)`,
    ),
  },
];
