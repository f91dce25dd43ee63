// The API client: JSON in, problem+json turned into errors with their detail.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = '/api' + path + (query.size ? '?' + query : '');
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** Like get, but null for 404 and 501 (an analysis this build does not have). */
export async function optional(path, params) {
  try {
    return await get(path, params);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 501)) return null;
    throw error;
  }
}
