import { z } from 'zod';

/** Where the client reads the settings it needs before it connects. */
export const CLIENT_CONFIG_PATH = '/api/config';

/** GET /api/config: what the server tells the client before it connects. */
export const clientConfigSchema = z.object({
  /**
   * Origins of every server process serving this data (`https://concord-2.example.com`); the
   * collaboration socket moves to the next one when its connection is lost. Empty: only the
   * page's own origin.
   */
  serverUrls: z.array(z.url({ protocol: /^https?$/ })),
});
export type ClientConfig = z.infer<typeof clientConfigSchema>;
