/** Settings of forwarding (docs/forwarding.md) and parent mode (docs/parent-mode.md), part of SettingsSchema. */
import { z } from 'zod';

export const FORWARDING_KINDS = ['webhook', 'google-chat', 'teams', 'ntfy'] as const;

export const ForwardingSettingsSchema = z
  .object({
    enabled: z.boolean().default(false).meta({
      title: 'Forward findings',
      description: 'Send each alert to the endpoint below. Off by default: nothing leaves the machine.',
    }),
    kind: z.enum(FORWARDING_KINDS).default('webhook').meta({
      title: 'Endpoint kind',
      description:
        'webhook (JSON signed with HMAC-SHA256, docs/forwarding.md), google-chat, teams (incoming webhooks) or ntfy (a topic URL on ntfy.sh or a self-hosted server).',
    }),
    url: z.string().max(2000).default('').meta({
      title: 'Endpoint URL',
      description: 'Where findings are posted: HTTPS only (http://127.0.0.1 and http://localhost for testing).',
    }),
    secret: z.string().max(500).default('').meta({
      title: 'Shared secret',
      description: 'webhook: the key of the X-ClassGuard-Signature HMAC-SHA256 header. Empty: requests are not signed.',
    }),
    token: z.string().max(500).default('').meta({
      title: 'Access token',
      description: 'ntfy: an access token for a protected topic, sent as Authorization: Bearer. Empty: none.',
    }),
    includeWords: z.boolean().default(false).meta({
      title: 'Include the words',
      description:
        'Send what was written (chat text, names). Off: only a summary (category, severity, platform, time).',
    }),
  })
  .meta({
    title: 'Forwarding',
    description: 'Findings posted to a webhook, Google Chat, Microsoft Teams or ntfy the school or parent runs.',
  });

export const ParentSettingsSchema = z
  .object({
    childAdvice: z.boolean().default(true).meta({
      title: 'Advice to the child',
      description:
        'When this browser is a participant, not the host: show calm advice in the meeting page on a private message from outside the class, grooming, a request to move to Zalo/Messenger/phone, a stranger or a pupil sharing a screen.',
    }),
    unlockMinutes: z.number().int().min(1).max(60).default(10).meta({
      title: 'Parent unlock (minutes)',
      description: 'How long the parent PIN keeps settings open for changes before parent mode locks them again.',
    }),
  })
  .meta({
    title: 'Parent mode',
    description: 'A child’s own computer: advice shown to the child, and how long the parent’s PIN unlocks settings.',
  });
