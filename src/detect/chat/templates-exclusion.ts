/**
 * Exclusion and threats in wordings the first templates missed: "không ai chơi với mày", "tẩy chay nó",
 * "who invited you", "we're not your friends"; "mày sẽ phải trả giá", "tao gọi anh em ra xử mày",
 * unaccented "t danh m", "i'm coming for you".
 */
import { H, T, type Template } from './template-kit';

const THEM = '(?:mày|m|nó|cậu|thằng [^ ]+|con [^ ]+|bọn nó|tụi nó)';
const F_YOU = '(?:may|m|tui may|bon may|thang [^ ]+)';

export const SHUNNING: Template[] = [
  {
    id: 'chat.insult.exclusion',
    cat: 'insult',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: H({
      acc: [
        'chơi',
        'chả ai',
        'chẳng ai',
        'ghét',
        'ghê tởm',
        'khinh',
        'không ai',
        'khỏi',
        'làm nhóm',
        'nói chuyện',
        'tẩy chay',
      ],
      fold: [],
    }),
    re: T(
      `(?:không ai|chẳng ai|chả ai) (?:thèm |muốn |thích |ưa |chơi |nói chuyện |làm nhóm )(?:[^ ]+ ){0,2}(?:với )?(?:mày|m|nó|cậu)|(?:cả lớp|cả nhóm|mọi người|ai cũng) (?:đều )?(?:ghét|ghê tởm|khinh) (?:mày|m|nó|cậu)|(?:đừng|không) (?:ai )?(?:chơi|nói chuyện|làm nhóm) với (?:nó|mày|thằng [^ ]+|con [^ ]+)|tẩy chay ${THEM}|(?:kick|đuổi|đá|loại) ${THEM} (?:ra )?khỏi (?:nhóm|lớp|group)`,
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
        'asked',
        'block',
        'cares',
        'chang ai',
        'get lost',
        'ghet',
        'go away',
        'ignore',
        'invited',
        'khong ai',
        'no one',
        'nobody',
        'tay chay',
        'unfriend',
        'wants',
        'we are',
        'we re',
        'were',
      ],
    }),
    re: T(
      `(?:nobody|no one|noone) (?:cares|invited (?:you|u)|wants (?:you|u))|who (?:even )?(?:invited|asked) (?:you|u)(?! (?:to|for|about|if|whether) )|(?:everyone|everybody|let s|lets|we should) (?:just )?(?:ignore|block|unfriend) (?:him|her|them|you|u)|(?:we re|we are|were) not (?:your|ur) friends?|(?:nobody|no one) (?:will|would|wants to|is gonna) (?:ever )?(?:be (?:your|ur) friend|play with (?:you|u)|sit with (?:you|u)|talk to (?:you|u))|^(?:get lost|go away)(?: [^ ]+)?$|(?:khong ai|chang ai) (?:thich|choi|muon choi) (?:voi )?(?:may|m)|ca lop (?:deu )?ghet (?:may|m)|tay chay (?:no|may|thang [^ ]+)`,
    ),
  },
  {
    id: 'chat.threat.warning',
    cat: 'threat',
    sev: 2,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['bằng được', 'gọi', 'hối hận', 'kêu', 'rủ', 'trả giá'], fold: [] }),
    re: T(
      `(?:mày|m|chúng mày|tụi mày) (?:sẽ )?(?:phải )?(?:trả giá|hối hận)|(?:tao|t|bọn tao|tụi tao) (?:sẽ )?(?:cho|bắt) (?:mày|m) (?:phải )?(?:trả giá|hối hận)|(?:gọi|kêu|rủ) (?:anh em|hội|đàn anh|người) (?:ra |đến |tới )?(?:xử|đánh|đập|úp sọt) (?:mày|m|nó)|(?:tao|t) (?:sẽ )?(?:tìm|kiếm) (?:ra )?(?:mày|m)(?: cho bằng được| bằng được)`,
    ),
  },
  {
    id: 'chat.threat.harm-you',
    cat: 'threat',
    sev: 2,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['after school', 'coming for', 'for this', 'later', 'make', 'regret', 't', 'tao'] }),
    re: T(
      `(?:tao|t|bon tao|tui tao) (?:se |sap |dinh )?(?:giet|chem|dam|dap|xu|danh|tan|bem) (?:chet )?${F_YOU}|(?:you ll|you will|u will|ull) regret (?:this|it)|(?:i ll|ill|i will) make (?:you|u) (?:pay|regret)|(?:i m|im) coming for (?:you|u)|(?:i ll|ill|i will) get (?:you|u) (?:for this|after school|later)`,
    ),
  },
];
