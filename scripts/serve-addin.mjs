#!/usr/bin/env node
// Serves the built add-in (dist/addin/: taskpane.html, demo.html and their bundles), manifest.xml
// and addin/assets/ on https://localhost:3000 for Excel sideloading and the browser demo.
//
//   node scripts/serve-addin.mjs [--port 3000] [--http] [--root dist/addin] [--certs certs]
//
// Certificate: ~/.office-addin-dev-certs/localhost.{crt,key} when office-addin-dev-certs made them
// (trusted by that tool), otherwise certs/localhost.{crt,key}, made here with `selfsigned` on first
// run and reused until it nears expiry. --http serves plain HTTP (tests; the demo page works, Office does not).
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV_ORIGIN = 'https://localhost:3000';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function usage(message) {
  if (message) console.error(`serve-addin: ${message}`);
  console.error('usage: node scripts/serve-addin.mjs [--port 3000] [--http] [--root dist/addin] [--certs certs]');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { port: 3000, http: false, root: path.join(repo, 'dist/addin'), certs: path.join(repo, 'certs') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--port') {
      options.port = Number(value());
      if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) usage('--port must be 0-65535');
    } else if (arg === '--http') options.http = true;
    else if (arg === '--root') options.root = path.resolve(value());
    else if (arg === '--certs') options.certs = path.resolve(value());
    else if (arg === '--help' || arg === '-h') usage();
    else usage(`unknown option ${arg}`);
  }
  return options;
}

function usable(certFile) {
  try {
    const cert = new X509Certificate(readFileSync(certFile));
    return new Date(cert.validTo).getTime() - Date.now() > 7 * 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

/** The key and certificate for localhost, and where they came from. */
async function certificate(certDir) {
  const devCerts = path.join(homedir(), '.office-addin-dev-certs');
  for (const dir of [devCerts, certDir]) {
    const cert = path.join(dir, 'localhost.crt');
    const key = path.join(dir, 'localhost.key');
    if (existsSync(cert) && existsSync(key) && usable(cert))
      return { cert: readFileSync(cert), key: readFileSync(key), source: cert };
  }
  const { generate } = await import('selfsigned');
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 365 * 24 * 3600 * 1000);
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  mkdirSync(certDir, { recursive: true });
  const cert = path.join(certDir, 'localhost.crt');
  writeFileSync(cert, pems.cert);
  writeFileSync(path.join(certDir, 'localhost.key'), pems.private, { mode: 0o600 });
  return { cert: pems.cert, key: pems.private, source: `${cert} (new, self-signed)` };
}

/** Maps a URL path to a file under one of the served roots, never outside them. */
function resolveFile(urlPath, root) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const [base, rel] = decoded.startsWith('/assets/')
    ? [path.join(repo, 'addin/assets'), decoded.slice('/assets/'.length)]
    : [root, decoded.slice(1)];
  const file = path.resolve(base, rel || 'index.html');
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function handler(options, origin) {
  return (req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(405, 'text/plain; charset=utf-8', 'Method not allowed\n');
    if (url.pathname === '/') {
      res.writeHead(302, { Location: '/demo.html' });
      return res.end();
    }
    if (url.pathname === '/manifest.xml') {
      // The manifest names the development origin; serve it with the origin this server really has.
      const xml = readFileSync(path.join(repo, 'manifest.xml'), 'utf8').split(DEV_ORIGIN).join(origin);
      return send(200, TYPES['.xml'], xml);
    }
    const file = resolveFile(url.pathname, options.root);
    if (!file) return send(404, 'text/plain; charset=utf-8', `Not found: ${url.pathname}\n`);
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const scheme = options.http ? 'http' : 'https';
  let server;
  let origin = '';
  const handle = (req, res) => handler(options, origin)(req, res);
  if (options.http) server = createHttpServer(handle);
  else {
    const { cert, key, source } = await certificate(options.certs);
    server = createHttpsServer({ cert, key }, handle);
    console.log(`certificate: ${source}`);
  }
  server.on('error', (error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `serve-addin: port ${options.port} is in use (try --port)`
        : `serve-addin: ${error.message}`,
    );
    process.exit(1);
  });
  server.listen(options.port, 'localhost', () => {
    origin = `${scheme}://localhost:${server.address().port}`;
    if (!existsSync(path.join(options.root, 'taskpane.html'))) {
      console.log(
        `warning: ${path.relative(process.cwd(), options.root) || options.root}/taskpane.html is missing; build the add-in first (scripts/build-addin.mjs)`,
      );
    }
    console.log(`Custodian add-in server on ${origin}`);
    console.log(`  demo:      ${origin}/demo.html`);
    console.log(`  task pane: ${origin}/taskpane.html`);
    console.log(`  manifest:  ${origin}/manifest.xml (sideloading: docs/sideload.md)`);
    console.log('Press Ctrl+C to stop.');
  });

  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the server`);
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error) => {
  console.error(`serve-addin: ${error.stack ?? error}`);
  process.exit(1);
});
