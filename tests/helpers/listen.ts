// An app on a free loopback port, with the production server's settings (long headers reach Express).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  base: string;
  close: () => Promise<void>;
}

export async function listen(handler: http.RequestListener): Promise<Listening> {
  const server = http.createServer({ maxHeaderSize: 2 * 1024 * 1024 }, handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
