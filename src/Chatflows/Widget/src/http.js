// Network helpers answer { data, status } or { error }; they never throw into the UI (STYLE §22).

/**
 * One JSON request. `error.network` is true when no answer arrived (offline, reset, timeout);
 * `error.retryAfter` carries a 429's Retry-After in seconds.
 */
export async function request(url, { method = 'GET', body, headers = {}, timeoutMs = 15000 } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: controller.signal,
    });
    const data = await response.json().catch(() => null);
    if (!response.ok) {
      const retryAfter = parseInt(response.headers.get('Retry-After') || '', 10);
      return { error: { status: response.status, retryAfter: Number.isFinite(retryAfter) ? retryAfter : null, problem: data } };
    }
    return { data, status: response.status };
  } catch {
    return { error: { network: true } };
  } finally {
    clearTimeout(timer);
  }
}
