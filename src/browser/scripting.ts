export interface ScriptTarget {
  tabId: number;
  allFrames: boolean;
}

/** `func` is serialized: it may use nothing from its scope. */
export async function runInTab<A extends unknown[]>(
  target: ScriptTarget,
  func: (...args: A) => void,
  args: A,
): Promise<void> {
  await chrome.scripting.executeScript({ target, func, args });
}

export async function injectFiles(target: ScriptTarget, files: string[]): Promise<void> {
  await chrome.scripting.executeScript({ target, files });
}
