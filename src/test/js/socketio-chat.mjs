// Chats with the service through socket.io-client 3.1.2, the client rasa-webchat 1.0.1 bundles,
// and prints what happened as one JSON object for the Java test to check.
//
// Usage: node socketio-chat.mjs <base URL>
// Steps: connect (polling, then the WebSocket upgrade), request a new session, send a message,
// then connect a second socket that confirms the same session id, send from it, and check that
// both sockets receive the reply. The first socket then disconnects and the second goes on.
// Exits 2 with a message when a step does not complete within the guard time.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { io } = require('socket.io-client');

const base = process.argv[2];
const GUARD_MS = 30000;

function fail(message) {
  console.error(message);
  process.exit(2);
}

const guard = setTimeout(() => fail('timed out after ' + GUARD_MS + ' ms'), GUARD_MS);

function connect() {
  return io(base, { path: '/socket.io/', forceNew: true, reconnection: false });
}

function next(socket, event, what) {
  return new Promise((resolve) => {
    socket.once(event, (payload) => resolve(payload));
  }).catch(() => fail('no ' + what));
}

function upgraded(socket) {
  const engine = socket.io.engine;
  if (engine.transport.name === 'websocket') {
    return Promise.resolve('websocket');
  }
  return new Promise((resolve) => engine.once('upgrade', (t) => resolve(t.name)));
}

async function requestSession(socket, sessionId) {
  const confirmed = next(socket, 'session_confirm', 'session_confirm');
  socket.emit('session_request', { session_id: sessionId });
  return confirmed;
}

async function main() {
  const result = {};
  const first = connect();
  await next(first, 'connect', 'connect');
  result.firstSocketId = first.id;
  const sessionId = await requestSession(first, null);
  result.sessionId = sessionId;

  let reply = next(first, 'bot_uttered', 'reply on the first socket');
  first.emit('user_uttered', { message: '/greet', customData: { mode: 'teacher' },
    session_id: sessionId });
  result.firstReply = await reply;
  result.firstTransport = await upgraded(first);

  const second = connect();
  await next(second, 'connect', 'connect of the second socket');
  result.secondSessionId = await requestSession(second, sessionId);
  const onSecond = next(second, 'bot_uttered', 'reply on the second socket');
  const onFirst = next(first, 'bot_uttered', 'reply to the second socket on the first');
  second.emit('user_uttered', { message: '/help', customData: '{"mode": "partner"}',
    session_id: sessionId });
  result.secondReply = await onSecond;
  result.sharedReply = await onFirst;

  first.disconnect();
  reply = next(second, 'bot_uttered', 'reply after the first socket left');
  second.emit('user_uttered', { message: '/goodbye', session_id: sessionId });
  result.afterLeaveReply = await reply;
  result.secondTransport = await upgraded(second);
  second.disconnect();

  clearTimeout(guard);
  console.log(JSON.stringify(result));
}

main().catch((e) => fail(String(e && e.stack || e)));
