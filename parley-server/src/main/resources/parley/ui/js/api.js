// The API is the only source of data: every page asks it for one page of events or for aggregates.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GET /api/PATH with these parameters (empty ones left out); the parsed JSON, or an ApiError. */
export async function get(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && String(v).trim() !== '') query.set(k, v);
  }
  const qs = query.toString();
  const response = await fetch('/api/' + path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError(response.status, 'the server answered ' + response.status + ' without JSON');
  }
  if (!response.ok) throw new ApiError(response.status, body && body.error ? body.error : String(response.status));
  return body;
}

/** As get, but null when the API answers 404 (no such event or article). */
export async function getOrNull(path) {
  try {
    return await get(path);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** Caches answers that do not change while the page is open (the codebook, country names). */
const cache = new Map();
export function once(key, load) {
  if (!cache.has(key)) cache.set(key, load().catch((e) => { cache.delete(key); throw e; }));
  return cache.get(key);
}

export function staticJson(path) {
  return once('static:' + path, async () => {
    const r = await fetch('/static/' + path);
    if (!r.ok) throw new ApiError(r.status, 'cannot load ' + path);
    return r.json();
  });
}
