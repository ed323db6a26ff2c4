import { describe, expect, it } from 'vitest';
import { PLATFORM_ENTRIES, platformForUrl } from './registry';

describe('platform registry', () => {
  it('loads, for each client, the module of the platform the entry names', async () => {
    for (const entry of PLATFORM_ENTRIES) expect((await entry.load()).platform).toBe(entry.platform);
  });

  it('finds the client of a meeting URL, and none for other pages or plain http', () => {
    expect(platformForUrl(new URL('https://meet.google.com/abc-defg-hij'))?.platform).toBe('meet');
    expect(platformForUrl(new URL('https://app.zoom.us/wc/123456789/join'))?.platform).toBe('zoom');
    expect(platformForUrl(new URL('https://teams.microsoft.com/v2/'))?.platform).toBe('teams');
    expect(platformForUrl(new URL('https://meet.google.com.evil.example/abc-defg-hij'))).toBeNull();
    expect(platformForUrl(new URL('http://meet.google.com/abc-defg-hij'))).toBeNull();
  });
});
