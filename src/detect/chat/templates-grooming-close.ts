/**
 * Grooming cues of closeness a stranger builds: only he understands the child and wants what is good
 * for them ("chỉ có anh mới hiểu em", "bố mẹ em không hiểu em đâu"), asking to get acquainted ("làm
 * quen nhé em"), whether the child sleeps or is alone tonight, likening the child to a model, a gift
 * sent home, the private inbox to be checked, and English "r u home alone", "just us". Each is a review
 * cue; two families from one sender escalate (guard-stages.ts).
 */
import type { Template } from './template-kit';
import { ADULT, YOUNG, PARENT, APP, APP_WORDS, groomingCue as cue } from './grooming-kit';

/**
 * The child, not "bạn": classmates call each other so ("bạn xinh như hoa hậu"); and not the second
 * word of a noun ("cô bé", "em bé", "con bé" are a character).
 */
const CHILD = '(?<!(?:cô|em|con|thằng|cậu|chú|bà|cháu) )(?:em|bé|cháu|con)';
const NOT = '(?:không|chẳng|chả|đâu có)';
/** A question's or a request's closing word. */
const ASK = '(?:à|hả|không|chưa|hở|nhỉ|nhé|nha|nhá|đi|được không|đc không|dc không)';

export const GROOMING_CLOSE: Template[] = [
  // The adult as the only one who understands and wants the child's good, the parents made strangers.
  cue(
    'trust',
    'acc',
    `${ADULT} (?:chỉ )?(?:muốn|mong) (?:điều )?tốt cho ${CHILD}|chỉ (?:có )?${ADULT} (?:là )?(?:mới )?(?:hiểu|thương|lo cho|quan tâm) ${CHILD}|${PARENT} ${CHILD} ${NOT} (?:hiểu|thương|quan tâm|lo cho) ${CHILD} (?:đâu|gì)|${CHILD} (?:cứ |có )?tin ${ADULT}(?! (?:ấy|đó|kia)) (?:đi|nhé|nha|không|chứ)|${ADULT} (?:không|chẳng|sẽ không) (?:làm gì|làm hại) ${CHILD} (?:đâu|cả)`,
    ['hiểu', 'lo cho', 'làm gì', 'làm hại', 'quan tâm', 'thương', 'tin', 'tốt'],
  ),
  // Getting acquainted, asked of the child: not "làm quen với dạng bài mới".
  cue(
    'contact',
    'acc',
    `(?:mình|${ADULT}) (?:muốn |xin )?làm quen (?:(?:với )?${YOUNG} )?${ASK}|làm quen (?:với ${YOUNG} )?${ASK} ${CHILD}`,
    ['làm quen'],
  ),
  // Whether the child sleeps alone, or who with, tonight: asked, not told in a story ("em bé ngủ một mình").
  cue(
    'probing',
    'acc',
    `${CHILD} (?:[^ ]+ ){0,2}ngủ (?:một mình|1 mình|riêng) ${ASK}|(?:tối nay|đêm nay|tối mai) ${CHILD} (?:[^ ]+ ){0,2}ngủ (?:một mình|1 mình|với ai|chung với ai|cùng ai|riêng)|(?:tối nay|đêm nay|tối mai) (?:nhà ${CHILD}|${PARENT} ${CHILD}) (?:có )?(?:ai|ở nhà) ${ASK}`,
    ['ngủ', 'tối nay', 'đêm nay', 'tối mai'],
  ),
  // The child likened to a model or an idol, or as grown up.
  cue(
    'flattery',
    'acc',
    `${CHILD} (?:trông |nhìn |thật |rất |đúng là |cũng )?(?:xinh|đẹp|dễ thương|cute|xinh đẹp|xinh xắn) (?:như|y như|giống|hơn cả) (?:hot girl|hotgirl|người mẫu|idol|hoa hậu|diễn viên|ca sĩ)|(?:nhìn|trông) ${CHILD} (?:như|giống|ra dáng) người lớn`,
    ['hot girl', 'hotgirl', 'người mẫu', 'idol', 'hoa hậu', 'diễn viên', 'ca sĩ', 'người lớn'],
  ),
  // A gift sent to the child's home; the private inbox to be read.
  cue('gifts', 'acc', `${ADULT} (?:[^ ]+ ){0,2}(?:quà|món quà) (?:[^ ]+ ){0,3}(?:cho|tặng) ${CHILD}`, ['quà']),
  cue(
    'contact',
    'acc',
    `(?:check|xem|đọc|rep|trả lời|mở) (?:tin nhắn riêng|inbox|tin nhắn chờ)(?: (?:đi|nhé|nha))? ${CHILD}|${ADULT} (?:đã |vừa )?(?:inbox|nhắn riêng) (?:cho )?${CHILD}|${CHILD} (?:on|lên|vào) ${APP} (?:đi|nhé|nha) ${ADULT}`,
    [...['inbox', 'nhắn riêng', 'tin nhắn riêng', 'tin nhắn chờ'], ...APP_WORDS],
  ),
  cue(
    'probing',
    'fold',
    `(?:r|are) (?:u|you|ya) (?:home )?alone|(?:u|you) (?:home )?alone (?:rn|right now|now|tonight)`,
    ['alone'],
  ),
  cue(
    'meeting',
    'fold',
    `(?:hang out|meet up|meet|chill) (?:[^ ]+ ){0,3}(?:just us|just the two of us|just you and me)(?! (?:three|four|five|3|4|5|and|all))`,
    ['just us', 'just the two', 'just you'],
  ),
  cue('flattery', 'fold', `(?:so |very |really )?mature for (?:your|ur|ya) age`, ['mature']),
  // The child's grade, birth year, way home and free hours asked; a gift offered after what the child likes.
  cue(
    'probing',
    'acc',
    `${CHILD} (?:học )?lớp mấy(?: (?:rồi|r))?$|${CHILD} (?:sinh năm|sn năm|sn) (?:mấy|bao nhiêu|nào)|ai (?:đưa đón|đón) ${CHILD}(?: đi học| về)?$|${CHILD} (?:hay |thường )?(?:online|on|rảnh|ở nhà) (?:lúc|vào lúc|khi) mấy giờ|(?:tối nay|tối mai|mai|cuối tuần) ${CHILD} (?:có )?rảnh (?:không|chưa) ${ADULT} (?:gọi|nhắn|qua|đón)`,
    ['lớp mấy', 'sinh năm', 'sn năm', 'sn', 'đưa đón', 'đón', 'mấy giờ', 'rảnh'],
  ),
  cue('gifts', 'acc', `${CHILD} (?:thích|muốn|mê) (?:[^ ]+ ){1,3}(?:không |chưa )?${ADULT} (?:tặng|mua|nạp)`, [
    'tặng',
    'mua',
    'nạp',
  ]),
  // A photo of the child asked to be sent for him to look at; a tie claimed to the child's brother or
  // sister; talking only with the child; a secret of the two.
  cue('photos', 'acc', `(?:ảnh|hình|pic|selfie|tấm) (?:[^ ]+ ){0,3}gửi ${ADULT} (?:xem|coi|ngắm)`, [
    'ảnh',
    'hình',
    'pic',
    'selfie',
    'tấm',
  ]),
  cue(
    'trust',
    'acc',
    `${ADULT} (?:là )?(?:bạn|đồng nghiệp|người quen|bạn thân) (?:của )?(?:anh trai|chị gái|anh họ|chị họ|cậu|dì) ${CHILD}|${ADULT} chỉ (?:nói chuyện|nhắn tin|thương|yêu|quan tâm) (?:với |đến )?(?:mình |một mình )?${CHILD}(?: thôi)?$`,
    ['anh trai', 'chị gái', 'anh họ', 'chị họ', 'cậu', 'dì', 'chỉ'],
  ),
  cue(
    'secrecy',
    'acc',
    `bí mật (?:của )?(?:hai|2) (?:a em|anh em|chú cháu|a e)|(?:xóa|xoá) (?:hết )?(?:tin nhắn|tin|đoạn chat)(?: (?:này|của anh|với anh))? (?:sau khi (?:đọc|xem)|khi (?:đọc|xem) xong|đọc xong)`,
    ['bí mật', 'xóa', 'xoá'],
  ),
  cue(
    'probing',
    'fold',
    `(?<!are )(?:your|ur) (?:parents|mom|dad|mum|folks) (?:home|around|away|out|asleep|sleeping)(?: (?:rn|right now|now|tonight))?$`,
    ['parents', 'mom', 'dad', 'mum', 'folks'],
  ),
  // English as strangers type it: "u", "ur", "r", no capitals or question marks; a lesson writes
  // "What grade are you in? I'm in grade 6", so the short forms or the message's end decide.
  cue(
    'probing',
    'fold',
    `(?:what s|whats|what is) (?:your|ur) age$|what grade r (?:you|u|ya)(?: in)?$|where do (?:you|u|ya) (?:go to school|stay)$|(?:you|u) home alone$`,
    ['age', 'grade', 'school', 'stay', 'alone'],
  ),
  cue(
    'photos',
    'fold',
    `(?:can|could|may) i (?:see|have|get) (?:a |some )?(?:pic|pics|picture|pictures|photo|photos|selfie) of (?:you|u|ya|yourself)$|(?:you|u) (?:have|got) (?:any )?(?:pic|pics|pictures|photos|selfies)$|turn (?:your|ur) (?:cam|camera) on (?:for me|so i can see)|video (?:chat|call) (?:with )?me(?: (?:tonight|now|alone|privately))?$`,
    ['pic', 'pics', 'picture', 'pictures', 'photo', 'photos', 'selfie', 'selfies', 'cam', 'camera', 'video'],
  ),
  cue(
    'gifts',
    'fold',
    `(?:want|wanna) (?:some |free )?(?:robux|vbucks|v bucks|skins|gems)|i (?:can|will|ll|could) (?:give|send|buy|get) (?:you|u|ya) (?:some )?(?:robux|vbucks|money|cash|gift card|gift cards|a phone|a new phone|an iphone)(?! for)`,
    ['robux', 'vbucks', 'v bucks', 'skins', 'gems', 'money', 'cash', 'gift card', 'gift cards', 'phone', 'iphone'],
  ),
  // Nudes asked for, the secret promised, a compliment misspelled as strangers do ("ur so pretty"),
  // the parents asleep, whether the child has bathed.
  cue('photos', 'fold', `send (?:me )?(?:your |ur |some )?(?:nudes|noods|nude pics?|nude photos?)`, [
    'nudes',
    'noods',
    'nude',
  ]),
  cue(
    'secrecy',
    'fold',
    `i (?:won t|wont|will not|ll never) tell (?:anyone|anybody)$|(?<!are )(?:your|ur) parents (?:asleep|sleeping)$`,
    ['tell', 'asleep', 'sleeping'],
  ),
  cue('flattery', 'fold', `^(?:your|ur) so (?:pretty|cute|hot|beautiful|sexy|mature)$`, [
    'pretty',
    'cute',
    'hot',
    'beautiful',
    'sexy',
    'mature',
  ]),
  cue('probing', 'acc', `(?<!(?:các|cả lớp) )${CHILD} (?:đã |đi )?tắm (?:chưa|xong chưa)$`, ['tắm']),
  cue(
    'meeting',
    'fold',
    `(?:wanna|want to|lets|let s) meet (?:up|irl|in person)|i (?:can|could|will|ll) come (?:and )?(?:pick (?:you|u|ya) up|get (?:you|u|ya))`,
    ['meet', 'pick', 'get'],
  ),
];
