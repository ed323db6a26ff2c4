/**
 * First-person self-harm beyond the fixed frames: the writer's own death as a wish, a condition or a
 * thought ("nếu mình chết", "chắc em chết đi thì…", "nghĩ đến cái chết"), a means at hand ("cầm dao
 * lam", "uống hết lọ thuốc", "đứng trên sân thượng"), giving up ("muốn buông hết"), worth ("không đáng
 * được sống"), and English passive ideation. Review tier unless the words are unmistakable: a check-in
 * costs little, a missed one a great deal.
 */
import { H, T, alternatives, type Template } from './template-kit';
import { PRESCRIBED } from './templates-self-ends';

const ME = `(?:${alternatives(['em', 'mình', 'tớ', 'tôi', 'tao', 't', 'con', 'tui', 'cháu'])})`;
const ME_FOLD = `(?:${alternatives(['em', 'e', 'minh', 'mk', 'mik', 'to', 'toi', 'tao', 't', 'con', 'tui'])})`;
const NOT = '(?:không|chẳng|chả|hông)';

const LAST_HINT = H({
  acc: ['lý do', 'lí do', 'lẽ', 'mãi mãi', 'cuối', 'vết', 'sẹo', 'ngủ', 'chuẩn bị', 'đầu', 'thuốc', 'tỉnh', 'thức'],
  fold: ['mai mai'],
});

export const SELF_HARM_FRAMES: Template[] = [
  {
    id: 'chat.self-harm.explicit',
    cat: 'self-harm',
    sev: 3,
    tier: 'alert',
    view: 'acc',
    hint: H({
      acc: [
        'dao',
        'dây thừng',
        'lan can',
        'lưỡi lam',
        'mép cầu',
        'nuốt',
        'nóc nhà',
        'sân thượng',
        'thuốc ngủ',
        'thành cầu',
        'tầng thượng',
        'uống',
        'đáng',
      ],
      fold: [],
    }),
    re: T(
      `${ME} (?:[^ ]+ ){0,2}${NOT} (?:đáng|xứng đáng) (?:được )?(?:sống|tồn tại)|${ME} (?:[^ ]+ ){0,2}(?:đang |đã )?(?:cầm|giấu|mua) (?:sẵn )?(?:dao lam|lưỡi lam|dao|thuốc ngủ|dây thừng)(?: (?:trên tay|rồi|r|trong tay|để))|${ME} (?:[^ ]+ ){0,2}(?:uống|nuốt) (?:hết |cả )?(?:lọ|vỉ|hộp|nắm) thuốc${PRESCRIBED}|${ME} (?:[^ ]+ ){0,2}(?:đứng|ngồi|trèo|leo) (?:trên|lên|ra) (?:sân thượng|tầng thượng|nóc nhà|lan can|thành cầu|mép cầu)(?: rồi| r| đây| này)`,
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
        'chuyện biến mất',
        'chuyện chết',
        'chuyện tự tử',
        'chắc',
        'cái chết',
        'giá',
        'kết thúc mọi chuyện',
        'lỡ',
        'muốn buông',
        'ngủ mãi',
        'ngủ một giấc không',
        'nếu',
        'thà',
        'việc chết',
        'việc tự tử',
      ],
      fold: [],
    }),
    re: T(
      `(?:nếu|giá mà|giá|chắc|thà|lỡ) ${ME} (?:[^ ]+ ){0,1}(?:chết|biến mất|không còn nữa|không còn trên đời)(?! (?:mất|thôi|rồi|r|luôn|cười|vì))|nghĩ (?:đến|về|tới) (?:cái chết|chuyện chết|việc chết|chuyện tự tử|việc tự tử|chuyện biến mất)|${ME} (?:[^ ]+ ){0,2}muốn buông (?:hết|xuôi|bỏ tất cả|bỏ mọi thứ|tay)|kết thúc mọi chuyện|${ME} (?:[^ ]+ ){0,2}muốn (?:đi )?(?:ngủ mãi|ngủ một giấc không (?:dậy|vậy))`,
    ),
  },
  {
    id: 'chat.self-harm.explicit',
    cat: 'self-harm',
    sev: 3,
    tier: 'alert',
    view: 'fold',
    hint: H({ acc: [], fold: ['dying', 'ending', 'killing myself', 'mun', 'muon', 'song', 'suicide', 'to end'] }),
    // The writer is looked for behind the match: the evidence is the wish ("muon tu tu"), as it is with diacritics.
    re: T(
      `(?:khong|chang|cha|hong|het) (?:muon|mun|thiet|con muon) song(?: tiep| them)?(?: nua)?|(?<=(?<![^ ])${ME_FOLD} (?:chi )?)(?:muon|mun) (?:chet|chit|tu tu)|(?:want|wanna|going) to end (?:my life|it all|it tonight|it)|(?:thinking|think|thought) (?:about|of) (?:ending (?:it|my life)|killing myself|suicide|dying)`,
    ),
  },
  {
    id: 'chat.self-harm.ideation',
    cat: 'self-harm',
    sev: 2,
    tier: 'review',
    view: 'fold',
    hint: H({
      acc: [],
      fold: [
        'as well',
        'be alive',
        'be better off',
        'be here',
        'care',
        'exist',
        'i hate being alive',
        'i wish i',
        'miss me',
        'notice',
        'wake up',
        'what s the point',
      ],
    }),
    re: T(
      `(?:don t|dont|do not) (?:want|wanna) to (?:be here|exist|be alive|wake up)(?: anymore)?|(?:nobody|no one) (?:would|will|d) (?:care|notice|even notice|miss me) if i (?:was|were|m|am|died|disappeared)(?: gone| dead)?|i wish i (?:could )?(?:die|disappear|wasn t alive|was not alive|didn t exist)|what s the point (?:of|in) (?:living|life|anything)|i (?:don t|dont) want to exist|i hate being alive|i (?:might|may) as well (?:be dead|die|not exist)|(?:i d|i would|everyone would) be better off (?:dead|without me)`,
    ),
  },
  {
    id: 'chat.self-harm.explicit',
    cat: 'self-harm',
    sev: 3,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['cào', 'cắt', 'cứa', 'rạch', 'tự'], fold: [] }),
    re: T(
      `tự (?:hại|làm hại|làm tổn thương|đánh) (?:bản thân|mình|chính mình)|${ME} (?:[^ ]+ ){0,2}(?:tự )?(?:rạch|cứa|cào|cắt) (?:tay|cổ tay|đùi|chân|da)`,
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
        'chẳng để làm gì',
        'chết',
        'chịu',
        'cách',
        'gánh nặng',
        'không ai',
        'kiếp sau',
        'làm khổ',
        'làm liên lụy',
        'làm phiền',
        'mãi mãi',
        'ra đi',
        'sống',
        'thừa',
        'tiếp tục',
        'từ biệt',
        'vô ích',
        'vĩnh biệt',
        'đi theo',
        'đồ bỏ đi',
      ],
      fold: [],
    }),
    re: T(
      `${ME} (?:[^ ]+ ){0,2}(?:là|chỉ là) (?:đồ |kẻ |một |cái )?(?:gánh nặng|thừa thãi|đồ thừa|kẻ thừa|đồ bỏ đi)|(?:sống|tồn tại) (?:cũng |thật |quá |chỉ )?(?:thừa|vô ích|chẳng để làm gì)|(?:vĩnh biệt|từ biệt) (?:mọi người|cả lớp|các bạn|tất cả|thế giới)|(?:hẹn gặp lại|gặp lại) (?:ở |vào )?kiếp sau|không ai (?:quan tâm|thương|yêu|cần|để ý) (?:đến |tới )?${ME}|${ME} (?:[^ ]+ ){0,2}(?:muốn|thèm|ước) (?:được )?(?:ra đi|đi theo (?:ông|bà|bố|mẹ)|không phải sống)|${ME} (?:[^ ]+ ){0,2}(?:không|chẳng) (?:thể |còn )?(?:chịu|chịu đựng|sống|tiếp tục) (?:nổi|được|thêm|tiếp)(?: nữa)?|(?:^|${ME} (?:[^ ]+ ){0,3})(?:muốn )?chết (?:đi |quách |luôn )?cho (?:xong|rồi|r|khỏe|nhẹ người)|${ME} (?:[^ ]+ ){0,2}(?:sẽ )?(?:không|chẳng) (?:làm phiền|làm khổ|làm gánh nặng cho|làm liên lụy) (?:ai|mọi người|bố mẹ|ba mẹ|gia đình) nữa|${ME} (?:[^ ]+ ){0,2}(?:đi|ra đi|biến mất) (?:thật )?(?:xa )?mãi mãi|cách (?:nào )?(?:để )?(?:chết|tự tử|tự sát) (?:cho )?(?:nhanh|không đau|êm|nhẹ nhàng)|(?:tìm|nghĩ|hỏi|tra) (?:[^ ]+ ){0,2}cách (?:để )?(?:tự tử|tự sát|chết)`,
    ),
  },
  {
    id: 'chat.self-harm.ideation',
    cat: 'self-harm',
    sev: 2,
    tier: 'review',
    view: 'fold',
    hint: H({
      acc: [],
      fold: [
        'am going to',
        'anymore',
        'bien mat',
        'care',
        'chan doi',
        'cutting',
        'deserve to',
        'goodbye',
        'is meaningless',
        'is not worth',
        'isn t worth',
        'khong ai',
        'khong ton tai',
        'lam gi nua',
        'm going to',
        'm gonna',
        'miss me',
        'myself',
        'ngu mai mai',
        'no reason to',
        'notice',
        'pain to stop',
        'pills',
        'should',
        'tired of',
        'will not',
        'won t',
        'wont',
      ],
    }),
    re: T(
      `${ME_FOLD} (?:[^ ]+ ){0,2}(?:muon|mun|uoc) (?:duoc )?(?:bien mat|khong ton tai|ngu mai mai)|chan doi|khong ai (?:can|quan tam|thuong) ${ME_FOLD}|song (?:de )?lam gi nua|i (?:should|deserve to|m going to|am going to|m gonna) (?:just )?(?:die|disappear|hurt myself|cut myself)|i (?:cut|hurt) myself (?:again|today|last night|yesterday)|i (?:won t|wont|will not) be (?:here|around) (?:tomorrow|much longer|anymore)|i can t (?:take|handle) (?:it|this) anymore|(?:life|living) (?:is meaningless|isn t worth (?:it|living)|is not worth (?:it|living))|i m (?:so )?tired of (?:everything|being alive|living|life)|(?:took|swallowed|taking) (?:all |a bunch of )?(?:the |my )?pills|no reason to (?:go on|live|keep going)|goodbye forever|(?:i m|im|i am) done (?:[^ ]+ ){0,3}goodbye|(?:been|started|keep|kept) cutting (?:again|myself)|cutting myself|(?:nobody|no one) would (?:even )?(?:notice|care|miss me) if i (?:disappeared|died|was gone|left)|(?:want|need) (?:the |this |all the )?pain to stop (?:forever|for good)`,
    ),
  },
  {
    id: 'chat.self-harm.explicit',
    cat: 'self-harm',
    sev: 3,
    tier: 'alert',
    view: 'fold',
    hint: H({
      acc: [],
      fold: ['cat tay', 'nhay cau', 'nhay lau', 'rach tay', 'treo co', 'tu sat', 'tu tu', 'uong thuoc ngu'],
    }),
    re: T(
      `(?<=(?<![^ ])${ME_FOLD} (?:[^ ]+ ){0,2})(?:nhay cau|nhay lau|treo co|uong thuoc ngu|rach tay|cat tay|tu tu|tu sat)(?! (?:thoi|di|nhe|lam))`,
    ),
  },
  {
    // No reason left, a goodbye "forever", a last message, many cuts on the arm, sleep without waking,
    // a means made ready: review, since each has an everyday reading in some sentence.
    id: 'chat.self-harm.ideation',
    cat: 'self-harm',
    sev: 2,
    tier: 'review',
    view: 'acc',
    hint: LAST_HINT,
    re: T(
      `${NOT} còn (?:lý do|lí do|lẽ) (?:gì )?(?:để )?sống|tạm biệt (?:[^ ]+ ){0,2}mãi mãi|(?:tin nhắn|lời nhắn) cuối (?:cùng )?(?:của )?${ME}|tay ${ME} (?:[^ ]+ ){0,1}(?:toàn|đầy|chi chít) (?:những )?(?:vết|sẹo)|ngủ (?:mãi|mãi mãi|luôn) (?:không|chẳng) (?:bao giờ )?(?:dậy|vậy|tỉnh)|chuẩn bị (?:sẵn )?(?:thuốc ngủ|dao lam|lưỡi lam)|${ME} (?:[^ ]+ ){0,2}chuẩn bị (?:sẵn )?dây(?: thừng)?(?: rồi| r| xong)?$|(?:đâm|lao) đầu (?:vào|xuống) (?:xe|xe tải|ô tô|tàu)|uống (?:hết |cả |nửa |mấy |nhiều )?(?:vỉ|lọ|hộp) thuốc${PRESCRIBED}|(?:ước|muốn|mong) (?:gì )?(?:[^ ]+ ){0,2}(?:không|chẳng) (?:bao giờ )?(?:tỉnh|thức) (?:lại|dậy|vậy)`,
    ),
  },
];

/**
 * Plain first-person wishes outside the frames above: "em mún đi chết", "mk mun die", "chỉ muốn biến
 * mất" or "muốn kết thúc" closing a message, standing on a bridge or a rooftop as the message's last
 * words, "kiếp sau gặp lại", nobody sad at the writer's death, "chết đi cho rồi" as a whole message,
 * asking the parents' pardon before going, an arm bleeding as the last words, wanting to stop everything,
 * English "i just want it all to end". Review: each can be a
 * teenager's overstatement, and an adult should look.
 */
export const SELF_HARM_PLAIN: Template[] = [
  {
    // Older words for suicide, wished or planned by the writer ("e muốn tự vẫn"); told of a king in a
    // history lesson they have a subject other than the writer.
    id: 'chat.self-harm.explicit',
    cat: 'self-harm',
    sev: 3,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['tự vẫn', 'quyên sinh', 'tự kết liễu', 'tự tuẫn'], fold: [] }),
    re: T(`${ME} (?:[^ ]+ ){0,2}(?:muốn|mún|định|tính|sẽ|sắp|ước) (?:đi )?(?:tự vẫn|quyên sinh|tự kết liễu|tự tuẫn)`),
  },
  {
    id: 'chat.self-harm.ideation',
    cat: 'self-harm',
    sev: 2,
    tier: 'review',
    view: 'acc',
    hint: H({
      acc: [
        ...['chết', 'die', 'biến mất', 'không tồn tại', 'ngủ mãi', 'cầu', 'sân thượng', 'nóc nhà', 'tầng thượng'],
        ...['kiếp sau', 'kết thúc', 'xin lỗi', 'máu', 'dừng lại'],
      ],
      fold: [],
    }),
    re: T(
      `${ME} (?:đang |cũng |chỉ |thật sự |thực sự |rất |lại )?(?:muốn|mún) (?:đi )?(?:chết|die)(?! (?:mất|thôi|cười|đi được))|chỉ (?:muốn|mún) (?:được )?(?:biến mất|chết|không tồn tại|ngủ mãi mãi)(?: (?:thôi|luôn|cho xong))?(?: (?:mọi người|các bạn|cô|thầy|mẹ|bố|ba|má))?$|${ME} (?:đang )?(?:đứng|ngồi|ở) trên (?:cầu|sân thượng|nóc nhà|tầng thượng)(?: (?:rồi|r|đây|này|nè))?(?:$|(?= (?:${ME} )?(?:sợ|run|sắp|định|chuẩn bị|nhìn xuống|không còn)))|kiếp sau (?:[^ ]+ ){0,2}gặp (?:lại|nhau)|${ME} (?:có )?(?:chết|biến mất) (?:đi )?(?:(?:chắc|thì|cũng) )*(?:chả|chẳng|không) ai (?:buồn|quan tâm|để ý|nhớ|khóc|thương|biết)|${ME} (?:[^ ]+ ){0,1}muốn kết thúc(?: (?:thôi|rồi|r|luôn|hết|cho xong))?$|^(?:${ME} )?chết (?:quách )?(?:đi )?cho (?:rồi|r|xong)$|xin lỗi (?:bố mẹ|ba mẹ|bố|mẹ|ba|má|cả nhà|gia đình)(?: [^ ]+){0,4} ${ME} (?:phải )?đi (?:đây|trước)|tay ${ME} (?:đang |lại |vẫn )?chảy (?:nhiều )?máu(?: (?:nhiều|quá|lắm|không ngừng|mãi))*$|${ME} (?:[^ ]+ ){0,2}muốn dừng lại (?:hết|tất cả|mọi thứ)$`,
    ),
  },
  {
    id: 'chat.self-harm.ideation',
    cat: 'self-harm',
    sev: 2,
    tier: 'review',
    view: 'fold',
    hint: H({ acc: [], fold: ['all', 'everything'] }),
    re: T(
      `(?:want|wanna) (?:it all|everything|all of it) to (?:end|stop)(?! well)|(?:want|wanna) to end (?:it all|everything)`,
    ),
  },
  {
    // The writer's plan with its means ("em định thắt cổ"), a means made ready ("dao lam t để sẵn r"),
    // the others glad once the writer is dead, dying "right now" being fine, a goodbye with no return.
    // "nhảy cầu" is also the diving event in PE, so it is left to the frames that need more words.
    id: 'chat.self-harm.ideation',
    cat: 'self-harm',
    sev: 2,
    tier: 'review',
    view: 'acc',
    hint: H({
      acc: [
        ...[
          'thắt cổ',
          'treo cổ',
          'nhảy lầu',
          'rạch tay',
          'cắt tay',
          'cắt cổ tay',
          'tự tử',
          'tự sát',
          'uống thuốc',
          'uống hết thuốc',
        ],
        ...['sẵn', 'chuẩn bị xong', 'chết', 'die', 'biến mất', 'tạm biệt', 'ngủ'],
      ],
      fold: [],
    }),
    re: T(
      `${ME} (?:[^ ]+ )?(?:định|tính|sắp|chuẩn bị|quyết định) (?:đi )?(?:thắt cổ|treo cổ|nhảy lầu|rạch tay|cắt tay|cắt cổ tay|tự tử|tự sát|uống thuốc ngủ|uống thuốc chuột|uống hết thuốc)|(?:dao lam|lưỡi lam|thuốc ngủ|thuốc chuột|dây thừng) (?:[^ ]+ ){0,2}(?:để sẵn|chuẩn bị sẵn|mua sẵn|giấu sẵn|sẵn rồi|sẵn r|chuẩn bị xong)|${ME} (?:mà |có )?(?:chết|biến mất) (?:đi )?(?:thì|là) (?:[^ ]+ ){0,3}(?:vui|mừng|nhẹ nhõm|sướng|hả hê|thoải mái|hết khổ)|(?:chết|die) (?:ngay )?(?:bây giờ|bây h|bh|lúc này|luôn) cũng (?:được|đc|dc|ok|chả sao)|tạm biệt (?:[^ ]+ ){0,6}(?:sẽ )?không (?:bao giờ )?(?:quay lại|trở lại|quay về) (?:nữa|đâu)|${ME} (?:[^ ]+ ){0,2}(?:muốn|mún|ước) (?:được )?ngủ (?:một |1 )?(?:giấc )?(?:rồi |r |mà |và )?(?:không|chẳng) (?:bao giờ )?(?:dậy|vậy|tỉnh|tỉnh dậy|tỉnh vậy|thức dậy|thức vậy) (?:nữa|luôn)|${ME} (?:có )?chết (?:đi )?(?:thì |chắc |cũng )*có ai (?:buồn|quan tâm|để ý|nhớ|khóc|thương) (?:đâu|không)`,
    ),
  },
];
