/* readout-reader.js: the source reader page's behaviour. It runs as a user script in the
 * application's own script world ("readout"), never as script of the page, and talks to the
 * application only through the "readout" script message handler:
 *   { type: 'activate', statement: ID }          a highlight was clicked or activated
 *   { type: 'selection', start: {b, u}, end: {b, u} } or { type: 'selection' } (none)
 * where b is a segment's byte offset (data-b) and u a UTF-16 offset inside that segment;
 * the application maps them to byte offsets in the document text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
'use strict';

(() => {
  const handlers = window.webkit && window.webkit.messageHandlers;
  const handler = handlers ? handlers.readout : null;
  let card = null;
  let hovered = null;
  let selectionTimer = 0;
  let lastSelection = '';

  function post (message) {
    if (handler)
      handler.postMessage(message);
  }

  function markOf (node) {
    while (node && node.nodeType !== Node.ELEMENT_NODE)
      node = node.parentNode;
    return node ? node.closest('mark.hl') : null;
  }

  function attributionsOf (mark) {
    return mark.dataset.a ? mark.dataset.a.split(' ') : [];
  }

  /* Every segment of the innermost attribution under the mark. */
  function segmentsOf (attribution) {
    return Array.from(document.querySelectorAll('mark.hl[data-a]')).filter(
      (mark) => attributionsOf(mark).includes(attribution));
  }

  function setHovered (mark) {
    if (hovered)
      segmentsOf(hovered).forEach((m) => m.classList.remove('hover'));
    hovered = mark ? attributionsOf(mark)[0] : null;
    if (hovered)
      segmentsOf(hovered).forEach((m) => m.classList.add('hover'));
  }

  function hideCard () {
    if (card)
      card.classList.remove('visible');
    setHovered(null);
  }

  function showCard (mark) {
    const attribution = attributionsOf(mark)[0];
    const source = attribution !== undefined ? document.getElementById('card-' + attribution) : null;

    if (!source) {
      hideCard();
      return;
    }
    if (!card) {
      card = document.createElement('div');
      card.id = 'hovercard';
      card.setAttribute('role', 'tooltip');
      document.body.appendChild(card);
    }
    if (card.dataset.a !== attribution) {
      card.replaceChildren(...Array.from(source.childNodes, (node) => node.cloneNode(true)));
      card.dataset.a = attribution;
    }
    setHovered(mark);

    /* Below the highlighted line when there is room, otherwise above it. */
    const rects = mark.getClientRects();
    const rect = rects.length ? rects[0] : mark.getBoundingClientRect();
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const margin = 8;
    let left = Math.min(rect.left, window.innerWidth - width - margin);
    let top = rect.bottom + 6;

    if (top + height > window.innerHeight - margin)
      top = Math.max(margin, rect.top - height - 6);
    left = Math.max(margin, left);
    card.style.left = left + 'px';
    card.style.top = top + 'px';
    card.classList.add('visible');
  }

  function activate (mark) {
    if (mark && mark.dataset.s)
      post({ type: 'activate', statement: mark.dataset.s });
  }

  document.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);

    if (mark)
      showCard(mark);
    else
      hideCard();
  });
  document.documentElement.addEventListener('mouseleave', hideCard);
  window.addEventListener('scroll', hideCard, { passive: true });

  document.addEventListener('click', (event) => {
    const selection = window.getSelection();

    /* A click that ends a text selection selects text, not the statement. */
    if (selection && !selection.isCollapsed)
      return;
    activate(markOf(event.target));
  });

  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);

    if (mark)
      showCard(mark);
  });
  document.addEventListener('focusout', hideCard);
  document.addEventListener('keydown', (event) => {
    const mark = markOf(event.target);

    if (mark && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      activate(mark);
    }
    else if (event.key === 'Escape') {
      hideCard();
    }
  });

  /* A selection boundary as {b, u}; a boundary outside any segment moves to the nearest
   * segment inside the selection. */
  function pointOf (node, offset, isEnd, range) {
    if (node.nodeType === Node.TEXT_NODE && node.parentElement && node.parentElement.dataset.b !== undefined)
      return { b: Number(node.parentElement.dataset.b), u: offset };

    const point = document.createRange();
    point.setStart(node, offset);
    point.collapse(true);
    const segments = Array.from(document.querySelectorAll('article [data-b]'));

    if (!isEnd) {
      for (const segment of segments) {
        const text = segment.firstChild;
        if (text && point.comparePoint(text, 0) >= 0 && range.isPointInRange(text, 0))
          return { b: Number(segment.dataset.b), u: 0 };
      }
    }
    else {
      for (let i = segments.length - 1; i >= 0; i--) {
        const text = segments[i].firstChild;
        if (text && point.comparePoint(text, text.length) <= 0 && range.isPointInRange(text, text.length))
          return { b: Number(segments[i].dataset.b), u: text.length };
      }
    }
    return null;
  }

  function currentSelection () {
    const selection = window.getSelection();

    if (!selection || selection.rangeCount === 0 || selection.isCollapsed)
      return { type: 'selection' };

    const range = selection.getRangeAt(0);
    const start = pointOf(range.startContainer, range.startOffset, false, range);
    const end = pointOf(range.endContainer, range.endOffset, true, range);

    if (!start || !end)
      return { type: 'selection' };
    return { type: 'selection', start: start, end: end };
  }

  document.addEventListener('selectionchange', () => {
    window.clearTimeout(selectionTimer);
    selectionTimer = window.setTimeout(() => {
      const message = currentSelection();
      const key = JSON.stringify(message);

      if (key !== lastSelection) {
        lastSelection = key;
        post(message);
      }
    }, 80);
  });

  function scrollToElement (id, smooth = true) {
    const anchor = document.getElementById(id);

    if (!anchor)
      return false;
    const target = anchor.nextElementSibling || anchor;
    target.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    return true;
  }

  /* A page opens where the application asked: a statement or an evidence span. */
  if (document.body && document.body.dataset.scrollTo)
    scrollToElement(document.body.dataset.scrollTo, false);

  /* Called by the application (in this script world). */
  window.readout = {
    /* Marks the given attributions (numbers) as selected and scrolls to the first. */
    select (attributions, scroll) {
      const wanted = new Set(attributions.map(String));

      document.querySelectorAll('mark.hl[data-a]').forEach((mark) => {
        mark.classList.toggle('selected', attributionsOf(mark).some((a) => wanted.has(a)));
      });
      if (scroll && attributions.length)
        scrollToElement('att-' + attributions[0]);
      return wanted.size;
    },

    /* Draws evidence number index as the current one and scrolls to it. */
    showEvidence (index) {
      document.querySelectorAll('mark.ev').forEach((mark) => {
        mark.classList.toggle('ev-current', (mark.dataset.ev || '').split(' ').includes(String(index)));
      });
      return scrollToElement('ev-' + index);
    },

    setTheme (theme) {
      document.documentElement.className = theme;
    },

    highlightCount () {
      return document.querySelectorAll('article .anchor[id^="att-"]').length;
    },

    selection: currentSelection,
  };
})();
