// The one way the web app talks to the API: JSON in and out, the access token kept in
// memory only (never localStorage), and one silent refresh when it has expired.

export interface ApiErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.status = status;
    this.code = body.code;
    this.details = body.details;
  }

  /** Field-level problems from VALIDATION_FAILED / WEAK_PASSWORD, keyed by field. */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    if (Array.isArray(this.details)) {
      for (const item of this.details as { path?: string; message?: string }[]) {
        if (item.path && item.message && !out[item.path]) out[item.path] = item.message;
      }
    }
    return out;
  }
}

let accessToken: string | undefined;
export const setAccessToken = (token: string | undefined) => {
  accessToken = token;
};

async function send(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  return fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin' });
}

async function parse<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const error = (data as { error?: ApiErrorBody } | undefined)?.error;
    throw new ApiError(res.status, error ?? { code: 'HTTP_ERROR', message: `The server answered ${res.status}.` });
  }
  return data as T;
}

let refreshing: Promise<boolean> | undefined;
/** Concurrent callers share one refresh: refresh tokens are single-use. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= send('POST', '/api/auth/refresh')
    .then(async (res) => {
      if (!res.ok) {
        setAccessToken(undefined);
        return false;
      }
      setAccessToken(((await res.json()) as { accessToken: string }).accessToken);
      return true;
    })
    .finally(() => {
      refreshing = undefined;
    });
  return refreshing;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await send(method, path, body);
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: 'The server cannot be reached. Check your connection and try again.' });
  }
  if (res.status === 401 && accessToken && !path.startsWith('/api/auth/')) {
    const body401 = (await res.clone().json().catch(() => undefined)) as { error?: ApiErrorBody } | undefined;
    if (body401?.error?.code === 'TOKEN_EXPIRED' && (await refreshSession())) res = await send(method, path, body);
  }
  return parse<T>(res);
}
