/** `npm run simulator`: prints its URL, answers, and stops cleanly on SIGTERM and SIGINT. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

async function runCli(signal: NodeJS.Signals): Promise<{ url: string; code: number | null; answer: Record<string, unknown> }> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'simulator', 'cli.ts'), '--port', '0', '--clock-speed', '2'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CLOUDCASE_SIM_LATENCY_MS: '' },
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no URL printed; got: ${out}`)), 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.on('exit', () => reject(new Error(`exited early: ${out}`)));
    });
    const res = await fetch(`${url}/?RegionId=cn-hangzhou`, { method: 'POST' });
    const answer = (await res.json()) as Record<string, unknown>;
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', (c) => resolve(c));
      child.kill(signal);
    });
    return { url, code, answer };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

test.each(['SIGTERM', 'SIGINT'] as const)('starts, answers, and exits 0 on %s', async (signal) => {
  const { url, code, answer } = await runCli(signal);
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(answer.Code).toBe('MissingAccessKeyId');
  expect(code).toBe(0);
});
