/** Grooming cue templates by family: contact, photos, secrecy, probing, meeting, gifts, flattery. */
import data from './data/templates.json';
import { H, T, alternatives, type Template } from './template-kit';

const CONTACT_HINT = H(data.hints.contact);
const PHOTO_HINT = H(data.hints.photos);
const SECRET_HINT = H(data.hints.secrecy);
const PROBE_HINT = H(data.hints.probing);
const MEET_HINT = H(data.hints.meeting);
const GIFT_HINT = H(data.hints.gifts);
const FLATTER_HINT = H(data.hints.flattery);

const HIM = `(?:${alternatives(data.him)})`;
/** An adult speaking of himself; "mình" is left out where classmates use it ("lớp mình tặng quà"). */
const HIM_STRICT = `(?:${alternatives(data.himStrict)})`;
// "tao" is how pupils speak to each other ("tao nạp thẻ rồi"): a gift from "tao" names its child.
const YOUNG = `(?:${alternatives(data.young)})`;
// "con" ends a phrase as a child ("anh thương con lắm"), but before a noun it counts animals ("tớ thích con mèo").
const YOUNG_LAST = `(?:(?!con )${YOUNG}|con(?= (?:lắm|quá|nhiều|rồi|nhé|nha|à|ạ|thật|ghê)(?: |$)))`;

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
      'send (?:me )?(?:a |some |your )?(?:pic|photo|photos|selfie|picture|pictures|pics)(?! of (?:your |ur |the |this )?(?:homework|work|answers?|notes|essay|worksheet|exercises?|project|book|page|notebook))|show me your (?:face|body|legs)|turn on your (?:camera|cam) for me|private video call|what do you look like',
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
      '(?:đừng|không được|đừng có|cấm) (?:nói|kể|cho) (?:với |cho )?(?:ai|bố mẹ|ba mẹ|bố|mẹ|ba|má|người khác|bme|gia đình)(?: biết)?|bí mật (?:của )?(?:hai|2) (?:đứa|ta|chúng mình|anh em|mình)|giữ bí mật (?:nhé|nha|với anh|giúp anh)|(?:nhớ|hãy|phải) (?:xóa|xoá) (?:hết )?(?:tin nhắn|tin|đoạn chat|lịch sử chat)|(?:xóa|xoá) (?:hết )?(?:tin nhắn|tin|đoạn chat|lịch sử chat)(?: này| của (?:anh|a)| với (?:anh|a))? (?:đi|nhé|nha|ngay)|chuyện (?:này|của) (?:hai|2) (?:đứa|ta|mình)|chỉ (?:hai|2) (?:(?:anh|a|chị) em )?(?:đứa|ta|mình) biết',
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
      `${YOUNG} (?:năm nay )?(?:bao nhiêu|mấy) tuổi|nhà ${YOUNG} ở (?:đâu|chỗ nào)|${YOUNG} ở (?:nhà )?(?:một mình|1 mình)|(?:bố mẹ|ba mẹ|bme|bố|mẹ) (?:${YOUNG} )?(?:có (?:ở )?nhà|đi vắng|đi làm|ở nhà|đi đâu|về chưa)(?: không| chưa| à)?|${YOUNG} (?:có )?(?:người yêu|bạn trai|bạn gái|ny) chưa|trường ${YOUNG} ở đâu|${YOUNG} học trường nào|${YOUNG} học lớp mấy|${YOUNG} đang ở đâu|ở nhà (?:có )?(?:một mình|1 mình)(?: à| không)(?=$| ${YOUNG}$| (?:vậy|thế|đó|đấy))`,
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
    id: 'chat.grooming.gifts',
    family: 'gifts',
    cat: 'grooming',
    sev: 1,
    tier: 'review',
    view: 'acc',
    hint: GIFT_HINT,
    re: T(
      `(?:(?!tao )${HIM_STRICT} (?:sẽ |muốn |định )?(?:nạp|tặng|cho|mua cho|mua|chuyển|gửi|bắn) (?:${YOUNG} )?|tao (?:sẽ |muốn |định )?(?:nạp|tặng|cho|mua cho|mua|chuyển|gửi|bắn) ${YOUNG} )(?:quà|thẻ|tiền|card|điện thoại|skin|kim cương|quân huy|robux|vbucks|acc|tài khoản game)|(?:nạp|tặng|mua cho|chuyển|gửi|bắn) (?:thẻ |card |tiền |quà )?(?:cho )?${YOUNG} (?:quà|thẻ|tiền|card|điện thoại|skin|kim cương|quân huy|robux|vbucks)|nạp (?:thẻ|card|kim cương|quân huy|robux) cho ${YOUNG}|chuyển khoản cho ${YOUNG}|(?:kim cương|quân huy|robux|vbucks|skin) (?:miễn phí|free)|free (?:robux|vbucks|kim cương|quân huy|skin)|${HIM} (?:bao|nuôi) ${YOUNG_LAST}`,
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
      `(?<!(?:nhà|của|cho|với|chó|mèo|bạn|giúp|hộ) )${YOUNG} (?:xinh|dễ thương|đáng yêu|cute|đẹp|hot|sexy|gợi cảm|trưởng thành|chín chắn|quyến rũ) (?:quá|thế|vậy|ghê|lắm|nhất|thật|hơn tuổi)|${HIM} (?:thích|yêu|thương|nhớ|mê) ${YOUNG_LAST}(?: lắm| quá| nhiều| rồi)?|làm (?:người yêu|ny|bạn gái) ${HIM}|${YOUNG} là (?:người )?đặc biệt (?:nhất )?(?:với|của) ${HIM}|${YOUNG} khác (?:hẳn )?(?:mấy|những) đứa`,
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
