// Uses the /chat page in Debian's headless Chromium through playwright-core and prints what
// happened as one JSON object for the Java test to check.
//
// Usage: node chat-browser.mjs <base URL> <screenshot file>
// Steps: open /chat, send a message and wait for the reply, ask for help and click one of the
// offered buttons, reload the page and go on in the same conversation in partner mode, rate the
// last answer with a thumbs down, then save a screenshot. Each wait is bounded by WAIT_MS.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const [base, screenshot] = process.argv.slice(2);
const WAIT_MS = 30000;
// Chromium's own background traffic is refused on a closed network, so it is switched off.
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function send(page, text) {
  const input = page.locator('.rw-new-message');
  await input.fill(text);
  await input.press('Enter');
}

// Bot bubbles with text, without the "typing" indicator the widget shows while it waits.
const RESPONSES = '.rw-message:not(.rw-typing-indication) .rw-response';

function countResponses(page) {
  return page.evaluate((selector) => Array.from(document.querySelectorAll(selector))
    .filter((e) => e.innerText.trim() !== '').length, RESPONSES);
}

async function waitForResponses(page, count) {
  await page.waitForFunction(([selector, n]) => Array.from(document.querySelectorAll(selector))
    .filter((e) => e.innerText.trim() !== '').length >= n, [RESPONSES, count],
  { timeout: WAIT_MS });
  return countResponses(page);
}

async function sessionId(page) {
  await page.waitForFunction(() => document.body.dataset.sessionId, null, { timeout: WAIT_MS });
  return page.evaluate(() => document.body.dataset.sessionId);
}

async function main() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
    args: CHROMIUM_FLAGS });
  const result = { consoleErrors: [], failedRequests: [], externalRequests: [],
    apiRequests: [] };
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    const record = (list, text) => !list.includes(text) && list.push(text.slice(0, 200));
    page.on('pageerror', (e) => record(result.consoleErrors, String(e)));
    page.on('console', (m) => m.type() === 'error' && record(result.consoleErrors, m.text()));
    page.on('requestfailed', (r) => record(result.failedRequests, r.url()));
    page.on('response', (r) => r.status() >= 400
      && record(result.failedRequests, r.status() + ' ' + r.url()));
    // The page must load everything from the service itself; anything else is recorded.
    // The page must also work when a token protects the HTTP API, so it may not call it.
    await context.route('**/*', (route) => {
      if (new URL(route.request().url()).pathname.startsWith('/conversations/')) {
        result.apiRequests.push(route.request().url());
      }
      if (route.request().url().startsWith(base)) {
        return route.continue();
      }
      result.externalRequests.push(route.request().url());
      return route.abort();
    });

    await page.goto(base + '/chat');
    result.sessionId = await sessionId(page);
    await send(page, 'hello');
    result.firstReplyCount = await waitForResponses(page, 1);
    result.firstReply = await page.locator(RESPONSES).first().innerText();

    await send(page, '/help');
    const button = page.locator('.rw-reply', { hasText: 'Fix my VPN' });
    await button.waitFor();
    result.buttonTitles = await page.locator('.rw-reply').allInnerTexts();
    const beforeClick = await countResponses(page);
    await button.click();
    result.afterClickCount = await waitForResponses(page, beforeClick + 1);

    await page.reload();
    result.sessionIdAfterReload = await sessionId(page);
    const restored = await waitForResponses(page, result.afterClickCount);
    result.restoredCount = restored;
    await page.selectOption('#mode', 'partner');
    await send(page, 'thanks');
    result.afterReloadCount = await waitForResponses(page, restored + 1);

    const thumbsDown = page.locator('.ap-feedback button[data-value="down"]').last();
    result.lastReply = await page.locator(RESPONSES).last().innerText();
    await thumbsDown.click();
    await page.waitForFunction(() => /rating|did not help/
      .test(document.getElementById('status').textContent), null, { timeout: WAIT_MS });
    result.status = await page.locator('#status').innerText();
    result.thumbsDownPressed = await thumbsDown.getAttribute('aria-pressed');
    result.learnedEmptyVisible = await page.locator('#learned-empty').isVisible();
    await page.screenshot({ path: screenshot, fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(result));
}

main().catch((e) => {
  console.error(String(e && e.stack || e));
  process.exit(2);
});
