// The single page: reads the path, shows the page it names, and follows this site's links without reloading.
import { announce, clear, el } from './dom.js';
import { lang, setLang, t, translateShell } from './i18n.js';
import * as overview from './pages/overview.js';
import * as events from './pages/events.js';
import * as eventPage from './pages/event.js';
import * as article from './pages/article.js';
import * as map from './pages/map.js';
import * as timeline from './pages/timeline.js';
import * as network from './pages/network.js';

const ROUTES = [
  { pattern: /^\/$/, page: overview, nav: null },
  { pattern: /^\/events$/, page: events, nav: 'events' },
  { pattern: /^\/event\/([^/]+)$/, page: eventPage, nav: 'events' },
  { pattern: /^\/article\/([^/]+)$/, page: article, nav: 'events' },
  { pattern: /^\/map$/, page: map, nav: 'map' },
  { pattern: /^\/timeline$/, page: timeline, nav: 'timeline' },
  { pattern: /^\/network$/, page: network, nav: 'network' },
];

let dispose = null;
let generation = 0;

/** Goes to a path of this site (with its query string), as a link would. */
export function go(path) {
  history.pushState(null, '', path);
  show(true);
}

async function show(moveFocus) {
  const current = ++generation;
  if (dispose) {
    try { dispose(); } catch (e) { /* a page that is gone */ }
    dispose = null;
  }
  const main = document.getElementById('main');
  clear(main);
  const route = ROUTES.find((r) => r.pattern.test(location.pathname)) || ROUTES[0];
  const match = location.pathname.match(route.pattern);
  for (const link of document.querySelectorAll('nav a[data-page]')) {
    if (link.dataset.page === route.nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const view = el('div', { class: 'view' });
  main.append(view);
  const context = {
    id: match && match[1] ? decodeURIComponent(match[1]) : null,
    search: location.search,
    go,
    isCurrent: () => current === generation,
  };
  try {
    const result = await route.page.render(view, context);
    if (current !== generation) return;
    dispose = result && result.dispose ? result.dispose : null;
    document.title = (result && result.title ? result.title + ' · ' : '') + 'Parley';
    view.dataset.ready = 'true';
    if (moveFocus) {
      const heading = view.querySelector('h1');
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
    }
    announce(t('loaded', { page: document.title }));
  } catch (e) {
    if (current !== generation) return;
    view.append(el('p', { class: 'error', role: 'alert' }, t('error', { message: e.message })));
    view.dataset.ready = 'error';
  }
}

document.addEventListener('click', (e) => {
  const link = e.target.closest('a[data-route]');
  if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin) return;
  e.preventDefault();
  go(url.pathname + url.search);
});

window.addEventListener('popstate', () => show(false));

document.getElementById('lang-switch').addEventListener('click', () => {
  setLang(lang() === 'en' ? 'fr' : 'en');
  translateShell();
  show(false);
});

translateShell();
show(false);
