/** Running code in a tab, in the content scripts' isolated world. */

export interface ScriptTarget {
  tabId: number;
  allFrames: boolean;
}

/** Runs `func(...args)` in the tab; `func` is serialized, so it may use nothing from its scope. */
export async function runInTab<A extends unknown[]>(
  target: ScriptTarget,
  func: (...args: A) => void,
  args: A,
): Promise<void> {
  await chrome.scripting.executeScript({ target, func, args });
}

/** Runs the extension's script files in the tab, in order. */
export async function injectFiles(target: ScriptTarget, files: string[]): Promise<void> {
  await chrome.scripting.executeScript({ target, files });
}
