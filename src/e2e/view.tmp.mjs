import { chromium } from 'playwright-core';
// crops the top part of a full-page screenshot into a viewable image
const [,, file, out, width, top, height] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: Number(width), height: Number(height) } });
await p.setContent(`<body style="margin:0"><img src="data:image/png;base64,${(await import('node:fs')).readFileSync(file).toString('base64')}" style="display:block;margin-top:-${top}px"></body>`);
await p.screenshot({ path: out });
await b.close();
