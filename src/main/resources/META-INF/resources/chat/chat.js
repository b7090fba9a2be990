// The /chat page: the unmodified rasa-webchat 1.0.1 widget, plus a mode selector, thumbs under
// each bot message and the "What I learned" panel. Text that users taught is put in the page
// with textContent only, never as HTML.
(function () {
  'use strict';

  const MODES = ['teacher', 'partner', 'assistant'];
  const MODE_KEY = 'apprentice_mode';
  const SVG_NS = 'http://www.w3.org/2000/svg';
  // rasa-webchat keeps its session under this localStorage key.
  const WIDGET_SESSION_KEY = 'chat_session';

  const modeSelect = document.getElementById('mode');
  const learnedList = document.getElementById('learned');
  const learnedEmpty = document.getElementById('learned-empty');
  const statusLine = document.getElementById('status');
  const chat = document.getElementById('webchat');

  // The widget sends this very object as customData with every message, so changing its
  // mode field changes what the next message carries.
  const customData = { mode: storedMode() };
  let sessionId = storedSessionId();

  function storedMode() {
    const mode = localStorage.getItem(MODE_KEY);
    return MODES.includes(mode) ? mode : MODES[0];
  }

  function storedSessionId() {
    try {
      const session = JSON.parse(localStorage.getItem(WIDGET_SESSION_KEY));
      return session && typeof session.session_id === 'string' ? session.session_id : null;
    } catch (e) {
      return null;
    }
  }

  function showStatus(text, isError) {
    statusLine.textContent = text;
    statusLine.classList.toggle('ap-error', Boolean(isError));
  }

  // Reads one of the page's own views of its conversation (bot-events or learned). They live
  // under /chat/api, which needs no token, unlike the HTTP API's /conversations routes.
  async function fetchConversation(view) {
    const response = await fetch('/chat/api/conversations/' + encodeURIComponent(sessionId)
      + '/' + view);
    if (!response.ok) {
      throw new Error('the conversation could not be loaded (HTTP ' + response.status + ')');
    }
    return response.json();
  }

  // ---- What I learned ----------------------------------------------------------------------

  // One line per apprentice_learned event, by the kind of item it records.
  function describeLearned(event) {
    switch (event.item) {
      case 'sense':
        return event.term + ': ' + event.gloss;
      case 'sense_example':
        return event.term + ', for example: "' + event.example + '"';
      case 'alias':
        return event.alias + ' is another name for ' + event.term;
      case 'intent_example':
        return '"' + event.text + '" means: ' + String(event.intent).replace(/_/g, ' ');
      case 'sense_choice':
        return event.term + ': the meaning you chose';
      default: {
        const { event: type, timestamp, metadata, ...rest } = event;
        return JSON.stringify(rest);
      }
    }
  }

  async function refreshLearned() {
    if (!sessionId) {
      return;
    }
    try {
      const { learned } = await fetchConversation('learned');
      learnedList.replaceChildren(...learned.map((event) => {
        const item = document.createElement('li');
        item.textContent = describeLearned(event);
        return item;
      }));
      learnedEmpty.hidden = learned.length > 0;
    } catch (e) {
      showStatus('Could not load what I learned: ' + e.message, true);
    }
  }

  // ---- Thumbs under bot messages -----------------------------------------------------------

  // Bot bubbles, without the "typing" indicator the widget draws while it delays a message.
  function botMessages() {
    return Array.from(chat.querySelectorAll('.rw-message:not(.rw-typing-indication)'))
      .filter((message) => message.querySelector('.rw-response, .rw-image-frame'));
  }

  // Lists the conversation's bot events once per bubble the widget draws for them: one per
  // blank-line-separated part of the text, one per image or video.
  function renderedBotEvents(events) {
    const rendered = [];
    for (const event of events) {
      if (event.event !== 'bot') {
        continue;
      }
      const data = event.data || {};
      if (typeof event.text === 'string' && event.text.trim() !== '') {
        event.text.trim().split('\n\n').forEach(() => rendered.push(event));
      }
      if (data.image) {
        rendered.push(event);
      }
      const attachment = data.attachment;
      if (attachment && attachment !== data.image
          && (attachment.type === 'image' || attachment.type === 'video')) {
        rendered.push(event);
      }
    }
    return rendered;
  }

  // NOTE: bubbles are matched to bot events by position from the end, so a rating given while
  // the widget still holds back delayed messages may land on a neighbouring message.
  async function sendFeedback(message, value, controls) {
    try {
      const bubbles = botMessages();
      const fromEnd = bubbles.length - 1 - bubbles.indexOf(message);
      const events = renderedBotEvents((await fetchConversation('bot-events')).events);
      const target = events[events.length - 1 - fromEnd];
      if (!target) {
        showStatus('That message is no longer part of this conversation.', true);
        return;
      }
      const response = await fetch('/chat/api/feedback', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sender_id: sessionId, value, message_timestamp: target.timestamp }),
      });
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      controls.querySelectorAll('button').forEach((button) => {
        button.setAttribute('aria-pressed', String(button.dataset.value === value));
      });
      showStatus(value === 'up' ? 'Thanks, noted that this answer helped.'
        : 'Thanks, noted that this answer did not help.');
    } catch (e) {
      showStatus('Could not store the rating: ' + e.message, true);
    }
  }

  // A thumb drawn as SVG, so it shows without an emoji font; turned over for "down".
  function thumbIcon(down) {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    const shape = document.createElementNS(SVG_NS, 'path');
    shape.setAttribute('d', 'M2 10h4v11H2z M8 10l4-7c1-1 3 0 2.5 2l-1 4H19c1.5 0 2.5 1.5 2 3'
      + 'l-2 7c-.4 1.2-1.4 2-2.7 2H8z');
    if (down) {
      shape.setAttribute('transform', 'rotate(180 12 12)');
    }
    svg.appendChild(shape);
    return svg;
  }

  function feedbackControls(message) {
    const controls = document.createElement('div');
    controls.className = 'ap-feedback';
    for (const [value, title] of [['up', 'This helped'], ['down', 'This did not help']]) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.value = value;
      button.appendChild(thumbIcon(value === 'down'));
      button.title = title;
      button.setAttribute('aria-label', title);
      button.setAttribute('aria-pressed', 'false');
      button.addEventListener('click', () => sendFeedback(message, value, controls));
      controls.appendChild(button);
    }
    return controls;
  }

  function addThumbs() {
    for (const message of botMessages()) {
      if (!message.querySelector('.ap-feedback')) {
        message.appendChild(feedbackControls(message));
      }
    }
  }

  // ---- Controls and the widget -------------------------------------------------------------

  modeSelect.value = customData.mode;
  modeSelect.addEventListener('change', () => {
    customData.mode = modeSelect.value;
    localStorage.setItem(MODE_KEY, customData.mode);
    showStatus('Mode: ' + customData.mode + '. It applies from your next message.');
  });

  document.getElementById('restart').addEventListener('click', () => {
    localStorage.removeItem(WIDGET_SESSION_KEY);
    window.location.reload();
  });

  new MutationObserver(addThumbs).observe(chat, { childList: true, subtree: true });

  window.WebChat.default({
    socketUrl: window.location.origin,
    socketPath: '/socket.io/',
    title: 'Apprentice',
    subtitle: 'Service desk',
    inputTextFieldHint: 'Type a message...',
    embedded: true,
    showFullScreenButton: false,
    withRules: false,
    params: { storage: 'local' },
    customData,
    onSocketEvent: {
      session_confirm: (data) => {
        sessionId = typeof data === 'string' ? data : data && data.session_id;
        document.body.dataset.sessionId = sessionId || '';
        refreshLearned();
      },
      bot_uttered: () => refreshLearned(),
    },
  }, chat);
}());
