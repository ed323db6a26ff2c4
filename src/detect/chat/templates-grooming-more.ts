/**
 * Grooming cues the first templates missed, by family: meeting alone ("gặp riêng", "anh chở em đi
 * ăn"), photos asked of the child ("em gửi anh tấm ảnh"), secrecy between two ("chỉ hai anh em mình
 * biết"), gifts ("anh mua cho em cái điện thoại"), and a stranger's claimed tie to the family ("anh
 * là bạn của bố em"), when the child is alone at home ("bố mẹ em mấy giờ đi làm về"), praise against
 * peers ("em chín chắn hơn các bạn cùng tuổi") and a call alone. Each is a review cue; two families from one sender escalate (guard-stages.ts).
 */
import type { Template } from './template-kit';
import { ADULT, YOUNG, PARENT, groomingCue as cue } from './grooming-kit';

export const GROOMING_MORE: Template[] = [
  cue(
    'meeting',
    'acc',
    `gặp riêng|(?:cuối tuần|tối nay|tối mai|chiều nay|chiều mai|hôm nào|mai) (?:[^ ]+ ){0,2}(?:gặp nhau|gặp ${ADULT}|đi chơi với ${ADULT})(?: nhé| nha| đi| không| được không)?|${ADULT} (?:sẽ |muốn |định )?(?:chở|đưa|rủ|dẫn) ${YOUNG} (?:đi )?(?:chơi|ăn|uống|xem phim|dạo|về nhà|đi đâu)`,
    ['chở', 'dẫn', 'gặp', 'rủ', 'đi chơi với', 'đưa'],
  ),
  cue(
    'photos',
    'acc',
    `${YOUNG} (?:gửi|chụp|send) (?:cho )?${ADULT} (?:xem )?(?:một |1 |vài |mấy )?(?:tấm |cái |bức )?(?:ảnh|hình|pic|clip|video|selfie)`,
    ['chụp', 'gửi', 'send'],
  ),
  cue(
    'secrecy',
    'acc',
    `chỉ (?:hai|2) (?:anh em|chú cháu|bác cháu|ông cháu|đứa|ta|mình)(?: mình)? biết|(?:bí mật|chuyện riêng) (?:của )?(?:anh em|chú cháu) (?:mình|ta)`,
    ['anh em', 'biết', 'chú cháu'],
  ),
  cue(
    'gifts',
    'acc',
    `${ADULT} (?:sẽ |muốn |định )?mua (?:cho )?${YOUNG} (?:cái |chiếc |một |1 |bộ |đôi )?(?:điện thoại|quà|váy|áo|đồ|iphone|ipad|giày|túi|đồng hồ|máy tính|laptop|son|trà sữa)`,
    ['mua'],
  ),
  cue(
    'trust',
    'acc',
    `${ADULT} (?:là )?(?:bạn|đồng nghiệp|người quen|bạn thân) (?:của )?${PARENT} ${YOUNG}|${ADULT} (?:quen|biết) ${PARENT} ${YOUNG}(?: mà| đấy| đó| rồi)?`,
    ['ba', 'biết', 'bme', 'bố', 'gia đình', 'má', 'mẹ', 'người nhà', 'quen'],
  ),
  cue(
    'trust',
    'fold',
    `i m (?:a )?friend of your (?:dad|mom|mum|parents|father|mother)|i know your (?:dad|mom|mum|parents)`,
    ['friend of your', 'i know your'],
  ),
  cue(
    'probing',
    'acc',
    `${PARENT} ${YOUNG} (?:thường )?(?:mấy giờ|khi nào|lúc nào|bao giờ|hôm nào) (?:thì )?(?:mới )?(?:đi làm|đi vắng|về|đi công tác|ra ngoài|đi ngủ)|(?:nhà ${YOUNG}|${PARENT} ${YOUNG}) (?:có|còn) (?:ai )?(?:ở )?nhà (?:không|ko|k)|nhà ${YOUNG} (?:có|còn) ai (?:ở nhà )?(?:không|ko|k)|${PARENT} ${YOUNG} (?:có )?vắng nhà`,
    ['ai', 'bao giờ', 'hôm nào', 'khi nào', 'lúc nào', 'mấy giờ', 'nhà'],
  ),
  cue(
    'flattery',
    'acc',
    `${YOUNG} (?:xinh|đẹp|trưởng thành|chín chắn|hiểu chuyện|dễ thương|ra dáng người lớn|người lớn) hơn (?:hẳn )?(?:mấy |các |những )?(?:bạn|đứa) (?:cùng tuổi|cùng lứa)|(?:trưởng thành|chín chắn|người lớn) (?:hơn )?(?:nhiều )?so với tuổi`,
    ['cùng lứa', 'cùng tuổi', 'so với tuổi'],
  ),
  cue(
    'meeting',
    'acc',
    `(?:gọi video|call video|video call|facetime|bật cam) (?:[^ ]+ ){0,3}(?:một mình|riêng)(?: thôi| nhé| nha)?`,
    ['bật cam', 'call video', 'facetime', 'gọi video', 'video call'],
  ),
  cue('meeting', 'fold', `(?:i ll|ill|i can|i will|let me) pick (?:you|u) up|want a ride`, ['pick', 'want a ride']),
  // A hotel with the adult, undressing on camera, the parents made small ("lớn rồi mà còn sợ bố mẹ"),
  // English pet names and trust. Not "what are you wearing" or "em mặc gì": lessons ask them.
  cue('meeting', 'acc', `(?:đi|vào|ra|lên) (?:nhà nghỉ|khách sạn) (?:với|cùng) ${ADULT}`, ['khách sạn', 'nhà nghỉ']),
  cue('photos', 'acc', `thay đồ (?:trước|trên) (?:cam|camera|webcam)`, ['thay đồ']),
  cue(
    'secrecy',
    'acc',
    `(?:người )?lớn (?:rồi|r) (?:mà )?(?:còn )?(?:sợ|phải hỏi|nghe lời) (?:bố|mẹ|ba|má|bố mẹ|ba mẹ)`,
    ['lớn'],
  ),
  cue(
    'flattery',
    'fold',
    `i miss (?:you|u) (?:so much )?(?:baby|babe|sweetie)|(?:you|u) can trust me|(?:give|pay|send) (?:you|u) (?:money|cash|robux|vbucks) for (?:pics?|pictures?|photos?|a pic)`,
    ['can trust me', 'cash', 'i miss', 'money', 'robux', 'vbucks'],
  ),
  cue('gifts', 'fold', `(?:i ll|ill|i will|i can|let me) buy (?:you|u) (?:a |an |some )?[^ ]+`, ['buy']),
];
