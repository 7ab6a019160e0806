/**
 * Search as you type without a pile-up: at most one search runs at a time, and of the queries typed while it
 * runs only the latest is searched next. Each search fetches a few index shards; starting one per keystroke
 * would queue dozens of requests behind the browser's per-host connection limit and delay the first result.
 */

/**
 * Returns a function to call with each new query. `run` searches (it should not reject; a rejection is treated
 * as no result); `deliver` receives each finished query's result, in the order the queries were started, so
 * the last delivery is always for the latest query.
 */
export function latestQuery<T>(run: (query: string) => Promise<T>, deliver: (query: string, result: T) => void): (query: string) => void {
  let busy = false;
  let next: { query: string } | null = null;
  const start = (query: string) => {
    busy = true;
    run(query)
      .then(
        (result) => deliver(query, result),
        () => undefined,
      )
      .finally(() => {
        busy = false;
        const waiting = next;
        next = null;
        if (waiting) start(waiting.query);
      });
  };
  return (query) => {
    if (busy) next = { query };
    else start(query);
  };
}
