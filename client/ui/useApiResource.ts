import { useEffect, useState } from 'react';
import type { ApiResult } from '../api/ApiResult.ts';

/** A resource being fetched from the API. */
export type Resource<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: string; httpStatus: number };

/** Fetches once per key; a 401 signs the user out instead of showing an error. */
export function useApiResource<T>(
  key: string,
  load: () => Promise<ApiResult<T>>,
  onUnauthorised: () => void,
): Resource<T> {
  const [resource, setResource] = useState<{ key: string; value: Resource<T> }>({
    key,
    value: { status: 'loading' },
  });
  useEffect(() => {
    let current = true;
    setResource({ key, value: { status: 'loading' } });
    void load().then((result) => {
      if (!current) return;
      if (!result.ok && result.status === 401) onUnauthorised();
      setResource({
        key,
        value: result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'error', error: result.error, httpStatus: result.status },
      });
    });
    return () => {
      current = false;
    };
    // The key names what is loaded; load and onUnauthorised change identity on every render.
  }, [key]);
  return resource.key === key ? resource.value : { status: 'loading' };
}
