// An unexpected console.error usually means an error was swallowed somewhere: fail the test.
const original = console.error;
beforeEach(() => {
  console.error = (...args: unknown[]) => {
    original(...args);
    throw new Error(`Unexpected console.error: ${args.map(String).join(' ')}`);
  };
});
afterEach(() => {
  console.error = original;
});
