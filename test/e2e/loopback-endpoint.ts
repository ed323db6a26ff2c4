/**
 * A forwarding endpoint on this machine's loopback, as a school's or parent's server would be: it
 * refuses (HTTP 503) while told to, then accepts, and records every request it was sent.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** What the endpoint answered. */
  status: number;
}

export interface LoopbackEndpoint {
  url: (path: string) => string;
  received: Received[];
  /** Answer 503 to POSTs while true. */
  refusing: boolean;
  close(): Promise<void>;
}

/** Lets the extension read the answer before any host permission is granted (a browser prompt the test cannot click). */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST',
  'Access-Control-Allow-Headers': '*',
  'Access-Control-Allow-Private-Network': 'true',
};

export async function startEndpoint(): Promise<LoopbackEndpoint> {
  const endpoint: LoopbackEndpoint = {
    url: () => '',
    received: [],
    refusing: true,
    close: () => Promise.resolve(),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const status = req.method === 'OPTIONS' ? 204 : endpoint.refusing ? 503 : 200;
      if (req.method !== 'OPTIONS')
        endpoint.received.push({
          method: req.method ?? '',
          path: req.url ?? '',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          status,
        });
      res.writeHead(status, CORS).end(status === 200 ? '{"ok":true}' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  endpoint.url = (path) => `http://127.0.0.1:${port}${path}`;
  endpoint.close = () => new Promise((resolve) => server.close(() => resolve()));
  return endpoint;
}
