/**
 * For tests: does a template's screen hold every word the template needs? A screen skips a template on
 * a line holding none of its words, so a screen word the regex does not require loses matches on text
 * nobody tried. This reads the regex (the subset the templates are written in: literals, `[^ ]`, `\d`,
 * groups, lookarounds, quantifiers, `^`, `$`) and proves that every match holds a screen word or phrase
 * as whole tokens, or says it cannot.
 */

type Node =
  | { k: 'char'; c: string }
  /** A character class or `.`: never credited as a word; `eg` is a character it matches. */
  | { k: 'any'; eg: string }
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; opts: Node[] }
  | { k: 'rep'; node: Node; min: number; max: number }
  /** Zero width. `left`: a token starting here starts at a space or the line's start; `right`: one ending here ends so. */
  | { k: 'look'; edge: 'left' | 'right' | null };

class Parser {
  private at = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alt();
    if (this.at < this.src.length) throw new Error(`unexpected "${this.src[this.at]}" at ${this.at} in ${this.src}`);
    return node;
  }

  private alt(): Node {
    const opts = [this.seq()];
    while (this.src[this.at] === '|') {
      this.at++;
      opts.push(this.seq());
    }
    return opts.length === 1 ? opts[0]! : { k: 'alt', opts };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { k: 'seq', items };
  }

  private quantified(node: Node): Node {
    const ch = this.src[this.at];
    let min: number;
    let max: number;
    if (ch === '?' || ch === '*' || ch === '+') {
      this.at++;
      [min, max] = ch === '?' ? [0, 1] : ch === '*' ? [0, Infinity] : [1, Infinity];
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) return node;
      this.at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else return node;
    if (this.src[this.at] === '?') this.at++;
    return { k: 'rep', node, min, max };
  }

  private atom(): Node {
    const ch = this.src[this.at++]!;
    if (ch === '(') return this.group();
    if (ch === '[') {
      const end = this.src.indexOf(']', this.at);
      if (end < 0 || this.src.slice(this.at, end).includes('\\')) throw new Error(`class not read in ${this.src}`);
      this.at = end + 1;
      return { k: 'any', eg: 'x' };
    }
    if (ch === '\\') {
      const e = this.src[this.at++]!;
      if (e === 'b' || e === 'B') return { k: 'look', edge: null };
      if (e === 'd') return { k: 'any', eg: '7' };
      return /[DsSwWnrtuxpPk0-9]/.test(e) ? { k: 'any', eg: 'x' } : { k: 'char', c: e };
    }
    if (ch === '.') return { k: 'any', eg: 'x' };
    if (ch === '^') return { k: 'look', edge: 'left' };
    if (ch === '$') return { k: 'look', edge: 'right' };
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{') throw new Error(`quantifier without atom in ${this.src}`);
    return { k: 'char', c: ch };
  }

  private group(): Node {
    const head = /^\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)?/.exec(this.src.slice(this.at))![0];
    this.at += head.length;
    const inner = this.alt();
    if (this.src[this.at++] !== ')') throw new Error(`unclosed group in ${this.src}`);
    if (head === '?<!' && isNotSpaceClass(inner)) return { k: 'look', edge: 'left' };
    if (head === '?!' && isNotSpaceClass(inner)) return { k: 'look', edge: 'right' };
    // A lookahead that sees a space or the line's end ends the token before it.
    if (head === '?=' && startsAtEdge([inner], false)) return { k: 'look', edge: 'right' };
    if (head === '?=' || head === '?!' || head === '?<=' || head === '?<!') return { k: 'look', edge: null };
    return inner;
  }
}

/** `[^ ]`, read by the parser as one `any` in a sequence: the assertions `(?<![^ ])` and `(?![^ ])`. */
function isNotSpaceClass(n: Node): boolean {
  return n.k === 'seq' && n.items.length === 1 && n.items[0]!.k === 'any';
}

/** Every way `items` can match ends at a token's start edge (a space or the line's start); `before` if empty. */
function endsAtEdge(items: Node[], before: boolean): boolean {
  if (!items.length) return before;
  const last = items[items.length - 1]!;
  const rest = items.slice(0, -1);
  switch (last.k) {
    case 'char':
      return last.c === ' ';
    case 'any':
      return false;
    case 'look':
      return last.edge === 'left' || endsAtEdge(rest, before);
    case 'seq':
      return endsAtEdge([...rest, ...last.items], before);
    case 'alt':
      return last.opts.every((o) => endsAtEdge([...rest, o], before));
    case 'rep':
      return (
        (last.min > 0 || endsAtEdge(rest, before)) &&
        endsAtEdge([...rest, last.node], before) &&
        (last.max <= 1 || endsAtEdge([...rest, last.node, last.node], before))
      );
  }
}

/** Every way `items` can match starts at a token's end edge (a space or the line's end); `after` if empty. */
function startsAtEdge(items: Node[], after: boolean): boolean {
  if (!items.length) return after;
  const first = items[0]!;
  const rest = items.slice(1);
  switch (first.k) {
    case 'char':
      return first.c === ' ';
    case 'any':
      return false;
    case 'look':
      return first.edge === 'right' || startsAtEdge(rest, after);
    case 'seq':
      return startsAtEdge([...first.items, ...rest], after);
    case 'alt':
      return first.opts.every((o) => startsAtEdge([o, ...rest], after));
    case 'rep':
      return (
        (first.min > 0 || startsAtEdge(rest, after)) &&
        startsAtEdge([first.node, ...rest], after) &&
        (first.max <= 1 || startsAtEdge([first.node, first.node, ...rest], after))
      );
  }
}

/** Whether a phrase (whole tokens, space-joined) counts as a screen word. */
export type Credit = (phrase: string) => boolean;

/** Literal text between edges: does it hold a credited phrase made of whole tokens? */
function runCovered(text: string, left: boolean, right: boolean, credit: Credit): boolean {
  const words = text.split(' ');
  const whole = words.map((w, i) => w !== '' && (i > 0 || left) && (i < words.length - 1 || right));
  for (let i = 0; i < words.length; i++) {
    for (let j = i; j < words.length && whole[j]; j++) {
      if (credit(words.slice(i, j + 1).join(' '))) return true;
    }
  }
  return false;
}

function covered(node: Node, left: boolean, right: boolean, credit: Credit): boolean {
  switch (node.k) {
    case 'char':
      return runCovered(node.c, left, right, credit);
    case 'any':
    case 'look':
      return false;
    case 'alt':
      return node.opts.every((o) => covered(o, left, right, credit));
    case 'rep':
      return (
        node.min > 0 && covered(node.node, left, right && (node.max === 1 || startsAtEdge([node.node], false)), credit)
      );
    case 'seq':
      return seqCovered(node.items, left, right, credit);
  }
}

function seqCovered(items: Node[], left: boolean, right: boolean, credit: Credit): boolean {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.k === 'char') {
      // A run of literal characters is read as text, so a phrase across its spaces counts.
      let j = i;
      let text = '';
      while (j < items.length && items[j]!.k === 'char') text += (items[j++] as { c: string }).c;
      const l = endsAtEdge(items.slice(0, i), left);
      if (runCovered(text, l, startsAtEdge(items.slice(j), right), credit)) return true;
      i = j - 1;
    } else if (covered(item, endsAtEdge(items.slice(0, i), left), startsAtEdge(items.slice(i + 1), right), credit)) {
      return true;
    }
  }
  return false;
}

/** True if every non-empty match of `source` holds a credited phrase as whole tokens. */
export function screenCovers(source: string, credit: Credit): boolean {
  return covered(new Parser(source).parse(), false, false, credit);
}

/** A string `source` may match, drawn at random (lookarounds ignored: check it against the regex). */
function sample(node: Node, rnd: () => number): string {
  switch (node.k) {
    case 'char':
      return node.c;
    case 'any':
      return node.eg;
    case 'look':
      return '';
    case 'seq':
      return node.items.map((n) => sample(n, rnd)).join('');
    case 'alt':
      return sample(node.opts[Math.floor(rnd() * node.opts.length)]!, rnd);
    case 'rep': {
      const n = node.min + Math.floor(rnd() * (Math.min(node.max, node.min + 2) - node.min + 1));
      return Array.from({ length: n }, () => sample(node.node, rnd)).join('');
    }
  }
}

/** Up to `n` strings drawn from the regex, each checked to match it whole. */
export function samples(source: string, n: number, seed = 1): string[] {
  const tree = new Parser(source).parse();
  let state = seed;
  // A small seeded generator (mulberry32), so a failing draw is drawn again on the next run.
  const rnd = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const whole = new RegExp(`^(?:${source})$`);
  const out: string[] = [];
  for (let i = 0; i < n * 4 && out.length < n; i++) {
    const s = sample(tree, rnd).replace(/ {2,}/g, ' ').trim();
    if (s && whole.test(s)) out.push(s);
  }
  return out;
}

interface Cover {
  words: Set<string>;
  cost: number;
}

function union(covers: (Cover | null)[]): Cover | null {
  if (covers.some((c) => !c)) return null;
  const words = new Set<string>();
  for (const c of covers) for (const w of c!.words) words.add(w);
  return { words, cost: covers.reduce((a, c) => a + c!.cost, 0) };
}

function cheapest(covers: (Cover | null)[]): Cover | null {
  let best: Cover | null = null;
  for (const c of covers) if (c && (!best || c.cost < best.cost)) best = c;
  return best;
}

function runCover(text: string, left: boolean, right: boolean, cost: (phrase: string) => number): Cover | null {
  const words = text.split(' ');
  const whole = words.map((w, i) => w !== '' && (i > 0 || left) && (i < words.length - 1 || right));
  const found: Cover[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i; j < words.length && whole[j]; j++) {
      const phrase = words.slice(i, j + 1).join(' ');
      found.push({ words: new Set([phrase]), cost: cost(phrase) });
    }
  }
  return cheapest(found);
}

function nodeCover(node: Node, left: boolean, right: boolean, cost: (phrase: string) => number): Cover | null {
  switch (node.k) {
    case 'char':
      return runCover(node.c, left, right, cost);
    case 'any':
    case 'look':
      return null;
    case 'alt':
      return union(node.opts.map((o) => nodeCover(o, left, right, cost)));
    case 'rep':
      if (node.min === 0) return null;
      return nodeCover(node.node, left, right && (node.max === 1 || startsAtEdge([node.node], false)), cost);
    case 'seq': {
      const found: (Cover | null)[] = [];
      const items = node.items;
      for (let i = 0; i < items.length; i++) {
        const l = endsAtEdge(items.slice(0, i), left);
        if (items[i]!.k === 'char') {
          let j = i;
          let text = '';
          while (j < items.length && items[j]!.k === 'char') text += (items[j++] as { c: string }).c;
          found.push(runCover(text, l, startsAtEdge(items.slice(j), right), cost));
          i = j - 1;
        } else found.push(nodeCover(items[i]!, l, startsAtEdge(items.slice(i + 1), right), cost));
      }
      return cheapest(found);
    }
  }
}

/**
 * Words every match of `source` holds (one of them, as whole tokens), chosen for the least total
 * `cost` (how often a phrase occurs in ordinary chat); null if no such set can be proven.
 */
export function cheapestCover(source: string, cost: (phrase: string) => number): string[] | null {
  const c = nodeCover(new Parser(source).parse(), false, false, cost);
  return c ? [...c.words].sort() : null;
}
