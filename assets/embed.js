/*! Switchback embed loader. Turns each <div data-switchback> into an iframe of
 * the explorer that sizes itself to its content.
 *
 *   <div data-switchback data-from="ops-engineer" data-to="product-manager"></div>
 *   <script src="https://…/embed.js" async></script>
 *
 * Options (all optional): data-view (graph|path|app), data-role, data-from,
 * data-to, data-rank (moves|skills|time|closest), data-theme
 * (light|dark|auto), data-graph (a URL), and an author's graph inline as
 * <script type="application/json">…</script>. Each embed keeps its own
 * progress (by its page and its place on the page) and never touches the
 * reader's own Switchback.
 * Messages are exchanged only with the explorer's origin and only with each
 * embed's own frame, so several embeds on a page stay independent.
 *
 * Each placeholder is checked on its own: one with a bad attribute (a
 * data-graph that is not an http(s) address, an unknown data-rank or
 * data-theme, an id that is not an id) shows a message in its place, and
 * the others still mount. Nothing here throws on the host page. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL('.', script.src);
  var origin = base.origin;
  var count = 0;

  function important(el, styles) {
    // Inline !important: a host page's own !important rules cannot override it.
    for (var k in styles) el.style.setProperty(k, styles[k], 'important');
  }

  // What each attribute may hold; the app checks them again.
  var ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
  var ALLOWED = {
    role: ID, from: ID, to: ID,
    rank: /^(moves|skills|time|closest)$/,
    theme: /^(light|dark|auto)$/,
  };

  // The problem with a placeholder's attributes, or null.
  function problem(host) {
    for (var k in ALLOWED) {
      var v = host.getAttribute('data-' + k);
      if (v !== null && v !== '' && !ALLOWED[k].test(v)) {
        return 'data-' + k + '="' + v.slice(0, 60) + '" is not allowed here';
      }
    }
    var graph = host.getAttribute('data-graph');
    if (graph !== null && graph !== '') {
      var url;
      try {
        url = new URL(graph, location.href);
      } catch (e) {
        return 'data-graph="' + graph.slice(0, 60) + '" is not a web address';
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        return 'data-graph="' + graph.slice(0, 60) + '" is not an http(s) address';
      }
    }
    return null;
  }

  // A visible message in the placeholder's place, as text (never HTML).
  function refuse(host, why) {
    var note = document.createElement('p');
    note.setAttribute('role', 'note');
    note.textContent = 'This Switchback embed could not be shown: ' + why + '.';
    important(note, { display: 'block', margin: '0', padding: '0.75em', border: '1px solid #b00020', color: '#b00020', background: '#fff' });
    host.textContent = '';
    host.appendChild(note);
  }

  function mount(host) {
    if (host.getAttribute('data-switchback-mounted')) return;
    host.setAttribute('data-switchback-mounted', '1');
    var why = problem(host);
    if (why) {
      refuse(host, why);
      return;
    }
    count += 1;
    var id = 'sb' + count + '-' + Math.random().toString(36).slice(2, 8);
    // Where the embed sits: its progress is kept under this, its own.
    var slot = location.pathname + '#' + count;
    var query = new URLSearchParams({ embed: '1', id: id, parent: location.origin, slot: slot });
    ['view', 'role', 'from', 'to', 'rank', 'theme'].forEach(function (k) {
      var v = host.getAttribute('data-' + k);
      if (v) query.set(k, v);
    });
    var graph = host.getAttribute('data-graph');
    if (graph) query.set('graph', new URL(graph, location.href).href);
    var inline = host.querySelector('script[type="application/json"]');
    var inlineText = inline ? inline.textContent : null;
    if (inlineText !== null) query.set('inline', '1');

    var frame = document.createElement('iframe');
    frame.src = base.href + 'index.html?' + query.toString();
    frame.title = host.getAttribute('data-title') || 'Switchback career explorer';
    frame.setAttribute('loading', 'lazy');
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    important(frame, {
      display: 'block', width: '100%', 'max-width': '100%', 'min-width': '0', height: '640px',
      'min-height': '0', 'max-height': 'none', border: '0', margin: '0', padding: '0', background: 'transparent',
      'box-shadow': 'none', opacity: '1', visibility: 'visible', transform: 'none', position: 'static',
    });

    // A closed shadow root: the host page's selectors cannot reach the frame.
    var root = host.attachShadow ? host.attachShadow({ mode: 'closed' }) : host;
    if (root === host) host.textContent = '';
    root.appendChild(frame);

    window.addEventListener('message', function (event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      var data = event.data || {};
      if (data.type === 'switchback:height' && typeof data.height === 'number' && data.height > 0) {
        important(frame, { height: Math.ceil(Math.min(data.height, 20000)) + 'px' });
      } else if (data.type === 'switchback:ready' && inlineText !== null) {
        frame.contentWindow.postMessage({ type: 'switchback:graph', json: inlineText }, origin);
      }
    });
  }

  function mountAll() {
    var hosts = document.querySelectorAll('[data-switchback]');
    for (var i = 0; i < hosts.length; i++) {
      // One placeholder's failure (a browser without shadow DOM, a host
      // page that froze its element) must not stop the others.
      try {
        mount(hosts[i]);
      } catch (e) {
        try {
          refuse(hosts[i], 'it could not be set up (' + String((e && e.message) || e).slice(0, 80) + ')');
        } catch (ignored) {
          /* nothing more can be done for this one */
        }
      }
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
