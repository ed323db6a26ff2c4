/**
 * Grooming cues by stage, each written as an intent with its slots open (who speaks, to whom, which
 * verb of the family, an adverb or two between) rather than as a sentence: praise and a comparison
 * with other children, the parents or the teacher pushed aside, a confidant who "is not like other
 * adults", a secret promised, money or a gift on offer, a move to another app, pictures of the body or
 * of clothes, the adult waiting or coming to the child's home, the child's age guessed or asked, when
 * the parents come home. Review cues; two families from one sender escalate (guard-stages.ts).
 */
import type { Template } from './template-kit';
import { ADULT, APP, APP_WORDS, PARENT, groomingCue as cue } from './grooming-kit';

/**
 * The child spoken to; not "bạn" (classmates), nor the second word of "cô bé", "em bé" — whole words
 * only, so "xem em" (a word ending in "em") still finds the child.
 */
export const CHILD = '(?<!(?<![^ ])(?:cô|em|con|thằng|cậu|chú|bà|cháu) )(?:em|bé|cháu|con)';
/** Adverbs that sit between a speaker and his verb ("chỉ có anh mới thật lòng thương em"). */
const ADV = '(?:(?:thật lòng|thật sự|thực sự|rất|luôn|vẫn|cũng|mới|sẽ|đã) ){0,2}';
export const PRAISE = '(?:ngoan|xinh|dễ thương|đáng yêu|cute|đẹp|khôn|trưởng thành|chín chắn|hiểu chuyện|giỏi|sexy)';
const ASK = '(?:không|chưa|hả|à|nhỉ|nhé|nha|đi|được không)';
/** Words of the body or of undress a picture is asked of. */
const BODY =
  '(?:đồ bơi|đồ ngủ|đồ lót|bikini|váy ngắn|lúc tắm|khi tắm|đang tắm|thay đồ|cởi đồ|hở|body|ngực|đùi|chân|mông|bụng|toàn thân)';

export const GROOMING_STAGES: Template[] = [
  // Praise the adult feels, or the child set above the others.
  cue(
    'flattery',
    'acc',
    `${ADULT} ${ADV}(?:thấy|thấy là) ${CHILD} (?:[^ ]+ ){0,2}${PRAISE}|${CHILD} (?:[^ ]+ ){0,3}${PRAISE} hơn (?:hẳn )?(?:mấy|những|các|tất cả|bọn|lũ) (?:đứa|bạn|người)|${ADULT} mê (?:${CHILD}|luôn)(?: (?:á|đó|quá|lắm|rồi))?$`,
    ['thấy', 'hơn', 'mê'],
  ),
  cue(
    'flattery',
    'fold',
    `(?:prettier|cuter|hotter|smarter|more mature|more beautiful) than (?:the |all the |any of the )?other`,
    ['prettier', 'cuter', 'hotter', 'smarter', 'mature', 'beautiful'],
  ),
  // The adult as the only one who truly cares, the one to confide in, not like other adults.
  cue(
    'trust',
    'acc',
    `chỉ (?:có )?${ADULT} (?:là )?${ADV}(?:là )?(?:hiểu|thương|yêu|lo cho|quan tâm) ${CHILD}|(?:tâm sự|kể|chia sẻ) (?:hết )?(?:với|cho) ${ADULT}(?: (?:nghe|biết))? (?:nè|đi|nha|nhé|này|nghe)|${ADULT} (?:không|chẳng|đâu có) (?:như|giống) (?:người lớn|${PARENT}|mấy người|những người)`,
    ['chỉ', 'tâm sự', 'kể', 'chia sẻ', 'như', 'giống'],
  ),
  // The parents or the teacher pushed aside.
  cue(
    'trust',
    'acc',
    `(?:đừng|không cần|khỏi) (?:nghe|tin) (?:lời )?(?:${PARENT}|cô giáo|thầy giáo|thầy cô)|kệ (?:cô|thầy|cô giáo|thầy giáo|${PARENT}) (?:[^ ]+ ){0,2}(?:nói|kể|tâm sự) (?:với|cho) ${ADULT}`,
    ['nghe', 'tin', 'kệ'],
  ),
  cue(
    'trust',
    'fold',
    `(?:your|ur) (?:parents|mom|dad|mum) (?:just )?(?:don t|dont|do not|never) (?:get|understand) (?:you|u)`,
    ['get', 'understand'],
  ),
  // A secret promised by the adult, or between the two of them.
  cue(
    'secrecy',
    'acc',
    `bí mật (?:giữa|của) ${ADULT} (?:với|và) ${CHILD}|${ADULT} (?:hứa )?(?:không|sẽ không|chẳng) (?:nói|kể) (?:với |cho )?ai|(?:không|chẳng) ai (?:biết|hay) chuyện (?:này|mình|hai đứa|của mình)`,
    ['bí mật', 'nói', 'kể', 'biết', 'hay'],
  ),
  // Money or a gift on offer: a transfer at once, whatever the child wants to buy, a gift to take.
  cue(
    'gifts',
    'acc',
    `${ADULT} (?:chuyển khoản|chuyển tiền|bank) (?:cho ${CHILD} )?(?:liền|luôn|ngay)|${CHILD} (?:muốn|thích) mua (?:gì|cái gì) (?:cứ )?(?:nói|bảo)|muốn (?:có |nhận )?quà ${ASK}|${ADULT} ${ADV}(?:mua|tặng) (?:cho )?(?:${CHILD} )?(?:cái|chiếc|bộ|đôi)|${ADULT} có (?:[^ ]+ ){1,3}${CHILD} (?:lấy|muốn|thích|cần) ${ASK}`,
    ['chuyển khoản', 'chuyển tiền', 'bank', 'mua', 'quà', 'tặng', 'lấy', 'muốn', 'thích', 'cần'],
  ),
  // The child's account on another app asked for, or the talk moved there.
  cue('contact', 'acc', `${CHILD} có (?:tài khoản |acc |nick )?${APP} ${ASK}|follow ${ADULT}|${ADULT} follow`, [
    ...APP_WORDS,
    'follow',
  ]),
  cue(
    'contact',
    'fold',
    `(?:talk|chat|text|move|go) (?:on|to|over|onto) (?:snap|snapchat|insta|ig|instagram|discord|whatsapp|telegram|kik|zalo|messenger)`,
    ['snap', 'snapchat', 'insta', 'ig', 'instagram', 'discord', 'whatsapp', 'telegram', 'kik', 'zalo', 'messenger'],
  ),
  // Pictures of the body or of clothes, or taken for the adult to look at; clothes lifted for him.
  cue(
    'photos',
    'acc',
    `(?:hình|ảnh|video|clip|pic) (?:[^ ]+ ){0,2}${BODY}|(?:chụp|quay) (?:[^ ]+ ){0,3}cho ${ADULT} (?:xem|coi|ngắm)(?! (?:bài|đề))|(?:vén|kéo|cởi) (?:áo|quần|váy) (?:[^ ]+ ){0,2}(?:cho ${ADULT}|${ADULT} xem)`,
    ['hình', 'ảnh', 'video', 'clip', 'pic', 'chụp', 'quay', 'vén', 'kéo', 'cởi'],
  ),
  cue('photos', 'fold', `show me (?:what|how) (?:you|u|ur|your|you re|ure) (?:wearing|look|dressed)`, ['show']),
  // The adult waiting at a place, taking the child out, or coming to the child's home.
  cue(
    'meeting',
    'acc',
    `(?:ra|đến|tới|qua) (?:[^ ]+ ){1,5}(?:đi|nhé|nha) ${ADULT} (?:đợi|chờ)|${ADULT} (?:chở|đưa|dẫn) (?:${CHILD} )?đi (?:ăn|chơi|uống|xem phim|dạo)|${ADULT} (?:qua|đến|tới|sang|ghé) nhà ${CHILD}`,
    ['đợi', 'chờ', 'chở', 'đưa', 'dẫn', 'nhà'],
  ),
  // The child's age guessed or asked, the grade the child is in, when the parents come home.
  cue(
    'probing',
    'acc',
    `${CHILD} (?:[^ ]+ ){0,2}(?:tầm|khoảng|chừng|cỡ) (?:[0-9]+|mười [^ ]+) tuổi|${CHILD} (?:được|đc) (?:bao nhiêu|mấy) tuổi|${CHILD} (?:lên|đang học|năm nay học|năm nay lên) lớp mấy|mấy giờ ${PARENT} ${CHILD} (?:mới )?về|${PARENT} ${CHILD} (?:[^ ]+ ){0,2}mấy giờ (?:mới )?về`,
    ['tuổi', 'lớp mấy', 'về'],
  ),
  cue('probing', 'fold', `(?:is )?(?:anyone|anybody|any one) (?:else )?(?:home|there) with (?:you|u|ya)`, [
    'anyone',
    'anybody',
    'any one',
  ]),
];
