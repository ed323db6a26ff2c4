import { describe, expect, it } from 'vitest';
import { PLATFORM_ENTRIES, platformForUrl } from './registry';

describe('platform registry', () => {
  it('loads, for each client, the module whose platform and URL test the entry names', async () => {
    for (const entry of PLATFORM_ENTRIES) {
      const module = await entry.load();
      expect(module.platform).toBe(entry.platform);
      expect(module.isMeetingUrl).toBe(entry.isMeetingUrl);
    }
  });

  it('finds the client of a meeting URL, and none for other pages or plain http', () => {
    expect(platformForUrl(new URL('https://meet.google.com/abc-defg-hij'))?.platform).toBe('meet');
    expect(platformForUrl(new URL('https://app.zoom.us/wc/123456789/join'))?.platform).toBe('zoom');
    expect(platformForUrl(new URL('https://teams.microsoft.com/v2/'))?.platform).toBe('teams');
    expect(platformForUrl(new URL('https://meet.google.com.evil.example/abc-defg-hij'))).toBeNull();
    expect(platformForUrl(new URL('http://meet.google.com/abc-defg-hij'))).toBeNull();
  });
});
