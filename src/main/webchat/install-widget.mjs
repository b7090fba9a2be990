// Copies the rasa-webchat widget bundle into the application's static resources at build time,
// so the /chat page loads it from the service and never from a CDN.
//
// Usage: node install-widget.mjs <output folder>
// Fetches the package tarball with `npm pack` (from npm's cache when it has it), checks it
// against the sha512 integrity the npm registry publishes for that version, and extracts the
// self-contained browser bundle lib/index.js and the package's Apache-2.0 LICENSE. Does nothing
// when the output already holds the bundle of this version.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PACKAGE = 'rasa-webchat';
const VERSION = '1.0.1';
const INTEGRITY = 'sha512-Ld1zVJvTAaTrs6A5p8t70agNNrKYRyXlvqXZRgBoDvKKUXbA0jhJKECi5bdPGlaR6jsmqWtVylHS+YqIqo0x8w==';

const output = resolve(process.argv[2] || '.');
const bundle = join(output, 'rasa-webchat.js');
const stamp = join(output, 'rasa-webchat.version');

if (existsSync(bundle) && existsSync(stamp) && readFileSync(stamp, 'utf8') === INTEGRITY) {
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'rasa-webchat-'));
try {
  const name = execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--prefer-offline',
    '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').pop();
  const tarball = join(work, name);
  const digest = 'sha512-' + createHash('sha512').update(readFileSync(tarball)).digest('base64');
  if (digest !== INTEGRITY) {
    throw new Error(`${name} has integrity ${digest}, expected ${INTEGRITY}`);
  }
  execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/lib/index.js', 'package/LICENSE']);
  mkdirSync(output, { recursive: true });
  writeFileSync(bundle, readFileSync(join(work, 'package/lib/index.js')));
  writeFileSync(join(output, 'rasa-webchat.LICENSE.txt'), readFileSync(join(work, 'package/LICENSE')));
  writeFileSync(stamp, INTEGRITY);
  console.log(`installed ${PACKAGE}@${VERSION} into ${output}`);
} catch (e) {
  console.error(`Could not install ${PACKAGE}@${VERSION}: ${e.message}\n`
    + 'The build needs Node.js with npm, and the npm registry or a filled npm cache.');
  process.exit(1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
