/**
 * Loads a value on first use and keeps it. The generated API classes load each action's model this
 * way: a test file (or any process) that calls a few SWAS actions evaluates those few model classes
 * and their decorators, not all 98 SWAS and 380 ECS ones (in Jest that happens again in every test
 * file, each having its own module registry).
 */
export function lazy<T>(load: () => T): () => T {
  let loaded = false;
  let value: T;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value;
  };
}
