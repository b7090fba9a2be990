// Opens many sockets at once through socket.io-client 3.1.2, each in its own session, and
// checks that no reply reaches a socket of another session. Prints one JSON summary.
//
// Usage: node socketio-load.mjs <base URL> <sockets> <run id>
// Each socket requests software named after itself, twice, so every reply it should get
// names it, and a reply naming another socket has crossed sessions. Exits 2 with a message
// when the sockets do not finish within the guard time.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { io } = require('socket.io-client');

const [base, countText, runId] = process.argv.slice(2);
const count = Number(countText);
const GUARD_MS = 120000;

const guard = setTimeout(() => {
  console.error('timed out after ' + GUARD_MS + ' ms');
  process.exit(2);
}, GUARD_MS);

function once(socket, event) {
  return new Promise((resolve, reject) => {
    socket.once(event, resolve);
    socket.once('connect_error', reject);
  });
}

async function chat(index) {
  const marker = 'tool-' + runId + '-' + index;
  const sessionId = 'load-' + runId + '-' + index;
  const received = [];
  const socket = io(base, { path: '/socket.io/', forceNew: true, reconnection: false });
  await once(socket, 'connect');
  const confirmed = once(socket, 'session_confirm');
  socket.emit('session_request', { session_id: sessionId });
  const confirmedId = await confirmed;
  let waiting = null;
  socket.on('bot_uttered', (payload) => {
    received.push(payload && payload.text || '');
    if (waiting && payload && String(payload.text).includes(waiting.marker)) {
      waiting.resolve();
    }
  });
  for (const suffix of ['a', 'b']) {
    const expected = marker + '-' + suffix;
    const reply = new Promise((resolve) => { waiting = { marker: expected, resolve }; });
    socket.emit('user_uttered', {
      message: '/request_software{"software":"' + expected + '"}',
      session_id: sessionId,
    });
    await reply;
  }
  socket.disconnect();
  const foreign = received.filter((text) => !text.includes(marker));
  return { confirmedId, sessionId, received: received.length, foreign: foreign.length };
}

const results = await Promise.all(Array.from({ length: count }, (_, i) => chat(i)));
clearTimeout(guard);
console.log(JSON.stringify({
  sockets: results.length,
  confirmedOwnSession: results.filter((r) => r.confirmedId === r.sessionId).length,
  received: results.reduce((sum, r) => sum + r.received, 0),
  foreign: results.reduce((sum, r) => sum + r.foreign, 0),
}));
