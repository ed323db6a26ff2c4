/**
 * Self-harm told as an end rather than named (a wish never to have been born is in
 * templates-self-family.ts): tonight as the last night, not being there tomorrow, the others better off
 * after the writer's death, death as the way everything stops, leaving far and not coming back, a jump
 * into a river or from a height, a whole strip of pills. Review tier (a check-in), except the pills,
 * which are a means taken.
 */
import { H, T, alternatives, type Template } from './template-kit';

const ME = `(?:${alternatives(['em', 'mình', 'tớ', 'tôi', 'tao', 't', 'con', 'tui', 'cháu'])})`;
const NOT = '(?:không|chẳng|chả)';
/** Medicine taken as prescribed ("uống hết vỉ thuốc ho chưa"): not pills hoarded or swallowed at once. */
export const PRESCRIBED = '(?! (?:ho|cảm|hạ sốt|bổ|kháng sinh|đau bụng|dạ dày|tiêu hóa|say xe|nhỏ mắt|theo đơn))';

const review = (hint: string[], re: string): Template => ({
  id: 'chat.self-harm.ideation',
  cat: 'self-harm',
  sev: 2,
  tier: 'review',
  view: 'acc',
  hint: H({ acc: hint, fold: [] }),
  re: T(re),
});

export const SELF_HARM_ENDS: Template[] = [
  // "đêm nay là đêm cuối của t": the last night closing the message ("hôm nay là ngày cuối của em ở
  // trường" goes on to say of what).
  review(
    ['cuối'],
    `(?:hôm nay|đêm nay|tối nay|nay) là (?:ngày|đêm|buổi|lần) cuối (?:cùng )?(?:của ${ME}|${ME} (?:được )?(?:sống|trên đời))(?: (?:rồi|đó|đấy))?$`,
  ),
  review(
    ['còn'],
    `(?:mai|ngày mai|tối nay|đêm nay|sau hôm nay) ${ME} (?:sẽ )?${NOT} còn (?:trên đời |trên cõi đời )?nữa`,
  ),
  review(
    ['chết'],
    `chết (?:đi )?(?:là|thì) (?:mọi chuyện|mọi thứ|tất cả|mọi việc) (?:sẽ )?(?:hết|xong|kết thúc|ổn|nhẹ nhàng)`,
  ),
  // The others better off after the writer's death: "bố mẹ sẽ nhẹ nhõm khi em chết".
  review(
    ['chết', 'không còn', 'biến mất'],
    `(?:vui|nhẹ nhõm|nhẹ người|hạnh phúc|sướng|đỡ khổ|thoải mái|tốt hơn) (?:[^ ]+ ){0,3}(?:khi|nếu) ${ME} (?:[^ ]+ )?(?:chết|không còn|biến mất)`,
  ),
  // A jump planned into a river or from a height; a swim ("nhảy xuống sông tắm") is not one.
  review(
    ['nhảy', 'lao', 'gieo mình'],
    `${ME} (?:[^ ]+ ){0,2}(?:muốn|định|sẽ|sắp) (?:nhảy|lao|gieo mình) (?:xuống|từ) (?:[^ ]+ ){0,2}(?:sông|cầu|lầu|tầng thượng|tòa nhà|sân thượng|đường ray)(?! (?:bơi|tắm|chơi))`,
  ),
  {
    id: 'chat.self-harm.explicit',
    cat: 'self-harm',
    sev: 3,
    tier: 'alert',
    view: 'acc',
    hint: H({ acc: ['uống', 'nuốt'], fold: [] }),
    re: T(`${ME} (?:[^ ]+ ){0,3}(?:uống|nuốt) (?:nguyên|cả|hết|mấy) (?:lọ|vỉ|hộp|nắm) thuốc${PRESCRIBED}`),
  },
];
