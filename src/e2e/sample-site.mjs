// The tests' sample content built by the packaged jar and served as GitHub Pages serves a project site: under
// /repo/, a folder gives its index.html, a missing page 404.html. Shared by the browser checks in this folder.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const JAR = process.env.CROSSCHECK_JAR || path.join(ROOT, 'target', 'crosscheck.jar');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const SAMPLE_CONTENT = path.join(ROOT, 'src', 'test', 'resources', 'crosscheck', 'sample-content');
export const PROJECT = '/repo/'; // a GitHub Pages project path: https://USER.github.io/repo/

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.woff': 'font/woff',
};

/** Serves dir under PROJECT on 127.0.0.1 as GitHub Pages does. Resolves with the server once listening. */
export function serveFolder(dir) {
  const srv = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      if (!url.pathname.startsWith(PROJECT)) return send(res, 404, 'text/plain', 'not found');
      const rel = decodeURIComponent(url.pathname.slice(PROJECT.length));
      let file = path.resolve(dir, rel);
      if (file !== dir && !file.startsWith(dir + path.sep)) return send(res, 403, 'text/plain', 'forbidden');
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { Location: url.pathname + '/' + url.search });
          return res.end();
        }
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) {
        const notFound = path.join(dir, '404.html');
        const body = existsSync(notFound) ? await readFile(notFound) : 'not found';
        return send(res, 404, TYPES['.html'], body);
      }
      const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
      const body = req.method === 'HEAD' ? '' : await readFile(file);
      // GitHub Pages compresses text; so does this server, so that page weights are those a reader downloads
      if (body.length > 0 && /gzip/.test(req.headers['accept-encoding'] || '') && !type.startsWith('image/png')) {
        res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' });
        return res.end(gzipSync(body));
      }
      send(res, 200, type, body);
    } catch (e) {
      send(res, 500, 'text/plain', String(e));
    }
  });
  return new Promise((resolve, reject) => {
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => resolve(srv));
  });
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

export function run(cmd, args, options) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { maxBuffer: 16 << 20, ...options }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed (${err.code ?? err.signal}):\n${stderr}${stdout}`));
      else resolve({ stdout, stderr });
    });
  });
}

/**
 * Builds a copy of the sample content with the jar into a temporary folder and serves it. Resolves with
 * { base, siteDir, close }: base is the site's address (ending in PROJECT), close() stops the server and removes
 * the folder.
 */
export async function serveSample() {
  if (!existsSync(JAR)) throw new Error(`${JAR} is missing: run \`mvn -q -B -DskipTests package\` in ${ROOT} first`);
  const work = await mkdtemp(path.join(tmpdir(), 'crosscheck-site-'));
  const siteDir = path.join(work, 'site');
  const content = path.join(work, 'content'); // a copy: the build writes its event addresses into the content folder
  await cp(SAMPLE_CONTENT, content, { recursive: true });
  const server = await serveFolder(siteDir);
  const base = `http://127.0.0.1:${server.address().port}${PROJECT}`;
  await run('java', ['-jar', JAR, 'build', '--quiet', '--content', content, '--out', siteDir, '--base-url', base],
    { cwd: ROOT });
  const close = async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(work, { recursive: true, force: true });
  };
  return { base, siteDir, close };
}
