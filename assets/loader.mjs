// Trunk's initializer hooks: a loading screen with real progress (bytes of
// the WebAssembly received), a clear message if loading fails, and the
// service worker that keeps the app working offline.
const el = (id) => document.getElementById(id);
const kb = (n) => `${Math.max(1, Math.round(n / 1024))} KB`;

function registerServiceWorker() {
  // Only over http(s): a page opened from a file has no service worker.
  if (!('serviceWorker' in navigator) || !location.protocol.startsWith('http')) return;
  navigator.serviceWorker.register('./sw.js').catch(() => {
    // Offline use is a bonus; the app works without it.
  });
}

export default function initializer() {
  return {
    onProgress({ current, total }) {
      // Once the page has said why it cannot start, leave that message.
      if (el('sb-boot')?.hasAttribute('data-failed')) return;
      // A host that compresses the file announces the compressed length,
      // while the bytes counted are the unpacked ones: then no total.
      if (total && current > total) total = 0;
      const bar = el('sb-boot-progress');
      if (bar && total) {
        bar.max = total;
        bar.value = Math.min(current, total);
      } else if (bar) {
        bar.removeAttribute('value');
      }
      const text = el('sb-boot-text');
      if (text) text.textContent = total ? `Loading the career explorer… ${kb(current)} of ${kb(total)}` : `Loading the career explorer… ${kb(current)}`;
    },
    onSuccess() {
      el('sb-boot')?.remove();
      // The app has drawn itself: the pre-rendered first screen goes.
      el('sb-prerender')?.remove();
      registerServiceWorker();
    },
    onFailure(reason) {
      const boot = el('sb-boot');
      // No boot screen, or the page already said why (no WebAssembly).
      if (!boot || boot.hasAttribute('data-failed')) return;
      boot.setAttribute('data-failed', '');
      boot.setAttribute('role', 'alert');
      el('sb-boot-progress')?.remove();
      const why = reason && reason.message ? reason.message : String(reason);
      el('sb-boot-text').textContent = `Switchback could not start (${why}). Check your connection and reload the page.`;
      const again = document.createElement('button');
      again.type = 'button';
      again.textContent = 'Reload';
      again.addEventListener('click', () => location.reload());
      boot.append(again);
    },
  };
}
