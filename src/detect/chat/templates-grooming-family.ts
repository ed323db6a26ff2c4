/**
 * Grooming cues by family, slots open to the words a stranger picks rather than to one sentence: a
 * secret "between the two of us", money sent or offered whenever the child needs it, a move to an app
 * "to talk freely", the adult waiting somewhere for the child, the child praised above classmates,
 * asked about kisses, boyfriends, age and bed, the parents said not to understand the child, messages to
 * be deleted, a gift to come and take, a meeting with the adult somewhere; and their English twins.
 * Review cues; two families from one sender escalate (guard-stages.ts).
 */
import type { Template } from './template-kit';
import { ADULT, APP, APP_WORDS, PARENT, groomingCue as cue } from './grooming-kit';
import { CHILD, PRAISE } from './templates-grooming-stages';

/** The two of them, as an adult names the pair ("hai chú cháu mình", "2 đứa"). */
const PAIR = '(?:hai|2) (?:đứa|ta|anh em|chú cháu|bác cháu|chị em|người)';
/** The adult as a stranger names himself; not the rude "tao" ("còn mặt mũi nào đến gặp tao"). */
const ELDER = '(?:a|anh|chú|bác|ông)';
const MONEY = '(?:tiền|tiền tiêu vặt|tiền tiêu|[0-9]+k|[0-9]+ (?:nghìn|ngàn|triệu|củ|k))';
const APPS_EN = '(?:snap|snapchat|insta|ig|instagram|discord|whatsapp|telegram|kik|zalo|messenger)';

export const GROOMING_FAMILY: Template[] = [
  // A secret between the two of them.
  cue(
    'secrecy',
    'acc',
    `(?:chuyện|bí mật|tin nhắn|việc) (?:[^ ]+ ){0,5}(?:giữa|của riêng|riêng|của) ${PAIR}|${PAIR} (?:mình )?(?:[^ ]+ ){0,2}bí mật`,
    ['hai', '2'],
  ),
  cue(
    'secrecy',
    'fold',
    `(?:keep|kept) (?:this|it|that|our chats?|our secret|everything) (?:just )?between (?:us|u and me|you and me|me and you)|(?:our|a) little secret`,
    ['between', 'secret'],
  ),
  // Messages to delete, or a secret nobody needs to know.
  cue(
    'secrecy',
    'acc',
    `tin nhắn (?:của )?${ADULT}(?: [^ ]+){0,6} (?:xóa|xoá)|(?:xóa|xoá) (?:hết |luôn |đi )?(?:tin nhắn|đoạn chat) (?:của |với )?${ADULT}|(?:không|chẳng) ai (?:cần |được |phải )?biết (?:[^ ]+ ){0,2}(?:chuyện|việc) (?:này|hai|2|mình)|^(?:[^ ]+ ){0,2}bí mật (?:nha|nhé|nhá|nhe) ${CHILD}$`,
    ['xóa', 'xoá', 'biết', 'bí mật'],
  ),
  // Money sent to the child, or offered whenever the child needs it.
  cue(
    'gifts',
    'acc',
    `${ADULT} (?:[^ ]+ )?(?:gửi|cho|chuyển|bank|ck|nạp|bắn) (?:cho )?${CHILD} (?:[^ ]+ ){0,2}${MONEY}|${CHILD} (?:[^ ]+ ){0,2}cần (?:tiền|gì|bao nhiêu) (?:thì )?(?:cứ )?(?:[^ ]+ )?(?:hỏi|nói|bảo|nhắn|xin) ${ADULT}`,
    ['gửi', 'cho', 'chuyển', 'bank', 'ck', 'nạp', 'bắn', 'cần'],
  ),
  cue(
    'gifts',
    'fold',
    `(?:i can|i ll|ill|i will|let me|want me to|i could) (?:get|buy|send|give) (?:you|u) (?:some |free )?(?:robux|vbucks|v bucks|money|cash|gift card|gift cards|skin|skins|diamonds|a new phone)`,
    ['robux', 'vbucks', 'bucks', 'money', 'cash', 'gift', 'skin', 'skins', 'diamonds', 'phone'],
  ),
  // A gift the adult has, for the child to come and take.
  cue('gifts', 'acc', `${ADULT} có (?:[^ ]+ ){1,5}(?:${CHILD} )?(?:ra|đến|tới|qua|xuống) (?:nhà ${ADULT} )?lấy`, [
    'lấy',
  ]),
  // The talk moved to an app to be free or private there.
  cue(
    'contact',
    'acc',
    `(?:qua|sang|lên|vào) ${APP} (?:[^ ]+ ){0,3}(?:cho |để )?(?:thoải mái|riêng tư|kín đáo|dễ nói chuyện|không ai đọc|không ai biết)|(?:qua|sang|lên) ${APP} (?:nói chuyện|tâm sự|nhắn tin|chat|call|gọi) (?:riêng|với ${ADULT}|cho ${ADULT})`,
    [...APP_WORDS],
  ),
  // Lures: to the adult's home or onto his bike, easy money.
  cue(
    'meeting',
    'acc',
    `(?:qua|đến|tới|sang|ghé) nhà ${ELDER}(?: (?:nhé|nha|đi|chơi))*$|lên xe ${ELDER}(?! (?:ấy|trai|họ))`,
    ['nhà', 'xe'],
  ),
  cue('gifts', 'acc', `việc nhẹ lương cao|(?:chỉ|dạy) ${CHILD} (?:cách )?kiếm tiền`, ['việc nhẹ', 'kiếm tiền']),
  cue(
    'contact',
    'fold',
    `(?:add|text|dm|message|hmu|call) me on ${APPS_EN}|(?:what s|whats|what is) (?:ur|your) ${APPS_EN}`,
    ['snap', 'snapchat', 'insta', 'ig', 'instagram', 'discord', 'whatsapp', 'telegram', 'kik', 'zalo', 'messenger'],
  ),
  // The adult waiting for the child somewhere (at home is family); in English, a meeting kept private
  // ("let's meet at the park at 5" is a textbook's arrangement).
  cue(
    'meeting',
    'acc',
    `${ADULT} (?:[^ ]+ )?(?:đứng |ngồi |vẫn )?(?:đợi|chờ) (?:${CHILD} )?(?:ở|tại|trước|ngoài|sau|gần|chỗ|dưới)(?! (?:nhà|lớp|phòng|đây))`,
    ['đợi', 'chờ'],
  ),
  // The child going out to meet the adult (a brother met is family; "gặp tao" is a quarrel).
  cue(
    'meeting',
    'acc',
    `(?:ra|xuống|đến|tới|qua) (?:[^ ]+ ){0,4}gặp ${ELDER}(?! (?:trai|họ|hai|cả|ở trường|trên lớp))`,
    ['gặp'],
  ),
  cue(
    'meeting',
    'fold',
    `(?:let s|lets|we could|we can|wanna|want to|u wanna|you wanna|we should) (?:meet|hang out|hangout|link up)(?: up)? (?:irl|alone|in person|just (?:us|u and me|you and me|the two of us)|somewhere(?: (?:private|quiet))?$|where no one)|come (?:over )?to my (?:place|house|room|apartment|flat|car)`,
    ['meet', 'hang', 'hangout', 'link', 'come'],
  ),
  // English: virginity, clothes taken off. A gift offered is left out: "Do you want a present?" is a
  // textbook's line, and chat spelling is read as it is ("u" as "you").
  cue('probing', 'fold', `(?:are you|you|rua) (?:a |still a )?virgin`, ['virgin']),
  cue('photos', 'fold', `take (?:off )?(?:your|ur) (?:shirt|clothes|top|pants|dress|bra)(?: off)?`, ['take']),
  // The child praised above classmates.
  cue(
    'flattery',
    'acc',
    `${CHILD} (?:[^ ]+ ){0,3}${PRAISE} hơn (?:hẳn )?(?:(?:mấy|những|các|tất cả|bọn|lũ) )?(?:đứa|bạn|người|bạn bè)(?: (?:cùng lớp|cùng tuổi|bằng tuổi|khác|trong lớp|cùng trang lứa))?`,
    ['hơn'],
  ),
  // Older than the child's age, said as praise.
  cue(
    'flattery',
    'acc',
    `(?:trưởng thành|chín chắn|già dặn|người lớn|hiểu chuyện|khôn|xinh|đẹp) (?:hơn|trước) (?:[^ ]+ )?tuổi`,
    ['tuổi'],
  ),
  // Kisses, boyfriends, virginity, age and bed asked of the child.
  cue(
    'probing',
    'acc',
    `${CHILD} (?:[^ ]+ )?(?:đã |từng |đã từng )?(?:hôn|ngủ với|quan hệ với|hẹn hò với|nắm tay) ai (?:[^ ]+ ){0,2}chưa|${CHILD} (?:[^ ]+ )?còn (?:trinh|zin) (?:không|chưa|hả|à|ko)`,
    ['hôn', 'ngủ với', 'quan hệ với', 'hẹn hò với', 'nắm tay', 'trinh', 'zin'],
  ),
  cue(
    'probing',
    'acc',
    `${CHILD} (?:[^ ]+ )?(?:đủ|tròn|trên|dưới) (?:18|16|mười tám|mười sáu)(?: tuổi)? (?:chưa|không|hả|à)|(?:em|bé|cháu) (?:[^ ]+ )?ngủ (?:một mình|1 mình|riêng|với ai|chung với ai) (?:hay|hả|à|không|chưa)`,
    ['18', '16', 'mười tám', 'mười sáu', 'ngủ'],
  ),
  cue(
    'probing',
    'fold',
    `(?:have|ever) (?:you|u) (?:ever )?(?:kissed|been kissed|had a (?:bf|boyfriend|gf|girlfriend))|(?:do|d) (?:you|u) have a (?:bf|boyfriend|gf|girlfriend)`,
    ['kissed', 'bf', 'boyfriend', 'gf', 'girlfriend'],
  ),
  // The parents said not to understand the child; only the adult does.
  cue(
    'trust',
    'acc',
    `${PARENT} ${CHILD} (?:[^ ]+ )?(?:đâu có|có bao giờ|chả|chẳng bao giờ) (?:hiểu|thương|quan tâm|lo cho) ${CHILD}|chỉ (?:có )?${ADULT} (?:là )?(?:mới )?(?:hiểu|thương|quan tâm) (?:${CHILD} )?thôi`,
    ['hiểu', 'thương', 'quan tâm', 'lo cho'],
  ),
  cue(
    'trust',
    'acc',
    `(?:cứ|hãy|chỉ cần) (?:nghe|tin) (?:lời )?${ADULT}(?: (?:thôi|là được|nè|nha|nhé|đi))?$|người duy nhất (?:[^ ]+ )?(?:hiểu|thương|quan tâm|lo cho) ${CHILD}`,
    ['nghe', 'tin', 'người duy nhất'],
  ),
  cue(
    'trust',
    'fold',
    `(?:your|ur) (?:parents|mom|dad|mum|family|teachers?) (?:would not|will not|would never|will never|wouldnt|wont|won t|wouldn t|don t|dont|do not|can t|cant|never)(?: ever)? (?:understand|get it|get us|approve)`,
    ['understand', 'get', 'approve'],
  ),
  // Plain cues with the adult named: friends asked, an app asked about, a picture sent to him, a
  // meeting or a date, a gift after what the child likes.
  cue(
    'contact',
    'acc',
    `(?:kết bạn|add friend|add fr|nhắn tin|nt|inbox) (?:${APP} )?(?:với |cho )?${ELDER}(?! (?:ấy|trai|họ))|${CHILD} (?:có )?(?:dùng|xài|sử dụng) ${APP} (?:không|chưa|hả|à)`,
    ['kết bạn', 'add', 'nhắn tin', 'nt', 'inbox', 'dùng', 'xài', 'sử dụng'],
  ),
  cue(
    'photos',
    'acc',
    `(?:chụp|quay) (?!(?:[^ ]+ ){0,3}(?:bài|đề|vở|sách))(?:[^ ]+ ){0,3}(?:gửi|cho) ${ELDER}(?: (?:xem|coi|nhé|nha|đi))?$|${ELDER} (?:muốn|thèm) (?:xem|nhìn|ngắm|thấy) ${CHILD}(?: (?:nhé|nha|đi|tí|chút|quá|lắm|ghê))*$`,
    ['chụp', 'quay', 'xem', 'nhìn', 'ngắm', 'thấy'],
  ),
  cue(
    'meeting',
    'acc',
    `(?:gặp nhau|hẹn hò|gặp mặt|đi cafe|cafe|cà phê) (?!lại)(?:[^ ]+ ){0,2}(?:${CHILD}|với ${ELDER})|hẹn ${CHILD} (?:[^ ]+ )?(?:cuối tuần|tối|mai|chủ nhật|thứ)`,
    ['gặp nhau', 'hẹn hò', 'gặp mặt', 'cafe', 'cà phê', 'hẹn'],
  ),
  // A call or a private talk with the adult; "nói chuyện riêng" forbidden in class is the teacher's rule.
  cue(
    'contact',
    'acc',
    `${ELDER} (?!ơi )(?:[^ ]+ )?(?:gọi|call|facetime) (?:điện |video )?(?:cho )?${CHILD}|(?<!tin )(?:nhắn|gọi) (?:${APP} )?(?:cho|với) ${ELDER}(?! (?:ấy|trai|họ))|(?:muốn|thèm) nghe giọng ${CHILD}|(?<!(?:không|đừng|cấm|chưa) )(?:nói chuyện|tâm sự) riêng (?:nhé|nha|đi|được không|với ${ELDER})`,
    ['gọi', 'call', 'facetime', 'nhắn', 'nghe', 'riêng'],
  ),
  // Pictures or the child's face wanted by the adult; a picture in a dress asked about.
  cue(
    'photos',
    'acc',
    `${ELDER} (?:[^ ]+ )?(?:muốn|thèm) (?:xem|nhìn|ngắm) (?:ảnh |hình |mặt |người )(?:của )?${CHILD}|cho ${ELDER} (?:ngắm|nhìn) ${CHILD}|${CHILD} có (?:ảnh|hình) (?:[^ ]+ )?mặc (?:váy|đầm|đồ ngủ|đồ bơi|bikini|đồ lót)`,
    ['xem', 'nhìn', 'ngắm', 'mặc'],
  ),
  // The adult wanting to meet the child; a secret kept for him; the adult above the parents, a carer,
  // an adoptive brother; home, address and the parents' absences asked.
  cue('meeting', 'acc', `${ELDER} (?:[^ ]+ )?(?:muốn|thèm|mong) gặp (?:riêng )?${CHILD}`, ['gặp']),
  cue('secrecy', 'acc', `giữ bí mật (?:cho|giúp|với) ${ELDER}`, ['bí mật']),
  cue(
    'trust',
    'acc',
    `${ELDER} (?:[^ ]+ )?(?:hiểu|thương|quan tâm|lo cho|yêu) ${CHILD} hơn (?:cả )?(?:${PARENT}|ai hết|bất kỳ ai|mọi người)|${ELDER} (?:sẽ )?(?:chăm sóc|bảo vệ|lo cho) ${CHILD}(?: (?:mà|nhé|nha|thôi|cả đời))?$|(?:anh trai|anh|chú|bố|ba) nuôi (?:của )?${CHILD}`,
    ['hơn', 'chăm sóc', 'bảo vệ', 'lo cho', 'nuôi'],
  ),
  cue(
    'probing',
    'acc',
    `(?:cho|xin) ${ELDER} (?:xin )?địa chỉ (?:nhà )?(?:của )?${CHILD}|${PARENT} ${CHILD} (?:có )?(?:hay )?(?:đi vắng|vắng nhà|đi công tác|về muộn) (?:không|à|hả|chưa)|${CHILD} nhà ở đâu|${CHILD} (?:sống|ở) (?:với ai|một mình)(?: (?:à|hả|không|vậy|thế))?$`,
    ['địa chỉ', 'đi vắng', 'vắng nhà', 'đi công tác', 'về muộn', 'ở đâu', 'với ai', 'một mình'],
  ),
  // As strangers type them: friends on an app with the child called, a picture or a video call asked,
  // the adult as the child's lover (a free evening asked is also a classmate's question).
  cue(
    'contact',
    'acc',
    `(?:kb|kết bạn|add) ${APP} (?:đi|nhé|nha|nhá) ${CHILD}$|(?:call|gọi) video (?:không|nhé|nha|đi) ${CHILD}`,
    ['kb', 'kết bạn', 'add', 'video'],
  ),
  cue(
    'photos',
    'acc',
    `cho ${ELDER} xin (?:một |1 |vài |mấy )?(?:tấm |cái |bức )?(?:hình|ảnh|pic|clip|video)(?! (?:bài|đề|vở|sách|chụp|lớp|nhóm|tập thể|thẻ|hồ sơ))`,
    ['xin'],
  ),
  cue(
    'flattery',
    'acc',
    `${ELDER} (?:làm|là) (?:người yêu|bạn trai) (?:của )?${CHILD}|${CHILD} (?:làm|là) người yêu (?:của )?${ELDER}`,
    ['người yêu', 'bạn trai'],
  ),
  cue(
    'photos',
    'fold',
    `send (?:me )?(?:one more|another|1 more|more) (?:pic|pics|photo|photos|selfie|selfies|picture|pictures)|(?:pic|pics|photo|photos|selfie|selfies|picture|pictures) (?:just |only )?for me`,
    ['send', 'for'],
  ),
];
