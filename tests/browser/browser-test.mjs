// Browser test of radar-serve's web interface: Debian's Chromium, driven by
// playwright-core (no browser download), over a small test index. Fills the
// form, submits, reads the decision and the results, switches language, opens
// the report, checks keyboard use, phone layout and print CSS, runs axe-core
// on every page (no serious or critical violations) and saves screenshots.
//
// usage: node browser-test.mjs --bin BIN_DIR --source SOURCE_DIR --out OUT_DIR [--chromium PATH]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, value, i, all) => (i % 2 === 0 ? [...pairs, [value.replace(/^--/, ''), all[i + 1]]] : pairs), []),
);
const bin = args.bin;
const source = args.source ?? path.resolve(here, '../..');
const out = args.out ?? process.cwd();
const chromiumPath = args.chromium ?? '/usr/bin/chromium';
const axeSource = fs.readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');

let failures = 0;
function check(condition, what) {
  if (condition) {
    console.log(`ok - ${what}`);
  } else {
    failures += 1;
    console.log(`not ok - ${what}`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function run(program, programArgs) {
  const result = spawnSync(program, programArgs, { encoding: 'utf8', timeout: 60000 });
  if (result.status !== 0) throw new Error(`${program} ${programArgs.join(' ')} failed: ${result.stderr}`);
}

async function waitForHealth(base, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

// Runs axe-core on the page. page.evaluate is not subject to the page's CSP, so
// the strict policy stays on while axe is injected.
async function axeCheck(page, name) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }),
  );
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of results.violations) {
    console.log(`# axe ${name}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
  }
  check(bad.length === 0, `axe-core finds no serious or critical violations on the ${name}`);
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'radar-browser-'));
  const db = path.join(work, 'db');
  run(path.join(bin, 'radar-index'), [
    'language', '--db', db,
    '--thesaurus', path.join(source, 'tests/fixtures/language/thesaurus.txt'),
    '--stopwords', path.join(source, 'tests/fixtures/language/stopwords'),
  ]);
  run(path.join(bin, 'radar-index'), ['ingest', '--db', db, path.join(source, 'tests/fixtures/records/mini-market.jsonl')]);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const serverLog = fs.openSync(path.join(out, 'browser-radar-serve.log'), 'w');
  const server = spawn(path.join(bin, 'radar-serve'), ['--db', db, '--listen', `127.0.0.1:${port}`, '--threads', '2'], {
    stdio: ['ignore', serverLog, serverLog],
  });
  let context;
  try {
    check(await waitForHealth(base, 20), 'radar-serve answers /healthz');
    context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15000);
    const cspErrors = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
    });
    page.on('pageerror', (error) => cspErrors.push(String(error)));

    // axe-core itself works: a page with an unlabelled field and no lang is caught.
    await page.setContent('<!DOCTYPE html><html><head><title>x</title></head><body><main><input type="text"></main></body></html>');
    await page.evaluate(axeSource);
    const control = await page.evaluate(() => window.axe.run(document));
    check(control.violations.some((v) => v.id === 'label') && control.violations.some((v) => v.id === 'html-has-lang'),
      'axe-core reports violations on a deliberately broken page');

    // The form, in Danish by default.
    await page.goto(`${base}/`);
    check((await page.getAttribute('html', 'lang')) === 'da', 'the form page is Danish by default (html lang="da")');
    await page.keyboard.press('Tab');
    check(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')), 'the first Tab reaches the skip link');
    await page.keyboard.press('Enter');
    check(await page.evaluate(() => document.activeElement?.id === 'main'), 'the skip link moves focus to the main content');
    await axeCheck(page, 'form page');
    await page.screenshot({ path: path.join(out, 'browser-form-da.png'), fullPage: true });

    const need = 'Nattilsyn af borgere med demens uden at vække dem';
    await page.getByLabel('Beskriv behovet').fill(need);
    check((await page.textContent('#need-count'))?.includes('af 10.000 tegn'), 'the character counter (app.js) counts in Danish');
    await page.getByLabel('Modenhed').selectOption('market');
    await Promise.all([page.waitForURL(/\/search\?/), page.getByRole('button', { name: 'Screen markedet' }).click()]);

    // The results: decision first, then the evidence.
    const url = new URL(page.url());
    check(url.searchParams.get('need') === need && url.searchParams.get('maturity') === 'market', 'the results are a linkable GET URL');
    const firstHeading = await page.textContent('main h2');
    const decision = await page.textContent('#decision-h');
    check(firstHeading === decision, `the results lead with the decision: "${decision}"`);
    check(/^(Køb|Markedsdialog|Udvikl|Afklar):/.test(decision ?? ''), 'the decision is in plain Danish words');
    check((await page.locator('.decision .reasons li').count()) > 0, 'the decision comes with its reasons');
    check((await page.locator('#solutions-h').count()) === 1 && (await page.textContent('main')).includes('SengeVagt'),
      'the solutions list the matching solution (SengeVagt)');
    check((await page.locator('.snippet mark').count()) > 0, 'snippets highlight the need\'s words');
    check((await page.locator('#partners-h').count()) === 1 && (await page.locator('#similar-h').count()) === 1 &&
      (await page.locator('#uncovered-h').count()) === 1, 'partners, similar needs and uncovered aspects are shown');
    check((await page.inputValue('#need')) === need, 'the form keeps the need');
    check((await page.inputValue('#maturity')) === 'market', 'the form keeps the selected maturity');
    await page.screenshot({ path: path.join(out, 'browser-results-da.png'), fullPage: true });
    await axeCheck(page, 'results page');

    // Keyboard: the edit form opens from the keyboard.
    await page.focus('details.edit summary');
    await page.keyboard.press('Enter');
    check(await page.evaluate(() => document.querySelector('details.edit').open), 'the edit form opens with the keyboard');

    // English switch keeps the need and the filters.
    await Promise.all([page.waitForURL(/lang=en/), page.getByRole('link', { name: 'English' }).click()]);
    check((await page.getAttribute('html', 'lang')) === 'en', 'the English switch sets html lang="en"');
    check(/^(Buy|Market dialogue|Develop|Clarify):/.test((await page.textContent('#decision-h')) ?? ''), 'the decision is in English');
    check((await page.inputValue('#need')) === need && (await page.inputValue('#maturity')) === 'market',
      'the language switch keeps the need and the filters');
    await axeCheck(page, 'English results page');

    // Phone: no sideways scrolling.
    await page.setViewportSize({ width: 375, height: 740 });
    check(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'the results fit a phone screen');
    await page.screenshot({ path: path.join(out, 'browser-results-en-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The report, in the chosen language, printable.
    await Promise.all([page.waitForURL(/\/api\/v1\/report\?/), page.getByRole('link', { name: /Report for the file/ }).click()]);
    check((await page.textContent('h1')) === 'Market screening', 'the report opens in English');
    const report = await page.textContent('main');
    check(report.includes(need) && report.includes('Index revision') && report.includes('SengeVagt'),
      'the report holds the need, the index revision and the solutions');
    check(await page.isVisible('button.print'), 'app.js shows the print button');
    await axeCheck(page, 'report');
    await page.emulateMedia({ media: 'print' });
    check(!(await page.isVisible('.site-header nav')) && !(await page.isVisible('.actions')), 'print CSS hides navigation and buttons');
    await page.screenshot({ path: path.join(out, 'browser-report-print.png'), fullPage: true });
    await page.pdf({ path: path.join(out, 'browser-report.pdf'), format: 'A4', printBackground: true });
    check(fs.statSync(path.join(out, 'browser-report.pdf')).size > 1000, 'the report prints to an A4 PDF');
    await page.emulateMedia({ media: 'screen' });

    // Danish report from the Danish results page.
    await page.goto(`${base}/search?need=${encodeURIComponent(need)}`);
    await Promise.all([page.waitForURL(/format=html/), page.getByRole('link', { name: /Rapport til journalisering/ }).click()]);
    check((await page.getAttribute('html', 'lang')) === 'da' && (await page.textContent('h1')) === 'Markedsscreening',
      'the Danish results link to the Danish report');
    await page.screenshot({ path: path.join(out, 'browser-report-da.png'), fullPage: true });

    check(cspErrors.length === 0, `no CSP violations or script errors (${cspErrors.join(' | ')})`);
  } finally {
    if (context) await context.close();
    server.kill('SIGTERM');
    const code = await new Promise((resolve) => {
      const timer = setTimeout(() => { server.kill('SIGKILL'); resolve(-1); }, 10000);
      server.once('exit', (status) => { clearTimeout(timer); resolve(status); });
    });
    check(code === 0, 'radar-serve stops cleanly on SIGTERM');
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`# screenshots in ${out}`);
  if (failures > 0) {
    console.log(`# ${failures} check(s) failed`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
