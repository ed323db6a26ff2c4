/**
 * The alert panel lives in a closed shadow root that the page cannot reach; the tests reach it
 * through the DevTools protocol (DOM.getDocument with pierce), as an accessibility tool would, and
 * click it with the real mouse and keyboard.
 */
import type { CDPSession, Page } from 'puppeteer-core';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Node {
  nodeName: string;
  backendNodeId: number;
  children?: Node[];
  shadowRoots?: Node[];
  contentDocument?: Node;
}

export interface PanelProbe {
  /** Runs `fn` with `this` the panel's shadow root; `fn` is a function's source. */
  eval<T>(fn: string, ...args: unknown[]): Promise<T>;
  rect(css: string): Promise<Rect | null>;
  click(css: string): Promise<void>;
  text(css: string): Promise<string>;
  /** Waits until `fn` (run on the shadow root) returns something truthy. */
  until<T>(fn: string, what: string, timeoutMs?: number): Promise<T>;
}

function findHost(n: Node, tag: string): Node | null {
  if (n.nodeName === tag && n.shadowRoots?.length) return n.shadowRoots[0]!;
  for (const c of [
    ...(n.children ?? []),
    ...(n.shadowRoots ?? []),
    ...(n.contentDocument ? [n.contentDocument] : []),
  ]) {
    const got = findHost(c, tag);
    if (got) return got;
  }
  return null;
}

async function rootObject(cdp: CDPSession, tag: string): Promise<string | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: Node };
  const shadow = findHost(root, tag);
  if (!shadow) return null;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  return object.objectId ?? null;
}

/** `tag`: the host element of another of our shadow roots (the checklist card's, `CLASS-GUARD-CHECKLIST`). */
export async function probePanel(page: Page, tag = 'CLASS-GUARD-OVERLAY'): Promise<PanelProbe> {
  const cdp = await page.createCDPSession();
  await cdp.send('DOM.enable');
  let objectId: string | null = null;
  const call = async <T>(fn: string, args: unknown[]): Promise<T> => {
    for (let attempt = 0; attempt < 2; attempt++) {
      objectId ??= await rootObject(cdp, tag);
      if (!objectId) throw new Error('no Class Guard overlay in the page');
      try {
        const r = await cdp.send('Runtime.callFunctionOn', {
          functionDeclaration: fn,
          objectId,
          arguments: args.map((value) => ({ value })),
          returnByValue: true,
          awaitPromise: true,
        });
        if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
        return r.result.value as T;
      } catch (err) {
        // The document was read again (a navigation, a re-render of the host): find the root again.
        if (attempt === 1 || !/Could not find object|Cannot find context/.test(String(err))) throw err;
        objectId = null;
      }
    }
    throw new Error('unreachable');
  };
  const probe: PanelProbe = {
    eval: (fn, ...args) => call(fn, args),
    rect: (css) =>
      call(
        `function (css) { const e = this.querySelector(css); if (!e || !e.checkVisibility()) return null;
          const r = e.getBoundingClientRect(); return { left: r.left, top: r.top, width: r.width, height: r.height }; }`,
        [css],
      ),
    text: (css) => call(`function (css) { return this.querySelector(css)?.textContent ?? ''; }`, [css]),
    async click(css) {
      const r = await probe.rect(css);
      if (!r) throw new Error(`nothing to click at ${css}`);
      await page.mouse.click(r.left + r.width / 2, r.top + r.height / 2);
    },
    async until<T>(fn: string, what: string, timeoutMs = 15_000): Promise<T> {
      const end = Date.now() + timeoutMs;
      let last: unknown;
      while (Date.now() < end) {
        last = await call(fn, []).catch(() => null);
        if (last) return last as T;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 300)}`);
    },
  };
  return probe;
}

export const intersects = (a: Rect, b: Rect): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/** Boxes of the page's elements matching `css` (the client's own controls). */
export function pageRects(page: Page, css: string): Promise<Rect[]> {
  return page.evaluate(
    (css) =>
      [...document.querySelectorAll(css)]
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0)
        .map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height })),
    css,
  );
}
