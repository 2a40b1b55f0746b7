// The committed fixture sessions, imported as text the way Vite (and so Vitest) does with `?raw`.
declare module '*.session.json?raw' {
  const text: string;
  export default text;
}

// docs/rubric.md, read by the test that checks it against the criteria objects.
declare module '*.md?raw' {
  const text: string;
  export default text;
}
