/**
 * Grooming cues in the words strangers type: a contact app named as the channel ("nhắn qua telegram
 * cho a"), asking for a child's "info", a chat kept from the parents' eyes, money in amounts ("a cho e
 * 100k"), "whatever you want, I'll buy it", a pick-up at school, a private room, the child alone at
 * home, a partner asked about, undressing watched, a call "just us". Each is a review cue; two
 * families from one sender escalate (guard-stages.ts).
 */
import type { Template } from './template-kit';
import { ADULT, YOUNG, PARENT, APP, APP_WORDS, groomingCue as cue } from './grooming-kit';

export const GROOMING_STRANGERS: Template[] = [
  cue(
    'contact',
    'acc',
    `(?:nhắn|nhắn tin|nói chuyện|chat|inbox|gọi|liên lạc) (?:[^ ]+ ){0,2}(?:qua|trên|bằng) ${APP}(?: (?:cho|với) ${ADULT})?|(?:lên|vào) ${APP} (?:[^ ]+ ){0,2}(?:nói chuyện|nhắn tin|nhắn|chat) (?:với|cho) ${ADULT}|cho ${ADULT} xin (?:cái )?(?:info|in4)`,
    [...APP_WORDS, 'in4', 'info'],
  ),
  cue(
    'secrecy',
    'acc',
    `(?:đừng|không được|đừng có) (?:cho|để) (?:${PARENT}|ai|người khác) (?:${YOUNG} )?(?:xem|đọc|thấy|biết)`,
    ['không được', 'đừng'],
  ),
  cue(
    'gifts',
    'acc',
    `${ADULT} (?:sẽ )?(?:cho|tặng|nạp|chuyển|bắn|gửi) (?:cho )?${YOUNG} \\d+ ?(?:k|không|nghìn|ngàn|triệu|tr|củ)|(?:muốn|thích|cần) (?:[^ ]+ ){0,3}(?:gì|nào|cái gì) ${ADULT} (?:mua|nạp|tặng) (?:cho)?`,
    ['bắn', 'cho', 'chuyển', 'gửi', 'mua', 'nạp', 'tặng'],
  ),
  cue(
    'meeting',
    'acc',
    `${ADULT} (?:qua|đến|tới|sang|ra) (?:[^ ]+ ){0,2}(?:đón|đưa) (?:${YOUNG}|đi (?:chơi|ăn|dạo))|(?:vào|qua|sang) phòng riêng (?:với|cùng) ${ADULT}`,
    ['phòng riêng', 'đón', 'đưa'],
  ),
  cue(
    'probing',
    'acc',
    `${YOUNG} (?:đã )?(?:có )?(?:người yêu|bạn trai|bạn gái|ny|crush) chưa|${YOUNG} (?:có )?(?:hay )?(?:đang )?ở (?:nhà )?(?:một mình|1 mình)`,
    ['1 mình', 'bạn gái', 'bạn trai', 'crush', 'một mình', 'người yêu', 'ny'],
  ),
  cue(
    'photos',
    'acc',
    `(?:thay đồ|tắm|cởi|mặc đồ ngủ) (?:[^ ]+ ){0,4}(?:cho ${ADULT} (?:xem|coi|nhìn)|${ADULT} (?:xem|coi))`,
    ['cởi', 'mặc đồ ngủ', 'thay đồ', 'tắm'],
  ),
  cue(
    'probing',
    'acc',
    `${YOUNG} (?:[^ ]+ ){0,2}ở (?:quận|phường|đường|khu|xã) (?:mấy|nào)|${YOUNG} (?:đi học|tan học|tan trường|học thêm) về (?:lúc )?mấy giờ`,
    ['khu', 'mấy giờ', 'phường', 'quận', 'xã', 'đường'],
  ),
  cue('meeting', 'acc', `${ADULT} (?:sẽ )?(?:đợi|chờ) ${YOUNG} (?:ở|tại|trước|sau|ngoài)`, ['chờ', 'đợi']),
  cue(
    'gifts',
    'acc',
    `${YOUNG} (?:có )?muốn (?:làm người mẫu|kiếm tiền|kiếm thêm tiền|có tiền)|${ADULT} (?:sẽ )?trả tiền (?:cho )?${YOUNG}?`,
    ['có tiền', 'kiếm thêm tiền', 'kiếm tiền', 'làm người mẫu', 'trả tiền'],
  ),
  cue(
    'photos',
    'acc',
    `gửi ${ADULT} (?:vài |mấy |một |1 )?(?:tấm|ảnh|hình)(?: [^ ]+)? (?:toàn thân|bikini|đồ bơi|đồ lót|mặc)|(?:tấm|ảnh|hình) (?:toàn thân|bikini|đồ bơi|đồ lót)`,
    ['bikini', 'mặc', 'toàn thân', 'đồ bơi', 'đồ lót'],
  ),
  cue(
    'secrecy',
    'acc',
    `(?:đừng|không được|đừng có) (?:nói|kể) (?:với |cho )?(?:cô giáo|thầy giáo|thầy cô|cô chủ nhiệm)|(?:block|chặn|ẩn) (?:${PARENT}) (?:${YOUNG} )?(?:trên|khỏi|ở)`,
    ['block', 'chặn', 'cô chủ nhiệm', 'cô giáo', 'thầy cô', 'thầy giáo', 'ẩn'],
  ),
  cue(
    'secrecy',
    'fold',
    `(?:won t|wont|will not|never) tell your (?:parents|mom|mum|dad)|(?:parents|mom|mum|dad) (?:check|read|see|look at) your (?:phone|messages|chats|texts)`,
    ['chats', 'messages', 'phone', 'tell your', 'texts'],
  ),
  // A stranger's channel asked for by name, a secret kept "for" the child, a gift waiting, a top-up
  // promised, a meeting where the child comes alone (a brother met is family), and whether the child is
  // still a virgin.
  cue(
    'contact',
    'acc',
    `cho ${ADULT} xin (?:[^ ]+ )?${APP}|${YOUNG} có ${APP} (?:không|chưa)(?: (?:[^ ]+ ){0,2}cho ${ADULT} xin)`,
    APP_WORDS,
  ),
  cue('secrecy', 'acc', `${ADULT} (?:sẽ )?giữ bí mật (?:cho|với|giúp) ${YOUNG}`, ['giữ bí mật']),
  cue(
    'gifts',
    'acc',
    `${ADULT} (?:có )?(?:quà|món quà) (?:[^ ]+ )?(?:cho|tặng) ${YOUNG}|${ADULT} (?:sẽ )?nạp (?:game |thẻ |kim cương |quân huy |tiền )?cho(?: ${YOUNG})?$`,
    ['nạp', 'quà'],
  ),
  cue('meeting', 'acc', `gặp ${ADULT}(?! (?:trai|họ|ruột)) (?:[^ ]+ ){0,9}(?:một mình|1 mình)`, ['1 mình', 'một mình']),
  // Pictures asked for by the adult, a tie claimed to the child's teacher, fame or a phone offered,
  // the child invited to the adult's home; English "how old r u", "add my snap".
  cue(
    'photos',
    'acc',
    `gửi ${ADULT} (?:một |1 |vài |mấy )?(?:tấm |cái |bức )?(?:ảnh|hình)(?! bài)|chụp (?:[^ ]+ ){0,3}(?:gửi |cho )?${ADULT} (?:xem|coi|ngắm)(?! (?:bài|đề))`,
    ['chụp', 'gửi'],
  ),
  cue('trust', 'acc', `${ADULT} (?:quen|biết) (?:thầy|cô) (?:chủ nhiệm |giáo )?(?:lớp |của )?${YOUNG}`, [
    'biết',
    'quen',
  ]),
  cue(
    'gifts',
    'acc',
    `(?:giúp|cho|đưa) ${YOUNG} (?:được )?(?:nổi tiếng|làm idol|thành idol|lên hot|làm người mẫu)|${YOUNG} (?:có )?muốn (?:làm|thành) (?:idol|hot girl|hotgirl|người nổi tiếng|streamer|tiktoker)|${ADULT} (?:cho|tặng) ${YOUNG} (?:mượn )?(?:cái |chiếc )?(?:điện thoại|iphone|ipad|máy tính|laptop)`,
    [
      'hot girl',
      'hotgirl',
      'idol',
      'ipad',
      'iphone',
      'laptop',
      'làm người mẫu',
      'lên hot',
      'máy tính',
      'nổi tiếng',
      'streamer',
      'tiktoker',
      'điện thoại',
    ],
  ),
  cue('meeting', 'acc', `(?:đến|qua|sang|về) nhà ${ADULT} (?:chơi|ngủ|ở)`, ['nhà']),
  cue('probing', 'fold', `how old (?:r|are) (?:u|ya|you)`, ['how old']),
  cue('contact', 'fold', `add my (?:snap|snapchat|insta|ig|discord|whatsapp|telegram|kik)`, ['add my']),
  cue('flattery', 'fold', `(?:you|u) (?:look|seem) (?:so |much )?(?:older|more mature) (?:than|for)`, [
    'more mature',
    'older',
  ]),
  cue(
    'photos',
    'fold',
    `video call (?:[^ ]+ ){0,2}just (?:us|you and me|the two of us)|just (?:us|you and me) on (?:video|call|cam)`,
    ['just', 'video call'],
  ),
  // Friends asked by the adult ("kb fb a đi e"; "kb Zalo đi để gửi bài" among pupils names no adult),
  // a move to an app "to talk more easily", a video call with the adult, a photo sent for the adult to
  // look at, a pick-up offered, "is anyone home", money to be made; English "u got insta?" and chats
  // kept secret.
  cue('contact', 'acc', `kb (?:${APP} )?(?:với )?${ADULT}`, ['kb']),
  cue(
    'contact',
    'acc',
    `(?:qua|sang|lên|vào) ${APP} (?:nói chuyện|nhắn tin|nhắn|chat|tâm sự) (?:cho (?:tiện|dễ|riêng tư|kín)|riêng|(?:[^ ]+ ){0,2}(?:nha|nhé|nhe) (?:em|bé)$)`,
    APP_WORDS,
  ),
  cue('contact', 'acc', `(?:gọi video|call video|video call|facetime) (?:với|cho) ${ADULT}`, [
    'call video',
    'facetime',
    'gọi video',
    'video call',
  ]),
  cue(
    'photos',
    'acc',
    `(?:gửi|chụp) (?:tấm |bức |cái )?(?:ảnh|hình)(?: của)?(?: ${YOUNG})? cho ${ADULT} (?:xem|coi|ngắm)`,
    ['chụp', 'gửi'],
  ),
  cue('meeting', 'acc', `${ADULT} (?:ra|qua|đến|tới|sang) (?:đón|rước|chở)(?: (?:nhé|nha|nhe|${YOUNG}))?$`, [
    'chở',
    'rước',
    'đón',
  ]),
  cue('probing', 'acc', `có ai ở nhà (?:với ${YOUNG} )?(?:không|chưa)`, ['ở nhà']),
  cue('gifts', 'acc', `muốn (?:kiếm tiền|kiếm thêm tiền|có tiền tiêu) (?:không|chưa) ${YOUNG}`, [
    'có tiền tiêu',
    'kiếm thêm tiền',
    'kiếm tiền',
  ]),
  // The parents' bedtime or hours asked of the child, who the child sleeps with, the adult's room, a
  // channel given without asking ("e cho a link ig đi"), the parents made not to need to know, a gift
  // chosen by the child, praise over the child's classmates.
  cue(
    'probing',
    'acc',
    `mấy giờ ${PARENT} ${YOUNG} (?:đi ngủ|ngủ|đi làm|đi vắng)|mấy giờ ${PARENT} (?:đi ngủ|ngủ)|${YOUNG} (?:hay |thường |đêm nay |tối nay )?ngủ (?:với|cùng) ai`,
    ['đi làm', 'đi ngủ', 'đi vắng', 'ngủ'],
  ),
  cue('meeting', 'acc', `(?:lên|vào|qua|sang|đến|tới) phòng (?:của )?${ADULT}(?! (?:trai|họ))`, ['phòng']),
  cue('contact', 'acc', `${YOUNG} cho ${ADULT} (?:xin )?(?:cái )?(?:link |nick |acc |tài khoản )?${APP}`, APP_WORDS),
  cue('secrecy', 'acc', `${PARENT} (?:${YOUNG} )?(?:không|chẳng|chả) cần (?:phải )?biết`, ['cần']),
  cue('gifts', 'acc', `(?:muốn|thích|cần) ${ADULT} (?:mua|nạp|tặng) (?:[^ ]+ ){0,2}(?:gì|cái gì)`, [
    'mua',
    'nạp',
    'tặng',
  ]),
  cue(
    'contact',
    'fold',
    `(?:you|u) (?:got|have|has) (?:an? )?(?:insta|ig|snap|snapchat|discord|telegram|whatsapp|kik)`,
    ['discord', 'ig', 'insta', 'kik', 'snap', 'snapchat', 'telegram', 'whatsapp'],
  ),
  cue(
    'secrecy',
    'fold',
    `keep (?:our|these|this|the|my) (?:chats?|messages?|texts?|convos?|conversations?|talks?) (?:a )?secret|(?:our|these) (?:chats?|messages?) (?:are|r|is) (?:a |our )?secret`,
    ['secret'],
  ),
];
