/** Forwarding endpoints (docs/forwarding.md#endpoints), shared by the worker and the settings page. */

/** storage.local: the forwarding queue and its status (src/background/forwarding/queue.ts). */
export const FORWARD_QUEUE_KEY = 'cg.forward.queue';

export type EndpointProblem = 'missing' | 'invalid' | 'not-https' | 'credentials';

/** Why an endpoint URL cannot be used, or null: HTTPS, or plain HTTP to this machine's loopback for testing. */
export function endpointProblem(url: string): EndpointProblem | null {
  if (!url.trim()) return 'missing';
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return 'invalid';
  }
  // A password in the URL would sit in settings and logs; tokens have their own field.
  if (u.username || u.password) return 'credentials';
  if (u.protocol === 'https:') return u.hostname ? null : 'invalid';
  if (u.protocol === 'http:' && isLoopback(u.hostname)) return null;
  return 'not-https';
}

export function isLoopback(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

/** The optional host permission asked for at run time: the endpoint's host, any port and path. */
export function originPattern(url: string): string {
  const u = new URL(url.trim());
  return `${u.protocol}//${u.hostname}/*`;
}
