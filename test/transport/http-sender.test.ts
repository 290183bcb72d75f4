/** The HTTP leg sends exactly the headers it is given (a signer saw them), nothing unsigned added. */
import { createHttpSender } from '../../core/transport/http';
import { startCaptureServer, type CaptureServer } from '../support/capture-server';

let server: CaptureServer;
const sender = createHttpSender();
beforeAll(async () => {
  server = await startCaptureServer();
});
afterAll(async () => {
  sender.close();
  await server.close();
});

describe('createHttpSender', () => {
  it('keeps a form body with its own (lowercase) content-type', async () => {
    const res = await sender.send({
      method: 'POST',
      url: `${server.url}/?A=1`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-acs-action': 'Test' },
      body: 'CommandContent=a%2Bb&N=5',
      timeoutMs: 5000,
    });
    expect(res.status).toBe(200);
    const got = server.requests.at(-1)!;
    expect(got.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(got.body).toBe('CommandContent=a%2Bb&N=5');
  });

  it('adds no Content-Type to a body-less POST (it would be unsigned)', async () => {
    await sender.send({ method: 'POST', url: `${server.url}/?A=1`, headers: { 'x-acs-action': 'Test' }, timeoutMs: 5000 });
    const got = server.requests.at(-1)!;
    expect(got.headers).not.toHaveProperty('content-type');
    expect(got.body).toBe('');
  });
});
