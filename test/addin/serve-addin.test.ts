import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';

const script = path.resolve(__dirname, '../../scripts/serve-addin.mjs');

interface Running {
  child: ChildProcess;
  origin: string;
  output: () => string;
}

/** Starts the server on a free port and waits for the line that prints its origin. */
function start(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [script, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /server on (\S+)/.exec(output);
      if (match && output.includes('Ctrl+C')) {
        clearTimeout(timer);
        resolve({ child, origin: match[1]!, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function stop(running: Running, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((resolve) => {
    running.child.removeAllListeners('exit');
    running.child.on('exit', (code) => resolve(code));
    running.child.kill(signal);
  });
}

function httpsGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { rejectUnauthorized: false }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('scripts/serve-addin.mjs', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'custodian-serve-'));
    writeFileSync(path.join(root, 'demo.html'), '<h1>demo</h1>');
    writeFileSync(path.join(root, 'taskpane.html'), '<h1>pane</h1>');
    writeFileSync(path.join(root, 'demo.js'), 'console.log(1)');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('serves the built pages, the assets and a manifest for its own origin, and stops on SIGTERM', async () => {
    const server = await start(['--http', '--root', root]);
    try {
      expect(server.output()).toContain(`${server.origin}/demo.html`);
      expect(server.output()).toContain(`${server.origin}/taskpane.html`);
      const demo = await fetch(`${server.origin}/demo.html`);
      expect([demo.status, demo.headers.get('content-type'), await demo.text()]).toEqual([
        200,
        'text/html; charset=utf-8',
        '<h1>demo</h1>',
      ]);
      expect((await fetch(`${server.origin}/demo.js`)).headers.get('content-type')).toBe(
        'text/javascript; charset=utf-8',
      );
      const icon = await fetch(`${server.origin}/assets/icon-32.png`);
      expect([icon.status, icon.headers.get('content-type')]).toEqual([200, 'image/png']);
      const manifest = await (await fetch(`${server.origin}/manifest.xml`)).text();
      expect(manifest).toContain(`${server.origin}/taskpane.html`);
      expect(manifest).not.toContain('localhost:3000');
      expect((await fetch(`${server.origin}/`, { redirect: 'manual' })).headers.get('location')).toBe('/demo.html');
      expect((await fetch(`${server.origin}/missing.js`)).status).toBe(404);
      expect((await fetch(`${server.origin}/..%2f..%2fpackage.json`)).status).toBe(404);
      expect((await fetch(`${server.origin}/assets/..%2f..%2fpackage.json`)).status).toBe(404);
    } finally {
      expect(await stop(server)).toBe(0);
    }
  });

  test('makes a self-signed certificate for localhost once and reuses it', async () => {
    const certs = mkdtempSync(path.join(tmpdir(), 'custodian-certs-'));
    try {
      const first = await start(['--root', root, '--certs', certs]);
      expect(first.origin).toMatch(/^https:\/\/localhost:\d+$/);
      expect((await httpsGet(`${first.origin}/taskpane.html`)).body).toBe('<h1>pane</h1>');
      expect(await stop(first, 'SIGINT')).toBe(0);
      const second = await start(['--root', root, '--certs', certs]);
      expect(second.output()).not.toContain('(new, self-signed)');
      expect(await stop(second)).toBe(0);
    } finally {
      rmSync(certs, { recursive: true, force: true });
    }
  });
});
