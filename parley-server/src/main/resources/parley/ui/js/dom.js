// Building the page without HTML parsing: every text goes in as a text node, so a title, sentence, outlet or
// URL taken from an article can never become markup or script.

/** An element with attributes (strings; "on..." handlers are refused) and children (nodes or texts). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) throw new Error('event handlers are added with addEventListener: ' + name);
    if (name === 'class') node.className = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

/** Appends texts (as text nodes), nodes and arrays of them; null and undefined are skipped. */
export function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Empties a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/**
 * A link to a page of this interface (followed by the router, without reloading). Only paths of this site
 * are made into internal links.
 */
export function pageLink(path, ...children) {
  return el('a', { href: path, 'data-route': true }, ...children);
}

/**
 * A link to an article's original address, only when it is an http(s) URL: "javascript:" and any other scheme
 * come out as plain text.
 */
export function externalLink(url, text) {
  if (!safeHttpUrl(url)) return el('span', { class: 'url-text' }, text || url || '');
  return el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, text || url);
}

export function safeHttpUrl(url) {
  if (typeof url !== 'string') return false;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch (e) {
    return false;
  }
}

/** Says something to screen readers (the polite live region). */
export function announce(text) {
  const status = document.getElementById('status');
  status.textContent = '';
  setTimeout(() => { status.textContent = text; }, 30);
}

/** Loads a library script of this site once (a script element, as the content security policy allows). */
const loaded = new Map();
export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve; // a property of the element, not an inline attribute
      s.onerror = () => reject(new Error('cannot load ' + src));
      document.head.append(s);
    }));
  }
  return loaded.get(src);
}
